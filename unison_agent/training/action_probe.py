"""Fit the scope's action probe: does a request ask to act on other apps, devices, accounts or services?

usage: python -m unison_agent.training.action_probe [--weights DIR] [--target 0.01] [--folds 6]

A logistic regression on the base encoder's sentence vectors (the frozen space ``scope.Scope`` already
uses), fitted on ``action_data`` (training frames) and on generator training-split requests. Nearest
prototypes could not do this: "text my sister I'm late" and "write a text to my sister saying I'm late"
sit close together, and one more outside prototype refused both (see BENCHMARKS, tried and not shipped);
a fitted direction is told the difference by thousands of both.

Then, with ``--folds``: whole action domains are left out of fitting in turn and the held-out
domains' recall is printed (how the probe does on kinds of action it has never seen). The threshold is
the smallest that keeps ordinary requests (generator dev split, seed 777, and the held-out word frames;
whole and each part, as the router judges them) refused at or under ``--target``. Writes
``action_probe.safetensors``: the weights, the threshold and the figures in its metadata.
"""

from __future__ import annotations

import argparse
import json
import random
from pathlib import Path

import torch

from ..planner.embedded.action import ACTION_FILE, network, opening
from ..planner.embedded.features import render_record
from ..planner.embedded.router import judged_texts
from ..planner.embedded.runtime import DEFAULT_WEIGHTS_DIR
from ..planner.embedded.scope import Scope
from .action_data import samples
from .action_lexicon import ACTIONS
from .data import generate

SEED = 31
PER_FRAME = 12
PLANNER_RECORDS = 4000
HIDDEN = 64
EPOCHS = 100
ABOUT = "none"


def embed(scope: Scope, texts: list[str]) -> torch.Tensor:
    """(whole, opening words) sentence vectors side by side: the probe's input."""
    return torch.cat([scope.embed(texts), scope.embed([opening(t) for t in texts])], 1)


def fit(x: torch.Tensor, y: torch.Tensor, *, hidden: int = HIDDEN, epochs: int = EPOCHS) -> torch.nn.Sequential:
    """Class-balanced, full-batch AdamW; few epochs and dropout, so held-out frames are not met with certainty."""
    torch.manual_seed(0)
    net = network(x.size(1) // 2, hidden)
    opt = torch.optim.AdamW(net.parameters(), lr=3e-3, weight_decay=1e-2)
    pos = float(y.sum())
    weight = torch.where(y > 0, 0.5 / pos, 0.5 / (len(y) - pos))
    x = x.clone()  # embeddings come out of inference mode
    net.train()
    for _ in range(epochs):
        opt.zero_grad()
        loss = (torch.nn.functional.binary_cross_entropy_with_logits(net(x).squeeze(-1), y, reduction="none") * weight).sum()
        loss.backward()
        opt.step()
    return net.eval()


def score(net: torch.nn.Sequential, x: torch.Tensor) -> torch.Tensor:
    with torch.inference_mode():
        return torch.sigmoid(net(x).squeeze(-1))


def threshold_for(ordinary: torch.Tensor, target: float) -> float:
    """The smallest threshold (0.001 steps) at which at most ``target`` of the ordinary requests score at or above it."""
    return next(t / 1000 for t in range(500, 1001) if float((ordinary >= t / 1000).float().mean()) <= target)


def worst(scores: torch.Tensor, owner: list[int], n: int) -> torch.Tensor:
    """Per request, the highest probe score of its judged texts."""
    out = torch.full((n,), -1.0)
    for i, k in enumerate(owner):
        out[k] = max(float(out[k]), float(scores[i]))
    return out


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--weights", default=str(DEFAULT_WEIGHTS_DIR))
    ap.add_argument("--target", type=float, default=0.02, help="false refusal budget on ordinary requests, hard ones included")
    ap.add_argument("--folds", type=int, default=6, help="held-out-domain folds to report (0: none)")
    ap.add_argument("--about", choices=("none", "fit", "both"), default=ABOUT,
                    help="actions asked about ('how do I ... myself?') as ordinary requests: not at all, in fitting, "
                         "or in fitting and in the calibration budget")
    args = ap.parse_args(argv)
    weights = Path(args.weights)
    scope = Scope.for_weights(weights, threads=2)

    train = samples("train", per_frame=PER_FRAME, seed=SEED, about=args.about != "none")
    planner_train = [render_record(r).text for r in generate(n=PLANNER_RECORDS, seed=999, split="train")]
    x = embed(scope, [s.text for s in train] + planner_train)
    y = torch.tensor([float(s.acts) for s in train] + [0.0] * len(planner_train))
    domain = [s.domain for s in train] + ["planner"] * len(planner_train)

    cal = samples("cal", per_frame=PER_FRAME, seed=SEED, about=args.about == "both")
    ordinary = [render_record(r).text for r in generate(n=800, seed=777, split="dev")] + [s.text for s in cal if not s.acts]
    flat, owner = judged_texts(ordinary)
    x_ord = embed(scope, flat)
    acts = [s for s in cal if s.acts]
    x_act = embed(scope, [s.text for s in acts])

    net = fit(x, y)
    ord_scores = worst(score(net, x_ord), owner, len(ordinary))
    threshold = threshold_for(ord_scores, args.target)
    act_scores = score(net, x_act)
    n_dev = 800
    figures: dict[str, float] = {
        "threshold": threshold,
        "ordinary_false_refusal": float((ord_scores >= threshold).float().mean()),
        "generator_dev_false_refusal": float((ord_scores[:n_dev] >= threshold).float().mean()),
        "word_frames_false_refusal": float((ord_scores[n_dev:] >= threshold).float().mean()),
        "held_out_frames_recall": float((act_scores >= threshold).float().mean()),
        "n_ordinary": len(ordinary), "n_actions": len(acts), "n_fit": len(y),
    }
    if args.folds:
        figures["held_out_domains_recall"] = held_out_domains(x, y, domain, x_act, acts, x_ord, owner, len(ordinary),
                                                              args.folds, args.target)
    from safetensors.torch import save_file

    meta = {"threshold": str(threshold), "figures": json.dumps(figures), "data": f"action_data.samples(per_frame={PER_FRAME}, seed={SEED}, about={args.about}) + "
            f"generate(n={PLANNER_RECORDS}, seed=999, split='train'); calibrated on split 'cal' + generate(n=800, seed=777, split='dev')"}
    save_file({k: v.contiguous() for k, v in net.state_dict().items()}, str(weights / ACTION_FILE), metadata=meta)
    print(json.dumps(figures, indent=1))


def held_out_domains(x: torch.Tensor, y: torch.Tensor, domain: list[str], x_act: torch.Tensor, acts: list,
                     x_ord: torch.Tensor, owner: list[int], n_ord: int, folds: int, target: float) -> float:
    """Recall on action domains left out of fitting (each fold calibrated on ordinary requests as above)."""
    names = sorted(ACTIONS)
    random.Random(SEED).shuffle(names)
    hit = total = 0
    for k in range(folds):
        out = set(names[k::folds])
        keep = torch.tensor([d not in out for d in domain])
        net = fit(x[keep], y[keep])
        t = threshold_for(worst(score(net, x_ord), owner, n_ord), target)
        rows = torch.tensor([s.domain in out for s in acts])
        scores = score(net, x_act[rows])
        hit += int((scores >= t).sum())
        total += int(rows.sum())
        print(f"fold {k}: left out {sorted(out)}: recall {float((scores >= t).float().mean()):.3f} at {t}")
    return hit / max(total, 1)


if __name__ == "__main__":
    main()
