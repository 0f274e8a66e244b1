"""Errands done through an account or a service: "book a table for two at 8", "cancel my spotify premium",
"sign my son up for the spring soccer league", "move 200 bucks from checking into savings", "send a telegram
message to @darko saying the build is green".

The action probe hears most such requests; these are the ones it missed on used sets: imperatives whose verb
(book, cancel, submit, transfer...) reads to the sentence encoder like the start of a description. A request is
one when it opens (after politeness) with such a verb and the object a service acts on: a booking, an
appointment, an account's plan, money, a message with what it says, an order. Words to write about them stay
text work ("write a text to my landlord", "draft a cancellation email": the router withdraws a refusal of a
request for words), and the object must follow the verb ("book cover for a thriller" is a picture).
"""

from __future__ import annotations

import re

from .action import GO, command

_BOOKED = (r"van|minibus|hall|marquee|truck|storage\s+unit|locker|table|flight|flights|train|trains|bus|coach|ferry|room|hotel|ticket|tickets|appointment|appt|seat|seats|car|ride|uber|lyft|taxi|cab|stay|"
           r"airbnb|spot|slot|session|class|court|tee\s+time|reservation|meeting|call|zoom|visit|viewing|consultation|"
           r"pickup|delivery|haircut|massage|vet|dentist|doctor|pitch|campsite|cabin|cottage|lodge|villa|berth|billboard|ad\s+slot|booth|stand|venue|"
           r"manicure|pedicure|facial|wax|waxing|blow-?dry|blowout|trim|colou?r\s+appointment|lesson|lessons|tour|tasting|treatment|"
           r"check-?up|physio|scan|test|jab|vaccination|flu\s+shot|booster")
# a booking said by when it is for: "book me a gel manicure for Saturday", "reserve two at Nobu tonight"
_WHEN = (r"(?:for|on|at|this|next)\s+(?:the\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|tues|wed|thu|thur|"
         r"thurs|fri|sat|sun|weekend|tonight|tomorrow|morning|afternoon|evening|noon|midday|\d{1,2}(?::\d\d)?\s*(?:am|pm)|"
         r"\d{1,2}(?:st|nd|rd|th))\b")
