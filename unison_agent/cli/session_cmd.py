"""``unison session run script.yaml`` (scripted sessions), ``session list``, ``session show ID``,
``session report ID`` (HTML/Markdown for any session) and ``session repair`` (a damaged store)."""

from __future__ import annotations

import json
import time
from pathlib import Path
from typing import Any

import typer

from ._common import CONFIG_HELP, PROFILE_HELP, WAIT_HELP, ProgressView, build_agent, exit_on_interrupt


def register(app: typer.Typer) -> None:
    session_app = typer.Typer(help="Multi-turn sessions: scripted runs, listing, history, reports, repair.",
                              no_args_is_help=True)
    app.add_typer(session_app, name="session")

    @session_app.command("run")
    def run_command(
        script_file: Path = typer.Argument(..., metavar="SCRIPT", help="Session script (YAML or JSON; schemas/session-script.schema.json)."),
        out: Path | None = typer.Option(None, "--out", "-o", help="Folder for transcript.json, report.md, report.html and the outputs with manifest.json (default: <home>/reports/<session>/)."),
        session: str | None = typer.Option(None, "--session", "-s", help="Session id; re-run with it to resume an interrupted run."),
        wait: bool = typer.Option(False, "--wait", help=WAIT_HELP),
        profile: str | None = typer.Option(None, "--profile", help=PROFILE_HELP),
        config_path: Path | None = typer.Option(None, "--config", help=CONFIG_HELP),
        planner: str | None = typer.Option(None, "--planner", help="Planner name (default: the configured one)."),
        as_json: bool = typer.Option(False, "--json", help="Stream progress events as JSON lines."),
        factory: str | None = typer.Option(None, "--agent-factory", hidden=True),
    ) -> None:
        """Run a scripted session; exit 1 if any expectation fails or a turn errors."""
        from ..sessions.script import load_script, run_script
        from ..sessions.session import check_session_id, new_session_id
        from ._common import decode_utf8, read_input_bytes

        # a regular file of sane size and UTF-8, before YAML sees it
        decode_utf8(read_input_bytes(script_file, "session script"), f"session script {str(script_file)!r}")
        script = load_script(script_file)
        sid = check_session_id(session if session is not None else script.session or new_session_id())
        agent = build_agent(profile=profile, config_path=config_path, planner=planner, factory=factory,
                            session=sid, wait=wait, quiet=as_json)
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
        as_json: bool = typer.Option(False, "--json", help="Print the sessions as JSON."),
    ) -> None:
        """List the sessions stored under the session root: last run, status, turns, profile."""
        rows = _session_rows(profile, config_path)
        if as_json:
            typer.echo(json.dumps(rows, indent=1))
            return
        if not rows:
            typer.echo("no sessions yet (unison run \"...\" --session NAME starts one)")
            return
        from ._common import escape_controls

        typer.echo(f"{'session':<28} {'last run':<16} {'status':<11} {'turns':>5}  profile  last request")
        for r in rows:
            when = time.strftime("%Y-%m-%d %H:%M", time.localtime(r["updated"])) if r["updated"] else "?"
            request = escape_controls(r["last_request"])[:48]
            typer.echo(f"{r['session']:<28} {when:<16} {r['status']:<11} {r['turns']:>5}  {r['profile'] or '?':<7}  "
                       f"{request}")

    @session_app.command("show")
    def show_command(
        session: str = typer.Argument(..., metavar="SESSION", help="Session id."),
        profile: str | None = typer.Option(None, "--profile", help=PROFILE_HELP),
        config_path: Path | None = typer.Option(None, "--config", help=CONFIG_HELP),
        as_json: bool = typer.Option(False, "--json", help="Print the history as JSON."),
        factory: str | None = typer.Option(None, "--agent-factory", hidden=True),
    ) -> None:
        """Show a session's turns: requests, plans, outputs and each failed step's error."""
        from ..contracts.errors import UserError
        from ._common import escape_controls

        history = _history(session, profile, config_path)
        if not history.turns:
            raise UserError(f"session {session!r} has no finished turns (`unison session list` shows the sessions)")
        if as_json:
            typer.echo(json.dumps(history.model_dump(mode="json"), indent=1))
            return
        for turn in history.turns:
            typer.echo(escape_controls(f"turn {turn.index} [{turn.status}] {turn.text}"))
            for step in (turn.plan or {}).get("steps", []):
                args = json.dumps(step.get("args", {}), sort_keys=True)
                typer.echo(f"  {step['id']} {step['tool']}:{step['task']} {args}")
                for art in turn.outputs.get(step["id"], []):
                    shown = escape_controls(repr(art.value)) if art.kind == "text" else str(art.path)
                    typer.echo(f"    -> {art.kind} {shown}")
                if step["id"] in turn.errors:
                    typer.echo(escape_controls(f"    !! {turn.errors[step['id']]}"))
            if "plan" in turn.errors:
                typer.echo(escape_controls(f"  !! plan {turn.errors['plan']}"))

    @session_app.command("report")
    def report_command(
        session: str = typer.Argument(..., metavar="SESSION", help="Session id."),
        out: Path | None = typer.Option(None, "--out", "-o", help="Folder for report.md and report.html (default: <home>/reports/<session>/)."),
        profile: str | None = typer.Option(None, "--profile", help=PROFILE_HELP),
        config_path: Path | None = typer.Option(None, "--config", help=CONFIG_HELP),
    ) -> None:
        """Write the HTML and Markdown report of any session (thumbnails, videos, arguments, errors)."""
        from ..config import load_config
        from ..contracts.errors import UserError
        from ..sessions.history_report import write_session_report
        from ..sessions.session import check_session_id

        check_session_id(session)
        history = _history(session, profile, config_path)
        if not history.turns:
            raise UserError(f"session {session!r} has no finished turns to report")
        out_dir = out or load_config(config_path, profile=profile).home / "reports" / session
        md, page = write_session_report(session, history, out_dir)
        typer.echo(f"report: {page} (and {md.name})")

    @session_app.command("repair")
    def repair_command(
        profile: str | None = typer.Option(None, "--profile", help=PROFILE_HELP),
        config_path: Path | None = typer.Option(None, "--config", help=CONFIG_HELP),
    ) -> None:
        """Check the session stores (history, checkpoints); a damaged one is moved aside, its backup
        restored and what is still readable salvaged."""
        from langgraph.checkpoint.sqlite import SqliteSaver

        from ..config import load_config
        from ..sessions.repair import repair_store
        from ..sessions.session import SESSION_DB
        from ..sessions.turns import TURNS_DB, setup_turns

        root = load_config(config_path, profile=profile).session_root
        for name, setup in ((TURNS_DB, setup_turns), (SESSION_DB, lambda conn: SqliteSaver(conn).setup())):
            for line in repair_store(root / name, setup).lines():
                typer.echo(line)


