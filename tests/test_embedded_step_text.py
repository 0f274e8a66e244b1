from __future__ import annotations

import pytest

from unison_agent.planner.embedded.step_text import split_step_texts


@pytest.mark.parametrize(
    ("text", "n", "kinds", "expected"),
    [
        ("make a dragon, then animate it", 2, ["image", "video"], ["make a dragon", "animate it"]),
        ("Generate a picture of a knight, then answer: what is he holding?", 2, ["image", "text"],
         ["Generate a picture of a knight", "answer: what is he holding?"]),
        ("draw a cat. After that, make a short clip of it jumping", 2, ["image", "video"],
         ["draw a cat", "make a short clip of it jumping"]),
        ("a 2-second clip of a waterfall and a picture of a canoe", 2, ["video", "image"],
         ["a 2-second clip of a waterfall", "a picture of a canoe"]),
        ("draw a fox, then animate it, then describe the video", 3, ["image", "video", "text"],
         ["draw a fox", "animate it", "describe the video"]),
        # a plain "and" before a step on what the step before made (the whole text went to both steps)
        ("make a dragon and animate it", 2, ["image", "video"], ["make a dragon", "animate it"]),
        ("draw a cat and make it move", 2, ["image", "video"], ["draw a cat", "make it move"]),
        ("<image 0> remove the background and turn the result into a clip", 2, ["image", "video"],
         ["<image 0> remove the background", "turn the result into a clip"]),
    ],
)
def test_cuts_at_connectives(text: str, n: int, kinds: list[str], expected: list[str]) -> None:
    assert split_step_texts(text, n, kinds) == expected


@pytest.mark.parametrize(
    ("text", "n", "kinds"),
    [
        ("a photo of a teapot and a wool scarf", 2, ["image", "image"]),  # "and" inside one prompt
        ("draw a cat and a dog", 2, ["image", "image"]),  # "and" before no step on what the one before made
        ("draw a cat and make sure it is ginger", 2, ["image", "image"]),  # "it is": a detail, not a step
        ("then", 2, ["image", "video"]),
        ("first a cat then a dog then a bird", 2, ["image", "image"]),  # two cuts for one boundary
    ],
)
def test_keeps_the_whole_text_without_a_clean_cut(text: str, n: int, kinds: list[str]) -> None:
    assert split_step_texts(text, n, kinds) == [text] * n


def test_single_step_is_untouched() -> None:
    assert split_step_texts("make a dragon, then animate it", 1) == ["make a dragon, then animate it"]


def test_next_orders_steps_but_not_next_to_or_next_week() -> None:
    from unison_agent.planner.embedded.router import parts_of

    assert split_step_texts("draw a cat, next animate it", 2, ["image", "video"]) == ["draw a cat", "animate it"]
    assert parts_of("put a lamp next to the sofa in <image 0>") == ["put a lamp next to the sofa in <image 0>"]
    assert parts_of("my sister visits next week, make me a list of board games") == [
        "my sister visits next week, make me a list of board games"]


@pytest.mark.parametrize(("text", "parts"), [
    # "finally", "next", "also" and "afterwards" inside a clause are no step
    ("Our choir is finally recording an album. Generate a square image of a candle-lit chapel for the cover.", 1),
    ("my next newsletter needs a header, draw a lighthouse in a storm", 1),
    ("I'll add the music afterwards myself, just make a clip of waves at dawn", 1),
    ("We also run a bakery. Make a poster of a cinnamon bun", 1),
    # at a clause's start they are
    ("draw a lighthouse, finally animate it", 2),
    ("draw a lighthouse. Next, animate it", 2),
    ("draw a lighthouse and afterwards animate it", 2),
    ("draw a lighthouse then animate it", 2),  # "then" anywhere
    # a sentence that opens with one but goes on with the story's subject or a verb in the past is story
    ("We repainted the shed <image 0>. Next my husband wants it in sage green. Change the shed to sage green.", 1),
    ("I photographed the hall <image 0> and finally tidied it. Afterwards I spotted a mop. Remove the mop.", 1),
    ("I filmed the recital <video 0> and finally sent it to grandma. Is my son in the back row?", 1),  # "sent": past
    # capitalised after an attached file, it opens a sentence
    ("What colour is the scarf? <image 0> Also, draw a snowman wearing it", 2),
])
def test_weak_sequence_words_cut_only_where_a_clause_starts(text: str, parts: int) -> None:
    from unison_agent.planner.embedded.router import parts_of

    assert len(parts_of(text)) == parts


def test_the_chain_composer_cuts_the_same_way() -> None:
    from unison_agent.planner.compose import clauses

    assert clauses("Our choir is finally recording an album. Generate an image of a chapel for the cover.") == [
        "Our choir is finally recording an album. Generate an image of a chapel for the cover."]
    assert clauses("draw a lighthouse, finally animate it") == ["draw a lighthouse", "animate it"]


def test_sequence_words_that_start_no_step_are_dropped_for_the_head() -> None:
    from unison_agent.planner.embedded.step_text import without_idle_sequence_words

    story = "We finally repainted the shed <image 0>. Next my husband also wants it green. Change the shed to green."
    assert without_idle_sequence_words(story) == "We repainted the shed <image 0>. my husband wants it green. Change the shed to green."
    assert without_idle_sequence_words("draw a fox. Next, animate it") == "draw a fox. Next, animate it"
    assert without_idle_sequence_words("put a lamp next to the sofa in <image 0>") == "put a lamp next to the sofa in <image 0>"
