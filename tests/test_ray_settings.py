"""The ``[ray]`` table, the ``backend`` key and replica choice, without starting Ray."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from unison_agent.config import load_config
from unison_agent.contracts.errors import UserError
from unison_agent.executor import ExecutorSettings
from unison_agent.executor.backend import LOCAL
from unison_agent.executor.backends import make_backend
from unison_agent.executor.ray_replicas import Replica, ReplicaSet, format_resources
from unison_agent.runtime.ray_settings import RaySettings, ReplicaSpec, parse_bytes


def test_sizes_read_with_units() -> None:
    assert parse_bytes("24GiB") == 24 << 30 and parse_bytes("512MB") == 512 * 10**6 and parse_bytes(1024) == 1024
    with pytest.raises(ValueError, match="not a size"):
        parse_bytes("lots")


def test_config_file_ray_table(tmp_path: Path) -> None:
    f = tmp_path / "unison.toml"
    f.write_text('[executor]\nbackend = "ray"\n[ray]\naddress = "auto"\n[ray.defaults]\nnum_cpus = 0.5\n'
                 '[ray.tools.vqa]\nreplicas = 2\nnum_gpus = 1\nmemory = "8GiB"\nresources = { "A100" = 1 }\n'
                 '[ray.groups.wan]\ntools = ["image_gen", "video_gen"]\nnum_gpus = 1\n')
    config = load_config(f, profile="tiny", env={})
    assert config.executor.backend == "ray"
    name, spec, tools = config.ray.unit("vqa")
    assert (name, tools) == ("vqa", ["vqa"])
    assert spec == ReplicaSpec(replicas=2, num_cpus=0.5, num_gpus=1, memory=8 << 30, resources={"A100": 1})
    assert spec.demand() == {"CPU": 0.5, "GPU": 1, "memory": float(8 << 30), "A100": 1}
    name, spec, tools = config.ray.unit("video_gen")
    assert (name, tools, spec.num_gpus, spec.num_cpus, spec.replicas) == ("wan", ["image_gen", "video_gen"], 1, 0.5, 1)
    assert config.ray.unit("edit") == ("edit", config.ray.defaults, ["edit"])


@pytest.mark.parametrize(("text", "expected"), [
    ('[ray.tools.vqa]\nreplicas = 0\n', r"`ray.tools.vqa.replicas`"),
    ('[ray.tools.vqa]\nmemory = "much"\n', r"`ray.tools.vqa.memory`.*not a size"),
    ('[ray]\nadress = "auto"\n', r"`ray.adress`"),
    ('[ray.tools.vqa]\nreplicas = 1\n[ray.groups.g]\ntools = ["vqa"]\n', r"'vqa' is in ray.groups.g and in ray.tools.vqa"),
    ('[executor]\nbackend = "dask"\n', r"`executor.backend`: Input should be 'local' or 'ray' \(got 'dask'\)"),
])
def test_bad_ray_settings_name_the_field(tmp_path: Path, text: str, expected: str) -> None:
    f = tmp_path / "bad.toml"
    f.write_text(text)
    with pytest.raises(UserError, match=expected):
        ExecutorSettings.from_config(load_config(f, profile="tiny", env={}))


def test_the_local_backend_is_the_default(tmp_path: Path) -> None:
    config = load_config(profile="tiny", env={}, overrides={"home": str(tmp_path)})
    assert config.executor.backend == "local"
    assert make_backend("local", config) is LOCAL and LOCAL.problems("make_image", "text_to_image") == []


def _replica(name: str) -> Any:
    return Replica(name=name, actor=None, ready_ref=None)


def test_steps_go_to_the_least_loaded_live_replica() -> None:
    rs = ReplicaSet("t", ReplicaSpec(replicas=3), [_replica("a"), _replica("b"), _replica("c")], [])
    first, second, third = rs.acquire(), rs.acquire(), rs.acquire()
    assert {first.name, second.name, third.name} == {"a", "b", "c"}  # one each before any gets two
    rs.release(second)
    assert rs.acquire() is second  # the one that just freed up
    rs.replicas[0].lost = True
    rs.replicas[0].ready_ref = None
    for r in rs.replicas:
        r.load = 0
    assert {rs.acquire().name for _ in range(4)} == {"b", "c"}  # the lost one is set aside
    for r in rs.replicas:
        r.dead = True
    with pytest.raises(Exception, match="every replica of `t` is dead"):
        rs.acquire()


def test_resources_print_without_ray_bookkeeping() -> None:
    text = format_resources({"CPU": 2.0, "memory": 4 << 30, "node:10.0.0.1": 1.0, "GPU_group_0_abc": 1.0,
                             "object_store_memory": 1e9})
    assert text == "CPU 2, memory 4.0 GiB"
    assert RaySettings().defaults.demand() == {"CPU": 1.0}


def test_progress_bars_name_the_replica_that_took_a_step() -> None:
    from unison_agent.cli._common import ProgressView
    from unison_agent.executor.events import make_event

    base = {"step": "s0", "tool": "image_gen", "task": "text_to_image"}
    with ProgressView(as_json=False) as view:
        view({**make_event("queued", **base)})
        view({**make_event("started", **base)})
        view({**make_event("placed", **base, worker={"replica": "unison.wan.0.ab12", "node": "10.0.0.7"})})
        text = view._progress.tasks[0].description
    assert text == "s0 image_gen:text_to_image on unison.wan.0.ab12 (10.0.0.7)"


def test_a_placed_event_is_typed_like_the_others() -> None:
    from unison_agent.executor.events import StepPlaced, make_event, parse_event

    raw = make_event("placed", step="s0", tool="image_gen", task="text_to_image",
                     worker={"replica": "unison.wan.0.ab12", "node": "10.0.0.7", "pid": 7})
    event = parse_event(raw)
    assert isinstance(event, StepPlaced) and event.worker["replica"] == "unison.wan.0.ab12"
    assert event.to_json() == raw
