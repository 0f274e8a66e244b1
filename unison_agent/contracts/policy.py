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
    max_asked_video_s: float = Field(
        default=90.0, gt=0,
        description="Longest video a request may ask for. A longer ask (\"a 10-minute documentary\") is refused: minutes "
        "of footage are long-form video, which clip tools do not make, and a few seconds of it is not what was asked. "
        "An ask between the cap (max_frames) and this is cut to max_frames with a warning.")
    max_steps: int = Field(default=16, ge=1, description="Most steps one plan may have.")
    # bounds on what a plan or request may hold (issue 12.5; checked in ``contracts.caps``)
    max_string_chars: int = Field(default=20_000, ge=1, description="Longest string anywhere in a plan (a prompt).")
    max_id_chars: int = Field(default=64, ge=1, description="Longest step id.")
    max_json_depth: int = Field(default=32, ge=4, description="Deepest nesting of lists/objects in a plan.")
    max_request_chars: int = Field(default=20_000, ge=1, description="Longest request text.")
    max_attachments: int = Field(default=16, ge=0, description="Most attachments one request may have.")
    max_input_file_bytes: int = Field(default=8 << 20, ge=1024, description="Largest plan/request/batch file read.")
    max_total_cost: float = Field(
        default=1e11, gt=0,
        description="Most pixel-frame-steps one plan may ask for: the sum over its generation steps of "
        "width x height x frames x inference steps (a default 832x480, 81-frame, 30-step video is about 1e9).")

    def limits(self) -> dict[str, tuple[float, float]]:
        """Argument name -> inclusive (low, high) range."""
        return {
            "width": (self.min_side, self.max_width),
            "height": (self.min_side, self.max_height),
            "num_frames": (1, self.max_frames),
            "fps": (1, self.max_fps),
        }
