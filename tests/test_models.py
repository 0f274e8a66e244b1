"""ModelPool: lazy single load, reuse, LRU eviction under a budget, concurrency, missing models."""

from __future__ import annotations

import threading
import time

import pytest
import torch

from unison_agent.config import load_config
from unison_agent.contracts.errors import ModelNotFoundError, UserError
from unison_agent.runtime.pool import ModelPool, auto_dtype, model_bytes


def _linear_loader(calls: list[str], *, delay: float = 0.0, size: int = 64):
    def load(model_id: str, *, device, dtype, **_):
        calls.append(model_id)
        time.sleep(delay)
        return torch.nn.Linear(size, size).to(dtype)  # (size*size + size) * 4 bytes in float32

    return load


def test_lazy_load_once_and_reuse():
    calls: list[str] = []
    pool = ModelPool(device="cpu", loaders={"lin": _linear_loader(calls)})
    assert pool.loaded() == {}
    a = pool.get("lin", "m1")
    b = pool.get("lin", "m1")
    assert a is b and calls == ["m1"]
    assert pool.stats.loads == {"lin:m1": 1} and pool.stats.hits == 1
    assert pool.loaded()["lin:m1"]["bytes"] == model_bytes(a) == (64 * 64 + 64) * 4


def test_options_are_part_of_the_key():
    calls: list[str] = []
    pool = ModelPool(device="cpu", loaders={"lin": _linear_loader(calls)})
    assert pool.get("lin", "m", variant="a") is not pool.get("lin", "m", variant="b")
    assert len(calls) == 2


def test_lru_eviction_under_small_budget():
    calls: list[str] = []
    one = (64 * 64 + 64) * 4
    pool = ModelPool(device="cpu", memory_budget_bytes=2 * one + 10, loaders={"lin": _linear_loader(calls)})
    pool.get("lin", "a")
    pool.get("lin", "b")
    pool.get("lin", "a")  # a is now more recently used than b
    pool.get("lin", "c")  # needs room: b (least recently used) goes
    assert set(pool.loaded()) == {"lin:a", "lin:c"}
    assert pool.stats.drops == 1
    pool.get("lin", "b")  # loads again; a is now the LRU
    assert calls == ["a", "b", "c", "b"]
    assert set(pool.loaded()) == {"lin:c", "lin:b"}
    assert pool.device_bytes() <= pool.memory_budget_bytes


def test_models_in_use_are_not_evicted():
    calls: list[str] = []
    one = (64 * 64 + 64) * 4
    pool = ModelPool(device="cpu", memory_budget_bytes=one + 10, loaders={"lin": _linear_loader(calls)})
    with pool.use("lin", "a") as a:
        with pool.use("lin", "b"):
            assert set(pool.loaded()) == {"lin:a", "lin:b"}  # over budget, but both are held
        assert pool.loaded()["lin:a"]["leases"] == 1
        assert isinstance(a, torch.nn.Linear)
    pool.get("lin", "c")
    assert set(pool.loaded()) == {"lin:c"}


class _Movable:
    """A model whose moves are recorded (stands in for an accelerator-resident pipeline)."""

    def __init__(self) -> None:
        self.model = torch.nn.Linear(64, 64)
        self.moves: list[str] = []

    def to(self, device: str) -> _Movable:
        self.moves.append(str(device))
        return self


def test_offload_to_host_then_drop_on_accelerator_pool():
    """With an accelerator device, eviction first parks a model on the CPU, and drops it when the
    host budget is full."""
    made: dict[str, _Movable] = {}
    one = (64 * 64 + 64) * 4
    pool = ModelPool(device="accel", dtype="float32", memory_budget_bytes=one + 10, offload_budget_bytes=one + 10,
                     loaders={"lin": lambda mid, **kw: made.setdefault(mid, _Movable())})
    pool.get("lin", "a")
    pool.get("lin", "b")
    assert pool.loaded()["lin:a"]["location"] == "host" and pool.stats.offloads == 1
    assert made["a"].moves == ["accel", "cpu"]
    pool.get("lin", "c")  # b goes to host; a cannot stay there too (host budget), so it is dropped
    assert "lin:a" not in pool.loaded() and pool.loaded()["lin:b"]["location"] == "host"
    pool.get("lin", "b")  # restored from host, not reloaded
    assert list(made) == ["a", "b", "c"] and pool.stats.restores == 1
    assert pool.loaded()["lin:b"]["location"] == "device" and made["b"].moves == ["accel", "cpu", "accel"]


