"""Nineteenth blind evaluation set for plugin task and tool routing.

Written blind: its author saw neither the planner's training or calibration data nor the other
benchmark sets, only the built-in task table and the built-in tool names. Evaluation only: never
train on it, and never use it to set thresholds or rules.

Domains: coin grading (numismatics), meal nutrition estimation, sign language transcription,
old photo restoration, tattoo stencils, video privacy anonymisation, panorama stitching from
panning video, speedpaint process replay.

- TASKS19: eight plugin tasks declared as TaskSpecs, each with a description and three examples.
- TOOLS19: (tool_name, tool_description, task_name); one tool per plugin task, a second tool with a
  different specialty for three of them, and one specialised tool for the built-in image_edit task.
- TASK_REQUESTS19: five (request, task_name) pairs per plugin task, forty in all.
- TOOL_REQUESTS19: four (request, task_name, tool_name) triples for each two-tool task, two per tool.
- OUT_OF_SCOPE19: twelve requests that no built-in or plugin task can serve.
- BUILTIN19: sixteen (request, builtin_task_name) pairs for ordinary built-in requests.
"""

from unison_agent.contracts.tasks import TaskSpec

TASKS19: tuple[TaskSpec, ...] = (
    TaskSpec.one_input(
        "image",
        name="coin_grading",
        output="text",
        description=(
            "Estimate the collector condition grade of a coin from a photo, noting wear, luster, "
            "strike and damage, and give an approximate grade such as a Sheldon-scale number."
        ),
        examples=(
            "What grade would the coin in <image 0> get on the Sheldon scale?",
            "Assess the wear and surface condition of the coin in <image 0> and give a grade.",
            "Is the coin in <image 0> uncirculated or does it show circulation wear?",
        ),
    ),
    TaskSpec.one_input(
        "image",
        name="meal_nutrition",
        output="text",
        description=(
            "Estimate the calories and macronutrients (protein, carbohydrate, fat) of a meal or "
            "dish shown in a photo, including approximate portion sizes."
        ),
        examples=(
            "How many calories are in the plate in <image 0>?",
            "Estimate protein, carbs and fat for the meal in <image 0>.",
            "Give me a nutrition breakdown of the lunch in <image 0>.",
        ),
    ),
    TaskSpec.one_input(
        "video",
        name="sign_language_transcription",
        output="text",
        description=(
            "Transcribe the signing in a video, such as ASL or BSL including fingerspelling, "
            "into written English text."
        ),
        examples=(
            "What is the person signing in <video 0>?",
            "Transcribe the ASL in <video 0> into English.",
            "Write out the sign language message from <video 0> as text.",
        ),
    ),
    TaskSpec.one_input(
        "image",
        name="photo_restoration",
        output="image",
        description=(
            "Repair damaged old photographs by removing scratches, tears, creases, stains, dust "
            "and fading while keeping the original content unchanged."
        ),
        examples=(
            "Restore the scratched old photo in <image 0>.",
            "Fix the tears and creases in the vintage print <image 0>.",
            "Repair the faded, dusty family photograph in <image 0>.",
        ),
    ),
    TaskSpec.one_input(
        "image",
        name="tattoo_stencil",
        output="image",
        description=(
            "Convert a photo or drawing into clean black line-art suitable as a tattoo stencil "
            "for transfer paper or a thermal stencil printer."
        ),
        examples=(
            "Turn <image 0> into a tattoo stencil.",
            "Make a clean linework stencil from the drawing in <image 0> for my tattoo artist.",
            "Convert the photo of my dog in <image 0> into thermal-printer tattoo outlines.",
        ),
    ),
    TaskSpec.one_input(
        "video",
        name="video_anonymisation",
        output="video",
        description=(
            "Automatically detect, track and blur identifying details such as faces and licence "
            "plates throughout a video for privacy."
        ),
        examples=(
            "Blur all faces in <video 0>.",
            "Anonymise the people and number plates in <video 0> before I post it.",
            "Hide the identities of bystanders in <video 0>.",
        ),
    ),
    TaskSpec.one_input(
        "video",
        name="panorama_stitching",
        output="image",
        description=(
            "Stitch the frames of a slow panning or sweeping video into a single wide panoramic "
            "still image."
        ),
        examples=(
            "Make a panorama from the panning shot in <video 0>.",
            "Stitch <video 0> into one wide photo.",
            "Turn my 360 sweep in <video 0> into a panoramic image.",
        ),
    ),
    TaskSpec.one_input(
        "image",
        name="speedpaint_replay",
        output="video",
        description=(
            "Generate a time-lapse video showing an artwork being drawn or painted step by step, "
            "from a blank canvas to the finished piece shown in the image."
        ),
        examples=(
            "Make a speedpaint video of <image 0> being painted.",
            "Show how <image 0> would be drawn stroke by stroke.",
            "Create a drawing-process time-lapse that ends with <image 0>.",
        ),
    ),
)

