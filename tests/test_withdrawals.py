"""Refusals withdrawn (``planner.embedded.withdraw``): a question about an attached file, an animation of one, sound
waved away, a change to an attached file; and what still stands beside them. Requests written for this test."""

from __future__ import annotations

import pytest
from fixtures.embedded import full_registry
from fixtures.plugin_tasks import plan_of, request_of

from unison_agent.contracts.context import PlanContext
from unison_agent.contracts.errors import UnsupportedRequestError
from unison_agent.planner.embedded import EmbeddedPlanner
from unison_agent.planner.embedded.asks import asks_only
from unison_agent.planner.embedded.media_limits import waves_sound_away
from unison_agent.planner.embedded.withdraw import animates_image, asks_about_file


@pytest.mark.parametrize(("text", "asks"), [
    ("<image 0> this warning came up on my laptop, what does it mean and how do i get rid of it", True),  # no "?"
    ("read the label in <image 0> and tell me how much sugar is in it", True),
    ("read <image 0> out to my sister on the phone", False),  # reading, then no question
    ("<image 0> here's the bill, pay it", False),
    ("watch my squat in <video 0> and tell me if my knees cave in", True),
    ("check whether the hall in <image 0> is still free on the 3rd", False),  # today's data, not the picture
])
def test_questions_about_a_file(text: str, asks: bool) -> None:
    assert asks_about_file(text) is asks


@pytest.mark.parametrize(("text", "animates"), [
    ("animate <image 0> so the candle flickers", True),
    ("<image 0> use this as the first frame of a clip where the door opens", True),
    ("animate a fox running", False),  # no image to animate
    ("<image 0> what frame rate should a video of this be?", False),
])
def test_animations_of_an_attached_image(text: str, animates: bool) -> None:
    assert animates_image(text) is animates


@pytest.mark.parametrize(("text", "waved"), [
    ("the sound is muted anyway", True),
    ("don't need the audio", True),
    ("we'll add our own music in resolve", True),
    ("i'll put the soundtrack back in myself", True),
    ("we'll re-add the audio in the edit", True),
    ("I'll need the crashing sound in it", False),  # asked for
    ("it doesn't need sound", True),
    ("the loop needs no audio", True),
    ("it does need the sound of rain", False),
])
def test_sound_waved_away(text: str, waved: bool) -> None:
    assert waves_sound_away(text) is waved


@pytest.fixture(scope="module")
def planner() -> EmbeddedPlanner:
    return EmbeddedPlanner()


@pytest.mark.parametrize(("text", "task"), [
    # the probe hears an errand in "read ... and tell me"
    ("read the parking sign in <image 0> and tell me if I can park here on sunday", "image_understanding"),
    # prototypes read music; the user waved the sound away
    ("a silent clip of a brass band marching in a parade, no audio needed", "text_to_video"),
    ("<video 0> make the stage lights green, i'll put the sound back myself", "video_edit"),
    ("is this mushroom safe to eat <image 0>", "image_understanding"),  # a question with its "?" left off
    ("<image 0> photo of the fridge shelf - which items look nearly empty?", "image_understanding"),
    ("<image 0> Headshot of our founder. Create an image of him speaking at a podium.", "image_reference"),  # still
    ("blur the faces in <image 0> before I post it on facebook", "image_edit"),  # the user posts it
    ("my class needs a note saying the trip is moved to friday, can you draft it", "text_understanding"),
    # "the frame" is what the camera sees: no frame rate or still asked for
    ("take the boom mic out of the top of the frame in <video 0>", "video_edit"),
    # a change named with its result, words read off the file, a blur that prototypes read as speech
    ("<image 0> change the mailbox on the porch to bright red", "image_edit"),
    ("<image 0> this is my boarding pass, read the gate and seat number off it", "image_understanding"),
    ("<video 0> Blur the patient's name that's on the monitor in this recording", "video_edit"),
    ("count how many cars run the red light in <video 0>", "video_understanding"),
    # words given to translate; "to say ..." on a sign in the photo; something put on a thing in it
    ("Translate this into German for our landlord: 'The heating has been off since Monday.'", "text_understanding"),
    ("Change the price on the menu board in <image 0> to say 4.50", "image_edit"),
    ("Put a paper crown on the statue in <image 0>", "image_edit"),
    # words asked of the video after a dash or "and"; a silent recording
    ("<video 0> a screen recording of my spreadsheet routine - list the steps I take, in order", "video_understanding"),
    ("<video 0> A silent recording of our pottery class: describe how the teacher centres the clay.", "video_understanding"),
    # words rewritten are words asked for, whatever they should sound like
    ("Rephrase this text to my landlord so it sounds calmer: 'Fix the boiler today.'", "text_understanding"),
    ("reword my out-of-office note so it sounds less stiff: 'I am away until the 9th.'", "text_understanding"),
    ("Could you make a few seconds of snow falling on a pine forest for my shop's website header? It doesn't need sound.",
     "text_to_video"),
])
def test_refusals_withdrawn(planner: EmbeddedPlanner, text: str, task: str) -> None:
    assert [s.task for s in plan_of(planner, full_registry(), text).steps] == [task]


