"""Doing something with an attached file elsewhere: "post <video 0> on my tiktok", "print 50 copies of this
flyer <image 0>", "set <image 0> as my lock screen".

The signature head reads these as a picture made from the file (a reference, an edit), and the action
probe, which weighs the whole sentence, misses some of them. With a file attached, a request does this
when it opens with a verb that sends, shares, stores or prints a file and

- that verb is one no edit or question uses ("post", "upload", "email", "print", "order"...),
- or it is handed to someone ("text this picture <image 0> to my sister", "airdrop <image 0> to my wife's phone"),
- or, for verbs that also do other things ("share", "send" but not "send me", "put", "set", "list"), the file
  goes somewhere named: an app, a service or a device ("put this poster up on our Slack"), or becomes a
  phone's or profile's picture ("set <image 0> as my lock screen"), or, for "share", someone it is shared with
  at the end ("share <video 0> with her physiotherapist").

An edit that only mentions an app ("crop <image 0> to fit on instagram") opens with the edit's verb.
"""

from __future__ import annotations

import re

from .action import GO, PLACEHOLDER, attaches_file, opening

CAPABILITY = "actions on other services"

_SENDS = r"(?:cross-?|re)?post|upload|e-?mail|mail|print|fax|forward|publish|tweet|order|buy|purchase|back\s+up|backup|sync"
_PUTS = (r"share|send(?!\s+(?:me|us)\b)|text|dm|whatsapp|sell|list|submit|attach|cast|stream|put|add|save|set|pin|drop|"
         r"stick|move|copy|store|file|show|display|play|use")
_SERVICE = (r"instagram|insta|ig|tiktok|facebook|fb|youtube|linkedin|pinterest|reddit|snapchat|whatsapp|telegram|signal|"
            r"slack|teams|discord|zoom|dropbox|google\s+drive|gdrive|(?<=my\s)drive|(?<=our\s)drive|(?<=the\s)drive|(?<=shared\s)drive|google\s+photos|icloud|onedrive|etsy|amazon|"
            r"ebay|shopify|craigslist|marketplace|gmail|outlook|inbox|printer|chromecast|tv|television|website|site|blog|"
            r"group\s+chat|channel|album|feed|story|stories|account|profile|desktop|camera\s+roll|gallery|portal|"
            # a page of the user's site: "change my byline photo on the staff page to <image 0>"
            r"(?:web|staff|team|about|home|landing|author|company|contact|bio)\s*page|intranet|wordpress|cms")
_PLACED = re.compile(rf"\b(?:on|onto|to|in|into|via|through|with)\s+(?:my|our|the|his|her|their|a|an)?\s*(?:[\w'#-]+\s+){{0,2}}?"
                     rf"(?:{_SERVICE})\b", re.IGNORECASE)
_BECOMES = re.compile(r"\b(?:as|be)\s+(?:my|our|the)\s+(?:new\s+)?(?:phone\s+|desktop\s+|laptop\s+)?(?:wallpaper|lock\s*screen|"
                      r"home\s*screen|background|profile\s+(?:pic|picture|photo)|avatar|pfp|cover\s+photo|banner)\b",
                      re.IGNORECASE)
_OPENS_SENDS = re.compile(rf"^{GO}(?:{_SENDS})\b(?![-])", re.IGNORECASE)
# the file handed to someone: "text this picture <image 0> to my sister", "whatsapp <video 0> to the cousins group"
_HANDS_TO = re.compile(rf"^{GO}(?:send|text|dm|whatsapp|airdrop|share|forward|message)\s+(?:(?:it|this|that|these|those|the|them)\s+)?"
                       r"(?:(?:pic|pics|picture|pictures|photo|photos|image|images|video|videos|clip|clips|one|file)\s+)?"
                       r"(?:over\s+)?to\s+(?!me\b|us\b|myself\b|the\s+(?:back|front|background|foreground)\b)", re.IGNORECASE)
_OPENS_PUTS = re.compile(rf"^{GO}(?:{_PUTS})\b(?![-])", re.IGNORECASE)


