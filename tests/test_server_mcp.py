"""The MCP server, with the ``mcp`` SDK's own client (streamable HTTP against the tiny server,
stdio against ``unison mcp``) and with ``langchain-mcp-adapters`` feeding a LangGraph agent."""

from __future__ import annotations

import asyncio
import base64
import os
import sys
from pathlib import Path
from typing import Any

from fixtures.server import png_bytes
from langchain_core.language_models.chat_models import BaseChatModel
from langchain_core.messages import AIMessage, BaseMessage, HumanMessage, ToolMessage
from langchain_core.outputs import ChatGeneration, ChatResult
from mcp import ClientSession, StdioServerParameters
from mcp.client.stdio import stdio_client
from mcp.client.streamable_http import streamable_http_client

TESTS = Path(__file__).parent
CLI = "import sys; from unison_agent.cli import main; sys.exit(main(sys.argv[1:]))"


def test_mcp_over_http_runs_with_progress_and_returns_media(tiny_server: str) -> None:
    cat = base64.b64encode(png_bytes((64, 64))).decode()

    async def go() -> None:
        async with streamable_http_client(f"{tiny_server}/mcp") as (read, write, _), ClientSession(read, write) as session:
            await session.initialize()
            tools = {t.name: t for t in (await session.list_tools()).tools}
            assert list(tools)[:3] == ["run", "plan", "list_tools"]
            assert {"image_gen", "video_gen", "edit", "vqa"} <= set(tools)
            assert tools["image_gen"].inputSchema["properties"]["task"]["enum"] == ["text_to_image", "image_control", "image_reference"]

            progress: list[tuple[float, float | None, str | None]] = []

            async def on_progress(value: float, total: float | None, message: str | None) -> None:
                progress.append((value, total, message))

            result = await session.call_tool("run", {"request": "make the cat blue", "files": [{"data": cat, "name": "cat.png"}]},
                                             progress_callback=on_progress)
            assert not result.isError, result.content
            assert result.structuredContent is not None and result.structuredContent["status"] == "ok"
            images = [c for c in result.content if c.type == "image"]
            assert len(images) == 1 and base64.b64decode(images[0].data).startswith(b"\x89PNG")
            values = [p[0] for p in progress]
            assert values == sorted(values) and any(0 < v < 1 for v in values), progress
            assert any(m and "s0 edit:image_edit progress" in m for _, _, m in progress)

            plan = await session.call_tool("plan", {"request": "Create a 480P image of a clownfish"})
            assert plan.structuredContent is not None
            assert plan.structuredContent["plan"]["steps"][0]["task"] == "text_to_image"

            video = await session.call_tool("video_gen", {"task": "text_to_video", "prompt": "waves", "width": 64, "height": 64,
                                                          "num_frames": 5})
            assert not video.isError, video.content
            resources = [c for c in video.content if c.type == "resource"]
            assert len(resources) == 1 and resources[0].resource.mimeType == "video/mp4"
            uri = resources[0].resource.uri
            read_back = await session.read_resource(uri)
            assert read_back.contents[0].blob == resources[0].resource.blob  # type: ignore[union-attr]

            wrong = await session.call_tool("image_gen", {"task": "image_control", "prompt": "x", "control": "$artifact.0123456789"})
            assert wrong.isError and "no artifact '0123456789'" in wrong.content[0].text  # type: ignore[union-attr]

    asyncio.run(go())


def test_unison_mcp_over_stdio(tmp_path: Path) -> None:
    env = {**os.environ, "UNISON_HOME": str(tmp_path / "home"), "PYTHONPATH": os.pathsep.join([str(TESTS), str(TESTS.parent)])}
    params = StdioServerParameters(command=sys.executable, env=env, args=[
        "-c", CLI, "mcp", "--profile", "tiny", "--agent-factory", "fixtures.server:server_agent"])

    async def go() -> None:
        with (tmp_path / "mcp.log").open("w") as errlog:
            async with stdio_client(params, errlog=errlog) as (read, write), ClientSession(read, write) as session:
                await session.initialize()
                names = [t.name for t in (await session.list_tools()).tools]
                assert names[:3] == ["run", "plan", "list_tools"] and "make_image" in names
                listed = await session.call_tool("list_tools", {})
                assert listed.structuredContent is not None
                assert "brighten" in [t["name"] for t in listed.structuredContent["tools"]]
                result = await session.call_tool("run", {"request": "draw a fish", "session": "fishy"})
                assert not result.isError
                assert result.structuredContent is not None and result.structuredContent["session"] == "fishy"
                assert [c.type for c in result.content] == ["text", "image"]
                again = await session.call_tool("run", {"request": "now brighter", "session": "fishy"})
                assert again.structuredContent is not None and again.structuredContent["status"] == "ok"
                failed = await session.call_tool("run", {"request": "paint the moon"})
                assert failed.isError and "no scripted plan for 'paint the moon'" in failed.content[0].text  # type: ignore[union-attr]

    asyncio.run(go())


class ScriptedToolCaller(BaseChatModel):
    """A chat model that asks for the ``run`` tool once, then answers with what it returned."""

    request: str

    @property
    def _llm_type(self) -> str:
        return "scripted-tool-caller"

    def bind_tools(self, tools: Any, **kwargs: Any) -> Any:
        return self

    def _generate(self, messages: list[BaseMessage], stop: Any = None, run_manager: Any = None, **kwargs: Any) -> ChatResult:
        last = messages[-1]
        if isinstance(last, ToolMessage):
            text = last.content if isinstance(last.content, str) else " ".join(
                b.get("text", "") for b in last.content if isinstance(b, dict))
            reply = AIMessage(content=f"the tool said: {text}")
        else:
            reply = AIMessage(content="", tool_calls=[{"name": "run", "args": {"request": self.request}, "id": "call-1"}])
        return ChatResult(generations=[ChatGeneration(message=reply)])


def test_langchain_mcp_adapters_load_the_tools_into_a_langgraph_agent(tiny_server: str) -> None:
    from langchain_mcp_adapters.client import MultiServerMCPClient
    from langgraph.graph import START, MessagesState, StateGraph
    from langgraph.prebuilt import ToolNode, tools_condition

    async def go() -> dict[str, Any]:
        client = MultiServerMCPClient({"unison": {"transport": "streamable_http", "url": f"{tiny_server}/mcp"}})
        tools = await client.get_tools()
        assert {"run", "plan", "list_tools", "image_gen", "edit"} <= {t.name for t in tools}
        model = ScriptedToolCaller(request="Create a 480P image of a clownfish")

        def agent(state: MessagesState) -> dict[str, Any]:
            return {"messages": [model.bind_tools(tools).invoke(state["messages"])]}

        graph = StateGraph(MessagesState)
        graph.add_node("agent", agent)
        graph.add_node("tools", ToolNode(tools))
        graph.add_edge(START, "agent")
        graph.add_conditional_edges("agent", tools_condition)
        graph.add_edge("tools", "agent")
        out: dict[str, Any] = await graph.compile().ainvoke({"messages": [HumanMessage("draw me a clownfish")]})
        return out

    out = asyncio.run(go())
    tool_message = next(m for m in out["messages"] if isinstance(m, ToolMessage))
    blocks = tool_message.content if isinstance(tool_message.content, list) else [tool_message.content]
    assert any(isinstance(b, dict) and b.get("type") == "image" for b in blocks), blocks
    assert "s0 image_gen:text_to_image succeeded" in str(blocks)
    assert str(out["messages"][-1].content).startswith("the tool said: run ")
