"""Before the signature head: is this request (or one of its parts) a plugin task, or nothing we can do?

``route`` cuts the request into parts at its sequence words ("then", "after that", ...; see
``step_text``), asks ``Scope.judge`` about the whole request and each part, and then:

- any part (or the whole) is outside what the registry can do, and does not ask for words ("write a
  cover letter" is text work whatever it is about) nor, with no file, how to do something ("how do I
  cancel Netflix?" asks for instructions), nor, refused by the action probe alone, a question about an
  attached file ("is the shop in <image 0> open on sundays?") -> ``UnsupportedRequestError`` naming
  that part and the nearest registered tasks (a refusal by prototypes where the signature head is sure
  needs the larger ``sure_margin``; one by the action probe, calibrated on its own, does not). A multi-step request is refused as a whole, not
  planned without the part: the later parts usually work on the missing part's result, and a
  plan that silently skips a step gives the user something they did not ask for;
- a part that asks for a picture of videos alone ("a still from the middle of <video 0>"; ``kinds``) is
  no built-in task's result: it goes to the best plugin task that makes images from videos, or is refused
  as above, whatever the scores say; so is a part about a video's sound or asking for a file format the
  built-in tools do not write (``media_limits``), or asking for today's data (``live``), unless a plugin
  task covers that capability;
- the whole request (one part) is a plugin task -> a one-step plan on the tool ``choose_tool``
  picks, arguments from ``fill.fill_args``;
- several parts, at least one a plugin task -> one step per part in order, each continuing from
  the step before when its part names no attachment; the other parts get the built-in task the
  signature head reads in that part alone;
- otherwise ``None``: the signature head plans as before (its plans are unchanged by plugins).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from dataclasses import replace
from typing import Any

from ...contracts.context import PlanContext
from ...contracts.errors import UnsupportedRequestError
from ...contracts.tasks import TASKS, TaskSpec
from ..compose import asks_for_words, asks_how, one_question, step_pieces
from ..enumeration import list_items
from .action import CAPABILITY as ACTION_CAPABILITY
from .action import PLACEHOLDER
from .asks import asks_only
from .clauses import hands_over, later_clauses
from .covers import covers
from .cuts import CAPABILITY as TRIMMING
from .cuts import cuts_video
from .devices import controls_device
from .features import RenderedInput
from .file_actions import CAPABILITY as ACTS_ON_FILE
from .file_actions import acts_on_file
from .fill import fill_args, media_candidates
from .kinds import CAPABILITY as KIND_CAPABILITY
from .kinds import asks_for_image, image_from_video, video_only
from .live import CAPABILITY as LIVE_DATA
from .live import asks_live, names_site
from .media_limits import needs, without_waved_sound
from .memory import CAPABILITY as MEMORY
from .memory import recalls_earlier
from .ml_jobs import reaches_hub_or_disk, trains_or_runs
from .personal_data import reads_own_data
from .physical import CAPABILITY as PHYSICAL
from .physical import asks_physical
from .products import works_in_product
from .run_code import CAPABILITY as RUNNING_CODE
from .run_code import asks_to_run
from .scope import Scope, Verdict
from .services import runs_errand
from .specialist import as_specialist, by_map, by_output
from .step_text import _SEQUENCE
from .withdraw import withdrawn

_EDGE = re.compile(r"^(?:\s*<(?:image|video) \d+>[\s,.:;-]*)+|(?:[\s,.:;-]*<(?:image|video) \d+>\s*)+$")


_RETURNS = re.compile(r"^\W*(?:then|and|after\s+that)?\s*(?:(?:go(?:es|ing)?|come|slow(?:s|ing)?|speed(?:s|ing)?|ease)\s+)?"
                      r"(?:back\s+(?:to|into|out|up|down|again)|return(?:s|ing)?\s+to)\s+(?:normal|real[- ]time|regular|full|"
                      r"the\s+(?:usual|original|normal|regular))\b", re.IGNORECASE)


def parts_of(text: str) -> list[str]:
    """The request cut at every sequence word that starts a step (``compose.starts_step``), or into the items of a
    numbered list; one part when a piece would be under two words."""
    items = list_items(text)
    if items:
        return items
    pieces = step_pieces(text, _SEQUENCE)
    # "..., then back to normal" returns to what was before: no step of its own
    for k in range(len(pieces) - 1, 0, -1):
        if _RETURNS.match(pieces[k]):
            pieces[k - 1:k + 1] = [pieces[k - 1] + pieces[k]]
    cleaned = [p.strip(" ,;.:") for p in pieces]
    return cleaned if len(cleaned) > 1 and all(len(p.split()) >= 2 for p in cleaned) else [text]


def judged_parts(text: str) -> list[str]:
    """The parts of a request (placeholders as ``<image 0>``) the router judges: ``parts_of``, except that
    a word problem is one part (its "then"s join events: "then it sold 15" alone reads as an action)."""
    return [text] if not PLACEHOLDER.search(text) and one_question(text) else parts_of(text)


def judged_texts(texts: list[str]) -> tuple[list[str], list[int]]:
    """Each text whole and each part of a multi-part one, as ``judge_request`` judges them (calibration
    counts a request once, by its worst text); the index of its request per row."""
    flat, owner = [], []
    for k, t in enumerate(texts):
        parts = judged_parts(t)
        for x in [t] + (parts if len(parts) > 1 else []):
            flat.append(x)
            owner.append(k)
    return flat, owner


def words_of(text: str) -> str:
    """A part's words for a text argument: placeholders at the edges dropped, inner ones "the image"."""
    out = _EDGE.sub("", text).strip()
    out = re.sub(r"<(image|video) \d+>", lambda m: f"the {m.group(1)}", out)
    return " ".join(out.split()) or text.strip()


