"""The planner contract.

A planner turns a request (and the session history) into a plan. Whatever model runs inside,
what leaves ``Planner.plan`` has passed ``finalize`` (the validator with the request's
attachment kinds and the history's references): a planner never hands out an invalid plan.
"""

from __future__ import annotations

from typing import Any, Protocol, runtime_checkable

from ..contracts.plan import Plan
from ..contracts.policy import Policy
from ..contracts.registry import Registry
from ..contracts.request import Request
from ..contracts.validate import validate_plan
from ..sessions.history import History


@runtime_checkable
class Planner(Protocol):
    name: str

    def plan(
        self,
        request: Request,
        *,
        registry: Registry,
        history: History | None = None,
        policy: Policy | None = None,
    ) -> Plan:
        """Return a validated plan or raise ``PlannerError``."""
        ...


def finalize(
    raw: Any,
    request: Request,
    *,
    registry: Registry,
    history: History | None = None,
    policy: Policy | None = None,
) -> Plan:
    """Validate a candidate plan in the request's context; raises ``PlanValidationError``."""
    hist = history or History()
    return validate_plan(
        raw,
        registry,
        attachments=[a.kind for a in request.attachments],
        policy=policy,
        known_refs=hist.known_refs(),
        turn_count=len(hist),
    )
