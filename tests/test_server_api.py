"""The HTTP API on a live server (127.0.0.1) with the test tools and a scripted planner."""

from __future__ import annotations

import httpx
from fixtures.server import png_bytes, sse_events, wait_for


def test_a_run_is_queued_streamed_and_its_image_served_with_ranges(scripted_server) -> None:  # type: ignore[no-untyped-def]
    with scripted_server() as (url, _agent), httpx.Client(base_url=url, timeout=30) as client:
        created = client.post("/v1/runs", json={"text": "draw a fish", "session": "s1"})
        assert created.status_code == 202, created.text
        run = created.json()
        assert created.headers["location"] == f"/v1/runs/{run['id']}" and run["session"] == "s1"

        events = sse_events(client, f"/v1/runs/{run['id']}/events")
        kinds = [e["event"] for _, e in events]
        assert kinds[0] == "queued" and kinds[-1] == "end"
        assert kinds.index("running") < kinds.index("planned") < kinds.index("started") < kinds.index("finished") < kinds.index("done")
        assert [i for i, _ in events] == list(range(1, len(events) + 1))

        body = wait_for(client, run["id"])
        assert body["state"] == "succeeded" and body["status"] == "ok"
        assert body["plan"]["steps"][0]["tool"] == "make_image"
        assert [s["state"] for s in body["steps"]] == ["succeeded"]
        image = body["outputs"][0]
        assert image["kind"] == "image" and not image["path"].startswith("/") and image["url"] == f"/v1/artifacts/{image['id']}"

        full = client.get(image["url"])
        assert full.status_code == 200 and full.headers["content-type"] == "image/png"
        assert full.content.startswith(b"\x89PNG")
        part = client.get(image["url"], headers={"Range": "bytes=0-7"})
        assert part.status_code == 206 and part.content == full.content[:8]
        assert part.headers["content-range"] == f"bytes 0-7/{len(full.content)}"


def test_reconnecting_with_last_event_id_replays_only_what_was_missed(scripted_server) -> None:  # type: ignore[no-untyped-def]
    with scripted_server() as (url, _agent), httpx.Client(base_url=url, timeout=30) as client:
        run = client.post("/v1/runs", json={"text": "draw a fish"}).json()
        everything = sse_events(client, f"/v1/runs/{run['id']}/events")
        rest = sse_events(client, f"/v1/runs/{run['id']}/events", headers={"Last-Event-ID": "3"})
        assert rest == everything[3:]
        assert rest[0][0] == 4


def test_multipart_upload_becomes_the_first_input(scripted_server) -> None:  # type: ignore[no-untyped-def]
    with scripted_server() as (url, _agent), httpx.Client(base_url=url, timeout=30) as client:
        created = client.post("/v1/runs", data={"text": "describe it"},
                              files=[("files", ("cat.png", png_bytes((40, 30)), "image/png"))])
        assert created.status_code == 202, created.text
        body = wait_for(client, created.json()["id"])
        assert body["state"] == "succeeded", body
        assert body["answer"] == "a image of 40x30"
        upload = client.get(f"/v1/artifacts/{body['attachments'][0]}")
        assert upload.status_code == 200 and upload.content == png_bytes((40, 30))


def test_json_run_with_an_uploaded_artifact_id(scripted_server) -> None:  # type: ignore[no-untyped-def]
    with scripted_server() as (url, _agent), httpx.Client(base_url=url, timeout=30) as client:
        uploaded = client.post("/v1/artifacts", files=[("files", ("a.png", png_bytes((24, 16)), "image/png"))])
        assert uploaded.status_code == 201, uploaded.text
        art = uploaded.json()[0]
        assert art["kind"] == "image" and art["metadata"]["filename"] == "a.png"
        body = wait_for(client, client.post("/v1/runs", json={"text": "describe it", "artifacts": [art["id"]]}).json()["id"])
        assert body["answer"] == "a image of 24x16"


