"""Sentence frames for multi-step requests (sequential and parallel) and multi-turn follow-ups.

Sequential steps reference earlier ones as ``"sK"``; follow-ups reference the previous turn's output as
``"t-1"`` (``"t-2"`` the one before). Same conventions as ``templates_single.py``.
"""

from __future__ import annotations

from .realize import StepSpec as S
from .realize import Template
from .templates_single import family

T2I, T2V = S(task="text_to_image"), S(task="text_to_video")

SEQUENTIAL: list[Template] = [
    *family(
        "seq.t2i_i2v", (T2I, S(task="image_to_video", roles={"first_frame": "s0"})),
        "{open}{make} {noun} of {subj}{pp}, then animate it{pp:1}{end}{sent:1}",
        "{make:cap} {noun} of {subj}{pp} and animate it{motion:1}{pp:1}.",
        "First {make:base} {noun} of {subj}{pp}. After that, turn it into {noun:1}{pp:1}.{sent:1}",
        "{subj}{pp} -- make it an image, then a video{pp:1}",
        "{open}draw {subj}{pp} and then bring it to life{pp:1}{end}",
        "{make:cap} {noun} of {subj}{pp}; use that image as the first frame of {noun:1}{pp:1}.",
        "Generate {subj} as a still image{pp}, then make {noun:1} starting from it{motion:1}{pp:1}.",
        "{open}{make} {noun} of {subj} and animate it{pp:1}{end}{sent:1}",
        "Step 1: {make:base} {noun} of {subj}{pp}. Step 2: animate that image{pp:1}.",
        "{open}make a picture of {subj} and then a video from that picture{pp:1}{end}",
        "{open}{make} {noun} of {subj}{pp} and then make it move{motion:1}{pp:1}{end}",
        "{make:cap} {subj} as {noun}{pp}, and afterwards animate the result into {noun:1}{pp:1}.",
        "{open}paint {subj}{pp}, then use the painting to start {noun:1}{pp:1}{end}",
    ),
    *family(
        "seq.t2i_i2v_last", (T2I, S(task="image_to_video", roles={"last_frame": "s0"})),
        "{open}{make} {noun} of {subj}{pp}, then {make:base:1} {noun:1} that ends on it{pp:1}{end}",
        "Create {subj} as an image{pp}, then generate a clip whose final frame is that image{pp:1}.",
        "{make:cap} {noun} of {subj}{pp}. Then make {noun:1} leading up to that image{pp:1}.",
        "{open}draw {subj}{pp} and use it as the last frame of {noun:1}{pp:1}{end}",
        "First an image of {subj}{pp}; afterwards {noun:1} that finishes on it{pp:1}.",
    ),
    *family(
        "seq.t2i_iu", (T2I, S(task="image_understanding", roles={"source": "s0"})),
        "{open}{make} {noun} of {subj}{pp} and tell me what color the main object is{end}",
        "{make:cap} {noun} of {subj}{pp}, then describe it.",
        "Draw {subj}{pp}. Then tell me what's in the picture.",
        "{open}{make} {noun} of {subj} and then count how many animals are in it{end}",
        "After generating {noun} of {subj}{pp}, write a caption for it.",
        "{open}{make} {noun} of {subj}{pp}, then check whether it looks realistic{end}",
        "{make:cap} {subj}{pp} and then describe the result in one sentence.",
    ),
    *family(
        "seq.t2i_edit", (T2I, S(task="image_edit", roles={"source": "s0"})),
        "{open}{make} {noun} of {subj}{pp}, then {edit:1}{end}",
        "{make:cap} {noun} of {subj}{pp}. After that, {edit:1}.",
        "Draw {subj}{pp} and then edit it to {edit:1}.",
        "{open}generate {subj}{pp}; once done, {edit:1}{end}",
        "{make:cap} {noun} of {subj}{pp}, then take that image and {edit:1}.",
    ),
    *family(
        "seq.t2i_vref", (T2I, S(task="video_reference", roles={"reference": "s0"})),
        "{open}{make} {noun} of {subj}{pp}, then use that as reference for {noun:1} of it {act:1}{pp:1}{end}",
        "Design a character: {subj}{pp}. Then use that image as the reference for {noun:1} where it is {act:1}{pp:1}.",
        "{make:cap} {noun} of {subj}{pp} and use it as the reference to make {noun:1} of the same character {act:1}{pp:1}.",
        "{open}draw {subj}{pp}, then star it in {noun:1} {act:1}{pp:1}{end}",
    ),
    *family(
        "seq.t2i_iref", (T2I, S(task="image_reference", roles={"reference": "s0"})),
        "{open}{make} {noun} of {subj}{pp}, then use it as a reference to draw the same character {act:1}{pp:1}{end}",
        "{make:cap} {subj}{pp}. Next, with that image as reference, make another picture of it {act:1}{pp:1}.",
        "Draw {subj}{pp}, then keep that character and show it {act:1} in a second image{pp:1}.",
    ),
    *family(
        "seq.t2v_vu", (T2V, S(task="video_understanding", roles={"source": "s0"})),
        "{open}{make} {noun} of {subj}{pp} and then describe what happens in it{end}",
        "Generate {noun} of {subj}{pp}, then summarize it.",
        "{make:cap} {noun} of {subj}{pp}. After that, tell me whether the motion looks natural.",
        "{open}film {subj}{pp} and then give the clip a title{end}",
    ),
    *family(
        "seq.t2v_edit", (T2V, S(task="video_edit", roles={"source": "s0"})),
        "{make:cap} {noun} of {subj}{pp}, then {edit:1}.",
        "{open}{make} {noun} of {subj}{pp} and after that {edit:1}{end}",
        "Generate {noun} showing {subj}{pp}; then edit the video to {edit:1}.",
    ),
    *family(
        "seq.edit_i2v", (S(task="image_edit", roles={"source": "image"}),
                         S(task="image_to_video", roles={"first_frame": "s0"})),
        "{open}{edit} in {att:source}, then animate the result{pp:1}{end}",
        "Edit {mark:source} to {edit}, and after that make a video from it{pp:1}.",
        "In {att:source}, {edit}. Then animate it{motion:1}{pp:1}.",
        "{open}take {att:source}, {edit}, and turn it into {noun:1}{pp:1}{end}{sent:1}",
    ),
    *family(
        "seq.iu_t2i", (S(task="image_understanding", roles={"source": "image"}), T2I),
        "{open}describe {att:source}, then generate a new image based on that description{pp:1}{end}",
        "{q} {mark:source} Then {make:base:1} {noun:1} of {subj:1}{pp:1}.",
        "Tell me what is in {att:source} and afterwards make {noun:1} of {subj:1}{pp:1}.",
    ),
    *family(
        "seq.ctrl_i2v", (S(task="image_control", roles={"control": "image"}),
                         S(task="image_to_video", roles={"first_frame": "s0"})),
        "Use {att:control} as a {ctrl} to make {subj}{pp}, then animate it{pp:1}.",
        "{open}{make} {noun} of {subj} following the {ctrl} {mark:control}{pp} and then animate the result{pp:1}{end}",
    ),
    *family(
        "seq.ref_i2v", (S(task="image_reference", roles={"reference": "image"}),
                        S(task="image_to_video", roles={"first_frame": "s0"})),
        "{open}{make} {noun} of {refsubj} in {mark:reference} {scene}{pp}, then animate it{pp:1}{end}",
        "Put {refsubj} from {att:reference} {scene}{pp}, and then turn that into {noun:1}{pp:1}.",
    ),
    *family(
        "seq.three", (T2I, S(task="image_edit", roles={"source": "s0"}),
                      S(task="image_to_video", roles={"first_frame": "s1"})),
        "{make:cap} {noun} of {subj}{pp}, {edit:1}, and then animate it{pp:2}.",
        "{open}draw {subj}{pp}; then {edit:1}; finally animate it{pp:2}{end}",
        "First {make:base} {subj}{pp}. Then {edit:1}. Last, make {noun:2} from the edited image{pp:2}.",
    ),
]

