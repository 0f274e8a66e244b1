"""Rare words shared with a plugin task or an outside capability (``rare_words``, the sparse half of the
router's score). The tilt-shift task and its requests are written for this test, not taken from a benchmark."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from unison_agent.contracts.tasks import TaskSpec
from unison_agent.planner.embedded import EmbeddedPlanner
from unison_agent.planner.embedded.rare_words import WordRarity, stems

TILT_SHIFT = TaskSpec.one_input(
    "image", name="tilt_shift", output="image",
    description="Give a photo a tilt-shift miniature look: one band in focus, the rest blurred.",
    examples=("tilt-shift <image 0>", "make <image 0> look like a miniature model", "fake miniature effect on <image 0>"))


def stem(word: str) -> str:
    (only,) = stems(word)
    return only


@pytest.fixture(scope="module")
def planner() -> EmbeddedPlanner:
    return EmbeddedPlanner()


def test_rarity_is_zero_for_a_word_every_request_uses_and_one_for_a_word_none_does() -> None:
    words = WordRarity.count(["make a cat <image 0>", "make a dog", "make a bird"])
    assert words.docs == 3 and words.counts[stem("make")] == 3 and "image" not in words.counts
    assert words.rarity(stem("make")) == 0.0
    assert words.rarity(stem("zebra")) == pytest.approx(1.0)
    assert 0.0 < words.rarity(stem("cat")) < 1.0
    assert words.shared(stems("a zebra and a cat"), stems("cats, zebras and lions")) == pytest.approx(1.0 + words.rarity(stem("cat")))


def test_stems_leave_out_placeholders_and_meet_plurals() -> None:
    assert stems("Loops of <video 0>") == frozenset({"loop"})
    assert stems("calories") == stems("calorie")


def test_the_count_round_trips_through_its_file(tmp_path: Path) -> None:
    words = WordRarity.count(["remove the sky", "add a sky"])
    words.save(tmp_path, "two requests")
    assert WordRarity.load(tmp_path) == words
    assert WordRarity.load(tmp_path / "missing") is None


def test_the_shipped_planner_weighs_rare_words(planner: EmbeddedPlanner) -> None:
    scope = planner.scope
    assert scope.words is not None and scope.words.docs > 1000
    assert scope.thresholds.lexical_weight > 0
    assert scope.words.rarity(stem("make")) < 0.3 < 0.9 < scope.words.rarity(stem("tilt"))


def test_a_rare_word_shared_with_a_plugin_task_routes_the_request(planner: EmbeddedPlanner) -> None:
    scope = planner.scope
    text = "give the street in <image 0> that tilt-shift toy town look"
    shipped = scope.thresholds
    try:
        scope.thresholds = replace(shipped, lexical_weight=0.0)
        dense = scope.judge([text], {"tilt_shift": TILT_SHIFT}, set())[0]
    finally:
        scope.thresholds = shipped
    hybrid = scope.judge([text], {"tilt_shift": TILT_SHIFT}, set())[0]
    assert (dense.kind, hybrid.kind, hybrid.task) == ("builtin", "plugin", "tilt_shift")
    bonus = hybrid.scores["plugin_words"]
    assert bonus == pytest.approx(shipped.lexical_weight * scope.words.shared(stems(text), stems("tilt-shift miniature")), abs=0.05)
    assert hybrid.scores["plugin"] == pytest.approx(dense.scores["plugin"] + bonus, abs=1e-4)
    # the calibration scores texts the same way the router does
    index = scope.index({"tilt_shift": TILT_SHIFT})
    _, plugin, _ = scope.scores(scope.embed([text]), index, [text])
    assert float(plugin[0, 0]) == pytest.approx(hybrid.scores["plugin"], abs=1e-4)


@pytest.mark.parametrize("text", ["make the sky in <image 0> more orange", "<image 0> what colour is the car?",
                                  "blur the background of <image 0> behind the dog"])
def test_ordinary_requests_stay_built_in_beside_the_plugin_task(planner: EmbeddedPlanner, text: str) -> None:
    verdict = planner.scope.judge([text], {"tilt_shift": TILT_SHIFT}, set())[0]
    assert verdict.kind == "builtin", verdict.scores
