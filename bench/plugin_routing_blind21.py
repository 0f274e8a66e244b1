"""Twenty-first blind evaluation set for plugin task and tool routing.

Written blind: its author saw neither the planner's training or calibration data nor the other
benchmark sets, only the built-in task table and the built-in tool names. Evaluation only: never
train on it, and never use it to set thresholds or rules.

Domains: laundry care symbols, furniture style identification, poker hand evaluation,
public-speaking delivery feedback, sports telestration, paint-by-numbers templates,
face age progression, spray-paint stencils.

- TASKS21: eight plugin tasks declared as TaskSpecs, each with a description and three examples.
- TOOLS21: (tool_name, tool_description, task_name); one tool per plugin task, a second tool with a
  different specialty for three of them, and one specialised tool for a built-in task.
- TASK_REQUESTS21: five (request, task_name) pairs per plugin task, forty in all.
- TOOL_REQUESTS21: four (request, task_name, tool_name) triples for each two-tool task, two per tool.
- OUT_OF_SCOPE21: twelve requests that no built-in or plugin task can serve.
- BUILTIN21: sixteen (request, builtin_task_name) pairs for ordinary built-in requests.
"""

from unison_agent.contracts.tasks import TaskSpec

TASKS21: tuple[TaskSpec, ...] = (
    TaskSpec.one_input(
        "image",
        name="laundry_care_symbols",
        output="text",
        description=(
            "Interpret the garment care symbols on a clothing tag shown in the image and explain "
            "the washing, drying, ironing and bleaching instructions they encode."
        ),
        examples=(
            "What do the care symbols on this tag mean? <image 0>",
            "Explain how I should wash and dry this jumper based on the tag in <image 0>.",
            "<image 0> is this garment safe to iron and bleach according to the symbols?",
        ),
    ),
    TaskSpec.one_input(
        "image",
        name="furniture_style_identification",
        output="text",
        description=(
            "Identify the design style, historical period and probable origin or maker of a "
            "piece of furniture shown in the image."
        ),
        examples=(
            "What style of furniture is the chair in <image 0> and what period is it from?",
            "Identify the design style and likely maker of the cabinet in <image 0>.",
            "<image 0> which furniture period and country of origin does this sideboard belong to?",
        ),
    ),
    TaskSpec.one_input(
        "image",
        name="poker_hand_evaluation",
        output="text",
        description=(
            "Read the playing cards visible in the image and evaluate the poker hands: name each "
            "hand's rank and say which one wins."
        ),
        examples=(
            "Which poker hand wins in <image 0>?",
            "Evaluate the poker hands shown in <image 0>; what's the rank of each?",
            "<image 0> what poker hand do these playing cards make?",
        ),
    ),
    TaskSpec.one_input(
        "video",
        name="speaking_delivery_feedback",
        output="text",
        description=(
            "Review a video of a person giving a talk or presentation and give feedback on their "
            "delivery: pacing, filler words, gestures, eye contact and posture."
        ),
        examples=(
            "Give me feedback on my presentation delivery in <video 0>.",
            "<video 0> how is my pacing, eye contact and posture during this talk?",
            "Review the speaker in <video 0> and point out filler words and distracting gestures.",
        ),
    ),
    TaskSpec.one_input(
        "video",
        name="sports_telestration",
        output="video",
        description=(
            "Draw broadcast-style analysis graphics over a sports clip: arrows for runs and passes, "
            "circles around key players, and lines or zones that illustrate the play."
        ),
        examples=(
            "Draw analysis arrows and circles over the play in <video 0>.",
            "<video 0> add broadcast-style graphics showing the players' runs and passes.",
            "Illustrate the play in this sports clip <video 0> with lines and highlighted zones.",
        ),
    ),
    TaskSpec.one_input(
        "image",
        name="paint_by_numbers",
        output="image",
        description=(
            "Turn a picture into a paint-by-numbers template: outlined regions, each labelled with "
            "a number that matches a colour key."
        ),
        examples=(
            "Turn <image 0> into a paint-by-numbers template.",
            "<image 0> make a paint by numbers version with a colour key.",
            "Create outlined numbered regions from <image 0> so I can paint it by numbers.",
        ),
    ),
    TaskSpec.one_input(
        "image",
        name="face_age_progression",
        output="image",
        description=(
            "Show the person in a photo at a different age, older or younger, while keeping their "
            "identity."
        ),
        examples=(
            "Show the person in <image 0> thirty years older.",
            "<image 0> what would this person look like younger, as a teenager?",
            "Change the age of the face in <image 0> to around 60 but keep it recognisably them.",
        ),
    ),
    TaskSpec.one_input(
        "image",
        name="spray_paint_stencil",
        output="image",
        description=(
            "Convert an image into a cut-ready spray-paint stencil with a few solid layers and "
            "bridges so inner pieces don't fall out."
        ),
        examples=(
            "Make a spray paint stencil from <image 0>.",
            "<image 0> convert this into a two-layer stencil I can cut out.",
            "Turn the portrait in <image 0> into a stencil with bridges for spray painting.",
        ),
    ),
)

