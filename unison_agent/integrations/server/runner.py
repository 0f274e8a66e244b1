"""What a worker does with one run: plan it, apply overrides, execute it, record the outcome.

Everything goes through the ``Agent``: ``plan`` (with the session history), ``execute`` (the
plan is validated again), ``resume`` (an approval answer). The plan is stored before it runs,
and the session turn the run is, so a run interrupted by a crash picks up where it was:

- no plan stored yet: plan again (nothing ran);
- a plan stored: ``Agent.execute`` with the same request and plan resumes the unfinished turn
  from its checkpoint, so finished steps are not run again;
- the turn already finished (the crash came after the last checkpoint): its result is taken
  from the session state instead of running anything.
"""

from __future__ import annotations

import contextvars
import logging
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ...agent import Agent, ApprovalRequiredError
from ...contracts.errors import UnisonError
from ...contracts.request import Request, parse_request
from ...executor.events import StreamEvent
from ...executor.results import RunResult
from ...executor.steprun import CancelToken
from ...planner import Planner, load_planner
from .events import END
from .problems import problem_dict
from .store import RunRecord, RunState

if TYPE_CHECKING:
    from .service import RunService

log = logging.getLogger(__name__)

#: Where warnings logged while a run is worked on go (set per worker, copied into executor threads).
_warning_sink: contextvars.ContextVar[Callable[[str], None] | None] = contextvars.ContextVar("unison_run_warnings", default=None)


class RunWarnings(logging.Handler):
    """Turns warnings that the library logs during a run into the run's ``warnings``."""

    def __init__(self) -> None:
        super().__init__(level=logging.WARNING)

    def emit(self, record: logging.LogRecord) -> None:
        sink = _warning_sink.get()
        if sink is not None:
            sink(record.getMessage())


def install_warning_capture() -> None:
    for name in ("unison_agent", "unison_tools"):
        logger = logging.getLogger(name)
        if not any(isinstance(h, RunWarnings) for h in logger.handlers):
            logger.addHandler(RunWarnings())


def tool_parameters(agent: Agent) -> dict[str, set[str]]:
    """Tool name -> the non-media arguments it takes (what overrides may set)."""
    out: dict[str, set[str]] = {}
    for tool in agent.registry:
        props = set(tool.parameters_schema().get("properties", {}))
        out[tool.name] = props - set(tool.media_args())
    return out


def apply_overrides(plan: dict[str, Any], overrides: dict[str, Any], params: dict[str, set[str]]) -> tuple[dict[str, Any], list[str]]:
    """Set each override on every step whose tool takes it; a note for each that fits no step."""
    used: set[str] = set()
    steps = []
    for step in plan.get("steps", []):
        args = dict(step.get("args") or {})
        for key, value in overrides.items():
            if key in params.get(step.get("tool", ""), set()):
                args[key] = value
                used.add(key)
        steps.append({**step, "args": args})
    notes = [f"override `{k}` fits no step of the plan ({', '.join(s['tool'] for s in steps)})" for k in overrides if k not in used]
    return {**plan, "steps": steps}, notes


