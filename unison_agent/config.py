"""Configuration: a profile, then a config file (TOML or YAML), then environment variables.

Precedence, lowest first: the built-in profile (``PROFILES``), the file, ``UNISON_*``
variables. Built-in profiles: ``unison`` (the reference models) and ``tiny`` (tiny random
models of the same classes, built in code; offline, seconds on CPU, noise out).

Environment: ``UNISON_PROFILE``, ``UNISON_CONFIG`` (file path), ``UNISON_HOME`` (artifact and
session root), ``UNISON_DEVICE``, ``UNISON_DTYPE``, ``UNISON_MEMORY_BUDGET_GB``, ``UNISON_PLANNER``.
"""

from __future__ import annotations

import json
import os
import tomllib
from collections.abc import Mapping
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from .contracts.errors import UserError, parse_problem, pydantic_problems
from .contracts.policy import Policy
from .runtime.ray_settings import RaySettings


class ToolSettings(BaseModel):
    model_config = ConfigDict(extra="forbid")

    model: str | None = Field(default=None, description="Hub id or local path of the model.")
    backend: str | None = Field(default=None, description="Pipeline class or backend name, when the tool offers several.")
    options: dict[str, Any] = Field(default_factory=dict, description="Tool-specific options (steps, guidance, ...).")


class ExecutorConfig(BaseModel):
    """The ``[executor]`` table: retries, timeouts, parallelism, approval."""

    model_config = ConfigDict(extra="forbid")

    max_attempts: int = Field(default=3, ge=1, description="Tries per step (transient failures are retried).")
    retry_interval: float = Field(default=0.5, ge=0, description="Seconds before the first retry (then doubling).")
    step_timeout: float | None = Field(default=None, gt=0, description="Seconds a step may run per attempt; None: no limit.")
    max_parallel_steps: int | None = Field(default=None, ge=1, description="Most steps running at once; None: all ready.")
    approval_tasks: list[str] = Field(default_factory=list, description="Tasks that need approval before they run.")
    backend: Literal["local", "ray"] = Field(
        default="local", description="Where a step's tool call runs: this process, or tool workers on Ray ([ray]).")


class Config(BaseModel):
    model_config = ConfigDict(extra="forbid")

    profile: str = "unison"
    home: Path = Field(default=Path(".unison"), description="Root for artifacts and sessions.")
    device: str | None = Field(default=None, description="cuda, mps or cpu; None picks the best available.")
    dtype: str | None = Field(default=None, description="float32, float16 or bfloat16; None picks per device.")
    memory_budget_gb: float | None = Field(default=None, gt=0, description="Model pool budget; None: from the machine.")
    planner: str = "embedded"
    planner_options: dict[str, Any] = Field(default_factory=dict)
    policy: Policy = Field(default_factory=Policy)
    tools: dict[str, ToolSettings] = Field(default_factory=dict)
    prefer: dict[str, str] = Field(
        default_factory=dict, description="Task -> tool, where several tools serve a task (`[prefer] image_edit = "
        "\"grayscale\"`); over a tool the request names or whose description fits it better.")
    input_roots: list[Path] = Field(
        default_factory=list, description="Folders attachment paths may come from. Empty: the command line takes the "
        "current directory (and the files it names), the Python API the current directory, and the agent's "
        "tool, node and server no file paths at all (bytes and $artifact ids only).")
    executor: ExecutorConfig = Field(default_factory=ExecutorConfig)
    ray: RaySettings = Field(default_factory=RaySettings, description="Cluster and replicas for backend = 'ray'.")

    @property
    def artifact_root(self) -> Path:
        return self.home / "artifacts"

    @property
    def session_root(self) -> Path:
        return self.home / "sessions"

    def tool(self, name: str) -> ToolSettings:
        return self.tools.get(name) or ToolSettings()


