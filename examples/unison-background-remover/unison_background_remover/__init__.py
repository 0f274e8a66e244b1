"""``remove_background``: a classical background remover (border colours, Otsu threshold, flood fill).

Not a neural matting model, and it says so in its description and output metadata. Steps (numpy):
1. work at most ``WORK_SIDE`` pixels on the long side (the mask is scaled back up, softened);
2. the border strip's colours, clustered by k-means, are the background's colours;
3. colour distance to the nearest of them, thresholded by Otsu's method (never below ``MIN_THRESHOLD``);
4. background = background-like pixels connected to the border (an iterative flood fill), so
   holes in the subject with the background's colour stay opaque unless they reach the edge.
"""

from __future__ import annotations

from typing import Any

import numpy as np
from PIL import Image, ImageColor, ImageFilter
from pydantic import BaseModel, ConfigDict, Field

from unison_agent import TaskSpec
from unison_agent.contracts.errors import ToolArgumentError
from unison_agent.contracts.tool import Reference, Tool, ToolContext, ToolOutput, media_field
from unison_agent.runtime.media import load_image

WORK_SIDE = 384
MIN_THRESHOLD = 18.0  # RGB distance: below this, JPEG noise and soft shadows, not a different object
METHOD = "border-colour flood fill (classical)"

REMOVE_BACKGROUND = TaskSpec.one_input(
    "image", name="remove_background",
    output="image",
    description="Cut the main subject out of an image: make the background transparent (a PNG cut-out) "
                "or replace it with a plain colour.",
    examples=(
        "Remove the background from <image 0>.",
        "Cut out the sneaker in <image 0> so I can put it on my shop page.",
        "Make the background of this logo <image 0> transparent.",
        "Isolate the person in <image 0> on a plain white background.",
    ),
)


class RemoveBackgroundArgs(BaseModel):
    model_config = ConfigDict(extra="forbid")

    image: Reference = media_field("image", description="The image to cut the subject out of.")
    background: str = Field(
        default="transparent", max_length=32,
        description="'transparent' (RGBA PNG), or a colour (name or #rrggbb) to put behind the subject.")


class BackgroundRemover(Tool):
    name = "remove_background"
    description = ("Remove an image's background (transparent PNG cut-out), by a classical border-colour "
                   "segmentation: best on plain or studio backgrounds.")
    tasks = ("remove_background",)
    declares = (REMOVE_BACKGROUND,)
    args_model = RemoveBackgroundArgs

    def check(self, args: dict[str, Any], task: str) -> list[tuple[str, str]]:
        bg = str(args.get("background", "transparent"))
        if bg != "transparent":
            try:
                ImageColor.getrgb(bg)
            except ValueError:
                return [("background", f"{bg!r} is neither 'transparent' nor a colour name or #rrggbb")]
        return []

    def run(self, args: BaseModel, ctx: ToolContext) -> ToolOutput:
        assert isinstance(args, RemoveBackgroundArgs)
        problems = self.check(args.model_dump(), ctx.task)
        if problems:
            raise ToolArgumentError(f"`{self.name}`: " + "; ".join(f"`{a}`: {p}" for a, p in problems))
        src = ctx.input("image")
        assert src is not None  # the validator guarantees the required argument
        img = load_image(src.path)
        alpha, threshold = foreground_alpha(img, progress=ctx.progress)
        if args.background == "transparent":
            out = img.convert("RGBA")
            out.putalpha(alpha)
        else:
            out = Image.new("RGB", img.size, ImageColor.getrgb(args.background)[:3])
            out.paste(img, mask=alpha)
        fg = float(np.asarray(alpha, dtype=np.float32).mean() / 255.0)
        return ctx.save_image(out, metadata={
            "tool": self.name, "task": ctx.task, "method": METHOD, "threshold": round(threshold, 2),
            "foreground_fraction": round(fg, 4), "background": args.background, "mode": out.mode,
        })


def foreground_alpha(img: Image.Image, *, progress: Any = None) -> tuple[Image.Image, float]:
    """The subject's alpha mask (L, the image's size) and the colour-distance threshold used."""
    rgb = img.convert("RGB")
    scale = min(1.0, WORK_SIDE / max(rgb.size))
    small = rgb.resize((max(1, round(rgb.width * scale)), max(1, round(rgb.height * scale))), Image.Resampling.BOX) \
        if scale < 1 else rgb
    px = np.asarray(small, dtype=np.float32)
    h, w = px.shape[:2]
    strip = max(1, min(h, w) // 50)
    border = np.zeros((h, w), dtype=bool)
    border[:strip], border[-strip:], border[:, :strip], border[:, -strip:] = True, True, True, True
    centres = _kmeans(px[border], k=3)
    dist = np.min(np.linalg.norm(px[:, :, None, :] - centres[None, None], axis=-1), axis=-1)
    threshold = max(MIN_THRESHOLD, _otsu(dist))
    if progress is not None:
        progress(0.5, "flood fill from the border")
    background = _flood(dist < threshold, border)
    mask = Image.fromarray(np.where(background, 0, 255).astype(np.uint8), mode="L")
    if mask.size != rgb.size:
        mask = mask.resize(rgb.size, Image.Resampling.BILINEAR)
    return mask.filter(ImageFilter.GaussianBlur(1)), threshold


def _kmeans(points: np.ndarray, *, k: int, iters: int = 10) -> np.ndarray:
    """k colour centres (fewer if the border has fewer distinct colours); seeded by spread, not chance."""
    uniq = np.unique(points.round(), axis=0)
    if len(uniq) <= k:
        return uniq.astype(np.float32)
    # farthest-point seeding: deterministic, and it finds a second background colour if there is one
    centres = [points[0]]
    for _ in range(k - 1):
        d = np.min(np.linalg.norm(points[:, None] - np.array(centres)[None], axis=-1), axis=1)
        centres.append(points[int(d.argmax())])
    c = np.array(centres, dtype=np.float32)
    for _ in range(iters):
        labels = np.argmin(np.linalg.norm(points[:, None] - c[None], axis=-1), axis=1)
        c = np.array([points[labels == j].mean(0) if np.any(labels == j) else c[j] for j in range(len(c))])
    return c


def _otsu(values: np.ndarray, bins: int = 128) -> float:
    """The threshold that best separates ``values`` into two classes (Otsu's method)."""
    hist, edges = np.histogram(values, bins=bins)
    p = hist.astype(np.float64) / max(1, hist.sum())
    mids = (edges[:-1] + edges[1:]) / 2
    w0 = np.cumsum(p)
    m0 = np.cumsum(p * mids)
    total = m0[-1]
    with np.errstate(divide="ignore", invalid="ignore"):
        between = (total * w0 - m0) ** 2 / (w0 * (1 - w0))
    between = np.nan_to_num(between)
    return float(edges[int(between.argmax()) + 1])


def _flood(candidate: np.ndarray, seeds: np.ndarray) -> np.ndarray:
    """Pixels of ``candidate`` 4-connected to ``seeds`` (iterative dilation inside ``candidate``)."""
    reached = candidate & seeds
    while True:
        grown = reached.copy()
        grown[1:] |= reached[:-1]
        grown[:-1] |= reached[1:]
        grown[:, 1:] |= reached[:, :-1]
        grown[:, :-1] |= reached[:, 1:]
        grown &= candidate
        if np.array_equal(grown, reached):
            return reached
        reached = grown
