"""Ray backend benchmarks: overhead per step against the local backend, scale-out, recovery.

Run: ``.venv/bin/python bench/bench_ray.py [--repeat 30]`` (starts a local Ray with 2 CPUs).

Prints:
- overhead: the median time of a one-step plan (``Agent.execute``, real SQLite checkpointer) and
  of the step alone (its ``started_at`` -> ``finished_at``), local vs Ray, for a no-op tool
  (target: Ray adds <= 20 ms per step) and for a tiny-profile ``edit`` step (Wan2.1-VACE, 64x64
  out) with a 1 MB PNG input;
- scale-out: 16 independent steps of a tool that sleeps 0.5 s with 1, 2 and 4 replicas: wall
  time and the ratio ideal / wall, ideal = 16 x 0.5 s / replicas (target >= 0.8);
- recovery: a replica is killed 0.3 s into a 1 s step; time from the kill to the ``retrying``
  event (detection) and to the step finishing on the other replica (default retry policy,
  0.5 s before the first retry).
Replicas are started and warmed before anything is timed (model loads are not overhead). Ray
runs a replica with ``OMP_NUM_THREADS`` = its ``num_cpus`` (at least 1), so torch in a worker
uses one thread here; the local side runs with ``--threads`` torch threads (default 1, like for
like).
"""

from __future__ import annotations

import argparse
import logging
import os
import statistics
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

import numpy as np
from PIL import Image

BENCH = Path(__file__).resolve().parent
sys.path.insert(0, str(BENCH))
os.environ.setdefault("TORCHDYNAMO_DISABLE", "1")

from ray_bench_tools import bench_registry  # noqa: E402

from unison_agent.agent import Agent  # noqa: E402
from unison_agent.config import Config, load_config  # noqa: E402
from unison_agent.contracts.request import parse_request  # noqa: E402
from unison_agent.executor.backend import LOCAL  # noqa: E402
from unison_agent.runtime.pool import ModelPool  # noqa: E402

ENV = {"PYTHONPATH": os.pathsep.join([str(BENCH), os.environ.get("PYTHONPATH", "")]), "TORCHDYNAMO_DISABLE": "1"}


def config(home: Path, **ray: Any) -> Config:
    table = {"registry": "ray_bench_tools:bench_registry", "num_cpus": 2, "defaults": {"num_cpus": 0},
             "runtime_env": {"env_vars": ENV}, **ray}
    return load_config(profile="tiny", env={}, overrides={"home": str(home), "executor": {"backend": "ray"}, "ray": table})


def one_step(tool: str, task: str, args: dict[str, Any]) -> dict[str, Any]:
    return {"steps": [{"id": "s", "task": task, "tool": tool, "args": args}]}


def timed(agents: list[Agent], plan: dict[str, Any], request: Any, repeat: int) -> list[tuple[float, float]]:
    """Per agent, median ms of the whole ``execute`` and of the step alone. The agents take
    turns run by run, so a change in the machine's load hits both alike. Ray's cache of
    uploaded inputs is emptied before each run, so every run sends its input again."""
    whole: list[list[float]] = [[] for _ in agents]
    step: list[list[float]] = [[] for _ in agents]
    for _ in range(repeat):
        for i, agent in enumerate(agents):
            if agent.backend.name == "ray":
                agent.backend.objects.clear()  # type: ignore[attr-defined]
            t0 = time.perf_counter()
            result = agent.execute(plan, request)
            whole[i].append(time.perf_counter() - t0)
            assert result.ok, result.summary()
            s = result.steps[0]
            step[i].append((s.finished_at or 0) - (s.started_at or 0))
    return [(statistics.median(w) * 1e3, statistics.median(s) * 1e3) for w, s in zip(whole, step, strict=True)]


