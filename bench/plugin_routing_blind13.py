"""Thirteenth blind evaluation set for plugin task and tool routing.

Written blind: its author saw neither the planner's training or calibration data nor the other
benchmark sets, only the built-in task table and the built-in tool names. Evaluation only: never
train on it, and never use it to set thresholds or rules.

Domains: coin grading, desk ergonomics, makeup try-on, tattoo previews, logo animation,
pet body language, video call backgrounds, plush toys from drawings.

- TASKS13: eight plugin TaskSpecs, one per domain, each with three example requests.
- TOOLS13: (tool_name, tool_description, task_name); one tool per plugin task, a second tool
  for makeup_try_on, logo_animation and video_background_swap, and one tool for image_edit.
- TASK_REQUESTS13: forty (request, task_name) pairs, five per plugin task.
- TOOL_REQUESTS13: twelve (request, task_name, tool_name) triples for the three two-tool tasks.
- OUT_OF_SCOPE13: twelve requests that no built-in or plugin task can serve.
- BUILTIN13: sixteen (request, builtin_task_name) pairs for ordinary built-in requests.
"""

from unison_agent.contracts.tasks import TaskSpec

TASKS13: tuple[TaskSpec, ...] = (
    TaskSpec.one_input(
        "image",
        name="coin_grading",
        output="text",
        description=(
            "Identify a coin from a photo (country, denomination, year, mint mark) and estimate "
            "its numismatic condition grade, noting wear, scratches, toning and cleaning."
        ),
        examples=(
            "What coin is this and what grade would you give it? <image 0>",
            "Estimate the condition grade of the silver dollar in <image 0>.",
            "Has the penny in <image 0> been cleaned, and how worn is it?",
        ),
    ),
    TaskSpec.one_input(
        "image",
        name="desk_ergonomics_check",
        output="text",
        description=(
            "Review a photo of a person at a desk or workstation and report ergonomic problems: "
            "monitor height, chair and keyboard position, wrist and neck posture, with fixes."
        ),
        examples=(
            "Is my home office setup ergonomic? <image 0>",
            "Check my sitting posture at the computer in <image 0> and tell me what to adjust.",
            "Is the monitor in <image 0> at the right height for me?",
        ),
    ),
    TaskSpec.one_input(
        "image",
        name="makeup_try_on",
        output="image",
        description=(
            "Apply a described makeup look to the face in a portrait photo (lipstick, eyeshadow, "
            "blush, liner, face paint) while keeping the person's identity and the rest intact."
        ),
        examples=(
            "Show me with a red lip and winged eyeliner. <image 0>",
            "Try a smoky eye look on my face in <image 0>.",
            "What would I look like with peach blush and glossy lips? <image 0>",
        ),
    ),
    TaskSpec.one_input(
        "image",
        name="tattoo_preview",
        output="image",
        description=(
            "Render a described tattoo onto the skin in a photo of a body part, following the "
            "curve of the arm, leg, back or neck, so the user can preview placement and size."
        ),
        examples=(
            "Put a small rose tattoo on my wrist in <image 0>.",
            "Preview a sleeve of Japanese waves on the arm in <image 0>.",
            "How would a fine-line moon tattoo look behind my ear? <image 0>",
        ),
    ),
    TaskSpec.one_input(
        "image",
        name="logo_animation",
        output="video",
        description=(
            "Turn a still logo or brand mark image into a short animated intro or outro clip, "
            "with the logo revealing, building up or moving in a branded sting."
        ),
        examples=(
            "Make an animated intro from my company logo <image 0>.",
            "Create a five second logo reveal using <image 0>.",
            "Animate the brand mark in <image 0> for the end of our videos.",
        ),
    ),
    TaskSpec.one_input(
        "video",
        name="pet_body_language",
        output="text",
        description=(
            "Watch a clip of a dog, cat or other pet and interpret its body language and "
            "behaviour: ears, tail, posture, signs of stress, fear, play or aggression."
        ),
        examples=(
            "Is my dog stressed or playing in <video 0>?",
            "What is my cat's tail telling me in <video 0>?",
            "Read the body language of the two dogs meeting in <video 0>.",
        ),
    ),
    TaskSpec.one_input(
        "video",
        name="video_background_swap",
        output="video",
        description=(
            "Separate the person in a webcam, video call or talking-head recording from their "
            "surroundings and replace or soften the background behind them for the whole clip."
        ),
        examples=(
            "Replace the messy bedroom behind me in <video 0> with a clean office.",
            "Change the background of my webcam recording <video 0> to a library.",
            "Hide my kitchen behind me in <video 0> for this presentation.",
        ),
    ),
    TaskSpec.one_input(
        "image",
        name="plush_from_drawing",
        output="image",
        description=(
            "Turn a child's drawing or doodle of a creature or character into a realistic "
            "photo of a soft stuffed plush toy that keeps the drawing's shapes and colours."
        ),
        examples=(
            "Make my kid's drawing <image 0> into a real stuffed animal photo.",
            "What would this doodled monster look like as a plush toy? <image 0>",
            "Turn the crayon dinosaur in <image 0> into a cuddly soft toy.",
        ),
    ),
)

