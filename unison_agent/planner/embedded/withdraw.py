"""Refusals withdrawn: what a request's words show it asks for, whatever its scores read.

The scope refuses by prototypes (a capability outside the registry is nearer than every registered task) or by the
action probe (the request reads as an errand). Both read a whole sentence, and a few words can pull either the
wrong way. Each check here withdraws one kind of refusal, and none withdraws a refusal by the rules
(``limits``) or by the kinds asked for (``kinds``), except text work, which withdraws all but an explicit file to
download or to read, code asked to run, today's data or an earlier conversation asked as a sum or looked up before the words,
what the assistant made in an earlier conversation ("the same meal plan you made for me last week"), a page named by its
address, what is said or heard in an attached video ("transcribe everything my guest says in <video 0> so I can write
show notes"), or a how-to followed by asking the assistant to do it ("How would I get Stable Diffusion running on my
laptop? Could you install it for me?"):

- **text work**: a request for words ("write a cover letter"), for how to do something with no file ("how do I
  cancel Netflix?") or for a sum;
- **a question about an attached file** (refused by the probe): "is the restaurant in <image 0> open on sundays,
  going by the hours on the door?", "read the receipt in <image 0> and tell me how much the tip was";
- **an animation** of an attached image (refused by the probe, or by prototypes): "then bring it to life",
  "animate <image 0> of the singer ...", "use <image 0> as the last frame of a video ...";
- **sound waved away** (refused by prototypes as sound): "a silent clip of a jazz band, no audio needed";
- **context told, then the ask** (refused by the probe): "<image 0> I'm listing my apartment for rent next week and the
  living room looks gloomy. Can you brighten it up?" The probe reads the whole text, and sentences that tell the
  situation ("I'm listing my apartment", "My phone showed this notification") read as errands; the request is
  judged again without them, and the refusal stands only if the probe still reads an errand in what is asked;
- **a change to an attached file** (refused by the probe): "<image 0> take the headphones off him", unless it names
  a service or account the file goes to ("replace the photo on my etsy listing with <image 0>"); also when prototypes
  read "the frame" (what the camera sees) as a video's frames ("remove the exit sign at the top of the frame in
  <video 0>").
"""

from __future__ import annotations

import re
from dataclasses import replace

from ..compose import asks_for_words, asks_how, one_question
from .action import ASKS, PLACEHOLDER, asked_to_do_it, attaches_file, command
from .asks import asks_only
from .clauses import USER_DOES
from .cues import brings_to_life, changes_file
from .file_actions import names_service
from .live import CAPABILITY as LIVE_DATA
from .live import names_url
from .media_limits import SOUND, SPEECH, gives_document, waves_sound_away
from .memory import CAPABILITY as MEMORY
from .memory import recalls_own_work
from .run_code import CAPABILITY as RUNNING_CODE
from .run_code import opens_with_run
from .scope import Scope, Verdict

# a file to download, asked outright: no answer in words gives it ("an excel file with formulas that i can download")
_DOWNLOAD = re.compile(r"\b(?:(?:i|we)\s+can\s+download|download(?:able)?\s+(?:link|file|version|copy)|to\s+download|"
                       r"as\s+an?\s+(?:actual|real|proper)\s+(?:[\w.-]+\s+)?file)\b", re.IGNORECASE)
# today's data or an earlier conversation looked up first, then written about: "look up today's EUR to USD rate and
# write the invoice note using it" (the words need the rate)
_LOOKS_UP = re.compile(r"^(?:look\s+up|check|find\s+out|search\s+for|google|pull(?:\s+up)?|get\s+me|fetch|grab)\b"
                       # today's data itself asked for: "give me todays top headlines"
                       r"|^(?:give|get|show|tell|list)\s+(?:me\s+)?(?:the\s+)?(?:today'?s|tonight'?s|this\s+week'?s|the\s+latest|current)\b",
                       re.IGNORECASE)


def withdrawn(scope: Scope, text: str, verdict: Verdict) -> Verdict:
    """``verdict`` on ``text``, or ``builtin`` where one of the checks above withdraws its refusal."""
    return _at_hand(scope, text, _text_work(text, verdict))


