"""What the registry can do: recognise plugin tasks from their words, and say "no tool can do that".

The signature head only knows the built-in twelve. This module compares a request (or one part of
a multi-step request) with three things, all embedded by the base sentence encoder (frozen
MiniLM, the encoder the planner was fine-tuned from; its plain sentence space separates "a task
I have examples of" from "something else" far better than the fine-tuned one, see MODEL_CARD):

- the **built-in bank**: generated requests of the twelve built-in tasks plus their
  ``TaskSpec`` descriptions and examples (``weights/scope_bank.safetensors``, built by
  ``python -m unison_agent.training.routing_calibrate --bank``);
- each **registered plugin task**: its description and examples, scored as the mean of the
  cosine to their mean (the prototype) and to the nearest single example; cached per registry,
  keyed by the task specs' content;
- **capabilities outside the built-in scope** (``outside.OUTSIDE``: upscaling, frame rates,
  audio, documents, 3D, actions on other services...), each dropped while a registered task
  covers it (prototype cosine >= ``cover``).

Plugin tasks also score the rare words a text shares with their description and examples
(``rare_words``: words built-in requests seldom use, such as "loop" or "calories"), weighted by
``lexical_weight``: a hybrid of dense and sparse matching, as retrieval systems do. (Outside capabilities
do not: on blind refusal set 13 that refused no more and refused one more ordinary request.)

Beside them, the **action probe** (``action.ActionProbe``, ``weights/action_probe.safetensors``): a small
network on the same sentence vectors that tells a request to *act* on another app, device, account or
service ("pay my phone bill") from one to write about it ("write a text to Mum saying I'm late"), which
prototypes could not.

``judge`` returns a ``Verdict`` per text: ``builtin`` (leave it to the signature head),
``plugin`` (that task) or ``refuse`` (an outside capability beats everything registered; or, where nothing
else decided, the probe reads an action and no plugin task that acts is the nearest task). The
margins come from ``weights/routing.json``, calibrated by ``routing_calibrate`` on code-generated
requests (other tasks and phrasings than the benchmark's; never the public dev set).
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import threading
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import torch

from ...contracts.tasks import TASKS, TaskSpec
from .action import CAPABILITY, ActionProbe, opening
from .model import build_encoder, load_tokenizer, resolve_base_dir
from .outside import OUTSIDE
from .rare_words import WordRarity, stems, stems_of

BANK_FILE = "scope_bank.safetensors"
NAME_FLOOR = 0.4
"""A refusal by the action probe names the nearest outside capability when its prototype is this close (cosine):
"compose a jazz track" needs music and sound; else the probe's own words ("acting on other apps ...")."""
ROUTING_FILE = "routing.json"


@dataclass(frozen=True)
class Thresholds:
    route_margin: float = 0.0
    """A plugin task is planned when its score beats the built-in bank's by at least this."""
    refuse_margin: float = 0.05
    """A request is refused when an outside capability beats every registered task by at least this."""
    cover: float = 0.6
    """An outside capability counts as covered (not refused) when a registered task's prototype is this close."""
    sure_head: float = 0.995
    """When the signature head is at least this sure of a built-in structure, refusing needs ``sure_margin``."""
    sure_margin: float = 0.05
    specialist_margin: float = -0.05
    """A plugin task that does the same job as the built-in task the signature head reads is planned at this margin
    (``specialist.as_specialist``)."""
    lexical_weight: float = 0.0
    """Added to a plugin task's score per unit of rare words shared with it (``rare_words``)."""

    @classmethod
    def load(cls, weights_dir: Path) -> Thresholds:
        path = weights_dir / ROUTING_FILE
        if not path.exists():
            return cls()
        data = json.loads(path.read_text())
        return cls(**{k: float(v) for k, v in data.get("thresholds", {}).items() if k in cls.__dataclass_fields__})


@dataclass(frozen=True)
class Verdict:
    kind: str
    """``builtin``, ``plugin`` or ``refuse``."""
    task: str | None
    """The plugin task (``plugin``) or the outside capability (``refuse``)."""
    nearest: tuple[str, ...] = ()
    """Registered tasks closest to the text, best first."""
    scores: dict[str, float] = field(default_factory=dict)
    ranked: tuple[tuple[str, float], ...] = ()
    """Plugin tasks with their scores, best first."""
    part: str | None = None
    """The words refused, where narrower than the text judged (a later clause: "submit my application on LinkedIn")."""


