"""Fourteenth blind evaluation set for plugin task and tool routing.

Written blind: its author saw neither the planner's training or calibration data nor the other
benchmark sets, only the built-in task table and the built-in tool names. Evaluation only: never
train on it, and never use it to set thresholds or rules.

Domains: sneaker authentication, pill identification, toy brick parts lists, stained-glass restyling,
tilt-shift miniatures, origami folding steps, video speed ramps, crowd-free scene plates.

- TASKS14: eight plugin TaskSpecs, one per domain (seven specialise a built-in understanding or edit task).
- TOOLS14: (tool, description, task) — one tool per plugin task, a second tool for three of them,
  and one specialised tool for the built-in image_edit task.
- TASK_REQUESTS14: forty (request, task) pairs, five per plugin task.
- TOOL_REQUESTS14: twelve (request, task, tool) triples, two per tool of the three two-tool tasks.
- OUT_OF_SCOPE14: twelve requests that no built-in or plugin task can serve.
- BUILTIN14: sixteen (request, built-in task) pairs, several worded close to the plugin domains.
"""

from unison_agent.contracts.tasks import TaskSpec

TASKS14: tuple[TaskSpec, ...] = (
    TaskSpec.one_input(
        "image",
        name="sneaker_authentication",
        output="text",
        description=(
            "Checks photos of sneakers for signs of a counterfeit pair: stitching, logo shape, "
            "size-tag print and box label, and gives a verdict of likely genuine or likely fake "
            "with the reasons."
        ),
        examples=(
            "Are the trainers in <image 0> real or a replica?",
            "Legit check these kicks before I pay the seller: <image 0>",
            "Look at the stitching and tongue tag in <image 0> and tell me if they're authentic.",
        ),
    ),
    TaskSpec.one_input(
        "image",
        name="pill_identification",
        output="text",
        description=(
            "Identifies a loose tablet or capsule from a photo by its imprint code, shape, colour "
            "and scoring, and names the likely medicine and strength."
        ),
        examples=(
            "What pill is this? It has 'M 367' stamped on it. <image 0>",
            "I found this white oval tablet on the floor, can you tell what medication it is? <image 0>",
            "Identify the capsule in <image 0> from its imprint and colour.",
        ),
    ),
    TaskSpec.one_input(
        "image",
        name="brick_parts_list",
        output="text",
        description=(
            "Looks at a photo of a model built from plastic toy bricks and writes the parts list "
            "needed to rebuild it: each brick's type, size, colour and quantity."
        ),
        examples=(
            "Which bricks would I need to build the spaceship in <image 0>?",
            "Make me a parts inventory for the brick house in <image 0>.",
            "List every piece, with colours and counts, used in the little brick robot <image 0>.",
        ),
    ),
    TaskSpec.one_input(
        "image",
        name="stained_glass_restyle",
        output="image",
        description=(
            "Redraws a photo as a stained-glass window: flat panes of translucent coloured glass "
            "separated by dark lead lines, keeping the subject recognisable."
        ),
        examples=(
            "Turn <image 0> into a stained glass window.",
            "Make my cat photo <image 0> look like a church window made of coloured glass panes.",
            "Restyle <image 0> as leaded glass art with thick black outlines between the colours.",
        ),
    ),
    TaskSpec.one_input(
        "image",
        name="tilt_shift_miniature",
        output="image",
        description=(
            "Applies a tilt-shift miniature effect to a wide, high-angle photo: a narrow band in "
            "focus, strong blur above and below, and boosted saturation so the real scene looks "
            "like a toy model."
        ),
        examples=(
            "Make the city street in <image 0> look like a tiny scale model.",
            "Give <image 0> that tilt-shift toy town look.",
            "Fake a miniature effect on this aerial shot of the harbour <image 0>.",
        ),
    ),
    TaskSpec.one_input(
        "video",
        name="origami_steps",
        output="text",
        description=(
            "Watches a video of someone folding paper and writes numbered folding instructions: "
            "each fold (valley, mountain, squash, reverse), its position and the paper's shape "
            "after it."
        ),
        examples=(
            "Write down the folding steps from <video 0> so I can make the crane without the video.",
            "Turn this origami tutorial <video 0> into numbered written instructions.",
            "What folds does she make in <video 0>? I want a step list for the paper frog.",
        ),
    ),
    TaskSpec.one_input(
        "video",
        name="speed_ramp",
        output="video",
        description=(
            "Re-times a clip with speed ramps: smoothly slows down around the key moment and "
            "speeds through the rest, keeping the full clip without cutting anything."
        ),
        examples=(
            "Add a speed ramp to <video 0> so it slows right down as the skater lands.",
            "Make <video 0> go fast, then slow-mo at the dunk, then fast again.",
            "Ramp the speed in my surfing clip <video 0> around the moment the wave breaks.",
        ),
    ),
    TaskSpec.one_input(
        "video",
        name="empty_scene_plate",
        output="image",
        description=(
            "Builds a single clean still image of a location from a video of it, removing people, "
            "cars and anything else that moves through the frame, so the place looks deserted."
        ),
        examples=(
            "From <video 0>, give me one photo of the square with all the tourists gone.",
            "Use the frames of <video 0> to make an empty picture of the street, no passers-by.",
            "I filmed the fountain for a minute in <video 0>; make a still of it with no crowd.",
        ),
    ),
)

