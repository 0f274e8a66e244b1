"""The API's request and response bodies, built on the library's own models (``Plan``,
``RunResult``, ``Artifact``, ``History``), so the OpenAPI schema is theirs.

Over HTTP an artifact's ``path`` is relative to the server's artifact root (absolute server
paths never leave the server); its bytes are at ``url``. Attachments that did not come from
the store keep only their file name.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from ...contracts.history import History
from ...contracts.plan import Plan
from ...executor.results import RunResult, RunStatus
from ...runtime.artifacts import Artifact
from .problems import Problem
from .store import RunRecord, RunState

MAX_TEXT = 20_000


class RunCreate(BaseModel):
    """A run to queue. Attachments are artifact ids (upload with ``POST /v1/artifacts``)."""

    model_config = ConfigDict(extra="forbid")

    text: str = Field(min_length=1, max_length=MAX_TEXT, description="The request, in plain words (no ###path### markers).")
    artifacts: list[str] = Field(default_factory=list, max_length=16, description="Artifact ids of the attachments: $input.0 first.")
    session: str | None = Field(default=None, description="Continue this session; none: a new one.")
    planner: str | None = Field(default=None, description="Planner name (embedded, lm, unison); none: the server's.")
    overrides: dict[str, Any] = Field(default_factory=dict, description="Tool arguments to set on every step that takes them, e.g. {\"seed\": 7}.")


class PlanCreate(BaseModel):
    model_config = ConfigDict(extra="forbid")

    text: str = Field(min_length=1, max_length=MAX_TEXT)
    artifacts: list[str] = Field(default_factory=list, max_length=16)
    session: str | None = None
    planner: str | None = None


class PlanView(BaseModel):
    plan: Plan
    warnings: list[str] = Field(default_factory=list)


class Approval(BaseModel):
    model_config = ConfigDict(extra="forbid")

    answer: bool | list[str] = Field(default=True, description="true: approve all; false: refuse all; or the step ids approved.")


class ArtifactView(Artifact):
    url: str = Field(description="Where to download it (range requests supported).")


StepState = Literal["pending", "queued", "running", "retrying", "succeeded", "failed", "skipped", "cancelled"]


class StepView(BaseModel):
    id: str
    tool: str
    task: str
    args: dict[str, Any] = Field(default_factory=dict)
    state: StepState = "pending"
    fraction: float = 0.0
    message: str | None = None
    error: str | None = None
    reason: str | None = None
    attempts: int = 0
    duration: float | None = None
    outputs: list[ArtifactView] = Field(default_factory=list)


class RunView(BaseModel):
    id: str
    session: str
    state: RunState
    status: RunStatus | None = Field(default=None, description="The result's status once finished: ok, partial, failed.")
    text: str
    attachments: list[str]
    planner: str | None = None
    overrides: dict[str, Any] = Field(default_factory=dict)
    queue_position: int | None = None
    plan: Plan | None = None
    warnings: list[str] = Field(default_factory=list)
    error: Problem | None = None
    approval: dict[str, Any] | None = Field(default=None, description="What waits for approval (message, steps).")
    steps: list[StepView] = Field(default_factory=list)
    outputs: list[ArtifactView] = Field(default_factory=list)
    answer: str | None = None
    result: RunResult | None = None
    created: float
    started: float | None = None
    finished: float | None = None


class ToolView(BaseModel):
    name: str
    description: str
    tasks: list[str]
    source: str
    outputs: dict[str, str]
    media_args: dict[str, list[str]]
    parameters: dict[str, Any]


class TaskView(BaseModel):
    name: str
    output: str
    requires_any: list[str]
    allowed_roles: list[str]


class ToolsView(BaseModel):
    tools: list[ToolView]
    tasks: list[TaskView]
    planners: list[str]


class SessionSummary(BaseModel):
    id: str
    turns: int
    runs: list[str] = Field(default_factory=list, description="Run ids, newest first.")


class SessionView(SessionSummary):
    history: History


# -- views from stored data ---------------------------------------------------------------------
def public(data: Any, root: Path) -> Any:
    """``data`` (JSON) with every ``path`` made relative to the artifact root (or a bare file name)."""
    if isinstance(data, list):
        return [public(v, root) for v in data]
    if not isinstance(data, dict):
        return data
    out = {k: public(v, root) for k, v in data.items()}
    if isinstance(out.get("path"), str):
        path = Path(out["path"])
        out["path"] = str(path.relative_to(root)) if path.is_relative_to(root) else path.name
    if isinstance(out.get("source"), str) and out["source"].startswith("/"):
        out["source"] = Path(out["source"]).name
    return out


def artifact_view(art: Artifact | dict[str, Any], root: Path) -> ArtifactView:
    data = art.model_dump(mode="json") if isinstance(art, Artifact) else art
    return ArtifactView.model_validate({**public(data, root), "url": f"/v1/artifacts/{data['id']}"})


def step_views(plan: dict[str, Any] | None, events: list[dict[str, Any]], result: dict[str, Any] | None, root: Path) -> list[StepView]:
    """Each step's state, from the run's events (and its result, once there is one)."""
    steps = {s["id"]: StepView(id=s["id"], tool=s["tool"], task=s["task"], args=public(s.get("args") or {}, root))
             for s in (plan or {}).get("steps", [])}
    for ev in events:
        view = steps.get(ev.get("step") or "")
        if view is None:
            continue
        kind = ev.get("event")
        if kind == "queued":
            view.state = "queued"
        elif kind == "started":
            view.state, view.attempts, view.error = "running", int(ev.get("attempt") or 1), None
        elif kind == "progress":
            view.fraction, view.message = float(ev.get("fraction") or 0.0), ev.get("message")
        elif kind == "retrying":
            view.state, view.error = "retrying", ev.get("error")
        elif kind == "finished":
            view.state, view.fraction, view.duration = "succeeded", 1.0, ev.get("duration")
            view.outputs = [artifact_view(a, root) for a in ev.get("outputs") or []]
        elif kind == "failed":
            view.state, view.error = "failed", ev.get("error")
        elif kind in ("skipped", "cancelled"):
            view.state, view.reason = kind, ev.get("reason")
    for sr in (result or {}).get("steps", []):
        view = steps.get(sr["id"])
        if view is not None:
            view.state = sr["status"]
            view.error, view.reason, view.attempts = sr.get("error"), sr.get("reason"), sr.get("attempts", 0)
            view.outputs = [artifact_view(a, root) for a in sr.get("outputs") or []]
    return list(steps.values())


def run_view(run: RunRecord, events: list[dict[str, Any]], root: Path, *, position: int | None,
             approval: dict[str, Any] | None) -> RunView:
    result = RunResult.model_validate(public(run.result, root)) if run.result else None
    return RunView(
        id=run.id, session=run.session, state=run.state, status=result.status if result else None, text=run.text,
        attachments=run.attachments, planner=run.planner, overrides=run.overrides, queue_position=position,
        plan=Plan.model_validate(run.plan) if run.plan else None, warnings=run.warnings,
        error=Problem.model_validate(run.error) if run.error else None, approval=public(approval, root),
        steps=step_views(run.plan, events, run.result, root),
        outputs=[artifact_view(a, root) for s in (run.result or {}).get("steps", []) for a in s.get("outputs", [])],
        answer=result.answer if result else None, result=result,
        created=run.created, started=run.started, finished=run.finished,
    )
