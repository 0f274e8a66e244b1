"""Plan validation: structure, per-tool arguments, and meaning, all problems at once.

Checks, in order, each reported as an ``Issue`` with a JSON pointer:
1. structure against ``schemas/plan.schema.json``;
2. per step: unknown tool, task not served by the tool, arguments against the tool's schema;
3. references: missing attachment, unknown or later step, unknown output name, reserved ids,
   duplicate ids, cycles (through ``after``);
4. kinds: a video passed where an image is expected (and vice versa), required roles per task;
5. policy caps on width, height, num_frames, fps and the number of steps;
6. with a ``config``: whether each tool, as configured, can serve its step (``Tool.check_config``).

``validate_plan`` never raises anything but ``PlanValidationError`` for a bad plan, whatever
JSON it is given.
"""

from __future__ import annotations

import weakref
from collections.abc import Mapping, Sequence
from typing import Any

from jsonschema import Draft202012Validator

from .caps import bound_issues, cost_issues
from .errors import Issue, PlanValidationError
from .plan import Plan
from .policy import Policy
from .refs import RESERVED_STEP_IDS, Ref, iter_refs, parse_ref
from .registry import Registry
from .schemas import load_schema
from .tasks import TaskSpec
from .tool import Tool

#: Kinds of earlier turns' artifacts, when the caller knows them: ref string -> kind.
KnownRefs = Mapping[str, str]


def validate_plan(
    plan: Any,
    registry: Registry,
    *,
    attachments: Sequence[str] | None = None,
    policy: Policy | None = None,
    known_refs: KnownRefs | None = None,
    turn_count: int | None = None,
    config: Any = None,
) -> Plan:
    """Validate ``plan`` (a dict or ``Plan``) and return it as a ``Plan``.

    Args:
        attachments: media kinds of the request's attachments, in order; ``None`` skips
            the attachment checks (e.g. ``unison validate`` without ``--request``).
        known_refs: kinds of ``$turn``/``$artifact`` references the session can resolve;
            ``None`` means such references are checked for form only.
        turn_count: how many earlier turns exist (for ``$turn.K`` bounds), if known.
        config: the ``Config`` the plan will run with; its tool settings are checked too.

    Raises:
        PlanValidationError: with every problem found.
    """
    issues = plan_issues(
        plan, registry, attachments=attachments, policy=policy, known_refs=known_refs, turn_count=turn_count,
        config=config,
    )
    if issues:
        raise PlanValidationError(issues)
    return plan if isinstance(plan, Plan) else Plan.model_validate(plan)


def plan_issues(
    plan: Any,
    registry: Registry,
    *,
    attachments: Sequence[str] | None = None,
    policy: Policy | None = None,
    known_refs: KnownRefs | None = None,
    turn_count: int | None = None,
    config: Any = None,
) -> list[Issue]:
    """Every problem in ``plan`` (empty list if it is valid)."""
    policy = policy or Policy()
    data = plan.to_json() if isinstance(plan, Plan) else plan
    if bounds := bound_issues(data, policy):  # too big or deep to look at any further
        return bounds
    structural = _structural_issues(data)
    broken = _broken_steps(structural)  # steps with a shape problem; the others are still checked
    if broken is None:
        return structural
    steps: list[dict[str, Any]] = [s for i, s in enumerate(data["steps"]) if i not in broken]
    issues: list[Issue] = list(structural)
    if len(steps) > policy.max_steps:
        issues.append(Issue("/steps", f"plan has {len(steps)} steps; the policy allows at most {policy.max_steps}", "cap"))

    seen: dict[str, int] = {}
    output_kind: dict[str, str] = {}  # step id -> kind of its primary output
    output_names: dict[str, set[str]] = {}
    index = [i for i in range(len(data["steps"])) if i not in broken]  # position in the plan as given
    for i, step in enumerate(data["steps"]):
        if i in broken:  # known by id (so references to it are not reported twice), not checked further
            if isinstance(step, dict) and isinstance(step.get("id"), str):
                seen.setdefault(step["id"], i)
            continue
        base = f"/steps/{i}"
        sid = step["id"]
        if sid in RESERVED_STEP_IDS:
            issues.append(Issue(f"{base}/id", f"step id {sid!r} is reserved (input, turn, artifact)", "reserved"))
        if sid in seen:
            issues.append(Issue(f"{base}/id", f"step id {sid!r} repeats step {seen[sid]}; ids must be unique", "duplicate"))
        tool = _check_tool(step, base, registry, issues)
        if tool is not None and step["task"] not in tool.tasks:
            _check_args(step, base, tool, issues, schema_only=True)  # an unknown task must not hide these
        if tool is not None and step["task"] in tool.tasks:
            output_kind.setdefault(sid, tool.output_kind(step["task"]))
            output_names.setdefault(sid, {tool.output_kind(step["task"])})
            _check_args(step, base, tool, issues)
            _check_refs(step, base, tool, seen, output_kind, output_names, attachments, known_refs, turn_count, issues)
            _check_roles(step, base, tool, registry.task(step["task"]), issues)
            _check_caps(step, base, tool, policy, issues)
            if config is not None:
                issues.extend(Issue(f"{base}/tool", f"`{tool.name}`: {problem}", "config")
                              for problem in tool.check_config(step["task"], config))
        seen.setdefault(sid, i)
    _check_after(steps, issues, index)
    issues.extend(cost_issues(steps, registry, policy, config))
    return issues


