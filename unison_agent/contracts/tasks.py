"""Tasks: the twelve canonical ones, the media roles they take, and what they produce.

``TASKS`` holds the built-in twelve. A plugin tool may declare more (``Tool.declares``); the
registry merges them (``Registry.tasks()``), and that merged table is what planners and the
validator read. A task says what it does in words (``description``, ``examples``) so a planner
can recognise it without retraining.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
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


#: Meta arguments a task may take (sizes and lengths, normalised by the planner).
META_ARGS: tuple[str, ...] = ("width", "height", "num_frames", "fps")


@dataclass(frozen=True, kw_only=True)
class TaskSpec:
    name: str
    """Task name used in plans (an identifier)."""
    output: OutputKind
    """Kind of the primary artifact the task produces."""
    description: str = ""
    """What the task does, in a sentence a planner can match a request against."""
    requires_any: tuple[str, ...] = ()
    """At least one of these media roles must be given (empty: none required)."""
    allowed_roles: tuple[str, ...] = ()
    """Media roles the task may take."""
    role_kinds: Mapping[str, tuple[MediaKind, ...]] = field(default_factory=dict)
    """Media kinds each role accepts (roles not listed: whatever the tool's argument accepts)."""
    meta_args: tuple[str, ...] = ()
    """Which of ``META_ARGS`` the task takes."""
    examples: tuple[str, ...] = ()
    """Example requests (attachments as ``<image 0>``); planners match requests against them."""
    understanding: bool = False

    @classmethod
    def one_input(cls, kind: MediaKind, *, name: str, output: OutputKind, description: str = "",
                  examples: tuple[str, ...] = (), meta_args: tuple[str, ...] = ()) -> TaskSpec:
        """A task on one image or one video, passed in the argument named after its kind (``image`` or
        ``video``): the usual plugin task ("upscale this image", "stabilise this clip")."""
        return cls(name=name, output=output, description=description, examples=examples, meta_args=meta_args,
                   requires_any=(kind,), allowed_roles=(kind,), role_kinds={kind: (kind,)})


_SIZE = ("width", "height")
_VIDEO_META = META_ARGS

TASKS: dict[str, TaskSpec] = {
    spec.name: spec
    for spec in (
        TaskSpec(
            name="text_understanding", output="text", understanding=True,
            description="Answer a question, solve a problem or write text from words alone; no media involved.",
            examples=("How many minutes are there in a week?", "Explain why leaves change colour in autumn.",
                      "Suggest a name for a coffee shop by the sea."),
        ),
        TaskSpec(
            name="image_understanding", output="text", understanding=True,
            # `reference`: further images looked at beside `image` ("what's the difference between these two?")
            requires_any=("image",), allowed_roles=("image", "reference"), role_kinds={"reference": ("image",)},
            description="Answer a question about an image or describe what it shows.",
            examples=("<image 0> what breed is the dog?", "Describe <image 0> in two sentences.",
                      "How many chairs can you count in <image 0>?"),
        ),
        TaskSpec(
            name="video_understanding", output="text", understanding=True,
            # `reference`: further clips or images ("is the man in <image 0> in this clip?")
            requires_any=("video",), allowed_roles=("video", "reference"),
            description="Answer a question about a video clip or summarise what happens in it.",
            examples=("<video 0> what happens at the end of this clip?", "Summarise <video 0> briefly.",
                      "In <video 0>, which direction does the car turn?"),
        ),
        TaskSpec(
            name="text_to_image", output="image", meta_args=_SIZE,
            description="Create a new image from a text description.",
            examples=("Draw a windmill on a hill at dusk.", "A 16:9 poster of a jazz festival.",
                      "Generate a watercolour of three pears on a table."),
        ),
        TaskSpec(
            name="text_to_video", output="video", meta_args=_VIDEO_META,
            description="Create a new video clip from a text description.",
            examples=("A 4 second clip of rain falling on a pond.", "Make a video of a kite flying over a field.",
                      "Film a timelapse of clouds over mountains, vertical."),
        ),
        TaskSpec(
            name="image_edit", output="image", meta_args=_SIZE,
            requires_any=("image",), allowed_roles=("image", "mask", "reference"),
            description="Change an existing image: add, remove or replace things, restyle it, optionally only "
                        "inside a mask.",
            examples=("<image 0> make the sky stormy.", "Remove the bicycle from <image 0>.",
                      "Turn <image 0> into a pencil sketch."),
        ),
        TaskSpec(
            name="image_control", output="image", meta_args=_SIZE,
            requires_any=("control",), allowed_roles=("control", "reference"),
            description="Create an image that follows a structure map (edges, depth, pose or scribble).",
            examples=("Use the depth map <image 0> to render a cosy library.",
                      "Follow the pose in <image 0>: a knight in armour.",
                      "From this edge map <image 0>, paint a red sports car."),
        ),
        TaskSpec(
            name="image_reference", output="image", meta_args=_SIZE,
            requires_any=("reference",), allowed_roles=("reference",),
            description="Create a new image featuring a given subject, character or identity from a reference.",
            examples=("Put the toy in <image 0> on a beach at sunset.", "Show the woman from <image 0> as an astronaut.",
                      "The mascot in <image 0> reading a newspaper."),
        ),
        TaskSpec(
            name="image_to_video", output="video", meta_args=_VIDEO_META,
            requires_any=("first_frame", "last_frame"), allowed_roles=("first_frame", "last_frame"),
            description="Animate a still image into a video, starting from it (or ending on it).",
            examples=("Animate <image 0> for 3 seconds.", "Make <image 0> come alive: the flags wave.",
                      "A clip that ends on <image 0>."),
        ),
        TaskSpec(
            name="video_reference", output="video", meta_args=_VIDEO_META,
            requires_any=("reference",), allowed_roles=("reference",),
            description="Create a video featuring a given subject or character from a reference image.",
            examples=("A video of the cat in <image 0> chasing a ball.", "Make a clip where the robot in <image 0> dances.",
                      "The car from <image 0> driving through snow, 5 seconds."),
        ),
        TaskSpec(
            name="video_edit", output="video", meta_args=_VIDEO_META,
            requires_any=("video",), allowed_roles=("video", "mask", "reference"),
            description="Change an existing video: replace or remove things, restyle it, optionally inside a mask.",
            examples=("<video 0> turn the daytime scene into night.", "Replace the dog in <video 0> with a fox.",
                      "Make <video 0> look like an oil painting."),
        ),
        TaskSpec(
            name="video_control", output="video", meta_args=_VIDEO_META,
            requires_any=("control",), allowed_roles=("control", "reference"),
            description="Create a video that follows a motion or structure video (pose, depth, edges).",
            examples=("Use the pose video <video 0> for a dancing skeleton.",
                      "Follow the depth video <video 0>: a train through a canyon.",
                      "With the edge video <video 0>, render a city at night."),
        ),
    )
}

TASK_NAMES: tuple[str, ...] = tuple(TASKS)


def task_spec(name: str, tasks: Mapping[str, TaskSpec] | None = None) -> TaskSpec:
    """The spec of task ``name`` in ``tasks`` (default: the built-ins); ``KeyError`` lists valid names."""
    table = TASKS if tasks is None else tasks
    try:
        return table[name]
    except KeyError:
        raise KeyError(f"unknown task {name!r}; valid tasks: {', '.join(table)}") from None
