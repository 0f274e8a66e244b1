"""Media references inside plan arguments.

A media argument never holds a file path; it holds a reference that the executor resolves
to an artifact:

- ``$input.N``                 the N-th attachment of the request (0-based)
- ``$<step>`` / ``$<step>.<output>``   an earlier step's primary / named output in this plan
- ``$turn.K`` / ``$turn.K.<step>`` / ``$turn.K.<step>.<output>``
                               an output of an earlier turn of the session: K < 0 counts back from
                               the current turn (-1 is the previous turn), K >= 0 is an absolute
                               turn index; without a step, the primary output of that turn's last step
- ``$artifact.<id>``           an artifact by id (its sha256 or a unique prefix of at least 8 chars)

``input``, ``turn`` and ``artifact`` are therefore reserved and cannot be step ids.

Text flows the same way: a string argument may embed an earlier output's text in braces,
``"a neon sign showing {$s0}"`` or ``"{$turn.-1}"``; the executor puts the text in when the step
runs, and the step waits for the steps it names.

References are parsed once, when a plan is built (``unison_agent.contracts.plan``): every later
stage reads ``Step.refs`` (``ArgRef``: argument, list position, parsed ``Ref``, text or media),
never the strings.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

STEP_ID_PATTERN = r"[A-Za-z_][A-Za-z0-9_\-]*"
RESERVED_STEP_IDS = frozenset({"input", "turn", "artifact"})

_INPUT = re.compile(r"\$input\.(\d+)")
_TURN = re.compile(rf"\$turn\.(-?\d+)(?:\.({STEP_ID_PATTERN}))?(?:\.([A-Za-z_][A-Za-z0-9_]*))?")
_ARTIFACT = re.compile(r"\$artifact\.([0-9a-f]{8,64})")
_STEP = re.compile(rf"\$({STEP_ID_PATTERN})(?:\.([A-Za-z_][A-Za-z0-9_]*))?")

#: One regular expression matching any well-formed reference (used in JSON Schemas).
REFERENCE_PATTERN = (
    r"^\$(input\.\d+|turn\.-?\d+(\." + STEP_ID_PATTERN + r")?(\.[A-Za-z_][A-Za-z0-9_]*)?"
    r"|artifact\.[0-9a-f]{8,64}|" + STEP_ID_PATTERN + r"(\.[A-Za-z_][A-Za-z0-9_]*)?)$"
)

RefKind = Literal["input", "step", "turn", "artifact"]


@dataclass(frozen=True)
class Ref:
    kind: RefKind
    index: int | None = None
    """Attachment index (input) or turn index (turn)."""
    step: str | None = None
    output: str | None = None
    artifact_id: str | None = None

    def __str__(self) -> str:
        if self.kind == "input":
            return f"$input.{self.index}"
        if self.kind == "artifact":
            return f"$artifact.{self.artifact_id}"
        parts = [f"$turn.{self.index}"] if self.kind == "turn" else []
        if self.step:
            parts.append(self.step if parts else f"${self.step}")
        if self.output:
            parts.append(self.output)
        return ".".join(parts)


def parse_ref(value: object) -> Ref | None:
    """Parse a reference string; return ``None`` when ``value`` is not a reference."""
    if not isinstance(value, str) or not value.startswith("$"):
        return None
    if m := _INPUT.fullmatch(value):
        return Ref("input", index=int(m.group(1)))
    if m := _TURN.fullmatch(value):
        return Ref("turn", index=int(m.group(1)), step=m.group(2), output=m.group(3))
    if m := _ARTIFACT.fullmatch(value):
        return Ref("artifact", artifact_id=m.group(1))
    if (m := _STEP.fullmatch(value)) and m.group(1) not in RESERVED_STEP_IDS:
        return Ref("step", step=m.group(1), output=m.group(2))
    return None


#: ``{$ref}`` inside a string argument: an earlier output's text, put in when the step runs.
TEXT_REF = re.compile(r"\{(\$[^{}\s]+)\}")


@dataclass(frozen=True)
class ArgRef:
    """One reference in a step's arguments."""

    arg: str
    """The argument that holds it."""
    ref: Ref | None
    """The parsed reference; ``None`` when ``raw`` looks like one but is malformed."""
    raw: str
    position: int | None = None
    """Index in a list argument; ``None`` for a single value."""
    in_text: bool = False
    """``True`` for ``{$...}`` inside a longer string (text flowing in), ``False`` for a whole value."""


def arg_refs(args: dict[str, object]) -> tuple[ArgRef, ...]:
    """Every reference in a step's arguments: whole values starting with ``$`` (alone or in a
    list) and ``{$...}`` inside strings."""
    found: list[ArgRef] = []
    for arg, value in args.items():
        items = list(enumerate(value)) if isinstance(value, list) else [(None, value)]
        for position, item in items:
            if not isinstance(item, str):
                continue
            if item.startswith("$"):
                found.append(ArgRef(arg, parse_ref(item), item, position))
            else:
                found.extend(ArgRef(arg, parse_ref(m.group(1)), m.group(1), position, in_text=True)
                             for m in TEXT_REF.finditer(item))
    return tuple(found)
