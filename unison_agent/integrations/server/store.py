"""The server's durable state: runs, their events, session and artifact ownership, in SQLite.

One file, ``runs.sqlite``, next to the sessions' checkpoints. Every change is committed at
once (WAL, ``synchronous=NORMAL``: it survives the process being killed), so a restarted
server finds its queue, the events it has sent (``Last-Event-ID`` replay) and who owns what.

Key parts:
- ``RunRecord``: one submitted run; ``state`` is ``queued`` → ``running`` → ``succeeded`` /
  ``failed`` / ``cancelled``, with ``waiting_approval`` in between when steps need approval.
- ``RunStore.claim_next()``: the oldest queued run whose session has nothing running, waiting
  or queued before it — this is what serialises a session's runs, in order.
- ``RunStore.requeue_interrupted()``: after a crash, runs that were running go back to the queue.
"""

from __future__ import annotations

import fcntl
import json
import os
import sqlite3
import threading
import time
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, Field

from ...contracts.errors import UserError

RunState = Literal["queued", "running", "waiting_approval", "succeeded", "failed", "cancelled"]
ACTIVE: tuple[RunState, ...] = ("running", "waiting_approval")
TERMINAL: tuple[RunState, ...] = ("succeeded", "failed", "cancelled")
STATES: tuple[RunState, ...] = ("queued", "running", "waiting_approval", "succeeded", "failed", "cancelled")
DB_NAME = "runs.sqlite"
LOCK_NAME = "runs.lock"

_SCHEMA = """
CREATE TABLE IF NOT EXISTS runs (
  seq INTEGER PRIMARY KEY AUTOINCREMENT, id TEXT UNIQUE NOT NULL, session TEXT NOT NULL,
  tenant TEXT NOT NULL, state TEXT NOT NULL, text TEXT NOT NULL, attachments TEXT NOT NULL,
  planner TEXT, overrides TEXT NOT NULL, plan TEXT, turn INTEGER, answer TEXT,
  cancel_requested INTEGER NOT NULL DEFAULT 0, result TEXT, error TEXT, warnings TEXT NOT NULL,
  created REAL NOT NULL, started REAL, finished REAL);
CREATE INDEX IF NOT EXISTS runs_by_state ON runs(state, seq);
CREATE INDEX IF NOT EXISTS runs_by_session ON runs(session, seq);
CREATE TABLE IF NOT EXISTS events (run TEXT NOT NULL, seq INTEGER NOT NULL, data TEXT NOT NULL,
  PRIMARY KEY (run, seq)) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS sessions (id TEXT PRIMARY KEY, tenant TEXT NOT NULL, created REAL NOT NULL);
CREATE TABLE IF NOT EXISTS owners (artifact TEXT NOT NULL, tenant TEXT NOT NULL,
  PRIMARY KEY (artifact, tenant)) WITHOUT ROWID;
"""
_JSON_FIELDS = ("attachments", "overrides", "plan", "answer", "result", "error", "warnings")


class RunRecord(BaseModel):
    """A run as the queue keeps it."""

    id: str
    session: str
    tenant: str = ""
    state: RunState = "queued"
    text: str = Field(description="The request text as submitted.")
    attachments: list[str] = Field(default_factory=list, description="Artifact ids, $input.0 first.")
    planner: str | None = None
    overrides: dict[str, Any] = Field(default_factory=dict, description="Arguments set on every step whose tool takes them.")
    plan: dict[str, Any] | None = None
    turn: int | None = Field(default=None, description="The session turn this run is (set when it starts).")
    answer: Any = Field(default=None, description="An approval answer waiting to be applied.")
    cancel_requested: bool = False
    result: dict[str, Any] | None = Field(default=None, description="The RunResult as JSON, once finished.")
    error: dict[str, Any] | None = Field(default=None, description="Problem details, when the run failed before or outside its steps.")
    warnings: list[str] = Field(default_factory=list)
    created: float = Field(default_factory=time.time)
    started: float | None = None
    finished: float | None = None


