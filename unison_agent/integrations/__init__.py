"""Front doors other than the CLI and the Python API: the HTTP/MCP server and its web UI
(``unison_agent.integrations.server``). Every one of them goes through the same ``Agent``."""
