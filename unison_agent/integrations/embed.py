"""Embedding an ``Agent`` in other agents: a node, a subgraph, a LangChain tool.

- ``agent_node(agent)``: a node for a parent graph on ``MessagesState`` (sync and async: a
  ``RunnableLambda``). It reads the latest human message (text plus image/video content
  blocks), runs the agent in a session named after the parent's thread (so turns build on each
  other), and appends an ``AIMessage`` whose content is a text block (the answer) followed by
  one image/video content block per output, carrying its artifact id (``extras``); the same
  references are under ``additional_kwargs["unison"]``. An approval request becomes a LangGraph
  ``interrupt`` in the parent.
- ``agent_subgraph(agent)``: the executor compiled as a subgraph with ``MessagesState`` input
  and output; it inherits the parent's checkpointer (``checkpointer=True``: its history is
  kept per parent thread), and its approval ``interrupt`` reaches the parent directly.
- ``agent_tool(agent)``: a ``StructuredTool`` (``request``, ``attachments``) whose content is
  the answer plus media blocks and whose artifact is the ``RunResult`` JSON; the LangGraph
  thread id (from the ``RunnableConfig`` the tool is called with) names the session. A request
  the model can fix (a refused attachment, no plan) comes back as the tool's answer.

What a model or remote caller sends is untrusted: these front doors accept no file paths by
default — media come as base64 content blocks (stored first) or as ``$artifact.<id>`` — unless
the config names ``input_roots``. Paths of our own artifact store are always fine.
"""

from __future__ import annotations

import asyncio
import base64
import binascii
from typing import TYPE_CHECKING, Annotated, Any, TypedDict

from langchain_core.messages import AIMessage, AnyMessage, HumanMessage
from langchain_core.runnables import RunnableConfig, RunnableLambda
from langgraph.graph import END, START, MessagesState, StateGraph
from langgraph.graph.message import add_messages
from langgraph.types import interrupt
from pydantic import BaseModel, Field

from ..contracts.errors import RequestError, UserError
from ..contracts.request import Request, parse_request
from ..executor.graph import TurnState, add_executor_nodes, new_turn_input
from ..executor.results import RunResult
from ..runtime.artifacts import Artifact
from ..runtime.media import sniff
from ..sessions.session import new_session_id

if TYPE_CHECKING:
    from ..agent import Agent

_SUFFIX = {"png": ".png", "jpeg": ".jpg", "gif": ".gif", "bmp": ".bmp", "webp": ".webp", "mp4": ".mp4",
           "mov": ".mov", "avi": ".avi", "webm": ".webm"}
_MIME = {".png": "image/png", ".jpg": "image/jpeg", ".jpeg": "image/jpeg", ".gif": "image/gif", ".bmp": "image/bmp",
         ".webp": "image/webp", ".mp4": "video/mp4", ".mov": "video/quicktime", ".avi": "video/x-msvideo",
         ".webm": "video/webm"}


def untrusted_request(agent: Agent, text: str, attachments: list[str] | None = None) -> Request:
    """Parse text from a model or remote caller: paths only under the configured input roots or
    the artifact store; attachments are not trusted just because they were passed separately."""
    return parse_request(text, attachments or [], roots=list(agent.config.input_roots), trust_attachments=False,
                         store=agent.store,
                         policy=agent.config.policy)


# -- messages -> request ------------------------------------------------------------------------
def request_text_from_message(message: AnyMessage, agent: Agent) -> str:
    """The request text of a message, media blocks as inline ``###path###`` markers in their
    place (so the planner sees ``<image 0>`` where the image was); base64 media are written
    into the store first."""
    content = message.content
    if isinstance(content, str):
        return content
    parts: list[str] = []
    for block in content:
        if isinstance(block, str):
            parts.append(block)
        elif isinstance(block, dict):
            kind = block.get("type")
            if kind == "text":
                parts.append(str(block.get("text", "")))
            elif kind in ("image", "video", "image_url", "video_url", "file"):
                parts.append(f"###{_media_path(block, agent)}###")
    return " ".join(p.strip() for p in parts if p.strip())