_NAMED = r"(?:a|an|the|my|our|two|three|four|\d+|one|me\s+(?:a|an|the)|us\s+(?:a|an|the))"
_SAYS = r"(?:saying|to\s+say|that\s+says|telling\s+(?:him|her|them)|and\s+(?:say|tell|ask))"
_ERRAND = re.compile(
    rf"^{GO}(?:"
    rf"(?:book|reserve|schedule|arrange|set\s+up)\s+(?:{_NAMED}\s+)?(?:[\w'-]+\s+){{0,4}}?(?:{_BOOKED})\b"
    rf"|(?:book(?!\s+(?:covers?|club|report|jacket|spine|shel\w+|ends?|marks?|plate|launch|fair|signing)\b)|reserve)\s+"
    rf"(?:{_NAMED}\s+)?(?:[\w'-]+\s+){{0,7}}?{_WHEN}"
    r"|(?:cancel|renew|pause|upgrade|downgrade|unsubscribe\s+from|unsubscribe\s+me\s+from)\s+(?:my|our|the)\s+"
    r"(?:[\w'-]+\s+){0,3}?(?:subscription|membership|plan|order|booking|reservation|appointment|appt|account|flight|"
    r"ticket|premium|policy|insurance|cover|licen[cs]e|registration|domain|passport)\b"
    r"|sign\s+(?:[\w']+\s+){0,4}?up\s+for\b|(?:enroll|register)\s+(?:me|us|my|him|her)\b"
    # "ring round the local butchers and see who'll take two pigs", "apply for the hedgerow grant on my behalf",
    # "insert the season's numbers into our club's SQL database"
    r"|(?:ring|phone|call)\s+(?:round|around)\b"
    r"|(?:apply|register|claim|submit|file|pay|sign|enter|bid|order)\b.{0,80}?\bon\s+(?:my|our|his|her|their)\s+behalf\b"
    r"|(?:insert|enter|load|import|upload|add)\s+(?:all\s+|every\s+|each\s+|the\s+|these\s+|this\s+|my\s+|our\s+)(?:[\w'-]+\s+){0,6}?"
    r"(?:in|into|to)\s+(?:our|my|the)\s+(?:[\w'-]+\s+){0,3}?(?:databases?|db|crm|erp)\b"
    r"|submit\s+(?:my|our|the|this|these|that)\s+(?:[\w'-]+\s+){0,3}?(?:essay|assignment|homework|application|form|report|claim|expenses?|"
    r"timesheet|taxes|return|order)\b"
    # "submit my short story to the three magazines with open calls", "e-file the defence with the court"
    r"|submit\s+(?:my|our|the|this|these|that)\s+(?:[\w'-]+\s+){0,3}?[\w-]+\s+to\s+(?:the|a|an|my|our|\d+|two|three|four|five)\b"
    r"|e-?file\s+(?:my|our|the|this|these|that)\b"
    # "text all the patients booked for tomorrow's clinic that ...", "verify their coverage with the insurer"
    r"|(?:text|message|e-?mail|call|ring|phone)\s+(?:all\s+)?(?:the\s+|our\s+|my\s+)?(?:[\w'-]+\s+){0,1}?(?:patients|customers|clients|"
    r"parents|guests|tenants|students|staff|volunteers|members|subscribers)\b"

    r"|(?:transfer|move|send|wire|venmo|zelle)\s+(?:\$|£|€)?\d[\d,.]*\s*(?:k|bucks|dollars|euros|pounds|quid)?\s+(?:from|to|into)\b"
    r"|pay\s+(?:off\s+)?(?:my|the|our)\s+(?:[\w'-]+\s+){0,2}?(?:bill|rent|invoice|ticket|fine|balance|card|loan|tab|tuition|"
    r"taxes|mortgage)\b"
    rf"|(?:send|text|dm|message|email|e-mail|whatsapp|ping)\b(?!\s+(?:me|us)\b)(?:\s+[\w'@.-]+){{1,8}}?\s+{_SAYS}\b"
    r"|reply\s+to\s+(?:the\s+(?:last|newest|latest|most\s+recent|top|first)|all|every|my\s+unread|the\s+unread|that)\b"
    r"|bid\s+on\b|(?:order|buy|purchase)\s+(?:it|this|that|them)\s+(?:on|as|in)\s+(?:an?\s+)?[\w-]+"
    r"|(?:text|e-?mail|mail|send|forward|dm|whatsapp)\s+(?:it|this|that|them)\s+to\s+(?!me\b|us\b|myself\b)"
    # "send this setlist photo to the lighting guy"
    r"|(?:e-?mail|send|forward|dm|whatsapp)\s+(?:this|that|these|those)\s+(?:[\w'-]+\s+){0,2}?(?:photos?|pictures?|pics?|"
    r"images?|videos?|clips?|screenshots?|scans?|files?)\s+to\s+(?!me\b|us\b|myself\b)"
    r"|reorder\s+(?:the|my|our|more|some|all|another|a\s+(?:few|couple|case|box|dozen)|\d+|two|three|four|five|six|ten|twelve)\b"
    # "charge room 204's minibar to their card", "ring the number on this business card <image 0>"
    r"|charge\s+(?:[\w'-]+\s+){1,4}?to\s+(?:my|our|their|his|her|the|a)\s+(?:[\w-]+\s+)?(?:card|account|room|bill|tab|folio|invoice)\b"
    r"|(?:call|ring|phone|dial)\s+(?:the|this|that|their|his|her)\s+(?:phone\s+|mobile\s+|contact\s+)?(?:number|no\.?)\b"
    # "give the caterer a ring", "send a thank-you message to everyone who signed up", "remove the old secretary as an admin
    # from our Facebook group"
    r"|give\s+(?:the|my|our|him|her|them|[\w'-]+)\s+(?:[\w'-]+\s+)?an?\s+(?:ring|call|bell|buzz)\b"
    r"|send\s+(?:a|an|the|our|my)\s+(?:[\w'-]+\s+){0,3}?(?:message|text|e-?mail|note|reminder|newsletter|invite|invitation)s?\s+to\s+"
    r"(?:everyone|everybody|all|each|every)\b"
    r"|(?:add|remove|kick|ban|make)\s+.{1,40}?\s+(?:as\s+an?\s+)?(?:admins?|moderators?|members?)\s+(?:from|of|to|in|on)\s+(?:our|my|the)\s+"
    r"(?:[\w'-]+\s+)?(?:facebook|whatsapp|slack|discord|teams|telegram|group|channel|page|server)\b"
    # a file handed to someone named first: "WhatsApp Grandma the picture of the twins I took this morning"
    r"|(?:whatsapp|text|e-?mail|dm|message|send|forward|airdrop)\s+(?!me\b|us\b)(?:[\w'-]+\s+){1,2}?(?:the|that|this|my|our|these|"
    r"those)\s+(?:[\w-]+\s+)?(?:pictures?|photos?|pics?|videos?|clips?|files?|screenshots?|images?)\b"
    # "post the caption you just wrote to our neighbourhood Facebook group"
    r"|(?:post|share|publish|tweet|upload)\s+.{1,60}?\s+(?:to|on|in|onto)\s+(?:my|our|the)\s+(?:[\w'-]+\s+){0,2}?(?:facebook|"
    r"instagram|insta|tiktok|twitter|linkedin|reddit|youtube|pinterest|snapchat|whatsapp|slack|discord|teams|group|"
    r"channel|page|feed|story|blog|website|site|forum|subreddit)\b"
    # "block out Wednesday afternoons in my work diary"
    r"|(?:block\s+(?:out|off)|pencil\s+in|put|add|schedule)\b.{0,60}?\b(?:in|on|into|to)\s+(?:my|our)\s+(?:[\w-]+\s+)?"
    r"(?:diary|diaries|agenda)\b"
    r"|reply\s+to\s+(?:the\s+|my\s+)?[\w'-]+'s\s+(?:last|latest|newest|most\s+recent)\b"
    # "make sure the whole 5th grade knows the trip is cancelled"
    r"|make\s+sure\s+(?:everyone|everybody|all|the\s+whole|the\s+entire|the\s+team|my|our)\b.{0,60}?\b(?:knows?|hears?|"
    r"is\s+(?:told|aware|informed)|are\s+(?:told|aware|informed)|gets?\s+(?:the\s+)?(?:message|memo|word|news))\b"
    r"|(?:order|buy|purchase)\s+(?:me\s+|us\s+)?(?:a|an|some|more|two|three|\d+)\s+(?!(?:picture|image|photo|video|drawing|"
    r"painting|illustration)s?\b)"
    r"|(?:add|put)\s+.{1,60}?\s+(?:to|in|into|on)\s+(?:my|our|the|everyone'?s)\s+(?:[\w-]+\s+)?(?:calendars?|calenders?|cart|basket|order|shopping\s+list|"
    r"playlist|wishlist|contacts)\b"
    # "add a 2pm balayage appointment for sarah to my salon booking calendar"
    r"|(?:add|put|book|schedule)\s+.{1,60}?\s+(?:to|in|into|on)\s+(?:my|our|the)\s+(?:[\w-]+\s+){0,3}?(?:calendars?|calenders?|(?:apple|google)\s+wallet|wallet\s+app)\b"
    r"|delete\s+(?:all|every|my|the)\s+(?:[\w'-]+\s+){0,3}?(?:photos?|screenshots?|files?|emails?|messages?|apps?|"
    r"contacts?|duplicates?|account|posts?|texts?)\b"
    r"|(?:change|reset|update)\s+(?:my|the|our)\s+(?:[\w-]+\s+)?(?:password|pin|address|plan|settings)\b"
    r"|log\s*(?:in\s*to|into|on\s+to)\b|call\s+(?:my|mom|mum|dad|an?\s+(?:uber|taxi|cab|ambulance))\b"
    r"|file\s+(?:a|the|my|an)\s+(?:[\w-]+\s+){0,2}?(?:claims?|complaint|return|taxes|tax\s+return|dispute|forms?)\b"
    # "text the volunteers that the shift starts later"
    r"|(?:text|message|e-?mail|dm|whatsapp|ping)\s+(?!me\b|us\b)(?:[\w'-]+\s+){1,3}?that\s+"
    r"|(?:contest|dispute|appeal)\s+(?:it|this|that|the|my)\b(?!.{0,40}\b(?:letter|email|e-mail|note|message)\b)"
    r"|submit\s+(?:it|them|this|that)\s+(?:to|on|through|via|in)\b"
    r"|page\s+(?:the|my|our|dr\.?)\s+"
    r"|(?:text|message|e-?mail|call|ring|phone)\s+(?:each|every|all)\s+(?:of\s+)?(?:[\w'-]+\s+){0,3}?(?:to|and)\s+(?:confirm|remind|tell|"
    r"ask|let)\b"
    r"|file\b.{0,60}?\bwith\s+(?:the\s+)?(?:county|city|state|court|clerk|irs|hmrc|dmv|council|registry|registrar|companies\s+house)\b"
    # people asked, not words written: "A/B test these two subject lines on 10% of the list", "run a survey of 200 shoppers"
    r"|a/?b[- ]test\b|(?:run|conduct|do|send\s+out|field)\s+(?:a\s+|an\s+)?(?:quick\s+|small\s+|short\s+)?(?:survey|poll|focus\s+group|"
    r"user\s+(?:test|study|interviews?))\s+(?:of|with|among|on|across)\b"
    # "mail a birthday card to my nephew in Ohio", "ship the parcel to my sister"
    r"|(?:mail|ship|post)\s+(?:a|an|the|this|that|my|our|some)\s+(?:[\w'-]+\s+){0,2}?(?:cards?|letters?|postcards?|packages?|"
    r"parcels?|gifts?|invitations?|invites?|flowers|presents?|cheques?|checks?)\s+to\b"
    # "email the finished poster to the school PTA mailing list"
    r"|(?:e-?mail|fax|forward)\s+(?:the|this|that|my|our|these|those)\s+(?:[\w'-]+\s+){0,8}?to\s+(?!me\b|us\b|myself\b)"
    r")", re.IGNORECASE)
