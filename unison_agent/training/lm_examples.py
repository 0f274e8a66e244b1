"""Planning records as (prompt, target) pairs for a generative planner.

Two output protocols:

- ``plan``: the canonical plan JSON that ``LMPlanner`` decodes (``{"steps": [{"id", "task", "tool",
  "args"}]}``, keys in the tool schema's order, the constrained decoder's separators), with the
  prompt ``LMPlanner`` builds (``planner.prompt.build_messages`` + ``render``). An adapter trained on it
  loads straight into ``LMPlanner(adapter=...)``.
- ``compact``: a few tokens per step (``"t2v"``, ``"i2v ff=s0"``, ``"ie src=0 mask=1"``) after a short
  prompt; meta is left to the rule normaliser. Cheap on a CPU; used to measure a small base.

Key parts: ``record_request`` / ``record_history`` (a record as the planner's ``Request``/``History``),
``target_plan`` (gold -> plan dict), ``plan_text``, ``compact_target`` / ``parse_compact``,
``compact_prompt``.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from ..contracts.history import History, TurnRecord
from ..contracts.registry import Registry
from ..contracts.request import INLINE_PATTERN, Attachment, Request, placeholder
from ..contracts.tasks import TASK_NAMES
from ..planner.meta import normalize_meta
from ..planner.meta_parse import MetaIntent
from ..runtime.artifacts import Artifact

ROLE_ARGS = {"mask": "mask", "reference": "reference", "control": "control", "first_frame": "first_frame",
             "last_frame": "last_frame"}
TEXT_ARGS = ("prompt", "question", "text", "instruction", "query")
PLAN_SEPARATORS = (", ", ": ")
"""The constrained decoder's item and key separators (``planner.constrained.JSON_OPTIONS``)."""

CODES = {
    "text_understanding": "tu", "image_understanding": "iu", "video_understanding": "vu", "text_to_image": "t2i",
    "text_to_video": "t2v", "image_edit": "ie", "image_control": "ic", "image_reference": "ir",
    "image_to_video": "i2v", "video_reference": "vr", "video_edit": "ve", "video_control": "vc",
}
TASK_OF_CODE = {v: k for k, v in CODES.items()}
ROLE_CODES = {"source": "src", "mask": "mask", "reference": "ref", "control": "ctrl", "first_frame": "ff",
              "last_frame": "lf"}
ROLE_OF_CODE = {v: k for k, v in ROLE_CODES.items()}
assert set(CODES) == set(TASK_NAMES)


def record_request(record: dict[str, Any]) -> Request:
    """The ``Request`` the planner would get for this record (attachment paths are the names)."""
    atts = record.get("attachments", [])
    counter = iter(range(len(atts)))

    def replace(match: Any) -> str:
        i = next(counter)
        return placeholder(atts[i]["kind"], i)

    text = INLINE_PATTERN.sub(replace, record["text"])
    attachments = [Attachment(index=i, path=f"/inputs/{a['name'].lstrip('/~.')}", kind=a["kind"],
                              inline=bool(a.get("inline", True))) for i, a in enumerate(atts)]
    return Request(text=text, raw_text=record["text"], attachments=attachments)


def record_history(record: dict[str, Any]) -> History | None:
    """Earlier turns as a ``History`` whose turns each produced one output of the recorded kind."""
    turns = []
    for i, turn in enumerate(record.get("history", [])):
        outputs = {}
        for j, kind in enumerate(turn.get("outputs", [])):
            digest = f"{i:04d}{j:04d}".ljust(64, "0")
            value = "(answer)" if kind == "text" else None
            outputs[f"s{j}"] = [Artifact(id=digest, kind=kind, path=Path(f"/artifacts/{digest}"), value=value, step=f"s{j}")]
        turns.append(TurnRecord(index=i, text=turn["text"], outputs=outputs))
    return History(turns=turns) if turns else None


def _tool_for(task: str, registry: Registry) -> Any:
    """The tool a planner would pick for ``task`` (``Registry.choose_tool``: the one rule)."""
    tool = registry.choose_tool(task)
    if tool is None:
        raise KeyError(f"no registered tool serves task {task!r}")
    return tool


