from __future__ import annotations

from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from unison_agent.contracts.errors import PlanValidationError
from unison_agent.contracts.history import History, TurnRecord
from unison_agent.contracts.policy import Policy
from unison_agent.contracts.registry import Registry
from unison_agent.contracts.validate import plan_issues, validate_plan
from unison_agent.runtime.artifacts import Artifact


def step(sid: str, task: str, tool: str, **args: Any) -> dict[str, Any]:
    return {"id": sid, "task": task, "tool": tool, "args": args}


def codes(plan: Any, reg: Registry, **kw: Any) -> list[tuple[str, str]]:
    return [(i.code, i.pointer) for i in plan_issues(plan, reg, **kw)]


def test_valid_multi_step_plan(fake_registry: Registry) -> None:
    plan = {"steps": [
        step("s0", "text_to_image", "image_gen", prompt="a lighthouse", width=832, height=480),
        step("s1", "image_to_video", "video_gen", prompt="waves", first_frame="$s0", num_frames=33, fps=16),
        step("s2", "image_understanding", "vqa", question="what colour?", image="$s0.image"),
    ]}
    validated = validate_plan(plan, fake_registry, attachments=[])
    assert [list(s.dependencies) for s in validated.steps] == [[], ["s0"], ["s0"]]


def test_structure_errors_point_at_the_field(fake_registry: Registry) -> None:
    assert codes({"steps": []}, fake_registry) == [("schema", "/steps")]
    assert ("schema", "/steps/0") in codes({"steps": [{"id": "s0", "task": "text_to_image"}]}, fake_registry)
    assert codes({"steps": [step("s0", "paint", "image_gen", prompt="x")]}, fake_registry) == [("unknown_task", "/steps/0/task")]
    assert codes("not a plan", fake_registry) == [("schema", "")]


def test_unknown_tool_lists_the_available_ones(fake_registry: Registry) -> None:
    issues = plan_issues({"steps": [step("s0", "text_to_image", "upscale", prompt="x")]}, fake_registry)
    assert [i.code for i in issues] == ["unknown_tool"]
    assert "no tool called `upscale`" in issues[0].message and "image_gen" in issues[0].message


def test_task_not_served_by_tool(fake_registry: Registry) -> None:
    issues = plan_issues({"steps": [step("s0", "text_to_video", "image_gen", prompt="x")]}, fake_registry)
    assert [(i.code, i.pointer) for i in issues] == [("task_not_served", "/steps/0/task")]
    assert "serves: text_to_image" in issues[0].message


def test_bad_args_against_the_tools_schema(fake_registry: Registry) -> None:
    got = codes({"steps": [step("s0", "text_to_image", "image_gen", prompt=3, width=-1, colour="red")]}, fake_registry)
    assert ("args", "/steps/0/args/prompt") in got
    assert ("args", "/steps/0/args/width") in got
    assert ("args", "/steps/0/args") in got  # the unknown `colour` argument


def test_reference_to_missing_attachment(fake_registry: Registry) -> None:
    plan = {"steps": [step("s0", "image_reference", "image_gen", prompt="x", reference=["$input.2"])]}
    issues = plan_issues(plan, fake_registry, attachments=["image"])
    assert [(i.code, i.pointer) for i in issues] == [("missing_input", "/steps/0/args/reference/0")]
    assert "attachments 0..0" in issues[0].message


def test_reference_to_later_or_unknown_step_and_self(fake_registry: Registry) -> None:
    plan = {"steps": [
        step("s0", "image_to_video", "video_gen", prompt="x", first_frame="$s1"),
        step("s1", "text_to_image", "image_gen", prompt="x"),
        step("s2", "image_control", "image_gen", prompt="x", control="$s2"),
        step("s3", "image_control", "image_gen", prompt="x", control="$ghost"),
    ]}
    got = codes(plan, fake_registry)
    assert ("unknown_step", "/steps/0/args/first_frame") in got
    assert ("cycle", "/steps/2/args/control") in got
    assert ("unknown_step", "/steps/3/args/control") in got


