"""The agent's graph for LangGraph's own server (``langgraph dev`` / LangGraph Platform), named
in ``langgraph.json`` at the repository root.

``make_graph()`` builds an ``Agent`` from the usual configuration (``UNISON_PROFILE``,
``UNISON_CONFIG``, ``UNISON_HOME``, ...) and returns its executor as a ``MessagesState`` graph
(``Agent.as_subgraph``) compiled without a checkpointer: LangGraph's server brings its own, and
with it keeps each thread's history. ``unison serve`` does not need this; it is for people
who already run LangGraph's server.
"""

from __future__ import annotations

from typing import Any

from ..agent import Agent
from ..config import load_config


def make_graph() -> Any:
    config = load_config()
    return Agent(config.planner, config=config).as_subgraph(persistent=False)
