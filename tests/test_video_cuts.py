"""A video cut in time or joined to another (``cuts.cuts_video``): refused by name while no plugin task does it; an
installed trimmer whose own examples the rule names takes it. The requests are written for this test, not taken from
a benchmark."""

from __future__ import annotations

import pytest
from fixtures.embedded import full_registry
from fixtures.plugin_tasks import plan_of, planned_plugin

from unison_agent.contracts.errors import UnsupportedRequestError
from unison_agent.contracts.tasks import TaskSpec
from unison_agent.planner.embedded import EmbeddedPlanner
from unison_agent.planner.embedded.cuts import CAPABILITY, cuts_video

CUTS = [
    "trim <video 0> to the first twelve seconds",
    "<video 0> shorten this so it ends before the speech",
    "delete the last 4 seconds of <video 0>",
    "cut the bit of <video 0> where the dog runs off",
    "<video 0> keep only the part where the candles are blown out",
    "merge <video 0> and <video 1> into one clip",
    "add <video 1> onto the end of <video 0>",
    "<video 0> play the kids' race, then bin the rest",
]
# an object cut out of the frame, or a stretch of time only named, is an edit
EDITS = [
    "cut out the lamp post in the middle of <video 0>",
    "remove the red car at the end of the road in <video 0>",
    "make the first 3 seconds of <video 0> black and white",
    "remove the end card text from <video 0>",
    "<video 0> combine the frames into one long-exposure photo",
    "trim the hedge in <image 0> into a neat box shape",
]


@pytest.mark.parametrize("text", CUTS)
def test_a_cut_in_time_or_a_join_is_found(text: str) -> None:
    assert cuts_video(text)


@pytest.mark.parametrize("text", EDITS)
def test_an_edit_of_the_frames_is_left_alone(text: str) -> None:
    assert not cuts_video(text)


@pytest.fixture(scope="module")
def planner() -> EmbeddedPlanner:
    return EmbeddedPlanner()


def test_the_planner_refuses_it_by_name(planner: EmbeddedPlanner) -> None:
    with pytest.raises(UnsupportedRequestError, match=CAPABILITY):
        plan_of(planner, full_registry(), "trim <video 0> to the first twelve seconds")


TRIM = TaskSpec.one_input("video", name="trim_clip", output="video", description="Cut a video down to a stretch of time.",
                          examples=("trim <video 0> to the first 10 seconds", "keep only 0:30 to 0:45 of <video 0>",
                                    "cut the last two seconds off <video 0>"))


def test_an_installed_trimmer_takes_it(planner: EmbeddedPlanner) -> None:
    reg = full_registry()
    reg.register(planned_plugin("quick_trim", "Trims a video to the given start and end.", TRIM))
    plan = plan_of(planner, reg, "trim <video 0> to the first twelve seconds")
    assert [(s.task, s.tool) for s in plan.steps] == [("trim_clip", "quick_trim")]
