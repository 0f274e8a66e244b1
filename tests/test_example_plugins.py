"""The four example plugins in examples/: installed with pip as a user would, loaded by entry point,
listed by ``unison tools --json``, planned through the validator and run by ``unison execute``."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import numpy as np
import pytest
from PIL import Image, ImageDraw

from unison_agent.contracts.registry import Registry
from unison_agent.contracts.tool import ToolContext
from unison_agent.contracts.validate import plan_issues
from unison_agent.runtime.artifacts import ArtifactStore

ROOT = Path(__file__).parents[1]
PLUGINS = {  # distribution folder -> (entry point / tool name, task it declares)
    "unison-upscaler": ("upscale", "upscale"),
    "unison-frame-interpolator": ("interpolate_frames", "frame_interpolation"),
    "unison-text-overlay": ("text_overlay", "text_overlay"),
    "unison-background-remover": ("remove_background", "remove_background"),
}
ONLY = ",".join(tool for tool, _ in PLUGINS.values())
CLI = "import sys; from unison_agent.cli import main; sys.exit(main(sys.argv[1:]))"
ENV = {"TORCHDYNAMO_DISABLE": "1", "HF_HUB_OFFLINE": "1", "TRANSFORMERS_OFFLINE": "1"}


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The four distributions pip-installed (no deps: they are the package's own) into one folder.
    They are built from copies: an in-tree build would leave build/ and *.egg-info in examples/."""
    target, sources = tmp_path_factory.mktemp("site"), tmp_path_factory.mktemp("sources")
    for d in PLUGINS:
        shutil.copytree(ROOT / "examples" / d, sources / d, ignore=shutil.ignore_patterns("build", "*.egg-info"))
    subprocess.run(
        [sys.executable, "-m", "pip", "install", "-q", "--no-deps", "--no-build-isolation", "--target", str(target),
         *(str(sources / d) for d in PLUGINS)],
        check=True, capture_output=True,
    )
    return target


@pytest.fixture
def plugins(site: Path, monkeypatch: pytest.MonkeyPatch) -> Registry:
    monkeypatch.syspath_prepend(str(site))
    reg = Registry()
    errors = reg.load_entry_points(only=f"builtin,{ONLY}")
    assert errors == []
    return reg


def _cli(site: Path, home: Path, *args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, **ENV, "UNISON_HOME": str(home), "UNISON_PLUGINS": f"builtin,{ONLY}",
           "PYTHONPATH": os.pathsep.join([str(site), str(ROOT)])}
    return subprocess.run([sys.executable, "-c", CLI, *args], env=env, cwd=cwd, capture_output=True, text=True,
                          timeout=600, check=False)


def _failed_steps(done: subprocess.CompletedProcess[str]) -> str:
    """What a failed ``--json`` run says about its failed steps (the whole output is too long to read in a report)."""
    try:
        steps = json.loads(done.stdout.splitlines()[-1])["result"]["steps"]
    except (ValueError, IndexError, KeyError, TypeError):
        return done.stderr[-3000:] + done.stdout[-3000:]
    failed = [{k: s.get(k) for k in ("id", "tool", "status", "error", "reason")} for s in steps if s.get("status") != "succeeded"]
    return f"{json.dumps(failed)}\n{done.stderr[-2000:]}"


