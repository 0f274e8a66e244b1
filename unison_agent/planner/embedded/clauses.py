"""Later clauses that ask for an errand: "write a cover letter for this job and submit my application on LinkedIn".

The action probe reads a request's whole sentence and its opening words, where the verb usually is. An errand
in a later clause is diluted by what comes before it ("<image 0> here's the parking ticket, pay it online",
"find me an airbnb in Asheville for Oct 4-6 and book it"), and the text-work check withdraws a refusal of a
request that opens by asking for words ("write my resume ... and save it as a .docx"). So the router also
judges each later clause alone, for refusal only: a clause never plans anything (BENCHMARKS, eleventh stop).

A later clause starts after "and" (", and", "&", "plus", "but") or after a comma, semicolon, full stop or
dash, and only where its first word (after "please", "just", "go ahead and" ...) is a verb of an errand:
sending, posting, buying, booking, calling, printing, running ... (``ERRAND_VERBS``). The probe still
decides: "keep it casual" and "tell me what breed it is" open with such verbs and are not refused for it.
Text after a colon is content (a to-do list, quoted words: "make a to-do list: call plumber, buy gift") and
is not cut, unless what comes before it shows a file and names no words ("Here's <image 0>, his rash: describe it
and forward it to his GP"). A clause that only hands the result to the user ("and send it to me", "then show me")
is no errand.
"""

from __future__ import annotations

import re

from .action import attaches_file, command

ERRAND_VERBS = frozenset((
    "add", "alert", "apply", "ask", "attach", "auction", "book", "browse", "burn", "buy", "call", "cancel", "charge",
    "check", "comment", "contest", "dial", "dispute", "dm", "donate", "download", "drop", "email", "enroll",
    "execute", "fax", "fetch", "file", "find", "follow", "forward", "give", "google", "grab", "hum", "install",
    "invite", "lay", "let", "list", "listen", "lock", "look", "mail", "message", "mint", "monitor", "narrate", "notify",
    "open", "order", "pay", "pick", "pin", "ping", "play", "post", "put", "print", "publish", "purchase", "rate",
    "read", "record", "refund", "register", "remind", "reorder", "renew", "reply", "reserve", "respond", "return", "review",
    "ring", "run", "save", "say", "schedule", "search", "sell", "send", "set", "share", "ship", "show", "sign",
    "sing", "speak", "start", "stop", "store", "stream", "submit", "subscribe", "switch", "sync", "tag", "tell",
    "text", "track", "transfer", "turn", "tweet", "unlock", "unsubscribe", "upload", "voice", "whatsapp", "airdrop", "venmo",
))
"""First words of a clause the router judges alone. Not "keep" ("keep it professional") nor "bring" ("bring that
picture to life"): generated requests use both for what the built-in tools do; not "like" (", like at moma")."""

_IF_SO = r"if\s+(?:yes|so|not|it\s+is|it's|they\s+are|that's\s+the\s+case),?"
# "is it eczema? If yes please book me a dermatologist"
_LEAD = r"(?:(?:please|pls|plz|just|then|also|so|go\s+ahead\s+and|can\s+(?:you|u)|could\s+(?:you|u)|" + _IF_SO + r")\s+)*"
_VERB = r"(?:" + "|".join(sorted(ERRAND_VERBS)) + r")\b(?![-'])"
_AND = re.compile(r"\s*(?:,\s*|;\s*|\s+)(?:and|&|plus|but)\s+(?=" + _LEAD + _VERB + ")", re.IGNORECASE)
_MARK = re.compile(r"(?:[,;.!?]|\s-|\s\u2014)\s+(?=" + _LEAD + _VERB + ")", re.IGNORECASE)
# a request put politely as a question: its "?" ends the request, not a question ("could you write a cover letter and
# save it as a Word document?")
_POLITE_ASK = re.compile(r"^\W*(?:please\s+)?(?:can|could|would|will)\s+(?:you|u)\s+(?:please\s+|kindly\s+)?(?!tell\b|explain\b|help\b)"
                         r"[a-z]+\b(?=.*\?\s*$)", re.IGNORECASE)
_MIN_WORDS = 2


