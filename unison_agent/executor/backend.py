"""Where the call of one step runs: the seam between the executor and the machines.

The LangGraph executor decides order, dependencies, checkpoints, retries, approval and events.
A ``StepBackend`` only makes the call of one step: given the tool, its parsed arguments and the
``ToolContext`` (inputs resolved to artifacts of the driver's store, the progress sink, the
cancel event), it returns the step's outputs as artifacts in that same store, primary first.

Key parts:
- ``LocalBackend``: the call in this process: set the tool up, run it, normalise its outputs.
- ``RayBackend`` (``ray_backend``): the call on a replica actor of the tool on a Ray cluster.
- ``make_backend(name, config)`` (``backends``): the backend ``[executor] backend`` names.
- ``check_placement(plan, backend)``: a plan whose steps the backend cannot place (no node can
  hold the tool's replicas) is refused at validation, before anything runs.

A backend raises what the tool raised (so retries and failure messages read the same on every
backend); a worker lost mid-step is a ``TransientToolError``, which the executor's retry policy
runs again.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any, Protocol, runtime_checkable

from pydantic import BaseModel

from ..contracts.errors import Issue, PlanValidationError
from ..contracts.tool import Tool, ToolContext
from ..runtime.artifacts import Artifact
from .resolve import normalise_outputs

StepEvents = Callable[..., None]
"""``events(kind, **fields)`` emits an event of the running step (step, tool, task filled in)."""


@runtime_checkable
class StepBackend(Protocol):
    name: str

    def call(self, tool: Tool, args: BaseModel, ctx: ToolContext, events: StepEvents) -> list[Artifact]:
        """Run ``tool`` on ``args``; outputs as artifacts of ``ctx.store``, primary first."""
        ...

    def problems(self, tool: str, task: str) -> list[str]:
        """Why steps of ``tool`` cannot run on this backend (empty: they can)."""
        ...


class LocalBackend:
    """The step's tool runs in this process, in the executor's thread."""

    name = "local"

    def call(self, tool: Tool, args: BaseModel, ctx: ToolContext, events: StepEvents) -> list[Artifact]:
        tool.ensure_setup()
        return normalise_outputs(tool.run(args, ctx), tool=tool, task=ctx.task, ctx=ctx)

    def problems(self, tool: str, task: str) -> list[str]:
        return []


LOCAL = LocalBackend()



def placement_issues(plan: Mapping[str, Any], backend: StepBackend) -> list[Issue]:
    """One issue per step whose tool the backend cannot place, at ``/steps/N/tool``."""
    issues: list[Issue] = []
    seen: dict[tuple[str, str], list[str]] = {}
    for i, step in enumerate(plan.get("steps") or []):
        key = (str(step.get("tool")), str(step.get("task")))
        if key not in seen:
            seen[key] = backend.problems(*key)
        issues.extend(Issue(f"/steps/{i}/tool", f"`{key[0]}`: {p}", "placement") for p in seen[key])
    return issues


def check_placement(plan: Mapping[str, Any], backend: StepBackend | None) -> None:
    """Raise ``PlanValidationError`` if ``backend`` cannot place some step of ``plan``."""
    if backend is None or backend is LOCAL:
        return
    issues = placement_issues(plan, backend)
    if issues:
        raise PlanValidationError(issues)
