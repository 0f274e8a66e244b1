"""Whether a request refers back to the session: history resolves references, it never decides.

The current request decides what to do; earlier turns only say what "it", "the first image",
"the video from before", "again" or "brighter" point to. A request with none of those words
("make a 64x64 image of a dog" after "animate it") is planned as if the session were new, so a
question turn or an earlier image cannot turn it into an edit or an understanding step.
``refers_back`` is deliberately generous: a false "yes" only hands the planner the history it
had before; a false "no" would lose a reference.

An attachment of an earlier turn is something to point at too: after "<image 0> what color is
this?", "now animate it" means that image (``attachments_as_outputs`` / ``point_at_attachments``:
planned against a view of the history where that turn's attachment is its output, then pointed at
the stored attachment, ``$artifact.<id>``).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from ..contracts.history import History
from ..contracts.refs import parse_ref

_WORDS = [
    # pronouns and determiners that point at something already there
    r"it", r"its", r"it's", r"this", r"that", r"these", r"those", r"them", r"they", r"their",
    r"him", r"her", r"he", r"she",
    # an earlier output by kind or order
    r"the\s+(?:(?:first|second|third|last|previous|earlier|latest|same|other|original|new|current|generated|"
    r"resulting|edited|updated|final)\s+)?(?:image|images|picture|pictures|photo|photos|video|videos|clip|clips|result|"
    r"results|output|outputs|answer|one|ones|frame|animation|drawing|painting|logo|poster|version|versions)",
    # what the assistant made: "the video you just generated"
    r"you\s+(?:just\s+)?(?:made|generated|created|drew|rendered|produced|painted|animated|edited)",
    r"(?:first|second|third|last|previous|earlier|latest)\s+(?:one|turn|step|image|video|picture|clip|result)",
    # doing the last thing again or differently
    r"again", r"instead", r"another", r"before", r"earlier", r"previous(?:ly)?", r"above", r"same", r"more", r"less",
    r"brighter", r"darker", r"bigger", r"smaller", r"larger", r"longer", r"shorter", r"slower", r"faster",
    r"warmer", r"cooler", r"sharper", r"softer", r"lighter", r"bolder", r"louder", r"quieter", r"happier",
    r"sadder", r"scarier", r"cuter", r"funnier", r"calmer", r"bluer", r"redder", r"greener", r"wider", r"taller",
]
_REFERS = re.compile(r"\b(?:" + "|".join(_WORDS) + r")\b", re.IGNORECASE)
#: a request that starts (after "Great." or "Nice, now") by changing something works on what is there
_EDIT_START = re.compile(r"^\s*(?:[\w']+(?:\s+you)?\s*[,.!:;-]+\s*)*(?:(?:now|and|so|please|then|also|next|ok|okay)\b[\s,]*)*"
                         r"(?:turn|change|replace|remove|erase|delete|add|swap|recolou?r|crop|rotate|flip|"
                         r"zoom|extend|continue|undo|redo|keep|fix|edit|animate|upscale|describe|caption|explain)\b",
                         re.IGNORECASE)


#: words of a clause that names only a kind of output: "then a video with 121 frames"
_BARE = {"a", "an", "the", "then", "and", "with", "at", "of", "in", "as", "into", "to", "make", "turn", "do", "now",
         "also", "video", "image", "picture", "photo", "clip", "animation", "movie", "version", "one", "please", "frames",
         "frame", "seconds", "second", "long", "fps", "per"}


def refers_back(text: str) -> bool:
    """Whether ``text`` may point at an earlier turn's output (see the module doc)."""
    return bool(_REFERS.search(text) or _EDIT_START.search(text)) or is_elliptical(text)


def is_elliptical(text: str) -> bool:
    """A clause with no content of its own ("then a video with 121 frames", "as a 3 second clip"):
    it is about what came before."""
    words = re.findall(r"[a-z']+", text.lower())
    return bool(words) and all(w in _BARE for w in words)


def attachments_as_outputs(history: History) -> tuple[History, dict[int, str]]:
    """A view of ``history`` for planning: a turn that made no image or video but was given one
    (a question about an attached photo) shows that attachment as its output, so "animate it"
    after it can point there. Returns the view and, per such turn, the ``$artifact`` reference
    that stands for its attachment in the real session."""
    swapped: dict[int, str] = {}
    turns = []
    for turn in history.turns:
        made = [a for arts in turn.outputs.values() for a in arts if a.kind in ("image", "video")]
        given = [a for a in turn.inputs if a.kind in ("image", "video")]
        if made or not given:
            turns.append(turn)
            continue
        swapped[turn.index] = f"$artifact.{given[0].id}"
        turns.append(turn.model_copy(update={"outputs": {"attachment": [given[0]]}, "plan": None}))
    return History(turns=turns), swapped


