"""Server benchmarks: ``unison serve --profile tiny`` on 127.0.0.1 (a real process), bounded in
request count and time; it stops the server itself.

Run: ``.venv/bin/python bench/bench_server.py [--plans 500] [--clients 20] [--runs 20] [--timeout 900]
[--parts plan,burst,single,kill]``

Prints:
1. Plan-only: ``--plans`` POST /v1/plan at ``--clients`` concurrent clients -> throughput, p50/p99
   latency, errors; the API's own overhead per request = latency - the ``Agent.plan`` time the
   server reports in ``Server-Timing`` (at 1 client, and at ``--clients``, where the planner lock
   wait counts as planner time). Target: p50 overhead <= 10 ms.
2. ``--runs`` tiny runs (text-to-image, 64x64) submitted at once to a server with concurrency 2:
   all finish, the largest queue depth seen (/metrics), and how soon the first SSE event came
   after each submit (target: median <= 50 ms).
3. ``--runs`` // 2 runs submitted one at a time (each after the last ended): first SSE event
   after submit on a server that is not already saturated.
4. The same with a SIGKILL of the server when about half have finished, then a restart: all
   finish, and no step finished twice (from the runs' event logs).
"""

from __future__ import annotations

import argparse
import asyncio
import os
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import httpx

CLI = "import sys; from unison_agent.cli import main; sys.exit(main(sys.argv[1:]))"
PLAN_TEXTS = ("Create a 480P image of a clownfish among anemones", "make a short video of a lion walking",
              "draw a red fox in the snow, then animate it for 2 seconds")
RUN_TEXT = "Create an image of a lighthouse at dusk"
AFTER_202: list[float] = []


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def start_server(home: Path, port: int, log: Path) -> subprocess.Popen[bytes]:
    env = {**os.environ, "UNISON_HOME": str(home), "TORCHDYNAMO_DISABLE": "1", "HF_HUB_OFFLINE": "1"}
    with log.open("ab") as err:
        return subprocess.Popen([sys.executable, "-c", CLI, "serve", "--profile", "tiny", "--port", str(port),
                                 "--concurrency", "2", "--no-ui", "--log-level", "warning"],
                                env=env, stdout=subprocess.DEVNULL, stderr=err)


def wait_ready(base: str, proc: subprocess.Popen[bytes], deadline: float) -> float:
    started = time.perf_counter()
    with httpx.Client(base_url=base, timeout=5) as client:
        while time.time() < deadline:
            if proc.poll() is not None:
                raise RuntimeError("the server exited while starting")
            try:
                if client.get("/readyz").status_code == 200:
                    return time.perf_counter() - started
            except httpx.TransportError:
                pass
            time.sleep(0.1)
    raise TimeoutError("the server was not ready in time")


def pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(q * (len(ordered) - 1))))]


async def plan_load(base: str, total: int, clients: int) -> dict[str, Any]:
    latencies: list[float] = []
    overheads: list[float] = []
    errors = 0
    queue: asyncio.Queue[int] = asyncio.Queue()
    for i in range(total):
        queue.put_nowait(i)

    async def worker(client: httpx.AsyncClient) -> None:
        nonlocal errors
        while not queue.empty():
            i = queue.get_nowait()
            t0 = time.perf_counter()
            response = await client.post("/v1/plan", json={"text": PLAN_TEXTS[i % len(PLAN_TEXTS)]})
            elapsed = time.perf_counter() - t0
            if response.status_code != 200:
                errors += 1
                continue
            latencies.append(elapsed)
            timing = response.headers.get("server-timing", "")
            planned = float(timing.split("dur=")[1]) / 1000 if "dur=" in timing else 0.0
            overheads.append(elapsed - planned)

    limits = httpx.Limits(max_connections=clients, max_keepalive_connections=clients)
    async with httpx.AsyncClient(base_url=base, timeout=60, limits=limits) as client:
        t0 = time.perf_counter()
        await asyncio.gather(*(worker(client) for _ in range(clients)))
        wall = time.perf_counter() - t0
    return {"n": total, "clients": clients, "wall": wall, "rps": len(latencies) / wall, "errors": errors,
            "p50": pct(latencies, 0.5), "p99": pct(latencies, 0.99),
            "overhead_p50": pct(overheads, 0.5), "overhead_p99": pct(overheads, 0.99)}


