"""What a plugin task's own words say it does, where the rules read its requests as an outside capability
(``covers``), and pieces of a request that are no step of their own. The requests are written for this test, not
taken from a benchmark."""

from __future__ import annotations

import pytest
from fixtures.embedded import full_registry
from fixtures.plugin_tasks import plan_of, planned_plugin

from unison_agent.contracts.errors import UnsupportedRequestError
from unison_agent.contracts.tasks import TaskSpec
from unison_agent.planner.embedded import EmbeddedPlanner
from unison_agent.planner.embedded.covers import covers
from unison_agent.planner.embedded.media_limits import SOUND
from unison_agent.planner.embedded.resolution import FRAME_RATE
from unison_agent.planner.embedded.router import parts_of

RETIMER = TaskSpec.one_input(
    "video", name="speed_ramp_fx", output="video",
    description="Ramps the playback speed of a clip: fast through the dull parts, slowing right down at the big moment.",
    examples=("speed ramp <video 0> around the jump", "make <video 0> go slow-mo as the ball hits the net",
              "ramp <video 0> so the splash plays slowly"))
BASS_READER = TaskSpec.one_input(
    "video", name="bass_line_reader", output="text",
    description="Watches a video of a bass player and writes down what they play from the fretting hand: notes, "
                "riffs and tab.",
    examples=("what notes is he playing in <video 0>?", "write the tab for the riff in <video 0>",
              "which frets does she use in the chorus of <video 0>"))
PLATE_GRADER = TaskSpec.one_input(
    "video", name="plate_speed_check", output="text",
    description="Checks a video of a potter's wheel and says whether it turns at an even speed.",
    examples=("is the wheel in <video 0> wobbling?", "does the wheel slow down in <video 0>?",
              "is the speed of the wheel in <video 0> steady"))


@pytest.mark.parametrize(("spec", "capability", "text", "covered"), [
    # a task that retimes video changes its frame rate
    (RETIMER, FRAME_RATE, "go into super slow motion when the diver hits the water in <video 0>", True),
    # one that only reads a video does not
    (PLATE_GRADER, FRAME_RATE, "turn <video 0> into super slow motion", False),
    # a task that reads playing off a video reads the song the rules would call heard
    (BASS_READER, SOUND, "write down the bass line of the song in <video 0> as tab", True),
    # ... but makes no sound
    (BASS_READER, SOUND, "play the bass line from <video 0> back to me so I can hear it", False),
    # and a request about no playing is not its work
    (BASS_READER, SOUND, "how loud is the crowd in <video 0>", False),
])
def test_a_plugin_task_covers_what_its_own_words_say(spec: TaskSpec, capability: str, text: str, covered: bool) -> None:
    assert covers(spec, capability, text) is covered


def test_a_retiming_plugin_takes_slow_motion_asked_of_its_clip(shipped_planner: EmbeddedPlanner) -> None:
    reg = full_registry()
    reg.register(planned_plugin("ramp_pro", "Speed ramps for action clips.", RETIMER))
    plan = plan_of(shipped_planner, reg, "Ease into super slow motion as the diver hits the water in <video 0>, then back to normal.")
    assert [s.task for s in plan.steps] == ["speed_ramp_fx"]
    # with no such plugin, frame interpolation is still refused
    with pytest.raises(UnsupportedRequestError, match=FRAME_RATE):
        plan_of(shipped_planner, full_registry(), "Ease into super slow motion as the diver hits the water in <video 0>.")


def test_a_music_reading_plugin_reads_the_song_but_makes_no_sound(shipped_planner: EmbeddedPlanner) -> None:
    reg = full_registry()
    reg.register(planned_plugin("bass_tabber", "Bass tab from videos of playing.", BASS_READER))
    plan = plan_of(shipped_planner, reg, "I want the bass line of the song in <video 0> written out as tab with fret numbers")
    assert [s.task for s in plan.steps] == ["bass_line_reader"]
    with pytest.raises(UnsupportedRequestError, match=SOUND):
        plan_of(shipped_planner, reg, "Play the bass line from <video 0> back to me as audio so I can hear it.")


@pytest.mark.parametrize(("text", "parts"), [
    # a return to what was before is no step of its own
    ("Slow <video 0> right down as the cork pops, then back to normal speed.", 1),
    ("Speed up the middle of <video 0> and then return to real time for the ending.", 1),
    # "then-and-now" names a kind of picture
    ("Put the fallen chimney in <image 0> back up for a then-and-now pair.", 1),
    # a real second step still is one
    ("Slow <video 0> down, then add a caption saying 'pop!'", 2),
])
def test_pieces_that_are_no_step_of_their_own(text: str, parts: int) -> None:
    assert len(parts_of(text)) == parts
