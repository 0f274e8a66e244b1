"""The ``unison`` command.

Each ``*_cmd.py`` module in this package adds its commands through ``register(app)``; they
are discovered here, so a new command is a new file. Errors this package raises on purpose
(``UnisonError``) print as one line and exit 1; they never show a traceback.
"""

from __future__ import annotations

import importlib
import pkgutil
import sys

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
    """Entry point; returns the exit code (tests call it in-process)."""
    try:
        # without standalone mode click returns a command's Exit code instead of raising it
        rc = app(args=argv, prog_name="unison", standalone_mode=False)
    except PlanValidationError as exc:
        typer.echo(f"Error: {exc}", err=True)
        return 1
    except UnisonError as exc:
        typer.echo(f"Error: {exc}", err=True)
        return 1
    except typer.Exit as exc:
        return int(exc.exit_code or 0)
    except typer.Abort:
        typer.echo("Aborted.", err=True)
        return 130
    except KeyboardInterrupt:
        typer.echo("Interrupted; finished artifacts are kept.", err=True)
        return 130
    except Exception as exc:  # click usage errors and the like
        import click

        if isinstance(exc, click.ClickException):
            exc.show()
            return exc.exit_code
        raise
    return rc if isinstance(rc, int) else 0


if __name__ == "__main__":
    sys.exit(main())
