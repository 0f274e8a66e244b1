"""Tools, sessions and artifacts (``/v1/...``), and the operational endpoints (``/healthz``,
``/readyz``, ``/metrics``)."""

from __future__ import annotations

import mimetypes
from pathlib import Path
from typing import Any

from fastapi import APIRouter, Request, UploadFile
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import FileResponse, JSONResponse, PlainTextResponse

from ...contracts.tasks import TASKS
from ...planner import available_planners
from ...runtime.loaders import is_tiny
from .problems import ApiError
from .routes_runs import ERRORS, service_of
from .schemas import ArtifactView, SessionSummary, SessionView, TaskView, ToolsView, ToolView, artifact_view, public
from .security import tenant_of
from .settings import ADMIN

router = APIRouter(prefix="/v1")
ops = APIRouter(tags=["operations"])
_MEDIA_TYPES = {"image": "application/octet-stream", "video": "application/octet-stream", "text": "text/plain; charset=utf-8"}


@router.get("/tools", response_model=ToolsView, tags=["tools"])
def list_tools(request: Request) -> ToolsView:
    """Registered tools (tasks, argument schemas, source), the tasks, and the planners."""
    svc = service_of(request)
    if "tools" not in svc.cache:
        svc.cache["tools"] = _tools_view(svc.agent.registry)
    view: ToolsView = svc.cache["tools"]
    return view


def _tools_view(reg: Any) -> ToolsView:
    tools = [ToolView(name=d.name, description=d.description, tasks=list(d.tasks), source=reg.get(d.name).source,
                      outputs=dict(d.outputs), media_args={k: list(v) for k, v in d.media_args.items()},
                      parameters=d.parameters) for d in reg.definitions()]
    tasks = [TaskView(name=t.name, output=t.output, requires_any=list(t.requires_any), allowed_roles=list(t.allowed_roles))
             for t in TASKS.values()]
    return ToolsView(tools=tools, tasks=tasks, planners=available_planners())


@router.get("/sessions", response_model=list[SessionSummary], responses=ERRORS, tags=["sessions"])
def list_sessions(request: Request) -> list[SessionSummary]:
    """Sessions (only the caller's, with per-tenant tokens), oldest first."""
    svc, tenant = service_of(request), tenant_of(request.scope)
    ids = svc.store.sessions(tenant if tenant != ADMIN else None)
    if tenant == ADMIN:
        ids = list(dict.fromkeys([*svc.agent.sessions(), *ids]))
    return [SessionSummary(id=s, turns=len(svc.agent.history(s)), runs=[r.id for r in svc.store.runs(session=s)])
            for s in ids[-200:]]


@router.get("/sessions/{session_id}", response_model=SessionView, responses=ERRORS, tags=["sessions"])
def get_session(session_id: str, request: Request) -> SessionView:
    """A session's turns (requests, plans, outputs) and its runs."""
    svc, tenant = service_of(request), tenant_of(request.scope)
    sid = svc.check_session(session_id, tenant)
    history = svc.agent.history(sid)
    runs = [r.id for r in svc.store.runs(session=sid)]
    if not history.turns and not runs:
        raise ApiError(404, "not-found", f"no session {sid!r}")
    data = public(history.model_dump(mode="json"), svc.agent.store.root)
    return SessionView(id=sid, turns=len(history), runs=runs, history=data)


@router.post("/artifacts", status_code=201, response_model=list[ArtifactView], responses=ERRORS, tags=["artifacts"])
async def upload_artifacts(request: Request, files: list[UploadFile]) -> list[ArtifactView]:
    """Upload images or videos; use the ids as a run's ``artifacts``."""
    svc, tenant = service_of(request), tenant_of(request.scope)
    if len(files) > svc.settings.max_uploads:
        raise ApiError(413, "too-many-files", f"{len(files)} files; the limit is {svc.settings.max_uploads} per request")
    out = []
    for upload in files:
        art = await run_in_threadpool(svc.upload, await upload.read(), upload.filename, tenant)
        out.append(artifact_view(art, svc.agent.store.root))
    return out


@router.get("/artifacts/{artifact_id}", responses={**ERRORS, 206: {"description": "Partial content (Range)"}}, tags=["artifacts"],
            response_class=FileResponse)
def get_artifact(artifact_id: str, request: Request) -> FileResponse:
    """The artifact's bytes with its content type; ``Range`` requests are answered 206, so videos seek."""
    svc = service_of(request)
    art = svc.artifact(artifact_id, tenant_of(request.scope))
    path = svc.agent.store.inside(art.path)
    if not path.is_file():
        raise ApiError(404, "not-found", f"artifact {art.id} is recorded but its file is gone")
    media = _MEDIA_TYPES["text"] if art.kind == "text" else mimetypes.guess_type(path.name)[0] or _MEDIA_TYPES[art.kind]
    return FileResponse(path, media_type=media, filename=f"{art.id[:12]}{path.suffix}", content_disposition_type="inline",
                        headers={"Cache-Control": "private, max-age=31536000, immutable"})


@ops.get("/healthz")
def healthz() -> dict[str, str]:
    """The process answers."""
    return {"status": "ok"}


@ops.get("/readyz", responses={503: {"description": "Not ready: see the checks"}})
def readyz(request: Request) -> JSONResponse:
    """Ready when the planner is loaded, the workers run and every configured model is loadable."""
    svc = service_of(request)
    models = {t.name: model_status(svc.agent.config.tool(t.name).model) for t in svc.agent.registry}
    workers = svc.workers_alive()
    ready = svc.planner_state == "loaded" and workers == svc.settings.concurrency and "missing" not in models.values()
    body: dict[str, Any] = {"ready": ready, "planner": svc.planner_state, "workers": workers, "models": models}
    return JSONResponse(body, status_code=200 if ready else 503)


@ops.get("/metrics", response_class=PlainTextResponse)
def metrics(request: Request) -> PlainTextResponse:
    """Prometheus text: queue depth, runs by state, step and run durations."""
    svc = service_of(request)
    text = svc.metrics.render(svc.store.counts(), workers=svc.settings.concurrency)
    return PlainTextResponse(text, media_type="text/plain; version=0.0.4; charset=utf-8")


def model_status(model_id: str | None) -> str:
    """``built-in`` (tiny), ``local``, ``cached`` (Hugging Face cache), ``default`` or ``missing``."""
    if not model_id:
        return "default"
    if is_tiny(model_id):
        return "built-in"
    if Path(model_id).expanduser().exists():
        return "local"
    try:
        from huggingface_hub import snapshot_download

        snapshot_download(model_id, local_files_only=True)  # never touches the network
        return "cached"
    except Exception:  # not cached, or not a valid repo id
        return "missing"
