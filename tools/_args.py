"""Argument fields the generation tools share, declared once (each tool's args model mixes in
what it takes; its own media roles and prompt wording stay in its file)."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field


class GenerationOptions(BaseModel):
    """Sampler options shared by the generation tools (unset: the tool's configured defaults)."""

    model_config = ConfigDict(extra="forbid")

    negative_prompt: str | None = Field(default=None, description="What to avoid.")
    seed: int | None = Field(default=None, ge=0, description="Random seed; unset picks one (recorded in metadata).")
    num_inference_steps: int | None = Field(default=None, ge=1, le=200, description="Denoising steps.")
    guidance_scale: float | None = Field(default=None, ge=0, le=30, description="Classifier-free guidance scale.")


class SizeArgs(BaseModel):
    width: int | None = Field(default=None, ge=16, description="Width in pixels (snapped to a multiple of 16; "
                              "default: the tool's, or the source's when there is one).")
    height: int | None = Field(default=None, ge=16, description="Height in pixels (snapped to a multiple of 16; "
                               "default: the tool's, or the source's when there is one).")


class LengthArgs(BaseModel):
    num_frames: int | None = Field(default=None, ge=1, description="Frames (snapped to 4k+1; default 81, or the "
                                   "source video's).")
    fps: float | None = Field(default=None, gt=0, description="Frames per second of the output (default 16, or the "
                              "source video's).")
