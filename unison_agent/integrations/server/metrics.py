"""Prometheus text for ``GET /metrics``: queue depth, runs by state, step and run durations.

Counts of runs come from the run store at scrape time (so they survive restarts); durations
are histograms kept in memory since the process started. No client library: the text format
is a few lines.
"""

from __future__ import annotations

import threading
from typing import Any

#: Histogram buckets in seconds: tiny CPU steps take well under a second, real video steps minutes.
BUCKETS = (0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0, 30.0, 60.0, 120.0, 300.0, 600.0, 1800.0)


class Histogram:
    def __init__(self) -> None:
        self.counts = [0] * len(BUCKETS)
        self.total = 0
        self.sum = 0.0

    def observe(self, value: float) -> None:
        self.total += 1
        self.sum += value
        for i, bound in enumerate(BUCKETS):
            if value <= bound:
                self.counts[i] += 1

    def lines(self, name: str, labels: str) -> list[str]:
        sep = "," if labels else ""
        out = [f'{name}_bucket{{{labels}{sep}le="{b:g}"}} {c}' for b, c in zip(BUCKETS, self.counts, strict=True)]
        out.append(f'{name}_bucket{{{labels}{sep}le="+Inf"}} {self.total}')
        out.append(f"{name}_sum{{{labels}}} {self.sum:.6f}" if labels else f"{name}_sum {self.sum:.6f}")
        out.append(f"{name}_count{{{labels}}} {self.total}" if labels else f"{name}_count {self.total}")
        return out


class Metrics:
    def __init__(self) -> None:
        self._lock = threading.Lock()
        self.steps: dict[tuple[str, str], Histogram] = {}
        self.runs = Histogram()
        self.step_events: dict[str, int] = {}

    def observe(self, event: dict[str, Any]) -> None:
        """Feed one executor event (step durations come from ``finished``)."""
        kind = event.get("event")
        with self._lock:
            if event.get("step") is not None and kind in ("finished", "failed", "skipped", "cancelled"):
                self.step_events[str(kind)] = self.step_events.get(str(kind), 0) + 1
            duration = event.get("duration")
            if kind == "finished" and isinstance(duration, (int, float)):
                key = (str(event.get("tool")), str(event.get("task")))
                self.steps.setdefault(key, Histogram()).observe(float(duration))

    def finished(self, state: str, seconds: float | None) -> None:
        if seconds is not None and state == "succeeded":
            with self._lock:
                self.runs.observe(seconds)

    def render(self, counts: dict[str, int], *, workers: int) -> str:
        out = [
            "# HELP unison_queue_depth Runs waiting for a worker.",
            "# TYPE unison_queue_depth gauge",
            f"unison_queue_depth {counts.get('queued', 0)}",
            "# HELP unison_runs Runs known to the server, by state.",
            "# TYPE unison_runs gauge",
            *(f'unison_runs{{state="{s}"}} {n}' for s, n in counts.items()),
            "# HELP unison_workers Runs that may execute at the same time.",
            "# TYPE unison_workers gauge",
            f"unison_workers {workers}",
        ]
        with self._lock:
            out += ["# HELP unison_step_outcomes_total Steps ended since start, by outcome.",
                    "# TYPE unison_step_outcomes_total counter"]
            out += [f'unison_step_outcomes_total{{outcome="{k}"}} {n}' for k, n in sorted(self.step_events.items())]
            out += ["# HELP unison_step_duration_seconds Time a succeeded step ran, by tool and task.",
                    "# TYPE unison_step_duration_seconds histogram"]
            for (tool, task), hist in sorted(self.steps.items()):
                out += hist.lines("unison_step_duration_seconds", f'tool="{tool}",task="{task}"')
            out += ["# HELP unison_run_duration_seconds Time from a worker taking a run to its end (succeeded runs).",
                    "# TYPE unison_run_duration_seconds histogram"]
            out += self.runs.lines("unison_run_duration_seconds", "")
        return "\n".join(out) + "\n"

    def mean_run_seconds(self) -> float | None:
        with self._lock:
            return self.runs.sum / self.runs.total if self.runs.total else None
