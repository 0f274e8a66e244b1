"""The scope's action probe: its data, its fitting and threshold, and (shipped weights) what it refuses and when it
stands aside."""

from __future__ import annotations

import pytest
import torch
from fixtures.embedded import full_registry
from fixtures.plugin_tasks import plan_of, request_of
from pydantic import BaseModel, ConfigDict, Field

from unison_agent.contracts.context import PlanContext
from unison_agent.contracts.errors import UnsupportedRequestError
from unison_agent.contracts.tasks import TaskSpec
from unison_agent.contracts.tool import Tool, ToolContext, ToolOutput
from unison_agent.planner.embedded import EmbeddedPlanner
from unison_agent.planner.embedded.action import CAPABILITY, ActionProbe, opening
from unison_agent.planner.embedded.withdraw import asks_about_file
from unison_agent.training import action_lexicon as A  # noqa: N812
from unison_agent.training.action_data import _split, samples
from unison_agent.training.action_probe import fit, score, threshold_for, worst


def test_samples_are_seeded_and_calibration_frames_are_never_fitted() -> None:
    assert samples("train", per_frame=2, seed=5) == samples("train", per_frame=2, seed=5)
    for frames in [*A.ACTIONS.values(), A.WORDS]:
        assert set(_split(frames, "cal")).isdisjoint(_split(frames, "train"))
        assert set(_split(frames, "cal")) | set(_split(frames, "train")) == set(frames)
    train = samples("train", per_frame=3, seed=5)
    assert {s.domain for s in train if s.acts} == set(A.ACTIONS)
    assert {s.domain for s in train if not s.acts} == {"words"}  # text about actions
    # the asked-about twins ("how do I pay my phone bill myself?"), measured and not shipped (BENCHMARKS)
    twins = [s for s in samples("train", per_frame=3, seed=5, about=True) if s.domain == "about"]
    assert twins and not any(s.acts for s in twins)
    assert all("{" not in s.text for s in train)


def test_opening_words_skip_politeness_and_attachments() -> None:
    assert opening("Could you please text Mum that I'm late?") == "text Mum that I'm"
    assert opening("hey, <image 0> post this to my page") == "post this to my"


def test_the_threshold_keeps_ordinary_requests_within_budget() -> None:
    torch.manual_seed(0)
    pos, neg = torch.randn(200, 8) + 3.0, torch.randn(400, 8) - 3.0
    net = fit(torch.cat([pos, neg]), torch.cat([torch.ones(200), torch.zeros(400)]), hidden=8, epochs=150)
    ordinary = score(net, torch.randn(300, 8) - 3.0)
    t = threshold_for(ordinary, 0.02)
    assert float((ordinary >= t).float().mean()) <= 0.02
    assert float((score(net, torch.randn(100, 8) + 3.0) >= t).float().mean()) > 0.9
    # a request counts once: its worst judged text
    assert worst(torch.tensor([0.1, 0.9, 0.2]), [0, 0, 1], 2).tolist() == pytest.approx([0.9, 0.2])


def test_weights_without_a_probe_load_none(tmp_path) -> None:
    assert ActionProbe.load(tmp_path) is None


@pytest.fixture(scope="module")
def planner(shipped_planner: EmbeddedPlanner) -> EmbeddedPlanner:
    return shipped_planner



def test_the_shipped_weights_carry_a_calibrated_probe(planner: EmbeddedPlanner) -> None:
    probe = planner.scope.action
    assert probe is not None and 0.5 <= probe.threshold < 1.0
    assert probe.figures["generator_dev_false_refusal"] <= 0.02


@pytest.mark.parametrize(("text", "part"), [
    ("pay my electricity bill", "bill"),
    ("put <image 0> up on my facebook page", "facebook"),
    # the domains added with the second lexicon: live data, scanning codes, speaking aloud
    ("what's the score in the Celtic game right now?", "score"),
    ("scan the QR code in <image 0> and pay the bill", "QR code"),
    ("read the note <image 0> out loud", "out loud"),
])
def test_actions_on_other_services_are_refused(planner: EmbeddedPlanner, text: str, part: str) -> None:
    with pytest.raises(UnsupportedRequestError) as caught:
        plan_of(planner, full_registry(), text)
    assert part in caught.value.part and caught.value.nearest


@pytest.mark.parametrize(("text", "capability"), [
    ("turn down the heating in the bedroom", "running code and devices"),
    ("compose a jazz track for my party", "music and sound"),
    # no outside capability close enough (cosine < NAME_FLOOR): the probe's own words
    ("print a chess knight on my 3D printer", CAPABILITY),
])
def test_a_refusal_by_the_probe_names_a_close_outside_capability(planner: EmbeddedPlanner, text: str, capability: str) -> None:
    with pytest.raises(UnsupportedRequestError) as caught:
        plan_of(planner, full_registry(), text)
    assert caught.value.capability == capability


