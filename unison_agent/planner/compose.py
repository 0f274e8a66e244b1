"""Compositional plans: a request that chains clauses ("…, then …") is checked clause by clause
(and a long single request keeps one result).

A planner reads a whole request as one structure it has learned; a chain it has not seen as a
whole ("What is 12 squared? Then make a neon sign showing that number") can come out in the wrong
order or with the wrong tasks, while each clause alone is an ordinary single request, which is
what planners do best. ``compose`` splits the request at its sequence words, plans every clause
on its own and, when the whole plan's tasks differ from the clauses' tasks, builds the plan from
the clauses instead: one step per clause, in order, each linked to the step before it when it
refers back ("it", "that number", "the description"):

- a media output becomes the clause's media argument: the clause is planned as if the earlier
  step's output were the session's last turn, and ``$turn.-1`` becomes ``$s<k>``;
- a text output flows into the clause's prompt as ``{$s<k>}`` ("a neon sign showing {$s0}").

When the clauses do not make a clean chain (a clause that is not one step, attachments given
outside the text, a plan the validator refuses) the planner's own plan stands.
"""

from __future__ import annotations

import re
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..contracts.context import PlanContext
from ..contracts.errors import PlannerError, PlanValidationError
from ..contracts.history import History, TurnRecord
from ..contracts.plan import Plan
from ..contracts.refs import Ref, parse_ref
from ..contracts.request import Attachment, Request, placeholder
from ..contracts.validate import validate_plan
from ..runtime.artifacts import Artifact
from .enumeration import list_items
from .references import refers_back

if TYPE_CHECKING:
    from .base import Planner

# ("then-and-now", "a then/now pair" name a kind of picture, not a step)
_SEQUENCE = re.compile(r"\s*(?:[,;]\s*|(?<=[.?!])\s+)?(?:\band\s+)?\b(?:then|after\s+that|afterwards|finally)\b(?![-/])[\s,:]*",
                       re.IGNORECASE)
_PLACEHOLDER = re.compile(r"<(image|video) (\d+)>")
#: what names an earlier step's text: "that number", "the description", "the answer"
_TEXT_REF = re.compile(r"\b(?:that|this|the|its|their|your)\s+(?:number|answer|result|description|caption|summary|"
                       r"text|name|word|words|title|list|story|poem|idea|phrase|quote|response|output)\b", re.IGNORECASE)
_ITS = re.compile(r"\b(?:its|their)\s+([\w-]+(?:\s+(?!and\b|or\b|in\b|on\b|with\b)[\w-]+)?)", re.IGNORECASE)
_MAKING = re.compile(r"^\s*(?:please\s+)?(?:draw|make|create|generate|paint|render|animate|turn|produce|design|sketch|"
                     r"illustrate|film|show|give|build)\b", re.IGNORECASE)
#: words that ask for text: a question, or a verb whose result is words
_ASKS_TEXT = re.compile(r"\?|\b(?:write|describe|explain|tell|answer|summari[sz]e|list|caption|translate|count|compare|"
                        r"what|who|which|how|why|where|when|whether|name|identify|suggest|recommend|calculate|solve)\b",
                        re.IGNORECASE)
_GIVEN = "a lighthouse"  # a plain subject: the planner reads "a poster with a lighthouse" as generation
_BARE_REF = re.compile(r"\b(?:it|that|this)\b", re.IGNORECASE)


_WEAK_SEQUENCE = re.compile(r"^\s*([,;.]\s*)?(and\s+)?(finally|next|also|afterwards)\b", re.IGNORECASE)
_CLAUSE_END = re.compile(r"(?:^|[,;.:!?>]|\band)\s*$", re.IGNORECASE)  # ">": after an attached file


# the story's own subject, or a verb in the past: "Afterwards I also noticed ...", "and finally tidied everything"
_SUBJECT = re.compile(r"^(?:i|i'?[dm]|i'?ll|i'?ve|we|we'?re|we'?ll|we'?ve|my|our|his|her|their|she|he|they|they'?re|"
                      r"it'?s|there|there'?s|(?!(?:embed|shred|speed|exceed|proceed)\b)[a-z]{2,}ed|sent|got|took|made|went|"
                      r"found|saw|told|gave|came|bought|brought|thought|felt|left|kept|wrote|drew|began|heard|met|paid|sold|"
                      r"built|caught|won|lost|spent|had|did|was|were|became|chose|knew|fell|grew|ate|forgot)\b", re.IGNORECASE)