def _photo(path: Path, size: tuple[int, int] = (40, 28)) -> Path:
    """A plain light background with a red disc in the middle (the subject)."""
    img = Image.new("RGB", size, (232, 236, 240))
    w, h = size
    ImageDraw.Draw(img).ellipse((w // 4, h // 4, 3 * w // 4, 3 * h // 4), fill=(200, 40, 30))
    img.save(path)
    return path


def _moving_patch(x: int, patch: np.ndarray, shape: tuple[int, int] = (48, 64)) -> np.ndarray:
    h, w = shape
    yy, xx = np.mgrid[0:h, 0:w]
    frame = np.stack([xx * 3.0, yy * 4.0, np.full_like(xx, 120.0)], -1).astype(np.float32)
    ph, pw = patch.shape[:2]
    frame[(h - ph) // 2:(h - ph) // 2 + ph, x:x + pw] = patch
    return frame


def _clip(path: Path, n: int = 3, fps: float = 8.0) -> Path:
    import imageio.v2 as imageio

    patch = np.random.default_rng(0).uniform(0, 255, (16, 16, 3)).astype(np.float32)
    frames = [_moving_patch(8 + 6 * i, patch).astype(np.uint8) for i in range(n)]
    imageio.mimwrite(path, frames, fps=fps, macro_block_size=16, format="FFMPEG")
    return path


def test_each_plugin_loads_by_entry_point_and_declares_its_task(plugins: Registry) -> None:
    for dist, (tool_name, task) in PLUGINS.items():
        tool = plugins.get(tool_name)
        assert tool.source == f"{dist}==0.1.0"
        spec = plugins.task(task)
        assert spec in tool.declares and task in tool.tasks
        assert spec.description and len(spec.examples) >= 3 and len(set(spec.examples)) == len(spec.examples)
        assert spec.requires_any and all(spec.role_kinds[r] for r in spec.requires_any)
    assert plugins.task("frame_interpolation").output == "video"
    assert {plugins.task(t).output for t in ("upscale", "text_overlay", "remove_background")} == {"image"}


def test_validator_checks_plugin_roles_and_kinds(plugins: Registry) -> None:
    ok = {"steps": [{"id": "s0", "task": "upscale", "tool": "upscale", "args": {"image": "$input.0", "scale": 4}},
                    {"id": "s1", "task": "text_overlay", "tool": "text_overlay",
                     "args": {"image": "$s0", "text": "hello"}}]}
    assert plan_issues(ok, plugins, attachments=["image"]) == []
    # a video where the task takes an image, and the reverse: refused by kind
    wrong = {"steps": [{"id": "s0", "task": "frame_interpolation", "tool": "interpolate_frames",
                        "args": {"video": "$input.0"}}]}
    assert plan_issues(wrong, plugins, attachments=["image"])
    bad_scale = {"steps": [{"id": "s0", "task": "upscale", "tool": "upscale",
                            "args": {"image": "$input.0", "scale": 64}}]}
    assert any("scale" in i.pointer for i in plan_issues(bad_scale, plugins, attachments=["image"]))
    bad_colour = {"steps": [{"id": "s0", "task": "text_overlay", "tool": "text_overlay",
                             "args": {"image": "$input.0", "text": "x", "color": "blurple"}}]}
    assert plan_issues(bad_colour, plugins, attachments=["image"])


def test_tools_json_lists_plugin_tasks_with_their_specs(site: Path, tmp_path: Path) -> None:
    done = _cli(site, tmp_path / "home", "tools", "--json", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    data = json.loads(done.stdout)
    assert data["plugin_errors"] == []
    tools = {t["name"]: t for t in data["tools"]}
    for dist, (tool_name, task) in PLUGINS.items():
        assert tools[tool_name]["tasks"] == [task] and tools[tool_name]["source"] == f"{dist}==0.1.0"
        spec = data["tasks"][task]
        assert spec["declared_by"] == tool_name and len(spec["examples"]) >= 3 and spec["description"]
    assert data["tasks"]["upscale"]["role_kinds"] == {"image": ["image"]}
    assert tools["upscale"]["parameters"]["properties"]["scale"]["type"] == "number"
    assert data["tasks"]["image_edit"]["declared_by"] == "builtin"


def test_a_plan_using_all_four_runs_from_the_cli(site: Path, tmp_path: Path) -> None:
    photo = _photo(tmp_path / "photo.png")
    clip = _clip(tmp_path / "clip.mp4", n=3, fps=8)
    plan = {"steps": [
        {"id": "s0", "task": "upscale", "tool": "upscale", "args": {"image": "$input.0", "scale": 2}},
        {"id": "s1", "task": "text_overlay", "tool": "text_overlay",
         "args": {"image": "$s0", "text": "SALE", "position": "center", "font_size": 20, "color": "yellow"}},
        {"id": "s2", "task": "remove_background", "tool": "remove_background", "args": {"image": "$input.0"}},
        {"id": "s3", "task": "frame_interpolation", "tool": "interpolate_frames",
         "args": {"video": "$input.1", "factor": 2}},
        # text flows into a plugin's argument: the built-in vqa's answer, written onto the photo
        {"id": "s4", "task": "image_understanding", "tool": "vqa", "args": {"image": "$input.0", "question": "what?"}},
        {"id": "s5", "task": "text_overlay", "tool": "text_overlay", "args": {"image": "$input.0", "text": "Q: {$s4}"}},
    ]}
    plan_file = tmp_path / "plan.json"
    plan_file.write_text(json.dumps(plan))
    done = _cli(site, tmp_path / "home", "execute", str(plan_file), "--profile", "tiny", "--text",
                "upscale it 2x, write SALE on it, cut out the subject, and smooth the clip",
                "-i", str(photo), "-i", str(clip), "--json", cwd=tmp_path)
    assert done.returncode == 0, _failed_steps(done)
    result = json.loads(done.stdout.splitlines()[-1])["result"]
    assert result["status"] == "ok"
    out = {s["id"]: s["outputs"][0] for s in result["steps"]}

    up = Image.open(out["s0"]["path"])
    assert up.size == (80, 56)  # 2 x 40x28: a factor, not a size
    meta = out["s0"]["metadata"]
    assert meta["method"] == "diffusers StableDiffusionUpscalePipeline" and meta["native_factor"] == 4
    assert meta["model"] == "tiny:sd-x4-upscaler" and "Lanczos" in meta["resized"]

    over = np.asarray(Image.open(out["s1"]["path"]).convert("RGB"), dtype=int)
    changed = np.abs(over - np.asarray(up.convert("RGB"), dtype=int)).sum(-1) > 0
    x0, y0, x1, y1 = out["s1"]["metadata"]["text_box"]
    inside = changed[y0:y1, x0:x1]
    assert inside.mean() > 0.1, "the text changed pixels inside its box"
    assert changed.sum() == inside.sum(), "and nowhere else"
    yellow = (over[..., 0] > 200) & (over[..., 1] > 200) & (over[..., 2] < 80)
    assert yellow[y0:y1, x0:x1].sum() > 20

    cut = Image.open(out["s2"]["path"])
    assert cut.mode == "RGBA" and cut.size == (40, 28)
    alpha = np.asarray(cut)[..., 3]
    assert all(alpha[y, x] == 0 for y, x in ((0, 0), (0, -1), (-1, 0), (-1, -1)))
    assert alpha[14, 20] == 255
    assert out["s2"]["metadata"]["method"].endswith("(classical)")

    assert out["s5"]["metadata"]["text"] == f"Q: {out['s4']['value']}"

    vid = out["s3"]["metadata"]
    assert vid["num_frames"] == 5 and vid["fps"] == 16 and vid["source_frames"] == 3
    assert "optical flow" in vid["method"]


def test_interpolated_frame_follows_the_motion(plugins: Registry) -> None:
    from unison_frame_interpolator import output_times
    from unison_frame_interpolator.flow import interpolate_pair_factory

    patch = np.random.default_rng(1).uniform(0, 255, (16, 16, 3)).astype(np.float32)
    a, b, truth = (_moving_patch(x, patch) for x in (10, 18, 14))
    flow_mid = interpolate_pair_factory("flow")(a, b)(0.5)
    blend_mid = interpolate_pair_factory("blend")(a, b)(0.5)
    err_flow, err_blend = np.mean((flow_mid - truth) ** 2), np.mean((blend_mid - truth) ** 2)
    assert err_flow < 0.1 * err_blend, (err_flow, err_blend)
    assert output_times(3, 8, 16) == [0, 0.5, 1, 1.5, 2]
    assert output_times(4, 24, 60) == pytest.approx([k * 0.4 for k in range(8)])


def test_background_remover_keeps_enclosed_holes_and_fills_colours(tmp_path: Path, plugins: Registry) -> None:
    img = Image.new("RGB", (60, 60), (250, 250, 250))
    draw = ImageDraw.Draw(img)
    draw.rectangle((15, 15, 45, 45), fill=(20, 60, 160))
    draw.rectangle((27, 27, 33, 33), fill=(250, 250, 250))  # a background-coloured hole, enclosed
    src = tmp_path / "in.png"
    img.save(src)
    tool = plugins.get("remove_background")
    store = ArtifactStore(tmp_path / "store")
    art = store.put_file(src, kind="image")
    ctx = ToolContext(task="remove_background", step_id="s0", store=store, inputs={"image": art})
    out: Any = tool.run(tool.parse_args({"image": "$input.0"}), ctx)
    alpha = np.asarray(Image.open(out.path))[..., 3]
    assert alpha[30, 30] == 255 and alpha[5, 5] == 0 and alpha[20, 20] == 255
    green: Any = tool.run(tool.parse_args({"image": "$input.0", "background": "#00ff00"}), ctx)
    rgb = np.asarray(Image.open(green.path).convert("RGB"))
    assert tuple(rgb[2, 2]) == (0, 255, 0) and tuple(rgb[20, 20]) == (20, 60, 160)


@pytest.mark.parametrize("position", ["top", "bottom"])
def test_overlay_puts_the_text_where_asked(position: str, plugins: Registry) -> None:
    from unison_text_overlay import overlay

    img = Image.new("RGB", (160, 120), (30, 30, 30))
    out, (x0, y0, x1, y1), size = overlay(img, "A caption long enough to wrap onto two lines", position=position)
    assert 0 <= x0 < x1 <= 160 and 0 <= y0 < y1 <= 120 and size >= 6
    assert (y1 <= 60) if position == "top" else (y0 >= 60)
    changed = np.abs(np.asarray(out, dtype=int) - 30).sum(-1) > 0
    assert changed[y0:y1, x0:x1].any() and changed.sum() == changed[y0:y1, x0:x1].sum()


def test_upscaler_loads_a_saved_checkpoint_and_labels_the_fallback(tmp_path: Path, plugins: Registry) -> None:
    from unison_upscaler.tiny import save_tiny_upscaler

    from unison_agent.config import load_config
    from unison_agent.runtime.pool import ModelPool

    ckpt = save_tiny_upscaler(tmp_path / "ckpt")
    tool = plugins.get("upscale")
    store = ArtifactStore(tmp_path / "store")
    src = store.put_file(_photo(tmp_path / "p.png", (18, 14)), kind="image")

    def run(tools: dict[str, Any], scale: float) -> Any:
        config = load_config(profile="tiny", env={}, overrides={"home": str(tmp_path / "home"), "tools": tools})
        ctx = ToolContext(task="upscale", step_id="s0", store=store, inputs={"image": src}, config=config,
                          pool=ModelPool.from_config(config))
        return tool.run(tool.parse_args({"image": "$input.0", "scale": scale}), ctx)

    # a local directory goes through the package's diffusers loader (from_pretrained), not the tiny builder
    real = run({"upscale": {"model": str(ckpt), "options": {"num_inference_steps": 1, "seed": 3}}}, 4)
    assert Image.open(real.path).size == (72, 56)
    assert real.metadata["model"] == str(ckpt) and real.metadata["resized"] is None
    assert real.metadata["method"] == "diffusers StableDiffusionUpscalePipeline"
    lanczos = run({"upscale": {"backend": "lanczos"}}, 2)
    assert Image.open(lanczos.path).size == (36, 28)
    assert lanczos.metadata["method"] == "lanczos (fallback, no model)"
    from unison_agent.contracts.errors import ModelNotFoundError

    with pytest.raises(ModelNotFoundError, match=r"backend = \"lanczos\""):
        run({"upscale": {"model": str(tmp_path / "missing")}}, 2)
    from unison_agent.contracts.errors import UserError

    with pytest.raises(UserError, match=r"over `tools\.upscale\.options\.max_input_side` = 16"):  # no tiling: refused, not OOM
        run({"upscale": {"model": str(ckpt), "options": {"max_input_side": 16}}}, 2)


def test_lm_planner_plans_and_runs_an_installed_plugin_task(plugins: Registry, tmp_path: Path) -> None:
    """The ``lm`` planner's schema comes from the registry: with only plugin tools for an image, a
    tiny random LM can write nothing but a plugin step, and the plan validates and runs."""
    from fixtures.planner import build_tiny_lm, build_tiny_tokenizer

    from unison_agent import Agent
    from unison_agent.planner.lm import LMPlanner

    only_plugins = Registry()
    for name in ("upscale", "text_overlay", "remove_background"):
        only_plugins.register(plugins.get(name))
    tok = build_tiny_tokenizer()
    planner = LMPlanner(model=build_tiny_lm(tok, seed=0), tokenizer=tok, max_new_tokens=600, max_repairs=2,
                        max_steps=1)
    photo = _photo(tmp_path / "photo.png")
    agent = Agent(planner, profile="tiny", registry=only_plugins, input_roots=[tmp_path])
    try:
        result = agent.run("make this photo bigger", [photo])
    finally:
        agent.close()
    assert result.ok, result.issues or [s.error for s in result.steps]
    step = result.plan["steps"][0] if result.plan else {}
    assert step["task"] in {"upscale", "text_overlay", "remove_background"}
    assert Image.open(result.artifacts[0].path).size[0] >= 40


def test_unison_plan_with_the_lm_planner_plans_an_installed_plugin_task(site: Path, tmp_path: Path,
                                                                        tiny_lm_dir: Path) -> None:
    """``unison plan --planner lm`` with only the upscaler installed: its grammar holds nothing else."""
    photo = _photo(tmp_path / "photo.png")
    env = {**os.environ, **ENV, "UNISON_HOME": str(tmp_path / "home"), "UNISON_PLUGINS": "upscale",
           "PYTHONPATH": os.pathsep.join([str(site), str(ROOT)])}
    done = subprocess.run(
        [sys.executable, "-c", CLI, "plan", "make this photo sharper and bigger", "-i", str(photo), "--planner", "lm",
         "-o", f"model={tiny_lm_dir}", "-o", "max_new_tokens=300", "-o", "max_steps=1", "--json"],
        env=env, cwd=tmp_path, capture_output=True, text=True, timeout=600, check=False)
    assert done.returncode == 0, done.stdout + done.stderr[-2000:]
    step = json.loads(done.stdout)["steps"][0]
    assert step["task"] == "upscale" and step["tool"] == "upscale" and step["args"]["image"] == "$input.0"


def test_installed_plugins_are_planned_from_natural_requests_and_run(site: Path, tmp_path: Path) -> None:
    """The whole open-tool-world path from the CLI: installed plugins, the shipped embedded planner
    (no retraining), `unison plan` and `unison run --profile tiny`."""
    photo = _photo(tmp_path / "photo.png")
    home = tmp_path / "home"
    planned = _cli(site, home, "plan", "please upscale ###photo.png### 2x", "--json", cwd=tmp_path)
    assert planned.returncode == 0, planned.stderr[-3000:]
    (step,) = json.loads(planned.stdout)["steps"]
    assert (step["task"], step["tool"], step["args"]["scale"]) == ("upscale", "upscale", 2)
    assert "width" not in step["args"], "2x is a scale, not a size"

    done = _cli(site, home, "run", 'add a title saying "OPEN" on top of ###photo.png###', "--profile", "tiny", "--json",
                cwd=tmp_path)
    assert done.returncode == 0, done.stderr[-3000:] + done.stdout[-3000:]
    result = json.loads(done.stdout.splitlines()[-1])["result"]
    (ran,) = result["steps"]
    assert (ran["task"], ran["status"]) == ("text_overlay", "succeeded")
    assert ran["outputs"][0]["metadata"]["text"] == "OPEN"
    over = np.asarray(Image.open(ran["outputs"][0]["path"]).convert("RGB"), dtype=int)
    assert (over != np.asarray(Image.open(photo).convert("RGB"), dtype=int)).any(), "the text is drawn"

    _clip(tmp_path / "clip.mp4", n=3, fps=8)
    refused = _cli(site, home, "plan", "add a soundtrack to ###clip.mp4###", cwd=tmp_path)
    assert refused.returncode == 1 and "Traceback" not in refused.stderr
    assert len([line for line in refused.stderr.splitlines() if line.strip()]) == 1, refused.stderr


def test_plan_explain_shows_how_a_plugin_task_was_chosen_or_refused(site: Path, tmp_path: Path) -> None:
    """``unison plan --explain``: what a plugin author needs to see why a request reached (or missed) a task."""
    _photo(tmp_path / "photo.png")
    _clip(tmp_path / "clip.mp4", n=3, fps=8)
    home = tmp_path / "home"
    routed = _cli(site, home, "plan", "--explain", 'add a title saying "OPEN" on top of ###photo.png###', cwd=tmp_path)
    assert routed.returncode == 0, routed.stderr[-3000:]
    assert "plugin task text_overlay" in routed.stderr and "(routes at >=" in routed.stderr
    assert "text_overlay" in routed.stdout  # the plan itself still goes to stdout
    refused = _cli(site, home, "plan", "--explain", "add a soundtrack to ###clip.mp4###", cwd=tmp_path)
    assert refused.returncode == 1 and "Traceback" not in refused.stderr
    assert "refused: needs music and sound" in refused.stderr and "nearest tasks:" in refused.stderr
