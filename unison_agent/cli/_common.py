"""What the commands share.

- Building the agent (``build_agent``: profile, config file, planner, the configuration a
  continuing session ran with, waiting for a busy session, and a hidden ``--agent-factory
  module:function`` that tests use to inject tools and planners).
- Live progress (``ProgressView``: a "planning…" status, the plan as soon as it is ready, then
  rich progress bars, one per step; or JSON lines with ``--json``), ``print_result``.
- ``exit_on_interrupt`` (Ctrl-C leaves the session resumable, like a kill).
- Reading the files the user names (``read_json``, ``load_request_file``), bounded (issue
  12.5/12.6): regular files under a size cap (a FIFO, ``/dev/zero`` or a directory is refused
  before anything is read), strict UTF-8, every failure a one-line ``RequestError`` naming the
  file and saying what was expected (``read_input_bytes``/``_text``/``_json``, ``iter_jsonl``:
  a bad line of a batch is its own error record).
- Text from the command line is checked (``check_cli_text``), and model text printed to a
  terminal has its control characters escaped (``escape_controls``).
"""

from __future__ import annotations

import importlib
import json
import os
import signal
import stat
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

import typer

from ..config import load_config
from ..contracts.errors import RequestError, UserError
from ..contracts.request import Request, parse_request

if TYPE_CHECKING:
    from ..agent import Agent
    from ..contracts.policy import Policy
    from ..executor.results import RunResult
    from ..runtime.artifacts import ArtifactStore

PROFILE_HELP = "Configuration profile (unison, tiny); a continuing session keeps its own unless given."
CONFIG_HELP = "Configuration file (TOML or YAML); a continuing session keeps its own unless given."
OUT_HELP = "Also copy the outputs to this folder with readable names, plus manifest.json."
RAY_HELP = "Run the steps on this Ray cluster ('auto': the one on this machine; 'ray://host:10001')."
WAIT_HELP = "If another run owns the session, wait for it (default: fail with 'session busy')."


def build_agent(*, profile: str | None, config_path: Path | None, planner: str | None = None,
                factory: str | None = None, home: Path | None = None, session: str | None = None,
                wait: bool = False, quiet: bool = False, ray_address: str | None = None) -> Agent:
    """The agent the CLI runs: configured tools and planner, or ``factory(config, planner)``.

    A continuing ``session`` keeps the configuration it ran with unless the command names one;
    ``wait``: wait (saying so) for another run that owns the session, instead of failing.
    A ``ray_address`` runs the steps on that Ray cluster (``[executor] backend = "ray"``).
    """
    from ._common import explicit_config, remembered_config

    overrides: dict[str, Any] = {"home": str(home)} if home is not None else {}
    if ray_address:
        overrides.update(executor={"backend": "ray"}, ray={"address": ray_address})
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
            elif kind == "placed":  # a Ray replica took the step
                worker = event.get("worker") or {}
                bars.update(bar, description=f"{label} on {worker.get('replica', '?')} ({worker.get('node', '?')})")
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


def read_json(path: Path, what: str) -> object:
    """A JSON file, bounded (see ``read_input_json``)."""
    return read_input_json(path, what)


def load_request_file(path: Path, *, policy: Policy | None = None, store: ArtifactStore | None = None) -> Request:
    """Parse a request file (``schemas/request.schema.json``); paths resolve beside it and may
    come from its folder or the current directory (both named by the command line)."""
    from jsonschema import Draft202012Validator

    from ..contracts.policy import Policy
    from ..contracts.schemas import load_schema

    limits = policy or Policy()
    data: Any = read_input_json(path, "request", max_bytes=limits.max_input_file_bytes)
    errors = list(Draft202012Validator(load_schema("request")).iter_errors(data))
    if errors:
        first = errors[0]
        where = "/".join(str(p) for p in first.absolute_path) or "(top level)"
        raise RequestError(f"request file {str(path)!r}: {where}: {first.message[:300]}")
    return parse_request(data["text"], data.get("attachments", []), base_dir=path.parent,
                         roots=[Path.cwd(), path.parent], trust_attachments=False, store=store, policy=limits)


