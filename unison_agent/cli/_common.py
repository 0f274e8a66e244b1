"""What the commands share: building the agent (``build_agent``: profile, config file, planner,
and a hidden ``--agent-factory module:function`` that tests use to inject tools and planners),
live progress (``ProgressView``: rich progress bars, one per step, or JSON lines with ``--json``),
``exit_on_interrupt`` (Ctrl-C leaves the session resumable, like a kill), and reading the JSON
files the user names (``read_json``, ``load_request_file``).
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
from ..contracts.errors import RequestError, UserError
from ..contracts.request import parse_request

if TYPE_CHECKING:
    from ..agent import Agent
    from ..executor.results import RunResult

PROFILE_HELP = "Configuration profile (unison, tiny)."
CONFIG_HELP = "Configuration file (TOML or YAML)."
RAY_HELP = "Run the steps on this Ray cluster ('auto': the one on this machine; 'ray://host:10001')."


def build_agent(*, profile: str | None, config_path: Path | None, planner: str | None = None,
                factory: str | None = None, home: Path | None = None, ray_address: str | None = None) -> Agent:
    """The agent the CLI runs: configured tools and planner, or ``factory(config, planner)``.
    A ``ray_address`` runs the steps on that Ray cluster (``[executor] backend = "ray"``)."""
    overrides: dict[str, Any] = {"home": str(home)} if home is not None else {}
    if planner:
        overrides["planner"] = planner
    if ray_address:
        overrides.update(executor={"backend": "ray"}, ray={"address": ray_address})
    config = load_config(config_path, profile=profile, overrides=overrides)
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
    """Progress events as rich progress bars on stderr (one per step), or JSON lines on stdout."""

    def __init__(self, *, as_json: bool) -> None:
        self.as_json = as_json
        self._progress: Any = None
        self._bars: dict[str, Any] = {}

    def __enter__(self) -> ProgressView:
        if not self.as_json:
            from rich.console import Console
            from rich.progress import BarColumn, Progress, TextColumn, TimeElapsedColumn

            self._progress = Progress(
                TextColumn("{task.description}"), BarColumn(), TextColumn("{task.percentage:>3.0f}%"),
                TimeElapsedColumn(), console=Console(stderr=True), transient=False)
            self._progress.start()
        return self

    def __exit__(self, *exc: object) -> None:
        if self._progress is not None:
            self._progress.stop()

    def __call__(self, event: dict[str, Any]) -> None:
        if self.as_json:
            sys.stdout.write(json.dumps(event, default=str) + "\n")
            sys.stdout.flush()
            return
        kind, step = event["event"], event.get("step")
        bars = self._progress
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
    if as_json:
        return  # the ``done`` event already carried the result
    typer.echo(result.summary())


def read_json(path: Path, what: str) -> object:
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise RequestError(f"{what} file {str(path)!r} does not exist") from None
    except json.JSONDecodeError as exc:
        raise RequestError(f"{what} file {str(path)!r} is not JSON: line {exc.lineno} column {exc.colno}: {exc.msg}") from None


def load_request_file(path: Path):  # type: ignore[no-untyped-def]
    """Parse a request file (``schemas/request.schema.json``); paths resolve beside it."""
    from jsonschema import Draft202012Validator

    from ..contracts.schemas import load_schema

    data = read_json(path, "request")
    errors = list(Draft202012Validator(load_schema("request")).iter_errors(data))
    if errors:
        first = errors[0]
        where = "/".join(str(p) for p in first.absolute_path) or "(top level)"
        raise RequestError(f"request file {str(path)!r}: {where}: {first.message}")
    assert isinstance(data, dict)
    return parse_request(data["text"], data.get("attachments", []), base_dir=path.parent)
