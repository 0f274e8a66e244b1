"""Plan validation: structure, per-tool arguments, and meaning, all problems at once.

Checks, in order, each reported as an ``Issue`` with a JSON pointer:
1. structure against ``schemas/plan.schema.json`` (then the plan is built once, typed: its
   references are parsed there and read from ``Step.refs`` here);
2. per step: unknown task or tool, task not served by the tool, arguments against the tool's
   schema (every step is checked, whatever the others got wrong);
3. references: missing attachment, unknown or later step, unknown output name, reserved ids,
   duplicate ids, cycles (through ``after``); ``{$...}`` in text must name a text output;
4. kinds: a video passed where an image is expected (and vice versa), required roles per task
   (built-in or declared by a plugin);
5. policy caps on width, height, num_frames, fps and the number of steps;
6. with a configuration: whether each tool, as configured, can serve its step (``Tool.check_config``).

Everything a plan is checked against comes in one ``PlanContext`` (see ``contracts.context``).
``validate_plan`` never raises anything but ``PlanValidationError`` for a bad plan, whatever
JSON it is given.
"""

from __future__ import annotations

import weakref
from collections.abc import Sequence
from typing import Any

from jsonschema import Draft202012Validator

from .caps import bound_issues, cost_issues
from .context import PlanContext
from .errors import Issue, PlanValidationError
from .history import History
from .plan import Plan, Step
from .policy import Policy
from .refs import RESERVED_STEP_IDS, ArgRef
from .registry import Registry
from .schemas import load_schema
from .tasks import TaskSpec
from .tool import Tool


def validate_plan(plan: Any, context: PlanContext | Registry, **context_args: Any) -> Plan:
    """Validate ``plan`` (a dict or ``Plan``) and return it as a typed ``Plan``.

    Args:
        context: the turn's ``PlanContext``; or, for a quick check, a ``Registry`` plus the
            keyword arguments of ``context_of`` (``attachments``, ``history``, ``policy``, ``config``).

    Raises:
        PlanValidationError: with every problem found.
    """
    ctx = context_of(context, **context_args)
    checked, issues = _check(plan, ctx)
    if issues or checked is None:
        raise PlanValidationError(issues)
    return checked


def plan_issues(plan: Any, context: PlanContext | Registry, **context_args: Any) -> list[Issue]:
    """Every problem in ``plan`` (empty list if it is valid)."""
    return _check(plan, context_of(context, **context_args))[1]


def context_of(
    context: PlanContext | Registry,
    *,
    attachments: Sequence[str] | None = None,
    history: History | None = None,
    policy: Policy | None = None,
    config: Any = None,
) -> PlanContext:
    """``context`` itself, or a context built from a registry and what is known of the request."""
    if isinstance(context, PlanContext):
        return context
    return PlanContext(registry=context, policy=policy or Policy(),
                       attachments=tuple(attachments) if attachments is not None else None,
                       history=history, config=config)


def _check(data: Any, ctx: PlanContext) -> tuple[Plan | None, list[Issue]]:
    raw = data.to_json() if isinstance(data, Plan) else data
    if bounds := bound_issues(raw, ctx.policy):  # too big or deep to look at any further
        return None, bounds
    structural = _structural_issues(raw)
    if structural:
        return None, structural
    plan = data if isinstance(data, Plan) else Plan.model_validate(raw)
    issues: list[Issue] = []
    if len(plan.steps) > ctx.policy.max_steps:
        issues.append(Issue("/steps", f"plan has {len(plan.steps)} steps; the policy allows at most {ctx.policy.max_steps}", "cap"))
    seen: dict[str, int] = {}
    outputs: dict[str, str] = {}  # step id -> kind of its primary output
    for i, step in enumerate(plan.steps):
        base = f"/steps/{i}"
        if step.id in RESERVED_STEP_IDS:
            issues.append(Issue(f"{base}/id", f"step id {step.id!r} is reserved (input, turn, artifact)", "reserved"))
        if step.id in seen:
            issues.append(Issue(f"{base}/id", f"step id {step.id!r} repeats step {seen[step.id]}; ids must be unique", "duplicate"))
        tool = _check_tool(step, base, ctx, issues)
        if tool is not None and step.task not in tool.tasks:
            _check_args(step, base, tool, issues, schema_only=True)  # an unknown task must not hide these
        if tool is not None and step.task in tool.tasks:
            outputs.setdefault(step.id, tool.output_kind(step.task))
            _check_args(step, base, tool, issues)
            spec = ctx.registry.task(step.task)
            _check_refs(step, base, tool, spec, seen, outputs, ctx, issues)
            _check_roles(step, base, tool, spec, issues)
            _check_caps(step, base, ctx.policy, issues)
            issues.extend(Issue(f"{base}/tool", f"`{tool.name}`: {problem}", "config")
                          for problem in ctx.check_config(tool.name, step.task))
        seen.setdefault(step.id, i)
    _check_after(plan, issues)
    issues.extend(cost_issues(raw["steps"], ctx.registry, ctx.policy, ctx.config))
    return plan, issues


