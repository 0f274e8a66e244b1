"""``unison eval-planner DATA.jsonl [--planner NAME] [--json]``: plan a dev-set file and score it.

Records are in the ``dev.jsonl`` form (``id``, ``text`` with ``###name###``, ``gold`` steps,
``parallel``); the attachments are made in a temporary directory. Prints task, role, meta,
exact-plan and multi-step-exact accuracy, the valid-plan rate, p50/p95 latency and tokens per
plan (when the planner reports them).
"""

from __future__ import annotations

import json
from pathlib import Path

import typer

from ..config import load_config
from ..contracts.registry import default_registry
from ..planner.evaluation import evaluate, format_report
from .plan_cmd import build_planner


def register(app: typer.Typer) -> None:
    @app.command("eval-planner")
    def eval_planner(
        data: Path = typer.Argument(..., metavar="DATA", help="JSONL with gold plans (dev.jsonl form)."),
        planner_name: str | None = typer.Option(None, "--planner", "-p", help="Planner name (default: config)."),
        planner_options: list[str] = typer.Option([], "--planner-option", "-o", help="Planner option key=value."),
        as_json: bool = typer.Option(False, "--json", help="Print metrics as JSON."),
        predictions: Path | None = typer.Option(None, "--predictions", help="Also write the predictions (JSONL)."),
        show: int = typer.Option(0, "--show", help="Print this many misses."),
        profile: str | None = typer.Option(None, "--profile", help="Configuration profile (unison, tiny)."),
        config_file: Path | None = typer.Option(None, "--config", help="Config file (TOML or YAML)."),
    ) -> None:
        """Score a planner on a file of requests with gold plans."""
        from ..contracts.errors import UserError

        if not data.is_file():
            raise UserError(f"data file {str(data)!r} does not exist")
        config = load_config(config_file, profile=profile)
        name, planner = build_planner(config, planner_name, planner_options)
        metrics, preds = evaluate(data, planner, registry=default_registry(), policy=config.policy)
        if predictions is not None:
            predictions.write_text("".join(json.dumps(p) + "\n" for p in preds), encoding="utf-8")
        if as_json:
            out = metrics.to_dict()
            out["misses"] = out["misses"][:show] if show else []
            typer.echo(json.dumps({"planner": name, **out}, indent=2))
            return
        for miss in metrics.misses[:show]:
            typer.echo(f"MISS {miss['id']}: {miss['text']!r} -> {miss['got']} {miss['error'] or ''}")
        typer.echo(format_report(metrics, planner=name))
