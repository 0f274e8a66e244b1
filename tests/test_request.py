from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from unison_agent.contracts.errors import RequestError
from unison_agent.contracts.request import parse_request
from unison_agent.runtime.media import detect_kind, load_image, load_video


def test_media_kind_comes_from_content_not_extension(media_dir: Path) -> None:
    assert detect_kind(media_dir / "cat.png") == "image"
    assert detect_kind(media_dir / "dog.jpg") == "image"
    assert detect_kind(media_dir / "clip.mp4") == "video"
    disguised = media_dir / "really_a_video.png"
    shutil.copy(media_dir / "clip.mp4", disguised)
    assert detect_kind(disguised) == "video"
    renamed = media_dir / "really_an_image.mp4"
    shutil.copy(media_dir / "dog.jpg", renamed)
    assert detect_kind(renamed) == "image"


def test_real_files_decode(media_dir: Path) -> None:
    assert load_image(media_dir / "cat.png").size == (32, 24)
    frames, fps = load_video(media_dir / "clip.mp4")
    assert len(frames) == 5 and fps == pytest.approx(8)


@pytest.mark.parametrize(
    ("content", "needle"),
    [(b"", "is empty"), (b"just some text, not media", "not a supported image")],
)
def test_unsupported_files_are_rejected_by_name(tmp_path: Path, content: bytes, needle: str) -> None:
    bad = tmp_path / "notes.png"
    bad.write_bytes(content)
    with pytest.raises(RequestError, match=needle) as info:
        detect_kind(bad)
    assert "notes.png" in str(info.value)


def test_missing_attachment_names_the_file(tmp_path: Path) -> None:
    with pytest.raises(RequestError, match=r"nope\.png.*does not exist"):
        parse_request("###nope.png### animate this", base_dir=tmp_path)


def test_corrupt_image_is_a_request_error(tmp_path: Path) -> None:
    bad = tmp_path / "broken.png"
    bad.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\x00" * 20)
    assert detect_kind(bad) == "image"  # the header says image...
    with pytest.raises(RequestError, match=r"broken\.png.*cannot be decoded"):
        load_image(bad)  # ...but the body does not decode


def test_inline_markers_are_numbered_in_order_then_separate_ones(media_dir: Path) -> None:
    req = parse_request(
        "The mask is ###mask.png###. Turn the car in ###clip.mp4### red.",
        [media_dir / "dog.jpg"],
        base_dir=media_dir,
    )
    assert [(a.index, Path(a.path).name, a.kind, a.inline) for a in req.attachments] == [
        (0, "mask.png", "image", True),
        (1, "clip.mp4", "video", True),
        (2, "dog.jpg", "image", False),
    ]
    assert req.text == "The mask is <image 0>. Turn the car in <video 1> red."
    assert "###" in req.raw_text


def test_marker_at_start_and_absolute_path(media_dir: Path) -> None:
    req = parse_request(f"###{media_dir / 'cat.png'}### animate this for 3 seconds")
    assert req.text == "<image 0> animate this for 3 seconds"
    assert req.attachments[0].path == str((media_dir / "cat.png").resolve())


def test_text_without_markers_has_no_attachments() -> None:
    req = parse_request("A farm has 30 cows and sells 12. How many are left?")
    assert req.attachments == [] and req.text == req.raw_text
