"""Each step's own words: split a multi-step request into one text per step.

"make a dragon, then animate it" should give the image step "make a dragon" and the video step
"animate it", not both the whole sentence. The model has already decided how many steps there are
and of which tasks; this only cuts the text at the connectives between them, in order:

1. sequence words ("then", "after that", "afterwards", "next", "and also", "finally");
2. failing that, a plain " and " between two requests for different kinds of output
   ("a clip of a waterfall and a picture of a canoe");
3. failing that, a plain " and " before a step on what the step before made ("make a dragon and animate it").

The text is split only when exactly one cut per step boundary is found; otherwise every step
keeps the whole text, which is what the generators saw before.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..compose import starts_step
from ..enumeration import list_items

_SEQUENCE = re.compile(
    # "next" orders steps, but not in "next to the sofa" or "next week"; "then-and-now" names a kind of picture
    r"\s*(?:[,;.]\s*)?(?:\band\s+)?(?:\bthen\b(?![-/])|\bafter\s+that\b|\bafterwards\b|\bnext\b(?!\s+(?:to|door|week|month|year|"
    r"day|time|weekend|morning|evening|night|summer|winter|spring|autumn|monday|tuesday|wednesday|thursday|friday|saturday|"
    r"sunday)\b)|\bfinally\b|\balso\b)[\s,:]*",
    re.IGNORECASE,
)
_AND = re.compile(r"\s*,?\s+and\s+", re.IGNORECASE)

# a verb and up to two more words, then what the step before made: "animate it", "make it move", "turn that into a clip"
_ON_RESULT = re.compile(r"[a-z]+\s+(?:[\w'-]+\s+){0,2}?(?:it|them|that|the\s+(?:result|image|picture|photo|drawing|painting))\b"
                        r"(?!\s+(?:is|was|are|were|has|had)\b)", re.IGNORECASE)
_IMAGE_WORDS = r"\b(?:image|images|picture|pictures|photo|photos|drawing|painting|portrait|poster|illustration)\b"
_VIDEO_WORDS = r"\b(?:video|videos|clip|clips|animation|movie|film|footage)\b"


_WEAK_WORD = re.compile(r"\b(?:finally|next|also|afterwards)\b[\s,:]*", re.IGNORECASE)


def without_idle_sequence_words(text: str) -> str:
    """``text`` without the sequence words that start no step ("We finally repainted the door. Next my wife wants it
    green."): the head learnt them as the joints of chains, and read such stories as two steps."""
    out, start = [], 0
    for m in _SEQUENCE.finditer(text):
        if starts_step(text, m) or not _WEAK_WORD.search(m.group(0)):
            continue
        kept = _WEAK_WORD.sub("", m.group(0))
        out.append(text[start:m.start()] + (kept if kept.strip() else " "))
        start = m.end()
    return re.sub(r" +(?=[.,;:!?])", "", re.sub(r"  +", " ", "".join(out) + text[start:])).strip() if out else text


def split_step_texts(text: str, n_steps: int, kinds: Sequence[str] | None = None) -> list[str]:
    """``n_steps`` texts in step order, or ``[text] * n_steps`` when no clean cut exists.

    Args:
        kinds: output kind of each step (``image``/``video``/``text``); a plain "and" is a
            boundary only when the pieces on either side name those kinds in that order.
    """
    if n_steps <= 1:
        return [text]
    items = list_items(text)  # "1) draw a fox 2) animate it": one step per item
    if len(items) == n_steps:
        return items
    pieces = _cut(text, [m for m in _SEQUENCE.finditer(text) if starts_step(text, m)], n_steps)
    if pieces is None and kinds is not None:
        pieces = _cut(text, list(_AND.finditer(text)), n_steps)
        if pieces is not None and not all(_names_kind(p, k) for p, k in zip(pieces, kinds, strict=True)):
            pieces = None
    if pieces is None:  # "make a dragon and animate it": the "and" before a step on what the one before made
        pieces = _cut(text, [m for m in _AND.finditer(text) if _ON_RESULT.match(text, m.end())], n_steps)
    return pieces if pieces is not None else [text] * n_steps


def _cut(text: str, cuts: list[re.Match[str]], n_steps: int) -> list[str] | None:
    if len(cuts) != n_steps - 1:
        return None
    pieces, start = [], 0
    for m in cuts:
        pieces.append(text[start:m.start()])
        start = m.end()
    pieces.append(text[start:])
    cleaned = [p.strip(" ,;.:") for p in pieces]
    return cleaned if all(len(p.split()) >= 2 for p in cleaned) else None


def _names_kind(piece: str, kind: str) -> bool:
    if kind == "image":
        return re.search(_IMAGE_WORDS, piece, re.IGNORECASE) is not None
    if kind == "video":
        return re.search(_VIDEO_WORDS, piece, re.IGNORECASE) is not None
    return True
