"""Tools for ``bench_ray.py``, importable by Ray workers (the bench puts bench/ on their path).

``bench_registry()`` is the ``[ray] registry`` factory: the built-in tools plus a no-op and a
sleeper, so workers and the driver see the same registry.
"""

from __future__ import annotations

import time

from pydantic import BaseModel, ConfigDict

from unison_agent.contracts.registry import Registry, registry_from
from unison_agent.contracts.tool import Tool, ToolContext, ToolOutput


class WaitArgs(BaseModel):
    model_config = ConfigDict(extra="forbid")
    question: str
    seconds: float = 0.0


class Noop(Tool):
    name = "noop"
    description = "Return a fixed text."
    tasks = ("text_understanding",)
    args_model = WaitArgs

    def run(self, args: BaseModel, ctx: ToolContext) -> ToolOutput:
        return ctx.save_text("ok")


class Sleep(Tool):
    name = "sleep"
    description = "Sleep (no CPU), then return a fixed text."
    tasks = ("text_understanding",)
    args_model = WaitArgs

    def run(self, args: BaseModel, ctx: ToolContext) -> ToolOutput:
        time.sleep(args.seconds)  # type: ignore[attr-defined]
        return ctx.save_text("slept")


def bench_registry() -> Registry:
    import unison_tools

    registry = registry_from(unison_tools.register_tools)
    registry.register(Noop())
    registry.register(Sleep())
    return registry
