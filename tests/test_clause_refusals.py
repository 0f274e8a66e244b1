"""An errand in a later clause is refused (``clauses``): the router judges each later clause that opens with an errand
verb on its own, by the action probe and the rules, for refusal only. The requests are written for this test, not
taken from a benchmark."""

from __future__ import annotations

import pytest
from fixtures.embedded import full_registry
from fixtures.plugin_tasks import plan_of

from unison_agent.contracts.errors import UnsupportedRequestError
from unison_agent.planner.embedded import EmbeddedPlanner
from unison_agent.planner.embedded.clauses import hands_over, later_clauses
from unison_agent.planner.embedded.router import asked_apart


@pytest.mark.parametrize(("part", "clauses"), [
    ("draft a thank-you note for my neighbour and slip it under her door", []),  # "slip": no errand verb
    ("draft a thank-you note for my neighbour and post it through her letterbox", ["post it through her letterbox"]),
    ("<image 0> that's the gas meter, submit the reading to my supplier", ["submit the reading to my supplier"]),
    ("plan a picnic menu, just order the food from tesco", ["just order the food from tesco"]),
    ("a cat and a dog playing", []),  # "and" between nouns
    ("write the label for this print, like in a museum", []),  # "like": no verb here
    ("a harbour town, post-apocalyptic and grey", []),
    ("make a checklist: call the vet, book the groomer, buy food", []),  # after a colon: the list's words
    ("write a poem and email it to Sam; also print it", ["email it to Sam", "also print it"]),
    # after a question: "if so", "if not" lead into the errand
    ("<image 0> is this mole normal? If not, book me a skin check", ["book me a skin check"]),
    # a request put as a polite question ends in "?"; a question's halves are not cut
    ("could you draw a map of our street and print it?", ["print it"]),
    ("how do I write a cover letter and send it?", []),
    ("use the moves from <video 0> but have a robot do them", []),  # "have" someone do it: what is shown
])
def test_later_clauses_open_with_an_errand_verb(part: str, clauses: list[str]) -> None:
    assert later_clauses(part) == clauses


@pytest.mark.parametrize(("clause", "to_user"), [
    ("send it to me", True),
    ("show me the result", True),
    ("send me the link", False),  # a link a service makes
    ("send it to my brother", False),
    ("give me the version with more contrast for my presentation slides", False),  # long: judged
])
def test_a_clause_that_hands_the_result_over_is_no_errand(clause: str, to_user: bool) -> None:
    assert hands_over(clause) is to_user


@pytest.fixture(scope="module")
def planner() -> EmbeddedPlanner:
    return EmbeddedPlanner()


@pytest.mark.parametrize(("text", "clause"), [
    # text work first: the text-work check withdrew the refusal of the whole
    ("write a complaint letter to the council about the bins and submit it on their website", "submit it on"),
    ("write my bio for the conference and upload it to the speaker portal", "upload it to"),
    # the errand after words about the attached file: the probe heard "here's"
    ("<image 0> here's the water bill, pay it from my checking account", "pay it from"),
    ("find a dog-friendly cottage in Cornwall for the May bank holiday and book it", "book it"),
    # live data after an explanation
    ("explain what a mortgage rate is and tell me what the current rate at Barclays is", "tell me what the current rate"),
    ("could you write a short bio for my talk and save it as a PDF?", "save it as a PDF"),
    ("<image 0> is this plant poisonous to cats? If yes, order me a new one that isn't", "order me a new one"),
])
def test_an_errand_in_a_later_clause_is_refused_by_name(planner: EmbeddedPlanner, text: str, clause: str) -> None:
    with pytest.raises(UnsupportedRequestError) as caught:
        plan_of(planner, full_registry(), text)
    assert clause in str(caught.value)


@pytest.mark.parametrize("text", [
    "write a text to my brother saying the match moved to 3pm, keep it short",  # "keep": no errand verb
    "write an email to my landlord about the leak and tell him I'm home after 5",  # what the email says
    "<image 0> what's on this receipt and did they charge me for two coffees?",  # a question, not an errand
    "<image 0> make the sky pink and send it to me",  # the result handed over
    "explain how to book a campsite and what to do if it's full",
])
def test_look_alikes_are_not_refused(planner: EmbeddedPlanner, text: str) -> None:
    assert plan_of(planner, full_registry(), text).steps


@pytest.mark.parametrize(("text", "media", "asked"), [
    # the user's story, then the ask: judged alone, as a later clause is
    ("Our kitchen tap has been dripping for a week and the landlord keeps ignoring my messages. Could you chase him up "
     "until he sends a plumber round?", False, ["Could you chase him up until he sends a plumber round?"]),
    # with a file the ask is about it (the withdrawals read it); a greeting is no story
    ("I've been learning watercolour for months and I keep getting muddy greens. Could you say which pigments mix "
     "clean greens?", True, []),
    ("Hi! I meant the picture, not the video: bring that picture to life.", False, []),
])
def test_the_ask_after_a_story_is_judged_apart(text: str, media: bool, asked: list[str]) -> None:
    assert asked_apart(text, media) == asked


def test_after_a_colon_that_only_shows_a_file_the_clauses_are_read() -> None:
    from unison_agent.planner.embedded.clauses import later_clauses

    shown = "<image 0> this is the mole on my back: describe it and email it to my dermatologist"
    assert later_clauses(shown) == ["email it to my dermatologist"]
    assert later_clauses("caption <image 0>: sold out, come back tomorrow and book early") == []  # words to write
    # with no colon, a polite question's errand is still its clause
    assert later_clauses("Could you look at the pantry in <image 0> and order what I'm out of?") == ["order what I'm out of"]
