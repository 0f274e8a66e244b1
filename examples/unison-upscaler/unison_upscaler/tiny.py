"""A tiny, seeded, random-weight ``StableDiffusionUpscalePipeline`` built in code (no download).

The real classes, shrunk the way diffusers' own tests shrink them: a 7-channel UNet (4 latent +
3 low-res image channels) with a noise-level class embedding, a 3-block VAE (native factor 4, as
the x4 upscaler), a byte-level CLIP text encoder (``unison_agent.runtime.tiny.sd``), DDPM for the
low-res noise and DDIM (v-prediction) for sampling. ``save_tiny_upscaler(dir)`` writes it as a
checkpoint that ``StableDiffusionUpscalePipeline.from_pretrained(dir)`` loads.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

TINY_UPSCALER = "tiny:sd-x4-upscaler"


def build_upscaler(*, seed: int = 0) -> Any:
    import torch
    from diffusers import (
        AutoencoderKL,
        DDIMScheduler,
        DDPMScheduler,
        StableDiffusionUpscalePipeline,
        UNet2DConditionModel,
    )

    from unison_agent.runtime.tiny.sd import TEXT_DIM, build_clip_text_encoder

    torch.manual_seed(seed)
    unet = UNet2DConditionModel(
        block_out_channels=(32, 32, 64), layers_per_block=1, sample_size=32, in_channels=7, out_channels=4,
        down_block_types=("DownBlock2D", "CrossAttnDownBlock2D", "CrossAttnDownBlock2D"),
        up_block_types=("CrossAttnUpBlock2D", "CrossAttnUpBlock2D", "UpBlock2D"), cross_attention_dim=TEXT_DIM,
        attention_head_dim=8, use_linear_projection=True, only_cross_attention=(True, True, False),
        num_class_embeds=1000, norm_num_groups=8,
    )
    torch.manual_seed(seed)
    vae = AutoencoderKL(
        block_out_channels=(8, 8, 8), in_channels=3, out_channels=3, latent_channels=4, norm_num_groups=8,
        down_block_types=("DownEncoderBlock2D",) * 3, up_block_types=("UpDecoderBlock2D",) * 3, sample_size=32,
        scaling_factor=0.08333,  # what the x4 upscaler uses (the pipeline warns otherwise)
    )
    text_encoder, tokenizer = build_clip_text_encoder(seed=seed)
    pipe = StableDiffusionUpscalePipeline(
        vae=vae, text_encoder=text_encoder, tokenizer=tokenizer, unet=unet,
        low_res_scheduler=DDPMScheduler(), scheduler=DDIMScheduler(prediction_type="v_prediction"),
        max_noise_level=350,
    )
    pipe.set_progress_bar_config(disable=True)  # type: ignore[attr-defined]  # a mixin diffusers adds at runtime
    return pipe


def save_tiny_upscaler(directory: str | Path, *, seed: int = 0) -> Path:
    path = Path(directory)
    build_upscaler(seed=seed).save_pretrained(path)
    return path
