"""Chained requests are checked clause by clause: steps found and linked (media by reference,
text into the prompt as {$s<k>}), the planner's own plan kept where its shape agrees.
A test per pattern, through the shipped planner and ``plan_request``."""

from __future__ import annotations

from pathlib import Path

import pytest
from fixtures.embedded import plan_text

from unison_agent.contracts.context import PlanContext
from unison_agent.contracts.plan import Plan
from unison_agent.contracts.registry import Registry
from unison_agent.contracts.request import parse_request
from unison_agent.planner.base import Planner, plan_request
from unison_agent.planner.compose import clauses


@pytest.fixture
def planner(shipped_planner: Planner) -> Planner:
    return shipped_planner


plan = plan_text


def shape(p: Plan) -> list[tuple[str, dict[str, str]]]:
    return [(s.task, {k: v for k, v in s.args.items() if isinstance(v, str) and "$" in v and k != "prompt"} | (
        {"prompt": str(s.args["prompt"])} if "{$" in str(s.args.get("prompt", "")) else {})) for s in p.steps]


@pytest.mark.parametrize(("text", "expected"), [
    ("What is 12 squared? Then make a neon sign showing that number", ["What is 12 squared?", "make a neon sign showing that number"]),
    ("draw a cat and then animate it, and finally describe the video", ["draw a cat", "animate it", "describe the video"]),
    ("a lighthouse at dusk", ["a lighthouse at dusk"]),
    ("a lighthouse then", ["a lighthouse then"]),  # a clause of one word is not a clause
    # a numbered list of requests: its items, a short heading dropped
    ("1) draw a red fox 2) write a haiku about autumn", ["draw a red fox", "write a haiku about autumn"]),
    ("Two things. One: what colour is the car? Two: make a poster of a vintage car",
     ["what colour is the car?", "make a poster of a vintage car"]),
    ("(a) a clip of waves (b) a photo of a lighthouse, then animate it",
     ["a clip of waves", "a photo of a lighthouse", "animate it"]),
    # numbers that are not a list
    ("make a clip 1.5 seconds long of 2 dogs", ["make a clip 1.5 seconds long of 2 dogs"]),
    ("2) a fox 1) a bear", ["2) a fox 1) a bear"]),  # not numbered in order
    ("a poster with two lines, one: FRESH two: LOCAL", ["a poster with two lines, one: FRESH two: LOCAL"]),  # a long heading
    # two things to make, each named by its noun, joined by "and"
    ("make a 3-second clip of waves and an image of a lighthouse", ["make a 3-second clip of waves", "an image of a lighthouse"]),
    ("a photo of a fox, plus a short video showing a bear", ["a photo of a fox", "a short video showing a bear"]),
    # one thing made: a subject with "and", a picture inside the scene, a noun with nothing named after it
    ("make a picture of a cat and a dog", ["make a picture of a cat and a dog"]),
    ("draw a cat and a picture of a dog", ["draw a cat and a picture of a dog"]),
    ("a photo of a man holding a picture of his wife and a dog", ["a photo of a man holding a picture of his wife and a dog"]),
    ("make a video of a dog and a picture frame on the wall", ["make a video of a dog and a picture frame on the wall"]),
])
def test_clauses(text: str, expected: list[str]) -> None:
    assert clauses(text) == expected


def test_an_answer_flows_into_the_next_prompt(planner: Planner, embedded_registry: Registry) -> None:
    assert shape(plan(planner, embedded_registry, "What is 12 squared? Then make a neon sign showing that number")) == [
        ("text_understanding", {}), ("text_to_image", {"prompt": "a neon sign showing {$s0}"})]


