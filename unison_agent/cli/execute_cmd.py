"""``unison execute plan.json``: run a plan file without planning, with live progress.

Also home of what the commands that run things share: ``build_agent`` (profile, config file,
planner, and a hidden ``--agent-factory module:function`` that tests use to inject tools and
planners), ``ProgressView`` (rich progress bars, one per step, or JSON lines with ``--json``),
and ``exit_on_interrupt`` (Ctrl-C leaves the session resumable, like a kill).
"""

from __future__ import annotations

import importlib
import json
import os
import signal
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

import typer

from ..config import load_config
from ..contracts.errors import UserError

if TYPE_CHECKING:
    from ..agent import Agent
    from ..executor.results import RunResult

PROFILE_HELP = "Configuration profile (unison, tiny); a continuing session keeps its own unless given."
CONFIG_HELP = "Configuration file (TOML or YAML); a continuing session keeps its own unless given."
OUT_HELP = "Also copy the outputs to this folder with readable names, plus manifest.json."
WAIT_HELP = "If another run owns the session, wait for it (default: fail with 'session busy')."


def build_agent(*, profile: str | None, config_path: Path | None, planner: str | None = None,
                factory: str | None = None, home: Path | None = None, session: str | None = None,
                wait: bool = False, quiet: bool = False) -> Agent:
    """The agent the CLI runs: configured tools and planner, or ``factory(config, planner)``.

    A continuing ``session`` keeps the configuration it ran with unless the command names one;
    ``wait``: wait (saying so) for another run that owns the session, instead of failing.
    """
    from ._common import explicit_config, remembered_config

    overrides: dict[str, Any] = {"home": str(home)} if home is not None else {}
    config = load_config(config_path, profile=profile, overrides=overrides)
    config, note = remembered_config(config, session, explicit=explicit_config(profile, config_path))
    if planner:
        config = config.model_copy(update={"planner": planner})
    if note and not quiet:
        typer.echo(note, err=True)
    agent = _make_agent(config, planner, factory)
    # the command line's own folder (and the files it names) are where attachments may come from
    agent.input_roots = [Path.cwd(), *config.input_roots]
    agent.wait_for_session = wait
    agent.on_busy = lambda message: typer.echo(message, err=True)
    return agent


def _make_agent(config: Any, planner: str | None, factory: str | None) -> Agent:
    if factory:
        module_name, _, attr = factory.partition(":")
        try:
            make = getattr(importlib.import_module(module_name), attr)
        except (ImportError, AttributeError) as exc:
            raise UserError(f"--agent-factory {factory!r} cannot be loaded: {exc}") from None
        agent: Agent = make(config, planner)
        return agent
    from ..agent import Agent

    return Agent(config.planner, config=config)


@contextmanager
def exit_on_interrupt(session: str) -> Iterator[None]:
    """While running, Ctrl-C leaves at once: finished steps are already checkpointed, so the
    same command with ``--session`` resumes (exactly like after a kill)."""

    def handler(_signum: int, _frame: Any) -> None:
        sys.stderr.write(f"\nInterrupted; finished artifacts are kept. Run again with --session {session} to resume.\n")
        sys.stderr.flush()
        os._exit(130)

    if threading.current_thread() is not threading.main_thread():
        yield  # signal handlers can only be set from the main thread
        return
    previous = signal.signal(signal.SIGINT, handler)
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, previous)


