"""The user's own accounts and files, read or searched: "find the photo in my camera roll where I'm wearing the
red jacket", "what did Mark say in the last email he sent me?", "how much money is left in my checking account".

Nothing here reaches an inbox, a photo library, a bank or a calendar; the language model would answer from
nothing. A request does this when, with no file attached, it opens with a verb that finds, reads or tidies
things and names one of the user's stores, or asks what is in one. Advice about them is words ("how much should
I keep in my savings account?"), and so is anything to write for them (the router withdraws a refusal of a
request for words or instructions).
"""

from __future__ import annotations

import re

from .action import attaches_file, command

_STORE = (r"my\s+(?:(?:work|personal|school|phone'?s?|iphone'?s?|android)\s+)?(?:inbox|external\s+(?:hard\s+)?(?:drive|disk|ssd)|nas|"
          r"sd\s+card|usb\s+(?:stick|drive)|e-?mails?|gmail|outlook|camera\s+roll|photo\s+library|gallery(?!\s+wall)|"
          r"photos\s+app|phone'?s?\s+photos|google\s+photos|laptop|computer|pc|phone(?!\s+(?:case|screen|number|call))|fitbit|apple\s+watch|health\s+app|garmin|strava|downloads?(?:\s+folder)?|desktop|hard\s+drive|google\s+drive|dropbox|icloud|onedrive|"
          r"calendar|calender|contacts|texts|text\s+messages|messages|dms|whatsapp|voicemails?|"
          r"(?:bank|checking|savings|credit\s+card)\s+(?:account|balance|statement)s?|account\s+balance|order\s+history|"
          r"browser\s+history|search\s+history|notes\s+app|files|documents\s+folder)\b")
_FINDS = re.compile(
    rf"^(?:find|show|open|read|check|search|look\s+through|go\s+through|pull\s+up|list|count|sort|organi[sz]e|clean\s+up|"
    rf"summari[sz]e|scan|dig\s+up|grab)\b.{{0,80}}?\b(?:in|on|from|through|of)\s+{_STORE}"
    rf"|^(?:look|go|dig|search|scroll)\s+(?:through|in|into)\s+{_STORE}"
    # with no file: "save this whole conversation as a text file on my desktop"
    rf"|^(?:save|download|export|store|copy|move|put)\b.{{0,60}}?\b(?:to|on|in|into|onto)\s+{_STORE}", re.IGNORECASE)
# with no file, anywhere: "put the twelve photos from my shoot folder into a slideshow", "straight from the smart meter"
_FROM_STORE = re.compile(r"\bfrom\s+my\s+(?:[\w'-]+\s+){0,2}?(?:folder|library|gallery|camera\s+roll|downloads|desktop)\b"
                         r"|\bfrom\s+(?:the|my|our)\s+smart\s+(?:meter|thermostat|plug|scale|watch)s?\b", re.IGNORECASE)
_ASKS = re.compile(rf"^(?:what|what's|whats|how\s+much|how\s+many|how\s+(?:far|long|often|fast)|when|who|is\s+there|are\s+there|did|do\s+i\s+have)\b"
                   rf"(?!.*\b(?:should|could|would|ideally|usually|typically|recommend)\b).{{0,80}}?\b(?:in|on|from|according\s+to)\s+{_STORE}",
                   re.IGNORECASE)
_SAID = re.compile(r"\bwhat\s+did\s+[\w'.-]+(?:\s+[\w'.-]+)?\s+(?:say|write|send)\s+(?:me\s+)?(?:in|on)\s+(?:the|his|her|their|my)\s+"
                   r"(?:last|latest|most\s+recent)\s+(?:e-?mail|message|text|dm|voicemail)", re.IGNORECASE)


# with or without a file: more of the user's files to fetch ("grab the other photos from that trip in my camera roll")
_FETCHES = re.compile(rf"\b(?:grab|pull|fetch|get|find|dig\s+up|add)\s+(?:all\s+)?(?:the\s+)?(?:other|more|rest|remaining)\b"
                      rf".{{0,60}}?\b(?:from|in|on|out\s+of)\s+{_STORE}", re.IGNORECASE)
# with no file, anywhere: "... check my chase account", "use my linkedin profile pic to make a headshot"
_LOOKS_IN = re.compile(r"\b(?:check|look\s+(?:at|in|through)|go\s+through|open|log\s+into)\s+my\s+(?:[\w'-]+\s+){0,2}?"
                       r"(?:account|inbox|bank\s+app|statements?|e-?mails?|calendar|camera\s+roll)\b"
                       r"|\b(?:use|from|in|on|check|grab|get|pull)\s+my\s+(?:linkedin|facebook|instagram|insta|twitter|tiktok|"
                       r"google|whatsapp|slack|spotify|netflix)\s+(?:[\w-]+\s+){0,2}?(?:pic(?:ture)?s?|photos?|avatar|posts?|feed|"
                       r"messages?|account|profile|history|playlists?)\b", re.IGNORECASE)


# with or without a file: "apply my preset to all the photos in my catalog", "rename every clip in my Premiere bin"
_BATCH = re.compile(r"\b(?:all|every|each)\s+(?:of\s+)?(?:the\s+|my\s+|our\s+)?(?:[\w'-]+\s+){0,2}?(?:photos?|pictures?|pics|images?|"
                    r"videos?|clips?|files?|shots|screenshots|recordings|documents)\s+(?:in|on|from|inside)\s+(?:my|our)\b",
                    re.IGNORECASE)
# with no file: "which of my holiday photos from Italy came out the sharpest?", "compare my blood test results with ...",
# "how many steps did I walk yesterday?"
_PICKS = re.compile(r"^(?:which|how\s+many|find|show|pick|choose|select)\b.{0,40}?\bmy\s+(?:[\w'-]+\s+){0,3}?(?:photos|pictures|"
                    r"pics|videos|clips|screenshots|selfies)\b", re.IGNORECASE)
_RECORDS = re.compile(r"^(?:compare|check|look\s+at|review|go\s+over|analy[sz]e|read|pull\s+up)\s+my\s+(?:[\w-]+\s+){0,2}?"
                      r"(?:results|records|readings|statements?|bloodwork|labs)\b", re.IGNORECASE)
# "how many covers did we do last Friday?"
_DID_I = re.compile(r"^how\s+(?:many|much|long|far|well)\b.{0,40}?\bdid\s+(?:i|we)\s+(?:walk|run|sleep|spend|burn|eat|drink|earn|drive|"
                    r"cycle|ride|swim|use|log|do|sell|serve|take|make|book|order)\b.{0,40}?\b(?:yesterday|today|last\s+(?:night|week|month|"
                    r"monday|tuesday|wednesday|thursday|friday|saturday|sunday|weekend|year)|this\s+(?:week|month|year|term|season)|so\s+far)\b",
                    re.IGNORECASE)
_BALANCE = re.compile(r"\bmy\s+(?:current\s+|actual\s+|real\s+)?(?:bank|checking|savings|credit\s+card)\s+(?:account\s+)?balance\b", re.IGNORECASE)


def reads_own_data(text: str) -> bool:
    """With no file, the request finds, reads or asks about what is in the user's own accounts or files; with or
    without one, it fetches more of them."""
    if _FETCHES.search(text) or _BATCH.search(text):
        return True
    if attaches_file(text):
        return False
    first = command(text, 40)
    return bool(_FINDS.match(first) or _ASKS.match(first) or _FROM_STORE.search(text) or _SAID.search(text) or _LOOKS_IN.search(text) or _BALANCE.search(text)
                or _PICKS.match(first) or _RECORDS.match(first) or _DID_I.match(first))
