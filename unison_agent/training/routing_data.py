"""Calibration data for the embedded planner's plugin routing and refusals (``routing_calibrate``).

Generated from templates with a fixed seed, and kept apart from the benchmark: other plugin tasks
(``CAL_TASKS``: none of them is a benchmark task), other phrasings of the outside capabilities,
and the generator's dev split under another seed for ordinary requests. Never the public dev set.
"""

from __future__ import annotations

import random

from ..contracts.tasks import OutputKind, TaskSpec


def _img(name: str, desc: str, *ex: str, out: OutputKind = "image") -> TaskSpec:
    return TaskSpec.one_input("image", name=name, output=out, description=desc, examples=ex)


def _vid(name: str, desc: str, *ex: str, out: OutputKind = "video") -> TaskSpec:
    return TaskSpec.one_input("video", name=name, output=out, description=desc, examples=ex)


CAL_TASKS: tuple[TaskSpec, ...] = (
    _img("blur_faces", "Blur every face in a photo for privacy.", "Blur the faces in <image 0>.",
         "Hide the people's faces in <image 0>.", "Anonymise <image 0> by blurring faces."),
    _img("crop_image", "Crop an image to a region or aspect ratio.", "Crop <image 0> to a square.",
         "Cut <image 0> down to just the left half.", "Trim the borders off <image 0>."),
    _img("rotate_image", "Rotate or flip an image.", "Rotate <image 0> 90 degrees.", "Flip <image 0> horizontally.",
         "<image 0> is upside down, turn it around."),
    _img("detect_objects", "List the objects in an image with bounding boxes.", "Detect the objects in <image 0>.",
         "Find every car in <image 0> and draw boxes.", "Give me bounding boxes for <image 0>.", out="text"),
    _img("add_watermark", "Stamp a logo or watermark on an image.", "Watermark <image 0> with my logo.",
         "Add a faint copyright mark to <image 0>.", "Protect <image 0> with a watermark."),
    _vid("reverse_video", "Play a video backwards.", "Reverse <video 0>.", "Make <video 0> play backwards.",
         "Rewind effect on <video 0>."),
    _vid("speed_video", "Speed up or slow down a video (timelapse, fast forward).", "Speed up <video 0> 2x.",
         "Make <video 0> a fast timelapse.", "Play <video 0> at double speed."),
    _vid("subtitle_video", "Burn subtitles or captions into a video.", "Add subtitles to <video 0>.",
         "Burn these captions into <video 0>.", "Put English subtitles on <video 0>."),
)

#: (calibration task, outside capability) pairs that are the same capability: registering the task covers it.
COVERS: frozenset[tuple[str, str]] = frozenset({("speed_video", "frame rate change")})

#: (task, request frames) written apart from the tasks' examples.
_TASK_FRAMES: dict[str, tuple[str, ...]] = {
    "blur_faces": ("please pixelate the faces of everyone in {m}", "{m} I need the kids' faces hidden before I post it",
                   "face blurring on {m}", "make the faces in {m} unrecognisable"),
    "crop_image": ("crop {m} so only the dog is in frame", "{m} crop this to 16:9", "cut away the empty sky at the top of {m}",
                   "tighter crop around the face in {m}"),
    "rotate_image": ("turn {m} 180 degrees", "{m} mirror this left to right", "rotate {m} clockwise",
                     "this scan {m} is sideways, fix the orientation"),
    "detect_objects": ("what objects can you detect in {m}, with boxes", "{m} run object detection",
                       "locate all the people in {m} with bounding boxes", "detect and label items in {m}"),
    "add_watermark": ("put my watermark in the corner of {m}", "{m} add a semi-transparent logo stamp",
                      "watermark this photo {m} before I share it", "overlay our studio mark on {m}"),
    "reverse_video": ("play {m} in reverse", "{m} I want this clip backwards", "reverse the footage {m}",
                      "make {m} run backward like a rewind"),
    "speed_video": ("make {m} 4 times faster", "{m} turn this into a timelapse", "fast forward {m}",
                    "speed {m} up so it lasts half as long"),
    "subtitle_video": ("caption {m} with what they say", "{m} burn in the subtitles", "add closed captions to {m}",
                       "put French subtitles on {m}"),
}

#: Outside capabilities, phrased apart from ``planner.embedded.outside``'s own examples.
_OUTSIDE_FRAMES: tuple[str, ...] = (
    "make {i} four times bigger in resolution", "upsample {i} to 8K", "super resolution on {i}",
    "{v} needs to be 120fps", "interpolate {v} for slow-mo", "double the frame rate of {v}",
    "steady the wobbly footage {v}", "remove the shake from {v}",
    "save frame 42 of {v} as a jpeg", "extract a thumbnail from {v}",
    "cut {v} to the first ten seconds", "shrink the file size of {v}", "convert {v} to mp3",
    "put a soundtrack on {v}", "write me a song about the sea", "make a drum beat", "mute the audio in {v}",
    "narrate {v} in a deep voice", "transcribe the speech in {v}", "turn this text into an audiobook",
    "translate my contract PDF into English", "fill in this tax form", "edit my resume docx",
    "make a 3D mesh of the chair in {i}", "turn {i} into a rotating 3D object", "sculpt a 3D printable vase",
    "upload {i} to my google drive", "text this picture to John", "buy me the shoes in {i}",
    "look up flights to Tokyo online", "what are the stock prices today",
    "compile and run my C++ code", "switch on the heating",
)


def calibration_sets(seed: int = 4242) -> dict[str, list[tuple[str, str | None]]]:
    """``plugin``: (request, task); ``outside``: (request, None). Attachments as ``<image 0>``/``<video 0>``."""
    rng = random.Random(seed)
    plugin = []
    for spec in CAL_TASKS:
        m = "<image 0>" if spec.requires_any == ("image",) else "<video 0>"
        for frame in _TASK_FRAMES[spec.name]:
            plugin.append((frame.format(m=m), spec.name))
    outside = [(f.format(i="<image 0>", v="<video 0>"), None) for f in _OUTSIDE_FRAMES]
    rng.shuffle(plugin)
    rng.shuffle(outside)
    return {"plugin": plugin, "outside": outside}  # type: ignore[dict-item]
