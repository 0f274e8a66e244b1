"""The server's front gate, one ASGI middleware in front of everything (the MCP mount too):

- **Bearer tokens** (``ServerSettings.tokens``): ``/v1``, ``/mcp`` and ``/metrics`` need
  ``Authorization: Bearer <token>``; every configured token is compared in constant time
  (``hmac.compare_digest``) and the match decides the tenant. ``/``, the UI's static files,
  ``/healthz``, ``/readyz`` and the OpenAPI page stay open: they hold no user data.
- **Host check** on a loopback bind: only ``localhost`` / loopback ``Host`` headers, so a web
  page cannot reach the API through DNS rebinding.
- **Origin check**: a browser request that changes something (POST, PUT, PATCH, DELETE) from
  another origin is refused unless CORS allows that origin; without it any page the user
  visits could submit runs to a token-less loopback server.
- **Body size cap**: bodies larger than the upload caps allow are refused with 413 before
  they are read (``Content-Length``) or as soon as they pass the cap (chunked).
"""

from __future__ import annotations

import hmac
import json
from typing import Any
from urllib.parse import urlsplit

from starlette.exceptions import HTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from .problems import MEDIA_TYPE
from .settings import ADMIN, ServerSettings, is_loopback

PROTECTED = ("/v1/", "/mcp", "/metrics")
UNSAFE = {"POST", "PUT", "PATCH", "DELETE"}
TENANT_KEY = "unison_tenant"


def tenant_of(scope: Scope) -> str:
    return str((scope.get("state") or {}).get(TENANT_KEY, ADMIN))


def match_token(presented: str, tokens: dict[str, str]) -> str | None:
    """The tenant of ``presented``, or ``None``; compares against every token, in constant time each."""
    found = None
    given = presented.encode()
    for token, tenant in tokens.items():
        if hmac.compare_digest(given, token.encode()):
            found = tenant
    return found


class SecurityMiddleware:
    def __init__(self, app: ASGIApp, settings: ServerSettings) -> None:
        self.app = app
        self.settings = settings
        self.body_limit = settings.max_uploads * settings.max_upload_bytes * 4 // 3 + (1 << 20)  # base64 in MCP

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] not in ("http", "websocket"):
            await self.app(scope, receive, send)
            return
        headers = {k.decode("latin-1").lower(): v.decode("latin-1") for k, v in scope.get("headers", [])}
        path: str = scope.get("path", "")
        refusal = self._refusal(scope, headers, path)
        if refusal is not None:
            await _problem(send, *refusal)
            return
        length = headers.get("content-length", "")
        if length.isdigit() and int(length) > self.body_limit:
            await _problem(send, 413, "too-large", f"the request body is {length} bytes; the limit is {self.body_limit}")
            return
        await self.app(scope, self._capped(receive), send)

    def _refusal(self, scope: Scope, headers: dict[str, str], path: str) -> tuple[Any, ...] | None:
        settings = self.settings
        host = headers.get("host", "")
        if is_loopback(settings.host) and host and not is_loopback(_hostname(host)):
            return 421, "wrong-host", f"this server answers only to loopback host names, not {host!r}", None
        origin = headers.get("origin")
        if scope.get("method") in UNSAFE and origin and origin not in settings.cors_origins and "*" not in settings.cors_origins:
            own = {f"http://{host}", f"https://{host}"}
            if origin not in own:
                return 403, "cross-origin", f"requests from origin {origin!r} are not allowed (CORS is off for it)", None
        if settings.auth and path.startswith(PROTECTED):
            scheme, _, presented = headers.get("authorization", "").partition(" ")
            tenant = match_token(presented.strip(), settings.tokens) if scheme.lower() == "bearer" else None
            if tenant is None:
                return 401, "unauthorized", "a valid bearer token is needed (Authorization: Bearer <token>)", {
                    "WWW-Authenticate": "Bearer"}
            scope.setdefault("state", {})[TENANT_KEY] = tenant
        return None

    def _capped(self, receive: Receive) -> Receive:
        seen = 0
        limit = self.body_limit

        async def capped() -> Message:
            nonlocal seen
            message = await receive()
            if message["type"] == "http.request":
                seen += len(message.get("body", b""))
                if seen > limit:
                    # an HTTPException: the app's handlers turn it into a 413 problem
                    raise HTTPException(413, f"the request body passed {limit} bytes")
            return message

        return capped


def _hostname(host: str) -> str:
    return urlsplit(f"//{host}").hostname or host


async def _problem(send: Send, status: int, slug: str, detail: str, headers: dict[str, str] | None = None) -> None:
    body = json.dumps({"type": f"urn:unison:problem:{slug}", "title": slug.replace("-", " ").capitalize(),
                       "status": status, "detail": detail}).encode()
    raw = [(b"content-type", MEDIA_TYPE.encode()), (b"content-length", str(len(body)).encode())]
    raw += [(k.lower().encode(), v.encode()) for k, v in (headers or {}).items()]
    await send({"type": "http.response.start", "status": status, "headers": raw})
    await send({"type": "http.response.body", "body": body})
