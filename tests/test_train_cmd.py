"""`unison train-planner` on a tiny BERT built in code: a few steps, a resume, a planner that loads."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from fixtures.embedded import planning_records
from safetensors.torch import load_file
from test_embedded_construct import history_of, request_of

from unison_agent.cli import main
from unison_agent.cli.train_cmd import run_recipe
from unison_agent.contracts.context import PlanContext
from unison_agent.contracts.errors import UserError
from unison_agent.contracts.registry import Registry
from unison_agent.planner.embedded import EmbeddedPlanner


def tiny_recipe(tmp: Path, out: str, **over: Any) -> dict[str, Any]:
    recs = planning_records()
    train = tmp / "train.jsonl"
    train.write_text("".join(json.dumps(r) + "\n" for r in recs if r["split"] == "train"))
    dev = tmp / "dev.jsonl"
    dev.write_text("".join(json.dumps(r) + "\n" for r in recs if r["split"] == "dev"))
    return {"kind": "encoder", "base": "tiny", "output_dir": str(tmp / out), "seed": 3,
            "data": {"train_path": str(train), "dev_path": str(dev)}, "epochs": 2, "batch_size": 4,
            "max_len": 64, "checkpoint_every": 2, "log_every": 1, "lora": {"r": 4, "alpha": 8}, **over}


def test_tiny_training_resumes_exactly_and_the_planner_loads(tmp_path: Path, embedded_registry: Registry,
                                                             monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("UNISON_CACHE_DIR", str(tmp_path / "cache"))
    straight = run_recipe(tiny_recipe(tmp_path, "a", max_steps=5), source="test")
    assert straight["steps"] == 5 and straight["samples"] == 19 and straight["cpu_minutes"] >= 0

    class StopError(Exception):
        pass

    def interrupt_at_3(msg: str) -> None:
        if msg.startswith("step 3/"):
            raise StopError

    from unison_agent.training.encoder_recipe import EncoderRecipe, train_encoder

    recipe = EncoderRecipe.model_validate(tiny_recipe(tmp_path, "b", max_steps=5))
    with pytest.raises(StopError):
        train_encoder(recipe, progress=interrupt_at_3)
    seen: list[str] = []
    resumed = train_encoder(recipe, progress=seen.append)
    assert any(m.startswith("resumed from") and "at step 2/5" in m for m in seen)
    assert not any(m.startswith("step 1/") or m.startswith("step 2/") for m in seen)  # done steps are skipped
    assert resumed["steps"] == 5
    a, b = load_file(str(tmp_path / "a" / "planner.safetensors")), load_file(str(tmp_path / "b" / "planner.safetensors"))
    assert a.keys() == b.keys() and all((a[k] - b[k]).abs().max() < 1e-6 for k in a)

    planner = EmbeddedPlanner(weights_dir=tmp_path / "a", top_k=1000)
    for rec in planning_records():
        plan = planner.plan(request_of(rec), PlanContext.for_request(embedded_registry, request_of(rec), history=history_of(rec)))
        assert plan.steps and planner.last_info["tokens"] > 0
    # second load reads the merged encoder from the cache and predicts the same
    again = EmbeddedPlanner(weights_dir=tmp_path / "a", top_k=1000)
    rec = planning_records()[3]
    assert again.plan(request_of(rec), PlanContext.for_request(embedded_registry, request_of(rec))).to_json() == planner.plan(request_of(rec), PlanContext.for_request(embedded_registry, request_of(rec))).to_json()
    assert list((tmp_path / "cache" / "embedded").glob("*.safetensors"))


def test_cli_validates_the_config(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text("kind: encoder\nepochs: 0\ncolour: red\n")
    assert main(["train-planner", "--config", str(bad)]) == 1
    err = capsys.readouterr().err
    assert "`epochs`" in err and "`colour`" in err and "bad.yaml" in err
    bad.write_text("kind: gan\n")
    assert main(["train-planner", "--config", str(bad)]) == 1
    assert "expected 'encoder' or 'lm'" in capsys.readouterr().err
    with pytest.raises(UserError, match="does not exist"):
        run_recipe({"kind": "encoder", "data": {"train_path": str(tmp_path / "none.jsonl")}, "output_dir": str(tmp_path / "o")}, source="x")


def test_cli_runs_a_tiny_recipe(tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    import yaml

    monkeypatch.setenv("UNISON_CACHE_DIR", str(tmp_path / "cache"))
    cfg = tmp_path / "tiny.yaml"
    cfg.write_text(yaml.safe_dump(tiny_recipe(tmp_path, "c", max_steps=2)))
    assert main(["train-planner", "--config", str(cfg)]) == 0
    out = capsys.readouterr()
    assert json.loads(out.out)["steps"] == 2 and "step 2/2" in out.err
    assert (tmp_path / "c" / "config.json").exists() and (tmp_path / "c" / "training_report.json").exists()
