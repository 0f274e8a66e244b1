"""Front doors other than the CLI: the LangChain bridge (``langchain``), the agent as a LangGraph
node, subgraph or tool (``embed``), and the HTTP/MCP server with its web UI (``server``). Every
one of them goes through the same ``Agent``."""
