"""The MCP server (official ``mcp`` SDK, low-level ``Server``): ``unison mcp`` over stdio, and
mounted at ``/mcp`` of ``unison serve`` over streamable HTTP.

Tools:
- ``run``: a request (text plus artifact ids and/or base64 files) planned and run through the
  server's queue; a progress notification follows every step event (MCP clients drop calls
  that stay silent for about a minute). Images come back as image content, videos as embedded
  resources (``unison://artifacts/<id>``), text answers as text; ``structuredContent`` has
  the run id, status and artifact ids.
- ``plan``: plan only; ``list_tools``: the registered tools and tasks.
- one tool per registered unison tool (its own argument schema plus ``task``, ``artifacts``,
  ``files``, ``session``): a one-step plan, validated and run like any other.

Files come as base64 bytes or artifact ids, never as paths.
"""

from __future__ import annotations

import base64
import binascii
import json
from typing import Any

import anyio
from mcp import types
from mcp.server.lowlevel import Server
from pydantic import AnyUrl

from ... import __version__
from ...contracts.errors import RegistrationError
from ...contracts.refs import arg_refs
from .events import END
from .problems import ApiError
from .security import tenant_of
from .service import RunService
from .settings import ADMIN

FIXED = ("run", "plan", "list_tools")
ADDED = ("task", "artifacts", "files", "session")
URI_PREFIX = "unison://artifacts/"
_FILES = {"type": "array", "description": "Attachments as base64 bytes, after `artifacts`.",
          "items": {"type": "object", "required": ["data"], "properties": {
              "data": {"type": "string", "description": "base64 of the file"},
              "name": {"type": "string", "description": "a file name, for people"}}}}
_ARTIFACTS = {"type": "array", "items": {"type": "string"}, "description": "Artifact ids of attachments: $input.0 first."}
_SESSION = {"type": "string", "description": "Continue this session (its earlier outputs are $turn.-1, ...)."}


def _request_schema(*, overrides: bool) -> dict[str, Any]:
    props: dict[str, Any] = {"request": {"type": "string", "description": "What to make or answer, in plain words."},
                             "artifacts": _ARTIFACTS, "files": _FILES, "session": _SESSION}
    if overrides:
        props["overrides"] = {"type": "object", "description": "Tool arguments set on every step that takes them (e.g. seed)."}
    return {"type": "object", "properties": props, "required": ["request"]}


def mcp_tools(service: RunService) -> list[types.Tool]:
    tools = [
        types.Tool(name="run", description="Plan a multimodal request (generate, edit or understand images and videos) "
                   "and run it; returns the images, videos and answers it made.", inputSchema=_request_schema(overrides=True)),
        types.Tool(name="plan", description="Plan a request without running it: the steps, tools and arguments.",
                   inputSchema=_request_schema(overrides=False)),
        types.Tool(name="list_tools", description="The registered unison tools, their tasks and argument schemas.",
                   inputSchema={"type": "object", "properties": {}}),
    ]
    for tool in service.agent.registry:
        if tool.name in FIXED:
            raise RegistrationError(f"tool {tool.name!r} ({tool.source}) clashes with the MCP tool of that name; rename it")
        schema = json.loads(json.dumps(tool.parameters_schema()))
        props = schema.setdefault("properties", {})
        clash = [k for k in ADDED if k in props]
        if clash:
            raise RegistrationError(f"tool {tool.name!r} ({tool.source}) has argument(s) {clash}, which its MCP tool adds itself")
        props["task"] = {"type": "string", "enum": list(tool.tasks), "description": "Which of the tool's tasks to run."}
        props.update(artifacts=_ARTIFACTS, files=_FILES, session=_SESSION)
        if len(tool.tasks) > 1:
            schema["required"] = [*schema.get("required", []), "task"]
        media = ", ".join(tool.media_args()) or "none"
        tools.append(types.Tool(name=tool.name, inputSchema=schema, description=(
            f"{tool.description} Tasks: {', '.join(tool.tasks)}. Media arguments ({media}) take references: "
            "$input.N (the N-th of `artifacts` then `files`) or $artifact.<id>.")))
    return tools


def _tenant(server: Server[Any, Any]) -> str:
    request = server.request_context.request
    scope = getattr(request, "scope", None)
    return tenant_of(scope) if isinstance(scope, dict) else ADMIN


async def _attachments(service: RunService, args: dict[str, Any], tenant: str) -> list[str]:
    ids = [str(a) for a in args.get("artifacts") or []]
    for i, item in enumerate(args.get("files") or []):
        try:
            data = base64.b64decode(str(item.get("data", "")), validate=True)
        except (binascii.Error, ValueError):
            raise ApiError(400, "bad-request", f"files[{i}].data is not valid base64") from None
        art = await anyio.to_thread.run_sync(service.upload, data, item.get("name"), tenant)
        ids.append(art.id)
    return ids


async def _follow(server: Server[Any, Any], service: RunService, run_id: str) -> str:
    """Send a progress notification per event until the run ends (or waits for approval)."""
    ctx = server.request_context
    token = ctx.meta.progressToken if ctx.meta is not None else None
    fractions: dict[str, float] = {}
    total, sent = 1.0, -1.0
    async for _, event in service.hub.follow(run_id):
        kind, step = event.get("event"), event.get("step")
        if kind == "planned":
            total = float(len((event.get("plan") or {}).get("steps", [])) or 1)
        elif step is not None:
            ended = kind in ("finished", "failed", "skipped", "cancelled")
            fractions[step] = 1.0 if ended else float(event.get("fraction") or fractions.get(step, 0.0))
        if token is not None:
            done = sum(fractions.values())
            message = f"{step} {event.get('tool')}:{event.get('task')} {kind}" if step else str(kind)
            if done > sent or kind in ("queued", "running", "planned", END):
                sent = max(sent, done)
                await ctx.session.send_progress_notification(token, sent, total, message, related_request_id=str(ctx.request_id))
        if kind == "approval":
            return "waiting_approval"
        if kind == END:
            return str(event.get("state"))
    return "unknown"


