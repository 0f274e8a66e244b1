"""Where a session's finished turns live: one row per turn, written once, outside the graph state.

The executor's checkpoints hold only the turn in progress; the history (what the planner sees
and what ``$turn`` references resolve against) is appended here when a turn ends. So a
session's storage grows by one small row per turn, not by a copy of the whole history in every
checkpoint. Writing a turn is idempotent (keyed by session and turn index), so a turn whose
last checkpoint was lost in a crash is written again, not twice.

The file is checked when it is opened and a backup kept beside it (``sessions.repair``): a
damaged or emptied history is reported, never silently started afresh. Several processes may
share it (one run per session at a time, ``sessions.lock``): the cache is dropped whenever
another connection has written since (``PRAGMA data_version``).

Key parts: ``TurnStore`` (SQLite: a file next to the checkpoints, or in memory).
"""

from __future__ import annotations

import sqlite3
import threading
from pathlib import Path

from ..contracts.history import History, TurnRecord
from .repair import damage_error, keep_backup, open_checked

TURNS_DB = "turns.sqlite"

_SCHEMA = """
CREATE TABLE IF NOT EXISTS turns (
    session TEXT NOT NULL,
    idx INTEGER NOT NULL,
    record TEXT NOT NULL,
    PRIMARY KEY (session, idx)
)
"""


#: results of the steps of the turn in progress, written the moment a step succeeds (before it
#: says "finished"): a process killed before LangGraph saved the step's checkpoint write does not
#: run the step again on resume. Dropped when the turn is written.
_STEPS_SCHEMA = """
CREATE TABLE IF NOT EXISTS step_results (
    session TEXT NOT NULL,
    turn INTEGER NOT NULL,
    step TEXT NOT NULL,
    key TEXT NOT NULL,
    result TEXT NOT NULL,
    PRIMARY KEY (session, turn, step)
)
"""


def setup_turns(conn: sqlite3.Connection) -> None:
    """The ``turns`` and ``step_results`` tables (for a new store, and for ``unison session repair``)."""
    conn.execute(_SCHEMA)
    conn.execute(_STEPS_SCHEMA)
    conn.commit()


class TurnStore:
    """Finished turns per session, in SQLite (``path``) or in memory (``None``)."""

    def __init__(self, path: str | Path | None = None) -> None:
        self.path = Path(path) if path is not None else None
        if self.path is not None:
            self.path.parent.mkdir(parents=True, exist_ok=True)
        self._conn = open_checked(self.path) if self.path else sqlite3.connect(":memory:", check_same_thread=False)
        try:
            self._conn.execute("PRAGMA journal_mode=WAL")
            self._conn.execute("PRAGMA synchronous=NORMAL")
            setup_turns(self._conn)
            if self.path is not None:
                keep_backup(self._conn, self.path)
        except sqlite3.DatabaseError as exc:
            self._conn.close()
            assert self.path is not None
            raise damage_error(self.path, f"SQLite cannot use it ({exc})") from None
        self._lock = threading.Lock()
        self._cache: dict[str, History] = {}
        self._version = self._data_version()
        self._wrote = False

    def _data_version(self) -> int:
        return int(self._conn.execute("PRAGMA data_version").fetchone()[0])

    def history(self, session: str) -> History:
        """The finished turns of ``session``, oldest first (a copy: callers may change it)."""
        with self._lock:
            if (version := self._data_version()) != self._version:  # another process wrote turns
                self._cache.clear()
                self._version = version
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
            self._conn.execute("DELETE FROM step_results WHERE session = ? AND turn = ?", (session, record.index))
            self._conn.commit()
            self._wrote = True
            cached = self._cache.get(session)
            if cached is not None:
                turns = [t for t in cached.turns if t.index != record.index] + [record]
                self._cache[session] = History(turns=sorted(turns, key=lambda t: t.index))

    def save_step(self, session: str, turn: int, step: str, key: str, result: str) -> None:
        """Keep a succeeded step's result (JSON) of the turn in progress; ``key`` names what ran."""
        with self._lock:
            self._conn.execute("INSERT OR REPLACE INTO step_results (session, turn, step, key, result) "
                               "VALUES (?, ?, ?, ?, ?)", (session, turn, step, key, result))
            self._conn.commit()

    def saved_step(self, session: str, turn: int, step: str, key: str) -> str | None:
        """The result ``save_step`` kept for the same step with the same ``key``, if any."""
        with self._lock:
            row = self._conn.execute("SELECT result FROM step_results WHERE session = ? AND turn = ? AND step = ? "
                                     "AND key = ?", (session, turn, step, key)).fetchone()
        return None if row is None else str(row[0])

    def sessions(self) -> list[str]:
        with self._lock:
            rows = self._conn.execute("SELECT session, MIN(rowid) FROM turns GROUP BY session ORDER BY 2").fetchall()
        return [r[0] for r in rows]

    def close(self) -> None:
        """Close; a file store that wrote turns refreshes its backup first, so the backup holds every
        finished turn, not only those before this process opened it."""
        with self._lock:
            if self.path is not None and self._wrote:
                try:
                    if self._conn.execute("PRAGMA quick_check").fetchall() == [("ok",)]:  # never back up damage
                        keep_backup(self._conn, self.path)
                except (sqlite3.Error, OSError):
                    pass  # the backup from opening stays; the next open checks the file and says what is wrong
            self._conn.close()