TOOLS13: tuple[tuple[str, str, str], ...] = (
    (
        "numismatic_grader",
        "Identifies coins and assigns a condition grade on the 1-70 Sheldon scale with notes.",
        "coin_grading",
    ),
    (
        "workstation_posture_auditor",
        "Checks desk, chair, monitor and body posture in a photo against ergonomic guidelines.",
        "desk_ergonomics_check",
    ),
    (
        "everyday_makeup_artist",
        "Applies natural, office, evening and bridal makeup looks realistically to a face.",
        "makeup_try_on",
    ),
    (
        "stage_fx_makeup_artist",
        "Applies theatrical, costume and special-effects makeup: face paint, wounds, zombie, drag.",
        "makeup_try_on",
    ),
    (
        "skin_ink_mapper",
        "Wraps a described tattoo design onto skin in a photo, matching curvature and lighting.",
        "tattoo_preview",
    ),
    (
        "cinematic_logo_revealer",
        "Builds dramatic 3D logo reveals with metallic surfaces, lens flares, particles and light.",
        "logo_animation",
    ),
    (
        "flat_motion_logo_animator",
        "Makes clean flat 2D motion-graphics logo animations: slides, bounces, shape morphs.",
        "logo_animation",
    ),
    (
        "pet_behaviour_reader",
        "Interprets dog and cat body language and behaviour in video, frame by frame.",
        "pet_body_language",
    ),
    (
        "virtual_backdrop_replacer",
        "Cuts the speaker out of a clip and places them in front of a new chosen scene.",
        "video_background_swap",
    ),
    (
        "background_bokeh_softener",
        "Keeps the real room behind the speaker but blurs it into soft depth-of-field bokeh.",
        "video_background_swap",
    ),
    (
        "plushie_maker",
        "Converts drawings and doodles into photoreal stitched fabric plush toy renders.",
        "plush_from_drawing",
    ),
    (
        "unwanted_object_eraser",
        "Removes unwanted objects, people or clutter from a photo and fills the gap seamlessly.",
        "image_edit",
    ),
)