def _content(service: RunService, run_id: str) -> tuple[list[types.ContentBlock], dict[str, Any]]:
    run = service.store.get(run_id)
    assert run is not None
    result = run.result or {}
    lines = [f"run {run.id} (session {run.session}): {run.state}"]
    if run.error:
        lines.append(f"error: {run.error.get('detail')}")
    if run.state == "waiting_approval":
        lines.append(f"steps wait for approval: POST /v1/runs/{run.id}/approve")
    content: list[types.ContentBlock] = []
    arts = []
    for step in result.get("steps", []):
        lines.append(f"{step['id']} {step['tool']}:{step['task']} {step['status']}"
                     + (f": {step.get('error') or step.get('reason')}" if step["status"] != "succeeded" else ""))
        for art in step.get("outputs", []):
            arts.append({"id": art["id"], "kind": art["kind"], "step": step["id"], "uri": URI_PREFIX + art["id"],
                         "url": f"/v1/artifacts/{art['id']}"})
            if art["kind"] == "text":
                lines.append(f"answer: {art.get('value')}")
                continue
            data = base64.b64encode(service.agent.store.inside(art["path"]).read_bytes()).decode()
            mime = "image/png" if art["path"].endswith(".png") else "video/mp4" if art["kind"] == "video" else "application/octet-stream"
            if art["kind"] == "image":
                content.append(types.ImageContent(type="image", data=data, mimeType=mime))
            else:
                content.append(types.EmbeddedResource(type="resource", resource=types.BlobResourceContents(
                    uri=AnyUrl(URI_PREFIX + art["id"]), mimeType=mime, blob=data)))
    structured = {"run": run.id, "session": run.session, "state": run.state, "status": result.get("status"),
                  "answer": next((a.get("value") for s in result.get("steps", []) for a in s.get("outputs", [])
                                  if a["kind"] == "text"), None), "artifacts": arts, "warnings": run.warnings}
    return [types.TextContent(type="text", text="\n".join(lines)), *content], structured


def build_mcp_server(service: RunService) -> Server[Any, Any]:
    server: Server[Any, Any] = Server("unison-agent", version=__version__, instructions=(
        "Plan and run multimodal requests: text-to-image/video, image and video editing, control maps, "
        "references, image-to-video, and questions about images and videos. Use `run` for plain-language "
        "requests; attach files as base64 `files` or artifact ids."))
    listed = mcp_tools(service)
    names = {t.name for t in listed}

    @server.list_tools()
    async def list_tools() -> list[types.Tool]:
        return listed

    @server.call_tool()
    async def call_tool(name: str, args: dict[str, Any]) -> Any:
        tenant = _tenant(server)
        if name == "list_tools":
            return {"tools": [t.model_dump(exclude_none=True) for t in listed[len(FIXED):]]}
        if name not in names:
            raise ApiError(404, "not-found", f"no tool {name!r}; available: {', '.join(sorted(names))}")
        session = args.get("session")
        attachments = await _attachments(service, args, tenant)
        if name == "plan":
            plan, warnings, _ = await anyio.to_thread.run_sync(lambda: service.plan(
                text=args["request"], artifacts=attachments, session=session, tenant=tenant))
            return {"plan": plan.to_json(), "warnings": warnings}
        if name == "run":
            run = await anyio.to_thread.run_sync(lambda: service.submit(
                text=args["request"], artifacts=attachments, session=session, overrides=args.get("overrides") or {},
                tenant=tenant))
        else:
            run = await anyio.to_thread.run_sync(lambda: _submit_tool_call(service, name, args, attachments, tenant))
        state = await _follow(server, service, run.id)
        content, structured = _content(service, run.id)
        return types.CallToolResult(content=content, structuredContent=structured, isError=state == "failed")

    @server.read_resource()
    async def read_resource(uri: AnyUrl) -> list[Any]:
        from mcp.server.lowlevel.helper_types import ReadResourceContents

        text = str(uri)
        if not text.startswith(URI_PREFIX):
            raise ApiError(404, "not-found", f"no resource {text!r}; artifacts are {URI_PREFIX}<id>")
        art = service.artifact(text[len(URI_PREFIX):], _tenant(server))
        mime = "video/mp4" if art.kind == "video" else "image/png" if str(art.path).endswith(".png") else "application/octet-stream"
        if art.kind == "text":
            return [ReadResourceContents(content=art.value or "", mime_type="text/plain")]
        return [ReadResourceContents(content=service.agent.store.inside(art.path).read_bytes(), mime_type=mime)]

    return server


def _submit_tool_call(service: RunService, name: str, args: dict[str, Any], attachments: list[str], tenant: str) -> Any:
    """One unison tool as a one-step plan; ``$artifact`` references must be the caller's."""
    tool = service.agent.registry.get(name)
    tool_args = {k: v for k, v in args.items() if k not in ADDED}
    for found in arg_refs(tool_args):
        if found.ref is not None and found.ref.kind == "artifact":
            service.artifact(found.ref.artifact_id or "", tenant)
    task = args.get("task") or tool.tasks[0]
    plan = {"steps": [{"id": "s0", "task": task, "tool": name, "args": tool_args}]}
    text = str(tool_args.get("prompt") or tool_args.get("question") or f"{name} ({task})")
    return service.submit(text=text, artifacts=attachments, session=args.get("session"), plan=plan, tenant=tenant)
