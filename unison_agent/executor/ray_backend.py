"""The Ray step backend: each step's tool call runs on a replica actor of its tool.

Why Ray Core actors and not Ray Serve: a step is one long call (seconds to minutes of GPU work)
from one driver, not a stream of small HTTP requests. Actors give what that needs directly: a
process that keeps its models loaded between steps and runs, resource requests per replica,
restarts under our control (``max_restarts``; in-flight calls are not retried by Ray, so the
executor's retry policy decides and the retry shows in the run's events), object-store
transfers, and no HTTP proxy or controller to run. Serve's autoscaling and request routing
would sit beside the LangGraph executor, which already decides order, concurrency and retries.

How a step runs (``RayBackend.call``):
1. its tool's replicas are started on first use (``ray_replicas.start_replicas``); a tool whose
   replicas cannot be placed was refused at validation (``problems``);
2. the least-loaded live replica takes it; a ``placed`` event says which (node, pid);
3. inputs travel as bytes through the object store (an output of an earlier step is passed by
   its existing reference, so it never goes back up from this process), or, with a shared
   artifact root, as paths;
4. while it runs, progress is fetched every ``poll_interval_s``, and a cancel or timeout sets
   the worker's cancel flag;
5. outputs come back as bytes plus metadata (``placement`` included) and are written into the
   driver's content-addressed store (the hash is checked); with a shared root they are
   already there.

A worker lost mid-step (actor death, node loss) raises ``WorkerLostError``, a transient
error: the executor's ``RetryPolicy`` runs the step again and ``acquire`` picks a live replica.
"""

from __future__ import annotations

import json
import threading
import uuid
from collections import OrderedDict
from pathlib import Path
from typing import Any

import ray

from ..contracts.errors import ToolExecutionError, TransientToolError, UserError
from ..contracts.tool import ProgressEvent, Tool, ToolContext
from ..runtime.artifacts import Artifact
from .backend import LOCAL, StepEvents
from .ray_replicas import NAME_PREFIX, ReplicaSet, _first_line, connect, start_replicas
from .ray_workers import INLINE_BYTES


class WorkerLostError(TransientToolError):
    """The replica running a step died (or its node was lost); the step may run elsewhere."""


class ObjectCache:
    """Artifact id -> object-store reference, bounded in bytes, oldest dropped first."""

    def __init__(self, max_bytes: int) -> None:
        self.max_bytes = max_bytes
        self._items: OrderedDict[str, tuple[Any, int, str | None]] = OrderedDict()
        self._lock = threading.Lock()

    def get(self, artifact_id: str) -> Any:
        with self._lock:
            item = self._items.get(artifact_id)
            if item is None:
                return None
            self._items.move_to_end(artifact_id)
            return item[0]

    def add(self, artifact_id: str, ref: Any, size: int, owner: str | None) -> None:
        with self._lock:
            self._items[artifact_id] = (ref, size, owner)
            total = sum(s for _, s, _ in self._items.values())
            while self._items and total > self.max_bytes:
                _, (_, dropped, _) = self._items.popitem(last=False)
                total -= dropped

    def clear(self) -> None:
        with self._lock:
            self._items.clear()

    def drop_owner(self, owner: str) -> None:
        """Forget objects a lost replica owned (they died with it)."""
        with self._lock:
            for key in [k for k, (_, _, o) in self._items.items() if o == owner]:
                del self._items[key]


