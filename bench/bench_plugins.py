"""Example plugins benchmark: what each of the four example plugins costs, and how much the frame
interpolator's optical flow buys over a plain cross-fade.

usage:
  python bench/bench_plugins.py [--repeats 3]

Prints, on this machine's CPU (median of ``--repeats``):
- frame interpolation: seconds per 832x480 frame pair (flow both ways + one in-between frame) and
  per extra in-between frame of the same pair; the mean squared error of the middle frame against
  the true render of a textured patch moving 8 px (flow vs cross-fade);
- background removal and text overlay: seconds on a 1024x1024 image;
- upscaling: seconds for Lanczos (the labelled fallback) on 256x256 x4; the diffusion model's cost
  depends on the checkpoint and device and is not measured here (the tiny test model's is meaningless).
The plugins are imported from ``examples/`` directly (no install needed).
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

import numpy as np
from PIL import Image

ROOT = Path(__file__).resolve().parents[1]
for d in ("unison-frame-interpolator", "unison-background-remover", "unison-text-overlay"):
    sys.path.insert(0, str(ROOT / "examples" / d))


def timed(fn: Callable[[], object], repeats: int) -> float:
    times = []
    for _ in range(repeats):
        started = time.perf_counter()
        fn()
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def moving_patch(x: int, patch: np.ndarray, shape: tuple[int, int], *, x2: int | None = None) -> np.ndarray:
    """A gradient background with ``patch`` at column ``x`` (and a second copy, flipped, at ``x2``)."""
    h, w = shape
    yy, xx = np.mgrid[0:h, 0:w]
    frame = np.stack([xx * 0.25, yy * 0.4, np.full_like(xx, 120.0)], -1).astype(np.float32)
    ph, pw = patch.shape[:2]
    frame[(h - ph) // 3:(h - ph) // 3 + ph, x:x + pw] = patch
    if x2 is not None:
        frame[2 * h // 3:2 * h // 3 + ph, x2:x2 + pw] = patch[::-1]
    return frame


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--repeats", type=int, default=3)
    args = parser.parse_args()
    from unison_background_remover import foreground_alpha
    from unison_frame_interpolator.flow import interpolate_pair_factory
    from unison_text_overlay import overlay

    rng = np.random.default_rng(0)
    patch = rng.uniform(0, 255, (64, 64, 3)).astype(np.float32)
    a, b, truth = (moving_patch(x, patch, (480, 832)) for x in (300, 308, 304))
    flow = interpolate_pair_factory("flow")
    pair_s = timed(lambda: flow(a, b)(0.5), args.repeats)
    at = flow(a, b)
    extra_s = timed(lambda: at(0.25), args.repeats)
    print(f"frame interpolation, 832x480: {pair_s:.2f} s per frame pair (flow both ways + 1 frame), "
          f"{extra_s:.2f} s per further in-between frame")
    blend = interpolate_pair_factory("blend")
    cases = {"one textured patch moving 8 px": (a, b, truth),
             "two patches moving 24 px in opposite directions": tuple(
                 moving_patch(300 + d, patch, (480, 832), x2=500 - d) for d in (0, 24, 12))}
    for name, (f0, f1, mid) in cases.items():
        mse_flow = float(np.mean((flow(f0, f1)(0.5) - mid) ** 2))
        mse_blend = float(np.mean((blend(f0, f1)(0.5) - mid) ** 2))
        print(f"  middle frame, {name}: MSE {mse_flow:.2f} (flow) vs {mse_blend:.2f} (cross-fade)")

    photo = Image.fromarray(rng.integers(0, 255, (1024, 1024, 3), dtype=np.uint8))
    print(f"background removal, 1024x1024: {timed(lambda: foreground_alpha(photo), args.repeats):.2f} s")
    print(f"text overlay, 1024x1024: {timed(lambda: overlay(photo, 'Grand opening, Saturday 10am'), args.repeats):.2f} s")
    small = photo.resize((256, 256))
    lanczos_s = timed(lambda: small.resize((1024, 1024), Image.Resampling.LANCZOS), args.repeats)
    print(f"upscale fallback (Lanczos), 256x256 x4: {lanczos_s:.3f} s")


if __name__ == "__main__":
    main()
