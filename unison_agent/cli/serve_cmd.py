"""``unison serve``: the HTTP API with live progress (SSE), the MCP server at ``/mcp`` and the
web UI at ``/``, on uvicorn.

Binding to anything but a loopback address needs ``UNISON_API_TOKEN`` (or per-tenant
``UNISON_API_TOKENS=alice=...,bob=...``). Runs are queued in SQLite under the home; a server
killed mid-run resumes its runs from their checkpoints when started again.
"""

from __future__ import annotations

from pathlib import Path

import typer

from ..contracts.errors import UserError
from .execute_cmd import CONFIG_HELP, PROFILE_HELP, RAY_HELP, build_agent


def need_server_extra() -> None:
    """A one-line error, not a traceback, when the ``serve`` extra is not installed."""
    try:
        import fastapi  # noqa: F401
        import mcp  # noqa: F401
        import uvicorn  # noqa: F401
    except ImportError as exc:
        raise UserError(f"this command needs the server extra ({exc.name} is missing): "
                        "pip install 'unison-agent[serve]'") from None


def register(app: typer.Typer) -> None:
    @app.command("serve")
    def serve_command(
        host: str = typer.Option("127.0.0.1", "--host", help="Address to bind; non-loopback needs UNISON_API_TOKEN."),
        port: int = typer.Option(8000, "--port", help="TCP port."),
        profile: str | None = typer.Option(None, "--profile", help=PROFILE_HELP),
        config_path: Path | None = typer.Option(None, "--config", help=CONFIG_HELP),
        planner: str | None = typer.Option(None, "--planner", help="Default planner (embedded, lm, unison)."),
        concurrency: int = typer.Option(1, "--concurrency", help="Runs executing at once (a session's runs never overlap)."),
        max_queue: int = typer.Option(64, "--max-queue", help="Queued runs before submits get 429 + Retry-After."),
        max_upload_mb: float = typer.Option(64.0, "--max-upload-mb", help="Largest uploaded file, in MiB."),
        max_uploads: int = typer.Option(8, "--max-uploads", help="Most files in one request."),
        cors_origins: list[str] = typer.Option([], "--cors-origin", help="Allow browser calls from this origin (repeatable); CORS is off without it."),
        mcp: bool = typer.Option(True, "--mcp/--no-mcp", help="Serve MCP (streamable HTTP) at /mcp."),
        ui: bool = typer.Option(True, "--ui/--no-ui", help="Serve the web UI at /."),
        log_level: str = typer.Option("info", "--log-level", help="uvicorn log level."),
        ray_address: str | None = typer.Option(None, "--ray-address", help=RAY_HELP),
        factory: str | None = typer.Option(None, "--agent-factory", hidden=True),
    ) -> None:
        """Serve the HTTP API, the MCP server and the web UI (Ctrl-C stops; running runs resume on restart)."""
        need_server_extra()
        import uvicorn

        from ..integrations.server import ServerSettings, create_app

        settings = ServerSettings.from_env(
            host=host, port=port, concurrency=concurrency, max_queue=max_queue,
            max_upload_bytes=int(max_upload_mb * 1024 * 1024), max_uploads=max_uploads,
            cors_origins=list(cors_origins), mcp=mcp, ui=ui)
        agent = build_agent(profile=profile, config_path=config_path, planner=planner, factory=factory,
                            ray_address=ray_address)
        try:
            app = create_app(agent, settings)
            shown = f"[{host}]" if ":" in host else host
            typer.echo(f"unison serve: http://{shown}:{port}/  (API docs /docs, MCP /mcp, "
                       f"{'token required' if settings.auth else 'no token: loopback only'})", err=True)
            config = uvicorn.Config(app, host=host, port=port, log_level=log_level, timeout_graceful_shutdown=5)
            uvicorn.Server(config).run()
        finally:
            agent.close()
