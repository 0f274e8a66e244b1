"""Build the built-in bank and calibrate the routing margins of the embedded planner's ``Scope``.

usage: python -m unison_agent.training.routing_calibrate [--weights DIR] [--bank] [--words] [--target 0.01] [--route-target 0.02] [--specialist-target 0.005]

``--bank`` writes ``scope_bank.safetensors``: the base encoder's vectors of ``BANK_RECORDS`` generated
*training-split* requests (seed 999) and the built-in tasks' descriptions and examples. Without it, only
the vectors stored beside the bank (built-in specs, ``outside.OUTSIDE``) are re-embedded, and only when
their texts changed: an outside example added moves no bank vector. ``--words`` (and ``--bank``) count
``bank_words.json``, how often each word occurs in the same generated requests (``rare_words``). Then the
margins are set on ``routing_data`` (other plugin tasks and phrasings than the benchmark's) and on
800 generator dev-split requests under seed 777 (the benchmark uses seed 12345), never the public
dev set: each margin is the smallest that keeps ordinary requests' false plugin routes (at or under
``--route-target``, 2 %) and false refusals (at or under ``--target``, 1 %; whole request and each part,
as the planner judges them). Routes get the issue's full 2 %: the clean dev split's unseen edits hold
"remove the watermark", which reads as the calibration's ``add_watermark`` task, and at 1 % that one
phrase (19 of the 800) set the margin alone: at 1 % plugin routing fell to 72 % on the calibration set,
at 2 % it is 94 %, with every other ordinary request under 0.3 % false routes. A
refusal where the signature head is sure (>= 0.995) of a built-in structure needs ``sure_margin``,
set to keep those at half the target. False refusals count both registries: with the calibration
plugins, and with the built-in tools alone (more outside capabilities are live then).
The margins are set with the rare-word bonus in the scores (``LEXICAL_WEIGHT``). The specialist margin
(``specialist.as_specialist``: a plugin task doing the job the signature head reads) is the widest at or under the route
margin that adds at most ``--specialist-target`` (0.5 %) false routes on the same ordinary requests.
The thresholds and the figures they gave go to ``routing.json``.
"""

from __future__ import annotations

import argparse
import json
from dataclasses import replace
from pathlib import Path

import torch

from ..contracts.tasks import TASKS
from ..planner.embedded import EmbeddedPlanner
from ..planner.embedded.features import render_record
from ..planner.embedded.outside import OUTSIDE
from ..planner.embedded.rare_words import WordRarity
from ..planner.embedded.router import judged_texts
from ..planner.embedded.runtime import DEFAULT_WEIGHTS_DIR
from ..planner.embedded.scope import BANK_FILE, ROUTING_FILE, Scope, _protos, fixed_groups, fixed_key
from ..planner.embedded.specialist import same_job
from .data import generate
from .routing_data import CAL_TASKS, COVERS, calibration_sets

SURE_HEAD = 0.995
BANK_RECORDS = 4000
"""More built-in evidence than the 1,500 of the first bank: with the content lexicons split, ordinary requests
meet subjects and edits the bank has not seen, and a thin bank lets plugin prototypes win on them."""
LEXICAL_WEIGHT = 0.045
"""Score per unit of rare words shared with a plugin task (one word no built-in request uses counts 1). Chosen on
the first five plugin-routing sets (used sets; 0.03-0.1 all gained there); judged on blind set 6. See
docs/BENCHMARKS.md."""
GRID = [round(-0.2 + 0.005 * i, 3) for i in range(121)]


def bank_texts() -> list[str]:
    """The built-in requests of the bank: generated training-split requests and the built-in specs' texts."""
    texts = [render_record(r).text for r in generate(n=BANK_RECORDS, seed=999, split="train")]
    return texts + [t for s in TASKS.values() for t in (s.description, *s.examples)]


def count_words(scope: Scope, weights: Path) -> None:
    scope.words = WordRarity.count(bank_texts())
    scope.words.save(weights, f"generate(n={BANK_RECORDS}, seed=999, split='train') + the built-in task specs")


def build_bank(scope: Scope, weights: Path) -> None:
    from safetensors.torch import save_file

    texts = bank_texts()
    bank = scope.embed(texts).half().contiguous()
    fixed = scope.embed([t for g in fixed_groups() for t in g]).half().contiguous()
    save_file({"bank": bank, "fixed": fixed}, str(weights / BANK_FILE),
              metadata={"records": f"generate(n={BANK_RECORDS}, seed=999, split='train')", "fixed_key": fixed_key()})
    scope.bank = bank.float()


