"""The ``[ray]`` table of the configuration: where the cluster is and how tools are replicated.

Used when ``[executor] backend = "ray"`` (see ``unison_agent.executor.ray_backend``). Example::

    [executor]
    backend = "ray"

    [ray]
    address = "auto"                 # join a running cluster; unset: start a local Ray
    shared_artifact_root = "/mnt/unison/artifacts"   # mounted at this path on every node

    [ray.defaults]                   # every tool not listed below
    num_cpus = 1

    [ray.tools.vqa]
    replicas = 2
    num_gpus = 1
    memory = "24GiB"
    resources = { "accelerator_type:H100" = 0.001 }

    [ray.groups.wan]                 # tools that use one model share replicas (one load each)
    tools = ["image_gen", "video_gen", "edit"]
    replicas = 2
    num_gpus = 1

This module is light on purpose (pydantic only): ``unison_agent.config`` imports it, and the
configuration must load without Ray or LangGraph.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

_UNITS = {"": 1, "b": 1, "kb": 10**3, "mb": 10**6, "gb": 10**9, "tb": 10**12,
          "kib": 1 << 10, "mib": 1 << 20, "gib": 1 << 30, "tib": 1 << 40}
_SIZE = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*([a-zA-Z]*)\s*$")


def parse_bytes(value: int | float | str) -> int:
    """``"24GiB"``, ``"512MB"``, ``1073741824`` -> bytes."""
    if isinstance(value, (int, float)):
        return int(value)
    match = _SIZE.match(value)
    unit = match.group(2).lower() if match else ""
    if match is None or unit not in _UNITS:
        raise ValueError(f"{value!r} is not a size; write bytes (1073741824) or a number with a unit (512MiB, 24GB)")
    return int(float(match.group(1)) * _UNITS[unit])


class ReplicaSpec(BaseModel):
    """How many Ray actors serve one tool, and what each one asks the cluster for."""

    model_config = ConfigDict(extra="forbid")

    replicas: int = Field(default=1, ge=1, description="Actors serving this tool; steps go to the least loaded.")
    num_cpus: float = Field(default=1.0, ge=0, description="CPUs reserved per replica.")
    num_gpus: float = Field(default=0.0, ge=0, description="GPUs per replica (fractions share a GPU).")
    memory: int | None = Field(default=None, ge=0, description="Host memory reserved per replica (bytes or '24GiB').")
    resources: dict[str, float] = Field(default_factory=dict, description="Custom resources, e.g. a GPU type.")
    max_concurrency: int = Field(default=1, ge=1, description="Steps one replica runs at the same time.")

    @field_validator("memory", mode="before")
    @classmethod
    def _memory(cls, value: Any) -> Any:
        return None if value is None else parse_bytes(value)

    def demand(self) -> dict[str, float]:
        """What one replica needs, in Ray's resource names (zero amounts left out)."""
        wanted: dict[str, float] = {"CPU": self.num_cpus, "GPU": self.num_gpus, "memory": float(self.memory or 0),
                                    **self.resources}
        return {k: v for k, v in wanted.items() if v > 0}


class ReplicaGroup(ReplicaSpec):
    """Replicas shared by several tools (typically those that use one model): each replica
    serves every tool of the group from one model pool."""

    tools: list[str] = Field(min_length=1, description="The tools these replicas serve.")


class RaySettings(BaseModel):
    """The ``[ray]`` table."""

    model_config = ConfigDict(extra="forbid")

    address: str | None = Field(default=None, description="Cluster to join ('auto', 'ray://host:10001', ...); "
                                "unset: a local Ray starts for the process (Ray's own RAY_ADDRESS still applies).")
    namespace: str = Field(default="unison", description="Ray namespace of the replicas (`unison workers` lists it).")
    num_cpus: int | None = Field(default=None, ge=1, description="CPUs of a local Ray started here (unset: all).")
    num_gpus: int | None = Field(default=None, ge=0, description="GPUs of a local Ray started here (unset: all).")
    resources: dict[str, float] = Field(default_factory=dict, description="Custom resources of a local Ray started here.")
    runtime_env: dict[str, Any] = Field(default_factory=dict, description="Ray runtime_env for the job "
                                        "(env_vars, working_dir, pip, ...), applied when this process connects.")
    registry: str | None = Field(default=None, description="'module:function' returning the Registry each worker "
                                 "builds; unset: the installed tools and plugins (default_registry()).")
    shared_artifact_root: Path | None = Field(default=None, description="The artifact root, mounted at this same "
                                              "path on every node: workers read and write it directly (no copies).")
    local_tools: list[str] = Field(default_factory=list, description="Tools that run in this process, not on Ray.")
    defaults: ReplicaSpec = Field(default_factory=ReplicaSpec, description="Replicas of every tool not in `tools`.")
    tools: dict[str, ReplicaSpec] = Field(default_factory=dict, description="Per-tool replicas and resources.")
    groups: dict[str, ReplicaGroup] = Field(default_factory=dict, description="Replicas shared by several tools.")
    placement_timeout_s: float = Field(default=60.0, gt=0, description="How long a replica may wait for resources "
                                       "before it counts as unplaceable.")
    autoscaling: bool = Field(default=False, description="The cluster adds nodes on demand: do not refuse a replica "
                              "that no current node could hold; wait `placement_timeout_s` instead.")
    max_restarts: int = Field(default=3, ge=0, description="Times Ray restarts a replica that died.")
    poll_interval_s: float = Field(default=0.2, gt=0, description="How often a running step's progress is fetched.")
    object_cache_mb: int = Field(default=1024, ge=0, description="Outputs kept in the object store for later steps, "
                                 "so they are not uploaded from this process again.")
    log_to_driver: bool = Field(default=False, description="Print the workers' logs in this process.")

    @model_validator(mode="after")
    def _one_home_per_tool(self) -> RaySettings:
        homes: dict[str, str] = {t: f"ray.tools.{t}" for t in self.tools}
        for name, group in self.groups.items():
            for tool in group.tools:
                if tool in homes:
                    raise ValueError(f"tool {tool!r} is in ray.groups.{name} and in {homes[tool]}; give it one home")
                homes[tool] = f"ray.groups.{name}"
        return self

    def unit(self, tool: str) -> tuple[str, ReplicaSpec, list[str]]:
        """``(name, spec, tools)`` of the replicas that serve ``tool``: its group, or its own
        (each table over ``defaults``)."""
        for name, group in self.groups.items():
            if tool in group.tools:
                return name, self._over_defaults(group), list(group.tools)
        return tool, self._over_defaults(self.tools.get(tool)), [tool]

    def _over_defaults(self, own: ReplicaSpec | None) -> ReplicaSpec:
        if own is None:
            return self.defaults
        fields = set(own.model_fields_set) & set(ReplicaSpec.model_fields)
        return self.defaults.model_copy(update={k: getattr(own, k) for k in fields})