def print_exported(out: Path | None, *, as_json: bool) -> None:
    if out is not None and not as_json:
        typer.echo(f"outputs copied to {out} (manifest.json lists them)")


# -- bounded input, safe output (issue 12.5/12.6/12.10) ------------------------------------------
#: Largest plan, request, batch or script file read (bytes); ``policy.max_input_file_bytes`` overrides it.
DEFAULT_MAX_INPUT_BYTES = 8 << 20


def read_input_bytes(path: str | Path, what: str, *, max_bytes: int = DEFAULT_MAX_INPUT_BYTES) -> bytes:
    """The bytes of a regular file of at most ``max_bytes``; ``RequestError`` otherwise."""
    p = Path(path)
    try:
        info = os.stat(p)
    except FileNotFoundError:
        raise RequestError(f"{what} file {str(p)!r} does not exist") from None
    except OSError as exc:
        raise RequestError(f"{what} file {str(p)!r} cannot be read: {exc.strerror}") from None
    if stat.S_ISDIR(info.st_mode):
        raise RequestError(f"{what} file {str(p)!r} is a directory; expected a file")
    if not stat.S_ISREG(info.st_mode):
        # a FIFO would block, /dev/zero never ends: refuse before opening
        raise RequestError(f"{what} file {str(p)!r} is not a regular file (a pipe or device); expected a file")
    if info.st_size > max_bytes:
        raise RequestError(f"{what} file {str(p)!r} is {info.st_size:,} bytes; the limit is {max_bytes:,} "
                           "(raise `policy.max_input_file_bytes` in the config if it is meant to be this big)")
    try:
        with open(p, "rb") as fh:
            data = fh.read(max_bytes + 1)
    except OSError as exc:
        raise RequestError(f"{what} file {str(p)!r} cannot be read: {exc.strerror}") from None
    if len(data) > max_bytes:  # it grew while we looked
        raise RequestError(f"{what} file {str(p)!r} is larger than the limit of {max_bytes:,} bytes")
    return data


def decode_utf8(data: bytes, where: str) -> str:
    """``data`` as UTF-8; a one-line error naming the first bad byte otherwise."""
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise RequestError(f"{where} is not UTF-8 text: byte 0x{data[exc.start]:02x} at offset {exc.start} "
                           "cannot be decoded; save it as UTF-8") from None


def read_input_text(path: str | Path, what: str, *, max_bytes: int = DEFAULT_MAX_INPUT_BYTES) -> str:
    return decode_utf8(read_input_bytes(path, what, max_bytes=max_bytes), f"{what} file {str(path)!r}")


def parse_json_text(text: str, where: str) -> Any:
    """``json.loads`` with every failure (syntax, depth, huge integers) as one line."""
    try:
        return json.loads(text, parse_constant=_refuse_constant)
    except _NotJSONError as exc:
        raise RequestError(f"{where} is not JSON: {exc}") from None
    except json.JSONDecodeError as exc:
        raise RequestError(f"{where} is not JSON: line {exc.lineno} column {exc.colno}: {exc.msg}") from None
    except RecursionError:
        raise RequestError(f"{where} is nested too deeply to be a plan or request") from None
    except ValueError as exc:  # e.g. an integer with more digits than Python converts
        if "integer string conversion" in str(exc):
            raise RequestError(f"{where} holds an integer thousands of digits long; no size, count or seed needs "
                               "more than 19 digits") from None
        raise RequestError(f"{where} holds a value that cannot be read: {str(exc).splitlines()[0]}") from None


class _NotJSONError(ValueError):
    pass


def _refuse_constant(name: str) -> Any:
    # Python's json reads NaN and Infinity, which JSON does not have and no size or count can be
    raise _NotJSONError(f"{name} is not a JSON value (write a number)")


def read_input_json(path: str | Path, what: str, *, max_bytes: int = DEFAULT_MAX_INPUT_BYTES) -> Any:
    text = read_input_text(path, what, max_bytes=max_bytes)
    return parse_json_text(text, f"{what} file {str(path)!r}")