async def floor(base: str, n: int = 200) -> float:
    """p50 of a GET /healthz round trip from the same client: what HTTP itself costs here."""
    async with httpx.AsyncClient(base_url=base, timeout=30) as client:
        times = []
        for _ in range(n):
            t0 = time.perf_counter()
            (await client.get("/healthz")).raise_for_status()
            times.append(time.perf_counter() - t0)
    return pct(times, 0.5)


async def submit_runs(base: str, n: int, tag: str) -> tuple[list[str], list[float]]:
    """Submit ``n`` runs at once (one session each); returns their ids and first-event latencies
    (from sending the POST; ``AFTER_202`` collects them from its answer)."""
    first_event: list[float] = []

    async def one(client: httpx.AsyncClient, i: int) -> str:
        t0 = time.perf_counter()
        response = await client.post("/v1/runs", json={"text": RUN_TEXT, "session": f"{tag}-{i}",
                                                       "overrides": {"width": 64, "height": 64, "seed": i}})
        response.raise_for_status()
        run_id = str(response.json()["id"])
        t1 = time.perf_counter()
        async with client.stream("GET", f"/v1/runs/{run_id}/events") as stream:
            async for line in stream.aiter_lines():
                if line.startswith("data:"):
                    first_event.append(time.perf_counter() - t0)
                    AFTER_202.append(time.perf_counter() - t1)
                    break
        return run_id

    async with httpx.AsyncClient(base_url=base, timeout=60, limits=httpx.Limits(max_connections=n + 4)) as client:
        ids = await asyncio.gather(*(one(client, i) for i in range(n)))
    return list(ids), first_event


def watch(base: str, ids: list[str], deadline: float, *, stop_after: int | None = None) -> tuple[dict[str, str], int]:
    """Poll until every run is over (or ``stop_after`` succeeded); returns states and the max queue depth seen."""
    depth = 0
    with httpx.Client(base_url=base, timeout=10) as client:
        while time.time() < deadline:
            for line in client.get("/metrics").text.splitlines():
                if line.startswith("unison_queue_depth "):
                    depth = max(depth, int(float(line.split()[1])))
            states = {r: client.get(f"/v1/runs/{r}").json()["state"] for r in ids}
            done = [s for s in states.values() if s in ("succeeded", "failed", "cancelled")]
            if stop_after is not None and sum(s == "succeeded" for s in states.values()) >= stop_after:
                return states, depth
            if len(done) == len(ids):
                return states, depth
            time.sleep(0.25)
    raise TimeoutError("runs did not finish in time")


