"""Eighteenth blind evaluation set for plugin task and tool routing.

Written blind: its author saw neither the planner's training or calibration data nor the other
benchmark sets, only the built-in task table and the built-in tool names. Evaluation only: never
train on it, and never use it to set thresholds or rules.

Domains: angling fish identification, knitting and crochet stitches, weightlifting technique,
hair colour try-on, shaky video stabilisation, document scan cleanup, floor-plan walkthroughs,
action-sequence photography.

- TASKS18: eight plugin tasks declared as TaskSpecs, each with a description and three examples.
- TOOLS18: (tool_name, tool_description, task_name); one tool per plugin task, a second tool with a
  different specialty for three of them, and one specialised tool for the built-in image_edit task.
- TASK_REQUESTS18: five (request, task_name) pairs per plugin task, forty in all.
- TOOL_REQUESTS18: four (request, task_name, tool_name) triples for each two-tool task, two per tool.
- OUT_OF_SCOPE18: twelve requests that no built-in or plugin task can serve.
- BUILTIN18: sixteen (request, builtin_task_name) pairs for ordinary built-in requests.
"""

from unison_agent.contracts.tasks import TaskSpec

TASKS18: tuple[TaskSpec, ...] = (
    TaskSpec.one_input(
        "image",
        name="fish_catch_identification",
        output="text",
        description=(
            "Identifies the fish species in a photo of a catch and estimates its length and weight "
            "from visible reference objects such as hands, rods or measuring boards."
        ),
        examples=(
            "What kind of fish did I catch in <image 0>, and about how long is it?",
            "Identify the species in this angling photo <image 0> and estimate its weight.",
            "Is the fish on the measuring board in <image 0> a smallmouth or a largemouth bass?",
        ),
    ),
    TaskSpec.one_input(
        "image",
        name="stitch_pattern_reading",
        output="text",
        description=(
            "Recognises the knitting or crochet stitch pattern in a photo of fabric and writes out "
            "row-by-row instructions to reproduce it."
        ),
        examples=(
            "What stitch pattern is this sweater knitted in? <image 0>",
            "Write me the row-by-row instructions to recreate the crochet texture in <image 0>.",
            "Can you decode the cable pattern on the swatch in <image 0> so I can knit it myself?",
        ),
    ),
    TaskSpec.one_input(
        "video",
        name="lift_form_analysis",
        output="text",
        description=(
            "Reviews a video of a barbell lift and reports technique faults such as bar path, depth, "
            "back rounding and joint alignment, with coaching cues to fix them."
        ),
        examples=(
            "Check my squat form in <video 0> and tell me what I'm doing wrong.",
            "Analyse the bar path and hip drive in this deadlift clip <video 0>.",
            "Give me coaching cues for the snatch attempt in <video 0>.",
        ),
    ),
    TaskSpec.one_input(
        "image",
        name="hair_color_tryon",
        output="image",
        description=(
            "Realistically recolours only the hair of the person in a portrait to a chosen shade, "
            "keeping roots, highlights and strand texture natural, to preview a dye job."
        ),
        examples=(
            "Show me how I'd look with auburn hair in <image 0>.",
            "Try a balayage with honey-blonde ends on my photo <image 0>.",
            "Preview pastel lavender hair dye on the selfie <image 0>.",
        ),
    ),
    TaskSpec.one_input(
        "video",
        name="video_stabilization",
        output="video",
        description=(
            "Removes camera shake and jitter from handheld footage, smoothing the camera path while "
            "keeping the content unchanged."
        ),
        examples=(
            "Stabilise the shaky handheld footage in <video 0>.",
            "My GoPro clip <video 0> is super jittery, can you smooth it out?",
            "Remove the camera wobble from the walking shot in <video 0>.",
        ),
    ),
    TaskSpec.one_input(
        "image",
        name="document_scan_cleanup",
        output="image",
        description=(
            "Turns a phone photo of a page, receipt or whiteboard into a clean flat scan: crops, "
            "corrects perspective and page curl, evens the lighting and removes shadows."
        ),
        examples=(
            "Turn this photo of a contract <image 0> into a clean, flat scan.",
            "Fix the perspective and shadows in my picture of the whiteboard <image 0>.",
            "Flatten the curved book page in <image 0> so it looks scanned.",
        ),
    ),
    TaskSpec.one_input(
        "image",
        name="floor_plan_walkthrough",
        output="video",
        description=(
            "Generates a furnished, camera-guided 3D-style walkthrough video of a home from a 2D "
            "architectural floor plan drawing."
        ),
        examples=(
            "Make a virtual tour video from the floor plan in <image 0>.",
            "Generate a walkthrough of the apartment drawn in <image 0>, starting at the front door.",
            "Can you turn this blueprint <image 0> into a flythrough video of the rooms?",
        ),
    ),
    TaskSpec.one_input(
        "video",
        name="motion_sequence_composite",
        output="image",
        description=(
            "Builds a single stroboscopic sequence photo from a video, showing the moving subject at "
            "several evenly spaced moments over one clean background."
        ),
        examples=(
            "Make a sequence shot of the skateboard trick in <video 0>.",
            "Create a stroboscopic multi-exposure image from the long jump in <video 0>.",
            "Combine the frames of <video 0> into one picture showing every stage of the dive.",
        ),
    ),
)