class RayBackend:
    """Steps on Ray actors; one set of replicas per tool, started on first use."""

    name = "ray"

    def __init__(self, config: Any) -> None:
        self.config = config
        self.settings = config.ray
        self.id = uuid.uuid4().hex[:8]
        self.objects = ObjectCache(self.settings.object_cache_mb << 20)
        self._sets: dict[str, ReplicaSet] = {}
        self._lock = threading.Lock()
        self._worker_config = config.model_dump(mode="json")

    # -- replicas ------------------------------------------------------------------------------
    def replicas(self, tool: str) -> ReplicaSet:
        """The replicas that serve ``tool`` (its own, or its group's), placed and started on first use."""
        name, spec, tools = self.settings.unit(tool)
        with self._lock:
            found = self._sets.get(name)
            if found is None:
                connect(self.settings)
                found = self._sets[name] = start_replicas(
                    name, spec, tools, self.settings, config=self._worker_config, backend_id=self.id)
            return found

    def start(self, tools: list[str], *, wait_s: float = 300.0) -> None:
        """Start the replicas of ``tools`` now and wait until each has started (warm-up)."""
        sets = {id(rs): rs for rs in (self.replicas(t) for t in tools if t not in self.settings.local_tools)}
        for rs in sets.values():  # all created first, so they start side by side
            rs.wait_ready(wait_s)

    def problems(self, tool: str, task: str) -> list[str]:
        if tool in self.settings.local_tools:
            return []
        return list(self.replicas(tool).problems)

    def close(self) -> None:
        """Stop every replica of this backend (models are dropped with them)."""
        with self._lock:
            sets, self._sets = list(self._sets.values()), {}
        for s in sets:
            s.close()

    # -- a step ----------------------------------------------------------------------------------
    def call(self, tool: Tool, args: Any, ctx: ToolContext, events: StepEvents) -> list[Artifact]:
        if tool.name in self.settings.local_tools:
            return LOCAL.call(tool, args, ctx, events)
        shared = self._shared_root(ctx)
        rs = self.replicas(tool.name)
        if rs.problems:
            raise ToolExecutionError(f"`{tool.name}` cannot run on Ray: " + "; ".join(rs.problems))
        replica = rs.acquire()
        key = uuid.uuid4().hex
        try:
            events("placed", worker=replica.describe())
            inputs = {name: {"list": isinstance(value, list),
                             "items": [self._send(a, shared) for a in (value if isinstance(value, list) else [value])]}
                      for name, value in ctx.inputs.items()}
            ref = replica.actor.run.remote(key, tool.name, ctx.step_id, ctx.task, args.model_dump(mode="json"), inputs)
            reply = self._wait(ref, replica.actor, key, ctx)
            if "error" in reply:
                raise reply["error"]
            return [self._receive(item, ctx, replica.name) for item in reply["outputs"]]
        except (ray.exceptions.RayActorError, ray.exceptions.ObjectLostError, ray.exceptions.OwnerDiedError) as exc:
            rs.mark_lost(replica, _first_line(exc))
            self.objects.drop_owner(replica.name)
            where = replica.describe()
            raise WorkerLostError(f"worker {replica.name} (node {where.get('node', '?')}, pid {where.get('pid', '?')}) "
                                  f"was lost mid-step: {_first_line(exc)}") from None
        except ray.exceptions.RayTaskError as exc:  # the worker's own machinery failed, not the tool
            raise ToolExecutionError(f"worker {replica.name} failed: {_first_line(exc.cause or exc)}") from None
        finally:
            rs.release(replica)

    def _wait(self, ref: Any, actor: Any, key: str, ctx: ToolContext) -> dict[str, Any]:
        """The reply, forwarding progress meanwhile and passing a cancel (or timeout) on."""
        seen, cancel_sent = 0, False
        while True:
            done, _ = ray.wait([ref], timeout=self.settings.poll_interval_s)
            if done:
                reply: dict[str, Any] = ray.get(ref)
                _forward(ctx, reply["progress"][seen:])
                return reply
            if ctx.cancelled.is_set() and not cancel_sent:
                actor.cancel.remote(key)
                cancel_sent = True
            try:
                fresh = ray.get(actor.poll.remote(key, seen), timeout=10.0)
            except ray.exceptions.GetTimeoutError:
                continue
            _forward(ctx, fresh)
            seen += len(fresh)

    def _send(self, art: Artifact, shared: bool) -> dict[str, Any]:
        """An input as the worker receives it: metadata, and bytes (or a reference to them)."""
        meta = art.model_dump(mode="json")
        if shared:
            return {"artifact": meta, "data": None}
        ref = self.objects.get(art.id)
        if ref is not None:
            return {"artifact": meta, "data": ref}
        data = Path(art.path).read_bytes()
        if len(data) < INLINE_BYTES:
            return {"artifact": meta, "data": data}
        ref = ray.put(data)
        self.objects.add(art.id, ref, len(data), owner=None)
        return {"artifact": meta, "data": ref}

    def _receive(self, item: dict[str, Any], ctx: ToolContext, replica: str) -> Artifact:
        """Write one output into the driver's store (or check it is there, with a shared root)."""
        art = Artifact.model_validate(item["artifact"])
        data = item["data"]
        if data is None:
            if not ctx.store.inside(art.path).is_file():
                raise ToolExecutionError(f"output {art.name!r} of step {ctx.step_id!r} is not at {art.path!r}")
            return art
        if isinstance(data, ray.ObjectRef):
            ref, data = data, ray.get(data)
            self.objects.add(art.id, ref, len(data), owner=replica)
        stored = ctx.store.put_bytes(data, kind=art.kind, suffix=Path(art.path).suffix, step=art.step, name=art.name,
                                     metadata=art.metadata, value=art.value)
        if stored.id != art.id:
            raise ToolExecutionError(f"output {art.name!r} of step {ctx.step_id!r} changed in transfer "
                                     f"(sha256 {stored.id[:12]}, worker said {art.id[:12]})")
        return stored

    def _shared_root(self, ctx: ToolContext) -> bool:
        root = self.settings.shared_artifact_root
        if root is None:
            return False
        if Path(root).expanduser().resolve() != ctx.store.root:
            raise UserError(f"config `ray.shared_artifact_root` {str(root)!r} is not this run's artifact root "
                            f"{str(ctx.store.root)!r}; set `home` so that its artifacts/ is the shared path")
        return True


