"""The model pool: load each model once per process, share it, and stay under a memory budget.

Key parts:
- ``ModelPool.use(kind, model_id, **options)``: a context manager yielding the loaded model on
  the pool's device; while held, the model is never evicted. ``get`` is the same without a lease.
- Keys are ``(kind, model_id, options)``: a VLM planner asking for ``("qwen2_5_vl", id)`` gets the
  very object the ``vqa`` tool uses.
- Loading is lazy and single-flight: concurrent requests for one model wait for one load.
  Loads of different models take turns, process-wide (``_BUILD_LOCK``): builders seed torch's
  global RNG (tiny models) and transformers/diffusers patch module construction globally while
  loading, so two loads at once gave tiny models other weights than their seed's.
- Budget: models are loaded on CPU, measured (parameters + buffers), then moved to the device
  after evicting least recently used idle models. Eviction moves a model to CPU when the device
  is an accelerator and the host budget allows, otherwise drops it.
- Device auto: cuda > mps > cpu; dtype auto: bfloat16 on cuda (float16 where bf16 is not
  supported), float16 on mps, float32 on cpu. Both overridable (config, ``UNISON_DEVICE``/``_DTYPE``).
- ``ModelPool.from_config(config)``: the pool an ``Agent`` owns and hands to its planner and
  tools; there is no process-wide pool (pass one pool to several agents to share models).
"""

from __future__ import annotations

import gc
import logging
import os
import threading
import time
from collections.abc import Iterator, Mapping
from concurrent.futures import Future
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from ..contracts.errors import UserError
from .loaders import LOADERS, Loader

if TYPE_CHECKING:
    from ..config import Config

log = logging.getLogger(__name__)

Key = tuple[str, str, tuple[tuple[str, Any], ...]]
_BUILD_LOCK = threading.RLock()
"""Held while any pool in the process runs a loader (reentrant: a loader may load through a pool)."""
_DTYPES = {"float32": "float32", "fp32": "float32", "float16": "float16", "fp16": "float16", "half": "float16",
           "bfloat16": "bfloat16", "bf16": "bfloat16"}


def auto_device() -> str:
    """``cuda`` if available, else ``mps``, else ``cpu``."""
    import torch

    if torch.cuda.is_available():
        return "cuda"
    mps = getattr(torch.backends, "mps", None)
    if mps is not None and mps.is_available():
        return "mps"
    return "cpu"


def auto_dtype(device: str) -> str:
    """bfloat16 on cuda (float16 on GPUs without bf16), float16 on mps, float32 on cpu."""
    import torch

    if device.startswith("cuda"):
        return "bfloat16" if torch.cuda.is_bf16_supported() else "float16"
    if device.startswith("mps"):
        return "float16"
    return "float32"


def host_memory_bytes() -> int:
    try:
        return int(os.sysconf("SC_PHYS_PAGES") * os.sysconf("SC_PAGE_SIZE"))
    except (ValueError, OSError, AttributeError):  # not POSIX: assume a modest machine
        return 16 << 30


def device_memory_bytes(device: str) -> int:
    """Total memory of ``device`` (host memory for cpu and mps, whose memory is unified)."""
    if device.startswith("cuda"):
        import torch

        index = int(device.split(":")[1]) if ":" in device else torch.cuda.current_device()
        return int(torch.cuda.get_device_properties(index).total_memory)
    return host_memory_bytes()


def model_bytes(obj: Any) -> int:
    """Bytes of parameters and buffers in ``obj`` (a module, a pipeline, or an object holding ``.model``)."""
    import torch

    modules: list[torch.nn.Module] = []
    if isinstance(obj, torch.nn.Module):
        modules.append(obj)
    elif isinstance(getattr(obj, "components", None), Mapping):
        modules.extend(m for m in obj.components.values() if isinstance(m, torch.nn.Module))
    elif isinstance(getattr(obj, "model", None), torch.nn.Module):
        modules.append(obj.model)
    seen: set[int] = set()
    total = 0
    for module in modules:
        for tensor in (*module.parameters(), *module.buffers()):
            if id(tensor) not in seen:
                seen.add(id(tensor))
                total += tensor.numel() * tensor.element_size()
    return total


@dataclass
class _Entry:
    key: Key
    obj: Any
    nbytes: int
    location: str
    """``device`` (ready) or ``host`` (offloaded to CPU)."""
    leases: int = 0
    last_used: float = field(default_factory=time.monotonic)
    run_lock: threading.Lock = field(default_factory=threading.Lock)
    """Held while a caller runs the model: pipelines and ``generate`` keep per-call state
    (scheduler timesteps, caches), so two steps must not drive one instance at once."""