TOOLS21: tuple[tuple[str, str, str], ...] = (
    (
        "care_tag_decoder",
        "Decodes ISO/GINETEX and US laundry care symbols on clothing labels into plain washing advice.",
        "laundry_care_symbols",
    ),
    (
        "antique_period_dater",
        "Dates and attributes antique furniture made before 1900 (Jacobean, Georgian, Chippendale, "
        "Louis XV, Victorian) from carving, joinery, hardware and wood.",
        "furniture_style_identification",
    ),
    (
        "modern_design_spotter",
        "Identifies 20th and 21st century furniture design (Bauhaus, Art Deco, mid-century modern, "
        "Scandinavian, contemporary designer pieces and flat-pack copies) and its designers.",
        "furniture_style_identification",
    ),
    (
        "poker_hand_reader",
        "Recognises playing cards on a table and ranks Texas Hold'em, Omaha and five-card draw hands.",
        "poker_hand_evaluation",
    ),
    (
        "speech_coach_ai",
        "Analyses recorded talks for pace, filler words, vocal variety, gestures, eye contact and posture.",
        "speaking_delivery_feedback",
    ),
    (
        "pitch_tactics_telestrator",
        "Telestration for association football (soccer): offside lines, passing lanes, pressing "
        "shapes and defensive lines drawn on the pitch.",
        "sports_telestration",
    ),
    (
        "court_play_telestrator",
        "Telestration for basketball: screens, pick-and-roll actions, cuts, spacing and shot zones "
        "drawn on the court.",
        "sports_telestration",
    ),
    (
        "numbered_canvas_maker",
        "Segments a picture into paintable regions, numbers them and prints a matching colour legend.",
        "paint_by_numbers",
    ),
    (
        "time_forward_ager",
        "Ages a face forward: adds wrinkles, grey or thinning hair and elderly features.",
        "face_age_progression",
    ),
    (
        "youth_rewind",
        "De-ages a face to look younger: childhood, teenage or young-adult appearance.",
        "face_age_progression",
    ),
    (
        "stencil_cutter",
        "Posterises an image into one to three solid layers and adds bridges for cut-ready stencils.",
        "spray_paint_stencil",
    ),
    (
        "portrait_animator",
        "Animates a still portrait photo into a short clip with natural facial motion such as "
        "blinking, smiling and slight head turns.",
        "image_to_video",
    ),
)

