"""The executor as a LangGraph ``StateGraph``: plan → validate → [approve] → execute → respond.

One graph run is one turn of a session; the session is the LangGraph thread. The checkpointer
keeps the progress of the turn in progress; finished turns go to the ``TurnStore`` (one row per
turn), so checkpoints stay small however long a session grows.

Nodes are module-level functions of ``(state, deps)``: ``add_executor_nodes`` binds the
``ExecutorDeps`` (the live objects: registry, store, pool, configuration, planner) once.

- ``plan``: takes the given plan, or asks the planner in the turn's ``PlanContext`` (which
  validates it: a planned plan is not validated again).
- ``validate``: validates a given plan that was not validated yet (``Agent.execute`` validates
  before the graph), then copies attachments into the store; a refused plan goes to ``respond``.
- ``approve`` (only with an ``ApprovalPolicy``): one ``interrupt`` listing the expensive steps.
- ``execute``: every step is a LangGraph task (``langgraph.func.task``) with the configured
  ``RetryPolicy``; a step waits only for the steps it references, so it starts as soon as they
  finish, while independent steps run at the same time. Each finished task is saved to the
  checkpointer at once (``durability="sync"``), so a re-run after a crash replays finished
  steps from the checkpoint instead of running them again. (``Send`` fan-out was the other
  candidate; its superstep barrier would hold a step back until every step of the previous
  wave finished.)
- ``respond``: gathers the ``RunResult`` and writes the turn to the ``TurnStore``.

State holds plain JSON only (request, plan, artifacts as dicts): never images or tensors.
"""

from __future__ import annotations

from collections.abc import Callable
from concurrent.futures import FIRST_COMPLETED, Future, wait
from dataclasses import dataclass
from functools import partial
from typing import TYPE_CHECKING, Any, Literal, TypedDict

from langgraph.func import task
from langgraph.graph import END, START, StateGraph
from langgraph.types import interrupt

from ..contracts.context import PlanContext
from ..contracts.errors import PlanValidationError, UnisonError
from ..contracts.history import History, TurnRecord
from ..contracts.plan import Plan
from ..contracts.registry import Registry
from ..contracts.request import Request
from ..contracts.validate import validate_plan
from ..planner.base import Planner, plan_request
from ..runtime.artifacts import Artifact, ArtifactStore
from ..sessions.turns import TurnStore
from .backend import LOCAL, StepBackend
from .events import make_event, stream_writer
from .resolve import Resolver, ingest_attachments
from .results import RunResult, StepResult, run_status
from .settings import ExecutorSettings
from .steprun import CancelToken, StepJournal, StepRunner

if TYPE_CHECKING:
    from ..config import Config
    from ..runtime.pool import ModelPool


class TurnState(TypedDict, total=False):
    session: str
    turn: int | None
    """Index of this turn in the session (fixed when the turn starts)."""
    request: dict[str, Any]
    """``Request`` as JSON."""
    given_plan: dict[str, Any] | None
    """A plan to run as is (``Agent.execute``); ``None``: ask the planner."""
    validated: bool
    """The plan already passed the turn's ``PlanContext`` (planned, or checked by ``Agent.execute``)."""
    plan: dict[str, Any] | None
    issues: list[dict[str, str]]
    inputs: list[dict[str, Any]]
    """The attachments, stored as artifacts (JSON)."""
    denied: list[str]
    """Step ids refused at approval."""
    results: dict[str, dict[str, Any]]
    """Step id -> ``StepResult`` as JSON."""
    result: dict[str, Any] | None
    """The turn's ``RunResult`` as JSON."""


def new_turn_input(
    session: str, request: Request, plan: Plan | dict[str, Any] | None, *, validated: bool = False
) -> TurnState:
    """Graph input that starts a turn; ``validated`` says a given plan already passed this turn's context."""
    given = plan.to_json() if isinstance(plan, Plan) else plan
    return TurnState(session=session, turn=None, request=request.model_dump(mode="json"), given_plan=given,
                     validated=validated and given is not None, plan=None, issues=[], inputs=[], denied=[],
                     results={}, result=None)


@dataclass(kw_only=True)
class ExecutorDeps:
    """The live objects the nodes use (kept out of state: they are not data)."""

    registry: Registry
    store: ArtifactStore
    settings: ExecutorSettings
    config: Config
    turns: TurnStore
    get_planner: Callable[[], Planner]
    cancel_for: Callable[[str], CancelToken]
    pool: ModelPool | None = None
    backend: StepBackend = LOCAL
    """Where each step's tool call runs (this process, or Ray workers)."""

    def context(self, request: Request, history: History) -> PlanContext:
        """The turn's validation context (the one every check of this turn uses)."""
        context = PlanContext.for_request(self.registry, request, history=history, store=self.store, config=self.config)
        # a backend that cannot place a tool (no node for its replicas) refuses the plan in the same check
        return context if self.backend is LOCAL else context.with_placement(self.backend.problems)


# -- nodes ------------------------------------------------------------------------------------------
def plan_node(state: TurnState, deps: ExecutorDeps) -> TurnState:
    session = state.get("session") or ""
    turn = state.get("turn")
    if turn is None:
        turn = deps.turns.count(session)
    given = state.get("given_plan")
    if given is not None:
        plan, validated = given, bool(state.get("validated"))
    else:
        request = Request.model_validate(state["request"])
        context = deps.context(request, deps.turns.history(session))
        plan, validated = plan_request(deps.get_planner(), request, context).to_json(), True
    stream_writer()(make_event("planned", plan=plan))
    return {"plan": plan, "validated": validated, "turn": turn}


