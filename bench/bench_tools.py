"""Benchmarks of the built-in tools on the tiny profile (CPU, no download). Prints figures.

1. Wrapper overhead: ``video_gen`` (text_to_video) against calling the same tiny
   ``WanVACEPipeline`` directly with the same inputs, writing the same MP4 (and, for reference,
   the bare pipeline call). Median of interleaved runs after a warm-up, in wall time and in
   process CPU time (all threads; steadier on a shared machine). Target: ratio < 1.05.
   Also the wrapper's own time inside the tool call (everything but the pipeline call).
2. Pool reuse: two requests that need the same model through a fresh pool: load count and
   the time each request spent loading.

Run: ``.venv/bin/python bench/bench_tools.py [--runs 5] [--size 64] [--frames 17] [--steps 4]``
"""

from __future__ import annotations

import argparse
import os
import statistics
import tempfile
import time
from pathlib import Path

os.environ.setdefault("TORCHDYNAMO_DISABLE", "1")
os.environ.setdefault("HF_HUB_OFFLINE", "1")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--size", type=int, default=64)
    parser.add_argument("--frames", type=int, default=17)
    parser.add_argument("--steps", type=int, default=4)
    opts = parser.parse_args()

    import torch
    from unison_tools import VideoGen

    from unison_agent.config import load_config
    from unison_agent.contracts.tool import ToolContext
    from unison_agent.runtime.artifacts import ArtifactStore
    from unison_agent.runtime.media import write_mp4
    from unison_agent.runtime.pool import ModelPool

    tmp = Path(tempfile.mkdtemp(prefix="bench-tools-"))
    config = load_config(profile="tiny", env={}, overrides={"home": str(tmp / "home")})
    store = ArtifactStore(tmp / "artifacts")
    size, frames, steps = opts.size, opts.frames, opts.steps
    args = {"prompt": "waves on a beach", "width": size, "height": size, "num_frames": frames, "fps": 16,
            "num_inference_steps": steps, "guidance_scale": 5.0, "seed": 0}

    # -- 2. pool reuse (first, so the first request really loads) ------------------------------
    pool = ModelPool(device="cpu", dtype="float32")
    tool = VideoGen()
    parsed = tool.parse_args(args)
    request_s, load_s = [], []
    for _ in range(2):
        ctx = ToolContext(task="text_to_video", step_id="s0", store=store, pool=pool, config=config)
        t = time.perf_counter()
        art = tool.run(parsed, ctx)
        request_s.append(time.perf_counter() - t)
        load_s.append(art.metadata["timings"]["load_s"])
    print("== pool reuse (tiny Wan2.1-VACE, two text_to_video requests) ==")
    print(f"loads: {pool.stats.loads}  hits: {pool.stats.hits}")
    print(f"request 1: {request_s[0]:.3f}s (loading {load_s[0]:.3f}s)")
    print(f"request 2: {request_s[1]:.3f}s (loading {load_s[1]:.4f}s)")

    # -- 1. wrapper overhead --------------------------------------------------------------------
    pipe = pool.get("wan_vace", "tiny:wan2.1-vace")

    def direct(write: bool) -> tuple[float, float]:
        t, c = time.perf_counter(), time.process_time()
        out = pipe(prompt=args["prompt"], negative_prompt=None, width=size, height=size, num_frames=frames,
                   num_inference_steps=steps, guidance_scale=5.0, generator=torch.Generator("cpu").manual_seed(0),
                   output_type="pil").frames[0]
        if write:
            write_mp4(out, tmp / "direct.mp4", fps=16)
        return time.perf_counter() - t, time.process_time() - c

    own: list[float] = []

    def wrapped() -> tuple[float, float]:
        ctx = ToolContext(task="text_to_video", step_id="s0", store=store, pool=pool, config=config,
                          on_progress=lambda e: None)
        t, c = time.perf_counter(), time.process_time()
        art = tool.run(tool.parse_args(args), ctx)
        wall = time.perf_counter() - t
        own.append(wall - art.metadata["timings"]["run_s"])
        return wall, time.process_time() - c

    direct(True), wrapped()  # warm-up
    bare, direct_write, tool_s = [], [], []
    for _ in range(opts.runs):
        bare.append(direct(False))
        direct_write.append(direct(True))
        tool_s.append(wrapped())
    print(f"== wrapper overhead (text_to_video {size}x{size}, {frames} frames, {steps} steps, "
          f"median of {opts.runs}) ==")
    for label, i in (("wall", 0), ("cpu", 1)):
        m_bare, m_direct, m_tool = (statistics.median(r[i] for r in x) for x in (bare, direct_write, tool_s))
        print(f"[{label}] pipeline only {m_bare:.3f}s | pipeline + MP4 write {m_direct:.3f}s | "
              f"video_gen tool {m_tool:.3f}s")
        print(f"[{label}] ratio tool / (pipeline + write): {m_tool / m_direct:.3f} (target < 1.05); "
              f"tool / pipeline only: {m_tool / m_bare:.3f}")
    print(f"wrapper's own time per call (checks, snapping, pool lookup, MP4 + metadata): "
          f"{statistics.median(own) * 1000:.1f} ms")


if __name__ == "__main__":
    main()
