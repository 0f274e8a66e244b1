"""The tool registry: one place that knows every tool, where it came from, and its schema.

Built-in tools and third-party plugins load the same way: through the ``unison_agent.tools``
entry-point group. An entry point may name a ``Tool`` instance, a ``Tool`` subclass, a module
with a ``register_tools(register)`` function, or such a function itself. Each entry point loads
on its own: a broken plugin is recorded in ``plugin_errors`` (with its distribution and version)
and does not stop the others. Name conflicts fail loudly, naming both sources.

Tasks: the built-in twelve plus any a tool declares (``Tool.declares``); two different
declarations of one task name fail loudly, as tool names do. ``choose_tool`` is the one place
that decides which registered tool serves a task.

``UNISON_PLUGINS`` limits which entry points load: a comma-separated list of entry-point
names, ``builtin`` for the built-ins only, or ``none``.
"""

from __future__ import annotations

import logging
import os
import types
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass
from importlib.metadata import EntryPoint, entry_points
from typing import Any

from jsonschema import Draft202012Validator
from jsonschema.exceptions import SchemaError

from .errors import RegistrationError, UserError
from .tasks import TASKS, TaskSpec
from .tool import Tool, ToolDefinition
from .tool_choice import WordWeights, named_in, pick

ENTRY_POINT_GROUP = "unison_agent.tools"
BUILTIN_DISTRIBUTION = "unison-agent"
log = logging.getLogger(__name__)


@dataclass(frozen=True)
class PluginLoadError:
    entry_point: str
    distribution: str
    version: str
    error: str

    def __str__(self) -> str:
        return f"plugin {self.entry_point!r} from {self.distribution} {self.version} failed to load: {self.error}"


