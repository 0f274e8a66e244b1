"""How each generation task becomes inputs of diffusers' ``WanVACEPipeline``.

One generator family (Wan2.1-VACE) serves all nine generation tasks. VACE takes a conditioning
``video`` (frames), a ``mask`` (per frame; white = generate, black = keep), and optional
``reference_images`` (subjects/identities placed before the clip in latent time).

==================  =========================================================================
task                VACE inputs
==================  =========================================================================
text_to_image       1 frame; no video, no mask (the pipeline's defaults: generate everything)
text_to_video       ``num_frames`` frames; no video, no mask
image_control       video = [control map]; no mask (all generated, guided by the map);
                    ``reference`` images, if any, as ``reference_images``
video_control       video = control video resampled to ``num_frames``; no mask; references too
image_reference     1 frame; ``reference_images`` = the reference images
video_reference     ``num_frames`` frames; ``reference_images`` = the reference images
image_to_video      video = first frame, then gray (128) frames, then the last frame if given;
                    mask = black on the given frames, white on the rest
image_edit          video = [source]; mask = [the mask]. Without a mask the whole frame is
                    white (regenerate everything, the source still guides the result through
                    VACE's "reactive" stream); ``reference`` images as ``reference_images``
video_edit          video = source frames resampled to ``num_frames``; mask = the mask video
                    resampled likewise, or one mask image applied to every frame, or (no mask)
                    all white; ``reference`` images as ``reference_images``
==================  =========================================================================

One image with two or more reference images is generated as a 5-frame clip whose first frame is
kept: diffusers 0.42's ``WanVACEPipeline.prepare_masks`` pads the mask for only one reference
when there is a single latent frame, so a 1-frame call with several references fails.

All conditioning frames are resized to the generation's width x height (bicubic; masks
nearest-neighbour, then thresholded at 128). Resampling in time picks frames uniformly.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from ._media_checks import binary_mask, fit_frames, resize_frames

GRAY = (128, 128, 128)
"""Fill of frames VACE must generate in image_to_video (as in diffusers' example)."""


@dataclass
class VaceInputs:
    width: int
    height: int
    num_frames: int
    video: list[Any] | None = None
    mask: list[Any] | None = None
    reference_images: list[Any] | None = None
    pipeline_frames: int | None = None
    """Frames asked of the pipeline when it differs from ``num_frames`` (see the module doc)."""
    notes: dict[str, Any] = field(default_factory=dict)
    """What the mapping decided (e.g. the derived mask), recorded in the output metadata."""

    def pipeline_kwargs(self) -> dict[str, Any]:
        frames = self.pipeline_frames or self.num_frames
        kwargs: dict[str, Any] = {"width": self.width, "height": self.height, "num_frames": frames}
        if self.video is not None:
            kwargs["video"] = self.video
        if self.mask is not None:
            kwargs["mask"] = self.mask
        if self.reference_images:
            kwargs["reference_images"] = self.reference_images
        return kwargs


def _solid(mode: str, width: int, height: int, value: Any) -> Any:
    from PIL import Image

    return Image.new(mode, (width, height), value)


def vace_inputs(
    task: str,
    *,
    width: int,
    height: int,
    num_frames: int,
    source: list[Any] | None = None,
    mask: list[Any] | None = None,
    control: list[Any] | None = None,
    first_frame: Any = None,
    last_frame: Any = None,
    references: list[Any] | None = None,
) -> VaceInputs:
    """Map a task and its decoded media (PIL images / frame lists) to VACE inputs (see module doc)."""
    out = VaceInputs(width=width, height=height, num_frames=num_frames, reference_images=list(references or []) or None)
    n = num_frames
    if n == 1 and len(references or []) > 1:
        n = out.pipeline_frames = 5
        out.notes["pipeline_frames"] = 5
    if task in ("text_to_image", "text_to_video", "image_reference", "video_reference"):
        return out
    if task in ("image_control", "video_control"):
        assert control is not None, "control media is required"
        out.video = resize_frames(fit_frames(control, n), width, height)
        return out
    if task == "image_to_video":
        frames = [_solid("RGB", width, height, GRAY) for _ in range(n)]
        masks = [_solid("L", width, height, 255) for _ in range(n)]
        if first_frame is not None:
            frames[0] = resize_frames([first_frame], width, height)[0]
            masks[0] = _solid("L", width, height, 0)
        if last_frame is not None:
            frames[-1] = resize_frames([last_frame], width, height)[0]
            masks[-1] = _solid("L", width, height, 0)
        out.video, out.mask = frames, masks
        return out
    if task in ("image_edit", "video_edit"):
        assert source is not None, "source media is required"
        out.video = resize_frames(fit_frames(source, n), width, height)
        if mask is None:
            out.mask = [_solid("L", width, height, 255) for _ in range(n)]
            out.notes["mask"] = "whole frame (no mask given)"
        else:
            picked = [mask[0]] * n if len(mask) == 1 else fit_frames(mask, n)
            out.mask = [binary_mask(m, width, height) for m in picked]
            out.notes["mask"] = "given" if len(mask) != 1 or n == 1 else "one mask image, applied to every frame"
        return out
    raise ValueError(f"task {task!r} is not a generation task")
