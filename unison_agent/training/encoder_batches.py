"""Batches, loss and head-level dev metrics for the embedded planner's recipe.

Key parts: ``collate`` (dynamic padding), ``loss_of`` (signature CE + role BCE + BIO CE + span
step CE), ``evaluate_heads`` (signature accuracy, role exactness, meta-span exactness).
"""

from __future__ import annotations

from typing import Any

import torch
import torch.nn.functional as F  # noqa: N812 - the usual name

from ..planner.embedded.labels import role_slots
from ..planner.embedded.model import PlannerNet


def collate(examples: list[dict[str, Any]]) -> dict[str, torch.Tensor]:
    n = len(examples)
    t = max(len(e["enc"].input_ids) for e in examples)
    p = max(1, max(len(e["enc"].placeholder_tokens) for e in examples))
    slots = len(role_slots())
    ids = torch.zeros(n, t, dtype=torch.long)
    types = torch.zeros(n, t, dtype=torch.long)
    mask = torch.zeros(n, t, dtype=torch.long)
    bio = torch.full((n, t), -100, dtype=torch.long)
    step = torch.full((n, t), -100, dtype=torch.long)
    ph = torch.full((n, p), -1, dtype=torch.long)
    roles = torch.zeros(n, p, slots)
    sig = torch.tensor([e["signature"] for e in examples], dtype=torch.long)
    for i, e in enumerate(examples):
        enc = e["enc"]
        k = len(enc.input_ids)
        ids[i, :k] = torch.tensor(enc.input_ids)
        types[i, :k] = torch.tensor(enc.token_type_ids)
        mask[i, :k] = 1
        bio[i, :k] = torch.tensor([b if s == 0 else -100 for b, s in zip(enc.bio, enc.segments, strict=True)])
        step[i, :k] = torch.tensor(enc.span_step)
        for j, tok in enumerate(enc.placeholder_tokens):
            ph[i, j] = tok
            if tok >= 0:
                roles[i, j] = torch.tensor(e["roles"][j])
    return {"input_ids": ids, "token_type_ids": types, "attention_mask": mask, "bio": bio, "span_step": step,
            "placeholder_index": ph, "roles": roles, "signature": sig}


def _forward(net: PlannerNet, batch: dict[str, torch.Tensor]) -> dict[str, torch.Tensor]:
    return net(input_ids=batch["input_ids"], attention_mask=batch["attention_mask"],
               token_type_ids=batch["token_type_ids"], placeholder_index=batch["placeholder_index"])


def loss_of(net: PlannerNet, batch: dict[str, torch.Tensor]) -> torch.Tensor:
    out = _forward(net, batch)
    loss = F.cross_entropy(out["signature"], batch["signature"], ignore_index=-100) if (batch["signature"] >= 0).any() else out["signature"].sum() * 0
    ph_mask = (batch["placeholder_index"] >= 0).unsqueeze(-1).float()
    if ph_mask.sum() > 0:
        bce = F.binary_cross_entropy_with_logits(out["roles"], batch["roles"], reduction="none")
        loss = loss + (bce * ph_mask).sum() / (ph_mask.sum() * bce.size(-1)) * 10.0
    loss = loss + F.cross_entropy(out["bio"].flatten(0, 1), batch["bio"].flatten(), ignore_index=-100)
    if (batch["span_step"] >= 0).any():
        loss = loss + 0.5 * F.cross_entropy(out["span_step"].flatten(0, 1), batch["span_step"].flatten(), ignore_index=-100)
    return loss


@torch.inference_mode()
def evaluate_heads(net: PlannerNet, examples: list[dict[str, Any]], *, batch_size: int = 64) -> dict[str, float]:
    """Per-head exactness on held-out examples (teacher-forced: no plan construction)."""
    sig_ok = role_ok = bio_ok = n = 0
    for start in range(0, len(examples), batch_size):
        batch = collate(examples[start : start + batch_size])
        out = _forward(net, batch)
        sig_ok += int((out["signature"].argmax(-1) == batch["signature"]).sum())
        pred_roles = (out["roles"].sigmoid() > 0.5).float()
        ph_mask = (batch["placeholder_index"] >= 0).unsqueeze(-1)
        role_ok += int(((pred_roles == batch["roles"]) | ~ph_mask).flatten(1).all(-1).sum())
        valid = batch["bio"] >= 0
        bio_ok += int(((out["bio"].argmax(-1) == batch["bio"]) | ~valid).all(-1).sum())
        n += batch["input_ids"].size(0)
    return {"signature_acc": round(sig_ok / n, 4), "roles_exact": round(role_ok / n, 4), "meta_spans_exact": round(bio_ok / n, 4), "n": n}
