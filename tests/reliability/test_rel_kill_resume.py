"""kill -9 at random (seeded) points of a 3-step run, 20 times; each time the same command resumes.

The run is ``unison execute plan.json --session kN --json`` on a chain of three steps (each waits
for the one before and sleeps a little in progress slices). A kill point is drawn from a seeded RNG:
one in five falls in start-up (a time after the process starts, before it prints anything), the
rest in the run (a time after its first event line, over the length of a reference run). The test tools log every call and the JSON events say which steps
finished, so the test knows what ran before the kill and what ran again after.

Every resume must: exit 0 with a ``done`` event whose status is ``ok``; run each step at most
once more than it had started; never run again a step that had printed ``finished`` (its result
is kept before that line, ``executor.steprun.StepJournal``, so a kill before LangGraph's checkpoint
write loses nothing); and leave exactly one finished turn in the session.
"""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from fixtures.executor import calls, steps
from relkit import FACTORY, Figures

from unison_agent.sessions.turns import TURNS_DB, TurnStore

RUNS = 20
SEED = 12
STEP_SECONDS = 0.1  # two progress slices of 0.05 s per step
HERE = Path(__file__).parent


class ForkServer:
    """Client of ``forkserver.py``: start real CLI processes cheaply, wait for them."""

    def __init__(self) -> None:
        env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(HERE.parent), str(HERE.parents[1])])}
        self.proc = subprocess.Popen([sys.executable, str(HERE / "forkserver.py")], stdin=subprocess.PIPE,
                                     stdout=subprocess.PIPE, text=True, env=env)

    def _ask(self, req: dict[str, Any]) -> dict[str, Any]:
        assert self.proc.stdin is not None and self.proc.stdout is not None
        self.proc.stdin.write(json.dumps(req) + "\n")
        self.proc.stdin.flush()
        line = self.proc.stdout.readline()
        assert line, "the fork server died"
        return dict(json.loads(line))

    def start(self, argv: list[str], *, env: dict[str, str], cwd: Path, out: Path, err: Path) -> int:
        return int(self._ask({"op": "start", "argv": argv, "env": env, "cwd": str(cwd), "stdout": str(out),
                              "stderr": str(err)})["pid"])

    def wait(self, pid: int) -> int:
        return int(self._ask({"op": "wait", "pid": pid})["rc"])

    def close(self) -> None:
        if self.proc.stdin is not None:
            self.proc.stdin.close()
        self.proc.wait(timeout=30)


@pytest.fixture(scope="module")
def forks() -> Iterator[ForkServer]:
    server = ForkServer()
    yield server
    server.close()


def events(path: Path) -> list[dict[str, Any]]:
    if not path.exists():
        return []
    out = []
    for line in path.read_text().splitlines():
        try:
            out.append(json.loads(line))
        except ValueError:
            break  # a line cut by the kill
    return out


def turns_of(home: Path, session: str) -> list[Any]:
    store = TurnStore(home / "sessions" / TURNS_DB)
    try:
        return list(store.history(session).turns)
    finally:
        store.close()


def wait_for(predicate: Any, deadline: float, what: Any) -> None:
    while not predicate():
        assert time.monotonic() < deadline, what()
        time.sleep(0.002)


