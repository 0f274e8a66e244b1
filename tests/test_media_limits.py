"""What the built-in models cannot hear or write (``media_limits``): the sound of a video and file formats
they do not produce are refused by name, unless a plugin serves them. The requests are written for this test."""

from __future__ import annotations

import pytest
from fixtures.embedded import full_registry
from fixtures.plugin_tasks import plan_of, video_plugin

from unison_agent.contracts.errors import UnsupportedRequestError
from unison_agent.contracts.tasks import TaskSpec
from unison_agent.planner.embedded import EmbeddedPlanner
from unison_agent.planner.embedded.media_limits import CONVERSION, DOCUMENTS, SOUND, SPEECH, THREE_D, needs


@pytest.fixture(scope="module")
def planner() -> EmbeddedPlanner:
    return EmbeddedPlanner()


@pytest.mark.parametrize(("text", "capability"), [
    ("which band recorded the song in <video 0>?", SOUND),
    ("<video 0> is the trumpet player in tune?", SOUND),
    ("turn the music down in <video 0>", SOUND),
    ("write down everything the teacher says in <video 0>, a transcript please", SPEECH),
    ("what is the reporter saying at the start of <video 0>?", SPEECH),
    ("save <video 0> as a webm for my site", CONVERSION),
    ("make me a looping gif of a spinning coin", CONVERSION),
    ("pull the audio of <video 0> out as an mp3", SOUND),
    ("put <image 0> and <image 1> into one pdf", DOCUMENTS),
    ("send me the .xlsx with these numbers: 3, 4, 5", DOCUMENTS),
    ("export the vase in <image 0> as an stl for printing", THREE_D),
    ("model a rigged 3D knight I can animate", THREE_D),
    ("a low-poly lighthouse model for my Unity scene", THREE_D),
])
def test_what_the_built_in_models_cannot_hear_or_write(text: str, capability: str) -> None:
    assert needs(text) == capability


@pytest.mark.parametrize("text", [
    "which instrument is the woman on the right playing in <video 0>?",  # seen, not heard
    "how many people are in the band in <video 0>?",
    "make <video 0> look like an old music video",
    "what is written on the sheet music in <video 0>?",
    "what does the banner in <video 0> say?",
    "what song titles are on the poster in <image 0>?",  # a picture has no sound track
    "is a gif or an mp4 better for a website banner?",  # a question about formats
    "make a video of a cat chasing a laser dot",
    "a picture of a 3D model of a lighthouse on a desk",  # a picture of one
    "a cute 3d character of a teapot, clay style",
])
def test_what_they_can(text: str) -> None:
    assert needs(text) is None


def test_refused_naming_the_capability(planner: EmbeddedPlanner) -> None:
    with pytest.raises(UnsupportedRequestError, match="speech and voice"):
        plan_of(planner, full_registry(), "write down everything the teacher says in <video 0>, a transcript please")
    with pytest.raises(UnsupportedRequestError, match="file compression and conversion"):
        plan_of(planner, full_registry(), "save <video 0> as a webm for my site")


def test_text_work_about_formats_is_answered(planner: EmbeddedPlanner) -> None:
    plan = plan_of(planner, full_registry(), "write me an ffmpeg command that turns clip.mov into a webm")
    assert [s.task for s in plan.steps] == ["text_understanding"]


GIF = TaskSpec.one_input("video", name="video_to_gif", output="video",
                         description="Convert a video clip into an animated GIF file.",
                         examples=("turn <video 0> into a gif", "make a gif from <video 0>", "export <video 0> as an animated gif"))


def test_a_plugin_that_writes_the_format_takes_it(planner: EmbeddedPlanner) -> None:
    reg = full_registry()
    reg.register(video_plugin("gif_maker", "Converts a video clip into an animated GIF.", GIF))
    plan = plan_of(planner, reg, "can you make <video 0> into a gif for the group chat")
    assert [(s.task, s.tool) for s in plan.steps] == [("video_to_gif", "gif_maker")]
