"""Earlier conversations recalled: "what did I ask you last week about the mortgage?", "remember the logo you made
for me last month? pull it up again", "is <image 0> sharper than the photo I sent you yesterday?".

A session's own turns are the planner's context (``{$turn.-1}``, an earlier step's file); what was said or made
in another conversation, days ago, is kept nowhere the planner reads, and the language model would invent it.
A request does this when it asks what the user asked, told or sent the assistant, or what the assistant made,
at a time before today ("last week", "yesterday", "a month ago"). Without such a time it may mean this
session's turns, and is left to the planner.
"""

from __future__ import annotations

import re

CAPABILITY = "memory of earlier conversations"

_BEFORE = (r"(?:yesterday|last\s+(?:night|week|month|year|time|weekend|monday|tuesday|wednesday|thursday|friday|saturday|"
           r"sunday|spring|summer|autumn|fall|winter)|the\s+other\s+(?:day|week)|(?:a|one|two|three|a\s+few|a\s+couple\s+of|\d+)"
           r"\s+(?:days?|weeks?|months?|years?)\s+ago|earlier\s+this\s+(?:week|month|year)|on\s+(?:monday|tuesday|"
           r"wednesday|thursday|friday|saturday|sunday)|this\s+morning|earlier\s+today|last\s+(?:session|chat|conversation|call)|"
           r"last\s+time\s+we\s+(?:talked|spoke|chatted|met)|back\s+then|"
           # "in our last chat", "during a previous session"
           r"(?:in|during|from)\s+(?:one\s+of\s+)?(?:our|my|the|a|an)\s+(?:last|previous|earlier|other|old|past)\s+(?:chats?|conversations?|sessions?|"
           r"threads?|talks?))")
_YOU = r"(?:you|u|ya)"
# "what did i ask you ... last week", "what did I tell you about my blood pressure readings last month"
_ASKED = re.compile(rf"\bwhat\s+(?:(?:did|have)\s+(?:i|we)\s+(?:ask|asked|tell|told|say|said|send|sent|show|showed|give|gave)|"
                    rf"(?:i|we)\s+(?:asked|told|said|sent|showed|gave))\s+(?:to\s+)?{_YOU}\b.{{0,80}}?\b{_BEFORE}\b"
                    # "which of the drafts did I say I liked best when we talked on Monday?"
                    rf"|\bdid\s+(?:i|we)\s+(?:say|mention|tell\s+{_YOU})\b.{{0,80}}?\b(?:when\s+we\s+(?:talked|spoke|chatted)\s+)?"
                    rf"{_BEFORE}\b"
                    # "remind me what the promoter from Bristol said to us last time we talked"
                    rf"|^\W*(?:remind\s+me|tell\s+me|what)\b.{{0,60}}?\b(?:said|told|agreed|promised|offered)\b.{{0,40}}?"
                    rf"\blast\s+time\s+(?:we|i)\s+(?:talked|spoke|chatted|met)\b", re.IGNORECASE)
# "the answer you gave me last tuesday", "the logo you made for me last month", "the photo I sent you yesterday"
_MADE = re.compile(rf"\b(?:{_YOU}\s+(?:helped\s+(?:me|us)(?:\s+with)?|made|gave|wrote|drew|did|created|generated|designed|sketched|painted|drafted|"
                   rf"sent|suggested|told|recommended|mentioned|"
                   rf"said|showed)|(?:i|we)\s+(?:mentioned|told\s+{_YOU}|said\s+to\s+{_YOU})|(?:i|we)\s+(?:sent|showed|"
                   rf"gave|shared|uploaded)\s+(?:to\s+|with\s+)?{_YOU}|(?:i|we)\s+asked\s+{_YOU}\s+(?:to|for)|(?:did|have)\s+we\s+"
                   rf"(?:agree|decide|settle|say))\b.{{0,60}}?\b{_BEFORE}\b", re.IGNORECASE)


