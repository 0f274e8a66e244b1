"""Embedding an ``Agent`` in other agents: a node, a subgraph, a LangChain tool.

- ``agent_node(agent)``: a node for a parent graph on ``MessagesState``. It reads the latest
  human message (text plus image/video content blocks), runs the agent in a session named
  after the parent's thread (so turns build on each other), and appends an ``AIMessage`` with
  the answer text and the artifact references (also under ``additional_kwargs["unison"]``).
  An approval request becomes a LangGraph ``interrupt`` in the parent.
- ``agent_subgraph(agent)``: the executor compiled as a subgraph with ``MessagesState`` input
  and output; it inherits the parent's checkpointer (``checkpointer=True``: its history is
  kept per parent thread), and its approval ``interrupt`` reaches the parent directly.
- ``agent_tool(agent)``: a ``StructuredTool`` (``request``, ``attachments``) whose content is
  the answer and whose artifact is the ``RunResult`` JSON.
"""

from __future__ import annotations

import base64
import binascii
from typing import TYPE_CHECKING, Annotated, Any, TypedDict

from langchain_core.messages import AIMessage, AnyMessage, HumanMessage
from langchain_core.runnables import RunnableConfig
from langgraph.graph import END, START, MessagesState, StateGraph
from langgraph.graph.message import add_messages
from langgraph.types import interrupt

from ..contracts.errors import RequestError, UserError
from ..contracts.request import parse_request
from ..executor.graph import TurnState, add_executor_nodes, new_turn_input
from ..executor.results import RunResult
from ..runtime.media import sniff
from ..sessions.session import new_session_id

if TYPE_CHECKING:
    from ..agent import Agent

_SUFFIX = {"png": ".png", "jpeg": ".jpg", "gif": ".gif", "bmp": ".bmp", "webp": ".webp", "mp4": ".mp4",
           "mov": ".mov", "avi": ".avi", "webm": ".webm"}


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
    """A local file for one media content block (base64/data URL → stored; path or file:// kept)."""
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
        return art.path
    if isinstance(url, str):
        if url.startswith("file://"):
            return url[len("file://"):]
        if "://" not in url:
            return url
        raise RequestError(f"cannot fetch {url!r}: pass media as base64 or a local path (no network access)")
    raise RequestError(f"a `{block.get('type')}` content block has no base64 data, url or path")


# -- result -> message ----------------------------------------------------------------------------
def result_message(result: RunResult) -> AIMessage:
    lines = [result.answer] if result.answer else []
    media = [a for a in result.artifacts if a.kind != "text"]
    if not result.answer:
        made = ", ".join(f"{a.kind}" for a in media)
        lines.append(f"Done: {made}." if media and result.ok else f"Finished with status {result.status}.")
    lines += [f"{a.kind}: {a.ref()} {a.path}" for a in media]
    lines += [f"step {s.id} {s.status}: {s.error or s.reason}" for s in result.steps if not s.ok]
    meta = {
        "session": result.session, "turn": result.turn, "status": result.status,
        "artifacts": [{"ref": a.ref(), "id": a.id, "kind": a.kind, "path": a.path, "step": a.step} for a in result.artifacts],
    }
    return AIMessage(content="\n".join(lines), additional_kwargs={"unison": meta})


def _last_human(messages: list[AnyMessage]) -> HumanMessage:
    for message in reversed(messages):
        if isinstance(message, HumanMessage):
            return message
    raise UserError("the unison node needs a human message in `messages`")


def _thread_session(config: RunnableConfig | None, suffix: str) -> str | None:
    thread = ((config or {}).get("configurable") or {}).get("thread_id")
    return f"{thread}.{suffix}" if thread is not None else None


# -- node -----------------------------------------------------------------------------------------
def agent_node(agent: Agent, *, session_suffix: str = "unison") -> Any:
    """A ``MessagesState`` node running ``agent`` on the latest human message."""
    from ..contracts.errors import ApprovalRequiredError

    def unison(state: dict[str, Any], config: RunnableConfig) -> dict[str, Any]:
        text = request_text_from_message(_last_human(state["messages"]), agent)
        session = _thread_session(config, session_suffix)
        try:
            result = agent.run(text, session=session)
        except ApprovalRequiredError as exc:
            # pause the parent; when it resumes, this node runs again and ``interrupt`` returns the answer
            answer = interrupt(exc.payload)
            result = agent.resume(exc.session, answer)
        return {"messages": [result_message(result)]}

    return unison


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
        return new_turn_input(session, parse_request(text), None)  # type: ignore[return-value]

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
def agent_tool(agent: Agent, *, name: str = "unison", description: str | None = None) -> Any:
    """A LangChain tool: ``request`` (text, ``###path###`` markers allowed) and ``attachments``."""
    from langchain_core.tools import StructuredTool
    from pydantic import BaseModel, Field

    class UnisonToolArgs(BaseModel):
        request: str = Field(description="What to make or answer, in plain words.")
        attachments: list[str] = Field(default_factory=list, description="Paths of input images or videos.")

    def call(request: str, attachments: list[str] | None = None, config: RunnableConfig | None = None) -> tuple[str, dict[str, Any]]:
        result = agent.run(request, list(attachments or []), session=_thread_session(config, name))
        return str(result_message(result).content), result.model_dump(mode="json")

    return StructuredTool.from_function(
        func=call, name=name, args_schema=UnisonToolArgs, response_format="content_and_artifact",
        description=description or (
            "Generate, edit or understand images and videos: text-to-image, text-to-video, image editing, "
            "control maps, references, image-to-video, and questions about images and videos. "
            "Returns the answer and the paths of what it made."),
    )
