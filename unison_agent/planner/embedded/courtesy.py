"""The request without the courtesy around its ask, as every reader of the embedded planner sees it.

Polite requests wrap the ask in words none of the planner's data has: "Good afternoon! I've just finished this
bouquet, pictured in <image 0>, and I'd be so grateful if you could post it to my shop's Instagram", "I took a photo of
this engine bay in <image 0> — would you be able to point out where the coolant reservoir is?". The head read the
first as a new video of the bouquet and the rules saw no errand: the ask is hidden mid-sentence behind a dash or a
"grateful if you could". ``plainly`` says it the way the data does: the greeting and the closing thanks dropped, the
ask a sentence of its own ("... in <image 0>. Could you post it ..."), its frame "could you". What is asked, and
every word of its content, stays.
"""

from __future__ import annotations

import re

# "Hello!", "Good morning,", "Hi there -": only with punctuation after it, so "hi-res" or "Hey Jude" stay
_GREETING = re.compile(r"^\s*(?:hello|hi|hey|hiya|howdy|greetings|good\s+(?:morning|afternoon|evening|day))"
                       r"(?:\s+(?:there|all|team|everyone|friend))?\s*(?:[,!.:;]+|\s[-\u2013\u2014])\s*(?=\S)", re.IGNORECASE)
# "Thanks!", "Thank you so much in advance." closing the request
_THANKS = re.compile(r"(?<=[.!?])\s+(?:many\s+)?(?:thanks|thank\s+you)(?:\s+(?:so|very)\s+much)?(?:\s+in\s+advance)?"
                     r"(?:\s+for\s+(?:your|the)\s+help)?\s*[!.]*\s*$", re.IGNORECASE)
# the frames of an ask: "would you be able to", "I'd be so grateful if you could", "is there any chance you could"
_FRAME = (r"(?:would|could)\s+you\s+be\s+able\s+to|(?:would|could)\s+you\s+be\s+so\s+kind\s+as\s+to|"
          r"is\s+there\s+(?:any|a)\s+(?:chance|way)\s+(?:that\s+)?you\s+(?:could|can)|any\s+chance\s+you\s+could|"
          r"(?:i'?d|i\s+would)\s+(?:be\s+(?:so\s+|very\s+|really\s+|most\s+|super\s+)?(?:grateful|thankful)|"
          r"(?:really\s+|so\s+)?(?:love|appreciate)\s+it)\s+if\s+you\s+could|"
          r"it\s+would\s+be\s+(?:so\s+|really\s+)?(?:great|lovely|wonderful|amazing|brilliant|helpful|fantastic)\s+if\s+you\s+could")
# an ask that opens mid-sentence after the story: "..., and I'd be so grateful if you could ...", "... — could you ..."
_ASK_OPENS = r"(?:could|can|would|will)\s+you\b|please\b|" + _FRAME
_MID_ASK = re.compile(rf"(?<![.!?])(?:\s*[\u2013\u2014]\s*|\s+--?\s+|,\s*(?:and|so)\s+)(?=(?:{_ASK_OPENS}))", re.IGNORECASE)
_FRAMED = re.compile(rf"\b(?:{_FRAME})\b", re.IGNORECASE)
_OPENER = re.compile(r"(?:^|(?<=[.!?]\s))(could|can|would|will|please)\b")


def plainly(text: str) -> str:
    """``text`` with its courtesy said plainly (the module docstring); ``text`` itself when there is none."""
    out = _THANKS.sub("", _GREETING.sub("", text, count=1))
    out = _FRAMED.sub("could you", _MID_ASK.sub(". ", out))
    out = _OPENER.sub(lambda m: m.group(1).capitalize(), out)
    return out if out.strip() else text