TASK_REQUESTS13: tuple[tuple[str, str], ...] = (
    ("Found this in my grandpa's jar, is it worth anything condition-wise? <image 0>", "coin_grading"),
    ("Grade this 1921 Morgan for me please <image 0>", "coin_grading"),
    ("How much wear is on the high points of the quarter in <image 0>? Would it pass as uncirculated?",
     "coin_grading"),
    ("Which mint and year is this old coin from, and is it in fine or very fine condition? <image 0>",
     "coin_grading"),
    ("Tell me the grade of the Roman denarius in <image 0> and whether it looks polished.", "coin_grading"),
    ("My back hurts after work, here's how I sit, what's wrong? <image 0>", "desk_ergonomics_check"),
    ("Is my laptop on the couch setup bad for my neck? <image 0>", "desk_ergonomics_check"),
    ("Look at my standing desk in <image 0> and tell me if the keyboard is too high.",
     "desk_ergonomics_check"),
    ("Rate the ergonomics of the workstation in <image 0> and list improvements.", "desk_ergonomics_check"),
    ("Are my wrists and elbows at a healthy angle while typing in <image 0>?", "desk_ergonomics_check"),
    ("Give me a soft pink everyday makeup look in <image 0>.", "makeup_try_on"),
    ("I want to see myself with bold purple eyeshadow <image 0>", "makeup_try_on"),
    ("Add dramatic lashes and a nude lip to my selfie <image 0> so I can decide for the party.",
     "makeup_try_on"),
    ("Would dark plum lipstick suit my skin tone? Show me on <image 0>.", "makeup_try_on"),
    ("Paint a full glam look with contour and highlighter on my face in <image 0>.", "makeup_try_on"),
    ("I'm thinking of getting a compass inked on my forearm, show me on <image 0>.", "tattoo_preview"),
    ("Put the word 'Resilience' in script across my collarbone in <image 0>.", "tattoo_preview"),
    ("Show a geometric wolf tattoo on the calf in <image 0> so I can check the size.", "tattoo_preview"),
    ("Mock up a tiny swallow tattoo on my ankle <image 0>", "tattoo_preview"),
    ("Would a big dragon across my back look too much? Preview it on <image 0>.", "tattoo_preview"),
    ("Bring our podcast logo to life as a short opening sting <image 0>", "logo_animation"),
    ("I need a moving version of the logo in <image 0> for my YouTube channel intro.", "logo_animation"),
    ("Make the emblem in <image 0> spin in and settle for a 3 second bumper.", "logo_animation"),
    ("Create an animated splash screen for our app from the icon in <image 0>.", "logo_animation"),
    ("Can you make the shop logo in <image 0> assemble itself piece by piece in a clip?", "logo_animation"),
    ("Why does my puppy keep doing this when guests arrive? <video 0>", "pet_body_language"),
    ("Is the cat in <video 0> about to attack or just curious?", "pet_body_language"),
    ("My rescue dog lowers his head and licks his lips in <video 0>, what does that mean?",
     "pet_body_language"),
    ("Are these two cats actually getting along in <video 0> or should I separate them?",
     "pet_body_language"),
    ("Explain what my rabbit's thumping and ear position in <video 0> mean.", "pet_body_language"),
    ("Put me on a beach instead of my living room for the whole of <video 0>.", "video_background_swap"),
    ("My recorded Zoom pitch <video 0> shows laundry behind me, swap it for a tidy studio.",
     "video_background_swap"),
    ("Can you change what's behind the presenter in <video 0> to our branded wall?", "video_background_swap"),
    ("Replace the backdrop of this vlog <video 0> with a cosy cafe.", "video_background_swap"),
    ("Make it look like I recorded <video 0> in a bright modern office, not my garage.",
     "video_background_swap"),
    ("My daughter drew this bunny <image 0>, can you make it look like a real cuddly toy?",
     "plush_from_drawing"),
    ("Show the scribbled alien in <image 0> as a stuffed toy sitting on a shelf.", "plush_from_drawing"),
    ("Turn my son's marker drawing of a cat <image 0> into a felt plushie photo.", "plush_from_drawing"),
    ("Imagine the character sketch in <image 0> as a squishy fabric doll.", "plush_from_drawing"),
    ("Make a soft toy version of the monster my nephew drew in <image 0> for his birthday surprise.",
     "plush_from_drawing"),
)