def test_a_description_flows_into_a_painting(planner: Planner, embedded_registry: Registry, tmp_path: Path) -> None:
    from PIL import Image

    Image.new("RGB", (32, 32), "red").save(tmp_path / "photo.png")
    request = parse_request(f"###{tmp_path / 'photo.png'}### Describe this photo, then make a painting from the description")
    made = plan_request(planner, request, PlanContext.for_request(embedded_registry, request))
    assert [s.task for s in made.steps] == ["image_understanding", "text_to_image"]
    assert made.steps[0].args["image"] == "$input.0" and "{$s0}" in made.steps[1].args["prompt"]


def test_a_summary_then_its_character(planner: Planner, embedded_registry: Registry, tmp_path: Path) -> None:
    import imageio.v2 as imageio
    import numpy as np

    imageio.mimsave(tmp_path / "clip.mp4", [np.full((32, 32, 3), 20 * i, np.uint8) for i in range(5)], fps=5)
    request = parse_request(f"summarise ###{tmp_path / 'clip.mp4'}### and then draw its main character")
    made = plan_request(planner, request, PlanContext.for_request(embedded_registry, request))
    assert [s.task for s in made.steps] == ["video_understanding", "text_to_image"]
    assert made.steps[1].args["prompt"].endswith("main character of {$s0}")


def test_media_links_to_the_step_before(planner: Planner, embedded_registry: Registry) -> None:
    made = plan(planner, embedded_registry, "make a red dragon, then animate it")
    assert shape(made) == [("text_to_image", {}), ("image_to_video", {"first_frame": "$s0"})]
    three = plan(planner, embedded_registry, "draw a cat and then animate it, and finally describe the video")
    assert shape(three) == [("text_to_image", {}), ("image_to_video", {"first_frame": "$s0"}),
                            ("video_understanding", {"video": "$s1"})]


def test_independent_clauses_are_not_linked(planner: Planner, embedded_registry: Registry) -> None:
    made = plan(planner, embedded_registry, "make a picture of a fox then make a picture of a bear")
    assert shape(made) == [("text_to_image", {}), ("text_to_image", {})]


def test_the_planners_own_plan_stands_when_its_shape_agrees(planner: Planner, embedded_registry: Registry) -> None:
    made = plan(planner, embedded_registry, "Draw a picture of a castle on a hill and then make a video of it at night")
    assert [(s.id, s.task) for s in made.steps] == [("s0", "text_to_image"), ("s1", "image_to_video")]
    assert made.steps[1].args["first_frame"] == "$s0"


@pytest.mark.parametrize("text", [
    "A shop had 40 apples in the morning, then it sold 15 and then got 8 more. How many apples does it have now?",
    "A bus had 30 people on it, then 12 got off and then 5 got on. How many people are on the bus?",
    "Sara had 20 dollars, then she spent 7 on lunch. How much money does she have left?",
])
def test_one_question_told_in_several_sentences_stays_one_step(planner: Planner, embedded_registry: Registry, text: str) -> None:
    made = plan(planner, embedded_registry, text)
    assert [s.task for s in made.steps] == ["text_understanding"]
    assert made.steps[0].args["question"] == text


def test_a_clause_that_only_names_a_kind_is_about_the_one_before(planner: Planner, embedded_registry: Registry) -> None:
    made = plan(planner, embedded_registry, "a copper robot reading in a library, as an image, then a video with 33 frames")
    assert [s.task for s in made.steps] == ["text_to_image", "image_to_video"] and made.steps[1].args["first_frame"] == "$s0"


def test_a_long_single_request_is_one_result(planner: Planner, embedded_registry: Registry) -> None:
    made = plan(planner, embedded_registry, "A cozy reading nook by a rainy window. Soft lamp light, a cat curled on a "
                                            "blanket, steam rising from a mug of tea. Watercolor style.")
    assert [s.task for s in made.steps] == ["text_to_image"]


def test_an_answer_that_was_asked_for_stays(embedded_registry: Registry) -> None:
    from unison_agent.planner.compose import _without_unasked_answers

    whole, request, context = _two_step_plan(embedded_registry, "Write a limerick about fog and draw a foggy pier")
    assert _without_unasked_answers(whole, request, context) is whole  # type: ignore[arg-type]


