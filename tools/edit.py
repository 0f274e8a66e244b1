"""``edit``: image_edit and video_edit with Wan2.1-VACE (source + mask; the output kind follows the task).

How each task maps to VACE inputs, and the no-mask rule (the whole frame is regenerated with the
source as guidance), is in ``tools/_vace.py``. A mask must have the source's size (and, as a
video, its frame count); white marks what to change. Size: asked for, else the source's aspect
ratio at about 832x480 (never upscaled). video_edit length: ``num_frames``, else the source's.
"""

from __future__ import annotations

from typing import Any, ClassVar

from pydantic import Field

from unison_agent.contracts.errors import ToolArgumentError
from unison_agent.contracts.tasks import OutputKind
from unison_agent.contracts.tool import Reference, ToolContext, media_field

from ._args import GenerationOptions, LengthArgs, SizeArgs
from ._generation import WAN_META, GenerationTool, size_for
from ._media_checks import MediaCaps, load_frames_input, load_image_input, load_video_input
from ._vace import VaceInputs, vace_inputs


class EditArgs(GenerationOptions, SizeArgs, LengthArgs):
    prompt: str = Field(min_length=1, description="The edit to make, or what the result shows.")
    image: Reference | None = media_field("image", default=None, description="Image to edit (image_edit).")
    video: Reference | None = media_field("video", default=None, description="Video to edit (video_edit).")
    mask: Reference | None = media_field(
        "image", "video", default=None,
        description="Where to edit: white = change, black = keep; same size as the source. Optional.")
    reference: Reference | list[Reference] | None = media_field(
        "image", default=None, description="Reference image(s) of what to put in (optional).")


class Edit(GenerationTool):
    name = "edit"
    description = (
        "Edit an image or a video as the prompt says: everywhere, or only inside a mask (white = change); "
        "reference images can show what to put in."
    )
    tasks = ("image_edit", "video_edit")
    args_model = EditArgs
    outputs: ClassVar[dict[str, OutputKind]] = {"image_edit": "image", "video_edit": "video"}
    meta = WAN_META
    image_backend_tasks: ClassVar[tuple[str, ...]] = ("image_edit",)

    def check(self, args: dict[str, Any], task: str) -> list[tuple[str, str]]:
        problems = super().check(args, task)
        source = "image" if task == "image_edit" else "video"
        if not args.get(source):
            problems.append((source, f"{task} needs `{source}` (the source to edit)"))
        return problems

    def prepare(self, args: Any, ctx: ToolContext, caps: MediaCaps) -> tuple[VaceInputs, dict[str, Any]]:
        assert self.meta is not None
        is_video = ctx.task == "video_edit"
        role = "video" if is_video else "image"
        src_art = ctx.input(role)
        if src_art is None:
            raise ToolArgumentError(f"`{self.name}`: {ctx.task} needs `{role}` (the source to edit)")
        if is_video:
            source, source_fps = load_video_input(src_art, role=role, tool=self.name, caps=caps)
        else:
            source, source_fps = [load_image_input(src_art, role=role, tool=self.name, caps=caps)], None
        mask_art = ctx.input("mask")
        mask: list[Any] | None = None
        if mask_art is not None:
            if is_video:
                mask, _ = load_frames_input(mask_art, role="mask", tool=self.name, caps=caps)
            else:
                mask = [load_image_input(mask_art, role="mask", tool=self.name, caps=caps, mode="L")]
            if mask[0].size != source[0].size:
                raise ToolArgumentError(
                    f"`{self.name}` argument `mask`: {str(mask_art.path)!r} is {mask[0].width}x{mask[0].height}, but "
                    f"the {role} {str(src_art.path)!r} is {source[0].width}x{source[0].height}; a mask must have its "
                    "source's size")
            if len(mask) not in (1, len(source)):
                raise ToolArgumentError(
                    f"`{self.name}` argument `mask`: {str(mask_art.path)!r} has {len(mask)} frames, but the video "
                    f"{str(src_art.path)!r} has {len(source)}; give a mask video of the same length or one mask image")
        refs = [load_image_input(a, role="reference", tool=self.name, caps=caps) for a in ctx.input_list("reference")]
        width, height = size_for(self.meta, args.width, args.height, source[0].size)
        frames = (args.num_frames or len(source)) if is_video else 1
        if is_video and ctx.config is not None and not args.num_frames:
            frames = min(frames, ctx.config.policy.max_frames)
        w, h, n = self.snap(width, height, frames)
        requested: dict[str, Any] = {"width": args.width, "height": args.height}
        if is_video:
            requested.update(num_frames=args.num_frames, fps=args.fps)
            if not args.fps:
                requested["source_fps"] = source_fps
        inputs = vace_inputs(ctx.task, width=w, height=h, num_frames=n, source=source, mask=mask, references=refs)
        return inputs, requested
