"""Arguments of a step the signature head did not plan (a plugin task, or a part of a mixed request).

Everything comes from the task's ``TaskSpec`` and the tool's schema, nothing from the tool's name:

- media: the task's required role first, then its other roles, each from the first candidate
  (the part's own attachments, then an earlier step's output, then earlier turns) whose kind the
  role accepts (``TaskSpec.role_kinds``, else the tool's argument kinds);
- text: ``prompt``/``question`` get the part's words; a ``text`` argument gets the quoted words
  ("put the caption "SALE" on it" -> ``SALE``) or, failing that, what follows "says"/":";
- numbers, by the argument's name: a scale or factor from "2x", "x3", "3 times", "by a factor of 4",
  "twice"; a frame rate from "60 fps"; seconds from "2.5 seconds"; otherwise a number next to the
  argument's own name ("font size 48"). A scale is never read as a width or height. Values outside
  the schema's bounds are left out (the tool's default applies);
- choices: a string argument with an ``enum`` gets the one value the words name ("at the top" -> ``top``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from ...contracts.tasks import TaskSpec
from ...contracts.tool import ToolDefinition

NUM = r"(\d+(?:\.\d+)?)"
_SCALE_NAMES = ("scale", "factor", "upscale", "multiplier", "zoom", "magnification")
_FPS_NAMES = ("fps", "frame_rate", "framerate")
_SECOND_NAMES = ("seconds", "second", "time", "at", "timestamp", "start", "duration")
_SCALE = [re.compile(p, re.IGNORECASE) for p in (
    rf"\b{NUM}\s*[x×](?![a-z0-9])", rf"(?<![a-z0-9])[x×]\s*{NUM}\b", rf"\b{NUM}\s*times\b", rf"\bfactor\s+of\s+{NUM}\b")]
_SCALE_WORDS = {"twice": 2, "double": 2, "quadruple": 4, "triple": 3}
_FPS = re.compile(rf"\b{NUM}\s*(?:fps|frames?\s+(?:per|a)\s+second|frames?/s)\b", re.IGNORECASE)
_SECONDS = re.compile(rf"\b{NUM}\s*(?:s|sec|secs|seconds?)\b", re.IGNORECASE)
_QUOTED = re.compile(r"[\"“”']([^\"“”']{1,200})[\"“”']")
_SAYS = re.compile(r"(?:\bsays?|\bsaying|\breads?|:)\s+(.+)$", re.IGNORECASE)


def media_candidates(text: str, history: Sequence[tuple[str, str]]) -> list[tuple[str, str]]:
    """``(ref, kind)`` of the placeholders in ``text`` (attachments), then the earlier turns."""
    found = [(f"$input.{m.group(2)}", m.group(1)) for m in re.finditer(r"<(image|video) (\d+)>", text)]
    return found + [h for h in history if h[1] in ("image", "video")]


def fill_args(spec: TaskSpec, tool: ToolDefinition, words: str, candidates: Sequence[tuple[str, str]],
              *, linked: tuple[str, str] | None = None) -> dict[str, Any] | None:
    """Arguments for one step, or ``None`` when a required media role finds no fitting input.

    Args:
        words: the part's words (placeholders read as "the image").
        candidates: attachments and earlier turns, in preference order.
        linked: an earlier step's output ``(ref, kind)`` this step continues from; it is tried first.
    """
    pool = ([linked] if linked else []) + [c for c in candidates if not linked or c[0] != linked[0]]
    used: set[str] = set()
    args: dict[str, Any] = {}
    roles = list(spec.requires_any) + [r for r in spec.allowed_roles if r not in spec.requires_any]
    for role in roles:
        if role not in tool.media_args:
            continue
        kinds = spec.role_kinds.get(role) or tool.media_args[role]
        required = role in spec.requires_any and not any(r in args for r in spec.requires_any)
        pick = next((ref for ref, kind in pool if ref not in used and kind in kinds
                     and (required or ref.startswith("$input."))), None)
        if pick is None:
            continue
        used.add(pick)
        args[role] = [pick] if tool.wants_list(role) else pick
    if spec.requires_any and not any(r in args for r in spec.requires_any):
        return None
    text_arg = tool.text_arg()
    if text_arg is not None:
        args[text_arg] = quoted_text(words) if text_arg == "text" else words
    args.update(numbers(tool, words, skip=set(args)))
    args.update(choices(tool, words, skip=set(args)))
    return args


def choices(tool: ToolDefinition, words: str, *, skip: set[str]) -> dict[str, Any]:
    """A string argument with fixed choices (an enum) gets the one choice the words name ("at the top" -> ``top``)."""
    out: dict[str, Any] = {}
    for name, schema in tool.properties.items():
        if name in skip or name in tool.media_args:
            continue
        options = [v for o in schema.get("anyOf", [schema]) if isinstance(o, dict) for v in o.get("enum", [])]
        named = [v for v in options if isinstance(v, str) and re.search(rf"\b{re.escape(v)}\b", words, re.IGNORECASE)]
        if len(named) == 1:
            out[name] = named[0]
    return out


def quoted_text(words: str) -> str:
    m = _QUOTED.search(words)
    if m:
        return m.group(1).strip()
    m = _SAYS.search(words)
    return m.group(1).strip(" .\"'") if m else words


def numbers(tool: ToolDefinition, words: str, *, skip: set[str]) -> dict[str, Any]:
    """Numeric arguments the words state, by argument name (see the module doc)."""
    out: dict[str, Any] = {}
    for name, schema in tool.properties.items():
        if name in skip or name in tool.media_args:
            continue
        types = {o.get("type") for o in schema.get("anyOf", [schema]) if isinstance(o, dict)}
        if not types & {"integer", "number"}:
            continue
        value = _read_number(name, words)
        if value is None:
            continue
        if "integer" in types and "number" not in types:
            if value != int(value):
                continue
            value = int(value)
        if _in_bounds(value, schema):
            out[name] = value
    return out


def _read_number(name: str, words: str) -> float | None:
    low = name.lower()
    if any(k in low for k in _SCALE_NAMES):
        for pat in _SCALE:
            m = pat.search(words)
            if m:
                return float(m.group(1))
        word = next((v for w, v in _SCALE_WORDS.items() if re.search(rf"\b{w}\b", words, re.IGNORECASE)), None)
        return float(word) if word is not None else None
    if any(k in low for k in _FPS_NAMES):
        m = _FPS.search(words)
        return float(m.group(1)) if m else None
    if low in ("width", "height", "num_frames"):
        return None  # sizes and lengths are meta, read by planner.meta for tasks that take them
    if any(k == low or low.endswith(f"_{k}") or low.startswith(f"{k}_") for k in _SECOND_NAMES):
        m = _SECONDS.search(words)
        return float(m.group(1)) if m else None
    label = re.escape(low.replace("_", " "))
    m = re.search(rf"\b{label}\b\D{{0,12}}?{NUM}", words, re.IGNORECASE) or re.search(rf"{NUM}\s*{label}\b", words, re.IGNORECASE)
    return float(m.group(1)) if m else None


def _in_bounds(value: float, schema: dict[str, Any]) -> bool:
    for o in schema.get("anyOf", [schema]):
        if not isinstance(o, dict) or o.get("type") not in ("integer", "number"):
            continue
        if "minimum" in o and value < o["minimum"]:
            return False
        if "maximum" in o and value > o["maximum"]:
            return False
        if "exclusiveMinimum" in o and value <= o["exclusiveMinimum"]:
            return False
        if "exclusiveMaximum" in o and value >= o["exclusiveMaximum"]:
            return False
    return True