TOOL_REQUESTS13: tuple[tuple[str, str, str], ...] = (
    ("Show me a subtle bridal makeup look for my wedding day in <image 0>.", "makeup_try_on",
     "everyday_makeup_artist"),
    ("Give me a light natural makeup look I could wear to the office <image 0>", "makeup_try_on",
     "everyday_makeup_artist"),
    ("Turn my face in <image 0> into a creepy zombie with rotting skin for Halloween.", "makeup_try_on",
     "stage_fx_makeup_artist"),
    ("Paint a tiger face on me like at a kids' carnival, with a fake scar over the eye <image 0>",
     "makeup_try_on", "stage_fx_makeup_artist"),
    ("Do an epic metallic 3D reveal of the logo in <image 0> with lens flares and sparks.", "logo_animation",
     "cinematic_logo_revealer"),
    ("Make <image 0> burst out of glowing particles like a movie studio intro.", "logo_animation",
     "cinematic_logo_revealer"),
    ("Simple flat animation of the logo in <image 0>: letters slide in and bounce, no 3D.", "logo_animation",
     "flat_motion_logo_animator"),
    ("Clean 2D motion graphics for <image 0>, shapes morph into the mark, minimal style.", "logo_animation",
     "flat_motion_logo_animator"),
    ("Swap my room in <video 0> for a mountain view behind me.", "video_background_swap",
     "virtual_backdrop_replacer"),
    ("Place me in front of a newsroom set instead of my hallway in <video 0>.", "video_background_swap",
     "virtual_backdrop_replacer"),
    ("Keep my room in <video 0> but blur it out softly so I'm the focus.", "video_background_swap",
     "background_bokeh_softener"),
    ("Give the background of my call recording <video 0> a shallow depth-of-field blur.",
     "video_background_swap", "background_bokeh_softener"),
)

OUT_OF_SCOPE13: tuple[str, ...] = (
    "What is the melt value of the silver coin in <image 0> at today's spot price?",
    "Order me an adjustable monitor arm and a lumbar cushion from Amazon.",
    "Raise my standing desk to 110 cm through its Bluetooth controller.",
    "Book me an appointment at the nearest tattoo studio for Saturday.",
    "Add an upbeat whoosh sound effect and music to my logo animation.",
    "Translate my dog's barking in this audio recording into words.",
    "Call the vet and tell them my cat in <video 0> is limping.",
    "Turn on the auto feeder at home and dispense two scoops for my dog.",
    "Buy the lipstick shade from <image 0> and ship it to my address.",
    "Convert <video 0> to ProRes 4444 with an alpha channel and a .mov wrapper.",
    "Sew a real plush toy from my child's drawing and mail it to me.",
    "Turn off my webcam and mute my microphone in the meeting that's running now.",
)

BUILTIN13: tuple[tuple[str, str], ...] = (
    ("Rewrite this note to sound friendlier: 'Send me the files now.'", "text_understanding"),
    ("Explain in two sentences the difference between proof and uncirculated coins.", "text_understanding"),
    ("Is the dog in <image 0> wearing a harness or a collar?", "image_understanding"),
    ("What brand is the laptop on the desk in <image 0>?", "image_understanding"),
    ("What colour is the cat's collar in <video 0>?", "video_understanding"),
    ("Describe what happens in the last ten seconds of <video 0>.", "video_understanding"),
    ("Design a minimalist logo for a bakery called Crumb & Co.", "text_to_image"),
    ("A macro photo of a gold coin resting on dark velvet.", "text_to_image"),
    ("A short clip of a neon sign flickering in a tattoo studio window at night.", "text_to_video"),
    ("Change the wall behind me in <image 0> to a pale sage green.", "image_edit"),
    ("Add a pair of round sunglasses to the man in <image 0>.", "image_edit"),
    ("Animate <image 0> so the flag flutters in the wind.", "image_to_video"),
    ("Make a new photo of the cat from <image 0> sitting on a windowsill in Paris.", "image_reference"),
    ("Use the pose skeleton in <image 0> to generate a ballerina in a red dress.", "image_control"),
    ("Replace the red car in <video 0> with a blue one.", "video_edit"),
    ("Make <video 0> black and white.", "video_edit"),
)
