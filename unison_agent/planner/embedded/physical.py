"""Chores and errands in the physical world: "fold the laundry", "walk the dog around the block", "carry
the boxes up to the 3rd floor".

The signature head reads such an imperative as a picture to make (its subject is a scene), and the
action probe, fitted on apps, devices, accounts and services, hears no service in it. A request that
opens with a verb of handling things in the world is one; where the verb also edits pictures or text
("clean up", "fix", "move") it counts only with no file; and never with words, code or a picture to work on
("clean up the juice spill", not "clean up <image 0>", "fix this function" or "bring the previous picture
to life").
"""

from __future__ import annotations

import re

from .action import GO, PLACEHOLDER, attaches_file, opening

CAPABILITY = "physical tasks in the world"

_ONLY_PHYSICAL = (r"fold|walk|carry|assemble|water|feed|mow|vacuum|hoover|sweep|mop|scrub|unload|load|lift|drive|park|"
                  r"deliver|fetch|pick\s+up|drop\s+off|take\s+out|hang\s+up|plant|weed|rake|shovel|wash")
_ALSO_EDITS = r"clean(?:\s+up)?|tidy(?:\s+up)?|fix|repair|move|install|cook|bake|measure|buy"
# the verb takes an object ("walk the dog"): "walk cycle of a robot" or "iron man" start a picture's description
_OBJECT = r"\s+(?:the|my|our|his|her|their|these|those|this|that|some|a|an|all|me|us|him|them|it)\b(?!\s+(?:through|thru)\b)"
# ("walk me through what the carer does in <video 0>" asks for an explanation)
_OPENS = re.compile(rf"^{GO}(?:(?:{_ONLY_PHYSICAL})(?:\s+up)?{_OBJECT}|(?:pop|nip|run|head|step)\s+(?:outside|out|over|round|downstairs|"
                    r"upstairs|next\s+door|down|up)\b|come\s+(?:round|over|by)\s+and\b|(?:reseat|unplug|plug\s+in)\s+(?:the|my|our)\b|set\s+up\s+(?:the|my|our)\s+(?:[\w-]+\s+){0,2}?(?:lights|tripod|chairs|tables|tent|stage|furniture|gear)\b|roll\s+(?:my|the|our)\s+(?:physical\s+|real\s+)?(?:dice|die|d\d+)\b)",
                    re.IGNORECASE)
_OPENS_EDIT = re.compile(rf"^{GO}(?:{_ALSO_EDITS}){_OBJECT}", re.IGNORECASE)
_WORDS = re.compile(r"\b(?:code|function|script|bug|query|regex|essay|paragraph|sentence|text|grammar|typos?|email|letter|"
                    r"message|cv|resume|formula|spreadsheet|draft|wording|prompt|caption|list|plan|recipe|idea|"
                    # a picture or video to make or change ("bring the previous picture to life")
                    r"picture|image|photo|pic|video|clip|animation|frame|drawing|painting|poster|panorama|collage|montage)s?\b|\bfootage\b|"
                    # a shot to make ("assemble a seamless wide-angle shot"), not every shot a camera takes
                    r"\b(?:a|an|one|single)\s+(?:[\w-]+\s+){0,2}?shot\b",
                    re.IGNORECASE)


# anywhere, with or without a file: the assistant sent somewhere to handle things ("<image 0> This is the layout I want.
# Please go set up the tables at the hall like this on Saturday.")
# a lock in the picture to open: "<image 0> This is the padlock on my shed. Can you open it for me?"
_OPENS_LOCK = re.compile(r"\b(?:padlock|lock|safe|combination)\b.{0,80}?\b(?:open|unlock|pick|crack)\s+(?:it|this|that)\b",
                         re.IGNORECASE)
_GOES = re.compile(r"(?:^|[.!?]\s+|\b(?:can|could|would)\s+you\s+)(?:please\s+|can\s+you\s+|could\s+you\s+)?go\s+(?:and\s+)?(?:check\s+(?:whether|if|on)|set\s+up|arrange|buy|get|fetch|"
                   r"pick\s+up|grab|collect|put|hang|check\s+on|clean|tidy|decorate|rearrange|move|lay\s+out|water|feed|walk|"
                   r"deliver|drop\s+off|return)\s+(?:the|my|our|some|a|an|it|them|this|these|those)\b", re.IGNORECASE)


# a visit: "Go round to my dad's house and check he took his tablets", "pop over to nan's and water her plants"
_VISITS = re.compile(r"(?:^|[.!?]\s+|\b(?:can|could|would)\s+you\s+)(?:please\s+)?(?:go|pop|nip|head|run|drive|swing)\s+"
                     r"(?:round|over|down|across|by)\s+(?:to\s+)?(?:my|our|the|his|her|their|[\w-]+'s)\b", re.IGNORECASE)


def asks_physical(text: str) -> bool:
    """The request opens (after politeness) with a verb of physical chores or errands, or sends the assistant to go
    and do one."""
    if _GOES.search(text) or _OPENS_LOCK.search(text) or (_VISITS.search(text) and not attaches_file(text)):
        return True
    has_file = attaches_file(text)
    first = opening(text, 8).strip()
    if _WORDS.search(PLACEHOLDER.sub("", text)):
        return False
    if _OPENS.match(first):
        return not (has_file and re.match(r"^(?:wash|plant|load|lift|drive|park)\b", first, re.IGNORECASE))
    return bool(_OPENS_EDIT.match(first)) and not has_file