class RunStore:
    """Thread-safe access to ``runs.sqlite`` (one connection, one lock: every query is short)."""

    def __init__(self, root: str | Path) -> None:
        folder = Path(root).expanduser()
        folder.mkdir(parents=True, exist_ok=True)
        self.path = folder / DB_NAME
        self._lock_fd = _lock_exclusively(folder / LOCK_NAME)
        self._conn = sqlite3.connect(self.path, check_same_thread=False, isolation_level=None)
        self._conn.row_factory = sqlite3.Row
        self._conn.execute("PRAGMA journal_mode=WAL")
        self._conn.execute("PRAGMA synchronous=NORMAL")
        self._conn.executescript(_SCHEMA)
        self._lock = threading.Lock()
        self._event_seq: dict[str, int] = {}

    def close(self) -> None:
        with self._lock:
            self._conn.close()
            if self._lock_fd is not None:
                os.close(self._lock_fd)  # releases the flock
                self._lock_fd = None

    def _q(self, sql: str, args: tuple[Any, ...] = ()) -> list[sqlite3.Row]:
        with self._lock:
            return self._conn.execute(sql, args).fetchall()

    # -- runs -------------------------------------------------------------------------------
    def add(self, run: RunRecord) -> None:
        data = _to_row(run)
        cols = ", ".join(data)
        self._q(f"INSERT INTO runs ({cols}) VALUES ({', '.join('?' * len(data))})", tuple(data.values()))

    def get(self, run_id: str) -> RunRecord | None:
        rows = self._q("SELECT * FROM runs WHERE id = ?", (run_id,))
        return _from_row(rows[0]) if rows else None

    def update(self, run_id: str, **fields: Any) -> None:
        data = {k: json.dumps(v) if k in _JSON_FIELDS else v for k, v in fields.items()}
        sets = ", ".join(f"{k} = ?" for k in data)
        self._q(f"UPDATE runs SET {sets} WHERE id = ?", (*data.values(), run_id))

    def set_state_if(self, run_id: str, old: tuple[str, ...], **fields: Any) -> bool:
        """Update ``run_id`` only while its state is one of ``old``; True if it was."""
        data = {k: json.dumps(v) if k in _JSON_FIELDS else v for k, v in fields.items()}
        sets = ", ".join(f"{k} = ?" for k in data)
        marks = ", ".join("?" * len(old))
        with self._lock:
            cur = self._conn.execute(f"UPDATE runs SET {sets} WHERE id = ? AND state IN ({marks})",
                                     (*data.values(), run_id, *old))
            return cur.rowcount == 1

    def runs(self, *, tenant: str | None = None, session: str | None = None, limit: int = 100) -> list[RunRecord]:
        """Newest first; ``tenant=None`` sees every tenant's."""
        where, args = _filters(tenant=tenant, session=session)
        rows = self._q(f"SELECT * FROM runs {where} ORDER BY seq DESC LIMIT ?", (*args, limit))
        return [_from_row(r) for r in rows]

    def claim_next(self) -> RunRecord | None:
        """Mark the next runnable queued run ``running`` and return it (``None``: nothing to do)."""
        with self._lock:
            row = self._conn.execute(
                "SELECT * FROM runs r WHERE r.state = 'queued' AND NOT EXISTS (SELECT 1 FROM runs o "
                "WHERE o.session = r.session AND (o.state IN ('running', 'waiting_approval') "
                "OR (o.state = 'queued' AND o.seq < r.seq))) ORDER BY r.seq LIMIT 1").fetchone()
            if row is None:
                return None
            now = time.time()
            self._conn.execute("UPDATE runs SET state = 'running', started = COALESCE(started, ?) WHERE id = ?",
                               (now, row["id"]))
        run = _from_row(row)
        return run.model_copy(update={"state": "running", "started": run.started or now})

    def requeue_interrupted(self) -> list[str]:
        """Runs left ``running`` by a crash go back to the queue, keeping their place."""
        rows = self._q("SELECT id FROM runs WHERE state = 'running' ORDER BY seq")
        self._q("UPDATE runs SET state = 'queued' WHERE state = 'running'")
        return [r["id"] for r in rows]

    def counts(self) -> dict[str, int]:
        found = {r["state"]: r["n"] for r in self._q("SELECT state, COUNT(*) AS n FROM runs GROUP BY state")}
        return {s: int(found.get(s, 0)) for s in STATES}

    def queue_position(self, run_id: str) -> int | None:
        """1 for the next queued run; ``None`` unless ``run_id`` is queued."""
        rows = self._q("SELECT COUNT(*) AS n FROM runs WHERE state = 'queued' AND seq <= "
                       "(SELECT seq FROM runs WHERE id = ? AND state = 'queued')", (run_id,))
        n = int(rows[0]["n"]) if rows else 0
        return n or None

    # -- events -----------------------------------------------------------------------------
    def append_event(self, run_id: str, event: dict[str, Any]) -> int:
        with self._lock:
            seq = self._event_seq.get(run_id)
            if seq is None:
                seq = self._conn.execute("SELECT COALESCE(MAX(seq), 0) FROM events WHERE run = ?", (run_id,)).fetchone()[0]
            seq += 1
            self._conn.execute("INSERT INTO events (run, seq, data) VALUES (?, ?, ?)",
                               (run_id, seq, json.dumps(event, default=str)))
            self._event_seq[run_id] = seq
            return int(seq)

    def events_since(self, run_id: str, after: int = 0) -> list[tuple[int, dict[str, Any]]]:
        rows = self._q("SELECT seq, data FROM events WHERE run = ? AND seq > ? ORDER BY seq", (run_id, after))
        return [(int(r["seq"]), json.loads(r["data"])) for r in rows]

    # -- ownership --------------------------------------------------------------------------
    def claim_session(self, session: str, tenant: str) -> str:
        """Record ``tenant`` as the owner of ``session`` unless it has one; returns the owner."""
        self._q("INSERT OR IGNORE INTO sessions (id, tenant, created) VALUES (?, ?, ?)", (session, tenant, time.time()))
        return str(self._q("SELECT tenant FROM sessions WHERE id = ?", (session,))[0]["tenant"])

    def session_owner(self, session: str) -> str | None:
        rows = self._q("SELECT tenant FROM sessions WHERE id = ?", (session,))
        return str(rows[0]["tenant"]) if rows else None

    def sessions(self, tenant: str | None = None) -> list[str]:
        where, args = _filters(tenant=tenant)
        return [r["id"] for r in self._q(f"SELECT id FROM sessions {where} ORDER BY created", args)]

    def own(self, artifact_ids: list[str], tenant: str) -> None:
        with self._lock:
            self._conn.executemany("INSERT OR IGNORE INTO owners (artifact, tenant) VALUES (?, ?)",
                                   [(a, tenant) for a in artifact_ids])

    def owns(self, artifact_id: str, tenant: str) -> bool:
        return bool(self._q("SELECT 1 FROM owners WHERE artifact = ? AND tenant = ?", (artifact_id, tenant)))


