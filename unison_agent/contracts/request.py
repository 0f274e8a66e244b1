"""Requests: text plus ordered attachments.

Attachments come inline as ``###path###`` (the reference release's convention, numbered in
order of appearance) and/or passed separately (appended after the inline ones). Each one's
media kind is detected from its content. In the text the planner sees, every inline marker is
replaced by a typed placeholder such as ``<image 0>``.
"""

from __future__ import annotations

import re
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field

from ..runtime.media import detect_kind
from .tasks import MediaKind

INLINE_PATTERN = re.compile(r"###(.+?)###")


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
    attachments: list[str | Path] | None = None,
    *,
    base_dir: str | Path | None = None,
) -> Request:
    """Build a ``Request``: find inline markers, append separate attachments, detect kinds.

    Relative paths resolve against ``base_dir`` (default: the current directory). A missing,
    unreadable or unsupported file raises ``RequestError`` naming it.
    """
    base = Path(base_dir) if base_dir is not None else Path.cwd()
    found: list[Attachment] = []

    def add(raw: str | Path, inline: bool) -> Attachment:
        p = Path(str(raw).strip()).expanduser()
        p = p if p.is_absolute() else base / p
        att = Attachment(index=len(found), path=str(p.resolve()), kind=detect_kind(p), inline=inline)
        found.append(att)
        return att

    def replace(match: re.Match[str]) -> str:
        att = add(match.group(1), inline=True)
        return placeholder(att.kind, att.index)

    shown = INLINE_PATTERN.sub(replace, text)
    for extra in attachments or []:
        add(extra, inline=False)
    return Request(text=shown, raw_text=text, attachments=found)
