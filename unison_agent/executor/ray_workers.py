"""The worker side of the Ray backend: one actor per replica of a tool (or of a group of tools
that share a model), owning a model pool.

A ``ToolWorker`` builds its own registry (the installed tools and plugins, or the factory named
by ``[ray] registry``) and a ``ModelPool`` from the configuration the driver sends, so models
load once per replica and stay warm between steps and runs. For each step it:

1. materialises the inputs: bytes from the object store written into a per-step scratch
   ``ArtifactStore`` (same bytes, same content hash, so ids match the driver's), or with a
   shared artifact root, the driver's artifacts as they are;
2. runs the tool with a ``ToolContext`` whose progress the driver fetches (``poll``) and whose
   cancel flag the driver sets (``cancel``), so progress, cancellation and timeouts behave as
   in the local backend;
3. replies with the outputs (metadata plus bytes, large ones as an object-store reference the
   driver can hand to the next step without uploading them again) or the error the tool raised.

Steps wait inside the replica for one of its ``max_concurrency`` slots, so ``info`` can report a
queue that any process can read. Errors never escape as Ray task errors: the tool's exception is
sent back as it is (or as a ``ToolExecutionError`` with its text when it cannot be pickled).
"""

from __future__ import annotations

import importlib
import os
import pickle
import shutil
import tempfile
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import ray

from ..contracts.errors import ToolExecutionError, UserError
from ..contracts.registry import Registry, default_registry
from ..contracts.tool import ProgressEvent, ToolContext
from ..runtime.artifacts import Artifact, ArtifactStore
from .resolve import normalise_outputs

#: Outputs smaller than this come back inline; larger ones as an object-store reference.
INLINE_BYTES = 100 * 1024
#: Threads for ``ready``/``poll``/``cancel``/``info``, so they answer while steps run.
CONTROL_THREADS = 4


def load_registry(spec: str | None) -> Registry:
    """``None``: the installed tools; ``"module:function"``: what that function returns."""
    if not spec:
        return default_registry()
    module_name, _, attr = spec.partition(":")
    try:
        made = getattr(importlib.import_module(module_name), attr)()
    except Exception as exc:  # import errors, a missing attribute, a factory that raised
        raise UserError(f"config `ray.registry` {spec!r} cannot be loaded in the worker: {type(exc).__name__}: {exc}") from None
    if not isinstance(made, Registry):
        raise UserError(f"config `ray.registry` {spec!r} returned {type(made).__name__}, expected a Registry")
    return made


@dataclass
class _Step:
    step_id: str
    state: str = "queued"
    cancelled: threading.Event = field(default_factory=threading.Event)
    progress: list[tuple[float, str]] = field(default_factory=list)


