"""Sentence frames for single-step requests, one family per task (and per role combination).

Each frame is one template; a family's frames are split between train and dev by position (see
``data.split_of``). Slots are documented in ``slots.py``; ``{name:k}`` addresses step k. A frame that
starts with ``!`` reads naturally only with inline markers (it never gets separately passed files).
"""

from __future__ import annotations

from .realize import StepSpec, Template


def family(prefix: str, steps: tuple[StepSpec, ...], *frames: str, **kw: object) -> list[Template]:
    out = []
    for i, frame in enumerate(frames):
        inline_only = frame.startswith("!")
        out.append(Template(id=f"{prefix}.{i:02d}", frame=frame.removeprefix("!"), steps=steps,
                            separate_ok=not inline_only, **kw))  # type: ignore[arg-type]
    return out


S = StepSpec
T2I = (S(task="text_to_image"),)
T2V = (S(task="text_to_video"),)
TU = (S(task="text_understanding"),)
IU = (S(task="image_understanding", roles={"source": "image"}),)
VU = (S(task="video_understanding", roles={"source": "video"}),)

SINGLE: list[Template] = [
    *family(
        "t2i.make", T2I,
        "{open}{make} {noun} of {subj}{pp}{end}{sent}",
        "{open}{make} {noun} showing {subj}{pp}{end}{sent}",
        "{noun:bare} of {subj}{pp}{end}{sent}",
        "{open}{make} {noun}{pp} of {subj}{end}{sent}",
        "{open}visualize {subj} for me{pp}{end}{sent}",
        "Picture this: {subj}.{sent} Render it{pp}.",
        "{open}turn this description into {noun}: {subj}{pp}{end}{sent}",
        "{open}show me what {subj} would look like{pp}{end}{sent}",
        "I want to see {subj}{pp}.{sent}",
        "{open}paint {subj}{pp}{end}{sent}",
        "{open}{make} {noun}{pp}: {subj}{end}{sent}",
        "Need {noun} for my blog{pp}. Subject: {subj}.{sent}",
        "Text to image: {subj}{pp}",
        "{open}imagine {subj} and draw it{pp}{end}{sent}",
        "Prompt: {subj}{pp}{sent}",
        "{noun:bare}: {subj}{pp}{sent}",
        "{open}sketch out {subj}{pp}{end}{sent}",
        "{open}design a poster featuring {subj}{pp}{end}{sent}",
        "Could I see {noun} of {subj}{pp}?{sent}",
        "{subj}. {make:cap} it{pp}.{sent}",
        "{open}{make} {noun} depicting {subj}{pp}{end}{sent}",
        "{open}{make} {noun} that captures {subj}{pp}{end}{sent}",
        "{subj}{pp} -- {noun:bare}, please",
        "{open}whip up {noun} of {subj}{pp}{end}{sent}",
    ),
    *family(
        "t2i.caption", T2I,
        "{caption}", "{caption}", "{caption}{pp}", "Prompt: {caption}", "{subj}", "{subj}{pp}", "{caption}{sent}",
        "{subj}{sent}", "{caption}, {noun:bare}",
        "{subj}, high quality{pp}",
    ),
    *family(
        "t2v.make", T2V,
        "{open}{make} {noun} of {subj}{pp}{end}{sent}",
        "{open}{make} {noun}{pp} showing {subj}{end}{sent}",
        "{noun:bare} of {subj}{pp}{end}{sent}",
        "{open}{make} {noun} in which we see {subj}{pp}{end}{sent}",
        "{open}animate {subj}{pp}{end}{sent}",
        "I want to watch {subj}{pp}.{sent}",
        "Text to video: {subj}{pp}",
        "{subj}, {noun:bare}{pp}",
        "{open}film {subj}{pp}{end}{sent}",
        "{open}{make} a moving scene of {subj}{pp}{end}{sent}",
        "Video prompt: {subj}{pp}.{sent}",
        "{open}turn this idea into {noun}: {subj}{pp}{end}{sent}",
        "{noun:bare}{pp}: {subj}",
        "{open}{make} {noun}{pp}. Subject: {subj}.{sent}",
        "{open}show {subj} in motion{pp}{end}{sent}",
        "{open}{make} {noun} that is all about {subj}{pp}{end}{sent}",
        "{subj}. I want this as {noun}{pp}.{sent}",
        "{open}record {subj}{pp}{end}{sent}",
        "{open}{make} {noun} that portrays {subj}{pp}{end}{sent}",
        "Please create a video{pp} of {subj}.{sent}",
        "{open}generate footage of {subj}{pp}{end}{sent}",
        "{subj} -- as {noun}{pp}",
        "{open}{make} {noun} with {subj}{pp}{end}{sent}",
    ),
    *family(
        "tu.ask", TU,
        "{q}", "{open}tell me: {q:low}", "Question: {q}", "{q} Please explain.", "quick question - {q:low}",
        "{q} Answer briefly.", "I was wondering, {q:low}", "Help me with this: {q}", "{q:math}",
        "Solve: {q:math}", "{q:tricky}", "Can you answer this? {q}", "Hey, {q:low}", "{q:tricky} Thanks!",
        "Math problem: {q:math} Show your work.", "{open}help me understand this. {q:tricky}",
        "Just text please: {q}", "{q:math} Give only the final number.", "No images needed. {q:tricky}",
        "I have a question about photography. {q:tricky}",
        "{q:mc}", "Quiz time: {q:mc}", "Multiple choice, no pictures needed: {q:mc}", "{open}help me pick: {q:mc}",
        "Just answer in text. {q:mc}",
    ),
    *family(
        "iu.ask", IU,
        "{mark:source} {q}", "{q} {mark:source}", "{open}look at {att:source} and tell me: {q:low}",
        "{att:source} Quick question: {q}", "In {att:source}, {q:low}", "{q} (see {att:source})", "{open}describe {att:source}{end}",
        "What do you see in {att:source}?", "{open}caption {att:source}{end}", "!Here's a photo: {mark:source}. {q}",
        "{mark:source}\n{q}", "About {att:source}: {q}", "{open}analyze {att:source}. {q}",
        "Given {att:source}, {q:low}", "{q} Use {att:source}.", "Check {att:source} - {q:low}",
        "I'm attaching {att:source}. {q}", "{open}tell me what's in {att:source}{end}",
        "{open}answer a question about {att:source}: {q}", "!Image: {mark:source}\nQuestion: {q}",
        "{mark:source} {q:mc}", "{q:mc} {mark:source}", "Look at {att:source}. {q:mc}",
        "!Multiple choice about this image {mark:source}: {q:mc}", "Based on {att:source}, answer: {q:mc}",
        "{open}answer this about {att:source}. {q:mc}",
    ),
    *family(
        "vu.ask", VU,
        "{mark:source} {q}", "{q} {mark:source}", "Watch {att:source} and tell me: {q:low}",
        "Regarding {att:source}, {q:low}", "{open}summarize {att:source}{end}", "What's happening in {att:source}?",
        "{open}describe what happens in {att:source}{end}", "!Here's a clip: {mark:source}. {q}",
        "Given {att:source}, {q:low}", "{q} (video: {mark:source})", "I uploaded {att:source}. {q}",
        "{open}analyze {att:source} and answer: {q}", "{att:source} {q}", "Looking at {att:source}: {q}",
        "{open}watch {att:source}{end} {q}", "!Video: {mark:source}\nQuestion: {q}",
        "{mark:source} {q:mc}", "{q:mc} {mark:source}", "After watching {att:source}: {q:mc}",
        "!Quiz about the clip {mark:source}. {q:mc}",
    ),
    *family(
        "ie.plain", (S(task="image_edit", roles={"source": "image"}),),
        "{mark:source} {edit}", "{edit:cap} {mark:source}", "{open}{edit} in {att:source}{end}",
        "{open}touch up {att:source}: {edit}{end}", "In {att:source}, {edit}.", "Take {att:source} and {edit}.",
        "{open}modify {att:source}: {edit}{end}", "{open}edit {att:source} to {edit}{pp}{end}",
        "Here is my photo {mark:source}. Can you {edit}?", "{att:source}: {edit}", "Using {att:source}, {edit}{pp}.",
        "{open}fix up {att:source} - {edit}{end}", "I'd like to {edit} in {att:source}.",
        "Edit request for {att:source}: {edit}.{sent}", "{open}apply this change to {att:source}: {edit}{end}",
        "{edit:cap}, using {att:source} as the source image.", "{open}retouch {att:source} and {edit}{end}",
        "{open}update {att:source}: {edit}{pp}{end}",
    ),
    *family(
        "ie.mask", (S(task="image_edit", roles={"source": "image", "mask": "image"}),),
        "!{open}{edit} in {mark:source} using the mask {mark:mask}{end}",
        "!Using the mask {mark:mask}, {edit} in {att:source}.",
        "!{mark:source} + mask {mark:mask}: {edit}",
        "!Here is the mask {mark:mask} and the photo {mark:source}. {edit:cap}.",
        "Mask: {mark:mask}. Image: {mark:source}. {edit:cap}.",
        "Image: {mark:source}, mask: {mark:mask}. {edit:cap}.",
        "{edit:cap}. Source: {mark:source}, mask: {mark:mask}.",
        "{open}inpaint {att:source} with {mark:mask} as the mask: {edit}{end}",
        "With {mark:mask} as the mask, {edit} in {mark:source}.",
        "{open}use {mark:mask} as a mask on {att:source} and {edit}{end}",
        "In {att:source}, {edit}. The region to change is marked in {mark:mask}.",
        "!Apply the mask {mark:mask} to {mark:source} and {edit}.",
        "{mark:source} is the photo and {mark:mask} is the mask. {edit:cap}.",
        "{mark:mask} marks the area to edit in {mark:source}: {edit}",
        "{open}{edit} - edit {mark:source} only where {mark:mask} is white{end}",
        "!{open}inpaint the masked region ({mark:mask}) of {mark:source}: {edit}{end}",
        "{open}{edit} in {att:source}, only inside {mark:mask}{end}",
        "{edit:cap} in {mark:source} but only within the area of {mark:mask}.",
        "!{open}in {mark:source}, {edit} - restrict the change to {mark:mask}{end}",
        "{open}edit {att:source}: {edit}. Only touch the region in {mark:mask}{end}",
        "!{mark:source} {edit}, limited to the mask {mark:mask}",
        "{open}change only the part of {att:source} covered by {mark:mask}: {edit}{end}",
        "!Keep everything in {mark:source} outside {mark:mask} as is and {edit}.",
        "{open}{edit} inside the masked area ({mark:mask}) of {att:source}{end}",
        "!{mark:mask} {mark:source} {edit} within the mask",
        "{edit:cap} - {mark:source}, mask {mark:mask}",
    ),
    *family(
        "ie.ref", (S(task="image_edit", roles={"source": "image", "reference": "image"}),),
        "{open}put {refsubj} from {mark:reference} into {mark:source}{end}",
        "Replace the person in {mark:source} with the one from {mark:reference}.",
        "{open}edit {mark:source} so it includes {refsubj} shown in {mark:reference}{end}",
        "In {mark:source}, swap the main subject for {refsubj} in {mark:reference}.",
        "Reference: {mark:reference}. Edit {mark:source}: add {refsubj} to the scene.",
        "{open}insert the object from {mark:reference} into {mark:source}{end}",
        "Use {mark:reference} as the reference and add {refsubj} to {att:source}.",
        "!{mark:source} is my photo, {mark:reference} shows {refsubj}; put them together in one image.",
        "{open}make {att:source} include {refsubj} from {mark:reference}, same lighting{end}",
        "{open}add {refsubj} from {mark:reference} to {mark:source}{end}",
        "Edit {mark:source}: replace the subject with {refsubj} from {mark:reference}.",
        "!{mark:source} {mark:reference} put the second one into the first",
        "{open}swap {refsubj} in {mark:source} for the one in {mark:reference}, keep the background{end}",
        "Paste {refsubj} from {mark:reference} into the photo {mark:source} so it looks natural.",
        "{open}blend {refsubj} shown in {mark:reference} into {att:source}{end}",
        "Take {mark:source} and give it {refsubj} from {mark:reference}.",
        "!Source photo {mark:source}; reference {mark:reference}. Put {refsubj} in the source.",
        "{open}edit {att:source} using {mark:reference} as the reference for the new {refsubj}{end}",
        "In the picture {mark:source}, the person should look like the one in {mark:reference}.",
        "{open}replace the background object in {mark:source} with the item from {mark:reference}{end}",
        "{open}change {mark:source} so that it contains {refsubj} from {mark:reference}{end}",
    ),
]
