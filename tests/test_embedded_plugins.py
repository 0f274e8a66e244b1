"""The embedded planner in an open tool world (shipped weights): plugin tasks planned from their
description and examples, tool choice, numbers from the tool's schema, refusals, built-ins unchanged."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import numpy as np
import pytest
from fixtures.embedded import full_registry
from fixtures.executor import executor_tools
from fixtures.plugin_tasks import Mirror, planned_plugin, plugin_tools, request_of
from PIL import Image
from pydantic import BaseModel, ConfigDict

from unison_agent.contracts.context import PlanContext
from unison_agent.contracts.errors import UnsupportedRequestError
from unison_agent.contracts.registry import Registry
from unison_agent.contracts.tasks import TASKS, TaskSpec
from unison_agent.contracts.tool import Reference, Tool, ToolDefinition, media_field
from unison_agent.planner.embedded import EmbeddedPlanner
from unison_agent.planner.embedded.fill import choices, numbers, quoted_text

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def planner() -> EmbeddedPlanner:
    return EmbeddedPlanner()


def with_plugins() -> Registry:
    reg = full_registry()
    for t in plugin_tools():
        reg.register(t)
    return reg


def plan_of(planner: EmbeddedPlanner, reg: Registry, text: str, **ctx: Any) -> Any:
    req = request_of(text)
    context = PlanContext.for_request(reg, req)
    if ctx:
        from dataclasses import replace

        context = replace(context, **ctx)
    return planner.plan(req, context)


def test_plugin_task_from_a_natural_request_runs_end_to_end(planner: EmbeddedPlanner, exec_config: Any, tmp_path: Path) -> None:
    from unison_agent.agent import Agent

    src = tmp_path / "grad.png"
    Image.fromarray(np.tile(np.arange(0, 240, 8, dtype=np.uint8)[None, :, None], (6, 1, 3))).save(src)
    reg = Registry([*executor_tools(), *plugin_tools()])
    with Agent(planner, registry=reg, config=exec_config) as agent:
        # not one of the task's examples; the planner was never trained on this task
        result = agent.run("flip this photo horizontally, like in a mirror", [src])
    assert result.ok, result
    (step,) = result.plan["steps"]  # type: ignore[index]
    assert step["task"] == "mirror_image" and step["args"] == {"image": "$input.0"}
    out = np.asarray(Image.open(result.artifacts[0].path).convert("RGB"))
    assert (out == np.asarray(Image.open(src).convert("RGB"))[:, ::-1]).all()


def test_named_tool_and_prefer_pick_the_tool(planner: EmbeddedPlanner) -> None:
    reg = with_plugins()
    named = plan_of(planner, reg, "mirror <image 0> using the flip_fast tool")
    assert [(s.task, s.tool) for s in named.steps] == [("mirror_image", "flip_fast")]
    preferred = plan_of(planner, reg, "mirror <image 0> please", prefer={"mirror_image": "flip_fast"})
    assert [(s.task, s.tool) for s in preferred.steps] == [("mirror_image", "flip_fast")]
    plain = plan_of(planner, reg, "mirror <image 0> please")
    assert [(s.task, s.tool) for s in plain.steps] == [("mirror_image", "mirror")]


@pytest.mark.parametrize(("text", "expected"), [
    # a name that says nothing of the task: without the name the router read these as an animation and an edit
    ("process <image 0> with zx9000", [("mirror_image", "zx9000")]),
    ("tidy up <image 0> using the zx9000 tool", [("mirror_image", "zx9000")]),
    # a built-in tool named: no plugin takes the request, whatever its words fit better
    ("use edit to make <image 0> higher resolution", [("image_edit", "edit")]),
    ("make <image 0> higher resolution", [("upscale_image", "pixel_upscale")]),  # nothing named: the words decide
])
def test_a_named_tool_decides_the_task(planner: EmbeddedPlanner, text: str, expected: list[tuple[str, str]]) -> None:
    class Zx9000(Mirror):
        name = "zx9000"
        description = "Pillow-based processor."

    reg = with_plugins()
    reg.register(Zx9000())
    assert [(s.task, s.tool) for s in plan_of(planner, reg, text).steps] == expected


@pytest.mark.parametrize("text", ["run noise_lab on <image 0>", "<image 0> noise_lab it, subtle"])
def test_a_named_tool_of_a_builtin_task_picks_the_structure(planner: EmbeddedPlanner, text: str) -> None:
    """The head alone read these as an animation and a question; the tool named edits images."""
    reg = with_plugins()
    reg.register(_NoiseLab())
    assert [(s.task, s.tool) for s in plan_of(planner, reg, text).steps] == [("image_edit", "noise_lab")]


class _EditArgs(BaseModel):
    model_config = ConfigDict(extra="forbid")
    image: Reference = media_field("image", description="Image to change.")
    prompt: str = ""


class _NoiseLab(Tool):
    """A plugin tool beside the built-in edit (planned, not run)."""

    name = "noise_lab"
    description = "Adds film-like noise to a photo."
    tasks = ("image_edit",)
    args_model = _EditArgs

    def run(self, args: Any, ctx: Any) -> Any:
        raise NotImplementedError


def test_only_a_tools_context_makes_a_plain_word_its_name() -> None:
    reg = with_plugins()
    named = lambda text: [t.name for t in reg.named_tools(text)]  # noqa: E731
    assert named("edit this photo to make it brighter") == []  # "edit" is a verb here
    assert named("use edit to make it brighter") == named("do it with the edit tool") == ["edit"]
    assert named("apply flip_fast to it") == named("flip_fast it") == ["flip_fast"]  # "_" never reads as a plain word
    assert named("mirror it, then upscale it") == []


def test_prefer_in_the_config_file_chooses_the_tool(planner: EmbeddedPlanner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                    capsys: pytest.CaptureFixture[str]) -> None:
    """`[prefer]` in a config file reaches `unison plan` (and names itself when it names a wrong tool)."""
    import json

    from unison_agent.cli import main, plan_cmd

    monkeypatch.setattr(plan_cmd, "load_planner", lambda name=None, **options: planner)
    monkeypatch.setattr(plan_cmd, "default_registry", with_plugins)
    monkeypatch.chdir(tmp_path)
    Image.new("RGB", (8, 8)).save(tmp_path / "cat.png")
    config = tmp_path / "unison.toml"
    config.write_text('[prefer]\nmirror_image = "flip_fast"\n')
    assert main(["plan", "mirror ###cat.png### please", "--config", str(config), "--json"]) == 0
    (step,) = json.loads(capsys.readouterr().out)["steps"]
    assert (step["task"], step["tool"]) == ("mirror_image", "flip_fast")
    config.write_text('[prefer]\nmirror_image = "edit"\n')
    assert main(["plan", "mirror ###cat.png### please", "--config", str(config)]) == 1
    assert "`prefer.mirror_image` names `edit`, which does not serve 'mirror_image'" in capsys.readouterr().err


def test_plugin_part_of_a_multi_step_request_continues_from_the_step_before(planner: EmbeddedPlanner) -> None:
    plan = plan_of(planner, with_plugins(), "draw a red fox in the snow, then flip it horizontally like a mirror")
    assert [(s.task, s.args.get("image")) for s in plan.steps] == [("text_to_image", None), ("mirror_image", "$s0")]
    assert plan.steps[0].args["prompt"] == "draw a red fox in the snow"


def test_plugin_follow_up_uses_the_last_turns_image(planner: EmbeddedPlanner) -> None:
    from unison_agent.contracts.history import History, TurnRecord
    from unison_agent.runtime.artifacts import Artifact

    art = Artifact(id="ab" * 32, kind="image", path="/x/fox.png", step="s0")  # type: ignore[call-arg]
    hist = History(turns=[TurnRecord(index=0, text="a red fox in the snow", plan={"steps": [{"id": "s0"}]}, outputs={"s0": [art]})])
    reg = with_plugins()
    req = request_of("now upscale it 2x")
    (step,) = planner.plan(req, PlanContext.for_request(reg, req, history=hist)).steps
    assert (step.task, step.args) == ("upscale_image", {"image": "$turn.-1", "scale": 2})


def test_2x_is_a_scale_not_a_size(planner: EmbeddedPlanner) -> None:
    plan = plan_of(planner, with_plugins(), "can you upscale this picture 2x <image 0>")
    (step,) = plan.steps
    assert (step.task, step.tool) == ("upscale_image", "pixel_upscale")
    assert step.args == {"image": "$input.0", "scale": 2}


@pytest.mark.parametrize(("text", "part"), [
    ("add some background music to <video 0>", "music"),
    ("translate this PDF into French", "PDF"),
])
def test_out_of_scope_is_refused_naming_the_part_and_nearest_tasks(planner: EmbeddedPlanner, text: str, part: str) -> None:
    reg = with_plugins()
    with pytest.raises(UnsupportedRequestError) as caught:
        plan_of(planner, reg, text)
    err = caught.value
    assert part in err.part and "\n" not in str(err)
    assert err.nearest and set(err.nearest) <= set(reg.tasks())
    assert "nearest tasks available: " + ", ".join(err.nearest) in str(err)


def test_a_multi_step_request_with_an_unsupported_part_is_refused_naming_it(planner: EmbeddedPlanner) -> None:
    with pytest.raises(UnsupportedRequestError) as caught:
        plan_of(planner, with_plugins(), "draw a red fox in the snow, then add background music to it")
    assert "music" in caught.value.part and "fox" not in caught.value.part


def test_upscale_without_an_upscaler_is_refused(planner: EmbeddedPlanner) -> None:
    with pytest.raises(UnsupportedRequestError, match="upscal"):
        plan_of(planner, full_registry(), "upscale <image 0> 4x please")


@pytest.mark.parametrize("text", [
    "a pencil sketch of an old sailing ship",
    "What is the capital of Australia?",
    "<image 0> make the sky stormy",
    "draw a red fox in the snow, then animate it",
    "<video 0> what happens at the end?",
])
def test_builtin_requests_are_unchanged_by_plugins(planner: EmbeddedPlanner, text: str) -> None:
    assert plan_of(planner, with_plugins(), text).to_json() == plan_of(planner, full_registry(), text).to_json()


def _definition(props: dict[str, Any]) -> ToolDefinition:
    return ToolDefinition(name="t", description="d", tasks=("x",), parameters={"properties": props}, media_args={}, outputs={})


def test_numbers_and_text_follow_the_schema() -> None:
    tool = _definition({"scale": {"type": "integer", "minimum": 2, "maximum": 8}, "width": {"type": "integer"},
                        "target_fps": {"type": "integer"}, "font_size": {"type": "integer"}, "seconds": {"type": "number"}})
    assert numbers(tool, "upscale it 2x", skip=set()) == {"scale": 2}
    assert numbers(tool, "make it twice as large", skip=set()) == {"scale": 2}
    assert numbers(tool, "upscale it 16x", skip=set()) == {}  # over the schema's maximum: the default applies
    assert numbers(tool, "interpolate to 60 fps", skip=set()) == {"target_fps": 60}
    assert numbers(tool, "the frame at 2.5 seconds, font size 48", skip=set()) == {"seconds": 2.5, "font_size": 48}
    assert quoted_text('put the caption "Happy birthday" on it') == "Happy birthday"
    place = _definition({"position": {"enum": ["top", "center", "bottom"], "type": "string"}})
    assert choices(place, "write it at the top", skip=set()) == {"position": "top"}
    assert choices(place, "write it on the image", skip=set()) == {}


def test_the_benchmark_computes_its_figures(planner: EmbeddedPlanner, capsys: pytest.CaptureFixture[str]) -> None:
    sys.path.insert(0, str(ROOT / "bench"))
    try:
        import bench_plugin_routing
    finally:
        sys.path.remove(str(ROOT / "bench"))
    figures = bench_plugin_routing.main(["--tiny"], planner=planner)
    keys = ["plugin task correct", "tool correct (two tools, one task)", "refusal, all absent-capability requests",
            "generator dev false refusal"]
    if (bench_plugin_routing.EVAL / "score.py").exists():  # the shared evaluation set, where this machine has it
        keys += ["public dev false refusal", "public dev exact"]
    for key in keys:
        assert 0.0 <= figures[key] <= 1.0, key
    assert figures["latency p50 ms"] > 0
    assert "latency with 50 registered tools" in capsys.readouterr().out


def _bench(name: str) -> Any:
    import importlib

    sys.path.insert(0, str(ROOT / "bench"))
    try:
        return importlib.import_module(name)
    finally:
        sys.path.remove(str(ROOT / "bench"))


def test_the_blind_benchmark_computes_its_figures(planner: EmbeddedPlanner) -> None:
    figures = _bench("bench_plugin_routing_blind").main(["--tiny"], planner=planner)
    assert set(figures) == {"plugin task correct", "tool correct (two tools, one task)",
                            "refusal, capability nothing covers", "built-in request kept on its task"}
    assert all(0.0 <= v <= 1.0 for v in figures.values())


def test_the_blind_refusal_benchmark_computes_its_figures(planner: EmbeddedPlanner) -> None:
    for blind_set in ("4", "5", "6"):
        figures = _bench("bench_refusal_blind").main(["--tiny", "--set", blind_set], planner=planner)
        assert set(figures) == {"refusal", "false refusal", "ordinary task correct"}
        assert all(0.0 <= v <= 1.0 for v in figures.values())


def test_a_named_builtin_task_outside_the_heads_likeliest_structures_is_tried_first() -> None:
    from unison_agent.planner.embedded import _named_first
    from unison_agent.planner.embedded.labels import Signature, SigStep

    reg = with_plugins()
    context = PlanContext.for_request(reg, request_of("run edit on <image 0>"))
    animate = (Signature((SigStep("image_to_video"),)), 0.99)
    tried = _named_first([animate], context, request_of("run edit on <image 0>, pretty heavy please"), {"image"})
    assert [sig.render() for sig, _ in tried] == ["image_edit", "video_edit", "image_to_video"]
    assert _named_first([animate], context, request_of("make <image 0> move"), {"image"}) == [animate]  # the head's order


REPAINT = TaskSpec.one_input(
    "image", name="exterior_repaint", output="image",
    description="Shows a photographed house with new exterior paint, siding or trim colours.",
    examples=("paint the house in <image 0> navy with white trim", "show <image 0> with grey siding",
              "what would this house look like in sage green? <image 0>"))
REFEREE = TaskSpec.one_input(
    "video", name="foul_review", output="text",
    description="Reviews a football clip and says whether a foul, handball or offside happened, like a video referee.",
    examples=("was that a foul in <video 0>?", "is the striker offside in <video 0>", "penalty or not? <video 0>"))


@pytest.mark.parametrize(("text", "task"), [
    # a question asks for words: not the repaint near its words, unless it asks to see something
    ("<image 0> what architectural style is this house?", "image_understanding"),
    ("how old is this house, roughly? <image 0>", "image_understanding"),
    ("what would this house look like painted red? <image 0>", "exterior_repaint"),
    # a change to the file asks for the file changed: not the referee's words about it
    ("replace the football in <video 0> with a glowing orange ball", "video_edit"),
    ("<video 0> is the keeper off his line for this penalty", "foul_review"),
])
def test_a_plugin_task_gives_way_when_the_request_asks_for_another_kind_of_result(planner: EmbeddedPlanner, text: str,
                                                                                  task: str) -> None:
    reg = full_registry()
    reg.register(planned_plugin("facade_painter", "Repaints house exteriors in photos.", REPAINT))
    reg.register(planned_plugin("var_review", "Video-referee reviews of football clips.", REFEREE))
    assert [s.task for s in plan_of(planner, reg, text).steps] == [task]


LEAF_DOCTOR = TaskSpec.one_input(
    "image", name="leaf_doctor", output="text",
    description="Diagnoses diseases and pests of garden plants from a photo of their leaves.",
    examples=("what is eating the leaves in <image 0>?", "<image 0> why are my tomato leaves spotted?",
              "is this mildew on my courgette plant <image 0>"))


def _only_specialists(planner: EmbeddedPlanner, monkeypatch: pytest.MonkeyPatch, specialist_margin: float = -5.0) -> None:
    """No plugin task reaches ``route_margin``; any top plugin task is within ``specialist_margin`` (by default): what
    decides is whether it does the head's job."""
    from dataclasses import replace

    th = replace(planner.scope.thresholds, route_margin=5.0, specialist_margin=specialist_margin)
    monkeypatch.setattr(planner.scope, "thresholds", th)


