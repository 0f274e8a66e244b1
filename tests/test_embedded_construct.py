"""Plan construction from (hand-made) model outputs: every task and role, multi-step, multi-turn."""

from __future__ import annotations

from typing import Any

import pytest
from fixtures.embedded import planning_records

from unison_agent.contracts.context import PlanContext
from unison_agent.contracts.history import History, TurnRecord
from unison_agent.contracts.registry import Registry
from unison_agent.contracts.request import Attachment, Request
from unison_agent.planner.base import finalize
from unison_agent.planner.embedded.construct import MetaSpan, Prediction, build_plan, uses_attachments
from unison_agent.planner.embedded.features import gold_role_targets, render_record
from unison_agent.planner.embedded.labels import MAX_STEPS, Signature, role_slots, signature_of_gold
from unison_agent.runtime.artifacts import Artifact


def oracle(record: dict[str, Any]) -> Prediction:
    """What a perfect model would output for ``record``."""
    rendered = render_record(record)
    slots = role_slots()
    roles = [dict(zip(slots, row, strict=True)) for row in gold_role_targets(record, rendered)]
    spans = []
    for start, end, label, step in rendered.spans:
        probs = [1.0 if i == step else 0.0 for i in range(MAX_STEPS)]
        spans.append(MetaSpan(text=rendered.text[start:end], label=label, step_probs=probs, start=start))
    sig = signature_of_gold(record["gold"], parallel=record["parallel"])
    return Prediction(signatures=[(sig, 1.0)], role_probs=roles, spans=spans)


def request_of(record: dict[str, Any]) -> Request:
    atts = [Attachment(index=i, path=f"/x/{a['name']}", kind=a["kind"], inline=a["inline"]) for i, a in enumerate(record["attachments"])]
    return Request(text=render_record(record).text, raw_text=record["text"], attachments=atts)


def history_of(record: dict[str, Any]) -> History:
    turns = []
    for i, h in enumerate(record["history"]):
        arts = [Artifact(id=f"{i:02d}" + "ab" * 31, kind=k, path=f"/x/{i}.{k}", step="s0") for k in h["outputs"]]  # type: ignore[call-arg]
        turns.append(TurnRecord(index=i, text=h["text"], plan={"steps": [{"id": "s0"}]}, outputs={"s0": arts}))
    return History(turns=turns)


ROLE_ARG = {"mask": "mask", "reference": "reference", "control": "control", "first_frame": "first_frame", "last_frame": "last_frame"}


def expected_ref(value: Any, plan_ids: list[str]) -> str:
    if isinstance(value, int):
        return f"$input.{value}"
    if value.startswith("t-"):
        return f"$turn.-{value[2:]}"
    return f"${plan_ids[int(value[1:])]}"


@pytest.mark.parametrize("record", planning_records(), ids=lambda r: r["id"])
def test_oracle_outputs_build_the_gold_plan(record: dict[str, Any], embedded_registry: Registry) -> None:
    pred = oracle(record)
    raw = build_plan(pred.signatures[0][0], pred, render_record(record), context=PlanContext(registry=embedded_registry))
    assert raw is not None
    hist = history_of(record)
    plan = finalize(raw, PlanContext.for_request(embedded_registry, request_of(record), history=hist))
    assert [s.task for s in plan.steps] == [g["task"] for g in record["gold"]]
    ids = [s.id for s in plan.steps]
    for step, gold in zip(plan.steps, record["gold"], strict=True):
        args = step.args
        for role, value in gold.items():
            if role == "source":
                arg = "video" if step.task.startswith("video") else "image"
                assert args[arg] == expected_ref(value, ids)
            elif role in ROLE_ARG:
                got = args[role][0] if isinstance(args[role], list) else args[role]
                assert got == expected_ref(value, ids)
        assert ("prompt" in args) != ("question" in args)
        if "height" in gold:
            assert abs(args["height"] - gold["height"]) <= 16 and args["width"] >= args["height"]
        if "width" in gold:
            assert abs(args["width"] - gold["width"]) <= 16
        if "seconds" in gold:
            assert abs(args["num_frames"] / args["fps"] - gold["seconds"]) <= 0.35
        if "ratio" in gold:
            assert abs(args["width"] / args["height"] - gold["ratio"]) / gold["ratio"] <= 0.05
        if "orient" in gold:
            assert (args["height"] > args["width"]) == (gold["orient"] == "portrait")
        if not any(k in gold for k in ("height", "width", "ratio", "orient", "seconds")):
            assert not {"width", "height", "num_frames", "fps"} & set(args)


def test_unfillable_signature_is_refused(embedded_registry: Registry) -> None:
    rec = planning_records()[0]  # no attachments
    pred = oracle(rec)
    assert build_plan(Signature.parse("image_edit"), pred, render_record(rec), context=PlanContext(registry=embedded_registry)) is None


def test_required_role_falls_back_to_the_best_compatible_placeholder(embedded_registry: Registry) -> None:
    rec = next(r for r in planning_records() if r["id"] == "r08")
    pred = oracle(rec)
    pred.role_probs = [{(0, "source"): 0.2}]  # the model was unsure: still the only image
    raw = build_plan(Signature.parse("image_understanding"), pred, render_record(rec), context=PlanContext(registry=embedded_registry))
    assert raw is not None and raw["steps"][0]["args"]["image"] == "$input.0"


