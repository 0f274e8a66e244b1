"""Chores and errands in the physical world (``physical.asks_physical``), things to do with an attached file in
another app or service (``file_actions.acts_on_file``) and code to run (``run_code.asks_to_run``) are refused by name;
the same verbs on a picture, on words or in a picture's description are not. The requests are written for this test."""

from __future__ import annotations

import pytest
from fixtures.embedded import full_registry
from fixtures.plugin_tasks import plan_of

from unison_agent.contracts.errors import UnsupportedRequestError
from unison_agent.planner.embedded import EmbeddedPlanner
from unison_agent.planner.embedded.file_actions import acts_on_file
from unison_agent.planner.embedded.physical import CAPABILITY, asks_physical
from unison_agent.planner.embedded.run_code import asks_to_run


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


@pytest.mark.parametrize("text", [
    "upload <video 0> to the parents' whatsapp group",
    "pls print <image 0> twice, A4",
    "put <image 0> on our shop's website banner slot",
    "use <image 0> as my new profile picture",
])
def test_doing_something_with_a_file_elsewhere(text: str) -> None:
    assert acts_on_file(text)


@pytest.mark.parametrize("text", [
    "share your honest opinion on <image 0>",  # a question about it
    "list everything on the desk in <image 0>",
    "make <image 0> 4:5 so it fits an instagram post",  # an edit that names an app
    "send me <image 0> in black and white",
    "add a party hat to the cat in <image 0>",
    "post a caption idea for my holiday photos",  # no file: words
])
def test_edits_and_questions_that_name_apps(text: str) -> None:
    assert not acts_on_file(text)


def test_a_file_action_is_refused_naming_services(planner: EmbeddedPlanner) -> None:
    with pytest.raises(UnsupportedRequestError, match="actions on other services"):
        plan_of(planner, full_registry(), "put <image 0> on our shop's website banner slot")


@pytest.mark.parametrize("text", [
    "execute this sql against our staging db and paste the rows: select * from orders limit 5",
    "deploy the django site in my repo to render.com",
    "install numpy on my laptop for me",
    "what's the real output if you run print(sum(range(10)))",
])
def test_code_to_run(text: str) -> None:
    assert asks_to_run(text)


@pytest.mark.parametrize("text", [
    "write a python script that renames every photo in a folder by date",
    "explain this error: TypeError: 'NoneType' object is not subscriptable",
    "run me through setting up a virtualenv",  # instructions
    "what would this print? print('a' * 3)",  # a question about code, answered in words
    "start a video of a rocket launch at dawn",
])
def test_code_to_write_or_explain(text: str) -> None:
    assert not asks_to_run(text)


def test_code_to_run_is_refused_by_name(planner: EmbeddedPlanner) -> None:
    with pytest.raises(UnsupportedRequestError, match="running code"):
        plan_of(planner, full_registry(), "deploy the django site in my repo to render.com")