def point_at_attachments(raw: dict[str, Any], swapped: dict[int, str], turns: int) -> dict[str, Any]:
    """A plan (JSON) whose references to the swapped turns of ``attachments_as_outputs`` point at
    their attachments instead."""
    def fix(value: Any) -> Any:
        if isinstance(value, list):
            return [fix(v) for v in value]
        ref = parse_ref(value)
        if ref is None or ref.kind != "turn" or ref.index is None or ref.step not in (None, "attachment"):
            return value
        absolute = ref.index + turns if ref.index < 0 else ref.index
        return swapped.get(absolute, value)

    return {**raw, "steps": [{**s, "args": {k: fix(v) for k, v in s.get("args", {}).items()}} for s in raw["steps"]]}


#: the kind of earlier output a request names: "the video", "that clip", "the picture from before"
_NAMED_KIND = re.compile(r"\b(?:the|that|this|your|my)\s+(?:(?:first|second|last|previous|earlier|latest|new|same)\s+)?"
                         r"(?:(video|clip|animation|movie|footage)|(image|picture|photo|drawing|painting))\b", re.IGNORECASE)
#: understanding tasks by the kind of media they look at
_LOOK_AT = {"image": ("image_understanding", "image"), "video": ("video_understanding", "video")}


def named_kind(text: str) -> str | None:
    """``video`` or ``image`` when the request names one earlier output by its kind ("the video")."""
    m = _NAMED_KIND.search(text)
    return None if m is None else ("video" if m.group(1) else "image")


def look_at_named_kind(raw: dict[str, Any], text: str, history: History) -> dict[str, Any]:
    """A question about "the video" looks at the last video, not the last image: an understanding
    step whose turn reference has another kind than the one the request names is moved to the
    latest turn of that kind (and to that kind's understanding task)."""
    wanted = named_kind(text)
    if wanted is None or not history.turns:
        return raw
    latest = next((t for t in reversed(history.turns) if (o := t.last_output()) is not None and o.kind == wanted), None)
    if latest is None:
        return raw
    steps = []
    for step in raw["steps"]:
        media = [(k, parse_ref(v)) for k, v in step.get("args", {}).items() if k in ("image", "video")]
        turn_refs = [(k, r) for k, r in media if r is not None and r.kind == "turn" and r.index is not None]
        if step.get("task") in ("image_understanding", "video_understanding") and len(turn_refs) == 1:
            arg, ref = turn_refs[0]
            index = int(ref.index or 0)
            absolute = index + len(history) if index < 0 else index
            seen = history.turns[absolute].last_output() if 0 <= absolute < len(history) else None
            if seen is None or seen.kind != wanted:
                task, new_arg = _LOOK_AT[wanted]
                args = {k: v for k, v in step["args"].items() if k != arg}
                args[new_arg] = f"$turn.{latest.index - len(history)}"
                step = {**step, "task": task, "args": args}
        steps.append(step)
    return {**raw, "steps": steps}


#: a request that only asks ("describe the video", "what happens in it?", "summarize the clip")
_ASKS_ONLY = re.compile(r"^\W*(?:(?:please|now|ok|okay|so|and|then|can you|could you|would you)\W+)*(?:describe|"
                        r"summari[sz]e|explain|caption|tell me|what|what's|who|which|how|is|are|does|do|did|why|"
                        r"where|when|count|list|identify|name)\b", re.IGNORECASE)
#: ... and asks for nothing to be made or changed
_ACTS = re.compile(r"\b(?:make|draw|create|generate|paint|render|animate|animating|produce|design|sketch|illustrate|"
                   r"film|add|remove|change|turn|edit|replace|put|erase|convert|apply|give|extend|continue|restyle|"
                   r"use|bring|keep)\b", re.IGNORECASE)
_PLACED = re.compile(r"<(?:image|video) \d+>")


def answer_about_earlier(raw: dict[str, Any], text: str, history: History,
                         choose: Callable[[str], tuple[str, str | None] | None]) -> dict[str, Any]:
    """A request that only asks about an earlier output gets an answer: a single step that would
    make something from an earlier turn ("describe the video" after an image and a video read as
    animating the image) becomes the understanding step on the output the request names by kind,
    else the latest output. ``choose(task)`` gives the tool and its text argument for a task."""
    if len(raw["steps"]) != 1 or not history.turns or _PLACED.search(text):
        return raw
    if not _ASKS_ONLY.search(text) or _ACTS.search(text):
        return raw
    (step,) = raw["steps"]
    refs = [parse_ref(v) for v in step.get("args", {}).values() if isinstance(v, str)]
    if str(step.get("task", "")).endswith("_understanding") or not any(r and r.kind == "turn" for r in refs):
        return raw
    last = history.turns[-1].last_output()
    wanted = named_kind(text) or (last.kind if last is not None else None)
    if wanted not in _LOOK_AT:
        return raw
    # the output the step already works on, when it is of the kind asked about ("the second picture"); else the latest
    own = next((v for v in step.get("args", {}).values() if isinstance(v, str) and _turn_kind(v, history) == wanted), None)
    latest = next((t for t in reversed(history.turns) if (o := t.last_output()) is not None and o.kind == wanted), None)
    task, arg = _LOOK_AT[wanted]
    chosen = choose(task)
    if (own is None and latest is None) or chosen is None:
        return raw
    tool, text_arg = chosen
    target = own or f"$turn.{latest.index - len(history)}"  # type: ignore[union-attr]
    args = {arg: target, **({text_arg: text.strip()} if text_arg else {})}
    return {**raw, "steps": [{"id": step["id"], "task": task, "tool": tool, "args": args}]}