def _structural_issues(data: Any) -> list[Issue]:
    validator = Draft202012Validator(load_schema("plan"))
    issues = []
    for err in sorted(validator.iter_errors(data), key=lambda e: list(e.absolute_path)):
        pointer = "".join(f"/{p}" for p in err.absolute_path)
        issues.append(Issue(pointer, err.message, "schema"))
    return issues


def _check_tool(step: Step, base: str, ctx: PlanContext, issues: list[Issue]) -> Tool | None:
    tasks, registry = ctx.tasks, ctx.registry
    if step.task not in tasks:
        issues.append(Issue(f"{base}/task", f"unknown task {step.task!r}; valid tasks: {', '.join(tasks)}", "unknown_task"))
    if step.tool not in registry:
        serving = [t.name for t in registry.tools_for_task(step.task)] if step.task in tasks else []
        hint = f"; tools for {step.task}: {', '.join(serving)}" if serving else ""
        issues.append(Issue(
            f"{base}/tool", f"no tool called `{step.tool}`; available: {', '.join(registry.names()) or '(none)'}{hint}",
            "unknown_tool"))
        return None
    tool = registry.get(step.tool)
    if step.task in tasks and step.task not in tool.tasks:
        issues.append(Issue(
            f"{base}/task", f"tool `{tool.name}` does not serve task {step.task!r}; it serves: {', '.join(tool.tasks)}",
            "task_not_served"))
    return tool


def _check_args(step: Step, base: str, tool: Tool, issues: list[Issue], *, schema_only: bool = False) -> None:
    for err in _args_validator(tool).iter_errors(step.args):
        where = "".join(f"/{p}" for p in err.absolute_path)
        field = "/".join(str(p) for p in err.absolute_path) or "(args)"
        issues.append(Issue(f"{base}/args{where}", f"`{tool.name}` argument `{field}`: {err.message}", "args"))
    for arg, problem in [] if schema_only else tool.check(step.args, step.task):
        issues.append(Issue(f"{base}/args/{arg}", f"`{tool.name}` argument `{arg}`: {problem}", "args"))


def _check_refs(
    step: Step, base: str, tool: Tool, spec: TaskSpec, seen: dict[str, int], outputs: dict[str, str],
    ctx: PlanContext, issues: list[Issue],
) -> None:
    media = tool.media_args()
    for found in step.refs:
        where = f"{base}/args/{found.arg}" + (f"/{found.position}" if found.position is not None else "")
        if not found.in_text and found.arg not in media:
            if found.ref is not None:
                issues.append(Issue(where, f"`{found.arg}` is not a media argument of `{tool.name}`; to put an earlier "
                                    f"output's text in it, write {{{found.raw}}}", "ref"))
            continue
        if found.ref is None:
            issues.append(Issue(where, f"{found.raw!r} is not a reference; use $input.N, $<step id>, $turn.K or "
                                "$artifact.<id>", "ref"))
            continue
        kind = _ref_kind(found, step, where, seen, outputs, ctx, issues)
        if kind is None:
            continue
        if found.in_text and kind != "text":
            issues.append(Issue(where, f"{{{found.raw}}} in `{found.arg}` is {_a(kind)}; only a text output can be "
                                "put into text", "kind_mismatch"))
        elif not found.in_text:
            accepted = spec.role_kinds.get(found.arg) or media[found.arg]
            if kind not in accepted:
                issues.append(Issue(
                    where, f"`{found.arg}` expects {' or '.join(accepted)}, but {found.raw} is {_a(kind)}",
                    "kind_mismatch"))