TOOLS19: tuple[tuple[str, str, str], ...] = (
    (
        "ancient_coin_grader",
        "Grades ancient and hand-struck coins (Greek, Roman, medieval) on the descriptive VF/EF "
        "style scale, noting strike and centering.",
        "coin_grading",
    ),
    (
        "modern_coin_grader",
        "Grades machine-struck modern coins, especially US and world mint and proof issues, on "
        "the 70-point Sheldon scale.",
        "coin_grading",
    ),
    (
        "plate_calorie_estimator",
        "Estimates portion sizes, calories and macronutrients for plated meals and dishes.",
        "meal_nutrition",
    ),
    (
        "sign_to_text",
        "Recognises ASL and BSL signs and fingerspelling in video and outputs English text.",
        "sign_language_transcription",
    ),
    (
        "tear_crease_repairer",
        "Inpaints physical damage on scanned prints: tears, folds, scratches, missing corners and "
        "dust.",
        "photo_restoration",
    ),
    (
        "faded_portrait_reviver",
        "Recovers faded contrast and sharpens soft, blurry faces in old portrait photographs.",
        "photo_restoration",
    ),
    (
        "stencil_linework",
        "Extracts clean single-weight black outlines from images for tattoo transfer stencils.",
        "tattoo_stencil",
    ),
    (
        "face_blur_tracker",
        "Tracks and blurs human faces across frames, even in crowds and with fast motion.",
        "video_anonymisation",
    ),
    (
        "plate_redactor",
        "Detects and pixelates vehicle licence plates and house-number signs in road footage.",
        "video_anonymisation",
    ),
    (
        "pan_stitcher",
        "Aligns and blends frames from a panning video into one seamless panorama.",
        "panorama_stitching",
    ),
    (
        "process_timelapse_gen",
        "Synthesises a sketch-to-finish painting process video that ends on a given artwork.",
        "speedpaint_replay",
    ),
    (
        "redeye_fixer",
        "Removes red-eye from people and eye-glow from pets in flash photographs.",
        "image_edit",
    ),
)

