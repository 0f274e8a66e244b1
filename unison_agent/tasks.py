"""The twelve canonical tasks, the media roles they take, and what they produce.

This module is the single source of truth for task names; planners, validators and
tools all import from here.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

MediaKind = Literal["image", "video"]
OutputKind = Literal["image", "video", "text"]

#: Argument names that hold media references, each named after the role it plays.
MEDIA_ROLES: tuple[str, ...] = (
    "image",
    "video",
    "mask",
    "reference",
    "control",
    "first_frame",
    "last_frame",
)


@dataclass(frozen=True, kw_only=True)
class TaskSpec:
    name: str
    """Canonical task name used in plans."""
    output: OutputKind
    """Kind of the primary artifact the task produces."""
    requires_any: tuple[str, ...] = ()
    """At least one of these media roles must be given (empty: none required)."""
    allowed_roles: tuple[str, ...] = ()
    """Media roles the task may take."""
    understanding: bool = False


TASKS: dict[str, TaskSpec] = {
    spec.name: spec
    for spec in (
        TaskSpec(name="text_understanding", output="text", understanding=True),
        TaskSpec(
            name="image_understanding",
            output="text",
            understanding=True,
            requires_any=("image",),
            allowed_roles=("image",),
        ),
        TaskSpec(
            name="video_understanding",
            output="text",
            understanding=True,
            requires_any=("video",),
            allowed_roles=("video",),
        ),
        TaskSpec(name="text_to_image", output="image"),
        TaskSpec(name="text_to_video", output="video"),
        TaskSpec(
            name="image_edit",
            output="image",
            requires_any=("image",),
            allowed_roles=("image", "mask", "reference"),
        ),
        TaskSpec(
            name="image_control",
            output="image",
            requires_any=("control",),
            allowed_roles=("control", "reference"),
        ),
        TaskSpec(
            name="image_reference",
            output="image",
            requires_any=("reference",),
            allowed_roles=("reference",),
        ),
        TaskSpec(
            name="image_to_video",
            output="video",
            requires_any=("first_frame", "last_frame"),
            allowed_roles=("first_frame", "last_frame"),
        ),
        TaskSpec(
            name="video_reference",
            output="video",
            requires_any=("reference",),
            allowed_roles=("reference",),
        ),
        TaskSpec(
            name="video_edit",
            output="video",
            requires_any=("video",),
            allowed_roles=("video", "mask", "reference"),
        ),
        TaskSpec(
            name="video_control",
            output="video",
            requires_any=("control",),
            allowed_roles=("control", "reference"),
        ),
    )
}

TASK_NAMES: tuple[str, ...] = tuple(TASKS)


def task_spec(name: str) -> TaskSpec:
    """Return the spec of a canonical task or raise ``KeyError`` listing the valid names."""
    try:
        return TASKS[name]
    except KeyError:
        raise KeyError(f"unknown task {name!r}; valid tasks: {', '.join(TASK_NAMES)}") from None
