"""A file's resolution raised, its frame rate changed or its camera shake taken out: "bump <video 0> up from 480p to
4K", "upscale it with Real-ESRGAN", "make <video 0> 4K, it's from an old phone and looks blurry", "slow it right down
by generating the in-between frames", "stabilise the shaky walkthrough <video 0>".

Each reads like an edit of the file, but needs an upscaler, a frame interpolator or a stabiliser: named ``upscaling``,
``frame rate change`` and ``video stabilisation`` (outside capabilities), which an installed plugin of the kind
takes. A generation's "in 4K" or "at 480p" is its output size, and is left to the planner.
"""

from __future__ import annotations

import re

from .action import attaches_file

UPSCALING = "upscaling"
FRAME_RATE = "frame rate change"
STABILISATION = "video stabilisation"

# a file's resolution raised: "bump <video 0> up from 480p to 4K", "super-resolve it with Real-ESRGAN"
_UPSCALES = re.compile(r"\b(?:upscal\w*|super-?resol\w*|real-?esrgan|esrgan|\d{3,4}p\s+(?:up\s+)?to\s+(?:[248]k|\d{3,4}p)|"
                       r"(?:up\s+)?from\s+\d{3,4}p\s+(?:up\s+)?to\s+(?:full\s+|proper\s+)?(?:[248]k|\d{3,4}p|hd|uhd)|"
                       # "bring <video 0> up to 4K", "increase the resolution of <video 0> to 1080p"
                       r"(?:bring|bump|take|get|push|scale)\s+(?:it|this|that|them|the\s+\w+|my\s+\w+)?\s*up\s+to\s+(?:[248]k|\d{3,4}p|uhd|"
                       r"full\s+hd)|(?:increase|raise|boost|improve|double|triple|quadruple|up|enhance)\s+(?:the\s+|its\s+|their\s+)?"
                       r"resolution|(?:into|to)\s+(?:proper|true|real|actual)\s+(?:[48]k|uhd|1080p|hd)|enlarge\b.{0,40}?\b(?:print|poster|billboard|banner)\s+"
                       r"(?:resolution|size|quality)|\d{3}\s*dpi|enhance\b.{0,60}?\buntil\b.{0,40}?\b(?:readable|legible|sharp|clear|visible))\b",
                       re.IGNORECASE)
# a larger size asked of a file said to be small or poor: "make <video 0> 4K, it's from an old phone and looks blurry"
# (a generation's "in 4K" is its output size, and is left to the planner)
_SHARPER_SIZE = re.compile(r"\b(?:make|turn|convert|get|bring|render|export)\b.{0,50}?\b(?:[48]k|uhd|ultra\s+hd)\b"
                           # "this photo is tiny and fuzzy, make it big enough for a poster"
                           r"|\b(?:big|large)(?:ger)?\s+enough\s+(?:for|to\s+print)\b", re.IGNORECASE)
_LOW_SOURCE = re.compile(r"\b(?:(?<!at\s)(?<!in\s)\d{3}p|low[- ]?res\w*|old\s+(?:phone|camera|camcorder|webcam)|blurry|fuzzy|grainy|pixelated|tiny|"
                         r"small\s+(?:file|version|thumbnail))\b", re.IGNORECASE)
# frames made between frames: "slow it right down by generating the in-between frames", "interpolate it to 120 fps"
_INTERPOLATES = re.compile(r"\b(?:interpolat\w*|in-?between\s+frames|intermediate\s+frames|(?:generate|add|create|insert)\s+(?:the\s+)?"
                           r"(?:extra|more|new|missing)\s+frames|super[- ]slow[- ]?mo\w*)\b", re.IGNORECASE)

# camera shake taken out: "stabilise the shaky walkthrough <video 0>", "remove the camera shake from <video 0>"
_STEADIES = re.compile(r"\b(?:stabili[sz]\w*|de-?shak\w*|remove\s+(?:the\s+|all\s+the\s+)?(?:camera\s+)?(?:shake|shaking|judder|jitter|"
                       r"wobble)|(?:less|not\s+so)\s+shaky|steady\s+(?:it|this|the\s+(?:video|clip|footage|shot|camera))|smooth\s+out\s+(?:the\s+)?(?:shak\w*|camera\s+(?:shake|movement|motion)))\b",
                       re.IGNORECASE)

# a clip already steady is described, not asked for: "my stabilised hiking clip", "the stabilized version"
_STEADY_ALREADY = re.compile(r"\b(?:my|the|this|that|our|your|his|her|their|a|an|already)\s+stabili[sz]ed\b", re.IGNORECASE)


def resolution_or_rate(text: str, words: str) -> str | None:
    """``upscaling``, ``frame rate change`` or ``video stabilisation`` when ``text`` (its placeholders and waved sound
    taken out: ``words``) asks it of an attached file, else ``None``."""
    if attaches_file(text) and (_UPSCALES.search(words) or (_SHARPER_SIZE.search(words) and _LOW_SOURCE.search(words))):
        return UPSCALING
    if "<video" in text and _INTERPOLATES.search(words):
        return FRAME_RATE
    if "<video" in text and _STEADIES.search(_STEADY_ALREADY.sub("", words)):
        return STABILISATION
    return None
