"""Alternative image backends chosen by the config: ``tools.<name>.backend`` = a diffusers pipeline
class, ``tools.<name>.model`` = a checkpoint directory. Tested on tiny Stable Diffusion pipelines
(text-to-image and inpainting) built in code and saved with ``save_pretrained``, loaded back by
the pool's ``diffusers`` loader exactly as a real checkpoint would be."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import unison_tools
from PIL import Image
from unison_tools import Edit, ImageGen

from unison_agent.agent import Agent
from unison_agent.config import Config, load_config
from unison_agent.contracts.errors import ModelNotFoundError, PlanValidationError, ToolArgumentError, UserError
from unison_agent.contracts.registry import registry_from
from unison_agent.contracts.validate import plan_issues
from unison_agent.runtime.pool import ModelPool

S = {"num_inference_steps": 2, "seed": 3}
T2I, INPAINT = "AutoPipelineForText2Image", "AutoPipelineForInpainting"


@pytest.fixture(scope="session")
def sd_dirs(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    """Tiny SD text-to-image and inpainting checkpoints on disk (built once per test run)."""
    from unison_agent.runtime.tiny.sd import save_tiny_sd

    root = tmp_path_factory.mktemp("tiny-sd")
    return {"t2i": str(save_tiny_sd(root / "sd")), "inpaint": str(save_tiny_sd(root / "sd-inpaint", inpainting=True))}


def backend_config(home: Path, **tools: dict[str, Any]) -> Config:
    # attachments come from the test's tmp folder (home's parent): an input root
    return load_config(profile="tiny", env={}, overrides={"home": str(home), "tools": tools, "input_roots": [str(home.parent)]})


@pytest.fixture
def sd_config(tmp_path: Path, sd_dirs: dict[str, str]) -> Config:
    return backend_config(tmp_path / "home", image_gen={"backend": T2I, "model": sd_dirs["t2i"]},
                          edit={"backend": INPAINT, "model": sd_dirs["inpaint"]})


@pytest.fixture
def sd_run(run_tool: Any, sd_config: Config) -> Any:
    run_tool.config = sd_config
    return run_tool


def png_size(path: str) -> tuple[int, int]:
    with Image.open(path) as img:
        img.load()  # decodes the whole file
        assert img.format == "PNG"
        return img.size


# -- what the configured backend produces ---------------------------------------------------


def test_text_to_image_with_a_configured_sd_pipeline(sd_run: Any, sd_dirs: dict[str, str]) -> None:
    art = sd_run(ImageGen(), "text_to_image", {"prompt": "a red fox", "width": 50, "height": 30, **S})
    assert png_size(art.path) == (48, 32)  # snapped to the tool's multiple (16), which SD's 8 divides
    meta = art.metadata
    assert (meta["backend"], meta["backend_config"], meta["model"]) == ("StableDiffusionPipeline", T2I, sd_dirs["t2i"])
    assert meta["requested"] == {"width": 50, "height": 30}
    assert meta["snapped"] == {"width": 48, "height": 32, "num_frames": 1}
    assert (meta["seed"], meta["num_inference_steps"]) == (3, 2) and "noise" not in meta
    steps = [e.message for e in sd_run.progress if e.message.startswith("step")]
    assert steps == ["step 1/2", "step 2/2"] and sd_run.progress[-1].fraction == 1.0


def test_same_seed_same_image_other_seed_differs(sd_run: Any) -> None:
    args = {"prompt": "a boat", "width": 32, "height": 32, "num_inference_steps": 2}
    one, two = (Path(sd_run(ImageGen(), "text_to_image", {**args, "seed": 7}).path).read_bytes() for _ in range(2))
    other = Path(sd_run(ImageGen(), "text_to_image", {**args, "seed": 8}).path).read_bytes()
    assert one == two and one != other


def test_a_concrete_class_and_diffusion_pipeline_serve_too(sd_run: Any, sd_config: Config) -> None:
    for backend in ("StableDiffusionPipeline", "DiffusionPipeline"):
        sd_config.tools["image_gen"].backend = backend
        art = sd_run(ImageGen(), "text_to_image", {"prompt": "a cat", "width": 32, "height": 32, **S})
        assert art.metadata["backend"] == "StableDiffusionPipeline" and art.metadata["backend_config"] == backend
        assert png_size(art.path) == (32, 32)


@pytest.mark.parametrize("with_mask", [True, False], ids=["mask", "no-mask"])
def test_image_edit_with_a_configured_inpainting_pipeline(sd_run: Any, make_image: Any, sd_dirs: dict[str, str],
                                                          with_mask: bool) -> None:
    masks = {"mask": make_image(48, 32, mode="L", white_box=True)} if with_mask else {}
    art = sd_run(Edit(), "image_edit", {"prompt": "make it night", **S}, image=make_image(48, 32), **masks)
    assert png_size(art.path) == (48, 32)  # the source's size
    meta = art.metadata
    assert (meta["backend"], meta["backend_config"]) == ("StableDiffusionInpaintPipeline", INPAINT)
    assert meta["model"] == sd_dirs["inpaint"]
    assert meta["mask"] == ("given" if with_mask else "whole frame (no mask given)")
    assert [e.message for e in sd_run.progress if e.message.startswith("step")] == ["step 1/2", "step 2/2"]


def test_both_backends_through_the_executor_from_a_config_file(tmp_path: Path, sd_dirs: dict[str, str],
                                                               tiny_pool: ModelPool) -> None:
    cfg_file = tmp_path / "unison.toml"
    cfg_file.write_text(
        f'profile = "tiny"\nhome = "{tmp_path / "home"}"\ninput_roots = ["{tmp_path}"]\n'
        f'[tools.image_gen]\nbackend = "{T2I}"\nmodel = "{sd_dirs["t2i"]}"\n'
        f'[tools.edit]\nbackend = "{INPAINT}"\nmodel = "{sd_dirs["inpaint"]}"\n', encoding="utf-8")
    config = load_config(cfg_file, env={})
    source, mask = tmp_path / "photo.png", tmp_path / "mask.png"
    Image.new("RGB", (48, 32), (200, 90, 30)).save(source)
    box = Image.new("L", (48, 32), 0)
    box.paste(255, (12, 8, 36, 24))
    box.save(mask)
    plan = {"steps": [
        {"id": "img", "task": "text_to_image", "tool": "image_gen",
         "args": {"prompt": "a lighthouse", "width": 64, "height": 48, **S}},
        {"id": "fix", "task": "image_edit", "tool": "edit",
         "args": {"prompt": "add a moon", "image": "$input.0", "mask": "$input.1", **S}},
        {"id": "chain", "task": "image_edit", "tool": "edit", "args": {"prompt": "make it snowy", "image": "$img", **S}},
    ]}
    events: list[dict[str, Any]] = []
    with Agent(registry=registry_from(unison_tools.register_tools), config=config, pool=tiny_pool) as agent:
        result = agent.execute(plan, f"draw, then fix ###{source}### with ###{mask}###", on_event=events.append)
    assert result.ok, [s.error for s in result.steps]
    sizes = {s.id: png_size(s.outputs[0].path) for s in result.steps}
    assert sizes == {"img": (64, 48), "fix": (48, 32), "chain": (64, 48)}
    backends = {s.id: s.outputs[0].metadata["backend"] for s in result.steps}
    assert backends == {"img": "StableDiffusionPipeline", "fix": "StableDiffusionInpaintPipeline",
                        "chain": "StableDiffusionInpaintPipeline"}
    for step in ("img", "fix", "chain"):
        fractions = [e["fraction"] for e in events if e["event"] == "progress" and e["step"] == step]
        assert fractions == [0.0, 0.5, 1.0, 1.0]


def test_snapping_and_meta_suit_sd() -> None:
    for tool in (ImageGen(), Edit()):
        meta = tool.definition().meta
        assert meta is not None and meta.size_multiple % 8 == 0
        w, h = meta.snap_size(513, 300)
        assert w % 8 == 0 and h % 8 == 0 and (w, h) == (512, 304)


# -- backends that cannot serve the step: clear errors, before anything loads -----------------


@pytest.mark.parametrize(("tool", "task", "backend", "expected"), [
    ("image_gen", "image_control", T2I, r"serves text_to_image only, and image_control needs 'wan_vace'"),
    ("image_gen", "image_reference", "StableDiffusionPipeline", r"image_reference needs 'wan_vace'"),
    ("image_gen", "text_to_image", "StableDiffusionPipelin", r"is not a diffusers pipeline class; for text_to_image "
                                                            r"use 'wan_vace', 'AutoPipelineForText2Image' or"),
    ("image_gen", "text_to_image", INPAINT, r"is not a text-to-image pipeline, so it cannot serve text_to_image"),
    ("image_gen", "text_to_image", "WanPipeline", r"is not a text-to-image pipeline"),
    ("edit", "image_edit", T2I, r"is not an inpainting pipeline, so it cannot serve image_edit"),
    ("edit", "image_edit", "StableDiffusionImg2ImgPipeline", r"cannot serve image_edit; for image_edit use 'wan_vace', "
                                                             r"'AutoPipelineForInpainting'"),
    ("edit", "video_edit", INPAINT, r"serves image_edit only, and video_edit needs 'wan_vace'"),
])
def test_a_backend_that_cannot_serve_the_task(tmp_path: Path, make_image: Any, make_video: Any, run_tool: Any,
                                              tool: str, task: str, backend: str, expected: str) -> None:
    run_tool.config = backend_config(tmp_path / "home", **{tool: {"backend": backend, "model": str(tmp_path / "none")}})
    run_tool.pool = pool = ModelPool(device="cpu", dtype="float32")
    instance = ImageGen() if tool == "image_gen" else Edit()
    args: dict[str, Any] = {"prompt": "x", "width": 32, "height": 32, **S}
    media = {"text_to_image": {}, "image_control": {"control": make_image()}, "image_reference": {"reference": make_image()},
             "image_edit": {"image": make_image()}, "video_edit": {"video": make_video()}}[task]
    with pytest.raises(UserError, match=expected) as info:
        run_tool(instance, task, args, **media)
    message = str(info.value)
    assert message.startswith(f"`{tool}` ({task}): `tools.{tool}.backend` = {backend!r}")
    assert "Traceback" not in message and pool.stats.loads == {}  # refused before loading anything


def test_diffusion_pipeline_resolving_to_the_wrong_kind(run_tool: Any, tmp_path: Path, sd_dirs: dict[str, str],
                                                        make_image: Any) -> None:
    run_tool.config = backend_config(tmp_path / "home", edit={"backend": "DiffusionPipeline", "model": sd_dirs["t2i"]})
    with pytest.raises(UserError, match=r"loaded StableDiffusionPipeline from .*, which is not an inpainting "
                                        r"pipeline, so it cannot serve image_edit; point `tools.edit.model`"):
        run_tool(Edit(), "image_edit", {"prompt": "x", **S}, image=make_image())


def test_reference_images_are_refused_not_dropped(sd_run: Any, make_image: Any) -> None:
    with pytest.raises(ToolArgumentError, match=r"`reference`: the diffusers backend 'AutoPipelineForInpainting' "
                                                r"\(`tools.edit.backend`\) takes no reference images"):
        sd_run(Edit(), "image_edit", {"prompt": "x", **S}, image=make_image(), reference=[make_image(seed=1)])


def test_missing_checkpoint_names_the_setting(run_tool: Any, tmp_path: Path) -> None:
    missing = tmp_path / "no" / "sd"
    run_tool.config = backend_config(tmp_path / "home", image_gen={"backend": T2I, "model": str(missing)})
    with pytest.raises(ModelNotFoundError, match=r"tools\.image_gen\.model") as info:
        run_tool(ImageGen(), "text_to_image", {"prompt": "x", "width": 32, "height": 32, **S})
    assert str(missing) in str(info.value) and "AutoPipelineForText2Image" in str(info.value)


def test_a_wrong_backend_refuses_the_plan_before_anything_runs(tmp_path: Path, tiny_pool: ModelPool,
                                                               sd_config: Config) -> None:
    plan = {"steps": [{"id": "a", "task": "image_control", "tool": "image_gen",
                       "args": {"prompt": "x", "control": "$input.0", **S}}]}
    image = tmp_path / "edges.png"
    Image.new("RGB", (32, 32)).save(image)
    registry = registry_from(unison_tools.register_tools)
    assert plan_issues(plan, registry, attachments=["image"]) == []  # nothing wrong without the config
    issues = plan_issues(plan, registry, attachments=["image"], config=sd_config)
    assert [(i.code, i.pointer) for i in issues] == [("config", "/steps/0/tool")]
    assert "`tools.image_gen.backend` = 'AutoPipelineForText2Image'" in issues[0].message
    assert "needs 'wan_vace'" in issues[0].message
    loads_before = dict(tiny_pool.stats.loads)
    with Agent(registry=registry, config=sd_config, pool=tiny_pool) as agent, \
            pytest.raises(PlanValidationError, match=r"tools\.image_gen\.backend"):
        agent.execute(plan, f"follow ###{image}###")
    assert tiny_pool.stats.loads == loads_before  # refused before any model loaded