PARALLEL: list[Template] = [
    *family(
        "par.two_images", (T2I, T2I),
        "{open}{make} two images: one of {subj} and one of {subj:1}{end}",
        "{make:cap} {noun} of {subj}{pp} and another of {subj:1}{pp:1}.",
        "Two pictures please: {subj}; {subj:1}.",
        "{open}{make} {noun} of {subj}{pp}. Also {make:base:1} {noun:1} of {subj:1}{pp:1}{end}",
        "{open}draw {subj}{pp}, and separately draw {subj:1}{pp:1}{end}",
        "I need two images - {subj}{pp}, and {subj:1}{pp:1}.",
        parallel=True,
    ),
    *family(
        "par.img_vid", (T2I, T2V),
        "{open}{make} {noun} of {subj}{pp} and {noun:1} of {subj:1}{pp:1}{end}",
        "I need {noun} of {subj}{pp}, and also {noun:1} of {subj:1}{pp:1}.",
        "{make:cap} {noun} of {subj}{pp}. Separately, {make:base:1} {noun:1} showing {subj:1}{pp:1}.",
        "Two things: {noun} of {subj}{pp}, plus {noun:1} of {subj:1}{pp:1}.{sent:1}",
        "{open}{make} {noun} of {subj}{pp}; also a video of {subj:1}{pp:1}{end}",
        parallel=True,
    ),
    *family(
        "par.vid_img", (T2V, T2I),
        "{open}{make} {noun} of {subj}{pp} and {noun:1} of {subj:1}{pp:1}{end}",
        "{make:cap} {noun} of {subj}{pp}, and also an image of {subj:1}{pp:1}.",
        "First thing: {noun} of {subj}{pp}. Second, unrelated: {noun:1} of {subj:1}{pp:1}.",
        parallel=True,
    ),
    *family(
        "par.two_videos", (T2V, T2V),
        "{open}{make} two videos: one of {subj}{pp} and one of {subj:1}{pp:1}{end}",
        "{make:cap} {noun} of {subj}{pp}. Also {make:base:1} {noun:1} of {subj:1}{pp:1}.",
        "I want two clips - {subj}{pp}; {subj:1}{pp:1}.",
        parallel=True,
    ),
    *family(
        "par.img_q", (T2I, S(task="text_understanding")),
        "{make:cap} {noun} of {subj}{pp}, and also answer this: {q:1}",
        "{q:1} Also, {make:base} {noun} of {subj}{pp}.",
        "{open}{make} {noun} of {subj}{pp}{end} Separately: {q:1}",
        parallel=True,
    ),
    *family(
        "par.iu_t2i", (S(task="image_understanding", roles={"source": "image"}), T2I),
        "{q} {mark:source} Also, {make:base:1} {noun:1} of {subj:1}{pp:1}.",
        "Two requests: describe {att:source}, and {make:base:1} {noun:1} of {subj:1}{pp:1}.",
        parallel=True,
    ),
]

