"""Running one step: wait for its dependencies, resolve its references, call the tool.

``StepRunner.run`` is the body of the LangGraph task each step runs as (see ``graph``). It
never raises for an ordinary failure: it returns a ``StepResult`` that says what happened. It
raises for a transient failure with attempts left, so that LangGraph's ``RetryPolicy`` runs it
again, and for a bug in our own code: what becomes a failed step is a tool's failure (anything
raised inside ``Tool.setup``/``Tool.run``, bad arguments, outputs it got wrong) and this
package's deliberate errors (``UnisonError``: a reference that no longer resolves, a timeout).
A ``TypeError`` in the resolver is not a tool failure and surfaces as an exception.

Cancellation and timeouts are cooperative: each running step gets its own ``threading.Event``
as ``ToolContext.cancelled``, set when the run is cancelled or the step's time is up, and a
tool's next ``ctx.progress`` call then stops it.
"""

from __future__ import annotations

import contextvars
import hashlib
import json
import threading
import time
from collections.abc import Callable, Mapping
from concurrent.futures import Future
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..contracts.errors import StepTimeoutError, UnisonError, UnresolvedReferenceError
from ..contracts.plan import Step
from ..contracts.registry import Registry
from ..contracts.tool import ProgressEvent, ToolContext
from ..runtime.artifacts import Artifact, ArtifactStore
from .backend import LOCAL, StepBackend
from .events import EventSink, make_event
from .resolve import Resolver
from .results import StepResult
from .settings import ExecutorSettings, should_retry

if TYPE_CHECKING:
    from ..config import Config
    from ..runtime.pool import ModelPool
    from ..sessions.turns import TurnStore


class CancelToken:
    """Run-wide cancellation: ``cancel()`` stops steps not started and signals running ones."""

    def __init__(self) -> None:
        self.event = threading.Event()
        self._lock = threading.Lock()
        self._running: set[threading.Event] = set()

    def cancel(self) -> None:
        self.event.set()
        with self._lock:
            for ev in self._running:
                ev.set()

    @property
    def is_set(self) -> bool:
        return self.event.is_set()

    def step_event(self) -> threading.Event:
        ev = threading.Event()
        with self._lock:
            self._running.add(ev)
            if self.event.is_set():
                ev.set()
        return ev

    def release(self, ev: threading.Event) -> None:
        with self._lock:
            self._running.discard(ev)


class ToolRaisedError(Exception):
    """Carries what a tool raised out of the tool call, so it is told apart from our own bugs."""

    def __init__(self, error: Exception) -> None:
        super().__init__(str(error))
        self.error = error


@dataclass
class StepJournal:
    """Where a turn's succeeded steps are kept the moment they succeed (``TurnStore.save_step``),
    so a step whose checkpoint write was lost to a kill is not run again on resume."""

    turns: TurnStore
    session: str
    turn: int

    @staticmethod
    def key(step: Step) -> str:
        """What ran: the tool, task and arguments as planned (a changed plan never reuses a result)."""
        return hashlib.sha256(json.dumps([step.tool, step.task, step.args], sort_keys=True, default=str).encode()).hexdigest()

    def load(self, step: Step) -> StepResult | None:
        saved = self.turns.saved_step(self.session, self.turn, step.id, self.key(step))
        return None if saved is None else StepResult.model_validate_json(saved)

    def save(self, step: Step, result: StepResult) -> None:
        self.turns.save_step(self.session, self.turn, step.id, self.key(step), result.model_dump_json())


