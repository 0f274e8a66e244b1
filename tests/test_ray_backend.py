"""The Ray step backend on a local Ray (one per session): same bytes as local, replicas side by
side, a replica killed mid-step, refused placements, a shared artifact root, ``unison workers``."""

from __future__ import annotations

import json
import threading
import time
from pathlib import Path
from typing import Any

import pytest
from fixtures.executor import executor_registry, steps
from fixtures.ray_cluster import EXEC_RAY, SLOT, ray_config
from langgraph.types import RetryPolicy

from unison_agent.agent import Agent
from unison_agent.contracts.errors import PlanValidationError
from unison_agent.contracts.request import parse_request
from unison_agent.executor import ExecutorSettings, new_turn_input
from unison_agent.executor.backend import LOCAL
from unison_agent.executor.settings import is_transient

FAST_RETRY = RetryPolicy(initial_interval=0.01, backoff_factor=1.0, max_attempts=3, jitter=False, retry_on=is_transient)
TINY = {"num_inference_steps": 2, "seed": 7}
#: Test tools each on its own replica, started when first used.
ALONE = {"registry": EXEC_RAY["registry"], "defaults": {"num_cpus": 0}}
TWO_STEPS = {"steps": [
    {"id": "img", "task": "text_to_image", "tool": "image_gen",
     "args": {"prompt": "a red fox in snow", "width": 64, "height": 64, **TINY}},
    {"id": "vid", "task": "image_to_video", "tool": "video_gen",
     "args": {"prompt": "the fox runs", "first_frame": "$img", "num_frames": 5, **TINY}},
]}


def placed(events: list[dict[str, Any]], step: str) -> list[str]:
    return [e["worker"]["replica"] for e in events if e["event"] == "placed" and e["step"] == step]


def test_tiny_two_step_plan_gives_the_same_bytes_as_local(ray_cluster: Any, tmp_path: Path) -> None:
    import unison_tools

    from unison_agent.contracts.registry import registry_from
    from unison_agent.runtime.pool import ModelPool

    # one replica serves both tools: they use the same model, which it loads once
    config = ray_config(tmp_path / "ray", {"defaults": {"num_cpus": 0},
                                           "groups": {"wan": {"tools": ["image_gen", "video_gen"]}}})
    registry = registry_from(unison_tools.register_tools)
    with Agent(registry=registry, config=config) as on_ray:
        assert on_ray.backend.name == "ray"
        events: list[dict[str, Any]] = []
        remote = on_ray.execute(TWO_STEPS, "a fox, then animate it", on_event=events.append)
    local_config = config.model_copy(update={"home": tmp_path / "local"})
    with Agent(registry=registry, config=local_config, backend=LOCAL, pool=ModelPool(device="cpu", dtype="float32")) as here:
        local = here.execute(TWO_STEPS, "a fox, then animate it")
    assert remote.ok and local.ok, (remote.summary(), local.summary())
    for sid in ("img", "vid"):
        ours, theirs = remote.step(sid).outputs[0], local.step(sid).outputs[0]
        assert ours.id == theirs.id and Path(ours.path).read_bytes() == Path(theirs.path).read_bytes()
        assert Path(ours.path).is_relative_to(tmp_path / "ray")  # written into the driver's own store
        assert ours.metadata["placement"]["replica"] == placed(events, sid)[0]
    assert placed(events, "img")[0].startswith("unison.wan.0.") and placed(events, "vid") == placed(events, "img")
    progress = [e["fraction"] for e in events if e["event"] == "progress" and e["step"] == "img"]
    assert progress and progress[-1] == 1.0 and progress == sorted(progress)


def test_two_independent_steps_run_on_two_replicas_at_once(ray_exec_config: Any) -> None:
    events: list[dict[str, Any]] = []
    with Agent(None, registry=executor_registry(), config=ray_exec_config) as agent:
        result = agent.execute(steps(("a", "text_to_image", "sleep_image", {"prompt": "a", "seconds": 0.6}),
                                     ("b", "text_to_image", "sleep_image", {"prompt": "b", "seconds": 0.6})),
                               "two at once", on_event=events.append)
    a, b = result.step("a"), result.step("b")
    assert a.ok and b.ok
    assert a.started_at < b.finished_at and b.started_at < a.finished_at  # they overlapped
    assert len({placed(events, "a")[0], placed(events, "b")[0]}) == 2
    assert a.outputs[0].metadata["placement"]["pid"] != b.outputs[0].metadata["placement"]["pid"]


