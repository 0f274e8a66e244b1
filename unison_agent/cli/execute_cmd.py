"""``unison execute plan.json``: run a plan file without planning, with live progress."""

from __future__ import annotations

from pathlib import Path

import typer

from ..config import load_config
from ..contracts.errors import UserError
from ._common import (
    CONFIG_HELP,
    OUT_HELP,
    PROFILE_HELP,
    RAY_HELP,
    WAIT_HELP,
    ProgressView,
    build_agent,
    exit_on_interrupt,
    load_request_file,
    print_exported,
    print_result,
)


def register(app: typer.Typer) -> None:
    @app.command("execute")
    def execute_command(
        plan_file: Path = typer.Argument(..., metavar="PLAN_FILE", help="Plan JSON file (schemas/plan.schema.json)."),
        request_file: Path | None = typer.Option(None, "--request", "-r", help="Request JSON file (text + attachments)."),
        text: str | None = typer.Option(None, "--text", "-t", help="Request text, when there is no request file."),
        inputs: list[Path] = typer.Option([], "--input", "-i", "--attach", "-a",
                                          help="Attachment (repeatable); $input.N in order."),
        session: str | None = typer.Option(None, "--session", "-s", help="Session id; re-run with it to resume."),
        out: Path | None = typer.Option(None, "--out", help=OUT_HELP),
        wait: bool = typer.Option(False, "--wait", help=WAIT_HELP),
        profile: str | None = typer.Option(None, "--profile", help=PROFILE_HELP),
        config_path: Path | None = typer.Option(None, "--config", help=CONFIG_HELP),
        as_json: bool = typer.Option(False, "--json", help="Stream progress events as JSON lines."),
        ray_address: str | None = typer.Option(None, "--ray-address", help=RAY_HELP),
        factory: str | None = typer.Option(None, "--agent-factory", hidden=True),
    ) -> None:
        """Run a plan without planning: validated, executed, progress shown; exit 1 unless every step succeeded."""
        from ..sessions.session import check_session_id, new_session_id
        from ._common import check_cli_text, read_input_json

        sid = check_session_id(session) if session is not None else new_session_id()
        if request_file is not None and (text or inputs):
            raise UserError("pass either --request or --text/--input, not both")
        policy = load_config(config_path, profile=profile).policy
        plan = read_input_json(plan_file, "plan", max_bytes=policy.max_input_file_bytes)  # before anything loads
        agent = build_agent(profile=profile, config_path=config_path, factory=factory, session=session, wait=wait,
                            quiet=as_json, ray_address=ray_address)
        try:
            if request_file is not None:
                request = load_request_file(request_file, policy=agent.config.policy, store=agent.store)
            else:
                request = agent.parse(check_cli_text(text or ""), [str(p) for p in inputs])
            with exit_on_interrupt(sid), ProgressView(as_json=as_json, status="validating…") as view:
                result = agent.execute(plan, request, session=sid, on_event=view, out_dir=out)  # type: ignore[arg-type]
        finally:
            agent.close()
        print_result(result, as_json=as_json)
        print_exported(out, as_json=as_json)
        if not result.ok:
            raise typer.Exit(1)