def _media_path(block: dict[str, Any], agent: Agent) -> str:
    """A marker for one media content block: base64/data URL → stored, then its path; one of our
    own blocks → ``$artifact.<id>``; a path or file:// URL is kept (the input roots decide)."""
    extras = block.get("extras")
    if isinstance(extras, dict) and isinstance(extras.get("artifact_id"), str):
        return f"$artifact.{extras['artifact_id']}"
    url = block.get("url") or block.get("path")
    if isinstance(block.get("image_url"), dict):
        url = block["image_url"].get("url")
    elif isinstance(block.get("image_url"), str):
        url = block["image_url"]
    data = block.get("base64") or (block.get("data") if block.get("source_type") == "base64" else None)
    if data is None and isinstance(url, str) and url.startswith("data:"):
        data = url.split(",", 1)[1] if "," in url else ""
    if data is not None:
        try:
            raw = base64.b64decode(data, validate=False)
        except (binascii.Error, ValueError):
            raise RequestError(f"a `{block.get('type')}` content block has invalid base64 data") from None
        found = sniff(raw[:32])
        if found is None:
            raise RequestError(f"a `{block.get('type')}` content block is not a supported image or video")
        kind, fmt = found
        art = agent.store.put_bytes(raw, kind=kind, suffix=_SUFFIX.get(fmt, ""), name="message")
        return str(art.path)
    if isinstance(url, str):
        if url.startswith("file://"):
            return url[len("file://"):]
        if "://" not in url:
            return url
        raise RequestError(f"cannot fetch {url!r}: pass media as base64 or a local path (no network access)")
    raise RequestError(f"a `{block.get('type')}` content block has no base64 data, url or path")


# -- result -> message ----------------------------------------------------------------------------
def media_block(art: Artifact, *, inline_bytes: int = 0) -> dict[str, Any]:
    """A LangChain image/video content block for an artifact: its file as a ``file://`` URL (or
    base64, when at most ``inline_bytes``), its artifact id and reference in ``extras``."""
    path = art.path
    block: dict[str, Any] = {"type": art.kind, "mime_type": _MIME.get(path.suffix.lower(), "application/octet-stream"),
                             "extras": {"artifact_id": art.id, "ref": art.ref(), "path": str(path), "step": art.step}}
    size = path.stat().st_size if path.is_file() else None
    if size is not None and size <= inline_bytes:
        block["base64"] = base64.b64encode(path.read_bytes()).decode("ascii")
    else:
        block["url"] = path.as_uri()
    return block


def result_message(result: RunResult, *, inline_bytes: int = 0) -> AIMessage:
    """The reply: a text block (answer or summary, one line per output and per failed step),
    then one media block per image/video output."""
    return AIMessage(content=result_blocks(result, inline_bytes=inline_bytes),  # type: ignore[arg-type]
                     additional_kwargs={"unison": result_meta(result)})


def result_text(result: RunResult) -> str:
    lines = [result.answer] if result.answer else []
    media = [a for a in result.artifacts if a.kind in ("image", "video")]
    if not result.answer:
        made = ", ".join(f"{a.kind}" for a in media)
        lines.append(f"Done: {made}." if media and result.ok else f"Finished with status {result.status}.")
    lines += [f"{a.kind}: {a.ref()} {a.path}" for a in media]
    lines += [f"step {s.id} {s.status}: {s.error or s.reason}" for s in result.steps if not s.ok]
    return "\n".join(lines)


def result_blocks(result: RunResult, *, inline_bytes: int = 0) -> list[dict[str, Any]]:
    blocks: list[dict[str, Any]] = [{"type": "text", "text": result_text(result)}]
    blocks += [media_block(a, inline_bytes=inline_bytes) for a in result.artifacts if a.kind in ("image", "video")]
    return blocks


def result_meta(result: RunResult) -> dict[str, Any]:
    return {
        "session": result.session, "turn": result.turn, "status": result.status,
        "artifacts": [{"ref": a.ref(), "id": a.id, "kind": a.kind, "path": str(a.path), "step": a.step}
                      for a in result.artifacts],
    }


def _last_human(messages: list[AnyMessage]) -> HumanMessage:
    for message in reversed(messages):
        if isinstance(message, HumanMessage):
            return message
    raise UserError("the unison node needs a human message in `messages`")


def _thread_session(config: RunnableConfig | None, suffix: str) -> str | None:
    thread = ((config or {}).get("configurable") or {}).get("thread_id")
    return f"{thread}.{suffix}" if thread is not None else None


# -- node -----------------------------------------------------------------------------------------
def agent_node(agent: Agent, *, session_suffix: str = "unison", inline_bytes: int = 0) -> Any:
    """A ``MessagesState`` node (sync and async) running ``agent`` on the latest human message.

    Args:
        session_suffix: the session is ``<parent thread id>.<suffix>``.
        inline_bytes: media outputs up to this size go into the reply as base64 (default:
            none, a ``file://`` URL and the artifact id: parent state stays small).
    """
    from ..contracts.errors import ApprovalRequiredError

    def prepare(state: dict[str, Any], config: RunnableConfig) -> tuple[Request, str | None]:
        text = request_text_from_message(_last_human(state["messages"]), agent)
        return untrusted_request(agent, text), _thread_session(config, session_suffix)

    def unison(state: dict[str, Any], config: RunnableConfig) -> dict[str, Any]:
        request, session = prepare(state, config)
        try:
            result = agent.run(request, session=session)
        except ApprovalRequiredError as exc:
            # pause the parent; when it resumes, this node runs again and ``interrupt`` returns the answer
            answer = interrupt(exc.payload)
            result = agent.resume(exc.session, answer)
        return {"messages": [result_message(result, inline_bytes=inline_bytes)]}

    async def aunison(state: dict[str, Any], config: RunnableConfig) -> dict[str, Any]:
        request, session = prepare(state, config)
        try:
            result = await asyncio.to_thread(agent.run, request, session=session)
        except ApprovalRequiredError as exc:
            answer = interrupt(exc.payload)  # here, in the node's context, not in the worker thread
            result = await asyncio.to_thread(agent.resume, exc.session, answer)
        return {"messages": [result_message(result, inline_bytes=inline_bytes)]}

    return RunnableLambda(unison, afunc=aunison, name="unison")


