"""Requests: text plus ordered attachments.

Attachments come inline as ``###path###`` (the reference release's convention, numbered in
order of appearance) and/or passed separately (appended after the inline ones). Each one's
media kind is detected from its content, and the file is decoded once, so a corrupt file is
refused by its own name before anything is copied. In the text the planner sees, every inline
marker is replaced by a typed placeholder such as ``<image 0>``.

Only a ``###…###`` that names an existing file, or looks like a path (no spaces around it, and a
``/`` or a media suffix such as ``.png``), is an attachment; ``### Summary ###`` stays text. A
near miss (``##cat.png##``, or ``###cat###`` beside ``cat.png``) is refused with a hint.

Where files may come from (issue 12.2): with ``roots``, every path must resolve (symlinks
followed) inside one of them — a folder or a single file; an empty ``roots`` accepts no paths at
all, only ``$artifact.<id>`` (resolved through ``store``; files already in the store are always
fine). Front doors pass their roots: the CLI the current directory plus the files named on its
command line, the agent's tool, node and subgraph none.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from pydantic import BaseModel, ConfigDict, Field

from ..runtime.media import detect_kind, verify_media
from .errors import RequestError
from .tasks import MediaKind

if TYPE_CHECKING:
    from ..runtime.artifacts import ArtifactStore
    from .policy import Policy

INLINE_PATTERN = re.compile(r"###(.+?)###")
#: ``##x.png##``, ``####x.png####``: a marker with the wrong number of ``#`` (checked for hints).
NEAR_MISS_PATTERN = re.compile(r"(?<!#)(#{2,})([^#\s]+?)(#{2,})(?!#)")
MEDIA_SUFFIXES = frozenset({".png", ".jpg", ".jpeg", ".gif", ".bmp", ".webp", ".tif", ".tiff", ".heic", ".avif",
                            ".mp4", ".mov", ".avi", ".webm", ".mkv", ".m4v"})
ARTIFACT_MARKER = re.compile(r"\$artifact\.([0-9a-f]{8,64})")


class Attachment(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    index: int = Field(ge=0, description="Position among the request's attachments (0-based).")
    path: str
    kind: MediaKind
    inline: bool = Field(description="True if it came from a ###path### marker in the text.")


class Request(BaseModel):
    model_config = ConfigDict(extra="forbid")

    text: str = Field(description="The request with inline markers replaced by placeholders.")
    raw_text: str = Field(description="The request exactly as given.")
    attachments: list[Attachment] = Field(default_factory=list)

    def placeholder(self, index: int) -> str:
        return placeholder(self.attachments[index].kind, index)


def placeholder(kind: str, index: int) -> str:
    return f"<{kind} {index}>"


def parse_request(
    text: str,
    attachments: Sequence[str | Path] | None = None,
    *,
    base_dir: str | Path | None = None,
    roots: Sequence[str | Path] | None = None,
    trust_attachments: bool = True,
    store: ArtifactStore | None = None,
    policy: Policy | None = None,
) -> Request:
    """Build a ``Request``: find inline markers, append separate attachments, detect kinds.

    Args:
        base_dir: where relative paths resolve (default: the current directory).
        roots: folders or files every attachment path must resolve inside; ``None``: no
            restriction (the caller vouches for the text); empty: no file paths at all.
        trust_attachments: the separate ``attachments`` were named by the caller (a command
            line, program code), so they are allowed wherever they are; ``False`` (a model's
            tool call) holds them to ``roots`` like the text's markers.
        store: resolves ``$artifact.<id>`` attachments; files inside it are always accepted.
        policy: caps on text length and attachment count (default ``Policy()``).

    Raises:
        RequestError: naming the attachment: missing, outside the roots, unsupported or corrupt.
    """
    from .caps import request_text_problem
    from .policy import Policy

    limits = policy or Policy()
    if problem := request_text_problem(text, limits):
        raise RequestError(problem)
    base = Path(base_dir) if base_dir is not None else Path.cwd()
    named = [Path(str(a).strip()).expanduser() for a in attachments or [] if not _artifact_id(str(a))]
    allowed = None if roots is None else list(dict.fromkeys(_resolved(Path(r), base) for r in roots))
    if allowed is not None and trust_attachments:
        allowed += [_resolved(p, base) for p in named]
    found: list[Attachment] = []

    def add(raw: str, inline: bool) -> Attachment:
        if len(found) >= limits.max_attachments:
            raise RequestError(f"the request has more than {limits.max_attachments} attachments "
                               "(`policy.max_attachments`)")
        path, kind = _locate(raw, base, allowed, store)
        att = Attachment(index=len(found), path=str(path), kind=kind, inline=inline)
        found.append(att)
        return att

    def replace(match: re.Match[str]) -> str:
        raw = match.group(1)
        if (raw.startswith("#") or raw.endswith("#")) and allowed != []:  # "####cat.png####": one # too many
            name, end = raw.strip("#"), match.end()
            while end < len(text) and text[end] == "#":
                end += 1
            if _looks_like_path(name):
                raise RequestError(f"{text[match.start():end]!r} in the request looks like an attachment; write "
                                   f"###{name}### (three # on each side) to attach it, or drop the #s")
        if not _is_attachment(raw, base, allowed):
            return match.group(0)  # text such as "### Summary ###"
        att = add(match.group(1), inline=True)
        return placeholder(att.kind, att.index)

    shown = INLINE_PATTERN.sub(replace, text)
    _refuse_near_misses(shown, base, allowed)
    for extra in attachments or []:
        add(str(extra), inline=False)
    return Request(text=shown, raw_text=text, attachments=found)


def _artifact_id(raw: str) -> str | None:
    m = ARTIFACT_MARKER.fullmatch(raw.strip())
    return m.group(1) if m else None


def _resolved(path: Path, base: Path) -> Path:
    p = path.expanduser()
    return (p if p.is_absolute() else base / p).resolve()


def _looks_like_path(raw: str) -> bool:
    if raw != raw.strip() or not raw or any(c.isspace() for c in raw):
        return False
    return "/" in raw or "\\" in raw or raw.startswith("~") or Path(raw).suffix.lower() in MEDIA_SUFFIXES


def _is_attachment(raw: str, base: Path, allowed: list[Path] | None) -> bool:
    if _artifact_id(raw) or _looks_like_path(raw):
        return True
    if allowed == []:
        return False  # no file system here: "### Summary ###" is text
    try:
        return bool(raw.strip()) and _resolved(Path(raw.strip()), base).is_file()
    except (OSError, ValueError):
        return False


def _locate(raw: str, base: Path, allowed: list[Path] | None, store: ArtifactStore | None) -> tuple[Path, MediaKind]:
    """The file for one attachment and its media kind, after every check."""
    if (art_id := _artifact_id(raw)) is not None:
        return _from_store(art_id, store)
    given = Path(raw.strip()).expanduser()
    path = _resolved(given, base)
    if store is not None and store.root in path.parents:
        pass  # one of our own artifacts (symlinks resolved: it really is in the store)
    elif allowed == []:
        raise RequestError(f"attachment {raw.strip()!r}: file paths are not accepted here; send the media as bytes "
                           "(a base64 content block) or name a stored artifact as $artifact.<id>")
    elif allowed is not None and not any(path == root or root in path.parents for root in allowed):
        link = " (through a symbolic link)" if _has_symlink(given, base) else ""
        folders = ", ".join(repr(str(r)) for r in allowed) or "none"
        raise RequestError(f"attachment {raw.strip()!r} resolves to {str(path)!r}{link}, outside the allowed input "
                           f"folders ({folders}); name the file explicitly (`-i PATH` on the command line) or add its "
                           "folder to `input_roots` in the config")
    kind = detect_kind(path)
    verify_media(path, kind)
    return path, kind


def _has_symlink(given: Path, base: Path) -> bool:
    p = given if given.is_absolute() else base / given
    return any(q.is_symlink() for q in [p, *p.parents])


def _from_store(art_id: str, store: ArtifactStore | None) -> tuple[Path, MediaKind]:
    if store is None:
        raise RequestError(f"$artifact.{art_id} cannot be attached here: no artifact store")
    try:
        art = store.get(art_id)
    except (KeyError, ValueError) as exc:
        raise RequestError(f"$artifact.{art_id}: {exc}") from None
    except Exception as exc:  # UserError for a malformed id
        raise RequestError(f"$artifact.{art_id}: {exc}") from None
    if art.kind not in ("image", "video"):
        raise RequestError(f"$artifact.{art_id} is {art.kind}, not an image or video")
    return store.inside(art.path), art.kind  # type: ignore[return-value]  # kind checked just above


def _refuse_near_misses(text: str, base: Path, allowed: list[Path] | None) -> None:
    """A marker with the wrong number of ``#``, or ``###name###`` beside ``name.png``: refuse with a hint."""
    for m in NEAR_MISS_PATTERN.finditer(text):
        raw = m.group(2)
        if (len(m.group(1)), len(m.group(3))) != (3, 3) and _looks_like_path(raw):
            raise RequestError(f"{m.group(0)!r} in the request looks like an attachment; write ###{raw}### "
                               "(three # on each side) to attach it, or drop the #s")
    if allowed == []:
        return
    for m in INLINE_PATTERN.finditer(text):
        raw = m.group(1)
        if raw != raw.strip() or not raw or any(c in raw for c in "*?[]/\\"):
            continue
        try:
            near = sorted(p.name for p in base.glob(f"{raw}.*") if p.suffix.lower() in MEDIA_SUFFIXES)
        except (OSError, ValueError):
            continue
        if near:
            raise RequestError(f"###{raw}### names no file; did you mean ###{near[0]}###?")