def test_a_replica_killed_mid_step_and_the_step_completes_on_retry(ray_cluster: Any, ray_exec_config: Any) -> None:
    events: list[dict[str, Any]] = []
    killed: list[str] = []

    def on_event(event: dict[str, Any]) -> None:
        events.append(event)
        if event["event"] == "placed" and not killed:
            name = event["worker"]["replica"]
            killed.append(name)
            actor = ray_cluster.get_actor(name, namespace="unison")
            threading.Timer(0.3, lambda: ray_cluster.kill(actor, no_restart=False)).start()

    with Agent(None, registry=executor_registry(), config=ray_exec_config,
               settings=ExecutorSettings(retry=FAST_RETRY)) as agent:
        result = agent.execute(steps(("s", "text_to_image", "sleep_image", {"prompt": "s", "seconds": 1.5})), "x",
                               on_event=on_event)
        agent.backend.replicas("sleep_image").wait_ready(120)  # the shared replica is back before later tests use it
    step = result.step("s")
    assert step.ok and step.attempts == 2, step.error
    retry = next(e for e in events if e["event"] == "retrying")
    assert "WorkerLostError" in retry["error"] and killed[0] in retry["error"]
    assert placed(events, "s")[0] == killed[0] and placed(events, "s")[1] != killed[0]  # a live replica took it
    assert step.outputs[0].metadata["placement"]["replica"] != killed[0]
    kinds = [e["event"] for e in events if e.get("step") == "s"]
    assert "started" in kinds[kinds.index("retrying"):] and kinds[-1] == "finished"


def test_a_tool_no_node_can_hold_is_refused_at_validation(ray_cluster: Any, tmp_path: Path) -> None:
    ray = {**ALONE, "tools": {"make_image": {"num_gpus": 1, "resources": {"H100": 1}}}}
    with Agent(None, registry=executor_registry(), config=ray_config(tmp_path / "h", ray)) as agent:
        plan = steps(("s", "text_to_image", "make_image", {"prompt": "p"}))
        with pytest.raises(PlanValidationError) as info:
            agent.execute(plan, "x")
        issue = info.value.issues[0]
        assert issue.pointer == "/steps/0/tool" and issue.code == "config"  # placement is checked with the configuration
        assert "`make_image`: no node of the Ray cluster can hold" in issue.message
        assert "GPU 1, H100 1" in issue.message and "[ray.tools.make_image]" in issue.message
        # the graph's own validation refuses it too, before anything runs
        state = agent.graph.invoke(new_turn_input("g", parse_request("x"), plan), {"configurable": {"thread_id": "g"}})
        assert state["result"]["status"] == "failed" and "no node" in state["result"]["issues"][0]["message"]


def test_replicas_that_get_no_resources_in_time_are_dropped_not_left_pending(ray_cluster: Any, tmp_path: Path) -> None:
    # the test cluster has one unit of SLOT: one replica fits, the second waits, then is dropped
    ray = {**ALONE, "placement_timeout_s": 1.0,
           "tools": {"make_image": {"replicas": 2, "resources": {SLOT: 1}}, "brighten": {"resources": {SLOT: 1}}}}
    with Agent(None, registry=executor_registry(), config=ray_config(tmp_path / "s", ray)) as agent:
        made = agent.execute(steps(("s", "text_to_image", "make_image", {"prompt": "p"})), "x")
        assert made.ok and len(agent.backend.replicas("make_image").replicas) == 1
        with pytest.raises(PlanValidationError, match=r"`brighten`: 1 of its 1 Ray replica\(s\) got no resources within 1 s"):
            agent.execute(steps(("e", "image_edit", "brighten", {"prompt": "p", "image": f"$artifact.{made.step('s').outputs[0].id}"})), "x")
        agent.backend.close()
    deadline = time.monotonic() + 30
    while ray_cluster.available_resources().get(SLOT) != 1.0 and time.monotonic() < deadline:
        time.sleep(0.1)
    assert ray_cluster.available_resources().get(SLOT) == 1.0  # closing gave the slot back


