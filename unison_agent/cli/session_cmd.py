"""``unison session run script.yaml`` (scripted sessions), ``unison session list`` and
``unison session show ID``."""

from __future__ import annotations

import json
from pathlib import Path

import typer

from ._common import CONFIG_HELP, PROFILE_HELP, ProgressView, build_agent, exit_on_interrupt


def register(app: typer.Typer) -> None:
    session_app = typer.Typer(help="Multi-turn sessions: scripted runs, listing, history.", no_args_is_help=True)
    app.add_typer(session_app, name="session")

    @session_app.command("run")
    def run_command(
        script_file: Path = typer.Argument(..., help="Session script (YAML or JSON; schemas/session-script.schema.json)."),
        out: Path | None = typer.Option(None, "--out", "-o", help="Folder for transcript.json, report.md, report.html (default: <home>/reports/<session>/)."),
        session: str | None = typer.Option(None, "--session", "-s", help="Session id; re-run with it to resume an interrupted run."),
        profile: str | None = typer.Option(None, "--profile", help=PROFILE_HELP),
        config_path: Path | None = typer.Option(None, "--config", help=CONFIG_HELP),
        planner: str | None = typer.Option(None, "--planner", help="Planner name (default: the configured one)."),
        as_json: bool = typer.Option(False, "--json", help="Stream progress events as JSON lines."),
        factory: str | None = typer.Option(None, "--agent-factory", hidden=True),
    ) -> None:
        """Run a scripted session; exit 1 if any expectation fails or a turn errors."""
        from ..sessions.script import load_script, run_script
        from ..sessions.session import check_session_id, new_session_id

        script = load_script(script_file)
        sid = check_session_id(session or script.session or new_session_id())
        agent = build_agent(profile=profile, config_path=config_path, planner=planner, factory=factory)
        # by default everything the run writes stays under the configured home
        out_dir = out or agent.config.home / "reports" / sid

        def on_turn(turn):  # type: ignore[no-untyped-def]
            verdict = "PASS" if turn.passed else "FAIL"
            line = {"event": "turn", "index": turn.index, "passed": turn.passed, "failures": turn.failures,
                    "error": turn.error}
            if as_json:
                typer.echo(json.dumps(line))
            else:
                typer.echo(f"turn {turn.index} {verdict}: {turn.text}", err=True)
                for problem in [*turn.failures, *([turn.error] if turn.error else [])]:
                    typer.echo(f"  - {problem}", err=True)

        try:
            with exit_on_interrupt(sid), ProgressView(as_json=as_json) as view:
                outcome = run_script(script, agent, out_dir=out_dir, session=sid, on_event=view, on_turn=on_turn,
                                     script_path=str(script_file))
        finally:
            agent.close()
        passed = sum(t.passed for t in outcome.turns)
        summary = (f"{script.name}: {'PASS' if outcome.passed else 'FAIL'} ({passed}/{len(script.turns)} turns passed); "
                   f"session {sid}; report {out_dir / 'report.html'}")
        if as_json:
            typer.echo(json.dumps({"event": "script", "passed": outcome.passed, "session": sid, "out": str(out_dir)}))
        else:
            typer.echo(summary)
        if not outcome.passed or len(outcome.turns) < len(script.turns):
            raise typer.Exit(1)

    @session_app.command("list")
    def list_command(
        profile: str | None = typer.Option(None, "--profile", help=PROFILE_HELP),
        config_path: Path | None = typer.Option(None, "--config", help=CONFIG_HELP),
    ) -> None:
        """List the sessions stored under the session root."""
        from ..config import load_config
        from ..sessions.session import list_sessions, open_sqlite_checkpointer

        config = load_config(config_path, profile=profile)
        saver = open_sqlite_checkpointer(config.session_root)
        try:
            for sid in list_sessions(saver):
                typer.echo(sid)
        finally:
            saver.conn.close()

    @session_app.command("show")
    def show_command(
        session: str = typer.Argument(..., help="Session id."),
        profile: str | None = typer.Option(None, "--profile", help=PROFILE_HELP),
        config_path: Path | None = typer.Option(None, "--config", help=CONFIG_HELP),
        as_json: bool = typer.Option(False, "--json", help="Print the history as JSON."),
        factory: str | None = typer.Option(None, "--agent-factory", hidden=True),
    ) -> None:
        """Show a session's turns: requests, plans and artifacts."""
        from ..contracts.errors import UserError

        agent = build_agent(profile=profile, config_path=config_path, factory=factory)
        try:
            history = agent.history(session)
        finally:
            agent.close()
        if not history.turns:
            raise UserError(f"session {session!r} has no finished turns")
        if as_json:
            typer.echo(json.dumps(history.model_dump(mode="json"), indent=1))
            return
        for turn in history.turns:
            typer.echo(f"turn {turn.index} [{turn.status}] {turn.text}")
            for sid, arts in turn.outputs.items():
                for art in arts:
                    shown = repr(art.value) if art.kind == "text" else art.path
                    typer.echo(f"  {sid}: {art.kind} {shown}")
