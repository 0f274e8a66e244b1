"""The real path over HTTP: the tiny profile's models and the embedded planner behind ``unison serve``."""

from __future__ import annotations

import httpx
from fixtures.server import png_bytes, sse_events, wait_for


def test_an_uploaded_image_is_edited_with_a_seed_override_and_served(tiny_server: str) -> None:
    with httpx.Client(base_url=tiny_server, timeout=60) as client:
        created = client.post("/v1/runs", data={"text": "make the cat blue", "overrides": '{"seed": 7}', "session": "tiny-http"},
                              files=[("files", ("cat.png", png_bytes((64, 64)), "image/png"))])
        assert created.status_code == 202, created.text
        run_id = created.json()["id"]
        kinds = [e["event"] for _, e in sse_events(client, f"/v1/runs/{run_id}/events")]
        assert "progress" in kinds and kinds[-2:] == ["done", "end"]
        body = wait_for(client, run_id)
        assert body["state"] == "succeeded", body
        step = body["plan"]["steps"][0]
        assert (step["task"], step["tool"], step["args"]["image"], step["args"]["seed"]) == ("image_edit", "edit", "$input.0", 7)
        out = body["outputs"][0]
        assert out["kind"] == "image" and out["metadata"]["seed"] == 7 and out["metadata"]["noise"]
        image = client.get(out["url"])
        assert image.headers["content-type"] == "image/png" and image.content.startswith(b"\x89PNG")
        tail = client.get(out["url"], headers={"Range": "bytes=-16"})
        assert tail.status_code == 206 and tail.content == image.content[-16:]

        turns = client.get("/v1/sessions/tiny-http").json()["history"]["turns"]
        assert len(turns) == 1 and turns[0]["attachments"][0]["kind"] == "image"
        assert not turns[0]["attachments"][0]["path"].startswith("/")


def test_langgraph_json_names_a_graph_that_builds(monkeypatch, tmp_path) -> None:  # type: ignore[no-untyped-def]
    import importlib
    import json
    from pathlib import Path

    spec = json.loads((Path(__file__).parents[1] / "langgraph.json").read_text())
    path, _, attr = spec["graphs"]["unison"].partition(":")
    module = path.removeprefix("./").removesuffix(".py").replace("/", ".")
    monkeypatch.setenv("UNISON_PROFILE", spec["env"]["UNISON_PROFILE"])
    monkeypatch.setenv("UNISON_HOME", str(tmp_path))
    graph = getattr(importlib.import_module(module), attr)()
    assert {"ingest", "plan", "validate", "execute", "respond", "reply"} <= set(graph.get_graph().nodes)