def starts_step(text: str, m: re.Match[str]) -> bool:
    """Whether sequence word ``m`` (a match in ``text``) starts a step: "then", "after that" anywhere; "finally", "next",
    "also" and "afterwards" only where a clause starts and an instruction follows ("..., finally add a title", "Next, a
    clip of it"), not inside a clause ("we're finally putting out an EP", "my next post needs a header") nor before
    the story's own subject ("Afterwards I also noticed the cables", "Next my wife wants to see it in green")."""
    weak = _WEAK_SEQUENCE.match(m.group(0))
    if weak is None:
        return True
    # capitalised, it opens a sentence ("What colour is the car? <image 0> Also, draw ...")
    at_clause_start = (bool(weak.group(1) or weak.group(2)) or weak.group(3)[0].isupper()
                       or _CLAUSE_END.search(text[:m.start()]) is not None)
    return at_clause_start and not _SUBJECT.match(text[m.end():])


def step_pieces(text: str, sequence: re.Pattern[str]) -> list[str]:
    """``text`` cut at each match of ``sequence`` that ``starts_step``."""
    pieces, start = [], 0
    for m in sequence.finditer(text):
        if starts_step(text, m):
            pieces.append(text[start:m.start()])
            start = m.end()
    return [*pieces, text[start:]]


def clauses(text: str) -> list[str]:
    """The clauses of a chained request (or the items of a numbered list of requests), in order;
    one clause when it is neither."""
    items = list_items(text)
    if items:
        return [c for item in items for c in clauses(item)]
    parts = [p.strip(" ,;:") for p in step_pieces(text, _SEQUENCE)]
    if len(parts) > 1 and all(len(p.split()) >= 2 for p in parts):
        return parts
    return _results(text)


def _results(text: str) -> list[str]:
    """"a short clip of waves and a photo of a lighthouse": two things to make, each named by its
    noun, joined by "and"; one part when the request names one."""
    for m in _SECOND_RESULT.finditer(text):
        if _NAMED_RESULT.search(text, 0, m.start()):
            return [text[: m.start()].strip(" ,;:"), text[m.end():].strip(" ,;:")]
    return [text]


def compose(planner: Planner, request: Request, context: PlanContext, whole: Plan) -> Plan:
    """``whole``, or the plan built clause by clause when the clauses disagree with it."""
    answer = _only_an_answer(whole, request, context)
    if answer is not None:
        return answer
    parts = clauses(request.text)
    if len(parts) < 2:
        answered = _prompt_is_text(_without_unasked_answers(whole, request, context), request, context)
        return _made_as_named(_without_unasked_media(answered, request, context), request, context)
    if len(parts) > context.policy.max_steps:
        return whole
    if any(placeholder(a.kind, a.index) not in request.text for a in request.attachments):
        return whole  # attachments given apart from the text: which clause they belong to is unknown
    try:
        steps = _clause_steps(planner, request, context, parts)
    except (PlannerError, PlanValidationError):
        return whole
    if steps is None:
        return whole
    if not _disagree(whole, steps, context):
        return _text_links(whole, steps, context)
    try:
        clean = [{k: v for k, v in s.items() if k != "text_from"} for s in steps]
        composed = validate_plan({"version": whole.version, "steps": clean, "warnings": whole.warnings}, context)
    except PlanValidationError:
        return whole
    return composed


