"""Chores and errands in the physical world (``physical.asks_physical``) are refused by name; the same verbs on a
picture, on words or in a picture's description are not. The requests are written for this test."""

from __future__ import annotations

import pytest
from fixtures.embedded import full_registry
from fixtures.plugin_tasks import plan_of

from unison_agent.contracts.errors import UnsupportedRequestError
from unison_agent.planner.embedded import EmbeddedPlanner
from unison_agent.planner.embedded.physical import CAPABILITY, asks_physical


@pytest.fixture(scope="module")
def planner() -> EmbeddedPlanner:
    return EmbeddedPlanner()


@pytest.mark.parametrize("text", [
    "please mow the back lawn before the rain",
    "go and pick up my prescription from the pharmacy",
    "water my tomatoes while I'm away this week",
    "tidy up the garage, the bikes go on the left wall",
    "assemble this desk for me <image 0>",
])
def test_chores_and_errands(text: str) -> None:
    assert asks_physical(text)


@pytest.mark.parametrize("text", [
    "walk cycle of a knight in armour, side view",  # a picture's description
    "clean up <image 0>, the scan has specks",  # an edit
    "fix the grammar in this paragraph: their going to the park",  # words
    "tidy up my cover letter so it fits on one page",
    "bring the previous picture to life",
    "a dog walking the owner, cartoon",
])
def test_the_same_verbs_on_pictures_and_words(text: str) -> None:
    assert not asks_physical(text)


def test_refused_by_name(planner: EmbeddedPlanner) -> None:
    with pytest.raises(UnsupportedRequestError, match=CAPABILITY):
        plan_of(planner, full_registry(), "please mow the back lawn before the rain")


def test_a_picture_of_the_chore_is_made(planner: EmbeddedPlanner) -> None:
    plan = plan_of(planner, full_registry(), "a watercolour of a grandmother folding laundry in a sunny room")
    assert [s.task for s in plan.steps] == ["text_to_image"]
