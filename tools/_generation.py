"""Shared machinery of the Wan-backed generation tools (image_gen, video_gen, edit).

Key parts:
- ``WAN_META``: Wan2.1's size multiple (16), 4k+1 frames, 832x480x81 @ 16 fps defaults.
- ``GenerationTool.run``: resolve config (model, backend, options), check output caps, let the
  subclass load its media and decide size/length (``prepare``), snap and record, run
  ``WanVACEPipeline`` from the pool with step progress, save PNG/MP4 with metadata.
- ``size_for(...)``: the output size when none is asked for: the conditioning media's aspect
  ratio at about the default area (never upscaling), snapped; else the defaults.
- Alternative image backends (``backend`` = a diffusers pipeline class such as
  ``AutoPipelineForText2Image`` or ``AutoPipelineForInpainting``) serve text_to_image and
  image_edit (see ``_image_backends.py``) — the config decides, not code edits. A backend that
  cannot serve the step's task is refused before any media or model loads.
"""

from __future__ import annotations

import logging
import math
import random
import time
from typing import Any, ClassVar

from pydantic import BaseModel

from unison_agent.config import WAN_VACE
from unison_agent.contracts.errors import ToolArgumentError, ToolExecutionError, UnisonError, UserError
from unison_agent.contracts.tool import MetaSpec, Tool, ToolContext
from unison_agent.runtime.artifacts import Artifact
from unison_agent.runtime.loaders import is_tiny

from ._image_backends import backend_problem, is_wan_vace, loaded_pipeline_problem, run_image_pipeline
from ._media_checks import MediaCaps, check_output_caps
from ._vace import VaceInputs

log = logging.getLogger(__name__)

# Wan2.1 is trained at 480P and 720P, but its pipeline runs at any multiple of 16. An explicit
# request up to 1080p (1920 on the long side) is honoured: the user asked for it, and the
# policy caps cost. Larger sizes are scaled down with the aspect kept (and a warning).
WAN_META = MetaSpec(
    size_multiple=16, frame_step=4, default_width=832, default_height=480, default_num_frames=81, default_fps=16,
    max_width=1920, max_height=1920, default_inference_steps=30,
)
MAX_REFERENCES = 3
DEFAULT_STEPS = WAN_META.default_inference_steps or 30
DEFAULT_GUIDANCE = 5.0


def size_for(meta: MetaSpec, width: int | None, height: int | None, media_size: tuple[int, int] | None) -> tuple[int, int]:
    """Requested size, or the media's aspect at about the default area (no upscaling), or the defaults."""
    dw, dh = meta.default_width or 832, meta.default_height or 480
    if width and height:
        return width, height
    if media_size is not None:
        mw, mh = media_size
        scale = min(1.0, math.sqrt(dw * dh / (mw * mh)))
        base_w, base_h = mw * scale, mh * scale
    else:
        base_w, base_h = dw, dh
    if width:  # one side given: keep the aspect ratio
        return width, round(width * base_h / base_w)
    if height:
        return round(height * base_w / base_h), height
    return round(base_w), round(base_h)