@dataclass
class Group:
    """Tasks as prototypes plus their example vectors, padded to one tensor so scoring is two matmuls."""

    names: list[str]
    protos: torch.Tensor  # (T, d)
    pad: torch.Tensor  # (T, E, d)
    mask: torch.Tensor  # (T, E), True where an example is

    @classmethod
    def of(cls, names: list[str], examples: list[torch.Tensor], dim: int) -> Group:
        width = max((e.size(0) for e in examples), default=1)
        pad = torch.zeros((len(examples), width, dim))
        mask = torch.zeros((len(examples), width), dtype=torch.bool)
        for i, e in enumerate(examples):
            pad[i, : e.size(0)] = e
            mask[i, : e.size(0)] = True
        return cls(names, _protos(examples, dim), pad, mask)

    def subset(self, keep: list[int]) -> Group:
        return Group([self.names[i] for i in keep], self.protos[keep], self.pad[keep], self.mask[keep])

    def scores(self, q: torch.Tensor) -> torch.Tensor:
        """Mean of the cosine to a task's prototype and to its nearest example: (B, T)."""
        if not self.names:
            return torch.zeros((q.size(0), 0))
        per_example = torch.einsum("bd,ted->bte", q, self.pad).masked_fill(~self.mask, -2.0)
        return 0.5 * (q @ self.protos.T + per_example.max(-1).values)


@dataclass
class TaskIndex:
    bank: torch.Tensor
    """The built-in bank plus the descriptions of tools that serve only built-in tasks: more built-in evidence
    ("black and white" is an edit when a grayscale tool serves ``image_edit``)."""
    plugin: Group
    outside: Group
    acting: frozenset[str] = frozenset()
    plugin_words: tuple[frozenset[str], ...] = ()
    """Per plugin task, the content words of its description and examples."""
    """Plugin tasks whose examples the action probe reads as actions ("send_message"): a request the probe
    calls an action goes to such a task when it is the nearest registered task, instead of being refused."""


def spec_key(specs: Mapping[str, TaskSpec]) -> str:
    """A key for a set of task specs: changes whenever a description or example does."""
    h = hashlib.sha256()
    for name in sorted(specs):
        s = specs[name]
        h.update(json.dumps([name, s.description, list(s.examples), s.output], sort_keys=True).encode())
    return h.hexdigest()[:20]


