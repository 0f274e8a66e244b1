"""The plan: an ordered list of tool calls whose media arguments are references.

``Plan.model_validate(obj)`` only checks shape; ``unison_agent.contracts.validate.validate_plan``
checks everything (tool schemas, references, kinds, caps) and is what executors rely on.
"""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, ConfigDict, Field, PrivateAttr

from .refs import STEP_ID_PATTERN, ArgRef, arg_refs

PLAN_VERSION = "1"


class Step(BaseModel):
    model_config = ConfigDict(extra="forbid")

    id: str = Field(pattern=rf"^{STEP_ID_PATTERN}$", description="Unique step id, e.g. 's0'.")
    task: str = Field(description="A registered task: one of the twelve built-in ones or one a plugin declares.")
    tool: str = Field(description="Name of a registered tool that serves the task.")
    args: dict[str, Any] = Field(default_factory=dict, description="Arguments for the tool.")
    after: list[str] = Field(default_factory=list, description="Extra ordering dependencies.")
    source_text: str | None = Field(default=None, description="The words of the request this step was planned from.")

    _refs: tuple[ArgRef, ...] = PrivateAttr(default=())
    _dependencies: tuple[str, ...] = PrivateAttr(default=())

    def model_post_init(self, context: Any, /) -> None:
        self._refs = arg_refs(self.args)
        deps: list[str] = []
        for found in self._refs:
            if found.ref is not None and found.ref.kind == "step" and found.ref.step and found.ref.step not in deps:
                deps.append(found.ref.step)
        deps.extend(d for d in self.after if d not in deps)
        self._dependencies = tuple(deps)

    @property
    def refs(self) -> tuple[ArgRef, ...]:
        """Every reference in ``args``, parsed (media values and ``{$...}`` in text)."""
        return self._refs

    @property
    def dependencies(self) -> tuple[str, ...]:
        """Ids of steps that must finish before this one: those it references, then ``after``."""
        return self._dependencies


class Plan(BaseModel):
    model_config = ConfigDict(extra="forbid")

    version: str = PLAN_VERSION
    steps: list[Step] = Field(min_length=1)
    warnings: list[str] = Field(
        default_factory=list, description="What the planner changed or could not honour (a clamped size, a capped length).")

    def dependency_order(self) -> list[Step]:
        """Steps sorted so every step comes after those it depends on (plan order otherwise)."""
        by_id = {s.id: s for s in self.steps}
        done: set[str] = set()
        ordered: list[Step] = []

        def visit(step: Step) -> None:
            if step.id in done:
                return
            done.add(step.id)  # validated plans have no cycles; this only guards against loops
            for dep in step.dependencies:
                if dep in by_id:
                    visit(by_id[dep])
            ordered.append(step)

        for s in self.steps:
            visit(s)
        return ordered

    def step(self, step_id: str) -> Step:
        for step in self.steps:
            if step.id == step_id:
                return step
        raise KeyError(step_id)

    def to_json(self) -> dict[str, Any]:
        return self.model_dump(mode="json", exclude_defaults=False)
