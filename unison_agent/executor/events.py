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
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any

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