def _ref(value: int | str) -> str:
    if isinstance(value, int):
        return f"$input.{value}"
    if value.startswith("t-"):
        return f"$turn.-{value[2:]}"
    return f"${value}"


def _intent(step: dict[str, Any], labels: set[str]) -> MetaIntent:
    height = step.get("height")
    short = height if "resolution" in labels and "width" not in step else None
    return MetaIntent(
        width=step.get("width"), height=None if short else height, short_side=short, ratio=step.get("ratio"),
        orientation=step.get("orient"), seconds=step.get("seconds"), frames=step.get("frames"), fps=step.get("fps"),
    )


def target_plan(record: dict[str, Any], registry: Registry) -> dict[str, Any]:
    """The canonical plan for a record's gold steps, with this registry's tools and arg names."""
    steps = []
    for k, gold in enumerate(record["gold"]):
        tool = _tool_for(gold["task"], registry)
        definition = tool.definition()
        props = definition.parameters.get("properties", {})
        values: dict[str, Any] = {}
        text_arg = next((a for a in TEXT_ARGS if a in props), None)
        if text_arg:
            values[text_arg] = str(gold.get("prompt") or "")[: props[text_arg].get("maxLength", 400)].strip() or "-"
        for role, value in gold.items():
            if role == "source":
                arg = "video" if gold["task"].startswith("video") else "image"
            elif role in ROLE_ARGS:
                arg = ROLE_ARGS[role]
            else:
                continue
            ref = _ref(value)
            values[arg] = [ref] if props.get(arg, {}).get("type") == "array" else ref
        labels = {sp["label"] for sp in record.get("spans", []) if sp["step"] == k}
        meta = normalize_meta(_intent(gold, labels), tool.meta, video="num_frames" in props)
        values.update({key: v for key, v in meta.items() if key in props})
        args = {name: values[name] for name in props if name in values}  # the schema's key order
        steps.append({"id": f"s{k}", "task": gold["task"], "tool": tool.name, "args": args})
    return {"steps": steps}


def plan_text(plan: dict[str, Any]) -> str:
    """JSON exactly as the constrained decoder writes it."""
    return json.dumps(plan, separators=PLAN_SEPARATORS, ensure_ascii=False)


# -- compact protocol ---------------------------------------------------------------------------


def compact_target(record: dict[str, Any]) -> str:
    """``"t2i ; i2v ff=s0"``: one task code per step, then its roles (attachment index, sK, t-1)."""
    parts = []
    for gold in record["gold"]:
        roles = [f"{ROLE_CODES[r]}={gold[r]}" for r in ROLE_CODES if r in gold]
        parts.append(" ".join([CODES[gold["task"]], *roles]))
    return " ; ".join(parts)


def parse_compact(text: str) -> list[dict[str, Any]]:
    """Steps ``[{"task": ..., role: value}]`` from compact text; unknown pieces are skipped."""
    steps = []
    for chunk in text.split(";"):
        words = chunk.split()
        if not words or words[0] not in TASK_OF_CODE:
            continue
        step: dict[str, Any] = {"task": TASK_OF_CODE[words[0]]}
        for word in words[1:]:
            code, _, value = word.partition("=")
            if code in ROLE_OF_CODE and value:
                step[ROLE_OF_CODE[code]] = int(value) if value.isdigit() else value
        steps.append(step)
    return steps


def compact_prompt(record: dict[str, Any]) -> str:
    """A short prompt: earlier turns' output kinds, the attachments, the request text."""
    request = record_request(record)
    lines = []
    history = record.get("history", [])
    if history:
        lines.append("Earlier: " + ", ".join(f"t-{len(history) - i} {t['outputs'][0]}" for i, t in enumerate(history)))
    if request.attachments:
        lines.append("Files: " + " ".join(request.placeholder(a.index) for a in request.attachments))
    lines.append(f"Request: {request.text}")
    return "\n".join(lines) + "\nPlan:"
