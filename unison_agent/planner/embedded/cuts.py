"""A video cut in time or joined to another: "trim <video 0> to the first six seconds", "cut out the bit where the
beaker drops", "just keep the part where the bride walks in", "stitch these two clips into one video".

The video editor regenerates the frames it is given by an instruction; it keeps the clip's length and cannot drop a
stretch of time or put two clips end to end. These read to the encoder like any other edit of the video. A request
does this when, with a video attached (or made by an earlier part), it

- opens with "trim" or "shorten";
- cuts, removes or keeps a stretch of time: a bit, a part, a scene or a moment (with "where", "when", "of" ...), or
  the first or last seconds or minutes ("down to the first 6 seconds", "bin the rest");
- joins clips: merges, stitches, splices or appends them together, into one clip, or onto the end of another.

An object cut out of the frame ("cut out the man in the background") is an edit, and is left alone. The capability
is named by the rule alone (no outside prototype stands for it), so an installed plugin task whose own examples the
rule names takes it.
"""

from __future__ import annotations

import re

from .action import command

CAPABILITY = "video trimming and joining"

_NUMBER = r"(?:\d+(?:\.\d+)?|one|two|three|four|five|six|seven|eight|nine|ten|fifteen|twenty|thirty|few|couple\s+of)"
_TIME = rf"(?:{_NUMBER}\s+)?(?:seconds?|secs?|minutes?|mins?|frames?)"
_STRETCH = r"(?:bits?|parts?|sections?|segments?|portions?|scenes?|moments?|stretch|chunks?|pieces?)"
_CUTS = re.compile(
    r"^(?:trim|shorten)\b(?![-])"
    # "cut out the bit of <video 0> where ...", "remove the part where he sneezes", "delete the last 3 seconds"
    rf"|\b(?:cut|chop|snip|trim|remove|delete|drop|bin|lose|ditch|get\s+rid\s+of)\s+(?:out\s+)?(?:the\s+|this\s+|that\s+|all\s+the\s+|every\s+|each\s+|any\s+)?"
    rf"(?:{_STRETCH}\s+(?:of\s+(?:it|the\s+\w+|this\s+\w+)\s+)?(?:where|when|with|at|after|before|in\s+which|between)\b|"
    rf"(?:first|last|final|opening|closing)\s+{_TIME}\b|(?:intro|outro|ending|beginning|start|end)\b(?!\s+(?:cards?|screens?|titles?|credits?|text)))"
    # "just keep the bit where the bride walks in", "keep only the first five minutes"
    rf"|\bkeep\s+(?:only\s+|just\s+)?(?:the\s+)?(?:{_STRETCH}\s+(?:where|when|with|in\s+which|between)|(?:first|last|final|opening)\s+{_TIME})\b"
    rf"|\b(?:down\s+to|to\s+only|only)\s+(?:the\s+)?(?:first|last|final|opening)\s+{_TIME}\b"
    rf"|\b(?:cut|chop|trim|snip)\s+(?:that|this|the)\s+{_STRETCH}\s+out\b"
    rf"|\b(?:cut|chop|trim|edit)\s+(?:it|this|that|the\s+video|(?:this|the|my|our)\s+(?:[\w-]+\s+){{0,3}}?(?:video|clip|recording|footage|film|reel))"
    rf"(?:\s+the\s+video)?\s+down\s+to\b"
    r"|(?:,|\band|\bthen)\s*(?:bin|cut|drop|lose|ditch|delete|scrap)\s+(?:all\s+)?the\s+rest\b"
    r"|\b(?:highlights?|recap|supercut|sizzle)\s+(?:reel|video|clip|cut)\b"
    r"|\b(?:add|put)\b.{0,60}?\b(?:onto|to|at)\s+the\s+end\s+of\s+(?:the\s+video|the\s+other|this\s+clip|that\s+clip|it\b|the\s+"
    r"(?:first|second|other)\s+(?:one|clip|video))"
    # "stick this clip onto the end of the other one", "merge <video 0> with my second recording into one clip"
    r"|\b(?:merg\w*|stitch\w*|splic\w*|join\w*|concatenat\w*|combin\w*|stick|glue|tack|append|attach)\b.{0,60}?\b(?:together\b(?!\s+(?:in|on)\s+"
    r"(?:a|one)\s+(?:image|picture|photo|still|frame))|(?:onto|to|at)\s+the\s+end\s+of|into\s+one\s+(?:continuous\s+|long\s+|single\s+)?"
    r"(?:clip|video|vlog|file|film|reel|movie|recording|time-?lapse|montage|compilation|sequence)|back\s+to\s+back|end\s+to\s+end"
    # "merge <video 0> with <video 1> as a single clip"
    r"|as\s+(?:one|a\s+single)\s+(?:continuous\s+|long\s+)?(?:clip|video|vlog|film|reel|movie|recording)"
    # "join <video 0> and <video 1> into one walkthrough", "... into a single package"
    r"|into\s+(?:one|a\s+single)\b(?!\s+(?:[\w-]+\s+){0,2}?(?:image|picture|photo|still|frame|poster|thumbnail|collage|shot)s?\b))"
    # split in time: "cut <video 0> into three 15-second parts"
    r"|\b(?:cut|split|chop|break|divide|slice)\s+(?:it|this|that|the\s+video|(?:this|the|my|our)\s+(?:[\w-]+\s+){0,3}?(?:video|clip|"
    r"recording|footage))\s+(?:up\s+)?into\s+(?:\d+|two|three|four|five|six|several|multiple)\s+(?:[\w-]+\s+){0,2}?(?:parts|pieces|clips|"
    r"chunks|segments|sections|shorts|stories|videos)\b",
    re.IGNORECASE)


# clips named though not attached: "merge my three b-roll clips into one vlog"
_CLIPS = re.compile(r"\b(?:my|our|the|these|those|two|three|four|both)\s+(?:[\w-]+\s+){0,3}?(?:clips|videos|recordings|footage|films?)\b",
                    re.IGNORECASE)


def cuts_video(text: str, *, video: bool = False) -> bool:
    """The request cuts a video in time or joins clips (see the module docstring); ``video``: a video is attached to
    the request this text is a part of, or an earlier part makes one."""
    if "<video" not in text and not video and not _CLIPS.search(text):
        return False
    words = re.sub(r"<video \d+>", "the video", text)
    return bool(_CUTS.search(command(text, 40)) or _CUTS.search(words))
