"""``/v1/runs`` and ``/v1/plan``: submit, watch (SSE), cancel and approve runs; plan only."""

from __future__ import annotations

import json
from typing import Any

from fastapi import APIRouter, Header, Query, Request, Response
from fastapi.concurrency import run_in_threadpool
from pydantic import ValidationError
from sse_starlette import EventSourceResponse, ServerSentEvent
from starlette.datastructures import UploadFile

from .problems import ApiError, Problem
from .schemas import Approval, PlanCreate, PlanView, RunCreate, RunView, public, run_view
from .security import tenant_of
from .service import RunService
from .store import RunRecord

router = APIRouter(prefix="/v1", tags=["runs"])
ERRORS: dict[int | str, dict[str, Any]] = {
    code: {"model": Problem, "description": why}
    for code, why in {400: "Bad input", 401: "No or wrong token", 404: "Not found", 409: "Wrong state",
                      413: "Too large", 422: "Invalid", 429: "Queue full (see Retry-After)"}.items()
}
_MULTIPART = {
    "type": "object", "required": ["text"],
    "properties": {
        "text": {"type": "string"},
        "files": {"type": "array", "items": {"type": "string", "format": "binary"}, "description": "Uploaded attachments, after `artifacts`."},
        "artifacts": {"type": "array", "items": {"type": "string"}},
        "session": {"type": "string"}, "planner": {"type": "string"},
        "overrides": {"type": "string", "description": "A JSON object, e.g. {\"seed\": 7}."},
    },
}
RUN_BODY = {"requestBody": {"required": True, "content": {
    "application/json": {"schema": RunCreate.model_json_schema()},
    "multipart/form-data": {"schema": _MULTIPART},
}}}


def service_of(request: Request) -> RunService:
    svc: RunService = request.app.state.service
    return svc


def view(svc: RunService, run: RunRecord) -> RunView:
    events = [e for _, e in svc.store.events_since(run.id)]
    approval = svc.agent.pending_approval(run.session) if run.state == "waiting_approval" else None
    position = svc.store.queue_position(run.id) if run.state == "queued" else None
    return run_view(run, events, svc.agent.store.root, position=position, approval=approval)


def _invalid(exc: ValidationError) -> ApiError:
    lines = [f"`{'.'.join(str(p) for p in e['loc']) or 'body'}`: {e['msg']}" for e in exc.errors()]
    return ApiError(422, "bad-request", "; ".join(lines))


async def _read_run_body(request: Request, svc: RunService, tenant: str) -> RunCreate:
    ctype = request.headers.get("content-type", "")
    if not ctype.startswith("multipart/form-data"):
        try:
            return RunCreate.model_validate_json(await request.body())
        except ValidationError as exc:
            raise _invalid(exc) from None
    form = await request.form(max_files=svc.settings.max_uploads, max_fields=64)
    try:
        overrides = json.loads(str(form.get("overrides") or "{}"))
    except json.JSONDecodeError as exc:
        raise ApiError(422, "bad-request", f"`overrides` must be a JSON object: {exc}") from None
    fields = {"text": form.get("text"), "artifacts": [str(a) for a in form.getlist("artifacts")],
              "session": form.get("session") or None, "planner": form.get("planner") or None, "overrides": overrides}
    try:
        body = RunCreate.model_validate(fields)
    except ValidationError as exc:
        raise _invalid(exc) from None
    for upload in form.getlist("files"):
        if isinstance(upload, UploadFile):
            data = await upload.read()
            art = await run_in_threadpool(svc.upload, data, upload.filename, tenant)
            body.artifacts.append(art.id)
    return body


@router.post("/runs", status_code=202, response_model=RunView, responses=ERRORS, openapi_extra=RUN_BODY)
async def create_run(request: Request, response: Response) -> RunView:
    """Queue a run: JSON with artifact ids, or multipart with uploaded files. Answers 202 at once;
    follow it with ``GET /v1/runs/{id}/events``."""
    svc, tenant = service_of(request), tenant_of(request.scope)
    body = await _read_run_body(request, svc, tenant)
    run = await run_in_threadpool(svc.submit, text=body.text, artifacts=body.artifacts, session=body.session,
                                  planner=body.planner, overrides=body.overrides, tenant=tenant)
    response.headers["Location"] = f"/v1/runs/{run.id}"
    return view(svc, run)


@router.get("/runs", response_model=list[RunView], responses=ERRORS)
def list_runs(request: Request, session: str | None = None, limit: int = Query(20, ge=1, le=200)) -> list[RunView]:
    """Runs, newest first (only the caller's, with per-tenant tokens)."""
    svc, tenant = service_of(request), tenant_of(request.scope)
    if session is not None:
        svc.check_session(session, tenant)
    return [view(svc, r) for r in svc.store.runs(tenant=tenant or None, session=session, limit=limit)]


@router.get("/runs/{run_id}", response_model=RunView, responses=ERRORS)
def get_run(run_id: str, request: Request) -> RunView:
    """State, plan, warnings, step states and outputs of a run."""
    svc = service_of(request)
    return view(svc, svc.run(run_id, tenant_of(request.scope)))


@router.get("/runs/{run_id}/events", responses={**ERRORS, 200: {"description": "text/event-stream", "content": {"text/event-stream": {}}}})
async def run_events(run_id: str, request: Request, last_event_id: str | None = Header(None),
                     after: int = Query(0, ge=0, description="Replay events after this number (like Last-Event-ID).")) -> EventSourceResponse:
    """Server-sent events of a run: ``id`` is the event number, ``event`` its kind, ``data`` the
    event as JSON. Reconnect with ``Last-Event-ID`` to get what was missed. Ends after ``end``."""
    svc = service_of(request)
    svc.run(run_id, tenant_of(request.scope))
    start = int(last_event_id) if last_event_id and last_event_id.isdigit() else after
    root = svc.agent.store.root

    async def stream() -> Any:
        async for seq, event in svc.hub.follow(run_id, start):
            yield ServerSentEvent(data=json.dumps(public(event, root), default=str), event=event.get("event"), id=str(seq))

    return EventSourceResponse(stream(), ping=15, headers={"Cache-Control": "no-store", "X-Accel-Buffering": "no"})


@router.post("/runs/{run_id}/cancel", status_code=202, response_model=RunView, responses=ERRORS)
def cancel_run(run_id: str, request: Request) -> RunView:
    """Cancel a queued run at once; a running one stops its steps (finished artifacts stay)."""
    svc = service_of(request)
    return view(svc, svc.cancel(run_id, tenant_of(request.scope)))


@router.post("/runs/{run_id}/approve", status_code=202, response_model=RunView, responses=ERRORS)
def approve_run(run_id: str, body: Approval, request: Request) -> RunView:
    """Answer a run waiting for approval: true, false, or the ids of the steps approved."""
    svc = service_of(request)
    return view(svc, svc.approve(run_id, tenant_of(request.scope), body.answer))


@router.post("/plan", response_model=PlanView, responses=ERRORS, tags=["plan"])
def plan_only(body: PlanCreate, request: Request, response: Response) -> PlanView:
    """Plan a request without running it (synchronous). ``Server-Timing: plan;dur=<ms>`` is the
    time ``Agent.plan`` took, so a client can tell the planner's time from the API's."""
    svc = service_of(request)
    plan, warnings, seconds = svc.plan(text=body.text, artifacts=body.artifacts, session=body.session,
                                       planner=body.planner, tenant=tenant_of(request.scope))
    response.headers["Server-Timing"] = f"plan;dur={seconds * 1000:.3f}"
    return PlanView(plan=plan, warnings=warnings)
