"""Issue 12's numbered points that had no test of their own (the others are covered by the
rest of this suite, tests/test_agent_embed.py and tests/test_run_cmd.py): each test names its point.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from fixtures.executor import ScriptedPlanner, steps
from fixtures.foundation import write_mp4, write_png
from relkit import FACTORY

from unison_agent.cli import main


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("UNISON_HOME", str(tmp_path / "home"))
    for var in ("UNISON_PROFILE", "UNISON_CONFIG"):
        monkeypatch.delenv(var, raising=False)
    monkeypatch.chdir(tmp_path)
    return tmp_path / "home"


# -- 5: built-in tools get a step timeout when the executor sets none -----------------------------
def test_5_builtin_tools_have_a_default_step_timeout() -> None:
    from unison_tools import Edit, ImageGen, VideoGen, Vqa

    for tool in (ImageGen, VideoGen, Edit, Vqa):
        assert tool.timeout is not None and 60 <= tool.timeout <= 4 * 3600, tool.name


# -- 6: a bad line of a batch is its own error line; execute takes -i -----------------------------
def test_6_batch_with_non_utf8_lines_plans_the_rest(home: Path, monkeypatch: pytest.MonkeyPatch,
                                                    capsys: pytest.CaptureFixture[str]) -> None:
    from fixtures.planner import ScriptedPlanner as BatchPlanner

    from unison_agent.cli import plan_cmd

    monkeypatch.setattr(plan_cmd, "load_planner", lambda name=None, **options: BatchPlanner())
    src = home.parent / "in.jsonl"
    src.write_bytes(b'{"id": "a", "text": "what is 2+2?"}\n{"id": "b", "text": "caf\xe9"}\n\xff\xfe\n'
                    b'{"id": "c", "text": "what is 3+3?"}\n')
    out = home.parent / "out.jsonl"
    assert main(["plan", "--batch", str(src), "--out", str(out)]) == 0
    rows = [json.loads(line) for line in out.read_text().splitlines()]
    assert [r["id"] for r in rows] == ["a", "line-2", "line-3", "c"]
    assert "plan" in rows[0] and "plan" in rows[3]
    assert "not UTF-8" in rows[1]["error"]["message"] and "line 2" in rows[1]["error"]["message"]
    err = capsys.readouterr().err
    assert "line-2: " in err and "line-3: " in err and "2 planned, 2 failed" in err and "Traceback" not in err


def test_6_execute_takes_inputs_with_i(home: Path, capsys: pytest.CaptureFixture[str]) -> None:
    write_png(home.parent / "cat.png")
    plan = home.parent / "up.json"
    plan.write_text(json.dumps(steps(("q", "image_understanding", "describe", {"question": "what", "image": "$input.0"}))))
    assert main(["execute", str(plan), "-i", "cat.png", *FACTORY]) == 0
    assert "a image of 32x24" in capsys.readouterr().out


# -- 7: validate reports every problem at once --------------------------------------------------
def test_7_an_unknown_task_does_not_hide_other_steps_problems(home: Path, rel_registry: Any,
                                                                capsys: pytest.CaptureFixture[str]) -> None:
    plan = home.parent / "p.json"
    plan.write_text(json.dumps({"steps": [
        {"id": "s0", "task": "paint", "tool": "image_gen", "args": {"prompt": "x"}},
        {"id": "s1", "task": "text_to_image", "tool": "image_gen", "args": {"prompt": "x", "width": 99999}},
        {"id": "s2", "task": "image_edit", "tool": "edit", "args": {"prompt": "x", "image": "$nowhere"}}]}))
    assert main(["validate", str(plan), "--json"]) == 1
    pointers = {i["pointer"] for i in json.loads(capsys.readouterr().out)["issues"]}
    assert {"/steps/0/task", "/steps/1/args/width"} <= pointers and any(p.startswith("/steps/2") for p in pointers)


# -- 8: outputs people can find ---------------------------------------------------------------------
def test_8_out_on_run_and_execute_and_in_the_api(home: Path, make_agent: Any, tmp_path: Path,
                                                  capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "outs"
    assert main(["run", "draw a fish", "--session", "fish", "--out", str(out), *FACTORY]) == 0
    assert main(["run", "animate it", "--session", "fish", "--out", str(out), *FACTORY]) == 0
    assert f"outputs copied to {out}" in capsys.readouterr().out
    names = sorted(p.name for p in out.iterdir())
    assert names == ["fish-t0-s0-fish.png", "fish-t1-v-swim.mp4", "manifest.json"]
    manifest = json.loads((out / "manifest.json").read_text())
    first = manifest["turns"][0]
    assert first["request"] == "draw a fish" and first["plan"]["steps"][0]["tool"] == "make_image"
    assert first["outputs"][0]["file"] == "fish-t0-s0-fish.png" and len(first["outputs"][0]["artifact"]) == 64
    plan = tmp_path / "p.json"
    plan.write_text(json.dumps(steps(("pic", "text_to_image", "make_image", {"prompt": "a red kite"}))))
    assert main(["execute", str(plan), "--session", "ex", "--out", str(out), *FACTORY]) == 0
    assert (out / "ex-t0-pic-a-red-kite.png").is_file()
    agent = make_agent(ScriptedPlanner({"draw": steps(("s0", "text_to_image", "make_image", {"prompt": "api"}))}))
    agent.run("draw", session="api", out_dir=tmp_path / "api-out")
    assert (tmp_path / "api-out" / "api-t0-s0-api.png").is_file()


# -- 9: a session remembers its profile and configuration ----------------------------------------
def test_9_a_session_keeps_its_profile(home: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    cfg = tmp_path / "c.toml"
    cfg.write_text("[policy]\nmax_width = 100\n")
    assert main(["run", "draw a fish", "--session", "demo", "--profile", "tiny", "--config", str(cfg), *FACTORY]) == 0
    capsys.readouterr()
    assert main(["run", "now brighter", "--session", "demo", *FACTORY]) == 0
    captured = capsys.readouterr()
    assert "session 'demo' continues with its profile 'tiny'" in captured.err and "turn 1: ok" in captured.out
    assert main(["session", "list", "--json"]) == 0
    row = next(r for r in json.loads(capsys.readouterr().out) if r["session"] == "demo")
    assert row["profile"] == "tiny" and row["turns"] == 2 and row["status"] == "ok"
    # the remembered configuration is the one used: its policy refuses a plan over its cap
    plan = tmp_path / "wide.json"
    plan.write_text(json.dumps(steps(("s0", "text_to_image", "make_image", {"prompt": "x", "width": 200}))))
    assert main(["execute", str(plan), "--session", "demo", *FACTORY]) == 1
    assert "the policy allows 16 to 100" in capsys.readouterr().err
    assert main(["execute", str(plan), "--session", "fresh", *FACTORY]) == 0  # a new session: the default policy


def test_9_a_missing_model_fails_fast_without_retries(make_agent: Any, exec_config: Any, tmp_path: Path) -> None:
    from unison_tools import ImageGen

    from unison_agent.contracts.registry import Registry

    config = exec_config.model_copy(update={"tools": {**exec_config.tools}})
    config.tools["image_gen"] = config.tool("image_gen").model_copy(update={"model": str(tmp_path / "no-such-model")})
    agent = make_agent(registry=Registry([ImageGen()]), config=config)
    plan = steps(("s0", "text_to_image", "image_gen", {"prompt": "x", "width": 32, "height": 32}))
    events = []
    result = agent.execute(plan, "draw", on_event=events.append)
    assert not result.ok and "tools.image_gen.model" in (result.steps[0].error or "")
    assert not [e for e in events if e.event == "retrying"]


# -- 10: one CLI vocabulary; session list/show/report -------------------------------------------
@pytest.mark.parametrize("command", [["run"], ["execute"], ["plan"], ["session", "run"], ["validate"]])
def test_10_every_command_that_plans_or_runs_has_the_same_options(command: list[str]) -> None:
    import typer

    from unison_agent.cli import app

    group: Any = typer.main.get_command(app)
    cmd = group.commands[command[0]]
    if len(command) > 1:
        cmd = cmd.commands[command[1]]
    options = {opt for param in cmd.params for opt in param.opts}
    assert {"--profile", "--config", "--json"} <= options, command
    if command[0] in ("run", "execute", "plan"):
        assert {"-i", "--input"} <= options


def test_10_session_list_show_report(home: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    write_mp4(tmp_path / "clip.mp4")
    assert main(["run", "draw a fish", "--session", "s", *FACTORY]) == 0
    assert main(["run", "animate it", "--session", "s", *FACTORY]) == 0
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps(steps(("boom", "text_to_image", "fail", {"prompt": "\x1b[31mred"}))))
    assert main(["execute", str(bad), "--session", "s", *FACTORY]) == 1
    capsys.readouterr()
    assert main(["session", "list"]) == 0
    listing = capsys.readouterr().out.splitlines()
    assert listing[0].split()[:5] == ["session", "last", "run", "status", "turns"]
    row = next(line for line in listing if line.startswith("s "))
    assert " failed " in row and row.split()[4] == "3"  # session, date, time, status, turns
    assert main(["session", "show", "s"]) == 0
    shown = capsys.readouterr().out
    assert "turn 2 [failed]" in shown and "!! " in shown and "cannot draw that" in shown and "\x1b" not in shown
    assert main(["session", "report", "s", "--out", str(tmp_path / "rep")]) == 0
    assert "report:" in capsys.readouterr().out
    page = (tmp_path / "rep" / "report.html").read_text()
    assert "<video" in page and "&quot;prompt&quot;" in page and "word-break:break-all" in page
    assert "$turn.-1" in page  # the second turn's reference, as written
    assert "cannot draw that" in page
    assert (tmp_path / "rep" / "report.md").read_text().count("| s0 |") >= 1


# -- 11: the Python API -------------------------------------------------------------------------
def test_11_api_profile_config_events_and_paths(home: Path) -> None:
    import unison_agent
    from unison_agent.agent import Agent
    from unison_agent.executor.events import StepEvent, StreamEvent
    from unison_agent.runtime.artifacts import Artifact

    assert unison_agent.load_config is not None and "load_config" in unison_agent.__all__
    assert unison_agent.Agent is Agent
    from fixtures.executor import executor_registry

    with Agent(ScriptedPlanner({"draw": steps(("s0", "text_to_image", "make_image", {"prompt": "p"}))}),
               profile="tiny", registry=executor_registry()) as agent:
        assert agent.config.profile == "tiny" and agent.config.home == home
        events = list(agent.stream("draw", session="api"))
    assert all(isinstance(e, StreamEvent) for e in events)
    finished = next(e for e in events if e.event == "finished")
    assert isinstance(finished, StepEvent) and finished.to_json()["event"] == "finished"
    json.dumps([e.to_json() for e in events], default=str)  # serialises to the JSON the CLI prints
    result = events[-1].result
    art = result.artifacts[0]
    assert isinstance(art, Artifact) and isinstance(art.path, Path) and art.path.is_file()


def test_10_reports_say_when_outputs_are_tiny_model_noise(home: Path, tmp_path: Path) -> None:
    from unison_agent.sessions.history_report import write_session_report
    from unison_agent.sessions.report import NOISE_NOTE
    from unison_agent.sessions.turns import TURNS_DB, TurnStore

    assert main(["run", "draw a fish", "--session", "n", *FACTORY]) == 0
    store = TurnStore(home / "sessions" / TURNS_DB)
    try:
        history = store.history("n")
    finally:
        store.close()
    _, page = write_session_report("n", history, tmp_path / "plain")
    assert NOISE_NOTE[:40] not in page.read_text()  # the test tools' images are not noise
    history.turns[0].outputs["s0"][0].metadata["noise"] = True  # as the tiny profile's tools mark them
    _, page = write_session_report("n", history, tmp_path / "tiny")
    assert NOISE_NOTE[:40] in page.read_text()
