"""LM planner: does constrained decoding close the plan when the token budget is short?

usage:
  python bench/bench_lm_budget.py [--seeds 0 1 2] [--budgets 80 120 200]

For tiny random Llamas (the test fixture's, built in code: they write strings until the budget
runs out, the worst case for closing), prints per seed and budget whether the output closed and
fits the plan schema, without the closing reserve (``reserve=0``) and with the default
(``closing_reserve``), and how many tokens it took.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path

os.environ.setdefault("TORCHDYNAMO_DISABLE", "1")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--seeds", type=int, nargs="+", default=[0, 1, 2])
    parser.add_argument("--budgets", type=int, nargs="+", default=[80, 120, 200])
    args = parser.parse_args()
    from fixtures.planner import build_tiny_lm, build_tiny_tokenizer, planner_tools
    from jsonschema import Draft202012Validator

    from unison_agent.contracts.context import PlanContext
    from unison_agent.contracts.registry import Registry
    from unison_agent.contracts.request import parse_request
    from unison_agent.planner.constrained import decoding_schema, generate_json
    from unison_agent.planner.prompt import build_messages, render

    tok = build_tiny_tokenizer()
    context = PlanContext(registry=Registry(planner_tools()))
    req = parse_request("a picture of a fox in the snow")
    schema = decoding_schema(context, request=req, max_steps=2)
    inputs = tok(render(build_messages(req, context=context), tok), return_tensors="pt", add_special_tokens=False)
    validator = Draft202012Validator(schema)

    def valid(text: str) -> bool:
        try:
            return not list(validator.iter_errors(json.loads(text)))
        except ValueError:
            return False

    for seed in args.seeds:
        model = build_tiny_lm(tok, seed=seed)
        for budget in args.budgets:
            off = generate_json(model, tok, inputs, schema, max_new_tokens=budget, reserve=0)
            on = generate_json(model, tok, inputs, schema, max_new_tokens=budget)
            print(f"seed {seed} budget {budget}: no reserve: closed={off.finished} valid={valid(off.text)} "
                  f"({off.tokens} tokens); reserve: closed={on.finished} valid={valid(on.text)} "
                  f"steered={on.closed_early} ({on.tokens} tokens)")


if __name__ == "__main__":
    main()
