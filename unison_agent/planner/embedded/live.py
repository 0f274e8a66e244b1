"""Live data asked as a plain question: "whats the current exchange rate euro to yen", "top trending
hashtags today?".

The action probe hears verbs ("check", "look up", "find me"); a question with none reads as text
understanding, and the language model would answer it from stale knowledge as if it were today's. Two
things together mark it: words for *now* ("right now", "today", "currently", "latest", "this week") and a
subject that changes by the hour (prices, rates, weather, scores, news, trends, waits, what is open).
Either alone is ordinary ("what should I cook tonight?", "what is the average rent in Lisbon?"). A request
for words or for how to do something is text work whatever it mentions, and so is anything with a file.
"""

from __future__ import annotations

import re

CAPABILITY = "web and live data"

_NOW = re.compile(r"\b(?:right\s+now|at\s+the\s+moment|as\s+of\s+(?:now|today)|currently|current|latest|live|today'?s?|"
                  r"tonight'?s?|this\s+(?:week|morning|afternoon|evening)|so\s+far\s+today|trending|up\s+to\s+date)\b",
                  re.IGNORECASE)
_CHANGING = re.compile(r"\b(?:prices?|cost|rates?|exchange|weather|forecast|temperature|scores?|standings|results|news|"
                       r"headlines|trending|trends|hashtags|wait(?:ing)?\s+times?|wait|queues?|traffic|delays?|delayed|"
                       r"open|closed|stocks?|shares|availab(?:le|ility)|odds|polls?|bitcoin|crypto|gas|petrol|fuel|"
                       r"departures?|arrivals?)\b", re.IGNORECASE)


def asks_live(text: str) -> bool:
    """A text with no file that asks about something changing, now."""
    return "<image" not in text and "<video" not in text and bool(_NOW.search(text)) and bool(_CHANGING.search(text))
