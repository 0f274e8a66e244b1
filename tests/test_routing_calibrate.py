"""How the routing calibration picks its refusal margins (on made-up rows; the real ones come from the planner) and keeps
the vectors stored beside the bank current."""

from __future__ import annotations

from unison_agent.training.routing_calibrate import refusal_margins, refused, routed, specialist_routed

FAR = (-1.0, -0.5, 0.5, False)  # (plugin margin, refusal margin, head probability, same job as the head's)


def test_the_margins_are_the_smallest_that_keep_ordinary_refusals_in_budget() -> None:
    rows = [[FAR] for _ in range(97)] + [[(-1.0, 0.10, 0.999, False)], [(-1.0, 0.10, 0.999, False)], [(-1.0, 0.0, 0.5, False)]]
    r, s = refusal_margins(rows, 0.02)
    assert refused(rows, r, r) <= 0.02 and refused(rows, r, s) <= 0.01
    assert refused(rows, r - 0.005, r - 0.005) > 0.02  # a step smaller is over the budget
    assert s > r  # the two requests the head is sure of need the larger margin


def test_the_refusal_margin_grows_when_unsure_heads_alone_are_over_half_the_budget() -> None:
    # two unsure requests at 0.0 are over half of a 3 % budget whatever the sure margin: the refusal
    # margin must pass them (before, the calibration stopped with StopIteration here)
    rows = [[FAR] for _ in range(97)] + [[(-1.0, 0.0, 0.5, False)], [(-1.0, 0.0, 0.5, False)], [(-1.0, 0.10, 0.999, False)]]
    r, s = refusal_margins(rows, 0.03)
    assert r > 0.0 and refused(rows, r, s) <= 0.015


def test_a_request_counts_once_whatever_its_parts() -> None:
    rows = [[(0.1, -1.0, 0.5, False), (0.2, -1.0, 0.5, False)], [FAR]]
    assert routed(rows, 0.0) == 0.5


def test_specialist_routes_count_only_what_the_route_margin_would_not_route() -> None:
    rows = [[(-0.03, -1.0, 0.5, True)],  # a specialist at -0.05, not at -0.02
            [(-0.03, -1.0, 0.5, False)],  # another job: never a specialist
            [(-0.03, -1.0, 0.5, True), (0.01, -1.0, 0.5, False)],  # routed anyway by its other part
            [FAR]]
    assert specialist_routed(rows, 0.0, -0.05) == 0.25
    assert specialist_routed(rows, 0.0, -0.02) == 0.0


def test_changed_outside_texts_re_embed_only_the_vectors_beside_the_bank(tmp_path, monkeypatch) -> None:
    import shutil

    from safetensors import safe_open

    from unison_agent.planner.embedded import outside, scope
    from unison_agent.planner.embedded.runtime import DEFAULT_WEIGHTS_DIR
    from unison_agent.training import routing_calibrate

    weights = tmp_path / "weights"
    shutil.copytree(DEFAULT_WEIGHTS_DIR, weights)
    sc = scope.Scope.for_weights(weights)
    assert routing_calibrate.refresh_fixed(sc, weights) is False  # the shipped bank is current
    with safe_open(str(weights / scope.BANK_FILE), "pt") as f:
        bank, fixed = f.get_tensor("bank"), f.get_tensor("fixed")
    grown = (*outside.OUTSIDE[:-1], (outside.OUTSIDE[-1][0], (*outside.OUTSIDE[-1][1], "Reboot the router.")))
    monkeypatch.setattr(outside, "OUTSIDE", grown)
    monkeypatch.setattr(scope, "OUTSIDE", grown)
    assert routing_calibrate.refresh_fixed(sc, weights) is True
    with safe_open(str(weights / scope.BANK_FILE), "pt") as f:
        assert f.metadata()["fixed_key"] == scope.fixed_key()
        assert (f.get_tensor("bank") == bank).all() and f.get_tensor("fixed").size(0) == fixed.size(0) + 1
