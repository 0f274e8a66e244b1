"""``unison mcp``: the MCP server over stdio (for Claude Desktop, IDEs and agent frameworks).

The same server as ``unison serve``'s ``/mcp``: tools ``run`` (with progress notifications),
``plan``, ``list_tools`` and one per registered unison tool. Runs go through the same durable
queue under the home, so a killed server resumes them. Logs go to stderr; stdout is the protocol.
"""

from __future__ import annotations

import logging
import sys
from pathlib import Path

import typer

from .execute_cmd import CONFIG_HELP, PROFILE_HELP, build_agent
from .serve_cmd import need_server_extra


def register(app: typer.Typer) -> None:
    @app.command("mcp")
    def mcp_command(
        profile: str | None = typer.Option(None, "--profile", help=PROFILE_HELP),
        config_path: Path | None = typer.Option(None, "--config", help=CONFIG_HELP),
        planner: str | None = typer.Option(None, "--planner", help="Default planner (embedded, lm, unison)."),
        concurrency: int = typer.Option(1, "--concurrency", help="Runs executing at once."),
        factory: str | None = typer.Option(None, "--agent-factory", hidden=True),
    ) -> None:
        """Serve MCP over stdio: run, plan, list_tools and one tool per unison tool."""
        need_server_extra()
        import anyio
        from mcp.server.stdio import stdio_server

        from ..integrations.server.mcp_server import build_mcp_server
        from ..integrations.server.service import RunService
        from ..integrations.server.settings import ServerSettings

        logging.basicConfig(level=logging.WARNING, stream=sys.stderr)
        agent = build_agent(profile=profile, config_path=config_path, planner=planner, factory=factory)
        service = RunService(agent, ServerSettings(concurrency=concurrency, mcp=False, ui=False))
        server = build_mcp_server(service)

        async def serve() -> None:
            async with stdio_server() as (read, write):
                await server.run(read, write, server.create_initialization_options())

        service.start()
        try:
            anyio.run(serve)
        finally:
            service.stop()
            agent.close()
