"""Planning in a session: the request decides the task, history only resolves what it points at.
A test per pattern, planned from batch records with ``history`` (no tools run)."""

from __future__ import annotations

from typing import Any

import pytest

from unison_agent.contracts.registry import Registry
from unison_agent.planner.base import Planner
from unison_agent.planner.evaluation import plan_record
from unison_agent.planner.references import refers_back

QUESTION = {"text": "<image 0> what color is this?", "attachments": ["image"], "outputs": ["text"]}
CAT = {"text": "make a 64x64 image of a cat", "outputs": ["image"]}
DOG = {"text": "make a 64x64 image of a dog", "outputs": ["image"]}
ANIMATED = {"text": "animate it for 1 second", "outputs": ["video"]}


@pytest.fixture
def planner(shipped_planner: Planner) -> Planner:
    return shipped_planner


def planned(planner: Planner, registry: Registry, text: str, history: list[dict[str, Any]]) -> list[tuple[str, dict[str, str]]]:
    out = plan_record(planner, {"id": "x", "text": text, "history": history}, registry=registry)
    assert "plan" in out, out
    return [(s["task"], {k: v for k, v in s["args"].items() if isinstance(v, str) and v.startswith("$")})
            for s in out["plan"]["steps"]]


@pytest.mark.parametrize(("text", "expected"), [
    ("make a 64x64 image of a boat", False),
    ("Create a 480P image of a boat on a lake", False),
    ("a cat sitting on a mat, watercolor", False),
    ("now animate it for 1 second", True),
    ("what animal is in the first image?", True),
    ("make it brighter", True),
    ("describe the video from before", True),
    ("change the sky to purple", True),
    ("do that again but in blue", True),
    ("make a short clip starting from the edited version", True),
    ("summarise the clp you just generated", True),
    ("draw the final scene of a play", False),
])
def test_refers_back(text: str, expected: bool) -> None:
    assert refers_back(text) is expected


@pytest.mark.parametrize(("history", "text"), [
    ([QUESTION], "make a 64x64 image of a boat"),
    ([QUESTION], "Create a 480P image of a boat on a lake"),
    ([CAT, ANIMATED], "make a 64x64 image of a dog"),
])
def test_a_new_request_after_other_turns_is_planned_as_new(planner: Planner, embedded_registry: Registry,
                                                          history: list[dict[str, Any]], text: str) -> None:
    assert planned(planner, embedded_registry, text, history) == [("text_to_image", {})]


def test_it_is_the_last_output(planner: Planner, embedded_registry: Registry) -> None:
    assert planned(planner, embedded_registry, "now animate it for 1 second", [CAT]) == [
        ("image_to_video", {"first_frame": "$turn.-1"})]
    assert planned(planner, embedded_registry, "make it brighter", [CAT]) == [("image_edit", {"image": "$turn.-1"})]


def test_a_question_about_an_earlier_output_is_understanding_on_it(planner: Planner, embedded_registry: Registry) -> None:
    assert planned(planner, embedded_registry, "what is in the picture?", [CAT]) == [
        ("image_understanding", {"image": "$turn.-1"})]
    assert planned(planner, embedded_registry, "what animal is in the first image?", [CAT, DOG]) == [
        ("image_understanding", {"image": "$turn.-2"})]


def test_it_after_a_question_turn_is_that_turns_attachment(planner: Planner, embedded_registry: Registry) -> None:
    """An earlier turn's attachment is something to point at: "it" after a question about a photo."""
    (step,) = planned(planner, embedded_registry, "now animate it for 1 second", [QUESTION])
    assert step[0] == "image_to_video" and step[1]["first_frame"].startswith("$artifact.")
    (step,) = planned(planner, embedded_registry, "what animal is in the first image?", [QUESTION, CAT])
    assert step[0] == "image_understanding" and step[1]["image"].startswith("$artifact.")


def test_a_real_session_remembers_its_attachments(shipped_planner: Planner, make_agent: Any, tmp_path: Any) -> None:
    """Through the agent: turn 0 asks about an attached photo, turn 1 animates "it" (the stored photo)."""
    from PIL import Image

    Image.new("RGB", (32, 32), (200, 30, 30)).save(tmp_path / "cat.png")
    agent = make_agent(shipped_planner, input_roots=[tmp_path])
    first = agent.run(f"###{tmp_path / 'cat.png'}### what color is this?", session="q1")
    assert first.ok and agent.history("q1").turns[0].inputs[0].kind == "image"
    stored = agent.history("q1").turns[0].inputs[0]
    second = agent.run("now animate it for 1 second", session="q1")
    (step,) = second.plan["steps"] if second.plan else []
    assert step["task"] == "image_to_video" and step["args"]["first_frame"] == f"$artifact.{stored.id}"
    assert second.ok