def display_of(text: str) -> str:
    """A part as the user wrote it, attachments named by kind ("add music to the video")."""
    return " ".join(re.sub(r"<(image|video) \d+>", lambda m: f"the {m.group(1)}", text).split())


def judge_request(scope: Scope, rendered: RenderedInput, context: PlanContext) -> tuple[list[str], Verdict, list[Verdict]]:
    """The request's parts, the verdict on the whole request and one per part (none for a single part)."""
    tasks = context.tasks
    plugin = {n: s for n, s in tasks.items() if n not in TASKS and context.registry.tools_for_task(n)}
    # a tool that serves one plugin task describes that task too ("keeps fine hair and fur edges")
    plugin = {n: replace(s, examples=(*s.examples, *sorted({t.description for t in context.registry.tools_for_task(n)
                                                             if len(t.tasks) == 1})))
              for n, s in plugin.items()}
    served = {n for n in TASKS if context.registry.tools_for_task(n)}
    parts = judged_parts(rendered.text)
    texts = [rendered.text] + (parts if len(parts) > 1 else [])
    builtin_tools = tuple(sorted({t.description for t in context.registry if all(k in TASKS for k in t.tasks)}))
    live = set(scope.index(plugin, builtin_tools).outside.names) | {c for c in RULE_ONLY if not _plugin_does(plugin, c)}
    # a chain's earlier step makes a file for a later one ("draw a fox, then flip it")
    media = bool(rendered.media) or len(parts) > 1
    clauses = [asked_apart(t, media) + later_clauses(t, writes=asks_for_words(t)) for t in texts[-len(parts):]]
    clauses = clauses if len(texts) == 1 else [[], *clauses]
    flat = [c for cs in clauses for c in cs]
    judged = scope.judge(texts + flat, plugin, served, builtin_tools)
    # a part may ask about the request's video without naming it ("describe <video 0>, and also what does he say?")
    video = "<video" in rendered.text
    # a later part works on what an earlier one made ("edit <image 0> ..., then list it on our etsy shop")
    verdicts = [_reviewed(scope, context, t, _by_inputs(scope, v, plugin, media), plugin, live, video, earlier=i >= 2)
                for i, (t, v) in enumerate(zip(texts, judged, strict=False))]
    rest = iter(zip(flat, judged[len(texts):], strict=True))
    verdicts = [_by_clauses(scope, v, [next(rest) for _ in cs], plugin, live, video) for v, cs in zip(verdicts, clauses, strict=True)]
    return parts, verdicts[0], verdicts[1:]


