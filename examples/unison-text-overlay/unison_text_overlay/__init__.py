"""``text_overlay``: write a caption onto an image with Pillow's bundled scalable font.

The tool declares its own task (``TaskSpec``), so a plan can ask for "add the caption ... to this
photo" without the built-in twelve knowing about it. Layout: the text is wrapped to 90 % of the
width and the font shrunk until the block fits the band it goes in (top, centre or bottom);
a dark outline around light text (or the reverse) keeps it legible on any background.
"""

from __future__ import annotations

import math
from typing import Literal

from PIL import Image, ImageColor, ImageDraw, ImageFont
from pydantic import BaseModel, ConfigDict, Field

from unison_agent import TaskSpec
from unison_agent.contracts.errors import ToolArgumentError
from unison_agent.contracts.tool import Reference, Tool, ToolContext, ToolOutput, media_field
from unison_agent.runtime.media import load_image

TEXT_OVERLAY = TaskSpec.one_input(
    "image", name="text_overlay",
    output="image",
    description="Write given words onto an existing image as a caption, title, label or watermark.",
    examples=(
        "Put the caption 'Summer 2024' at the bottom of <image 0>.",
        "Add the title GRAND OPENING across the top of this poster <image 0> in big yellow letters.",
        "Write 'Happy birthday, Mia!' on <image 0>.",
        "Stamp a small 'DRAFT' watermark in the middle of <image 0>.",
        # the verbs people use for it, each once: overlay, label, caption, type, print
        "Overlay the text 'Open 24/7' on <image 0>.",
        "Label <image 0> 'Before' in the top left corner.",
        "Caption this picture <image 0>: me on Monday mornings.",
        "Type 'Menu' in white letters over <image 0>.",
        "Print the date 12.05.2025 in the corner of <image 0>.",
    ),
)


class TextOverlayArgs(BaseModel):
    model_config = ConfigDict(extra="forbid")

    image: Reference = media_field("image", description="The image to write on.")
    text: str = Field(min_length=1, max_length=400, description="The words to write (may embed {$s0}).")
    position: Literal["top", "center", "bottom"] = Field(default="bottom", description="Where the text goes.")
    font_size: int | None = Field(
        default=None, ge=6, le=512, description="Font size in pixels; default: about 1/12 of the image height.")
    color: str = Field(default="white", max_length=32, description="Text colour: a name or #rrggbb.")


class TextOverlay(Tool):
    name = "text_overlay"
    description = "Write a caption or title onto an image in a clean sans-serif font with an outline (Pillow)."
    tasks = ("text_overlay",)
    declares = (TEXT_OVERLAY,)
    args_model = TextOverlayArgs

    def check(self, args: dict[str, object], task: str) -> list[tuple[str, str]]:
        color = args.get("color", "white")
        try:
            ImageColor.getrgb(str(color))
        except ValueError:
            return [("color", f"{color!r} is not a colour name or #rrggbb")]
        return []

    def run(self, args: BaseModel, ctx: ToolContext) -> ToolOutput:
        assert isinstance(args, TextOverlayArgs)
        src = ctx.input("image")
        assert src is not None  # the validator guarantees the required argument
        problems = self.check(args.model_dump(), ctx.task)
        if problems:
            raise ToolArgumentError(f"`{self.name}`: " + "; ".join(f"`{a}`: {p}" for a, p in problems))
        img = load_image(src.path)
        out, box, size = overlay(img, args.text, position=args.position, font_size=args.font_size, color=args.color)
        return ctx.save_image(out, metadata={
            "tool": self.name, "task": ctx.task, "text": args.text, "position": args.position,
            "font": "Pillow load_default (scalable)", "font_size": size, "text_box": list(box),
        })


def overlay(
    img: Image.Image, text: str, *, position: str = "bottom", font_size: int | None = None, color: str = "white",
) -> tuple[Image.Image, tuple[int, int, int, int], int]:
    """``img`` with ``text`` drawn on it; returns the image, the text's bounding box and the font size used."""
    out = img.convert("RGB")
    draw = ImageDraw.Draw(out)
    fill = ImageColor.getrgb(color)[:3]
    # outline in the opposite brightness, so light text on a light sky still reads
    outline = (0, 0, 0) if sum(fill) > 384 else (255, 255, 255)
    size = font_size or max(8, out.height // 12)
    max_w, max_h = int(out.width * 0.9), int(out.height * (0.9 if position == "center" else 0.45))
    while True:
        font = ImageFont.load_default(size=size)
        stroke = max(1, size // 15)
        lines = _wrap(draw, text, font, max_w, stroke)
        block = "\n".join(lines)
        left, top, right, bottom = draw.multiline_textbbox((0, 0), block, font=font, stroke_width=stroke, align="center")
        if (right - left <= max_w and bottom - top <= max_h) or size <= 6:
            break
        size = max(6, int(size * 0.85))
    w, h = right - left, bottom - top
    x = int((out.width - w) // 2 - left)
    margin = max(2, out.height // 40)
    y = int({"top": margin, "center": (out.height - h) // 2, "bottom": out.height - h - margin}[position] - top)
    draw.multiline_text((x, y), block, font=font, fill=fill, stroke_width=stroke, stroke_fill=outline, align="center")
    # Pillow's boxes are fractional with scalable fonts: widen to whole pixels
    box = (math.floor(x + left), math.floor(y + top), math.ceil(x + right), math.ceil(y + bottom))
    return out, box, size


def _wrap(draw: ImageDraw.ImageDraw, text: str, font: ImageFont.FreeTypeFont | ImageFont.ImageFont,
          max_w: int, stroke: int) -> list[str]:
    """Greedy word wrap to ``max_w`` pixels (a word longer than a line stays whole)."""
    lines: list[str] = []
    for para in text.splitlines() or [""]:
        line = ""
        for word in para.split():
            trial = f"{line} {word}".strip()
            if line and draw.textlength(trial, font=font) + 2 * stroke > max_w:
                lines.append(line)
                line = word
            else:
                line = trial
        lines.append(line)
    return lines
