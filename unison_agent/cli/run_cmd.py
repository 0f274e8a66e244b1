"""``unison run "<text>" [-i FILE ...]``: plan a request and run the plan, with live progress.

The planner (default: the embedded one) turns the request into a validated plan; the executor
runs it with the configured tools. With ``--profile tiny`` every model is a tiny random-weight
instance of the real class: the whole path runs offline on a CPU, and the outputs are noise
(the command says so). The plan is printed as soon as it is ready, before anything runs.

Attachments (``###path###`` in the text) may come from the current directory and its
subfolders, or anywhere when named with ``-i``. A continuing ``--session`` keeps the profile
and configuration it started with; one that another run owns fails with "session busy"
(``--wait`` waits instead).
"""

from __future__ import annotations

from pathlib import Path

import typer

from ._common import (
    CONFIG_HELP,
    OUT_HELP,
    PROFILE_HELP,
    RAY_HELP,
    WAIT_HELP,
    ProgressView,
    build_agent,
    exit_on_interrupt,
    print_exported,
    print_result,
)


def register(app: typer.Typer) -> None:
    @app.command("run")
    def run_command(
        text: str = typer.Argument(..., metavar="TEXT", help="The request; attachments may be inline as ###path###."),
        inputs: list[Path] = typer.Option([], "--input", "-i", help="Attachment (repeatable), after inline ones."),
        session: str | None = typer.Option(None, "--session", "-s", help="Continue (or resume) this session."),
        out: Path | None = typer.Option(None, "--out", help=OUT_HELP),
        wait: bool = typer.Option(False, "--wait", help=WAIT_HELP),
        planner: str | None = typer.Option(None, "--planner", help="Planner name (embedded, lm, unison)."),
        profile: str | None = typer.Option(None, "--profile", help=PROFILE_HELP),
        config_path: Path | None = typer.Option(None, "--config", help=CONFIG_HELP),
        as_json: bool = typer.Option(False, "--json", help="Stream progress events as JSON lines."),
        ray_address: str | None = typer.Option(None, "--ray-address", help=RAY_HELP),
        factory: str | None = typer.Option(None, "--agent-factory", hidden=True),
    ) -> None:
        """Plan a request and run it; exit 1 unless every step succeeded."""
        from ..contracts.errors import RequestError
        from ..sessions.session import check_session_id, new_session_id
        from ._common import check_cli_text

        if not check_cli_text(text).strip():
            raise RequestError('the request text is empty; say what to make or ask, e.g. unison run "a red fox in the snow"')
        sid = check_session_id(session) if session is not None else new_session_id()
        agent = build_agent(profile=profile, config_path=config_path, planner=planner, factory=factory,
                            session=session, wait=wait, quiet=as_json, ray_address=ray_address)
        try:
            request = agent.parse(text, [str(p) for p in inputs])  # attachments checked before the planner loads
            with exit_on_interrupt(sid), ProgressView(as_json=as_json) as view:
                result = agent.run(request, session=sid, on_event=view, out_dir=out)
        finally:
            agent.close()
        print_result(result, as_json=as_json)
        print_exported(out, as_json=as_json)
        if not result.ok:
            raise typer.Exit(1)