def _lock_exclusively(path: Path) -> int | None:
    """One server per home: two would both take (and requeue) the same runs. The lock goes
    with the process, however it ends (SIGKILL included)."""
    fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        os.close(fd)
        holder = path.read_text().strip() or "another process"
        raise UserError(f"another unison server (pid {holder}) uses the run queue in {str(path.parent)!r}; "
                        "stop it or give this one another home (UNISON_HOME)") from None
    os.ftruncate(fd, 0)
    os.write(fd, str(os.getpid()).encode())
    return fd


def _filters(**values: str | None) -> tuple[str, tuple[Any, ...]]:
    used = {k: v for k, v in values.items() if v is not None}
    where = " AND ".join(f"{k} = ?" for k in used)
    return (f"WHERE {where}" if where else ""), tuple(used.values())


def _to_row(run: RunRecord) -> dict[str, Any]:
    data = {name: getattr(run, name) for name in RunRecord.model_fields}
    return {k: json.dumps(v) if k in _JSON_FIELDS else v for k, v in data.items()}


def _from_row(row: sqlite3.Row) -> RunRecord:
    data = {k: row[k] for k in row.keys() if k != "seq"}  # noqa: SIM118 - sqlite3.Row has no __iter__ over keys
    for k in _JSON_FIELDS:
        if data.get(k) is not None:
            data[k] = json.loads(data[k])
    return RunRecord.model_validate(data)
