"""The semantic repair loop: propose, validate, feed the problems back, retry.

``plan_with_repair(propose, ...)`` calls ``propose(feedback, previous)`` for raw model text,
parses the JSON, optionally post-processes it (meta normalisation), and validates it with
``finalize``. A failure becomes feedback for the next attempt (``PlanValidationError.feedback()``
lines, or the JSON error); after ``max_repairs`` retries it raises ``PlannerError`` carrying the
last attempt's issues and a message listing every attempt's problems.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from ..contracts.context import PlanContext
from ..contracts.errors import Issue, PlannerError, PlanValidationError
from ..contracts.plan import Plan
from .base import finalize
from .constrained import extract_json

log = logging.getLogger(__name__)

#: ``propose(feedback, previous_text) -> raw model text``
Propose = Callable[[str | None, str | None], str]


@dataclass
class RepairTrace:
    """What happened on each attempt (for stats and error messages)."""

    attempts: list[tuple[str, list[Issue]]] = field(default_factory=list)


def plan_with_repair(
    propose: Propose,
    context: PlanContext,
    *,
    max_repairs: int = 2,
    postprocess: Callable[[Any], Any] | None = None,
    trace: RepairTrace | None = None,
) -> Plan:
    """Return the first candidate that validates; raise ``PlannerError`` after the last retry."""
    trace = trace if trace is not None else RepairTrace()
    feedback: str | None = None
    previous: str | None = None
    for attempt in range(max_repairs + 1):
        text = propose(feedback, previous)
        try:
            raw = extract_json(text)
        except ValueError as exc:
            issues = [Issue("", f"the answer is not a JSON plan: {exc}", "json")]
        else:
            try:
                candidate = postprocess(raw) if postprocess is not None else raw
                plan = finalize(candidate, context)
                trace.attempts.append((text, []))
                return plan
            except PlanValidationError as exc:
                issues = exc.issues
        trace.attempts.append((text, issues))
        log.info("planner attempt %d failed: %s", attempt + 1, "; ".join(str(i) for i in issues))
        feedback = "\n".join(str(i) for i in issues)
        previous = text
    lines = []
    for n, (_text, issues) in enumerate(trace.attempts, 1):
        lines += [f"attempt {n}:"] + [f"  - {i}" for i in issues]
    raise PlannerError(
        f"no valid plan after {len(trace.attempts)} attempt(s):\n" + "\n".join(lines), trace.attempts[-1][1]
    )