def _without_unasked_answers(whole: Plan, request: Request, context: PlanContext) -> Plan:
    """A long single request ("A cozy reading nook by a rainy window. Soft lamp light…") is one
    result: an answer step that nothing asked for (no question, no "describe"/"write"/"tell",
    no media to look at, nothing reading it) is dropped from a plan that also makes something."""
    if len(whole.steps) < 2 or _ASKS_TEXT.search(request.text):
        return whole
    used = {d for s in whole.steps for d in s.dependencies}
    unasked = [s for s in whole.steps if s.task == "text_understanding" and not s.refs and s.id not in used]
    kept = [s for s in whole.steps if s not in unasked]
    if not unasked or not kept:
        return whole
    try:
        return validate_plan({**whole.to_json(), "steps": [s.model_dump(mode="json") for s in kept]}, context)
    except PlanValidationError:
        return whole


#: words that ask for something to be made: a making verb, or the thing made
_ASKS_MEDIA = re.compile(r"\b(?:draw|make|create|generate|paint|render|animate|produce|design|sketch|"
                         r"illustrate|film|shoot|visuali[sz]e|depict|imagine|image|images|picture|pictures|photo|photos|"
                         r"video|videos|clip|clips|poster|drawing|painting|illustration|animation|logo|wallpaper|movie|"
                         r"footage|gif|artwork|portrait|icon|banner|cartoon|comic|thumbnail|scene|still|frame|frames)\b",
                         re.IGNORECASE)
_MAKES_MEDIA = ("text_to_image", "text_to_video")


def _without_unasked_media(whole: Plan, request: Request, context: PlanContext) -> Plan:
    """The mirror of ``_without_unasked_answers``: a word problem ("Tom plants 10 trees a year. ...
    How many trees are left?") asks for an answer only. A generation step from nothing (no media in,
    nothing reading it) is dropped from a plan that also answers, when the request has no attachment
    and no word that asks for something to be made or names a thing to make."""
    if len(whole.steps) < 2 or request.attachments or _ASKS_MEDIA.search(request.text):
        return whole
    used = {d for s in whole.steps for d in s.dependencies}
    unasked = [s for s in whole.steps if s.task in _MAKES_MEDIA and not s.refs and s.id not in used]
    kept = [s for s in whole.steps if s not in unasked]
    if not unasked or not kept or any(s.task != "text_understanding" for s in kept):
        return whole
    steps = [s.model_dump(mode="json") for s in kept]
    args = steps[0]["args"]
    text_arg = next((a for a in ("question", "prompt", "text") if a in args), context.definition(steps[0]["tool"]).text_arg())
    if len(steps) == 1 and text_arg:  # the one answer covers the whole request, not the words left to it
        steps[0]["args"][text_arg] = request.text.strip()
    try:
        return validate_plan({**whole.to_json(), "steps": steps}, context)
    except PlanValidationError:
        return whole


#: "write a prompt I could use to generate an image of …", "give me ideas for a short film", "write a
#: script for a video ad": the result asked for is words; the image or video they are about is for later
_WRITE_WORDS = re.compile(r"\b(?:write|re-?write|reword|rephrase|paraphrase|proofread|suggest|give\s+me|come\s+up\s+with|draft|compose|craft|propose|brainstorm|outline|"
                          # "plan a trip itinerary", "make me a shopping list": made of words, whatever the verb
                          r"plan|make(?=\s+(?:me\s+|us\s+)?(?:an?|some|\w+)?\s*(?:[\w-]+,?\s+){0,3}?(?:[\w-]*lists?|itinerar|schedules?|plans?|budgets?)\b))\b"
                          r"(?:\s+(?:me|us))?\s+(?:an?|some|\w+)?\s*(?:(?!(?:picture|image|photo|video|clip|drawing|"
                          r"painting|poster|illustration|animation|film|movie)s?\b)[\w-]+,?\s+){0,3}?"
                          r"(?:prompts?|scripts?|ideas?|concepts?|titles?|names?|slogans?|taglines?|"
                          r"outlines?|synops[ie]s|plots?|lyrics|poems?|stor(?:y|ies)|shot\s+lists?|messages?|emails?|"
                          r"letters?|notes?|repl(?:y|ies)|speech(?:es)?|toasts?|bios?|essays?|paragraphs?|tweets?|"
                          r"jokes?|itinerar(?:y|ies)|recipes?|lists?|checklists?|to-do\s+lists?|schedules?|plans?|budgets?|"
                          # code is words too: "write a bash one-liner that ...", "give me a Dockerfile for ..."
                          r"functions?|one-liners?|commands?|quer(?:y|ies)|regex(?:es)?|dockerfiles?|snippets?|programs?|code|"
                          r"formulas?|macros?|"
                          # talks, reports and posts are written before anything is made of them
                          r"presentations?|talks?|lectures?|lessons?|agendas?|reports?|summar(?:y|ies)|articles?|posts?|"
                          r"reviews?|proposals?|resumes?|cvs?|faqs?|guides?|tutorials?|headlines?|announcements?|captions?|"
                          r"descriptions?|invitations?)\b"
                          r"(?!\s+(?:video|clip|image|picture|photo|illustration|poster|animation)s?\b)", re.IGNORECASE)


