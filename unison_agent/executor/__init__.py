"""The executor: a LangGraph graph that runs validated plans, step by step, durably.

Key parts:
- ``build_graph``/``ExecutorDeps``/``TurnState`` (``graph``): plan → validate → [approve] →
  execute → respond.
- ``ExecutorSettings``, ``ApprovalPolicy`` (``settings``): retries,
  timeouts, parallelism, approval.
- ``StepResult``, ``RunResult`` (``results``): what a turn did, step by step.
- ``make_event``, ``EVENT_KINDS`` (``events``): progress events of the custom stream mode.

Most callers want ``unison_agent.agent.Agent``, which wraps all of this.
"""

from .events import EVENT_KINDS, Event, EventSink, make_event
from .graph import ExecutorDeps, TurnState, build_graph, new_turn_input
from .results import RunResult, RunStatus, StepResult, StepStatus
from .settings import (
    ApprovalPolicy,
    ExecutorSettings,
    default_retry_policy,
    is_transient,
)
from .steprun import CancelToken

__all__ = [
    "EVENT_KINDS",
    "ApprovalPolicy",
    "CancelToken",
    "Event",
    "EventSink",
    "ExecutorDeps",
    "ExecutorSettings",
    "RunResult",
    "RunStatus",
    "StepResult",
    "StepStatus",
    "TurnState",
    "build_graph",
    "default_retry_policy",
    "is_transient",
    "make_event",
    "new_turn_input",
]
