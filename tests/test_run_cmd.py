"""``unison run``: the planner and executor together, from the command line."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from unison_agent.cli import main

FACTORY = ["--agent-factory", "fixtures.executor:cli_agent"]


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("UNISON_HOME", str(tmp_path / "home"))
    return tmp_path / "home"


def test_run_plans_executes_and_continues_a_session(home: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["run", "draw a fish", "--session", "s1", *FACTORY]) == 0
    out = capsys.readouterr().out
    assert "plan:\n  s0 make_image:text_to_image" in out and "session s1 turn 0: ok" in out
    assert out.index("plan:") < out.index("session s1 turn 0")  # printed before it runs
    png = next(line.split(": ", 1)[1] for line in out.splitlines() if line.startswith("image: "))
    assert Path(png).is_file() and Path(png).is_relative_to(home)

    # the next turn refers to the last one's image ($turn.-1)
    assert main(["run", "now brighter", "--session", "s1", *FACTORY]) == 0
    assert "session s1 turn 1: ok" in capsys.readouterr().out


def test_run_streams_json_events(home: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["run", "draw a fish", "--json", *FACTORY]) == 0
    events = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    kinds = [e["event"] for e in events]
    assert kinds.index("queued") < kinds.index("started") < kinds.index("finished")
    assert kinds[-1] == "done" and events[-1]["result"]["status"] == "ok"


def test_run_reports_bad_input_in_one_line(home: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["run", "describe ###missing.png###", *FACTORY]) == 1
    err = capsys.readouterr().err
    assert "missing.png" in err and "does not exist" in err and "Traceback" not in err


def test_run_fails_when_the_planner_has_no_plan(home: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["run", "something the scripted planner does not know", *FACTORY]) == 1
    assert capsys.readouterr().err.strip().startswith("Error: no scripted plan")
