"""What the embedded planner reads: the request rendered as text, with typed placeholders.

Attachments appear as ``<image 0>`` / ``<video 1>`` (the request's own placeholders; ones passed
separately are appended at the end), earlier turns' outputs as ``<image t-1>`` in a second
segment that also carries a short excerpt of that turn's text. Training records (planning-data
JSONL with ``###name###`` markers) go through ``render_record``, requests through
``render_request``: both end in the same ``RenderedInput``, so training and inference agree.

Key parts: ``render_input``, ``render_request``, ``render_record``, ``encode`` (tokens, placeholder
positions and, for records, the per-token training targets).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from ...contracts.history import History
from ...contracts.request import INLINE_PATTERN, Request
from .labels import BIO_LABELS, MAX_STEPS, ROLES, role_slots
from .ordinals import inline_ordinals

PLACEHOLDER_PATTERN = re.compile(r"<(image|video) (\d+)>")
HISTORY_TURNS = 2
HISTORY_WORDS = 16


@dataclass(frozen=True)
class Placeholder:
    ref: str
    """The plan reference it stands for: ``$input.N`` or ``$turn.-K``."""
    kind: str
    """``image``, ``video`` or ``text`` (an earlier answer: shown, never a media argument)."""
    start: int
    segment: int
    """0: the request text, 1: the history segment."""


@dataclass
class RenderedInput:
    text: str
    history: str = ""
    placeholders: list[Placeholder] = field(default_factory=list)
    spans: list[tuple[int, int, str, int]] = field(default_factory=list)
    """Gold meta spans in ``text`` coordinates: (start, end, label, step). Records only."""
    names: dict[str, str] = field(default_factory=dict)
    """Placeholders put where the user named a file by its order, and those words (``ordinals``)."""

    @property
    def media(self) -> list[Placeholder]:
        return [p for p in self.placeholders if p.kind in ("image", "video")]


def render_input(text: str, attachment_kinds: list[str], history_turns: list[tuple[str, str | None]]) -> RenderedInput:
    """Render a request for the model.

    Args:
        text: the request with typed placeholders (``<image 0>``), as ``Request.text``.
        attachment_kinds: kind of every attachment, in order.
        history_turns: earlier turns, oldest first, as ``(text, kind of its primary output or None)``.
    """
    shown = {int(m.group(2)) for m in PLACEHOLDER_PATTERN.finditer(text)}
    out = text.rstrip()
    for idx, kind in enumerate(attachment_kinds):
        if idx not in shown:
            out += f" <{kind} {idx}>"
    placeholders = [
        Placeholder(f"$input.{m.group(2)}", m.group(1), m.start(), 0)
        for m in PLACEHOLDER_PATTERN.finditer(out)
        if int(m.group(2)) < len(attachment_kinds)
    ]
    parts: list[str] = []
    pos = 0
    for back, (turn_text, out_kind) in enumerate(reversed(history_turns[-HISTORY_TURNS:]), start=1):
        label = f"<{out_kind or 'text'} t-{back}>"
        excerpt = " ".join(PLACEHOLDER_PATTERN.sub(r"\1", turn_text).split()[:HISTORY_WORDS])
        placeholders.append(Placeholder(f"$turn.-{back}", out_kind or "text", pos, 1))
        part = f"{label} {excerpt}".strip()
        parts.append(part)
        pos += len(part) + 3
    return RenderedInput(text=out, history=" ; ".join(parts), placeholders=placeholders)


def render_request(request: Request, history: History | None = None) -> RenderedInput:
    """Render a parsed request (and the session history) for the model."""
    turns: list[tuple[str, str | None]] = []
    for turn in (history.turns if history else [])[-HISTORY_TURNS:]:
        last = turn.last_output()
        turns.append((turn.text, last.kind if last is not None else None))
    kinds: list[str] = [a.kind for a in request.attachments]
    text, names = inline_ordinals(request.text, kinds)
    rendered = render_input(text, kinds, turns)
    rendered.names = names
    return rendered


def render_record(record: dict[str, Any]) -> RenderedInput:
    """Render a planning-data record (``###name###`` markers, char spans) like a request."""
    kinds = [a["kind"] for a in record.get("attachments", [])]
    src = record["text"]
    pieces: list[str] = []
    shift: list[tuple[int, int]] = []  # (source offset, delta to add from there on)
    last, delta, idx = 0, 0, 0
    for m in INLINE_PATTERN.finditer(src):
        pieces.append(src[last : m.start()])
        ph = f"<{kinds[idx] if idx < len(kinds) else 'image'} {idx}>"
        pieces.append(ph)
        delta += len(ph) - (m.end() - m.start())
        shift.append((m.end(), delta))
        last, idx = m.end(), idx + 1
    pieces.append(src[last:])
    text = "".join(pieces)

    def move(off: int) -> int:
        d = 0
        for at, dd in shift:
            if off >= at:
                d = dd
        return off + d

    turns = [(h.get("text", ""), (h.get("outputs") or [None])[-1]) for h in record.get("history", [])]
    rendered = render_input(text, kinds, turns)
    rendered.spans = [(move(s["start"]), move(s["end"]), s["label"], int(s.get("step", 0))) for s in record.get("spans", [])]
    return rendered


def gold_role_targets(record: dict[str, Any], rendered: RenderedInput) -> list[list[float]]:
    """Multi-hot ``(step, role)`` targets for each placeholder of a record."""
    slots = {slot: i for i, slot in enumerate(role_slots())}
    refs = {p.ref: i for i, p in enumerate(rendered.placeholders)}
    targets = [[0.0] * len(slots) for _ in rendered.placeholders]
    for step_idx, step in enumerate(record["gold"][:MAX_STEPS]):
        for role in ROLES:
            values = step.get(role)
            for v in values if isinstance(values, list) else [values]:
                ref = None
                if isinstance(v, int) and not isinstance(v, bool):
                    ref = f"$input.{v}"
                elif isinstance(v, str) and v.startswith("t-"):
                    ref = f"$turn.-{v[2:]}"
                if ref in refs:
                    targets[refs[ref]][slots[(step_idx, role)]] = 1.0
    return targets


@dataclass
class Encoded:
    input_ids: list[int]
    token_type_ids: list[int]
    offsets: list[tuple[int, int]]
    segments: list[int | None]
    placeholder_tokens: list[int]
    """Token index of each placeholder's ``<`` (-1 if truncated away)."""
    bio: list[int] = field(default_factory=list)
    span_step: list[int] = field(default_factory=list)
    """Per token: the step of the meta span it is in, -100 outside spans."""


def encode(tokenizer: Any, rendered: RenderedInput, *, max_len: int) -> Encoded:
    """Tokenize a rendered input (a ``tokenizers.Tokenizer``) and locate placeholders and spans."""
    tokenizer.enable_truncation(max_len, strategy="longest_first")
    enc = tokenizer.encode(rendered.text, rendered.history) if rendered.history else tokenizer.encode(rendered.text)
    seg = list(enc.sequence_ids)
    offsets = [tuple(o) for o in enc.offsets]
    ph_tokens = []
    for ph in rendered.placeholders:
        found = -1
        for t, (s, e) in enumerate(offsets):
            if seg[t] == ph.segment and s <= ph.start < e:
                found = t
                break
        ph_tokens.append(found)
    bio = [0] * len(offsets)
    span_step = [-100] * len(offsets)
    for start, end, label, step in rendered.spans:
        first = True
        for t, (s, e) in enumerate(offsets):
            if seg[t] == 0 and s < end and e > start and e > s:
                name = f"{'B' if first else 'I'}-{label}"
                if name in BIO_LABELS:
                    bio[t] = BIO_LABELS.index(name)
                    span_step[t] = min(step, MAX_STEPS - 1)
                first = False
    return Encoded(
        input_ids=list(enc.ids),
        token_type_ids=list(enc.type_ids),
        offsets=offsets,  # type: ignore[arg-type]
        segments=seg,
        placeholder_tokens=ph_tokens,
        bio=bio,
        span_step=span_step,
    )
