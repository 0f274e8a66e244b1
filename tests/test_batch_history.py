"""Batch records carry `history` (schemas/batch-record.schema.json): multi-turn planning is
planned and scored without running tools."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import jsonschema
import pytest

from unison_agent.contracts.errors import UnisonError
from unison_agent.contracts.registry import Registry
from unison_agent.contracts.schemas import load_schema
from unison_agent.planner.base import Planner
from unison_agent.planner.evaluation import batch_history, plan_record, score

CAT_TURN = {"text": "make a 64x64 image of a cat", "outputs": [{"step": "s0", "kind": "image"}]}


@pytest.fixture
def planner(shipped_planner: Planner) -> Planner:
    return shipped_planner


def test_history_becomes_turns_with_outputs_by_step_and_kind() -> None:
    history = batch_history([CAT_TURN, {"text": "###a.png### what is this?", "attachments": ["image"], "outputs": ["text"]}])
    assert [t.text for t in history.turns] == [CAT_TURN["text"], "###a.png### what is this?"]
    assert history.known_refs()["$turn.0.s0"] == "image" and history.known_refs()["$turn.-1"] == "text"
    assert history.turns[1].attachments[0].kind == "image"


@pytest.mark.parametrize(("bad", "expected"), [
    ({"history": "make a cat"}, "`history` must be a list"),
    ({"history": [{"txt": "make a cat"}]}, "history[0]"),
    ({"history": [{"text": "a cat", "outputs": [{"step": "s0", "kind": "audio"}]}]}, "history[0]"),
])
def test_a_bad_history_is_an_error_naming_the_field(planner: Planner, embedded_registry: Registry,
                                                    bad: dict[str, Any], expected: str) -> None:
    out = plan_record(planner, {"id": "r1", "text": "now animate it", **bad}, registry=embedded_registry)
    assert "plan" not in out and expected in out["error"]["message"] and "r1" in out["error"]["message"]


def test_the_schema_and_the_reader_agree() -> None:
    schema = load_schema("batch-record")
    good = {"id": "a", "text": "now animate it", "history": [CAT_TURN, {"text": "hi", "outputs": ["text"]}]}
    jsonschema.validate(good, schema)
    batch_history(good["history"])
    bad = {"text": "x", "history": [{"text": "hi", "outputs": [{"kind": "audio"}]}]}
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(bad, schema)
    with pytest.raises(UnisonError):
        batch_history(bad["history"])


def test_a_follow_up_is_planned_on_the_earlier_output(planner: Planner, embedded_registry: Registry) -> None:
    out = plan_record(planner, {"id": "f", "text": "now animate it for 2 seconds", "history": [CAT_TURN]},
                      registry=embedded_registry)
    (step,) = out["plan"]["steps"]
    assert step["task"] == "image_to_video" and "$turn.-1" in json.dumps(step["args"])


def test_multi_turn_accuracy_is_scored_apart() -> None:
    gold = [
        {"id": "a", "text": "x", "gold": [{"task": "image_to_video", "first_frame": "t-1"}], "history": [CAT_TURN]},
        {"id": "b", "text": "y", "gold": [{"task": "image_to_video", "first_frame": "t-1"}], "history": [CAT_TURN]},
        {"id": "c", "text": "z", "gold": [{"task": "text_to_image"}]},
    ]
    step = {"id": "s0", "task": "image_to_video", "tool": "video_gen", "args": {"prompt": "p", "first_frame": "$turn.-1"}}
    wrong = {**step, "args": {"prompt": "p", "first_frame": "$turn.-2"}}
    preds = [{"id": "a", "plan": {"steps": [step]}}, {"id": "b", "plan": {"steps": [wrong]}},
             {"id": "c", "plan": {"steps": [{"id": "s0", "task": "text_to_image", "tool": "image_gen", "args": {}}]}}]
    m = score(gold, preds)
    assert (m.multi_turn_exact, m.multi_turn_of, m.exact) == (0.5, 2, 2 / 3)


def test_plan_batch_reads_history_lines(tmp_path: Path) -> None:
    from unison_agent.cli import main

    src, dst = tmp_path / "in.jsonl", tmp_path / "out.jsonl"
    src.write_text(json.dumps({"id": "t1", "text": "now animate it for 2 seconds", "history": [CAT_TURN]}) + "\n"
                   + json.dumps({"id": "t2", "text": "now animate it", "history": [{"text": 5}]}) + "\n")
    assert main(["plan", "--batch", str(src), "--out", str(dst)]) == 0
    lines = [json.loads(x) for x in dst.read_text().splitlines()]
    assert lines[0]["plan"]["steps"][0]["task"] == "image_to_video"
    assert "history[0]" in lines[1]["error"]["message"]
