"""The executor as a LangGraph ``StateGraph``: plan → validate → [approve] → execute → respond.

One graph run is one turn of a session; the session is the LangGraph thread, so the
checkpointer keeps the history between turns and the progress of an unfinished turn.

- ``plan``: takes the given plan, or asks the planner (with the session history).
- ``validate``: copies attachments into the store and re-validates the plan with the
  attachment kinds, ``history.known_refs()`` and the turn count (the executor only runs plans
  that pass); a refused plan goes straight to ``respond``.
- ``approve`` (only with an ``ApprovalPolicy``): one ``interrupt`` listing the expensive steps.
- ``execute``: every step is a LangGraph task (``langgraph.func.task``) with the configured
  ``RetryPolicy``; a step waits only for the steps it references, so it starts as soon as they
  finish, while independent steps run at the same time. Each finished task is saved to the
  checkpointer at once (``durability="sync"``), so a re-run after a crash replays finished
  steps from the checkpoint instead of running them again. (``Send`` fan-out was the other
  candidate; its superstep barrier would hold a step back until every step of the previous
  wave finished.)
- ``respond``: gathers the ``RunResult`` and appends the turn to the history.

State holds plain JSON only (request, plan, artifacts as dicts): never images or tensors.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from concurrent.futures import Future
from dataclasses import dataclass
from typing import Any, Literal, TypedDict

from langgraph.func import task
from langgraph.graph import END, START, StateGraph
from langgraph.types import interrupt

from ..contracts.errors import PlanValidationError, UnisonError
from ..contracts.plan import Plan, Step
from ..contracts.policy import Policy
from ..contracts.refs import iter_refs, parse_ref
from ..contracts.registry import Registry
from ..contracts.request import Request
from ..contracts.validate import validate_plan
from ..planner.base import Planner
from ..runtime.artifacts import Artifact, ArtifactStore
from ..sessions.history import History, TurnRecord
from .events import make_event, stream_writer
from .resolve import Resolver, ingest_attachments
from .results import RunResult, StepResult, run_status
from .settings import ExecutorSettings
from .steprun import CancelToken, StepRunner


class TurnState(TypedDict, total=False):
    session: str
    request: dict[str, Any]
    """``Request`` as JSON."""
    given_plan: dict[str, Any] | None
    """A plan to run as is (``Agent.execute``); ``None``: ask the planner."""
    plan: dict[str, Any] | None
    issues: list[dict[str, str]]
    inputs: list[dict[str, Any]]
    """The attachments, stored as artifacts (JSON)."""
    denied: list[str]
    """Step ids refused at approval."""
    results: dict[str, dict[str, Any]]
    """Step id -> ``StepResult`` as JSON."""
    history: dict[str, Any]
    """``History`` as JSON; survives from turn to turn."""
    result: dict[str, Any] | None
    """The latest turn's ``RunResult`` as JSON."""


def new_turn_input(session: str, request: Request, plan: Plan | dict[str, Any] | None) -> TurnState:
    """Graph input that starts a turn (the history channel is left as it is)."""
    given = plan.to_json() if isinstance(plan, Plan) else plan
    return TurnState(session=session, request=request.model_dump(mode="json"), given_plan=given, plan=None,
                     issues=[], inputs=[], denied=[], results={}, result=None)


@dataclass(kw_only=True)
class ExecutorDeps:
    """The live objects the nodes use (kept out of state: they are not data)."""

    registry: Registry
    store: ArtifactStore
    settings: ExecutorSettings
    policy: Policy
    get_planner: Callable[[], Planner]
    cancel_for: Callable[[str], CancelToken]
    pool: Any = None
    config: Any = None


def history_of(state: TurnState | dict[str, Any]) -> History:
    return History.model_validate(state.get("history") or {"turns": []})


def known_refs_for(plan: dict[str, Any], history: History, store: ArtifactStore) -> dict[str, str]:
    """``history.known_refs()`` plus any ``$artifact.<id>`` of the plan found in the store."""
    known = dict(history.known_refs())
    for step in plan.get("steps", []) if isinstance(plan, dict) else []:
        for value in (step.get("args") or {}).values() if isinstance(step, dict) else []:
            for raw in iter_refs(value):
                ref = parse_ref(raw)
                if ref is not None and ref.kind == "artifact" and raw not in known:
                    with contextlib.suppress(KeyError, UnisonError):  # else the validator reports it
                        known[raw] = store.get(ref.artifact_id or "").kind
    return known


def build_graph(deps: ExecutorDeps) -> StateGraph:
    """The uncompiled graph; compile it with a checkpointer (or none, as a subgraph)."""
    builder = StateGraph(TurnState)
    add_executor_nodes(builder, deps)
    builder.add_edge(START, "plan")
    builder.add_edge("respond", END)
    return builder


