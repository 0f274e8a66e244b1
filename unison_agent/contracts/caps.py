"""Caps on what a plan may hold and cost, from the ``Policy``.

A plan can come from anywhere (a file, an API call, a model), so before anything else looks
at it, ``bound_issues`` checks it is small enough to look at: strings, step ids, nesting depth
and integer sizes. Checking walks the JSON iteratively, so a plan nested 100,000 deep is an
``Issue``, not a ``RecursionError``. ``cost_issues`` then adds up what the generation steps
would cost — width x height x frames x inference steps — and refuses a plan that would run
for days, naming the cap and how to raise it.

Key parts:
- ``bound_issues(data, policy)``: size problems; non-empty means "do not validate further".
- ``cost_issues(steps, registry, policy, config)``: the total-cost cap.
- ``step_cost(step, tool, config)``: one step's pixel-frame-steps (0 for non-generating steps).
- ``request_text_problem(text, policy)``: the request-text cap, for front doors.
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING, Any

from .errors import Issue
from .policy import Policy

if TYPE_CHECKING:
    from .registry import Registry
    from .tool import Tool

#: Integers beyond this are refused: no size, count or seed needs more, and printing a
#: 5,000-digit integer is itself an error in Python.
MAX_ABS_INT = 2**63


def bound_issues(data: Any, policy: Policy) -> list[Issue]:
    """Strings, ids, depth and integers over the policy's caps (at most a few issues)."""
    issues: list[Issue] = []
    stack: list[tuple[Any, str, int]] = [(data, "", 1)]
    while stack and len(issues) < 10:
        value, pointer, depth = stack.pop()
        if isinstance(value, dict | list) and depth > policy.max_json_depth:
            issues.append(Issue(pointer, f"nesting is deeper than {policy.max_json_depth} levels "
                                f"(`policy.max_json_depth`)", "cap"))
            continue
        if isinstance(value, dict):
            for key, item in value.items():
                if isinstance(key, str) and len(key) > policy.max_string_chars:
                    issues.append(Issue(pointer, f"a key is {len(key):,} characters long; the policy allows "
                                        f"{policy.max_string_chars:,} (`policy.max_string_chars`)", "cap"))
                    continue
                stack.append((item, f"{pointer}/{_escape(str(key))}", depth + 1))
        elif isinstance(value, list):
            stack.extend((item, f"{pointer}/{i}", depth + 1) for i, item in enumerate(value))
        elif isinstance(value, str) and len(value) > policy.max_string_chars:
            issues.append(Issue(pointer, f"text is {len(value):,} characters long; the policy allows "
                                f"{policy.max_string_chars:,} (`policy.max_string_chars`)", "cap"))
        elif isinstance(value, int) and not isinstance(value, bool) and abs(value) > MAX_ABS_INT:
            issues.append(Issue(pointer, f"integer is out of range (more than {MAX_ABS_INT.bit_length()} bits)", "cap"))
    issues.extend(_id_issues(data, policy))
    return sorted(issues, key=lambda i: i.pointer)


def _id_issues(data: Any, policy: Policy) -> list[Issue]:
    steps = data.get("steps") if isinstance(data, dict) else None
    if not isinstance(steps, list):
        return []
    issues = []
    for i, step in enumerate(steps[:1000]):
        sid = step.get("id") if isinstance(step, dict) else None
        if isinstance(sid, str) and policy.max_id_chars < len(sid) <= policy.max_string_chars:
            issues.append(Issue(f"/steps/{i}/id", f"step id is {len(sid):,} characters long; the policy allows "
                                f"{policy.max_id_chars} (`policy.max_id_chars`)", "cap"))
    return issues


def _escape(key: str) -> str:
    return key.replace("~", "~0").replace("/", "~1")


def _int_arg(args: dict[str, Any], name: str) -> int | None:
    value = args.get(name)
    if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value) or value <= 0:
        return None  # NaN/infinity (from an API caller's JSON) are refused by the schema, not costed here
    return int(value)


def step_cost(step: dict[str, Any], tool: Tool, config: Any = None) -> float:
    """Pixel-frame-steps of one step: width x height x frames x inference steps (0 when the
    tool generates no image or video, or declares no size defaults to estimate from)."""
    meta = tool.meta
    task = step.get("task")
    if meta is None or not isinstance(task, str) or task not in tool.tasks:
        return 0.0
    kind = tool.output_kind(task)
    if kind not in ("image", "video"):
        return 0.0
    args = step.get("args") if isinstance(step.get("args"), dict) else {}
    assert isinstance(args, dict)
    width = _int_arg(args, "width") or meta.default_width or 512
    height = _int_arg(args, "height") or meta.default_height or 512
    frames = (_int_arg(args, "num_frames") or meta.default_num_frames or 1) if kind == "video" else 1
    options = config.tool(tool.name).options if config is not None and hasattr(config, "tool") else {}
    steps = _int_arg(args, "num_inference_steps") or _int_arg(options, "num_inference_steps") \
        or meta.default_inference_steps or 50
    return float(width) * height * frames * steps


def cost_issues(steps: list[dict[str, Any]], registry: Registry, policy: Policy, config: Any = None) -> list[Issue]:
    """The plan's total cost against ``policy.max_total_cost``."""
    total = 0.0
    for step in steps:
        name = step.get("tool")
        if isinstance(name, str) and name in registry:
            total += step_cost(step, registry.get(name), config)
    if total <= policy.max_total_cost:
        return []
    return [Issue("/steps", (
        f"the plan would cost {total:.3g} pixel-frame-steps (width x height x frames x inference steps, summed "
        f"over its steps); the policy allows {policy.max_total_cost:.3g}. Ask for smaller, shorter or fewer "
        f"outputs, or raise the cap: `[policy] max_total_cost = {_suggest(total)}` in the config file"), "cap")]


def _suggest(total: float) -> str:
    return f"{float(f'{total * 1.01:.2g}'):.2g}"


def request_text_problem(text: str, policy: Policy) -> str | None:
    """Why ``text`` is too long for a request, or ``None``."""
    if len(text) > policy.max_request_chars:
        return (f"the request text is {len(text):,} characters long; the policy allows {policy.max_request_chars:,} "
                "(`policy.max_request_chars`)")
    return None
