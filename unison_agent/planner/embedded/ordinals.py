"""Attachments passed separately and named in the text by their order ("the second image").

Such files are shown to the model at the end of the request (``<image 0> <image 1>``), so it has
to tie "the second attached photo" to ``<image 1>`` across the sentence. It gets that wrong far
more often than a placeholder written where the file is named: on 47 records from the training
templates (another seed) with two or more such files of a kind, roles were right for 48.9 % as
the model read them and 95.7 % placed (docs/BENCHMARKS.md). ``inline_ordinals`` puts the
placeholder where the text names the file, when that naming is unambiguous:

- only when no attachment is inline already (a request that mixes both keeps its own layout);
- "the first/second/third/fourth (attached|uploaded) image|picture|photo|clip|video|footage",
  "image 2" / "picture 1" (counting from 1), and "the second one" when only one kind has several files;
- the n-th of a kind: "the second clip" is the second video, whatever images there are;
- each file is placed at its first naming only; a file never named stays at the end.
"""

from __future__ import annotations

import re

_ORDINAL = {"first": 0, "second": 1, "third": 2, "fourth": 3}
_NOUN_KIND = {"image": "image", "picture": "image", "photo": "image", "pic": "image", "still": "image",
              "video": "video", "clip": "video", "footage": "video"}
_NOUNS = "|".join(sorted(_NOUN_KIND, key=len, reverse=True))
_BY_ORDINAL = re.compile(rf"\bthe\s+(first|second|third|fourth)\s+(?:(?:attached|uploaded)\s+)?({_NOUNS}|one)s?\b", re.I)
_BY_NUMBER = re.compile(rf"\b({_NOUNS})\s+([1-4])\b(?!\s*(?:x|×|by|:|p\b|seconds?|sec|s\b|fps|frames?|px))", re.I)


def inline_ordinals(text: str, kinds: list[str]) -> tuple[str, dict[str, str]]:
    """``text`` with each separately passed attachment's placeholder put where the text first names
    it by its order, and what each placeholder replaced (``{"<image 1>": "the second photo"}``, so a
    prompt can say it as the user did); unchanged when nothing is named that way or an attachment is
    already inline."""
    if len(kinds) < 2 or re.search(r"<(?:image|video) \d+>", text):
        return text, {}
    by_kind: dict[str, list[int]] = {}
    for i, file_kind in enumerate(kinds):
        by_kind.setdefault(file_kind, []).append(i)
    several = [k for k, idx in by_kind.items() if len(idx) > 1]
    found: list[tuple[int, int, int]] = []  # (start, end, attachment index)
    for m in _BY_ORDINAL.finditer(text):
        noun = m.group(2).lower()
        kind: str | None = _NOUN_KIND.get(noun) if noun != "one" else (several[0] if len(several) == 1 else None)
        found.append((m.start(), m.end(), _index(by_kind, kind, _ORDINAL[m.group(1).lower()])))
    for m in _BY_NUMBER.finditer(text):
        found.append((m.start(), m.end(), _index(by_kind, _NOUN_KIND[m.group(1).lower()], int(m.group(2)) - 1)))
    placed: set[int] = set()
    keep: list[tuple[int, int, int]] = []
    for start, end, index in sorted(found):
        if index < 0 or index in placed or any(start < e and s < end for s, e, _ in keep):
            continue
        placed.add(index)
        keep.append((start, end, index))
    out, names = text, {}
    for start, end, index in sorted(keep, reverse=True):
        placeholder = f"<{kinds[index]} {index}>"
        names[placeholder] = text[start:end]
        out = f"{out[:start]}{placeholder}{out[end:]}"
    return out, names


def _index(by_kind: dict[str, list[int]], kind: str | None, nth: int) -> int:
    """The attachment index of the ``nth`` file of ``kind``; -1 when there is no such file, or only one
    of that kind (then "the first image" is just "the image" and needs no ordering)."""
    same = by_kind.get(kind or "", [])
    return same[nth] if len(same) > 1 and nth < len(same) else -1
