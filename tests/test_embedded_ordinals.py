"""Files passed separately and named by their order ("the second photo"): placed where they are named."""

from __future__ import annotations

import pytest

from unison_agent.contracts.context import PlanContext
from unison_agent.contracts.registry import Registry
from unison_agent.contracts.request import Attachment, Request
from unison_agent.planner import load_planner
from unison_agent.planner.base import plan_request
from unison_agent.planner.embedded import EmbeddedPlanner
from unison_agent.planner.embedded.construct import text_for_tool
from unison_agent.planner.embedded.features import render_request
from unison_agent.planner.embedded.ordinals import inline_ordinals


@pytest.mark.parametrize(("text", "kinds", "expected"), [
    ("use the second picture as the mask for the first one", ["image", "image"],
     "use <image 1> as the mask for <image 0>"),
    ("start on the first attached photo and end on the second uploaded photo", ["image", "image"],
     "start on <image 0> and end on <image 1>"),
    ("put the dog from picture 2 into picture 1", ["image", "image"], "put the dog from <image 1> into <image 0>"),
    # the n-th of its kind: the second image is the third file
    ("the second image is the style, the video is the motion", ["image", "video", "image"],
     "<image 2> is the style, the video is the motion"),
    ("swap the sky of the third clip into the second clip", ["video", "video", "video"],
     "swap the sky of <video 2> into <video 1>"),
])
def test_files_named_by_order_are_placed_where_named(text: str, kinds: list[str], expected: str) -> None:
    assert inline_ordinals(text, kinds)[0] == expected


@pytest.mark.parametrize(("text", "kinds"), [
    ("make <image 0> match the second image", ["image", "image"]),  # the request places its files itself
    ("make the first image brighter", ["image"]),  # one file of its kind: no order to resolve
    ("make image 2x larger and clip 3 seconds", ["image", "image", "video", "video"]),  # sizes and lengths, not names
    ("the fifth image", ["image", "image"]),  # no such file
    ("the second one is brighter than the first one", ["image", "image", "video", "video"]),  # "one" of which kind?
])
def test_nothing_is_placed_where_the_naming_is_not_an_order(text: str, kinds: list[str]) -> None:
    assert inline_ordinals(text, kinds) == (text, {})


def test_a_file_named_twice_is_placed_at_its_first_naming() -> None:
    text, names = inline_ordinals("blend the first image into the second image, keep the first image's colours",
                                  ["image", "image"])
    assert text == "blend <image 0> into <image 1>, keep the first image's colours"
    assert names == {"<image 0>": "the first image", "<image 1>": "the second image"}


def _request(text: str, kinds: list[str]) -> Request:
    atts = [Attachment(index=i, path=f"/files/{i}.{'png' if k == 'image' else 'mp4'}", kind=k, inline=False)  # type: ignore[arg-type]
            for i, k in enumerate(kinds)]
    return Request(text=text, raw_text=text, attachments=atts)


def test_the_prompt_says_the_files_as_the_user_did() -> None:
    request = _request("the first image is the mask; put a red kite in the sky of image 2", ["image", "image"])
    assert text_for_tool(render_request(request)) == request.text


@pytest.fixture(scope="module")
def planner() -> EmbeddedPlanner:
    loaded = load_planner("embedded")
    assert isinstance(loaded, EmbeddedPlanner)
    return loaded


# one request per pattern: a mask named by order, the later file first, first and last frames, a video mask
@pytest.mark.parametrize(("text", "kinds", "task", "roles"), [
    ("use the second picture as the mask and put a small boat on the water in the first one", ["image", "image"],
     "image_edit", {"image": "$input.0", "mask": "$input.1"}),
    ("take the dog from the second image and add it to the first image", ["image", "image"],
     "image_edit", {"image": "$input.0", "reference": ["$input.1"]}),
    ("make a clip that starts on the second photo and ends on the first photo", ["image", "image"],
     "image_to_video", {"first_frame": "$input.1", "last_frame": "$input.0"}),
    ("in the second video, fill the masked region (the first video) with falling snow", ["video", "video"],
     "video_edit", {"video": "$input.1", "mask": "$input.0"}),
])
def test_roles_follow_the_order_the_text_names(planner: EmbeddedPlanner, embedded_registry: Registry, text: str,
                                               kinds: list[str], task: str, roles: dict[str, object]) -> None:
    request = _request(text, kinds)
    (step,) = plan_request(planner, request, PlanContext.for_request(embedded_registry, request)).steps
    assert step.task == task
    assert {k: step.args.get(k) for k in roles} == roles
    named = inline_ordinals(text, kinds)[1].values()
    assert named and all(words in step.args["prompt"] for words in named)  # the prompt names the files as the user did



@pytest.mark.parametrize(("text", "kinds", "task", "roles"), [
    ("what's the difference between these two pictures?", ["image", "image"],
     "image_understanding", {"image": "$input.0", "reference": ["$input.1"]}),
    ("which of the two photos is sharper, the first or the second?", ["image", "image"],
     "image_understanding", {"image": "$input.0", "reference": ["$input.1"]}),
    ("does the man in the photo appear anywhere in this clip?", ["image", "video"],
     "video_understanding", {"video": "$input.1", "reference": ["$input.0"]}),
])
def test_a_question_about_several_files_looks_at_all_of_them(
        planner: EmbeddedPlanner, embedded_registry: Registry, text: str, kinds: list[str], task: str,
        roles: dict[str, object]) -> None:
    """Before, the question went to the first file alone and the others were dropped without a word.
    A question-answering tool that takes one file (the test registry's) still gets the first one."""
    from unison_agent.contracts.registry import default_registry

    request = _request(text, kinds)
    (step,) = plan_request(planner, request, PlanContext.for_request(default_registry(), request)).steps
    assert step.task == task
    assert {k: step.args.get(k) for k in roles} == roles
    (step,) = plan_request(planner, request, PlanContext.for_request(embedded_registry, request)).steps
    assert step.task == task and "reference" not in step.args
