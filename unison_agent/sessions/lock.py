"""Session locks: one run owns a session at a time, and the ownership survives crashes.

A second run on a busy session waits (with a message) or fails with ``SessionBusyError``; it
never abandons the first run's turn. The lock is a row in the session index (SQLite, so
processes and threads share it) with the holder's pid, host and a heartbeat the holder renews
while it runs. A lock is stale — and taken over — when its holder is gone: on this host, its
process no longer exists (a kill -9 frees the session at once); anywhere, its heartbeat is
older than ``stale_after`` seconds.

Key parts:
- ``SessionLocks(root)``: ``acquire(session, wait=..., on_wait=...)`` returns a ``Lease``
  (a context manager that renews the heartbeat and releases the lock); ``holder(session)``.
- ``LockHolder``: who holds a lock, with ``describe()`` for messages.
- ``own_session(...)``: lock + index bookkeeping around one turn (what ``Agent`` uses).
"""

from __future__ import annotations

import os
import secrets
import socket
import sqlite3
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import closing, contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..contracts.errors import SessionBusyError
from .index import SessionIndex, connect_index

HOST = socket.gethostname()


@dataclass(frozen=True)
class LockHolder:
    session: str
    token: str
    pid: int
    host: str
    since: float
    heartbeat: float
    what: str

    def describe(self) -> str:
        when = time.strftime("%H:%M:%S", time.localtime(self.since))
        where = f"pid {self.pid}" + ("" if self.host == HOST else f" on {self.host}")
        what = f" ({self.what!r})" if self.what else ""
        return f"a run started at {when} by {where}{what}"


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # exists, owned by someone else
        return True
    return True


@dataclass
class Lease:
    """An acquired lock. Use as a context manager; the heartbeat runs until ``release``."""

    locks: SessionLocks
    session: str
    token: str
    _stop: threading.Event = field(default_factory=threading.Event)
    _thread: threading.Thread | None = None

    def start_heartbeat(self) -> None:
        self._thread = threading.Thread(target=self._beat, name=f"unison-lock-{self.session}", daemon=True)
        self._thread.start()

    def _beat(self) -> None:
        while not self._stop.wait(self.locks.heartbeat):
            try:
                with closing(connect_index(self.locks.root)) as conn:
                    conn.execute("UPDATE locks SET heartbeat=? WHERE session=? AND token=?",
                                 (time.time(), self.session, self.token))
            except sqlite3.Error:
                continue  # a busy or briefly unreadable index: try again at the next beat

    def release(self) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout=5)
        with closing(connect_index(self.locks.root)) as conn:
            conn.execute("DELETE FROM locks WHERE session=? AND token=?", (self.session, self.token))

    def __enter__(self) -> Lease:
        return self

    def __exit__(self, *exc: object) -> None:
        self.release()


class SessionLocks:
    """The locks of every session under one session root."""

    def __init__(self, root: str | Path, *, stale_after: float = 120.0, heartbeat: float = 10.0,
                 poll: float = 0.2) -> None:
        self.root = Path(root).expanduser()
        self.stale_after = stale_after
        self.heartbeat = heartbeat
        self.poll = poll

    def holder(self, session: str) -> LockHolder | None:
        """The live holder of ``session``'s lock, or ``None`` (free, or held by a dead run)."""
        with closing(connect_index(self.root)) as conn:
            row = conn.execute("SELECT session, token, pid, host, since, heartbeat, what FROM locks WHERE session=?",
                               (session,)).fetchone()
        holder = LockHolder(*row) if row else None
        return holder if holder is not None and not self.is_stale(holder) else None

    def is_stale(self, holder: LockHolder) -> bool:
        if holder.host == HOST and not _alive(holder.pid):
            return True
        return time.time() - holder.heartbeat > self.stale_after

    def try_acquire(self, session: str, *, what: str = "") -> Lease | LockHolder:
        """Take the lock (a ``Lease``), or return who holds it."""
        token = secrets.token_hex(8)
        now = time.time()
        with closing(connect_index(self.root)) as conn:
            conn.execute("BEGIN IMMEDIATE")  # one writer at a time: check and take atomically
            try:
                row = conn.execute("SELECT session, token, pid, host, since, heartbeat, what FROM locks "
                                   "WHERE session=?", (session,)).fetchone()
                if row is not None and not self.is_stale(LockHolder(*row)):
                    conn.execute("ROLLBACK")
                    return LockHolder(*row)
                conn.execute("INSERT OR REPLACE INTO locks (session, token, pid, host, since, heartbeat, what) "
                             "VALUES (?, ?, ?, ?, ?, ?, ?)", (session, token, os.getpid(), HOST, now, now, what[:120]))
                conn.execute("COMMIT")
            except BaseException:
                if conn.in_transaction:
                    conn.execute("ROLLBACK")
                raise
        lease = Lease(self, session, token)
        lease.start_heartbeat()
        return lease

    def acquire(self, session: str, *, wait: bool | float = False, what: str = "",
                on_wait: Callable[[LockHolder], None] | None = None) -> Lease:
        """The lock of ``session``.

        Args:
            wait: ``False``: fail at once if busy; ``True``: wait as long as it takes; a number:
                wait at most that many seconds.
            on_wait: called once, with the holder, when the call starts waiting.

        Raises:
            SessionBusyError: busy, and not waiting (or waited long enough).
        """
        deadline = None if wait is True else time.monotonic() + float(wait or 0)
        told = False
        while True:
            got = self.try_acquire(session, what=what)
            if isinstance(got, Lease):
                return got
            if deadline is not None and time.monotonic() >= deadline:
                waited = " after waiting" if wait else ""
                raise SessionBusyError(
                    f"session {session!r} is busy{waited}: {got.describe()} still owns it; wait for it to finish "
                    "(`--wait` on the command line), or use another session")
            if not told and on_wait is not None:
                on_wait(got)
                told = True
            time.sleep(self.poll)


@contextmanager
def own_session(locks: SessionLocks, index: SessionIndex, session: str, *, config: Any, what: str,
                wait: bool | float = False, on_wait: Callable[[LockHolder], None] | None = None) -> Iterator[dict[str, Any]]:
    """Hold ``session`` for one turn and keep the index up to date. Set ``outcome["status"]``
    and ``outcome["turns"]`` inside the block; an exception leaves the status ``interrupted``."""
    lease = locks.acquire(session, wait=wait, what=what, on_wait=on_wait)
    outcome: dict[str, Any] = {}
    try:
        index.record_start(session, config=config, request=what)
        yield outcome
    finally:
        try:
            index.record_end(session, status=outcome.get("status", "interrupted"), turns=outcome.get("turns"))
        finally:
            lease.release()