class StepRunner:
    """Everything a step needs, shared by the steps of one turn."""

    def __init__(
        self,
        *,
        registry: Registry,
        store: ArtifactStore,
        resolver: Resolver,
        settings: ExecutorSettings,
        steps: Mapping[str, Step],
        futures: Mapping[str, Future[Any]],
        denied: set[str],
        cancel: CancelToken,
        pool: ModelPool | None = None,
        config: Config,
        emit: EventSink,
        backend: StepBackend | None = None,
        journal: StepJournal | None = None,
    ) -> None:
        self.registry = registry
        self.journal = journal
        self.store = store
        self.resolver = resolver
        self.settings = settings
        self.steps = steps
        self.futures = futures
        self.denied = denied
        self.cancel = cancel
        self.pool = pool
        self.config = config
        self.emit = emit
        self.backend = backend or LOCAL
        self.attempts: dict[str, int] = {}
        self._slots = threading.Semaphore(settings.max_parallel_steps) if settings.max_parallel_steps else None

    # -- the task body ------------------------------------------------------------------
    def run(self, step_id: str) -> dict[str, Any]:
        step = self.steps[step_id]
        base = {"id": step.id, "tool": step.tool, "task": step.task}
        outputs: dict[str, list[Artifact]] = {}
        for dep in step.dependencies:
            dep_result = self._dependency(dep)
            if dep_result.status != "succeeded":
                why = dep_result.error if dep_result.status == "failed" else dep_result.reason
                reason = f"needs step {dep!r}, which {_past(dep_result.status)}: {why}"
                return self._finish(StepResult(**_ids(base), status="skipped", reason=reason))
            outputs[dep] = dep_result.outputs
        if step.id in self.denied:
            return self._finish(StepResult(**_ids(base), status="skipped", reason="not approved"))
        if self.cancel.is_set:
            reason = "the run was cancelled before this step started"
            return self._finish(StepResult(**_ids(base), status="cancelled", reason=reason))
        kept = self.journal.load(step) if self.journal is not None else None
        if kept is not None and all(Path(a.path).is_file() for a in kept.outputs if a.kind != "text"):
            return self._finish(kept)  # it succeeded before a kill lost its checkpoint write
        if self._slots is not None:
            self._slots.acquire()
        try:
            return self._attempt(step, base, outputs)
        finally:
            if self._slots is not None:
                self._slots.release()

    def _dependency(self, dep: str) -> StepResult:
        try:
            return StepResult.model_validate(self.futures[dep].result())
        except Exception as exc:  # a dependency whose task raised (retries exhausted, replayed error)
            s = self.steps[dep]
            return StepResult(id=dep, tool=s.tool, task=s.task, status="failed", error=_describe(exc))

    def _attempt(self, step: Step, base: dict[str, str], outputs: dict[str, list[Artifact]]) -> dict[str, Any]:
        attempt = self.attempts[step.id] = self.attempts.get(step.id, 0) + 1
        max_attempts = self.settings.retry.max_attempts
        started = time.time()
        self.emit(_step_event("started", base, attempt=attempt))
        step_cancel = self.cancel.step_event()
        try:
            tool = self.registry.get(step.tool)
            inputs = self.resolver.media_inputs(tool, step, outputs)
            args = tool.parse_args(self.resolver.text_args(step, outputs))
            ctx = ToolContext(
                task=step.task, step_id=step.id, store=self.store, config=self.config, inputs=inputs, pool=self.pool,
                on_progress=self._progress_sink(base), cancelled=step_cancel,
            )

            def call() -> list[Artifact]:
                try:
                    return self.backend.call(tool, args, ctx, self._step_events(base))
                except UnisonError:
                    raise
                except Exception as exc:  # whatever the tool (or its worker) raises is the step's failure
                    raise ToolRaisedError(exc) from exc

            timeout = self.settings.step_timeout if self.settings.step_timeout is not None else tool.timeout
            arts = _with_timeout(call, timeout, step_cancel, step)
        except (ToolRaisedError, UnisonError) as failure:
            exc = failure.error if isinstance(failure, ToolRaisedError) else failure
            if self.cancel.is_set and isinstance(exc, UnisonError):
                return self._finish(StepResult(
                    id=base["id"], tool=base["tool"], task=base["task"], status="cancelled", reason=f"the run was cancelled while the step ran ({exc})",
                    attempts=attempt, started_at=started, finished_at=time.time()))
            transient = should_retry(self.settings.retry, exc) and not isinstance(exc, StepTimeoutError)
            if transient and attempt < max_attempts:
                self.emit(_step_event("retrying", base, attempt=attempt, error=_describe(exc)))
                raise exc from None  # LangGraph's RetryPolicy runs the task again
            note = f" (after {attempt} attempts)" if attempt > 1 else ""
            return self._finish(StepResult(
                id=base["id"], tool=base["tool"], task=base["task"], status="failed", error=_describe(exc) + note, attempts=attempt,
                started_at=started, finished_at=time.time()))
        finally:
            self.cancel.release(step_cancel)
        done = StepResult(id=base["id"], tool=base["tool"], task=base["task"], status="succeeded", outputs=arts,
                          attempts=attempt, started_at=started, finished_at=time.time())
        if self.journal is not None:
            self.journal.save(step, done)  # before "finished" is said: a step that said it never runs again
        return self._finish(done)

    # -- helpers --------------------------------------------------------------------------
    def _progress_sink(self, base: dict[str, str]) -> Callable[[ProgressEvent], None]:
        def sink(ev: ProgressEvent) -> None:
            self.emit(_step_event("progress", base, fraction=ev.fraction, message=ev.message))

        return sink

    def _step_events(self, base: dict[str, str]) -> Callable[..., None]:
        return lambda kind, **fields: self.emit(_step_event(kind, base, **fields))

    def _finish(self, result: StepResult) -> dict[str, Any]:
        fields: dict[str, Any] = {"step": result.id, "tool": result.tool, "task": result.task}
        if result.status == "succeeded":
            kind = "finished"
            fields["outputs"] = [a.model_dump(mode="json") for a in result.outputs]
            fields["duration"] = result.duration
        elif result.status == "failed":
            kind, fields["error"] = "failed", result.error
        else:
            kind, fields["reason"] = result.status, result.reason
        self.emit(make_event(kind, **fields))
        return result.model_dump(mode="json")


def _with_timeout(
    fn: Callable[[], list[Artifact]], timeout: float | None, step_cancel: threading.Event, step: Step
) -> list[Artifact]:
    if timeout is None:
        return fn()
    box: dict[str, Any] = {}

    def target() -> None:
        try:
            box["value"] = fn()
        except BaseException as exc:  # handed back to the waiting thread
            box["error"] = exc

    # the worker runs in a copy of this context, so LangGraph's stream writer works there too
    context = contextvars.copy_context()
    worker = threading.Thread(target=context.run, args=(target,), name=f"unison-step-{step.id}", daemon=True)
    worker.start()
    worker.join(timeout)
    if worker.is_alive():
        step_cancel.set()  # a tool that reports progress stops at its next report
        raise StepTimeoutError(f"step {step.id!r} (`{step.tool}`) ran past its {timeout:g} s timeout and was asked to stop")
    if "error" in box:
        raise box["error"]
    return box["value"]  # type: ignore[no-any-return]


def _ids(base: dict[str, str]) -> dict[str, Any]:
    return {"id": base["id"], "tool": base["tool"], "task": base["task"]}


def _step_event(kind: str, base: dict[str, str], **fields: Any) -> dict[str, Any]:
    return make_event(kind, step=base["id"], tool=base["tool"], task=base["task"], **fields)


def _describe(exc: BaseException) -> str:
    if isinstance(exc, UnresolvedReferenceError):
        return f"reference error: {exc}"
    return f"{type(exc).__name__}: {exc}"


def _past(status: str) -> str:
    return {"failed": "failed", "skipped": "was skipped", "cancelled": "was cancelled"}.get(status, status)
