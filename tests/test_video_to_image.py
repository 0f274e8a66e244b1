"""A picture asked of videos alone: no built-in task makes one (``planner/embedded/kinds.py``), so it goes to a plugin
task that makes images from videos, or is refused naming that capability, whatever the sentence scores say."""

from __future__ import annotations

import pytest
from fixtures.embedded import full_registry
from fixtures.plugin_tasks import plan_of, planned_plugin

from unison_agent.contracts.errors import UnsupportedRequestError
from unison_agent.contracts.tasks import TASKS, TaskSpec
from unison_agent.contracts.tool import Tool
from unison_agent.planner.embedded import EmbeddedPlanner
from unison_agent.planner.embedded.kinds import CAPABILITY, asks_for_image, image_from_video, video_only


@pytest.mark.parametrize("text", [
    "make a poster from <video 0>",
    "give me a thumbnail picture of this clip <video 0>",
    "<video 0> merge everything into a single photo where the cars become streaks",
    "grab a frame at 3 seconds from <video 0>",
    "<video 0> grab me a sharp still of the finish line",
    "freeze-frame <video 0> at the goal",
])
def test_pictures_asked_of_a_video(text: str) -> None:
    assert video_only(text) and asks_for_image(text)


@pytest.mark.parametrize("text", [
    "Describe the thumbnail of <video 0>",  # asks about it
    "<video 0> what picture is on the wall?",
    "follow the depth image of <video 0>: a dancer in the rain",  # a structure map, a control task's input
    "make <video 0> look like an old photo",  # a video edit
    "<video 0> replace the dog with a fox",
])
def test_requests_that_are_not(text: str) -> None:
    assert not asks_for_image(text)


def test_only_videos_count() -> None:
    assert video_only("a still from <video 0>") and not video_only("a still from <video 0> like <image 0>")
    assert not video_only("a still from the last video")


GRID = TaskSpec.one_input("video", name="keyframe_grid", output="image",
                          description="Tile the keyframes of a video into one grid image.",
                          examples=("Make a grid of keyframes from <video 0>.", "Tile the key moments of <video 0>.",
                                    "Overview sheet of <video 0>."))


def keyframe_grid() -> Tool:
    return planned_plugin("keyframe_grid", "Tile keyframes into a grid image.", GRID)


def test_which_tasks_make_images_from_videos() -> None:
    assert image_from_video(GRID)
    assert not any(image_from_video(spec) for spec in TASKS.values())  # the one pairing no built-in task covers


@pytest.fixture(scope="module")
def planner(shipped_planner: EmbeddedPlanner) -> EmbeddedPlanner:
    return shipped_planner



TEXT = "<video 0> give me one picture with all of its best moments side by side"


def test_a_picture_of_a_video_goes_to_the_plugin_that_makes_one(planner: EmbeddedPlanner) -> None:
    reg = full_registry()
    reg.register(keyframe_grid())
    assert [(s.task, s.tool) for s in plan_of(planner, reg, TEXT).steps] == [("keyframe_grid", "keyframe_grid")]


def test_without_one_it_is_refused_naming_the_capability(planner: EmbeddedPlanner) -> None:
    with pytest.raises(UnsupportedRequestError) as caught:
        plan_of(planner, full_registry(), TEXT)
    assert caught.value.capability == CAPABILITY and "picture" in caught.value.part


def test_video_edits_are_left_alone(planner: EmbeddedPlanner) -> None:
    reg = full_registry()
    reg.register(keyframe_grid())
    assert [s.task for s in plan_of(planner, reg, "<video 0> make it look like a watercolor painting").steps] == ["video_edit"]
