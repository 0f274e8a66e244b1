"""Outputs people can find: a turn's artifacts copied to a folder with readable names.

The content-addressed store stays the source of truth (``objects/ab/ab12….png`` is what every
reference resolves to); ``export_outputs`` only copies, so the folder can be moved, shared or
deleted. Names are ``<session>-t<turn>-<step>-<slug><suffix>`` (the slug from the step's prompt
or question, else the request); ``manifest.json`` in the folder lists, per turn, the request,
the plan, and each file with its artifact id, kind, step and metadata. Exporting the same turn
again replaces its entry, so re-running after a crash leaves one consistent manifest.

Key parts:
- ``export_outputs(result, out_dir)``: copy one turn's outputs, update the manifest; returns the files.
- ``slug(text)``: a short, file-name-safe version of a text.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import tempfile
import time
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ..executor.results import RunResult

MANIFEST = "manifest.json"
_SUFFIX = {"image": ".png", "video": ".mp4", "text": ".txt", "file": ""}


def slug(text: str, *, limit: int = 40) -> str:
    words = re.findall(r"[a-z0-9]+", text.lower())
    out = "-".join(words)[:limit].strip("-")
    return out or "output"


def _step_words(result: RunResult, step_id: str) -> str:
    for step in (result.plan or {}).get("steps", []):
        if step.get("id") == step_id:
            args = step.get("args") or {}
            for key in ("prompt", "question", "text"):
                if isinstance(args.get(key), str) and args[key].strip():
                    return str(args[key])
    return result.request


def export_outputs(result: RunResult, out_dir: str | Path) -> list[Path]:
    """Copy the turn's outputs into ``out_dir`` and record them in ``manifest.json`` there."""
    folder = Path(out_dir).expanduser()
    folder.mkdir(parents=True, exist_ok=True)
    files: list[dict[str, Any]] = []
    written: list[Path] = []
    for step in result.steps:
        for n, art in enumerate(step.outputs):
            suffix = Path(art.path).suffix or _SUFFIX.get(art.kind, "")
            extra = f"-{art.name or n}" if len(step.outputs) > 1 else ""
            name = f"{result.session}-t{result.turn}-{step.id}{extra}-{slug(_step_words(result, step.id))}{suffix}"
            target = folder / name
            if art.kind == "text" and art.value is not None and not Path(art.path).is_file():
                target.write_text(art.value, encoding="utf-8")
            else:
                shutil.copyfile(art.path, target)
            written.append(target)
            files.append({"file": name, "artifact": art.id, "ref": art.ref(), "kind": art.kind, "step": step.id,
                          "name": art.name, "store_path": str(art.path), "metadata": art.metadata,
                          **({"text": art.value} if art.kind == "text" else {})})
    _update_manifest(folder, result, files)
    return written


def _update_manifest(folder: Path, result: RunResult, files: list[dict[str, Any]]) -> None:
    path = folder / MANIFEST
    try:
        manifest = json.loads(path.read_text(encoding="utf-8")) if path.is_file() else {}
    except ValueError:
        manifest = {}
    turns = [t for t in manifest.get("turns", []) if (t.get("session"), t.get("turn")) != (result.session, result.turn)]
    turns.append({
        "session": result.session, "turn": result.turn, "exported": time.time(), "request": result.request,
        "status": result.status, "plan": result.plan, "outputs": files,
        "errors": {s.id: s.error or s.reason for s in result.steps if not s.ok},
    })
    turns.sort(key=lambda t: (str(t.get("session")), int(t.get("turn", 0))))
    data = {"version": "1", "turns": turns}
    fd, tmp = tempfile.mkstemp(dir=folder, prefix=".manifest-", suffix=".json")  # atomic: never a half manifest
    with os.fdopen(fd, "w", encoding="utf-8") as fh:
        json.dump(data, fh, indent=1, default=str)
    os.chmod(tmp, 0o644)  # mkstemp makes it owner-only; a manifest is for sharing
    os.replace(tmp, path)
