"""``unison plan`` and ``unison eval-planner`` with a planner injected in-process and the tiny LM."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from fixtures.planner import ScriptedPlanner

from unison_agent.cli import eval_cmd, main, plan_cmd
from unison_agent.contracts.registry import Registry


@pytest.fixture
def injected(monkeypatch: pytest.MonkeyPatch, planner_registry: Registry) -> dict[str, object]:
    """Route the CLI to a scripted planner and the test registry; records how it was built."""
    built: dict[str, object] = {"count": 0}
    planner = ScriptedPlanner(fail_on="boom")

    def fake_load(name: str | None = None, **options: object) -> ScriptedPlanner:
        built["count"] = int(built["count"]) + 1  # type: ignore[call-overload]
        built["name"], built["options"] = name, options
        return planner

    monkeypatch.setattr(plan_cmd, "load_planner", fake_load)
    monkeypatch.setattr(plan_cmd, "default_registry", lambda: planner_registry)
    monkeypatch.setattr(eval_cmd, "default_registry", lambda: planner_registry)
    built["planner"] = planner
    return built


def test_plan_pretty_and_json(injected: dict[str, object], capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["plan", "what is 2+2?", "--planner", "x", "-o", "max_repairs=3", "-o", "adapter=a/b"]) == 0
    out = capsys.readouterr().out
    assert "s0" in out and "text_understanding" in out and "vqa(" in out
    assert injected["name"] == "x" and injected["options"] == {"max_repairs": 3, "adapter": "a/b"}
    assert main(["plan", "what is 2+2?", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["steps"][0]["tool"] == "vqa"


def test_plan_uses_config_planner_options(injected: dict[str, object], tmp_path: Path) -> None:
    cfg = tmp_path / "c.toml"
    cfg.write_text('planner = "lm"\n[planner_options]\nmodel = "some/model"\nmax_new_tokens = 64\n')
    assert main(["plan", "hi", "--config", str(cfg)]) == 0
    assert injected["name"] == "lm" and injected["options"] == {"model": "some/model", "max_new_tokens": 64}
    assert main(["plan", "hi", "--config", str(cfg), "--planner", "unison"]) == 0
    assert injected["options"] == {}, "options configured for another planner are not passed"


def test_plan_error_is_one_line(injected: dict[str, object], capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    assert main(["plan", "boom"]) == 1
    assert "scripted failure" in capsys.readouterr().err
    assert main(["plan", "look", "-i", str(tmp_path / "missing.png")]) == 1
    assert "missing.png" in capsys.readouterr().err
    assert main(["plan"]) == 1


def test_batch_loads_once_and_survives_bad_lines(injected: dict[str, object], tmp_path: Path,
                                                 planner_media: dict[str, Path]) -> None:
    src = tmp_path / "in.jsonl"
    lines = [
        json.dumps({"id": "ok", "text": "what is 2+2?"}),
        "{not json",
        json.dumps({"id": "fail", "text": "boom"}),
        json.dumps({"id": "att", "text": "describe", "attachments": [str(planner_media["image"])]}),
        json.dumps({"id": "missing", "text": "###nope.png### hi"}),
    ]
    src.write_text("\n".join(lines) + "\n")
    out = tmp_path / "out.jsonl"
    assert main(["plan", "--batch", str(src), "--out", str(out)]) == 0
    rows = [json.loads(x) for x in out.read_text().splitlines()]
    assert [r["id"] for r in rows] == ["ok", "line-2", "fail", "att", "missing"]
    assert "plan" in rows[0] and "plan" in rows[3]
    for r in (rows[1], rows[2], rows[4]):
        assert set(r) == {"id", "error"} and set(r["error"]) == {"message", "details"}
    assert "nope.png" in rows[4]["error"]["message"]
    assert injected["count"] == 1


def test_batch_needs_out(injected: dict[str, object], tmp_path: Path) -> None:
    (tmp_path / "in.jsonl").write_text("")
    assert main(["plan", "--batch", str(tmp_path / "in.jsonl")]) == 1


def test_eval_planner_cli(injected: dict[str, object], tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data = tmp_path / "dev.jsonl"
    data.write_text(json.dumps({"id": "q", "text": "what is 2+2?", "gold": [{"task": "text_understanding"}],
                                "parallel": False}) + "\n")
    assert main(["eval-planner", str(data)]) == 0
    out = capsys.readouterr().out
    assert "exact 100.0%" in out and "latency p50" in out
    assert main(["eval-planner", str(data), "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["exact"] == 1.0


def test_plan_with_tiny_lm(tiny_lm_dir: Path, monkeypatch: pytest.MonkeyPatch, planner_registry: Registry,
                           capsys: pytest.CaptureFixture[str]) -> None:
    """The real lm planner through the CLI: constrained decoding with room to close gives a plan
    (random weights; the budget rule closes it), printed as JSON."""
    monkeypatch.setattr(plan_cmd, "default_registry", lambda: planner_registry)
    code = main(["plan", "a 480P image of a fox", "--planner", "lm", "-o", f"model={tiny_lm_dir}",
                 "-o", "max_new_tokens=400", "-o", "max_repairs=0", "-o", "max_steps=1", "--json"])
    captured = capsys.readouterr()
    assert code == 0, captured.out + captured.err
    assert json.loads(captured.out)["steps"][0]["id"] == "s0"


def test_plan_explain_names_a_planner_that_gives_none(injected: dict[str, object], capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["plan", "what is 2+2?", "--explain"]) == 0
    captured = capsys.readouterr()
    assert "gives no explanation" in captured.err and "text_understanding" in captured.out


def test_plan_explain_with_the_built_in_tools_alone(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["plan", "a watercolor of a red fox in the snow", "--explain"]) == 0
    err = capsys.readouterr().err
    assert "built-in task (left to the signature head)" in err and "no plugin task registered" in err
    assert "likeliest structures (signature head): text_to_image" in err


def test_plan_explain_shows_the_action_probe_and_its_refusal(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["plan", "text my sister I'm running late", "--explain"]) == 1  # no rule names it; the probe does
    err = capsys.readouterr().err
    assert "refused: needs acting on other apps, devices, accounts or services" in err
    assert "asks to act on another app or service: " in err and "Traceback" not in err


def test_plan_explain_says_when_a_refusal_is_withdrawn_for_text_work(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["plan", "how do I pay my phone bill online?", "--explain"]) == 0
    captured = capsys.readouterr()
    assert "a refusal withdrawn: it asks for words, how to do something, or a sum" in captured.err
    assert "text_understanding" in captured.out


def test_plan_explain_names_the_clause_it_refuses(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["plan", "write a short bio for the conference and upload it to the speaker portal", "--explain"]) == 1
    err = capsys.readouterr().err
    assert "in its clause 'upload it to the speaker portal'" in err


def test_plan_explain_agrees_with_the_plan_when_a_sure_head_overrules_a_refusal(capsys: pytest.CaptureFixture[str]) -> None:
    """An outside capability that leads by under ``sure_margin`` gives way to a sure signature head; --explain
    showed "refused" above a plan until it asked the head too."""
    assert main(["plan", "How warm is it in Lima today?", "--explain"]) == 0
    captured = capsys.readouterr()
    assert "refused:" not in captured.err
    assert "a refusal withdrawn: the signature head is sure of a built-in structure" in captured.err
    assert "text_understanding" in captured.out
