from __future__ import annotations

import json
from pathlib import Path

import pytest

from unison_agent.contracts.errors import UserError
from unison_agent.contracts.schemas import load_schema
from unison_agent.runtime.artifacts import ArtifactStore


def test_content_addressed_and_deduplicated(tmp_path: Path) -> None:
    store = ArtifactStore(tmp_path)
    a = store.put_bytes(b"hello", kind="file", suffix=".bin", step="s0")
    b = store.put_bytes(b"hello", kind="file", suffix=".bin", step="s1")
    assert a.id == b.id and a.path == b.path
    assert Path(a.path).read_bytes() == b"hello"
    assert Path(a.path).name == f"{a.id}.bin"
    assert store.get(a.id[:10]).id == a.id


def test_metadata_beside_the_file_matches_the_schema(tmp_path: Path) -> None:
    from jsonschema import Draft202012Validator

    store = ArtifactStore(tmp_path)
    art = store.put_text("an answer", step="s2", metadata={"model": "tiny"})
    sidecar = Path(art.path).with_suffix(".json")
    record = json.loads(sidecar.read_text())
    Draft202012Validator(load_schema("artifact")).validate(record)
    assert record["value"] == "an answer" and record["metadata"]["model"] == "tiny"


def test_paths_outside_the_root_are_refused(tmp_path: Path) -> None:
    store = ArtifactStore(tmp_path / "root")
    with pytest.raises(UserError, match="outside the artifact root"):
        store.inside(tmp_path / "root" / ".." / "elsewhere.png")
    with pytest.raises(UserError, match="suffix"):
        store.put_bytes(b"x", kind="file", suffix="/../../evil")
    with pytest.raises(UserError, match="hex"):
        store.get("../../etc")


def test_put_file_copies_or_moves(tmp_path: Path) -> None:
    store = ArtifactStore(tmp_path / "root")
    src = tmp_path / "x.png"
    src.write_bytes(b"\x89PNG fake")
    kept = store.put_file(src, kind="image")
    assert src.exists() and Path(kept.path).suffix == ".png"
    moved = store.put_file(src, kind="image", move=True)
    assert not src.exists() and moved.id == kept.id


def test_unknown_artifact(tmp_path: Path) -> None:
    with pytest.raises(KeyError, match="no artifact"):
        ArtifactStore(tmp_path).get("deadbeef")


def test_stored_files_get_the_usual_mode(tmp_path: Path) -> None:
    import os
    import stat

    store = ArtifactStore(tmp_path / "root")
    mask = os.umask(0)
    os.umask(mask)
    plain = tmp_path / "plain.bin"
    plain.write_bytes(b"x")
    expected = stat.S_IMODE(plain.stat().st_mode)
    a = store.put_bytes(b"abc", kind="file", suffix=".bin")
    b = store.put_file(plain, kind="file")
    for path in (Path(a.path), Path(b.path), Path(a.path).with_suffix(".json")):
        assert stat.S_IMODE(path.stat().st_mode) == expected == 0o666 & ~mask
