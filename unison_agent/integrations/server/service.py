"""The run service: a durable, bounded job queue in front of one ``Agent``.

Both front doors of the server (the HTTP API and MCP) call this. It checks a submission
(text without server-side paths, attachments that exist and belong to the caller, a session
the caller may use, overrides some tool takes), stores it, and lets a pool of worker threads
(``ServerSettings.concurrency``) take runs in order; the store's ``claim_next`` keeps a
session's runs one at a time, in order. A full queue is answered 429 with ``Retry-After``.

Tenants: with per-tenant tokens every run, session and artifact belongs to the tenant that
made it, and the others cannot see it; the admin tenant (``""``) sees everything.
"""

from __future__ import annotations

import logging
import math
import secrets
import threading
import time
from pathlib import Path
from typing import Any

from ...agent import Agent
from ...contracts.errors import UnisonError
from ...contracts.plan import Plan
from ...contracts.request import INLINE_PATTERN
from ...planner import available_planners
from ...runtime.artifacts import Artifact
from ...runtime.media import sniff
from ...sessions.session import check_session_id, new_session_id
from ..embed import _SUFFIX
from .events import EventHub
from .metrics import Metrics
from .problems import ApiError
from .runner import Runner, _warning_sink, install_warning_capture, tool_parameters
from .settings import ADMIN, ServerSettings
from .store import TERMINAL, RunRecord, RunStore

log = logging.getLogger(__name__)


def new_run_id() -> str:
    return f"r-{time.strftime('%Y%m%d-%H%M%S')}-{secrets.token_hex(4)}"