def test_unknown_output_name(fake_registry: Registry) -> None:
    plan = {"steps": [step("s0", "text_to_image", "image_gen", prompt="x"),
                      step("s1", "image_to_video", "video_gen", prompt="x", first_frame="$s0.video")]}
    assert codes(plan, fake_registry) == [("unknown_output", "/steps/1/args/first_frame")]


def test_cycle_through_after(fake_registry: Registry) -> None:
    plan = {"steps": [
        {**step("a", "text_to_image", "image_gen", prompt="x"), "after": ["b"]},
        {**step("b", "text_to_image", "image_gen", prompt="y"), "after": ["a"]},
    ]}
    issues = plan_issues(plan, fake_registry)
    assert [i.code for i in issues] == ["cycle"]
    assert "a -> b -> a" in issues[0].message


def test_unknown_after_duplicate_and_reserved_ids(fake_registry: Registry) -> None:
    plan = {"steps": [
        {**step("s0", "text_to_image", "image_gen", prompt="x"), "after": ["zz"]},
        step("s0", "text_to_image", "image_gen", prompt="y"),
        step("turn", "text_to_image", "image_gen", prompt="z"),
    ]}
    got = codes(plan, fake_registry)
    assert ("unknown_step", "/steps/0/after/0") in got
    assert ("duplicate", "/steps/1/id") in got
    assert ("reserved", "/steps/2/id") in got


def test_kind_mismatch_video_where_image_expected(fake_registry: Registry) -> None:
    plan = {"steps": [step("s0", "image_understanding", "vqa", question="?", image="$input.0"),
                      step("s1", "text_to_video", "video_gen", prompt="x"),
                      step("s2", "image_to_video", "video_gen", prompt="x", first_frame="$s1")]}
    issues = plan_issues(plan, fake_registry, attachments=["video"])
    assert [(i.code, i.pointer) for i in issues] == [
        ("kind_mismatch", "/steps/0/args/image"), ("kind_mismatch", "/steps/2/args/first_frame")]
    assert "expects image, but $input.0 is a video" in issues[0].message


def test_required_and_disallowed_roles(fake_registry: Registry) -> None:
    plan = {"steps": [step("s0", "image_to_video", "video_gen", prompt="x"),
                      step("s1", "text_to_video", "video_gen", prompt="x", control="$input.0")]}
    got = codes(plan, fake_registry, attachments=["video"])
    assert ("missing_role", "/steps/0/args") in got
    assert ("role", "/steps/1/args/control") in got


def test_policy_caps(fake_registry: Registry) -> None:
    plan = {"steps": [step("s0", "text_to_video", "video_gen", prompt="x", num_frames=1000, fps=240)]}
    got = codes(plan, fake_registry, policy=Policy(max_frames=121))
    assert got == [("cap", "/steps/0/args/num_frames"), ("cap", "/steps/0/args/fps")]
    too_many = {"steps": [step(f"s{i}", "text_to_image", "image_gen", prompt="x") for i in range(3)]}
    assert codes(too_many, fake_registry, policy=Policy(max_steps=2)) == [("cap", "/steps")]


def test_turn_and_artifact_references(fake_registry: Registry) -> None:
    art = Artifact(id="ab" * 32, kind="image", path="/x.png", step="s0", name="image")
    hist = History(turns=[TurnRecord(index=0, text="a dragon", plan={"steps": [{"id": "s0"}]}, outputs={"s0": [art]})])
    ok = {"steps": [step("s0", "image_to_video", "video_gen", prompt="animate", first_frame="$turn.-1")]}
    validate_plan(ok, fake_registry, history=hist)
    by_id = {"steps": [step("s0", "image_to_video", "video_gen", prompt="x", first_frame=f"$artifact.{art.id[:12]}")]}
    assert codes(by_id, fake_registry, history=hist) == []  # unique prefix
    unknown = {"steps": [step("s0", "image_to_video", "video_gen", prompt="x", first_frame="$artifact.cdcdcdcd")]}
    assert codes(unknown, fake_registry, history=hist) == [
        ("missing_artifact", "/steps/0/args/first_frame")]
    gone = {"steps": [step("s0", "image_to_video", "video_gen", prompt="x", first_frame="$turn.-2")]}
    assert codes(gone, fake_registry, history=hist) == [
        ("missing_turn", "/steps/0/args/first_frame")]