def steps_finished_twice(base: str, ids: list[str]) -> tuple[int, int]:
    """(steps that finished more than once, steps started again after being interrupted)."""
    twice = restarted = 0
    with httpx.Client(base_url=base, timeout=30) as client:
        for run_id in ids:
            finished: dict[str, int] = {}
            started: dict[str, int] = {}
            text = client.get(f"/v1/runs/{run_id}/events").text
            for line in text.splitlines():
                if line.startswith("data:"):
                    import json

                    ev = json.loads(line[5:])
                    if ev.get("step") and ev["event"] == "finished":
                        finished[ev["step"]] = finished.get(ev["step"], 0) + 1
                    if ev.get("step") and ev["event"] == "started":
                        started[ev["step"]] = started.get(ev["step"], 0) + 1
            twice += sum(c > 1 for c in finished.values())
            restarted += sum(c > 1 for c in started.values())
    return twice, restarted


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--plans", type=int, default=500)
    parser.add_argument("--clients", type=int, default=20)
    parser.add_argument("--runs", type=int, default=20)
    parser.add_argument("--timeout", type=float, default=900.0, help="Give up (and stop the server) after this many seconds.")
    parser.add_argument("--parts", default="plan,burst,single,kill", help="Which measurements to make.")
    args = parser.parse_args()
    parts = set(args.parts.split(","))
    deadline = time.time() + args.timeout
    with tempfile.TemporaryDirectory() as tmp:
        home, log, port = Path(tmp) / "home", Path(tmp) / "serve.log", free_port()
        base = f"http://127.0.0.1:{port}"
        proc = start_server(home, port, log)
        try:
            print(f"server ready in {wait_ready(base, proc, deadline):.1f} s (process start, imports, planner load)")
            asyncio.run(plan_load(base, 20, 1))  # warm-up
            print(f"GET /healthz round trip (the HTTP floor on this machine, same client): p50 {asyncio.run(floor(base)) * 1000:.1f} ms")
            for clients in (1, args.clients) if "plan" in parts else ():
                r = asyncio.run(plan_load(base, args.plans if clients > 1 else min(200, args.plans), clients))
                print(f"plan-only: {r['n']} requests, {clients} clients: {r['rps']:.1f} req/s, p50 {r['p50'] * 1000:.1f} ms, "
                      f"p99 {r['p99'] * 1000:.1f} ms, errors {r['errors']}; API overhead over Agent.plan "
                      f"p50 {r['overhead_p50'] * 1000:.1f} ms, p99 {r['overhead_p99'] * 1000:.1f} ms")

            if "burst" in parts:
                AFTER_202.clear()
                t0 = time.perf_counter()
                ids, first = asyncio.run(submit_runs(base, args.runs, "a"))
                states, depth = watch(base, ids, deadline)
                ok = sum(s == "succeeded" for s in states.values())
                print(f"{args.runs} tiny runs at once, concurrency 2: {ok}/{len(ids)} succeeded in "
                      f"{time.perf_counter() - t0:.1f} s, max queue depth {depth}; first SSE event after submit: "
                      f"median {statistics.median(first) * 1000:.1f} ms, max {max(first) * 1000:.1f} ms "
                      f"(from the 202: median {statistics.median(AFTER_202) * 1000:.1f} ms)")
            if "single" in parts:
                AFTER_202.clear()
                first = []
                for i in range(max(1, args.runs // 2)):
                    ids, lone = asyncio.run(submit_runs(base, 1, f"s{i}"))
                    watch(base, ids, deadline)
                    first += lone
                print(f"{len(first)} tiny runs one at a time: first SSE event after submit: median "
                      f"{statistics.median(first) * 1000:.1f} ms, max {max(first) * 1000:.1f} ms "
                      f"(from the 202: median {statistics.median(AFTER_202) * 1000:.1f} ms)")
            if "kill" not in parts:
                return
            t0 = time.perf_counter()
            ids, _ = asyncio.run(submit_runs(base, args.runs, "k"))
            states, _ = watch(base, ids, deadline, stop_after=args.runs // 2)
            before = sum(s == "succeeded" for s in states.values())
            proc.send_signal(signal.SIGKILL)
            proc.wait(30)
            proc = start_server(home, port, log)
            restart = wait_ready(base, proc, deadline)
            states, _ = watch(base, ids, deadline)
            ok = sum(s == "succeeded" for s in states.values())
            twice, rerun = steps_finished_twice(base, ids)
            print(f"{args.runs} tiny runs with a SIGKILL after {before} finished, restart ready in {restart:.1f} s: "
                  f"{ok}/{len(ids)} succeeded in {time.perf_counter() - t0:.1f} s; steps finished twice: {twice}; "
                  f"interrupted steps started again: {rerun}")
        finally:
            proc.kill()
            proc.wait(30)


if __name__ == "__main__":
    main()
