"""The agent inside real parent LangGraph graphs: as a node, a subgraph and a tool, with an
``interrupt`` for approval before expensive steps."""

from __future__ import annotations

import base64
from pathlib import Path
from typing import Any

import pytest
from fixtures.executor import ScriptedPlanner, steps
from langchain_core.messages import AIMessage, HumanMessage, ToolMessage
from langgraph.checkpoint.memory import InMemorySaver
from langgraph.graph import END, START, MessagesState, StateGraph
from langgraph.prebuilt import ToolNode
from langgraph.types import Command

from unison_agent.contracts.errors import ApprovalRequiredError
from unison_agent.executor import ApprovalPolicy, ExecutorSettings


def planner() -> ScriptedPlanner:
    return ScriptedPlanner({
        "draw a fish": steps(("s0", "text_to_image", "make_image", {"prompt": "fish"})),
        "now brighter": steps(("s0", "image_edit", "brighten", {"prompt": "b", "image": "$turn.-1"})),
        "how big is this? <image 0>": steps(("q", "image_understanding", "describe", {"question": "size", "image": "$input.0"})),
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


def test_as_node_reads_text_and_image_blocks_and_keeps_turns(make_agent: Any, exec_image: Path) -> None:
    agent = make_agent(planner())
    parent = parent_with(agent.as_node(), InMemorySaver())
    config = {"configurable": {"thread_id": "t"}}
    out = parent.invoke({"messages": [HumanMessage("draw a fish")]}, config)
    reply = out["messages"][-1]
    assert isinstance(reply, AIMessage) and "$artifact." in reply.content
    first = reply.additional_kwargs["unison"]["artifacts"][0]
    assert Path(first["path"]).is_file() and first["kind"] == "image"
    out = parent.invoke({"messages": [HumanMessage("now brighter")]}, config)
    meta = out["messages"][-1].additional_kwargs["unison"]
    assert meta["turn"] == 1 and meta["status"] == "ok"
    blocks = [{"type": "text", "text": "how big is this?"}, png_block(exec_image)]
    out = parent.invoke({"messages": [HumanMessage(blocks)]}, {"configurable": {"thread_id": "img"}})
    assert out["messages"][-1].content.startswith("a image of 40x30")


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
    assert "not approved" in out["messages"][-1].content


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
    tool = agent.as_tool()

    def model(state: MessagesState) -> dict[str, Any]:
        call = {"name": "unison", "args": {"request": "draw a fish"}, "id": "call-1", "type": "tool_call"}
        return {"messages": [AIMessage("", tool_calls=[call])]}

    builder = StateGraph(MessagesState)
    builder.add_node("model", model)
    builder.add_node("tools", ToolNode([tool]))
    builder.add_edge(START, "model")
    builder.add_edge("model", "tools")
    builder.add_edge("tools", END)
    out = builder.compile().invoke({"messages": [HumanMessage("go")]})
    msg = out["messages"][-1]
    assert isinstance(msg, ToolMessage) and "image: $artifact." in msg.content
    assert msg.artifact["status"] == "ok" and msg.artifact["steps"][0]["tool"] == "make_image"


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
