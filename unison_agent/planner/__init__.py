"""Planners: the contract (``base``) and a factory that finds planners by name.

Planners register like tools do, through an entry-point group, ``unison_agent.planners``:
each entry point names a factory ``(**options) -> Planner``. Built-ins: ``embedded`` (the
default, shipped fine-tuned model), ``lm`` (any transformers (V)LM with constrained decoding)
and ``unison`` (the reference release's special-token protocol).
"""

from __future__ import annotations

from importlib.metadata import entry_points
from typing import Any

from ..contracts.errors import UserError
from .base import Planner, finalize

PLANNER_GROUP = "unison_agent.planners"
DEFAULT_PLANNER = "embedded"

__all__ = ["DEFAULT_PLANNER", "Planner", "available_planners", "finalize", "load_planner"]


def available_planners() -> list[str]:
    return sorted(ep.name for ep in entry_points(group=PLANNER_GROUP))


def load_planner(name: str | None = None, **options: Any) -> Planner:
    """Build the planner called ``name`` (default: ``embedded``) with ``options``."""
    wanted = name or DEFAULT_PLANNER
    for ep in entry_points(group=PLANNER_GROUP):
        if ep.name == wanted:
            factory = ep.load()
            planner: Planner = factory(**options)
            return planner
    raise UserError(f"'{wanted}' is not a known planner; available: {', '.join(available_planners()) or '(none)'}")
