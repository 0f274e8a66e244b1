"""The typed plan flow: references parsed once, one validation per turn, one snapping rule,
text flowing between steps, our own bugs surfacing, and sessions that stay small."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from fixtures.executor import ScriptedPlanner, calls, steps

from unison_agent.contracts import validate as validate_module
from unison_agent.contracts.errors import PlanValidationError
from unison_agent.contracts.plan import Plan
from unison_agent.contracts.refs import Ref
from unison_agent.contracts.tool import MetaSpec
from unison_agent.executor.resolve import Resolver


def test_references_are_parsed_once_into_the_typed_plan() -> None:
    plan = Plan.model_validate(steps(
        ("q", "text_understanding", "describe", {"question": "how many?"}),
        ("s1", "image_reference", "make_image", {"prompt": "a sign showing {$q}", "reference": ["$input.0", "$turn.-1.s0"]}),
    ))
    found = plan.steps[1].refs
    assert [(r.arg, r.position, r.in_text, r.ref) for r in found] == [
        ("prompt", None, True, Ref("step", step="q")),
        ("reference", 0, False, Ref("input", index=0)),
        ("reference", 1, False, Ref("turn", index=-1, step="s0")),
    ]
    assert plan.steps[1].dependencies == ("q",)
    assert [s.id for s in plan.dependency_order()] == ["q", "s1"]


def test_a_plan_is_validated_once_per_turn(make_agent: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    seen: list[int] = []
    real = validate_module._check

    def counting(data: Any, ctx: Any) -> Any:
        seen.append(1)
        return real(data, ctx)

    monkeypatch.setattr(validate_module, "_check", counting)
    plan = steps(("s0", "text_to_image", "make_image", {"prompt": "fish"}))
    agent = make_agent(ScriptedPlanner({"draw a fish": plan}))
    assert agent.run("draw a fish", session="once").ok
    assert len(seen) == 1, "planned: the planner's finalize is the only validation"
    seen.clear()
    assert agent.execute(plan, "x", session="once").ok
    assert len(seen) == 1, "given: Agent.execute validates, the graph trusts it"


def test_the_planner_sees_configuration_problems(make_agent: Any) -> None:
    from fixtures.executor import MakeImage

    class Picky(MakeImage):
        name = "picky"

        def check_config(self, task: str, config: Any) -> list[str]:
            return ["no backend configured for this task"]

    agent = make_agent(ScriptedPlanner({"x": steps(("s0", "text_to_image", "picky", {"prompt": "p"}))}))
    agent.registry.register(Picky())
    with pytest.raises(PlanValidationError, match="no backend configured"):
        agent.run("x", session="cfg")
    assert agent.history("cfg").turns == []


def test_snapping_keeps_the_aspect_ratio_within_the_caps() -> None:
    spec = MetaSpec(size_multiple=16, max_width=1920, max_height=1920)
    w, h = spec.snap_size(2048, 1152)
    assert (w, h) == (1920, 1088) and abs(w / h - 16 / 9) < 0.02
    assert spec.snap_size(1152, 2048) == (1088, 1920)  # portrait stays portrait
    assert spec.snap_size(3000, 3000) == (1920, 1920)
    assert spec.snap_size(100, 99) == (112, 96)  # landscape stays landscape after rounding


def test_the_generation_tools_snap_the_same_way() -> None:
    import unison_tools

    tool = unison_tools.ImageGen()
    w, h, _ = tool.snap(2048, 1152, 1)
    assert abs(w / h - 16 / 9) < 0.02 and w <= 1920


def test_text_flows_from_one_step_into_the_next(make_agent: Any, exec_call_log: Path) -> None:
    agent = make_agent()
    result = agent.execute(steps(
        ("q", "text_understanding", "describe", {"question": "the number"}),
        ("s", "text_to_image", "make_image", {"prompt": "a neon sign showing {$q}", "width": 16, "height": 16}),
    ), "x", session="text")
    assert result.ok
    assert calls(exec_call_log) == [("describe", "q"), ("make_image", "s")]
    made = agent.history("text").turns[0].outputs["s"][0]
    # the colour comes from the prompt the tool saw: the one with the answer put in
    from fixtures.executor import colour
    from PIL import Image

    with Image.open(made.path) as img:
        assert img.getpixel((0, 0)) == colour("a neon sign showing answer to 'the number'")


def test_text_references_are_checked(make_agent: Any) -> None:
    agent = make_agent()
    with pytest.raises(PlanValidationError) as info:
        agent.execute(steps(
            ("a", "text_to_image", "make_image", {"prompt": "fish"}),
            ("s", "text_to_image", "make_image", {"prompt": "a sign showing {$a}"}),
            ("t", "text_to_image", "make_image", {"prompt": "{$later}"}),
            ("u", "text_to_image", "make_image", {"prompt": "$a"}),
        ), "x")
    codes = {(i.code, i.pointer) for i in info.value.issues}
    assert ("kind_mismatch", "/steps/1/args/prompt") in codes  # an image is not text
    assert ("unknown_step", "/steps/2/args/prompt") in codes
    assert ("ref", "/steps/3/args/prompt") in codes  # a whole reference in a text argument: write {$a}


def test_a_bug_in_our_own_code_is_an_exception_not_a_failed_step(
    make_agent: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(self: Any, tool: Any, step: Any, outputs: Any) -> Any:
        raise TypeError("a bug in the resolver")

    monkeypatch.setattr(Resolver, "media_inputs", broken)
    agent = make_agent()
    with pytest.raises(TypeError, match="a bug in the resolver"):
        agent.execute(steps(("s0", "text_to_image", "make_image", {"prompt": "fish"})), "x")


def test_what_a_tool_raises_is_a_failed_step(make_agent: Any) -> None:
    agent = make_agent()
    result = agent.execute(steps(("s0", "text_to_image", "fail", {"error": "runtime"})), "x")
    assert result.steps[0].status == "failed" and "RuntimeError: the model crashed" in (result.steps[0].error or "")


def test_the_history_lives_outside_the_checkpoints(make_agent: Any) -> None:
    agent = make_agent()
    plan = steps(("s0", "text_to_image", "make_image", {"prompt": "fish", "width": 16, "height": 16}),
                 ("s1", "image_edit", "brighten", {"prompt": "b", "image": "$s0"}))
    for _ in range(3):
        assert agent.execute(plan, "x", session="small").ok
    assert len(agent.history("small")) == 3
    state = agent.graph.get_state({"configurable": {"thread_id": "small"}}).values
    assert "history" not in state and state["turn"] == 2
    rows = agent.checkpointer.conn.execute("SELECT COUNT(*) FROM checkpoints WHERE thread_id = 'small'").fetchone()
    assert rows[0] == 1, "a finished turn keeps only its last checkpoint"
    # a later turn still resolves an earlier one's output
    assert agent.execute(steps(("e", "image_edit", "brighten", {"prompt": "b", "image": "$turn.0.s1"})), "x",
                         session="small").ok
