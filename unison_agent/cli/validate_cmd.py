"""``unison validate plan.json [--request req.json]``: check a plan against the contract."""

from __future__ import annotations

import json
from pathlib import Path

import typer

from ..contracts.errors import PlanValidationError
from ..contracts.registry import default_registry
from ..contracts.validate import validate_plan
from ._common import load_request_file, read_input_json


def register(app: typer.Typer) -> None:
    @app.command("validate")
    def validate_command(
        plan_file: Path = typer.Argument(..., metavar="PLAN_FILE", help="Plan JSON file."),
        request_file: Path | None = typer.Option(None, "--request", "-r", help="Request JSON file (text + attachments)."),
        as_json: bool = typer.Option(False, "--json", help="Print the result as JSON."),
        profile: str | None = typer.Option(None, "--profile", help="Configuration profile (unison, tiny)."),
        config_file: Path | None = typer.Option(None, "--config", help="Config file (policy caps come from it)."),
    ) -> None:
        """Validate a plan: structure, tool arguments, references, kinds and caps."""
        from ..config import load_config

        config = load_config(config_file, profile=profile)
        policy = config.policy
        data = read_input_json(plan_file, "plan", max_bytes=policy.max_input_file_bytes)
        kinds = None
        if request_file is not None:
            kinds = [a.kind for a in load_request_file(request_file, policy=policy).attachments]
        try:
            plan = validate_plan(data, default_registry(), attachments=kinds, policy=policy)
        except PlanValidationError as exc:
            if as_json:
                typer.echo(json.dumps({"valid": False, "issues": [i.to_dict() for i in exc.issues]}, indent=2))
                raise typer.Exit(1) from None
            raise
        if as_json:
            typer.echo(json.dumps({"valid": True, "plan": plan.to_json()}, indent=2))
        else:
            typer.echo(f"plan is valid: {len(plan.steps)} step(s): " + ", ".join(f"{s.id}={s.tool}:{s.task}" for s in plan.steps))
