"""Human-readable reports of a session: Markdown and a self-contained HTML page.

Each turn shows its request, then one row per step: task, tool, its arguments (references
as written, so ``$turn.-1`` shows where an input came from), status, and what it made —
image thumbnails, videos as ``<video>`` (with the first frame as poster), text answers, or
the error. Long paths wrap. Outputs of the ``tiny`` profile are flagged as the noise they are.

Key parts:
- ``thumbnail(artifact, folder)``: a small PNG beside the report (``None`` for text).
- ``write_reports(outcome, out_dir)``: ``report.md`` (thumbnails as files in ``thumbs/``) and
  ``report.html`` (thumbnails inlined, so the one file can be attached to a CI run).
(``sessions.history_report.write_session_report`` writes the same for any session, from its history.)
"""

from __future__ import annotations

import base64
import html
import json
import os
from pathlib import Path
from typing import TYPE_CHECKING

from ..executor.results import RunResult
from ..runtime.artifacts import Artifact

if TYPE_CHECKING:
    from .script import ScriptOutcome, TurnOutcome

THUMB_SIZE = (192, 192)
NOISE_NOTE = ("These outputs come from the tiny profile's random-weight models: they are noise by design; "
              "the planner, executor, pipelines and files that made them are the real ones.")
_CSS = ("body{font-family:sans-serif;max-width:1100px;margin:2em auto}.PASS{color:#176f2c}.FAIL{color:#b3261e}"
        "table{border-collapse:collapse;width:100%}td,th{border:1px solid #ccc;padding:4px 8px;vertical-align:top}"
        "img,video{max-width:192px;display:block}code{word-break:break-all;white-space:pre-wrap}"
        ".note{background:#fff6d5;padding:6px 10px;border-left:4px solid #e0b000}")


def thumbnail(art: Artifact, folder: Path) -> Path | None:
    """Write (once) and return a PNG thumbnail of an image or a video's first frame."""
    if art.kind not in ("image", "video"):
        return None
    target = folder / f"{art.id[:16]}.png"
    if target.is_file():
        return target
    try:
        if art.kind == "image":
            from ..runtime.media import load_image

            frame = load_image(art.path)
        else:
            from ..runtime.media import load_video

            frame = load_video(art.path, max_frames=1)[0][0]
    except Exception:  # a broken artifact gets no thumbnail; the report still names its path
        return None
    frame.thumbnail(THUMB_SIZE)
    folder.mkdir(parents=True, exist_ok=True)
    frame.save(target, format="PNG")
    return target


def write_reports(outcome: ScriptOutcome, out_dir: str | Path, *, title: str | None = None) -> tuple[Path, Path]:
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    thumbs = out / "thumbs"
    md = out / "report.md"
    page = out / "report.html"
    title = title or f"Session script: {outcome.name}"
    exported = _exported_files(out)
    md.write_text(_markdown(outcome, thumbs, out, title, exported), encoding="utf-8")
    page.write_text(_html(outcome, thumbs, out, title, exported), encoding="utf-8")
    return md, page


def _exported_files(out: Path) -> dict[str, str]:
    """Artifact id -> file name of the copies ``--out`` made in this folder (``manifest.json``)."""
    try:
        manifest = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return {f["artifact"]: f["file"] for t in manifest.get("turns", []) for f in t.get("outputs", [])
            if isinstance(f, dict) and "artifact" in f and "file" in f}


def _link(art: Artifact, out: Path, exported: dict[str, str]) -> str:
    """Where the report finds the file: the exported copy beside it, else the store file."""
    if art.id in exported:
        return exported[art.id]
    try:
        return Path(os.path.relpath(art.path, out)).as_posix()
    except ValueError:  # another drive (Windows)
        return Path(art.path).as_uri()


def _is_noise(outcome: ScriptOutcome) -> bool:
    return any(a.metadata.get("noise") for t in outcome.turns if t.result for a in t.result.artifacts)


def _verdict(turn: TurnOutcome) -> str:
    return "PASS" if turn.passed else "FAIL"


def _args(step_id: str, result: RunResult) -> str:
    for step in (result.plan or {}).get("steps", []):
        if step.get("id") == step_id:
            return json.dumps(step.get("args", {}), sort_keys=True)
    return ""