# "... can u draft it", "word it nicely": the words are what is asked, named earlier
_WRITE_IT = re.compile(r"\b(?:draft|write|re-?write|word|reword|compose|phrase|rephrase)\s+(?:it|this|that|one)\b(?!\s+(?:on|onto|across|in|into)\b)",
                       re.IGNORECASE)


def asks_for_words(text: str) -> bool:
    """The request asks for something made of words ("write a cover letter", "make me a to-do list"):
    text work, whatever it is about, so never refused as an action or a document."""
    return bool(_WRITE_WORDS.search(text) or _WRITE_IT.search(text))


def opens_asking_for_words(text: str) -> bool:
    """``asks_for_words`` at the very start of ``text`` (a request's opening, politeness dropped)."""
    return bool(_WRITE_WORDS.match(text))


#: "how do I …", "what's the easiest way to …", "walk me through …": the user will act; the answer is instructions
_ASKS_HOW = re.compile(r"^\W*(?:(?:hey|hi|quick\s+question|so|ok(?:ay)?)\W+)*(?:how\s+(?:do|can|could|should|would)\s+(?:i|we|you|one)|"
                       r"how\s+to|what(?:'s|\s+is)\s+the\s+(?:best|easiest|quickest|fastest|safest|right)\s+way\s+to|"
                       r"(?:walk|run|talk|take)\s+me\s+through|explain\s+(?:how|what|why|the\s+difference)|"
                       # "how does voice cloning work?": how something works is explained in words
                       r"how\s+(?:does|do|did|can|could|would)\s+(?:[\w'-]+\s+){1,6}?work|"
                       # "what should I cook tonight?", "what do you recommend for ...": advice is words too
                       r"what\s+(?:should|could|can)\s+(?:i|we)|what\s+do\s+you\s+(?:recommend|suggest)|"
                       # "why does my bread come out dense?", "what's the difference between STL and OBJ?", "what do
                       # people usually need for ...?": explanations and general knowledge
                       r"why\s+(?:does|do|did|is|are|was|were|would|can'?t|won'?t|doesn'?t|don'?t|isn'?t|aren'?t)|"
                       r"what(?:'s|\s+is|\s+are)\s+the\s+differences?\s+between|"
                       r"(?:what|which|how\s+(?:much|many|long|often))\b[^?]{0,80}?\b(?:usually|typically|normally|generally|"
                       r"in\s+general))\b", re.IGNORECASE)


def asks_how(text: str) -> bool:
    """A text-only question about how to do something ("How do I cancel Netflix on an iPhone?"): the
    user will do it; the answer is instructions, so it is never refused as an action or a device."""
    return bool(_ASKS_HOW.search(text)) and not re.search(r"<(?:image|video) \d+>", text)


_QUANTITY_QUESTION = re.compile(r"\b(?:how\s+(?:many|much|long|far|old|often)|what\s+(?:percentage|percent|fraction|share|"
                                r"proportion)|what(?:'s|\s+is|\s+was|\s+will\s+be)\s+the\s+(?:total|average|difference|sum|"
                                r"percentage|increase|decrease))\b[^?]*\?", re.IGNORECASE)
_NUMBER = re.compile(r"\d+(?:\.\d+)?")


