"""Choosing among tools that serve one task (``contracts.tool_choice``): the words a request shares with each
description, weighed by the planner, pairs of words, negated words, and the margin a specialist needs beside a
built-in tool."""

from __future__ import annotations

from dataclasses import dataclass, field

import pytest
from fixtures.plugin_tasks import request_of
from pydantic import BaseModel, ConfigDict

from unison_agent.contracts.context import PlanContext
from unison_agent.contracts.registry import Registry
from unison_agent.contracts.tool import Media, Reference, Tool
from unison_agent.contracts.tool_choice import affirmed, pick
from unison_agent.planner.base import plan_request
from unison_agent.planner.embedded import EmbeddedPlanner

EDIT = "Edit an image as the prompt says: everywhere, or only inside a mask (white = change)."
VINTAGE = "Gives a photo a vintage look: sepia tone, faded colours and film grain; changes nothing else."
GRAYSCALE = "Convert a photo to black and white (greyscale, monochrome)."


def _tool(name: str, description: str) -> Tool:
    class Args(BaseModel):
        model_config = ConfigDict(extra="forbid")
        image: Reference = Media("image")  # type: ignore[assignment]
        prompt: str = ""

    cls = type(f"T_{name}", (Tool,), {"name": name, "description": description, "tasks": ("image_edit",),
                                      "args_model": Args, "run": lambda self, a, c: None})
    made: Tool = cls()
    return made


def _registry(*tools: tuple[str, str, str]) -> Registry:
    reg = Registry()
    for name, description, source in tools:
        reg.register(_tool(name, description), source=source)
    return reg


@dataclass(frozen=True)
class _Weights:
    """Weights as a planner gives them: common words count little."""

    low: dict[str, float] = field(default_factory=lambda: {"photo": 0.2, "look": 0.3, "natural": 0.6, "black": 0.4,
                                                           "whit": 0.35})
    takeover: float = 1.2

    def weight(self, stem: str) -> float:
        return self.low.get(stem, 1.0)


def test_negated_words_of_a_description_do_not_count() -> None:
    assert "branding" not in affirmed("Low-fidelity wireframes: boxes and icons, no colours or branding, for reviews.")
    assert "reviews" in affirmed("Low-fidelity wireframes: boxes and icons, no colours or branding, for reviews.")
    assert "re-encoding" not in affirmed("Cuts at keyframes without re-encoding: instant.")
    reg = _registry(("wireframe", "Turns UI sketches into greyscale wireframes: boxes, no colours or branding.", "acme"),
                    ("hifi", "Renders UI sketches as full-colour mockups in brand colours, polished for decks.", "acme"))
    picked = reg.choose_tool("image_edit", text="turn it into a polished app screen in our brand's teal")
    assert picked is not None and picked.name == "hifi"  # "brand" is what the wireframe tool leaves out


def test_weighed_words_keep_an_ordinary_edit_off_a_specialist() -> None:
    reg = _registry(("edit", EDIT, "builtin"), ("vintage", VINTAGE, "acme"))
    text = "paste my dog from the first photo into the second so it looks natural"
    serving = reg.tools_for_task("image_edit")
    assert pick(serving, text).name == "vintage"  # every word counting 1: photo, look
    assert pick(serving, text, _Weights()).name == "edit"  # words every edit uses tell nothing
    assert pick(serving, "make it a faded sepia photo with film grain", _Weights()).name == "vintage"


def test_a_shared_pair_of_words_is_one_idea() -> None:
    """"black and white": two words ordinary edits use, but the phrase is the grayscale tool's."""
    reg = _registry(("edit", EDIT, "builtin"), ("grayscale", GRAYSCALE, "acme"))
    serving = reg.tools_for_task("image_edit")
    assert pick(serving, "make this photo black and white", _Weights()).name == "grayscale"
    assert pick(serving, "make the white cat black", _Weights()).name == "edit"  # the words, not the phrase


def test_a_hyphened_prefix_is_no_shared_word_and_a_long_stem_meets_its_longer_form() -> None:
    """"semi-gloss" and "semi-transparent" share no idea; "cabinets" is the "cabinetry" a description names, while a
    short word meets only itself ("water" is no "watermark")."""
    reg = _registry(("indoor", "Indoor furniture, cabinetry and floors: varnish sheen under room light.", "acme"),
                    ("outdoor", "Outdoor decks and fences: semi-transparent stains, ageing in sun.", "acme"))
    serving = reg.tools_for_task("image_edit")
    assert pick(serving, "show the bathroom cabinets in walnut, semi-gloss").name == "indoor"
    assert pick(serving, "show the fence in a semi-transparent grey").name == "outdoor"
    reg = _registry(("mark", "Removes a watermark or logo from a photo.", "acme"),
                    ("sea", "Makes water calmer or rougher in seascapes.", "acme"))
    assert pick(reg.tools_for_task("image_edit"), "make the water glassy").name == "sea"


def test_what_a_request_sets_its_wish_against_is_no_word_for_a_tool() -> None:
    reg = _registry(("photo", "Photographic rebuilds of ruined buildings.", "acme"),
                    ("ink", "Ink drawings of ruined buildings with labels, for reports.", "acme"))
    serving = reg.tools_for_task("image_edit")
    assert pick(serving, "the abbey rebuilt as a photographic view").name == "photo"
    assert pick(serving, "the abbey rebuilt, drawn rather than photographic, labels on").name == "ink"
    assert pick(serving, "the abbey rebuilt as a drawing, not photographic, labels on").name == "ink"


@pytest.fixture(scope="module")
def planner() -> EmbeddedPlanner:
    return EmbeddedPlanner()


def test_the_embedded_planner_weighs_words_by_their_rarity(planner: EmbeddedPlanner) -> None:
    reg = Registry()
    reg.load_entry_points(only="builtin")
    reg.register(_tool("vintage", VINTAGE), source="acme")
    assert planner.tool_words is not None and planner.tool_words.weight("photo") < 0.5 < planner.tool_words.weight("sepia")
    req = request_of("Paste my dog from <image 0> into the photo <image 1> so it looks natural.")
    plan = plan_request(planner, req, PlanContext.for_request(reg, req))
    assert [(s.task, s.tool) for s in plan.steps] == [("image_edit", "edit")]
    req = request_of("give <image 0> a faded sepia tone with film grain")
    plan = plan_request(planner, req, PlanContext.for_request(reg, req))
    assert [(s.task, s.tool) for s in plan.steps] == [("image_edit", "vintage")]


def test_tools_the_words_leave_tied_go_to_the_nearest_description(planner: EmbeddedPlanner) -> None:
    """No shared word tells a finished-game scorer from a next-move advisor; the planner's encoder does."""
    reg = _registry(("scorer", "Scores finished board games: marks dead stones and counts territory.", "acme"),
                    ("advisor", "Suggests next moves in ongoing board games and reads tactical fights.", "acme"))
    serving = reg.tools_for_task("image_edit")
    text = "we're halfway through a match, where should I play now?"
    assert pick(serving, text).name == "scorer"  # words alone: a tie, the first registered
    assert pick(serving, text, planner.tool_words).name == "advisor"
    assert pick(serving, "the game is over, who won on points?", planner.tool_words).name == "scorer"
