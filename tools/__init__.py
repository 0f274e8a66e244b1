"""Built-in tools, registered through the ``unison_agent.tools`` entry point like any plugin.

- ``image_gen`` (text_to_image, image_control, image_reference), ``video_gen`` (text_to_video,
  image_to_video, video_reference, video_control), ``edit`` (image_edit, video_edit): Wan2.1-VACE
  through diffusers' ``WanVACEPipeline`` (task mapping in ``_vace.py``).
- ``vqa`` (text, image and video understanding): Qwen2.5-VL through transformers.

Models load lazily from the model pool (``unison_agent.runtime.pool``) on first use; which model each
tool uses comes from the config (``tools.<name>.model``/``backend``/``options``; see profiles).
``image_gen`` (text_to_image) and ``edit`` (image_edit) may instead use any diffusers text-to-image
or inpainting pipeline (``backend = "AutoPipelineForText2Image"``...; see ``_image_backends.py``).
"""

from __future__ import annotations

from collections.abc import Callable

from unison_agent.contracts.tool import Tool

from .edit import Edit
from .image_gen import ImageGen
from .video_gen import VideoGen
from .vqa import Vqa

__all__ = ["Edit", "ImageGen", "VideoGen", "Vqa", "register_tools"]


def register_tools(register: Callable[[Tool], Tool]) -> None:
    """Entry-point hook: register the built-in tools (image_gen, video_gen, edit, vqa)."""
    for cls in (ImageGen, VideoGen, Edit, Vqa):
        register(cls())
