"""Bridges to langchain-core: wrap a LangChain ``BaseTool`` as a ``Tool``, and expose any
``Tool`` as a LangChain ``StructuredTool`` (media arguments then take file paths)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ConfigDict, create_model

from ..contracts.errors import RegistrationError, RequestError
from ..contracts.tool import Tool, ToolContext, ToolOutput
from ..runtime.artifacts import Artifact, ArtifactStore


class LangChainTool(Tool):
    """A LangChain tool seen as a unison tool: its text result becomes a text artifact."""

    def __init__(self, lc_tool: Any, *, tasks: tuple[str, ...]) -> None:
        self.name = lc_tool.name  # type: ignore[misc]
        self.description = lc_tool.description or lc_tool.name  # type: ignore[misc]
        self.tasks = tasks  # type: ignore[misc]
        self.outputs = {t: "text" for t in tasks}  # type: ignore[misc]
        self.args_model = _args_model_of(lc_tool)  # type: ignore[misc]
        self.lc_tool = lc_tool
        super().__init__()

    def run(self, args: BaseModel, ctx: ToolContext) -> ToolOutput:
        result = self.lc_tool.invoke(args.model_dump(exclude_none=True))
        return result if isinstance(result, str) else json.dumps(result, default=str)


def _args_model_of(lc_tool: Any) -> type[BaseModel]:
    schema = getattr(lc_tool, "args_schema", None)
    if isinstance(schema, type) and issubclass(schema, BaseModel):
        return schema
    if isinstance(schema, dict):
        # a plain JSON-schema dict: accept its top-level properties as free-form fields
        props = schema.get("properties", {})
        required = set(schema.get("required", []))
        fields: dict[str, Any] = {k: (Any, ... if k in required else None) for k in props}
        return create_model(f"{lc_tool.name}_args", __config__=ConfigDict(extra="forbid"), **fields)
    raise RegistrationError(f"LangChain tool {lc_tool.name!r} has no usable args_schema")


def from_langchain(lc_tool: Any, *, tasks: tuple[str, ...] = ("text_understanding",)) -> Tool:
    return LangChainTool(lc_tool, tasks=tasks)


def to_langchain(tool: Tool, *, store_root: str | Path, task: str | None = None) -> Any:
    """Expose ``tool`` as a ``StructuredTool``. Media arguments accept file paths, which are
    copied into the store; the result is a JSON string of the produced artifacts."""
    from langchain_core.tools import StructuredTool

    from ..runtime.media import detect_kind

    store = ArtifactStore(store_root)
    chosen_task = task or tool.tasks[0]
    media = tool.media_args()

    def call(**kwargs: Any) -> str:
        inputs: dict[str, Artifact | list[Artifact]] = {}
        args = dict(kwargs)
        for name, _kinds in media.items():
            value = args.get(name)
            if value is None:
                continue
            paths = value if isinstance(value, list) else [value]
            arts = []
            for i, p in enumerate(paths):
                if not Path(p).exists():
                    raise RequestError(f"`{name}`: file {p!r} does not exist")
                arts.append(store.put_file(p, kind=detect_kind(p)))
                # the args model wants references; give it stand-ins that resolve to the files
                paths[i] = f"$input.{i}"
            inputs[name] = arts if isinstance(value, list) else arts[0]
            args[name] = paths if isinstance(value, list) else paths[0]
        parsed = tool.parse_args(args)
        tool.ensure_setup()
        ctx = ToolContext(task=chosen_task, step_id=tool.name, store=store, inputs=inputs)
        result = tool.run(parsed, ctx)
        return json.dumps(_describe(result, ctx))

    schema = _path_schema(tool)
    return StructuredTool.from_function(
        func=call, name=tool.name, description=tool.description, args_schema=schema, infer_schema=False
    )


def _path_schema(tool: Tool) -> dict[str, Any]:
    schema = tool.parameters_schema()
    props = schema.get("properties", {})
    for name in tool.media_args():
        if name in props:
            desc = props[name].get("description", "")
            props[name] = {"description": f"{desc} (file path)".strip(), "anyOf": [
                {"type": "string"}, {"type": "array", "items": {"type": "string"}}, {"type": "null"}]}
    return schema


def _describe(result: ToolOutput, ctx: ToolContext) -> dict[str, Any]:
    if isinstance(result, str):
        result = ctx.save_text(result)
    if isinstance(result, Artifact):
        result = {result.name or result.kind: result}
    return {k: {"kind": a.kind, "path": str(a.path), "value": a.value} for k, a in result.items()}