# -- subgraph -------------------------------------------------------------------------------------
class SubgraphState(TurnState, total=False):
    messages: Annotated[list[AnyMessage], add_messages]


class SubgraphOutput(TypedDict, total=False):
    messages: Annotated[list[AnyMessage], add_messages]
    result: dict[str, Any] | None


def agent_subgraph(agent: Agent, *, persistent: bool = True) -> Any:
    """The executor as a compiled subgraph: ``MessagesState`` in, an ``AIMessage`` (and the
    ``RunResult`` JSON as ``result``) out.

    Args:
        persistent: keep the history between parent turns (the parent's thread is the session:
            its turns go to the agent's turn store, the turn in progress to the parent's
            checkpointer); ``False`` starts each call afresh (a new session per call).
    """

    def ingest(state: SubgraphState, config: RunnableConfig) -> SubgraphState:
        text = request_text_from_message(_last_human(state["messages"]), agent)
        thread = ((config or {}).get("configurable") or {}).get("thread_id") or "subgraph"
        session = str(thread) if persistent else f"{thread}.{new_session_id()}"
        return new_turn_input(session, untrusted_request(agent, text), None)  # type: ignore[return-value]

    def reply(state: SubgraphState) -> SubgraphState:
        result = RunResult.model_validate(state["result"])
        return {"messages": [result_message(result)]}

    builder = StateGraph(SubgraphState, input_schema=MessagesState, output_schema=SubgraphOutput)
    builder.add_node("ingest", ingest)
    add_executor_nodes(builder, agent.deps)
    builder.add_node("reply", reply)
    builder.add_edge(START, "ingest")
    builder.add_edge("ingest", "plan")
    builder.add_edge("respond", "reply")
    builder.add_edge("reply", END)
    return builder.compile(checkpointer=True if persistent else None, name="unison")


# -- tool -----------------------------------------------------------------------------------------
class UnisonToolArgs(BaseModel):
    request: str = Field(description="What to make or answer, in plain words.")
    attachments: list[str] = Field(
        default_factory=list,
        description="Input images or videos: $artifact.<id> of earlier outputs (file paths only inside the "
        "folders the deployment allows).")


def agent_tool(agent: Agent, *, name: str = "unison", description: str | None = None, inline_bytes: int = 0) -> Any:
    """A LangChain tool: ``request`` (text, ``###…###`` markers allowed) and ``attachments``.

    The session is ``<thread id>.<name>`` of the LangGraph thread the tool runs in, so "now
    animate it" continues the same session; without a thread each call starts a new one.
    """
    from langchain_core.tools import StructuredTool, ToolException

    from ..contracts.errors import PlannerError, PlanValidationError, SessionBusyError

    # `config` is annotated exactly `RunnableConfig` (not Optional): that is how langchain-core
    # recognises the parameter to inject the caller's config into
    def call(request: str, config: RunnableConfig, attachments: list[str] | None = None) -> tuple[Any, dict[str, Any]]:
        try:
            parsed = untrusted_request(agent, request, list(attachments or []))
            result = agent.run(parsed, session=_thread_session(config, name))
        except (RequestError, PlannerError, PlanValidationError, SessionBusyError) as exc:
            # the caller's (the model's) to fix: it gets the message back as the tool's answer
            raise ToolException(str(exc)) from None
        return result_blocks(result, inline_bytes=inline_bytes), result.model_dump(mode="json")

    async def acall(request: str, config: RunnableConfig, attachments: list[str] | None = None) -> tuple[Any, dict[str, Any]]:
        return await asyncio.to_thread(call, request, config, attachments)

    return StructuredTool.from_function(
        func=call, coroutine=acall, name=name, args_schema=UnisonToolArgs, response_format="content_and_artifact",
        handle_tool_error=True,
        description=description or (
            "Generate, edit or understand images and videos: text-to-image, text-to-video, image editing, "
            "control maps, references, image-to-video, and questions about images and videos. "
            "Returns the answer and the artifacts it made ($artifact.<id>, usable as attachments later)."),
    )
