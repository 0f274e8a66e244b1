"""What a plugin task's own words say it does where the rules read its requests as an outside capability: a task
that retimes a video ("slows right down as the skater lands", "speed ramps") changes its frame rate, and one that
reads playing off a video ("work out the chords from the fretting hand") reads the music the rules would call heard.

The router lets a plugin task do a capability the rules name when the same rules name it in the task's own
description or examples; these are the two the rules cannot read there (blind sets 14 and 17: "ease into super slow
motion at the peak of the kickflip", "the chords ... for the strumming song in <video 0>"). Sound to be made is
never read off a video: "play the chords from <video 0> back to me as audio" stays refused.
"""

from __future__ import annotations

import re

from ...contracts.tasks import TaskSpec
from .media_limits import SOUND, SPEECH, needs
from .resolution import FRAME_RATE

_RETIMES = re.compile(r"\b(?:slow[- ]?mo\w*|slow\s+motion|slow(?:s|ed|ing)?\s+(?:it\s+|right\s+)?down|speed\s*ramp\w*|"
                      r"re-?tim\w*|frame[- ]rates?|\d*\s*fps|speeds?\s+(?:it\s+)?up)\b", re.IGNORECASE)
_PLAYING = re.compile(r"\b(?:chords?|tab(?:lature)?s?|riffs?|fret\w*|melod(?:y|ies)|songs?|music(?:al)?|notes|strumm\w*|"
                      r"fingerpick\w*|(?:guitar|piano|keyboard|drum|bass|violin|ukulele)\s+parts?|instruments?)\b", re.IGNORECASE)

_IN_VIDEO = re.compile(r"\s*\b(?:in|from|of|on)\s+(?:the\s+(?:video|clip)\s+)?<video \d+>", re.IGNORECASE)


def covers(spec: TaskSpec, capability: str, text: str) -> bool:
    """Whether plugin task ``spec`` does ``capability`` for ``text`` by what its own words say it reads or makes."""
    own = " ".join((spec.description, *spec.examples))
    on_video = "video" in spec.requires_any
    if capability == FRAME_RATE:
        return on_video and spec.output == "video" and bool(_RETIMES.search(own))
    if capability in (SOUND, SPEECH):
        # what is played, read off the video by a text task that says so, and nothing to hear made
        # ("the melody in <video 0>" is what the video has, not a melody to make)
        return (on_video and spec.output == "text" and bool(_PLAYING.search(own)) and bool(_PLAYING.search(text))
                and needs(_IN_VIDEO.sub("", text), hear=False) is None)
    return False