def refresh_fixed(scope: Scope, weights: Path) -> bool:
    """Re-embed the built-in specs and outside capabilities stored beside the bank when their texts changed
    (an outside example added), keeping the bank itself; ``True`` if it did."""
    from safetensors import safe_open
    from safetensors.torch import save_file

    path = weights / BANK_FILE
    with safe_open(str(path), "pt") as f:
        meta = dict(f.metadata() or {})
        if meta.get("fixed_key") == fixed_key():
            return False
        bank = f.get_tensor("bank")
    fixed = scope.embed([t for g in fixed_groups() for t in g]).half().contiguous()
    save_file({"bank": bank, "fixed": fixed}, str(path), metadata={**meta, "fixed_key": fixed_key()})
    return True


def calibrate_cover(scope: Scope) -> float:
    """Half-way between the closest calibration task that is *not* an outside capability and the
    calibration pairs that are one (``routing_data.COVERS``), in prototype cosine."""
    outside = scope._outside.protos
    tasks = _protos(scope.embed_groups([[s.description, *s.examples] for s in CAL_TASKS]), outside.size(1))
    sims = tasks @ outside.T
    same = [float(sims[i, j]) for i, s in enumerate(CAL_TASKS) for j, (o, _) in enumerate(OUTSIDE) if (s.name, o) in COVERS]
    other = [float(sims[i, j]) for i, s in enumerate(CAL_TASKS) for j, (o, _) in enumerate(OUTSIDE) if (s.name, o) not in COVERS]
    return round(0.5 * (max(other) + min(same)), 3)


def margins(scope: Scope, texts: list[str], *, plugins: bool = True) -> tuple[torch.Tensor, torch.Tensor, list[int]]:
    """Per text: plugin margin (best plugin - bank), refusal margin (outside - best registered), best plugin index;
    with the calibration plugins registered, or (``plugins=False``) the built-in tools only."""
    from ..contracts.registry import Registry

    builtins = Registry()
    builtins.load_entry_points(only="builtin")
    builtin_tools = tuple(sorted({t.description for t in builtins if all(k in TASKS for k in t.tasks)}))
    index = scope.index({s.name: s for s in CAL_TASKS} if plugins else {}, builtin_tools)
    q = scope.embed(texts)
    b, p, o = scope.scores(q, index, texts)
    best_p = p.max(1).values if p.size(1) else torch.full_like(b, -1.0)
    best_i = p.argmax(1).tolist() if p.size(1) else [0] * len(texts)
    return best_p - b, o.max(1).values - torch.maximum(b, best_p), best_i


Rows = list[list[tuple[float, float, float, bool]]]
"""Per request, per judged text (the whole and each part): (plugin margin, refusal margin, head probability, whether
the best plugin task does the same job as the built-in task the head reads)."""


def routed(rows: Rows, m: float) -> float:
    """Share of requests some text of which would be routed to a plugin at margin ``m``."""
    return sum(any(r[0] >= m for r in row) for row in rows) / len(rows)


def specialist_routed(rows: Rows, route: float, m: float) -> float:
    """Share of requests some text of which would be routed only as a specialist (``specialist.as_specialist``): under
    ``route`` but at ``m`` or above, its best plugin task doing the head's job."""
    return sum(any(r[0] >= m and r[3] for r in row) and not any(r[0] >= route for r in row) for row in rows) / len(rows)


def refused(rows: Rows, m: float, sure: float) -> float:
    """Share of requests refused at margin ``m`` (``sure`` where the head is sure of a built-in structure)."""
    hit = [any(r[1] >= m and (r[1] >= sure or r[2] < SURE_HEAD) for r in row) for row in rows]
    return sum(hit) / len(rows)


