"""Built-in tools, registered through the ``unison_agent.tools`` entry point like any plugin."""

from __future__ import annotations

from collections.abc import Callable

from unison_agent.tool import Tool


def register_tools(register: Callable[[Tool], Tool]) -> None:
    """Entry-point hook: register the built-in tools (image_gen, video_gen, edit, vqa)."""