def test_a_withdrawal_is_shown_by_explain(planner: EmbeddedPlanner) -> None:
    text = "a video of a choir singing in a church, silent is fine"  # prototypes alone would refuse it as sound
    req = request_of(text)
    (_, verdict), = planner.explain(req, PlanContext.for_request(full_registry(), req))["judged"]
    assert verdict.kind == "builtin" and verdict.scores.get("no_sound") == 1.0


@pytest.mark.parametrize("text", [
    "<video 0> describe it, and also what does the announcer say at the end?",  # a later part about the video's sound
    "a clip of waves on rocks for my sleep app, and i need the crashing sound in it",
    "make me a spreadsheet of my monthly budget with formulas, as an actual excel file i can download",
    "take every other frame out of <video 0>",  # frames, not the frame
    "translate the voice note I sent you this morning, it's in Greek",  # no words given: "it's" is no quote
])
def test_what_still_stands(planner: EmbeddedPlanner, text: str) -> None:
    with pytest.raises(UnsupportedRequestError):
        plan_of(planner, full_registry(), text)


@pytest.mark.parametrize(("text", "asked"), [
    ("<image 0> This is my garden shed. Can you paint it dark green?", "Can you paint it dark green?"),
    ("I run a bakery. I need a poster for our croissants. It should feel warm.",  # "I need", "It should": asks
     "I need a poster for our croissants. It should feel warm."),
    ("make the sky pink", None),  # one sentence
    ("This is my dog. My cat is asleep.", None),  # nothing asked
])
def test_asks_only_drops_the_situation_told(text: str, asked: str | None) -> None:
    assert asks_only(text) == asked


@pytest.mark.parametrize(("text", "task"), [
    # the probe read "listing my flat" as an errand; the head read the told sentence as a second step
    ("<image 0> I'm listing my flat next month and the kitchen looks dark here. Can you make it brighter and warmer?",
     "image_edit"),
    ("<video 0> This is my son's first swimming lesson. I know nothing about swimming, can you tell me what his arms "
     "are doing wrong?", "video_understanding"),
    ("<image 0> My parents on their wedding day in 1985. Could you animate it gently, the confetti drifting down?",
     "image_to_video"),
])
def test_a_told_situation_does_not_make_an_errand_or_a_step(planner: EmbeddedPlanner, text: str, task: str) -> None:
    assert [s.task for s in plan_of(planner, full_registry(), text).steps] == [task]


@pytest.mark.parametrize(("text", "asked"), [
    ("<image 0> My parents on their wedding day. Could you animate it gently?", "<image 0> Could you animate it gently?"),
    ("I have a photo <image 0> and a mask <image 1>. Apply the mask.", None),  # names files: roles
    ("<video 0> He is wearing a red coat. Make him walk through snow.", None),  # someone else: content
])
def test_the_head_reads_without_the_users_own_story_only(text: str, asked: str | None) -> None:
    assert asks_only(text, own_story=True) == asked
