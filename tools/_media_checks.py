"""Checking and preparing the media a tool is given: readable, the right kind, within caps.

Key parts:
- ``MediaCaps``: input caps (file bytes, pixel side, decoded frames), from a tool's ``options``.
- ``load_image_input`` / ``load_video_input``: sniff the content (not the extension), refuse the
  wrong kind, decode (a corrupt file is a ``RequestError`` naming it), enforce the caps.
- ``check_output_caps``: requested width/height/num_frames/fps against the config's policy.
- ``fit_frames`` / ``resize_frames`` / ``binary_mask``: bring conditioning media to the
  generation's size and length (uniform index resampling; nearest-neighbour for masks).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from unison_agent.contracts.errors import RequestError, ToolArgumentError
from unison_agent.runtime.artifacts import Artifact
from unison_agent.runtime.media import detect_kind, load_image, load_video


@dataclass(frozen=True, kw_only=True)
class MediaCaps:
    max_input_bytes: int = 512 << 20
    """Largest attachment file accepted."""
    max_input_side: int = 8192
    """Largest width or height of an input image or video frame."""
    max_input_frames: int = 2048
    """Most frames decoded from an input video."""

    @classmethod
    def from_options(cls, options: dict[str, Any]) -> MediaCaps:
        known = {k: int(options[k]) for k in ("max_input_bytes", "max_input_side", "max_input_frames") if k in options}
        return cls(**known)


def _checked_path(art: Artifact, role: str, tool: str, want: str, caps: MediaCaps) -> Path:
    path = Path(art.path)
    if not path.is_file():
        raise RequestError(f"`{tool}` argument `{role}`: file {str(path)!r} does not exist")
    size = path.stat().st_size
    if size > caps.max_input_bytes:
        raise ToolArgumentError(
            f"`{tool}` argument `{role}`: {str(path)!r} is {size / 2**20:.1f} MiB; the cap is "
            f"{caps.max_input_bytes / 2**20:.0f} MiB (tools.{tool}.options.max_input_bytes)"
        )
    kind = detect_kind(path)  # RequestError for empty or unknown content
    if kind != want:
        raise ToolArgumentError(f"`{tool}` argument `{role}` expects {_a(want)}, but {str(path)!r} is {_a(kind)}")
    return path


def _check_side(width: int, height: int, path: Path, role: str, tool: str, caps: MediaCaps) -> None:
    if max(width, height) > caps.max_input_side:
        raise ToolArgumentError(
            f"`{tool}` argument `{role}`: {str(path)!r} is {width}x{height}; the largest side allowed is "
            f"{caps.max_input_side} (tools.{tool}.options.max_input_side)"
        )


def load_image_input(art: Artifact, *, role: str, tool: str, caps: MediaCaps, mode: str = "RGB") -> Any:
    """The artifact decoded as a PIL image, after the kind and cap checks."""
    path = _checked_path(art, role, tool, "image", caps)
    image = load_image(path, mode=mode)
    _check_side(image.width, image.height, path, role, tool, caps)
    return image


def load_video_input(art: Artifact, *, role: str, tool: str, caps: MediaCaps) -> tuple[list[Any], float]:
    """The artifact decoded to RGB frames and its fps, after the kind and cap checks."""
    path = _checked_path(art, role, tool, "video", caps)
    frames, fps = load_video(path, max_frames=caps.max_input_frames + 1)
    if len(frames) > caps.max_input_frames:
        raise ToolArgumentError(
            f"`{tool}` argument `{role}`: {str(path)!r} has more than {caps.max_input_frames} frames "
            f"(tools.{tool}.options.max_input_frames)"
        )
    _check_side(frames[0].width, frames[0].height, path, role, tool, caps)
    return frames, fps


def load_reference_input(art: Artifact, *, role: str, tool: str, caps: MediaCaps) -> Any:
    """A subject reference as a PIL image: an image as it is, a video by its middle frame (where the subject is
    most likely in view: "make a new clip of the juggler in <video 0> on a train")."""
    if detect_kind(art.path) == "image":
        return load_image_input(art, role=role, tool=tool, caps=caps)
    frames, _ = load_video_input(art, role=role, tool=tool, caps=caps)
    return frames[len(frames) // 2]


def load_frames_input(art: Artifact, *, role: str, tool: str, caps: MediaCaps) -> tuple[list[Any], float | None]:
    """An image (one frame, fps ``None``) or a video, whichever the artifact holds."""
    kind = detect_kind(art.path)
    if kind == "image":
        return [load_image_input(art, role=role, tool=tool, caps=caps)], None
    return load_video_input(art, role=role, tool=tool, caps=caps)


def check_output_caps(tool: str, policy: Any, **values: float | None) -> None:
    """Refuse width/height/num_frames/fps beyond the policy (``ToolArgumentError`` naming each)."""
    if policy is None:
        return
    limits = policy.limits()
    problems = [
        f"`{name}` is {value:g}; the policy allows {limits[name][0]:g} to {limits[name][1]:g}"
        for name, value in values.items()
        if value is not None and name in limits and not limits[name][0] <= value <= limits[name][1]
    ]
    if problems:
        raise ToolArgumentError(f"`{tool}`: " + "; ".join(problems))


def fit_frames(frames: list[Any], count: int) -> list[Any]:
    """``count`` frames picked uniformly from ``frames`` (repeating frames when there are fewer)."""
    if len(frames) == count:
        return list(frames)
    if count == 1:
        return [frames[0]]
    step = (len(frames) - 1) / (count - 1)
    return [frames[round(i * step)] for i in range(count)]


def resize_frames(frames: list[Any], width: int, height: int) -> list[Any]:
    from PIL import Image

    return [f if f.size == (width, height) else f.resize((width, height), Image.Resampling.BICUBIC) for f in frames]


def binary_mask(mask: Any, width: int, height: int) -> Any:
    """A mode-``L`` mask at ``width`` x ``height``: 255 where to generate, 0 where to keep."""
    from PIL import Image

    gray = mask.convert("L")
    if gray.size != (width, height):
        gray = gray.resize((width, height), Image.Resampling.NEAREST)
    return gray.point(lambda v: 255 if v >= 128 else 0)


def _a(kind: str) -> str:
    return f"an {kind}" if kind[0] in "aeiou" else f"a {kind}"
