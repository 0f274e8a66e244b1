"""Sessions: a session is a LangGraph thread; its state (history, an unfinished turn) lives in
a checkpointer. The default is SQLite, one embedded file under the session root.

Key parts:
- ``open_sqlite_checkpointer(root)``: the SQLite checkpointer at ``<root>/sessions.sqlite``.
- ``new_session_id()``: a fresh, sortable id (``s-20250101-120000-1a2b3c``).
- ``list_sessions(checkpointer)``: the session ids a SQLite checkpointer knows.
- ``Session``: a handle bound to one agent and id, so ``session.run("now make it brighter")``
  continues the same conversation.
"""

from __future__ import annotations

import re
import secrets
import sqlite3
import time
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..contracts.errors import UserError
from .repair import damage_error, keep_backup, open_checked

if TYPE_CHECKING:
    from langgraph.checkpoint.sqlite import SqliteSaver

    from ..agent import Agent
    from ..contracts.history import History
    from ..executor.events import StreamEventSink
    from ..executor.results import RunResult

SESSION_DB = "sessions.sqlite"
SESSION_ID = re.compile(r"^[A-Za-z0-9_.:\-]{1,128}$")


def new_session_id() -> str:
    return f"s-{time.strftime('%Y%m%d-%H%M%S')}-{secrets.token_hex(3)}"


def check_session_id(session: str) -> str:
    # an id names folders (reports, outputs): no "..", no leading dot
    if not isinstance(session, str) or not SESSION_ID.fullmatch(session) or session.startswith(".") or ".." in session:
        raise UserError(f"session id {session!r} must be 1-128 characters of letters, digits, '_', '.', ':' or '-', "
                        "not starting with '.' and without '..'")
    return session


def open_sqlite_checkpointer(root: str | Path) -> SqliteSaver:
    """The SQLite checkpointer for sessions under ``root`` (created if needed)."""
    from langgraph.checkpoint.sqlite import SqliteSaver

    folder = Path(root).expanduser()
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / SESSION_DB
    # checked first: a damaged or emptied file is reported, never silently started afresh
    conn = open_checked(path)  # check_same_thread=False: SqliteSaver serialises access itself
    try:
        conn.execute("PRAGMA journal_mode=WAL")  # readers do not block the writer
        # WAL + NORMAL: a commit survives the process being killed (what resuming needs); only a
        # power cut may lose the last commits, never corrupt the file
        conn.execute("PRAGMA synchronous=NORMAL")
        saver = SqliteSaver(conn)
        saver.setup()
        keep_backup(conn, path)
    except sqlite3.DatabaseError as exc:
        conn.close()
        raise damage_error(path, f"SQLite cannot use it ({exc})") from None
    return saver


def list_sessions(checkpointer: Any) -> list[str]:
    """Session ids stored by a SQLite checkpointer, oldest first (empty for other kinds)."""
    conn = getattr(checkpointer, "conn", None)
    if not isinstance(conn, sqlite3.Connection):
        return []
    with checkpointer.lock:
        try:
            rows = conn.execute(
                "SELECT thread_id, MIN(rowid) FROM checkpoints WHERE checkpoint_ns = '' GROUP BY thread_id ORDER BY 2"
            ).fetchall()
        except sqlite3.DatabaseError as exc:
            raise damage_error(Path(conn.execute("PRAGMA database_list").fetchone()[2]), str(exc)) from None
    return [r[0] for r in rows]


def prune_checkpoints(checkpointer: Any, session: str) -> int:
    """Drop the superseded checkpoints of ``session`` (a finished turn needs only its last one),
    so the sessions database does not grow with every step of every turn. Returns rows removed;
    does nothing for checkpointers other than SQLite."""
    conn = getattr(checkpointer, "conn", None)
    if not isinstance(conn, sqlite3.Connection):
        return 0
    with checkpointer.lock:
        latest = conn.execute(
            "SELECT checkpoint_id FROM checkpoints WHERE thread_id = ? AND checkpoint_ns = '' "
            "ORDER BY checkpoint_id DESC LIMIT 1", (session,)).fetchone()
        if latest is None:
            return 0
        removed = conn.execute(
            "DELETE FROM checkpoints WHERE thread_id = ? AND checkpoint_id != ?", (session, latest[0])).rowcount
        removed += conn.execute(
            "DELETE FROM writes WHERE thread_id = ? AND checkpoint_id != ?", (session, latest[0])).rowcount
        conn.commit()
    return int(removed)


class Session:
    """One conversation with an agent: every call continues the same history."""

    def __init__(self, agent: Agent, session_id: str | None = None) -> None:
        self.agent = agent
        self.id = check_session_id(session_id) if session_id else new_session_id()

    def run(self, text: str, attachments: Sequence[str | Path] | None = None, *, on_event: StreamEventSink | None = None,
            base_dir: str | Path | None = None) -> RunResult:
        return self.agent.run(text, attachments, session=self.id, on_event=on_event, base_dir=base_dir)

    def execute(self, plan: Any, request: Any = None, *, on_event: StreamEventSink | None = None) -> RunResult:
        return self.agent.execute(plan, request, session=self.id, on_event=on_event)

    @property
    def history(self) -> History:
        return self.agent.history(self.id)

    def __repr__(self) -> str:
        return f"<Session {self.id} turns={len(self.history)}>"
