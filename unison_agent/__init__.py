"""unison-agent: plan multimodal requests into validated tool calls, and run them.

Key pieces:
- ``Tool``, ``tool``, ``media_field``, ``ToolContext`` — write a tool (``unison_agent.tool``)
- ``Registry``, ``default_registry`` — every tool, plugins included (``unison_agent.registry``)
- ``Plan``, ``validate_plan`` — the plan contract and its validator
- ``parse_request`` — text + attachments, media kinds detected from content
- ``ArtifactStore``, ``Artifact`` — content-addressed outputs
- ``Agent`` — plan + execute + sessions (imported lazily: it pulls in LangGraph)
"""

from typing import TYPE_CHECKING, Any

from .artifacts import Artifact, ArtifactStore
from .errors import (
    Issue,
    ModelNotFoundError,
    PlannerError,
    PlanValidationError,
    RegistrationError,
    RequestError,
    ToolArgumentError,
    ToolExecutionError,
    UnisonError,
    UserError,
)
from .plan import Plan, Step
from .policy import Policy
from .registry import Registry, default_registry
from .request import Attachment, Request, parse_request
from .tasks import TASK_NAMES, TASKS
from .tool import Media, Reference, Tool, ToolContext, ToolDefinition, media_field, tool
from .validate import plan_issues, validate_plan

if TYPE_CHECKING:
    from .agent import Agent


def __getattr__(name: str) -> Any:
    if name == "Agent":
        from .agent import Agent

        return Agent
    raise AttributeError(f"module 'unison_agent' has no attribute {name!r}")


__all__ = [
    "TASKS",
    "TASK_NAMES",
    "Agent",
    "Artifact",
    "ArtifactStore",
    "Attachment",
    "Issue",
    "Media",
    "ModelNotFoundError",
    "Plan",
    "PlanValidationError",
    "PlannerError",
    "Policy",
    "Reference",
    "RegistrationError",
    "Registry",
    "Request",
    "RequestError",
    "Step",
    "Tool",
    "ToolArgumentError",
    "ToolContext",
    "ToolDefinition",
    "ToolExecutionError",
    "UnisonError",
    "UserError",
    "default_registry",
    "media_field",
    "parse_request",
    "plan_issues",
    "tool",
    "validate_plan",
]

__version__ = "0.1.0"