def _turn_kind(value: str, history: History) -> str | None:
    """The kind of the earlier output a ``$turn`` reference points at, or ``None``."""
    ref = parse_ref(value)
    if ref is None or ref.kind != "turn" or ref.index is None:
        return None
    position = ref.index + len(history) if ref.index < 0 else ref.index
    if not 0 <= position < len(history):
        return None
    turn = history.turns[position]
    arts = turn.outputs.get(ref.step) if ref.step else None
    out = arts[0] if arts else turn.last_output()
    return out.kind if out is not None else None


#: an earlier output named by its place among its kind: "the first image", "the second clip"
_ORDINAL_KIND = re.compile(r"\bthe\s+(first|second|third|fourth|fifth)\s+(?:(video|clip|animation|movie|footage)|"
                           r"(image|picture|photo|drawing|painting))\b", re.IGNORECASE)
_NTH = {"first": 0, "second": 1, "third": 2, "fourth": 3, "fifth": 4}
#: an ordinal word, not the unit of "for 1 second" / "one second" / "a second"
_ORDINAL_WORD = re.compile(r"\b(?:first|third|fourth|fifth)\b|(?<!\d)(?<!\d\s)(?<!\bone\s)(?<!\ba\s)\bsecond\b(?!s)", re.I)


def ordinal_focus(text: str, history: History, attached: list[str]) -> tuple[int, str] | None:
    """ "the second picture" is the second image the session made, however long ago (the planner
    reads only the last turns): that turn's absolute index, and ``.<step>`` when the image is not
    the turn's primary output (else ``""``). ``None`` unless the request names exactly one output
    this way, attaches no file of that kind (then "the second picture" is an attachment), and the
    session made that many."""
    found = list(_ORDINAL_KIND.finditer(text))
    if len(found) != 1 or len(_ORDINAL_WORD.findall(text)) != 1 or not history.turns:
        return None
    m = found[0]
    kind = "video" if m.group(2) else "image"
    if kind in attached:
        return None
    # the session's media of that kind in order: what each turn made or, for a turn that made
    # none, the file it was given (as ``attachments_as_outputs`` shows it)
    seen: list[tuple[int, str]] = []
    for position, turn in enumerate(history.turns):
        made = [(step_id, arts[0]) for step_id, arts in _in_step_order(turn) if arts and arts[0].kind in ("image", "video")]
        given = [a for a in turn.inputs if a.kind in ("image", "video")]
        if not made and given and given[0].kind == kind:
            seen.append((position, ""))
        last = turn.last_output()
        seen += [(position, "" if art == last else f".{step_id}") for step_id, art in made if art.kind == kind]
    nth = _NTH[m.group(1).lower()]
    return seen[nth] if nth < len(seen) else None


def focus_view(history: History, focus: tuple[int, str]) -> History:
    """The session as the planner should read it for an ordinal request: only the turn it names."""
    return History(turns=[history.turns[focus[0]].model_copy(update={"index": 0})])


def point_at_focus(raw: dict[str, Any], focus: tuple[int, str], turns: int) -> dict[str, Any]:
    """A plan made against ``focus_view`` with its references to that one turn put back in the session."""
    position, step = focus

    def fix(value: Any) -> Any:
        if isinstance(value, list):
            return [fix(v) for v in value]
        ref = parse_ref(value) if isinstance(value, str) else None
        if ref is None or ref.kind != "turn" or ref.index not in (-1, 0):
            return value
        return f"$turn.{position - turns}" + (f".{ref.step}" if ref.step else step)

    return {**raw, "steps": [{**s, "args": {k: fix(v) for k, v in s.get("args", {}).items()}} for s in raw["steps"]]}


def _in_step_order(turn: Any) -> list[tuple[str, list[Any]]]:
    """A turn's outputs as (step id, artifacts), in the order of its plan's steps."""
    order = [st["id"] for st in (turn.plan or {}).get("steps", []) if st.get("id") in turn.outputs]
    return [(sid, turn.outputs[sid]) for sid in order or list(turn.outputs)]
