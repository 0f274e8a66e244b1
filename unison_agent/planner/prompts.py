"""Prompts a generator can use: what to draw, not how the request was phrased.

A planner fills a generation step's ``prompt`` with the words it was planned from ("Create a 480P
image of a clownfish…", "animate it for 1 second"). A diffusion model needs the content, so
``generator_prompts`` rewrites the prompt of every step that makes an image or a video, for every
planner alike:

- what the request says about size and length goes (it is in the step's arguments already):
  "480P", "768x480", "16:9", "for 3 seconds";
- the request's own verbs and media nouns go: "please create an image of a fox" -> "a fox";
  a style verb stays as a noun: "paint a lighthouse" -> "a painting of a lighthouse";
- a follow-up carries its subject forward: a step that works on an earlier step's output (or on
  an earlier turn's) and says "it" gets that step's prompt: "animate it" after "a red dragon" ->
  "a red dragon, animated"; "make a video of it at night" -> "a castle on a hill at night";
- the words the step was planned from stay in ``Step.source_text``.

Edits ("make it brighter") keep their instruction: only the meta phrases are taken out.
Rules, not a model: they are listed here and tested in ``tests/test_prompts.py``.
"""

from __future__ import annotations

import re
from typing import Any

from ..contracts.context import PlanContext
from ..contracts.plan import Plan, Step
from .meta_parse import parse_meta

#: tasks whose prompt describes new content (verbs and media nouns go); other generation tasks
#: (edits, plugin tasks) keep their instruction and lose only the meta phrases
DESCRIBING = {"text_to_image", "text_to_video", "image_reference", "image_control", "image_to_video",
              "video_reference", "video_control"}
_POLITE = re.compile(r"^(?:(?:please|pls|kindly|hey|hi|ok(?:ay)?|now|so|and)[\s,]+|(?:can|could|would|will)\s+you\s+|"
                     r"i(?:'d| would)?\s+(?:like|love|want|need)(?:\s+you)?(?:\s+to)?\s+|let'?s\s+|go\s+ahead\s+and\s+)+",
                     re.IGNORECASE)
_LATER_ASK = re.compile(r"[.!]\s+(?:(?:can|could|would|will)\s+you\s+(?:please\s+)?|please\s+)", re.IGNORECASE)
_VERB = re.compile(r"^(?:create|make|generate|render|produce|design|build|give|show|get|do|turn\s+out)(?:\s+(?:me|us))?\s+",
                   re.IGNORECASE)
_STYLE_VERB = re.compile(r"^(paint|draw|sketch|illustrate|film|shoot)(?:\s+(?:me|us))?\s+", re.IGNORECASE)
_STYLE_NOUN = {"paint": "a painting of", "draw": "a drawing of", "sketch": "a sketch of",
               "illustrate": "an illustration of", "film": "a video of", "shoot": "a video of"}
_MEDIA = (r"(?:image|picture|pic|photo|photograph|video|clip|animation|movie|film|footage|render|rendering|"
          r"shot|frame|version)s?")
_MEDIA_PHRASE = re.compile(rf"^(?:(?:a|an|the|one|some|another|new)\s+)?(?:(?:short|quick|little|brief|nice|new|"
                           rf"high[- ]quality|beautiful|realistic|looping|[a-z]+-(?:second|minute|frame))\s+)*{_MEDIA}"
                           rf"\s+(?:of|showing|that\s+shows|depicting|with|where|in\s+which|featuring)\s+", re.IGNORECASE)
_ANIMATE = re.compile(r"^(?:(?:animate|bring|make)\s+(?:it|this|that|them|the\s+(?:image|picture|photo))"
                      r"(?:\s+(?:to\s+life|move|come\s+alive))?"
                      # "make it move" with its verb already cleaned off
                      r"|(?:it|this|that|them)\s+(?:to\s+life|move|come\s+alive))\b[\s,]*", re.IGNORECASE)
# "use that image as the reference": the whole "that image" stands for the subject
_PRONOUN = re.compile(r"\b(?:(?:it|this|that|them)(?:\s+(?:image|picture|photo|drawing|painting|result))?|"
                      r"the\s+(?:image|picture|photo|result))\b", re.IGNORECASE)
#: the words that only introduce a meta phrase: "with a [width of 768]", "that is [2 seconds] long"
_LEFT_OF_META = re.compile(r"(?:\b(?:with|having|at|in|for|lasting|and|that\s+is|which\s+is|that's|is|of)\s+)?"
                           r"(?:(?:a|an|the|total)\s+)*$", re.IGNORECASE)
_RIGHT_OF_META = re.compile(r"^\s*(?:long|in\s+length|in\s+size|(?:in\s+)?resolution)\b", re.IGNORECASE)
#: connectors a removed meta phrase leaves dangling: "for", "that is", "lasting", "long", "in"
_DANGLING = re.compile(r"\s*\b(?:that\s+is|which\s+is|that's|lasting|for|at|in|with|of|and|from|on|to|into)?\s*\b(?:long|in\s+length)?"
                       r"(?=\s*(?:[,.;!?]|$))", re.IGNORECASE)