def _text_work(text: str, verdict: Verdict) -> Verdict:
    """A refusal of a text that asks for words ("write a cover letter") or, with no file, how to do something
    ("how do I cancel Netflix?") or a sum ("my bill went from $84 to $131; what percentage increase is that?")
    is withdrawn: that is text work, whatever it is about; unless the rules read a file format asked for to download,
    or today's data or an earlier conversation that a sum cannot give or that is looked up before the words."""
    computes = one_question(text) and not PLACEHOLDER.search(text)
    if "limits" in verdict.scores and (_DOWNLOAD.search(text) or gives_document(text)
                                       or (verdict.task == RUNNING_CODE and opens_with_run(text))):
        return verdict
    # a question only today's data or an earlier conversation answers is no sum ("how many homes are listed for sale
    # as of today?"), nor is words written from what is looked up first
    if "limits" in verdict.scores and verdict.task in (LIVE_DATA, MEMORY) and (
            not (asks_for_words(text) or asks_how(text)) or _LOOKS_UP.match(command(text))
            or (verdict.task == MEMORY and recalls_own_work(text)) or (verdict.task == LIVE_DATA and names_url(text))):
        return verdict
    # what is said or heard in an attached video: no words are written from it ("transcribe everything my guest says in
    # <video 0> so I can write show notes")
    if "limits" in verdict.scores and verdict.task in (SOUND, SPEECH) and "<video" in text and not waves_sound_away(text):
        return verdict
    # how to do it, then asked to do it: "How would I get Stable Diffusion running on my laptop? Could you install and
    # set it up for me?"
    if "limits" in verdict.scores and asked_to_do_it(text):
        return verdict
    translates = bool(_TRANSLATES_GIVEN.match(command(text))) and not PLACEHOLDER.search(text) and not gives_document(text)
    if verdict.kind == "refuse" and (asks_for_words(text) or asks_how(text) or computes or translates):
        return replace(verdict, kind="builtin", task=None, scores={**verdict.scores, "text_work": 1.0})
    return verdict


# words given inline to translate: "translate this into Spanish for a supplier: 'Please confirm ...'"
_TRANSLATES_GIVEN = re.compile(r"^translate\b[^:\"\u201c\u2018]{0,60}?(?::|\s['\"\u201c\u2018])", re.IGNORECASE)
_QUESTION = re.compile(rf"^\W*{ASKS}\b", re.IGNORECASE)
_READS = re.compile(r"^\W*(?:can|could|would)\s+(?:you|u)\s+(?:please\s+)?(?:read|tell\s+me|see|identify|spot|look\s+at|check)\b",
                    re.IGNORECASE)
# "read the receipt in <image 0> and tell me how much the tip was": reading the file, then answering
_READS_THEN_ASKS = re.compile(r"^\W*(?:read|describe|look\s+at|examine|study|analy[sz]e|go\s+over|watch|review|view)\b.*\b(?:tell\s+me|what|how|"
                              r"which|who|whether)\b", re.IGNORECASE)
# a wh-question after what the file is: "here's my electricity bill <image 0>, what's the amount due?" (its "?" may be
# left off: "this error popped up on my phone, what does it mean and how do i fix it")
_LATER_QUESTION = re.compile(r"(?:[,.;:!]|\s[-\u2014])\s*(?:(?:at|in|on|from|for|by|with|to|after|before)\s+)?(?:what|what's|whats|"
                             r"which|who|whose|where|when|why|how)\b[^.!?]*(?:\?|$)"
                             # or a yes-no question ("It's a screenshot, does anything about it look fishy?"), not a request
                             r"|(?:[,.;:!]|\s[-\u2014])\s*(?:does|do|did|is|are|was|were|has|have|should)\b[^.!?]*\?",
                             re.IGNORECASE)
_SENTENCES = re.compile(r"[.!?]\s+\S")


def asks_about_file(text: str) -> bool:
    """A question about an attached file: one opening with a question word and asking something ("?"; "is my
    plant overwatered? the leaves look like this <image 0>"), a wh-question after words saying what the file is
    ("here's my electricity bill <image 0>, what's the amount due?"), "can you read / tell me / see ..." ("can
    you ..." alone is a request: "can you send <image 0> to my sister?"), or reading it and then answering
    ("read the receipt in <image 0> and tell me ...")."""
    words = PLACEHOLDER.sub("", text).strip()
    # its "?" may be left off in a one-sentence question that opens the request ("is this plant toxic for cats <image
    # 0>"; "<video 0> was shot at 24fps, interpolate it" says what the file is)
    asks = bool(_QUESTION.match(words)) and ("?" in words or (not _SENTENCES.search(words) and bool(_QUESTION.match(text))))
    return bool(PLACEHOLDER.search(text)) and (asks or bool(_READS.match(words))
                                                 or bool(_LATER_QUESTION.search(words)) or bool(_READS_THEN_ASKS.match(words)))


