"""The understanding VLM can also be the planner: one instance in the pool, the planner's LoRA
switched on only while it plans."""

from __future__ import annotations

import contextlib
from pathlib import Path
from typing import Any

import pytest
import torch

from unison_agent.contracts.context import PlanContext
from unison_agent.contracts.errors import PlannerError
from unison_agent.contracts.registry import Registry
from unison_agent.contracts.request import parse_request
from unison_agent.planner.lm import LMPlanner
from unison_agent.runtime.loaders import TINY_QWEN_VL
from unison_agent.runtime.pool import ModelPool


def _logits(model: Any) -> torch.Tensor:
    with torch.no_grad():
        return model(input_ids=torch.tensor([[5, 6, 7, 8]])).logits


def _plan(planner: LMPlanner, registry: Registry) -> None:
    # a random tiny VLM may not write a valid plan; what matters here is the model it used
    with contextlib.suppress(PlannerError):
        planner.plan(parse_request("a photo of a red kite"), PlanContext.for_request(registry, parse_request("a photo of a red kite")))


@pytest.fixture
def adapter_dir(tmp_path: Path) -> Path:
    from peft import LoraConfig, get_peft_model

    from unison_agent.runtime.tiny.qwen import build_qwen_vl

    model, _ = build_qwen_vl(seed=0)
    lora = get_peft_model(model, LoraConfig(r=4, target_modules=["q_proj", "v_proj"], init_lora_weights=False))
    lora.save_pretrained(tmp_path / "adapter")
    return tmp_path / "adapter"


def test_planner_and_vqa_share_one_instance(fake_registry: Registry) -> None:
    pool = ModelPool(device="cpu")
    planner = LMPlanner(model=TINY_QWEN_VL, pool=pool, max_new_tokens=24, max_repairs=0)
    _plan(planner, fake_registry)
    _plan(planner, fake_registry)
    assert pool.stats.loads == {f"qwen2_5_vl:{TINY_QWEN_VL}": 1}
    vqa_model = pool.get("qwen2_5_vl", TINY_QWEN_VL)  # what the vqa tool asks for
    assert pool.stats.loads == {f"qwen2_5_vl:{TINY_QWEN_VL}": 1}
    assert planner.last_stats["tokens"] > 0 and vqa_model.model is not None


def test_adapter_is_on_only_while_planning(fake_registry: Registry, adapter_dir: Path) -> None:
    pool = ModelPool(device="cpu")
    base = pool.get("qwen2_5_vl", TINY_QWEN_VL).model
    before = _logits(base)
    planner = LMPlanner(model=TINY_QWEN_VL, adapter=str(adapter_dir), pool=pool, max_new_tokens=24, max_repairs=0)
    _plan(planner, fake_registry)
    assert torch.allclose(_logits(base), before), "vqa must see the base model after planning"
    assert planner._wrapped is not None
    wrapped = planner._wrapped[1]
    wrapped.enable_adapter_layers()
    try:
        assert not torch.allclose(_logits(base), before), "the adapter changes the model while it is on"
    finally:
        wrapped.disable_adapter_layers()
    assert pool.stats.loads == {f"qwen2_5_vl:{TINY_QWEN_VL}": 1}



@pytest.mark.parametrize("via", ["profile", "config file"])
def test_the_agent_hands_one_pool_to_the_lm_planner_and_vqa(tmp_path: Path, via: str) -> None:
    """The planner's model id comes from ``tools.vqa.model`` (declared once), and the agent's own
    pool serves both, whether the configuration comes from ``--profile tiny`` or a file that sets
    device, dtype and budget."""
    from unison_agent.agent import Agent
    from unison_agent.config import load_config

    options = {"max_new_tokens": 24, "max_repairs": 0}
    if via == "profile":
        config = load_config(profile="tiny", env={}, overrides={
            "home": str(tmp_path / "h"), "planner": "lm", "planner_options": options})
    else:
        path = tmp_path / "unison.toml"
        path.write_text(f'profile = "tiny"\nhome = "{tmp_path / "h"}"\ndevice = "cpu"\ndtype = "float32"\n'
                        'memory_budget_gb = 4\nplanner = "lm"\n[planner_options]\nmax_new_tokens = 24\nmax_repairs = 0\n')
        config = load_config(path, env={})
    with Agent(config=config) as agent:
        with contextlib.suppress(PlannerError):  # a random tiny VLM may not write a valid plan
            agent.plan("a photo of a red kite")
        assert agent.planner._pool is agent.pool  # type: ignore[attr-defined]
        answer = agent.execute({"steps": [{"id": "q", "task": "text_understanding", "tool": "vqa",
                                           "args": {"question": "hello?"}}]}, "hello?")
        assert answer.ok
        assert agent.pool.stats.loads == {f"qwen2_5_vl:{TINY_QWEN_VL}": 1}
