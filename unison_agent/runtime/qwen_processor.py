"""The Qwen2.5-VL processor without its video half, shared by the real and the tiny loaders."""

from __future__ import annotations

from typing import Any


def image_only_qwen_processor(*, image_processor: Any, tokenizer: Any, chat_template: str | None) -> Any:
    """A ``Qwen2_5_VLProcessor`` without a video processor (that one needs torchvision).

    Videos are given to the model as sampled frames, each an image (see the ``vqa`` tool).
    """
    from transformers import Qwen2_5_VLProcessor

    class QwenVLImageTextProcessor(Qwen2_5_VLProcessor):
        # ProcessorMixin derives its sub-processors from __init__'s parameters: leave out video
        def __init__(self, image_processor: Any = None, tokenizer: Any = None, chat_template: Any = None, **kw: Any):
            super().__init__(image_processor, tokenizer, None, chat_template=chat_template, **kw)

    return QwenVLImageTextProcessor(image_processor=image_processor, tokenizer=tokenizer, chat_template=chat_template)
