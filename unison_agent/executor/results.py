"""What a run reports: one ``StepResult`` per plan step and a ``RunResult`` per turn.

Both are small pydantic models holding artifacts (references to files in the store), never
images or tensors, so they travel through checkpointed graph state as plain JSON.

Key parts:
- ``StepStatus``: succeeded, failed, skipped (a dependency failed or approval was refused),
  cancelled (the run was cancelled before or while the step ran).
- ``StepResult``: the step's outputs, or the error/reason, attempts and timings.
- ``RunResult``: the turn's plan, its steps in plan order, the answer text, every artifact,
  and ``status`` (``ok``: everything succeeded; ``partial``; ``failed``: nothing succeeded).
"""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from ..contracts.errors import Issue
from ..runtime.artifacts import Artifact

StepStatus = Literal["succeeded", "failed", "skipped", "cancelled"]
RunStatus = Literal["ok", "partial", "failed"]


class StepResult(BaseModel):
    model_config = ConfigDict(extra="forbid")

    id: str
    tool: str
    task: str
    status: StepStatus
    outputs: list[Artifact] = Field(default_factory=list, description="Primary output first.")
    error: str | None = Field(default=None, description="Why the step failed: error type and message.")
    reason: str | None = Field(default=None, description="Why the step was skipped or cancelled.")
    attempts: int = Field(default=0, description="How many times the tool was called (retries included).")
    started_at: float | None = None
    finished_at: float | None = None

    @property
    def ok(self) -> bool:
        return self.status == "succeeded"

    @property
    def duration(self) -> float | None:
        if self.started_at is None or self.finished_at is None:
            return None
        return self.finished_at - self.started_at

    def output(self, name: str | None = None) -> Artifact | None:
        """The primary output, or the one called ``name`` (an output name or a kind)."""
        if name is None:
            return self.outputs[0] if self.outputs else None
        return next((a for a in self.outputs if a.name == name or a.kind == name), None)

    def describe(self) -> str:
        """One line for people: what happened to this step."""
        head = f"{self.id} ({self.tool}:{self.task})"
        if self.status == "succeeded":
            outs = ", ".join(f"{a.name or a.kind} {a.path}" if a.kind != "text" else f"text {a.value!r}" for a in self.outputs)
            return f"{head} succeeded: {outs or 'no output'}"
        if self.status == "failed":
            return f"{head} failed: {self.error}"
        return f"{head} {self.status}: {self.reason}"


class RunResult(BaseModel):
    """The outcome of one turn. ``status`` says at a glance whether anything went wrong;
    ``succeeded``/``failed``/``skipped`` list the steps exactly."""

    model_config = ConfigDict(extra="forbid")

    session: str
    turn: int = Field(ge=0, description="Index of this turn in the session.")
    request: str = Field(description="The request text as the planner saw it.")
    plan: dict[str, Any] | None = None
    steps: list[StepResult] = Field(default_factory=list, description="In plan order.")
    status: RunStatus = "ok"
    issues: list[dict[str, str]] = Field(default_factory=list, description="Validation problems, if the plan was refused.")
    cancelled: bool = False

    @property
    def succeeded(self) -> list[StepResult]:
        return [s for s in self.steps if s.status == "succeeded"]

    @property
    def failed(self) -> list[StepResult]:
        return [s for s in self.steps if s.status == "failed"]

    @property
    def skipped(self) -> list[StepResult]:
        return [s for s in self.steps if s.status in ("skipped", "cancelled")]

    @property
    def ok(self) -> bool:
        return self.status == "ok"

    @property
    def artifacts(self) -> list[Artifact]:
        """Every output of every succeeded step, in plan order."""
        return [a for s in self.steps for a in s.outputs]

    @property
    def answer(self) -> str | None:
        """Text of the last text output (the answer to a question), if any."""
        for art in reversed(self.artifacts):
            if art.kind == "text":
                return art.value
        return None

    def step(self, step_id: str) -> StepResult:
        for s in self.steps:
            if s.id == step_id:
                return s
        raise KeyError(f"no step {step_id!r}; steps: {', '.join(s.id for s in self.steps)}")

    def validation_issues(self) -> list[Issue]:
        return [Issue(i["pointer"], i["message"], i.get("code", "invalid")) for i in self.issues]

    def summary(self) -> str:
        """A few lines for people: the answer (if any), then one line per step."""
        lines = [f"session {self.session} turn {self.turn}: {self.status}"]
        if self.issues:
            lines += [f"  plan refused: {i['pointer'] or '/'}: {i['message']}" for i in self.issues]
        lines += [f"  {s.describe()}" for s in self.steps]
        if self.answer:
            lines.append(f"answer: {self.answer}")
        return "\n".join(lines)


def run_status(steps: list[StepResult]) -> RunStatus:
    if not steps:
        return "failed"
    done = sum(s.status == "succeeded" for s in steps)
    if done == len(steps):
        return "ok"
    return "partial" if done else "failed"
