"""The repair loop, from scripted model outputs."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from unison_agent.contracts.context import PlanContext
from unison_agent.contracts.errors import PlannerError
from unison_agent.contracts.registry import Registry
from unison_agent.contracts.request import parse_request
from unison_agent.planner.repair import RepairTrace, plan_with_repair


class Script:
    """Returns canned answers in order; records the feedback each call received."""

    def __init__(self, *answers: object) -> None:
        self.answers = [a if isinstance(a, str) else json.dumps(a) for a in answers]
        self.feedback: list[str | None] = []

    def __call__(self, feedback: str | None, previous: str | None) -> str:
        self.feedback.append(feedback)
        return self.answers.pop(0)


def step(sid: str, task: str, tool: str, **args: object) -> dict[str, object]:
    return {"id": sid, "task": task, "tool": tool, "args": args}


def test_missing_input_is_repaired(planner_registry: Registry, planner_media: dict[str, Path]) -> None:
    req = parse_request(f"###{planner_media['image']}### what is this")
    bad = {"steps": [step("s0", "image_understanding", "vqa", question="?", image="$input.3")]}
    good = {"steps": [step("s0", "image_understanding", "vqa", question="?", image="$input.0")]}
    script = Script(bad, good)
    trace = RepairTrace()
    plan = plan_with_repair(script, PlanContext.for_request(planner_registry, req), trace=trace)
    assert plan.steps[0].args["image"] == "$input.0"
    assert script.feedback[0] is None and "missing attachment" in (script.feedback[1] or "")
    assert len(trace.attempts) == 2


def test_cycle_and_bad_json_then_give_up_with_every_issue(planner_registry: Registry) -> None:
    req = parse_request("draw then edit")
    cycle = {"steps": [step("s0", "image_edit", "edit", prompt="x", image="$s1"),
                       step("s1", "image_edit", "edit", prompt="y", image="$s0")]}
    script = Script("not json at all", cycle, cycle)
    with pytest.raises(PlannerError) as info:
        plan_with_repair(script, PlanContext.for_request(planner_registry, req), max_repairs=2)
    text = str(info.value)
    assert "attempt 1" in text and "not a JSON plan" in text and "attempt 3" in text
    assert info.value.issues and all(i.pointer.startswith("/steps") for i in info.value.issues)
    assert "comes later" in (script.feedback[2] or "")


def test_postprocess_runs_before_validation(planner_registry: Registry) -> None:
    req = parse_request("a cat")
    raw = {"steps": [step("s0", "text_to_image", "image_gen", prompt="a cat", width=5000, height=5000)]}

    def shrink(plan: dict) -> dict:  # type: ignore[type-arg]
        plan["steps"][0]["args"].update(width=1024, height=1024)
        return plan

    plan = plan_with_repair(Script(raw), PlanContext.for_request(planner_registry, req), postprocess=shrink, max_repairs=0)
    assert plan.steps[0].args["width"] == 1024


def test_lm_planner_repairs_with_scripted_model(planner_registry: Registry, planner_media: dict[str, Path],
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    """LMPlanner feeds validation feedback back into a second generation."""
    from unison_agent.planner import lm as lm_module
    from unison_agent.planner.constrained import Generation

    outputs = [
        json.dumps({"steps": [step("s0", "image_to_video", "video_gen", prompt="go", first_frame="$s4")]}),
        json.dumps({"steps": [step("s0", "image_to_video", "video_gen", prompt="go", first_frame="$input.0")]}),
    ]
    seen_prompts: list[str] = []

    def fake_generate(model, tokenizer, inputs, schema, **kw):  # type: ignore[no-untyped-def]
        seen_prompts.append(inputs["text"])
        return Generation(text=outputs.pop(0), tokens=11, finished=True)

    class Tok:
        chat_template = None

        def __call__(self, text: str, **kw: object) -> dict[str, str]:
            return {"text": text}

    monkeypatch.setattr(lm_module, "generate_json", fake_generate)
    planner = lm_module.LMPlanner(model=object(), tokenizer=Tok(), vlm=False)
    req = parse_request(f"animate ###{planner_media['image']}### for 2 seconds")
    plan = planner.plan(req, PlanContext.for_request(planner_registry, req))
    assert plan.steps[0].args["first_frame"] == "$input.0"
    assert plan.steps[0].args["num_frames"] == 33 and plan.steps[0].args["fps"] == 16  # meta from the text
    assert "invalid" in seen_prompts[1] and "$s4" in seen_prompts[1]
    assert planner.last_stats["tokens"] == 22 and planner.last_stats["attempts"] == 2