def _broken_steps(structural: list[Issue]) -> set[int] | None:
    """Indexes of steps with schema problems, or ``None`` when the plan as a whole is broken."""
    broken: set[int] = set()
    for issue in structural:
        parts = issue.pointer.split("/")
        if len(parts) < 3 or parts[1] != "steps" or not parts[2].isdigit():
            return None  # a problem above step level (no steps, a stray key, a step that is not an object)
        broken.add(int(parts[2]))
    return broken


def _structural_issues(data: Any) -> list[Issue]:
    validator = Draft202012Validator(load_schema("plan"))
    issues = []
    for err in sorted(validator.iter_errors(data), key=lambda e: list(e.absolute_path)):
        pointer = "".join(f"/{p}" for p in err.absolute_path)
        issues.append(Issue(pointer, err.message, "schema"))
    return issues


def _check_tool(step: dict[str, Any], base: str, registry: Registry, issues: list[Issue]) -> Tool | None:
    task, name = step["task"], step["tool"]
    tasks = registry.tasks()
    if task not in tasks:
        issues.append(Issue(f"{base}/task", f"unknown task {task!r}; valid tasks: {', '.join(tasks)}", "unknown_task"))
    if name not in registry:
        serving = [t.name for t in registry.tools_for_task(task)] if task in tasks else []
        hint = f"; tools for {task}: {', '.join(serving)}" if serving else ""
        issues.append(Issue(
            f"{base}/tool", f"no tool called `{name}`; available: {', '.join(registry.names()) or '(none)'}{hint}",
            "unknown_tool"))
        return None
    tool = registry.get(name)
    if task in tasks and task not in tool.tasks:
        issues.append(Issue(
            f"{base}/task", f"tool `{name}` does not serve task {task!r}; it serves: {', '.join(tool.tasks)}",
            "task_not_served"))
    return tool


def _check_args(step: dict[str, Any], base: str, tool: Tool, issues: list[Issue], *, schema_only: bool = False) -> None:
    validator = _args_validator(tool)
    for err in validator.iter_errors(step["args"]):
        where = "".join(f"/{p}" for p in err.absolute_path)
        field = "/".join(str(p) for p in err.absolute_path) or "(args)"
        issues.append(Issue(f"{base}/args{where}", f"`{tool.name}` argument `{field}`: {err.message}", "args"))
    for arg, problem in [] if schema_only else tool.check(step["args"], step["task"]):
        issues.append(Issue(f"{base}/args/{arg}", f"`{tool.name}` argument `{arg}`: {problem}", "args"))


def _check_refs(
    step: dict[str, Any],
    base: str,
    tool: Tool,
    seen: dict[str, int],
    output_kind: dict[str, str],
    output_names: dict[str, set[str]],
    attachments: Sequence[str] | None,
    known_refs: KnownRefs | None,
    turn_count: int | None,
    issues: list[Issue],
) -> None:
    media = tool.media_args()
    for arg, value in step["args"].items():
        raw_refs = iter_refs(value)
        if arg not in media:
            continue
        for j, raw in enumerate(raw_refs):
            where = f"{base}/args/{arg}" + (f"/{j}" if isinstance(value, list) else "")
            ref = parse_ref(raw)
            if ref is None:
                issues.append(Issue(where, f"{raw!r} is not a reference; use $input.N, $<step id>, $turn.K or $artifact.<id>", "ref"))
                continue
            kind = _ref_kind(ref, raw, step, where, seen, output_kind, output_names, attachments, known_refs, turn_count, issues)
            if kind is not None and kind not in media[arg]:
                issues.append(Issue(
                    where, f"`{arg}` expects {' or '.join(media[arg])}, but {raw} is {_a(kind)}", "kind_mismatch"))


