"""``upscale``: enlarge an image 2x or 4x with a diffusers upscale pipeline (Lanczos only as a labelled fallback).

Key parts:
- ``UPSCALE``: the task this plugin declares (the built-in twelve have no upscaling).
- ``Upscaler.run``: model from ``tools.upscale.model`` (default the SD x4 upscaler; ``tiny`` profile:
  a tiny one built in code), loaded through the agent's model pool; the input is padded to what the
  UNet and VAE need (edge pixels repeated) and the padding cropped off the output; passes of the
  native factor are run until the scale is reached, then Lanczos brings the size to exactly
  ``scale`` x the input (recorded in the metadata).
- ``tools.upscale.backend = "lanczos"``: no model at all; the metadata says so.
"""

from __future__ import annotations

import math
import random
import time
from typing import Any

from PIL import Image
from pydantic import BaseModel, ConfigDict, Field

from unison_agent import TaskSpec
from unison_agent.contracts.errors import ModelNotFoundError, UserError
from unison_agent.contracts.tool import Reference, Tool, ToolContext, ToolOutput, media_field
from unison_agent.runtime.loaders import load_diffusers
from unison_agent.runtime.media import load_image

from .tiny import TINY_UPSCALER, build_upscaler

HUB_MODEL = "stabilityai/stable-diffusion-x4-upscaler"
PIPELINE = "StableDiffusionUpscalePipeline"
LANCZOS = "lanczos"
LOADER_KIND = "sd_upscale"
MAX_OUTPUT_SIDE = 8192
MAX_INPUT_SIDE = 1024  # a 1024 px input is 4096 px out of the x4 model's VAE in one piece

UPSCALE = TaskSpec.one_input(
    "image", name="upscale",
    output="image",
    description="Enlarge an existing image to a higher resolution (2x, 4x), adding fine detail: super-resolution.",
    examples=(
        "Upscale <image 0> 2x.",
        "Make this small photo <image 0> four times bigger without it going blurry.",
        "I need a high-resolution version of <image 0> for printing.",
        "Increase the resolution of <image 0>.",
    ),
)


class UpscaleArgs(BaseModel):
    model_config = ConfigDict(extra="forbid")

    image: Reference = media_field("image", description="The image to enlarge.")
    scale: float = Field(default=2.0, ge=1.5, le=4.0, description="How many times larger each side gets (2 or 4); a factor, not a size.")
    prompt: str = Field(default="", max_length=400, description="What the image shows (guides the added detail).")