# anywhere, the file handed to a shop or a disc, asked of the planner: "have it printed on 200 postcards", "get 50 copies
# printed", "burn it onto a DVD"; not what the user will do ("I'll get it printed on a mug myself", "im getting it printed")
_DONE_ELSEWHERE = re.compile(r"(?<!\bi'll\s)(?<!\bill\s)(?<!\bwe'll\s)(?<!\bwill\s)(?<!\bto\s)(?<!\bgonna\s)\b(?:get|have)\s+(?:it|this|that|them|these|those|\d+|some|a\s+few|(?:a|one)\s+copy)\s+"
                             r"(?:[\w-]+\s+){0,3}?(?:printed|framed|laminated|delivered|shipped|mailed|posted|uploaded|published|"
                             r"burned|burnt|engraved|embroidered|couriered|dispatched|picked\s+up)\b|\bburn\s+(?:it|this|that|them|the\s+\w+)\s+(?:on|onto|to)\s+"
                             r"(?:an?\s+)?(?:dvds?|cds?|discs?|blu-?rays?|usb)\b", re.IGNORECASE)


def acts_on_file(text: str, *, earlier: bool = False) -> bool:
    """An attached file to be sent, shared, stored or printed elsewhere (see the module docstring). ``earlier``: the
    text is a later part or clause of a request, whose "it" is a file an earlier one made."""
    if _DONE_ELSEWHERE.search(text) and "?" not in text:
        return True
    if not attaches_file(text) and not earlier:
        return False
    first = opening(text, 8).strip()
    words = PLACEHOLDER.sub(" ", text)
    if _OPENS_SENDS.match(first) or _HANDS_TO.match(first):
        return True
    if re.search(r"\bset\s+(?:it|this|that|them)\s+as\b", words, re.IGNORECASE) and _BECOMES.search(words):
        return True
    if _ENTERED.search(words):
        return True
    if _OPENS_SHARE.match(first) and _WITH_SOMEONE.search(words):
        return True
    if _SWAPS_PICTURE.match(first) and _PLACED.search(words):
        return True
    return bool(_OPENS_PUTS.match(first)) and bool(_PLACED.search(words) or _BECOMES.search(words))


# the user's own picture on a page or account swapped for the attached one: "swap my headshot on the team page for
# <image 0>" (an edit names no place it lives)
_SWAPS_PICTURE = re.compile(rf"^{GO}(?:swap|change|replace|update)\s+(?:my|our|the)\s+(?:[\w'-]+\s+){{0,2}}?(?:photo|picture|pic|"
                            r"headshot|avatar|image|logo|banner|thumbnail)\s+(?:on|in)\b", re.IGNORECASE)


# entered for a prize: "Enter <image 0> into the county show photography competition for me"
_ENTERED = re.compile(r"^\W*(?:please\s+)?(?:enter|submit)\s+(?:it|this|that|them|my|our|the)?\s*(?:[\w'-]+\s+){0,2}?(?:in|into|to|for)\s+"
                      r"(?:the|a|an|this|our|my)\s+(?:[\w'-]+\s+){0,4}?(?:competitions?|contests?|comps?|raffles?|prize\s+draws?|"
                      r"awards?|exhibitions?)\b", re.IGNORECASE)
# shared with someone: "share this video of nan doing her exercises <video 0> with her physiotherapist"
_OPENS_SHARE = re.compile(rf"^{GO}share\b", re.IGNORECASE)
_WITH_SOMEONE = re.compile(r"\bwith\s+(?:my|our|his|her|their|your|the)\s+(?!own\b)(?:[\w'-]+\s+){0,2}?[\w'-]+\s*(?:[.!?]|$)",
                           re.IGNORECASE)


_OWN_PLACE = re.compile(r"\b(?:my|our)\s+(?:[\w'-]+\s+){0,2}?(?:listing|profile|account|page|channel|feed|website|site|store|shop|"
                        r"listing\s+photo|profile\s+(?:pic|picture|photo))\b", re.IGNORECASE)


def names_service(text: str) -> bool:
    """The request names a service, account or page a file goes to ("replace the photo on my etsy listing with <image 0>",
    "... as my lock screen")."""
    words = PLACEHOLDER.sub(" ", text)
    return bool(_PLACED.search(words) or _BECOMES.search(words) or _OWN_PLACE.search(words))
