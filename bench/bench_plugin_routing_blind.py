"""Plugin routing on the blind set (``plugin_routing_blind.py``): plugins and requests nobody tuned for.

The first routing benchmark's data was written by the people who built the router; this set was
written by someone who had seen neither the router's training and calibration data nor that
benchmark. Registry: the built-in tools plus the eight blind plugin tasks (two served by two tools
each) and a ``vintage_filter`` tool beside the built-in edit. Prints:

- correct task on requests for the blind plugin tasks;
- correct tool where two tools serve one task;
- refusal of requests no registered task covers;
- ordinary built-in requests kept on their built-in task (neither refused nor sent to a plugin).

Run: ``python bench/bench_plugin_routing_blind.py [--show]`` (``--tiny``: two items per part).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))

from bench_plugin_routing import pct, plan
from plugin_routing_blind import (
    BLIND_BUILTIN,
    BLIND_OUT_OF_SCOPE,
    BLIND_TASK_REQUESTS,
    BLIND_TASKS,
    BLIND_TOOL_REQUESTS,
    BLIND_TOOLS,
)
from pydantic import BaseModel, ConfigDict

from unison_agent.contracts.registry import Registry
from unison_agent.contracts.tasks import TASKS
from unison_agent.contracts.tool import Reference, Tool, media_field


class _Image(BaseModel):
    model_config = ConfigDict(extra="forbid")
    image: Reference = media_field("image", description="Input image.")


class _Video(BaseModel):
    model_config = ConfigDict(extra="forbid")
    video: Reference = media_field("video", description="Input video.")
    start: float = 0.0
    end: float | None = None


class _Edit(_Image):
    prompt: str = ""


def _tool(name: str, description: str, task: str) -> Tool:
    """The planning contract of a blind tool (running it is not benchmarked)."""
    spec = next((s for s in BLIND_TASKS if s.name == task), None)
    args = _Edit if task in TASKS else _Video if spec is not None and spec.requires_any == ("video",) else _Image
    cls = type(f"Blind_{name}", (Tool,), {"name": name, "description": description, "tasks": (task,), "args_model": args,
                                          "declares": (spec,) if spec is not None else (),
                                          "run": lambda self, a, c: None})
    tool: Tool = cls()
    return tool


def registry() -> Registry:
    reg = Registry()
    reg.load_entry_points(only="builtin")
    for name, description, task in BLIND_TOOLS:
        reg.register(_tool(name, description, task))
    return reg


def main(argv: list[str] | None = None, *, planner: Any = None) -> dict[str, float]:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--tiny", action="store_true")
    ap.add_argument("--show", action="store_true", help="list every miss")
    args = ap.parse_args(argv)
    from unison_agent.planner.embedded import EmbeddedPlanner

    cut = (lambda xs: list(xs)[:2]) if args.tiny else list
    planner = planner or EmbeddedPlanner()
    reg = registry()
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
    for text, task in cut(BLIND_TASK_REQUESTS):
        got, shown = tasks_of(text)
        rows.append((shown, got == [task]))
    tally("plugin task correct", rows)
    rows = []
    for text, task, tool in cut(BLIND_TOOL_REQUESTS):
        steps, err = plan(planner, reg, text)
        rows.append((f"{text} -> {steps or err}", steps == [(task, tool)]))
    tally("tool correct (two tools, one task)", rows)
    rows = []
    for text in cut(BLIND_OUT_OF_SCOPE):
        steps, err = plan(planner, reg, text)
        rows.append((f"{text} -> {steps or err}", err == "UnsupportedRequestError"))
    tally("refusal, capability nothing covers", rows)
    rows = []
    for text, task in cut(BLIND_BUILTIN):
        got, shown = tasks_of(text)
        rows.append((shown, got == [task]))
    tally("built-in request kept on its task", rows)
    if args.show:
        for item in misses:
            print(f"  miss {item}")
    return figures


if __name__ == "__main__":
    main()
