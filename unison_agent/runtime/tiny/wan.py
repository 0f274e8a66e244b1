"""A tiny, seeded, random-weight Wan2.1-VACE pipeline built in code.

The very classes the real model uses (``WanVACEPipeline`` with ``WanVACETransformer3DModel``,
``AutoencoderKLWan``, ``UMT5EncoderModel``, ``UniPCMultistepScheduler``), shrunk the way
diffusers' own tests shrink them: two attention heads, three layers, a 3-channel-base VAE.
Spatial multiple (VAE 8 x patch 2) and the 4k+1 frame rule stay those of the real model, so
every tool code path is exercised; outputs are noise.
"""

from __future__ import annotations

from typing import Any

from ._tokenizer import byte_level_tokenizer

TEXT_DIM = 32


def build_umt5_encoder(*, seed: int = 0) -> tuple[Any, Any]:
    """A tiny ``UMT5EncoderModel`` and its byte-level tokenizer (pad 0, eos 1, like T5)."""
    import torch
    from transformers import UMT5Config, UMT5EncoderModel

    tokenizer = byte_level_tokenizer(
        special_tokens=["<pad>", "</s>", "<unk>"], pad_token="<pad>", eos_token="</s>", unk_token="<unk>",
        add_eos=True,
    )
    config = UMT5Config(
        vocab_size=len(tokenizer), d_model=TEXT_DIM, d_kv=8, d_ff=32, num_layers=1, num_heads=4,
        relative_attention_num_buckets=8, pad_token_id=0, eos_token_id=1, decoder_start_token_id=0,
    )
    torch.manual_seed(seed)
    return UMT5EncoderModel(config).eval(), tokenizer


def build_wan_vace_pipeline(*, seed: int = 0) -> Any:
    """A ``WanVACEPipeline`` whose parts are tiny random models (seeded, so runs repeat)."""
    import torch
    from diffusers import AutoencoderKLWan, UniPCMultistepScheduler, WanVACEPipeline, WanVACETransformer3DModel

    torch.manual_seed(seed)
    vae = AutoencoderKLWan(
        base_dim=3, z_dim=16, dim_mult=[1, 1, 1, 1], num_res_blocks=1, temperal_downsample=[False, True, True]
    )
    text_encoder, tokenizer = build_umt5_encoder(seed=seed)
    torch.manual_seed(seed)
    transformer = WanVACETransformer3DModel(
        patch_size=(1, 2, 2), num_attention_heads=2, attention_head_dim=12, in_channels=16, out_channels=16,
        text_dim=TEXT_DIM, freq_dim=256, ffn_dim=32, num_layers=3, cross_attn_norm=True,
        qk_norm="rms_norm_across_heads", rope_max_seq_len=1024, vace_layers=[0, 2], vace_in_channels=96,
    )
    # the scheduler the reference release uses (flow matching, UniPC, shift 3.0 for 480P)
    scheduler = UniPCMultistepScheduler(prediction_type="flow_prediction", use_flow_sigmas=True, flow_shift=3.0)
    pipe = WanVACEPipeline(
        tokenizer=tokenizer, text_encoder=text_encoder, vae=vae, scheduler=scheduler, transformer=transformer
    )
    pipe.set_progress_bar_config(disable=True)  # type: ignore[attr-defined]
    return pipe