def _ref_kind(
    found: ArgRef, step: Step, where: str, seen: dict[str, int], outputs: dict[str, str], ctx: PlanContext,
    issues: list[Issue],
) -> str | None:
    """Kind of what a reference points at, or ``None`` if unknown; records broken references."""
    ref, raw = found.ref, found.raw
    assert ref is not None
    if ref.kind == "input":
        if ctx.attachments is None:
            return None
        index = ref.index or 0
        if index >= len(ctx.attachments):
            have = f"attachments 0..{len(ctx.attachments) - 1}" if ctx.attachments else "no attachments"
            issues.append(Issue(where, f"{raw} refers to a missing attachment; the request has {have}", "missing_input"))
            return None
        return ctx.attachments[index]
    if ref.kind == "step":
        if ref.step == step.id:
            issues.append(Issue(where, f"{raw} refers to its own step; a step cannot use its own output", "cycle"))
            return None
        if ref.step not in seen:
            issues.append(Issue(where, f"{raw} refers to step {ref.step!r}, which is unknown or comes later; "
                                "reference only earlier steps", "unknown_step"))
            return None
        kind = outputs.get(ref.step or "")
        if ref.output is not None and kind is not None and ref.output != kind:
            issues.append(Issue(where, f"step {ref.step!r} has no output {ref.output!r}; it has: {kind}", "unknown_output"))
            return None
        return kind
    if ref.kind == "artifact":
        kind = ctx.artifact_kind(ref.artifact_id or "")
        if kind is None and (ctx.history is not None or ctx.store is not None):
            issues.append(Issue(where, f"{raw} does not name an artifact of this session or the store", "missing_artifact"))
        return kind
    turns = ctx.turn_count
    if turns is None:
        return None
    index = ref.index or 0
    if not 0 <= (index + turns if index < 0 else index) < turns:
        issues.append(Issue(where, f"{raw} refers to a turn that does not exist; the session has {turns} earlier "
                            "turn(s)", "missing_turn"))
        return None
    known = ctx.known_refs or {}
    if raw not in known:
        issues.append(Issue(where, f"{raw} does not name an output of that turn", "missing_artifact"))
        return None
    return known[raw]


_ARG_VALIDATORS: weakref.WeakKeyDictionary[Tool, Draft202012Validator] = weakref.WeakKeyDictionary()


def _args_validator(tool: Tool) -> Draft202012Validator:
    """The tool's argument validator, built once per tool object (generating the JSON Schema
    dominates the cost of validating a plan)."""
    validator = _ARG_VALIDATORS.get(tool)
    if validator is None:
        validator = _ARG_VALIDATORS[tool] = Draft202012Validator(tool.parameters_schema())
    return validator


def _check_roles(step: Step, base: str, tool: Tool, spec: TaskSpec, issues: list[Issue]) -> None:
    args = step.args
    if spec.requires_any and not any(args.get(r) for r in spec.requires_any):
        needed = " or ".join(f"`{r}`" for r in spec.requires_any)
        issues.append(Issue(f"{base}/args", f"task {spec.name!r} needs {needed}", "missing_role"))
    media = tool.media_args()
    for arg in args:
        if arg not in media or args[arg] is None:
            continue
        if spec.allowed_roles and arg not in spec.allowed_roles:
            issues.append(Issue(
                f"{base}/args/{arg}",
                f"task {spec.name!r} does not take `{arg}`; it takes: {', '.join(spec.allowed_roles)}", "role"))
        elif not spec.allowed_roles and not spec.requires_any:
            issues.append(Issue(f"{base}/args/{arg}", f"task {spec.name!r} takes no media, got `{arg}`", "role"))


def _check_caps(step: Step, base: str, policy: Policy, issues: list[Issue]) -> None:
    for arg, (low, high) in policy.limits().items():
        value = step.args.get(arg)
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            continue
        if not low <= value <= high:
            issues.append(Issue(f"{base}/args/{arg}", f"`{arg}` is {value}; the policy allows {low:g} to {high:g}", "cap"))


def _check_after(plan: Plan, issues: list[Issue]) -> None:
    ids = {s.id for s in plan.steps}
    graph: dict[str, list[str]] = {}
    for i, step in enumerate(plan.steps):
        for j, dep in enumerate(step.after):
            if dep not in ids:
                issues.append(Issue(f"/steps/{i}/after/{j}", f"`after` names unknown step {dep!r}", "unknown_step"))
        graph.setdefault(step.id, []).extend(d for d in step.dependencies if d in ids)
    cycle = _find_cycle(graph)
    if cycle:
        issues.append(Issue("/steps", f"steps form a cycle: {' -> '.join(cycle)}; break it by removing a dependency", "cycle"))


def _find_cycle(graph: dict[str, list[str]]) -> list[str] | None:
    state: dict[str, int] = {}
    stack: list[str] = []

    def visit(node: str) -> list[str] | None:
        state[node] = 1
        stack.append(node)
        for nxt in graph.get(node, []):
            if state.get(nxt) == 1:
                return [*stack[stack.index(nxt):], nxt]
            if state.get(nxt) is None and (found := visit(nxt)):
                return found
        stack.pop()
        state[node] = 2
        return None

    for node in graph:
        if state.get(node) is None and (found := visit(node)):
            return found
    return None


def _a(kind: str) -> str:
    return f"an {kind}" if kind[0] in "aeiou" else f"a {kind}"