def asked_apart(text: str, media: bool) -> list[str]:
    """With no file, what ``text`` asks after the user's own story (at least ``_STORY_WORDS`` words of it), judged
    alone like a later clause ("I've been a terrible bookkeeper this year and the tax deadline is looming. Could you
    log into my PayPal and add up every payment?": the story dilutes the errand for the probe). With a file, the ask
    is about it, and the withdrawals read it; a short greeting or a size left at the end is no story."""
    asked = None if media else asks_only(text, own_story=True)
    if not asked or len(asked.split()) < _ASK_WORDS or len(text.split()) - len(asked.split()) < _STORY_WORDS:
        return []
    return [asked]


_STORY_WORDS, _ASK_WORDS = 8, 5


def _by_clauses(scope: Scope, verdict: Verdict, clauses: list[tuple[str, Verdict]], plugin: dict[str, TaskSpec],
                live: set[str], video: bool) -> Verdict:
    """A text's verdict, or the refusal of its first later clause that asks for an errand (``clauses``): one the
    action probe or the rules refuse, that does not ask for words ("and write me a caption for it"). A clause
    refused by prototypes alone is not enough (a few words out of context sit near anything)."""
    if verdict.kind == "refuse":
        return verdict
    for clause, found in clauses:
        found = _by_limits(clause, found, live, plugin, video, earlier=True)
        # a clause that names the request's file changes it ("and add it to <image 0>"): files sent elsewhere are the
        # rules' to name
        by_probe = scope.refuses_by_probe(found) and not hands_over(clause) and not PLACEHOLDER.search(clause)
        refused = found.kind == "refuse" and ("limits" in found.scores or by_probe)
        if refused and not (asks_for_words(clause) or asks_how(clause)):
            return replace(found, part=display_of(clause))
    return verdict


def _reviewed(scope: Scope, context: PlanContext, text: str, verdict: Verdict, plugin: dict[str, TaskSpec],
              live: set[str], video: bool, *, earlier: bool = False) -> Verdict:
    """The scores' verdict on ``text`` after the structural rules, in order: the kinds asked for, a control map
    given, the kind of result asked for, what the rules name, a tool named, text work, a question about a file."""
    verdict = by_output(text, by_map(text, _by_kind(text, verdict, plugin), plugin), plugin)
    verdict = _named(context, text, _by_limits(text, verdict, live, plugin, video, earlier=earlier))
    return withdrawn(scope, text, verdict)


def _by_inputs(scope: Scope, verdict: Verdict, plugin: dict[str, TaskSpec], media: bool) -> Verdict:
    """A plugin task that needs a file, found for a one-part request with none (attached or earlier), cannot take it ("play e4
    in my game on chess.com" is no chess-photo reader): the verdict is what it would be without that task, refused
    when the action probe reads an action, else left to the built-in tasks (where the rules still apply)."""
    spec = plugin.get(verdict.task or "") if verdict.kind == "plugin" else None
    if spec is None or media or not spec.requires_any:
        return verdict
    probe = scope.action
    if probe is not None and verdict.scores.get("action", 0.0) >= probe.threshold:
        return replace(verdict, kind="refuse", task=ACTION_CAPABILITY, scores={**verdict.scores, "no_input": 1.0})
    return replace(verdict, kind="builtin", task=None, scores={**verdict.scores, "no_input": 1.0})


def _by_kind(text: str, verdict: Verdict, plugin: dict[str, TaskSpec]) -> Verdict:
    """A picture asked of videos alone ("a still from the middle of <video 0>") is no built-in task's result:
    the best-scoring plugin task that makes images from videos, or a refusal naming that capability."""
    if not (video_only(text) and asks_for_image(text)):
        return verdict
    scores = {**verdict.scores, "kinds": 1.0}
    best = next((n for n, _ in verdict.ranked if image_from_video(plugin[n])), None)
    if best is not None:
        return replace(verdict, kind="plugin", task=best, scores=scores)
    return replace(verdict, kind="refuse", task=KIND_CAPABILITY, scores=scores)


