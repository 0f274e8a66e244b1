"""``create_app(agent, settings)``: the FastAPI application behind ``unison serve``.

Routes: ``/v1/runs`` (+ ``/events``, ``/cancel``, ``/approve``), ``/v1/plan``, ``/v1/tools``,
``/v1/sessions``, ``/v1/artifacts``, ``/healthz``, ``/readyz``, ``/metrics``; the MCP server
at ``/mcp`` (streamable HTTP); the web UI at ``/``; the OpenAPI page at ``/docs``.

The app's lifespan starts the run service (requeueing what a crash interrupted, then the
workers) and the MCP session manager, and stops them on shutdown.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

from fastapi import FastAPI
from fastapi.middleware.cors import CORSMiddleware
from fastapi.responses import FileResponse
from fastapi.staticfiles import StaticFiles
from starlette.routing import Route

from ... import __version__
from .problems import install_handlers
from .routes_data import ops
from .routes_data import router as data_router
from .routes_runs import router as runs_router
from .security import SecurityMiddleware
from .service import RunService
from .settings import ServerSettings

if TYPE_CHECKING:
    from ...agent import Agent

WEB = Path(__file__).parent / "web"
DESCRIPTION = """Plan multimodal requests into validated tool calls and run them, as jobs.

Submit with `POST /v1/runs` (202 and a run id), follow `GET /v1/runs/{id}/events` (server-sent
events; reconnect with `Last-Event-ID`), fetch outputs from `GET /v1/artifacts/{id}`. Errors are
problem details (`application/problem+json`) whose `detail` is the message the CLI prints.
Attachments are uploaded bytes or artifact ids, never server-side paths; over HTTP an artifact's
`path` is relative to the server's artifact root."""


class _McpEndpoint:
    """The MCP session manager as an ASGI endpoint (a plain route, so ``/mcp`` needs no redirect)."""

    def __init__(self, manager: Any) -> None:
        self.manager = manager

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        await self.manager.handle_request(scope, receive, send)


def create_app(agent: Agent, settings: ServerSettings | None = None, *, warm: bool = True) -> FastAPI:
    """The server for ``agent``. ``warm``: load the planner in the background at start-up."""
    settings = settings or ServerSettings()
    settings.check()
    service = RunService(agent, settings)
    manager = _mcp_manager(service, settings) if settings.mcp else None

    @asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
        service.start(warm=warm)
        try:
            if manager is not None:
                async with manager.run():
                    yield
            else:
                yield
        finally:
            service.stop()

    app = FastAPI(title="unison-agent", version=__version__, description=DESCRIPTION, lifespan=lifespan)
    app.state.service = service
    install_handlers(app)
    app.include_router(runs_router)
    app.include_router(data_router)
    app.include_router(ops)
    if manager is not None:
        app.router.routes.append(Route("/mcp", endpoint=_McpEndpoint(manager), methods=["GET", "POST", "DELETE"]))
    if settings.ui:
        app.mount("/ui", StaticFiles(directory=WEB), name="ui")

        @app.get("/", include_in_schema=False)
        def index() -> FileResponse:
            return FileResponse(WEB / "index.html", headers={"Cache-Control": "no-cache"})

    app.add_middleware(SecurityMiddleware, settings=settings)
    if settings.cors_origins:  # added last, so it answers preflights before the token check
        app.add_middleware(CORSMiddleware, allow_origins=settings.cors_origins, allow_methods=["GET", "POST", "DELETE"],
                           allow_headers=["Authorization", "Content-Type", "Last-Event-ID", "Mcp-Session-Id"],
                           expose_headers=["Location", "Retry-After", "Mcp-Session-Id"])
    return app


def _mcp_manager(service: RunService, settings: ServerSettings) -> Any:
    from mcp.server.streamable_http_manager import StreamableHTTPSessionManager

    from .mcp_server import build_mcp_server

    body = settings.max_uploads * settings.max_upload_bytes * 4 // 3 + (1 << 20)  # base64 files
    return StreamableHTTPSessionManager(app=build_mcp_server(service), max_request_body_size=body)
