"""Concurrent sessions and runs: many sessions at once, and several runs on one session.

- In one process: 8 threads, each with its own ``Agent`` on the same home (as 8 programs would
  have), run 3 turns each in their own sessions while three more agents compete for one shared
  session: the first holds it with a slow turn, the second is refused with ``SessionBusyError``
  at once, the third waits and runs after it. Every session ends with exactly its turns.
- Across processes (the issue's own scenario): a real ``unison execute`` holds a session with a
  slow step; ``unison run`` on the same session fails with one "session busy" line, then with
  ``--wait`` waits for it and runs. Both turns are kept.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
import time
from pathlib import Path
from typing import Any

import pytest
from fixtures.executor import ScriptedPlanner, calls, steps
from relkit import FACTORY, Figures

from unison_agent.cli import main
from unison_agent.contracts.errors import SessionBusyError

THREADS, TURNS = 8, 3
TESTS = Path(__file__).parents[1]


def planner() -> ScriptedPlanner:
    return ScriptedPlanner({
        "draw": steps(("s0", "text_to_image", "make_image", {"prompt": "p", "width": 16, "height": 16})),
        "brighter": steps(("s0", "image_edit", "brighten", {"prompt": "b", "image": "$turn.-1"})),
        "slow": steps(("s0", "text_to_image", "make_image", {"prompt": "slow", "seconds": 2.0})),
    })


def test_many_sessions_and_runs_at_once(make_agent: Any, figures: Figures, exec_call_log: Path) -> None:
    errors: list[str] = []
    results: dict[str, list[str]] = {}

    def chat(n: int) -> None:
        agent = make_agent(planner())
        try:
            out = [agent.run("draw", session=f"t{n}").status]
            out += [agent.run("brighter", session=f"t{n}").status for _ in range(TURNS - 1)]
            results[f"t{n}"] = out
        except Exception as exc:
            errors.append(f"t{n}: {exc!r}")

    holder, refused, waiter = make_agent(planner()), make_agent(planner()), make_agent(planner(), wait_for_session=True)
    told: list[str] = []
    waiter.on_busy = told.append
    shared: dict[str, Any] = {}

    def hold() -> None:
        shared["holder"] = holder.run("slow", session="shared").status

    def wait() -> None:
        shared["waiter"] = waiter.run("draw", session="shared").status

    threads = [threading.Thread(target=chat, args=(n,)) for n in range(THREADS)]
    first = threading.Thread(target=hold)
    t0 = time.monotonic()
    first.start()
    while ("make_image", "s0") not in [c for c in calls(exec_call_log)]:  # the slow turn is running
        assert first.is_alive(), "the slow turn ended early"
        time.sleep(0.01)
    for t in threads:
        t.start()
    with pytest.raises(SessionBusyError, match="session 'shared' is busy"):
        refused.run("draw", session="shared")
    second = threading.Thread(target=wait)
    second.start()
    for t in [*threads, first, second]:
        t.join(timeout=120)
        assert not t.is_alive()
    spent = time.monotonic() - t0
    assert not errors, errors
    assert all(statuses == ["ok"] * TURNS for statuses in results.values()) and len(results) == THREADS
    assert shared == {"holder": "ok", "waiter": "ok"}
    assert told and "busy" in told[0]
    history = holder.history("shared")
    assert [t.text for t in history.turns] == ["slow", "draw"]  # the waiter ran after, nothing abandoned
    for n in range(THREADS):
        assert len(holder.history(f"t{n}")) == TURNS
    figures.lines.append(
        f"concurrent sessions: {THREADS} threads x {TURNS} turns in their own sessions on one home, while 3 agents "
        f"shared one session (1 refused 'session busy' at once, 1 waited): {THREADS * TURNS + 2} turns, "
        f"0 lost, {spent:.1f} s")


def test_two_processes_on_one_session(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, figures: Figures,
                                      capsys: pytest.CaptureFixture[str]) -> None:
    home = tmp_path / "home"
    monkeypatch.setenv("UNISON_HOME", str(home))
    monkeypatch.chdir(tmp_path)
    plan = tmp_path / "slow.json"
    plan.write_text(json.dumps(steps(("s0", "text_to_image", "sleep_image", {"prompt": "slow", "seconds": 1.5}))))
    log = tmp_path / "calls.log"
    env = {**os.environ, "UNISON_HOME": str(home), "EXEC_CALL_LOG": str(log),
           "PYTHONPATH": os.pathsep.join([str(TESTS), str(TESTS.parent)])}
    script = "import sys; from unison_agent.cli import main; sys.exit(main(sys.argv[1:]))"
    first = subprocess.Popen([sys.executable, "-c", script, "execute", str(plan), "--text", "slow", "--session", "same",
                              *FACTORY], env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        deadline = time.monotonic() + 60
        while ("sleep_image", "s0") not in calls(log):
            assert first.poll() is None and time.monotonic() < deadline, first.stderr.read() if first.stderr else ""
            time.sleep(0.02)
        assert main(["run", "draw a fish", "--session", "same", *FACTORY]) == 1
        err = [line for line in capsys.readouterr().err.splitlines() if line.strip()]
        assert len(err) == 1 and err[0].startswith("Error: session 'same' is busy") and f"pid {first.pid}" in err[0]
        waited = time.monotonic()
        assert main(["run", "draw a fish", "--session", "same", "--wait", *FACTORY]) == 0
        waited = time.monotonic() - waited
        captured = capsys.readouterr()
        assert "is busy" in captured.err and "waiting for it to finish" in captured.err
        assert "session same turn 1: ok" in captured.out  # it ran after the first one's turn 0
        out, err_text = first.communicate(timeout=60)
    finally:
        if first.poll() is None:
            first.kill()
    assert first.returncode == 0, err_text
    assert "session same turn 0: ok" in out
    assert main(["session", "show", "same", "--json"]) == 0
    turns = json.loads(capsys.readouterr().out)["turns"]
    assert [(t["index"], t["text"], t["status"]) for t in turns] == [(0, "slow", "ok"), (1, "draw a fish", "ok")]
    figures.lines.append(
        f"two processes on one session: the second run failed at once with one 'session busy' line naming the "
        f"first's pid; with --wait it waited {waited:.1f} s and ran as turn 1; 2 turns kept, 0 lost")