_TO_USER = re.compile(r"^" + _LEAD + r"(?:send|give|show|hand)\b(?!.*\b(?:links?|url|urls)\b)(?=.*\bme\b)", re.IGNORECASE)
_TO_USER_WORDS = 6


_ANSWER = re.compile(r"^" + _LEAD + r"(?:tell|show)\s+me\b|^" + _LEAD + r"let\s+me\s+know\b", re.IGNORECASE)


def hands_over(clause: str) -> bool:
    """Whether a clause only gives the result to the user: "send it to me", "show me the result" (not "send me
    the link", which a service makes), or asks for the answer ("and tell me if I can park here on sunday": what it
    needs to know is for the rules to read, not the probe)."""
    return (len(clause.split()) <= _TO_USER_WORDS and _TO_USER.match(clause) is not None) or bool(_ANSWER.match(clause))


USER_DOES = re.compile(r"\b(?:before|so\s+(?:that\s+)?|then|and\s+then)\s*(?:i|we)\s+(?:can\s+|will\s+|'ll\s+)?(?:post|put|share|"
                       r"upload|send|list|use|print)\b.*", re.IGNORECASE)
"""What the user will do with the result ("before I share it with the vendor", "so I can post it on marketplace"):
no errand asked of the planner."""
_SAYS = re.compile(r"^" + _LEAD + r"(?:tell(?!\s+me\b)|say|ask|let(?!\s+me\b)|remind(?!\s+me\b))\b", re.IGNORECASE)


# "how do I install python and set up pyenv": every clause is under the question
_HOW_I = re.compile(r"^\W*(?:how\s+(?:do|can|could|should|would)\s+(?:i|we|you|one)|how\s+to|what(?:'s|\s+is)\s+the\s+"
                    r"(?:best|easiest|quickest|fastest|safest|right)\s+way\s+to|(?:walk|talk|take)\s+me\s+through)\b", re.IGNORECASE)


_FILE_SHOWN = re.compile(r"<(?:image|video) \d+>")
# words to write before a colon: "caption <image 0>: buy one get one free", "<image 0> add the text: ..."
_WORDS_BEFORE = re.compile(r"\b(?:captions?|text|words?|says?|saying|writes?|written|lists?|labels?|titles?|signs?|reads?|reading|"
                           r"slogans?|messages?|quotes?|lines?|heading|tagline|banner|notes?)\b", re.IGNORECASE)


def later_clauses(part: str, *, writes: bool = False) -> list[str]:
    """The clauses after the first in one part of a request that open with an errand verb, in order; none for
    a part with a single clause or one that asks how to do something. ``writes``: the part asks for words, so
    "tell him ...", "ask her ..." say what the words are to say ("write an email to my landlord and tell him I'm
    home after 5"), and are left out."""
    if _HOW_I.match(command(part)):
        return []
    head, colon, after = part.partition(":")
    if colon and _FILE_SHOWN.search(head) and not _WORDS_BEFORE.search(head):
        head = f"{head}. {after}"  # "Here's <image 0>, the rash on his leg: describe it and forward it to his GP" asks after the colon
    if _POLITE_ASK.match(head):
        head = head.rstrip().rstrip("?")
    pieces = [re.sub(rf"^{_IF_SO}\s+", "", USER_DOES.sub("", p).strip(" ,;.:!"), flags=re.IGNORECASE)
              for chunk in _AND.split(head) for p in _MARK.split(chunk)]
    # a question's second half asks too ("how do I install and set up pyenv?")
    return [p for p in pieces[1:] if len(p.split()) >= _MIN_WORDS and "?" not in p and not (writes and _SAYS.match(p))
            and not re.fullmatch(_IF_SO, p, re.IGNORECASE) and not (_SUMS.match(p) and attaches_file(part))]


# a sum of what was read off an attached file, not an errand: "read the totals on the sheet in <image 0> and add them
# up" (with no file, what is summed must be fetched: "scan the receipts on my desk and add them up")
_SUMS = re.compile(r"^(?:add|total|tot|sum)\s+(?:them|it|these|those|this|that|everything|all(?:\s+of\s+(?:them|it))?)(?:\s+all)?\s+up\b",
                   re.IGNORECASE)