_FILLS = re.compile(r"\b(?:fill\s+(?:it\s+|this\s+|the\s+form\s+)?out|complete\s+(?:it|the\s+form))\b.{0,60}?\band\s+submit\b",
                    re.IGNORECASE)


# anywhere: "... and replace the current one on my YouTube channel"
_SWAPS_ON = re.compile(r"\breplace\s+(?:the\s+|my\s+|our\s+)?(?:current|old|existing)\s+(?:[\w-]+\s+)?(?:one|thumbnail|banner|photo|"
                       r"picture|pic|avatar|logo|header|cover)\s+(?:on|in)\s+(?:my|our|the)\b", re.IGNORECASE)
# anywhere: "summarize these notes and create a Jira ticket for each action item"
_TRACKER = re.compile(r"\b(?:create|open|file|make|add|log|raise)\s+(?:an?\s+|one\s+)?(?:new\s+)?(?:jira|asana|trello|linear|github|"
                      r"gitlab|zendesk|clickup|servicenow)\s+(?:tickets?|issues?|tasks?|cards?|bugs?)\b", re.IGNORECASE)


# anywhere: a check made with another party ("<image 0> is a patient's insurance card. Verify their coverage with the
# insurer")
_CHECKS_WITH = re.compile(r"\b(?:verify|confirm|check)\s+.{0,40}?\bwith\s+(?:the|their|my|our|his|her)\s+(?:[\w-]+\s+)?(?:insurer|"
                          r"insurance\s+company|bank|carrier|airline|landlord|council|court|registry|provider|supplier)\b"
                          # "<image 0> is a cheque from my aunt. Deposit it into my account for me."
                          r"|\bdeposit\s+(?:it|this|that|the\s+(?:cheque|check))\b", re.IGNORECASE)


