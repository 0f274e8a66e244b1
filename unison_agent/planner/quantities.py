"""Quantities a request states, honoured or flagged, never silently changed.

Planners read sizes and lengths through ``planner.meta`` (clamps become plan warnings there);
what no single step can carry is checked here, the same way for every planner:

- ``impossible_sizes(text)``: "0x0", "-64x-64", "0 by 480" — sizes no tool can make. A request
  that asks for one is refused (``PlannerError``) rather than planned at a default size.
- ``requested_count(text)``: "20 images of a cat", "three videos", "four logos" -> how many
  results of which kind were asked for.
- ``honour_counts(plan, request, context)``: a plan that makes one such result where the request
  asked for N is widened to N parallel steps (up to the policy's ``max_steps``; beyond it the
  request is refused, naming the cap). When the request lists the variants ("in blue, yellow,
  pink and green"), each step's prompt gets one of them; otherwise each gets its own seed.
  A plan that is not a single generation step is left as planned, with a warning when it makes
  fewer results than asked.
"""

from __future__ import annotations

import re
from typing import Any

from ..contracts.context import PlanContext
from ..contracts.errors import PlannerError
from ..contracts.plan import Plan
from ..contracts.request import Request
from ..contracts.validate import validate_plan
from .meta_parse import NUM, word_number

#: nouns that name one generated result, by the kind of media it is
_IMAGE_NOUNS = (r"images?|pictures?|photos?|photographs?|drawings?|paintings?|illustrations?|logos?|icons?|posters?|"
                r"portraits?|sketches|sketch|renders?|wallpapers?|avatars?|stickers?|variations?|versions?|designs?")
_VIDEO_NOUNS = r"videos?|clips?|animations?|movies?|films?"
_LEAD = r"(?:^\s*|\b(?:make|create|generate|draw|paint|render|design|produce|give\s+me|show\s+me|i\s+want|i\s+need|want|need|get\s+me)\s+)"
#: a unit after the number measures one result: "10 second clip" is one clip, not ten
_UNIT = r"(?:seconds?|secs?|minutes?|mins?|hours?|hrs?|frames?|fps|px|percent|inch(?:es)?|feet|foot|metres?|meters?)"
_COUNT = re.compile(
    rf"{_LEAD}(?:me\s+)?(?P<n>{NUM})\s+(?:(?:different|distinct|more|new|separate|unique|small|tiny|large|big|short|"
    rf"[a-z]+-?(?:colou?red|styled?))\s+)*(?:(?!{_UNIT}\b)[a-z]+\s+)?(?P<noun>{_IMAGE_NOUNS}|{_VIDEO_NOUNS})\b",
    re.IGNORECASE,
)
_IMPOSSIBLE = re.compile(r"(?<![\w.])(-?\d+)\s*(?:[x×]|\bby\b)\s*(-?\d+)(?:\s*(?:px|pixels?))?(?![\w.])", re.IGNORECASE)
#: a comma-separated run ending in "X and Y" / "X or Y" / "X, Y": "blue, yellow, pink and green"
_LIST = re.compile(r"[^,:;.!?]+(?:,\s*[^,:;.!?]+)+")
_LEAD_IN = re.compile(r"^(?:.*\b(?:in|with|as|using|colou?red|themed)\s+)", re.IGNORECASE)


def impossible_sizes(text: str) -> list[str]:
    """The ``W x H`` phrases in ``text`` with a side of zero or below (what no tool can make)."""
    out = []
    for m in _IMPOSSIBLE.finditer(text):
        w, h = int(m.group(1)), int(m.group(2))
        if w <= 0 or h <= 0:
            out.append(m.group(0).strip())
    return out


def requested_count(text: str) -> tuple[int, str, str] | None:
    """``(n, kind, noun)`` for "make 20 images of a cat" (kind ``image`` or ``video``); ``None``
    when no count above one is asked for."""
    m = _COUNT.search(text)
    if m is None:
        return None
    n = word_number(m.group("n"))
    if n is None or n != int(n) or n < 2:
        return None
    noun = m.group("noun").lower()
    kind = "video" if re.fullmatch(_VIDEO_NOUNS, noun) else "image"
    return int(n), kind, noun


