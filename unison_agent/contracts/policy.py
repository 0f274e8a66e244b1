"""Policy caps: the largest sizes and lengths a plan may ask for (configurable)."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field


class Policy(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    max_width: int = Field(default=2048, ge=16)
    max_height: int = Field(default=2048, ge=16)
    min_side: int = Field(default=16, ge=1)
    max_frames: int = Field(default=241, ge=1)
    max_fps: float = Field(default=60.0, gt=0)
    max_steps: int = Field(default=16, ge=1, description="Most steps one plan may have.")

    def limits(self) -> dict[str, tuple[float, float]]:
        """Argument name -> inclusive (low, high) range."""
        return {
            "width": (self.min_side, self.max_width),
            "height": (self.min_side, self.max_height),
            "num_frames": (1, self.max_frames),
            "fps": (1, self.max_fps),
        }