TOOLS14: tuple[tuple[str, str, str], ...] = (
    (
        "sneaker_legit_checker",
        "Judges sneaker authenticity from the build: stitching density, sole shape, logo proportions, "
        "materials and glue marks.",
        "sneaker_authentication",
    ),
    (
        "sneaker_tag_decoder",
        "Judges sneaker authenticity from the printed codes: reads the inner size tag and box label, "
        "and checks style code, colourway code and production dates agree.",
        "sneaker_authentication",
    ),
    (
        "pill_imprint_lookup",
        "Matches a tablet or capsule photo against an imprint, shape and colour index of medicines.",
        "pill_identification",
    ),
    (
        "brick_inventory_counter",
        "Counts and classifies the toy bricks visible in a model photo into a parts inventory.",
        "brick_parts_list",
    ),
    (
        "gothic_glass_painter",
        "Renders a photo as medieval gothic church stained glass: pointed arches, saturated "
        "jewel-tone panes, painted faces and heavy lead cames.",
        "stained_glass_restyle",
    ),
    (
        "tiffany_glass_painter",
        "Renders a photo in Tiffany and art nouveau stained glass: opalescent, streaky glass, "
        "flowing organic shapes, dragonflies and flowers, fine copper-foil seams.",
        "stained_glass_restyle",
    ),
    (
        "miniature_lens_effect",
        "Simulates a tilt-shift lens: a focus band, graduated blur and saturation boost.",
        "tilt_shift_miniature",
    ),
    (
        "fold_sequence_writer",
        "Tracks the paper through a folding video and writes one numbered instruction per fold.",
        "origami_steps",
    ),
    (
        "slow_motion_ramper",
        "Speed ramp for action: eases into deep slow motion at the peak moment (a jump, trick, "
        "kick or splash) and back out to normal speed.",
        "speed_ramp",
    ),
    (
        "hyperlapse_ramper",
        "Speed ramp for long footage: speeds up long uneventful stretches (walking, driving, "
        "waiting) to many times normal speed, easing back to real time where something happens.",
        "speed_ramp",
    ),
    (
        "crowd_free_plate",
        "Combines many frames of a static shot, keeping each pixel's background value, to produce "
        "one still with moving people and vehicles removed.",
        "empty_scene_plate",
    ),
    (
        "sky_replacer",
        "Replaces the sky in an outdoor photo with a different sky (sunset, storm clouds, clear "
        "blue, starry) and relights the foreground to match.",
        "image_edit",
    ),
)

