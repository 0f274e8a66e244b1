"""Helpers the commands share.

Bounded input (issue 12.5/12.6): files the commands read are regular files under a size cap
(a FIFO, ``/dev/zero`` or a directory is refused before anything is read), decoded as strict
UTF-8, with every failure a one-line ``RequestError`` naming the file and saying what was
expected. Text from the command line is checked the same way, and model text printed to a
terminal has its control characters escaped.

Key parts:
- ``read_input_bytes`` / ``read_input_text`` / ``read_input_json``: one file, bounded.
- ``iter_jsonl(path)``: the records of a JSONL file; a bad line (not UTF-8, not JSON, too deep)
  becomes its own error record, so the rest of a batch goes on.
- ``check_cli_text(text, what)``: refuse text that is not valid UTF-8 (undecodable bytes in argv).
- ``escape_controls(text)``: control characters as visible escapes.
"""

from __future__ import annotations

import json
import os
import stat
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from ..contracts.errors import RequestError

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
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise RequestError(f"{where} is not JSON: line {exc.lineno} column {exc.colno}: {exc.msg}") from None
    except RecursionError:
        raise RequestError(f"{where} is nested too deeply to be a plan or request") from None
    except ValueError as exc:  # e.g. an integer with more digits than Python converts
        raise RequestError(f"{where} holds a value that cannot be read: {str(exc).splitlines()[0]}") from None


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
