"""Plugin routing on the blind sets: plugins and requests nobody tuned for.

The first routing benchmark's data was written by the people who built the router; these sets were
written by others who had seen neither the router's training and calibration data nor the other
sets: ``--set 2`` (``plugin_routing_blind.py``, looked at after its first measurement, see
docs/BENCHMARKS.md) and ``--set 3`` (``plugin_routing_blind3.py``, run once, on the final router of
its stop). Registry: the built-in tools plus the set's eight plugin tasks (two served by two tools
each) and one plugin tool beside a built-in one. Prints:

- correct task on requests for the blind plugin tasks;
- correct tool where two tools serve one task;
- refusal of requests no registered task covers;
- ordinary built-in requests kept on their built-in task (neither refused nor sent to a plugin).

Run: ``python bench/bench_plugin_routing_blind.py [--set 2|...|26] [--show]`` (``--tiny``: two items per part).
"""

from __future__ import annotations

import importlib
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))

from bench_plugin_routing import blind_cli, pct, plan, show_misses
from plugin_routing_data import ImageOnly as _Image
from pydantic import BaseModel, ConfigDict

from unison_agent.contracts.registry import Registry
from unison_agent.contracts.tasks import TASKS
from unison_agent.contracts.tool import Reference, Tool, media_field


@dataclass(frozen=True)
class BlindSet:
    tasks: tuple[Any, ...]
    tools: tuple[tuple[str, str, str], ...]
    task_requests: tuple[tuple[str, str], ...]
    tool_requests: tuple[tuple[str, str, str], ...]
    out_of_scope: tuple[str, ...]
    builtin: tuple[tuple[str, str], ...]

    @classmethod
    def load(cls, number: int) -> BlindSet:
        if number == 2:
            m = importlib.import_module("plugin_routing_blind")
            return cls(m.BLIND_TASKS, m.BLIND_TOOLS, m.BLIND_TASK_REQUESTS, m.BLIND_TOOL_REQUESTS,
                       m.BLIND_OUT_OF_SCOPE, m.BLIND_BUILTIN)
        m = importlib.import_module(f"plugin_routing_blind{number}")
        n = str(number)
        return cls(*(getattr(m, f"{name}{n}") for name in ("TASKS", "TOOLS", "TASK_REQUESTS", "TOOL_REQUESTS",
                                                               "OUT_OF_SCOPE", "BUILTIN")))


class _Video(BaseModel):
    model_config = ConfigDict(extra="forbid")
    video: Reference = media_field("video", description="Input video.")
    start: float = 0.0
    end: float | None = None


class _Edit(_Image):
    prompt: str = ""


class _EditVideo(_Video):
    prompt: str = ""


def _tool(data: BlindSet, name: str, description: str, task: str) -> Tool:
    """The planning contract of a blind tool (running it is not benchmarked)."""
    spec = next((s for s in data.tasks if s.name == task), None)
    video = "video" in (TASKS[task].requires_any if task in TASKS else spec.requires_any if spec is not None else ())
    args = (_EditVideo if video else _Edit) if task in TASKS else _Video if video else _Image
    cls = type(f"Blind_{name}", (Tool,), {"name": name, "description": description, "tasks": (task,), "args_model": args,
                                          "declares": (spec,) if spec is not None else (),
                                          "run": lambda self, a, c: None})
    tool: Tool = cls()
    return tool


def registry(data: BlindSet) -> Registry:
    reg = Registry()
    reg.load_entry_points(only="builtin")
    for name, description, task in data.tools:
        reg.register(_tool(data, name, description, task))
    return reg


def main(argv: list[str] | None = None, *, planner: Any = None) -> dict[str, float]:
    args, cut = blind_cli(__doc__, tuple(range(2, 27)), argv)
    from unison_agent.planner.embedded import EmbeddedPlanner

    planner = planner or EmbeddedPlanner()
    data = BlindSet.load(args.set)
    reg = registry(data)
    print(f"blind set {args.set}: {len(data.tasks)} plugin tasks, {len(data.tools)} plugin tools")
    figures: dict[str, float] = {}
    misses: list[str] = []

    def tally(name: str, rows: list[tuple[str, bool]]) -> None:
        figures[name] = sum(ok for _, ok in rows) / max(len(rows), 1)
        misses.extend(f"[{name}] {t}" for t, ok in rows if not ok)
        print(f"{name}: {pct(sum(ok for _, ok in rows), len(rows))}")

    def tasks_of(text: str) -> tuple[list[str] | None, str]:
        steps, err = plan(planner, reg, text)
        return ([s[0] for s in steps] if steps else None), f"{text} -> {steps or err}"

    rows = []
    for text, task in cut(data.task_requests):
        got, shown = tasks_of(text)
        rows.append((shown, got == [task]))
    tally("plugin task correct", rows)
    rows = []
    for text, task, tool in cut(data.tool_requests):
        steps, err = plan(planner, reg, text)
        rows.append((f"{text} -> {steps or err}", steps == [(task, tool)]))
    tally("tool correct (two tools, one task)", rows)
    rows = []
    for text in cut(data.out_of_scope):
        steps, err = plan(planner, reg, text)
        rows.append((f"{text} -> {steps or err}", err == "UnsupportedRequestError"))
    tally("refusal, capability nothing covers", rows)
    rows = []
    for text, task in cut(data.builtin):
        got, shown = tasks_of(text)
        rows.append((shown, got == [task]))
    tally("built-in request kept on its task", rows)
    show_misses(args, misses)
    return figures


if __name__ == "__main__":
    main()