def test_errors_are_problem_details_with_the_cli_message(scripted_server) -> None:  # type: ignore[no-untyped-def]
    with scripted_server() as (url, _agent), httpx.Client(base_url=url, timeout=30) as client:
        # the planner has no plan: the run fails with the message `unison run` prints after "Error:"
        body = wait_for(client, client.post("/v1/runs", json={"text": "paint the moon"}).json()["id"])
        assert body["state"] == "failed"
        assert body["error"]["detail"] == "no scripted plan for 'paint the moon'"
        assert body["error"]["type"] == "urn:unison:problem:no-plan" and body["error"]["status"] == 422

        missing = client.get("/v1/runs/r-nope")
        assert missing.status_code == 404 and missing.headers["content-type"] == "application/problem+json"
        assert missing.json()["detail"] == "no run 'r-nope'"

        bad = client.post("/v1/runs", json={"text": "", "extra": 1})
        assert bad.status_code == 422 and "`text`" in bad.json()["detail"] and "`extra`" in bad.json()["detail"]

        path = client.post("/v1/runs", json={"text": "describe ###/etc/hostname###"})
        assert path.status_code == 400 and "no server-side paths" in path.json()["detail"]

        unknown = client.post("/v1/runs", json={"text": "draw a fish", "artifacts": ["deadbeefdeadbeef"]})
        assert unknown.status_code == 404 and unknown.json()["detail"] == "no artifact 'deadbeefdeadbeef'"

        session = client.post("/v1/runs", json={"text": "draw a fish", "session": "no spaces"})
        assert session.status_code == 422 and "session id 'no spaces'" in session.json()["detail"]

        plan = client.post("/v1/plan", json={"text": "paint the moon"})
        assert plan.status_code == 422 and plan.json()["detail"] == "no scripted plan for 'paint the moon'"


def test_plan_only_tools_sessions_and_metrics(scripted_server) -> None:  # type: ignore[no-untyped-def]
    with scripted_server() as (url, _agent), httpx.Client(base_url=url, timeout=30) as client:
        plan = client.post("/v1/plan", json={"text": "draw a fish"})
        assert plan.status_code == 200 and plan.json()["plan"]["steps"][0]["task"] == "text_to_image"

        tools = client.get("/v1/tools").json()
        assert {"make_image", "brighten", "describe"} <= {t["name"] for t in tools["tools"]}
        assert len(tools["tasks"]) == 12 and "embedded" in tools["planners"]

        wait_for(client, client.post("/v1/runs", json={"text": "draw a fish", "session": "demo"}).json()["id"])
        second = wait_for(client, client.post("/v1/runs", json={"text": "now brighter", "session": "demo"}).json()["id"])
        assert second["state"] == "succeeded"
        sessions = {s["id"]: s for s in client.get("/v1/sessions").json()}
        assert sessions["demo"]["turns"] == 2 and len(sessions["demo"]["runs"]) == 2
        demo = client.get("/v1/sessions/demo").json()
        assert [t["text"] for t in demo["history"]["turns"]] == ["draw a fish", "now brighter"]
        assert client.get("/v1/sessions/nothing-here").status_code == 404

        metrics = client.get("/metrics")
        assert metrics.headers["content-type"].startswith("text/plain")
        text = metrics.text
        assert "unison_queue_depth 0" in text and 'unison_runs{state="succeeded"} 2' in text
        assert 'unison_step_duration_seconds_count{tool="make_image",task="text_to_image"} 1' in text

        assert client.get("/healthz").json() == {"status": "ok"}
        ready = client.get("/readyz").json()
        assert ready["workers"] == 1 and ready["models"]["make_image"] == "default"


def test_openapi_is_built_from_the_library_models(scripted_server) -> None:  # type: ignore[no-untyped-def]
    with scripted_server() as (url, _agent), httpx.Client(base_url=url, timeout=30) as client:
        spec = client.get("/openapi.json").json()
        schemas = spec["components"]["schemas"]
        assert {"RunView", "RunResult", "StepResult", "Plan", "Step", "Artifact", "History", "TurnRecord", "Problem"} <= set(schemas)
        body = spec["paths"]["/v1/runs"]["post"]["requestBody"]["content"]
        assert {"application/json", "multipart/form-data"} <= set(body)
        assert "/v1/runs/{run_id}/events" in spec["paths"] and "/metrics" in spec["paths"]
        assert client.get("/docs").status_code == 200