def limit_of(text: str, *, video: bool = False, earlier: bool = False) -> str | None:
    """The outside capability a text needs whatever its scores say, by rule, or ``None``: sound, speech, a file
    format, a 3D asset (``media_limits``), an earlier conversation (``memory``), today's data or a web search
    (``live``), a chore (``physical``), an attached file to post or print elsewhere (``file_actions``), an errand
    through a service (``services``), the user's own accounts and files (``personal_data``), a hub or a path on the
    user's disk (``ml_jobs``), work inside a named product (``products``), a device to control (``devices``), code to
    run (``run_code``) or a model to train or a job to run (``ml_jobs``), a video cut in time or joined (``cuts``);
    last, a web site named by its bare address (``live``). ``video``: the request the text is
    a part of attaches a video; ``earlier``: the text is a later part or clause, whose "it" is what an earlier one
    made."""
    return (needs(text, video=video) or (MEMORY if recalls_earlier(text) else None)
            or (LIVE_DATA if asks_live(without_waved_sound(text)) else None) or (PHYSICAL if asks_physical(text) else None)
            or (ACTS_ON_FILE if acts_on_file(text, earlier=earlier) or runs_errand(text) or reads_own_data(text)
                or reaches_hub_or_disk(text) or works_in_product(text) else None)
            or (RUNNING_CODE if controls_device(text) or asks_to_run(text) or trains_or_runs(text) else None)
            or (TRIMMING if cuts_video(text, video=video) else None)
            or (LIVE_DATA if names_site(text) else None))


RULE_ONLY = (TRIMMING,)
"""Capabilities the rules name that no outside prototype stands for: live while no plugin task does them."""


def _plugin_does(plugin: dict[str, TaskSpec], capability: str) -> bool:
    """A registered plugin task whose description or one of whose examples the rules name as ``capability``."""
    return capability in _named_by_rules(tuple(sorted(e for s in plugin.values() for e in (s.description, *s.examples))))


@functools.lru_cache(maxsize=64)
def _named_by_rules(texts: tuple[str, ...]) -> frozenset[str]:
    """The capabilities the rules name in ``texts`` (a registry's plugin descriptions and examples), once per registry:
    reading them on every request tripled the planner's latency with 50 tools."""
    return frozenset(c for t in texts if (c := limit_of(t, video="<video" in t)) is not None)


def _by_limits(text: str, verdict: Verdict, live: set[str], plugin: dict[str, TaskSpec], video: bool = False, *,
               earlier: bool = False) -> Verdict:
    """What ``limit_of`` names is refused, naming that capability, while no registered plugin task covers it (it
    is still ``live``) and the plugin task the scores found, if any, may not do it: a plugin task does what the same
    rule names in its own description or examples ("video to gif" takes "turn <video 0> into a gif"), not what is
    merely near its words (a text reader near "print <image 0> on my office printer" does not print; a dance
    breakdown near "what song are they dancing to in <video 0>?" does not hear)."""
    capability = limit_of(text, video=video, earlier=earlier)
    # no plugin covers chores or earlier conversations (no outside prototype stands for them)
    if capability is None or (capability not in live and capability not in (PHYSICAL, MEMORY)) or does(plugin, verdict, capability, text):
        return verdict
    # a refusal by prototypes already: now one that a sure signature head does not overrule
    return replace(verdict, kind="refuse", task=capability, scores={**verdict.scores, "limits": 1.0})


def does(plugin: dict[str, TaskSpec], verdict: Verdict, capability: str, text: str = "") -> bool:
    """Whether the plugin task ``verdict`` routes to may do ``capability``: when the rules name it in the task's own
    description or one of its examples. (The ninth stop let any plugin task make sounds, formats or live data;
    blind set 12's dance breakdown then took "what song are they dancing to?" and its film-look grader a ".cube LUT
    file".) Or where its own words say it retimes video or reads playing off it (``covers``)."""
    spec = plugin.get(verdict.task or "") if verdict.kind == "plugin" else None
    if spec is None:
        return False
    return any(limit_of(e) == capability for e in (spec.description, *spec.examples)) or covers(spec, capability, text)


