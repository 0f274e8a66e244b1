"""From the model's outputs to a plan: tools, media references, text and meta arguments.

The model decides the plan structure (``Signature``), which placeholder fills which role, and
which meta span belongs to which step; this module only maps those decisions onto the
registered tools:

- tool: the one the registry's chooser picks for the task and the request's words
  (``PlanContext.choose_tool``); tools are seen only as definitions;
- media args by role (``source`` -> ``image``/``video`` by task), as lists where the tool's
  schema wants a list; values ``$input.N``, ``$sK``, ``$turn.-K``;
- text: ``prompt`` or ``question``, whichever the tool's schema has; a multi-step request is cut
  into each step's own words where its connectives allow (``step_text``);
- meta: each span normalised by ``planner.meta`` and snapped to the tool's ``MetaSpec``.

Key parts: ``Prediction``, ``MetaSpan``, ``build_plan`` (one signature -> a plan dict or ``None``
when the request cannot satisfy it, e.g. an edit without an image), ``uses_attachments``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from ...contracts.context import PlanContext
from ...contracts.policy import Policy
from ...contracts.tool import ToolDefinition
from ..meta import MetaIntent, normalize_meta, parse_meta, parse_meta_span
from .features import PLACEHOLDER_PATTERN, Placeholder, RenderedInput
from .labels import SOURCE_ARG, Signature, required_roles, task_roles
from .step_text import split_step_texts

ROLE_THRESHOLD = 0.5
TIME_LABELS = ("duration", "seconds", "frames", "fps")
SIZE_ARGS = ("width", "height")
TIME_ARGS = ("num_frames", "fps")


@dataclass
class MetaSpan:
    text: str
    label: str
    step_probs: list[float]
    start: int = 0


@dataclass
class Prediction:
    signatures: list[tuple[Signature, float]]
    """Candidate plan structures, most probable first."""
    role_probs: list[dict[tuple[int, str], float]]
    """Per placeholder (aligned with ``RenderedInput.placeholders``): P(fills ``(step, role)``)."""
    spans: list[MetaSpan] = field(default_factory=list)


def role_arg(task: str, role: str) -> str:
    return SOURCE_ARG.get(task, "image") if role == "source" else role


_NAMED_LAST = re.compile(r"\b(in|of|from|on|to|with|at|into|about|inside|across|over|onto|under|through|for|by|"
                         r"around|behind)\s+<(image|video) \d+>(\s*[?.!]?\s*)$", re.I)


_APPOSITION = re.compile(r"(\b(?:this|that|the|my|your|our|his|her|their|a|an)\s+(?:[\w'-]+\s+){0,2}?"
                         r"(?:image|picture|pic|photo|photograph|shot|snapshot|selfie|sketch|drawing|painting|portrait|"
                         r"scan|screenshot|logo|still|frame|clip|video|footage|recording)s?)\s*\(?<(?:image|video) \d+>\)?", re.I)


def text_for_tool(rendered: RenderedInput) -> str:
    """The request text without placeholders at its edges; inner ones read as the user named them
    ("the second photo") or as "the image"."""
    text = PLACEHOLDER_PATTERN.sub(lambda m: rendered.names.get(m.group(0), m.group(0)), rendered.text.strip())
    # a file named after a preposition stays in the sentence: "what is happening in <video 0>"
    text = _NAMED_LAST.sub(lambda m: f"{m.group(1)} the {m.group(2)}{m.group(3)}", text)
    # a file right after the noun that names it is said once: "this photo <image 0>" -> "this photo"
    text = _APPOSITION.sub(lambda m: m.group(1), text)
    edge = re.compile(r"^(?:\s*<(?:image|video) \d+>[\s,.:;-]*)+|(?:[\s,.:;-]*<(?:image|video) \d+>\s*)+$")
    text = edge.sub("", text).strip()
    text = PLACEHOLDER_PATTERN.sub(lambda m: f"the {m.group(1)}", text)
    return " ".join(text.split()) or rendered.text.strip()


def build_plan(
    signature: Signature,
    pred: Prediction,
    rendered: RenderedInput,
    *,
    context: PlanContext,
) -> dict[str, Any] | None:
    """A plan dict for one signature, or ``None`` when the request cannot fill it."""
    words = text_for_tool(rendered)
    tools = [context.choose_tool(st.task, words) for st in signature.steps]
    if any(t is None for t in tools):
        return None
    kinds = [t.output_kind(st.task) for st, t in zip(signature.steps, tools, strict=True) if t is not None]
    texts = split_step_texts(words, len(signature.steps), kinds)
    steps: list[dict[str, Any]] = []
    for i, (st, tool) in enumerate(zip(signature.steps, tools, strict=True)):
        assert tool is not None
        media = tool.media_args
        args: dict[str, Any] = {}
        for role, k in st.links:
            arg = role_arg(st.task, role)
            prev = tools[k]
            if arg not in media or k >= i or prev is None or prev.output_kind(signature.steps[k].task) not in media[arg]:
                return None
            args[arg] = [f"$s{k}"] if tool.wants_list(arg) else f"$s{k}"
        linked = {role for role, _ in st.links}
        chosen = _assign_roles(i, st.task, tool, pred, rendered, skip=linked)
        if chosen is None:
            return None
        args.update(chosen)
        text_arg = tool.text_arg()
        if text_arg is not None:
            args[text_arg] = texts[i]
        steps.append({"id": f"s{i}", "task": st.task, "tool": tool.name, "args": args})
    _place_unused_attachments(signature, tools, steps, pred, rendered)
    _add_meta(signature, tools, steps, pred, rendered.text, context.policy)
    return {"steps": steps}


def _assign_roles(
    step: int, task: str, tool: ToolDefinition, pred: Prediction, rendered: RenderedInput, *, skip: set[str]
) -> dict[str, Any] | None:
    media = tool.media_args
    roles = [r for r in task_roles(task) if r not in skip and role_arg(task, r) in media]
    candidates: list[tuple[float, int, str]] = []
    for p_idx, ph in enumerate(rendered.placeholders):
        if ph.kind not in ("image", "video"):
            continue
        for role in roles:
            if ph.kind in media[role_arg(task, role)]:
                prob = pred.role_probs[p_idx].get((step, role), 0.0) if p_idx < len(pred.role_probs) else 0.0
                candidates.append((prob, p_idx, role))
    candidates.sort(key=lambda c: -c[0])
    filled: dict[str, list[Placeholder]] = {}
    used: set[int] = set()

    def take(p_idx: int, role: str) -> None:
        filled.setdefault(role, []).append(rendered.placeholders[p_idx])
        used.add(p_idx)

    for prob, p_idx, role in candidates:
        if prob < ROLE_THRESHOLD or p_idx in used:
            continue
        if role in filled and not (role == "reference" and tool.wants_list(role_arg(task, role))):
            continue
        take(p_idx, role)
    needed = [r for r in required_roles(task) if r not in skip]
    if needed and not any(r in filled for r in needed) and not (set(required_roles(task)) & skip):
        best = next(((p, r) for _, p, r in candidates if r in needed and p not in used), None)
        if best is None:
            # a file the model gave an optional role goes to the role the step cannot do without ("repaint the
            # walls in <image 0>": read as a look to follow, but an edit needs its source)
            best = next(((p, r) for _, p, r in candidates if r in needed), None)
            if best is None:
                return None
            moved = rendered.placeholders[best[0]]
            for role in [r for r, phs in filled.items() if moved in phs]:
                filled[role].remove(moved)
                if not filled[role]:
                    del filled[role]
        take(*best)
    out: dict[str, Any] = {}
    for role, phs in filled.items():
        arg = role_arg(task, role)
        refs = [ph.ref for ph in phs]
        out[arg] = refs if tool.wants_list(arg) else refs[0]
    return out


def _place_unused_attachments(
    signature: Signature, tools: list[ToolDefinition | None], steps: list[dict[str, Any]], pred: Prediction, rendered: RenderedInput
) -> None:
    """An attached file the plan leaves out goes to the open role the model rates highest for it.

    Users attach files to have them used: a mask or a first frame whose probability fell under the
    threshold ("only inside <image 1>") is still the model's best reading of that file. Only roles
    that step can still take and whose kind fits are candidates; earlier outputs (``$turn``) are not
    forced in (a follow-up may ignore them).
    """
    used = {ref for st in steps for v in st["args"].values() for ref in (v if isinstance(v, list) else [v])}
    for p_idx, ph in enumerate(rendered.placeholders):
        if not ph.ref.startswith("$input.") or ph.ref in used or ph.kind not in ("image", "video"):
            continue
        best: tuple[float, int, str] | None = None
        for i, (st, tool) in enumerate(zip(signature.steps, tools, strict=True)):
            if tool is None:
                continue
            media = tool.media_args
            for role in task_roles(st.task):
                arg = role_arg(st.task, role)
                if arg not in media or ph.kind not in media[arg]:
                    continue
                if arg in steps[i]["args"] and not tool.wants_list(arg):
                    continue
                prob = pred.role_probs[p_idx].get((i, role), 0.0) if p_idx < len(pred.role_probs) else 0.0
                if best is None or prob > best[0]:
                    best = (prob, i, role)
        if best is None:
            continue
        _, i, role = best
        tool = tools[i]
        assert tool is not None
        arg = role_arg(signature.steps[i].task, role)
        if tool.wants_list(arg):
            steps[i]["args"].setdefault(arg, []).append(ph.ref)
        else:
            steps[i]["args"][arg] = ph.ref
        used.add(ph.ref)


def _add_meta(
    signature: Signature,
    tools: list[ToolDefinition | None],
    steps: list[dict[str, Any]],
    pred: Prediction,
    text: str,
    policy: Policy | None,
) -> None:
    """Give each meta mention to its step (by the model's step head) and write normalised args.

    The model says *where* meta is mentioned and for which step; ``planner.meta`` says what it
    means. A phrase the rules also recognise there is read whole (the model's span may cover only
    part of "a width of 768 pixels", or only the ":" of "1:1"); a phrase the rules find where the
    model saw none is not meta ("a portrait of a king"); a model span the rules did not find is
    read on its own with the model's label.
    """
    sized = [i for i, t in enumerate(tools) if t is not None and set(SIZE_ARGS) & set(t.properties)]
    timed = [i for i, t in enumerate(tools) if t is not None and set(TIME_ARGS) & set(t.properties)]
    rule_spans = parse_meta(text).spans
    mentions: list[tuple[int, int, str, list[float]]] = []  # (start, end, label, step probabilities)
    claimed: set[int] = set()
    for r_idx, (rs, re_, rlabel) in enumerate(rule_spans):
        overlapping = [sp for sp in pred.spans if sp.start < re_ and sp.start + len(sp.text) > rs]
        if overlapping:
            claimed.add(r_idx)
            probs = [sum(sp.step_probs[i] for sp in overlapping) for i in range(len(overlapping[0].step_probs))]
            mentions.append((rs, re_, rlabel, probs))
    for sp in pred.spans:
        covered = any(rs < sp.start + len(sp.text) and re_ > sp.start for k, (rs, re_, _) in enumerate(rule_spans) if k in claimed)
        if not covered:
            mentions.append((sp.start, sp.start + len(sp.text), sp.label, sp.step_probs))
    kinds = [t.output_kind(st.task) if t is not None else None for st, t in zip(signature.steps, tools, strict=True)]
    intents: dict[int, MetaIntent] = {}
    for start, end, label, probs in mentions:
        allowed = timed if label in TIME_LABELS else sized
        # "a 640x480 clip", "a clip in 16:9": the phrase sizes the result its noun names
        named = [i for i in allowed if kinds[i] == named_kind(text, start, end)]
        allowed = named if len(named) == 1 else allowed
        if not allowed or orientation_noun(text, start, end):
            continue
        phrase = text[start:end]
        target = max(allowed, key=lambda i: probs[i] if i < len(probs) else 0.0)
        intent = parse_meta_span(phrase, label)
        intents[target] = intents[target].merge(intent) if target in intents else intent
    for i, intent in intents.items():
        tool = tools[i]
        assert tool is not None
        video = tool.output_kind(signature.steps[i].task) == "video" and bool(set(TIME_ARGS) & set(tool.properties))
        values = normalize_meta(intent, tool.meta, video=video, policy=policy)
        steps[i]["args"].update({k: v for k, v in values.items() if k in tool.properties})


_VIDEO_NOUNS = "clip|video|vid|animation|film|footage|movie|gif"
_IMAGE_NOUNS = "image|picture|pic|photo|photograph|drawing|painting|poster|illustration|still|artwork|wallpaper|render"
# the noun right after the phrase ("a 640x480 clip", "a 2-sec long animation"), or a new result's noun
# right before it ("a clip in 16:9"; not "that image in 16:9", which points at an earlier result)
_NOUN_AFTER = re.compile(rf"^[\s-]*(?:(?:short|long)[\s-]+)?({_VIDEO_NOUNS}|{_IMAGE_NOUNS})s?\b", re.I)
_NOUN_BEFORE = re.compile(rf"\ban?\s+(?:[\w-]+\s+){{0,2}}?({_VIDEO_NOUNS}|{_IMAGE_NOUNS})\s+(?:in|at|with)\s+(?:an?\s+)?$", re.I)


_ORIENT_NOUN = re.compile(r"^(?:portrait|landscape)$", re.I)
_DETERMINER = re.compile(r"\b(?:this|that|the|my|your|our|his|her|their|a|an)\s+$", re.I)
_FORMAT_AFTER = re.compile(rf"^[\s-]*(?:(?:short|long|small|big|large|little|new|quick)\s+)?(?:format|mode|orientation|oriented|"
                           rf"layout|aspect|shaped|ratio|view|version|frame|shot|size|{_VIDEO_NOUNS}|{_IMAGE_NOUNS})s?\b", re.I)


def orientation_noun(text: str, start: int, end: int) -> bool:
    """Whether an orientation word at ``text[start:end]`` is a noun: "turn this portrait into a clay
    sculpture", "a portrait of a king", "the landscape behind her" name a thing, not a shape."""
    return (bool(_ORIENT_NOUN.match(text[start:end].strip())) and bool(_DETERMINER.search(text[:start]))
            and not _FORMAT_AFTER.match(text[end:]))


def named_kind(text: str, start: int, end: int) -> str | None:
    """``video`` or ``image`` when the meta phrase at ``text[start:end]`` modifies a media noun right
    beside it ("a 640x480 clip", "a 2-sec animation", "a poster in 16:9"); ``None`` otherwise."""
    m = _NOUN_AFTER.match(text[end:]) or _NOUN_BEFORE.search(text[:start])
    if m is None:
        return None
    return "video" if re.fullmatch(_VIDEO_NOUNS, m.group(1), flags=re.I) else "image"


def uses_attachments(plan: dict[str, Any], rendered: RenderedInput) -> bool:
    """Whether a plan uses at least one attached file, or the request has none to use."""
    inputs = {ph.ref for ph in rendered.placeholders if ph.ref.startswith("$input.") and ph.kind in ("image", "video")}
    if not inputs:
        return True
    used = {ref for st in plan["steps"] for v in st["args"].values() for ref in (v if isinstance(v, list) else [v])}
    return bool(inputs & used)