class ProgressView:
    """Progress events as rich progress bars on stderr (one per step), or JSON lines on stdout.

    Until the plan is ready a status line says what is happening (``planning…`` while the
    planner loads and thinks); then the plan is printed (stdout), then one bar per step.
    """

    def __init__(self, *, as_json: bool, status: str = "planning…") -> None:
        self.as_json = as_json
        self.status = status
        self._progress: Any = None
        self._spinner: Any = None
        self._bars: dict[str, Any] = {}

    def __enter__(self) -> ProgressView:
        if not self.as_json:
            from rich.console import Console

            console = Console(stderr=True)
            if console.is_terminal:  # a log or pipe gets no spinner frames, only the results
                self._spinner = console.status(self.status)
                self._spinner.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop_spinner()
        if self._progress is not None:
            self._progress.stop()

    def _stop_spinner(self) -> None:
        if self._spinner is not None:
            self._spinner.stop()
            self._spinner = None

    def _start_bars(self) -> Any:
        if self._progress is None:
            from rich.console import Console
            from rich.progress import BarColumn, Progress, TextColumn, TimeElapsedColumn

            self._stop_spinner()
            self._progress = Progress(
                TextColumn("{task.description}"), BarColumn(), TextColumn("{task.percentage:>3.0f}%"),
                TimeElapsedColumn(), console=Console(stderr=True), transient=False)
            self._progress.start()
        return self._progress

    def __call__(self, event: Any) -> None:
        data = event.to_json() if hasattr(event, "to_json") else event
        if self.as_json:
            sys.stdout.write(json.dumps(data, default=str) + "\n")
            sys.stdout.flush()
            return
        from ._common import escape_controls, plan_lines

        kind, step = data["event"], data.get("step")
        if kind == "planned":
            self._stop_spinner()
            typer.echo("plan:\n" + "\n".join(plan_lines(data["plan"])))
            return
        if kind == "refused":
            self._stop_spinner()
            return
        event = {k: escape_controls(v) if isinstance(v, str) else v for k, v in data.items()}
        bars = self._start_bars()
        if kind == "queued" and step is not None:
            self._bars[step] = bars.add_task(f"[dim]{step} {event['tool']}:{event['task']} queued", total=1.0, start=False)
        elif step in self._bars:
            bar = self._bars[step]
            label = f"{step} {event['tool']}:{event['task']}"
            if kind == "started":
                bars.start_task(bar)
                bars.update(bar, description=f"{label} running")
            elif kind == "progress":
                bars.update(bar, completed=event["fraction"], description=f"{label} {event.get('message') or 'running'}")
            elif kind == "retrying":
                bars.update(bar, description=f"[yellow]{label} retrying ({event['error']})")
            elif kind == "finished":
                bars.update(bar, completed=1.0, description=f"[green]{label} done")
            elif kind == "failed":
                bars.update(bar, description=f"[red]{label} failed: {event['error']}")
            elif kind in ("skipped", "cancelled"):
                bars.update(bar, description=f"[dim]{label} {kind}: {event['reason']}")
        elif kind == "approval":
            bars.console.print(f"[yellow]approval needed for: {', '.join(s['id'] for s in event['steps'])}")


def print_result(result: RunResult, *, as_json: bool) -> None:
    """The turn's summary, its files and a note when they are tiny-model noise."""
    if as_json:
        return  # the ``done`` event already carried the result
    from ._common import escape_controls

    typer.echo(escape_controls(result.summary(), keep_newlines=True))
    for art in result.artifacts:
        if art.kind != "text":
            typer.echo(f"{art.kind}: {art.path}")
    if any(a.metadata.get("noise") for a in result.artifacts):
        typer.echo("note: profile 'tiny' uses tiny random-weight models; the outputs are noise, "
                   "but the path (planner, executor, pipelines, files) is the real one.", err=True)


def register(app: typer.Typer) -> None:
    @app.command("execute")
    def execute_command(
        plan_file: Path = typer.Argument(..., metavar="PLAN_FILE", help="Plan JSON file (schemas/plan.schema.json)."),
        request_file: Path | None = typer.Option(None, "--request", "-r", help="Request JSON file (text + attachments)."),
        text: str | None = typer.Option(None, "--text", "-t", help="Request text, when there is no request file."),
        inputs: list[Path] = typer.Option([], "--input", "-i", "--attach", "-a",
                                          help="Attachment (repeatable); $input.N in order."),
        session: str | None = typer.Option(None, "--session", "-s", help="Session id; re-run with it to resume."),
        out: Path | None = typer.Option(None, "--out", help=OUT_HELP),
        wait: bool = typer.Option(False, "--wait", help=WAIT_HELP),
        profile: str | None = typer.Option(None, "--profile", help=PROFILE_HELP),
        config_path: Path | None = typer.Option(None, "--config", help=CONFIG_HELP),
        as_json: bool = typer.Option(False, "--json", help="Stream progress events as JSON lines."),
        factory: str | None = typer.Option(None, "--agent-factory", hidden=True),
    ) -> None:
        """Run a plan without planning: validated, executed, progress shown; exit 1 unless every step succeeded."""
        from ..sessions.session import check_session_id, new_session_id
        from ._common import check_cli_text, read_input_json
        from .validate_cmd import load_request_file

        sid = check_session_id(session) if session else new_session_id()
        if request_file is not None and (text or inputs):
            raise UserError("pass either --request or --text/--input, not both")
        policy = load_config(config_path, profile=profile).policy
        plan = read_input_json(plan_file, "plan", max_bytes=policy.max_input_file_bytes)  # before anything loads
        agent = build_agent(profile=profile, config_path=config_path, factory=factory, session=session, wait=wait,
                            quiet=as_json)
        try:
            if request_file is not None:
                request = load_request_file(request_file, policy=agent.config.policy, store=agent.store)
            else:
                request = agent.parse(check_cli_text(text or ""), [str(p) for p in inputs])
            with exit_on_interrupt(sid), ProgressView(as_json=as_json, status="validating…") as view:
                result = agent.execute(plan, request, session=sid, on_event=view, out_dir=out)  # type: ignore[arg-type]
        finally:
            agent.close()
        print_result(result, as_json=as_json)
        print_exported(out, as_json=as_json)
        if not result.ok:
            raise typer.Exit(1)


def print_exported(out: Path | None, *, as_json: bool) -> None:
    if out is not None and not as_json:
        typer.echo(f"outputs copied to {out} (manifest.json lists them)")
