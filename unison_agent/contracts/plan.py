"""The plan: an ordered list of tool calls whose media arguments are references.

``Plan.model_validate(obj)`` only checks shape; ``unison_agent.contracts.validate.validate_plan``
checks everything (tool schemas, references, kinds, caps) and is what executors rely on.
"""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, ConfigDict, Field

from .refs import STEP_ID_PATTERN, iter_refs, parse_ref

PLAN_VERSION = "1"


class Step(BaseModel):
    model_config = ConfigDict(extra="forbid")

    id: str = Field(pattern=rf"^{STEP_ID_PATTERN}$", description="Unique step id, e.g. 's0'.")
    task: str = Field(description="A registered task: one of the twelve built-in ones or one a plugin declares.")
    tool: str = Field(description="Name of a registered tool that serves the task.")
    args: dict[str, Any] = Field(default_factory=dict, description="Arguments for the tool.")
    after: list[str] = Field(default_factory=list, description="Extra ordering dependencies.")
    source_text: str | None = Field(default=None, description="The words of the request this step was planned from.")

    def step_dependencies(self) -> list[str]:
        """Ids of steps of this plan that must finish before this one (references + ``after``)."""
        deps: list[str] = []
        for value in self.args.values():
            for raw in iter_refs(value):
                ref = parse_ref(raw)
                if ref is not None and ref.kind == "step" and ref.step not in deps:
                    deps.append(ref.step)  # type: ignore[arg-type]
        deps.extend(d for d in self.after if d not in deps)
        return deps


class Plan(BaseModel):
    model_config = ConfigDict(extra="forbid")

    version: str = PLAN_VERSION
    steps: list[Step] = Field(min_length=1)
    warnings: list[str] = Field(
        default_factory=list, description="What the planner changed or could not honour (a clamped size, a capped length).")

    def step(self, step_id: str) -> Step:
        for step in self.steps:
            if step.id == step_id:
                return step
        raise KeyError(step_id)

    def to_json(self) -> dict[str, Any]:
        return self.model_dump(mode="json", exclude_defaults=False)