def one_question(text: str) -> bool:
    """A word problem told in steps ("A shop had 40 apples, then it sold 15 and then got 8 more. How
    many…?"): no word that asks for something to be made, numbers and a question about a quantity. It
    asks one question; its "then"s join events, not steps (the router does not cut it into parts either)."""
    return not _ASKS_MEDIA.search(text) and bool(_QUANTITY_QUESTION.search(text)) and len(_NUMBER.findall(text)) >= 2


def _only_an_answer(whole: Plan, request: Request, context: PlanContext) -> Plan | None:
    """A word problem (``one_question``) with no attachment: a plan that makes an image or a video from
    nothing is one answer to the whole text."""
    if request.attachments or not one_question(request.text):
        return None
    if not any(s.task in _MAKES_MEDIA and not s.refs for s in whole.steps):
        return None
    return _one_answer(whole, request, context)


def _one_answer(whole: Plan, request: Request, context: PlanContext) -> Plan | None:
    """One text answer to the whole request (None when no registered tool gives one)."""
    tool = context.choose_tool("text_understanding", request.text)
    text_arg = tool.text_arg() if tool is not None else None
    if tool is None or text_arg is None:
        return None
    step = {"id": "s0", "task": "text_understanding", "tool": tool.name, "args": {text_arg: request.text.strip()}}
    try:
        return validate_plan({**whole.to_json(), "steps": [step]}, context)
    except PlanValidationError:
        return None


def _prompt_is_text(whole: Plan, request: Request, context: PlanContext) -> Plan:
    """A request to write a prompt (a script, ideas, titles, code…) is answered in words: a plan that would
    make the image or video they are about from nothing (one step, or a chain that only works on its own
    results: "write a python function that splits a PDF" read as an image, then a video) becomes a text
    answer (when a registered tool gives one)."""
    if request.attachments or not _WRITE_WORDS.search(request.text) or whole.steps[0].task not in _MAKES_MEDIA:
        return whole
    first, *rest = whole.steps
    own = all(r.ref is not None and r.ref.kind == "step" for s in rest for r in s.refs)
    if first.refs or not own or any(s.task not in _CHAINED_MEDIA for s in rest):
        return whole
    return _one_answer(whole, request, context) or whole


#: what a chain made from nothing goes on to do with its own image or video
_CHAINED_MEDIA = ("image_to_video", "image_edit", "video_edit", "image_reference", "video_reference", "image_control",
                  "video_control")


_VIDEO_NOUNS = "video|vid|clip|animation|movie|film|footage|gif|reel|trailer|teaser|timelapse|time-lapse|cartoon|loop"
#: the thing a request asks to make, named right after its verb: "make a 16:9 *thumbnail* for my video"
_MADE_NOUN = re.compile(r"^\W*(?:(?:please|pls|kindly|hey|hi|ok(?:ay)?|now|so|can\s+you|could\s+you|would\s+you)\W+)*"
                        r"(?:make|create|design|generate|draw|paint|render|produce|sketch|illustrate|give\s+me|"
                        r"i\s+(?:need|want|would\s+like|'d\s+like))\s+(?:me\s+)?(?:(?:an?|the|one|some)\s+)?"
                        # up to three modifiers ("16:9", "short", "youtube"), never past a preposition
                        r"(?:(?!(?:of|for|about|with|showing|from|in|on)\b)[\w:.-]+\s+){0,3}?"
                        r"(thumbnail|poster|logo|picture|photo|image|wallpaper|icon|banner|cover|drawing|painting|"
                        r"illustration|frame|still|sticker|flyer|postcard|album\s+art|" + _VIDEO_NOUNS + r")s?\b",
                        re.IGNORECASE)
_VIDEO_NOUN = re.compile(rf"^(?:{_VIDEO_NOUNS})$", re.IGNORECASE)
_RESULT_NOUNS = "picture|photo|image|still|poster|drawing|painting|illustration|portrait|" + _VIDEO_NOUNS
#: the noun of a thing made, and what it shows: "a video of", "an image showing"
_NAMED_RESULT = re.compile(rf"\b(?:{_RESULT_NOUNS})s?\s+(?:of|showing)\b", re.IGNORECASE)
#: "… and an image of …", "…, plus a short clip showing …": a second thing to make
_SECOND_RESULT = re.compile(rf",?\s+(?:and|plus)\s+(?:also\s+)?(?=(?:an?|one)\s+(?:[\w:.-]+\s+){{0,2}}?(?:{_RESULT_NOUNS})\s+"
                            rf"(?:of|showing)\b)", re.IGNORECASE)