def _markdown(outcome: ScriptOutcome, thumbs: Path, out: Path, title: str, exported: dict[str, str]) -> str:
    passed = sum(t.passed for t in outcome.turns)
    lines = [f"# {title}", "", f"- session: `{outcome.session}`"]
    if outcome.script:
        lines += [f"- script: `{outcome.script}`",
                  f"- result: **{'PASS' if outcome.passed else 'FAIL'}** ({passed}/{len(outcome.turns)} turns passed)"]
    if _is_noise(outcome):
        lines += ["", f"> **Note:** {NOISE_NOTE}"]
    lines.append("")
    for turn in outcome.turns:
        head = f"## Turn {turn.index}: {_verdict(turn)}" if outcome.script else f"## Turn {turn.index}"
        lines += [head, "", f"> {_md_escape(turn.text)}", ""]
        if turn.error:
            lines += [f"**Error:** {_md_escape(turn.error)}", ""]
        lines += [f"- expectation failed: {_md_escape(f)}" for f in turn.failures]
        result = turn.result
        if result is None:
            lines.append("")
            continue
        lines += [f"- status: `{result.status}`" + (f" in {turn.seconds:.2f} s" if turn.seconds else ""), ""]
        lines += [f"- plan refused: {_md_escape(i['message'])}" for i in result.issues]
        lines += ["| step | task | tool | arguments | status | output |", "|---|---|---|---|---|---|"]
        for step in result.steps:
            cells = []
            for art in step.outputs:
                thumb = thumbnail(art, thumbs)
                link = _link(art, out, exported)
                if thumb is not None:
                    label = "video" if art.kind == "video" else Path(art.path).name
                    cells.append(f"![{step.id}]({thumb.relative_to(out).as_posix()}) [{label}]({link})")
                else:
                    cells.append(_md_escape(art.value or str(art.path)))
            detail = " ".join(cells) or _md_escape(step.error or step.reason or "")
            args = _md_escape(_args(step.id, result))
            lines.append(f"| {step.id} | {step.task} | {step.tool} | `{args}` | {step.status} | {detail} |")
        if result.answer:
            lines += ["", f"**Answer:** {_md_escape(result.answer)}"]
        lines.append("")
    return "\n".join(lines) + "\n"


def _md_escape(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ").replace("`", "'")


def _html(outcome: ScriptOutcome, thumbs: Path, out: Path, title: str, exported: dict[str, str]) -> str:
    e = html.escape
    verdict = "PASS" if outcome.passed else "FAIL"
    badge = f" <span class='{verdict}'>{verdict}</span>" if outcome.script else ""
    parts = [
        "<!doctype html><html><head><meta charset='utf-8'>",
        f"<title>{e(title)}{': ' + verdict if outcome.script else ''}</title>",
        f"<style>{_CSS}</style></head><body>",
        f"<h1>{e(title)}{badge}</h1>",
        f"<p>session <code>{e(outcome.session)}</code>"
        + (f" · script <code>{e(outcome.script)}</code>" if outcome.script else "") + "</p>",
    ]
    if _is_noise(outcome):
        parts.append(f"<p class='note'>{e(NOISE_NOTE)}</p>")
    for turn in outcome.turns:
        v = _verdict(turn)
        mark = f" <span class='{v}'>{v}</span>" if outcome.script else ""
        parts.append(f"<h2>Turn {turn.index}{mark}</h2><blockquote>{e(turn.text)}</blockquote>")
        if turn.error:
            parts.append(f"<p class='FAIL'>Error: {e(turn.error)}</p>")
        if turn.failures:
            parts.append("<ul>" + "".join(f"<li class='FAIL'>{e(f)}</li>" for f in turn.failures) + "</ul>")
        if turn.result is None:
            continue
        parts += [f"<p class='FAIL'>plan refused: {e(i['message'])}</p>" for i in turn.result.issues]
        parts.append("<table><tr><th>step</th><th>task</th><th>tool</th><th>arguments</th><th>status</th>"
                     "<th>output</th></tr>")
        for step in turn.result.steps:
            cells = [_html_output(art, step.id, thumbs, out, exported) for art in step.outputs]
            detail = "".join(cells) or e(step.error or step.reason or "")
            parts.append(f"<tr><td>{e(step.id)}</td><td>{e(step.task)}</td><td>{e(step.tool)}</td>"
                         f"<td><code>{e(_args(step.id, turn.result))}</code></td>"
                         f"<td>{e(step.status)}</td><td>{detail}</td></tr>")
        parts.append("</table>")
        if turn.result.answer:
            parts.append(f"<p><b>Answer:</b> {e(turn.result.answer)}</p>")
    parts.append("</body></html>")
    return "\n".join(parts)


def _html_output(art: Artifact, step_id: str, thumbs: Path, out: Path, exported: dict[str, str]) -> str:
    e = html.escape
    if art.kind == "text":
        return e(art.value or "")
    thumb = thumbnail(art, thumbs)
    data = f"data:image/png;base64,{base64.b64encode(thumb.read_bytes()).decode()}" if thumb is not None else ""
    path = f"<code>{e(str(art.path))}</code>"
    if art.kind == "video":
        poster = f" poster='{data}'" if data else ""
        return (f"<video controls muted loop preload='none'{poster} src='{e(_link(art, out, exported))}'></video>"
                f"{path}")
    if data:
        return f"<img alt='{e(step_id)}' src='{data}'>{path}"
    return path
