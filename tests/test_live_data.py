"""Today's data asked as a plain question (``live.asks_live``): refused by name, however much it reads like
text understanding. The requests are written for this test."""

from __future__ import annotations

import pytest
from fixtures.embedded import full_registry
from fixtures.plugin_tasks import plan_of

from unison_agent.contracts.errors import UnsupportedRequestError
from unison_agent.planner.embedded import EmbeddedPlanner
from unison_agent.planner.embedded.live import CAPABILITY, asks_live


@pytest.fixture(scope="module")
def planner() -> EmbeddedPlanner:
    return EmbeddedPlanner()


@pytest.mark.parametrize("text", [
    "what's the price of gold today?",
    "is the science museum open right now",
    "latest scores from the cricket please",
    "whats the current dollar to peso rate",
])
def test_now_and_something_that_changes(text: str) -> None:
    assert asks_live(text)


@pytest.mark.parametrize("text", [
    "what should we grill tonight?",  # now, but nothing that changes by the hour
    "why do exchange rates move when interest rates rise?",  # changing things, but no now
    "is it cheaper to buy petrol on a weekday, in general?",
    "make <image 0> look like today's weather, grey and rainy",  # a file: an edit
])
def test_either_alone_is_ordinary(text: str) -> None:
    assert not asks_live(text)


def test_refused_by_name_even_where_the_head_is_sure(planner: EmbeddedPlanner) -> None:
    with pytest.raises(UnsupportedRequestError, match=CAPABILITY):
        plan_of(planner, full_registry(), "whats the current dollar to peso rate")
    with pytest.raises(UnsupportedRequestError, match=CAPABILITY):
        plan_of(planner, full_registry(), "is the science museum open right now")


def test_words_about_today_are_text_work(planner: EmbeddedPlanner) -> None:
    plan = plan_of(planner, full_registry(), "write a headline for today's club newsletter about the price of the new kit")
    assert [s.task for s in plan.steps] == ["text_understanding"]
