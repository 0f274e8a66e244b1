"""A numbered list of requests ("1) draw a fox 2) write a haiku"): its items, one request each.

Users list unrelated requests as "1. … 2. …", "1) … 2) …", "(a) … (b) …", "One: … Two: …" or
"First: … Second: …". A list counts only when its numbers run 1, 2, … in order, and whatever
comes before the first item is a short heading ("Two unrelated things:"); numbers inside a
request ("1.5 seconds", "2 dogs") are not items.
"""

from __future__ import annotations

import re

#: a numbered list of requests: "1) …  2) …", "1. … 2. …", "One: … Two: …", "First: … Second: …", "(a) … (b) …"
_ITEM = re.compile(r"(?:^|(?<=[\s.:;!?]))(?:\(?([1-9])[.)]|\(([a-e])\)|(one|two|three|four|first|second|third|fourth)\s*:)(?=\s)",
                   re.IGNORECASE)
_ITEM_ORDER = {w: i for i, w in enumerate(("one", "two", "three", "four"))} | {
    w: i for i, w in enumerate(("first", "second", "third", "fourth"))}
_PLACEHOLDER = re.compile(r"<(?:image|video) \d+>")


def list_items(text: str) -> list[str]:
    """The items of a numbered list of two or more requests, numbered 1, 2, … in order; ``[]`` when the
    text is not one. What comes before the first item is a heading ("Two unrelated things:") and is
    dropped, unless it holds an attachment or more than a few words (then it is not a plain list)."""
    marks = list(_ITEM.finditer(text))
    order = [_position(m) for m in marks]
    if len(marks) < 2 or order != list(range(len(marks))):
        return []
    heading = text[: marks[0].start()]
    if _PLACEHOLDER.search(heading) or len(heading.split()) > 4:
        return []
    ends = [m.start() for m in marks[1:]] + [len(text)]
    items = [text[m.end(): end].strip(" ,;:") for m, end in zip(marks, ends, strict=True)]
    return items if all(len(i.split()) >= 2 for i in items) else []


def _position(m: re.Match[str]) -> int:
    digit, letter, word = m.groups()
    if digit:
        return int(digit) - 1
    if letter:
        return ord(letter.lower()) - ord("a")
    return _ITEM_ORDER[word.lower()]
