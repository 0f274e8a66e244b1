"""Turn one template into one planning record: fill slots, place attachments, state meta, keep spans.

Key parts: ``StepSpec`` and ``Template`` (what a sentence frame means), ``realize`` (frame + rng ->
record dict). Frames are plain text with slots ``{name}`` or ``{name:arg}``; the slot functions live in
``slots.py``. Attachment indices follow the request convention: inline markers in order of appearance,
then separately passed ones. Spans are computed from the final text, after light noise (typos, casing)
has been applied to the plain text between slots only.
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass, field
from typing import Any

from .meta_phrases import MetaFact, Piece, sample_facts

SLOT = re.compile(r"\{([a-z_]+)(?::([a-z_0-9]+))?(?::([0-9]))?\}")
ATTACH_SLOTS = ("att", "mark")
ROLE_NAMES = ("source", "mask", "reference", "control", "first_frame", "last_frame")
NEW_MEDIA = ("image", "video")


@dataclass(frozen=True, kw_only=True)
class StepSpec:
    task: str
    roles: dict[str, str] = field(default_factory=dict)
    """role -> "image"/"video" (a new attachment of that kind), "sK" (earlier step) or "t-1"/"t-2"."""
    meta: bool = True
    """Whether meta facts may be stated for this step (frames still need a meta slot)."""


@dataclass(frozen=True, kw_only=True)
class Template:
    id: str
    frame: str
    steps: tuple[StepSpec, ...]
    parallel: bool = False
    history: tuple[str, ...] = ()
    """Output kinds of earlier turns, oldest first (multi-turn follow-ups)."""
    separate_ok: bool = True
    """Whether the attachments may be passed separately (the frame still reads naturally)."""

    @property
    def family(self) -> str:
        return self.id.rsplit(".", 1)[0]

    def slots(self) -> list[tuple[str, str | None, int]]:
        """(name, arg, step) of every slot in order."""
        out: list[tuple[str, str | None, int]] = []
        for m in SLOT.finditer(self.frame):
            name, a, b = m.group(1), m.group(2), m.group(3)
            if a is not None and a.isdigit() and b is None:
                out.append((name, None, int(a)))
            else:
                out.append((name, a, int(b) if b is not None else 0))
        return out


@dataclass
class Attach:
    name: str
    kind: str
    role: str
    step: int
    index: int = -1
    inline: bool = True


@dataclass
class Ctx:
    """Everything a slot function may read or write while one record is realized."""

    rng: random.Random
    template: Template
    inline: bool
    facts: dict[tuple[int, str], list[MetaFact]] = field(default_factory=dict)
    """(step, position) -> facts to state there; position is adj | pp | sent."""
    attachments: dict[tuple[int, str], Attach] = field(default_factory=dict)
    prompts: dict[int, str] = field(default_factory=dict)
    memo: dict[str, Any] = field(default_factory=dict)
    question: bool = False
    segments: list[tuple[str, str, int]] = field(default_factory=list)
    """(text, label, step): label "" for plain text, "#" for markers, else a span label."""

    def emit(self, pieces: list[Piece] | str, step: int = 0) -> None:
        if isinstance(pieces, str):
            pieces = [pieces]
        for p in pieces:
            if isinstance(p, tuple):
                self.segments.append((p[0], p[1], step))
            elif p:
                self.segments.append((p, "", step))

    def marker(self, att: Attach) -> None:
        self.segments.append((f"###{att.name}###", "#", att.step))


def output_kind(task: str) -> str:
    if task in ("text_understanding", "image_understanding", "video_understanding"):
        return "text"
    return "video" if task.endswith("video") or task.startswith("video") else "image"


def _plan_meta(ctx: Ctx) -> None:
    rng, t = ctx.rng, ctx.template
    positions: dict[int, list[str]] = {}
    for name, _, k in t.slots():
        if name in ("noun", "pp", "sent"):
            positions.setdefault(k, []).append({"noun": "adj", "pp": "pp", "sent": "sent"}[name])
    for k, poss in positions.items():
        spec = t.steps[k]
        kind = output_kind(spec.task)
        if not spec.meta or kind == "text":
            continue
        facts = sample_facts(rng, video=kind == "video")
        adj_used = False
        for fact in facts:
            choices = [p for p in poss if not (p == "adj" and adj_used)]
            if fact.kind in ("width", "height") or (fact.kind == "duration" and fact.values.get("special")):
                choices = [p for p in choices if p != "adj"]
            if not choices:
                continue
            pos = rng.choice(choices)
            adj_used |= pos == "adj"
            ctx.facts.setdefault((k, pos), []).append(fact)


def _plan_attachments(ctx: Ctx, names: dict[tuple[int, str], str]) -> None:
    """Create the new attachments and fix their indices (inline: order of mention)."""
    t = ctx.template
    order: list[tuple[int, str]] = []
    for name, arg, k in t.slots():
        if name in ATTACH_SLOTS and arg is not None and (k, arg) not in order:
            order.append((k, arg))
    for k, spec in enumerate(t.steps):
        for role, value in spec.roles.items():
            if value in NEW_MEDIA and (k, role) not in order:
                raise ValueError(f"template {t.id}: step {k} role {role} has no attachment slot")
    atts = [Attach(name=names[key], kind=t.steps[key[0]].roles[key[1]], role=key[1], step=key[0]) for key in order]
    if not ctx.inline:
        ctx.rng.shuffle(atts)
    for i, a in enumerate(atts):
        a.index, a.inline = i, ctx.inline
        ctx.attachments[(a.step, a.role)] = a


def _noise(rng: random.Random, segments: list[tuple[str, str, int]]) -> list[tuple[str, str, int]]:
    """Sparse typos and casing changes on plain text only (spans and markers keep their text)."""
    r = rng.random()
    case = "lower" if r < 0.1 else "upper" if r < 0.12 else "cap" if r < 0.85 else "none"
    out = []
    for i, (text, label, step) in enumerate(segments):
        if label == "":
            if case == "lower":
                text = text.lower()
            elif case == "upper":
                text = text.upper()
            if i == 0 and case == "cap" and text[:1].islower():
                text = text[0].upper() + text[1:]
        out.append((text, label, step))
    if rng.random() < 0.08:
        plain = [i for i, s in enumerate(out) if s[1] == "" and re.search(r"[a-z]{4,}", s[0])]
        if plain:
            i = rng.choice(plain)
            text, label, step = out[i]
            words = list(re.finditer(r"[a-z]{4,}", text))
            w = rng.choice(words)
            j = rng.randrange(1, len(w.group()) - 1)
            s = w.group()
            typo = rng.choice((s[:j] + s[j + 1] + s[j] + s[j + 2:], s[:j] + s[j + 1:], s[:j] + s[j] + s[j:]))
            out[i] = (text[: w.start()] + typo + text[w.end():], label, step)
    return out


def realize(template: Template, rng: random.Random, *, slot_funcs: dict[str, Any],
            attachment_name: Any, history_text: Any) -> dict[str, Any]:
    """One record (without id/split) from ``template``. ``slot_funcs[name](ctx, arg, step)`` emits text."""
    has_new = any(v in NEW_MEDIA for s in template.steps for v in s.roles.values())
    inline = not (has_new and template.separate_ok and rng.random() < 0.3)
    ctx = Ctx(rng=rng, template=template, inline=inline)
    _plan_meta(ctx)
    names: dict[tuple[int, str], str] = {}
    for k, spec in enumerate(template.steps):
        for role, value in spec.roles.items():
            if value in NEW_MEDIA:
                names[(k, role)] = attachment_name(ctx, k, role, value)
    _plan_attachments(ctx, names)
    pos = 0
    for m in SLOT.finditer(template.frame):
        ctx.emit(template.frame[pos: m.start()])
        name, a, b = m.group(1), m.group(2), m.group(3)
        arg, at = (None, int(a)) if a is not None and a.isdigit() and b is None else (a, int(b or 0))
        slot_funcs[name](ctx, arg, at)
        pos = m.end()
    ctx.emit(template.frame[pos:])
    segments = _noise(rng, [s for s in ctx.segments if s[0]])
    text, spans = "", []
    for seg, label, seg_step in segments:
        if label == "" and (not text or text.endswith((" ", "\n"))):
            seg = seg.lstrip(" ")  # an empty slot must not leave a double space
        if label not in ("", "#"):
            spans.append({"start": len(text), "end": len(text) + len(seg), "label": label, "step": seg_step})
        text += seg
    text = text.rstrip()
    gold = []
    for k, spec in enumerate(template.steps):
        step: dict[str, Any] = {"task": spec.task}
        for role, value in spec.roles.items():
            step[role] = ctx.attachments[(k, role)].index if value in NEW_MEDIA else value
        for (fk, _), facts in sorted(ctx.facts.items()):
            if fk == k:
                for f in facts:
                    step.update(f.gold)
        step["prompt"] = ctx.prompts.get(k, "")
        gold.append(step)
    atts = sorted(ctx.attachments.values(), key=lambda a: a.index)
    return {
        "text": text,
        "attachments": [{"name": a.name, "kind": a.kind, "inline": a.inline} for a in atts],
        "history": [history_text(rng, kind) for kind in template.history],
        "gold": gold,
        "parallel": template.parallel,
        "spans": spans,
    }
