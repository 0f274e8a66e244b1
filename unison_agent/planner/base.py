"""The planner contract.

A planner turns a request into a plan, in the turn's ``PlanContext`` (the registered tasks and
tool definitions, the session history, the policy, the configuration). Whatever model runs
inside, what leaves ``Planner.plan`` has passed ``finalize`` — the validator with that same
context — so a planner never hands out an invalid plan, and sees configuration problems while
it can still repair them. Planners read tools only as definitions (``context.definitions``,
``context.choose_tool``), never as tool objects.
"""

from __future__ import annotations

from typing import Any, Protocol, runtime_checkable

from ..contracts.context import PlanContext
from ..contracts.plan import Plan
from ..contracts.request import Request
from ..contracts.validate import validate_plan


@runtime_checkable
class Planner(Protocol):
    name: str

    def plan(self, request: Request, context: PlanContext) -> Plan:
        """Return a validated plan or raise ``PlannerError``."""
        ...


def finalize(raw: Any, context: PlanContext) -> Plan:
    """Validate a candidate plan in the turn's context; raises ``PlanValidationError``."""
    return validate_plan(raw, context)