class GenerationTool(Tool):
    """Base of the Wan2.1-VACE tools; subclasses define the args model and ``prepare``."""

    meta: ClassVar[MetaSpec | None] = WAN_META
    default_model: ClassVar[str] = WAN_VACE
    image_backend_tasks: ClassVar[tuple[str, ...]] = ()
    """Tasks an alternative diffusers image pipeline may serve."""
    # an attempt past an hour is stuck, not slow: a 1080p 241-frame video takes minutes on a GPU
    # (the executor's `step_timeout` overrides it; the tool stops at its next denoising step)
    timeout: ClassVar[float | None] = 3600.0

    def prepare(self, args: Any, ctx: ToolContext, caps: MediaCaps) -> tuple[VaceInputs, dict[str, Any]]:
        """Load and check media; return the VACE inputs (snapped) and the requested values."""
        raise NotImplementedError

    def check_config(self, task: str, config: Any) -> list[str]:
        backend = config.tool(self.name).backend or "wan_vace"
        problem = backend_problem(self.name, backend, task, self.image_backend_tasks)
        return [problem] if problem else []

    def check(self, args: dict[str, Any], task: str) -> list[tuple[str, str]]:
        problems: list[tuple[str, str]] = []
        refs = args.get("reference")
        if isinstance(refs, list) and len(refs) > MAX_REFERENCES:
            problems.append(("reference", f"at most {MAX_REFERENCES} reference images, got {len(refs)}"))
        if self.output_kind(task) == "image":
            for name in ("num_frames", "fps"):
                if args.get(name) not in (None, 1) and name in args:
                    problems.append((name, f"does not apply to {task} (it makes one image)"))
        return problems

    def snap(self, width: int, height: int, num_frames: int) -> tuple[int, int, int]:
        assert self.meta is not None
        w, h = self.meta.snap_size(width, height)
        n = self.meta.snap_frames(num_frames)
        if (w, h, n) != (width, height, num_frames):
            log.warning("`%s`: snapped %dx%d, %d frame(s) to %dx%d, %d frame(s) (multiples of %d, 4k+1 frames)",
                        self.name, width, height, num_frames, w, h, n, self.meta.size_multiple)
        return w, h, n

    def run(self, args: BaseModel, ctx: ToolContext) -> Artifact:
        started = time.perf_counter()
        config, pool, settings = ctx.runtime(self.name)
        opts = dict(settings.options)
        values = args.model_dump()
        check_output_caps(self.name, config.policy, **{k: values.get(k) for k in ("width", "height", "num_frames", "fps")})
        backend = settings.backend or "wan_vace"
        wrong_backend = backend_problem(self.name, backend, ctx.task, self.image_backend_tasks)
        if wrong_backend:  # a configuration mistake: say so before loading media or models
            raise UserError(f"`{self.name}` ({ctx.task}): {wrong_backend}")
        problems = self.check(values, ctx.task)
        if not is_wan_vace(backend) and ctx.input_list("reference"):
            problems.append(("reference", f"the diffusers backend {backend!r} (`tools.{self.name}.backend`) takes no "
                                          "reference images; drop them or use the 'wan_vace' backend"))
        if problems:
            raise ToolArgumentError(f"`{self.name}`: " + "; ".join(f"`{a}`: {p}" for a, p in problems))
        vace, requested = self.prepare(args, ctx, MediaCaps.from_options(opts))
        check_output_caps(self.name, config.policy, width=vace.width, height=vace.height, num_frames=vace.num_frames)
        model_id = settings.model or self.default_model
        seed = values.get("seed")
        seed = seed if seed is not None else opts.get("seed", random.randrange(2**31))
        steps = values.get("num_inference_steps") or opts.get("num_inference_steps", DEFAULT_STEPS)
        guidance = values.get("guidance_scale")
        guidance = guidance if guidance is not None else opts.get("guidance_scale", DEFAULT_GUIDANCE)
        fps = float(values.get("fps") or requested.get("source_fps") or (self.meta and self.meta.default_fps) or 16)
        call = {"prompt": values["prompt"], "negative_prompt": values.get("negative_prompt") or opts.get("negative_prompt"),
                "num_inference_steps": int(steps), "guidance_scale": float(guidance)}
        prep_s = time.perf_counter() - started

        import torch

        generator = torch.Generator("cpu").manual_seed(int(seed))

        def on_step(pipe: Any, i: int, t: Any, kw: dict[str, Any]) -> dict[str, Any]:
            ctx.progress((i + 1) / call["num_inference_steps"], f"step {i + 1}/{call['num_inference_steps']}")
            return {}

        t_load = time.perf_counter()
        kind = "wan_vace" if is_wan_vace(backend) else "diffusers"
        load_opts: dict[str, Any] = {} if kind == "wan_vace" else {"pipeline": backend}
        with pool.use(kind, model_id, config_key=f"tools.{self.name}.model", **load_opts) as pipe:
            load_s = time.perf_counter() - t_load
            if kind == "diffusers" and (wrong := loaded_pipeline_problem(self.name, backend, pipe, ctx.task, model_id)):
                raise UserError(f"`{self.name}` ({ctx.task}): {wrong}")
            t_run = time.perf_counter()
            ctx.progress(0.0, "generating")
            try:
                if kind == "wan_vace":
                    frames = pipe(**call, **vace.pipeline_kwargs(), generator=generator, output_type="pil",
                                  callback_on_step_end=on_step).frames[0]
                else:
                    frames = [run_image_pipeline(
                        pipe, ctx.task, call, width=vace.width, height=vace.height, generator=generator,
                        on_step=on_step, image=vace.video[0] if vace.video else None,
                        mask=vace.mask[0] if vace.mask else None)]
            except UnisonError:
                raise
            except Exception as exc:  # the model failed: say which tool, model and task
                raise ToolExecutionError(
                    f"`{self.name}` ({ctx.task}) failed in {type(pipe).__name__} for model {model_id!r}: "
                    f"{type(exc).__name__}: {exc}") from exc
            run_s = time.perf_counter() - t_run
        meta: dict[str, Any] = {
            "tool": self.name, "task": ctx.task, "model": model_id, "backend": type(pipe).__name__,
            "backend_config": backend,
            "seed": int(seed), "num_inference_steps": call["num_inference_steps"], "guidance_scale": call["guidance_scale"],
            "prompt": call["prompt"], "requested": requested,
            "snapped": {"width": vace.width, "height": vace.height, "num_frames": vace.num_frames},
            "device": pool.device, "dtype": pool.dtype_name, "profile": config.profile, **vace.notes,
        }
        if is_tiny(model_id):
            meta.update(profile="tiny", noise=True)
        t_save = time.perf_counter()
        meta["timings"] = {"prepare_s": prep_s, "load_s": load_s, "run_s": run_s}
        if self.output_kind(ctx.task) == "image":
            art = ctx.save_image(frames[0], metadata=meta)
        else:
            art = ctx.save_video(list(frames), fps=fps, metadata=meta)
        log.info("`%s` %s: %.2fs (load %.2fs, run %.2fs, save %.2fs)", self.name, ctx.task,
                 time.perf_counter() - started, load_s, run_s, time.perf_counter() - t_save)
        ctx.progress(1.0, "done")
        return art
