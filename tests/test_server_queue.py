"""The run queue: per-session order, concurrency, 429, cancel, approval, overrides, and
resuming after a SIGKILL of a real ``unison serve`` process."""

from __future__ import annotations

import itertools
import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx
from fixtures.executor import calls
from fixtures.server import sse_events, wait_for


def _spans(client: httpx.Client, run_id: str) -> tuple[float, float]:
    events = [e for _, e in sse_events(client, f"/v1/runs/{run_id}/events")]
    started = next(e["time"] for e in events if e["event"] == "running")
    ended = next(e["time"] for e in events if e["event"] == "end")
    return started, ended


def test_a_sessions_runs_never_overlap_and_keep_their_order(scripted_server) -> None:  # type: ignore[no-untyped-def]
    with scripted_server(concurrency=2) as (url, _agent), httpx.Client(base_url=url, timeout=30) as client:
        a = [client.post("/v1/runs", json={"text": "slower", "session": "a"}).json()["id"] for _ in range(3)]
        b = client.post("/v1/runs", json={"text": "slow", "session": "b"}).json()["id"]
        spans = [_spans(client, r) for r in a]
        for (_, end), (start, _) in itertools.pairwise(spans):
            assert start >= end, "a run of session a started before the previous one ended"
        b_start, _ = _spans(client, b)
        assert b_start < spans[0][1], "session b waited for session a although a worker was free"
        assert [t["text"] for t in client.get("/v1/sessions/a").json()["history"]["turns"]] == ["slower"] * 3


def test_a_full_queue_answers_429_with_retry_after(scripted_server) -> None:  # type: ignore[no-untyped-def]
    with scripted_server(max_queue=2) as (url, _agent), httpx.Client(base_url=url, timeout=30) as client:
        answers = [client.post("/v1/runs", json={"text": "slow", "session": "q"}) for _ in range(6)]
        codes = [r.status_code for r in answers]
        assert 429 in codes and codes[0] == 202
        refused = answers[codes.index(429)]
        assert int(refused.headers["retry-after"]) >= 1
        assert refused.json()["type"] == "urn:unison:problem:queue-full"
        accepted = [r.json()["id"] for r in answers if r.status_code == 202]
        assert all(wait_for(client, r)["state"] == "succeeded" for r in accepted)


def test_cancel_a_queued_run_and_a_running_one(scripted_server) -> None:  # type: ignore[no-untyped-def]
    with scripted_server() as (url, _agent), httpx.Client(base_url=url, timeout=30) as client:
        running = client.post("/v1/runs", json={"text": "slow to cancel", "session": "c"}).json()["id"]
        queued = client.post("/v1/runs", json={"text": "slow to cancel", "session": "c"}).json()["id"]
        assert client.get(f"/v1/runs/{queued}").json()["queue_position"] == 1
        wait_for(client, running, ("running",))
        assert client.post(f"/v1/runs/{queued}/cancel").json()["state"] == "cancelled"
        assert client.post(f"/v1/runs/{running}/cancel").status_code == 202
        assert wait_for(client, running)["state"] == "cancelled"
        again = client.post(f"/v1/runs/{queued}/cancel")
        assert again.status_code == 409 and again.json()["detail"] == f"run {queued!r} is already cancelled"
        assert [e["event"] for _, e in sse_events(client, f"/v1/runs/{queued}/events")] == ["queued", "end"]


def test_a_run_waits_for_approval_then_finishes(scripted_server) -> None:  # type: ignore[no-untyped-def]
    with scripted_server(executor={"approval_tasks": ["text_to_image"]}) as (url, _agent), \
            httpx.Client(base_url=url, timeout=30) as client:
        run = client.post("/v1/runs", json={"text": "draw a fish", "session": "ok"}).json()["id"]
        waiting = wait_for(client, run, ("waiting_approval",))
        assert "s0 (make_image:text_to_image)" in waiting["approval"]["message"]
        other = client.post("/v1/runs", json={"text": "draw a fish", "session": "ok"}).json()["id"]
        time.sleep(0.3)
        assert client.get(f"/v1/runs/{other}").json()["state"] == "queued", "the session is held while it waits"
        assert client.post(f"/v1/runs/{run}/approve", json={"answer": True}).status_code == 202
        assert wait_for(client, run)["state"] == "succeeded"
        wait_for(client, other, ("waiting_approval",))
        client.post(f"/v1/runs/{other}/approve", json={"answer": False})
        refused = wait_for(client, other)
        assert refused["state"] == "failed" and refused["steps"][0]["reason"] == "not approved"
        assert client.post(f"/v1/runs/{run}/approve", json={"answer": True}).status_code == 409