def overhead(home: Path, repeat: int) -> None:
    registry = bench_registry()
    big = home / "big.png"
    Image.fromarray(np.random.default_rng(0).integers(0, 255, (580, 580, 3), dtype=np.uint8)).save(big)
    cases = [("no-op", one_step("noop", "text_understanding", {"question": "q"}), parse_request("x"), repeat),
             (f"tiny edit, {big.stat().st_size / 1e6:.2f} MB PNG in",
              one_step("edit", "image_edit", {"prompt": "night", "image": "$input.0", "width": 64, "height": 64,
                                              "num_inference_steps": 2, "seed": 1}),
              parse_request(f"###{big}### night"), max(3, repeat // 3))]
    ray_cfg = config(home / "ray", groups={"all": {"tools": ["noop", "edit"]}})
    with Agent(registry=registry, config=ray_cfg) as on_ray, \
            Agent(registry=registry, config=ray_cfg.model_copy(update={"home": home / "local"}), backend=LOCAL,
                  pool=ModelPool(device="cpu", dtype="float32")) as here:
        on_ray.backend.start(["noop"])  # type: ignore[attr-defined]
        import torch

        print(f"overhead (median ms; local torch threads: {torch.get_num_threads()})"
              "\n                               local run / step    ray run / step    ray - local (step)")
        for label, plan, request, n in cases:
            timed([here, on_ray], plan, request, 1)  # warm: models load, caches fill
            (local_run, local_step), (ray_run, ray_step) = timed([here, on_ray], plan, request, n)
            print(f"  {label:28s} {local_run:8.1f} / {local_step:7.1f}  {ray_run:8.1f} / {ray_step:7.1f}"
                  f"    {ray_step - local_step:+8.1f} ms   (n={n})")
        on_ray.backend.close()  # type: ignore[attr-defined]  # frees the worker's models for what follows


def scale_out(home: Path) -> None:
    registry = bench_registry()
    plan = {"steps": [{"id": f"s{i}", "task": "text_understanding", "tool": "sleep",
                       "args": {"question": str(i), "seconds": 0.5}} for i in range(16)]}
    print("scale-out: 16 x 0.5 s sleep steps   wall s   ideal s   ideal / wall")
    for replicas in (1, 2, 4):
        cfg = config(home / f"scale{replicas}", tools={"sleep": {"replicas": replicas}})
        with Agent(registry=registry, config=cfg) as agent:
            agent.backend.start(["sleep"])  # type: ignore[attr-defined]
            agent.execute(one_step("sleep", "text_understanding", {"question": "warm"}), "warm")
            walls = []
            for _ in range(3):
                t0 = time.perf_counter()
                result = agent.execute(plan, "sixteen sleeps")
                walls.append(time.perf_counter() - t0)
                assert result.ok, result.summary()
            wall = statistics.median(walls)
            ideal = 16 * 0.5 / replicas
            print(f"  {replicas} replica(s)                      {wall:6.2f}   {ideal:6.2f}     {ideal / wall:5.2f}")
            agent.backend.close()  # type: ignore[attr-defined]


def recovery(home: Path, rounds: int = 3) -> None:
    import ray

    registry = bench_registry()
    cfg = config(home / "recovery", tools={"sleep": {"replicas": 2}})
    print("recovery: replica killed 0.3 s into a 1 s step   kill->retrying   kill->finished   finished-on")
    with Agent(registry=registry, config=cfg) as agent:
        agent.backend.start(["sleep"])  # type: ignore[attr-defined]
        for _ in range(rounds):
            marks: dict[str, float] = {}

            def on_event(event: dict[str, Any], marks: dict[str, float] = marks) -> None:
                if event["event"] == "placed" and "kill" not in marks:
                    actor = ray.get_actor(event["worker"]["replica"], namespace=cfg.ray.namespace)

                    def kill() -> None:
                        marks["kill"] = time.perf_counter()
                        ray.kill(actor, no_restart=False)

                    threading.Timer(0.3, kill).start()
                elif event["event"] == "retrying":
                    marks["retrying"] = time.perf_counter()

            result = agent.execute(one_step("sleep", "text_understanding", {"question": "q", "seconds": 1.0}), "x",
                                   on_event=on_event)
            end = time.perf_counter()
            step = result.steps[0]
            assert step.ok and step.attempts == 2, step
            print(f"  attempt 2 on {step.outputs[0].metadata['placement']['replica']:38s}"
                  f" {marks['retrying'] - marks['kill']:6.2f} s        {end - marks['kill']:6.2f} s")
            agent.backend.start(["sleep"])  # type: ignore[attr-defined]  # the killed replica is back
            time.sleep(1.0)
        agent.backend.close()  # type: ignore[attr-defined]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--repeat", type=int, default=30)
    parser.add_argument("--only", choices=["overhead", "scale", "recovery"], default=None)
    parser.add_argument("--threads", type=int, default=1, help="torch threads of the local backend")
    args = parser.parse_args()
    import torch

    torch.set_num_threads(args.threads)
    logging.basicConfig(level=logging.WARNING)
    with tempfile.TemporaryDirectory() as tmp:
        home = Path(tmp)
        if args.only in (None, "overhead"):
            overhead(home, args.repeat)
        if args.only in (None, "scale"):
            scale_out(home)
        if args.only in (None, "recovery"):
            recovery(home)


if __name__ == "__main__":
    main()
