"""The session index: a small SQLite file beside the checkpoints with what the checkpoints do not
say at a glance — when a session started and last ran, its status and turn count, and the
profile and configuration it runs with (so ``unison run "now make it brighter" --session demo``
continues with the models the session started with) — plus the session locks (``lock``).

It is ``<session root>/index.sqlite``. Everything in it but the configuration can be rebuilt
from the checkpoints, so a damaged index is moved aside (``index.sqlite.damaged-<time>``) and
started afresh, with a warning; the checkpoint database itself is never replaced silently
(see ``sessions.repair``).

Key parts:
- ``connect_index(root)``: a connection with the tables made (one per operation: short and
  thread-safe).
- ``SessionInfo``: one row. ``SessionIndex``: ``record_start``, ``record_end``, ``get``, ``all``,
  ``config_of``.
"""

from __future__ import annotations

import json
import logging
import sqlite3
import time
from contextlib import closing
from dataclasses import dataclass
from pathlib import Path
from typing import Any

log = logging.getLogger(__name__)

INDEX_DB = "index.sqlite"

_SCHEMA = """
CREATE TABLE IF NOT EXISTS locks (
    session TEXT PRIMARY KEY, token TEXT NOT NULL, pid INTEGER NOT NULL, host TEXT NOT NULL,
    since REAL NOT NULL, heartbeat REAL NOT NULL, what TEXT NOT NULL DEFAULT '');
CREATE TABLE IF NOT EXISTS sessions (
    session TEXT PRIMARY KEY, created REAL NOT NULL, updated REAL NOT NULL, status TEXT NOT NULL,
    turns INTEGER NOT NULL DEFAULT 0, profile TEXT, config TEXT, last_request TEXT NOT NULL DEFAULT '');
"""


def connect_index(root: str | Path) -> sqlite3.Connection:
    """A connection to ``<root>/index.sqlite`` (autocommit; use ``BEGIN IMMEDIATE`` for a transaction)."""
    folder = Path(root).expanduser()
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / INDEX_DB
    for attempt in (1, 2):
        conn = sqlite3.connect(path, timeout=30, isolation_level=None)
        try:
            conn.executescript(_SCHEMA)
            return conn
        except sqlite3.DatabaseError as exc:
            conn.close()
            if attempt == 2 or isinstance(exc, sqlite3.OperationalError):  # locked, unreadable: not damage
                raise
            aside = path.with_name(f"{INDEX_DB}.damaged-{time.strftime('%Y%m%d-%H%M%S')}")
            path.replace(aside)
            log.warning("the session index %s was damaged (%s); moved to %s and started afresh (sessions and their "
                        "history are in sessions.sqlite and unaffected; remembered profiles are lost)", path, exc, aside)
    raise AssertionError("unreachable")


@dataclass(frozen=True)
class SessionInfo:
    session: str
    created: float
    updated: float
    status: str
    """``running`` while a run owns it; then the last turn's ``ok``/``partial``/``failed``,
    or ``interrupted`` (stopped by an error, a crash or an approval wait)."""
    turns: int
    profile: str | None
    config: dict[str, Any] | None
    last_request: str


class SessionIndex:
    """Reads and writes the ``sessions`` table of the index."""

    def __init__(self, root: str | Path) -> None:
        self.root = Path(root).expanduser()

    def record_start(self, session: str, *, config: Any, request: str) -> None:
        """A run starts: create the row or update it; remember the run's configuration."""
        now = time.time()
        data = config.model_dump(mode="json") if hasattr(config, "model_dump") else None
        profile = getattr(config, "profile", None)
        with closing(connect_index(self.root)) as conn:
            conn.execute(
                "INSERT INTO sessions (session, created, updated, status, profile, config, last_request) "
                "VALUES (?, ?, ?, 'running', ?, ?, ?) ON CONFLICT(session) DO UPDATE SET updated=excluded.updated, "
                "status='running', profile=excluded.profile, config=excluded.config, last_request=excluded.last_request",
                (session, now, now, profile, json.dumps(data) if data is not None else None, request[:200]))

    def record_end(self, session: str, *, status: str, turns: int | None = None) -> None:
        with closing(connect_index(self.root)) as conn:
            if turns is None:
                conn.execute("UPDATE sessions SET status=?, updated=? WHERE session=?", (status, time.time(), session))
            else:
                conn.execute("UPDATE sessions SET status=?, turns=?, updated=? WHERE session=?",
                             (status, turns, time.time(), session))

    def get(self, session: str) -> SessionInfo | None:
        with closing(connect_index(self.root)) as conn:
            row = conn.execute(f"SELECT {_COLUMNS} FROM sessions WHERE session=?", (session,)).fetchone()
        return _info(row) if row else None

    def all(self) -> dict[str, SessionInfo]:
        with closing(connect_index(self.root)) as conn:
            rows = conn.execute(f"SELECT {_COLUMNS} FROM sessions ORDER BY created").fetchall()
        return {r[0]: _info(r) for r in rows}

    def config_of(self, session: str) -> dict[str, Any] | None:
        """The configuration the session last ran with (JSON), if it is known."""
        info = self.get(session)
        return info.config if info is not None else None


_COLUMNS = "session, created, updated, status, turns, profile, config, last_request"


def _info(row: tuple[Any, ...]) -> SessionInfo:
    config = None
    if row[6]:
        try:
            config = json.loads(row[6])
        except ValueError:
            config = None
    return SessionInfo(session=row[0], created=row[1], updated=row[2], status=row[3], turns=row[4], profile=row[5],
                       config=config, last_request=row[7])