class Upscaler(Tool):
    name = "upscale"
    description = "Upscale an image 2x or 4x with Stable Diffusion's x4 upscaler (diffusers super-resolution)."
    tasks = ("upscale",)
    declares = (UPSCALE,)
    args_model = UpscaleArgs
    timeout = 1800.0

    def check_config(self, task: str, config: Any) -> list[str]:
        backend = config.tool(self.name).backend
        if backend not in (None, PIPELINE, LANCZOS):
            return [f"`tools.{self.name}.backend` is {backend!r}; use {PIPELINE!r} (default) or {LANCZOS!r} (no model)"]
        return []

    def run(self, args: BaseModel, ctx: ToolContext) -> ToolOutput:
        assert isinstance(args, UpscaleArgs)
        src = ctx.input("image")
        assert src is not None  # the validator guarantees the required argument
        config, pool, settings = ctx.runtime(self.name)
        if problems := self.check_config(ctx.task, config):
            raise UserError(problems[0])
        img = load_image(src.path)
        target = (round(img.width * args.scale), round(img.height * args.scale))
        if max(target) > MAX_OUTPUT_SIDE:
            raise UserError(f"`{self.name}`: {img.width}x{img.height} x{args.scale:g} is {target[0]}x{target[1]}, "
                            f"over the {MAX_OUTPUT_SIDE}-pixel limit; ask for a smaller scale")
        meta: dict[str, Any] = {"tool": self.name, "task": ctx.task, "scale": args.scale,
                                "input_size": [img.width, img.height]}
        if settings.backend == LANCZOS:
            out = img.resize(target, Image.Resampling.LANCZOS)
            return ctx.save_image(out, metadata={**meta, "method": "lanczos (fallback, no model)"})
        tiny = config.profile == "tiny"
        model_id = settings.model or (TINY_UPSCALER if tiny else HUB_MODEL)
        opts = settings.options
        steps = int(opts.get("num_inference_steps", 2 if tiny else 20))
        noise = int(opts.get("noise_level", 20))
        guidance = float(opts.get("guidance_scale", 7.5 if args.prompt else 0.0))
        seed = int(opts.get("seed", random.randrange(2**31)))
        # no tiling here: the VAE decodes the whole output at once, so a big input runs out of memory
        max_side = int(opts.get("max_input_side", MAX_INPUT_SIDE))
        if max(img.size) > max_side:
            raise UserError(f"`{self.name}`: the input is {img.width}x{img.height}, over "
                            f"`tools.{self.name}.options.max_input_side` = {max_side} for the diffusion model; "
                            f"raise it (memory permitting) or set `tools.{self.name}.backend = \"lanczos\"`")
        if LOADER_KIND not in pool.loaders:
            pool.register_loader(LOADER_KIND, load_upscaler)
        started = time.perf_counter()
        try:
            with pool.use(LOADER_KIND, model_id, config_key=f"tools.{self.name}.model") as pipe:
                factor = int(pipe.vae_scale_factor)
                passes = max(1, math.ceil(math.log(args.scale) / math.log(factor) - 1e-9))
                out = img
                for p in range(passes):
                    out = upscale_once(pipe, out, prompt=args.prompt, steps=steps, noise_level=noise,
                                       guidance=guidance, seed=seed + p, progress=ctx.progress, part=(p, passes))
        except ModelNotFoundError as exc:
            raise ModelNotFoundError(f"{exc} Or set `tools.{self.name}.backend = \"lanczos\"` to resize without a "
                                     "model.") from None
        model_size = out.size
        if out.size != target:
            out = out.resize(target, Image.Resampling.LANCZOS)
        meta.update(
            method=f"diffusers {type(pipe).__name__}", model=model_id, native_factor=factor, passes=passes,
            model_output_size=list(model_size), resized=(
                f"model output {model_size[0]}x{model_size[1]} resized to {target[0]}x{target[1]} with Lanczos"
                if model_size != target else None),
            num_inference_steps=steps, noise_level=noise, guidance_scale=guidance, seed=seed, prompt=args.prompt,
            device=pool.device, seconds=round(time.perf_counter() - started, 3))
        if model_id == TINY_UPSCALER:
            meta.update(profile="tiny", noise=True)
        return ctx.save_image(out, metadata=meta)


def upscale_once(pipe: Any, img: Image.Image, *, prompt: str, steps: int, noise_level: int, guidance: float,
                 seed: int, progress: Any, part: tuple[int, int]) -> Image.Image:
    """One pass of the pipeline: ``img`` x its native factor, exactly (padding added, then cropped)."""
    import torch

    factor = int(pipe.vae_scale_factor)
    # latents live at the input's size: the UNet halves it once per down block but the last
    unet_multiple = 2 ** (len(pipe.unet.config.block_out_channels) - 1)
    multiple = math.lcm(unet_multiple, factor)
    w, h = img.size
    pw, ph = -w % multiple, -h % multiple
    padded = _pad_edge(img, pw, ph) if pw or ph else img
    done, total = part

    def on_step(i: int, t: Any, latents: Any) -> None:
        progress((done + (i + 1) / steps) / total, f"pass {done + 1}/{total}, step {i + 1}/{steps}")

    generator = torch.Generator("cpu").manual_seed(seed)
    result = pipe(prompt=prompt, image=padded, num_inference_steps=steps, guidance_scale=guidance,
                  noise_level=noise_level, generator=generator, output_type="pil", callback=on_step,
                  callback_steps=1).images[0]
    return result.crop((0, 0, w * factor, h * factor))


def _pad_edge(img: Image.Image, pw: int, ph: int) -> Image.Image:
    """``img`` grown right and down by repeating its last column and row (no black seams)."""
    import numpy as np

    arr = np.pad(np.asarray(img), ((0, ph), (0, pw), (0, 0)), mode="edge")
    return Image.fromarray(arr)


def load_upscaler(model_id: str, *, device: Any, dtype: Any, config_key: str | None = None, **_: Any) -> Any:
    """The pool's loader: the tiny pipeline built in code, or any checkpoint through ``load_diffusers``."""
    if model_id == TINY_UPSCALER:
        import torch

        pipe = build_upscaler(seed=0)
        if dtype != torch.float32:  # the VAE stays float32, as diffusers advises for SD VAEs
            pipe.unet.to(dtype)
            pipe.text_encoder.to(dtype)
        return pipe
    return load_diffusers(model_id, device=device, dtype=dtype, pipeline=PIPELINE, config_key=config_key)