TASK_REQUESTS21: tuple[tuple[str, str], ...] = (
    # laundry_care_symbols
    ("what do all these little squares and triangles on the tag mean <image 0>", "laundry_care_symbols"),
    ("Bought a wool sweater, the label is in <image 0>. Can I throw it in the machine on 40 or will I ruin it?", "laundry_care_symbols"),
    ("<image 0> hand wash only or not?? pls explain the icons", "laundry_care_symbols"),
    ("My mother-in-law gave me this silk blouse and I'm terrified of wrecking it. I photographed the inside of it (<image 0>) - could you decode each symbol for me, especially the circle with a P in it?", "laundry_care_symbols"),
    ("Is chlorine ok for this shirt? pic of the inside label <image 0>", "laundry_care_symbols"),
    # furniture_style_identification
    ("Found this dresser at an estate sale <image 0>. Any idea how old it is or who might've built it?", "furniture_style_identification"),
    ("<image 0> what era is this chair from", "furniture_style_identification"),
    ("is the sideboard in <image 0> real danish teak mid century or a knockoff? how can u tell", "furniture_style_identification"),
    ("My grandfather left me the cabinet shown in <image 0>; the family story is it came over from France. Could you tell me what style it is and roughly when it was made?", "furniture_style_identification"),
    ("Trying to write a listing for this table - what would a dealer call its look? <image 0>", "furniture_style_identification"),
    # poker_hand_evaluation
    ("<image 0> who takes the pot here?", "poker_hand_evaluation"),
    ("Home game last night got heated. Photo of the showdown is <image 0> - my buddy says his two pair beats my straight, please settle this.", "poker_hand_evaluation"),
    ("what have i got? texas holdem, my hole cards + the board in <image 0>", "poker_hand_evaluation"),
    ("Could you tell me what hand is on the felt in <image 0> and whether anyone could have a flush after the river?", "poker_hand_evaluation"),
    ("gf claims she won with those hearts, pic <image 0>, is she right lol", "poker_hand_evaluation"),
    # speaking_delivery_feedback
    ("Here's my rehearsal for Friday's investor pitch <video 0>. Be brutally honest - do I say 'um' too much?", "speaking_delivery_feedback"),
    ("<video 0> how do i come across? nervous?", "speaking_delivery_feedback"),
    ("I'm practising a best man toast, recorded it on my phone: <video 0>. What should I fix about how I stand and move my hands?", "speaking_delivery_feedback"),
    ("Please critique the speaker's delivery in <video 0> and suggest three improvements.", "speaking_delivery_feedback"),
    ("my teacher says i rush when I present. can u watch <video 0> and tell if i talk too fast and where i lose the audience", "speaking_delivery_feedback"),
    # sports_telestration
    ("Can you mark up <video 0> like they do on Match of the Day so my under-12s can see where they should have been?", "sports_telestration"),
    ("<video 0> put arrows showing where everyone ran on this play", "sports_telestration"),
    ("I coach a high school team. In <video 0> our defence collapsed - I want a version with the gaps and the attacker's route highlighted for our film session.", "sports_telestration"),
    ("add those TV pundit style drawings to <video 0>, circle #7 and show his movement", "sports_telestration"),
    ("Make a breakdown version of <video 0> with the tactics sketched on top, like the ESPN analysts do", "sports_telestration"),
    # paint_by_numbers
    ("I'd love to paint <image 0> myself on canvas but I'm no artist - can you split it into numbered sections with a matching legend?", "paint_by_numbers"),
    ("<image 0> -> paint by number kit style pls", "paint_by_numbers"),
    ("Make a numbered colouring template out of my dog's photo <image 0>, max 24 colours", "paint_by_numbers"),
    ("For my nan's birthday I want her to be able to paint the old family house from <image 0>; make it one of those sheets where you fill each patch with the matching shade from the tubes.", "paint_by_numbers"),
    ("can u convert <image 0> into a DIY painting guide with digits in every area", "paint_by_numbers"),
    # face_age_progression
    ("What will I look like at 80? <image 0>", "face_age_progression"),
    ("<image 0> is my dad at 45 - could you show how he might have looked as a teenager?", "face_age_progression"),
    ("age me up 30 years pls <image 0>", "face_age_progression"),
    ("For a missing-person exercise in my forensics class, I need to progress the face in <image 0> by about two decades.", "face_age_progression"),
    ("curious how my baby girl <image 0> will look when she grows up, like in her twenties", "face_age_progression"),
    # spray_paint_stencil
    ("I want to put the face from <image 0> on a wall with a spray can, Banksy style. Make me something I can cut out of cardboard.", "spray_paint_stencil"),
    ("<image 0> stencil for airbrush, 2 layers", "spray_paint_stencil"),
    ("turn my cat pic into a template I can trace onto acetate and blade out for a t-shirt <image 0>", "spray_paint_stencil"),
    ("Could you make a cutout template of the logo in <image 0> for aerosol painting on my skateboard? Make sure letters like O and A keep their middles.", "spray_paint_stencil"),
    ("need <image 0> as a grafitti stensil, one colour, thick shapes", "spray_paint_stencil"),
)

