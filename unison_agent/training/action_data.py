"""Requests that ask the assistant to act on other apps, devices, accounts and services, and ordinary ones,
for the scope's action probe (``action_probe``).

Generated from ``action_lexicon`` with a fixed seed. Frames are split like the generator's templates:
every third frame of each domain (and of the word frames) is held out for calibration only, so the
threshold is set on phrasings the probe was not fitted on. Ordinary requests also come from the planner's
own generator (training split to fit, dev split under another seed to calibrate); never the public dev set.
"""

from __future__ import annotations

import random
import re
from collections.abc import Sequence
from dataclasses import dataclass

from . import action_lexicon as A  # noqa: N812

HOLD_EVERY = 3


@dataclass(frozen=True)
class Sample:
    text: str
    acts: bool
    """True: the request asks for an action nothing registered can take."""
    domain: str
    """The action domain, or ``words`` / ``about`` / ``planner`` for ordinary requests."""


def _split(frames: Sequence[str], split: str) -> list[str]:
    held = [f for i, f in enumerate(frames) if i % HOLD_EVERY == HOLD_EVERY - 1]
    return held if split == "cal" else [f for f in frames if f not in held]


def _fill(frame: str, rng: random.Random) -> str:
    def slot(m: re.Match[str]) -> str:
        name = m.group(1)
        return rng.choice(A.ATTACHMENTS) if name == "m" else rng.choice(A.SLOTS[name])

    text = re.sub(r"\{(\w+)\}", slot, frame)
    if rng.random() < 0.7:
        text = rng.choice(A.ASK_WRAPPERS if text.endswith("?") else A.WRAPPERS).format(x=text)
    if rng.random() < 0.5:
        text = text[0].upper() + text[1:]
    return text


def _about(frame: str, rng: random.Random) -> str:
    """An action frame asked about instead of asked for ("how do I pay my phone bill myself?")."""
    text = re.sub(r"\{(\w+)\}", lambda m: rng.choice(A.ATTACHMENTS if m.group(1) == "m" else A.SLOTS[m.group(1)]), frame)
    return rng.choice(A.ABOUT).format(x=text)


def samples(split: str, *, per_frame: int, seed: int, domains: Sequence[str] | None = None, about: bool = False) -> list[Sample]:
    """Action and word requests of ``split`` (``"train"`` or ``"cal"``), ``per_frame`` fillings of each frame;
    ``domains``: only these action domains (the held-out-domain check); ``about``: with each action frame's
    asked-about twins (``per_frame // 3`` of them)."""
    rng = random.Random(f"{seed}-{split}")
    out = []
    for domain in sorted(A.ACTIONS):
        if domains is not None and domain not in domains:
            continue
        for frame in _split(A.ACTIONS[domain], split):
            out += [Sample(_fill(frame, rng), True, domain) for _ in range(per_frame)]
            out += [Sample(_about(frame, rng), False, "about") for _ in range(per_frame // 3 if about else 0)]
    for frame in _split(A.WORDS, split):
        out += [Sample(_fill(frame, rng), False, "words") for _ in range(per_frame)]
    return out