def test_a_specialist_of_the_heads_job_takes_the_request(planner: EmbeddedPlanner, monkeypatch: pytest.MonkeyPatch) -> None:
    reg = full_registry()
    reg.register(planned_plugin("leaf_lens", "Plant disease diagnosis from leaf photos.", LEAF_DOCTOR))
    text = "<image 0> the roses have black spots on every leaf, what's going on?"
    _only_specialists(planner, monkeypatch, specialist_margin=5.0)
    assert [s.task for s in plan_of(planner, reg, text).steps] == ["image_understanding"]
    _only_specialists(planner, monkeypatch)
    assert [(s.task, s.tool) for s in plan_of(planner, reg, text).steps] == [("leaf_doctor", "leaf_lens")]
    from unison_agent.cli.plan_cmd import explanation_lines

    req = request_of(text)
    reading = planner.explain(req, PlanContext.for_request(reg, req))
    (_, verdict), = reading["judged"]
    assert verdict.kind == "plugin" and verdict.scores.get("specialist") == 1.0
    assert any("a specialist" in line for line in explanation_lines(reading))


@pytest.mark.parametrize(("text", "plugin"), [
    ("<image 0> what architectural style is this house?", "repaint"),  # the repaint makes images
    ("<image 0> paint the leaves of this rose bush purple", "leaf_doctor"),  # the leaf doctor writes words
])
def test_a_plugin_task_of_another_job_still_needs_the_route_margin(planner: EmbeddedPlanner, monkeypatch: pytest.MonkeyPatch,
                                                                   text: str, plugin: str) -> None:
    reg = full_registry()
    alone = [s.task for s in plan_of(planner, reg, text).steps]
    reg.register(planned_plugin("facade_painter", "Repaints house exteriors in photos.", REPAINT)
                 if plugin == "repaint" else planned_plugin("leaf_lens", "Plant disease diagnosis.", LEAF_DOCTOR))
    _only_specialists(planner, monkeypatch)
    assert [s.task for s in plan_of(planner, reg, text).steps] == alone
    assert alone[0] in TASKS