TOOLS18: tuple[tuple[str, str, str], ...] = (
    (
        "freshwater_fish_id",
        "Identifies and measures freshwater game fish such as bass, trout, pike, walleye, perch and catfish.",
        "fish_catch_identification",
    ),
    (
        "saltwater_fish_id",
        "Identifies and measures saltwater and reef fish such as snapper, grouper, tuna, redfish and mackerel.",
        "fish_catch_identification",
    ),
    (
        "knit_stitch_reader",
        "Reads knitted fabric (cables, ribbing, lace, colourwork) and writes knitting row instructions.",
        "stitch_pattern_reading",
    ),
    (
        "crochet_stitch_reader",
        "Reads crocheted fabric (granny squares, shells, bobbles, amigurumi) and writes crochet instructions.",
        "stitch_pattern_reading",
    ),
    (
        "powerlifting_form_coach",
        "Analyses squat, bench press and deadlift technique for depth, bar path, lockout and bracing.",
        "lift_form_analysis",
    ),
    (
        "olympic_lift_coach",
        "Analyses snatch and clean-and-jerk technique for pull timing, turnover, catch position and split.",
        "lift_form_analysis",
    ),
    (
        "hair_dye_preview",
        "Recolours hair in a portrait to a chosen dye shade with realistic roots and highlights.",
        "hair_color_tryon",
    ),
    (
        "gimbal_stabilizer",
        "Smooths shaky handheld or action-camera footage by estimating and correcting camera motion.",
        "video_stabilization",
    ),
    (
        "doc_scanner",
        "Crops, dewarps, deskews and shadow-cleans photos of documents, receipts and whiteboards.",
        "document_scan_cleanup",
    ),
    (
        "plan_to_tour",
        "Renders a furnished walkthrough video of a home from a 2D floor plan.",
        "floor_plan_walkthrough",
    ),
    (
        "strobe_composer",
        "Composites a moving subject from many video frames into one stroboscopic sequence image.",
        "motion_sequence_composite",
    ),
    (
        "eyeglass_glare_remover",
        "Removes reflections and glare from eyeglass lenses in portraits so the eyes are clearly visible.",
        "image_edit",
    ),
)

