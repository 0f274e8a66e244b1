"""Words a request shares with a task that built-in requests seldom use: the sparse half of a hybrid score.

Sentence vectors blur the one word that names a capability: "make <video 0> loop without the jump"
sits near every video edit, though "loop" is the word a seamless-loop plugin's examples use and the
built-in requests almost never do. ``Scope`` adds to each plugin task's cosine score ``lexical_weight`` times the sum of the *rarity* of the content words the text shares with
that task's description and examples. A word's rarity is its inverse document frequency over built-in
requests, scaled to [0, 1]: 0 for words in every built-in request ("make", "video"), 1 for words none
uses. The table (``bank_words.json``) is counted over the training generator's requests, the same
records the built-in bank embeds, by ``python -m unison_agent.training.routing_calibrate --words``.
"""

from __future__ import annotations

import json
import math
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import torch

from ...contracts.tool_choice import content_words
from .action import PLACEHOLDER

WORDS_FILE = "bank_words.json"


def stems(text: str) -> frozenset[str]:
    """A text's content words, lightly stemmed, placeholders out."""
    return frozenset(content_words(PLACEHOLDER.sub(" ", text)))


def stems_of(texts: Iterable[str]) -> frozenset[str]:
    """The content words of several texts together (a task's description and examples)."""
    return frozenset().union(*(stems(t) for t in texts))


@dataclass(frozen=True)
class WordRarity:
    docs: int
    """How many built-in requests were counted."""
    counts: dict[str, int]
    """Per stem, in how many of them it occurs."""

    @classmethod
    def count(cls, texts: list[str]) -> WordRarity:
        return cls(len(texts), dict(Counter(w for t in texts for w in stems(t))))

    @classmethod
    def load(cls, weights_dir: Path) -> WordRarity | None:
        path = weights_dir / WORDS_FILE
        if not path.exists():
            return None
        data = json.loads(path.read_text())
        return cls(int(data["docs"]), {str(k): int(v) for k, v in data["counts"].items()})

    def save(self, weights_dir: Path, source: str) -> None:
        data = {"source": source, "docs": self.docs, "counts": dict(sorted(self.counts.items()))}
        (weights_dir / WORDS_FILE).write_text(json.dumps(data, indent=0) + "\n")

    takeover: float = 1.2
    """How much more rarity a specialist must share with a request than the built-in tool it stands beside
    (``tool_choice``). Chosen on the generator's dev-split edits with the blind plugin sets' edit specialists
    beside the built-in edit: from 1.0 up, none of the 650 goes to a specialist; 1.2 leaves a margin."""

    def weight(self, stem: str) -> float:
        """``rarity``: a word ordinary requests seldom use tells tools apart; "photo" and "look" do not."""
        return self.rarity(stem)

    def rarity(self, word: str) -> float:
        """A stemmed word's (one of ``stems``) inverse document frequency over the built-in requests, in [0, 1]."""
        return max(0.0, math.log(self.docs / (1 + self.counts.get(word, 0)))) / math.log(self.docs)

    def shared(self, text: frozenset[str], task: frozenset[str]) -> float:
        """The summed rarity of the words a text and a task share."""
        return sum(self.rarity(w) for w in text & task)


@dataclass(frozen=True)
class ToolWords:
    """What the embedded planner knows when choosing among tools: each word's ``rarity``, and how close a request is
    in meaning to each tool's description (the scope's sentence encoder), for tools the words leave tied."""

    rarity: WordRarity
    embed: Callable[[list[str]], torch.Tensor]
    _described: dict[str, torch.Tensor] = field(default_factory=dict, compare=False, repr=False)
    """Description vectors, embedded once per description (a tie then costs one sentence)."""

    @property
    def takeover(self) -> float:
        return self.rarity.takeover

    def weight(self, stem: str) -> float:
        return self.rarity.weight(stem)

    def closeness(self, text: str, descriptions: Sequence[str]) -> list[float]:
        new = [d for d in dict.fromkeys(descriptions) if d not in self._described]
        vectors = self.embed([PLACEHOLDER.sub(" ", text), *new])
        self._described.update(zip(new, vectors[1:], strict=True))
        return [float(self._described[d] @ vectors[0]) for d in descriptions]
