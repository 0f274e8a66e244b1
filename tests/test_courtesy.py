"""The request's courtesy said plainly: what the embedded planner's readers see of a polite request."""

from __future__ import annotations

import pytest

from unison_agent.planner.embedded.courtesy import plainly


@pytest.mark.parametrize(("text", "plain"), [
    ("Good afternoon! I've finished the bouquet in <image 0>, and I'd be so grateful if you could post it to my shop's "
     "Instagram.", "I've finished the bouquet in <image 0>. Could you post it to my shop's Instagram."),
    ("I took a photo of the engine bay in <image 0> — would you be able to point out the coolant reservoir?",
     "I took a photo of the engine bay in <image 0>. Could you point out the coolant reservoir?"),
    ("Hello, <image 0> is my garden - could you brighten it? Thanks so much!", "<image 0> is my garden. Could you brighten it?"),
    ("it would be great if you could draw a fox", "Could you draw a fox"),
    ("Is there any chance you could animate <image 0>?", "Could you animate <image 0>?"),
    ("Is there a way you can draw a barn owl?", "Could you draw a barn owl?"),
])
def test_the_ask_is_said_plainly(text: str, plain: str) -> None:
    assert plainly(text) == plain


@pytest.mark.parametrize("text", [
    "Hi-res photo of a lighthouse at dusk",  # no greeting: no punctuation after "Hi"
    "hey jude lyrics meaning",
    "Make a poster — bold, red and simple.",  # a dash before no ask
    "Could you draw a cat?",  # an ask already plain
    "Thanks for the help yesterday, write me a poem about it",  # thanks that open the request are content
])
def test_plain_requests_stay_as_they_are(text: str) -> None:
    assert plainly(text) == text


def test_a_greeting_alone_is_kept() -> None:
    assert plainly("Hello!") == "Hello!"
