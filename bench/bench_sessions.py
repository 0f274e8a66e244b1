"""Sessions that stay cheap as they grow: per-turn time and database bytes per turn.

Run: ``.venv/bin/python bench/bench_sessions.py [--turns 1000] [--steps 100 1000]``

One session, 2-step no-op turns through ``Agent.execute`` (the second step references the
first), real SQLite under a temporary home. Prints the mean time per turn and the database
bytes per turn (checkpoints + turn store, WAL included; the WAL's fixed few MB dominate the
first turns, so the growth per turn between marks is printed too) around turns 10, 100 and 1,000
(targets: per-turn time flat within 2x; <= 50 KB per no-op turn), then the executor's per-step
overhead on chained plans of 100 and 1,000 steps (target: within 1.5x).
"""

from __future__ import annotations

import argparse
import tempfile
import time
from pathlib import Path
from typing import Any

from bench_executor import Noop, direct, plan_of, through_executor

from unison_agent.agent import Agent
from unison_agent.config import load_config
from unison_agent.contracts.registry import Registry

TURN = {"steps": [
    {"id": "a", "task": "text_understanding", "tool": "noop", "args": {"question": "first"}},
    {"id": "b", "task": "text_understanding", "tool": "noop", "args": {"question": "then {$a}"}},
]}


def db_bytes(root: Path) -> int:
    return sum(p.stat().st_size for p in root.glob("*.sqlite*"))


def per_turn(agent: Agent, root: Path, turns: int, marks: list[int]) -> None:
    print(f"2-step no-op turns in one session (Agent.execute, SQLite), {turns} turns")
    print(f"  {'turn':>6}  {'ms/turn':>8}  {'DB bytes/turn':>14}  {'growth/turn since last mark':>28}")
    last = (0, 0)
    window = 10
    times: list[float] = []
    for i in range(turns):
        start = time.perf_counter()
        result = agent.execute(TURN, "bench", session="long")
        times.append(time.perf_counter() - start)
        assert result.ok, result.summary()
        if i + 1 in marks:
            recent = times[-window:]
            size = db_bytes(root)
            growth = (size - last[1]) / (i + 1 - last[0])
            print(f"  {i + 1:>6}  {1000 * sum(recent) / len(recent):8.2f}  {size / (i + 1):14.0f}  {growth:28.0f}")
            last = (i + 1, size)


def per_step(agent: Agent, sizes: list[int]) -> None:
    base = min(direct(Noop(), agent, 100) for _ in range(3)) / 100
    print("executor overhead per step, chained plans (each step after the last)")
    for n in sizes:
        best = min(through_executor(agent, plan_of(n, chain=True), f"chain-{n}-{r}") for r in range(2))
        print(f"  {n:>5} steps: {1000 * best / n:7.3f} ms/step  overhead {1000 * (best / n - base):7.3f} ms/step")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--turns", type=int, default=1000)
    parser.add_argument("--steps", type=int, nargs="*", default=[100, 1000])
    opts = parser.parse_args()
    marks = [m for m in (10, 100, 1000) if m <= opts.turns]
    with tempfile.TemporaryDirectory() as tmp:
        overrides: dict[str, Any] = {"home": str(Path(tmp)), "policy": {"max_steps": max([16, *opts.steps])}}
        config = load_config(profile="tiny", env={}, overrides=overrides)
        with Agent(None, registry=Registry([Noop()]), config=config) as agent:
            through_executor(agent, plan_of(4, chain=False), "warm-up")
            per_turn(agent, config.session_root, opts.turns, marks)
            per_step(agent, opts.steps)


if __name__ == "__main__":
    main()
