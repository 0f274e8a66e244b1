"""How the executor runs steps: retries, timeouts, parallelism, approval.

Key parts:
- ``TransientToolError``: raise it from a tool for a failure worth retrying (a busy GPU, a
  flaky download); the default ``RetryPolicy`` retries it, ``ConnectionError``,
  ``TimeoutError`` and CUDA out-of-memory errors. Everything else fails the step at once
  (LangGraph's own default would not retry a ``RuntimeError`` either).
- ``ExecutorSettings``: the knobs, with defaults that suit diffusion tools.
- ``ApprovalPolicy``: which steps need a person's approval (a LangGraph ``interrupt``) first.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, cast

from langgraph.types import RetryPolicy

from ..contracts.errors import TransientToolError, UserError
from ..contracts.plan import Step
from ..contracts.tasks import TASKS

if TYPE_CHECKING:
    from ..config import Config


def is_transient(exc: BaseException) -> bool:
    """Default ``retry_on`` predicate: failures that retrying can fix."""
    if isinstance(exc, (TransientToolError, ConnectionError, TimeoutError)):
        return True
    # torch.cuda.OutOfMemoryError, matched by name so this module does not import torch
    return type(exc).__name__ == "OutOfMemoryError"


def should_retry(policy: RetryPolicy, exc: BaseException) -> bool:
    """Whether ``policy`` retries ``exc`` (the same reading of ``retry_on`` as LangGraph's)."""
    retry_on = policy.retry_on
    if isinstance(retry_on, type) and issubclass(retry_on, BaseException):
        return isinstance(exc, retry_on)
    if isinstance(retry_on, Sequence):
        return isinstance(exc, tuple(retry_on))
    predicate = cast(Callable[[Exception], bool], retry_on)
    return isinstance(exc, Exception) and bool(predicate(exc))


def default_retry_policy() -> RetryPolicy:
    return RetryPolicy(initial_interval=0.5, backoff_factor=2.0, max_interval=30.0, max_attempts=3, retry_on=is_transient)


@dataclass(frozen=True, kw_only=True)
class ApprovalPolicy:
    """Steps that need approval before the plan runs (one ``interrupt`` per turn, listing them).

    The resume value may be ``True`` (approve all), ``False`` (refuse all), or a list of the
    step ids approved; refused steps are skipped with the reason "not approved".
    """

    tasks: frozenset[str] = frozenset({"text_to_video", "image_to_video", "video_edit", "video_reference", "video_control"})
    """Tasks that count as expensive."""
    tools: frozenset[str] = frozenset()
    """Tools that always need approval."""
    predicate: Callable[[Step], bool] | None = None
    """Custom rule; when given it replaces ``tasks`` and ``tools``."""

    def needs_approval(self, step: Step) -> bool:
        if self.predicate is not None:
            return bool(self.predicate(step))
        return step.task in self.tasks or step.tool in self.tools


@dataclass(frozen=True, kw_only=True)
class ExecutorSettings:
    retry: RetryPolicy = field(default_factory=default_retry_policy)
    """LangGraph ``RetryPolicy`` applied to every step."""
    step_timeout: float | None = None
    """Seconds a step may run (per attempt); ``None``: no limit. A tool that reports
    progress stops at its next ``ctx.progress`` call once the limit passes."""
    max_parallel_steps: int | None = None
    """Most steps running at the same time; ``None``: every ready step runs."""
    approval: ApprovalPolicy | None = None
    """``None``: no approval needed."""

    @classmethod
    def from_config(cls, config: Config, *, tasks: Collection[str] | None = None) -> ExecutorSettings:
        """Settings from the configuration's ``[executor]`` table; ``tasks`` are the task names
        ``approval_tasks`` may name (default: the built-in ones)."""
        table = config.executor
        known = tasks if tasks is not None else TASKS
        bad_tasks = [t for t in table.approval_tasks if t not in known]
        if bad_tasks:
            raise UserError(f"config `executor.approval_tasks`: unknown task(s) {bad_tasks}; valid tasks: {', '.join(known)}")
        retry = default_retry_policy()._replace(max_attempts=table.max_attempts, initial_interval=table.retry_interval)
        approval = ApprovalPolicy(tasks=frozenset(table.approval_tasks)) if table.approval_tasks else None
        return cls(retry=retry, step_timeout=table.step_timeout, max_parallel_steps=table.max_parallel_steps,
                   approval=approval)

    def __post_init__(self) -> None:
        if self.step_timeout is not None and self.step_timeout <= 0:
            raise UserError(f"`step_timeout` must be > 0 seconds, got {self.step_timeout}")
        if self.max_parallel_steps is not None and self.max_parallel_steps < 1:
            raise UserError(f"`max_parallel_steps` must be at least 1, got {self.max_parallel_steps}")
        if self.retry.max_attempts < 1:
            raise UserError(f"`retry.max_attempts` must be at least 1, got {self.retry.max_attempts}")
