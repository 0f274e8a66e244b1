"""The reliability suite (issue 12, "Measure"): bad inputs, concurrent runs, kill -9 and resume,
damaged session databases — all against the real CLI, the real SQLite stores and real processes.

Each test adds its figures to one ``Figures`` object; ``pytest_terminal_summary`` prints them
at the end of any run that collected the suite (they go in docs/BENCHMARKS.md, "Reliability").
Nothing here is faked: a figure counts only what a test checked and asserted.
"""

from __future__ import annotations

import pytest
from relkit import Figures

from unison_agent.contracts.registry import Registry

_FIGURES = Figures()


@pytest.fixture(scope="session")
def figures() -> Figures:
    return _FIGURES


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    lines = _FIGURES.report()
    if not lines:
        return
    terminalreporter.section("reliability figures (issue 12)")
    for line in lines:
        terminalreporter.write_line(line)
    spent = sum(getattr(r, "duration", 0.0) for reports in terminalreporter.stats.values() for r in reports
                if str(getattr(r, "nodeid", "")).startswith("tests/reliability/"))
    terminalreporter.write_line(f"time in the suite's tests (setup, call, teardown): {spent:.1f} s")


@pytest.fixture
def rel_registry(fake_registry: Registry, monkeypatch: pytest.MonkeyPatch) -> Registry:
    """``unison validate`` checks against the default registry: make it the foundation fakes."""
    from unison_agent.contracts import registry as registry_module

    monkeypatch.setattr(registry_module, "_default", fake_registry)
    return fake_registry
