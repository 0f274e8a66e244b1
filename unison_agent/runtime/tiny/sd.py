"""A tiny, seeded, random-weight Stable Diffusion pipeline (text-to-image or inpainting), built in code.

What the "alternative image backend" route (``tools.<name>.backend`` = a diffusers pipeline class,
``tools.<name>.model`` = a local directory) is tested on: the real classes
(``StableDiffusionPipeline`` / ``StableDiffusionInpaintPipeline`` with ``UNet2DConditionModel``,
``AutoencoderKL``, ``CLIPTextModel``, ``CLIPTokenizer``, ``DDIMScheduler``), shrunk the way
diffusers' own tests shrink them. The tokenizer is a byte-level BPE built with ``tokenizers``
(no download). Save one with ``save_tiny_sd(directory)``; load it like any SD checkpoint.

Key parts: ``build_sd_pipeline(inpainting=...)``, ``save_tiny_sd(directory, inpainting=...)``.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

TEXT_DIM = 32
MAX_TOKENS = 77


def build_clip_text_encoder(*, seed: int = 0) -> tuple[Any, Any]:
    """A tiny ``CLIPTextModel`` and a ``CLIPTokenizer`` with one token per byte (no merges, plus CLIP's specials)."""
    import torch
    from tokenizers import pre_tokenizers
    from transformers import CLIPTextConfig, CLIPTextModel, CLIPTokenizer

    specials = ["<|startoftext|>", "<|endoftext|>"]
    vocab: dict[str, int] = {tok: i for i, tok in enumerate(specials)}
    for byte_char in sorted(pre_tokenizers.ByteLevel.alphabet()):
        vocab.setdefault(byte_char, len(vocab))
        vocab.setdefault(byte_char + "</w>", len(vocab))  # CLIP's BPE marks a word's last symbol
    tokenizer = CLIPTokenizer(vocab=vocab, merges=[], model_max_length=MAX_TOKENS)
    config = CLIPTextConfig(
        vocab_size=len(vocab), hidden_size=TEXT_DIM, intermediate_size=37, num_attention_heads=4,
        num_hidden_layers=2, max_position_embeddings=MAX_TOKENS, bos_token_id=0, eos_token_id=1, pad_token_id=1,
    )
    torch.manual_seed(seed)
    return CLIPTextModel(config).eval(), tokenizer


def build_sd_pipeline(*, inpainting: bool = False, seed: int = 0) -> Any:
    """A ``StableDiffusionPipeline`` (or ``StableDiffusionInpaintPipeline``: a 9-channel UNet) of tiny parts."""
    import torch
    from diffusers import (
        AutoencoderKL,
        DDIMScheduler,
        StableDiffusionInpaintPipeline,
        StableDiffusionPipeline,
        UNet2DConditionModel,
    )

    torch.manual_seed(seed)
    unet = UNet2DConditionModel(
        block_out_channels=(32, 64), layers_per_block=1, sample_size=32, in_channels=9 if inpainting else 4,
        out_channels=4, down_block_types=("DownBlock2D", "CrossAttnDownBlock2D"),
        up_block_types=("CrossAttnUpBlock2D", "UpBlock2D"), cross_attention_dim=TEXT_DIM, attention_head_dim=(2, 4),
        norm_num_groups=8,
    )
    torch.manual_seed(seed)
    # four blocks: the VAE downsamples 8x, as SD's does (so sizes are multiples of 8)
    vae = AutoencoderKL(
        block_out_channels=(8, 8, 8, 8), in_channels=3, out_channels=3, latent_channels=4, norm_num_groups=8,
        down_block_types=("DownEncoderBlock2D",) * 4, up_block_types=("UpDecoderBlock2D",) * 4,
        sample_size=32,
    )
    text_encoder, tokenizer = build_clip_text_encoder(seed=seed)
    scheduler = DDIMScheduler(beta_start=0.00085, beta_end=0.012, beta_schedule="scaled_linear", clip_sample=False,
                              set_alpha_to_one=False, steps_offset=1)
    cls: Any = StableDiffusionInpaintPipeline if inpainting else StableDiffusionPipeline
    pipe = cls(vae=vae, text_encoder=text_encoder, tokenizer=tokenizer, unet=unet, scheduler=scheduler,
               safety_checker=None, feature_extractor=None, requires_safety_checker=False)
    pipe.set_progress_bar_config(disable=True)
    return pipe


def save_tiny_sd(directory: str | Path, *, inpainting: bool = False, seed: int = 0) -> Path:
    """Build a tiny SD pipeline and ``save_pretrained`` it to ``directory`` (returned)."""
    path = Path(directory)
    build_sd_pipeline(inpainting=inpainting, seed=seed).save_pretrained(path)
    return path