@pytest.mark.parametrize("text", ["<image 0> what colour are the leaves on this rose bush?",
                                  "describe the rose bush in <image 0> for my garden diary"])
def test_what_a_thing_looks_like_is_no_specialists_question(planner: EmbeddedPlanner, monkeypatch: pytest.MonkeyPatch,
                                                           text: str) -> None:
    reg = full_registry()
    reg.register(planned_plugin("leaf_lens", "Plant disease diagnosis from leaf photos.", LEAF_DOCTOR))
    _only_specialists(planner, monkeypatch)
    assert [s.task for s in plan_of(planner, reg, text).steps] == ["image_understanding"]


def test_a_named_builtin_tool_is_not_taken_by_a_specialist(planner: EmbeddedPlanner, monkeypatch: pytest.MonkeyPatch) -> None:
    reg = full_registry()
    reg.register(_NoiseLab())
    reg.register(planned_plugin("facade_painter", "Repaints house exteriors in photos.", REPAINT))
    _only_specialists(planner, monkeypatch)
    text = "run noise_lab on the house in <image 0>"
    assert [(s.task, s.tool) for s in plan_of(planner, reg, text).steps] == [("image_edit", "noise_lab")]


def test_the_shipped_specialist_margin_is_wider_than_the_route_margin(planner: EmbeddedPlanner) -> None:
    th = planner.scope.thresholds
    assert -0.2 <= th.specialist_margin <= th.route_margin