def test_the_acting_part_of_a_chain_is_the_one_named(planner: EmbeddedPlanner) -> None:
    with pytest.raises(UnsupportedRequestError) as caught:
        plan_of(planner, full_registry(), "paint a lighthouse at dusk, then share it on instagram")
    assert "instagram" in caught.value.part and "lighthouse" not in caught.value.part


@pytest.mark.parametrize("text", [
    "write a short text to my brother saying the train is late",
    "how do I turn off notifications on an android phone?",
    # asks for words, whatever they are about: never refused (``compose.asks_for_words``)
    "draft an email to my bank asking them to freeze my card",
    # asks how to do it: the user acts, the answer is instructions (``compose.asks_how``)
    "How can I set up autopay for my phone bill?",
    # a word problem is one question; judged by parts, "then he paid 12" read as a payment
    "Sam had 50 dollars, then he paid 12 for lunch and then got 5 back. How much money does he have now?",
    # a sum about a bill, not paying it: computing is text work (the probe alone refuses it)
    "My water bill went from $40 to $52. What percentage increase is that?",
    # code and explanations are words, whatever they are about (refused as audio, frame extraction and 3D before)
    "Write a shell one-liner that converts every wav in a folder to mp3",
    "give me the ffmpeg command to turn a video into a gif",
    "explain what a mesh is in 3D modelling",
    "how does noise cancelling in headphones work?",
    # explanations and general knowledge, whatever they are about
    "why does my phone battery drain faster in the cold?",
    "what's the difference between a PDF and a Word file when printing?",
    "what paperwork do landlords usually ask for from a new tenant?",
    # advice: the probe reads "this weekend", "tonight" as plans to act on
    "what should I do this weekend in Ghent?",
    "run me through the git commands to squash my last three commits",
    "what should we cook tonight with leftover rice?",
    "outline a twenty-minute talk on backing up family photos",
    "write a report on last month's support tickets: 40 opened, 35 closed",
    # knowledge, not live data
    "what is the weather usually like in Oslo in May?",
    "how much does the Celtic stadium hold?",
])
def test_words_about_actions_are_ordinary_text_work(planner: EmbeddedPlanner, text: str) -> None:
    assert [s.task for s in plan_of(planner, full_registry(), text).steps] == ["text_understanding"]


class SendArgs(BaseModel):
    model_config = ConfigDict(extra="forbid")
    text: str = Field(description="The message to send.")


class Messenger(Tool):
    """A test plugin that says it can message people: with it installed, messaging is planned, not refused."""

    name = "messenger"
    description = "Send a chat message to a contact."
    tasks = ("send_message",)
    args_model = SendArgs
    declares = (TaskSpec(name="send_message", output="text",
                         description="Send a message to a person through a chat or messaging app.",
                         examples=("Text Anna that I'm on my way.", "Send Tom a WhatsApp message saying hi.",
                                   "Message my team on Slack that the build passed.")),)

    def run(self, args: BaseModel, ctx: ToolContext) -> ToolOutput:
        return f"sent: {args.text}"  # type: ignore[attr-defined]


def test_a_plugin_that_acts_takes_its_actions_and_only_those(planner: EmbeddedPlanner) -> None:
    text = "message Priya on signal that the keys are under the mat"
    with pytest.raises(UnsupportedRequestError):
        plan_of(planner, full_registry(), text)
    reg = full_registry()
    reg.register(Messenger())
    assert [(s.task, s.tool) for s in plan_of(planner, reg, text).steps] == [("send_message", "messenger")]
    with pytest.raises(UnsupportedRequestError):  # an action, but not the messenger's
        plan_of(planner, reg, "pay my electricity bill")


def test_a_question_about_an_attached_file_is_not_an_action(planner: EmbeddedPlanner) -> None:
    """The probe reads "open late on fridays" as live data; the question asks what the picture shows."""
    text = "is the pharmacy in <image 0> open late on fridays, going by the sign?"
    req = request_of(text)
    (_, verdict), = planner.explain(req, PlanContext.for_request(full_registry(), req))["judged"]
    assert verdict.scores["file_question"] == 1.0 and planner.scope.action is not None
    assert verdict.scores["action"] >= planner.scope.action.threshold  # the probe alone would refuse it
    assert [s.task for s in plan_of(planner, full_registry(), text).steps] == ["image_understanding"]


@pytest.mark.parametrize("text", ["can you send <image 0> to my sister?", "<image 0> post this on my instagram"])
def test_asking_about_a_file_is_a_question_not_a_request(text: str) -> None:
    assert not asks_about_file(text)
    assert asks_about_file("what does the sign in <image 0> say?")
    assert asks_about_file("is my cactus rotting? the base looks like this <image 0>")
    assert asks_about_file("can you read the serial number on <image 0>")


def test_asking_how_with_a_file_is_still_refused(planner: EmbeddedPlanner) -> None:
    """With a file the user wants it done to that file: "how do I add music to <video 0>?" is not a text question."""
    with pytest.raises(UnsupportedRequestError, match="music"):
        plan_of(planner, full_registry(), "how do I add background music to <video 0>?")
