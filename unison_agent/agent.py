"""``Agent``: plan a request, run the plan, remember the session.

Example::

    from unison_agent.agent import Agent

    with Agent() as agent:                         # planner and tools from the configuration
        result = agent.run("make a dragon, then animate it", session="demo")
        print(result.summary())
        agent.run("now make it brighter", session="demo")   # $turn.-1 is the dragon video

Key parts:
- ``Agent.run(text, attachments, session=...)``: plan with the session history, then run.
- ``Agent.execute(plan, request, session=...)``: run a given plan (validated first).
- ``Agent.stream(...)``: the same as ``run``, yielding typed progress events
  (``unison_agent.executor.events``); the ``done`` event carries the ``RunResult``.
- ``arun``/``astream``: the same, for asyncio (``unison_agent.integrations.aio``).
- ``Agent.plan(text, attachments, session=...)``: plan only (with the session history); nothing runs.
- ``Agent.resume(session, answer)``: answer an approval ``interrupt``; ``pending_approval(session)``
  shows what waits.
- ``Agent.cancel(session)``: stop a running turn; finished artifacts stay.
- ``Agent.as_node()``, ``as_subgraph()``, ``as_tool()``: embed in other LangGraph/LangChain
  agents (see ``unison_agent.integrations.embed``).

A run that was killed resumes when the same request is sent to the same session again:
finished steps come back from the checkpoint and are not run again. One run owns a session at
a time (``sessions.lock``): a second one waits or fails with ``SessionBusyError``, never
abandoning the first. Attachment paths in the text resolve only under ``input_roots``.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import Any

from langchain_core.runnables import RunnableConfig
from langgraph.types import Command

from .config import Config, load_config
from .contracts.context import PlanContext
from .contracts.errors import ApprovalRequiredError, UserError
from .contracts.history import History
from .contracts.plan import Plan
from .contracts.registry import Registry, default_registry
from .contracts.request import Request, parse_request
from .contracts.validate import validate_plan
from .executor.backend import StepBackend
from .executor.backends import make_backend
from .executor.events import StreamEvent, StreamEventSink, parse_event
from .executor.graph import ExecutorDeps, build_graph, new_turn_input
from .executor.results import RunResult
from .executor.settings import ExecutorSettings
from .executor.steprun import CancelToken
from .integrations.aio import AsyncMethods
from .planner import Planner, load_planner
from .planner.base import plan_request
from .runtime.artifacts import ArtifactStore
from .runtime.pool import ModelPool
from .sessions.index import SessionIndex
from .sessions.lock import SessionLocks, own_session
from .sessions.outputs import export_outputs
from .sessions.session import (
    Session,
    check_session_id,
    list_sessions,
    new_session_id,
    open_sqlite_checkpointer,
    prune_checkpoints,
)
from .sessions.turns import TURNS_DB, TurnStore

log = logging.getLogger(__name__)

#: Approver: given the approval payload (``steps``, ``message``), return True, False or approved step ids.
Approver = Callable[[dict[str, Any]], Any]


class Agent(AsyncMethods):
    """A planner, a registry of tools and the executor graph, with durable sessions."""

    def __init__(
        self,
        planner: Planner | str | None = None,
        *,
        profile: str | None = None,
        registry: Registry | None = None,
        config: Config | None = None,
        pool: ModelPool | None = None,
        checkpointer: Any = None,
        store: ArtifactStore | None = None,
        settings: ExecutorSettings | None = None,
        approver: Approver | None = None,
        backend: StepBackend | None = None,
        input_roots: Sequence[str | Path] | None = None,
        wait_for_session: bool | float = False,
    ) -> None:
        """
        Args:
            planner: a ``Planner``, a planner name for ``load_planner``, or ``None`` for the
                configured one (loaded on first use, so ``execute`` never loads it).
            registry: the tools; default ``default_registry()``.
            profile: a configuration profile (``unison``, ``tiny``) when no ``config`` is given.
            config: default ``load_config(profile=profile)``; gives the artifact and session roots and the policy.
            pool: the model pool the agent hands to its planner and tools; default a new one from
                the configuration (pass one pool to several agents to share loaded models).
            checkpointer: any LangGraph checkpointer; default SQLite under ``config.session_root``
                (finished turns then go to ``turns.sqlite`` beside it; with another checkpointer,
                to memory).
            store: the artifact store; default one at ``config.artifact_root``.
            settings: retries, timeouts, parallelism, approval; default from ``config.executor``.
            approver: answers approval interrupts in-process; without it ``run`` raises
                ``ApprovalRequiredError``.
            backend: where steps' tool calls run; default the one ``[executor] backend`` names
                (``local``: this process; ``ray``: tool workers on a Ray cluster).
            input_roots: folders ``###path###`` markers in request text may name; default the
                config's ``input_roots``, else the current directory. Files passed as
                ``attachments`` are named by the caller and allowed wherever they are.
            wait_for_session: when another run owns the session: ``False`` raise
                ``SessionBusyError``, ``True`` wait, a number wait at most that many seconds
                (``on_busy`` is told once).
        """
        self.config = config or load_config(profile=profile)
        self.input_roots = input_roots
        self.wait_for_session = wait_for_session
        self.on_busy: Callable[[str], None] | None = None
        self.locks = SessionLocks(self.config.session_root)
        self.index = SessionIndex(self.config.session_root)
        self.registry = registry if registry is not None else default_registry()
        self.store = store or ArtifactStore(self.config.artifact_root)
        self.settings = settings or ExecutorSettings.from_config(self.config, tasks=self.registry.tasks())
        self.pool = pool if pool is not None else ModelPool.from_config(self.config)
        self.backend = backend if backend is not None else make_backend(self.config.executor.backend, self.config)
        self.approver = approver
        self._planner = planner
        self._owns_checkpointer = checkpointer is None
        self.checkpointer = checkpointer if checkpointer is not None else open_sqlite_checkpointer(self.config.session_root)
        self.turns = TurnStore(self.config.session_root / TURNS_DB if self._owns_checkpointer else None)
        self._tokens: dict[str, CancelToken] = {}
        self._lock = threading.Lock()
        # planners hold tokenizers and caches that are not safe to share between threads
        self._plan_lock = threading.Lock()
        self.deps = ExecutorDeps(
            registry=self.registry, store=self.store, settings=self.settings, config=self.config, turns=self.turns,
            get_planner=self._get_planner, cancel_for=self._token, pool=self.pool, backend=self.backend,
        )
        self.builder = build_graph(self.deps)
        self.graph = self.builder.compile(checkpointer=self.checkpointer)

    # -- planner ----------------------------------------------------------------------------
    @property
    def planner(self) -> Planner:
        return self._get_planner()

    def _get_planner(self) -> Planner:
        with self._lock:
            if self._planner is None or isinstance(self._planner, str):
                name = self._planner if isinstance(self._planner, str) else self.config.planner
                self._planner = load_planner(name, pool=self.pool, config=self.config, **self.config.planner_options)
            return self._planner

    # -- running ----------------------------------------------------------------------------
    def run(
        self,
        text: str | Request,
        attachments: Sequence[str | Path] | None = None,
        *,
        session: str | None = None,
        on_event: StreamEventSink | None = None,
        base_dir: str | Path | None = None,
        out_dir: str | Path | None = None,
        cancel: CancelToken | None = None,
    ) -> RunResult:
        """Plan ``text`` (with ``attachments``, and ``###path###`` markers in it) and run the plan.

        ``text`` may also be a ``Request`` parsed by the caller (with its own input roots).

        Args:
            session: continue this session (created if new); ``None`` starts a fresh one.
            on_event: called with every progress event (see ``unison_agent.executor.events``).
            base_dir: where relative attachment paths resolve (default: current directory).
            out_dir: also copy the turn's outputs there with readable names, plus ``manifest.json``.
            cancel: a token the caller may cancel at any time, even before the turn starts (a server
                cancels a run this way; ``Agent.cancel(session)`` reaches only a turn already running).

        Returns:
            The ``RunResult``: every step's outcome, artifacts and answer text.

        Raises:
            RequestError: an attachment is missing or not an image/video.
            PlannerError: the planner could not produce a valid plan.
            ApprovalRequiredError: steps need approval and no ``approver`` was given.
            SessionBusyError: another run owns the session (see ``wait_for_session``).
        """
        request = text if isinstance(text, Request) else self.parse(text, attachments, base_dir=base_dir)
        return self._drive(session, request, None, on_event, out_dir, cancel)

    def parse(self, text: str, attachments: Sequence[str | Path] | None = None, *,
              base_dir: str | Path | None = None) -> Request:
        """The ``Request`` for ``text``: markers resolve under the input roots (see ``__init__``)."""
        roots = self.input_roots if self.input_roots is not None else (self.config.input_roots or [Path.cwd()])
        return parse_request(text, list(attachments or []), base_dir=base_dir, roots=roots, store=self.store,
                             policy=self.config.policy)

    def plan(
        self,
        text: Request | str,
        attachments: Sequence[str | Path] | None = None,
        *,
        session: str | None = None,
        planner: Planner | None = None,
        base_dir: str | Path | None = None,
    ) -> Plan:
        """The plan ``run`` would execute for ``text`` in ``session`` (its history resolves "it");
        nothing runs. ``planner`` overrides the agent's own for this call. One plan at a time."""
        request = text if isinstance(text, Request) else self.parse(text, attachments, base_dir=base_dir)
        history = self.history(check_session_id(session)) if session else History()
        chosen = planner if planner is not None else self._get_planner()
        with self._plan_lock:
            return plan_request(chosen, request, self.deps.context(request, history))

    def execute(
        self,
        plan: Plan | dict[str, Any],
        request: Request | str | None = None,
        *,
        session: str | None = None,
        on_event: StreamEventSink | None = None,
        out_dir: str | Path | None = None,
        cancel: CancelToken | None = None,
    ) -> RunResult:
        """Run ``plan`` without planning; it is validated first (``PlanValidationError``).
        ``cancel``: as for ``run``."""
        if not isinstance(request, Request):
            request = self.parse(request or "")
        sid = check_session_id(session) if session else new_session_id()
        checked = validate_plan(plan, self.context(request, session=sid))
        return self._drive(sid, request, checked, on_event, out_dir, cancel)

    def stream(
        self, text: str, attachments: Sequence[str | Path] | None = None, *, session: str | None = None,
        base_dir: str | Path | None = None,
    ) -> Iterator[StreamEvent]:
        """Like ``run``, but yield progress events as they happen (the last is ``done``)."""
        request = self.parse(text, attachments, base_dir=base_dir)
        sid = check_session_id(session) if session else new_session_id()
        with self._own(sid, request.text) as outcome:
            for event in self._events(sid, self._start_input(sid, request, None)):
                if event.event == "done":
                    outcome.update(status=event["status"], turns=event["turn"] + 1)
                yield event

    def resume(self, session: str, answer: Any = True, *, on_event: StreamEventSink | None = None,
               cancel: CancelToken | None = None) -> RunResult:
        """Answer a pending approval (True, False or approved step ids) and finish the turn."""
        with self._own(session, "(approval answer)") as outcome:
            if not self._pending_interrupts(session):
                raise UserError(f"session {session!r} is not waiting for approval")
            result = self._finish(session, Command(resume=answer), on_event, cancel)
            outcome.update(status=result.status, turns=result.turn + 1)
        return result

    def pending_approval(self, session: str) -> dict[str, Any] | None:
        """The approval payload ``session`` waits on (``message``, ``steps``), or ``None``."""
        pending = self._pending_interrupts(check_session_id(session))
        if not pending:
            return None
        value = pending[0].value
        return value if isinstance(value, dict) else {"message": str(value)}

    def cancel(self, session: str | None = None) -> None:
        """Stop the running turn of ``session`` (all sessions if ``None``): steps not started are
        cancelled, running tools are asked to stop at their next progress report."""
        with self._lock:
            tokens = list(self._tokens.values()) if session is None else [self._tokens.get(session)]
        for token in tokens:
            if token is not None:
                token.cancel()

    # -- sessions ---------------------------------------------------------------------------
    def session(self, session_id: str | None = None) -> Session:
        return Session(self, session_id)

    def history(self, session: str) -> History:
        """The finished turns of ``session`` (empty for a new one)."""
        return self.turns.history(session)

    def context(self, request: Request, *, session: str | None = None) -> PlanContext:
        """The context a plan for ``request`` in ``session`` is planned and checked in (one per turn)."""
        history = self.history(session) if session else History()
        return self.deps.context(request, history)


    def sessions(self) -> list[str]:
        return list_sessions(self.checkpointer)

    # -- embedding --------------------------------------------------------------------------
    def as_node(self, **options: Any) -> Callable[..., Any]:
        from .integrations.embed import agent_node

        return agent_node(self, **options)

    def as_subgraph(self, **options: Any) -> Any:
        from .integrations.embed import agent_subgraph

        return agent_subgraph(self, **options)

    def as_tool(self, **options: Any) -> Any:
        from .integrations.embed import agent_tool

        return agent_tool(self, **options)

    # -- plumbing ---------------------------------------------------------------------------
    def _graph_config(self, session: str) -> RunnableConfig:
        # enough worker threads that every step of the largest allowed plan can run at once
        return {"configurable": {"thread_id": session}, "max_concurrency": self.config.policy.max_steps + 4,
                "recursion_limit": 50}

    def _token(self, session: str) -> CancelToken:
        with self._lock:
            return self._tokens.setdefault(session, CancelToken())

    def _pending_interrupts(self, session: str) -> list[Any]:
        snapshot = self.graph.get_state(self._graph_config(session))
        return [i for t in snapshot.tasks for i in t.interrupts]

    def _start_input(self, session: str, request: Request, plan: Plan | None) -> Any:
        """New-turn input, or ``None`` to resume this session's unfinished turn of the same request."""
        snapshot = self.graph.get_state(self._graph_config(session))
        values = snapshot.values or {}
        if snapshot.next and values.get("request"):
            same = values["request"] == request.model_dump(mode="json") and values.get("given_plan") == (
                plan.to_json() if plan is not None else None)
            if same:
                log.info("session %s: resuming the unfinished turn at %s", session, ", ".join(snapshot.next))
                return None
            log.warning("session %s: an unfinished turn (%r) is abandoned for a new request; its finished "
                        "artifacts stay in the store", session, values["request"].get("text"))
        return new_turn_input(session, request, plan, validated=plan is not None)

    def _own(self, session: str, what: str) -> Any:
        """Own ``session`` for one turn (``sessions.lock``); the index records config and status."""
        def told(holder: Any) -> None:
            if self.on_busy is not None:
                self.on_busy(f"session {session!r} is busy: {holder.describe()} owns it; waiting for it to finish")

        return own_session(self.locks, self.index, session, config=self.config, what=what,
                           wait=self.wait_for_session, on_wait=told)

    def _drive(self, session: str | None, request: Request, plan: Plan | None, on_event: StreamEventSink | None,
               out_dir: str | Path | None = None, cancel: CancelToken | None = None) -> RunResult:
        sid = check_session_id(session) if session else new_session_id()
        with self._own(sid, request.text) as outcome:  # the unfinished-turn check must happen under the lock
            result = self._finish(sid, self._start_input(sid, request, plan), on_event, cancel)
            outcome.update(status=result.status, turns=result.turn + 1)
        if out_dir is not None:
            export_outputs(result, out_dir)
        return result

    def _finish(self, session: str, graph_input: Any, on_event: StreamEventSink | None,
                cancel: CancelToken | None = None) -> RunResult:
        while True:
            for event in self._events(session, graph_input, cancel):
                if on_event is not None:
                    on_event(event)
            pending = self._pending_interrupts(session)
            if not pending:
                break
            payload = pending[0].value if isinstance(pending[0].value, dict) else {"message": str(pending[0].value)}
            if self.approver is None:
                raise ApprovalRequiredError(session, payload)
            graph_input = Command(resume=self.approver(payload))
        values = self.graph.get_state(self._graph_config(session)).values
        prune_checkpoints(self.checkpointer, session)
        return RunResult.model_validate(values["result"])

    def _events(self, session: str, graph_input: Any, cancel: CancelToken | None = None) -> Iterator[StreamEvent]:
        token = cancel if cancel is not None else CancelToken()
        with self._lock:
            self._tokens[session] = token
        try:
            chunks: Iterator[Any] = self.graph.stream(
                graph_input, self._graph_config(session), stream_mode="custom", durability="sync")
            for chunk in chunks:
                if isinstance(chunk, dict):
                    yield parse_event({**chunk, "session": session})
        finally:
            with self._lock:
                if self._tokens.get(session) is token:
                    del self._tokens[session]

    def close(self) -> None:
        """Close the default SQLite connections (a checkpointer passed in is left open)."""
        conn = getattr(self.checkpointer, "conn", None)
        if self._owns_checkpointer and conn is not None:
            conn.close()
        self.turns.close()

    def __enter__(self) -> Agent:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