def refusal_stands(scope: Scope, verdict: Verdict, head: Callable[[str], tuple[str | None, float]], text: str) -> bool:
    """Whether a ``refuse`` verdict on ``text`` is final: one by prototypes that beat the registered tasks by
    under ``sure_margin`` gives way when the signature head (asked only then) is sure of a built-in structure;
    one by the action probe, calibrated on its own, or by the kinds asked for (``_by_kind``, ``_by_limits``),
    never does."""
    th = scope.thresholds
    return (verdict.scores["refuse_margin"] >= th.sure_margin or scope.refuses_by_probe(verdict)
            or "kinds" in verdict.scores or "limits" in verdict.scores or head(text)[1] < th.sure_head)


def _named(context: PlanContext, text: str, verdict: Verdict) -> Verdict:
    """A text that names a tool ("apply vintage_filter", "with esrgan") is that tool's task, whatever the
    scores say: the user has chosen. Names of tools of several tasks decide only between built-in and plugin."""
    tasks = {k for t in context.registry.named_tools(text) for k in t.tasks}
    if not tasks:
        return verdict
    named = {**verdict.scores, "named": 1.0}
    if tasks <= set(TASKS):
        return replace(verdict, kind="builtin", task=None, scores=named)
    return replace(verdict, kind="plugin", task=tasks.pop(), scores=named) if len(tasks) == 1 else verdict


def route(scope: Scope, rendered: RenderedInput, context: PlanContext,
          head: Callable[[str], tuple[str | None, float]]) -> dict[str, Any] | None:
    """A plan dict for plugin tasks, ``None`` to leave the request to the signature head; raises
    ``UnsupportedRequestError`` for what no registered task can do. ``head(text)``: the built-in
    task the signature head reads in a part on its own, and how sure it is of its best structure
    (a refusal against a sure head needs the larger ``sure_margin``: requests that state sizes and
    frame rates sit close to "change the resolution / frame rate")."""
    parts, whole, each = judge_request(scope, rendered, context)
    for part, verdict in zip(parts if each else [rendered.text], each or [whole], strict=True):
        if verdict.kind == "refuse" and refusal_stands(scope, verdict, head, part):
            raise UnsupportedRequestError(verdict.part or display_of(part), verdict.task, verdict.nearest)
    history = [(p.ref, p.kind) for p in rendered.placeholders if p.segment == 1]
    whole = as_specialist(scope, whole, rendered.text, context, head) if not each else whole
    each = [as_specialist(scope, v, part, context, head) for part, v in zip(parts, each, strict=False)]
    if not each:
        if whole.kind != "plugin" or whole.task is None:
            return None
        step = _step(whole.task, rendered.text, context, media_candidates(rendered.text, history), None)
        return None if step is None else {"steps": [{"id": "s0", **step}]}
    if not any(v.kind == "plugin" for v in each):
        return None
    steps: list[dict[str, Any]] = []
    previous: tuple[str, str] | None = None
    for i, (part, verdict) in enumerate(zip(parts, each, strict=True)):
        task = verdict.task if verdict.kind == "plugin" else head(part)[0]
        if task is None:
            return None
        own = media_candidates(part, [])
        linked = previous if not own else None
        step = _step(task, part, context, own + media_candidates("", history), linked)
        if step is None:
            return None
        steps.append({"id": f"s{i}", **step})
        tool = context.definition(step["tool"])
        previous = (f"$s{i}", tool.output_kind(task))
    return {"steps": steps}


def _step(task: str, text: str, context: PlanContext, candidates: list[tuple[str, str]],
          linked: tuple[str, str] | None) -> dict[str, Any] | None:
    words = words_of(text)
    tool = context.choose_tool(task, words)
    if tool is None:
        return None
    args = fill_args(context.tasks[task], tool, words, candidates, linked=linked)
    if args is None:
        return None
    return {"task": task, "tool": tool.name, "args": args, "source_text": words}
