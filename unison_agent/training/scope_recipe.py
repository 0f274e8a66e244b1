"""Train the scope projection: find a plugin task from its description and examples, not its nouns.

usage: python -m unison_agent.training.scope_recipe [--weights DIR] [--steps 300] [--rank 32] [--holdout 6] [--dry-run]

Episodes copy how ``Scope.judge`` decides: a few made-up plugin tasks (``scope_tasks``) are
"registered" (prototype + nearest example from their description and examples), the built-in
bank stands for the twelve built-in tasks, the outside capabilities for the rest of the world; a
request of a registered task must score highest on that task, an ordinary request (training-split
generator records, seed 31) on the bank. Cross-entropy over those scores trains only the
projection (``planner.embedded.projection``); the base encoder stays frozen and is run once.

``--holdout`` capabilities never take part in training: the figures printed (and stored in the
file's metadata) compare the plain base space with the projected one on them, each at the route
margin that keeps ordinary generator *dev* requests (seed 777, as ``routing_calibrate``) under 2 %
false routes. Recalibrate (``routing_calibrate``) after writing a new projection.
"""

from __future__ import annotations

import argparse
import json
import random
from pathlib import Path

import torch

from ..planner.embedded.features import render_record
from ..planner.embedded.outside import OUTSIDE
from ..planner.embedded.projection import PROJECTION_FILE, Projection
from ..planner.embedded.runtime import DEFAULT_WEIGHTS_DIR
from ..planner.embedded.scope import Group, Scope
from .data import generate
from .scope_tasks import CAPABILITIES, Capability, capability_queries, support

#: Outside capabilities that are benchmark plugin tasks under another name: kept out of training.
BENCH_LIKE_OUTSIDE = frozenset({"upscaling", "frame rate change", "video stabilisation", "frame extraction"})
QUERIES_PER_TASK = 24
SCALE = 20.0
"""Cosines times this are the logits: a 0.05 cosine gap is one nat."""


def split_capabilities(holdout: int, seed: int = 5) -> tuple[list[Capability], list[Capability]]:
    caps = list(CAPABILITIES)
    random.Random(seed).shuffle(caps)
    return caps[holdout:], caps[:holdout]


class Embedded:
    """Every text the recipe needs, embedded once by the frozen base encoder."""

    def __init__(self, scope: Scope, caps: list[Capability], seed: int) -> None:
        rng = random.Random(seed)
        self.support = {c.name: embed(scope, support(c)) for c in caps}
        self.queries = {c.name: embed(scope, capability_queries(c, rng, QUERIES_PER_TASK)) for c in caps}
        self.outside = [embed(scope, list(texts)) for name, texts in OUTSIDE if name not in BENCH_LIKE_OUTSIDE]


_MEMO: dict[tuple[str, ...], torch.Tensor] = {}


def embed(scope: Scope, texts: list[str]) -> torch.Tensor:
    """Base-space vectors usable by autograd (remembered within the process: sweeps embed once)."""
    key = tuple(texts)
    if key not in _MEMO:
        _MEMO[key] = scope.embed_raw(texts).clone()
    return _MEMO[key]


def logits(proj: Projection | None, bank: torch.Tensor, plugins: list[torch.Tensor], outside: list[torch.Tensor],
           q: torch.Tensor) -> torch.Tensor:
    """(B, 1 + P + O): the bank's best cosine, then each plugin task's and each outside capability's score."""
    f = proj if proj is not None else (lambda v: v)
    qb = f(q)
    b = (qb @ f(bank).T).max(1).values.unsqueeze(1)
    groups = Group.of([str(i) for i in range(len(plugins) + len(outside))], [f(e) for e in [*plugins, *outside]], q.size(1))
    return torch.cat([b, groups.scores(qb)], dim=1)


