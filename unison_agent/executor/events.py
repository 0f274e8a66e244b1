"""Progress events, sent through LangGraph's ``custom`` stream mode.

Every event is a small JSON dict with ``event`` (one of ``EVENT_KINDS``), ``time`` and, for
step events, ``step``, ``tool`` and ``task``. Tools feed ``progress`` events through
``ToolContext.progress`` (e.g. once per diffusion step).

- ``planned``: the plan (``plan``) is ready; ``validated``/``refused`` (``issues``) after checks
- ``approval``: steps wait for approval (``steps``)
- ``queued``, ``started``, ``placed`` (``worker``: which replica took the step, on a
  distributed backend), ``progress`` (``fraction``, ``message``), ``retrying`` (``error``,
  ``attempt``), ``finished`` (``outputs``), ``failed`` (``error``), ``skipped`` / ``cancelled``
  (``reason``)
- ``done``: the turn is over (``status``, ``answer``)

Inside the graph events are plain dicts (``make_event``); what ``Agent.stream`` and ``on_event``
hand out are typed pydantic models (``StreamEvent`` and one subclass per kind, built by
``parse_event``) whose ``to_json()`` is exactly that dict plus ``session``. They can still be
read like the dicts they replace (``event["step"]``, ``event.get("answer")``).
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, TypeAdapter

from ..runtime.artifacts import Artifact
from .results import RunResult

EVENT_KINDS = (
    "planned", "validated", "refused", "approval",
    "queued", "started", "placed", "progress", "retrying", "finished", "failed", "skipped", "cancelled",
    "done",
)

Event = dict[str, Any]
EventSink = Callable[[Event], None]


def make_event(kind: str, **fields: Any) -> Event:
    if kind not in EVENT_KINDS:
        raise ValueError(f"unknown event kind {kind!r}; known: {', '.join(EVENT_KINDS)}")
    return {"event": kind, "time": time.time(), **fields}


def stream_writer() -> EventSink:
    """LangGraph's custom-stream writer for the running node, or a no-op outside a graph run."""
    try:
        from langgraph.config import get_stream_writer

        return get_stream_writer()
    except RuntimeError:  # called outside a runnable context
        return lambda _event: None


# -- typed events (what the agent hands out) --------------------------------------------------
class StreamEvent(BaseModel):
    """A progress event; ``to_json()`` gives the JSON line ``unison run --json`` prints."""

    model_config = ConfigDict(extra="allow", frozen=True)

    event: str
    time: float
    session: str | None = None

    def to_json(self) -> dict[str, Any]:
        return self.model_dump(mode="json", exclude_unset=True)

    # read like the dict it replaces
    def __getitem__(self, key: str) -> Any:
        return self.to_json()[key]

    def get(self, key: str, default: Any = None) -> Any:
        return self.to_json().get(key, default)


class Planned(StreamEvent):
    event: Literal["planned"] = "planned"
    plan: dict[str, Any]


class Validated(StreamEvent):
    event: Literal["validated"] = "validated"
    steps: int


class Refused(StreamEvent):
    event: Literal["refused"] = "refused"
    issues: list[dict[str, str]]


class ApprovalNeeded(StreamEvent):
    event: Literal["approval"] = "approval"
    steps: list[dict[str, Any]]


class StepEvent(StreamEvent):
    step: str
    tool: str
    task: str


class StepQueued(StepEvent):
    event: Literal["queued"] = "queued"


class StepStarted(StepEvent):
    event: Literal["started"] = "started"
    attempt: int = 1


class StepPlaced(StepEvent):
    """A distributed backend gave the step to a worker (``replica``, ``node``, ``node_id``, ``pid``)."""

    event: Literal["placed"] = "placed"
    worker: dict[str, Any]


class StepProgress(StepEvent):
    event: Literal["progress"] = "progress"
    fraction: float
    message: str = ""


class StepRetrying(StepEvent):
    event: Literal["retrying"] = "retrying"
    attempt: int
    error: str


class StepFinished(StepEvent):
    event: Literal["finished"] = "finished"
    outputs: list[Artifact] = Field(default_factory=list)
    duration: float | None = None


class StepFailed(StepEvent):
    event: Literal["failed"] = "failed"
    error: str | None = None


class StepSkipped(StepEvent):
    event: Literal["skipped"] = "skipped"
    reason: str | None = None


class StepCancelled(StepEvent):
    event: Literal["cancelled"] = "cancelled"
    reason: str | None = None


class Done(StreamEvent):
    event: Literal["done"] = "done"
    status: str
    answer: str | None = None
    turn: int
    result: RunResult


AnyEvent = Annotated[
    Planned | Validated | Refused | ApprovalNeeded | StepQueued | StepStarted | StepPlaced | StepProgress | StepRetrying
    | StepFinished | StepFailed | StepSkipped | StepCancelled | Done,
    Field(discriminator="event"),
]
_ADAPTER: TypeAdapter[Any] = TypeAdapter(AnyEvent)
StreamEventSink = Callable[[StreamEvent], None]


def parse_event(data: dict[str, Any]) -> StreamEvent:
    """The typed event for a raw event dict (a kind this version does not know stays a ``StreamEvent``)."""
    if data.get("event") in EVENT_KINDS:
        event: StreamEvent = _ADAPTER.validate_python(data)
        return event
    return StreamEvent.model_validate(data)
