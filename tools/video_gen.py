"""``video_gen``: text_to_video, image_to_video, video_reference and video_control with Wan2.1-VACE.

How each task maps to VACE inputs is in ``tools/_vace.py``. Length: ``num_frames`` snapped to
4k+1 (default 81 at 16 fps, about 5 s); for video_control, without ``num_frames``, the control
video's length (snapped, capped by the policy). Size: asked for, else the first/last frame's or
control video's aspect ratio at about 832x480, else 832x480.
"""

from __future__ import annotations

from typing import Any

from pydantic import Field

from unison_agent.contracts.tool import Reference, ToolContext, media_field

from ._args import GenerationOptions, LengthArgs, SizeArgs
from ._generation import WAN_META, GenerationTool, size_for
from ._media_checks import MediaCaps, load_image_input, load_reference_input, load_video_input
from ._vace import VaceInputs, vace_inputs


class VideoGenArgs(GenerationOptions, SizeArgs, LengthArgs):
    prompt: str = Field(min_length=1, description="What the video shows.")
    first_frame: Reference | None = media_field("image", default=None, description="Image the video starts from (image_to_video).")
    last_frame: Reference | None = media_field("image", default=None, description="Image the video ends on (image_to_video).")
    reference: Reference | list[Reference] | None = media_field(
        "image", "video", default=None,
        description="Subject or identity reference image(s) (video_reference; optional for video_control); a video gives its middle frame.")
    control: Reference | None = media_field(
        "video", default=None, description="Control video (depth, pose, edges...) the video follows (video_control).")


class VideoGen(GenerationTool):
    name = "video_gen"
    description = (
        "Generate a video from a text prompt, optionally starting from a first frame or ending on a last frame, "
        "keeping a subject from reference images, or following a control video (depth, pose, edges)."
    )
    tasks = ("text_to_video", "image_to_video", "video_reference", "video_control")
    args_model = VideoGenArgs
    meta = WAN_META

    def check(self, args: dict[str, Any], task: str) -> list[tuple[str, str]]:
        problems = super().check(args, task)
        if task == "image_to_video" and args.get("num_frames") is not None and args["num_frames"] < 2:
            problems.append(("num_frames", "image_to_video needs at least 2 frames (snapped to 5)"))
        return problems

    def prepare(self, args: Any, ctx: ToolContext, caps: MediaCaps) -> tuple[VaceInputs, dict[str, Any]]:
        assert self.meta is not None and self.meta.default_num_frames is not None
        first, last, control = ctx.input("first_frame"), ctx.input("last_frame"), ctx.input("control")
        first_img = load_image_input(first, role="first_frame", tool=self.name, caps=caps) if first else None
        last_img = load_image_input(last, role="last_frame", tool=self.name, caps=caps) if last else None
        control_frames, source_fps = (load_video_input(control, role="control", tool=self.name, caps=caps)
                                      if control else (None, None))
        refs = [load_reference_input(a, role="reference", tool=self.name, caps=caps) for a in ctx.input_list("reference")]
        media = first_img or last_img or (control_frames[0] if control_frames else None)
        width, height = size_for(self.meta, args.width, args.height, media.size if media else None)
        frames = args.num_frames or (len(control_frames) if control_frames else self.meta.default_num_frames)
        if ctx.task == "image_to_video":
            frames = max(frames, 2)
        if ctx.config is not None and not args.num_frames:
            frames = min(frames, ctx.config.policy.max_frames)
        w, h, n = self.snap(width, height, frames)
        requested = {"width": args.width, "height": args.height, "num_frames": args.num_frames, "fps": args.fps}
        if source_fps and not args.fps:
            requested["source_fps"] = source_fps
        inputs = vace_inputs(ctx.task, width=w, height=h, num_frames=n, first_frame=first_img, last_frame=last_img,
                             control=control_frames, references=refs)
        return inputs, requested