def iter_jsonl(path: str | Path, what: str = "batch", *, max_bytes: int = DEFAULT_MAX_INPUT_BYTES) -> Iterator[dict[str, Any]]:
    """Records of a JSONL file; a bad line is ``{"id": "line-N", "_error": message}``."""
    data = read_input_bytes(path, what, max_bytes=max_bytes)
    for n, raw in enumerate(data.split(b"\n"), 1):
        if not raw.strip():
            continue
        where = f"{what} file {str(path)!r} line {n}"
        try:
            record = parse_json_text(decode_utf8(raw, where), where)
            if not isinstance(record, dict):
                raise RequestError(f"{where} is not a JSON object")
        except RequestError as exc:
            yield {"id": f"line-{n}", "_error": str(exc)}
            continue
        record.setdefault("id", f"line-{n}")
        yield record


def check_cli_text(text: str, what: str = "request text") -> str:
    """Refuse text that is not valid UTF-8 (Python keeps undecodable argv bytes as surrogates)."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError as exc:
        bad = text[exc.start].encode("utf-8", "surrogateescape")
        raise RequestError(f"the {what} is not valid UTF-8: byte 0x{bad[0]:02x} at character {exc.start}; "
                           "pass UTF-8 text (check the terminal's or file's encoding)") from None
    return text


_CONTROL = {c: f"\\x{c:02x}" for c in [*range(0x20), *range(0x7f, 0xa0)]}
_CONTROL.update({0x0A: "\\n", 0x0D: "\\r", 0x09: "\\t"})


def escape_controls(text: str, *, keep_newlines: bool = False) -> str:
    """Control characters (ANSI escapes, NUL, ...) as visible ``\\xNN`` escapes, so model text
    cannot move the cursor, recolour the terminal or hide what came before it."""
    table = dict(_CONTROL)
    if keep_newlines:
        table.pop(0x0A)
    return text.translate(table)


# -- shared by the commands that plan or run (issue 12.9/12.10) ------------------------------------
def explicit_config(profile: str | None, config_path: Path | None) -> bool:
    """Whether the command line or environment chose a profile or configuration file."""
    return bool(profile or config_path or os.environ.get("UNISON_PROFILE") or os.environ.get("UNISON_CONFIG"))


def remembered_config(config: Any, session: str | None, *, explicit: bool) -> tuple[Any, str | None]:
    """The configuration ``session`` last ran with, when the command names none, and a note
    saying so; otherwise ``config`` unchanged. ``UNISON_*`` device/dtype/memory/planner
    variables still apply on top."""
    from pydantic import ValidationError

    from ..config import Config
    from ..sessions.index import SessionIndex

    if session is None or explicit:
        return config, None
    stored = SessionIndex(config.session_root).config_of(session)
    if not stored:
        return config, None
    data = {**stored, "home": str(config.home)}
    for var, key in (("UNISON_DEVICE", "device"), ("UNISON_DTYPE", "dtype"),
                     ("UNISON_MEMORY_BUDGET_GB", "memory_budget_gb"), ("UNISON_PLANNER", "planner")):
        if os.environ.get(var):
            data[key] = os.environ[var]
    try:
        restored = Config.model_validate(data)
    except ValidationError:
        return config, f"note: session {session!r}'s stored configuration no longer loads; using profile {config.profile!r}"
    if restored == config:
        return config, None  # nothing to say: it is what this command would use anyway
    return restored, (f"session {session!r} continues with its profile {restored.profile!r} "
                      "(pass --profile or --config to change it)")


def plan_lines(plan: dict[str, Any]) -> list[str]:
    """One line per step: id, tool:task and its arguments (references as written)."""
    lines = []
    for step in plan.get("steps", []):
        args = json.dumps(step.get("args", {}), sort_keys=True)  # json escapes control characters
        lines.append(f"  {step.get('id')} {step.get('tool')}:{step.get('task')} {args}")
    for warning in plan.get("warnings", []) or []:
        lines.append(f"  note: {escape_controls(str(warning))}")
    return lines
