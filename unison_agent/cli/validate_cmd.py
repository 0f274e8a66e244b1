"""``unison validate plan.json [--request req.json]``: check a plan against the contract."""

from __future__ import annotations

import json
from pathlib import Path

import typer

from ..contracts.errors import PlanValidationError, RequestError
from ..contracts.registry import default_registry
from ..contracts.request import parse_request
from ..contracts.validate import validate_plan


def read_json(path: Path, what: str) -> object:
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise RequestError(f"{what} file {str(path)!r} does not exist") from None
    except json.JSONDecodeError as exc:
        raise RequestError(f"{what} file {str(path)!r} is not JSON: line {exc.lineno} column {exc.colno}: {exc.msg}") from None


def load_request_file(path: Path):  # type: ignore[no-untyped-def]
    """Parse a request file (``schemas/request.schema.json``); paths resolve beside it."""
    from jsonschema import Draft202012Validator

    from ..contracts.schemas import load_schema

    data = read_json(path, "request")
    errors = list(Draft202012Validator(load_schema("request")).iter_errors(data))
    if errors:
        first = errors[0]
        where = "/".join(str(p) for p in first.absolute_path) or "(top level)"
        raise RequestError(f"request file {str(path)!r}: {where}: {first.message}")
    assert isinstance(data, dict)
    return parse_request(data["text"], data.get("attachments", []), base_dir=path.parent)


def register(app: typer.Typer) -> None:
    @app.command("validate")
    def validate_command(
        plan_file: Path = typer.Argument(..., help="Plan JSON file."),
        request_file: Path | None = typer.Option(None, "--request", "-r", help="Request JSON file (text + attachments)."),
        as_json: bool = typer.Option(False, "--json", help="Print the result as JSON."),
        config_file: Path | None = typer.Option(None, "--config", help="Config file (policy caps come from it)."),
    ) -> None:
        """Validate a plan: structure, tool arguments, references, kinds and caps."""
        from ..config import load_config

        policy = load_config(config_file).policy
        data = read_json(plan_file, "plan")
        kinds = None
        if request_file is not None:
            kinds = [a.kind for a in load_request_file(request_file).attachments]
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
