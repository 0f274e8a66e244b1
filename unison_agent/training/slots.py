"""Slot functions: what each ``{slot}`` in a sentence frame writes, and the gold it records.

Key parts: ``SLOT_FUNCS`` (name -> function(ctx, arg, step)), ``attachment_name`` (a file name that fits
the attachment's role), ``history_turn`` (an earlier turn for multi-turn follow-ups), ``subject_phrase``.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from typing import Any

from . import lexicon as L  # noqa: N812 - short names keep the tables readable
from . import lexicon_tasks as LT  # noqa: N812
from .lexicon_split import part, pick
from .meta_phrases import phrase
from .realize import Attach, Ctx, output_kind


def article(word: str) -> str:
    w = word.lower()
    vowel = w[:1] in "aeiou" or w.startswith(("8", "11", "18", "hd ", "fhd", "uhd")) or w in ("hd", "fhd")
    if w.startswith(("uni", "use", "one", "uhd")):
        vowel = w.startswith("uhd")
    return "an" if vowel else "a"


def a_(phrase_text: str) -> str:
    return f"{article(phrase_text)} {phrase_text}"


def subject_phrase(rng: random.Random, *, video: bool = False) -> str:
    """A generation prompt built from the lexicons: [adj] subject [action] [scene][, style]."""
    if not video and rng.random() < 0.2:
        return caption(rng)
    adj = pick(rng, L.ADJECTIVES)
    noun = pick(rng, L.SUBJECTS)
    core = a_(f"{adj} {noun}".strip())
    action = pick(rng, L.ACTIONS)
    scene = pick(rng, L.SCENES)
    text = " ".join(x for x in (core, action, scene) if x)
    if video and not action and rng.random() < 0.6:
        text += " " + rng.choice(("moving slowly", "turning around", "walking toward the camera", "in motion"))
    style = pick(rng, L.STYLES)
    if style and rng.random() < 0.6:
        text += rng.choice((", ", " ", ", ")) + style
    return text


def caption(rng: random.Random) -> str:
    """A bare GenEval-style caption ("a photo of a bed", "a red car and a blue bench")."""
    form = pick(rng, L.CAPTION_FORMS)
    noun, noun2 = rng.sample(part(L.CAPTION_NOUNS), 2)
    color, color2 = rng.sample(L.COLORS, 2)
    subj = a_(f"{pick(rng, L.ADJECTIVES)} {pick(rng, L.SUBJECTS)}".strip())
    plural = noun + ("es" if noun.endswith(("s", "h")) else "s")
    return form.format(a_subj=subj, plural=plural, noun=noun, noun2=noun2, color=color, color2=color2,
                       scene=pick(rng, L.SCENES[3:]), style=pick(rng, L.STYLES[5:]))


def _step_kind(ctx: Ctx, step: int) -> str:
    return output_kind(ctx.template.steps[step].task)


def s_open(ctx: Ctx, arg: str | None, step: int) -> None:
    text, question = ctx.rng.choice(L.OPENERS)
    ctx.question = question
    ctx.memo["opened"] = bool(text)
    ctx.emit(text)


def s_end(ctx: Ctx, arg: str | None, step: int) -> None:
    r = ctx.rng.random()
    if ctx.question:
        ctx.emit("?" if r < 0.75 else "" if r < 0.9 else ".")
    else:
        ctx.emit("." if r < 0.7 else "" if r < 0.9 else "!")


def s_make(ctx: Ctx, arg: str | None, step: int) -> None:
    verbs = L.VIDEO_VERBS if _step_kind(ctx, step) == "video" else L.IMAGE_VERBS
    if ctx.memo.get("opened") or step > 0 or arg in ("base", "cap"):
        verbs = tuple(v for v in verbs if not v.startswith(("I ", "can I")))
    verb = ctx.rng.choice(verbs)
    ctx.emit(verb[0].upper() + verb[1:] if arg == "cap" else verb)


def s_noun(ctx: Ctx, arg: str | None, step: int) -> None:
    """Article + optional adjective meta + image/video noun ("a 4K photo", "an 8-second clip")."""
    nouns = L.VIDEO_NOUNS if _step_kind(ctx, step) == "video" else L.IMAGE_NOUNS
    noun = ctx.rng.choice(nouns)
    facts = ctx.facts.get((step, "adj"), [])
    pieces = phrase(ctx.rng, facts[0], "adj") if facts else None
    if pieces:
        first = pieces[0][0] if isinstance(pieces[0], tuple) else pieces[0]
        ctx.emit(article(first) + " ")
        ctx.emit(pieces, step)
        ctx.emit(" " + noun)
    elif arg == "bare":
        ctx.emit(noun)
    else:
        ctx.emit(a_(noun))


def s_pp(ctx: Ctx, arg: str | None, step: int) -> None:
    for i, fact in enumerate(ctx.facts.get((step, "pp"), [])):
        pieces = phrase(ctx.rng, fact, "pp") or []
        if i and pieces and isinstance(pieces[0], str) and pieces[0].startswith(" ") and pieces[0] != " (":
            pieces = [ctx.rng.choice((" and", ",", "")) + pieces[0], *pieces[1:]]
        ctx.emit(pieces, step)


def s_sent(ctx: Ctx, arg: str | None, step: int) -> None:
    for fact in ctx.facts.get((step, "sent"), []):
        ctx.emit(" ")
        ctx.emit(phrase(ctx.rng, fact, "sent") or [], step)


def s_subj(ctx: Ctx, arg: str | None, step: int) -> None:
    text = subject_phrase(ctx.rng, video=_step_kind(ctx, step) == "video")
    ctx.prompts[step] = text
    ctx.emit(text)


def s_caption(ctx: Ctx, arg: str | None, step: int) -> None:
    text = caption(ctx.rng)
    ctx.prompts[step] = text
    ctx.emit(text)


_MC_STEMS: dict[str, tuple[str, ...]] = {
    "image_understanding": (
        "Which of the following best describes the picture?", "What is shown in this image?",
        "Which scene matches the photo?", "Which caption fits this image best?",
        "Looking at the image, which statement is true?", "What does the photo most likely show?",
    ),
    "video_understanding": (
        "Which of the following best describes the video?", "What happens in this clip?",
        "Which caption fits the video best?", "Which sequence of events does the clip show?",
    ),
    "text_understanding": (
        "Which of these prompts would work best for a children's book cover?",
        "Which of the following is the most vivid image description?",
        "Which of these scenes would be hardest to photograph in real life?",
        "Which option describes a landscape painting rather than a portrait?",
    ),
}
_MC_FORMATS = ("A) {0} B) {1} C) {2} D) {3}", "(A) {0}; (B) {1}; (C) {2}; (D) {3}", "a. {0} b. {1} c. {2}",
               "Options: {0} / {1} / {2}", "1) {0}, 2) {1}, 3) {2}, 4) {3}", "Choices:\nA. {0}\nB. {1}\nC. {2}")
_MC_ENDINGS = ("", "", " Answer with the letter only.", " Pick one and explain why.", " Choose one option.")


def multiple_choice(rng: random.Random, task: str) -> str:
    """A long multiple-choice question whose options read like generation prompts (the question is
    about the attachment, or, for text understanding, about the options themselves)."""
    video = task == "video_understanding"
    options = [subject_phrase(rng, video=video) for _ in range(4)]
    return f"{rng.choice(_MC_STEMS[task])} {rng.choice(_MC_FORMATS).format(*options)}{rng.choice(_MC_ENDINGS)}"


def s_q(ctx: Ctx, arg: str | None, step: int) -> None:
    task = ctx.template.steps[step].task
    rng = ctx.rng
    if arg == "mc":
        q = multiple_choice(rng, task)
    elif task == "image_understanding":
        q = pick(rng, LT.IMAGE_QUESTIONS)
    elif task == "video_understanding":
        q = pick(rng, LT.VIDEO_QUESTIONS)
    else:
        r = rng.random()
        if arg == "math" or r < 0.3:
            a, b, c = rng.randint(2, 60), rng.randint(2, 40), rng.randint(1, 12)
            q = pick(rng, LT.MATH_PROBLEMS).format(a=a, b=b, c=c)
        elif arg == "tricky" or r < 0.65:
            q = pick(rng, LT.TRICKY_TEXT_QUESTIONS)
        else:
            q = pick(rng, LT.TEXT_QUESTIONS)
    if arg == "low":
        q = q[0].lower() + q[1:]
    ctx.prompts[step] = q
    ctx.emit(q)


def s_edit(ctx: Ctx, arg: str | None, step: int) -> None:
    spec = ctx.template.steps[step]
    video = spec.task.startswith("video")
    if "mask" in spec.roles:
        pool = LT.MASKED_VIDEO_EDITS if video else LT.MASKED_IMAGE_EDITS
    else:
        pool = LT.VIDEO_EDITS if video else LT.IMAGE_EDITS
    text = pick(ctx.rng, pool)
    if arg == "cap":
        text = text[0].upper() + text[1:]
    ctx.prompts[step] = text
    ctx.emit(text)


def _ctrl_type(ctx: Ctx, step: int) -> str:
    key = f"ctrl{step}"
    if key not in ctx.memo:
        ctx.memo[key] = ctx.rng.choice(sorted(LT.CONTROL_TYPES))
    return str(ctx.memo[key])


def _ref_type(ctx: Ctx, step: int) -> str:
    key = f"ref{step}"
    if key not in ctx.memo:
        ctx.memo[key] = ctx.rng.choice(sorted(LT.REFERENCE_TYPES))
    return str(ctx.memo[key])


def s_ctrl(ctx: Ctx, arg: str | None, step: int) -> None:
    word = ctx.rng.choice(LT.CONTROL_TYPES[_ctrl_type(ctx, step)][0])
    ctx.emit(word[0].upper() + word[1:] if arg == "cap" else word)


def s_act(ctx: Ctx, arg: str | None, step: int) -> None:
    """An action and scene for a subject named elsewhere ("dancing on a beach at sunset")."""
    action = ctx.rng.choice([a for a in part(L.ACTIONS) if a]) if arg != "scene" else ""
    scene = pick(ctx.rng, L.SCENES[3:])
    text = f"{action} {scene}".strip()
    ctx.prompts[step] = (ctx.prompts.get(step, "") + " " + text).strip()
    ctx.emit(text)


def s_refsubj(ctx: Ctx, arg: str | None, step: int) -> None:
    ctx.emit(ctx.rng.choice(LT.REFERENCE_TYPES[_ref_type(ctx, step)][0]))


def s_motion(ctx: Ctx, arg: str | None, step: int) -> None:
    m = pick(ctx.rng, L.MOTIONS)
    ctx.prompts[step] = m.removeprefix("with ")
    if m:
        ctx.emit(" " + m)


def s_scene(ctx: Ctx, arg: str | None, step: int) -> None:
    scene = pick(ctx.rng, L.SCENES[3:])
    ctx.prompts[step] = (ctx.prompts.get(step, "") + " " + scene).strip()
    ctx.emit(scene)


_ROLE_NOUNS: dict[str, dict[str, tuple[str, ...]]] = {
    "source": {"image": ("image", "photo", "picture"), "video": ("video", "clip", "footage")},
    "mask": {"image": ("mask", "mask image", "mask"), "video": ("mask", "mask video")},
    "reference": {"image": ("reference", "reference image", "reference photo"), "video": ("reference video",)},
    "control": {"image": ("control image", "control map"), "video": ("control video",)},
    "first_frame": {"image": ("image", "picture", "photo")},
    "last_frame": {"image": ("image", "picture", "photo")},
}


def _separate_np(ctx: Ctx, att: Attach) -> str:
    same = sorted((a for a in ctx.attachments.values() if a.kind == att.kind), key=lambda a: a.index)
    noun = ctx.rng.choice(("image", "picture", "photo")) if att.kind == "image" else ctx.rng.choice(("video", "clip"))
    if len(same) == 1:
        return ctx.rng.choice((f"this {noun}", f"the attached {noun}", f"the uploaded {noun}", f"the {noun} I sent",
                               f"the {noun} I attached", f"my {noun}"))
    nth = same.index(att)
    return ctx.rng.choice((f"the {L.ORDINALS[nth]} {noun}", f"the {L.ORDINALS[nth]} attached {noun}",
                           f"{noun} {nth + 1}", f"the {L.ORDINALS[nth]} one" if nth else f"the first {noun}"))


def s_mark(ctx: Ctx, arg: str | None, step: int) -> None:
    """A bare marker (inline) or a plain noun phrase (passed separately)."""
    att = ctx.attachments[(step, str(arg))]
    if att.inline:
        ctx.marker(att)
    else:
        ctx.emit(_separate_np(ctx, att))


def s_att(ctx: Ctx, arg: str | None, step: int) -> None:
    """A noun phrase for the attachment that may name its role ("the mask ###m.png###")."""
    att = ctx.attachments[(step, str(arg))]
    if not att.inline:
        ctx.emit(_separate_np(ctx, att))
        return
    rng = ctx.rng
    nouns = _ROLE_NOUNS[att.role].get(att.kind, ("file",))
    if att.role == "control":
        nouns = (*nouns, *LT.CONTROL_TYPES[_ctrl_type(ctx, step)][0])
    r = rng.random()
    if r < 0.4:
        ctx.marker(att)
    elif r < 0.8:
        ctx.emit(rng.choice(("the ", "the ", "this ", "my ")) + rng.choice(nouns) + " ")
        ctx.marker(att)
    else:
        ctx.marker(att)
        ctx.emit(f" ({rng.choice(nouns)})")


def attachment_name(ctx: Ctx, step: int, role: str, kind: str) -> str:
    hints: tuple[str, ...] = ()
    if role == "control":
        hints = LT.CONTROL_TYPES[_ctrl_type(ctx, step)][1]
    elif role == "reference":
        hints = LT.REFERENCE_TYPES[_ref_type(ctx, step)][1]
    names: list[str] = ctx.memo.setdefault("names", [])
    used = {a.name for a in ctx.attachments.values()} | set(names)
    for _ in range(20):
        name = LT.file_name(ctx.rng, kind=kind, role=role, hint_stems=hints, choose=lambda pool: pick(ctx.rng, pool))
        if name not in used:
            break
    names.append(name)
    return name


def history_turn(rng: random.Random, kind: str) -> dict[str, Any]:
    """An earlier turn that produced ``kind`` ("image"/"video"/"text")."""
    if kind == "text":
        text = pick(rng, LT.TEXT_QUESTIONS)
    else:
        noun = rng.choice(L.VIDEO_NOUNS if kind == "video" else L.IMAGE_NOUNS)
        verb = rng.choice(("make", "create", "generate", "draw") if kind == "image" else ("make", "create", "generate"))
        subj = subject_phrase(rng, video=kind == "video")
        text = rng.choice((f"{verb} {a_(noun)} of {subj}", subj, f"{a_(noun)} of {subj}"))
    return {"text": text, "outputs": [kind]}


SLOT_FUNCS: dict[str, Callable[[Ctx, str | None, int], None]] = {
    "open": s_open, "end": s_end, "make": s_make, "noun": s_noun, "pp": s_pp, "sent": s_sent, "subj": s_subj,
    "caption": s_caption, "q": s_q, "edit": s_edit, "ctrl": s_ctrl, "refsubj": s_refsubj, "motion": s_motion,
    "scene": s_scene, "mark": s_mark, "att": s_att, "act": s_act,
}
