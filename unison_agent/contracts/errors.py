"""Errors split by cause and audience.

- ``UserError``: a developer's mistake (bad registration, bad config); fix the code or config.
- ``RequestError``: the user's input is unusable (a missing or unreadable attachment).
- ``PlanValidationError``: a plan breaks the contract; carries every problem at once, each
  with a JSON pointer, so a planner can be asked to repair it.
- ``ToolArgumentError``: a tool was called with arguments it cannot use (the caller's fault).
- ``ToolExecutionError``: a tool failed while running (the tool's or model's fault);
  ``TransientToolError`` (worth retrying) and ``StepTimeoutError`` are kinds of it.
- ``UnresolvedReferenceError``: a step's reference could not be resolved when it ran.
- ``ModelNotFoundError``: weights are not where the configuration says.
- ``PlannerError``: the planner could not produce a valid plan.
- ``UnsupportedRequestError``: (part of) the request needs a capability no registered task has.
- ``ApprovalRequiredError``: a turn waits for a person to approve expensive steps.
- ``SessionBusyError``: another run owns the session (it is never abandoned for a new one).
- ``SessionStoreError``: the session database is damaged; says where a backup is and how to repair.

Every error class of the package lives here, so a reader sees them all at once.

The CLI turns any ``UnisonError`` into a one-line message, never a traceback.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from pydantic import ValidationError


class UnisonError(Exception):
    """Base of every error this package raises on purpose."""


class UserError(UnisonError):
    """A developer's mistake: registration, configuration or API misuse."""


class RegistrationError(UserError):
    """A tool could not be registered (duplicate name, invalid schema, broken plugin)."""


class RequestError(UnisonError):
    """The request or one of its attachments cannot be used."""


class ModelNotFoundError(UnisonError):
    """Model weights are missing; the message says where we looked and how to fix it."""


class ToolArgumentError(UnisonError):
    """A tool was called with arguments it cannot use."""


class ToolExecutionError(UnisonError):
    """A tool failed while running."""


class TransientToolError(ToolExecutionError):
    """A tool failure that may succeed when tried again."""


class StepTimeoutError(ToolExecutionError):
    """A step ran longer than its timeout."""


class UnresolvedReferenceError(UnisonError):
    """A reference could not be resolved when the step ran."""


class PlannerError(UnisonError):
    """The planner could not produce a valid plan; ``issues`` holds the last problems seen."""

    def __init__(self, message: str, issues: list[Issue] | None = None) -> None:
        super().__init__(message)
        self.issues = list(issues or [])


class UnsupportedRequestError(PlannerError):
    """No registered tool can do (part of) the request; names that part and the nearest tasks that exist."""

    def __init__(self, part: str, capability: str | None, nearest: list[str] | tuple[str, ...]) -> None:
        self.part = part
        self.capability = capability
        self.nearest = list(nearest)
        needs = f" (it needs {capability})" if capability else ""
        near = f"; nearest tasks available: {', '.join(self.nearest)}" if self.nearest else ""
        super().__init__(f"no registered tool can do {part!r}{needs}{near}")


class ApprovalRequiredError(UnisonError):
    """The turn waits for approval; answer with ``Agent.resume(session, answer)``."""

    def __init__(self, session: str, payload: dict[str, Any]) -> None:
        self.session = session
        self.payload = payload
        super().__init__(f"session {session!r}: {payload.get('message', 'approval needed')}; "
                         f"answer with agent.resume({session!r}, True | False | [step ids])")


class SessionBusyError(UnisonError):
    """Another live run owns the session; wait for it or use another session."""


class SessionStoreError(UnisonError):
    """The session database cannot be read (damaged, truncated, not a database)."""


@dataclass(frozen=True)
class Issue:
    """One validation problem: where it is (RFC 6901 JSON pointer) and what to do about it."""

    pointer: str
    message: str
    code: str = "invalid"

    def __str__(self) -> str:
        return f"{self.pointer or '/'}: {self.message}"

    def to_dict(self) -> dict[str, str]:
        return {"pointer": self.pointer, "message": self.message, "code": self.code}


class PlanValidationError(UnisonError):
    """A plan failed validation. ``issues`` lists every problem found, not just the first."""

    def __init__(self, issues: list[Issue]) -> None:
        self.issues = list(issues)
        lines = "\n".join(f"  - {issue}" for issue in self.issues)
        super().__init__(f"plan is invalid ({len(self.issues)} problem(s)):\n{lines}")

    def feedback(self) -> str:
        """The problems as short lines a model can act on (used by repair loops)."""
        return "\n".join(str(issue) for issue in self.issues)


def parse_problem(exc: BaseException) -> str:
    """A parser's error as one line: YAML's several-line messages (with a caret drawing) become
    ``line L column C: problem``; other parsers' first line is kept."""
    mark, problem = getattr(exc, "problem_mark", None), getattr(exc, "problem", None)
    if mark is not None and problem:
        return f"line {mark.line + 1} column {mark.column + 1}: {problem}"
    text = str(exc).strip()
    return text.splitlines()[0] if text else type(exc).__name__


def pydantic_problems(exc: ValidationError, *, show_input: bool = False, empty_loc: str = "(top level)") -> str:
    """A pydantic ``ValidationError`` as one line: "`field.path`: problem; ..." (the one place
    that formats them, for configuration files, recipes and tool arguments alike)."""
    parts = []
    for e in exc.errors():
        where = ".".join(str(p) for p in e["loc"]) or empty_loc
        got = f" (got {e.get('input')!r})" if show_input else ""
        parts.append(f"`{where}`: {e['msg']}{got}")
    return "; ".join(parts)
