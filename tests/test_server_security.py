"""The server's front gate: tokens, tenants, upload caps, paths, CORS, host and origin checks."""

from __future__ import annotations

import httpx
import pytest
from fixtures.server import png_bytes, wait_for

from unison_agent.cli import main
from unison_agent.contracts.errors import UserError
from unison_agent.integrations.server.security import match_token
from unison_agent.integrations.server.settings import ServerSettings

ALICE, BOB, ADMIN_TOKEN = "alice-token-0123456789", "bob-token-0123456789ab", "admin-token-0123456789"


def _auth(token: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}


def test_a_non_loopback_bind_needs_a_token(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(UserError, match="not a loopback address"):
        ServerSettings.from_env({}, host="0.0.0.0")
    ServerSettings.from_env({"UNISON_API_TOKEN": ADMIN_TOKEN}, host="0.0.0.0")  # fine with one
    ServerSettings.from_env({}, host="::1")
    with pytest.raises(UserError, match="at least 16 characters"):
        ServerSettings.from_env({"UNISON_API_TOKEN": "short"})
    with pytest.raises(UserError, match="must look like tenant=token"):
        ServerSettings.from_env({"UNISON_API_TOKENS": "alice"})
    monkeypatch.delenv("UNISON_API_TOKEN", raising=False)
    monkeypatch.delenv("UNISON_API_TOKENS", raising=False)
    assert main(["serve", "--host", "0.0.0.0", "--profile", "tiny"]) == 1
    err = capsys.readouterr().err
    assert "needs a bearer token: set UNISON_API_TOKEN" in err and "Traceback" not in err


def test_tokens_are_matched_whole() -> None:
    tokens = {ALICE: "alice", BOB: "bob"}
    assert match_token(ALICE, tokens) == "alice" and match_token(BOB, tokens) == "bob"
    assert match_token(ALICE[:-1], tokens) is None and match_token(ALICE + "x", tokens) is None
    assert match_token("", tokens) is None


def test_a_token_guards_the_api_but_not_health(scripted_server) -> None:  # type: ignore[no-untyped-def]
    with scripted_server(tokens={ADMIN_TOKEN: ""}) as (url, _agent), httpx.Client(base_url=url, timeout=30) as client:
        refused = client.get("/v1/tools")
        assert refused.status_code == 401 and refused.headers["www-authenticate"] == "Bearer"
        assert refused.json()["type"] == "urn:unison:problem:unauthorized"
        assert client.get("/v1/tools", headers=_auth(ALICE)).status_code == 401
        assert client.get("/v1/tools", headers={"Authorization": ADMIN_TOKEN}).status_code == 401
        assert client.get("/metrics").status_code == 401
        assert client.post("/mcp", json={}).status_code == 401
        assert client.get("/v1/tools", headers=_auth(ADMIN_TOKEN)).status_code == 200
        assert client.get("/healthz").status_code == 200 and client.get("/").status_code == 200


def test_tenants_see_only_their_own_runs_sessions_and_artifacts(scripted_server) -> None:  # type: ignore[no-untyped-def]
    tokens = {ALICE: "alice", BOB: "bob", ADMIN_TOKEN: ""}
    with scripted_server(tokens=tokens) as (url, _agent), httpx.Client(base_url=url, timeout=30) as client:
        a, b = _auth(ALICE), _auth(BOB)
        art = client.post("/v1/artifacts", headers=a, files=[("files", ("x.png", png_bytes(), "image/png"))]).json()[0]
        run = client.post("/v1/runs", headers=a, json={"text": "describe it", "artifacts": [art["id"]], "session": "alice-s"}).json()
        done = wait_for(client, run["id"], headers=a)
        assert done["state"] == "succeeded"

        assert client.get(f"/v1/artifacts/{art['id']}", headers=b).status_code == 404
        assert client.get(f"/v1/runs/{run['id']}", headers=b).status_code == 404
        assert client.get(f"/v1/runs/{run['id']}/events", headers=b).status_code == 404
        assert client.get("/v1/runs", headers=b).json() == []
        assert client.get("/v1/sessions", headers=b).json() == []
        assert client.get("/v1/sessions/alice-s", headers=b).status_code == 403
        stolen = client.post("/v1/runs", headers=b, json={"text": "describe it", "artifacts": [art["id"]]})
        assert stolen.status_code == 404
        hijack = client.post("/v1/runs", headers=b, json={"text": "draw a fish", "session": "alice-s"})
        assert hijack.status_code == 403 and hijack.json()["detail"] == "session 'alice-s' belongs to another tenant"

        assert client.get(f"/v1/artifacts/{art['id']}", headers=a).status_code == 200
        assert [s["id"] for s in client.get("/v1/sessions", headers=a).json()] == ["alice-s"]
        assert client.get(f"/v1/runs/{run['id']}", headers=_auth(ADMIN_TOKEN)).status_code == 200


def test_upload_caps_and_media_checks(scripted_server) -> None:  # type: ignore[no-untyped-def]
    with scripted_server(max_upload_bytes=2000, max_uploads=2) as (url, _agent), httpx.Client(base_url=url, timeout=30) as client:
        big = png_bytes((200, 200), (1, 2, 3)) + b"\0" * 3000
        too_big = client.post("/v1/artifacts", files=[("files", ("big.png", big, "image/png"))])
        assert too_big.status_code == 413 and "the limit is 2000 bytes per file" in too_big.json()["detail"]
        many = client.post("/v1/artifacts", files=[("files", (f"{i}.png", png_bytes(), "image/png")) for i in range(3)])
        assert many.status_code in (400, 413)
        text = client.post("/v1/artifacts", files=[("files", ("notes.txt", b"hello there", "text/plain"))])
        assert text.status_code == 415 and "is not a supported image" in text.json()["detail"]
        body = client.post("/v1/runs", content=b"x" * 20_000_000, headers={"Content-Type": "application/json"})
        assert body.status_code == 413 and body.json()["type"] == "urn:unison:problem:too-large"


def test_cors_is_off_by_default_and_foreign_origins_cannot_post(scripted_server) -> None:  # type: ignore[no-untyped-def]
    with scripted_server() as (url, _agent), httpx.Client(base_url=url, timeout=30) as client:
        evil = {"Origin": "https://evil.example"}
        pre = client.options("/v1/runs", headers={**evil, "Access-Control-Request-Method": "POST"})
        assert "access-control-allow-origin" not in pre.headers
        assert "access-control-allow-origin" not in client.get("/v1/tools", headers=evil).headers
        posted = client.post("/v1/runs", headers=evil, json={"text": "draw a fish"})
        assert posted.status_code == 403 and "not allowed" in posted.json()["detail"]
        same = client.post("/v1/plan", headers={"Origin": url}, json={"text": "draw a fish"})
        assert same.status_code == 200
        rebinding = client.get("/v1/tools", headers={"Host": "evil.example"})
        assert rebinding.status_code == 421

    with scripted_server(cors_origins=["https://ui.example"]) as (url, _agent), httpx.Client(base_url=url, timeout=30) as client:
        pre = client.options("/v1/runs", headers={"Origin": "https://ui.example", "Access-Control-Request-Method": "POST"})
        assert pre.headers["access-control-allow-origin"] == "https://ui.example"
        assert client.post("/v1/plan", headers={"Origin": "https://ui.example"}, json={"text": "draw a fish"}).status_code == 200