# a change named with its result, to an attached file: "change the date on the poster <image 0> to 'May 14'", "stamp a
# red 'SOLD OUT' across this photo" (the cues leave "change" to the head: it also starts "change <image 0> into a clip")
_CHANGED_TO = re.compile(r"^put\s+(?:a\s+|an\s+|some\s+|(?!(?:the|this|that|these|those|it|my|our|his|her|their|me)\b)[\w-]+s\s+).{0,60}?\b(?:on|onto|over|in|behind)\s+(?:the|his|her|their|its|this)\b"
                         r"|^(?:change|stamp|paint|colou?r|turn)\b.{0,60}?\b(?:to\s+(?:say|read|show)\b|(?:to|across|over|on)\s+(?:red|blue|green|yellow|orange|"
                         r"purple|pink|black|white|grey|gray|gold|silver|brown|'|\"|the\s+\w+|it|(?:a|an)\s+\w+|\d))", re.IGNORECASE)
# words read off the attached file: "list the top five artists shown on it", "read the order number off this photo"
_READS_OFF = re.compile(r"(?:^|[,.;:\u2014\u2013-]\s*)(?:(?:read|copy)\s+off\s+(?:where|what|how|which|the|each|every|all)\b|"
                        r"(?:list|read|copy(?:\s+out)?|type(?:\s+(?:out|up))?|write\s+(?:out|down)|extract|pull\s+out|jot\s+down|"
                        r"note\s+down)\b.{0,80}?\b(?:(?:shown|written|printed|listed)\s+(?:on|in)\s+(?:it|this|that)|off\s+(?:it|this|"
                        r"that|the)|from\s+(?:it|this|that|the)\s+(?:photo|picture|image|screenshot|label|sign|card|page|shot))\b)",
                        re.IGNORECASE)
_FRAME_WORK = ("frame extraction", "frame rate change", "video stabilisation")
# a clause asking for words about the file: "count how many times the ball crosses the net", "list the steps ..."
_ASKS_WORDS = re.compile(r"(?:^|[,.;:]\s*|\s[-\u2014]\s*|\band\s+)(?:count|read|list(?!\s+(?:it|this|that|them|these|those)\s+(?:for|on|at)\b)|name|identify|"
                         r"summari[sz]e|describe|explain|transcribe)\s+(?:how\s+many|what|which|who|the|all|every|each|any)\b", re.IGNORECASE)
_COPIES_OUT = re.compile(r"\b(?:copy|type|write)\s+(?:out\s+|up\s+|down\s+)?(?:the|this|that|all\s+the|my|our)\s+(?:[\w'-]+\s+){0,4}?"
                         r"(?:in|on|from)\s+<image \d+>\s+(?:into|as)\s+(?:a\s+|an\s+)?(?:plain\s+|simple\s+|numbered\s+)?"
                         r"(?:text|list|table)\b", re.IGNORECASE)
_PLACED = re.compile(r"^\W*(?:put|place|show|draw|paint)\s+(?:our|my|the|this|that|his|her)\s+(?:[\w'-]+\s+){0,3}?from\s+<image \d+>\s+"
                     r"(?:in|on|at|behind|inside|under|beside|next\s+to|into|as|wearing|sitting|standing|riding)\b", re.IGNORECASE)
