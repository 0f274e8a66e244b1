"""Dense optical flow (pyramidal Lucas–Kanade) and flow-based in-between frames, in numpy.

``lucas_kanade(a, b)`` returns ``F`` with ``b(x + F(x)) ≈ a(x)`` (pixels, (H, W, 2) as dx, dy).
Each pyramid level refines the flow from the coarser one: warp ``b`` back by the current flow,
solve the 2x2 Lucas–Kanade system in a box window per pixel (with a Tikhonov term, so flat regions
get no update instead of noise), smooth. ``pair(a, b)`` gives ``at(t)``, the frame at time t in
(0, 1): Super SloMo's approximation F_t0 = -(1-t)t F01 + t² F10, F_t1 = (1-t)² F01 - t(1-t) F10,
both neighbours sampled along them and blended with weights 1-t and t.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np

FLOW_SIDE = 512  # flow is computed at most this many pixels on the long side, then scaled up
LEVELS = 4
ITERATIONS = 4
WINDOW = 7
RIDGE = 1e-2  # Tikhonov weight, relative to the mean gradient energy

Pair = Callable[[np.ndarray, np.ndarray], Callable[[float], np.ndarray]]


def interpolate_pair_factory(method: str) -> Pair:
    return _flow_pair if method == "flow" else _blend_pair


def _blend_pair(a: np.ndarray, b: np.ndarray) -> Callable[[float], np.ndarray]:
    return lambda t: (1 - t) * a + t * b


def _flow_pair(a: np.ndarray, b: np.ndarray) -> Callable[[float], np.ndarray]:
    ga, gb = _gray(a), _gray(b)
    f01 = _full_res_flow(ga, gb)
    f10 = _full_res_flow(gb, ga)

    def at(t: float) -> np.ndarray:
        ft0 = -(1 - t) * t * f01 + t * t * f10
        ft1 = (1 - t) ** 2 * f01 - t * (1 - t) * f10
        return (1 - t) * warp(a, ft0) + t * warp(b, ft1)

    return at


def _gray(rgb: np.ndarray) -> np.ndarray:
    return rgb @ np.array([0.299, 0.587, 0.114], dtype=np.float32)


def _full_res_flow(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    """Flow at ``a``'s resolution, computed on a copy no larger than ``FLOW_SIDE``."""
    h, w = a.shape
    step = max(1, int(np.ceil(max(h, w) / FLOW_SIDE)))
    if step == 1:
        return lucas_kanade(a, b)
    small = lucas_kanade(_shrink(a, step), _shrink(b, step)) * step
    big = np.repeat(np.repeat(small, step, axis=0), step, axis=1)[:h, :w]
    pad = ((0, h - big.shape[0]), (0, w - big.shape[1]), (0, 0))
    return np.pad(big, pad, mode="edge")


def lucas_kanade(a: np.ndarray, b: np.ndarray, *, levels: int = LEVELS, iterations: int = ITERATIONS,
                 window: int = WINDOW) -> np.ndarray:
    """Dense flow ``F`` (H, W, 2) with ``b(x + F(x)) ≈ a(x)``, coarse to fine."""
    pyr_a, pyr_b = [a.astype(np.float32)], [b.astype(np.float32)]
    while len(pyr_a) < levels and min(pyr_a[-1].shape) >= 2 * window:
        pyr_a.append(_shrink(pyr_a[-1], 2))
        pyr_b.append(_shrink(pyr_b[-1], 2))
    flow = np.zeros((*pyr_a[-1].shape, 2), dtype=np.float32)
    for level in range(len(pyr_a) - 1, -1, -1):
        la, lb = pyr_a[level], pyr_b[level]
        if flow.shape[:2] != la.shape:
            flow = _grow(flow, la.shape) * 2
        gy, gx = (np.asarray(g, dtype=np.float32) for g in np.gradient(la))
        ridge = RIDGE * float(np.mean(gx * gx + gy * gy)) * window * window + 1e-6
        sxx, syy, sxy = (_box(v, window) for v in (gx * gx, gy * gy, gx * gy))
        sxx, syy = sxx + ridge, syy + ridge
        det = sxx * syy - sxy * sxy
        for _ in range(iterations):
            diff = warp(lb[..., None], flow)[..., 0] - la
            sxt, syt = _box(gx * diff, window), _box(gy * diff, window)
            flow[..., 0] -= (syy * sxt - sxy * syt) / det
            flow[..., 1] -= (sxx * syt - sxy * sxt) / det
            flow = np.stack([_box(flow[..., 0], 3), _box(flow[..., 1], 3)], axis=-1)
    return flow


def warp(img: np.ndarray, flow: np.ndarray) -> np.ndarray:
    """``img`` (H, W, C) sampled bilinearly at ``x + flow(x)`` (clamped at the border)."""
    h, w = img.shape[:2]
    ys, xs = np.mgrid[0:h, 0:w].astype(np.float32)
    x = np.clip(xs + flow[..., 0], 0, w - 1)
    y = np.clip(ys + flow[..., 1], 0, h - 1)
    x0, y0 = np.floor(x).astype(int), np.floor(y).astype(int)
    x1, y1 = np.minimum(x0 + 1, w - 1), np.minimum(y0 + 1, h - 1)
    fx, fy = (x - x0)[..., None], (y - y0)[..., None]
    top = img[y0, x0] * (1 - fx) + img[y0, x1] * fx
    bottom = img[y1, x0] * (1 - fx) + img[y1, x1] * fx
    out: np.ndarray = top * (1 - fy) + bottom * fy
    return out


def _box(v: np.ndarray, size: int) -> np.ndarray:
    """Mean over a ``size`` x ``size`` window (an integral image; edges replicated)."""
    r = size // 2
    p = np.pad(v, r, mode="edge")
    c = np.pad(p.cumsum(0).cumsum(1), ((1, 0), (1, 0)))
    h, w = v.shape
    s = c[size:size + h, size:size + w] - c[:h, size:size + w] - c[size:size + h, :w] + c[:h, :w]
    out: np.ndarray = s / (size * size)
    return out


def _shrink(v: np.ndarray, step: int) -> np.ndarray:
    """Downsample by ``step`` with a box average (edges padded to a whole number of blocks)."""
    h, w = v.shape
    ph, pw = -h % step, -w % step
    p = np.pad(v, ((0, ph), (0, pw)), mode="edge")
    out: np.ndarray = p.reshape(p.shape[0] // step, step, p.shape[1] // step, step).mean(axis=(1, 3))
    return out


def _grow(flow: np.ndarray, shape: tuple[int, ...]) -> np.ndarray:
    """Upsample a flow field 2x (nearest, then a light smoothing) to ``shape``."""
    big = np.repeat(np.repeat(flow, 2, axis=0), 2, axis=1)
    pad = ((0, max(0, shape[0] - big.shape[0])), (0, max(0, shape[1] - big.shape[1])), (0, 0))
    big = np.pad(big, pad, mode="edge")[: shape[0], : shape[1]]
    return np.stack([_box(big[..., 0], 3), _box(big[..., 1], 3)], axis=-1)