TASK_REQUESTS18: tuple[tuple[str, str], ...] = (
    # fish_catch_identification
    ("Caught this guy off the pier this morning <image 0> - any idea what it is?", "fish_catch_identification"),
    ("My buddy swears this is a walleye but I think it's a sauger, who's right? <image 0>", "fish_catch_identification"),
    ("Going by my hand for scale in <image 0>, how big would you say this fish is and what species?", "fish_catch_identification"),
    ("Need to know if I can keep this one: what species is it and is it over 14 inches? <image 0>", "fish_catch_identification"),
    ("name the fish pls <image 0>", "fish_catch_identification"),
    # stitch_pattern_reading
    ("My grandma made the blanket in <image 0> and never wrote anything down; how do I make the same texture?", "stitch_pattern_reading"),
    ("Which stitch gives that bumpy honeycomb look in <image 0>?", "stitch_pattern_reading"),
    ("Saw this beanie in a shop <image 0>, I want to make one myself, what's the pattern?", "stitch_pattern_reading"),
    ("Please work out the repeat and the number of rows in the lace panel of <image 0> and write it up for me.", "stitch_pattern_reading"),
    ("Is the edging on this scarf <image 0> seed stitch or moss stitch, and how would I do it?", "stitch_pattern_reading"),
    # lift_form_analysis
    ("Lower back felt weird on this set <video 0>, is my spine rounding?", "lift_form_analysis"),
    ("Am I hitting depth in <video 0> or cutting it short?", "lift_form_analysis"),
    ("Here's my heavy single from today <video 0>; what should I fix before the meet next month?", "lift_form_analysis"),
    ("My knees seem to cave in on the way up in <video 0>, can you confirm and suggest drills?", "lift_form_analysis"),
    ("rate my technique on this clean <video 0>", "lift_form_analysis"),
    # hair_color_tryon
    ("Thinking about going jet black, what would that look like on me? <image 0>", "hair_color_tryon"),
    ("Before I commit at the salon Friday, can you make my hair a warm copper in <image 0>?", "hair_color_tryon"),
    ("I want to see myself with silver grey hair, here's a photo <image 0>.", "hair_color_tryon"),
    ("Give the guy in <image 0> ash-brown hair so he can decide whether to cover his greys.", "hair_color_tryon"),
    ("what would rose gold hair look like on me <image 0>", "hair_color_tryon"),
    # video_stabilization
    ("I filmed <video 0> while running after my kid and it's making everyone seasick, please fix the bouncing.", "video_stabilization"),
    ("Can you steady the drone footage in <video 0>? The wind was knocking it around.", "video_stabilization"),
    ("Make <video 0> look like it was shot on a tripod instead of handheld.", "video_stabilization"),
    ("smooth out the shakes in <video 0>", "video_stabilization"),
    ("The concert clip <video 0> jumps all over the place; I just want the camera movement calmed down, nothing else changed.", "video_stabilization"),
    # document_scan_cleanup
    ("Took a pic of my receipt at an angle <image 0>, need it straight and readable for my expense report.", "document_scan_cleanup"),
    ("Make <image 0> look like it came out of a flatbed scanner.", "document_scan_cleanup"),
    ("There's a big shadow from my phone across the form in <image 0>; clean it up and square it off please.", "document_scan_cleanup"),
    ("Can you straighten out the lecture notes on the chalkboard photo <image 0> so I can print them?", "document_scan_cleanup"),
    ("deskew and brighten this page <image 0>", "document_scan_cleanup"),
    # floor_plan_walkthrough
    ("We're buying off-plan and only have the layout drawing <image 0>; can we see a video of walking through it?", "floor_plan_walkthrough"),
    ("Create a house tour clip from this plan <image 0> that goes from the kitchen to the master bedroom.", "floor_plan_walkthrough"),
    ("For my listing I need a furnished walk-through video based on the layout in <image 0>.", "floor_plan_walkthrough"),
    ("Show me what it would feel like to move through the rooms in this sketch <image 0>.", "floor_plan_walkthrough"),
    ("plan to video tour <image 0>", "floor_plan_walkthrough"),
    # motion_sequence_composite
    ("Turn my snowboard jump in <video 0> into one of those photos where you see me multiple times across the frame.", "motion_sequence_composite"),
    ("I want a single still from <video 0> that shows the whole arc of the golf swing, like a time-lapse photo.", "motion_sequence_composite"),
    ("Can you make a multiple-exposure shot of the parkour vault in <video 0>?", "motion_sequence_composite"),
    ("Stack the positions of the cyclist from <video 0> into one picture over the empty road.", "motion_sequence_composite"),
    ("one image showing every step of the backflip <video 0>", "motion_sequence_composite"),
)

