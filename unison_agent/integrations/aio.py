"""The agent for asyncio: ``arun`` and ``astream``.

The executor is synchronous (tools are CPU/GPU-bound and run in threads anyway), so the async
methods run the synchronous ones in a worker thread and hand results and events back to the
event loop; the loop never blocks. Cancelling the awaiting task cancels the session's turn
(finished steps stay checkpointed, as with Ctrl-C).

Key parts:
- ``AsyncMethods``: mixed into ``Agent``; ``arun(...)`` and ``astream(...)`` take the same
  arguments as ``run`` and ``stream``.
"""

from __future__ import annotations

import asyncio
import contextlib
import threading
from collections.abc import AsyncIterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ..executor.events import StreamEvent
    from ..executor.results import RunResult

_END = object()


class AsyncMethods:
    """``arun``/``astream`` for a class with ``run``, ``stream`` and ``cancel`` (the ``Agent``)."""

    async def arun(self, text: str, attachments: Sequence[str | Path] | None = None, *, session: str | None = None,
                   **kwargs: Any) -> RunResult:
        """``run`` without blocking the event loop."""
        from ..sessions.session import new_session_id

        sid = session or new_session_id()
        try:
            return await asyncio.to_thread(self.run, text, attachments, session=sid, **kwargs)  # type: ignore[attr-defined]
        except asyncio.CancelledError:
            self.cancel(sid)  # type: ignore[attr-defined]
            raise

    async def astream(self, text: str, attachments: Sequence[str | Path] | None = None, *,
                      session: str | None = None, **kwargs: Any) -> AsyncIterator[StreamEvent]:
        """``stream`` as an async iterator; events arrive as the steps report them."""
        from ..sessions.session import new_session_id

        sid = session or new_session_id()
        loop = asyncio.get_running_loop()
        queue: asyncio.Queue[Any] = asyncio.Queue()

        def produce() -> None:
            try:
                for event in self.stream(text, attachments, session=sid, **kwargs):  # type: ignore[attr-defined]
                    loop.call_soon_threadsafe(queue.put_nowait, event)
            except BaseException as exc:  # handed to the consumer
                loop.call_soon_threadsafe(queue.put_nowait, exc)
            finally:
                loop.call_soon_threadsafe(queue.put_nowait, _END)

        worker = threading.Thread(target=produce, name=f"unison-astream-{sid}", daemon=True)
        worker.start()
        try:
            while (item := await queue.get()) is not _END:
                if isinstance(item, BaseException):
                    raise item
                yield item
        finally:
            if worker.is_alive():
                self.cancel(sid)  # type: ignore[attr-defined]
                with contextlib.suppress(RuntimeError):
                    await asyncio.to_thread(worker.join, 30)