class ToolWorker:
    """One replica serving ``tools`` (wrapped with ``ray.remote`` by the driver)."""

    def __init__(self, *, tools: list[str], replica: str, config: dict[str, Any], registry: str | None,
                 shared_root: str | None, max_concurrency: int) -> None:
        from ..config import Config
        from ..runtime.pool import ModelPool

        self.replica, self.tool_names = replica, list(tools)
        self.started = time.time()
        self.done = self.failed = 0
        self._steps: dict[str, _Step] = {}
        self._lock = threading.Lock()
        self._slots = threading.Semaphore(max_concurrency)
        self._scratch = Path(tempfile.mkdtemp(prefix=f"unison-{replica}-"))
        self.broken: str | None = None
        try:
            self.config = Config.model_validate(config)
            loaded = load_registry(registry)
            self.tools = {name: loaded.get(name) for name in tools}
            self.pool = ModelPool.from_config(self.config)
            self.shared = ArtifactStore(shared_root) if shared_root else None
        except Exception as exc:  # reported by ``ready`` and every ``run``, instead of a dead actor
            self.broken = f"replica {replica} could not start: {type(exc).__name__}: {exc}"

    # -- control (answered while steps run) --------------------------------------------------
    @ray.method(concurrency_group="control")
    def ready(self) -> dict[str, Any]:
        return {**self.placement(), "broken": self.broken}

    @ray.method(concurrency_group="control")
    def poll(self, key: str, since: int) -> list[tuple[float, str]]:
        with self._lock:
            state = self._steps.get(key)
            return list(state.progress[since:]) if state is not None else []

    @ray.method(concurrency_group="control")
    def cancel(self, key: str) -> None:
        with self._lock:
            state = self._steps.get(key)
        if state is not None:
            state.cancelled.set()

    @ray.method(concurrency_group="control")
    def info(self) -> dict[str, Any]:
        with self._lock:
            states = [s.state for s in self._steps.values()]
        pool = getattr(self, "pool", None)
        return {
            **self.placement(), "tools": self.tool_names, "broken": self.broken,
            "resources": ray.get_runtime_context().get_assigned_resources(),
            "models": pool.loaded() if pool is not None else {},
            "running": states.count("running"), "queued": states.count("queued"),
            "done": self.done, "failed": self.failed, "uptime_s": round(time.time() - self.started, 1),
        }

    def placement(self) -> dict[str, Any]:
        ctx = ray.get_runtime_context()
        return {"replica": self.replica, "node": ray.util.get_node_ip_address(), "node_id": ctx.get_node_id(),
                "pid": os.getpid()}

    # -- steps --------------------------------------------------------------------------------
    def run(self, key: str, tool: str, step_id: str, task: str, args: dict[str, Any],
            inputs: dict[str, dict[str, Any]]) -> dict[str, Any]:
        """Run one step; the reply has ``outputs`` or ``error``, and every progress report."""
        state = _Step(step_id)
        with self._lock:
            self._steps[key] = state
        try:
            with self._slots:
                if self.broken:
                    raise ToolExecutionError(self.broken)
                if state.cancelled.is_set():
                    raise ToolExecutionError(f"step {step_id!r} was cancelled")
                state.state = "running"
                outputs = self._run(state, tool, task, args, inputs)
            self.done += 1
            return {"outputs": outputs, "progress": state.progress, "worker": self.placement()}
        except Exception as exc:
            self.failed += 1
            return {"error": portable(exc), "progress": state.progress, "worker": self.placement()}
        finally:
            with self._lock:
                self._steps.pop(key, None)

    def _run(self, state: _Step, tool_name: str, task: str, args: dict[str, Any],
             inputs: dict[str, dict[str, Any]]) -> list[dict[str, Any]]:
        tool = self.tools.get(tool_name)
        if tool is None:
            raise ToolExecutionError(f"replica {self.replica} serves {self.tool_names}, not `{tool_name}`")
        store = self.shared or ArtifactStore(self._scratch / f"step-{state.step_id}-{time.monotonic_ns()}")
        try:
            resolved: dict[str, Artifact | list[Artifact]] = {}
            for name, entry in inputs.items():
                arts = [self._materialise(item, store) for item in entry["items"]]
                resolved[name] = arts if entry["list"] else arts[0]
            ctx = ToolContext(
                task=task, step_id=state.step_id, store=store, inputs=resolved, pool=self.pool, config=self.config,
                on_progress=lambda ev: _record(state, ev), cancelled=state.cancelled)
            parsed = tool.parse_args(args)
            tool.ensure_setup()
            outputs = normalise_outputs(tool.run(parsed, ctx), tool=tool, task=task, ctx=ctx)
            return [self._reply_output(art, store) for art in outputs]
        finally:
            if self.shared is None:
                shutil.rmtree(store.root, ignore_errors=True)

    def _materialise(self, item: dict[str, Any], store: ArtifactStore) -> Artifact:
        art = Artifact.model_validate(item["artifact"])
        data = item["data"]
        if data is None:  # shared root: the driver's file, readable here at the same path
            if not store.inside(art.path).is_file():
                raise ToolExecutionError(f"input {art.id[:12]} is not at {art.path!r} on this node; is the shared "
                                         "artifact root mounted at the same path on every node?")
            return art
        payload = ray.get(data) if isinstance(data, ray.ObjectRef) else data
        return store.put_bytes(payload, kind=art.kind, suffix=Path(art.path).suffix, step=art.step, name=art.name,
                               metadata=art.metadata, value=art.value)

    def _reply_output(self, art: Artifact, store: ArtifactStore) -> dict[str, Any]:
        metadata = {**art.metadata, "placement": self.placement()}
        if self.shared is not None:  # record the placement beside the file; the bytes stay where they are
            art = store.put_file(art.path, kind=art.kind, step=art.step, name=art.name, metadata=metadata)
            return {"artifact": art.model_dump(mode="json"), "data": None}
        data = Path(art.path).read_bytes()
        reply = art.model_copy(update={"metadata": metadata}).model_dump(mode="json")
        return {"artifact": reply, "data": data if len(data) < INLINE_BYTES else ray.put(data)}


def _record(state: _Step, ev: ProgressEvent) -> None:
    state.progress.append((ev.fraction, ev.message))


def portable(exc: BaseException) -> BaseException:
    """``exc`` if it survives pickling (so the driver raises the very same error), else a
    ``ToolExecutionError`` with its type and text."""
    try:
        clone = pickle.loads(pickle.dumps(exc))
        if isinstance(clone, BaseException) and str(clone) == str(exc):
            return exc.with_traceback(None)
    except Exception:  # exceptions with custom constructors often cannot round-trip
        pass
    return ToolExecutionError(f"{type(exc).__name__}: {exc}")
