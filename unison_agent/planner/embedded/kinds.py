"""What kind of result a request on a video asks for, where the built-in tasks cannot give it.

Every pairing of input and result kind has a built-in task but one: an image made from a video
(``video_*`` tasks make videos or answer in text). A request on videos alone that asks for a
picture ("a still from the middle of <video 0>", "one image of all its best moments", "a long-exposure
photo from my timelapse") is therefore a plugin task that makes images from videos, or nothing
registered can do it; the nearest built-in task by words (a video edit) would make a video.
"""

from __future__ import annotations

import re

from ...contracts.tasks import TaskSpec

CAPABILITY = "making an image from a video"

_PLACEHOLDER = re.compile(r"<(image|video) \d+>")
_PICTURE = r"(?:image|picture|pic|photo|photograph|still|snapshot|screenshot|screen ?grab|frame grab|thumbnail|poster|jpe?g|png)"
_FROM_VIDEO = r"(?:from|of|out of)\s+(?:the|this|that|my|our|your|a)?\s*(?:[\w-]+\s+){0,3}?(?:<video \d+>|video|clip|footage|timelapse|time-lapse|recording|film)"
_ASKS = re.compile(
    # "a single picture from this clip", "a still from the middle of <video 0>", "star trail image from my timelapse"
    rf"\b{_PICTURE}s?\s+(?:\w+\s+){{0,2}}?{_FROM_VIDEO}(?!\w)"
    # "into one still", "as a single image", "in one image made of little frames"
    rf"|\b(?:into|as|in)\s+(?:an?|one|a single|one single|a still|a static)\s+(?:[\w-]+\s+){{0,2}}?{_PICTURE}\b"
    # "give me one picture with ...", "make a poster ..."
    rf"|\b(?:make|create|give|get|generate|produce|render|build|send|want|need)\s+(?:me\s+|us\s+)?(?:an?|one|a single|one single)\s+"
    rf"(?:[\w-]+\s+){{0,2}}?{_PICTURE}s?\b(?!-)"
    # "screenshot the last frame", "grab (me) a frame", "save frame 42 as a png"
    r"|\b(?:screenshot|snapshot|freeze[- ]frame)\b"
    r"|\b(?:grab|export|save|extract|pull|capture)\s+(?:me\s+|us\s+)?(?:a|one|the|every|each)?\s*(?:[\w-]+\s+){0,2}?(?:frame|still)s?\b",
    re.IGNORECASE)
_MAPS = re.compile(r"\b(?:depth|pose|edge|edges|canny|scribble|sketch|control|structure|segmentation|normal|motion)\s+(?:map\s+)?$",
                   re.IGNORECASE)
"""Words that make a picture a structure map ("the depth image of the video"): a control task's input, not a result."""
_QUESTION = re.compile(r"^\s*(?:what|which|who|where|when|why|how|is|are|does|do|did|can you tell|tell me)\b", re.IGNORECASE)
_UNDERSTAND = re.compile(r"^\s*(?:please\s+)?(?:describe|explain|summari[sz]e|identify|count|list|read|tell me)\b", re.IGNORECASE)
"""Asks about what it shows ("describe the thumbnail of <video 0>"): understanding, whatever picture it names."""


def video_only(text: str) -> bool:
    """The text names attachments, and all of them are videos."""
    kinds = {m.group(1) for m in _PLACEHOLDER.finditer(text)}
    return kinds == {"video"}


def asks_for_image(text: str) -> bool:
    """The text asks for a picture to be made (not a question about one): ``_ASKS`` outside questions."""
    words = _PLACEHOLDER.sub("", text)
    if (_QUESTION.match(words) and text.rstrip().endswith("?")) or _UNDERSTAND.match(words):
        return False
    return any(not _MAPS.search(text[:_noun_start(m)]) for m in _ASKS.finditer(text))


def _noun_start(m: re.Match[str]) -> int:
    """Where the picture noun of an ``_ASKS`` match starts (the words before it may name a map)."""
    noun = re.search(_PICTURE, m.group(0), re.IGNORECASE)
    return m.start() + (noun.start() if noun else 0)


def image_from_video(spec: TaskSpec) -> bool:
    """A task that takes a video and makes an image."""
    takes_video = "video" in spec.requires_any or any("video" in kinds for kinds in spec.role_kinds.values())
    return spec.output == "image" and takes_video
