"""Meta-information: from what a person says about size and length to a tool's canonical args.

Key parts:
- ``parse_meta(text) -> MetaIntent`` and ``parse_meta_span(text, label)`` (see ``meta_parse``);
- ``normalize_meta(intent, spec, *, video, policy=None) -> dict``: ``width``/``height`` (and, for
  video tools, ``num_frames``/``fps``) snapped to the tool's ``MetaSpec`` and the policy caps;
- ``meta_args(text, spec, *, video)``: both in one call;
- ``apply_meta(args, tool, intent)``: a plan step's arguments with the meta the tool takes set
  from what was said (or the model's own values snapped, when nothing was said).

Rules (the contract planners and the embedded model rely on):

Size
- Nothing said about size -> no ``width``/``height`` keys: the tool's own default applies.
- ``W x H`` / "width of W pixels and height of H" -> exactly that, snapped.
- Only one side said -> the other from the stated ratio/orientation, else the tool default's aspect.
- "NP" (480P, 720p, 1080p; HD = 720, Full HD = 1080, 2K = QHD = 1440, 4K = UHD = 2160) -> the
  *short* side is N; the long side follows the stated ratio, else the tool default's aspect
  (16:9 when the default is square). Orientation as said (portrait: N wide), else landscape.
  "720p vertical" -> 720x1280; "480P" -> 832x480 with the reference default.
- A ratio or orientation alone keeps the tool default's *area* (pixel count, which is what
  diffusion models are trained at): "16:9" -> about 848x480 for the 832x480 default, "1:1" ->
  624x624, "vertical" -> 480x832.
- A ratio that contradicts the orientation ("vertical 16:9") is flipped to match the orientation.
- Snapping: each side to ``MetaSpec.size_multiple``; orientation is preserved (portrait stays
  strictly taller than wide, square stays square). Over a cap (the tool's ``max_width`` /
  ``max_height`` and the policy's), both sides scale down together, so the aspect is kept.

Length (video tools only)
- Nothing said -> no ``num_frames``/``fps`` keys: the tool default (reference: 81 at 16 fps).
- ``fps`` as said, else the tool's ``default_fps`` (16 when the tool has none); capped by policy.
- "N frames" -> ``num_frames`` N; "N seconds" -> ``seconds * fps + 1`` (the Wan convention:
  81 frames = 5 s at 16 fps); both then snap to the tool's ``k * frame_step + 1`` rule.
  Frames and seconds both said, fps not -> fps = (frames - 1) / seconds.
- A length over the cap is clamped to the longest valid count (with a warning) rather than
  slowing the frame rate down; one over ``Policy.max_asked_video_s`` (90 s) is recorded
  (``collecting_overlong``) and refused by ``plan_request`` if the final plan keeps that video (a
  ten-minute documentary made as 15 s is not what was asked).

Warnings
- What was said and could not be honoured (a size over the caps, a length over the cap) is a
  ``note``: logged, and gathered into the plan's ``warnings`` while ``collecting_notes`` is open
  (``planner.base.plan_request`` opens it around a planner). Snapping to a multiple is not noted.
"""

from __future__ import annotations

import logging
import math
from collections.abc import Iterator
from contextlib import AbstractContextManager, contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from typing import Any, TypeVar

from ..contracts.policy import Policy
from ..contracts.tool import MetaSpec, ToolDefinition
from .meta_parse import NUM, MetaIntent, Orientation, parse_meta, parse_meta_span, word_number

__all__ = [
    "NUM",
    "REFERENCE_SPEC",
    "MetaIntent",
    "Orientation",
    "apply_meta",
    "collecting_notes",
    "meta_args",
    "normalize_meta",
    "note",
    "parse_meta",
    "parse_meta_span",
    "tool_meta_keys",
    "word_number",
]

log = logging.getLogger(__name__)

#: The reference generator (Wan2.1 T2V 480P): used when a tool declares no ``MetaSpec``.
REFERENCE_SPEC = MetaSpec(
    size_multiple=16, frame_step=4, default_width=832, default_height=480, default_num_frames=81, default_fps=16
)
_FALLBACK_FPS = 16.0
_WIDESCREEN = 16 / 9

_NOTES: ContextVar[list[str] | None] = ContextVar("unison_plan_notes", default=None)


@dataclass(frozen=True)
class Overlong:
    """A video asked longer than ``Policy.max_asked_video_s``: how long (``asked``), the longest allowed
    (``longest``), and the frame count it was cut to, which is how the final plan's step is found."""

    asked: str
    longest: str
    frames: int


_OVERLONG: ContextVar[list[Overlong] | None] = ContextVar("unison_plan_overlong", default=None)
_T = TypeVar("_T")