def _history(session: str, profile: str | None, config_path: Path | None) -> Any:
    from ..config import load_config
    from ..sessions.session import check_session_id
    from ..sessions.turns import TURNS_DB, TurnStore

    check_session_id(session)
    turns = TurnStore(load_config(config_path, profile=profile).session_root / TURNS_DB)
    try:
        return turns.history(session)
    finally:
        turns.close()


def _session_rows(profile: str | None, config_path: Path | None) -> list[dict[str, Any]]:
    """One row per session: the stores say which exist and their turns, the index when and how."""
    from ..config import load_config
    from ..sessions.index import SessionIndex
    from ..sessions.lock import SessionLocks
    from ..sessions.session import list_sessions, open_sqlite_checkpointer
    from ..sessions.turns import TURNS_DB, TurnStore

    root = load_config(config_path, profile=profile).session_root
    saver = open_sqlite_checkpointer(root)
    turns = TurnStore(root / TURNS_DB)
    try:
        ids = list(dict.fromkeys([*turns.sessions(), *list_sessions(saver)]))
        histories = {sid: turns.history(sid) for sid in ids}
    finally:
        saver.conn.close()
        turns.close()
    known = SessionIndex(root).all()
    locks = SessionLocks(root)
    rows = []
    for sid in sorted(ids, key=lambda i: known[i].created if i in known else 0.0):
        info, done = known.get(sid), histories[sid].turns
        status = info.status if info is not None else (done[-1].status if done else "unfinished")
        if status == "running" and locks.holder(sid) is None:
            status = "interrupted"  # its run died; the same command resumes it
        rows.append({"session": sid, "created": info.created if info else None, "updated": info.updated if info else None,
                     "status": status, "turns": len(done), "profile": info.profile if info else None,
                     "last_request": info.last_request if info else (done[-1].text if done else "")})
    return rows