#: Built-in profiles as plain data; tools register theirs here (see tools/).
#: ``unison``: the reference models (Wan2.1-VACE 1.3B for every generation task, Qwen2.5-VL-3B for
#: understanding). ``tiny``: random-weight models of the same classes built in code (ids
#: ``tiny:...``, see ``unison_agent.runtime.tiny``): offline, seconds on CPU, outputs are noise.
#: The reference release's models, declared once: profiles and tools take their ids from here.
WAN_VACE = "Wan-AI/Wan2.1-VACE-1.3B-diffusers"
QWEN_VL = "Qwen/Qwen2.5-VL-3B-Instruct"
PROFILES: dict[str, dict[str, Any]] = {
    "unison": {
        "profile": "unison",
        "tools": {
            "image_gen": {"model": WAN_VACE, "backend": "wan_vace"},
            "video_gen": {"model": WAN_VACE, "backend": "wan_vace"},
            "edit": {"model": WAN_VACE, "backend": "wan_vace"},
            "vqa": {"model": QWEN_VL},
        },
    },
    "tiny": {
        "profile": "tiny",
        "dtype": "float32",
        "tools": {
            "image_gen": {"model": "tiny:wan2.1-vace", "backend": "wan_vace", "options": {"num_inference_steps": 2}},
            "video_gen": {"model": "tiny:wan2.1-vace", "backend": "wan_vace", "options": {"num_inference_steps": 2}},
            "edit": {"model": "tiny:wan2.1-vace", "backend": "wan_vace", "options": {"num_inference_steps": 2}},
            "vqa": {"model": "tiny:qwen2.5-vl", "options": {"max_new_tokens": 8}},
        },
    },
}

_ENV = {
    "UNISON_HOME": "home",
    "UNISON_DEVICE": "device",
    "UNISON_DTYPE": "dtype",
    "UNISON_MEMORY_BUDGET_GB": "memory_budget_gb",
    "UNISON_PLANNER": "planner",
}


def load_config(
    path: str | Path | None = None,
    *,
    profile: str | None = None,
    env: Mapping[str, str] | None = None,
    overrides: Mapping[str, Any] | None = None,
) -> Config:
    """Build the effective ``Config``; errors name the file, field and value."""
    env = os.environ if env is None else env
    chosen = profile or env.get("UNISON_PROFILE")
    file_path = path or env.get("UNISON_CONFIG")
    file_data = _read_file(Path(file_path)) if file_path else {}
    chosen = chosen or file_data.get("profile") or "unison"
    if chosen not in PROFILES:
        raise UserError(f"'{chosen}' is not a known profile; available: {', '.join(sorted(PROFILES))}")
    data = _merge(json.loads(json.dumps(PROFILES[chosen], default=str)), file_data)
    data["profile"] = chosen
    for var, key in _ENV.items():
        if env.get(var):
            data[key] = env[var]
    data = _merge(data, dict(overrides or {}))
    try:
        return Config.model_validate(data)
    except ValidationError as exc:
        where = f"config file {str(file_path)!r}" if file_path else f"profile {chosen!r}"
        problems = pydantic_problems(exc, show_input=True)
        raise UserError(f"{where}: {problems}") from None


#: Largest configuration file read: a config is a few lines; /dev/zero or a log file is a mistake.
MAX_CONFIG_BYTES = 1 << 20


def _read_file(path: Path) -> dict[str, Any]:
    if not path.exists():
        raise UserError(f"config file {str(path)!r} does not exist")
    if not path.is_file():  # a directory, FIFO or device: reading it would fail or never end
        raise UserError(f"config file {str(path)!r} is not a regular file; expected a TOML or YAML file")
    if path.stat().st_size > MAX_CONFIG_BYTES:
        raise UserError(f"config file {str(path)!r} is {path.stat().st_size:,} bytes; a configuration is at most "
                        f"{MAX_CONFIG_BYTES:,}")
    try:
        text = path.read_bytes().decode("utf-8")
    except UnicodeDecodeError as exc:
        raise UserError(f"config file {str(path)!r} is not UTF-8 text (byte offset {exc.start}); save it as UTF-8") \
            from None
    except OSError as exc:
        raise UserError(f"config file {str(path)!r} cannot be read: {exc.strerror}") from None
    try:
        if path.suffix.lower() in (".yaml", ".yml"):
            import yaml

            data = yaml.safe_load(text) or {}
        else:
            data = tomllib.loads(text)
    except Exception as exc:  # both parsers raise their own error types
        raise UserError(f"config file {str(path)!r} cannot be parsed: {parse_problem(exc)}") from None
    if not isinstance(data, dict):
        raise UserError(f"config file {str(path)!r} must hold a table/mapping at the top level")
    return data


def _merge(base: dict[str, Any], extra: Mapping[str, Any]) -> dict[str, Any]:
    out = dict(base)
    for key, value in extra.items():
        if isinstance(value, Mapping) and isinstance(out.get(key), dict):
            out[key] = _merge(out[key], value)
        else:
            out[key] = value
    return out
