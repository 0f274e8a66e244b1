"""Sessions: a session is a LangGraph thread; its state (history, an unfinished turn) lives in
a checkpointer. The default is SQLite, one embedded file under the session root.

Key parts:
- ``open_sqlite_checkpointer(root)``: the SQLite checkpointer at ``<root>/sessions.sqlite``.
- ``new_session_id()``: a fresh, sortable id (``s-20250101-120000-1a2b3c``).
- ``list_sessions(checkpointer)``: the session ids a SQLite checkpointer knows.
- ``read_history(checkpointer, session)``: a session's finished turns, without an agent.
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
    from ..executor.events import StreamEventSink
    from ..executor.results import RunResult
    from .history import History

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


def read_history(checkpointer: Any, session: str) -> History:
    """A session's finished turns straight from a checkpointer (no agent, no graph)."""
    from .history import History

    try:
        found = checkpointer.get_tuple({"configurable": {"thread_id": session, "checkpoint_ns": ""}})
    except sqlite3.DatabaseError as exc:
        conn = checkpointer.conn
        raise damage_error(Path(conn.execute("PRAGMA database_list").fetchone()[2]), str(exc)) from None
    values = (found.checkpoint.get("channel_values") or {}) if found is not None else {}
    return History.model_validate(values.get("history") or {"turns": []})


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