def test_shared_artifact_root_skips_the_copies(ray_cluster: Any, tmp_path: Path, exec_image: Path) -> None:
    home = tmp_path / "shared"
    ray = {**ALONE, "shared_artifact_root": str(home / "artifacts")}
    with Agent(None, registry=executor_registry(), config=ray_config(home, ray)) as agent:
        result = agent.execute(steps(("e", "image_edit", "brighten", {"prompt": "p", "image": "$input.0"})),
                               parse_request(f"###{exec_image}### brighter"))
        assert result.ok, result.summary()
        out = result.step("e").outputs[0]
        assert Path(out.path).is_relative_to(agent.store.root)
        sidecar = json.loads(Path(out.path).with_name(f"{out.id}.json").read_text())
        assert sidecar["metadata"]["placement"]["replica"].startswith("unison.brighten.")  # the worker wrote it
        assert agent.backend.objects.get(out.id) is None  # no bytes went through the object store


def test_workers_command_lists_replicas(ray_exec_warm: Any, capsys: pytest.CaptureFixture[str]) -> None:
    from unison_agent.cli import main

    assert main(["workers", "--json", "--ray-address", "auto"]) == 0
    rows = json.loads(capsys.readouterr().out)
    sleepers = [r for r in rows if "sleep_image" in r["tools"] and r["replica"].endswith(ray_exec_warm.id)]
    assert len(sleepers) == 2
    assert {"node", "pid", "resources", "models", "running", "queued", "done"} <= set(sleepers[0])
    assert main(["workers", "--ray-address", "auto"]) == 0
    table = capsys.readouterr().out
    assert "sleep_image" in table and "queued" in table


def test_unison_run_with_ray_address_runs_the_steps_on_ray(ray_exec_warm: Any, tmp_path: Path,
                                                           capsys: pytest.CaptureFixture[str]) -> None:
    from unison_agent.cli import main

    cfg = tmp_path / "unison.toml"
    groups = ", ".join(f'"{t}"' for t in EXEC_RAY["groups"]["exec"]["tools"])
    cfg.write_text(f'home = "{tmp_path / "home"}"\n[ray]\nregistry = "{EXEC_RAY["registry"]}"\npoll_interval_s = 0.05\n'
                   f'max_restarts = 2\n[ray.defaults]\nnum_cpus = 0\n[ray.groups.exec]\ntools = [{groups}]\nreplicas = 2\n')
    rc = main(["run", "draw a fish", "--profile", "tiny", "--config", str(cfg), "--ray-address", "auto", "--json",
               "--agent-factory", "fixtures.executor:cli_agent"])
    events = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert rc == 0 and events[-1]["event"] == "done" and events[-1]["result"]["status"] == "ok"
    worker = next(e["worker"] for e in events if e["event"] == "placed")
    assert worker["replica"].endswith(ray_exec_warm.id)  # the same warm replicas: one backend per settings
    out = events[-1]["result"]["steps"][0]["outputs"][0]
    assert Path(out["path"]).is_relative_to(tmp_path / "home") and out["metadata"]["placement"] == worker


def test_unison_serve_runs_the_steps_on_ray(ray_exec_config: Any) -> None:
    """The server's runs go through the same backend: placement in the events and the outputs."""
    import httpx
    from fixtures.server import live_server, server_agent, sse_events, wait_for

    from unison_agent.integrations.server import ServerSettings, create_app

    agent = server_agent(ray_exec_config)
    try:
        with live_server(create_app(agent, ServerSettings())) as url, httpx.Client(base_url=url, timeout=30) as client:
            run = client.post("/v1/runs", json={"text": "slow", "session": "on-ray"}).json()["id"]
            body = wait_for(client, run)
            events = [e for _, e in sse_events(client, f"/v1/runs/{run}/events")]
    finally:
        agent.close()
    assert body["state"] == "succeeded", body
    worker = next(e["worker"] for e in events if e["event"] == "placed")
    assert body["steps"][0]["outputs"][0]["metadata"]["placement"] == worker
