"""Refusals on the blind refusal sets (``refusal_blind4.py`` to ``refusal_blind100.py``): requests nothing
registered can do, and ordinary ones, written by someone who saw none of the planner's data, calibration
lists or other sets.

Registry: the built-in tools alone (no plugin covers anything here). Prints the share of
out-of-scope requests refused, and of ordinary requests refused (false refusals) and planned on
their task. Run: ``python bench/bench_refusal_blind.py [--set 4|5|...|109] [--show]`` (``--tiny``: two items per part).

A set is blind until its first run: that run (at the session start and on the candidate of its moment, in
``docs/BENCHMARKS.md``) is the honest figure. Its misses are read after it, and later rules may come from them, so
every later figure on a set is a used-set figure (each set's own docstring describes it as written, before use).
"""

from __future__ import annotations

import importlib
import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))

from bench_plugin_routing import blind_cli, pct, plan, show_misses

from unison_agent.contracts.registry import Registry


def main(argv: list[str] | None = None, *, planner: Any = None) -> dict[str, float]:
    args, cut = blind_cli(__doc__, tuple(range(4, 110)), argv)
    from unison_agent.planner.embedded import EmbeddedPlanner

    data = importlib.import_module(f"refusal_blind{args.set}")
    out_of_scope, ordinary = getattr(data, f"OUT_OF_SCOPE{args.set}"), getattr(data, f"ORDINARY{args.set}")
    planner = planner or EmbeddedPlanner()
    reg = Registry()
    reg.load_entry_points(only="builtin")
    misses: list[str] = []
    refused = 0
    for text in cut(out_of_scope):
        steps, err = plan(planner, reg, text)
        refused += err == "UnsupportedRequestError"
        if err != "UnsupportedRequestError":
            misses.append(f"[not refused] {text} -> {steps or err}")
    false_refused = right = 0
    for text, task in cut(ordinary):
        steps, err = plan(planner, reg, text)
        false_refused += err == "UnsupportedRequestError"
        ok = steps is not None and [s[0] for s in steps] == [task]
        right += ok
        if not ok:
            misses.append(f"[ordinary, {task}] {text} -> {steps or err}")
    n_out, n_ord = len(cut(out_of_scope)), len(cut(ordinary))
    print(f"blind refusal set {args.set}")
    figures = {"refusal": refused / n_out, "false refusal": false_refused / n_ord, "ordinary task correct": right / n_ord}
    print(f"refusal, capability nothing covers: {pct(refused, n_out)}")
    print(f"false refusal, ordinary requests: {pct(false_refused, n_ord)}")
    print(f"ordinary requests on their task: {pct(right, n_ord)}")
    show_misses(args, misses)
    return figures


if __name__ == "__main__":
    main()
