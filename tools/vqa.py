"""``vqa``: text, image and video understanding with Qwen2.5-VL (transformers).

The model comes from the pool under ``("qwen2_5_vl", model id)``, so a VLM planner asking for
the same id shares the loaded instance.

Video sampling rule: frames are taken at ``video_sample_fps`` (option, default 2) per second of
the source, uniformly spaced, never more than ``video_max_frames`` (option, default 8) and at
least 1; each sampled frame is given to the model as an image, in order, after a line saying
they are frames of one video with their timestamps. Several inputs (``reference``: further images
or clips to compare with the first) are each introduced as "Image 1:", "Video 2:"..., in the
plan's order (the main input first), so "the first" and "the second" in a question mean what the
user meant; at most ``MAX_LOOKED_AT`` inputs in all. Decoding is greedy (repeatable);
``max_new_tokens`` caps the answer (default 256).
"""

from __future__ import annotations

import time
from typing import Any, ClassVar

from pydantic import BaseModel, ConfigDict, Field

from unison_agent.config import QWEN_VL
from unison_agent.contracts.errors import ToolExecutionError, UnisonError
from unison_agent.contracts.tool import Reference, Tool, ToolContext, media_field
from unison_agent.runtime.artifacts import Artifact
from unison_agent.runtime.loaders import is_tiny

from ._media_checks import MediaCaps, load_image_input, load_video_input


class VqaArgs(BaseModel):
    model_config = ConfigDict(extra="forbid")

    question: str = Field(min_length=1, description="The question or instruction about the text, image or video.")
    image: Reference | None = media_field("image", default=None, description="Image to look at (image_understanding).")
    video: Reference | None = media_field("video", default=None, description="Video to watch (video_understanding).")
    reference: Reference | list[Reference] | None = media_field(
        "image", "video", default=None,
        description="Further images or clips looked at with the first one (compare, find the differences, match).")
    max_new_tokens: int | None = Field(default=None, ge=1, le=4096, description="Longest answer, in tokens.")


#: Inputs one question may look at (main + references): each image is hundreds of VLM tokens.
MAX_LOOKED_AT = 4


def sample_indices(total: int, fps: float, *, sample_fps: float, max_frames: int) -> list[int]:
    """Frame indices for the video sampling rule in the module docstring."""
    duration = total / fps if fps > 0 else total
    count = max(1, min(max_frames, total, round(duration * sample_fps)))
    if count == 1:
        return [total // 2]
    step = (total - 1) / (count - 1)
    return [round(i * step) for i in range(count)]


class Vqa(Tool):
    name = "vqa"
    description = "Answer a question about a text, an image or a video (describe, count, read, compare, explain)."
    tasks = ("text_understanding", "image_understanding", "video_understanding")
    args_model = VqaArgs
    default_model = QWEN_VL
    timeout: ClassVar[float | None] = 900.0  # an answer is seconds on a GPU; a quarter of an hour is stuck

    def check(self, args: dict[str, Any], task: str) -> list[tuple[str, str]]:
        if args.get("image") and args.get("video"):
            return [("video", "give `image` or `video`, not both")]
        refs = args.get("reference")
        count = len(refs) if isinstance(refs, list) else int(bool(refs))
        if count + 1 > MAX_LOOKED_AT:
            return [("reference", f"at most {MAX_LOOKED_AT - 1} references beside the main input, got {count}")]
        return []

    def run(self, args: BaseModel, ctx: ToolContext) -> Artifact:
        assert isinstance(args, VqaArgs)
        started = time.perf_counter()
        config, pool, settings = ctx.runtime(self.name)
        opts = dict(settings.options)
        caps = MediaCaps.from_options(opts)
        images: list[Any] = []
        content: list[dict[str, Any]] = []
        meta: dict[str, Any] = {"tool": self.name, "task": ctx.task, "question": args.question}
        looked_at = [(role, art) for role in ("image", "video") if (art := ctx.input(role)) is not None]
        looked_at += [("reference", art) for art in ctx.input_list("reference")]
        sampling = (float(opts.get("video_sample_fps", 2.0)), int(opts.get("video_max_frames", 8)))
        for number, (role, art) in enumerate(looked_at, start=1):
            label = f"{'Video' if art.kind == 'video' else 'Image'} {number}: " if len(looked_at) > 1 else ""
            if art.kind != "video":
                images.append(load_image_input(art, role=role, tool=self.name, caps=caps))
                content += [{"type": "text", "text": label}] if label else []
                content.append({"type": "image"})
                continue
            frames, fps = load_video_input(art, role=role, tool=self.name, caps=caps)
            picked = sample_indices(len(frames), fps, sample_fps=sampling[0], max_frames=sampling[1])
            stamps = ", ".join(f"{i / fps:.1f}s" for i in picked)
            content.append({"type": "text", "text": f"{label}The next {len(picked)} images are frames of one video "
                                                    f"({len(frames) / fps:.1f}s long) at {stamps}.\n"})
            images += [frames[i] for i in picked]
            content += [{"type": "image"}] * len(picked)
            if role == "video":
                meta.update(video_frames=len(frames), video_fps=fps, sampled_frames=picked)
        if len(looked_at) > 1:
            meta["looked_at"] = [art.id for _, art in looked_at]
        content.append({"type": "text", "text": args.question})
        model_id = settings.model or self.default_model
        max_new = args.max_new_tokens or int(opts.get("max_new_tokens", 256))
        prep_s = time.perf_counter() - started
        t_load = time.perf_counter()
        with pool.use("qwen2_5_vl", model_id, config_key=f"tools.{self.name}.model") as vlm:
            load_s = time.perf_counter() - t_load
            t_run = time.perf_counter()
            ctx.progress(0.0, "reading")
            try:
                answer = _generate(vlm, content, images, max_new)
            except UnisonError:
                raise
            except Exception as exc:
                raise ToolExecutionError(f"`{self.name}` ({ctx.task}) failed in Qwen2.5-VL {model_id!r}: "
                                         f"{type(exc).__name__}: {exc}") from exc
            run_s = time.perf_counter() - t_run
        meta.update(model=model_id, max_new_tokens=max_new, device=pool.device, dtype=pool.dtype_name,
                    profile=config.profile, timings={"prepare_s": prep_s, "load_s": load_s, "run_s": run_s})
        if is_tiny(model_id):
            meta.update(profile="tiny", noise=True)
        ctx.progress(1.0, "done")
        return ctx.save_text(answer, name="answer", metadata=meta)


def _generate(vlm: Any, content: list[dict[str, Any]], images: list[Any], max_new_tokens: int) -> str:
    import torch

    processor, model = vlm.processor, vlm.model
    messages = [{"role": "user", "content": content}]
    prompt = processor.apply_chat_template(messages, add_generation_prompt=True, tokenize=False)
    inputs = processor(text=[prompt], images=images or None, return_tensors="pt").to(model.device)
    if "pixel_values" in inputs:
        inputs["pixel_values"] = inputs["pixel_values"].to(model.dtype)
    with torch.inference_mode():
        out = model.generate(**inputs, max_new_tokens=max_new_tokens, do_sample=False)
    new_tokens = out[:, inputs["input_ids"].shape[1]:]
    return str(processor.batch_decode(new_tokens, skip_special_tokens=True)[0]).strip()
