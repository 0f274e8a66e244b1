"""Front doors other than the CLI: the LangChain bridge and the agent as a LangGraph node,
subgraph or tool (and, later, the HTTP and MCP servers)."""