def route_accuracy(proj: Projection | None, bank: torch.Tensor, emb: Embedded, caps: list[Capability],
                   ordinary: torch.Tensor, budget: float = 0.02) -> dict[str, float]:
    """Held-out tasks registered together: the margin that keeps ``ordinary`` false routes <= budget, and
    the share of the tasks' requests routed to the right task at it."""
    with torch.no_grad():
        plugins = [emb.support[c.name] for c in caps]
        lo = logits(proj, bank, plugins, emb.outside, ordinary)
        false = (lo[:, 1:1 + len(caps)].max(1).values - lo[:, 0]).sort(descending=True).values
        k = int(budget * len(false))
        margin = float(false[k]) + 1e-6 if k < len(false) else -1.0
        right = total = 0
        for i, c in enumerate(caps):
            lq = logits(proj, bank, plugins, emb.outside, emb.queries[c.name])
            p = lq[:, 1:1 + len(caps)]
            ok = (p.argmax(1) == i) & (p.max(1).values - lq[:, 0] >= margin)
            right += int(ok.sum())
            total += lq.size(0)
    return {"margin": round(margin, 3), "held_out_routed": round(right / total, 4)}


def train(scope: Scope, *, steps: int, rank: int, holdout: int, seed: int = 0, n_bank: int = 1500,
          n_ordinary: int = 1500, n_dev: int = 800) -> tuple[Projection, dict[str, object]]:
    torch.manual_seed(seed)
    rng = random.Random(seed)
    train_caps, held = split_capabilities(holdout)
    emb = Embedded(scope, train_caps + held, seed)
    bank = embed(scope, [render_record(r).text for r in generate(n=n_bank, seed=999, split="train")])
    ordinary_train = embed(scope, [render_record(r).text for r in generate(n=n_ordinary, seed=31, split="train")])
    ordinary_dev = embed(scope, [render_record(r).text for r in generate(n=n_dev, seed=777, split="dev")])
    proj = Projection(dim=bank.size(1), rank=rank)
    before = route_accuracy(None, bank, emb, held, ordinary_dev)
    opt = torch.optim.AdamW(proj.parameters(), lr=2e-3, weight_decay=0.01)
    losses = []
    for step in range(steps):
        registered = rng.sample(train_caps, k=min(6, len(train_caps)))
        qs, ys = [], []
        for i, c in enumerate(registered):
            rows = rng.sample(range(QUERIES_PER_TASK), k=6)
            qs.append(emb.queries[c.name][rows])
            ys += [1 + i] * len(rows)
        rows = rng.sample(range(ordinary_train.size(0)), k=36)
        qs.append(ordinary_train[rows])
        ys += [0] * len(rows)
        lo = logits(proj, bank, [emb.support[c.name] for c in registered], emb.outside, torch.cat(qs))
        loss = torch.nn.functional.cross_entropy(SCALE * lo, torch.tensor(ys))
        opt.zero_grad()
        loss.backward()
        opt.step()
        losses.append(loss.item())
        if step % 50 == 0 or step == steps - 1:
            print(f"step {step}/{steps} loss {loss.item():.4f}", flush=True)
    proj.eval()
    after = route_accuracy(proj, bank, emb, held, ordinary_dev)
    report: dict[str, object] = {"steps": steps, "rank": rank, "seed": seed, "trained_on": [c.name for c in train_caps],
                                 "held_out": [c.name for c in held], "plain": before, "projected": after,
                                 "loss_first_tenth": _mean(losses[: max(1, steps // 10)]), "loss_last_tenth": _mean(losses[-max(1, steps // 10):])}
    return proj, report


def _mean(xs: list[float]) -> float:
    return round(sum(xs) / len(xs), 4)


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--weights", default=str(DEFAULT_WEIGHTS_DIR))
    ap.add_argument("--steps", type=int, default=300)
    ap.add_argument("--rank", type=int, default=32)
    ap.add_argument("--holdout", type=int, default=6)
    ap.add_argument("--dry-run", action="store_true", help="print the figures, write nothing")
    args = ap.parse_args(argv)
    weights = Path(args.weights)
    scope = Scope.for_weights(weights, threads=2)
    proj, report = train(scope, steps=args.steps, rank=args.rank, holdout=args.holdout)
    print(json.dumps(report, indent=1))
    if not args.dry_run:
        proj.save(weights / PROJECTION_FILE, report)
        print(f"wrote {weights / PROJECTION_FILE}; now run python -m unison_agent.training.routing_calibrate")


if __name__ == "__main__":
    main()
