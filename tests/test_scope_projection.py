"""The scope projection: identity until trained, stored and applied everywhere the scope scores, and its recipe."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
import torch

from unison_agent.planner.embedded.projection import PROJECTION_FILE, Projection
from unison_agent.planner.embedded.runtime import DEFAULT_WEIGHTS_DIR
from unison_agent.planner.embedded.scope import Scope
from unison_agent.training.scope_recipe import split_capabilities, train
from unison_agent.training.scope_tasks import CAPABILITIES, capability_queries

BENCH_TASKS = {"upscale_image", "interpolate_frames", "overlay_text", "remove_background", "denoise_video",
               "colorize_image", "stabilize_video", "extract_frame"}


def test_an_untrained_projection_is_the_identity_and_survives_save_and_load(tmp_path: Path) -> None:
    torch.manual_seed(0)
    v = torch.nn.functional.normalize(torch.randn(5, 384), dim=-1)
    proj = Projection()
    assert torch.allclose(proj(v), v, atol=1e-6)
    with torch.no_grad():
        proj.up.weight.normal_(std=0.1)
    proj.save(tmp_path / PROJECTION_FILE, {"note": "test"})
    loaded = Projection.load(tmp_path / PROJECTION_FILE)
    assert loaded is not None
    assert torch.allclose(loaded(v), proj(v), atol=1e-6)
    assert not torch.allclose(loaded(v), v, atol=1e-3)
    assert Projection.load(tmp_path / "missing.safetensors") is None


@pytest.fixture(scope="module")
def weights_copy(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("weights") / "w"
    shutil.copytree(DEFAULT_WEIGHTS_DIR, out)
    (out / PROJECTION_FILE).unlink(missing_ok=True)
    return out


def test_the_scope_scores_in_the_projected_space_when_the_weights_carry_one(weights_copy: Path) -> None:
    plain = Scope.for_weights(weights_copy)
    torch.manual_seed(1)
    proj = Projection(rank=4)
    with torch.no_grad():
        proj.up.weight.normal_(std=0.2)
    proj.save(weights_copy / PROJECTION_FILE, {})
    try:
        projected = Scope.for_weights(weights_copy)
    finally:
        (weights_copy / PROJECTION_FILE).unlink()
    texts = ["upscale <image 0> 2x", "make a red car"]
    raw = plain.embed(texts)
    assert torch.allclose(projected.embed_raw(texts), raw, atol=1e-5)
    assert torch.allclose(projected.embed(texts), proj(raw), atol=1e-5)
    assert torch.allclose(projected.bank, proj(plain.bank), atol=1e-4)  # the stored bank is in the base space
    assert not torch.allclose(projected._outside.protos, plain._outside.protos, atol=1e-3)  # so are the fixed groups


def test_training_capabilities_stay_apart_from_the_benchmark_and_their_queries_from_their_examples() -> None:
    names = {c.name for c in CAPABILITIES}
    assert not names & BENCH_TASKS
    from unison_agent.training.routing_data import CAL_TASKS

    assert not names & {t.name for t in CAL_TASKS}
    trained, held = split_capabilities(6)
    assert len(held) == 6 and not {c.name for c in trained} & {c.name for c in held}
    import random

    for cap in CAPABILITIES:
        queries = capability_queries(cap, random.Random(0), 20)
        assert all("{" not in q for q in queries), cap.name
        assert not {q.lower().strip(".") for q in queries} & {e.lower().strip(".").format(
            i="<image 0>", i1="<image 1>", v="<video 0>", v1="<video 1>") for e in cap.examples}, cap.name


def test_the_recipe_lowers_the_episode_loss_and_reports_held_out_routing(weights_copy: Path) -> None:
    scope = Scope.for_weights(weights_copy)
    proj, report = train(scope, steps=60, rank=8, holdout=4, n_bank=150, n_ordinary=150, n_dev=100)
    assert float(report["loss_last_tenth"]) < float(report["loss_first_tenth"])  # type: ignore[arg-type]
    assert set(report["held_out"]).isdisjoint(report["trained_on"])  # type: ignore[arg-type]
    assert {"margin", "held_out_routed"} <= set(report["projected"])  # type: ignore[arg-type]
    assert not torch.allclose(proj.up.weight, torch.zeros_like(proj.up.weight))
