"""Errors as problem details (RFC 9457, ``application/problem+json``).

``detail`` is the same one-line message the CLI prints after ``Error:``; ``type`` names the
cause (``urn:unison:problem:<slug>``) and validation problems add ``issues`` (JSON pointer and
message each), so a client can act on them without parsing text.
"""

from __future__ import annotations

import logging
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from pydantic import BaseModel, Field
from starlette.exceptions import HTTPException as StarletteHTTPException

from ...contracts.errors import (
    ModelNotFoundError,
    PlannerError,
    PlanValidationError,
    RequestError,
    ToolArgumentError,
    UnisonError,
    UserError,
)

log = logging.getLogger(__name__)
MEDIA_TYPE = "application/problem+json"

#: Library error -> (HTTP status, problem slug); the first match in order wins.
_BY_TYPE: tuple[tuple[type[UnisonError], int, str], ...] = (
    (PlanValidationError, 422, "invalid-plan"),
    (PlannerError, 422, "no-plan"),
    (RequestError, 400, "bad-request"),
    (ToolArgumentError, 400, "bad-arguments"),
    (ModelNotFoundError, 503, "model-not-found"),
    (UserError, 400, "bad-request"),
)


class Problem(BaseModel):
    """A problem-details document."""

    type: str = Field(description="urn:unison:problem:<slug>")
    title: str
    status: int
    detail: str = Field(description="What went wrong, in one line: the message the CLI prints.")
    instance: str | None = None
    issues: list[dict[str, str]] | None = Field(default=None, description="Validation problems: pointer, message, code.")


class ApiError(Exception):
    """Raise from a route to answer with a problem document."""

    def __init__(self, status: int, slug: str, detail: str, *, headers: dict[str, str] | None = None,
                 issues: list[dict[str, str]] | None = None) -> None:
        super().__init__(detail)
        self.status, self.slug, self.detail, self.headers, self.issues = status, slug, detail, headers, issues


def _title(slug: str) -> str:
    return slug.replace("-", " ").capitalize()


def problem_of(exc: BaseException) -> Problem:
    """The problem document for an exception (an unexpected one is a 500 without internals)."""
    if isinstance(exc, ApiError):
        return Problem(type=f"urn:unison:problem:{exc.slug}", title=_title(exc.slug), status=exc.status,
                       detail=exc.detail, issues=exc.issues)
    if isinstance(exc, UnisonError):
        status, slug = next(((s, n) for t, s, n in _BY_TYPE if isinstance(exc, t)), (500, "unison-error"))
        issues = [i.to_dict() for i in getattr(exc, "issues", [])] or None
        return Problem(type=f"urn:unison:problem:{slug}", title=_title(slug), status=status, detail=str(exc),
                       issues=issues)
    return Problem(type="urn:unison:problem:internal", title="Internal error", status=500,
                   detail=f"internal error ({type(exc).__name__}); the server log has the details")


def problem_response(problem: Problem, *, instance: str | None = None, headers: dict[str, str] | None = None) -> JSONResponse:
    body = problem.model_copy(update={"instance": instance}).model_dump(exclude_none=True)
    return JSONResponse(body, status_code=problem.status, media_type=MEDIA_TYPE, headers=headers)


def install_handlers(app: FastAPI) -> None:
    @app.exception_handler(ApiError)
    async def api_problem(request: Request, exc: ApiError) -> JSONResponse:
        return problem_response(problem_of(exc), instance=request.url.path, headers=exc.headers)

    @app.exception_handler(UnisonError)
    async def unison_problem(request: Request, exc: UnisonError) -> JSONResponse:
        return problem_response(problem_of(exc), instance=request.url.path)

    @app.exception_handler(RequestValidationError)
    async def invalid_body(request: Request, exc: RequestValidationError) -> JSONResponse:
        lines = [f"`{'.'.join(str(p) for p in e['loc'] if p != 'body') or 'body'}`: {e['msg']}" for e in exc.errors()]
        issues = [{"pointer": "/" + "/".join(str(p) for p in e["loc"] if p != "body"), "message": e["msg"],
                   "code": str(e.get("type", "invalid"))} for e in exc.errors()]
        problem = Problem(type="urn:unison:problem:bad-request", title="Bad request", status=422,
                          detail="; ".join(lines), issues=issues)
        return problem_response(problem, instance=request.url.path)

    @app.exception_handler(StarletteHTTPException)
    async def http_problem(request: Request, exc: StarletteHTTPException) -> JSONResponse:
        slug = {404: "not-found", 405: "method-not-allowed", 413: "too-large"}.get(exc.status_code, "http-error")
        problem = Problem(type=f"urn:unison:problem:{slug}", title=_title(slug), status=exc.status_code,
                          detail=str(exc.detail))
        return problem_response(problem, instance=request.url.path, headers=getattr(exc, "headers", None))

    @app.exception_handler(Exception)
    async def unexpected(request: Request, exc: Exception) -> JSONResponse:
        log.exception("unexpected error on %s %s", request.method, request.url.path)
        return problem_response(problem_of(exc), instance=request.url.path)


def problem_dict(exc: BaseException) -> dict[str, Any]:
    """A problem as JSON, for a run's ``error`` and its ``error`` event."""
    return problem_of(exc).model_dump(exclude_none=True)
