"""Where a session's finished turns live: one row per turn, written once, outside the graph state.

The executor's checkpoints hold only the turn in progress; the history (what the planner sees
and what ``$turn`` references resolve against) is appended here when a turn ends. So a
session's storage grows by one small row per turn, not by a copy of the whole history in every
checkpoint. Writing a turn is idempotent (keyed by session and turn index), so a turn whose
last checkpoint was lost in a crash is written again, not twice.

Key parts: ``TurnStore`` (SQLite: a file next to the checkpoints, or in memory).
"""

from __future__ import annotations

import sqlite3
import threading
from pathlib import Path

from ..contracts.history import History, TurnRecord

TURNS_DB = "turns.sqlite"

_SCHEMA = """
CREATE TABLE IF NOT EXISTS turns (
    session TEXT NOT NULL,
    idx INTEGER NOT NULL,
    record TEXT NOT NULL,
    PRIMARY KEY (session, idx)
)
"""


class TurnStore:
    """Finished turns per session, in SQLite (``path``) or in memory (``None``)."""

    def __init__(self, path: str | Path | None = None) -> None:
        self.path = Path(path) if path is not None else None
        if self.path is not None:
            self.path.parent.mkdir(parents=True, exist_ok=True)
        self._conn = sqlite3.connect(str(self.path) if self.path else ":memory:", check_same_thread=False)
        self._conn.execute("PRAGMA journal_mode=WAL")
        self._conn.execute("PRAGMA synchronous=NORMAL")
        self._conn.execute(_SCHEMA)
        self._conn.commit()
        self._lock = threading.Lock()
        self._cache: dict[str, History] = {}

    def history(self, session: str) -> History:
        """The finished turns of ``session``, oldest first (a copy: callers may change it)."""
        with self._lock:
            cached = self._cache.get(session)
            if cached is None:
                rows = self._conn.execute(
                    "SELECT record FROM turns WHERE session = ? ORDER BY idx", (session,)).fetchall()
                cached = History(turns=[TurnRecord.model_validate_json(r[0]) for r in rows])
                self._cache[session] = cached
            return History(turns=list(cached.turns))

    def count(self, session: str) -> int:
        return len(self.history(session))

    def put(self, session: str, record: TurnRecord) -> None:
        """Write turn ``record.index`` of ``session`` (again, if it was written before)."""
        with self._lock:
            self._conn.execute("INSERT OR REPLACE INTO turns (session, idx, record) VALUES (?, ?, ?)",
                               (session, record.index, record.model_dump_json()))
            self._conn.commit()
            cached = self._cache.get(session)
            if cached is not None:
                turns = [t for t in cached.turns if t.index != record.index] + [record]
                self._cache[session] = History(turns=sorted(turns, key=lambda t: t.index))

    def sessions(self) -> list[str]:
        with self._lock:
            rows = self._conn.execute("SELECT session, MIN(rowid) FROM turns GROUP BY session ORDER BY 2").fetchall()
        return [r[0] for r in rows]

    def close(self) -> None:
        with self._lock:
            self._conn.close()
