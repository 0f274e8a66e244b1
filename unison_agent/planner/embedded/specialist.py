"""Plugin verdicts the built-in reading gives way to, and plugin tasks that do the head's own job.

- ``by_map``, ``by_output``: a plugin verdict gives way to the built-in tasks when the request gives a control map to
  follow, or asks for another kind of result than the plugin task makes (the router applies them to every plugin
  verdict; ``as_specialist`` to its own);
- ``as_specialist``: a text left to the built-in tasks whose nearest plugin task does the job the signature head reads
  in it is planned on that task at the wider, calibrated ``specialist_margin`` (``same_job`` says which tasks do one
  job; ``training.routing_calibrate`` counts the same).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from ...contracts.context import PlanContext
from ...contracts.tasks import TASKS, TaskSpec
from .cues import (
    asks_to_see,
    changes_file,
    cued_tasks,
    follows_motion,
    gives_control_map,
    makes_media,
    takes_control_map,
)
from .scope import Scope, Verdict
from .withdraw import asks_about_file


def by_map(text: str, verdict: Verdict, plugin: dict[str, TaskSpec]) -> Verdict:
    """A plugin task found for a request that gives a control map to follow ("use this depth map <image 0> to make
    a foggy forest", or a video's moves for a new subject) gives way to the control tasks, unless the task's own
    examples give one too."""
    spec = plugin.get(verdict.task or "") if verdict.kind == "plugin" else None
    given = gives_control_map(text) or follows_motion(text)
    if spec is None or not given or any(takes_control_map(e) or follows_motion(e) for e in spec.examples):
        return verdict
    return replace(verdict, kind="builtin", task=None, scores={**verdict.scores, "control_map": 1.0})


def by_output(text: str, verdict: Verdict, plugin: dict[str, TaskSpec]) -> Verdict:
    """A plugin task found for a request that asks for another kind of result gives way to the built-in tasks: a
    question about an attached file asks for words, not a picture ("what architectural style is this house?" is no
    facade repaint, unless it asks to see something: "what would it look like in navy?"); a change to an attached file
    asks for that file changed, not words about it ("replace the football in <video 0> with a glowing ball" is no
    line-call review), and neither is a new picture or clip ("using the pose sequence in <video 0>, make a video of a
    robot doing the same deadlift" is no form check)."""
    spec = plugin.get(verdict.task or "") if verdict.kind == "plugin" else None
    if spec is None:
        return verdict
    wants_words = asks_about_file(text) and not asks_to_see(text)
    # a new picture or clip asked for is no answer in words, unless the task's own examples ask for one
    makes = spec.output == "text" and makes_media(text) and not any(makes_media(e) for e in spec.examples)
    if (wants_words and spec.output != "text") or (changes_file(text) and spec.output == "text") or makes \
            or _cued_media(text, spec):
        return replace(verdict, kind="builtin", task=None, scores={**verdict.scores, "output": 1.0})
    return verdict


def _cued_media(text: str, spec: TaskSpec) -> bool:
    """The cues name a built-in task that makes a picture or a clip ("Animate <image 0> so the clouds drift across the
    sky" is no cloud reading), and the plugin task answers in words; or they name only an answer in words ("describe
    the outfit in <image 0> for an alt text caption" is no catwalk clip) and the plugin task makes media; unless its
    own examples are cued so too."""
    wanted = "media" if spec.output == "text" else "text"

    def cued_for(t: str) -> bool:
        cued = cued_tasks(t, {m.group(1) for m in _FILE.finditer(t)})
        return bool(cued) and all((TASKS[c].output == "text") == (wanted == "text") for c in cued)

    # words only where the request says so outright: the cues for words also read "a step-by-step timelapse" or "a
    # breakdown version of <video 0>", which a media task makes
    plainly = wanted == "media" or bool(_WORDS_ONLY.search(text))
    return plainly and cued_for(text) and not any(cued_for(e) for e in spec.examples)


_WORDS_ONLY = re.compile(r"^\W*(?:<(?:image|video) \d+>\s*)?(?:please\s+)?(?:describe|summari[sz]e|transcribe)\b|\balt[- ]?text\b",
                         re.IGNORECASE)


_FILE = re.compile(r"<(image|video) \d+>")
_CONTROL = ("image_control", "video_control")
# a control reading that names its map is control work, not a change a specialist makes ("Lineart-guided video clip from
# <video 0>"); one that names none is often the head's misreading of an edit ("continue the picture so the sofa shows")
_CONTROL_WORDS = re.compile(r"\b(?:depth|edges?|canny|poses?|openpose|skeletons?|scribbles?|sketch(?:es)?|doodles?|line\s*-?art|"
                            r"outlines?|segmentation|seg|normals?|control|guided|guide|map)\b", re.IGNORECASE)
# what anything looks like is the built-in question, whatever specialist is near ("What colour are the sneakers in
# <image 0>?" is no authentication, "describe the landscape around this quarry" no mineral reading)
_LOOKS = re.compile(r"\b(?:what|which)\s+colou?rs?\b|\bdescribe\b|\bwhat\s+(?:is|are)\s+(?:[\w'-]+\s+){0,3}?wearing\b", re.IGNORECASE)
_DECIDED = ("kinds", "limits", "output", "control_map", "no_input", "text_work", "named")
"""Scores a structural rule leaves on a verdict: a verdict they decided is not reopened."""


def as_specialist(scope: Scope, verdict: Verdict, text: str, context: PlanContext,
                  head: Callable[[str], tuple[str | None, float]]) -> Verdict:
    """A text left to the built-in tasks whose nearest plugin task does the same job as the built-in task the
    signature head reads in it (the same kind of input, the same kind of result: a plant-disease reader beside
    image understanding, a day-for-night grade beside video edit) goes to that plugin task when it scores within
    ``specialist_margin`` of the built-in bank, a wider margin than ``route_margin``. The bank holds thousands of
    generic requests of that job and a plugin task a handful of examples; a specialist that is nearly as close
    is the tool its user registered for such requests. A task of another kind still needs ``route_margin``."""
    th = scope.thresholds
    if verdict.kind != "builtin" or not verdict.ranked or any(k in verdict.scores for k in _DECIDED):
        return verdict
    task, score = verdict.ranked[0]
    if score - verdict.scores["builtin"] < th.specialist_margin:
        return verdict
    spec = context.tasks.get(task)
    if spec is None or not same_job(spec, head(text)[0], text):
        return verdict
    # the rules that send a plugin verdict back to the built-in tasks hold for this one too
    specialist = replace(verdict, kind="plugin", task=task, scores={**verdict.scores, "specialist": 1.0})
    found = by_output(text, by_map(text, specialist, {task: spec}), {task: spec})
    return verdict if found.kind != "plugin" else found


_READS = {"image_understanding": "image", "video_understanding": "video", "image_edit": "image", "image_control": "image",
          "image_reference": "image", "image_to_video": "image", "video_reference": "image", "video_edit": "video",
          "video_control": "video"}
"""The kind of file each built-in task that takes one works from (its required role's kind: a control map of
``image_control`` is an image, a first frame an image)."""


def same_job(spec: TaskSpec, builtin: str | None, text: str) -> bool:
    """Whether plugin task ``spec`` works from the same kind of file and makes the same kind of result as built-in
    task ``builtin``, read in ``text`` (an image made from an image by ``image_edit``, ``image_control`` or
    ``image_reference``: the head often confuses those three on a request to change a photo; a control reading that
    names its map is control work; what anything looks like, its colour or a description, is no specialist's words)."""
    other, kind = TASKS.get(builtin or ""), _READS.get(builtin or "")
    # unless the plugin task's own examples name such a map: a sketch-to-mockup task takes sketches
    names_map = builtin in _CONTROL and _CONTROL_WORDS.search(text) and not any(takes_control_map(e) for e in spec.examples)
    if other is None or kind is None or other.output != spec.output or names_map:
        return False
    if spec.output == "text" and _LOOKS.search(text):
        return False
    kinds = {k for role in spec.requires_any for k in spec.role_kinds.get(role, (role,))}
    return kinds == {kind}