def test_overrides_set_arguments_of_the_steps_that_take_them(scripted_server) -> None:  # type: ignore[no-untyped-def]
    with scripted_server() as (url, _agent), httpx.Client(base_url=url, timeout=30) as client:
        body = wait_for(client, client.post("/v1/runs", json={"text": "draw a fish", "overrides": {"width": 40, "factor": 2}}).json()["id"])
        assert body["plan"]["steps"][0]["args"]["width"] == 40
        assert body["warnings"] == ["override `factor` fits no step of the plan (make_image)"]
        bad = client.post("/v1/runs", json={"text": "draw a fish", "overrides": {"colour": "red"}})
        assert bad.status_code == 422 and "['colour'] are taken by no registered tool" in bad.json()["detail"]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


TESTS = Path(__file__).parent
CLI = "import sys; from unison_agent.cli import main; sys.exit(main(sys.argv[1:]))"


def _serve(home: Path, port: int, log: Path, sleep_max: str | None = None) -> subprocess.Popen[bytes]:
    """``sleep_max``: a cap on the test tools' sleeps (the resumed server's, so it finishes quickly)."""
    env = {**os.environ, "UNISON_HOME": str(home), "EXEC_CALL_LOG": str(log),
           **({"EXEC_SLEEP_MAX": sleep_max} if sleep_max else {}),
           "PYTHONPATH": os.pathsep.join([str(TESTS), str(TESTS.parent)])}
    with (home.parent / "serve.log").open("ab") as err:
        return subprocess.Popen(
            [sys.executable, "-c", CLI, "serve", "--port", str(port), "--profile", "tiny", "--no-ui",
             "--agent-factory", "fixtures.server:server_agent", "--log-level", "warning"],
            env=env, stdout=subprocess.DEVNULL, stderr=err)


def _up(client: httpx.Client, proc: subprocess.Popen[bytes], log: Path) -> None:
    deadline = time.time() + 90
    while time.time() < deadline:
        assert proc.poll() is None, log.read_text()
        try:
            if client.get("/healthz").status_code == 200:
                return
        except httpx.TransportError:
            time.sleep(0.2)
    raise TimeoutError("unison serve did not start")


def test_a_server_killed_mid_run_resumes_without_rerunning_finished_steps(tmp_path: Path) -> None:
    home, log, port = tmp_path / "home", tmp_path / "calls.log", _free_port()
    proc = _serve(home, port, log)
    try:
        with httpx.Client(base_url=f"http://127.0.0.1:{port}", timeout=30) as client:
            _up(client, proc, tmp_path / "serve.log")
            first = client.post("/v1/runs", json={"text": "two steps", "session": "k"}).json()["id"]
            queued = client.post("/v1/runs", json={"text": "draw a fish", "session": "k"}).json()["id"]
            deadline = time.time() + 60
            while ("sleep_image", "s1") not in calls(log):  # s0 finished, s1 is sleeping
                assert time.time() < deadline
                time.sleep(0.05)
            proc.send_signal(signal.SIGKILL)
            proc.wait(10)
        proc = _serve(home, port, log, sleep_max="0.2")
        with httpx.Client(base_url=f"http://127.0.0.1:{port}", timeout=30) as client:
            _up(client, proc, tmp_path / "serve.log")
            assert wait_for(client, first, timeout=60)["state"] == "succeeded"
            assert wait_for(client, queued, timeout=60)["state"] == "succeeded"
            events = [e for _, e in sse_events(client, f"/v1/runs/{first}/events")]
            assert [e["event"] for e in events].count("running") == 2
            assert any(e["event"] == "queued" and e.get("resumed") for e in events)
    finally:
        proc.kill()
        proc.wait(10)
    made = calls(log)
    assert made.count(("make_image", "s0")) == 2, made  # the first run's s0 once, the queued run's s0 once
    assert made.count(("sleep_image", "s1")) == 2, made  # interrupted once, run again once
