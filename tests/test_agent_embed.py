"""The agent inside real parent LangGraph graphs: as a node (sync and async), a subgraph and a
tool (in a prebuilt ``ToolNode``, the thread id naming the session), with an ``interrupt`` for
approval before expensive steps; media come back as content blocks with artifact ids, and
file paths from a model are refused."""

from __future__ import annotations

import asyncio
import base64
import hashlib
from pathlib import Path
from typing import Any

import pytest
from fixtures.executor import ScriptedPlanner, steps
from langchain_core.messages import AIMessage, HumanMessage, ToolMessage
from langgraph.checkpoint.memory import InMemorySaver
from langgraph.graph import END, START, MessagesState, StateGraph
from langgraph.prebuilt import ToolNode
from langgraph.types import Command

from unison_agent.contracts.errors import ApprovalRequiredError, RequestError
from unison_agent.executor import ApprovalPolicy, ExecutorSettings


def planner() -> ScriptedPlanner:
    return ScriptedPlanner({
        "draw a fish": steps(("s0", "text_to_image", "make_image", {"prompt": "fish"})),
        "now brighter": steps(("s0", "image_edit", "brighten", {"prompt": "b", "image": "$turn.-1"})),
        "how big is this? <image 0>": steps(("q", "image_understanding", "describe", {"question": "size", "image": "$input.0"})),
        "how big is this?": steps(("q", "image_understanding", "describe", {"question": "size", "image": "$input.0"})),
        "draw and animate": steps(("img", "text_to_image", "make_image", {"prompt": "x"}),
                                  ("vid", "image_to_video", "make_video", {"prompt": "y", "first_frame": "$img"})),
    })


def parent_with(node: Any, checkpointer: Any = None) -> Any:
    builder = StateGraph(MessagesState)
    builder.add_node("unison", node)
    builder.add_edge(START, "unison")
    builder.add_edge("unison", END)
    return builder.compile(checkpointer=checkpointer)


def png_block(path: Path) -> dict[str, Any]:
    return {"type": "image", "base64": base64.b64encode(path.read_bytes()).decode(), "mime_type": "image/png"}


def text_of(message: Any) -> str:
    content = message.content
    return content if isinstance(content, str) else "".join(b["text"] for b in content if b.get("type") == "text")


def tool_graph(tool: Any, requests: list[dict[str, Any]], checkpointer: Any = None) -> Any:
    """model -> ToolNode([tool]): the model node calls the tool with the next scripted arguments."""
    pending = iter(requests)

    def model(state: MessagesState) -> dict[str, Any]:
        call = {"name": "unison", "args": next(pending), "id": f"call-{len(state['messages'])}", "type": "tool_call"}
        return {"messages": [AIMessage("", tool_calls=[call])]}

    builder = StateGraph(MessagesState)
    builder.add_node("model", model)
    builder.add_node("tools", ToolNode([tool]))
    builder.add_edge(START, "model")
    builder.add_edge("model", "tools")
    builder.add_edge("tools", END)
    return builder.compile(checkpointer=checkpointer)


def test_as_node_reads_text_and_image_blocks_and_keeps_turns(make_agent: Any, exec_image: Path) -> None:
    agent = make_agent(planner())
    parent = parent_with(agent.as_node(), InMemorySaver())
    config = {"configurable": {"thread_id": "t"}}
    out = parent.invoke({"messages": [HumanMessage("draw a fish")]}, config)
    reply = out["messages"][-1]
    assert isinstance(reply, AIMessage) and "$artifact." in text_of(reply)
    first = reply.additional_kwargs["unison"]["artifacts"][0]
    assert Path(first["path"]).is_file() and first["kind"] == "image"
    block = reply.content[1]  # media come back as a LangChain image block carrying the artifact id
    assert block["type"] == "image" and block["mime_type"] == "image/png"
    assert block["extras"]["artifact_id"] == first["id"] and block["url"] == Path(first["path"]).as_uri()
    out = parent.invoke({"messages": [HumanMessage("now brighter")]}, config)
    meta = out["messages"][-1].additional_kwargs["unison"]
    assert meta["turn"] == 1 and meta["status"] == "ok"
    blocks = [{"type": "text", "text": "how big is this?"}, png_block(exec_image)]
    out = parent.invoke({"messages": [HumanMessage(blocks)]}, {"configurable": {"thread_id": "img"}})
    assert text_of(out["messages"][-1]).startswith("a image of 40x30")
    # our own block sent back in (as a parent model would) names the artifact: no file path needed
    out = parent.invoke({"messages": [HumanMessage([{"type": "text", "text": "how big is this?"}, block])]},
                        {"configurable": {"thread_id": "again"}})
    assert text_of(out["messages"][-1]).startswith("a image of 32x24")