_MISREAD_EDITS = ("upscaling", "actions on other services", "web and live data", "running code and devices", SPEECH, SOUND)
# "the frame" as what the camera sees ("remove the exit sign at the top of the frame in <video 0>"), not a video's frames
_FRAME_SEEN = re.compile(r"\b(?:of|in|into|out\s+of|from|across|at)\s+(?:the\s+)?frame\b(?!\s*(?:rate|\d))", re.IGNORECASE)
_FRAMES = re.compile(r"\b(?:fps|frames|frame\s+rate|slow[- ]?mo\w*|still|screenshot|export|save)\b", re.IGNORECASE)
_STILL = re.compile(r"\b(?:image|picture|photo|illustration|drawing|painting|portrait|poster|headshot|still)s?\b", re.IGNORECASE)
_MOVING = re.compile(r"\b(?:videos?|clips?|animat\w*|movie|film|footage|loop|gif|reel|moving|sound|audio|hear)\b", re.IGNORECASE)
_ANIMATES = re.compile(r"^\W*animate\b|\bas\s+the\s+(?:first|last|final|opening|starting|ending|end|start)\s+frame\b",
                       re.IGNORECASE)


def animates_image(text: str) -> bool:
    """An attached image to animate: "bring it to life", "animate <image 0> ...", "use <image 0> as the last frame"."""
    return "<image" in text and (brings_to_life(text) or bool(_ANIMATES.search(PLACEHOLDER.sub("", text))))


def _at_hand(scope: Scope, text: str, verdict: Verdict) -> Verdict:
    """The checks on what the request does with what is at hand: a question about an attached file, an animation,
    sound waved away, a change to an attached file (the module docstring)."""
    if verdict.kind != "refuse" or "kinds" in verdict.scores or "limits" in verdict.scores:
        return verdict
    by_probe = verdict.scores["refuse_margin"] < scope.thresholds.refuse_margin
    # a question about a video that prototypes read as sound keeps that refusal ("what's the tempo of the track in
    # <video 0>?"): the video models see frames only
    heard = verdict.task in (SOUND, SPEECH) and "<video" in text and not waves_sound_away(text)
    if (by_probe or ("?" in text and not heard)) and asks_about_file(text) and not asked_to_do_it(text):
        return _builtin(verdict, "file_question")
    if by_probe and PLACEHOLDER.search(text) and _READS_OFF.search(command(text, 40)):
        return _builtin(verdict, "file_question")
    # words asked of the video, read by prototypes as frame work: "list the steps the user takes before the app crashes"
    if (by_probe or verdict.task in (*_FRAME_WORK, RUNNING_CODE)) and PLACEHOLDER.search(text) and _ASKS_WORDS.search(command(text, 40)):
        return _builtin(verdict, "file_question")
    # "copy the handwritten stock count in <image 0> into a plain text table I can paste into an email"
    if by_probe and _COPIES_OUT.search(text):
        return _builtin(verdict, "file_question")
    # someone from the attached picture shown somewhere new: "put our pub dog from <image 0> behind the reception desk"
    if by_probe and _PLACED.match(text) and not names_service(text):
        return _builtin(verdict, "reference")
    # "then bring it to life" after a step that made the image: the probe hears an errand in "bring"
    if (by_probe and brings_to_life(text)) or animates_image(text):
        return _builtin(verdict, "animation")
    if verdict.task in (SOUND, SPEECH) and waves_sound_away(text):
        return _builtin(verdict, "no_sound")
    # a change to the attached file: prototypes too may read one as an errand or, for "blur", as upscaling
    # after a caption too: "<image 0> Screenshot of our CRM. Blur out ..." (the caption's file still attached)
    told_apart = asks_only(text)
    edits = changes_file(text) or (attaches_file(text) and bool(_CHANGED_TO.match(command(text, 40)))) or (told_apart is not None and changes_file(" ".join([told_apart, *PLACEHOLDER.findall(text)])))
    framed = verdict.task in ("frame rate change", "frame extraction") and bool(_FRAME_SEEN.search(text)) and not _FRAMES.search(text)
    if (by_probe or verdict.task in _MISREAD_EDITS or framed) and edits and not names_service(USER_DOES.sub("", text)):
        return _builtin(verdict, "edit")
    # a still picture is silent: "an image of her speaking on stage" needs no speech
    if not by_probe and verdict.task in (SOUND, SPEECH) and _STILL.search(text) and not _MOVING.search(text):
        return _builtin(verdict, "still")
    asked = asks_only(text) if by_probe and scope.action is not None else None
    if asked is not None and scope.action is not None and scope.action_scores([asked])[0] < scope.action.threshold:
        return _builtin(verdict, "context")
    return verdict


def _builtin(verdict: Verdict, why: str) -> Verdict:
    return replace(verdict, kind="builtin", task=None, scores={**verdict.scores, why: 1.0})