def validate_node(state: TurnState, deps: ExecutorDeps) -> TurnState:
    request = Request.model_validate(state["request"])
    plan = state.get("plan") or {}
    emit = stream_writer()
    if not state.get("validated"):
        context = deps.context(request, deps.turns.history(state.get("session") or ""))
        try:
            validate_plan(plan, context)
        except PlanValidationError as exc:
            issues = [i.to_dict() for i in exc.issues]
            emit(make_event("refused", issues=issues))
            return {"issues": issues}
    inputs = ingest_attachments(request, deps.store)
    emit(make_event("validated", steps=len(plan["steps"])))
    return {"issues": [], "validated": True, "inputs": [a.model_dump(mode="json") for a in inputs]}


def after_validate(state: TurnState, deps: ExecutorDeps) -> Literal["approve", "execute", "respond"]:
    if state.get("issues"):
        return "respond"
    return "approve" if deps.settings.approval is not None else "execute"


def approve_node(state: TurnState, deps: ExecutorDeps) -> TurnState:
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


#: Step tasks submitted and not finished, at most (independent steps beyond it wait their turn).
IN_FLIGHT = 32


def execute_node(state: TurnState, deps: ExecutorDeps) -> TurnState:
    plan = Plan.model_validate(state["plan"])
    session = state.get("session") or ""
    emit = stream_writer()
    inputs = [Artifact.model_validate(a) for a in state.get("inputs") or []]
    futures: dict[str, Future[Any]] = {}
    runner = StepRunner(
        registry=deps.registry, store=deps.store,
        resolver=Resolver(store=deps.store, inputs=inputs, history=deps.turns.history(session)),
        settings=deps.settings, steps={s.id: s for s in plan.steps}, futures=futures,
        denied=set(state.get("denied") or []), cancel=deps.cancel_for(session), pool=deps.pool,
        config=deps.config, emit=emit, backend=deps.backend,
        journal=StepJournal(deps.turns, session, turn if (turn := state.get("turn")) is not None else deps.turns.count(session)),
    )
    # one task per step, submitted in dependency order: a task only ever waits for tasks
    # submitted before it, so the thread pool cannot deadlock, and replay ids are stable
    # At most IN_FLIGHT tasks at once: LangGraph's runner looks at every pending task on each
    # tick, so a 1,000-step plan submitted whole costs O(n) per step. The submission order stays
    # the dependency order (replay ids depend on it); only its pace changes.
    run_step: Any = task(name="step", retry_policy=deps.settings.retry)(runner.run)  # type: ignore[arg-type]
    in_flight: set[Future[Any]] = set()
    for step in plan.dependency_order():
        if len(in_flight) >= IN_FLIGHT:
            in_flight = wait(in_flight, return_when=FIRST_COMPLETED).not_done
        emit(make_event("queued", step=step.id, tool=step.tool, task=step.task))
        futures[step.id] = run_step(step.id)
        in_flight.add(futures[step.id])
    return {"results": {sid: fut.result() for sid, fut in futures.items()}}


def respond_node(state: TurnState, deps: ExecutorDeps) -> TurnState:
    session = state.get("session") or ""
    turn = state.get("turn")
    index = turn if turn is not None else deps.turns.count(session)
    request = Request.model_validate(state["request"])
    plan = state.get("plan")
    results = state.get("results") or {}
    steps = [StepResult.model_validate(results[s["id"]]) for s in (plan or {}).get("steps", []) if s["id"] in results]
    issues = state.get("issues") or []
    result = RunResult(
        session=session, turn=index, request=request.text, plan=plan, steps=steps,
        status="failed" if issues else run_status(steps), issues=issues,
        cancelled=any(s.status == "cancelled" for s in steps),
    )
    deps.turns.put(session, TurnRecord(
        index=index, text=request.text, attachments=request.attachments, plan=plan,
        inputs=[Artifact.model_validate(a) for a in state.get("inputs") or []],
        outputs={s.id: s.outputs for s in steps if s.outputs}, status=result.status,
        errors={s.id: f"{s.status}: {s.error or s.reason}" for s in steps if not s.ok}
        | ({"plan": "refused: " + "; ".join(f"{i['pointer'] or '/'}: {i['message']}" for i in issues)} if issues else {}),
    ))
    stream_writer()(make_event("done", status=result.status, answer=result.answer, turn=result.turn,
                                result=result.model_dump(mode="json")))
    return {"result": result.model_dump(mode="json")}


# -- wiring ---------------------------------------------------------------------------------------
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
    builder.add_node("plan", partial(plan_node, deps=deps))
    builder.add_node("validate", partial(validate_node, deps=deps))
    builder.add_node("execute", partial(execute_node, deps=deps))
    builder.add_node("respond", partial(respond_node, deps=deps))
    builder.add_edge("plan", "validate")
    route = partial(after_validate, deps=deps)
    if deps.settings.approval is not None:
        builder.add_node("approve", partial(approve_node, deps=deps))
        builder.add_conditional_edges("validate", route, ["approve", "respond"])
        builder.add_edge("approve", "execute")
    else:
        builder.add_conditional_edges("validate", route, ["execute", "respond"])
    builder.add_edge("execute", "respond")


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