@dataclass
class PoolStats:
    loads: dict[str, int] = field(default_factory=dict)
    """``kind:model_id`` -> how many times it was loaded from disk (or built)."""
    load_seconds: dict[str, float] = field(default_factory=dict)
    hits: int = 0
    offloads: int = 0
    drops: int = 0
    restores: int = 0


class ModelPool:
    """Lazily loaded, shared, budgeted models. Thread-safe.

    Args:
        device: ``cuda``, ``cuda:1``, ``mps`` or ``cpu``; ``None`` picks the best available.
        dtype: ``float32``, ``float16`` or ``bfloat16``; ``None`` picks per device.
        memory_budget_bytes: most bytes of models on the device; ``None``: 90% of the GPU's
            memory, or half the host memory for cpu/mps.
        offload_budget_bytes: most bytes of models parked on the host after eviction (accelerator
            devices only); ``None``: half the host memory.
        loaders: kind -> loader, replacing or adding to ``unison_agent.runtime.loaders.LOADERS``.
    """

    def __init__(
        self,
        *,
        device: str | None = None,
        dtype: str | None = None,
        memory_budget_bytes: int | None = None,
        offload_budget_bytes: int | None = None,
        loaders: Mapping[str, Loader] | None = None,
    ) -> None:
        self.device = device or auto_device()
        if dtype is not None and dtype not in _DTYPES:
            raise UserError(f"`dtype` {dtype!r} is not one of {', '.join(sorted(set(_DTYPES.values())))}")
        self.dtype_name = _DTYPES[dtype] if dtype else auto_dtype(self.device)
        self.memory_budget_bytes = memory_budget_bytes or int(
            device_memory_bytes(self.device) * (0.9 if self.device.startswith("cuda") else 0.5)
        )
        self.offload_budget_bytes = 0 if self.device == "cpu" else (
            offload_budget_bytes if offload_budget_bytes is not None else host_memory_bytes() // 2
        )
        self.loaders: dict[str, Loader] = {**LOADERS, **(loaders or {})}
        self.stats = PoolStats()
        self._entries: dict[Key, _Entry] = {}
        self._loading: dict[Key, Future[None]] = {}
        self._lock = threading.RLock()

    @classmethod
    def from_config(cls, config: Config) -> ModelPool:
        """A pool with the config's device, dtype and ``memory_budget_gb``."""
        budget = config.memory_budget_gb
        return cls(device=config.device, dtype=config.dtype,
                   memory_budget_bytes=int(budget * (1 << 30)) if budget else None)

    @property
    def torch_dtype(self) -> Any:
        import torch

        return getattr(torch, self.dtype_name)

    # -- public API -------------------------------------------------------------------------
    @contextmanager
    def use(
        self, kind: str, model_id: str, *, config_key: str | None = None, exclusive: bool = True, **options: Any
    ) -> Iterator[Any]:
        """Yield the model, loaded and on the device; it is not evicted until the block ends.

        With ``exclusive`` (the default) the block also owns the instance: concurrent steps that
        need the same model share one load but take turns running it.

        Args:
            kind: loader kind (``wan_vace``, ``diffusers``, ``qwen2_5_vl`` or a registered one).
            model_id: Hub id, local path, or ``tiny:...``.
            config_key: the config setting that named the model, quoted if it is missing.
            **options: loader options; part of the key (different options, different instance).
        """
        entry = self._acquire(kind, model_id, options, config_key)
        if exclusive:
            entry.run_lock.acquire()
        try:
            yield entry.obj
        finally:
            if exclusive:
                entry.run_lock.release()
            with self._lock:
                entry.leases -= 1
                entry.last_used = time.monotonic()

    def get(self, kind: str, model_id: str, *, config_key: str | None = None, **options: Any) -> Any:
        """The model, loaded and on the device, without holding it (it may be evicted later)."""
        with self.use(kind, model_id, config_key=config_key, exclusive=False, **options) as obj:
            return obj

    def register_loader(self, kind: str, loader: Loader) -> None:
        self.loaders[kind] = loader

    def loaded(self) -> dict[str, dict[str, Any]]:
        """What is resident: ``kind:model_id`` -> location, bytes, leases."""
        with self._lock:
            return {_name(k): {"location": e.location, "bytes": e.nbytes, "leases": e.leases}
                    for k, e in self._entries.items()}

    def device_bytes(self) -> int:
        with self._lock:
            return sum(e.nbytes for e in self._entries.values() if e.location == "device")

    def clear(self) -> None:
        """Drop every idle model."""
        with self._lock:
            for key in [k for k, e in self._entries.items() if e.leases == 0]:
                self._drop(key)

    # -- internals --------------------------------------------------------------------------
    def _acquire(self, kind: str, model_id: str, options: Mapping[str, Any], config_key: str | None) -> _Entry:
        if kind not in self.loaders:
            raise UserError(f"no model loader for kind {kind!r}; known kinds: {', '.join(sorted(self.loaders))}")
        key: Key = (kind, model_id, tuple(sorted(options.items())))
        while True:
            with self._lock:
                entry = self._entries.get(key)
                if entry is not None:
                    entry.leases += 1
                    entry.last_used = time.monotonic()
                    self.stats.hits += 1
                    if entry.location == "host":
                        try:
                            self._make_room(entry.nbytes, keep=key)
                            self._move(entry, "device")
                            self.stats.restores += 1
                        except BaseException:
                            entry.leases -= 1
                            raise
                    return entry
                pending = self._loading.get(key)
                if pending is None:
                    pending = Future()
                    self._loading[key] = pending
                    break
            pending.result()  # another thread is loading it: wait, then take it (or re-raise its error)
        try:
            entry = self._load(key, options, config_key)
        except BaseException as exc:
            with self._lock:
                self._loading.pop(key, None)
            pending.set_exception(exc)
            raise
        with self._lock:
            self._loading.pop(key, None)
        pending.set_result(None)
        return entry

    def _load(self, key: Key, options: Mapping[str, Any], config_key: str | None) -> _Entry:
        kind, model_id, _ = key
        start = time.perf_counter()
        extra = {"config_key": config_key} if config_key else {}
        with _BUILD_LOCK:
            obj = self.loaders[kind](model_id, device=self.device, dtype=self.torch_dtype, **options, **extra)
        nbytes = model_bytes(obj)
        with self._lock:
            entry = _Entry(key=key, obj=obj, nbytes=nbytes, location="host", leases=1)
            self._make_room(nbytes, keep=key)
            self._move(entry, "device")
            self._entries[key] = entry
            name = _name(key)
            self.stats.loads[name] = self.stats.loads.get(name, 0) + 1
            self.stats.load_seconds[name] = self.stats.load_seconds.get(name, 0.0) + time.perf_counter() - start
        log.info("loaded %s (%.1f MiB) on %s in %.2fs", _name(key), nbytes / 2**20, self.device,
                 time.perf_counter() - start)
        return entry

    def _make_room(self, nbytes: int, *, keep: Key) -> None:
        """Evict least recently used idle models until ``nbytes`` more fit the device budget."""
        victims = sorted((e for k, e in self._entries.items() if e.location == "device" and e.leases == 0
                          and k != keep), key=lambda e: e.last_used)
        for victim in victims:
            if self.device_bytes() + nbytes <= self.memory_budget_bytes:
                break
            if self.device != "cpu" and victim.nbytes <= self.offload_budget_bytes:
                self._move(victim, "host")
                self.stats.offloads += 1
                log.info("offloaded %s to cpu", _name(victim.key))
                self._trim_host()
            else:
                self._drop(victim.key)
        if self.device_bytes() + nbytes > self.memory_budget_bytes:
            log.warning("model pool over budget: %.1f MiB in use + %.1f MiB needed > %.1f MiB budget "
                        "(the rest is in use)", self.device_bytes() / 2**20, nbytes / 2**20,
                        self.memory_budget_bytes / 2**20)

    def _trim_host(self) -> None:
        """Drop the least recently used offloaded models until the host budget holds."""
        parked = sorted((e for e in self._entries.values() if e.location == "host" and e.leases == 0),
                        key=lambda e: e.last_used)
        for entry in parked:
            if sum(e.nbytes for e in self._entries.values() if e.location == "host") <= self.offload_budget_bytes:
                break
            self._drop(entry.key)

    def _move(self, entry: _Entry, where: str) -> None:
        if self.device != "cpu":
            entry.obj.to(self.device if where == "device" else "cpu")
        entry.location = where

    def _drop(self, key: Key) -> None:
        self._entries.pop(key, None)
        self.stats.drops += 1
        log.info("dropped %s from the model pool", _name(key))
        gc.collect()
        if self.device.startswith("cuda"):
            import torch

            torch.cuda.empty_cache()


def _name(key: Key) -> str:
    return f"{key[0]}:{key[1]}"