def generator_prompts(plan: Plan, context: PlanContext) -> Plan:
    """``plan`` with the prompt of each image/video step rewritten (see the module doc)."""
    written: dict[str, str] = {}
    steps: dict[str, Step] = {}
    for step in plan.dependency_order():
        steps[step.id] = _rewrite(step, context, written)
    if all(steps[s.id] is s for s in plan.steps):
        return plan
    return plan.model_copy(update={"steps": [steps[s.id] for s in plan.steps]})


def _rewrite(step: Step, context: PlanContext, written: dict[str, str]) -> Step:
    try:
        tool = context.definition(step.tool)
        kind = tool.output_kind(step.task)
    except Exception:  # an unknown tool or task is the validator's to report
        return step
    prompt = step.args.get("prompt")
    if kind not in ("image", "video") or "prompt" not in tool.properties or not isinstance(prompt, str):
        return step
    new = clean_prompt(prompt, describing=step.task in DESCRIBING)
    subject = _subject(step, context, written)
    if subject and step.task in DESCRIBING:
        new = carry_subject(new, subject)
    new = new or prompt
    if step.task in DESCRIBING:  # an edit's prompt is an instruction ("remove the background"), not what it shows
        written[step.id] = new
    if new == prompt:
        return step
    # validated again, not copied: a step's references are parsed from its arguments
    return Step.model_validate({**step.model_dump(), "args": {**step.args, "prompt": new},
                                "source_text": step.source_text or prompt})


def clean_prompt(text: str, *, describing: bool = True) -> str:
    """``text`` without its size/length phrases and, when ``describing``, without the request's
    verbs and media nouns."""
    out = text
    for start, end, _label in sorted(parse_meta(text).spans, reverse=True):
        before = _LEFT_OF_META.sub("", out[:start])
        after = _RIGHT_OF_META.sub("", out[end:])
        out = before + " " + after
    out = _DANGLING.sub("", re.sub(r"\s+", " ", out)).strip()
    out = re.sub(r"(?:,\s*)+(?=(?:of|showing|depicting|featuring)\b)", " ", out)
    out = re.sub(r"\s+([,.;!?])", r"\1", out)
    out = re.sub(r"([,;])\s*(?=[,;.!?]|$)", "", out).strip(" ,;:")
    if not describing:
        return out
    out = _POLITE.sub("", out)
    if (m := _STYLE_VERB.match(out)) is not None:
        rest = _MEDIA_PHRASE.sub("", out[m.end():])
        out = f"{_STYLE_NOUN[m.group(1).lower()]} {rest}" if re.match(r"(?:a|an|the|some|my|our|\d)\b", rest, re.I) else rest
    else:
        out = _VERB.sub("", out)
    out = _MEDIA_PHRASE.sub("", out)
    # a later sentence asking politely adds a detail: "a poster for the bake sale. Could you use pastel colours?"
    if _LATER_ASK.search(out):
        out = _LATER_ASK.sub(", ", out).rstrip("?")
    out = re.sub(r"[\s,]*\bplease\b[.!]?$", "", out, flags=re.IGNORECASE)
    return out.strip(" ,;:.!")


def carry_subject(prompt: str, subject: str) -> str:
    """A follow-up's prompt with "it" replaced by the subject it refers to."""
    if not prompt:
        return subject
    m = _ANIMATE.match(prompt)
    if m is not None:
        rest = prompt[m.end():].strip()
        return f"{subject}, animated, {rest}" if rest else f"{subject}, animated"
    if _PRONOUN.search(prompt):
        return _PRONOUN.sub(lambda _: subject, prompt, count=1)
    return prompt


def _subject(step: Step, context: PlanContext, written: dict[str, str]) -> str | None:
    """The prompt of the earlier step (or turn) whose output this step works on, if known."""
    for found in step.refs:
        ref = found.ref
        if ref is None:
            continue
        if ref.kind == "step" and ref.step in written:
            return written[ref.step]
        if ref.kind == "turn" and ref.index is not None and context.history is not None:
            idx = ref.index + len(context.history) if ref.index < 0 else ref.index
            if 0 <= idx < len(context.history):
                return _turn_prompt(context.history.turns[idx].plan, ref.step)
    return None


def _turn_prompt(plan: dict[str, Any] | None, step_id: str | None) -> str | None:
    steps = (plan or {}).get("steps") or []
    chosen = next((s for s in steps if s.get("id") == step_id), None) if step_id else None
    for s in [chosen] if chosen else reversed(steps):
        prompt = (s or {}).get("args", {}).get("prompt")
        if isinstance(prompt, str) and prompt.strip():
            return prompt
    return None
