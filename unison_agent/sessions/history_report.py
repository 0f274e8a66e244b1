"""Reports for any session (not only scripted ones), built from its stored history.

Key parts:
- ``write_session_report(session, history, out_dir)``: ``report.md`` and ``report.html`` (see
  ``sessions.report``) with one section per turn.
- ``turn_result(session, turn)``: a ``RunResult`` rebuilt from a ``TurnRecord``.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from ..contracts.history import History
from ..executor.results import RunResult, StepResult
from .report import write_reports
from .script import ScriptOutcome, TurnOutcome


def write_session_report(session: str, history: History, out_dir: str | Path) -> tuple[Path, Path]:
    """Reports for any session, built from its history (no expectations: every turn that ran is listed)."""
    turns = [TurnOutcome(index=t.index, text=t.text, result=turn_result(session, t)) for t in history.turns]
    outcome = ScriptOutcome(script="", name=session, session=session, turns=turns)
    return write_reports(outcome, out_dir, title=f"Session {session}")


def turn_result(session: str, turn: Any) -> RunResult:
    """A ``RunResult`` rebuilt from a ``TurnRecord`` (for reports)."""
    steps = []
    for step in (turn.plan or {}).get("steps", []):
        outputs = turn.outputs.get(step["id"], [])
        status, _, why = (turn.errors.get(step["id"]) or "succeeded: ").partition(": ")
        if status not in ("succeeded", "failed", "skipped", "cancelled"):
            status, why = "failed", turn.errors.get(step["id"], "")
        steps.append(StepResult(id=step["id"], tool=step["tool"], task=step["task"], status=status,  # type: ignore[arg-type]
                                outputs=outputs, error=why if status == "failed" else None,
                                reason=why if status in ("skipped", "cancelled") else None))
    issues = [{"pointer": "", "message": turn.errors["plan"], "code": "refused"}] if "plan" in turn.errors else []
    return RunResult(session=session, turn=turn.index, request=turn.text, plan=turn.plan, steps=steps,
                     status=turn.status, issues=issues)