def _made_as_named(whole: Plan, request: Request, context: PlanContext) -> Plan:
    """A request names what it makes right after its verb; "a thumbnail for my video" is a picture
    even though a video is mentioned: a one-step video made from nothing becomes an image when the
    thing named is an image (its size and seed kept)."""
    m = _MADE_NOUN.match(request.text)
    if m is None or _VIDEO_NOUN.match(m.group(1)) or request.attachments or len(whole.steps) != 1:
        return whole
    step = whole.steps[0]
    if step.task != "text_to_video" or step.refs:
        return whole
    tool = context.choose_tool("text_to_image", request.text)
    if tool is None:
        return whole
    args = {k: v for k, v in step.args.items() if k in tool.properties}
    try:
        return validate_plan({**whole.to_json(), "steps": [{"id": step.id, "task": "text_to_image", "tool": tool.name,
                                                            "args": args}]}, context)
    except PlanValidationError:
        return whole


def _text_links(whole: Plan, steps: list[dict[str, Any]], context: PlanContext) -> Plan:
    """``whole`` with the ``{$s<k>}`` text links the clauses found, where its step has none."""
    if len(whole.steps) != len(steps):
        return whole
    changed = False
    raw = whole.to_json()
    for mine, clause in zip(raw["steps"], steps, strict=True):
        link = clause.get("text_from")
        text_arg = context.definition(mine["tool"]).text_arg()
        if link is None or text_arg is None or not isinstance(mine["args"].get(text_arg), str) or "{$" in mine["args"][text_arg]:
            continue
        mine["args"][text_arg] = _with_text_ref(mine["args"][text_arg], raw["steps"][link]["id"])
        changed = True
    if not changed:
        return whole
    try:
        return validate_plan(raw, context)
    except PlanValidationError:
        return whole


def _disagree(whole: Plan, steps: list[dict[str, Any]], context: PlanContext) -> bool:
    """Whether the whole plan has another shape than the clauses: another number of steps, a step
    linked to an earlier one whose clause points at nothing earlier, or a step that makes another
    kind of output (text where the clause asks for an image…). Two ways
    to make the same kind of output (image-to-video or video-reference) are left to the planner,
    which saw the whole request."""
    clause_kinds = [context.definition(s["tool"]).output_kind(s["task"]) for s in steps]
    if len(whole.steps) == 1 and context.definition(whole.steps[0].tool).output_kind(whole.steps[0].task) == "text":
        # one question told in several sentences ("…, then 20 more cars drive through. How many…?"),
        # unless a clause asks outright for an image or a video ("…, then draw its main character")
        return any(kind != "text" and _MAKING.match(str(c["source_text"])) for kind, c in zip(clause_kinds, steps, strict=True))
    if len(whole.steps) != len(steps):
        return True
    if any(s.dependencies and not refers_back(str(c["source_text"])) for s, c in zip(whole.steps, steps, strict=True)):
        return True  # the whole plan links a step whose clause points at nothing earlier
    return [context.definition(s.tool).output_kind(s.task) for s in whole.steps] != clause_kinds


