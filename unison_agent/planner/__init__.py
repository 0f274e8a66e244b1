"""Planners: the contract (``base``) and a factory that finds planners by name.

Planners register like tools do, through an entry-point group, ``unison_agent.planners``:
each entry point names a factory ``(**options) -> Planner``. Built-ins: ``embedded`` (the
default, shipped fine-tuned model), ``lm`` (any transformers (V)LM with constrained decoding)
and ``unison`` (the reference release's special-token protocol).
"""

from __future__ import annotations

from importlib.metadata import entry_points
from typing import TYPE_CHECKING, Any

from ..contracts.errors import UserError
from .base import Planner, finalize

if TYPE_CHECKING:
    from ..config import Config
    from ..runtime.pool import ModelPool

PLANNER_GROUP = "unison_agent.planners"
DEFAULT_PLANNER = "embedded"

__all__ = ["DEFAULT_PLANNER", "Planner", "available_planners", "finalize", "load_planner"]


def available_planners() -> list[str]:
    return sorted(ep.name for ep in entry_points(group=PLANNER_GROUP))


def load_planner(
    name: str | None = None, *, pool: ModelPool | None = None, config: Config | None = None, **options: Any
) -> Planner:
    """Build the planner called ``name`` (default: ``embedded``) with ``options``.

    ``pool`` and ``config`` are the agent's: a factory takes them as keyword arguments (a planner
    that shares a model with the tools takes it from that pool, never from a global).
    """
    wanted = name or DEFAULT_PLANNER
    for ep in entry_points(group=PLANNER_GROUP):
        if ep.name == wanted:
            factory = ep.load()
            planner: Planner = factory(pool=pool, config=config, **options)
            return planner
    raise UserError(f"'{wanted}' is not a known planner; available: {', '.join(available_planners()) or '(none)'}")