FORM_CHECK = TaskSpec.one_input("video", name="form_check", output="text",
                                description="Checks barbell lifting technique in a training video.",
                                examples=("is my back rounding in <video 0>?", "check my squat depth in <video 0>",
                                          "what should I fix in this deadlift <video 0>"))


SKY_READER = TaskSpec.one_input("image", name="sky_reader", output="text",
                                description="Names the stars, planets and constellations in a night-sky photo.",
                                examples=("which constellation is this <image 0>", "name the bright planet in <image 0>",
                                          "what stars are in <image 0>?"))
TELESTRATION = TaskSpec.one_input("video", name="telestration", output="video",
                                  description="Draws arrows, circles and player trails over sports footage.",
                                  examples=("draw the passing lanes on <video 0>", "circle the striker in <video 0>",
                                            "add movement trails to the players in <video 0>"))

MOCKUP = TaskSpec.one_input("image", name="mockup", output="image",
                            description="Turns a hand-drawn app screen into a clean UI mockup.",
                            examples=("make my biro sketch of a checkout page <image 0> into a tidy mockup",
                                      "<image 0> is a whiteboard drawing of a dashboard, render it as a UI",
                                      "clean UI from this paper wireframe <image 0>"))
DEPTH = TaskSpec.one_input("image", name="depth", output="image", description="Estimates a depth map from a photo.",
                           examples=("make a depth map of <image 0>", "turn <image 0> into a depth image",
                                     "how far away is everything in <image 0>, as a depth map"))