def _ref_kind(
    ref: Ref,
    raw: str,
    step: dict[str, Any],
    where: str,
    seen: dict[str, int],
    output_kind: dict[str, str],
    output_names: dict[str, set[str]],
    attachments: Sequence[str] | None,
    known_refs: KnownRefs | None,
    turn_count: int | None,
    issues: list[Issue],
) -> str | None:
    """Kind of what ``ref`` points at, or ``None`` if unknown; records broken references."""
    if ref.kind == "input":
        if attachments is None:
            return None
        assert ref.index is not None
        if ref.index >= len(attachments):
            have = f"attachments 0..{len(attachments) - 1}" if attachments else "no attachments"
            issues.append(Issue(where, f"{raw} refers to a missing attachment; the request has {have}", "missing_input"))
            return None
        return attachments[ref.index]
    if ref.kind == "step":
        assert ref.step is not None
        if ref.step == step["id"]:
            issues.append(Issue(where, f"{raw} refers to its own step; a step cannot use its own output", "cycle"))
            return None
        if ref.step not in seen:
            issues.append(Issue(
                where, f"{raw} refers to step {ref.step!r}, which is unknown or comes later; "
                "reference only earlier steps", "unknown_step"))
            return None
        if ref.output is not None and ref.output not in output_names.get(ref.step, set()):
            names = ", ".join(sorted(output_names.get(ref.step, set())))
            issues.append(Issue(where, f"step {ref.step!r} has no output {ref.output!r}; it has: {names}", "unknown_output"))
            return None
        return output_kind.get(ref.step)
    if ref.kind == "turn" and turn_count is not None:
        assert ref.index is not None
        absolute = ref.index + turn_count if ref.index < 0 else ref.index
        if not 0 <= absolute < turn_count:
            issues.append(Issue(where, f"{raw} refers to a turn that does not exist; the session has {turn_count} earlier turn(s)", "missing_turn"))
            return None
    if known_refs is not None:
        if ref.kind == "artifact":
            # an id prefix is fine as long as it names exactly one known artifact
            hits = {k for k in known_refs if k.startswith(raw)}
            if len(hits) == 1:
                return known_refs[hits.pop()]
        if raw not in known_refs:
            issues.append(Issue(where, f"{raw} does not name an artifact of this session", "missing_artifact"))
            return None
        return known_refs[raw]
    return None


_ARG_VALIDATORS: weakref.WeakKeyDictionary[Tool, Draft202012Validator] = weakref.WeakKeyDictionary()


def _args_validator(tool: Tool) -> Draft202012Validator:
    """The tool's argument validator, built once per tool object (generating the JSON Schema
    dominates the cost of validating a plan)."""
    validator = _ARG_VALIDATORS.get(tool)
    if validator is None:
        validator = _ARG_VALIDATORS[tool] = Draft202012Validator(tool.parameters_schema())
    return validator


def _check_roles(step: dict[str, Any], base: str, tool: Tool, spec: TaskSpec, issues: list[Issue]) -> None:
    args = step["args"]
    if spec.requires_any and not any(args.get(r) for r in spec.requires_any):
        needed = " or ".join(f"`{r}`" for r in spec.requires_any)
        issues.append(Issue(f"{base}/args", f"task {spec.name!r} needs {needed}", "missing_role"))
    media = tool.media_args()
    for arg in args:
        if arg in media and args[arg] is not None and spec.allowed_roles and arg not in spec.allowed_roles:
            issues.append(Issue(
                f"{base}/args/{arg}",
                f"task {spec.name!r} does not take `{arg}`; it takes: {', '.join(spec.allowed_roles)}", "role"))
        if arg in media and args[arg] is not None and not spec.allowed_roles and not spec.requires_any:
            issues.append(Issue(f"{base}/args/{arg}", f"task {spec.name!r} takes no media, got `{arg}`", "role"))


def _check_caps(step: dict[str, Any], base: str, tool: Tool, policy: Policy, issues: list[Issue]) -> None:
    for arg, (low, high) in policy.limits().items():
        value = step["args"].get(arg)
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            continue
        if not low <= value <= high:
            issues.append(Issue(f"{base}/args/{arg}", f"`{arg}` is {value}; the policy allows {low:g} to {high:g}", "cap"))


def _check_after(steps: list[dict[str, Any]], issues: list[Issue], index: list[int]) -> None:
    ids = [s["id"] for s in steps]
    graph: dict[str, list[str]] = {}
    for i, step in zip(index, steps, strict=True):
        deps = list(step.get("after", []))
        for j, dep in enumerate(deps):
            if dep not in ids:
                issues.append(Issue(f"/steps/{i}/after/{j}", f"`after` names unknown step {dep!r}", "unknown_step"))
        deps += [r.step for v in step["args"].values() for raw in iter_refs(v)
                 if (r := parse_ref(raw)) is not None and r.kind == "step" and r.step in ids]
        graph.setdefault(step["id"], []).extend(d for d in deps if d in ids)
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