def _forward(ctx: ToolContext, reports: list[tuple[float, str]]) -> None:
    if ctx.on_progress is not None:
        for fraction, message in reports:
            ctx.on_progress(ProgressEvent(step=ctx.step_id, fraction=fraction, message=message))


# -- one backend per process and settings, so models stay warm between runs ---------------------
_backends: dict[str, RayBackend] = {}
_backends_lock = threading.Lock()
#: Settings replicas do not depend on (a change in them keeps the same replicas): the driver's
#: own, and how this process connects (it has one Ray connection, made once).
_DRIVER_ONLY = {"home", "planner", "planner_options", "policy", "executor"}
_CONNECTION = {"address", "num_cpus", "num_gpus", "resources", "runtime_env", "log_to_driver"}


def shared_backend(config: Any) -> RayBackend:
    """The process-wide backend for ``config``'s worker-relevant settings."""
    data = {k: v for k, v in config.model_dump(mode="json").items() if k not in _DRIVER_ONLY}
    data["ray"] = {k: v for k, v in data["ray"].items() if k not in _CONNECTION}
    key = json.dumps(data, sort_keys=True)
    with _backends_lock:
        backend = _backends.get(key)
        if backend is None:
            backend = _backends[key] = RayBackend(config)
    if threading.current_thread() is threading.main_thread():
        connect(backend.settings)  # now, not in a step's thread: Ray sets signal handlers from the main thread only
    return backend


def shutdown_backends() -> None:
    """Stop the replicas of every shared backend of this process."""
    with _backends_lock:
        backends = list(_backends.values())
        _backends.clear()
    for backend in backends:
        backend.close()


def list_workers(namespace: str, timeout: float = 10.0) -> list[dict[str, Any]]:
    """``info`` of every unison replica in ``namespace`` of the connected cluster."""
    names = [a["name"] for a in ray.util.list_named_actors(all_namespaces=True)
             if a.get("namespace") == namespace and str(a.get("name", "")).startswith(NAME_PREFIX)]
    rows: list[dict[str, Any]] = []
    for name in sorted(names):
        try:
            actor: Any = ray.get_actor(name, namespace=namespace)  # a handle's methods are untyped
            rows.append(ray.get(actor.info.remote(), timeout=timeout))
        except (ray.exceptions.RayError, ValueError) as exc:  # dead or restarting, or gone meanwhile
            rows.append({"replica": name, "tools": [name.split(".")[1]], "broken": _first_line(exc)})
    return rows