def test_kill_9_at_random_points_then_resume(tmp_path: Path, forks: ForkServer, figures: Figures) -> None:
    plan = steps(*((name, "text_to_image", "make_image", {"prompt": name, "seconds": STEP_SECONDS})
                   for name in ("a", "b", "c")))
    plan["steps"][1]["after"] = ["a"]
    plan["steps"][2]["after"] = ["b"]
    plan_file = tmp_path / "plan.json"
    plan_file.write_text(json.dumps(plan))
    home = tmp_path / "home"
    base_env = {"UNISON_HOME": str(home), "UNISON_PROFILE": "tiny", "UNISON_PLUGINS": ""}

    def argv(session: str) -> list[str]:
        return ["execute", str(plan_file), "--text", "three steps", "--session", session, "--json", *FACTORY]

    # reference runs: how long start-up takes (process start to the first event line) and how long
    # the steps take (first event to "done"); the second is sleep-bound, so it varies little with load
    startups, runs = [], []
    for r in range(3):
        ref_out = tmp_path / f"ref{r}.out"
        began = time.monotonic()
        pid = forks.start(argv(f"ref{r}"), env={**base_env, "EXEC_CALL_LOG": str(tmp_path / "ref.log")},
                          cwd=tmp_path, out=ref_out, err=tmp_path / "ref.err")
        wait_for(lambda: events(ref_out), began + 60, lambda: (tmp_path / "ref.err").read_text())  # noqa: B023
        first = time.monotonic()
        wait_for(lambda: events(ref_out)[-1]["event"] == "done", first + 60, lambda: "no done")  # noqa: B023
        startups.append(first - began)
        runs.append(time.monotonic() - first)
        assert forks.wait(pid) == 0, (tmp_path / "ref.err").read_text()
    startup, run = min(startups), sorted(runs)[1]

    rng = random.Random(SEED)
    killed_at: list[str] = []
    finished_before = resumed_ok = rerun_after_finish = started_twice = completed_first = 0
    t0 = time.monotonic()
    n = -1
    while resumed_ok < RUNS:
        n += 1
        assert n < RUNS + 10, f"kills keep landing after the run finished: {killed_at} "
        session, log = f"k{n}", tmp_path / f"k{n}.log"
        env = {**base_env, "EXEC_CALL_LOG": str(log)}
        out, err = tmp_path / f"k{n}.out", tmp_path / f"k{n}.err"
        # a point in start-up (before any output) or, mostly, in the run itself, timed from its first
        # event line; a kill after "done" has nothing to resume (drawn again)
        in_startup = rng.random() < 0.2
        at = rng.uniform(0.0, startup) if in_startup else rng.uniform(0.0, run)
        began = time.monotonic()
        pid = forks.start(argv(session), env=env, cwd=tmp_path, out=out, err=err)
        if not in_startup:
            wait_for(lambda: events(out), began + 60, lambda: err.read_text())  # noqa: B023
            began = time.monotonic()
        time.sleep(max(0.0, at - (time.monotonic() - began)))
        os.kill(pid, signal.SIGKILL)
        rc = forks.wait(pid)
        seen = events(out)
        done_before = {e["step"] for e in seen if e["event"] == "finished"}
        started_before = calls(log)
        if rc == 0 or (seen and seen[-1]["event"] == "done"):  # the run won the race: nothing to resume
            assert [(t.index, t.status) for t in turns_of(home, session)] == [(0, "ok")]
            killed_at.append(f"run+{at:.2f}s:done")
            completed_first += 1
            continue
        assert rc == -signal.SIGKILL, f"run {n} failed before the kill: {err.read_text()}"
        killed_at.append(f"{'start+' if in_startup else 'run+'}{at:.2f}s:{','.join(sorted(done_before)) or '-'}")
        finished_before += len(done_before)

        # the same command again
        again_out = tmp_path / f"k{n}.again.out"
        pid = forks.start(argv(session), env=env, cwd=tmp_path, out=again_out, err=tmp_path / f"k{n}.again.err")
        rc = forks.wait(pid)
        assert rc == 0, f"run {n}: resume failed: {(tmp_path / f'k{n}.again.err').read_text()}"
        final = events(again_out)[-1]
        assert final["event"] == "done" and final["result"]["status"] == "ok", final
        resumed_ok += 1
        ran = calls(log)
        for step in ("a", "b", "c"):
            before, after = started_before.count(("make_image", step)), ran.count(("make_image", step))
            assert after >= 1, f"run {n}: step {step} never ran"
            assert after <= before + 1, f"run {n}: step {step} ran {after} times ({before} before the kill)"
            if step in done_before:
                rerun_after_finish += after - before
                assert after == before == 1, f"run {n}: step {step} had finished before the kill and ran again"
            started_twice += after == 2
        turns = turns_of(home, session)
        assert [(t.index, t.status) for t in turns] == [(0, "ok")], f"run {n}: turns {turns}"
    spent = time.monotonic() - t0
    figures.lines.append(
        f"kill -9 at random points of a 3-step run: {RUNS} kills inside the run (seed {SEED}), all {resumed_ok} "
        f"resumes completed with the same command ({completed_first} more kills came after the run had finished: "
        f"its turn was intact); {finished_before} steps had finished before a kill and "
        f"{rerun_after_finish} of them ran again; {started_twice} steps cut mid-run ran a second time "
        f"(as they must); {spent:.1f} s for the {2 * RUNS + completed_first} processes")
    figures.lines.append(f"  kill points (time after process start or after the first event line: steps finished before it; "
        f"start-up took {startup:.2f} s, the run {run:.2f} s): {' '.join(killed_at)}")