def variants(text: str, n: int) -> tuple[list[str], str] | None:
    """The ``n`` short items of a list in ``text`` ("in blue, yellow, pink and green") and the
    list as written ("blue, yellow, pink and green"), if the text ends a list of exactly ``n``."""
    for m in _LIST.finditer(text):
        parts = [p.strip() for p in m.group(0).split(",")]
        last = re.split(r"\s+(?:and|or)\s+", re.sub(r"^(?:and|or)\s+", "", parts[-1]))
        items = [*parts[:-1], *last]
        if len(items) < n:
            continue
        items = items[-n:]
        first = _LEAD_IN.sub("", items[0]) if _LEAD_IN.match(items[0]) else items[0]
        items[0] = first if len(first.split()) <= 2 else first.split()[-1]
        items = [re.sub(r"^(?:and|or)\s+", "", i) for i in items]
        if all(0 < len(i.split()) <= 2 for i in items):
            written = m.group(0)[m.group(0).rindex(items[0]):].strip()
            return items, written
    return None


def honour_counts(plan: Plan, request: Request, context: PlanContext) -> Plan:
    """``plan`` widened to the number of results the request asks for (see the module doc)."""
    asked = requested_count(request.text)
    if asked is None:
        return plan
    n, kind, noun = asked
    making = [s for s in plan.steps if _output_kind(s.tool, s.task, context) == kind]
    if len(making) >= n:
        return plan
    if len(plan.steps) != 1 or len(making) != 1:
        return plan.model_copy(update={"warnings": [*plan.warnings, (
            f"asked for {n} {noun}; this plan makes {len(making)} (counts are widened only for a single "
            "generation step: ask for the rest separately)")]})
    cap = context.policy.max_steps
    if n > cap:
        raise PlannerError(f"asked for {n} {noun}; a plan may have at most {cap} steps (the policy's max_steps): "
                           f"ask for {cap} or fewer, or raise [policy] max_steps")
    return _widen(plan, n, request.text, context)


def _widen(plan: Plan, n: int, text: str, context: PlanContext) -> Plan:
    step = plan.steps[0]
    tool = context.definition(step.tool)
    prompt_key = tool.text_arg()
    listed = variants(text, n)
    raw: list[dict[str, Any]] = []
    for i in range(n):
        args = dict(step.args)
        if prompt_key and isinstance(args.get(prompt_key), str):
            args[prompt_key] = _one_of(args[prompt_key], listed, i)
        if listed is None and "seed" in tool.properties:
            base = args.get("seed")
            args["seed"] = (base if isinstance(base, int) else 0) + i
        raw.append({**step.model_dump(mode="json", exclude_none=True, include={"task", "tool", "after", "source_text"}),
                    "id": f"{step.id}_{i + 1}", "args": args})
    # validated like any planner's plan (``planner.base.finalize``)
    return validate_plan({"version": plan.version, "steps": raw, "warnings": plan.warnings}, context)


def _one_of(prompt: str, listed: tuple[list[str], str] | None, i: int) -> str:
    """The prompt of copy ``i``: "four logos ..., in blue, yellow, pink and green" -> "a logo ...,
    in yellow" (the count made singular, the list replaced by its item)."""
    m = _COUNT.search(prompt)
    if m is not None:
        noun = _singular(m.group("noun"))
        article = "an" if noun[0].lower() in "aeiou" else "a"
        prompt = prompt[:m.start("n")] + article + prompt[m.end("n"):m.start("noun")] + noun + prompt[m.end("noun"):]
    if listed is None:
        return prompt
    items, written = listed
    if written in prompt:
        return prompt.replace(written, items[i], 1)
    return f"{prompt}, {items[i]}"


def _singular(noun: str) -> str:
    if noun.lower().endswith(("ches", "shes", "xes")):
        return noun[:-2]
    return noun[:-1] if noun.lower().endswith("s") and not noun.lower().endswith("ss") else noun


def _output_kind(tool: str, task: str, context: PlanContext) -> str | None:
    try:
        return context.definition(tool).output_kind(task)
    except Exception:  # an unknown tool is the validator's to report
        return None
