"""Executor benchmarks: per-step overhead against calling the tool directly, and concurrency.

Run: ``.venv/bin/python bench/bench_executor.py [--steps 100] [--repeat 3]``

Prints, for 100-step plans of a no-op tool (independent steps, and a chain where each step
waits for the previous one), the wall time per step through the executor (real SQLite
checkpointer, ``durability="sync"``) and through a direct ``tool.run`` loop, and the overhead
per step (target: under 5 ms). Then two independent steps of a tool that sleeps 1 s
(target: under 1.2 s wall).
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ConfigDict

from unison_agent.agent import Agent
from unison_agent.config import load_config
from unison_agent.contracts.registry import Registry
from unison_agent.contracts.request import parse_request
from unison_agent.contracts.tool import Tool, ToolContext, ToolOutput


class NoArgs(BaseModel):
    model_config = ConfigDict(extra="forbid")
    question: str
    seconds: float = 0.0


class Noop(Tool):
    name = "noop"
    description = "Return a fixed text."
    tasks = ("text_understanding",)
    args_model = NoArgs

    def run(self, args: BaseModel, ctx: ToolContext) -> ToolOutput:
        return ctx.save_text("ok")


class Sleep(Tool):
    name = "sleep"
    description = "Sleep, then return a fixed text."
    tasks = ("text_understanding",)
    args_model = NoArgs

    def run(self, args: BaseModel, ctx: ToolContext) -> ToolOutput:
        time.sleep(args.seconds)  # type: ignore[attr-defined]
        return ctx.save_text("slept")


def plan_of(n: int, *, chain: bool, tool: str = "noop", seconds: float = 0.0) -> dict[str, Any]:
    steps = []
    for i in range(n):
        step: dict[str, Any] = {"id": f"s{i}", "task": "text_understanding", "tool": tool,
                                "args": {"question": f"q{i}", "seconds": seconds}}
        if chain and i:
            step["after"] = [f"s{i - 1}"]
        steps.append(step)
    return {"steps": steps}


def direct(tool: Tool, agent: Agent, n: int) -> float:
    """Seconds for ``n`` direct calls (argument parsing, context, run, saving the output)."""
    start = time.perf_counter()
    for i in range(n):
        args = tool.parse_args({"question": f"q{i}"})
        tool.run(args, ToolContext(task="text_understanding", step_id=f"s{i}", store=agent.store))
    return time.perf_counter() - start


def through_executor(agent: Agent, plan: dict[str, Any], session: str) -> float:
    start = time.perf_counter()
    result = agent.execute(plan, parse_request("bench"), session=session)
    elapsed = time.perf_counter() - start
    assert result.ok, result.summary()
    return elapsed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--steps", type=int, default=100)
    parser.add_argument("--repeat", type=int, default=3)
    opts = parser.parse_args()
    n = opts.steps
    with tempfile.TemporaryDirectory() as tmp:
        config = load_config(profile="tiny", env={}, overrides={"home": str(Path(tmp)), "policy": {"max_steps": max(16, n)}})
        noop, sleep = Noop(), Sleep()
        with Agent(None, registry=Registry([noop, sleep]), config=config) as agent:
            through_executor(agent, plan_of(4, chain=False), "warm-up")
            print(f"executor overhead per step ({n}-step plans, no-op tool, SQLite, durability=sync; best of {opts.repeat})")
            base = min(direct(noop, agent, n) for _ in range(3 * opts.repeat))  # short: repeat more
            print(f"  direct tool.run loop:     {1000 * base / n:7.3f} ms/step")
            for chain in (False, True):
                times = [through_executor(agent, plan_of(n, chain=chain), f"{'chain' if chain else 'fan'}-{r}")
                         for r in range(opts.repeat)]
                best = min(times)
                label = "chain (each after the last)" if chain else "independent steps"
                print(f"  executor, {label:<28} {1000 * best / n:7.3f} ms/step  overhead {1000 * (best - base) / n:7.3f} ms/step"
                      f"  (median run {statistics.median(times):.3f} s)")
            walls = [through_executor(agent, plan_of(2, chain=False, tool="sleep", seconds=1.0), f"sleep-{r}")
                     for r in range(2)]
            print(f"concurrency: two independent 1 s sleeps: {min(walls):.3f} s wall (target < 1.2 s)")


if __name__ == "__main__":
    main()