TURNS: list[Template] = [
    *family(
        "turn.edit", (S(task="image_edit", roles={"source": "t-1"}),),
        "now {edit}", "{edit:cap}.", "Can you {edit} in that one?", "Great. Now {edit}.",
        "{open}{edit} in the last image{end}", "Edit the previous picture: {edit}", "Okay, {edit} please",
        "Nice, but {edit}.", "Hmm, {edit} in the picture you just made.", "Take that image and {edit}.",
        history=("image",),
    ),
    *family(
        "turn.i2v", (S(task="image_to_video", roles={"first_frame": "t-1"}),),
        "animate the last one{pp}", "now animate it{motion}{pp}", "Turn that image into {noun}{pp}.",
        "Make it move{pp}{motion}.", "{open}bring the previous picture to life{pp}{end}",
        "Use that as the first frame of {noun}{pp}.", "Nice! Animate it{pp}{sent}",
        "Now make {noun} starting from that image{pp}.", "love it. animate this one{motion}{pp}",
        history=("image",),
    ),
    *family(
        "turn.i2v_last", (S(task="image_to_video", roles={"last_frame": "t-1"}),),
        "now make a video that ends on that picture{pp}", "Make a clip leading up to the last image{pp}.",
        "{open}{make} {noun} whose final frame is the image you just made{pp}{end}",
        history=("image",),
    ),
    *family(
        "turn.iu", (S(task="image_understanding", roles={"source": "t-1"}),),
        "what is in that picture?", "Describe the image you just made.", "{q} (about the last image)",
        "Looking at that result, {q:low}", "In the previous image, {q:low}", "tell me about that picture",
        "What did you draw exactly?", "Is there anything odd in the image you generated?",
        history=("image",),
    ),
    *family(
        "turn.vu", (S(task="video_understanding", roles={"source": "t-1"}),),
        "What happens in the video you made?", "Describe that clip.", "In the last video, {q:low}",
        "summarize the video you just generated", "Looking at that clip, {q:low}",
        history=("video",),
    ),
    *family(
        "turn.vedit", (S(task="video_edit", roles={"source": "t-1"}),),
        "now {edit}", "In that clip, {edit}.", "{open}edit the last video: {edit}{end}", "Great, now {edit}.",
        "{edit:cap} in the video.",
        history=("video",),
    ),
    *family(
        "turn.vref", (S(task="video_reference", roles={"reference": "t-1"}),),
        "Use that as reference for {noun} of it {act}{pp}.", "Now make {noun} of that character {act}{pp}.",
        "{open}{make} {noun} with the same subject as the last image, {act}{pp}{end}",
        history=("image",),
    ),
    *family(
        "turn.iref", (S(task="image_reference", roles={"reference": "t-1"}),),
        "Now make {noun} of the same character {scene}{pp}.", "Keep that subject and show it {act}{pp}.",
        "{open}use the last picture as a reference and draw it {act}{pp}{end}",
        history=("image",),
    ),
    *family(
        "turn.new_t2i", (T2I,),
        "Now {make:base} {noun} of {subj}{pp}.", "Next: {subj}{pp}", "{open}{make} {noun} of {subj}{pp}{end}",
        "Another one: {noun:bare} of {subj}{pp}", "Something different now - {subj}{pp}.",
        history=("image",),
    ),
    *family(
        "turn.new_t2v", (T2V,),
        "Now {make:base} {noun} of {subj}{pp}.", "{open}{make} {noun} of {subj}{pp}{end}{sent}",
        "Next, a video of {subj}{pp}.",
        history=("video",),
    ),
    *family(
        "turn.t2", (S(task="image_edit", roles={"source": "t-2"}),),
        "Go back to the first picture and {edit}.", "{edit:cap} in the image from before the last one.",
        "Not that one - the earlier image. {edit:cap}.",
        history=("image", "image"),
    ),
    *family(
        "turn.t2_i2v", (S(task="image_to_video", roles={"first_frame": "t-2"}),),
        "Animate the earlier one, not the last one{pp}.", "Use the first image you made as the start of {noun}{pp}.",
        history=("image", "video"),
    ),
    *family(
        "turn.text", (S(task="text_understanding"),),
        "{q}", "Thanks. {q}", "Another question: {q}", "ok, and {q:low}",
        history=("text",),
    ),
    *family(
        "turn.multi", (S(task="image_edit", roles={"source": "t-1"}), S(task="image_to_video", roles={"first_frame": "s0"})),
        "{edit:cap}, then animate it{pp:1}.", "Now {edit} and make a video of the result{pp:1}.",
        "{open}{edit} in that image and animate it afterwards{pp:1}{end}",
        history=("image",),
    ),
]