def _two_step_plan(registry: Registry, text: str) -> tuple[Plan, object, PlanContext]:
    from unison_agent.contracts.validate import validate_plan

    request = parse_request(text)
    context = PlanContext.for_request(registry, request)
    whole = validate_plan({"version": "1", "steps": [
        {"id": "s0", "task": "text_to_image", "tool": "image_gen", "args": {"prompt": text[:20]}},
        {"id": "s1", "task": "text_understanding", "tool": "vqa", "args": {"question": text[20:]}}]}, context)
    return whole, request, context


@pytest.mark.parametrize("text", [
    "A baker makes 3 cakes an hour. He works 7 hours and sells 12 cakes. How many cakes does he have left?",
    "A tank holds 90 litres and loses 4 litres an hour. After how many hours is it empty?",
])
def test_a_word_problem_asks_for_an_answer_only(embedded_registry: Registry, text: str) -> None:
    from unison_agent.planner.compose import _without_unasked_media

    whole, request, context = _two_step_plan(embedded_registry, text)
    kept = _without_unasked_media(whole, request, context)  # type: ignore[arg-type]
    assert [(s.task, s.args["question"]) for s in kept.steps] == [("text_understanding", text)]


@pytest.mark.parametrize("text", [
    "Paint a rainy harbour at dusk. How many boats would fit in it?",   # a making verb
    "a poster of a tiger, and what do tigers eat?",                      # the thing to make is named
])
def test_a_generation_that_was_asked_for_stays(embedded_registry: Registry, text: str) -> None:
    from unison_agent.planner.compose import _without_unasked_media

    whole, request, context = _two_step_plan(embedded_registry, text)
    assert _without_unasked_media(whole, request, context) is whole  # type: ignore[arg-type]


def test_a_numbered_list_is_one_step_per_item(planner: Planner, embedded_registry: Registry, tmp_path: Path) -> None:
    from PIL import Image

    Image.new("RGB", (32, 32), "blue").save(tmp_path / "car.png")
    request = parse_request(f"Two unrelated things. One: what colour is the car in ###{tmp_path / 'car.png'}###? "
                            "Two: make a poster of a vintage car")
    made = plan_request(planner, request, PlanContext.for_request(embedded_registry, request))
    assert shape(made) == [("image_understanding", {"image": "$input.0"}), ("text_to_image", {})]
    assert made.steps[1].args["prompt"] == "a poster of a vintage car"


def test_a_list_item_can_point_at_the_item_before(planner: Planner, embedded_registry: Registry) -> None:
    made = plan(planner, embedded_registry, "1. make a picture of a dragon 2. animate it for 2 seconds")
    assert shape(made) == [("text_to_image", {}), ("image_to_video", {"first_frame": "$s0"})]
    assert not any(ch.isdigit() for ch in str(made.steps[0].args["prompt"]))  # no list numbers in the prompts


@pytest.mark.parametrize(("text", "task"), [
    ("Please write a prompt I could use to generate a picture of a lighthouse.", "text_understanding"),
    ("suggest a good prompt to make a video of a waterfall", "text_understanding"),
    ("give me a detailed prompt for a poster of a jazz festival", "text_understanding"),
    ("make an image from this prompt: a castle at dusk", "text_to_image"),  # the prompt is given: make the image
    # words about a video or a picture are still words: a script, ideas, titles
    ("write me a script for a one-minute video ad for a flower shop", "text_understanding"),
    ("brainstorm a few concepts for an animated clip about saving water", "text_understanding"),
    ("give me three title ideas for a short documentary about bees", "text_understanding"),
    ("write a story video about a brave mouse", "text_to_video"),  # a video is what is asked for
    ("Write a short, polite message to my neighbour about the noisy dog.", "text_understanding"),
    ("give me a picture of a letter on a desk", "text_to_image"),  # the picture is what is asked for
    # lists, schedules and plans are words whatever the verb ("make", "plan")
    ("make me a to-do list for the first week in a new flat", "text_understanding"),
    ("plan a weekend schedule for two kids who love the outdoors", "text_understanding"),
    ("make a picture of a shopping list on a fridge door", "text_to_image"),  # a picture is what is made
])
def test_a_request_for_a_prompt_is_answered_in_words(planner: Planner, embedded_registry: Registry, text: str,
                                                     task: str) -> None:
    made = plan(planner, embedded_registry, text)
    assert [s.task for s in made.steps] == [task]


