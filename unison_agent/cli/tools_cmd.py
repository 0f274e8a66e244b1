"""``unison tools``: list registered tools, their tasks, sources and schemas.

``--json`` also lists every task a plan may name (the built-in twelve and those plugins declare)
with its spec: description, roles and their media kinds, output kind, meta arguments, examples."""

from __future__ import annotations

import json
from dataclasses import asdict

import typer
from rich.console import Console
from rich.table import Table

from ..contracts.registry import default_registry


def register(app: typer.Typer) -> None:
    @app.command("tools")
    def tools_command(
        as_json: bool = typer.Option(False, "--json", help="Print definitions and schemas as JSON."),
    ) -> None:
        """List registered tools with their tasks, source and argument schema."""
        reg = default_registry()
        if as_json:
            out = [
                {
                    "name": d.name,
                    "description": d.description,
                    "tasks": list(d.tasks),
                    "source": reg.get(d.name).source,
                    "outputs": d.outputs,
                    "media_args": {k: list(v) for k, v in d.media_args.items()},
                    "parameters": d.parameters,
                }
                for d in reg.definitions()
            ]
            declared_by = {spec.name: t.name for t in reg for spec in t.declares}
            tasks = {name: {**asdict(spec), "role_kinds": dict(spec.role_kinds),
                            "declared_by": declared_by.get(name, "builtin")}
                     for name, spec in reg.tasks().items()}
            typer.echo(json.dumps({"tools": out, "tasks": tasks, "plugin_errors": [str(e) for e in reg.plugin_errors]},
                                  indent=2))
            return
        console = Console()
        table = Table("tool", "tasks", "source", "arguments")
        for d in reg.definitions():
            props = d.parameters.get("properties", {})
            required = set(d.parameters.get("required", []))
            args = ", ".join(
                f"{k}{'*' if k in required else ''}" + (f" ({'/'.join(d.media_args[k])})" if k in d.media_args else "")
                for k in props
            )
            table.add_row(d.name, "\n".join(d.tasks), reg.get(d.name).source, args)
        console.print(table)
        for err in reg.plugin_errors:
            console.print(f"[yellow]warning:[/yellow] {err}")
