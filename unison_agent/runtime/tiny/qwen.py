"""A tiny, seeded, random-weight Qwen2.5-VL with a processor that needs no torchvision.

Same classes as the real model: ``Qwen2_5_VLForConditionalGeneration`` and
``Qwen2_5_VLProcessor`` (PIL image processor ``Qwen2VLImageProcessorPil`` + a byte-level
tokenizer carrying Qwen's special tokens and chat format). Answers are random text.
"""

from __future__ import annotations

from typing import Any

from ._tokenizer import byte_level_tokenizer

#: Qwen2.5-VL's special tokens, in the order they get ids 0..n-1 here.
QWEN_SPECIAL_TOKENS = (
    "<|endoftext|>", "<|im_start|>", "<|im_end|>", "<|vision_start|>", "<|vision_end|>",
    "<|image_pad|>", "<|video_pad|>",
)

#: The chat format of Qwen2.5-VL-Instruct (system turn, then user turns whose content may
#: hold images and videos), trimmed to what ``apply_chat_template`` needs here.
QWEN_CHAT_TEMPLATE = (
    "{% for message in messages %}"
    "{% if loop.first and message['role'] != 'system' %}"
    "<|im_start|>system\nYou are a helpful assistant.<|im_end|>\n{% endif %}"
    "<|im_start|>{{ message['role'] }}\n"
    "{% if message['content'] is string %}{{ message['content'] }}"
    "{% else %}{% for part in message['content'] %}"
    "{% if part['type'] == 'image' %}<|vision_start|><|image_pad|><|vision_end|>"
    "{% elif part['type'] == 'video' %}<|vision_start|><|video_pad|><|vision_end|>"
    "{% elif part['type'] == 'text' %}{{ part['text'] }}{% endif %}"
    "{% endfor %}{% endif %}<|im_end|>\n{% endfor %}"
    "{% if add_generation_prompt %}<|im_start|>assistant\n{% endif %}"
)


def build_qwen_processor(*, max_pixels: int = 56 * 56 * 4) -> Any:
    """A ``Qwen2_5_VLProcessor`` with the PIL image processor and a byte-level tokenizer."""
    from transformers.models.qwen2_vl.image_processing_pil_qwen2_vl import Qwen2VLImageProcessorPil

    from ..qwen_processor import image_only_qwen_processor

    tokenizer = byte_level_tokenizer(
        special_tokens=QWEN_SPECIAL_TOKENS, pad_token="<|endoftext|>", eos_token="<|im_end|>"
    )
    tokenizer.chat_template = QWEN_CHAT_TEMPLATE
    image_processor = Qwen2VLImageProcessorPil(size={"shortest_edge": 56 * 56, "longest_edge": max_pixels})
    return image_only_qwen_processor(image_processor=image_processor, tokenizer=tokenizer, chat_template=QWEN_CHAT_TEMPLATE)


def build_qwen_vl(*, seed: int = 0) -> tuple[Any, Any]:
    """A tiny ``Qwen2_5_VLForConditionalGeneration`` and its processor."""
    import torch
    from transformers import Qwen2_5_VLConfig, Qwen2_5_VLForConditionalGeneration

    processor = build_qwen_processor()
    tok = processor.tokenizer
    ids = {t: tok.convert_tokens_to_ids(t) for t in QWEN_SPECIAL_TOKENS}
    config = Qwen2_5_VLConfig(
        text_config={
            "vocab_size": len(tok), "hidden_size": 32, "intermediate_size": 64, "num_hidden_layers": 2,
            "num_attention_heads": 4, "num_key_value_heads": 2, "max_position_embeddings": 1024,
            "rope_parameters": {"rope_type": "default", "rope_theta": 10000.0, "mrope_section": [1, 1, 2]},
            "bos_token_id": ids["<|endoftext|>"], "eos_token_id": ids["<|im_end|>"],
            "pad_token_id": ids["<|endoftext|>"],
        },
        vision_config={
            "depth": 2, "hidden_size": 32, "intermediate_size": 64, "num_heads": 4, "out_hidden_size": 32,
            "patch_size": 14, "spatial_merge_size": 2, "temporal_patch_size": 2, "window_size": 56,
            "fullatt_block_indexes": [1],
        },
        image_token_id=ids["<|image_pad|>"], video_token_id=ids["<|video_pad|>"],
        vision_start_token_id=ids["<|vision_start|>"], vision_end_token_id=ids["<|vision_end|>"],
    )
    torch.manual_seed(seed)
    model = Qwen2_5_VLForConditionalGeneration(config).eval()
    model.generation_config.pad_token_id = ids["<|endoftext|>"]
    model.generation_config.eos_token_id = ids["<|im_end|>"]
    return model, processor
