"""Scripted sessions: a YAML (or JSON) file of turns with expectations, run as one session.

Contract: ``schemas/session-script.schema.json``. Example::

    name: dragon
    turns:
      - text: make a dragon, then animate it
        expect: {tasks: [text_to_image, image_to_video], outputs: [image, video]}
      - text: now make it brighter
        expect: {status: ok, task: video_edit}

Key parts:
- ``load_script(path)``: parse and check the file; errors name the file, the field and the value.
- ``run_script(script, agent, out_dir=...)``: run every turn, check expectations, write the
  transcript (``transcript.json``) after each turn and the reports at the end; returns a
  ``ScriptOutcome`` whose ``passed`` decides the exit code of ``unison session run``.
- ``check_expectations(expect, result)``: one line per expectation that failed.
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from jsonschema import Draft202012Validator
from pydantic import BaseModel, ConfigDict, Field

from ..contracts.errors import UnisonError, UserError, parse_problem
from ..contracts.schemas import load_schema
from ..executor.events import StreamEventSink
from ..executor.results import RunResult
from .session import new_session_id

TRANSCRIPT = "transcript.json"


class ScriptTurn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    text: str
    attachments: list[str] = Field(default_factory=list)
    plan: dict[str, Any] | None = None
    expect: dict[str, Any] = Field(default_factory=dict)


class Script(BaseModel):
    model_config = ConfigDict(extra="forbid")

    version: str = "1"
    name: str
    session: str | None = None
    turns: list[ScriptTurn]
    base_dir: str = Field(description="Folder of the script file; relative attachments resolve here.")


class TurnOutcome(BaseModel):
    model_config = ConfigDict(extra="forbid")

    index: int
    text: str
    expect: dict[str, Any] = Field(default_factory=dict)
    result: RunResult | None = None
    failures: list[str] = Field(default_factory=list, description="Expectations that failed.")
    error: str | None = Field(default=None, description="Why the turn could not run at all.")
    seconds: float = 0.0

    @property
    def passed(self) -> bool:
        return not self.failures and self.error is None


class ScriptOutcome(BaseModel):
    model_config = ConfigDict(extra="forbid")

    script: str
    name: str
    session: str
    turns: list[TurnOutcome] = Field(default_factory=list)
    started_at: float = Field(default_factory=time.time)
    finished_at: float | None = None

    @property
    def passed(self) -> bool:
        return all(t.passed for t in self.turns)

    def to_json(self) -> dict[str, Any]:
        data = self.model_dump(mode="json")
        data["passed"] = self.passed
        for turn, out in zip(self.turns, data["turns"], strict=True):
            out["passed"] = turn.passed
        return data


def load_script(path: str | Path) -> Script:
    """Read a session script; ``UserError`` naming the file, field and value if it is wrong."""
    p = Path(path)
    if not p.is_file():
        raise UserError(f"session script {str(p)!r} does not exist")
    try:
        import yaml

        data = yaml.safe_load(p.read_text(encoding="utf-8"))
    except Exception as exc:  # yaml raises several unrelated error types
        raise UserError(f"session script {str(p)!r} cannot be parsed: {parse_problem(exc)}") from None
    problems = sorted(Draft202012Validator(load_schema("session-script")).iter_errors(data), key=lambda e: list(e.absolute_path))
    if problems:
        lines = "; ".join(
            f"`{'/'.join(str(x) for x in e.absolute_path) or '(top level)'}`: {e.message}" for e in problems[:5])
        raise UserError(f"session script {str(p)!r} is invalid: {lines}")
    assert isinstance(data, dict)
    return Script.model_validate({**data, "name": data.get("name") or p.stem, "base_dir": str(p.parent.resolve())})


def check_expectations(expect: dict[str, Any], result: RunResult) -> list[str]:
    """Every expectation ``result`` does not meet, as 'what: expected X, got Y' lines."""
    steps = (result.plan or {}).get("steps", [])
    tasks = [s["task"] for s in steps]
    tools = [s["tool"] for s in steps]
    failures: list[str] = []

    def differs(what: str, want: Any, got: Any) -> None:
        if want != got:
            failures.append(f"{what}: expected {want!r}, got {got!r}")

    if "status" in expect:
        differs("status", expect["status"], result.status)
    if "steps" in expect:
        differs("number of steps", expect["steps"], len(steps))
    if "tasks" in expect:
        differs("tasks", list(expect["tasks"]), tasks)
    if "tools" in expect:
        differs("tools", list(expect["tools"]), tools)
    if "task" in expect and expect["task"] not in tasks:
        failures.append(f"task: expected a step with task {expect['task']!r}, got {tasks!r}")
    if "tool" in expect and expect["tool"] not in tools:
        failures.append(f"tool: expected a step with tool {expect['tool']!r}, got {tools!r}")
    if "outputs" in expect:
        differs("output kinds", list(expect["outputs"]), [a.kind for a in result.artifacts])
    if "answer_contains" in expect:
        wanted = expect["answer_contains"]
        answer = result.answer or ""
        for needle in [wanted] if isinstance(wanted, str) else wanted:
            if needle.lower() not in answer.lower():
                failures.append(f"answer: expected it to contain {needle!r}, got {answer!r}")
    if "args" in expect:
        for key, value in expect["args"].items():
            seen = [s["args"].get(key) for s in steps if key in s["args"]]
            if value not in seen:
                failures.append(f"args: expected a step with `{key}` = {value!r}, got {seen or 'none'}")
    return failures


def run_script(
    script: Script,
    agent: Any,
    *,
    out_dir: str | Path,
    session: str | None = None,
    on_event: StreamEventSink | None = None,
    on_turn: Callable[[TurnOutcome], None] | None = None,
    script_path: str = "",
) -> ScriptOutcome:
    """Run ``script`` with ``agent`` (an ``Agent``) and write the transcript and reports.

    A session that already holds some of the script's turns (a re-run after an interruption)
    continues: those turns are not run again; their outcomes come from the earlier transcript.
    """
    from .report import write_reports

    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    sid = session or script.session or new_session_id()
    outcome = ScriptOutcome(script=script_path, name=script.name, session=sid)
    done_before = len(agent.history(sid))
    earlier = _earlier_turns(out / TRANSCRIPT, sid)
    for index, turn in enumerate(script.turns):
        if index < done_before:
            previous = earlier.get(index) or TurnOutcome(index=index, text=turn.text, expect=turn.expect,
                                                         error=None, failures=[])
            outcome.turns.append(previous)
            continue
        started = time.time()
        record = TurnOutcome(index=index, text=turn.text, expect=turn.expect)
        try:
            request = script_request(script, turn, agent)
            # each turn's outputs are also copied beside the report, with readable names (manifest.json)
            if turn.plan is not None:
                result = agent.execute(turn.plan, request, session=sid, on_event=on_event, out_dir=out)
            else:
                result = agent.run(request, session=sid, on_event=on_event, out_dir=out)
            record.result = result
            record.failures = check_expectations(turn.expect, result)
        except UnisonError as exc:
            record.error = f"{type(exc).__name__}: {exc}"
        record.seconds = time.time() - started
        outcome.turns.append(record)
        _write_transcript(out / TRANSCRIPT, outcome)
        if on_turn is not None:
            on_turn(record)
        if record.error is not None:
            break  # later turns may build on this one; stop rather than pile up errors
    outcome.finished_at = time.time()
    _write_transcript(out / TRANSCRIPT, outcome)
    write_reports(outcome, out)
    return outcome


def script_request(script: Script, turn: ScriptTurn, agent: Any) -> Any:
    """A turn's request: attachments resolve beside the script and may come from its folder or
    the agent's input roots (a script is a file, so its paths are held to those)."""
    from ..contracts.request import parse_request

    roots = [Path(script.base_dir), *(getattr(agent, "input_roots", None) or [Path.cwd()])]
    return parse_request(turn.text, list(turn.attachments), base_dir=script.base_dir, roots=roots,
                         trust_attachments=False, store=agent.store, policy=agent.config.policy)


def _write_transcript(path: Path, outcome: ScriptOutcome) -> None:
    tmp = path.with_suffix(".tmp")
    tmp.write_text(json.dumps(outcome.to_json(), indent=1), encoding="utf-8")
    tmp.replace(path)


def _earlier_turns(path: Path, session: str) -> dict[int, TurnOutcome]:
    """Turn outcomes from a transcript of the same session, if one is there."""
    if not path.is_file():
        return {}
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        if data.get("session") != session:
            return {}
        turns = [{k: v for k, v in t.items() if k != "passed"} for t in data.get("turns", [])]
        return {t["index"]: TurnOutcome.model_validate(t) for t in turns}
    except (ValueError, KeyError, TypeError):
        return {}