def note(message: str) -> None:
    """Something said that the plan cannot honour as said: logged, and kept for the plan's warnings."""
    log.warning("%s", message)
    sink = _NOTES.get()
    if sink is not None and message not in sink:
        sink.append(message)


@contextmanager
def _collecting(var: ContextVar[list[_T] | None]) -> Iterator[list[_T]]:
    sink: list[_T] = []
    token = var.set(sink)
    try:
        yield sink
    finally:
        var.reset(token)


def collecting_notes() -> AbstractContextManager[list[str]]:
    """Gather the ``note``s made inside (in this thread/context) into the yielded list."""
    return _collecting(_NOTES)


def collecting_overlong() -> AbstractContextManager[list[Overlong]]:
    """Gather the videos asked longer than ``Policy.max_asked_video_s`` inside (in this thread/context)."""
    return _collecting(_OVERLONG)


def meta_args(text: str, spec: MetaSpec | None, *, video: bool, policy: Policy | None = None) -> dict[str, int | float]:
    """``normalize_meta(parse_meta(text), spec, video=video, policy=policy)``."""
    return normalize_meta(parse_meta(text), spec, video=video, policy=policy)


def normalize_meta(
    intent: MetaIntent, spec: MetaSpec | None, *, video: bool, policy: Policy | None = None
) -> dict[str, int | float]:
    """Canonical tool arguments for what was said, valid for the tool and within the caps.

    Args:
        intent: what the person said (``parse_meta``).
        spec: the tool's constraints and defaults; ``None`` uses ``REFERENCE_SPEC``'s defaults
            with no size multiple or frame rule.
        video: add ``num_frames``/``fps`` (only tools that make videos take them).
        policy: caps (default ``Policy()``).

    Returns:
        A dict with any of ``width``, ``height``, ``num_frames``, ``fps``; keys the person said
        nothing about are left out so the tool default applies.

    Raises:
        UserError: the caps leave no size valid for the tool's multiple.
    """
    policy = policy or Policy()
    spec = spec or MetaSpec(
        default_width=REFERENCE_SPEC.default_width,
        default_height=REFERENCE_SPEC.default_height,
        default_num_frames=REFERENCE_SPEC.default_num_frames,
        default_fps=REFERENCE_SPEC.default_fps,
    )
    out: dict[str, int | float] = {}
    if intent.has_size:
        w, h = _target_size(intent, spec)
        out["width"], out["height"] = _snap_size(w, h, spec, policy)
    if video and intent.has_time:
        out.update(_length(intent, spec, policy))
    return out


# -- size -------------------------------------------------------------------------------------


def _default_size(spec: MetaSpec) -> tuple[float, float]:
    w = spec.default_width or REFERENCE_SPEC.default_width or 832
    h = spec.default_height or REFERENCE_SPEC.default_height or 480
    return float(w), float(h)


def _wanted_ratio(intent: MetaIntent) -> float | None:
    """Width / height the person asked for, with the ratio made to agree with the orientation."""
    r = intent.ratio
    if r is not None and r > 0:
        if (intent.orientation == "portrait" and r > 1) or (intent.orientation == "landscape" and r < 1):
            r = 1 / r
        return r
    if intent.orientation == "square":
        return 1.0
    return None


def _aspect_for(orient: Orientation | None, spec: MetaSpec) -> float:
    """The default aspect (long / short >= 1) turned to ``orient``, as width / height."""
    dw, dh = _default_size(spec)
    long_over_short = max(dw, dh) / min(dw, dh)
    if long_over_short == 1.0 and orient != "square":
        long_over_short = _WIDESCREEN
    if orient == "square":
        return 1.0
    if orient == "portrait" or (orient is None and dh > dw):
        return 1 / long_over_short
    return long_over_short


def _target_size(intent: MetaIntent, spec: MetaSpec) -> tuple[float, float]:
    ratio = _wanted_ratio(intent)
    aspect = ratio if ratio is not None else _aspect_for(intent.orientation, spec)
    w, h = intent.width, intent.height
    if w and h:
        fw, fh = float(w), float(h)
    elif w:
        fw, fh = float(w), w / aspect
    elif h:
        fw, fh = h * aspect, float(h)
    elif intent.short_side:
        n = float(intent.short_side)
        fw, fh = (n * aspect, n) if aspect >= 1 else (n, n / aspect)
    else:  # ratio or orientation alone: keep the default area
        dw, dh = _default_size(spec)
        area = dw * dh
        fw, fh = math.sqrt(area * aspect), math.sqrt(area / aspect)
    return fw, fh


