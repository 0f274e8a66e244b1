"""``PlanContext``: everything a plan is checked against, built once per turn.

One context serves the whole turn: a planner's ``finalize`` validates its candidate with it (so
it sees configuration problems while it can still repair), ``Agent.execute`` validates a given
plan with it, and the executor trusts a plan that passed it. Nothing validates a plan twice.

What it holds: the registry (tools and tasks), the policy caps, the request's attachment kinds,
the session history (for ``$turn`` references and their kinds), the artifact store (for
``$artifact`` ids), the configuration (each tool's ``check_config``) and the ``prefer`` table.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from functools import cached_property
from typing import TYPE_CHECKING, Any

from .errors import UnisonError
from .history import History
from .policy import Policy
from .registry import Registry
from .tasks import TaskSpec
from .tool import ToolDefinition
from .tool_choice import WordWeights

if TYPE_CHECKING:
    from ..config import Config
    from ..contracts.history import History
    from ..runtime.artifacts import ArtifactStore
    from .request import Request


@dataclass(frozen=True, kw_only=True, eq=False)
class PlanContext:
    registry: Registry
    policy: Policy = field(default_factory=Policy)
    attachments: tuple[str, ...] | None = None
    """Media kinds of the request's attachments, in order; ``None``: not known (form checks only)."""
    history: History | None = None
    """The session's finished turns; ``None``: not known (``$turn`` checked for form only)."""
    store: ArtifactStore | None = None
    """Where ``$artifact.<id>`` references are looked up."""
    config: Config | None = None
    """The configuration the plan will run with; its tool settings are checked too."""
    prefer: Mapping[str, str] = field(default_factory=dict)
    """Task -> tool to use when several serve it (``Config.prefer``)."""
    tool_words: WordWeights | None = None
    """How a planner weighs the words a request shares with tool descriptions (``tool_choice``); ``None``: each
    word counts 1. ``plan_request`` fills it from the planner's ``tool_words``."""
    placement: Callable[[str, str], list[str]] | None = None
    """Why a ``(tool, task)`` cannot be placed where steps run (a Ray cluster with no node for its
    replicas); ``None``: steps run in this process."""

    @classmethod
    def for_request(
        cls,
        registry: Registry,
        request: Request | None = None,
        *,
        history: History | None = None,
        policy: Policy | None = None,
        store: ArtifactStore | None = None,
        config: Config | None = None,
    ) -> PlanContext:
        """The context of one turn: a request (its attachments), the session so far, and the
        configuration (its policy and ``prefer`` unless ``policy`` is given)."""
        from ..contracts.history import History

        chosen = policy or (config.policy if config is not None else Policy())
        return cls(
            registry=registry, policy=chosen,
            attachments=tuple(a.kind for a in request.attachments) if request is not None else None,
            history=history if history is not None else History(), store=store, config=config,
            prefer=dict(config.prefer) if config is not None else {},
        )

    # -- what planners read ---------------------------------------------------------------------
    @cached_property
    def tasks(self) -> dict[str, TaskSpec]:
        return self.registry.tasks()

    @property
    def definitions(self) -> list[ToolDefinition]:
        """Every tool as planners see it: the contract, no code."""
        return self.registry.definitions()

    def definition(self, tool_name: str) -> ToolDefinition:
        return self.registry.definition(tool_name)

    def choose_tool(self, task: str, text: str | None = None) -> ToolDefinition | None:
        """The definition of the tool that serves ``task`` for this request (``Registry.choose_tool``)."""
        tool = self.registry.choose_tool(task, text=text, prefer=self.prefer, weights=self.tool_words)
        return None if tool is None else self.registry.definition(tool.name)

    # -- what the validator reads ---------------------------------------------------------------
    @property
    def turn_count(self) -> int | None:
        return None if self.history is None else len(self.history)

    @cached_property
    def known_refs(self) -> Mapping[str, str] | None:
        """Turn references the history resolves -> kind (``None`` when the history is unknown)."""
        return None if self.history is None else self.history.known_refs()

    def artifact_kind(self, artifact_id: str) -> str | None:
        """Kind of a stored artifact by id or unique prefix (history first, then the store)."""
        known = self.known_refs or {}
        hits = [kind for ref, kind in known.items() if ref.startswith(f"$artifact.{artifact_id}")]
        if len(hits) == 1:
            return hits[0]
        if self.store is not None:
            with contextlib.suppress(KeyError, UnisonError):
                return self.store.get(artifact_id).kind
        return None

    def with_attachments(self, kinds: Sequence[str]) -> PlanContext:
        """The same context for a request with these attachment kinds."""
        return replace(self, attachments=tuple(kinds))

    def with_placement(self, placement: Callable[[str, str], list[str]]) -> PlanContext:
        """The same context, also refusing steps that ``placement`` says cannot be placed."""
        return replace(self, placement=placement)

    def check_config(self, tool_name: str, task: str) -> list[str]:
        """Problems with how the configuration (and the step backend) can serve ``tool_name`` for ``task``."""
        problems = [] if self.config is None else self.registry.get(tool_name).check_config(task, self.config)
        return problems + (self.placement(tool_name, task) if self.placement is not None else [])

    def describe(self) -> dict[str, Any]:
        """A small summary for logs and error messages."""
        return {"tools": len(self.registry), "tasks": len(self.tasks), "attachments": self.attachments,
                "turns": self.turn_count}
