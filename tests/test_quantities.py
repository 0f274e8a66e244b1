"""Quantities honoured or flagged, never silently changed: counts, lengths over the cap (cut with a warning, or
refused when minutes long), sizes over the caps, impossible sizes — through the shipped embedded planner and the path every caller uses."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from fixtures.embedded import plan_text
from PIL import Image

from unison_agent.contracts.context import PlanContext
from unison_agent.contracts.errors import PlannerError, UnsupportedRequestError
from unison_agent.contracts.policy import Policy
from unison_agent.contracts.registry import Registry
from unison_agent.contracts.request import parse_request
from unison_agent.planner.base import Planner, plan_request
from unison_agent.planner.quantities import impossible_sizes, requested_count, variants


@pytest.fixture
def planner(shipped_planner: Planner) -> Planner:
    return shipped_planner


plan = plan_text


@pytest.mark.parametrize(("text", "expected"), [
    ("make 20 images of a cat", (20, "image", "images")),
    ("Four logos for a bakery, in blue, yellow, pink and green", (4, "image", "logos")),
    ("generate three short clips of rain", (3, "video", "clips")),
    ("give me 2 different posters for a jazz night", (2, "image", "posters")),
    ("make an image of 20 cats", None),  # twenty cats in one picture
    ("draw one image of a fox", None),
    ("a clip of 3 dogs playing", None),
    ("10 second clip of a gardener raking autumn leaves", None),  # a length: one clip (it was ten)
    ("make 2 minute videos of waves", None),
    ("make 3 pixel images of a cat", (3, "image", "images")),
])
def test_requested_count(text: str, expected: tuple[int, str, str] | None) -> None:
    assert requested_count(text) == expected


def test_variants_and_impossible_sizes() -> None:
    assert variants("four logos for a bakery, in blue, yellow, pink and green", 4) == (
        ["blue", "yellow", "pink", "green"], "blue, yellow, pink and green")
    assert variants("three images: red, green, blue", 3) == (["red", "green", "blue"], "red, green, blue")
    assert variants("three images: red, green, blue", 4) is None
    assert impossible_sizes("a 0x0 image and a -64x-64 one") == ["0x0", "-64x-64"]
    assert impossible_sizes("a 768x480 image, 16x9, the 0x1F register") == []


def test_a_count_becomes_that_many_steps(planner: Planner, embedded_registry: Registry) -> None:
    made = plan(planner, embedded_registry, "make three images of a red fox in the snow")
    assert [s.task for s in made.steps] == ["text_to_image"] * 3
    seeds = [s.args.get("seed") for s in made.steps]
    assert seeds == [None] * 3 or len(set(seeds)) == 3, "each copy gets its own seed (or a random one)"
    assert all("three" not in str(s.args["prompt"]) for s in made.steps), "each prompt asks for one image"
    assert all(not s.dependencies for s in made.steps), "they run side by side"


def test_listed_variants_each_get_a_step(planner: Planner, embedded_registry: Registry) -> None:
    made = plan(planner, embedded_registry, "four logos for a bakery, in blue, yellow, pink and green")
    prompts = [str(s.args["prompt"]) for s in made.steps]
    assert len(prompts) == 4
    for colour, prompt in zip(["blue", "yellow", "pink", "green"], prompts, strict=True):
        others = {"blue", "yellow", "pink", "green"} - {colour}
        assert colour in prompt and not any(o in prompt for o in others), prompt
        assert "four" not in prompt and "a logo" in prompt, prompt


def test_a_count_over_the_cap_is_refused_naming_it(planner: Planner, embedded_registry: Registry) -> None:
    with pytest.raises(PlannerError, match=r"20 images; a plan may have at most 16 steps .*max_steps"):
        plan(planner, embedded_registry, "make 20 images of a cat")


@pytest.mark.parametrize("length", ["20 second", "one-minute", "90 s"])
def test_a_length_a_little_over_the_cap_is_cut_with_a_warning(planner: Planner, embedded_registry: Registry,
                                                              length: str) -> None:
    made = plan(planner, embedded_registry, f"a {length} video of waves on a beach")
    (step,) = made.steps
    assert step.task == "text_to_video"
    assert step.args["num_frames"] > 81, "the longest video allowed, not a 5 s one"
    assert len(made.warnings) == 1 and "max_frames" in made.warnings[0]


@pytest.mark.parametrize(("text", "asked", "task"), [
    ("a 10 hour video of waves on a beach", "10 h", "text_to_video"),
    ("Make a 10-minute travel documentary of our road trip along the coast", "10 min", "text_to_video"),
    ("turn ###{png}### into a 3 minute video of the tide coming in", "3 min", "image_to_video"),
    ("make a dragon, then animate it for 10 minutes", "10 min", "image_to_video"),
])
def test_a_video_minutes_long_is_refused_naming_the_length_and_the_task(
        planner: Planner, embedded_registry: Registry, text: str, asked: str, task: str, tmp_path: Path) -> None:
    Image.new("RGB", (32, 32), "teal").save(tmp_path / "tide.png")
    with pytest.raises(UnsupportedRequestError, match=rf"'a {asked} video'.*long-form video.*max_asked_video_s") as err:
        plan(planner, embedded_registry, text.format(png=tmp_path / "tide.png"))
    assert err.value.nearest == [task]


def test_a_long_video_that_is_only_talked_about_is_planned(planner: Planner, embedded_registry: Registry) -> None:
    made = plan(planner, embedded_registry, "write a script for a 10-minute video about space")
    assert [s.task for s in made.steps] == ["text_understanding"] and made.warnings == []


def test_the_longest_ask_is_a_policy_setting(planner: Planner, embedded_registry: Registry) -> None:
    request = parse_request("a 10 hour video of waves on a beach")
    context = PlanContext.for_request(embedded_registry, request)
    made = plan_request(planner, request, replace(context, policy=Policy(max_asked_video_s=36_000)))
    (step,) = made.steps
    assert step.args["num_frames"] > 81 and len(made.warnings) == 1 and "10 h" in made.warnings[0]


@pytest.mark.parametrize("size", ["4096x4096", "100000x100000"])
def test_a_size_over_the_caps_is_clamped_with_a_warning(planner: Planner, embedded_registry: Registry, size: str) -> None:
    made = plan(planner, embedded_registry, f"a {size} image of a fox")
    (step,) = made.steps
    assert step.args["width"] == step.args["height"] < 4096
    assert len(made.warnings) == 1 and f"asked for {size}" in made.warnings[0]


@pytest.mark.parametrize("size", ["0x0", "-64x-64", "0 by 480"])
def test_an_impossible_size_is_refused(planner: Planner, embedded_registry: Registry, size: str) -> None:
    with pytest.raises(PlannerError, match=rf"the size '{size}' is impossible"):
        plan(planner, embedded_registry, f"a {size} image of a dog")


def test_what_is_honoured_carries_no_warning(planner: Planner, embedded_registry: Registry) -> None:
    made = plan(planner, embedded_registry, "a 768x480 image of a lighthouse at dusk")
    assert (made.steps[0].args["width"], made.steps[0].args["height"]) == (768, 480) and made.warnings == []


def test_the_cli_shows_the_warning(capsys: pytest.CaptureFixture[str]) -> None:
    from unison_agent.cli import main

    assert main(["plan", "a 4096x4096 image of a fox"]) == 0
    captured = capsys.readouterr()
    assert "asked for 4096x4096" in captured.out + captured.err