def _snap_size(w: float, h: float, spec: MetaSpec, policy: Policy) -> tuple[int, int]:
    sw, sh = spec.snap_size(w, h, max_width=policy.max_width, max_height=policy.max_height, min_side=policy.min_side)
    if max(abs(sw - w), abs(sh - h)) > max(1, spec.size_multiple):  # clamped, not just snapped
        caps = f"{min(x for x in (spec.max_width, policy.max_width) if x)}x{min(x for x in (spec.max_height, policy.max_height) if x)}"
        note(f"asked for {w:.0f}x{h:.0f}; the largest size allowed here is {caps} (the tool's and the policy's "
             f"max_width/max_height), so it is {sw}x{sh}")
    elif (sw, sh) != (round(w), round(h)):
        log.debug("size %.0fx%.0f snapped to %dx%d (multiple of %d)", w, h, sw, sh, spec.size_multiple)
    return sw, sh


# -- length -----------------------------------------------------------------------------------


def _length(intent: MetaIntent, spec: MetaSpec, policy: Policy) -> dict[str, int | float]:
    fps = intent.fps
    if fps is None and intent.frames and intent.seconds:
        fps = max(1.0, (intent.frames - 1) / intent.seconds) if intent.frames > 1 else None
    if fps is None:
        fps = float(spec.default_fps or _FALLBACK_FPS)
    fps = min(max(1.0, fps), policy.max_fps)
    out: dict[str, int | float] = {"fps": int(fps) if float(fps).is_integer() else round(fps, 3)}
    if intent.frames is not None:
        wanted = float(intent.frames)
    elif intent.seconds is not None:
        wanted = intent.seconds * fps + 1
    else:
        return out  # only a frame rate was said
    out["num_frames"] = _snap_frames(wanted, spec, policy, fps)
    return out


def _snap_frames(wanted: float, spec: MetaSpec, policy: Policy, fps: float) -> int:
    step = max(1, spec.frame_step)
    n = spec.snap_frames(wanted, max_num_frames=policy.max_frames, min_frames=step + 1 if step > 1 else 1)
    if n + max(1, spec.frame_step) <= wanted and (wanted - 1) / fps > policy.max_asked_video_s:
        # refused by ``plan_request`` if the final plan keeps this video (a reading that made one may be dropped:
        # "write a script for a 10-minute video" is text)
        sink = _OVERLONG.get()
        if sink is not None:
            sink.append(Overlong(_duration((wanted - 1) / fps), _duration((n - 1) / fps), n))
        return n
    if n + max(1, spec.frame_step) <= wanted:
        note(f"asked for {_duration(wanted / fps)} ({wanted:.0f} frames at {fps:g} fps); the cap allows {n} frames "
             f"({_duration((n - 1) / fps)}, the policy's max_frames), so the video is shorter than asked")
    return n


def _duration(seconds: float) -> str:
    if seconds >= 3600:
        return f"{seconds / 3600:g} h"
    return f"{seconds / 60:g} min" if seconds >= 120 else f"{seconds:.3g} s"


# -- applying meta to a plan step ---------------------------------------------------------------

_META_KEYS = ("width", "height", "num_frames", "fps")


def tool_meta_keys(tool: ToolDefinition) -> set[str]:
    """Which of ``width``, ``height``, ``num_frames``, ``fps`` the tool's arguments take."""
    return {k for k in _META_KEYS if k in tool.properties}


def apply_meta(args: dict[str, Any], tool: ToolDefinition, intent: MetaIntent, *, policy: Policy | None = None) -> dict[str, Any]:
    """``args`` with the meta arguments the tool takes set from ``intent`` (what the person said)
    and snapped; values a model already put there are snapped too when ``intent`` is silent.

    Args:
        args: the step's arguments (not modified).
        tool: the step's tool (its ``meta`` spec and which meta arguments it takes).
        intent: what the request said (``parse_meta(request.text)``).
    """
    keys = tool_meta_keys(tool)
    out = dict(args)
    if not keys:
        return out
    size = intent if intent.has_size else MetaIntent(width=_as_int(args.get("width")), height=_as_int(args.get("height")))
    time = intent if intent.has_time else MetaIntent(
        frames=_as_int(args.get("num_frames")), fps=_as_float(args.get("fps"))
    )
    said = MetaIntent(
        width=size.width, height=size.height, short_side=size.short_side, ratio=size.ratio,
        orientation=size.orientation, seconds=time.seconds, frames=time.frames, fps=time.fps,
    )
    normal = normalize_meta(said, tool.meta, video="num_frames" in keys, policy=policy)
    for key in keys:
        if key in normal:
            out[key] = normal[key]
    return out


def _as_int(v: object) -> int | None:
    return int(v) if isinstance(v, (int, float)) and not isinstance(v, bool) and v > 0 else None


def _as_float(v: object) -> float | None:
    return float(v) if isinstance(v, (int, float)) and not isinstance(v, bool) and v > 0 else None
