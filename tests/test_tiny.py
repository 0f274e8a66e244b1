"""The tiny builders: the real classes, seeded, offline, small."""

from __future__ import annotations

import sys

import torch

from unison_agent.runtime.pool import model_bytes
from unison_agent.runtime.tiny.qwen import build_qwen_processor, build_qwen_vl
from unison_agent.runtime.tiny.wan import build_umt5_encoder, build_wan_vace_pipeline


def test_wan_vace_is_the_real_pipeline_class_and_seeded():
    from diffusers import AutoencoderKLWan, WanVACEPipeline, WanVACETransformer3DModel
    from transformers import UMT5EncoderModel

    a, b = build_wan_vace_pipeline(seed=0), build_wan_vace_pipeline(seed=0)
    assert isinstance(a, WanVACEPipeline) and isinstance(a.transformer, WanVACETransformer3DModel)
    assert isinstance(a.vae, AutoencoderKLWan) and isinstance(a.text_encoder, UMT5EncoderModel)
    assert model_bytes(a) < 20 << 20
    for p, q in zip(a.transformer.parameters(), b.transformer.parameters(), strict=True):
        assert torch.equal(p, q)
    # the real model's constraints: 16-pixel multiple (VAE 8 x patch 2), 4k+1 frames
    assert a.vae_scale_factor_spatial * a.transformer.config.patch_size[1] == 16
    assert a.vae_scale_factor_temporal == 4


def test_umt5_tokenizer_pads_and_ends_like_t5():
    _, tok = build_umt5_encoder()
    enc = tok(["héllo"], padding="max_length", max_length=12, truncation=True, return_tensors="pt")
    ids = enc.input_ids[0].tolist()
    assert ids[len("héllo".encode()) ] == tok.eos_token_id and ids[-1] == tok.pad_token_id == 0
    assert tok.decode(ids, skip_special_tokens=True) == "héllo"


def test_qwen_vl_answers_about_an_image_without_torchvision():
    from PIL import Image
    from transformers import Qwen2_5_VLForConditionalGeneration

    assert "torchvision" not in sys.modules
    model, processor = build_qwen_vl(seed=0)
    assert isinstance(model, Qwen2_5_VLForConditionalGeneration)
    msgs = [{"role": "user", "content": [{"type": "image"}, {"type": "text", "text": "What is it?"}]}]
    prompt = processor.apply_chat_template(msgs, add_generation_prompt=True, tokenize=False)
    assert prompt.endswith("<|im_start|>assistant\n") and "<|image_pad|>" in prompt
    inputs = processor(text=[prompt], images=[Image.new("RGB", (56, 56), "red")], return_tensors="pt")
    n_image_tokens = int((inputs["input_ids"] == model.config.image_token_id).sum())
    assert n_image_tokens == int(inputs["image_grid_thw"].prod()) // 4  # merge 2x2
    out = model.generate(**inputs, max_new_tokens=3, do_sample=False)
    assert out.shape[1] == inputs["input_ids"].shape[1] + 3 or out[0, -1] == model.generation_config.eos_token_id


def test_qwen_processor_resizes_within_its_pixel_budget():
    from PIL import Image

    processor = build_qwen_processor(max_pixels=56 * 56 * 4)
    grid = processor.image_processor(images=[Image.new("RGB", (1000, 500))], return_tensors="pt")["image_grid_thw"][0]
    assert int(grid[1] * grid[2]) * 14 * 14 <= 56 * 56 * 4