TASK_REQUESTS14: tuple[tuple[str, str], ...] = (
    ("Bought these Jordans second hand, do they look genuine to you? <image 0>", "sneaker_authentication"),
    ("Can you spot anything off about these running shoes that would suggest a knockoff? <image 0>",
     "sneaker_authentication"),
    ("Seller says they're retail, I say they're rep. Who's right? <image 0>", "sneaker_authentication"),
    ("Please verify whether the pair of Yeezys in <image 0> is authentic or counterfeit.",
     "sneaker_authentication"),
    ("Before I list these sneakers for resale, check they aren't fakes: <image 0>", "sneaker_authentication"),
    ("My mum's pill organiser got mixed up. Which medicine is this little blue one? <image 0>",
     "pill_identification"),
    ("There's a round yellow tablet with '10' on one side in <image 0>. What drug is it?",
     "pill_identification"),
    ("Can you tell me the name and dose of the capsule pictured in <image 0>?", "pill_identification"),
    ("Found this in my teenager's jacket pocket, what kind of pill is it? <image 0>", "pill_identification"),
    ("Read the imprint on the tablet in <image 0> and tell me what medication it matches.",
     "pill_identification"),
    ("My son built this castle out of bricks, can you tell me what pieces it uses? <image 0>",
     "brick_parts_list"),
    ("I want to recreate the MOC in <image 0>, please break it down into a bill of parts.",
     "brick_parts_list"),
    ("How many 2x4 bricks and plates of each colour are in the model shown in <image 0>?",
     "brick_parts_list"),
    ("Give me a shopping list of building bricks to copy the train in <image 0>.", "brick_parts_list"),
    ("What elements would I have to order to rebuild this brick-built dragon? <image 0>", "brick_parts_list"),
    ("Could you make <image 0> look like it's made of coloured glass with lead between the pieces?",
     "stained_glass_restyle"),
    ("Convert our wedding photo <image 0> into a stained-glass panel design.", "stained_glass_restyle"),
    ("I'd love <image 0> reimagined as a cathedral glass window.", "stained_glass_restyle"),
    ("Make a leadlight version of the sunflower picture <image 0>.", "stained_glass_restyle"),
    ("Render my dog <image 0> as if he were a stained glass artwork.", "stained_glass_restyle"),
    ("Can you make the train station photo <image 0> look like a model railway diorama?",
     "tilt_shift_miniature"),
    ("Blur the top and bottom of <image 0> and pump the colours so the town looks toy-sized.",
     "tilt_shift_miniature"),
    ("Apply a miniature faking effect to the drone shot of the stadium <image 0>.", "tilt_shift_miniature"),
    ("Make the people and cars in <image 0> look like tiny figurines on a model set.",
     "tilt_shift_miniature"),
    ("I want that tilt shift look on <image 0> where everything seems miniature.", "tilt_shift_miniature"),
    ("Please give me a written step-by-step for the paper fold shown in <video 0>.", "origami_steps"),
    ("The origami video <video 0> goes too fast, can you list each fold in order?", "origami_steps"),
    ("Make a printable instruction sheet from this paper lily folding clip <video 0>.", "origami_steps"),
    ("Describe every fold, one numbered line each, that he does to make the boat in <video 0>.",
     "origami_steps"),
    ("From <video 0>, write out how to fold that paper star, step by step.", "origami_steps"),
    ("Slow <video 0> down smoothly right when the ball hits the net, then speed it back up.",
     "speed_ramp"),
    ("Give my BMX clip <video 0> a speed ramp around the backflip.", "speed_ramp"),
    ("Can you do that fast-slow-fast velocity effect on <video 0>?", "speed_ramp"),
    ("Ramp <video 0> so the run-up is quick and the jump is in slow motion.", "speed_ramp"),
    ("Edit the timing of <video 0> with speed ramps so the car drift feels dramatic.", "speed_ramp"),
    ("Make me a still of the bridge from <video 0> without any of the people walking across it.",
     "empty_scene_plate"),
    ("I want a clean photo of the museum hall from <video 0>, with the visitors removed.",
     "empty_scene_plate"),
    ("Combine the frames of <video 0> into one picture of the empty beach.", "empty_scene_plate"),
    ("From my tripod video <video 0> create a single image of the crossing with no traffic.",
     "empty_scene_plate"),
    ("Get rid of all the moving crowds in <video 0> and give me one deserted-looking still.",
     "empty_scene_plate"),
)

