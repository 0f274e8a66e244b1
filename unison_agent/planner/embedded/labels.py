"""Label spaces of the embedded planner's three heads, derived from planning-data records.

- **Plan signature** (sequence classification): the ordered tasks of a plan, the links between
  its steps (``image_to_video first_frame=s0``) and whether the steps are independent
  (parallel). Attachment and history roles are *not* part of it: the role head decides those.
- **Roles** (multi-label, one decision per placeholder): which ``(step, role)`` slots an
  attachment or earlier-turn output fills.
- **Meta spans** (BIO tagging) with one of ``META_LABELS`` plus, per tagged token, the step
  it belongs to.

Key parts: ``Signature`` (parse/render), ``signature_of_gold``, ``role_slots``, ``BIO_LABELS``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from ...contracts.tasks import TASKS

#: Roles a placeholder (attachment or earlier output) can fill; ``source`` becomes ``image``/``video``.
ROLES: tuple[str, ...] = ("source", "mask", "reference", "control", "first_frame", "last_frame")
MAX_STEPS = 4
META_LABELS: tuple[str, ...] = ("resolution", "size", "width", "height", "ratio", "orient", "duration", "frames", "fps")
BIO_LABELS: tuple[str, ...] = ("O", *(f"{p}-{m}" for m in META_LABELS for p in ("B", "I")))

#: Which planner role each task's roles map to (task table names ``image``/``video`` the source).
SOURCE_ARG = {
    "image_understanding": "image",
    "image_edit": "image",
    "video_understanding": "video",
    "video_edit": "video",
}


def role_slots() -> list[tuple[int, str]]:
    """All ``(step, role)`` slots of the role head, in output order."""
    return [(s, r) for s in range(MAX_STEPS) for r in ROLES]


def task_roles(task: str) -> tuple[str, ...]:
    """Planner roles a task may take (``source`` for its image/video argument)."""
    allowed = TASKS[task].allowed_roles
    return tuple("source" if r in ("image", "video") else r for r in allowed)


def required_roles(task: str) -> tuple[str, ...]:
    """Roles of which the task needs at least one (empty for pure generation)."""
    req = TASKS[task].requires_any
    return tuple("source" if r in ("image", "video") else r for r in req)


@dataclass(frozen=True)
class SigStep:
    task: str
    links: tuple[tuple[str, int], ...] = ()
    """``(role, earlier step index)`` pairs: this step uses an earlier step's output."""


@dataclass(frozen=True)
class Signature:
    steps: tuple[SigStep, ...]
    parallel: bool = False
    extra: dict[str, Any] = field(default_factory=dict, compare=False, hash=False)

    def render(self) -> str:
        parts = []
        for st in self.steps:
            links = " ".join(f"{role}=s{k}" for role, k in st.links)
            parts.append(f"{st.task} {links}".strip())
        return " ; ".join(parts) + (" | parallel" if self.parallel else "")

    @classmethod
    def parse(cls, text: str) -> Signature:
        parallel = text.endswith(" | parallel")
        body = text.removesuffix(" | parallel")
        steps = []
        for part in body.split(" ; "):
            task, *links = part.split()
            if task not in TASKS:
                raise ValueError(f"unknown task {task!r} in signature {text!r}")
            pairs = tuple((lk.split("=")[0], int(lk.split("=")[1][1:])) for lk in links)
            steps.append(SigStep(task, pairs))
        return cls(tuple(steps), parallel)


def signature_of_gold(gold: list[dict[str, Any]], *, parallel: bool) -> Signature:
    """The signature of a gold plan (dev.jsonl / planning-data conventions)."""
    steps = []
    for st in gold:
        links = tuple(
            (role, int(st[role][1:]))
            for role in ROLES
            if isinstance(st.get(role), str) and str(st[role]).startswith("s")
        )
        steps.append(SigStep(st["task"], links))
    return Signature(tuple(steps), bool(parallel) and len(steps) > 1)
