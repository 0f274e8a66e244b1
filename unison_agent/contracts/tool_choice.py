"""Which of several tools that serve one task a request means: the words it shares with each description.

``Registry.choose_tool`` asks here once ``prefer`` has not decided. In order:

- a tool the request names ("using the grayscale tool", "with esrgan", "flip_fast") takes it;
- else each tool scores the request's content words that its description has and the other serving tools'
  do not, plus half a point per shared pair of adjacent content words ("black and white" is one idea, not two
  common words); words under a negation in a description do not count ("no colours or branding" is what a
  wireframe tool leaves out, not what it is for), nor what a request sets its wish against ("drawn rather than
  photographic"; its "no" and "without" stay: "without the watermark" asks for a watermark remover);
- between plugin tools the best score wins; tools the words leave tied go to the one whose description the
  request is closest to in meaning, where the planner can tell (``Closeness``: the embedded planner's sentence
  encoder), else to the first registered ("I'm in the middle of a game, what would a strong player do?" shares no
  word with either Go tool; it is nearer "suggests next moves in ongoing games" than "scores finished games");
- a built-in tool serves its whole task, so a specialist registered beside it takes a request only when it
  scores ``WordWeights.takeover`` more than the built-in tool ("a vintage look, sepia" is the filter's; "swap
  the car for a vintage motorbike" is an edit).

How much a shared word counts is the planner's knowledge (``WordWeights``): the embedded planner weighs a word
by how seldom ordinary built-in requests use it, so "photo", "look" and "natural" no longer pull a paste edit to
a vintage filter. Without it every word counts 1.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import pairwise
from typing import Protocol, runtime_checkable

from .tool import Tool


class WordWeights(Protocol):
    """How telling a shared word is when choosing among tools, and how much a specialist must outscore the built-in
    tool it stands beside."""

    @property
    def takeover(self) -> float: ...

    def weight(self, stem: str) -> float: ...


@runtime_checkable
class Closeness(Protocol):
    """Weights that can also say how close in meaning a request is to each of several tool descriptions."""

    def closeness(self, text: str, descriptions: Sequence[str]) -> list[float]: ...


@dataclass(frozen=True)
class EveryWordCounts:
    """The default weights: each shared word 1; a specialist needs two more than the built-in tool."""

    takeover: float = 2.0

    def weight(self, stem: str) -> float:
        return 1.0


PAIR_WEIGHT = 0.5
"""What a shared pair of adjacent content words adds on top of its two words."""


def pick(serving: Sequence[Tool], text: str, weights: WordWeights | None = None) -> Tool:
    """The tool of ``serving`` (all serve one task, built-ins first) that ``text`` asks for."""
    low = text.lower()
    named = [t for t in serving if named_in(low, t.name)]
    if len(named) > 1:  # "mirror it using the flip_fast tool": the name after "using"/"with", or before "tool"
        named = [t for t in named if named_as_tool(low, t.name)]
    if len(named) == 1:
        return named[0]
    weights = weights or EveryWordCounts()
    said = [content_words(affirmed(t.description)) for t in serving]
    asked = _as_said(content_words(_SET_AGAINST.sub(" ", text)), {w for s in said for w in s})
    common = set.intersection(*(set(s) for s in said))
    common_pairs = set.intersection(*(_pairs(s) for s in said))
    asked_pairs = _pairs(asked)
    scores = [sum(weights.weight(w) for w in (set(s) - common) & set(asked))
              + PAIR_WEIGHT * len((_pairs(s) - common_pairs) & asked_pairs) for s in said]
    if serving[0].source == "builtin":
        best = max(range(1, len(serving)), key=lambda i: (scores[i], -i))
        return serving[best] if scores[best] - scores[0] >= weights.takeover else serving[0]
    tied = [i for i, s in enumerate(scores) if s == max(scores)]
    if len(tied) > 1 and isinstance(weights, Closeness):
        near = weights.closeness(text, [serving[i].description for i in tied])
        return serving[tied[max(range(len(tied)), key=lambda j: (near[j], -j))]]
    return serving[tied[0]]


_NEGATED = re.compile(r"\b(?:no|not|never|without|nor|rather than|instead of)\b[^.;:()!?]*?"
                      r"(?=[.;:()!?]|,\s*(?:for|and|with|so|but)\b|\s(?:for|but)\b|$)", re.IGNORECASE)


_SET_AGAINST = re.compile(r"\b(?:rather\s+than|instead\s+of|not)\b[^.;:()!?,]*", re.IGNORECASE)


def affirmed(description: str) -> str:
    """A description without what it says the tool does not do ("..., no colours or branding, for ...")."""
    return _NEGATED.sub(" ", description)


LONG_STEM = 6
"""A request word this long that begins a description's word, or is begun by one, is that word ("cabinets" is the
"cabinetry" an indoor-finish tool names); shorter ones are often other words ("water" and "watermark")."""


def _as_said(asked: list[str], said: set[str]) -> list[str]:
    """``asked``, each word that only a longer or shorter form of matches in ``said`` read as that form."""
    def form(word: str) -> str:
        if word in said or len(word) < LONG_STEM:
            return word
        return next((s for s in sorted(said) if len(s) >= LONG_STEM and (s.startswith(word) or word.startswith(s))), word)
    return [form(w) for w in asked]


def _pairs(words: list[str]) -> set[tuple[str, str]]:
    return set(pairwise(words))


def named_in(low: str, name: str) -> bool:
    """Whether lower-cased ``low`` names tool ``name``: in a tool's context, or anywhere for a name no word
    looks like ("flip_fast", "x264"; "flip fast" too)."""
    if named_as_tool(low, name):
        return True
    if not re.search(r"[_\d]", name):
        return False
    return any(re.search(rf"(?<![a-z0-9_]){re.escape(n)}(?![a-z0-9_])", low) for n in {name.lower(), name.lower().replace("_", " ")})


def named_as_tool(low: str, name: str) -> bool:
    """``name`` after "using"/"with"/"apply"... or before "tool"/"plugin"."""
    n = re.escape(name.lower())
    return re.search(rf"\b(?:using|with|via|use|by|apply|run|through)\s+(?:the\s+)?{n}(?![a-z0-9_])"
                     rf"|(?<![a-z0-9_]){n}\s+(?:tool|plugin)\b", low) is not None


_STOP = frozenset(["a", "an", "the", "and", "or", "of", "to", "in", "on", "for", "with", "by", "from", "this", "that", "it",
                   "its", "is", "are", "be", "as", "at", "into"])


# a prefix bound to the next word by a hyphen says nothing alone: "semi-gloss" and "semi-transparent" share no meaning
_BOUND = re.compile(r"\b(?:semi|non|anti|multi|pre|post|sub|re|un|co|ultra|mid|quasi|pseudo|inter|intra|hyper|super|mini|micro|"
                    r"macro)-(?=[a-z])")


def content_words(text: str) -> list[str]:
    """Content words, lightly stemmed ("screenshots" meets "screenshot", "restores" meets "restore")."""
    words = re.findall(r"[a-z0-9]+", _BOUND.sub(" ", text.lower()))
    return [_stem(w) for w in words if w not in _STOP and len(w) > 1]


def _stem(word: str) -> str:
    if word.endswith("s") and not word.endswith("ss") and len(word) > 3:
        word = word[:-1]
    for suffix in ("ing", "ed", "e"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            return word[: -len(suffix)]
    return word