def test_as_node_asks_the_parent_for_approval(make_agent: Any) -> None:
    agent = make_agent(planner(), settings=ExecutorSettings(approval=ApprovalPolicy()))
    parent = parent_with(agent.as_node(), InMemorySaver())
    config = {"configurable": {"thread_id": "a"}}
    out = parent.invoke({"messages": [HumanMessage("draw and animate")]}, config)
    pending = out["__interrupt__"][0].value
    assert [s["id"] for s in pending["steps"]] == ["vid"]
    out = parent.invoke(Command(resume=False), config)
    meta = out["messages"][-1].additional_kwargs["unison"]
    assert meta["status"] == "partial" and [a["kind"] for a in meta["artifacts"]] == ["image"]
    assert "not approved" in text_of(out["messages"][-1])


def test_as_subgraph_inherits_the_checkpointer_and_interrupts(make_agent: Any) -> None:
    agent = make_agent(planner(), settings=ExecutorSettings(approval=ApprovalPolicy()))
    sub = agent.as_subgraph()
    parent = parent_with(sub, InMemorySaver())
    config = {"configurable": {"thread_id": "p"}}
    out = parent.invoke({"messages": [HumanMessage("draw and animate")]}, config)
    assert out["__interrupt__"][0].value["kind"] == "approval"
    out = parent.invoke(Command(resume=True), config)
    meta = out["messages"][-1].additional_kwargs["unison"]
    assert meta["status"] == "ok" and [a["kind"] for a in meta["artifacts"]] == ["image", "video"]
    # history lives in the parent's checkpointer, per thread
    out = parent.invoke({"messages": [HumanMessage("draw a fish")]}, config)
    assert out["messages"][-1].additional_kwargs["unison"]["turn"] == 1
    out = parent.invoke({"messages": [HumanMessage("now brighter")]}, config)  # $turn.-1 is the fish
    meta = out["messages"][-1].additional_kwargs["unison"]
    assert meta["turn"] == 2 and meta["status"] == "ok"


def test_as_tool_inside_a_tool_node(make_agent: Any) -> None:
    agent = make_agent(planner())
    out = tool_graph(agent.as_tool(), [{"request": "draw a fish"}]).invoke({"messages": [HumanMessage("go")]})
    msg = out["messages"][-1]
    assert isinstance(msg, ToolMessage) and "image: $artifact." in text_of(msg)
    assert msg.artifact["status"] == "ok" and msg.artifact["steps"][0]["tool"] == "make_image"
    assert msg.content[1]["type"] == "image" and msg.content[1]["extras"]["artifact_id"] == msg.artifact["steps"][0]["outputs"][0]["id"]


def test_as_tool_continues_the_session_of_the_langgraph_thread(make_agent: Any) -> None:
    """Issue 12.3: two calls in one thread are one session, so "now brighter" edits the fish."""
    agent = make_agent(planner())
    graph = tool_graph(agent.as_tool(), [{"request": "draw a fish"}, {"request": "now brighter"}], InMemorySaver())
    config = {"configurable": {"thread_id": "chat-7"}}
    graph.invoke({"messages": [HumanMessage("go")]}, config)
    second = graph.invoke({"messages": [HumanMessage("again")]}, config)["messages"][-1]
    assert second.artifact["session"] == "chat-7.unison" and second.artifact["turn"] == 1
    assert second.artifact["status"] == "ok" and len(agent.history("chat-7.unison")) == 2


