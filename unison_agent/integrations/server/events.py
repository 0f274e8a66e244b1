"""A run's events: stored in SQLite as they happen, pushed to live streams, replayable.

Events are the executor's progress events (``unison_agent.executor.events``: ``planned``,
``queued``/``started``/``progress``/``finished`` per step, ``approval``, ``done``) plus the
server's own, which carry no ``step``:

- ``queued`` (``position``): the run is in the queue; ``running``: a worker took it;
- ``warning`` (``message``): something the planner or a tool logged as a warning;
- ``error`` (``problem``): the run failed before or outside its steps (e.g. no plan);
- ``end`` (``state``): the last event of every run; a stream closes after it.

Each event gets the next number of its run (1, 2, ...): the SSE ``id``, so a client that
reconnects with ``Last-Event-ID: N`` gets exactly what came after N.
"""

from __future__ import annotations

import asyncio
import threading
import time
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager, suppress
from typing import Any

from .store import RunStore

END = "end"


class Subscription:
    """Wakes one stream when its run gets a new event (set from any thread)."""

    def __init__(self) -> None:
        self.loop = asyncio.get_running_loop()
        self.flag = asyncio.Event()

    def wake(self) -> None:
        self.loop.call_soon_threadsafe(self.flag.set)

    async def wait(self, timeout: float) -> None:
        with suppress(TimeoutError):
            await asyncio.wait_for(self.flag.wait(), timeout)
        self.flag.clear()


class EventHub:
    def __init__(self, store: RunStore) -> None:
        self.store = store
        self._lock = threading.Lock()
        self._subs: dict[str, set[Subscription]] = {}

    def publish(self, run_id: str, event: dict[str, Any]) -> int:
        """Store ``event`` (stamped with ``run`` and ``time``) and wake the run's streams."""
        event = {"time": time.time(), **event, "run": run_id}
        seq = self.store.append_event(run_id, event)
        with self._lock:
            subs = list(self._subs.get(run_id, ()))
        for sub in subs:
            sub.wake()
        return seq

    @asynccontextmanager
    async def subscribe(self, run_id: str) -> AsyncIterator[Subscription]:
        sub = Subscription()
        with self._lock:
            self._subs.setdefault(run_id, set()).add(sub)
        try:
            yield sub
        finally:
            with self._lock:
                subs = self._subs.get(run_id)
                if subs is not None:
                    subs.discard(sub)
                    if not subs:
                        del self._subs[run_id]

    async def follow(self, run_id: str, after: int = 0, *, heartbeat: float = 15.0) -> AsyncIterator[tuple[int, dict[str, Any]]]:
        """Every event of ``run_id`` after number ``after``, then live ones, until ``end``."""
        async with self.subscribe(run_id) as sub:
            while True:
                # subscribed before reading: an event stored after this read still wakes us
                for seq, event in self.store.events_since(run_id, after):
                    after = seq
                    yield seq, event
                    if event.get("event") == END:
                        return
                await sub.wait(heartbeat)
