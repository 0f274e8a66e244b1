"""Generator prompts describe the content: no size/length phrases, no request verbs, a follow-up
carries its subject; the request's words stay in ``source_text``."""

from __future__ import annotations

import pytest

from unison_agent.contracts.context import PlanContext
from unison_agent.contracts.history import History, TurnRecord
from unison_agent.contracts.plan import Plan
from unison_agent.contracts.registry import Registry
from unison_agent.contracts.request import parse_request
from unison_agent.planner.base import Planner, plan_request
from unison_agent.planner.prompts import carry_subject, clean_prompt, generator_prompts
from unison_agent.runtime.artifacts import Artifact


@pytest.mark.parametrize(("text", "expected"), [
    ("Please make a clip with a width of 640 pixels and a height of 360 pixels, that is 3 seconds long, "
     "of a heron wading through a marsh.", "a heron wading through a marsh"),
    ("Create a 480P image of a clownfish swimming near a coral reef", "a clownfish swimming near a coral reef"),
    ("Make a 3 second clip of waves hitting black rocks, 16:9 please", "waves hitting black rocks"),
    ("generate a vertical video of a waterfall, 5 seconds", "a waterfall"),
    ("could you paint a lighthouse at dusk", "a painting of a lighthouse at dusk"),
    ("render a city at night in 4K resolution", "a city at night"),
    ("a portrait of a king", "a portrait of a king"),  # nothing to take out
    ("Make a poster for the bake sale. Could you use pastel colours?", "a poster for the bake sale, use pastel colours"),
])
def test_clean_prompt(text: str, expected: str) -> None:
    assert clean_prompt(text) == expected


def test_an_edit_keeps_its_instruction() -> None:
    assert clean_prompt("make it brighter, 1024x1024", describing=False) == "make it brighter"


@pytest.mark.parametrize(("prompt", "expected"), [
    ("animate it", "a red dragon, animated"),
    ("animate it slowly", "a red dragon, animated, slowly"),
    ("it at night", "a red dragon at night"),
    ("it move", "a red dragon, animated"),  # "make it move" with its verb cleaned off
    ("use that image as the reference for a clip", "use a red dragon as the reference for a clip"),
    ("", "a red dragon"),
    ("waves crashing", "waves crashing"),  # no reference: left alone
])
def test_carry_subject(prompt: str, expected: str) -> None:
    assert carry_subject(prompt, "a red dragon") == expected


def test_a_follow_up_in_the_plan_gets_the_subject(embedded_registry: Registry) -> None:
    plan = Plan.model_validate({"steps": [
        {"id": "s0", "task": "text_to_image", "tool": "image_gen", "args": {"prompt": "make a 64x64 image of a red dragon"}},
        {"id": "s1", "task": "image_to_video", "tool": "video_gen",
         "args": {"prompt": "animate it for 1 second", "first_frame": "$s0"}},
    ]})
    done = generator_prompts(plan, PlanContext(registry=embedded_registry))
    assert [s.args["prompt"] for s in done.steps] == ["a red dragon", "a red dragon, animated"]
    assert [s.source_text for s in done.steps] == ["make a 64x64 image of a red dragon", "animate it for 1 second"]
    assert done.steps[1].dependencies == ("s0",)


def test_an_edits_instruction_is_no_subject(embedded_registry: Registry) -> None:
    plan = Plan.model_validate({"steps": [
        {"id": "s0", "task": "image_edit", "tool": "edit", "args": {"prompt": "remove the background", "image": "$input.0"}},
        {"id": "s1", "task": "image_to_video", "tool": "video_gen", "args": {"prompt": "animate it", "first_frame": "$s0"}},
    ]})
    done = generator_prompts(plan, PlanContext(registry=embedded_registry))
    assert [s.args["prompt"] for s in done.steps] == ["remove the background", "animate it"]


def test_a_follow_up_turn_gets_the_earlier_turns_subject(embedded_registry: Registry) -> None:
    art = Artifact(id="ab" * 32, kind="image", path="/x/ab.png", step="s0")  # type: ignore[arg-type]
    history = History(turns=[TurnRecord(index=0, text="make a red dragon", outputs={"s0": [art]}, plan={"steps": [
        {"id": "s0", "task": "text_to_image", "tool": "image_gen", "args": {"prompt": "a red dragon"}}]})])
    plan = Plan.model_validate({"steps": [{"id": "s0", "task": "image_to_video", "tool": "video_gen",
                                           "args": {"prompt": "now animate it", "first_frame": "$turn.-1"}}]})
    done = generator_prompts(plan, PlanContext(registry=embedded_registry, history=history))
    assert done.steps[0].args["prompt"] == "a red dragon, animated"


def test_questions_are_left_as_asked(embedded_registry: Registry) -> None:
    plan = Plan.model_validate({"steps": [{"id": "q", "task": "text_understanding", "tool": "vqa",
                                           "args": {"question": "Please describe a 480P video"}}]})
    assert generator_prompts(plan, PlanContext(registry=embedded_registry)) is plan


@pytest.fixture
def planner(shipped_planner: Planner) -> Planner:
    return shipped_planner


def test_the_shipped_planner_gives_content_prompts(planner: Planner, embedded_registry: Registry) -> None:
    text = "make a picture of a red dragon. Then animate it for 2 seconds"
    request = parse_request(text)
    plan = plan_request(planner, request, PlanContext.for_request(embedded_registry, request))
    assert [(s.task, s.args["prompt"]) for s in plan.steps] == [
        ("text_to_image", "a red dragon"), ("image_to_video", "a red dragon, animated")]


@pytest.mark.parametrize("text", ["make a picture of a red dragon and animate it", "draw a red dragon and make it move"])
def test_and_before_a_step_on_the_result_cuts_the_prompts(planner: Planner, embedded_registry: Registry, text: str) -> None:
    """Both prompts were the whole request ("a red dragon and animate a red dragon and animate it")."""
    request = parse_request(text)
    plan = plan_request(planner, request, PlanContext.for_request(embedded_registry, request))
    assert [s.task for s in plan.steps] == ["text_to_image", "image_to_video"]
    assert plan.steps[0].args["prompt"] in ("a red dragon", "a drawing of a red dragon")
    assert plan.steps[1].args["prompt"] == plan.steps[0].args["prompt"] + ", animated"
