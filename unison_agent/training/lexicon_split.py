"""Which lexicon entries each split may use: content lists are split like the templates, so the
generator's dev split meets subjects, scenes, questions and edits that training never saw.

Key parts: ``using_split`` (the generator enters it for a split), ``part`` (the active split's share
of a pool, or of a slice of one), ``pick`` (``rng.choice`` over that share), ``DEV_ENTRIES``.

Every ``DEV_EVERY``-th non-empty entry of each content pool (from the 4th, as for templates) is dev
only. Empty entries ("no adjective") belong to both. The closed vocabulary (verbs, media nouns,
openers, role and control words, sizes and durations) is shared: it is *how* requests are said,
which the planner must know to be useful at all; content is what varies without end.
"""

from __future__ import annotations

import random
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from contextvars import ContextVar
from typing import TypeVar

from . import lexicon as L  # noqa: N812
from . import lexicon_tasks as LT  # noqa: N812

DEV_EVERY = 5
T = TypeVar("T")

CONTENT_POOLS: dict[str, tuple[str, ...]] = {
    "SUBJECTS": L.SUBJECTS, "ADJECTIVES": L.ADJECTIVES, "ACTIONS": L.ACTIONS, "SCENES": L.SCENES,
    "STYLES": L.STYLES, "MOTIONS": L.MOTIONS, "CAPTION_FORMS": L.CAPTION_FORMS, "CAPTION_NOUNS": L.CAPTION_NOUNS,
    "IMAGE_QUESTIONS": LT.IMAGE_QUESTIONS, "VIDEO_QUESTIONS": LT.VIDEO_QUESTIONS,
    "TEXT_QUESTIONS": LT.TEXT_QUESTIONS, "TRICKY_TEXT_QUESTIONS": LT.TRICKY_TEXT_QUESTIONS,
    "MATH_PROBLEMS": LT.MATH_PROBLEMS, "IMAGE_EDITS": LT.IMAGE_EDITS, "MASKED_IMAGE_EDITS": LT.MASKED_IMAGE_EDITS,
    "VIDEO_EDITS": LT.VIDEO_EDITS, "MASKED_VIDEO_EDITS": LT.MASKED_VIDEO_EDITS,
    "INFORMATIVE_IMAGES": LT.INFORMATIVE_IMAGES, "INFORMATIVE_VIDEOS": LT.INFORMATIVE_VIDEOS,
}


def _dev_share(pool: Sequence[str]) -> set[str]:
    filled = [x for x in pool if x]
    return {x for i, x in enumerate(filled) if i % DEV_EVERY == DEV_EVERY - 2}


DEV_ENTRIES: frozenset[str] = frozenset().union(*(_dev_share(p) for p in CONTENT_POOLS.values()))
"""Entries only the dev split may use (an entry in two pools is dev in both)."""

_active: ContextVar[str | None] = ContextVar("lexicon_split", default=None)


@contextmanager
def using_split(split: str | None) -> Iterator[None]:
    """Draw content from ``split``'s share of the lexicons (``None``: all of it) inside the block."""
    token = _active.set(split)
    try:
        yield
    finally:
        _active.reset(token)


def part(pool: Sequence[T], split: str | None = None) -> Sequence[T]:
    """The share of ``pool`` the split may use. A pool with no dev entries (closed vocabulary, or a
    slice that holds none) is shared whole."""
    split = split or _active.get()
    if split is None or not any(isinstance(x, str) and x in DEV_ENTRIES for x in pool):
        return pool
    dev = split == "dev"
    return [x for x in pool if not x or ((x in DEV_ENTRIES) == dev)]  # type: ignore[operator]


def pick(rng: random.Random, pool: Sequence[T]) -> T:
    return rng.choice(part(pool))