TOOL_REQUESTS14: tuple[tuple[str, str, str], ...] = (
    ("Check the stitching and the shape of the toe box in <image 0> to see if these are fake.",
     "sneaker_authentication", "sneaker_legit_checker"),
    ("Does the sole and the glue work on these trainers look like factory quality or a replica? <image 0>",
     "sneaker_authentication", "sneaker_legit_checker"),
    ("Do the style code and dates on the size tag and the box label in <image 0> match? Are they real?",
     "sneaker_authentication", "sneaker_tag_decoder"),
    ("Read the inside tag print of these sneakers and tell me if the codes point to a fake <image 0>",
     "sneaker_authentication", "sneaker_tag_decoder"),
    ("Turn <image 0> into a medieval church window with pointed arches and deep ruby and sapphire glass.",
     "stained_glass_restyle", "gothic_glass_painter"),
    ("Make <image 0> look like gothic cathedral stained glass, like the rose windows of old abbeys.",
     "stained_glass_restyle", "gothic_glass_painter"),
    ("Restyle <image 0> like a Tiffany lamp shade, opalescent glass with flowing flowers.",
     "stained_glass_restyle", "tiffany_glass_painter"),
    ("Art nouveau stained glass version of <image 0> please, with dragonflies and swirly organic shapes.",
     "stained_glass_restyle", "tiffany_glass_painter"),
    ("Put a dramatic slow-mo ramp on the moment the diver hits the water in <video 0>.",
     "speed_ramp", "slow_motion_ramper"),
    ("Ease into super slow motion at the peak of the kickflip in <video 0>, then back to normal.",
     "speed_ramp", "slow_motion_ramper"),
    ("My road trip clip <video 0> is an hour long; zip through the boring driving and ease to real time "
     "at the viewpoint.", "speed_ramp", "hyperlapse_ramper"),
    ("Speed up the long walk through the market in <video 0> a lot, slowing back when we reach the stall.",
     "speed_ramp", "hyperlapse_ramper"),
)

OUT_OF_SCOPE14: tuple[str, ...] = (
    "Check the live resale price of the sneakers in <image 0> on the marketplace right now.",
    "Set a reminder on my phone to take the tablet in <image 0> every eight hours.",
    "Call my pharmacy and ask if the pill in <image 0> is safe to take with ibuprofen.",
    "Order the missing bricks for the model in <image 0> from my toy shop account.",
    "Send the stained-glass design to the glass workshop's printer so they can cut the panes.",
    "Add a thumping drum track that hits on every slow-motion moment of <video 0>.",
    "Transcribe what the origami teacher says out loud in <video 0>.",
    "Convert <video 0> to a ProRes 422 .mov file at exactly 25 frames per second.",
    "Save <image 0> as a layered PSD with the miniature blur on its own layer.",
    "Fold an actual paper crane for me and post it to my grandmother.",
    "How many tourists are at the Trevi Fountain right at this moment?",
    "Email the empty-street picture to my photography club and post it on my Instagram.",
)

BUILTIN14: tuple[tuple[str, str], ...] = (
    ("What colour are the sneakers in <image 0>, and are the laces tied?", "image_understanding"),
    ("Explain the difference between a tablet, a caplet and a capsule.", "text_understanding"),
    ("Write a short history of origami in three paragraphs.", "text_understanding"),
    ("Generate an image of a cathedral interior with sunlight pouring through stained-glass windows.",
     "text_to_image"),
    ("Draw a model railway village on a tabletop, with tiny trees and a little red train.", "text_to_image"),
    ("Make a video of hands folding a paper crane on a wooden desk.", "text_to_video"),
    ("Remove the bottle of pills from the kitchen counter in <image 0>.", "image_edit"),
    ("Blur the background of <image 0> so the person stands out.", "image_edit"),
    ("Animate <image 0> so the toy brick car rolls across the table.", "image_to_video"),
    ("Using the pose in <image 0>, generate a ballet dancer in a red dress.", "image_control"),
    ("Turn this scribble <image 0> into a realistic photo of a lighthouse at dusk.", "image_control"),
    ("Put the dog from <image 0> into a new picture of him playing on a snowy mountain.", "image_reference"),
    ("What trick does the skater land at the end of <video 0>?", "video_understanding"),
    ("Make it look like it's snowing on the busy square in <video 0>.", "video_edit"),
    ("Using the woman in <video 0> as reference, make a new video of her riding a bike by the sea.",
     "video_reference"),
    ("Follow the body movement in <video 0> and generate a knight in armour doing the same moves.",
     "video_control"),
)
