"""Planner prompts, built from the registry (tool names, descriptions, schemas), the session
history and the request. Nothing here names a particular tool: a plugin tool shows up in the
prompt as soon as it is registered.

Key parts: ``tool_catalog(registry)``, ``build_messages(request, registry=..., history=...,
feedback=...)`` (chat messages; a VLM gets image parts), ``render(messages, tokenizer)``.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from typing import Any

from ..contracts.context import PlanContext
from ..contracts.history import History
from ..contracts.request import Request
from ..contracts.tasks import TASKS, TaskSpec
from ..contracts.tool import ToolDefinition

SYSTEM = """You are a planner. Turn the user's request into a JSON plan of tool calls.
Output only JSON: {{"steps": [{{"id": "s0", "task": ..., "tool": ..., "args": {{...}}}}, ...]}}.
Rules:
- One step per tool call; ids are s0, s1, ... in order; most requests need exactly one step.
- `task` is one of: {tasks}.{task_notes}
- Media arguments hold references, never paths: "$input.N" is the N-th attachment (shown as
  <image N> / <video N> in the request), "$sK" is the output of earlier step sK, "$turn.-1" is
  the last output of the previous turn.
- Put sizes in `width`/`height` and video length in `num_frames`/`fps` when the tool takes them;
  leave them out when the user did not ask.
Tools:
{catalog}"""


def tool_catalog(definitions: Sequence[ToolDefinition]) -> str:
    """One block per tool: name, description, tasks and a compact view of its arguments."""
    blocks = []
    for d in definitions:
        params = d.parameters.get("properties", {})
        required = set(d.parameters.get("required", []))
        args = []
        for name, sub in params.items():
            kind = "ref to " + "/".join(d.media_args[name]) if name in d.media_args else _type_of(sub)
            desc = sub.get("description", "")
            args.append(f"{name}{'' if name in required else '?'}: {kind}" + (f" ({desc})" if desc else ""))
        blocks.append(f"- {d.name}: {d.description}\n  tasks: {', '.join(d.tasks)}\n  args: {'; '.join(args)}")
    return "\n".join(blocks)


def task_notes(tasks: Mapping[str, TaskSpec]) -> str:
    """What each plugin-declared task does, with one example request (built-in names need no note)."""
    lines = [f"\n  - {name}: {spec.description}" + (f' e.g. "{spec.examples[0]}"' if spec.examples else "")
             for name, spec in tasks.items() if name not in TASKS]
    return "".join(lines)


def _type_of(schema: dict[str, Any]) -> str:
    if "type" in schema:
        return str(schema["type"])
    if "anyOf" in schema:
        kinds = [_type_of(s) for s in schema["anyOf"] if s.get("type") != "null"]
        return "|".join(kinds) or "null"
    if "enum" in schema:
        return "one of " + json.dumps(schema["enum"])
    return "any"


def request_block(request: Request, history: History | None = None) -> str:
    lines = []
    if history is not None and len(history):
        lines += ["Earlier turns:", history.to_prompt(), ""]
    if request.attachments:
        lines.append("Attachments: " + ", ".join(f"{request.placeholder(a.index)}" for a in request.attachments))
    lines.append(f"Request: {request.text}")
    return "\n".join(lines)


def build_messages(
    request: Request,
    *,
    context: PlanContext,
    feedback: str | None = None,
    previous: str | None = None,
    images: bool = False,
) -> list[dict[str, Any]]:
    """Chat messages for a planner model.

    Args:
        feedback: validation problems of the previous answer (the repair loop), with
            ``previous`` the answer they refer to.
        images: put the attachments in as image parts (a VLM); otherwise the text's typed
            placeholders stand for them.
    """
    system = SYSTEM.format(tasks=", ".join(context.tasks), task_notes=task_notes(context.tasks),
                           catalog=tool_catalog(context.definitions))
    user_text = request_block(request, context.history)
    user: Any = user_text
    if images and request.attachments:
        user = [{"type": "text", "text": user_text}]
        for att in request.attachments:
            user += [{"type": "text", "text": f"{request.placeholder(att.index)}:"}, {"type": "image", "path": att.path}]
    messages: list[dict[str, Any]] = [{"role": "system", "content": system}, {"role": "user", "content": user}]
    if feedback:
        messages.append({"role": "assistant", "content": previous or ""})
        messages.append({
            "role": "user",
            "content": f"That plan is invalid:\n{feedback}\nReturn a corrected plan as JSON only.",
        })
    return messages


def render(messages: list[dict[str, Any]], tokenizer: Any) -> str:
    """The prompt text: the tokenizer's chat template, or a plain transcript without one."""
    if getattr(tokenizer, "chat_template", None):
        text = tokenizer.apply_chat_template(messages, add_generation_prompt=True, tokenize=False)
        return str(text)
    parts = []
    for m in messages:
        content = m["content"] if isinstance(m["content"], str) else " ".join(
            p.get("text", "") for p in m["content"] if isinstance(p, dict)
        )
        parts.append(f"{m['role'].upper()}: {content}")
    return "\n\n".join(parts) + "\n\nASSISTANT: "