TOOL_REQUESTS18: tuple[tuple[str, str, str], ...] = (
    ("Pulled this out of the river near the dam <image 0>, is it a brown trout or a rainbow?", "fish_catch_identification", "freshwater_fish_id"),
    ("What kind of pike or muskie is this from our lake trip <image 0>, and how long?", "fish_catch_identification", "freshwater_fish_id"),
    ("Caught this on the reef off Key West <image 0>; is it a mutton snapper or a grouper?", "fish_catch_identification", "saltwater_fish_id"),
    ("Deep-sea trip haul in <image 0>: which tuna is it and roughly how heavy?", "fish_catch_identification", "saltwater_fish_id"),
    ("What's the cable crossing pattern on this knitted cardigan in <image 0>, and how many stitches per repeat?", "stitch_pattern_reading", "knit_stitch_reader"),
    ("Write out the knitting chart for the Fair Isle yoke in <image 0>.", "stitch_pattern_reading", "knit_stitch_reader"),
    ("How do I crochet the granny square in <image 0>, round by round?", "stitch_pattern_reading", "crochet_stitch_reader"),
    ("Figure out the hook stitches used for this amigurumi bear <image 0>.", "stitch_pattern_reading", "crochet_stitch_reader"),
    ("Is my bench press arch and bar path okay in <video 0>?", "lift_form_analysis", "powerlifting_form_coach"),
    ("Check the lockout on my 200 kg conventional deadlift <video 0>.", "lift_form_analysis", "powerlifting_form_coach"),
    ("Is my split jerk footwork off in <video 0>?", "lift_form_analysis", "olympic_lift_coach"),
    ("I keep missing the snatch behind me in <video 0>; is my turnover too slow?", "lift_form_analysis", "olympic_lift_coach"),
)

OUT_OF_SCOPE18: tuple[str, ...] = (
    "Order me the same spinning rod the guy in <image 0> is holding from whichever store is cheapest.",
    "What are the bag limits and current water levels at Lake Mead this weekend?",
    "Export the stitch pattern from <image 0> as a printable PDF pattern file with a chart.",
    "Play a 90 bpm metronome while I do my squats.",
    "Text my coach the deadlift video <video 0> and tell him my back felt off.",
    "Book me a colour appointment at a hair salon near me for Saturday morning.",
    "Compose a chill lo-fi soundtrack to put under my stabilised hiking clip <video 0>.",
    "Convert the floor plan in <image 0> into a 3D model file I can open in SketchUp.",
    "Switch off the lounge lights and set the thermostat to 19 degrees.",
    "Email the cleaned-up scan of <image 0> to my accountant.",
    "Search the web for the current listing price of the house with this floor plan <image 0>.",
    "Read the text of the letter in <image 0> aloud to me as an audio recording.",
)

BUILTIN18: tuple[tuple[str, str], ...] = (
    ("What's the difference between a knit stitch and a purl stitch?", "text_understanding"),
    ("Write a short beginner's guide to hitting proper squat depth.", "text_understanding"),
    ("Suggest a good bait for catfish in a muddy river in midsummer.", "text_understanding"),
    ("What colour is the yarn in <image 0>, and how many skeins are in the basket?", "image_understanding"),
    ("Is the document in <image 0> a lease or a purchase agreement?", "image_understanding"),
    ("In <video 0>, what brand is printed on the boat and how many people are aboard?", "video_understanding"),
    ("What does the presenter write on the whiteboard in <video 0>?", "video_understanding"),
    ("Generate a picture of a woman with vivid copper-red hair reading in a café.", "text_to_image"),
    ("Make a video of an angler reeling in a big trout at sunrise on a misty lake.", "text_to_video"),
    ("Add a chunky knitted scarf around the dog's neck in <image 0>.", "image_edit"),
    ("Remove the tackle box from the dock in <image 0>.", "image_edit"),
    ("Turn the kayak in <video 0> bright yellow.", "video_edit"),
    ("Animate <image 0> so the fisherman casts his line, using the photo as the first frame.", "image_to_video"),
    ("Follow the edge map in <image 0> to create a photorealistic modern kitchen.", "image_control"),
    ("Make a new picture of the cat from <image 0> curled up asleep in a yarn basket.", "image_reference"),
    ("Using the pose sequence in <video 0>, make a video of a robot performing the same deadlift.", "video_control"),
)
