"""unison-agent: plan multimodal requests into validated tool calls, and run them.

Key pieces:
- ``Tool``, ``tool``, ``media_field``, ``ToolContext`` — write a tool (``unison_agent.contracts.tool``)
- ``Registry``, ``default_registry`` — every tool, plugins included (``unison_agent.contracts.registry``)
- ``Plan``, ``validate_plan`` — the plan contract and its validator
- ``parse_request`` — text + attachments, media kinds detected from content
- ``ArtifactStore``, ``Artifact`` — content-addressed outputs
- ``TaskSpec`` — a task (built in, or declared by a plugin tool with ``Tool.declares``)
- ``Config``, ``load_config`` — profile, file and environment settings
- ``Agent`` — plan + execute + sessions (imported lazily: it pulls in LangGraph)
"""

from typing import TYPE_CHECKING, Any

from .config import Config, load_config
from .contracts.errors import (
    ApprovalRequiredError,
    Issue,
    ModelNotFoundError,
    PlannerError,
    PlanValidationError,
    RegistrationError,
    RequestError,
    ToolArgumentError,
    ToolExecutionError,
    TransientToolError,
    UnisonError,
    UserError,
)
from .contracts.plan import Plan, Step
from .contracts.policy import Policy
from .contracts.registry import Registry, default_registry
from .contracts.request import Attachment, Request, parse_request
from .contracts.tasks import TASK_NAMES, TASKS, TaskSpec
from .contracts.tool import Media, Reference, Tool, ToolContext, ToolDefinition, media_field, tool
from .contracts.validate import plan_issues, validate_plan
from .runtime.artifacts import Artifact, ArtifactStore

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
    "ApprovalRequiredError",
    "Artifact",
    "ArtifactStore",
    "Attachment",
    "Config",
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
    "TaskSpec",
    "Tool",
    "ToolArgumentError",
    "ToolContext",
    "ToolDefinition",
    "ToolExecutionError",
    "TransientToolError",
    "UnisonError",
    "UserError",
    "default_registry",
    "load_config",
    "media_field",
    "parse_request",
    "plan_issues",
    "tool",
    "validate_plan",
]

__version__ = "0.1.0"