class Scope:
    def __init__(self, weights_dir: Path, base: str, tokenizer: Any, *, threads: int | None = 1) -> None:
        from safetensors import safe_open

        self.thresholds = Thresholds.load(weights_dir)
        self.tokenizer = tokenizer
        self.threads = threads
        self.encoder = build_encoder(resolve_base_dir(base, relative_to=weights_dir))
        self.encoder.eval()
        bank_path = weights_dir / BANK_FILE
        stored: dict[str, torch.Tensor] = {}
        if bank_path.exists():
            with safe_open(str(bank_path), "pt") as f:
                fresh = (f.metadata() or {}).get("fixed_key") == fixed_key()
                stored = {k: f.get_tensor(k).float() for k in f.keys() if k == "bank" or fresh}  # noqa: SIM118
        # a freshly trained planner without a bank: the built-in specs stand in
        bank = stored.get("bank")
        self.bank: torch.Tensor = bank if bank is not None else self.embed(
            [t for s in TASKS.values() for t in (s.description, *s.examples)])
        self._indexes: dict[str, TaskIndex] = {}
        self._lock = threading.Lock()
        dim = self.bank.size(1)
        groups = fixed_groups()
        # the built-in specs and the outside capabilities, embedded when the bank was built (saves ~1 s per start)
        vectors = _split(stored["fixed"], groups) if "fixed" in stored else self.embed_groups(groups)
        self._builtin = Group.of(list(TASKS), vectors[: len(TASKS)], dim)
        self._outside = Group.of([n for n, _ in OUTSIDE], vectors[len(TASKS):], dim)
        self.action = ActionProbe.load(weights_dir)
        self.words = WordRarity.load(weights_dir)

    @classmethod
    def for_weights(cls, weights_dir: Path, *, threads: int | None = 1) -> Scope:
        config = json.loads((weights_dir / "config.json").read_text())
        base = resolve_base_dir(config["base"], relative_to=weights_dir)
        return cls(weights_dir, config["base"], load_tokenizer(base), threads=threads)

    def embed(self, texts: list[str]) -> torch.Tensor:
        """Unit-length mean-pooled sentence vectors of the base encoder, one row per text."""
        with self.threads_set(), torch.inference_mode():
            self.tokenizer.enable_truncation(128, strategy="longest_first")
            out = []
            for i in range(0, len(texts), 64):
                encs = [self.tokenizer.encode(t) for t in texts[i:i + 64]]
                width = max(len(e.ids) for e in encs)
                ids = torch.zeros((len(encs), width), dtype=torch.long)
                mask = torch.zeros_like(ids)
                for j, e in enumerate(encs):
                    ids[j, : len(e.ids)] = torch.tensor(e.ids)
                    mask[j, : len(e.ids)] = 1
                hidden = self.encoder(input_ids=ids, attention_mask=mask, token_type_ids=torch.zeros_like(ids)).last_hidden_state
                m = mask.unsqueeze(-1).to(hidden.dtype)
                out.append(torch.nn.functional.normalize((hidden * m).sum(1) / m.sum(1).clamp(min=1.0), dim=-1))
            return torch.cat(out)

    @contextlib.contextmanager
    def threads_set(self) -> Iterator[None]:
        """Torch on ``threads`` threads meanwhile (a second thread on a busy machine mostly waits, see ``Runner``)."""
        before = torch.get_num_threads()
        if self.threads and self.threads != before:
            torch.set_num_threads(self.threads)
        try:
            yield
        finally:
            if torch.get_num_threads() != before:
                torch.set_num_threads(before)

    def embed_groups(self, groups: list[list[str]]) -> list[torch.Tensor]:
        """``embed`` for several lists of texts in one pass; one tensor per list."""
        flat = self.embed([t for g in groups for t in g]) if any(groups) else torch.zeros((0, 384))
        return _split(flat, groups)

    def index(self, plugin_specs: Mapping[str, TaskSpec], builtin_tools: tuple[str, ...] = ()) -> TaskIndex:
        """Prototypes of the plugin tasks (and the outside capabilities they leave uncovered), cached.

        ``builtin_tools``: descriptions of the tools that serve only built-in tasks."""
        key = spec_key(plugin_specs) + hashlib.sha256("\n".join(builtin_tools).encode()).hexdigest()[:12]
        with self._lock:
            found = self._indexes.get(key)
            if found is not None:
                return found
        names = list(plugin_specs)
        dim = self.bank.size(1)
        *examples, extra = self.embed_groups([[plugin_specs[n].description, *plugin_specs[n].examples] for n in names]
                                             + [list(builtin_tools)])
        plugin = Group.of(names, examples, dim)
        outside = self._outside
        keep = [i for i in range(len(outside.names))
                if not names or float((plugin.protos @ outside.protos[i]).max()) < self.thresholds.cover]
        words = tuple(stems_of((plugin_specs[n].description, *plugin_specs[n].examples)) for n in names)
        index = TaskIndex(torch.cat([self.bank, extra]), plugin, outside.subset(keep), self._acting_tasks(plugin_specs), words)
        with self._lock:
            if len(self._indexes) > 16:
                self._indexes.clear()
            self._indexes[key] = index
        return index

    def scores(self, q: torch.Tensor, index: TaskIndex, texts: list[str] | None = None) -> tuple[torch.Tensor, torch.Tensor, torch.Tensor]:
        """Per embedded text: built-in bank score (B,), plugin task scores (B, P), outside scores (B, O); with
        ``texts`` (the embedded ones), the plugin scores include their rare shared words."""
        with self.threads_set(), torch.inference_mode():
            bank, plugin, outside = (q @ index.bank.T).max(1).values, index.plugin.scores(q), index.outside.scores(q)
        if texts is not None:
            plugin = plugin + self.word_bonus(texts, index.plugin_words)
        return bank, plugin, outside

    def word_bonus(self, texts: list[str], tasks: tuple[frozenset[str], ...]) -> torch.Tensor:
        """``lexical_weight`` times the rarity of the words each text shares with each task: (B, T)."""
        weight, words = self.thresholds.lexical_weight, self.words
        if words is None or not weight or not tasks:
            return torch.zeros((len(texts), len(tasks)))
        own = [stems(t) for t in texts]
        return torch.tensor([[weight * words.shared(o, task) if o & task else 0.0 for task in tasks] for o in own])

    def judge(self, texts: list[str], plugin_specs: Mapping[str, TaskSpec], served: set[str],
              builtin_tools: tuple[str, ...] = ()) -> list[Verdict]:
        """A verdict per text; ``served``: the built-in tasks some registered tool serves (named when refusing);
        ``builtin_tools``: descriptions of the tools that serve only built-in tasks."""
        index = self.index(plugin_specs, builtin_tools)
        # the probe's opening words go through the encoder in the same pass (one pass is ~10 ms less than two)
        vectors = self.embed(texts + ([opening(t) for t in texts] if self.action is not None else []))
        q = vectors[: len(texts)]
        builtin, plugin, outside = self.scores(q, index)
        plugin_words = self.word_bonus(texts, index.plugin_words)
        plugin = plugin + plugin_words  # as ``scores(q, index, texts)`` adds them
        with self.threads_set(), torch.inference_mode():
            near_builtin = self._builtin.scores(q)
        acting = self.action.scores(q, vectors[len(texts):]) if self.action is not None else torch.zeros(len(texts))
        names = self._builtin.names
        th = self.thresholds
        verdicts = []
        for i in range(len(texts)):
            b = float(builtin[i])
            ranked = sorted(((float(plugin[i, j]), n) for j, n in enumerate(index.plugin.names)), reverse=True)
            p, ptask = ranked[0] if ranked else (-1.0, None)
            o, otask = ((float(outside[i].max()), index.outside.names[int(outside[i].argmax())]) if index.outside.names
                        else (-1.0, None))
            scores = {"builtin": b, "plugin": p, "outside": o, "refuse_margin": o - max(b, p), "action": float(acting[i]),
                      "plugin_words": float(plugin_words[i, index.plugin.names.index(ptask)]) if ptask is not None else 0.0}
            everything = ranked + [(float(near_builtin[i, j]), n) for j, n in enumerate(names) if n in served]
            nearest = tuple(n for _, n in sorted(everything, reverse=True)[:3])
            by_score = tuple((n, x) for x, n in ranked)
            if o - max(b, p) >= th.refuse_margin:
                verdicts.append(Verdict("refuse", otask, nearest, scores, by_score))
            elif ptask is not None and p - b >= th.route_margin:
                verdicts.append(Verdict("plugin", ptask, nearest, scores, by_score))
            elif self.action is not None and acting[i] >= self.action.threshold:
                named = otask if otask is not None and o >= NAME_FLOOR else CAPABILITY
                verdicts.append(Verdict("plugin", nearest[0], nearest, scores, by_score) if nearest and nearest[0] in index.acting
                                else Verdict("refuse", named, nearest, scores, by_score))
            else:
                verdicts.append(Verdict("builtin", None, nearest, scores, by_score))
        return verdicts

    def _acting_tasks(self, specs: Mapping[str, TaskSpec]) -> frozenset[str]:
        if self.action is None or not specs:
            return frozenset()
        names = [n for n in specs if specs[n].examples]
        examples = [e for n in names for e in specs[n].examples]
        vectors = self.embed(examples + [opening(e) for e in examples])
        # a task acts when its examples, on average, read more as actions than not (the refusal threshold is
        # for one request; a task's examples are several short, plain ones)
        scores = self.action.scores(vectors[: len(examples)], vectors[len(examples):]).tolist()
        owner = [n for n in names for _ in specs[n].examples]
        return frozenset(n for n in names if sum(x for x, o in zip(scores, owner, strict=True) if o == n) > 0.5 * len(specs[n].examples))

    def action_scores(self, texts: list[str]) -> list[float]:
        """The action probe's score per text (zeros without a probe)."""
        if self.action is None or not texts:
            return [0.0] * len(texts)
        vectors = self.embed(texts + [opening(t) for t in texts])
        return [float(x) for x in self.action.scores(vectors[: len(texts)], vectors[len(texts):])]

    def refuses_by_probe(self, verdict: Verdict) -> bool:
        """A refusal the action probe made (calibrated on its own; no signature-head check needed)."""
        return verdict.kind == "refuse" and self.action is not None and verdict.scores.get("action", 0.0) >= self.action.threshold


def fixed_groups() -> list[list[str]]:
    """Texts embedded once per bank: each built-in task's description and examples, then each outside capability's."""
    return [[s.description, *s.examples] for s in TASKS.values()] + [list(t) for _, t in OUTSIDE]


def fixed_key() -> str:
    return hashlib.sha256(json.dumps(fixed_groups()).encode()).hexdigest()[:20]


def _split(flat: torch.Tensor, groups: list[list[str]]) -> list[torch.Tensor]:
    out, start = [], 0
    for g in groups:
        out.append(flat[start:start + len(g)])
        start += len(g)
    return out


def _protos(examples: list[torch.Tensor], dim: int) -> torch.Tensor:
    if not examples:
        return torch.zeros((0, dim))
    return torch.nn.functional.normalize(torch.stack([e.mean(0) for e in examples]), dim=-1)
