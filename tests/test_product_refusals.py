"""Work inside a product the user names (``products.works_in_product``): a verb that acts on the service, a record
in the user's account, or a question about its state is refused; a product named as what the work is for, as a look,
as words to write, or read from an attached file is not. The requests are written for this test, not taken from a
benchmark."""

from __future__ import annotations

import pytest
from fixtures.embedded import full_registry
from fixtures.plugin_tasks import plan_of

from unison_agent.contracts.errors import UnsupportedRequestError
from unison_agent.planner.embedded import EmbeddedPlanner
from unison_agent.planner.embedded.products import works_in_product

WORKS_IN = [
    "pin the poll results on our Discord server",
    "Raise every Shopify variant priced under $10 by a dollar",
    "check Sentry for new errors from the checkout service",
    "Renew the Dropbox Business plan before Friday",
    "archive all the Trello cards in the Done column",
    "move my dentist appointment on Google Calendar to Thursday",
    "add the new intern to our Slack workspace",
    "replace my Spotify playlist cover with <image 0>",
    "Buy 5,000 more Mailchimp contacts on the team card",
    "which of my Substack posts got the most opens last month?",
    "is the staging deploy on Vercel still failing?",
    "did anyone comment on my latest LinkedIn post?",
]
# a product named as what the work is for, a look, words, or content of an attached file
LEFT_ALONE = [
    "find a catchy name for my Etsy candle shop",
    "list ten YouTube video ideas about sourdough",
    "check my Instagram caption for typos: 'golden hour at the pier with the crew'",
    "Answer this Reddit question kindly: should I repot a cactus in winter?",
    "pull together a Slack announcement about Friday's fire drill",
    "make a Spotify-style cover with a neon cassette",
    "remove the TikTok watermark from <video 0>",
    "change the background of <image 0> to plain white for my Shopify store",
    "check the Grafana panel in <image 0>: which line spikes first?",
    "what's the best time to post on my Instagram?",
    "how do I pin a comment on TikTok?",
    "List the pros and cons of Notion for a student",
    "Zoom in slowly on the lighthouse in <image 0>",
    "explain what an Airflow sensor does",
]


@pytest.mark.parametrize("text", WORKS_IN)
def test_work_inside_a_named_product_is_found(text: str) -> None:
    assert works_in_product(text)


@pytest.mark.parametrize("text", LEFT_ALONE)
def test_a_product_named_for_other_reasons_is_left_alone(text: str) -> None:
    assert not works_in_product(text)


@pytest.fixture(scope="module")
def planner() -> EmbeddedPlanner:
    return EmbeddedPlanner()


def test_the_planner_refuses_it_as_an_action_on_another_service(planner: EmbeddedPlanner) -> None:
    with pytest.raises(UnsupportedRequestError, match="actions on other services"):
        plan_of(planner, full_registry(), "archive all the Trello cards in the Done column")


@pytest.mark.parametrize(("text", "task"), [
    ("list ten YouTube video ideas about sourdough", "text_understanding"),
    ("remove the TikTok watermark from <video 0>", "video_edit"),
])
def test_and_plans_the_look_alikes(planner: EmbeddedPlanner, text: str, task: str) -> None:
    assert [s.task for s in plan_of(planner, full_registry(), text).steps] == [task]
