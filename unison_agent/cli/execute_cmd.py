"""``unison execute plan.json``: run a plan file without planning, with live progress."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import typer

from ..contracts.errors import UserError
from ._common import (
    CONFIG_HELP,
    PROFILE_HELP,
    RAY_HELP,
    ProgressView,
    build_agent,
    exit_on_interrupt,
    load_request_file,
    print_result,
    read_json,
)

if TYPE_CHECKING:
    pass

def register(app: typer.Typer) -> None:
    @app.command("execute")
    def execute_command(
        plan_file: Path = typer.Argument(..., help="Plan JSON file (schemas/plan.schema.json)."),
        request_file: Path | None = typer.Option(None, "--request", "-r", help="Request JSON file (text + attachments)."),
        text: str | None = typer.Option(None, "--text", "-t", help="Request text, when there is no request file."),
        attach: list[Path] = typer.Option([], "--attach", "-a", help="Attachment (repeatable); $input.N in order."),
        session: str | None = typer.Option(None, "--session", "-s", help="Session id; re-run with it to resume."),
        profile: str | None = typer.Option(None, "--profile", help=PROFILE_HELP),
        config_path: Path | None = typer.Option(None, "--config", help=CONFIG_HELP),
        as_json: bool = typer.Option(False, "--json", help="Stream progress events as JSON lines."),
        ray_address: str | None = typer.Option(None, "--ray-address", help=RAY_HELP),
        factory: str | None = typer.Option(None, "--agent-factory", hidden=True),
    ) -> None:
        """Run a plan without planning: validated, executed, progress shown; exit 1 unless every step succeeded."""
        from ..contracts.request import parse_request
        from ..sessions.session import check_session_id, new_session_id

        plan = read_json(plan_file, "plan")
        if request_file is not None:
            if text or attach:
                raise UserError("pass either --request or --text/--attach, not both")
            request = load_request_file(request_file)
        else:
            request = parse_request(text or "", [str(p) for p in attach])
        sid = check_session_id(session) if session else new_session_id()
        agent = build_agent(profile=profile, config_path=config_path, factory=factory, ray_address=ray_address)
        try:
            with exit_on_interrupt(sid), ProgressView(as_json=as_json) as view:
                result = agent.execute(plan, request, session=sid, on_event=view)  # type: ignore[arg-type]
        finally:
            agent.close()
        print_result(result, as_json=as_json)
        if not result.ok:
            raise typer.Exit(1)