def refusal_margins(rows: Rows, target: float) -> tuple[float, float]:
    """The smallest refusal margin that keeps ordinary ``rows`` refused at <= ``target``, and the sure-head
    margin that keeps them at half that; where no sure margin gets there (the unsure heads alone are over
    it), the refusal margin grows until one does."""
    return next((r, s) for r in GRID if refused(rows, r, r) <= target
                for s in GRID if s >= r and refused(rows, r, s) <= target / 2)


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--weights", default=str(DEFAULT_WEIGHTS_DIR))
    ap.add_argument("--bank", action="store_true")
    ap.add_argument("--words", action="store_true", help="count bank_words.json again (--bank does too)")
    ap.add_argument("--target", type=float, default=0.01, help="false refusal budget on ordinary requests (half the 2 %% limit)")
    ap.add_argument("--route-target", type=float, default=0.02,
                    help="false plugin-route budget on ordinary requests (the 2 %% that keeps built-in task accuracy >= 95 %%)")
    ap.add_argument("--specialist-target", type=float, default=0.005,
                    help="false routes a plugin task doing the head's job may add (specialist.as_specialist; a quarter of the route budget)")
    ap.add_argument("--n-ordinary", type=int, default=800)
    args = ap.parse_args(argv)
    weights = Path(args.weights)
    scope = Scope.for_weights(weights, threads=2)
    if args.bank:
        build_bank(scope, weights)
    elif refresh_fixed(scope, weights):
        scope = Scope.for_weights(weights, threads=2)  # the fixed vectors are read when the scope is built
    if args.bank or args.words or scope.words is None:
        count_words(scope, weights)
    cover = calibrate_cover(scope)
    scope.thresholds = replace(scope.thresholds, cover=cover, lexical_weight=LEXICAL_WEIGHT)
    scope._indexes.clear()
    sets = calibration_sets()
    ordinary = [render_record(r).text for r in generate(n=args.n_ordinary, seed=777, split="dev")]
    planner = EmbeddedPlanner(weights_dir=weights)

    # every request is judged whole and by parts, as the planner does; a request counts once (its worst part)
    def per_request(texts: list[str], plugins: bool = True) -> Rows:
        """Per request, per judged text: (plugin margin, refusal margin, head probability, same job)."""
        flat, owner = judged_texts(texts)
        route, refuse, best = margins(scope, flat, plugins=plugins)
        out: Rows = [[] for _ in texts]
        for i, k in enumerate(owner):
            task, prob = planner.head_reading(flat[i])
            out[k].append((float(route[i]), float(refuse[i]), prob, plugins and same_job(CAL_TASKS[best[i]], task, flat[i])))
        return out

    ordinary_rows = per_request(ordinary)
    # with the built-in tools alone more outside capabilities are live (nothing covers upscaling, frame rates):
    # a request counts as falsely refused if either registry refuses it
    alone = per_request(ordinary, plugins=False)
    ordinary_refusal_rows = [a + b for a, b in zip(ordinary_rows, alone, strict=True)]
    plug_texts = [t for t, _ in sets["plugin"]]
    p_route, p_refuse, p_best = margins(scope, plug_texts)
    outside_rows = per_request([t for t, _ in sets["outside"]])
    names = [s.name for s in CAL_TASKS]

    route_m = next(m for m in GRID if routed(ordinary_rows, m) <= args.route_target)
    # the widest specialist margin (at most the route margin) that adds at most its own budget of false routes
    special_m = next(m for m in GRID if m <= route_m and specialist_routed(ordinary_rows, route_m, m) <= args.specialist_target)
    refuse_m, sure_m = refusal_margins(ordinary_refusal_rows, args.target)
    plugin_ok = sum(float(p_route[i]) >= route_m and float(p_refuse[i]) < refuse_m and names[p_best[i]] == g
                    for i, (_, g) in enumerate(sets["plugin"])) / len(plug_texts)
    figures = {
        "ordinary_false_route": routed(ordinary_rows, route_m),
        "ordinary_false_route_specialist": specialist_routed(ordinary_rows, route_m, special_m),
        "ordinary_false_refusal": refused(ordinary_refusal_rows, refuse_m, sure_m),
        "plugin_routed_correct": plugin_ok, "outside_refused": refused(outside_rows, refuse_m, sure_m),
        "outside_refused_builtin_only": refused(per_request([t for t, _ in sets["outside"]], plugins=False), refuse_m, sure_m),
        "n_ordinary": len(ordinary), "n_plugin": len(plug_texts), "n_outside": len(outside_rows),
    }
    out = {"thresholds": {"route_margin": route_m, "refuse_margin": refuse_m, "cover": cover, "sure_head": SURE_HEAD,
                          "sure_margin": sure_m, "lexical_weight": LEXICAL_WEIGHT, "specialist_margin": special_m},
           "calibration": figures,
           "data": "routing_data.calibration_sets(seed=4242) + generate(n=800, seed=777, split='dev'); bank: generate(n=" + str(BANK_RECORDS) + ", seed=999, split='train')"}
    (weights / ROUTING_FILE).write_text(json.dumps(out, indent=1) + "\n")
    print(json.dumps(out, indent=1))



if __name__ == "__main__":
    main()