@pytest.mark.parametrize(("text", "task"), [
    ("make a square thumbnail for my cooking video", "text_to_image"),  # the thing made is named first
    ("design a poster for my short film about a lonely robot", "text_to_image"),
    ("create a cover image for my podcast video", "text_to_image"),
    ("make a video of a poster being hung on a wall", "text_to_video"),  # the video is the thing made
    ("make a short intro video with our logo", "text_to_video"),
])
def test_the_thing_named_after_the_verb_is_what_is_made(planner: Planner, embedded_registry: Registry, text: str,
                                                        task: str) -> None:
    made = plan(planner, embedded_registry, text)
    assert [s.task for s in made.steps] == [task]


@pytest.mark.parametrize(("text", "tasks", "prompts"), [
    ("Make a video of a dog running and a picture of a cat sleeping.", ["text_to_video", "text_to_image"],
     ["a dog running", "a cat sleeping"]),
    ("generate a 5 second video of a horse and an image of a barn", ["text_to_video", "text_to_image"], ["a horse", "a barn"]),
    ("draw a picture of a red kite and a clip of a flock of birds", ["text_to_image", "text_to_video"],
     ["a red kite", "a flock of birds"]),
])
def test_two_things_named_after_and_are_two_results(planner: Planner, embedded_registry: Registry, text: str,
                                                    tasks: list[str], prompts: list[str]) -> None:
    made = plan(planner, embedded_registry, text)
    assert sorted(s.task for s in made.steps) == sorted(tasks)
    for step, prompt in zip(sorted(made.steps, key=lambda s: s.task), [p for _, p in sorted(zip(tasks, prompts, strict=True))], strict=True):
        assert str(step.args["prompt"]).endswith(prompt)  # "draw a picture of a red kite" -> "a drawing of a red kite"
        assert all(other not in str(step.args["prompt"]) for other in prompts if other != prompt)
    assert all(not s.dependencies for s in made.steps)  # independent: they run side by side


def _media_chain(registry: Registry, text: str) -> tuple[Plan, object, PlanContext]:
    """The plan a misread gives ``text``: an image from nothing, then a video from that image."""
    from unison_agent.contracts.validate import validate_plan

    request = parse_request(text)
    context = PlanContext.for_request(registry, request)
    whole = validate_plan({"version": "1", "steps": [
        {"id": "s0", "task": "text_to_image", "tool": "image_gen", "args": {"prompt": text}},
        {"id": "s1", "task": "image_to_video", "tool": "video_gen", "args": {"prompt": text, "first_frame": "$s0"}}]},
        context)
    return whole, request, context


def test_code_asked_for_is_words_even_where_a_chain_of_media_was_read(embedded_registry: Registry) -> None:
    from unison_agent.planner.compose import _prompt_is_text

    text = "write a python function that splits one PDF into single pages"
    kept = _prompt_is_text(*_media_chain(embedded_registry, text))  # type: ignore[arg-type]
    assert [(s.task, s.args["question"]) for s in kept.steps] == [("text_understanding", text)]


def test_a_chain_of_media_that_was_asked_for_stays(embedded_registry: Registry) -> None:
    from unison_agent.planner.compose import _prompt_is_text

    whole, request, context = _media_chain(embedded_registry, "paint a fox in the snow, then animate it")
    assert _prompt_is_text(whole, request, context) is whole  # type: ignore[arg-type]