def add_executor_nodes(builder: StateGraph, deps: ExecutorDeps) -> None:
    """Add ``plan`` … ``respond`` to ``builder`` (whose state extends ``TurnState``); the
    caller wires what comes before ``plan`` and after ``respond``."""

    def plan_node(state: TurnState) -> TurnState:
        given = state.get("given_plan")
        if given is not None:
            plan = given
        else:
            request = Request.model_validate(state["request"])
            planned = deps.get_planner().plan(request, registry=deps.registry, history=history_of(state), policy=deps.policy)
            plan = planned.to_json()
        stream_writer()(make_event("planned", plan=plan))
        return {"plan": plan}

    def validate_node(state: TurnState) -> TurnState:
        request = Request.model_validate(state["request"])
        history = history_of(state)
        plan = state.get("plan") or {}
        emit = stream_writer()
        try:
            validate_plan(
                plan, deps.registry, attachments=[a.kind for a in request.attachments], policy=deps.policy,
                known_refs=known_refs_for(plan, history, deps.store), turn_count=len(history),
                config=deps.config,
            )
        except PlanValidationError as exc:
            issues = [i.to_dict() for i in exc.issues]
            emit(make_event("refused", issues=issues))
            return {"issues": issues}
        inputs = ingest_attachments(request, deps.store)
        emit(make_event("validated", steps=len(plan["steps"])))
        return {"issues": [], "inputs": [a.model_dump(mode="json") for a in inputs]}

    def after_validate(state: TurnState) -> Literal["approve", "execute", "respond"]:
        if state.get("issues"):
            return "respond"
        return "approve" if deps.settings.approval is not None else "execute"

    def approve_node(state: TurnState) -> TurnState:
        policy = deps.settings.approval
        plan = Plan.model_validate(state["plan"])
        wanted = [s for s in plan.steps if policy is not None and policy.needs_approval(s)]
        if not wanted:
            return {"denied": []}
        payload = {
            "kind": "approval", "session": state.get("session"),
            "message": f"{len(wanted)} step(s) need approval: " + ", ".join(f"{s.id} ({s.tool}:{s.task})" for s in wanted),
            "steps": [s.model_dump(mode="json") for s in wanted],
        }
        stream_writer()(make_event("approval", steps=payload["steps"]))
        answer = interrupt(payload)
        return {"denied": _denied(answer, [s.id for s in wanted])}

    def execute_node(state: TurnState) -> TurnState:
        plan = Plan.model_validate(state["plan"])
        session = state.get("session") or ""
        emit = stream_writer()
        inputs = [Artifact.model_validate(a) for a in state.get("inputs") or []]
        futures: dict[str, Future[Any]] = {}
        runner = StepRunner(
            registry=deps.registry, store=deps.store,
            resolver=Resolver(store=deps.store, inputs=inputs, history=history_of(state)),
            settings=deps.settings, steps={s.id: s for s in plan.steps}, futures=futures,
            denied=set(state.get("denied") or []), cancel=deps.cancel_for(session), pool=deps.pool,
            config=deps.config, emit=emit,
        )
        # one task per step, submitted in dependency order: a task only ever waits for tasks
        # submitted before it, so the thread pool cannot deadlock, and replay ids are stable
        run_step: Any = task(name="step", retry_policy=deps.settings.retry)(runner.run)  # type: ignore[arg-type]
        for step in _dependency_order(plan.steps):
            emit(make_event("queued", step=step.id, tool=step.tool, task=step.task))
            futures[step.id] = run_step(step.id)
        return {"results": {sid: fut.result() for sid, fut in futures.items()}}

    def respond_node(state: TurnState) -> TurnState:
        history = history_of(state)
        request = Request.model_validate(state["request"])
        plan = state.get("plan")
        results = state.get("results") or {}
        steps = [StepResult.model_validate(results[s["id"]]) for s in (plan or {}).get("steps", []) if s["id"] in results]
        issues = state.get("issues") or []
        result = RunResult(
            session=state.get("session") or "", turn=len(history), request=request.text, plan=plan,
            steps=steps, status="failed" if issues else run_status(steps), issues=issues,
            cancelled=any(s.status == "cancelled" for s in steps),
        )
        record = TurnRecord(
            index=len(history), text=request.text, attachments=request.attachments, plan=plan,
            outputs={s.id: s.outputs for s in steps if s.outputs}, status=result.status,
            errors={s.id: f"{s.status}: {s.error or s.reason}" for s in steps if not s.ok}
            | ({"plan": "refused: " + "; ".join(f"{i['pointer'] or '/'}: {i['message']}" for i in issues)} if issues else {}),
        )
        history.turns.append(record)
        stream_writer()(make_event("done", status=result.status, answer=result.answer, turn=result.turn,
                                    result=result.model_dump(mode="json")))
        return {"history": history.model_dump(mode="json"), "result": result.model_dump(mode="json")}

    builder.add_node("plan", plan_node)
    builder.add_node("validate", validate_node)
    builder.add_node("execute", execute_node)
    builder.add_node("respond", respond_node)
    builder.add_edge("plan", "validate")
    if deps.settings.approval is not None:
        builder.add_node("approve", approve_node)
        builder.add_conditional_edges("validate", after_validate, ["approve", "respond"])
        builder.add_edge("approve", "execute")
    else:
        builder.add_conditional_edges("validate", after_validate, ["execute", "respond"])
    builder.add_edge("execute", "respond")


def _dependency_order(steps: list[Step]) -> list[Step]:
    """Steps sorted so every step comes after those it depends on (plan order otherwise)."""
    by_id = {s.id: s for s in steps}
    done: set[str] = set()
    ordered: list[Step] = []

    def visit(step: Step) -> None:
        if step.id in done:
            return
        done.add(step.id)  # validated plans have no cycles
        for dep in step.step_dependencies():
            if dep in by_id:
                visit(by_id[dep])
        ordered.append(step)

    for s in steps:
        visit(s)
    return ordered


def _denied(answer: Any, asked: list[str]) -> list[str]:
    """Step ids refused, from an approval resume value."""
    if isinstance(answer, dict):
        answer = answer.get("approved", answer.get("approve", False))
    if answer is True:
        return []
    if answer is False or answer is None:
        return list(asked)
    if isinstance(answer, (list, tuple, set)):
        approved = {str(a) for a in answer}
        return [s for s in asked if s not in approved]
    raise UnisonError(f"approval answer must be True, False or a list of approved step ids, got {answer!r}")
