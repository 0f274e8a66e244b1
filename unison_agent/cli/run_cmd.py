"""``unison run "<text>" [-i FILE ...]``: plan a request and run the plan, with live progress.

The planner (default: the embedded one) turns the request into a validated plan; the executor
runs it with the configured tools. With ``--profile tiny`` every model is a tiny random-weight
instance of the real class: the whole path runs offline on a CPU in seconds, and the outputs
are noise (the command says so).
"""

from __future__ import annotations

import json
from pathlib import Path

import typer

from ._common import CONFIG_HELP, PROFILE_HELP, RAY_HELP, ProgressView, build_agent, exit_on_interrupt


def register(app: typer.Typer) -> None:
    @app.command("run")
    def run_command(
        text: str = typer.Argument(..., help="The request; attachments may be inline as ###path###."),
        inputs: list[Path] = typer.Option([], "--input", "-i", help="Attachment (repeatable), after inline ones."),
        session: str | None = typer.Option(None, "--session", "-s", help="Continue (or resume) this session."),
        planner: str | None = typer.Option(None, "--planner", help="Planner name (embedded, lm, unison)."),
        profile: str | None = typer.Option(None, "--profile", help=PROFILE_HELP),
        config_path: Path | None = typer.Option(None, "--config", help=CONFIG_HELP),
        as_json: bool = typer.Option(False, "--json", help="Stream progress events as JSON lines."),
        ray_address: str | None = typer.Option(None, "--ray-address", help=RAY_HELP),
        factory: str | None = typer.Option(None, "--agent-factory", hidden=True),
    ) -> None:
        """Plan a request and run it; exit 1 unless every step succeeded."""
        from ..sessions.session import check_session_id, new_session_id

        sid = check_session_id(session) if session else new_session_id()
        agent = build_agent(profile=profile, config_path=config_path, planner=planner, factory=factory,
                            ray_address=ray_address)
        try:
            with exit_on_interrupt(sid), ProgressView(as_json=as_json) as view:
                result = agent.run(text, [str(p) for p in inputs], session=sid, on_event=view)
        finally:
            agent.close()
        if not as_json:
            if result.plan:
                steps = result.plan.get("steps", [])
                typer.echo("plan: " + "; ".join(
                    f"{s['id']} {s['tool']}:{s['task']} {json.dumps(s['args'], sort_keys=True)}" for s in steps))
            typer.echo(result.summary())
            for art in result.artifacts:
                if art.kind != "text":
                    typer.echo(f"{art.kind}: {art.path}")
            if any(a.metadata.get("noise") for a in result.artifacts):
                typer.echo(
                    "note: profile 'tiny' uses tiny random-weight models; the outputs are noise, "
                    "but the path (planner, executor, pipelines, files) is the real one.", err=True)
        if not result.ok:
            raise typer.Exit(1)
