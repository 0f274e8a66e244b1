"""``unison serve``: the HTTP API (FastAPI), its job queue, the MCP server and the web UI.

Key parts (one file each):
- ``app.create_app(agent, settings)``: the FastAPI app; ``settings.ServerSettings``: bind,
  tokens, queue bound, upload caps, CORS.
- ``service.RunService``: the durable, bounded queue in front of the ``Agent`` (per-session
  serialisation, 429 + Retry-After, tenants); ``runner.Runner``: what a worker does with a run;
  ``store.RunStore``: runs, events and ownership in SQLite.
- ``events.EventHub``: a run's events, stored, pushed to SSE streams, replayable.
- ``routes_runs`` / ``routes_data``: the routes; ``schemas``: their bodies, built on the
  library's models; ``problems``: errors as problem details; ``security``: the front gate.
- ``mcp_server.build_mcp_server(service)``: the MCP server (stdio or streamable HTTP).
- ``web/``: the web UI, plain HTML/JS over the same API.
"""

from .app import create_app
from .settings import ServerSettings

__all__ = ["ServerSettings", "create_app"]
