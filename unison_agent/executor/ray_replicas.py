"""Joining the cluster, placing a tool's replicas, and choosing a replica for each step.

Key parts:
- ``connect(settings)``: join ``[ray] address`` (or Ray's ``RAY_ADDRESS``), or start a local
  Ray for this process; reuses a connection made by the caller (tests, notebooks).
- ``start_replicas(...)``: refuse at once a replica no node could ever hold (its demand is
  compared with every node's total resources; ``autoscaling`` skips that), reserve one
  placement-group bundle per replica and wait ``placement_timeout_s`` for them, then start an
  actor in each bundle. Replicas that got no resources are dropped, never left pending; a
  tool with none placed carries a ``problem`` that refuses its steps at validation.
- ``ReplicaSet.acquire``: the least-loaded live replica (steps in flight, ties to the one
  used longest ago). A replica lost mid-step is set aside until Ray has restarted it (its
  ``ready`` answers again); one whose restarts are spent is dead. With every replica lost,
  a step waits (up to ``placement_timeout_s``) for the first one back.
"""

from __future__ import annotations

import logging
import os
import threading
import time
from dataclasses import dataclass, field
from typing import Any

import ray
from ray.util.placement_group import placement_group, remove_placement_group
from ray.util.scheduling_strategies import PlacementGroupSchedulingStrategy

from ..contracts.errors import ToolExecutionError, UserError
from ..runtime.ray_settings import RaySettings, ReplicaSpec
from .ray_workers import CONTROL_THREADS, ToolWorker

log = logging.getLogger(__name__)

#: Extra threads per replica for steps waiting for a slot (the queue ``unison workers`` shows).
QUEUE_THREADS = 16
#: Actor names are ``unison.<tool>.<index>.<backend id>`` in the configured namespace.
NAME_PREFIX = "unison."


def connect(settings: RaySettings) -> None:
    """Join the configured cluster, or start a local Ray for this process (once)."""
    if ray.is_initialized():
        return
    address = settings.address or os.environ.get("RAY_ADDRESS")
    common: dict[str, Any] = {"namespace": settings.namespace, "log_to_driver": settings.log_to_driver,
                              "runtime_env": settings.runtime_env or None, "logging_level": logging.WARNING}
    try:
        if address:
            ray.init(address=address, **common)
        else:
            ray.init(num_cpus=settings.num_cpus, num_gpus=settings.num_gpus, resources=settings.resources or None,
                     include_dashboard=False, **common)
    except (ConnectionError, RuntimeError, ValueError) as exc:
        where = f"the Ray cluster at {address!r}" if address else "a local Ray"
        raise UserError(f"cannot start or join {where}: {exc}") from None


def remote_worker_class() -> Any:
    remote: Any = ray.remote  # its typed overloads leave out ``concurrency_groups``
    return remote(concurrency_groups={"control": CONTROL_THREADS})(ToolWorker)


@dataclass
class Replica:
    name: str
    actor: Any
    ready_ref: Any
    placement_group: Any = None
    placement: dict[str, Any] = field(default_factory=dict)
    load: int = 0
    last_used: float = 0.0
    lost: bool = False
    dead: bool = False
    error: str = ""

    def describe(self) -> dict[str, Any]:
        """Where this replica runs, as far as known without waiting."""
        self._settle()
        return {"replica": self.name, **{k: v for k, v in self.placement.items() if k != "broken"}}

    def _settle(self) -> None:
        """Read the answer of a pending ``ready`` call, if it has come."""
        if self.ready_ref is None:
            return
        done, _ = ray.wait([self.ready_ref], timeout=0)
        if not done:
            return
        self.ready_ref = None
        try:
            self.placement = ray.get(done[0])
            self.lost = False
        except ray.exceptions.ActorUnavailableError:  # still restarting: ask again
            self.ready_ref = self.actor.ready.remote()
        except ray.exceptions.RayActorError as exc:
            self.dead, self.error = True, _first_line(exc)


