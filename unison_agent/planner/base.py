"""The planner contract.

A planner turns a request into a plan, in the turn's ``PlanContext`` (the registered tasks and
tool definitions, the session history, the policy, the configuration). Whatever model runs
inside, what leaves ``Planner.plan`` has passed ``finalize`` — the validator with that same
context — so a planner never hands out an invalid plan, and sees configuration problems while
it can still repair them. Planners read tools only as definitions (``context.definitions``,
``context.choose_tool``), never as tool objects.
"""

from __future__ import annotations

from dataclasses import replace
from functools import partial
from typing import Any, Protocol, runtime_checkable

from ..contracts.context import PlanContext
from ..contracts.errors import PlannerError, UnsupportedRequestError
from ..contracts.history import History
from ..contracts.plan import Plan
from ..contracts.request import Request
from ..contracts.validate import validate_plan
from .compose import compose
from .meta import Overlong, collecting_notes, collecting_overlong
from .prompts import generator_prompts
from .quantities import honour_counts, impossible_sizes
from .references import (
    answer_about_earlier,
    attachments_as_outputs,
    focus_view,
    look_at_named_kind,
    ordinal_focus,
    point_at_attachments,
    point_at_focus,
    refers_back,
)


@runtime_checkable
class Planner(Protocol):
    name: str

    def plan(self, request: Request, context: PlanContext) -> Plan:
        """Return a validated plan or raise ``PlannerError``."""
        ...


def finalize(raw: Any, context: PlanContext) -> Plan:
    """Validate a candidate plan in the turn's context; raises ``PlanValidationError``."""
    return validate_plan(raw, context)


def _tool_for(context: PlanContext, text: str, task: str) -> tuple[str, str | None] | None:
    """The tool a rule gives a step of ``task``, and the argument that carries the request's words."""
    definition = context.choose_tool(task, text)
    return None if definition is None else (definition.name, definition.text_arg())


def plan_request(planner: Planner, request: Request, context: PlanContext) -> Plan:
    """What every caller of a planner uses (the agent, the executor graph, the evaluation):
    ``planner.plan`` plus what holds for every planner — an impossible size is refused, a count of
    results is honoured (``planner.quantities``), earlier turns are seen only by a request that
    refers back to them (``planner.references``), a chained request is checked clause by clause
    (``planner.compose``), generation prompts describe the content
    (``planner.prompts``), and what was said but not honoured (``planner.meta.note``) is in
    ``Plan.warnings``."""
    if bad := impossible_sizes(request.text):
        raise PlannerError(f"the size {bad[0]!r} is impossible: width and height must be positive numbers of pixels "
                           f"(at most {context.policy.max_width}x{context.policy.max_height} here)")
    # history resolves what the request points at; a request that points at nothing is planned
    # as if the session were new, so earlier turns cannot change what it asks for
    if context.tool_words is None and (words := getattr(planner, "tool_words", None)) is not None:
        context = replace(context, tool_words=words)
    planning = context if refers_back(request.text) or not context.history else replace(context, history=History())
    # "the second picture": only the turn that made it, however long ago
    focus = ordinal_focus(request.text, planning.history, [a.kind for a in request.attachments]) if planning.history else None
    if focus is not None and planning.history is not None:
        planning = replace(planning, history=focus_view(planning.history, focus))
    swapped: dict[int, str] = {}
    if planning.history:  # an earlier turn's attachment is something "it" can mean
        view, swapped = attachments_as_outputs(planning.history)
        planning = replace(planning, history=view) if swapped else planning
    with collecting_notes() as notes, collecting_overlong() as overlong:
        plan = compose(planner, request, planning, planner.plan(request, planning))
        if swapped:
            plan = validate_plan(point_at_attachments(plan.to_json(), swapped, len(planning.history or ())), context)
        if focus is not None:
            plan = validate_plan(point_at_focus(plan.to_json(), focus, len(context.history or ())), context)
        if context.history and (asked := answer_about_earlier(plan.to_json(), request.text, context.history,
                                                              partial(_tool_for, context, request.text))) != plan.to_json():
            plan = validate_plan(asked, context)
        if context.history and (named := look_at_named_kind(plan.to_json(), request.text, context.history)) != plan.to_json():
            plan = validate_plan(named, context)
        plan = generator_prompts(honour_counts(plan, request, context), context)
    _refuse_overlong(plan, overlong, context)
    missing = [n for n in notes if n not in plan.warnings]
    return plan.model_copy(update={"warnings": [*plan.warnings, *missing]}) if missing else plan


def _refuse_overlong(plan: Plan, overlong: list[Overlong], context: PlanContext) -> None:
    """Raise ``UnsupportedRequestError`` when the plan keeps a video asked longer than ``Policy.max_asked_video_s``
    (its step holds the frame count the ask was cut to): snap-and-warn is for a clip a little over the cap, not for
    "a 30-minute class video" made as 15 s."""
    for ask in overlong:
        for step in plan.steps:
            definition = context.definition(step.tool)
            if step.args.get("num_frames") == ask.frames and definition.output_kind(step.task) == "video":
                raise UnsupportedRequestError(
                    f"a {ask.asked} video", f"long-form video; the longest here is {ask.longest} (the policy's "
                    f"max_frames), and asks over {context.policy.max_asked_video_s:g} s (max_asked_video_s) are "
                    "refused, not cut to it", [step.task])
