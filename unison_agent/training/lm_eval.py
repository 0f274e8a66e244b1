"""Scoring a generative planner on generator dev records (held-out templates): task and role accuracy,
schema validity, latency and tokens per plan.

Key parts: ``evaluate_lm`` (score a trained model for a ``LMTrainConfig``), ``plan_to_steps`` (a plan back
to gold-style steps), ``steps_match``.
"""

from __future__ import annotations

import statistics
import time
import warnings
from typing import Any

from ..contracts.context import PlanContext
from ..contracts.refs import parse_ref
from .lm_examples import compact_prompt, parse_compact, record_history, record_request

ROLE_ARGS = {"mask": "mask", "reference": "reference", "control": "control", "first_frame": "first_frame",
             "last_frame": "last_frame", "image": "source", "video": "source"}


def _unref(value: Any) -> Any:
    """A media reference in gold form: attachment index, step id, or ``t-K`` for an earlier turn."""
    if isinstance(value, list):
        value = value[0] if value else None
    if not isinstance(value, str):
        return None
    ref = parse_ref(value)
    if ref is None:
        return value
    if ref.kind == "input":
        return ref.index
    if ref.kind == "turn" and ref.index is not None and ref.index < 0:
        return f"t-{-ref.index}"
    if ref.kind == "step":
        return ref.step
    return value


def plan_to_steps(plan: dict[str, Any]) -> list[dict[str, Any]]:
    """Gold-style steps (task + roles) from a plan dict; step ids are renumbered s0, s1, ..."""
    ids = {s.get("id"): f"s{i}" for i, s in enumerate(plan.get("steps", []))}
    out = []
    for s in plan.get("steps", []):
        step: dict[str, Any] = {"task": s.get("task")}
        for arg, role in ROLE_ARGS.items():
            if arg in s.get("args", {}):
                v = _unref(s["args"][arg])
                step[role] = ids.get(v, v) if isinstance(v, str) else v
        out.append(step)
    return out


def steps_match(gold: list[dict[str, Any]], pred: list[dict[str, Any]], *, parallel: bool) -> tuple[bool, bool]:
    """(tasks right, tasks and roles right); parallel steps may come in any order."""
    roles = ("source", "mask", "reference", "control", "first_frame", "last_frame")
    if len(gold) != len(pred):
        return False, False

    def key(s: dict[str, Any]) -> tuple[str, ...]:
        return (str(s.get("task")), *(f"{r}={s.get(r)}" for r in roles))

    if parallel:
        task_ok = sorted(g["task"] for g in gold) == sorted(str(p.get("task")) for p in pred)
        return task_ok, task_ok and sorted(map(key, gold)) == sorted(map(key, pred))
    task_ok = all(g["task"] == p.get("task") for g, p in zip(gold, pred, strict=True))
    return task_ok, task_ok and all(key(g) == key(p) for g, p in zip(gold, pred, strict=True))


def _generate_compact(model: Any, tok: Any, record: dict[str, Any], max_new_tokens: int) -> tuple[str, int]:
    import torch

    text_tok = getattr(tok, "tokenizer", tok)
    ids = torch.tensor([text_tok(compact_prompt(record), add_special_tokens=False)["input_ids"]])
    device = next(model.parameters()).device
    nl = text_tok("\n", add_special_tokens=False)["input_ids"]
    eos = [t for t in (text_tok.eos_token_id, nl[-1] if nl else None) if t is not None]
    with torch.no_grad():
        out = model.generate(input_ids=ids.to(device), attention_mask=torch.ones_like(ids).to(device),
                             max_new_tokens=max_new_tokens, do_sample=False, eos_token_id=eos,
                             pad_token_id=text_tok.pad_token_id or eos[0])
    new = out[0, ids.shape[1]:]
    return text_tok.decode(new, skip_special_tokens=True).split("\n")[0], int(new.shape[0])


def evaluate_lm(model: Any, tok: Any, cfg: Any, *, registry: Any, vlm: bool = False,
                records: list[dict[str, Any]] | None = None) -> dict[str, Any]:
    """Score ``model`` on ``cfg.data.n_dev`` dev-template records (or ``records``)."""
    from ..contracts.errors import UnisonError
    from ..planner.lm import LMPlanner
    from .data import generate

    recs = records if records is not None else generate(n=cfg.data.n_dev, seed=cfg.data.seed + 1, split="dev")
    planner = None if cfg.target == "compact" else LMPlanner(
        model=model, tokenizer=tok, vlm=vlm, max_new_tokens=512, max_repairs=0)
    task_hits = role_hits = valid = 0
    seconds, tokens = [], []
    for rec in recs:
        started = time.perf_counter()
        if planner is None:
            text, n = _generate_compact(model, tok, rec, cfg.max_new_tokens)
            pred, ok = parse_compact(text), True
        else:
            try:
                with warnings.catch_warnings():
                    warnings.simplefilter("ignore")
                    request = record_request(rec)
                    plan = planner.plan(request, PlanContext.for_request(registry, request, history=record_history(rec)))
                pred, ok = plan_to_steps(plan.model_dump()), True
            except UnisonError:
                pred, ok = [], False
            n = int(planner.last_stats.get("tokens", 0))
        seconds.append(time.perf_counter() - started)
        tokens.append(n)
        gold = [{k: v for k, v in s.items() if k not in ("prompt",)} for s in rec["gold"]]
        t, r = steps_match(gold, pred, parallel=bool(rec.get("parallel")))
        task_hits += t
        role_hits += r
        valid += ok
    n_recs = max(1, len(recs))
    ordered = sorted(seconds) or [0.0]
    return {
        "records": len(recs), "task_accuracy": round(task_hits / n_recs, 4), "role_accuracy": round(role_hits / n_recs, 4),
        "schema_valid": round(valid / n_recs, 4), "p50_seconds": round(statistics.median(ordered), 3),
        "p95_seconds": round(ordered[min(len(ordered) - 1, int(0.95 * len(ordered)))], 3),
        "mean_tokens": round(sum(tokens) / n_recs, 1),
    }