class Registry:
    def __init__(self, tools: Iterable[Tool] = ()) -> None:
        self._tools: dict[str, Tool] = {}
        self._declared: dict[str, tuple[TaskSpec, str]] = {}  # task name -> (spec, tool that declared it)
        self._definitions: dict[str, ToolDefinition] = {}  # built once per tool: schema generation is slow
        self.plugin_errors: list[PluginLoadError] = []
        for t in tools:
            self.register(t)

    # -- registration ----------------------------------------------------------------------
    def register(self, tool: Tool, *, source: str | None = None) -> Tool:
        """Add a tool; refuse duplicates and invalid schemas. Returns the tool (decorator-friendly)."""
        if not isinstance(tool, Tool):
            raise RegistrationError(f"expected a Tool instance, got {type(tool).__name__}")
        if source is not None:
            tool.source = source
        existing = self._tools.get(tool.name)
        if existing is not None and existing is not tool:
            raise RegistrationError(
                f"{tool.source} defines tool `{tool.name}`, already provided by {existing.source}; "
                "rename one of them or unregister the other first"
            )
        self._check_tasks(tool)
        try:
            Draft202012Validator.check_schema(tool.parameters_schema())
        except SchemaError as exc:
            raise RegistrationError(
                f"tool `{tool.name}` from {tool.source} has an invalid JSON Schema: {exc.message}"
            ) from None
        except Exception as exc:  # pydantic can fail to build a schema for exotic types
            raise RegistrationError(f"tool `{tool.name}` from {tool.source}: cannot build its schema: {exc}") from None
        self._tools[tool.name] = tool
        self._definitions.pop(tool.name, None)
        for spec in tool.declares:
            self._declared.setdefault(spec.name, (spec, tool.name))
        return tool

    def _check_tasks(self, tool: Tool) -> None:
        """Declared tasks must not clash; every served task must be known (built in or declared)."""
        own = {spec.name: spec for spec in tool.declares}
        for name, spec in own.items():
            known = self._declared.get(name)
            if known is not None and known[0] != spec and known[1] != tool.name:
                other = self._tools[known[1]]
                raise RegistrationError(
                    f"{tool.source} (tool `{tool.name}`) declares task {name!r} differently from "
                    f"{other.source} (tool `{other.name}`); give one of them another name or declare it identically")
        unknown = [t for t in tool.tasks if t not in TASKS and t not in own and t not in self._declared]
        if unknown:
            raise RegistrationError(
                f"tool `{tool.name}` from {tool.source}: unknown task(s) {unknown}; valid tasks: "
                f"{', '.join(self.tasks())}; declare a new task with `declares = (TaskSpec(...),)`")

    def tool(self, *, tasks: tuple[str, ...] | list[str], **kw: Any) -> Callable[[Callable[..., Any]], Tool]:
        """Decorator: make a typed function a tool (see ``unison_agent.contracts.tool.tool``) and register it.

        Example::

            @registry.tool(tasks=["text_understanding"])
            def word_count(question: str) -> str:
                "Count the words of a question."
                return str(len(question.split()))
        """
        from .tool import tool as make_tool

        source = kw.pop("source", "decorator")

        def wrap(fn: Callable[..., Any]) -> Tool:
            return self.register(make_tool(tasks=tasks, **kw)(fn), source=source)

        return wrap

    def unregister(self, name: str) -> None:
        self._tools.pop(name, None)
        self._definitions.pop(name, None)
        self._declared = {t: (spec, owner) for t, (spec, owner) in self._declared.items() if owner != name}

    # -- plugins ---------------------------------------------------------------------------
    def load_entry_points(self, group: str = ENTRY_POINT_GROUP, *, only: str | None = None) -> list[PluginLoadError]:
        """Load every entry point of ``group``; returns (and keeps) the errors of those that failed."""
        allowed = _allowed_plugins(only if only is not None else os.environ.get("UNISON_PLUGINS"))
        errors: list[PluginLoadError] = []
        for ep in sorted(entry_points(group=group), key=lambda e: (_dist_name(e) != BUILTIN_DISTRIBUTION, e.name)):
            dist, version = _dist_name(ep), _dist_version(ep)
            if allowed is not None and not _is_allowed(ep, dist, allowed):
                continue
            source = "builtin" if dist == BUILTIN_DISTRIBUTION else f"{dist}=={version}"
            try:
                self._load_one(ep.load(), source)
            except Exception as exc:  # one broken plugin must not stop the others
                err = PluginLoadError(ep.name, dist, version, f"{type(exc).__name__}: {exc}")
                log.warning("%s", err)
                errors.append(err)
        self.plugin_errors.extend(errors)
        return errors

    def _load_one(self, obj: Any, source: str) -> None:
        def register(t: Tool) -> Tool:
            return self.register(t, source=source)

        if isinstance(obj, Tool):
            register(obj)
        elif isinstance(obj, type) and issubclass(obj, Tool):
            register(obj())
        elif isinstance(obj, types.ModuleType):
            hook = getattr(obj, "register_tools", None)
            if not callable(hook):
                raise RegistrationError(f"module {obj.__name__} has no register_tools(register) function")
            hook(register)
        elif callable(obj):
            obj(register)
        else:
            raise RegistrationError(f"entry point resolves to {type(obj).__name__}, not a tool or hook")

    # -- lookup ----------------------------------------------------------------------------
    def get(self, name: str) -> Tool:
        try:
            return self._tools[name]
        except KeyError:
            raise KeyError(f"no tool called `{name}`; available: {', '.join(self.names()) or '(none)'}") from None

    def __contains__(self, name: object) -> bool:
        return name in self._tools

    def __iter__(self) -> Iterator[Tool]:
        return iter(self._tools.values())

    def __len__(self) -> int:
        return len(self._tools)

    def names(self) -> list[str]:
        return list(self._tools)

    def tools_for_task(self, task: str) -> list[Tool]:
        return [t for t in self._tools.values() if task in t.tasks]

    def tasks(self) -> dict[str, TaskSpec]:
        """Every task a plan may name: the built-in twelve, then those registered tools declare."""
        return {**TASKS, **{name: spec for name, (spec, _) in self._declared.items()}}

    def task(self, name: str) -> TaskSpec:
        spec = TASKS.get(name) or (self._declared[name][0] if name in self._declared else None)
        if spec is None:
            raise KeyError(f"unknown task {name!r}; valid tasks: {', '.join(self.tasks())}")
        return spec

    def choose_tool(self, task: str, *, text: str | None = None, prefer: Mapping[str, str] | None = None,
                    weights: WordWeights | None = None) -> Tool | None:
        """The tool that serves ``task`` for a request (``None`` if no registered tool does).

        ``prefer[task]`` (configuration) first; else, with a request's ``text``, the tool it names or whose
        description fits its words (``tool_choice.pick``, weighing words by ``weights``); else the first
        registered (built-ins load first).
        """
        serving = self.tools_for_task(task)
        if not serving:
            return None
        wanted = (prefer or {}).get(task)
        if wanted is not None:
            chosen = next((t for t in serving if t.name == wanted), None)
            if chosen is None:
                raise UserError(f"config `prefer.{task}` names `{wanted}`, which does not serve {task!r}; "
                                f"tools for it: {', '.join(t.name for t in serving)}")
            return chosen
        if len(serving) == 1 or not text:
            return serving[0]
        return pick(serving, text, weights)

    def named_tools(self, text: str) -> list[Tool]:
        """Tools the request names as tools: "using the grayscale tool", "with esrgan", "apply vintage_filter"
        (a name with ``_`` or a digit counts wherever it stands; a plain word needs a tool's context: "edit"
        alone is a verb)."""
        low = text.lower()
        return [t for t in self if named_in(low, t.name)]

    def definitions(self) -> list[ToolDefinition]:
        """What planners see of every tool (built once per tool)."""
        return [self.definition(name) for name in self._tools]

    def definition(self, name: str) -> ToolDefinition:
        found = self._definitions.get(name)
        if found is None:
            found = self._definitions[name] = self.get(name).definition()
        return found

    # -- exports ---------------------------------------------------------------------------
    def openai_specs(self) -> list[dict[str, Any]]:
        """Every tool as an OpenAI-style function spec."""
        return [
            {
                "type": "function",
                "function": {"name": d.name, "description": d.description, "parameters": d.parameters},
            }
            for d in self.definitions()
        ]


def _dist_name(ep: EntryPoint) -> str:
    return ep.dist.name if ep.dist is not None else "unknown"


def _dist_version(ep: EntryPoint) -> str:
    return ep.dist.version if ep.dist is not None else "?"


def _allowed_plugins(spec: str | None) -> set[str] | None:
    if spec is None or not spec.strip():
        return None
    return {s.strip() for s in spec.split(",") if s.strip()}


def _is_allowed(ep: EntryPoint, dist: str, allowed: set[str]) -> bool:
    if "none" in allowed:
        return False
    return ep.name in allowed or dist in allowed or ("builtin" in allowed and dist == BUILTIN_DISTRIBUTION)


_default: Registry | None = None


def default_registry(*, reload: bool = False) -> Registry:
    """The process-wide registry with every installed plugin (built-ins included) loaded."""
    global _default
    if _default is None or reload:
        reg = Registry()
        reg.load_entry_points()
        _default = reg
    return _default


def registry_from(tools: Iterable[Tool] | Callable[[Callable[[Tool], Tool]], None]) -> Registry:
    """Build a registry from tools or a ``register_tools`` hook (handy in tests)."""
    reg = Registry()
    if callable(tools):
        tools(reg.register)
    else:
        for t in tools:
            reg.register(t)
    return reg
