"""The sentences of a request that ask, without those that tell the situation.

Users give context before (or after) what they ask: "<image 0> I'm listing my apartment for rent next week and the
living room looks so gloomy in this shot. Can you brighten it up so it looks like a sunny afternoon?" A sentence
that tells ("I'm listing my apartment ...", "This is my daughter's floor routine.", "My phone showed this
notification.") reads, to the action probe, like an errand, and, to the signature head, like a second step.
``asks_only`` drops such sentences: ones that open with the user, the file or a pronoun as their subject and do not
ask ("I need ...", "It should ...", "... can you ...", "please", a question mark). For the signature head, whose plan
takes its prompts and roles from the words it reads, only the user's own story is dropped (``own_story``): a sentence
about someone else ("He is wearing a black coat ...", "He delivers 198 newspapers ...") or naming a file ("I have an
image <image 0> and a mask <image 1>.") is content.
"""

from __future__ import annotations

import re

from .action import PLACEHOLDER

_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=\S)")
# a sentence that tells the situation: a statement about the user or the file, not an ask ("I need ...", "I'd like ...")
_TELLS = re.compile(r"^(?:<(?:image|video) \d+>\s*)*(?:i|i'm|im|i've|ive|i\s+am|i\s+have|my|our|we|we're|we've|this|these|"
                    r"that|it|it's|its|here's|here\s+is|there's|he|she|they|his|her|their|"
                    # a caption of the file: "Screenshot of our CRM.", "Photo of the whiteboard from sprint planning."
                    r"(?:a\s+|the\s+)?(?:screenshot|photo|picture|pic|image|video|clip|footage|recording|shot|headshot|scan|"
                    r"selfie)\s+(?:of|from))\b"
                    r"(?!\s+(?:need|needs|want|wants|would\s+like|'d\s+like|am\s+looking\s+for|'m\s+looking\s+for|"
                    r"looking\s+for|have\s+to|must|should)\b)(?!.*\b(?:can|could|would|will)\s+(?:you|u)\b)(?!.*\bplease\b)",
                    re.IGNORECASE)


_OWN = re.compile(r"^(?:<(?:image|video) \d+>\s*)*(?:i|i'm|im|i've|ive|i\s+am|i\s+have|my|our|we|we're|we've)\b", re.IGNORECASE)


def asks_only(text: str, *, own_story: bool = False) -> str | None:
    """``text`` without the sentences that tell the situation, or ``None`` when it has none or nothing else.
    ``own_story``: only those that tell the user's own story and name no file (placeholders at a sentence's start
    stay in the text)."""
    sentences = _SENTENCE_END.split(text.strip())
    asks = [s for s in sentences if "?" in s or not _TELLS.match(s) or (own_story and not _own_story(s))]
    if len(sentences) < 2 or not asks or len(asks) == len(sentences):
        return None
    # files named at a dropped sentence's start go with the rest
    return " ".join([*_leading_files(sentences, asks), *asks] if own_story else asks)


def _own_story(sentence: str) -> bool:
    """A sentence about the user that names no file past its start ("<image 0> My parents on their wedding day.")."""
    return bool(_OWN.match(sentence)) and not PLACEHOLDER.search(sentence[len(" ".join(_leading(sentence))):])


def _leading(sentence: str) -> list[str]:
    m = re.match(r"^(?:<(?:image|video) \d+>\s*)+", sentence)
    return PLACEHOLDER.findall(m.group(0)) if m else []


def _leading_files(sentences: list[str], kept: list[str]) -> list[str]:
    return [f for s in sentences if s not in kept for f in _leading(s)]