TASK_REQUESTS19: tuple[tuple[str, str], ...] = (
    # coin_grading
    ("Found this penny in my grandpa's jar <image 0> — how worn is it, would a grader call it fine or extremely fine?", "coin_grading"),
    ("Please look over the obverse and reverse in <image 0>, then tell me what condition a numismatist would likely assign, including any rim dings or cleaning marks.", "coin_grading"),
    ("<image 0> MS-63 or MS-65? Be honest.", "coin_grading"),
    ("Before I send this silver dollar off to PCGS, can you give me a rough condition assessment from <image 0>?", "coin_grading"),
    ("How much of the original mint luster is left on the quarter in <image 0>, and where does that put it condition-wise?", "coin_grading"),
    # meal_nutrition
    ("I'm trying to hit my macros today, roughly what am I eating here <image 0>?", "meal_nutrition"),
    ("Snapped my breakfast burrito <image 0> — ballpark the kcal for my food diary?", "meal_nutrition"),
    ("Can you work out approximately how much energy and protein this bowl of ramen gives me, judging by the portion in <image 0>?", "meal_nutrition"),
    ("Is this dinner <image 0> under 600 calories or am I kidding myself?", "meal_nutrition"),
    ("My dietitian wants every meal logged, so please estimate the portion weights and the fat/carb/protein split for what's on the tray in <image 0>.", "meal_nutrition"),
    # sign_language_transcription
    ("My deaf coworker sent me this clip <video 0>, could you tell me what she's saying with her hands?", "sign_language_transcription"),
    ("Translate the British Sign Language conversation in <video 0> into a written transcript.", "sign_language_transcription"),
    ("<video 0> what word is he fingerspelling at the end?", "sign_language_transcription"),
    ("Can you turn the signed announcement in <video 0> into English sentences I can paste into an email?", "sign_language_transcription"),
    ("The interpreter in the corner of <video 0> is signing along with the news — what is she conveying?", "sign_language_transcription"),
    # photo_restoration
    ("This is the only picture of my great-grandparents and it's got a big rip down the middle <image 0> — can you make it look whole again?", "photo_restoration"),
    ("<image 0> was stored in a damp basement; please clean up the mould spots and water stains.", "photo_restoration"),
    ("Could you bring this cracked 1940s wedding portrait <image 0> back to good condition without changing anything about the people?", "photo_restoration"),
    ("Get rid of the dust specks and fold lines on my old polaroid <image 0>.", "photo_restoration"),
    ("Mum's school photo <image 0> is all washed out and speckled, can it be salvaged?", "photo_restoration"),
    # tattoo_stencil
    ("I want the rose from <image 0> on my forearm — can you give me just the crisp outlines my artist can trace onto transfer paper?", "tattoo_stencil"),
    ("Strip <image 0> down to bold black outlines I can run through the thermal printer at the shop.", "tattoo_stencil"),
    ("Make a line-only tattoo template from my late cat's photo <image 0>.", "tattoo_stencil"),
    ("Could you get the mandala sketch in <image 0> ready for skin transfer, single-weight lines, no shading?", "tattoo_stencil"),
    ("Client brought in <image 0> and wants it inked today; I need it as a stencil.", "tattoo_stencil"),
    # video_anonymisation
    ("I filmed my street for a council complaint <video 0>, but the neighbours' kids are in it — can you make them unrecognisable?", "video_anonymisation"),
    ("Before uploading this motorbike ride <video 0> to the forum, hide every registration plate that shows up.", "video_anonymisation"),
    ("For a GDPR subject access request, obscure every other customer's face in the shop CCTV footage <video 0>.", "video_anonymisation"),
    ("<video 0> protest footage, make sure no one can be identified.", "video_anonymisation"),
    ("Can you track and mask the students' faces throughout the classroom recording <video 0>?", "video_anonymisation"),
    # panorama_stitching
    ("I slowly turned around on the mountain top while filming <video 0>; can I get one long still image of the whole view out of it?", "panorama_stitching"),
    ("Combine the sweep across the city skyline in <video 0> into a single ultra-wide picture.", "panorama_stitching"),
    ("<video 0> pan of the beach — want it as one wide print for my wall.", "panorama_stitching"),
    ("Merge the frames of this side-to-side shot of the lecture-hall whiteboard <video 0> into one image so I can read the entire board at once.", "panorama_stitching"),
    ("Could you assemble a seamless wide-angle shot from the camera sweep in <video 0>?", "panorama_stitching"),
    # speedpaint_replay
    ("I finished this watercolour <image 0> but forgot to record it — could you fake a process video of it coming together from a blank page?", "speedpaint_replay"),
    ("For my art Instagram, make a clip where the sketch lines appear first and then the colours fill in, ending on <image 0>.", "speedpaint_replay"),
    ("Reverse-engineer a step-by-step painting timelapse for the portrait in <image 0>.", "speedpaint_replay"),
    ("<image 0> show it getting built up from pencil to final render.", "speedpaint_replay"),
    ("Could you produce a short video of an invisible hand sketching out the illustration in <image 0>?", "speedpaint_replay"),
)

