"""Scripted sessions through the real CLI (``unison session run``): transcript, reports with
thumbnails, exit codes, resuming; plus ``unison execute`` with progress as JSON lines."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
import yaml
from fixtures.executor import calls, steps

from unison_agent.cli import main
from unison_agent.contracts.errors import UserError
from unison_agent.sessions.script import load_script

FACTORY = ["--agent-factory", "fixtures.executor:cli_agent"]


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("UNISON_HOME", str(tmp_path / "home"))
    monkeypatch.setenv("UNISON_PROFILE", "tiny")
    return tmp_path / "home"


def write_script(path: Path, data: dict[str, Any]) -> Path:
    path.write_text(yaml.safe_dump(data, sort_keys=False))
    return path


PASSING = {
    "name": "fish story",
    "turns": [
        {"text": "draw a fish", "expect": {"status": "ok", "tasks": ["text_to_image"], "outputs": ["image"],
                                           "args": {"width": 48}}},
        {"text": "now brighter", "expect": {"task": "image_edit", "tool": "brighten", "steps": 1}},
        {"text": "animate it", "expect": {"outputs": ["video"]}},
        {"text": "what is it?", "expect": {"answer_contains": "video of 32x24"}},
    ],
}


def test_passing_script_writes_transcript_and_reports(home: Path, tmp_path: Path, exec_call_log: Path,
                                                      capsys: pytest.CaptureFixture[str]) -> None:
    script = write_script(tmp_path / "fish.yaml", PASSING)
    out = tmp_path / "out"
    assert main(["session", "run", str(script), "--out", str(out), "--session", "fish", *FACTORY]) == 0
    assert "fish story: PASS (4/4 turns passed)" in capsys.readouterr().out
    transcript = json.loads((out / "transcript.json").read_text())
    assert transcript["passed"] and transcript["session"] == "fish" and len(transcript["turns"]) == 4
    assert transcript["turns"][3]["result"]["steps"][0]["outputs"][0]["value"] == "a video of 32x24"
    md = (out / "report.md").read_text()
    thumbs = sorted((out / "thumbs").glob("*.png"))
    assert len(thumbs) == 3  # two images and the video's first frame
    assert all(f"thumbs/{t.name}" in md for t in thumbs)
    page = (out / "report.html").read_text()
    assert page.count("data:image/png;base64,") == 3 and "PASS" in page
    # re-running the same session: finished turns are not run again
    before = len(calls(exec_call_log))
    assert main(["session", "run", str(script), "--out", str(out), "--session", "fish", *FACTORY]) == 0
    assert len(calls(exec_call_log)) == before


def test_failed_expectation_exits_non_zero(home: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data = {"turns": [{"text": "draw a fish", "expect": {"outputs": ["video"], "tool": "make_video"}},
                      {"text": "now brighter", "expect": {"status": "ok"}}]}
    script = write_script(tmp_path / "bad.yaml", data)
    assert main(["session", "run", str(script), "--out", str(tmp_path / "o"), *FACTORY]) == 1
    captured = capsys.readouterr()
    assert "bad: FAIL (1/2 turns passed)" in captured.out
    assert "output kinds: expected ['video'], got ['image']" in captured.err
    turn = json.loads((tmp_path / "o" / "transcript.json").read_text())["turns"][0]
    assert not turn["passed"] and len(turn["failures"]) == 2
    assert "FAIL" in (tmp_path / "o" / "report.md").read_text()


def test_turn_error_stops_the_script_and_fails(home: Path, tmp_path: Path) -> None:
    script = write_script(tmp_path / "err.yaml", {"turns": [{"text": "no such request"}, {"text": "draw a fish"}]})
    assert main(["session", "run", str(script), "--out", str(tmp_path / "o"), *FACTORY]) == 1
    transcript = json.loads((tmp_path / "o" / "transcript.json").read_text())
    assert len(transcript["turns"]) == 1 and "no scripted plan" in transcript["turns"][0]["error"]


def test_script_with_plan_and_attachment(home: Path, tmp_path: Path, exec_image: Path) -> None:
    plan = steps(("e", "image_edit", "brighten", {"prompt": "p", "image": "$input.0"}))
    data = {"turns": [{"text": "brighten this", "attachments": [exec_image.name], "plan": plan,
                       "expect": {"outputs": ["image"]}},
                      {"text": "describe ###cat.png###", "expect": {"answer_contains": "40x30"}}]}
    script = write_script(tmp_path / "att.yaml", data)
    assert main(["session", "run", str(script), "--out", str(tmp_path / "o"), "--json", *FACTORY]) == 0


def test_invalid_script_names_the_field(tmp_path: Path) -> None:
    script = write_script(tmp_path / "x.yaml", {"turns": [{"text": "hi", "expect": {"colour": "red"}}]})
    with pytest.raises(UserError, match=r"`turns/0/expect`: Additional properties are not allowed \('colour'"):
        load_script(script)
    assert main(["session", "run", str(tmp_path / "missing.yaml")]) == 1


def test_execute_streams_json_lines_and_exit_codes(home: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    plan = tmp_path / "plan.json"
    plan.write_text(json.dumps(steps(("a", "text_to_image", "make_image", {"prompt": "a", "seconds": 0.1}),
                                     ("v", "image_to_video", "make_video", {"prompt": "v", "first_frame": "$a"}))))
    assert main(["execute", str(plan), "--text", "go", "--session", "e1", "--json", *FACTORY]) == 0
    events = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    kinds = [e["event"] for e in events]
    assert kinds[0] == "planned" and kinds[-1] == "done" and "progress" in kinds
    assert [e["step"] for e in events if e["event"] == "finished"] == ["a", "v"]
    assert events[-1]["result"]["status"] == "ok" and all(e["session"] == "e1" for e in events)
    failing = tmp_path / "fail.json"
    failing.write_text(json.dumps(steps(("f", "text_to_image", "fail", {}))))
    assert main(["execute", str(failing), "--text", "go", *FACTORY]) == 1
    assert "f (fail:text_to_image) failed: ToolExecutionError: cannot draw that" in capsys.readouterr().out
    invalid = tmp_path / "invalid.json"
    invalid.write_text(json.dumps(steps(("f", "text_to_image", "nope", {}))))
    assert main(["execute", str(invalid), "--text", "go", *FACTORY]) == 1
    assert "no tool called `nope`" in capsys.readouterr().err


def test_session_list_and_show(home: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    script = write_script(tmp_path / "s.yaml", {"turns": [{"text": "draw a fish"}]})
    assert main(["session", "run", str(script), "--session", "listed", "--out", str(tmp_path / "o"), *FACTORY]) == 0
    capsys.readouterr()
    assert main(["session", "list"]) == 0
    assert "listed" in capsys.readouterr().out.split()
    assert main(["session", "show", "listed", *FACTORY]) == 0
    assert "turn 0 [ok] draw a fish" in capsys.readouterr().out


def test_reports_default_to_the_home_folder(home: Path, tmp_path: Path, exec_call_log: Path,
                                            capsys: pytest.CaptureFixture[str]) -> None:
    script = write_script(tmp_path / "one.yaml", {"turns": [{"text": "draw a fish"}]})
    assert main(["session", "run", str(script), "--session", "one", *FACTORY]) == 0
    assert (home / "reports" / "one" / "transcript.json").is_file()
    assert not (tmp_path / "one.out").exists()  # nothing is written beside the script
