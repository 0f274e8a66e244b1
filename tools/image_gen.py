"""``image_gen``: text_to_image, image_control and image_reference with Wan2.1-VACE (one frame).

How each task maps to VACE inputs is in ``tools/_vace.py``. With no width/height, image_control
takes the control map's aspect ratio at about 832x480; the others use 832x480.
"""

from __future__ import annotations

from typing import Any, ClassVar

from pydantic import Field

from unison_agent.contracts.tool import Reference, ToolContext, media_field

from ._args import GenerationOptions, SizeArgs
from ._generation import WAN_META, GenerationTool, size_for
from ._media_checks import MediaCaps, load_image_input, load_reference_input
from ._vace import VaceInputs, vace_inputs


class ImageGenArgs(GenerationOptions, SizeArgs):
    prompt: str = Field(min_length=1, description="What the image shows.")
    control: Reference | None = media_field(
        "image", default=None, description="Control map (edge, depth, pose or scribble) the image follows (image_control).")
    reference: Reference | list[Reference] | None = media_field(
        "image", "video", default=None,
        description="Subject or identity reference image(s) (image_reference; optional for image_control); a video gives its middle frame.")


class ImageGen(GenerationTool):
    name = "image_gen"
    description = (
        "Generate an image from a text prompt, optionally following a control map (edge, depth, pose, scribble) "
        "or keeping a subject/identity from reference images."
    )
    tasks = ("text_to_image", "image_control", "image_reference")
    args_model = ImageGenArgs
    meta = WAN_META
    image_backend_tasks: ClassVar[tuple[str, ...]] = ("text_to_image",)

    def prepare(self, args: Any, ctx: ToolContext, caps: MediaCaps) -> tuple[VaceInputs, dict[str, Any]]:
        assert self.meta is not None
        control = ctx.input("control")
        control_img = load_image_input(control, role="control", tool=self.name, caps=caps) if control else None
        refs = [load_reference_input(a, role="reference", tool=self.name, caps=caps) for a in ctx.input_list("reference")]
        width, height = size_for(self.meta, args.width, args.height, control_img.size if control_img else None)
        w, h, n = self.snap(width, height, 1)
        requested = {"width": args.width, "height": args.height}
        return vace_inputs(ctx.task, width=w, height=h, num_frames=n,
                           control=[control_img] if control_img else None, references=refs), requested