TOOL_REQUESTS19: tuple[tuple[str, str, str], ...] = (
    ("Grade the Roman denarius in <image 0> for me, and note how well it's centred and struck.", "coin_grading", "ancient_coin_grader"),
    ("What condition is the hand-hammered medieval silver penny in <image 0>?", "coin_grading", "ancient_coin_grader"),
    ("Give me a Sheldon number for the 1964 Kennedy half dollar in <image 0>.", "coin_grading", "modern_coin_grader"),
    ("Grade the recent US Mint proof coin in <image 0> on the 1 to 70 scale.", "coin_grading", "modern_coin_grader"),
    ("The corner is torn off and there's a deep scratch across <image 0>; please patch the damage.", "photo_restoration", "tear_crease_repairer"),
    ("Fill in the fold marks running across the scanned print <image 0>.", "photo_restoration", "tear_crease_repairer"),
    ("Grandpa's face in <image 0> is so faded and soft you can barely make him out; bring back the detail in his features.", "photo_restoration", "faded_portrait_reviver"),
    ("Revive the washed-out contrast and the blurry faces in this old studio portrait <image 0>.", "photo_restoration", "faded_portrait_reviver"),
    ("Blur the faces of everyone in the crowd at the concert in <video 0>.", "video_anonymisation", "face_blur_tracker"),
    ("Keep the pedestrians in <video 0> anonymous by hiding their faces as they walk past.", "video_anonymisation", "face_blur_tracker"),
    ("Pixelate the number plates on the cars in my dashcam video <video 0>.", "video_anonymisation", "plate_redactor"),
    ("Redact the licence plates of the parked vans in <video 0>.", "video_anonymisation", "plate_redactor"),
)

OUT_OF_SCOPE19: tuple[str, ...] = (
    "Find the current eBay sold prices for the coin in <image 0>.",
    "Order a PCGS slab holder for my Morgan dollar and have it shipped to my house.",
    "Log the meal in <image 0> directly into my MyFitnessPal account.",
    "Play a voiceover that reads out the calorie totals for my lunch.",
    "Send the tattoo stencil in <image 0> to my artist on WhatsApp.",
    "Export the tattoo outline from <image 0> as an SVG vector file for my vinyl cutter.",
    "Speak the signing in <video 0> out loud as audio so my hearing friends can follow.",
    "Turn the panning video <video 0> into a 3D model of the room I can open in Blender.",
    "Compose a lo-fi soundtrack to go with my speedpaint video.",
    "Make my printer print the restored photo <image 0> at 8x10 on glossy paper.",
    "Look up who owns the car with the plate visible in <video 0> in the DMV database.",
    "Connect to my doorbell camera and blur visitors' faces live as they arrive.",
)

BUILTIN19: tuple[tuple[str, str], ...] = (
    ("What's the difference between a proof coin and an uncirculated one?", "text_understanding"),
    ("Write a short paragraph explaining how tattoo stencils are transferred onto skin.", "text_understanding"),
    ("What country issued the coin in <image 0>, and what year is stamped on it?", "image_understanding"),
    ("What dish is this <image 0> and which cuisine does it come from?", "image_understanding"),
    ("How many people walk past the camera in <video 0>?", "video_understanding"),
    ("Describe what happens in the cooking video <video 0>.", "video_understanding"),
    ("Draw a traditional Japanese koi tattoo design in full colour.", "text_to_image"),
    ("Generate a video of a hand painting a sunflower on canvas in watercolour.", "text_to_video"),
    ("In the old photo <image 0>, remove the man standing on the far left.", "image_edit"),
    ("Add a sprig of parsley on top of the pasta in <image 0>.", "image_edit"),
    ("Using the edge map in <image 0>, generate a photorealistic ancient Roman coin.", "image_control"),
    ("Create a new picture of the same woman as in <image 0> showing off a sleeve tattoo at a beach bar.", "image_reference"),
    ("Animate <image 0> so steam rises gently from the soup bowl.", "image_to_video"),
    ("Make a video of the coin from <image 0> spinning on a wooden table.", "video_reference"),
    ("Remove the coffee cup from the table throughout <video 0>.", "video_edit"),
    ("Generate a video of a cartoon chef copying the movements in the pose video <video 0>.", "video_control"),
)
