"""``interpolate_frames``: raise a video's frame rate by motion-compensated frame interpolation.

The task is declared here (``frame_interpolation``). The method (see ``flow.py``): pyramidal
Lucas–Kanade flow both ways per frame pair, both neighbours warped to the in-between time with
Super SloMo's linear flow approximation, blended by closeness in time. Output times are a uniform
grid at the new rate over the same duration, so 2x of N frames gives 2N-1 frames and the clip
keeps its length.
"""

from __future__ import annotations

import math
from typing import Any, Literal

import numpy as np
from PIL import Image
from pydantic import BaseModel, ConfigDict, Field

from unison_agent import TaskSpec
from unison_agent.contracts.errors import ToolArgumentError
from unison_agent.contracts.tool import Reference, Tool, ToolContext, ToolOutput, media_field
from unison_agent.runtime.media import load_video

from .flow import interpolate_pair_factory

MAX_OUTPUT_FRAMES = 2000
METHODS = {"flow": "optical flow (pyramidal Lucas-Kanade) + bidirectional warping", "blend": "cross-fade (no motion)"}

FRAME_INTERPOLATION = TaskSpec.one_input(
    "video", name="frame_interpolation",
    output="video",
    description="Make an existing video smoother by generating in-between frames: raise its frame rate "
                "(2x, 4x, 60 fps) or make slow motion without stutter.",
    examples=(
        "Interpolate <video 0> to 60 fps.",
        "Make <video 0> smoother by doubling its frame rate.",
        "Add in-between frames to this choppy clip <video 0>, 4x.",
        "Turn <video 0> into buttery smooth slow motion.",
    ),
)


class InterpolateArgs(BaseModel):
    model_config = ConfigDict(extra="forbid")

    video: Reference = media_field("video", description="The video to interpolate.")
    factor: int = Field(default=2, ge=2, le=8, description="How many times more frames per second (2x, 4x).")
    target_fps: float | None = Field(
        default=None, gt=0, le=240, description="The frame rate to reach instead of a factor (e.g. 60).")
    method: Literal["flow", "blend"] = Field(default="flow", description="'flow' (motion-compensated) or 'blend'.")


class FrameInterpolator(Tool):
    name = "interpolate_frames"
    description = ("Raise a video's frame rate by optical-flow frame interpolation (in-between frames), "
                   "e.g. 2x or to 60 fps; keeps the duration.")
    tasks = ("frame_interpolation",)
    declares = (FRAME_INTERPOLATION,)
    args_model = InterpolateArgs

    def run(self, args: BaseModel, ctx: ToolContext) -> ToolOutput:
        assert isinstance(args, InterpolateArgs)
        src = ctx.input("video")
        assert src is not None  # the validator guarantees the required argument
        frames, src_fps = load_video(src.path)
        out_fps = float(args.target_fps or src_fps * args.factor)
        if out_fps <= src_fps:
            raise ToolArgumentError(f"`{self.name}`: target_fps {out_fps:g} is not above the video's {src_fps:g} fps; "
                                    "ask for a higher rate or a factor")
        times = output_times(len(frames), src_fps, out_fps)
        if len(times) > MAX_OUTPUT_FRAMES:
            raise ToolArgumentError(f"`{self.name}`: {len(times)} output frames exceed the limit of {MAX_OUTPUT_FRAMES}; "
                                    "ask for a lower rate or a shorter clip")
        out = interpolate(frames, times, method=args.method, progress=ctx.progress)
        return ctx.save_video(out, fps=out_fps, metadata={
            "tool": self.name, "task": ctx.task, "method": METHODS[args.method], "source_fps": src_fps,
            "source_frames": len(frames), "factor": round(out_fps / src_fps, 4),
        })


def output_times(n: int, src_fps: float, out_fps: float) -> list[float]:
    """Output frame times in source-frame units (0 .. n-1) on a uniform grid at ``out_fps``."""
    if n < 2:
        return [0.0]
    steps = math.floor((n - 1) * out_fps / src_fps + 1e-6)
    return [min(n - 1.0, k * src_fps / out_fps) for k in range(steps + 1)]


def interpolate(frames: list[Image.Image], times: list[float], *, method: str = "flow", progress: Any = None) -> list[Image.Image]:
    """Frames at ``times`` (source-frame units): exact ones copied, in-between ones synthesised."""
    arrays = [np.asarray(f.convert("RGB"), dtype=np.float32) for f in frames]
    pair = interpolate_pair_factory(method)
    cache: dict[int, Any] = {}  # per frame pair: its flows, computed once for all the times inside it
    out: list[Image.Image] = []
    for k, t in enumerate(times):
        i = min(math.floor(t), len(arrays) - 2) if len(arrays) > 1 else 0
        frac = t - i
        if frac < 1e-6 or len(arrays) == 1:
            out.append(frames[i].convert("RGB"))
        elif frac > 1 - 1e-6:
            out.append(frames[i + 1].convert("RGB"))
        else:
            if i not in cache:
                cache.clear()  # pairs come in order: keep only the current one
                cache[i] = pair(arrays[i], arrays[i + 1])
            out.append(Image.fromarray(np.clip(cache[i](frac), 0, 255).round().astype(np.uint8)))
        if progress is not None:
            progress((k + 1) / len(times), f"frame {k + 1}/{len(times)}")
    return out