# "pick up where we left off yesterday", "the brand colours we settled on last week", "what feedback did you give me
# last week", "remind me what the client said when we spoke yesterday"
_LEFT_OFF = re.compile(rf"\b(?:carry\s+on|continue|pick\s+up|resume|finish)\s+(?:with\s+)?(?:the|our|that)\s+(?:[\w'-]+\s+){{0,3}}?"
                       rf"we\s+(?:started|began|wrote|were\s+(?:writing|working\s+on))\s+{_BEFORE}\b"
                       rf"|\b(?:like|as)\s+i\s+(?:told|said\s+to|mentioned\s+to)\s+{_YOU}\s+(?:before|earlier|previously|last\s+time)\b"
                       rf"|\bwe\s+(?:went\s+through|discussed|talked\s+(?:about|through)|worked\s+(?:on|through)|looked\s+at)\b.{{0,60}}?"
                       rf"\btogether\b.{{0,20}}?{_BEFORE}\b|\b(?:in|during|from)\s+(?:one\s+of\s+)?our\s+(?:last|previous|earlier|past|old)\s+(?:chats?|conversations?|sessions?|threads?)\b|\b(?:did|have)\s+{_YOU}\s+(?:give|make|write|draw|send|suggest|tell|recommend|say|show|create|generate)\b"
                       rf".{{0,80}}?\b{_BEFORE}\b|\bwhen\s+we\s+(?:spoke|talked|met|chatted)\s+{_BEFORE}\b|"
                       rf"\b{_BEFORE}\s*,?\s+(?:{_YOU}\s+(?:helped|made|gave|wrote|drew|created|suggested|told|showed|sent)|(?:i|we)\s+(?:showed|"
                       rf"sent|gave|told|asked)\s+{_YOU})\b|\bwe\s+were\s+(?:chatting|talking)\s+{_BEFORE}\b|\bwhere\s+(?:we|i|you)\s+(?:left\s+off|stopped|got\s+to)\b.{{0,40}}?\b{_BEFORE}\b"
                       rf"|\b(?:we|you\s+and\s+i)\s+(?:settled\s+on|agreed\s+on|decided\s+on|went\s+with|came\s+up\s+with|"
                       rf"picked\s+out|landed\s+on)\b.{{0,40}}?\b{_BEFORE}\b"
                       # "remind me what we discussed yesterday about my essay"
                       rf"|\b(?:we|you\s+and\s+i)\s+(?:brainstormed|drafted|outlined|sketched\s+out|planned|worked\s+out)\b.{{0,40}}?\b{_BEFORE}\b"
                       # "same fence quote as last time, you've got all the numbers from before"
                       rf"|\bsame\s+(?:[\w'-]+\s+){{0,2}}?(?:quote|plan|list|answer|recipe|draft|summary|schedule|estimate|outline|"
                       rf"letter|email|prompt|image|picture|logo|design|caption|layout|workout|menu|itinerary)s?\s+as\s+(?:last\s+time|"
                       rf"before|yesterday|last\s+week)\b"
                       rf"|\bwhat\s+(?:we|you\s+and\s+i)\s+(?:discussed|talked\s+about|went\s+over|covered|agreed|decided|said)\b"
                       rf".{{0,60}}?\b{_BEFORE}\b", re.IGNORECASE)
# kept for a later conversation: "remember my shoe size and use it next time", "... every image you make from now on"
_KEEP = r"(?:next\s+time|from\s+now\s+on|later\s+on|for\s+later|(?:all|any|every)\s+future\s+(?:chats?|conversations?|sessions?|answers?)|next\s+(?:week|month|term|semester|year|session)|in\s+(?:the\s+)?future|going\s+forward|every\s+time\s+(?:i|we)|whenever\s+(?:i|we))"
_KEEPS = re.compile(rf"^\W*(?:please\s+)?(?:remember|memori[sz]e|keep\s+(?:[\w'-]+\s+){{0,3}}?in\s+mind|make\s+a\s+note\s+of|save|store)\b.{{0,100}}?"
                    rf"\b{_KEEP}\b|\b{_YOU}\s+(?:[\w'-]+\s+){{0,3}}?{_KEEP}\b"
                    # "From now on, remember our north star is ..."
                    rf"|\b{_KEEP}\s*,?\s+(?:please\s+)?(?:remember|keep\s+in\s+mind|memori[sz]e|always)\b", re.IGNORECASE)


# what the assistant itself made before today: "the same meal plan you made for me last week", "the packing list you made
# me last time"; words asked about it still need it (the user restates nothing of it). Not a letter's own voice:
# "a thank-you note to aunt Jo for the scarf you sent me last week"
_OWN_WORK = re.compile(rf"\b{_YOU}\s+(?:made|wrote|drew|created|generated|designed|sketched|painted|drafted|came\s+up\s+with|put\s+together|"
                       rf"planned)\b.{{0,60}}?"
                       rf"\b{_BEFORE}\b", re.IGNORECASE)
_THANKS_FOR = re.compile(r"\bfor\s+(?:the\s+|all\s+the\s+|your\s+|that\s+)?(?:[\w'-]+\s+){0,3}$", re.IGNORECASE)


def recalls_own_work(text: str) -> bool:
    """The request points at something the assistant made in a conversation before today."""
    return any(not _THANKS_FOR.search(text[:m.start()]) for m in _OWN_WORK.finditer(text))


def recalls_earlier(text: str) -> bool:
    """The request asks for what was said, sent or made in a conversation before today, or asks to keep something for
    a later one."""
    return bool(_ASKED.search(text) or _MADE.search(text) or _LEFT_OFF.search(text) or _KEEPS.search(text))