def test_all_problems_reported_at_once(fake_registry: Registry) -> None:
    plan = {"steps": [step("s0", "image_reference", "image_gen", prompt="x", reference=["$input.5"], width=99999),
                      step("s1", "text_to_image", "nope", prompt="x")]}
    with pytest.raises(PlanValidationError) as info:
        validate_plan(plan, fake_registry, attachments=[])
    assert len(info.value.issues) == 3
    assert info.value.feedback().count("\n") == 2


# -- property-based: random JSON never makes the validator raise anything else ----------------

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=True) | st.text(max_size=8)
    | st.sampled_from(["$input.0", "$s0", "$s1.image", "$turn.-1", "$artifact.abcdef12", "s0", "image_gen",
                       "text_to_image", "vqa", "image_to_video", "$input.99"]),
    lambda children: st.lists(children, max_size=4) | st.dictionaries(
        st.sampled_from(["steps", "id", "task", "tool", "args", "after", "prompt", "image", "first_frame",
                         "reference", "width", "num_frames", "version", "x"]), children, max_size=5),
    max_leaves=25,
)
plan_like = st.fixed_dictionaries({"steps": st.lists(st.fixed_dictionaries(
    {"id": st.sampled_from(["s0", "s1", "input", "9x"]), "task": st.sampled_from(
        ["text_to_image", "image_to_video", "image_understanding", "nope"]),
     "tool": st.sampled_from(["image_gen", "video_gen", "vqa", "nope"]), "args": st.dictionaries(
        st.sampled_from(["prompt", "question", "image", "first_frame", "reference", "width", "fps", "zz"]),
        json_values, max_size=4)},
    optional={"after": st.lists(st.sampled_from(["s0", "s1", "q"]), max_size=2)}), max_size=4)})


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=json_values | plan_like, kinds=st.none() | st.lists(st.sampled_from(["image", "video"]), max_size=2))
def test_random_json_only_ever_raises_plan_validation_error(
    fake_registry: Registry, data: Any, kinds: list[str] | None
) -> None:
    try:
        validate_plan(data, fake_registry, attachments=kinds, history=History())
    except PlanValidationError as exc:
        assert exc.issues and all(i.pointer == "" or i.pointer.startswith("/") for i in exc.issues)


def test_tool_configuration_is_checked_when_a_config_is_given(fake_registry: Registry) -> None:
    from fixtures.foundation import FakeImageGen

    class Picky(FakeImageGen):
        name = "picky"

        def check_config(self, task: str, config: Any) -> list[str]:
            return [] if config.get("ok") else [f"not set up for {task}"]

    fake_registry.register(Picky())
    plan = {"steps": [step("s0", "text_to_image", "picky", prompt="x")]}
    assert codes(plan, fake_registry) == []
    assert codes(plan, fake_registry, config={"ok": True}) == []
    issues = plan_issues(plan, fake_registry, config={"ok": False})
    assert [(i.code, i.pointer, i.message) for i in issues] == [
        ("config", "/steps/0/tool", "`picky`: not set up for text_to_image")]


def test_understanding_references_take_the_kinds_their_task_allows() -> None:
    """A second picture to compare with is an image; a clip may be asked about with a photo or another clip."""
    from unison_agent.contracts.registry import default_registry

    registry = default_registry()
    compare = {"steps": [step("s0", "image_understanding", "vqa", question="?", image="$input.0", reference=["$input.1"])]}
    assert plan_issues(compare, registry, attachments=["image", "image"]) == []
    issues = plan_issues(compare, registry, attachments=["image", "video"])
    assert [(i.code, i.pointer) for i in issues] == [("kind_mismatch", "/steps/0/args/reference/0")]
    watch = {"steps": [step("s0", "video_understanding", "vqa", question="?", video="$input.0",
                            reference=["$input.1", "$input.2"])]}
    assert plan_issues(watch, registry, attachments=["video", "video", "image"]) == []