def test_video_span_goes_to_the_video_step(embedded_registry: Registry) -> None:
    rec = next(r for r in planning_records() if r["id"] == "r17")
    pred = oracle(rec)
    pred.spans[0].step_probs = [0.9, 0.1, 0.0, 0.0]  # wrongly on the image step: durations only fit videos
    raw = build_plan(pred.signatures[0][0], pred, render_record(rec), context=PlanContext(registry=embedded_registry))
    assert raw is not None
    assert "num_frames" not in raw["steps"][0]["args"] and raw["steps"][1]["args"]["num_frames"] == 33


@pytest.mark.parametrize(("text", "phrase"), [
    ("paint a fox and animate the painting into a 720p clip", "720p"),  # the noun after the phrase
    ("paint a fox, then turn it into a clip in 16:9", "16:9"),  # a new result's noun before it
    ("paint a fox, then turn it into a short looping clip in 16:9", "16:9"),  # the noun with its modifiers
])
def test_a_size_goes_to_the_result_its_noun_names(embedded_registry: Registry, text: str, phrase: str) -> None:
    from unison_agent.planner.embedded.features import render_input

    rendered = render_input(text, [], [])
    start = text.index(phrase)
    # the model put the size on the image step; the phrase says it sizes the clip
    pred = Prediction(signatures=[], role_probs=[],
                      spans=[MetaSpan(text=phrase, label="resolution" if "p" in phrase else "ratio",
                                      step_probs=[0.8, 0.2, 0.0, 0.0], start=start)])
    sig = Signature.parse("text_to_image ; image_to_video first_frame=s0")
    raw = build_plan(sig, pred, rendered, context=PlanContext(registry=embedded_registry))
    assert raw is not None
    assert "width" not in raw["steps"][0]["args"] and "width" in raw["steps"][1]["args"]


def test_a_size_beside_an_earlier_result_is_left_to_the_model(embedded_registry: Registry) -> None:
    from unison_agent.planner.embedded.features import render_input

    text = "paint a fox in 16:9, then animate that image in 16:9"  # "that image" is the painting, not a new result
    rendered = render_input(text, [], [])
    start = text.rindex("16:9")
    pred = Prediction(signatures=[], role_probs=[],
                      spans=[MetaSpan(text="16:9", label="ratio", step_probs=[0.8, 0.2, 0.0, 0.0], start=start)])
    raw = build_plan(Signature.parse("text_to_image ; image_to_video first_frame=s0"), pred, rendered,
                     context=PlanContext(registry=embedded_registry))
    assert raw is not None and "width" in raw["steps"][0]["args"]


def _two_image_request() -> Any:
    from unison_agent.planner.embedded.features import render_request

    atts = [Attachment(index=i, path=f"/x/{n}", kind="image", inline=True) for i, n in enumerate(("cat.png", "m.png"))]
    return render_request(Request(text="make the sky in <image 0> stormy, only inside <image 1>", raw_text="x", attachments=atts), None)


def test_unused_attachment_goes_to_the_open_role_the_model_rates_highest(embedded_registry: Registry) -> None:
    rendered = _two_image_request()
    pred = Prediction(signatures=[(Signature.parse("image_edit"), 1.0)],
                      role_probs=[{(0, "source"): 0.9}, {(0, "mask"): 0.3, (0, "reference"): 0.1, (0, "source"): 0.4}])
    raw = build_plan(Signature.parse("image_edit"), pred, rendered, context=PlanContext(registry=embedded_registry))
    assert raw is not None  # source is taken by <image 0>: the mask (0.3) beats the reference (0.1)
    assert raw["steps"][0]["args"]["image"] == "$input.0" and raw["steps"][0]["args"]["mask"] == "$input.1"
    assert uses_attachments(raw, rendered)


def test_plan_without_any_attachment_is_not_preferred(embedded_registry: Registry) -> None:
    rendered = _two_image_request()
    raw = build_plan(Signature.parse("text_to_image"), Prediction(signatures=[], role_probs=[{}, {}]), rendered,
                     context=PlanContext(registry=embedded_registry))
    assert raw is not None and not uses_attachments(raw, rendered)


@pytest.mark.parametrize(("text", "expected"), [
    ("what is the man holding in <image 0>?", "what is the man holding in the image?"),  # the sentence needs its object
    ("Describe what is happening in <video 0>", "Describe what is happening in the video"),
    ("write the word HELLO across <image 0>", "write the word HELLO across the image"),
    ("draw a rainbow over <image 0>.", "draw a rainbow over the image."),
    ("<image 0> what is this?", "what is this?"),  # a file at the edge, outside the sentence
    ("make the sky stormy <image 0>", "make the sky stormy"),
    ("what is in this photo <image 0>?", "what is in this photo?"),  # the noun names the file already
    ("turn my old photo (<image 0>) into a painting", "turn my old photo into a painting"),
])
def test_text_for_a_tool_keeps_a_file_the_sentence_needs(text: str, expected: str) -> None:
    from unison_agent.planner.embedded.construct import text_for_tool
    from unison_agent.planner.embedded.features import render_input

    kinds = ["video" if "<video" in text else "image"]
    assert text_for_tool(render_input(text, kinds, [])) == expected


@pytest.mark.parametrize(("text", "word", "noun"), [
    ("turn this portrait into a clay sculpture", "portrait", True),
    ("paint a portrait of a king", "portrait", True),
    ("the landscape behind her", "landscape", True),
    ("make a portrait video of a dancer", "portrait", False),  # a format word follows
    ("a landscape short vid of a train", "landscape", False),
    ("a fox, portrait", "portrait", False),  # no determiner: the shape
])
def test_an_orientation_word_after_a_determiner_is_a_noun(text: str, word: str, noun: bool) -> None:
    from unison_agent.planner.embedded.construct import orientation_noun

    start = text.index(word)
    assert orientation_noun(text, start, start + len(word)) is noun