class RunService:
    def __init__(self, agent: Agent, settings: ServerSettings) -> None:
        self.agent = agent
        self.settings = settings
        self.store = RunStore(agent.config.session_root)
        self.hub = EventHub(self.store)
        self.metrics = Metrics()
        self.runner = Runner(self)
        self.params = tool_parameters(agent)
        self.planner_state = "not loaded"
        self.cache: dict[str, Any] = {}
        """Views that never change while the server runs (the tool list: schemas are slow to build)."""
        self._cond = threading.Condition()
        self._threads: list[threading.Thread] = []
        self._stopping = False

    # -- lifecycle --------------------------------------------------------------------------
    def start(self, *, warm: bool = True) -> None:
        """Requeue what a crash interrupted, start the workers, load the planner in the background."""
        install_warning_capture()
        for run_id in self.store.requeue_interrupted():
            log.info("run %s was interrupted; it resumes from its checkpoint", run_id)
            self.hub.publish(run_id, {"event": "queued", "resumed": True})
        for i in range(self.settings.concurrency):
            thread = threading.Thread(target=self._work, name=f"unison-worker-{i}", daemon=True)
            thread.start()
            self._threads.append(thread)
        if warm:
            threading.Thread(target=self.warm, name="unison-warm", daemon=True).start()

    def warm(self) -> None:
        self.planner_state = "loading"
        try:
            self.agent.planner  # noqa: B018 - loads it
            self.planner_state = "loaded"
        except Exception as exc:  # reported by /readyz
            self.planner_state = f"error: {exc}"

    def stop(self, timeout: float = 2.0) -> None:
        """Stop taking runs. Running ones are left as they are: a restart resumes them."""
        with self._cond:
            self._stopping = True
            self._cond.notify_all()
        for thread in self._threads:
            thread.join(timeout)
        if not self.workers_alive():
            self.store.close()  # else a run is still going: the process ends soon, and the lock with it

    def workers_alive(self) -> int:
        return sum(t.is_alive() for t in self._threads)

    def _work(self) -> None:
        while True:
            with self._cond:
                run = None
                while not self._stopping and (run := self.store.claim_next()) is None:
                    self._cond.wait(1.0)
                if run is None:
                    return
            try:
                self.runner.work(run)
            finally:
                with self._cond:
                    self._cond.notify_all()  # its session is free: a later run of it may start

    def _wake(self) -> None:
        with self._cond:
            self._cond.notify_all()

    # -- submitting -------------------------------------------------------------------------
    def submit(self, *, text: str, artifacts: list[str], session: str | None = None, planner: str | None = None,
               overrides: dict[str, Any] | None = None, plan: dict[str, Any] | None = None,
               tenant: str = ADMIN) -> RunRecord:
        """Queue a run (``plan``: run this plan instead of planning ``text``)."""
        self.check_text(text)
        arts = [self.artifact(a, tenant) for a in artifacts]
        sid = self.use_session(session, tenant)
        if planner is not None and planner not in available_planners():
            raise ApiError(422, "unknown-planner", f"'{planner}' is not a known planner; available: {', '.join(available_planners())}")
        overrides = dict(overrides or {})
        takers = set().union(*self.params.values()) if self.params else set()
        unknown = sorted(k for k in overrides if k not in takers)
        if unknown:
            raise ApiError(422, "bad-override", f"override(s) {unknown} are taken by no registered tool; "
                             f"arguments that can be overridden: {', '.join(sorted(takers))}")
        depth = self.store.counts()["queued"]
        if depth >= self.settings.max_queue:
            wait = self.retry_after(depth)
            raise ApiError(429, "queue-full", f"the queue is full ({depth} runs waiting); retry in {wait} s",
                             headers={"Retry-After": str(wait)})
        run = RunRecord(id=new_run_id(), session=sid, tenant=tenant, text=text, attachments=[a.id for a in arts],
                        planner=planner, overrides=overrides, plan=plan)
        self.store.add(run)
        self.hub.publish(run.id, {"event": "queued", "position": self.store.queue_position(run.id)})
        self._wake()
        return run

    def plan(self, *, text: str, artifacts: list[str], session: str | None = None, planner: str | None = None,
             tenant: str = ADMIN) -> tuple[Plan, list[str], float]:
        """Plan only (synchronous): the plan, the warnings logged while planning, and the seconds
        ``Agent.plan`` took (waiting for the planner included)."""
        self.check_text(text)
        paths: list[str | Path] = [self.artifact(a, tenant).path for a in artifacts]
        if session is not None:
            self.check_session(session, tenant)
        if planner is not None and planner not in available_planners():
            raise ApiError(422, "unknown-planner", f"'{planner}' is not a known planner; available: {', '.join(available_planners())}")
        from ...contracts.request import parse_request

        warnings: list[str] = []
        request = parse_request(text, paths)
        token = _warning_sink.set(warnings.append)
        started = time.perf_counter()
        try:
            plan = self.agent.plan(request, session=session, planner=self.runner.planner(planner))
        finally:
            _warning_sink.reset(token)
        return plan, warnings, time.perf_counter() - started

    def check_text(self, text: str) -> None:
        if INLINE_PATTERN.search(text):
            raise ApiError(400, "server-path", "inline ###path### markers are not accepted here (no server-side "
                             "paths): upload the file (POST /v1/artifacts) and pass its id in `artifacts`")

    def check_session(self, session: str, tenant: str) -> str:
        try:
            sid = check_session_id(session)
        except UnisonError as exc:
            raise ApiError(422, "bad-session", str(exc)) from None
        owner = self.store.session_owner(sid)
        if tenant != ADMIN and owner is not None and owner != tenant:
            raise ApiError(403, "not-yours", f"session {sid!r} belongs to another tenant")
        if tenant != ADMIN and owner is None and sid in self.agent.sessions():
            raise ApiError(403, "not-yours", f"session {sid!r} was not made through this token")
        return sid

    def use_session(self, session: str | None, tenant: str) -> str:
        sid = self.check_session(session, tenant) if session else new_session_id()
        if self.store.claim_session(sid, tenant) != tenant and tenant != ADMIN:
            raise ApiError(403, "not-yours", f"session {sid!r} belongs to another tenant")
        return sid

    def retry_after(self, depth: int) -> int:
        mean = self.metrics.mean_run_seconds() or 10.0
        return max(1, min(3600, math.ceil(mean * (depth + 1) / self.settings.concurrency)))

    # -- runs -------------------------------------------------------------------------------
    def run(self, run_id: str, tenant: str) -> RunRecord:
        run = self.store.get(run_id)
        if run is None or (tenant != ADMIN and run.tenant != tenant):
            raise ApiError(404, "not-found", f"no run {run_id!r}")
        return run

    def cancel(self, run_id: str, tenant: str) -> RunRecord:
        run = self.run(run_id, tenant)
        if run.state in TERMINAL:
            raise ApiError(409, "already-over", f"run {run_id!r} is already {run.state}")
        if self.store.set_state_if(run_id, ("queued", "waiting_approval"), state="cancelled", finished=time.time()):
            self.hub.publish(run_id, {"event": "end", "state": "cancelled", "status": None})
            self._wake()
        else:
            self.store.update(run_id, cancel_requested=True)  # a run resumed after a restart stays cancelled
            self.runner.cancel(run_id)  # steps not started are cancelled, running tools stop at their next progress
        return self.run(run_id, tenant)

    def approve(self, run_id: str, tenant: str, answer: bool | list[str]) -> RunRecord:
        run = self.run(run_id, tenant)
        if run.state != "waiting_approval":
            raise ApiError(409, "not-waiting", f"run {run_id!r} is {run.state}, not waiting for approval")
        if self.store.set_state_if(run_id, ("waiting_approval",), state="queued", answer=answer):
            self.hub.publish(run_id, {"event": "queued", "approved": answer})
            self._wake()
        return self.run(run_id, tenant)

    # -- artifacts --------------------------------------------------------------------------
    def artifact(self, artifact_id: str, tenant: str) -> Artifact:
        try:
            art = self.agent.store.get(artifact_id)
        except (KeyError, UnisonError):
            raise ApiError(404, "not-found", f"no artifact {artifact_id!r}") from None
        if tenant != ADMIN and not self.store.owns(art.id, tenant):
            raise ApiError(404, "not-found", f"no artifact {artifact_id!r}")
        return art

    def upload(self, data: bytes, filename: str | None, tenant: str) -> Artifact:
        if len(data) > self.settings.max_upload_bytes:
            raise ApiError(413, "too-large", f"file {filename!r} is {len(data)} bytes; the limit is "
                             f"{self.settings.max_upload_bytes} bytes per file")
        found = sniff(data[:32])
        if found is None:
            raise ApiError(415, "unsupported-media", f"file {filename!r} is not a supported image (PNG, JPEG, "
                             "GIF, BMP, WebP) or video (MP4, MOV, AVI, WebM)")
        kind, fmt = found
        meta: dict[str, Any] = {"source": "upload"}
        if filename:
            meta["filename"] = filename.replace("\\", "/").rsplit("/", 1)[-1][:200]
        art = self.agent.store.put_bytes(data, kind=kind, suffix=_SUFFIX.get(fmt, ""), name="upload", metadata=meta)
        self.store.own([art.id], tenant)
        return art
