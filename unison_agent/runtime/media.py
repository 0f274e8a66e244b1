"""Reading, sniffing and writing images and videos.

Media kind is decided from the file's content (magic bytes), not its extension, so a PNG
named ``clip.mp4`` is still an image. Writers produce PNG for images and H.264 MP4 for videos.
"""

from __future__ import annotations

import io
from pathlib import Path
from typing import TYPE_CHECKING

from ..contracts.errors import RequestError
from ..contracts.tasks import MediaKind

if TYPE_CHECKING:
    import numpy as np
    from PIL import Image


_IMAGE_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"\x89PNG\r\n\x1a\n", "png"),
    (b"\xff\xd8\xff", "jpeg"),
    (b"GIF87a", "gif"),
    (b"GIF89a", "gif"),
    (b"BM", "bmp"),
)


def sniff(head: bytes) -> tuple[MediaKind, str] | None:
    """Return ``(kind, format)`` for the first bytes of a file, or ``None`` if unknown."""
    for magic, fmt in _IMAGE_MAGIC:
        if head.startswith(magic):
            return "image", fmt
    if head[:4] == b"RIFF" and head[8:12] == b"WEBP":
        return "image", "webp"
    if head[:4] == b"RIFF" and head[8:12] == b"AVI ":
        return "video", "avi"
    if head[4:8] == b"ftyp":
        brand = head[8:12]
        if brand in (b"avif", b"avis", b"heic", b"heix", b"mif1"):
            return "image", brand.decode("ascii", "replace")
        return "video", "mov" if brand == b"qt  " else "mp4"
    if head[:4] == b"\x1a\x45\xdf\xa3":
        return "video", "webm"
    return None


def detect_kind(path: str | Path) -> MediaKind:
    """Media kind of a file from its content; ``RequestError`` naming the file otherwise."""
    p = Path(path)
    if not p.exists():
        raise RequestError(f"attachment {str(p)!r} does not exist")
    if not p.is_file():
        raise RequestError(f"attachment {str(p)!r} is not a regular file")
    try:
        with p.open("rb") as fh:
            head = fh.read(32)
    except OSError as exc:
        raise RequestError(f"attachment {str(p)!r} cannot be read: {exc.strerror}") from None
    if not head:
        raise RequestError(f"attachment {str(p)!r} is empty")
    found = sniff(head)
    if found is None:
        raise RequestError(
            f"attachment {str(p)!r} is not a supported image (PNG, JPEG, GIF, BMP, WebP) "
            "or video (MP4, MOV, AVI, WebM)"
        )
    return found[0]


def verify_media(path: str | Path, kind: MediaKind) -> None:
    """Decode an image (fully) or a video's first frame, so a corrupt file is refused by its
    own name before it is copied anywhere; ``RequestError`` otherwise."""
    if kind == "image":
        load_image(path)
    else:
        load_video(path, max_frames=1)


def load_image(path: str | Path, *, mode: str = "RGB") -> Image.Image:
    """Open and fully decode an image; a corrupt file is a ``RequestError`` naming it."""
    from PIL import Image, UnidentifiedImageError

    try:
        with Image.open(path) as img:
            img.load()
            return img.convert(mode)
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError, Image.DecompressionBombError) as exc:
        raise RequestError(f"image {str(path)!r} cannot be decoded: {_first_line(exc)}") from None


def load_video(path: str | Path, *, max_frames: int | None = None) -> tuple[list[Image.Image], float]:
    """Decode a video into RGB frames and its fps; a corrupt file is a ``RequestError``."""
    import imageio.v3 as iio
    from PIL import Image

    frames: list[Image.Image] = []
    try:
        meta = iio.immeta(path, plugin="pyav") if _has_pyav() else iio.immeta(path)
        fps = float(meta.get("fps") or 0.0) or 16.0
        for frame in iio.imiter(path):
            frames.append(Image.fromarray(frame).convert("RGB"))
            if max_frames is not None and len(frames) >= max_frames:
                break
    except Exception as exc:  # imageio raises many unrelated types for bad files
        raise RequestError(f"video {str(path)!r} cannot be decoded: {_first_line(exc)}") from None
    if not frames:
        raise RequestError(f"video {str(path)!r} has no frames")
    return frames, fps


def _first_line(exc: BaseException) -> str:
    text = str(exc).strip()
    return (text.splitlines()[0][:300] if text else type(exc).__name__)


def _has_pyav() -> bool:
    try:
        import av  # noqa: F401
    except ImportError:
        return False
    return True


def video_info(path: str | Path) -> dict[str, float | int]:
    """Frame count, fps, width and height of a video (decodes it; fine for small clips)."""
    frames, fps = load_video(path)
    width, height = frames[0].size
    return {"frames": len(frames), "fps": fps, "width": width, "height": height}


def encode_png(image: Image.Image) -> bytes:
    buf = io.BytesIO()
    image.save(buf, format="PNG")
    return buf.getvalue()


def write_mp4(frames: list[Image.Image] | np.ndarray, path: str | Path, *, fps: float) -> None:
    """Write frames as H.264 MP4 (yuv420p, so every player opens it)."""
    import imageio.v2 as imageio
    import numpy as np

    arrays = [np.asarray(f.convert("RGB")) if hasattr(f, "convert") else np.asarray(f) for f in frames]
    writer = imageio.get_writer(
        str(path), fps=fps, codec="libx264", macro_block_size=1, pixelformat="yuv420p",
        ffmpeg_log_level="error",
    )
    try:
        for arr in arrays:
            writer.append_data(arr)
    finally:
        writer.close()
