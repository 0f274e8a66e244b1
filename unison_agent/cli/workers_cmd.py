"""``unison workers``: the tool replicas on a Ray cluster: where they run, what they hold, how busy.

Lists every replica in the configured Ray namespace (``[ray] namespace``) of the cluster at
``--ray-address`` (or ``[ray] address``): the tools it serves, its node and pid, the resources Ray assigned
it, the models its pool has loaded, and its steps running, queued, done and failed.
``--start`` first starts the configured replicas from this process (on a local Ray when there
is no address) and waits for them: a check that a configuration places; they stop with it.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import typer

from ..config import load_config
from ..contracts.errors import UserError
from .execute_cmd import CONFIG_HELP, PROFILE_HELP

RAY_ADDRESS_HELP = "Ray cluster to inspect ('auto': the one on this machine; 'ray://host:10001'); default: [ray] address."


def register(app: typer.Typer) -> None:
    @app.command("workers")
    def workers_command(
        ray_address: str | None = typer.Option(None, "--ray-address", help=RAY_ADDRESS_HELP),
        profile: str | None = typer.Option(None, "--profile", help=PROFILE_HELP),
        config_path: Path | None = typer.Option(None, "--config", help=CONFIG_HELP),
        start: bool = typer.Option(False, "--start", help="Start the configured replicas first (they stop with this command)."),
        as_json: bool = typer.Option(False, "--json", help="One JSON list instead of a table."),
    ) -> None:
        """List the Ray replicas of the tools: node, resources, loaded models, queue."""
        import ray

        from ..executor.ray_backend import list_workers, shared_backend
        from ..executor.ray_replicas import connect

        config = load_config(config_path, profile=profile, overrides={"ray": {"address": ray_address}} if ray_address else None)
        settings = config.ray
        if not (ray.is_initialized() or settings.address or os.environ.get("RAY_ADDRESS") or start):
            raise UserError("no Ray cluster to list: pass --ray-address (e.g. auto) or set [ray] address; "
                            "--start tries the configuration on a local Ray")
        connect(settings)
        if start:
            from ..contracts.registry import default_registry

            backend = shared_backend(config)
            grouped = [t for g in settings.groups.values() for t in g.tools]
            tools = sorted({*settings.tools, *grouped}) or default_registry().names()
            backend.start(tools)
            for tool in tools:
                for problem in backend.problems(tool, ""):
                    typer.echo(f"{tool}: {problem}", err=True)
        rows = list_workers(settings.namespace)
        if as_json:
            typer.echo(json.dumps(rows, indent=1, default=str))
            return
        typer.echo(_table(rows) if rows else f"no unison replicas in Ray namespace {settings.namespace!r}")


def _table(rows: list[dict[str, Any]]) -> str:
    from ..executor.ray_replicas import format_resources

    head = ["replica", "tools", "node", "pid", "resources", "models", "running", "queued", "done", "failed"]
    body = [[str(r.get("replica")), ",".join(r.get("tools") or []), str(r.get("node", "-")), str(r.get("pid", "-")),
             format_resources(r.get("resources") or {}), ", ".join(r.get("models") or {}) or "-",
             str(r.get("running", "-")), str(r.get("queued", "-")), str(r.get("done", "-")), str(r.get("failed", "-"))]
            for r in rows]
    widths = [max(len(h), *(len(b[i]) for b in body)) for i, h in enumerate(head)]
    lines = ["  ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)).rstrip() for row in [head, *body]]
    broken = [f"{r.get('replica')}: {r['broken']}" for r in rows if r.get("broken")]
    return "\n".join(lines + broken)
