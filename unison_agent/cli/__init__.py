"""The ``unison`` command.

Each ``*_cmd.py`` module in this package adds its commands through ``register(app)``; they
are discovered here, so a new command is a new file. Errors this package raises on purpose
(``UnisonError``) print as one line and exit 1; they never show a traceback.
"""

from __future__ import annotations

import importlib
import os
import pkgutil
import sys
import warnings

import typer

from ..contracts.errors import PlanValidationError, UnisonError

app = typer.Typer(
    name="unison",
    help="Plan multimodal requests into validated tool calls, and run them.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    context_settings={"help_option_names": ["-h", "--help"]},
)


def _load_commands() -> None:
    for info in sorted(pkgutil.iter_modules(__path__), key=lambda m: m.name):
        if info.name.endswith("_cmd"):
            importlib.import_module(f"{__name__}.{info.name}").register(app)


_load_commands()


def main(argv: list[str] | None = None) -> int:
    """Entry point; returns the exit code (tests call it in-process).

    Every failure is one line on stderr (a usage error adds the usage line): errors we raise on
    purpose, usage errors, a damaged session database, and — as a last resort — anything
    unexpected (``UNISON_DEBUG=1`` shows its traceback instead).
    """
    from ._common import escape_controls

    if not os.environ.get("UNISON_DEBUG"):
        # the model libraries' deprecation notes (e.g. transformers' `is_gradient_checkpointing`) are
        # for their callers' authors; a person running a command can do nothing about them
        warnings.filterwarnings("ignore", category=FutureWarning, module=r"(transformers|diffusers|accelerate)(\.|$)")

    def fail(message: str, code: int = 1) -> int:
        typer.echo(f"Error: {escape_controls(message, keep_newlines=True)}", err=True)
        return code

    try:
        # without standalone mode click returns a command's Exit code instead of raising it
        rc = app(args=argv, prog_name="unison", standalone_mode=False)
    except PlanValidationError as exc:
        return fail(str(exc))
    except UnisonError as exc:
        return fail(str(exc))
    except typer.Exit as exc:
        return int(exc.exit_code or 0)
    except typer.Abort:
        typer.echo("Aborted.", err=True)
        return 130
    except KeyboardInterrupt:
        typer.echo("Interrupted; finished artifacts are kept.", err=True)
        return 130
    except typer.TyperException as exc:  # click's usage errors (typer vendors click, so match by shape)
        code = fail(_usage_message(exc), int(getattr(exc, "exit_code", 2)))
        ctx = getattr(exc, "ctx", None)
        if ctx is not None:
            typer.echo(f"{ctx.get_usage()}  (see '{ctx.command_path} -h')", err=True)
        return code
    except Exception as exc:
        if os.environ.get("UNISON_DEBUG"):
            raise
        import sqlite3

        if isinstance(exc, sqlite3.Error):
            return fail(f"the session database failed: {exc}; if it keeps failing, `unison session repair` checks "
                        "and repairs it")
        first = str(exc).strip().splitlines()[0][:300] if str(exc).strip() else ""
        return fail(f"unexpected {type(exc).__name__}: {first} (a bug in unison; UNISON_DEBUG=1 shows where)")
    return rc if isinstance(rc, int) else 0


def _usage_message(exc: Exception) -> str:
    """Click's message, with what to do for the usual slips."""
    format_message = getattr(exc, "format_message", None)
    message = format_message() if callable(format_message) else str(exc)
    param = getattr(exc, "param", None)
    if type(exc).__name__ == "MissingParameter" and getattr(param, "name", None) == "text":
        return "missing the request text. Give it in quotes, e.g. unison run \"a red fox in the snow\"."
    return str(message)


if __name__ == "__main__":
    sys.exit(main())