TOOL_REQUESTS21: tuple[tuple[str, str, str], ...] = (
    # furniture_style_identification
    ("<image 0> my great-aunt's walnut writing desk with claw-and-ball feet and hand-cut dovetails - which period?", "furniture_style_identification", "antique_period_dater"),
    ("Is this heavily carved oak chest in <image 0> genuinely Jacobean or a Victorian revival?", "furniture_style_identification", "antique_period_dater"),
    ("<image 0> moulded plywood lounge chair from my uncle's 1960s office - who designed it?", "furniture_style_identification", "modern_design_spotter"),
    ("Is the tulip-base dining table in <image 0> an original Saarinen-era design or a recent flat-pack copy?", "furniture_style_identification", "modern_design_spotter"),
    # sports_telestration
    ("<video 0> draw the offside line at the moment of the through ball and show the striker's run", "sports_telestration", "pitch_tactics_telestrator"),
    ("In <video 0> show how our back four got pulled apart - mark the pressing shape and the passing lanes", "sports_telestration", "pitch_tactics_telestrator"),
    ("<video 0> highlight the pick-and-roll: draw the screen and the big man's roll to the rim", "sports_telestration", "court_play_telestrator"),
    ("Annotate <video 0> showing the corner-three spacing and the backdoor cut along the baseline", "sports_telestration", "court_play_telestrator"),
    # face_age_progression
    ("<image 0> show me with grey hair and wrinkles at 75", "face_age_progression", "time_forward_ager"),
    ("What would my wife in <image 0> look like as a little old grandma?", "face_age_progression", "time_forward_ager"),
    ("Show my grandpa from <image 0> as he might have looked at 18", "face_age_progression", "youth_rewind"),
    ("<image 0> make me look like a kid again, maybe 8 years old", "face_age_progression", "youth_rewind"),
)

OUT_OF_SCOPE21: tuple[str, ...] = (
    "Order the paint-by-numbers kit made from <image 0> and ship it to my mum's address.",
    "Schedule a dry-cleaning pickup for the coat whose label is in <image 0>.",
    "Check eBay listings right now and tell me what chairs like the one in <image 0> are currently selling for.",
    "Export the stencil of <image 0> as an SVG file I can load straight into my Cricut cutter.",
    "Set my smart washing machine to the right cycle for the shirt in <image 0>.",
    "Log into the online poker room and play my next hand for me.",
    "Record an audio commentary track in a Scottish accent to go over <video 0>.",
    "What's the live score of the Celtics game right now?",
    "Email my presentation recording <video 0> to my manager with a short note.",
    "Build a 3D-printable STL model of the dresser in <image 0>.",
    "Insert every player's passing numbers from last season into our club's SQL database.",
    "Compose an upbeat backing track I can play while giving my speech.",
)

BUILTIN21: tuple[tuple[str, str], ...] = (
    ("What's the difference between a full house and a flush in poker?", "text_understanding"),
    ("Give me five tips for calming nerves before a big presentation.", "text_understanding"),
    ("How many chairs are in <image 0>?", "image_understanding"),
    ("What colour is the sweater the woman in <image 0> is wearing?", "image_understanding"),
    ("In <video 0>, which jersey number scores the goal?", "video_understanding"),
    ("What is written on the slide behind the speaker at the start of <video 0>?", "video_understanding"),
    ("Draw a cozy Scandinavian living room with a teak sideboard and a sheepskin rug.", "text_to_image"),
    ("A short clip of cards being shuffled on a green felt table under a warm lamp.", "text_to_video"),
    ("Replace the sofa in <image 0> with a green velvet one.", "image_edit"),
    ("Using the pose in <image 0>, generate a basketball player mid-dunk.", "image_control"),
    ("Create a new picture of the exact dog from <image 0> wearing a referee shirt on a football pitch.", "image_reference"),
    ("Animate <image 0> so the curtains sway gently in the breeze.", "image_to_video"),
    ("Make a video of the man in <image 0> giving a keynote on a big stage.", "video_reference"),
    ("Remove the referee from <video 0>.", "video_edit"),
    ("Make <video 0> look like a watercolour painting.", "video_edit"),
    ("Follow the movements in <video 0> and give me a clip of a robot dribbling a basketball.", "video_control"),
)
