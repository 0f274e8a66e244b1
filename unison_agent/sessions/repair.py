"""Damaged session databases: detect, keep a backup, repair — never replace one silently.

``turns.sqlite`` holds every session's finished turns (its history) and ``sessions.sqlite`` the
checkpoints of unfinished ones. Opening either checks it first (``PRAGMA quick_check``; a file
cut to 0 bytes counts as damaged, not as new), and a damaged one raises ``SessionStoreError``
saying which file, what is wrong and how to recover. After a check passes, a copy is kept as
``<name>.bak`` (refreshed when the database has changed since; the history store refreshes it
again, after another check, when a process that wrote turns closes it), so there is always a
known-good copy to go back to.

``unison session repair`` (``repair_store``) moves the damaged file aside (it is never deleted),
restores the backup if there is one, then salvages every row that can still be read from the
damaged file into it (a turn finished after the backup comes back if its rows are readable).

Key parts:
- ``store_problem(path)``: what is wrong with a database file, or ``None``.
- ``open_checked(path)``: a connection to a checked database (``SessionStoreError`` otherwise).
- ``damage_error(path, problem)``: the ``SessionStoreError`` saying how to recover.
- ``keep_backup(conn, path)``: refresh ``<path>.bak`` from a good connection.
- ``repair_store(path)``: the repair, returning a ``RepairReport`` to print.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import tempfile
import time
from collections.abc import Callable
from contextlib import closing
from dataclasses import dataclass, field
from pathlib import Path

from ..contracts.errors import SessionStoreError

#: The tables each session database must have (by file name).
TABLES = {"sessions.sqlite": ("checkpoints", "writes"), "turns.sqlite": ("turns",)}


def backup_path(path: Path) -> Path:
    return path.with_name(path.name + ".bak")


def _companions(path: Path) -> list[Path]:
    return [path.with_name(path.name + s) for s in ("-wal", "-shm")]


def store_problem(path: Path) -> str | None:
    """What is wrong with the SQLite database at ``path`` (which exists), or ``None``."""
    try:
        size = path.stat().st_size
    except OSError as exc:
        return f"it cannot be read ({exc.strerror})"
    if not path.is_file():
        return "it is not a regular file"
    if size == 0:
        return "it is empty (0 bytes), so its sessions are gone from it"
    try:
        with closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=30)) as conn:
            rows = conn.execute("PRAGMA quick_check").fetchall()
            tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    except sqlite3.DatabaseError as exc:
        return f"SQLite cannot read it ({exc})"
    if rows != [("ok",)]:
        found = "; ".join(" ".join(str(r[0]).split()) for r in rows[:3])  # SQLite's report has line breaks
        return f"SQLite finds it damaged ({found})"
    missing = [t for t in TABLES.get(path.name, ()) if t not in tables]
    if missing and tables:
        return f"it is a SQLite database, but not a session store (no table {', '.join(missing)})"
    return None


def damage_error(path: Path, problem: str) -> SessionStoreError:
    bak = backup_path(path)
    if bak.is_file() and store_problem(bak) is None:
        when = time.strftime("%Y-%m-%d %H:%M", time.localtime(bak.stat().st_mtime))
        how = (f"a backup from {when} is at {str(bak)!r}: `unison session repair` restores it and salvages what "
               "it can from the damaged file")
    else:
        how = "there is no usable backup: `unison session repair` salvages what it can into a new store"
    return SessionStoreError(f"session store {str(path)!r} is damaged: {problem}. Nothing was changed; {how} "
                             "(the damaged file is kept beside it)")


def open_checked(path: Path) -> sqlite3.Connection:
    """A connection to ``path`` after checking it; a new file is created (absent only, never empty)."""
    if path.exists() and (problem := store_problem(path)) is not None:
        raise damage_error(path, problem)
    try:
        return sqlite3.connect(path, check_same_thread=False, timeout=30)
    except sqlite3.DatabaseError as exc:
        raise damage_error(path, str(exc)) from None


def keep_backup(conn: sqlite3.Connection, path: Path) -> Path | None:
    """Copy a checked database to ``<path>.bak`` when it changed since the last copy."""
    bak = backup_path(path)
    newest = max((p.stat().st_mtime for p in [path, *_companions(path)] if p.exists()), default=0.0)
    if bak.exists() and bak.stat().st_mtime >= newest:
        return None
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".sessions-bak-")
    os.close(fd)
    try:
        with closing(sqlite3.connect(tmp)) as dst:
            conn.backup(dst)
        os.replace(tmp, bak)
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)
    return bak


@dataclass
class RepairReport:
    path: Path
    problem: str | None
    damaged_copy: Path | None = None
    restored_from: Path | None = None
    salvaged: dict[str, int] = field(default_factory=dict)
    sessions: int = 0

    def lines(self) -> list[str]:
        if self.problem is None:
            return [f"session store {str(self.path)!r} is fine ({self.sessions} session(s)); nothing to repair"]
        out = [f"session store {str(self.path)!r} was damaged: {self.problem}",
               f"  the damaged file is kept as {str(self.damaged_copy)!r}"]
        if self.restored_from is not None:
            when = time.strftime("%Y-%m-%d %H:%M", time.localtime(self.restored_from.stat().st_mtime))
            out.append(f"  restored the backup from {when} ({str(self.restored_from)!r})")
        else:
            out.append("  no usable backup: started a new store")
        rows = ", ".join(f"{n} {t}" for t, n in self.salvaged.items())
        out.append(f"  salvaged from the damaged file: {rows or 'nothing readable'}")
        out.append(f"  the store now holds {self.sessions} session(s)")
        return out


def repair_store(path: Path, setup: Callable[[sqlite3.Connection], None]) -> RepairReport:
    """Repair the database at ``path`` (see the module docstring); a sound one is left alone.
    ``setup`` makes the tables of a new, empty store."""
    problem = store_problem(path) if path.exists() else None
    report = RepairReport(path=path, problem=problem)
    if problem is None:
        report.sessions = _count_sessions(path) if path.exists() else 0
        return report
    stamp = time.strftime("%Y%m%d-%H%M%S")
    report.damaged_copy = path.with_name(f"{path.name}.damaged-{stamp}")
    path.replace(report.damaged_copy)
    for extra in _companions(path):
        if extra.exists():
            extra.replace(extra.with_name(f"{report.damaged_copy.name}{extra.name[len(path.name):]}"))
    bak = backup_path(path)
    if bak.is_file() and store_problem(bak) is None:
        shutil.copyfile(bak, path)
        report.restored_from = bak
    with closing(sqlite3.connect(path)) as conn:
        setup(conn)  # the tables, for a new store (a restored backup has them already)
        report.salvaged = _salvage(report.damaged_copy, conn, TABLES.get(path.name, ()))
        conn.commit()
    report.sessions = _count_sessions(path)
    return report


def _salvage(source: Path, target: sqlite3.Connection, tables: tuple[str, ...]) -> dict[str, int]:
    """Copy every readable row of the session tables from ``source`` (rows already there stay)."""
    counts: dict[str, int] = {}
    try:
        src = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
    except sqlite3.DatabaseError:
        return counts
    with closing(src):
        for table in tables:
            try:
                columns = [r[1] for r in target.execute(f"PRAGMA table_info({table})")]
                rows = _readable_rows(src, table, columns)
            except sqlite3.DatabaseError:
                continue
            marks = ", ".join("?" for _ in columns)
            before = target.total_changes
            target.executemany(f"INSERT OR IGNORE INTO {table} ({', '.join(columns)}) VALUES ({marks})", rows)
            counts[table] = target.total_changes - before
    return counts


def _readable_rows(src: sqlite3.Connection, table: str, columns: list[str]) -> list[tuple[object, ...]]:
    """All rows that read back, going row by row past damaged pages."""
    select = f"SELECT {', '.join(columns)} FROM {table}"
    try:
        return src.execute(select).fetchall()
    except sqlite3.DatabaseError:
        pass
    try:
        top = src.execute(f"SELECT max(rowid) FROM {table}").fetchone()[0] or 0
    except sqlite3.DatabaseError:
        top = None  # unknown: go on until a long run of rowids finds nothing
    rows: list[tuple[object, ...]] = []
    last_found, rowid = 0, 0
    while (rowid < top) if top is not None else (rowid - last_found < _GIVE_UP_AFTER):
        rowid += 1
        try:
            row = src.execute(f"{select} WHERE rowid = ?", (rowid,)).fetchone()
        except sqlite3.DatabaseError:
            continue
        if row is not None:
            rows.append(row)
            last_found = rowid
    return rows


#: Rowids tried past the last readable row when the table's largest rowid cannot be read.
_GIVE_UP_AFTER = 2000


def _count_sessions(path: Path) -> int:
    table, column = ("turns", "session") if "turns" in TABLES.get(path.name, ()) else ("checkpoints", "thread_id")
    try:
        with closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as conn:
            return int(conn.execute(f"SELECT COUNT(DISTINCT {column}) FROM {table}").fetchone()[0])
    except sqlite3.DatabaseError:
        return 0
