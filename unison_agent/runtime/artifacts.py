"""Content-addressed artifact store.

Every file the system writes lives under one root: ``<root>/objects/<aa>/<sha256><suffix>``
with its metadata beside it as ``<sha256>.json``. Names are content hashes, so writing the
same bytes twice stores them once, and a finished artifact survives any later crash.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import tempfile
import time
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from ..contracts.errors import UserError

ArtifactKind = Literal["image", "video", "text", "file"]


class Artifact(BaseModel):
    """A stored output or input: small, JSON-serialisable, safe to keep in graph state."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    id: str = Field(description="sha256 of the content.")
    kind: ArtifactKind
    path: Path = Field(description="Absolute path of the file inside the store (a string in JSON).")
    value: str | None = Field(default=None, description="The text itself, for text artifacts.")
    step: str | None = Field(default=None, description="Id of the step that produced it.")
    name: str | None = Field(default=None, description="Output name within the step.")
    metadata: dict[str, Any] = Field(default_factory=dict)

    def ref(self) -> str:
        return f"$artifact.{self.id}"


def _read_umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


# read once at import: os.umask can only be read by setting it, which is not thread-safe later
_UMASK = _read_umask()


def _readable(path: str | Path) -> None:
    """Give a file the mode a plain ``open()`` would (mkstemp makes it owner-only), so outputs
    can be opened by viewers, web servers and other users as the umask allows."""
    os.chmod(path, 0o666 & ~_UMASK)


class ArtifactStore:
    """Stores bytes and files under ``root``; refuses any path that escapes it."""

    def __init__(self, root: str | Path) -> None:
        self.root = Path(root).expanduser().resolve()
        (self.root / "objects").mkdir(parents=True, exist_ok=True)

    # -- safety -------------------------------------------------------------------------
    def inside(self, path: str | Path) -> Path:
        """Resolve ``path`` and refuse it unless it lies under the store root."""
        resolved = Path(path).expanduser().resolve()
        if resolved != self.root and self.root not in resolved.parents:
            raise UserError(f"path {str(path)!r} is outside the artifact root {str(self.root)!r}")
        return resolved

    def _object_path(self, digest: str, suffix: str) -> Path:
        if suffix and (not suffix.startswith(".") or "/" in suffix or "\\" in suffix or ".." in suffix):
            raise UserError(f"artifact suffix {suffix!r} must look like '.png'")
        return self.inside(self.root / "objects" / digest[:2] / f"{digest}{suffix}")

    # -- writing ------------------------------------------------------------------------
    def put_bytes(
        self,
        data: bytes,
        *,
        kind: ArtifactKind,
        suffix: str,
        step: str | None = None,
        name: str | None = None,
        metadata: dict[str, Any] | None = None,
        value: str | None = None,
    ) -> Artifact:
        digest = hashlib.sha256(data).hexdigest()
        target = self._object_path(digest, suffix)
        if not target.exists():
            target.parent.mkdir(parents=True, exist_ok=True)
            # write-then-rename: a crash never leaves a half-written object behind
            fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=".tmp-")
            with os.fdopen(fd, "wb") as fh:
                fh.write(data)
            _readable(tmp)
            os.replace(tmp, target)
        return self._finish(digest, target, kind, step, name, metadata, value)

    def put_file(
        self,
        source: str | Path,
        *,
        kind: ArtifactKind,
        step: str | None = None,
        name: str | None = None,
        metadata: dict[str, Any] | None = None,
        move: bool = False,
    ) -> Artifact:
        """Copy (or move) a file into the store; its suffix is kept."""
        src = Path(source)
        h = hashlib.sha256()
        with src.open("rb") as fh:
            for chunk in iter(lambda: fh.read(1 << 20), b""):
                h.update(chunk)
        digest = h.hexdigest()
        target = self._object_path(digest, src.suffix.lower())
        if not target.exists():
            target.parent.mkdir(parents=True, exist_ok=True)
            # a unique temporary name: two steps may store the same bytes at the same time
            fd, tmp_name = tempfile.mkstemp(dir=target.parent, prefix=".tmp-")
            os.close(fd)
            tmp = Path(tmp_name)
            if move:
                shutil.move(str(src), tmp)
            else:
                shutil.copyfile(src, tmp)
            _readable(tmp)
            os.replace(tmp, target)
        elif move:
            src.unlink(missing_ok=True)
        return self._finish(digest, target, kind, step, name, metadata, None)

    def put_text(self, text: str, **kw: Any) -> Artifact:
        return self.put_bytes(text.encode("utf-8"), kind="text", suffix=".txt", value=text, **kw)

    def scratch_dir(self) -> Path:
        """A fresh directory under the root for tools that must write files themselves."""
        base = self.root / "scratch"
        base.mkdir(parents=True, exist_ok=True)
        return Path(tempfile.mkdtemp(dir=base))

    def _finish(
        self,
        digest: str,
        target: Path,
        kind: ArtifactKind,
        step: str | None,
        name: str | None,
        metadata: dict[str, Any] | None,
        value: str | None,
    ) -> Artifact:
        meta = dict(metadata or {})
        meta.setdefault("created", time.time())
        art = Artifact(
            id=digest, kind=kind, path=target, value=value, step=step, name=name, metadata=meta
        )
        sidecar = target.with_name(f"{digest}.json")
        fd, tmp = tempfile.mkstemp(dir=sidecar.parent, prefix=".tmp-", suffix=".json")  # unique: see put_file
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(json.dumps(art.model_dump(mode="json"), indent=1, default=str))
        _readable(tmp)
        os.replace(tmp, sidecar)
        return art

    # -- reading ------------------------------------------------------------------------
    def get(self, artifact_id: str) -> Artifact:
        """Look an artifact up by its id or a unique prefix of at least 8 hex chars."""
        if len(artifact_id) < 8 or any(c not in "0123456789abcdef" for c in artifact_id):
            raise UserError(f"artifact id {artifact_id!r} must be at least 8 lowercase hex chars")
        folder = self.root / "objects" / artifact_id[:2]
        matches = sorted(folder.glob(f"{artifact_id}*.json")) if folder.is_dir() else []
        if not matches:
            raise KeyError(f"no artifact {artifact_id!r} in {self.root}")
        if len({m.name[:64] for m in matches}) > 1:
            raise KeyError(f"artifact id prefix {artifact_id!r} is ambiguous")
        return Artifact.model_validate_json(matches[0].read_text())