@pytest.mark.parametrize(("spec", "text", "kept"), [
    # a map given to follow is control work, unless the plugin task takes such maps (its examples give one)
    (MOCKUP, "build a mockup from my sketch <image 0> of a music player", True),
    (DEPTH, "use this depth map <image 0> to make a foggy forest", False),
    # a new picture or clip is no answer in words
    (FORM_CHECK, "Using the pose sequence in <video 0>, make a video of a robot performing the same deadlift.", False),
    (FORM_CHECK, "generate an image of a gym with the same bar setup as <video 0>", False),
    (FORM_CHECK, "<video 0> is my squat deep enough?", True),
    # nor is a clip the cues name
    (SKY_READER, "Animate <image 0> so the stars twinkle slowly over the hills.", False),
    (SKY_READER, "Turn <image 0> into a short clip with a shooting star crossing it.", False),
    (SKY_READER, "which constellation is that above the barn in <image 0>?", True),
    # a video's moves given to a new subject are control, no drawing on the video
    (TELESTRATION, "Copy the moves in <video 0> for a clip of a bear dancing on ice", False),
    (TELESTRATION, "Make a clip where a skeleton mimics the goalie's movements from <video 0>", False),  # "goalie's"
    (TELESTRATION, "circle the goalkeeper's positioning in <video 0>", True),
])
def test_a_plugin_verdict_gives_way_to_the_result_asked_for(spec: TaskSpec, text: str, kept: bool) -> None:
    from unison_agent.planner.embedded.scope import Verdict
    from unison_agent.planner.embedded.specialist import by_map, by_output

    plugin = {spec.name: spec}
    verdict = by_output(text, by_map(text, Verdict(kind="plugin", task=spec.name, scores={}), plugin), plugin)
    assert (verdict.kind == "plugin") is kept


CATWALK = TaskSpec.one_input("image", name="catwalk_clip", output="video",
                             description="Turns a photo of an outfit into a clip of a model walking a runway in it.",
                             examples=("put the dress in <image 0> on a runway", "catwalk video of this suit <image 0>",
                                       "show <image 0> walking down a fashion show runway"))


@pytest.mark.parametrize(("text", "kept"), [
    # words asked outright are no clip
    ("describe the jacket in <image 0> for the shop's alt text", False),
    ("summarise what the model in <image 0> is wearing", False),
    # the cues for words also read a breakdown or step-by-step result, which a media task may make
    ("a step-by-step runway reveal of the outfit in <image 0>", True),
])
def test_a_media_plugin_gives_way_to_words_asked_outright(text: str, kept: bool) -> None:
    from unison_agent.planner.embedded.scope import Verdict
    from unison_agent.planner.embedded.specialist import by_output

    plugin = {CATWALK.name: CATWALK}
    assert (by_output(text, Verdict(kind="plugin", task=CATWALK.name, scores={}), plugin).kind == "plugin") is kept