class Runner:
    def __init__(self, service: RunService) -> None:
        self.service = service
        self.agent = service.agent
        self._planners: dict[str, Planner] = {}
        # one token per run being worked on, made before planning: a cancel that arrives at any
        # moment (while planning, or before the turn's graph starts) is never lost
        self._cancels: dict[str, CancelToken] = {}

    def cancel(self, run_id: str) -> bool:
        """Cancel a run this runner is working on; False if it is not working on it."""
        token = self._cancels.get(run_id)
        if token is not None:
            token.cancel()
        return token is not None

    def planner(self, name: str | None) -> Planner | None:
        """``None`` for the agent's own; other planners are loaded once and kept."""
        if name is None or name == self.agent.config.planner:
            return None
        if name not in self._planners:
            self._planners[name] = load_planner(name)
        return self._planners[name]

    def request(self, run: RunRecord) -> Request:
        paths: list[str | Path] = [self.agent.store.get(a).path for a in run.attachments]
        return parse_request(run.text, paths)

    # -- the work ---------------------------------------------------------------------------
    def work(self, run: RunRecord) -> None:
        svc = self.service
        svc.hub.publish(run.id, {"event": "running"})
        token = _warning_sink.set(lambda message: self._warn(run.id, message))
        cancel = self._cancels[run.id] = CancelToken()
        current = svc.store.get(run.id)  # read after the token is in place: a cancel between the two is seen
        if current is not None and current.cancel_requested:
            cancel.cancel()
        try:
            result = self._drive(run, cancel)
        except ApprovalRequiredError as exc:
            svc.store.update(run.id, state="waiting_approval", answer=None)
            log.info("run %s waits for approval: %s", run.id, exc.payload.get("message"))
            return
        except Exception as exc:  # every failure ends the run with a problem document
            if not isinstance(exc, UnisonError):
                log.exception("run %s failed unexpectedly", run.id)
            problem = problem_dict(exc)
            svc.hub.publish(run.id, {"event": "error", "problem": problem})
            self.finish(run.id, "failed", error=problem)
            return
        finally:
            _warning_sink.reset(token)
            self._cancels.pop(run.id, None)
        if result is None:
            self.finish(run.id, "cancelled")
            return
        state: RunState = "succeeded" if result.ok else "cancelled" if result.cancelled else "failed"
        self.finish(run.id, state, result=result)

    def _drive(self, run: RunRecord, cancel: CancelToken) -> RunResult | None:
        agent, store = self.agent, self.service.store
        emit = self._emitter(run.id)
        turns = len(agent.history(run.session))
        if run.turn is None:
            store.update(run.id, turn=turns)
        elif turns > run.turn:
            return self._finished_turn(run)
        if run.answer is not None and agent.pending_approval(run.session) is not None:
            store.update(run.id, answer=None)
            return agent.resume(run.session, run.answer, on_event=emit, cancel=cancel)
        request = self.request(run)
        plan = run.plan
        if plan is None:
            planned = agent.plan(request, session=run.session, planner=self.planner(run.planner)).to_json()
            plan, notes = apply_overrides(planned, run.overrides, self.service.params)
            for note in notes:
                self._warn(run.id, note)
            store.update(run.id, plan=plan)
        if cancel.is_set:
            return None
        return agent.execute(plan, request, session=run.session, on_event=emit, cancel=cancel)

    def _finished_turn(self, run: RunRecord) -> RunResult:
        """The result of a turn that finished before a crash let the server record it."""
        state = self.agent.graph.get_state({"configurable": {"thread_id": run.session}})
        data = (state.values or {}).get("result")
        if not data or data.get("turn") != run.turn:
            raise UnisonError(f"run {run.id}: session {run.session!r} moved past turn {run.turn}, "
                              "but its result was not kept")
        result = RunResult.model_validate(data)
        self.service.hub.publish(run.id, {"event": "done", "status": result.status, "turn": result.turn,
                                          "answer": result.answer, "result": data, "recovered": True})
        return result

    def _emitter(self, run_id: str) -> Callable[[StreamEvent], None]:
        svc = self.service

        def emit(typed: StreamEvent) -> None:
            event = typed.to_json()  # the wire form: the same JSON the CLI's --json prints
            svc.metrics.observe(event)
            svc.hub.publish(run_id, event)

        return emit

    def _warn(self, run_id: str, message: str) -> None:
        run = self.service.store.get(run_id)
        if run is not None and message not in run.warnings:
            self.service.store.update(run_id, warnings=[*run.warnings, message])
            self.service.hub.publish(run_id, {"event": "warning", "message": message})

    def finish(self, run_id: str, state: RunState, *, result: RunResult | None = None,
               error: dict[str, Any] | None = None) -> None:
        svc = self.service
        run = svc.store.get(run_id)
        fields: dict[str, Any] = {"state": state, "finished": time.time(), "error": error}
        if result is not None:
            fields["result"] = result.model_dump(mode="json")
            if run is not None:
                svc.store.own([a.id for a in result.artifacts], run.tenant)
        svc.store.update(run_id, **fields)
        svc.metrics.finished(state, (time.time() - run.started) if run and run.started else None)
        svc.hub.publish(run_id, {"event": END, "state": state, "status": result.status if result else None})
