"""What the server is allowed to do: bind address, tokens, queue bounds, upload caps, CORS.

``ServerSettings.from_env(...)`` reads ``UNISON_API_TOKEN`` (one token; its holder sees every
run, session and artifact) and ``UNISON_API_TOKENS`` (``tenant=token,tenant=token``: each
tenant sees only its own runs, sessions and artifacts). ``check()`` refuses a configuration
that would expose the API unauthenticated: a non-loopback bind needs a token.
"""

from __future__ import annotations

import ipaddress
import os
import re
from collections.abc import Mapping
from dataclasses import dataclass, field

from ...contracts.errors import UserError

#: Tenant name used for the single ``UNISON_API_TOKEN`` and for servers without tokens.
ADMIN = ""
_TENANT = re.compile(r"^[A-Za-z0-9_.\-]{1,64}$")


def is_loopback(host: str) -> bool:
    """True for 127.0.0.0/8, ::1 and ``localhost``; every other name counts as exposed."""
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


@dataclass(kw_only=True)
class ServerSettings:
    host: str = "127.0.0.1"
    port: int = 8000
    concurrency: int = 1
    """Runs executing at the same time (runs of one session never overlap)."""
    max_queue: int = 64
    """Queued runs beyond which a submit is answered 429 with Retry-After."""
    max_upload_bytes: int = 64 * 1024 * 1024
    """Per uploaded file."""
    max_uploads: int = 8
    """Files per request."""
    tokens: dict[str, str] = field(default_factory=dict)
    """Token -> tenant (``ADMIN`` for the single shared token)."""
    cors_origins: list[str] = field(default_factory=list)
    """Origins allowed to call the API from a browser; empty: CORS off."""
    mcp: bool = True
    """Mount the MCP server (streamable HTTP) at ``/mcp``."""
    ui: bool = True
    """Serve the web UI at ``/``."""

    @classmethod
    def from_env(cls, env: Mapping[str, str] | None = None, **values: object) -> ServerSettings:
        env = os.environ if env is None else env
        tokens: dict[str, str] = {}
        if env.get("UNISON_API_TOKEN"):
            tokens[env["UNISON_API_TOKEN"]] = ADMIN
        for item in filter(None, (p.strip() for p in env.get("UNISON_API_TOKENS", "").split(","))):
            tenant, sep, token = item.partition("=")
            if not sep or not _TENANT.fullmatch(tenant) or not token:
                raise UserError(f"UNISON_API_TOKENS: entry {tenant + sep + '...'!r} must look like tenant=token "
                                "(tenant: 1-64 letters, digits, '_', '.', '-')")
            tokens[token] = tenant
        settings = cls(tokens=tokens, **values)  # type: ignore[arg-type]
        settings.check()
        return settings

    @property
    def auth(self) -> bool:
        return bool(self.tokens)

    def check(self) -> None:
        """Refuse settings that are unsafe or cannot work; messages name the setting."""
        if not self.auth and not is_loopback(self.host):
            raise UserError(f"binding to {self.host!r} (not a loopback address) needs a bearer token: "
                            "set UNISON_API_TOKEN (or UNISON_API_TOKENS), or bind to 127.0.0.1")
        for name in ("concurrency", "max_queue", "max_upload_bytes", "max_uploads"):
            if getattr(self, name) < 1:
                raise UserError(f"server setting `{name}` must be at least 1, got {getattr(self, name)}")
        short = [t for t in self.tokens if len(t) < 16]
        if short:
            raise UserError(f"API tokens must be at least 16 characters ({len(short)} shorter); "
                            "make one with: python -c 'import secrets; print(secrets.token_urlsafe(32))'")
        if "*" in self.cors_origins and self.auth:
            raise UserError("CORS origin '*' cannot be combined with bearer tokens; list the origins")
