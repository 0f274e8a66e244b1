"""Human-readable reports of a scripted session: Markdown and a self-contained HTML page,
with thumbnails of images and of the first frame of videos.

Key parts:
- ``thumbnail(artifact, folder)``: a small PNG beside the report (``None`` for text).
- ``write_reports(outcome, out_dir)``: ``report.md`` (thumbnails as files in ``thumbs/``) and
  ``report.html`` (thumbnails inlined, so the one file can be attached to a CI run).
"""

from __future__ import annotations

import base64
import html
from pathlib import Path
from typing import TYPE_CHECKING

from ..runtime.artifacts import Artifact

if TYPE_CHECKING:
    from .script import ScriptOutcome, TurnOutcome

THUMB_SIZE = (192, 192)


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


def write_reports(outcome: ScriptOutcome, out_dir: str | Path) -> tuple[Path, Path]:
    out = Path(out_dir)
    thumbs = out / "thumbs"
    md = out / "report.md"
    page = out / "report.html"
    md.write_text(_markdown(outcome, thumbs, out), encoding="utf-8")
    page.write_text(_html(outcome, thumbs), encoding="utf-8")
    return md, page


def _verdict(turn: TurnOutcome) -> str:
    return "PASS" if turn.passed else "FAIL"


def _markdown(outcome: ScriptOutcome, thumbs: Path, out: Path) -> str:
    passed = sum(t.passed for t in outcome.turns)
    lines = [f"# Session script: {outcome.name}", "",
             f"- session: `{outcome.session}`", f"- script: `{outcome.script}`",
             f"- result: **{'PASS' if outcome.passed else 'FAIL'}** ({passed}/{len(outcome.turns)} turns passed)", ""]
    for turn in outcome.turns:
        lines += [f"## Turn {turn.index}: {_verdict(turn)}", "", f"> {turn.text}", ""]
        if turn.error:
            lines += [f"**Error:** {turn.error}", ""]
        lines += [f"- expectation failed: {f}" for f in turn.failures]
        result = turn.result
        if result is None:
            lines.append("")
            continue
        lines += [f"- status: `{result.status}` in {turn.seconds:.2f} s", ""]
        lines += ["| step | task | tool | status | output |", "|---|---|---|---|---|"]
        for step in result.steps:
            cells = []
            for art in step.outputs:
                thumb = thumbnail(art, thumbs)
                if thumb is not None:
                    cells.append(f"![{step.id}]({thumb.relative_to(out).as_posix()}) `{Path(art.path).name}`")
                else:
                    cells.append(_md_escape(art.value or art.path))
            detail = " ".join(cells) or _md_escape(step.error or step.reason or "")
            lines.append(f"| {step.id} | {step.task} | {step.tool} | {step.status} | {detail} |")
        if result.answer:
            lines += ["", f"**Answer:** {result.answer}"]
        lines.append("")
    return "\n".join(lines) + "\n"


def _md_escape(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def _html(outcome: ScriptOutcome, thumbs: Path) -> str:
    e = html.escape
    verdict = "PASS" if outcome.passed else "FAIL"
    parts = [
        "<!doctype html><html><head><meta charset='utf-8'>",
        f"<title>{e(outcome.name)}: {verdict}</title>",
        "<style>body{font-family:sans-serif;max-width:960px;margin:2em auto}"
        ".PASS{color:#176f2c}.FAIL{color:#b3261e}table{border-collapse:collapse}"
        "td,th{border:1px solid #ccc;padding:4px 8px;vertical-align:top}img{max-width:192px}</style></head><body>",
        f"<h1>{e(outcome.name)} <span class='{verdict}'>{verdict}</span></h1>",
        f"<p>session <code>{e(outcome.session)}</code> · script <code>{e(outcome.script)}</code></p>",
    ]
    for turn in outcome.turns:
        v = _verdict(turn)
        parts.append(f"<h2>Turn {turn.index} <span class='{v}'>{v}</span></h2><blockquote>{e(turn.text)}</blockquote>")
        if turn.error:
            parts.append(f"<p class='FAIL'>Error: {e(turn.error)}</p>")
        if turn.failures:
            parts.append("<ul>" + "".join(f"<li class='FAIL'>{e(f)}</li>" for f in turn.failures) + "</ul>")
        if turn.result is None:
            continue
        parts.append("<table><tr><th>step</th><th>task</th><th>tool</th><th>status</th><th>output</th></tr>")
        for step in turn.result.steps:
            cells = []
            for art in step.outputs:
                thumb = thumbnail(art, thumbs)
                if thumb is not None:
                    data = base64.b64encode(thumb.read_bytes()).decode()
                    cells.append(f"<img alt='{e(step.id)}' src='data:image/png;base64,{data}'><br><code>{e(art.path)}</code>")
                else:
                    cells.append(e(art.value or art.path))
            detail = "".join(cells) or e(step.error or step.reason or "")
            parts.append(f"<tr><td>{e(step.id)}</td><td>{e(step.task)}</td><td>{e(step.tool)}</td>"
                         f"<td>{e(step.status)}</td><td>{detail}</td></tr>")
        parts.append("</table>")
        if turn.result.answer:
            parts.append(f"<p><b>Answer:</b> {e(turn.result.answer)}</p>")
    parts.append("</body></html>")
    return "\n".join(parts)