def test_tool_and_node_accept_no_file_paths_from_a_model(make_agent: Any, exec_image: Path, tmp_path: Path) -> None:
    """Issue 12.2: a model (or an injected prompt) cannot make the agent read files: no path,
    relative, absolute or through a symlink, gets into the store; the model is told why."""
    agent = make_agent(planner())
    link = tmp_path / "link.png"
    link.symlink_to(exec_image)
    attempts = [{"request": f"how big is this? ###{exec_image}###"},
                {"request": "how big is this? ###../cat.png###"},
                {"request": "how big is this?", "attachments": [str(exec_image)]},
                {"request": "how big is this?", "attachments": [str(link)]}]
    before = sorted((agent.store.root / "objects").rglob("*"))
    for args in attempts:
        msg = tool_graph(agent.as_tool(), [args]).invoke({"messages": [HumanMessage("go")]})["messages"][-1]
        assert isinstance(msg, ToolMessage) and msg.status == "error"
        assert "file paths are not accepted here" in text_of(msg)
    assert sorted((agent.store.root / "objects").rglob("*")) == before  # nothing was copied in
    node = parent_with(agent.as_node())
    with pytest.raises(RequestError, match="file paths are not accepted"):
        node.invoke({"messages": [HumanMessage([{"type": "text", "text": "how big is this?"},
                                                {"type": "image", "url": exec_image.as_uri()}])]})
    # uploaded bytes and artifact ids are how media get in
    parent_with(agent.as_node()).invoke({"messages": [HumanMessage(
        [{"type": "text", "text": "how big is this?"}, png_block(exec_image)])]})
    stored = agent.store.get(hashlib.sha256(exec_image.read_bytes()).hexdigest())  # the uploaded bytes, stored
    msg = tool_graph(agent.as_tool(), [{"request": "how big is this?", "attachments": [f"$artifact.{stored.id[:12]}"]}]
                     ).invoke({"messages": [HumanMessage("go")]})["messages"][-1]
    assert msg.status != "error" and msg.artifact["status"] == "ok" and text_of(msg).startswith("a image of 40x30")


def test_async_node_and_agent_methods(make_agent: Any) -> None:
    agent = make_agent(planner())
    parent = parent_with(agent.as_node(), InMemorySaver())
    config = {"configurable": {"thread_id": "async"}}

    async def scenario() -> tuple[Any, Any, list[str]]:
        out = await parent.ainvoke({"messages": [HumanMessage("draw a fish")]}, config)
        result = await agent.arun("now brighter", session="async.unison")
        kinds = [e.event async for e in agent.astream("now brighter", session="async.unison")]
        return out, result, kinds

    out, result, kinds = asyncio.run(scenario())
    assert out["messages"][-1].additional_kwargs["unison"]["status"] == "ok"
    assert result.ok and result.turn == 1
    assert kinds[0] == "planned" and kinds[-1] == "done" and len(agent.history("async.unison")) == 3


def test_approval_in_process(make_agent: Any) -> None:
    agent = make_agent(planner(), settings=ExecutorSettings(approval=ApprovalPolicy()))
    with pytest.raises(ApprovalRequiredError) as info:
        agent.run("draw and animate", session="ap")
    assert [s["id"] for s in info.value.payload["steps"]] == ["vid"]
    result = agent.resume("ap", ["vid"])
    assert result.ok
    seen: list[dict[str, Any]] = []
    approving = make_agent(planner(), settings=ExecutorSettings(approval=ApprovalPolicy()),
                           approver=lambda payload: seen.append(payload) or True)
    assert approving.run("draw and animate").ok and len(seen) == 1
