"""Example plugin: answers questions about an image's size and colours without any model."""

from __future__ import annotations

from PIL import ImageStat
from pydantic import BaseModel, ConfigDict, Field

from unison_agent.contracts.tool import Reference, Tool, ToolContext, ToolOutput, media_field
from unison_agent.runtime.media import load_image


class ImageStatsArgs(BaseModel):
    model_config = ConfigDict(extra="forbid")

    image: Reference = media_field("image", description="The image to measure.")
    question: str = Field(default="", description="What the user asked (kept in the metadata).")


class ImageStats(Tool):
    name = "image_stats"
    description = "Report an image's width, height and mean colour."
    tasks = ("image_understanding",)
    args_model = ImageStatsArgs

    def run(self, args: BaseModel, ctx: ToolContext) -> ToolOutput:
        src = ctx.input("image")
        assert src is not None  # the validator guarantees the required argument
        img = load_image(src.path)
        mean = [round(v) for v in ImageStat.Stat(img).mean]
        answer = f"{img.width}x{img.height} pixels, mean colour rgb{tuple(mean)}"
        return ctx.save_text(answer, metadata={"question": getattr(args, "question", "")})