def _clause_steps(planner: Planner, request: Request, context: PlanContext, parts: list[str]) -> list[dict[str, Any]] | None:
    history = context.history or History()
    steps: list[dict[str, Any]] = []
    previous: tuple[str, str] | None = None  # (step id, output kind)
    for k, part in enumerate(parts):
        text_link = previous is not None and previous[1] == "text" and bool(_TEXT_REF.search(part) or refers_back(part))
        # the clause is planned with the earlier text named plainly ("draw its main character" ->
        # "draw the main character of the given text"), then that phrase becomes {$s<k>}
        sub, originals = _sub_request(request, _with_text_ref(part, _GIVEN) if text_link else part)
        points_back = refers_back(part)
        linked = previous if previous is not None and not sub.attachments and (points_back or text_link) else None
        seen = history if points_back else History()  # as for a whole request (``planner.references``)
        planned_in = seen
        if linked is not None and linked[1] != "text":  # text is not a media argument: it goes in the prompt
            planned_in = History(turns=[*seen.turns, _virtual_turn(len(seen), parts[k - 1], linked[1])])
        plan = planner.plan(sub, replace(context, history=planned_in, attachments=tuple(a.kind for a in sub.attachments)))
        if len(plan.steps) != 1:
            return None
        step = plan.steps[0]
        args = {name: _remap(value, originals, len(seen), linked) for name, value in step.args.items()}
        if linked is not None and linked[1] == "text":
            text_arg = context.definition(step.tool).text_arg()
            if text_arg is None or not isinstance(args.get(text_arg), str):
                return None
            marker = "{$" + linked[0] + "}"
            given = args[text_arg].replace(_GIVEN, marker)
            args[text_arg] = given if marker in given else _with_text_ref(args[text_arg], linked[0])
        sid = f"s{k}"
        steps.append({"id": sid, "task": step.task, "tool": step.tool, "args": args, "source_text": part,
                      **({"text_from": k - 1} if linked is not None and linked[1] == "text" else {})})
        previous = (sid, context.definition(step.tool).output_kind(step.task))
    return steps


def _sub_request(request: Request, part: str) -> tuple[Request, dict[int, int]]:
    """The clause as a request of its own: its attachments renumbered from 0 (new -> original index)."""
    originals: dict[int, int] = {}
    attachments: list[Attachment] = []

    def renumber(m: re.Match[str]) -> str:
        old = int(m.group(2))
        if old not in originals.values():
            originals[len(attachments)] = old
            attachments.append(request.attachments[old].model_copy(update={"index": len(attachments)}))
        new = next(n for n, o in originals.items() if o == old)
        return placeholder(m.group(1), new)

    text = _PLACEHOLDER.sub(renumber, part)
    return Request(text=text, raw_text=text, attachments=attachments), originals


def _virtual_turn(index: int, text: str, kind: str) -> TurnRecord:
    """The earlier step's output, seen as the session's last turn (nothing is stored)."""
    digest = f"{index:064x}"
    art = Artifact(id=digest, kind=kind, path=Path(f"/planned/{digest}"), step="s0",  # type: ignore[arg-type]
                   value="(the answer)" if kind == "text" else None)
    return TurnRecord(index=index, text=text, outputs={"s0": [art]})


def _remap(value: Any, originals: dict[int, int], turns: int, linked: tuple[str, str] | None) -> Any:
    if isinstance(value, list):
        return [_remap(v, originals, turns, linked) for v in value]
    ref = parse_ref(value)
    if ref is None:
        return value
    if ref.kind == "input" and ref.index is not None:
        return str(Ref("input", index=originals.get(ref.index, ref.index)))
    if ref.kind == "turn" and ref.index is not None and linked is not None:
        absolute = ref.index + turns + 1 if ref.index < 0 else ref.index
        if absolute == turns:  # the virtual turn: the earlier step of this plan
            return f"${linked[0]}"
        relative = absolute - turns if absolute < turns else ref.index
        return str(Ref("turn", index=relative, step=ref.step, output=ref.output))
    return value


def _with_text_ref(prompt: str, step_id: str) -> str:
    """``prompt`` with the phrase that names the earlier text replaced by ``{$step}``."""
    marker = step_id if step_id == _GIVEN else "{$" + step_id + "}"
    if _ITS.search(prompt) and not _TEXT_REF.search(prompt):  # "its main character" -> "the main character of {$s0}"
        return _ITS.sub(lambda m: f"the {m.group(1)} of {marker}", prompt, count=1)
    for pattern in (_TEXT_REF, _BARE_REF):
        if pattern.search(prompt):
            return pattern.sub(lambda _: marker, prompt, count=1)
    return f"{prompt}: {marker}"
