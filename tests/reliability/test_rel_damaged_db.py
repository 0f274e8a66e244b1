"""Damaged session databases: each kind of damage is detected with one clear line (which file,
what is wrong, how to recover), nothing is replaced silently, and ``unison session repair``
brings the session back from the backup plus whatever the damaged file still holds.

A home with session ``d`` (two finished turns) is made once and copied per case; then one of
its two stores (``turns.sqlite``: the history; ``sessions.sqlite``: the checkpoints) is damaged
as disks, crashes and people damage files: cut in half, emptied, overwritten with random bytes,
its header or a middle page garbled, garbage in its write-ahead log, replaced by a folder, by
another SQLite database or by a text file.
"""

from __future__ import annotations

import hashlib
import os
import random
import shutil
import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest
from relkit import FACTORY, Figures

from unison_agent.cli import main

SEED = 3


def _cut_half(p: Path) -> None:
    os.truncate(p, p.stat().st_size // 2)


def _empty(p: Path) -> None:
    os.truncate(p, 0)


def _random(p: Path) -> None:
    p.write_bytes(random.Random(SEED).randbytes(p.stat().st_size))


def _header(p: Path) -> None:
    data = bytearray(p.read_bytes())
    data[:100] = random.Random(SEED).randbytes(100)
    p.write_bytes(bytes(data))


def _middle_page(p: Path) -> None:
    data = bytearray(p.read_bytes())
    page = int.from_bytes(data[16:18], "big") or 65536
    mid = (len(data) // page // 2) * page or page
    data[mid:mid + page] = random.Random(SEED).randbytes(page)
    p.write_bytes(bytes(data[:len(data)]))


def _wal_garbage(p: Path) -> None:
    p.with_name(p.name + "-wal").write_bytes(random.Random(SEED).randbytes(64 * 1024))


def _folder(p: Path) -> None:
    p.unlink()
    p.mkdir()


def _other_db(p: Path) -> None:
    p.unlink()
    with sqlite3.connect(p) as conn:
        conn.execute("CREATE TABLE notes (body TEXT)")
        conn.execute("INSERT INTO notes VALUES ('not a session store')")


def _text(p: Path) -> None:
    p.write_text("this was a database once\n" * 100)


DAMAGE: dict[str, Callable[[Path], None]] = {
    "cut in half": _cut_half, "truncated to 0 bytes": _empty, "random bytes": _random,
    "header garbled": _header, "middle page garbled": _middle_page, "WAL garbage": _wal_garbage,
    "replaced by a folder": _folder, "another SQLite database": _other_db, "a text file": _text,
}
CASES = [(store, name) for store in ("turns.sqlite", "sessions.sqlite") for name in DAMAGE]
RECOVERED: dict[str, str] = {}


@pytest.fixture(scope="module")
def base_home(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """(home, pristine copy): a case restores the copy at the same path, since a session's
    history names its artifacts by absolute path."""
    work = tmp_path_factory.mktemp("damaged")
    home = work / "home"
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("UNISON_HOME", str(home))
        mp.chdir(work)
        assert main(["run", "draw a fish", "--session", "d", *FACTORY]) == 0
        assert main(["run", "now brighter", "--session", "d", *FACTORY]) == 0
    shutil.copytree(home, work / "pristine")
    return home, work / "pristine"


def fingerprint(target: Path) -> list[tuple[str, str]]:
    """The damaged file and its backup, by content (a folder by name)."""
    out = []
    for p in (target, target.with_name(target.name + ".bak")):
        out.append((p.name, "folder" if p.is_dir() else hashlib.sha256(p.read_bytes()).hexdigest()))
    return out


def one_error(err: str) -> str:
    lines = [line for line in err.splitlines() if line.strip()]
    assert len(lines) == 1 and lines[0].startswith("Error: "), "\n".join(lines)
    assert "Traceback" not in err and "a bug in unison" not in err
    return lines[0]


def turns_of(capsys: pytest.CaptureFixture[str]) -> int:
    assert main(["session", "show", "d"]) == 0
    return sum(line.startswith("turn ") for line in capsys.readouterr().out.splitlines())


@pytest.mark.parametrize(("store", "damage"), CASES, ids=[f"{s}: {d}" for s, d in CASES])
def test_damage_is_detected_and_repaired(store: str, damage: str, base_home: tuple[Path, Path], tmp_path: Path,
                                         monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str],
                                         figures: Figures) -> None:
    home, pristine = base_home
    shutil.rmtree(home)
    shutil.copytree(pristine, home)
    monkeypatch.setenv("UNISON_HOME", str(home))
    monkeypatch.chdir(tmp_path)
    target = home / "sessions" / store
    DAMAGE[damage](target)
    snapshot = fingerprint(target)

    rc = main(["run", "now brighter", "--session", "d", *FACTORY])
    captured = capsys.readouterr()
    if rc == 0:  # SQLite did not need the damaged part (a free page, a log whose checksums fail)
        assert "turn 2: ok" in captured.out, captured.err
        with sqlite3.connect(target) as conn:
            assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        assert turns_of(capsys) == 3  # nothing lost
        RECOVERED[f"{store}: {damage}"] = "harmless to SQLite (unused part); nothing lost, 3/3 turns"
        return
    detected = 0
    for argv in (["run", "now brighter", "--session", "d", *FACTORY], ["session", "list"],
                 *([["session", "show", "d"]] if store == "turns.sqlite" else [])):
        assert main(argv) == 1, argv
        line = one_error(capsys.readouterr().err)
        assert str(target) in line and "is damaged" in line and "unison session repair" in line, line
        detected += 1
    # nothing was replaced or "fixed" behind the user's back
    assert fingerprint(target) == snapshot

    assert main(["session", "repair"]) == 0
    report = capsys.readouterr().out
    assert f"session store {str(target)!r} was damaged" in report and "kept as" in report, report
    kept = next(target.parent.glob(f"{store}.damaged-*"))
    assert kept.exists()  # the damaged file is never deleted
    recovered = turns_of(capsys)
    assert recovered == 2, "the backup (refreshed when the last run closed the store) holds both turns"
    assert main(["run", "now brighter", "--session", "d", *FACTORY]) == 0, capsys.readouterr().err
    assert f"session d turn {recovered}: ok" in capsys.readouterr().out
    RECOVERED[f"{store}: {damage}"] = f"detected by {detected} commands; repaired, {recovered}/2 turns back"
    if len(RECOVERED) == len(CASES):
        harmless = sum("harmless" in what for what in RECOVERED.values())
        figures.lines.append(
            f"damaged session databases: {len(CASES)} cases; {len(CASES) - harmless} detected by every command with one "
            f"line naming the file and `unison session repair`, nothing changed until repaired, then repaired; "
            f"{harmless} harmless to SQLite (nothing lost):")
        figures.lines.extend(f"  {case}: {what}" for case, what in RECOVERED.items())


def test_a_damaged_index_is_moved_aside_and_nothing_is_lost(base_home: tuple[Path, Path], tmp_path: Path,
                                                            monkeypatch: pytest.MonkeyPatch,
                                                            capsys: pytest.CaptureFixture[str], figures: Figures) -> None:
    """``index.sqlite`` (locks, status, remembered configuration) can be rebuilt: a damaged one is
    kept aside and started afresh; the sessions and their history are untouched."""
    home, pristine = base_home
    shutil.rmtree(home)
    shutil.copytree(pristine, home)
    monkeypatch.setenv("UNISON_HOME", str(home))
    monkeypatch.chdir(tmp_path)
    _random(home / "sessions" / "index.sqlite")
    assert main(["run", "now brighter", "--session", "d", *FACTORY]) == 0, capsys.readouterr().err
    assert "session d turn 2: ok" in capsys.readouterr().out
    assert list((home / "sessions").glob("index.sqlite.damaged-*"))
    assert turns_of(capsys) == 3
    figures.lines.append("damaged session index (locks, status): moved aside and started afresh, the run went on, "
                         "3/3 turns kept")