@pytest.mark.parametrize("text", ["summarize the clip", "describe it", "what happens in the video?"])
def test_a_question_about_an_earlier_output_is_answered(planner: Planner, embedded_registry: Registry, text: str) -> None:
    """A request that only asks is an understanding step, whatever else the history could suggest."""
    assert planned(planner, embedded_registry, text, [CAT, ANIMATED]) == [("video_understanding", {"video": "$turn.-1"})]


def test_the_answer_rule_turns_a_made_step_into_a_look_at_the_named_output() -> None:
    from unison_agent.planner.evaluation import batch_history
    from unison_agent.planner.references import answer_about_earlier

    history = batch_history([{**CAT, "outputs": [{"step": "s0", "kind": "image"}]},
                             {**ANIMATED, "outputs": [{"step": "s0", "kind": "video"}]}])
    made = {"version": "1", "steps": [{"id": "s0", "task": "image_to_video", "tool": "video_gen",
                                       "args": {"first_frame": "$turn.-2"}}]}
    tool = lambda task: ("vqa", "question")  # noqa: E731
    asked = answer_about_earlier(made, "describe the picture", history, tool)
    assert asked["steps"] == [{"id": "s0", "task": "image_understanding", "tool": "vqa",
                               "args": {"image": "$turn.-2", "question": "describe the picture"}}]
    for acting in ("describe the picture and animate it", "use the picture as the first frame", "<image 0> describe it"):
        assert answer_about_earlier(made, acting, history, tool) is made, acting


def test_the_video_is_the_video_turn(planner: Planner, embedded_registry: Registry) -> None:
    assert planned(planner, embedded_registry, "describe the video", [CAT, ANIMATED]) == [
        ("video_understanding", {"video": "$turn.-1"})]
    assert planned(planner, embedded_registry, "what is in the picture?", [CAT, ANIMATED]) == [
        ("image_understanding", {"image": "$turn.-2"})], "the picture is the image turn"


def test_unison_plan_in_a_session_after_a_run(tmp_path: Any, monkeypatch: pytest.MonkeyPatch,
                                              capsys: pytest.CaptureFixture[str]) -> None:
    """From the CLI: a real turn, then `unison plan --session` plans the follow-ups against it."""
    import json

    from unison_agent.cli import main

    monkeypatch.setenv("UNISON_HOME", str(tmp_path / "home"))
    assert main(["run", "make a 64x64 image of a cat", "--session", "s1", "--profile", "tiny", "--json"]) == 0
    capsys.readouterr()
    assert main(["plan", "now animate it for 1 second", "--session", "s1", "--profile", "tiny", "--json"]) == 0
    (step,) = json.loads(capsys.readouterr().out)["steps"]
    assert step["task"] == "image_to_video" and step["args"]["first_frame"] == "$turn.-1"
    assert step["args"]["prompt"] == "a cat, animated"
    assert main(["plan", "make a 64x64 image of a dog", "--session", "s1", "--profile", "tiny", "--json"]) == 0
    (step,) = json.loads(capsys.readouterr().out)["steps"]
    assert step["task"] == "text_to_image" and "$" not in json.dumps(step["args"])


BIKE = {"text": "make a picture of a bicycle", "outputs": ["image"]}
QUESTION_TEXT = {"text": "what is the capital of Peru?", "outputs": ["text"]}


@pytest.mark.parametrize(("text", "expected"), [
    # six turns back: beyond the turns the planner reads, found by its place among the session's images
    ("describe the second picture", [("image_understanding", {"image": "$turn.-5"})]),
    ("animate the first image for 1 second", [("image_to_video", {"first_frame": "$turn.-6"})]),
    ("what happens in the first video?", [("video_understanding", {"video": "$turn.-4"})]),
])
def test_an_output_named_by_its_order_is_found_however_long_ago(planner: Planner, embedded_registry: Registry,
                                                                 text: str, expected: list[Any]) -> None:
    session = [CAT, DOG, ANIMATED, BIKE, QUESTION_TEXT, QUESTION_TEXT]
    assert planned(planner, embedded_registry, text, session) == expected


def test_an_order_among_attached_files_is_left_to_the_attachments() -> None:
    from unison_agent.contracts.history import History, TurnRecord
    from unison_agent.planner.references import ordinal_focus
    from unison_agent.runtime.artifacts import Artifact

    turns = [TurnRecord(index=k, text="x", plan={"steps": [{"id": "s0"}]},
                        outputs={"s0": [Artifact(id=f"{k:02d}" + "ab" * 31, kind="image", path=f"/o/{k}", step="s0")]})  # type: ignore[call-arg]
             for k in range(3)]
    assert ordinal_focus("describe the second picture", History(turns=turns), []) == (1, "")
    assert ordinal_focus("describe the second picture", History(turns=turns), ["image"]) is None  # an attached one
    assert ordinal_focus("describe the fourth picture", History(turns=turns), []) is None  # the session made three
    assert ordinal_focus("compare the first and the second picture", History(turns=turns), []) is None  # two named