# anywhere: a call to make ("Call the vet and tell them my cat in <video 0> is limping"); not one the user or someone
# else makes ("what should I say when I call the bank?", "before we call the builder")
_CALLS = re.compile(r"(?<![\w'])(?:(?:(?:i|we|they|he|she)(?:'ll|'d|\s+will|\s+would|\s+can|\s+should)?|when|before|if|once|"
                    r"after|to)\s+)?\b(?:call|phone|ring)\s+(?:up\s+)?(?:the|my|our)\s+(?:[\w'-]+\s+){0,2}?(?:vets?|dentists?|"
                    r"doctors?|gp|plumbers?|electricians?|landlord|landlady|school|bank|restaurant|shop|store|office|hotel|airline|"
                    r"insurers?|insurance\s+company|garage|mechanic|clinic|surgery|hospital|pharmacy|council|police|boss|teacher|helpline|hotline|"
                    r"clients?|customers?|builders?|contractors?|estate\s+agents?|salon|hairdresser|babysitter|nanny|neighbou?rs?)\b",
                    re.IGNORECASE)


# anywhere: "re-sort the playlist by key in the app for me"
_IN_APP = re.compile(r"\b(?:in|on|inside|within|through)\s+(?:the|my|our|that)\s+(?:[\w-]+\s+)?app\s+for\s+(?:me|us)\b", re.IGNORECASE)


def runs_errand(text: str) -> bool:
    """The request opens (after politeness) with an errand done through an account or service, or anywhere files
    one in a tracker, checks something with another party or asks for a call to be made."""
    return bool(_ERRAND.match(command(text, 14)) or _FILLS.search(text) or _TRACKER.search(text) or _SWAPS_ON.search(text)
                or _IN_APP.search(text) or _CHECKS_WITH.search(text) or any(m.group(0).lower().startswith(("call", "phone", "ring"))
                                                    for m in _CALLS.finditer(text)))
