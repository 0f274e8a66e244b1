"""UnisonTokenPlanner: every token combination of the reference protocol, from scripted outputs."""

from __future__ import annotations

from pathlib import Path

import pytest

from unison_agent.contracts.context import PlanContext
from unison_agent.contracts.errors import PlannerError, UserError
from unison_agent.contracts.registry import Registry
from unison_agent.contracts.request import parse_request
from unison_agent.planner import load_planner
from unison_agent.planner.unison_protocol import UnisonTokenPlanner, parse_unison_output, to_unison_prompt


def _req(media: dict[str, Path], *names: str, text: str = "do it"):  # type: ignore[no-untyped-def]
    inline = " ".join(f"###{media[n]}###" for n in names)
    return parse_request(f"{inline} {text}".strip())


def _plan(output: str, req, registry: Registry):  # type: ignore[no-untyped-def]
    planner = UnisonTokenPlanner(generate=lambda prompt: output)
    return planner.plan(req, PlanContext.for_request(registry, req)), planner


@pytest.mark.parametrize(
    ("output", "names", "task", "args"),
    [
        ("<CFI>", (), "text_to_image", {}),
        ("<CFI><BORES>768,512<EORES>", (), "text_to_image", {"width": 768, "height": 512}),
        ("<CFI><BOEDIT>1,0<EOEDIT>", ("image", "mask"), "image_edit", {"image": "$input.0", "mask": "$input.1"}),
        ("<CFI><BOEDIT>0,1<EOEDIT>", ("mask", "image"), "image_edit", {"image": "$input.1", "mask": "$input.0"}),
        ("<CFI><BOEDIT>0<EOEDIT>", ("image",), "image_edit", {"image": "$input.0"}),
        ("<CFI><CTRL>", ("image",), "image_control", {"control": "$input.0"}),
        ("<CFI><CTRL><REF>", ("image", "mask"), "image_control", {"control": "$input.0", "reference": ["$input.1"]}),
        ("<CFI><REF>", ("image",), "image_reference", {"reference": ["$input.0"]}),
        ("<CFI><BOEDIT>1,0<EOEDIT><REF>", ("image", "mask", "image"), "image_edit",
         {"image": "$input.0", "mask": "$input.1", "reference": ["$input.2"]}),
        ("<CFV>", (), "text_to_video", {}),
        ("<CFV><BORES>832,480<EORES><BONF>32<EONF>", (), "text_to_video",
         {"width": 832, "height": 480, "num_frames": 33, "fps": 16}),
        ("<CFV><BOFIDX>0<EOFIDX>", ("image",), "image_to_video", {"first_frame": "$input.0"}),
        ("<CFV><BOFIDX>1<EOFIDX>", ("image",), "image_to_video", {"last_frame": "$input.0"}),
        ("<CFV><BOEDIT>0,1<EOEDIT>", ("mask", "video"), "video_edit", {"video": "$input.1", "mask": "$input.0"}),
        ("<CFV><BOEDIT>1,0<EOEDIT>", ("video", "mask"), "video_edit", {"video": "$input.0", "mask": "$input.1"}),
        ("<CFV><BOEDIT><EOEDIT>", ("video",), "video_edit", {"video": "$input.0"}),
        ("<CFV><CTRL>", ("video",), "video_control", {"control": "$input.0"}),
        ("<CFV><REF>", ("image",), "video_reference", {"reference": ["$input.0"]}),
        ("The answer is 80.", (), "text_understanding", {}),
        ("B", ("image",), "image_understanding", {"image": "$input.0"}),
        ("A cat runs.", ("video",), "video_understanding", {"video": "$input.0"}),
    ],
)
def test_each_token_combination(output: str, names: tuple[str, ...], task: str, args: dict[str, object],
                                planner_registry: Registry, planner_media: dict[str, Path]) -> None:
    req = _req(planner_media, *names)
    plan, planner = _plan(output, req, planner_registry)
    step = plan.steps[0]
    assert len(plan.steps) == 1 and step.task == task
    for key, value in args.items():
        assert step.args.get(key) == value, (key, step.args)
    media_keys = {"image", "video", "mask", "reference", "control", "first_frame", "last_frame"}
    assert {k for k in step.args if k in media_keys} == {k for k in args if k in media_keys}
    if task.endswith("understanding"):
        assert planner.last_stats["answer"] == output
        assert "question" in step.args


def test_first_frame_is_not_always_last(planner_registry: Registry, planner_media: dict[str, Path]) -> None:
    """The reference script compared against a literal string, so every video became 'last frame'."""
    plan, _ = _plan("<CFV><BOFIDX>0<EOFIDX>", _req(planner_media, "image"), planner_registry)
    assert "first_frame" in plan.steps[0].args and "last_frame" not in plan.steps[0].args


def test_bores_is_snapped_to_the_tool(planner_registry: Registry) -> None:
    plan, _ = _plan("<CFI><BORES>770,500<EORES>", parse_request("x"), planner_registry)
    assert plan.steps[0].args["width"] % 16 == 0 and plan.steps[0].args["height"] % 16 == 0


def test_prompt_uses_pad_tokens(planner_media: dict[str, Path]) -> None:
    req = _req(planner_media, "image", "video", text="combine")
    assert to_unison_prompt(req) == "<IMGPAD> <VIDPAD> combine"


@pytest.mark.parametrize("output", ["<CFI><BORES>wide<EORES>", "<CFV><BONF>x<EONF>", "<CFV><BOFIDX>2<EOFIDX>",
                                    "<CFI><BOEDIT>a,b<EOEDIT>"])
def test_malformed_blocks_are_planner_errors(output: str, planner_registry: Registry, planner_media: dict[str, Path]) -> None:
    with pytest.raises(PlannerError, match=r"malformed|expected"):
        parse_unison_output(output, _req(planner_media, "image", "mask"), context=PlanContext(registry=planner_registry))


def test_index_to_missing_attachment_fails_validation(planner_registry: Registry, planner_media: dict[str, Path]) -> None:
    with pytest.raises(PlannerError) as info:
        _plan("<CFI><BOEDIT>3,0<EOEDIT>", _req(planner_media, "image"), planner_registry)
    assert any("missing attachment" in i.message for i in info.value.issues)


def test_tool_override_and_entry_point(planner_registry: Registry) -> None:
    planner = load_planner("unison", generate=lambda p: "<CFI>", tool_for={"text_to_image": "image_gen"})
    assert planner.plan(parse_request("a fox"), PlanContext.for_request(planner_registry, parse_request("a fox"))).steps[0].tool == "image_gen"
    with pytest.raises(UserError):
        load_planner("unison")