def test_concurrent_requests_load_once():
    calls: list[str] = []
    pool = ModelPool(device="cpu", loaders={"lin": _linear_loader(calls, delay=0.3)})
    results: list[object] = []
    barrier = threading.Barrier(4)

    def worker():
        barrier.wait()
        results.append(pool.get("lin", "shared"))

    threads = [threading.Thread(target=worker) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert calls == ["shared"]
    assert len(results) == 4 and all(r is results[0] for r in results)


def test_concurrent_waiters_get_the_loader_error():
    def failing(model_id, **_):
        time.sleep(0.2)
        raise ModelNotFoundError(f"model {model_id!r} missing")

    pool = ModelPool(device="cpu", loaders={"x": failing})
    errors: list[BaseException] = []

    def worker():
        try:
            pool.get("x", "nope")
        except BaseException as exc:
            errors.append(exc)

    threads = [threading.Thread(target=worker) for _ in range(3)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len(errors) == 3 and all(isinstance(e, ModelNotFoundError) for e in errors)
    assert pool.loaded() == {}


def test_missing_hub_model_is_a_clear_error(monkeypatch):
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    pool = ModelPool(device="cpu")
    with pytest.raises(ModelNotFoundError) as info:
        pool.get("wan_vace", "nobody/no-such-wan-model", config_key="tools.image_gen.model")
    msg = str(info.value)
    assert "'nobody/no-such-wan-model'" in msg and "Hugging Face cache" in msg
    assert "huggingface-cli download nobody/no-such-wan-model" in msg and "tools.image_gen.model" in msg
    assert "Traceback" not in msg


def test_missing_local_model_names_the_path(tmp_path):
    pool = ModelPool(device="cpu")
    missing = tmp_path / "weights" / "qwen"
    with pytest.raises(ModelNotFoundError, match="local path") as info:
        pool.get("qwen2_5_vl", str(missing))
    assert str(missing) in str(info.value)


def test_unknown_tiny_model_and_unknown_kind():
    pool = ModelPool(device="cpu")
    with pytest.raises(ModelNotFoundError, match=r"tiny:wan2\.1-vace"):
        pool.get("wan_vace", "tiny:nope")
    with pytest.raises(UserError, match="known kinds"):
        pool.get("no_such_kind", "x")


def test_device_dtype_auto_and_override():
    assert auto_dtype("cpu") == "float32" and auto_dtype("mps") == "float16"
    pool = ModelPool()
    assert pool.device in ("cuda", "mps", "cpu")
    pool = ModelPool(device="cpu", dtype="bf16")
    assert pool.torch_dtype is torch.bfloat16
    with pytest.raises(UserError, match="dtype"):
        ModelPool(device="cpu", dtype="float8")


def test_from_config():
    cfg = load_config(profile="tiny", env={}, overrides={"memory_budget_gb": 0.5})
    pool = ModelPool.from_config(cfg)
    assert pool.memory_budget_bytes == 1 << 29 and pool.dtype_name == "float32"


def test_one_instance_is_run_by_one_step_at_a_time():
    """Steps share one load but take turns: pipelines keep per-call state."""
    calls: list[str] = []
    pool = ModelPool(device="cpu", loaders={"lin": _linear_loader(calls)})
    active, overlaps = [0], [0]
    guard = threading.Lock()

    def step() -> None:
        with pool.use("lin", "a"):
            with guard:
                active[0] += 1
                overlaps[0] = max(overlaps[0], active[0])
            time.sleep(0.05)
            with guard:
                active[0] -= 1

    threads = [threading.Thread(target=step) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert overlaps[0] == 1
    assert len(calls) == 1
    # without exclusivity (read-only use) callers may overlap
    with pool.use("lin", "a"), pool.use("lin", "a", exclusive=False):
        pass


def test_loads_of_different_models_take_turns_so_seeded_builds_keep_their_weights():
    """Tiny models seed torch's global RNG and then build; two builds at once (parallel plan steps
    needing different models) drew from one RNG and got other weights than their seed's."""

    def seeded(model_id: str, **_):
        torch.manual_seed(0)
        time.sleep(0.05)  # another thread's build would draw from the RNG here
        return torch.nn.Linear(8, 8)

    expected = seeded("alone").weight.detach().clone()
    pool = ModelPool(device="cpu", loaders={"seeded": seeded})
    barrier = threading.Barrier(4)
    built: dict[str, torch.Tensor] = {}

    def worker(name: str) -> None:
        barrier.wait()
        built[name] = pool.get("seeded", name).weight.detach()

    threads = [threading.Thread(target=worker, args=(f"m{i}",)) for i in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert sorted(built) == ["m0", "m1", "m2", "m3"]
    assert all(torch.equal(w, expected) for w in built.values())