class ReplicaSet:
    """The replicas of one tool (or group of tools), and the reasons it cannot run (if any)."""

    def __init__(self, name: str, spec: ReplicaSpec, replicas: list[Replica], problems: list[str], *,
                 restart_wait_s: float = 60.0) -> None:
        self.name, self.spec, self.replicas, self.problems = name, spec, replicas, problems
        self.restart_wait_s = restart_wait_s
        self._lock = threading.Lock()

    def acquire(self) -> Replica:
        deadline = time.monotonic() + self.restart_wait_s
        while True:
            with self._lock:
                for r in self.replicas:
                    if r.lost:
                        r._settle()
                live = [r for r in self.replicas if not r.lost and not r.dead]
                if live:
                    chosen = min(live, key=lambda r: (r.load, r.last_used))
                    chosen.load += 1
                    chosen.last_used = time.monotonic()
                    return chosen
                restarting = [r.ready_ref for r in self.replicas if not r.dead and r.ready_ref is not None]
                if not restarting or time.monotonic() > deadline:
                    why = next((r.error for r in self.replicas if r.error), "no replica")
                    if restarting:
                        raise ToolExecutionError(f"no replica of `{self.name}` came back within "
                                                 f"{self.restart_wait_s:g} s of being lost ({why})")
                    raise ToolExecutionError(f"every replica of `{self.name}` is dead and Ray restarts no more ({why})")
            ray.wait(restarting, num_returns=1, timeout=max(0.0, deadline - time.monotonic()))
            time.sleep(0.05)  # a restarting actor may refuse ``ready`` at once; do not spin

    def release(self, replica: Replica) -> None:
        with self._lock:
            replica.load -= 1

    def mark_lost(self, replica: Replica, error: str) -> None:
        """Set ``replica`` aside until Ray has restarted it (or found it cannot)."""
        with self._lock:
            if not replica.lost:
                replica.lost, replica.error = True, error
                replica.ready_ref = replica.actor.ready.remote()

    def wait_ready(self, timeout: float) -> None:
        """Block until every replica has answered ``ready``, restarted ones included (models
        still load lazily), or ``timeout`` passes."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            refs = [r.ready_ref for r in self.replicas if r.ready_ref is not None]
            if not refs:
                return
            ray.wait(refs, num_returns=len(refs), timeout=max(0.0, deadline - time.monotonic()))
            for r in self.replicas:
                r._settle()
            time.sleep(0.05)  # a restarting actor may refuse ``ready`` at once; do not spin

    def close(self) -> None:
        for r in self.replicas:
            ray.kill(r.actor, no_restart=True)
            if r.placement_group is not None:
                remove_placement_group(r.placement_group)
        self.replicas = []


def start_replicas(name: str, spec: ReplicaSpec, tools: list[str], settings: RaySettings, *,
                   config: dict[str, Any], backend_id: str) -> ReplicaSet:
    """Place and start the replicas called ``name``, serving ``tools`` (see the module docstring)."""
    demand = spec.demand()
    table = f"ray.groups.{name}" if name in settings.groups else f"ray.tools.{name}"
    if not settings.autoscaling:
        problem = _never_fits(table, demand)
        if problem:
            return ReplicaSet(name, spec, [], [problem])
    groups = [placement_group([demand]) if demand else None for _ in range(spec.replicas)]
    pending = [(g, g.ready()) for g in groups if g is not None]
    refs = [ref for _, ref in pending]
    ready_refs, _ = ray.wait(refs, num_returns=len(refs), timeout=settings.placement_timeout_s) if refs else ([], [])
    ready_ids = {r.hex() for r in ready_refs}
    placed = {id(g) for g, ref in pending if ref.hex() in ready_ids}
    worker = remote_worker_class()
    replicas: list[Replica] = []
    for index, group in enumerate(groups):
        if group is not None and id(group) not in placed:
            remove_placement_group(group)
            continue
        actor_name = f"{NAME_PREFIX}{name}.{index}.{backend_id}"
        strategy = PlacementGroupSchedulingStrategy(group, placement_group_bundle_index=0) if group else None
        actor = worker.options(
            name=actor_name, namespace=settings.namespace, num_cpus=spec.num_cpus, num_gpus=spec.num_gpus,
            memory=spec.memory, resources=spec.resources or None, max_restarts=settings.max_restarts,
            max_task_retries=0, max_concurrency=spec.max_concurrency + QUEUE_THREADS, scheduling_strategy=strategy,
        ).remote(tools=tools, replica=actor_name, config=config, registry=settings.registry,
                 shared_root=str(settings.shared_artifact_root) if settings.shared_artifact_root else None,
                 max_concurrency=spec.max_concurrency)
        replicas.append(Replica(name=actor_name, actor=actor, ready_ref=actor.ready.remote(), placement_group=group))
    problems: list[str] = []
    if len(replicas) < spec.replicas:
        missing = spec.replicas - len(replicas)
        text = (f"{missing} of its {spec.replicas} Ray replica(s) got no resources within "
                f"{settings.placement_timeout_s:g} s (each needs {format_resources(demand)}; free now: "
                f"{format_resources(ray.available_resources())})")
        if replicas:
            log.warning("[%s]: %s; running with %d", table, text, len(replicas))
        else:
            problems.append(text)
    return ReplicaSet(name, spec, replicas, problems, restart_wait_s=settings.placement_timeout_s)


def _never_fits(table: str, demand: dict[str, float]) -> str | None:
    nodes = [n for n in ray.nodes() if n.get("Alive")]
    if any(all(n["Resources"].get(k, 0.0) >= v for k, v in demand.items()) for n in nodes):
        return None
    offers = "; ".join(f"{n['NodeManagerAddress']}: {format_resources(n['Resources'])}" for n in nodes) or "no nodes"
    return (f"no node of the Ray cluster can hold one of its replicas (each needs {format_resources(demand)}; "
            f"nodes offer {offers}); add such a node or change [{table}]")


def format_resources(resources: dict[str, float]) -> str:
    """``CPU 2, GPU 1, memory 16.0 GiB`` (Ray's internal resources left out)."""
    parts = []
    for key in sorted(resources):
        if key.startswith("node:") or key == "object_store_memory" or "_group_" in key:  # placement-group bookkeeping
            continue
        value = resources[key]
        parts.append(f"{key} {value / (1 << 30):.1f} GiB" if key == "memory" else f"{key} {value:g}")
    return ", ".join(parts) or "nothing"


def _first_line(exc: BaseException) -> str:
    text = str(exc).strip().splitlines()
    return f"{type(exc).__name__}: {text[0] if text else ''}"
