"""Tenth blind evaluation set for plugin task and tool routing.

Written blind: its author saw neither the planner's training or calibration data nor the other
benchmark sets, only the built-in task table and the built-in tool names. Evaluation only: never
train on it, and never use it to set thresholds or rules.

The helper's brief asked for domains other than those of earlier sets (it was given their names, not their
contents) and suggested some (museums, logistics, cooking...); it named no request categories.

- ``TASKS10``: eight plugin tasks from cooking (recipe from a cooking video), accessibility (sign
  language translation), museums (artwork wall labels), logistics (shipping damage reports), fashion
  and textiles (seamless fabric repeat tiles), astronomy (constellation overlays), architecture and
  construction (floor plan walkthrough videos) and security/privacy (footage anonymization).
- ``TOOLS10``: twelve plugin tools: one per plugin task, a second tool with a different specialty
  for sign language translation, floor plan walkthroughs and footage anonymization, and a
  specialised vehicle-paint editor serving the built-in ``image_edit`` task.
- ``TASK_REQUESTS10``: five natural user requests per plugin task, each with its expected task.
- ``TOOL_REQUESTS10``: four requests for each of the three two-tool tasks, each with the task and
  the tool it favours (by content or by naming the tool).
- ``OUT_OF_SCOPE10``: requests that neither a built-in task nor a plugin task can serve.
- ``BUILTIN10``: ordinary requests for the built-in tasks, several worded close to the plugin
  tasks, each with its built-in task name.
"""

from __future__ import annotations

from unison_agent.contracts.tasks import TaskSpec

TASKS10: tuple[TaskSpec, ...] = (
    TaskSpec.one_input(
        "video",
        name="cooking_video_to_recipe",
        output="text",
        description=(
            "Watches a cooking video and writes it up as a structured recipe: an ingredient list with "
            "estimated quantities, then numbered steps with times and temperatures."
        ),
        examples=(
            "Turn <video 0> into a written recipe I can print",
            "What ingredients and steps are in this cooking clip? <video 0>",
            "Write down the recipe being made in <video 0> with quantities",
        ),
    ),
    TaskSpec.one_input(
        "video",
        name="sign_language_translation",
        output="text",
        description=(
            "Translates a person signing in a video (ASL, BSL or another sign language) into written "
            "text, with rough timestamps for each sentence."
        ),
        examples=(
            "Translate the signing in <video 0> into English",
            "What is the person in <video 0> signing?",
            "Give me a transcript of the sign language in <video 0>",
        ),
    ),
    TaskSpec.one_input(
        "image",
        name="artwork_wall_label",
        output="text",
        description=(
            "Writes a museum-style wall label for a photographed artwork: likely title, artist or "
            "school, period and medium, plus a short interpretive paragraph for visitors."
        ),
        examples=(
            "Write a museum label for the painting in <image 0>",
            "Draft the gallery placard text for this sculpture <image 0>",
            "I need wall text for <image 0> for our exhibition",
        ),
    ),
    TaskSpec.one_input(
        "image",
        name="shipping_damage_report",
        output="text",
        description=(
            "Inspects a photo of a delivered parcel, crate or pallet and writes a damage report for a "
            "carrier claim: visible damage types, where they are, their severity and likely cause."
        ),
        examples=(
            "Write a damage report for the parcel in <image 0>",
            "Is this shipment damaged enough to file a claim? <image 0>",
            "Describe the damage on the pallet in <image 0> for the carrier",
        ),
    ),
    TaskSpec.one_input(
        "image",
        name="fabric_pattern_tiling",
        output="image",
        description=(
            "Turns a photo of a fabric, wallpaper or textile print into a flat, seamless repeating tile, "
            "correcting perspective, wrinkles and uneven lighting so it can be printed or used as a texture."
        ),
        examples=(
            "Make a seamless repeat tile from the fabric in <image 0>",
            "Flatten this textile print into a tileable pattern <image 0>",
            "Create a repeating swatch from <image 0> for printing",
        ),
    ),
    TaskSpec.one_input(
        "image",
        name="constellation_overlay",
        output="image",
        description=(
            "Identifies the stars in a night-sky photograph and draws constellation lines, names and "
            "notable deep-sky objects on top of the image."
        ),
        examples=(
            "Label the constellations in <image 0>",
            "Draw the star patterns over my night sky photo <image 0>",
            "Which constellations are in <image 0>? Mark them on the picture",
        ),
    ),
    TaskSpec.one_input(
        "image",
        name="floor_plan_walkthrough",
        output="video",
        description=(
            "Turns an architectural floor plan or blueprint into a video of a camera moving through the "
            "rooms as a 3D space, following the plan's layout and proportions."
        ),
        examples=(
            "Make a walkthrough video from the floor plan in <image 0>",
            "Animate a 3D tour of this blueprint <image 0>",
            "Show me what it would be like to walk through <image 0>",
        ),
    ),
    TaskSpec.one_input(
        "video",
        name="footage_anonymization",
        output="video",
        description=(
            "Detects and blurs or pixelates faces, license plates and other identifying details "
            "throughout a video so it can be shared under privacy rules."
        ),
        examples=(
            "Blur all faces in <video 0>",
            "Anonymize the people and plates in <video 0> before I post it",
            "Pixelate anything identifying in <video 0>",
        ),
    ),
)

TOOLS10: tuple[tuple[str, str, str], ...] = (
    (
        "recipe_scribe",
        "Converts cooking videos into printable recipes, estimating ingredient quantities from what is "
        "shown and said, with timed, numbered steps.",
        "cooking_video_to_recipe",
    ),
    (
        "signbridge_asl",
        "Sign language translator specialised in American Sign Language, including fingerspelling and "
        "fast conversational signing, producing English text.",
        "sign_language_translation",
    ),
    (
        "bsl_interpreter",
        "Sign language translator specialised in British Sign Language and Auslan, including two-handed "
        "fingerspelling and regional sign variants.",
        "sign_language_translation",
    ),
    (
        "gallery_label_writer",
        "Drafts museum wall labels and tombstone lines for photographed artworks, following common "
        "curatorial style guides.",
        "artwork_wall_label",
    ),
    (
        "parcel_damage_inspector",
        "Examines photos of parcels, cartons and pallets and writes carrier-ready damage reports with "
        "severity ratings.",
        "shipping_damage_report",
    ),
    (
        "seamless_textile_tiler",
        "Flattens and de-wrinkles photographed textiles and outputs print-ready seamless repeat tiles.",
        "fabric_pattern_tiling",
    ),
    (
        "sky_chart_annotator",
        "Plate-solves night-sky photos and overlays constellation figures, star names and deep-sky objects.",
        "constellation_overlay",
    ),
    (
        "interior_plan_tour",
        "Turns residential floor plans into furnished, daylit walkthrough videos aimed at home buyers "
        "and renters.",
        "floor_plan_walkthrough",
    ),
    (
        "structural_shell_flythrough",
        "Turns construction drawings into bare-structure flythrough videos showing walls, columns, "
        "openings and dimension callouts for contractors and site crews.",
        "floor_plan_walkthrough",
    ),
    (
        "crowd_face_blur",
        "Tracks and blurs the faces and bodies of people across CCTV, body-cam and crowd footage, robust "
        "to occlusion and very small faces.",
        "footage_anonymization",
    ),
    (
        "plate_redactor",
        "Finds and pixelates vehicle license plates, fleet numbers and vehicle signage in dashcam and "
        "traffic footage.",
        "footage_anonymization",
    ),
    (
        "car_paint_recolor",
        "Specialised image editor that changes the paint color or finish of vehicles in photos while "
        "keeping reflections, decals and chrome intact.",
        "image_edit",
    ),
)

TASK_REQUESTS10: tuple[tuple[str, str], ...] = (
    # cooking_video_to_recipe
    (
        "my grandma made her dumplings in <video 0> and never wrote anything down, can u get it onto a "
        "card for me with amounts",
        "cooking_video_to_recipe",
    ),
    (
        "<video 0> I want to make this at home tonight. what do I need to buy and what order do I do "
        "things in",
        "cooking_video_to_recipe",
    ),
    (
        "Please transcribe the method demonstrated in <video 0> into numbered instructions, including "
        "oven temperatures and timings wherever they're shown.",
        "cooking_video_to_recipe",
    ),
    ("shopping list + step by step for whatever shes baking in <video 0>", "cooking_video_to_recipe"),
    (
        "The chef in <video 0> talks too fast. Could you write out what goes in the pot and when, so I "
        "can follow along without rewinding?",
        "cooking_video_to_recipe",
    ),
    # sign_language_translation
    (
        "my deaf coworker sent me <video 0> and I dont want to guess, what is she telling me",
        "sign_language_translation",
    ),
    ("<video 0> can you put her hand signs into plain english sentences", "sign_language_translation"),
    (
        "I'm subtitling a vlog where the host only communicates with her hands. Produce a written "
        "English version of everything she expresses in <video 0>, with approximate times.",
        "sign_language_translation",
    ),
    ("whats he saying w his hands in <video 0>", "sign_language_translation"),
    (
        "Need the message from this signed clip written out for our newsletter <video 0>",
        "sign_language_translation",
    ),
    # artwork_wall_label
    (
        "we're hanging <image 0> in the east gallery next week, could you draft the little card that "
        "goes beside it: artist, date, medium and ~80 words for visitors",
        "artwork_wall_label",
    ),
    ("<image 0> curator here, need interpretive text + tombstone info for this piece pls", "artwork_wall_label"),
    (
        "For our school's art fair, please write the small descriptive plaque that will sit next to "
        "this student ceramic <image 0>, in the style a museum would use.",
        "artwork_wall_label",
    ),
    ("write the blurb that goes on the wall next to this print, like at moma <image 0>", "artwork_wall_label"),
    (
        "Our heritage society acquired the oil portrait in <image 0>. Compose the visitor-facing text "
        "for its display: attribution, approximate date, materials, and a paragraph of context.",
        "artwork_wall_label",
    ),
    # shipping_damage_report
    (
        "the courier left this at my door <image 0> corner is caved in and it's wet, I need something "
        "written up to send to the seller",
        "shipping_damage_report",
    ),
    (
        "<image 0> pallet arrived with the shrink wrap torn and two cartons crushed. Write it up in the "
        "format a freight insurer expects.",
        "shipping_damage_report",
    ),
    (
        "Receiving dock here. Please document every dent, puncture and water stain visible on the crate "
        "in <image 0>, rated by severity, for our claims file.",
        "shipping_damage_report",
    ),
    (
        "can you write the complaint to the delivery company describing exactly whats wrong with this "
        "box <image 0>",
        "shipping_damage_report",
    ),
    (
        "inbound freight photo attached <image 0>, need condition notes + probable cause of the damage",
        "shipping_damage_report",
    ),
    # fabric_pattern_tiling
    (
        "I photographed my late mum's curtain material <image 0> and want more printed by the metre. "
        "can you give me a clean repeat that doesnt show joins",
        "fabric_pattern_tiling",
    ),
    (
        "<image 0> wrinkled scarf, need the print as a flat square that loops edge to edge for spoonflower",
        "fabric_pattern_tiling",
    ),
    (
        "Please extract the motif from this upholstery photo and produce a square that repeats without "
        "visible edges, lit evenly, for our 3D sofa renders. <image 0>",
        "fabric_pattern_tiling",
    ),
    ("make the wallpaper in <image 0> into a texture i can repeat in blender", "fabric_pattern_tiling"),
    (
        "Designer request: the shirt in <image 0> has a lovely paisley. Give me a straightened, evenly "
        "lit single repeat unit of it.",
        "fabric_pattern_tiling",
    ),
    # constellation_overlay
    (
        "took this from the campsite last night <image 0>, could you draw the lines connecting the stars "
        "and write which ones they are on the photo",
        "constellation_overlay",
    ),
    (
        "<image 0> astrophotography beginner here - annotate Orion, the Pleiades and anything else you "
        "can find directly on the frame",
        "constellation_overlay",
    ),
    (
        "For a planetarium handout, please mark up the attached wide-field shot with star-figure lines "
        "and their names, plus the positions of any galaxies or nebulae. <image 0>",
        "constellation_overlay",
    ),
    ("put the star map lines on top of my milky way pic <image 0>", "constellation_overlay"),
    (
        "My kid wants to know what's up there. Can you label the sky in <image 0> like those stargazing "
        "apps do?",
        "constellation_overlay",
    ),
    # floor_plan_walkthrough
    (
        "we're deciding between two flats, here's the layout of one <image 0>. could you make a clip "
        "going room to room so i can picture it",
        "floor_plan_walkthrough",
    ),
    (
        "<image 0> Generate a first-person video moving from the front door through the kitchen to the "
        "master bedroom according to this drawing.",
        "floor_plan_walkthrough",
    ),
    (
        "architect sent me this <image 0> and I cant read these things. show me it as if I'm walking "
        "around inside",
        "floor_plan_walkthrough",
    ),
    (
        "Please produce a short virtual tour video of the house defined by the attached drawing, keeping "
        "room proportions accurate. <image 0>",
        "floor_plan_walkthrough",
    ),
    ("flythrough of the office layout in <image 0> for the lease pitch", "floor_plan_walkthrough"),
    # footage_anonymization
    (
        "need to send <video 0> to the insurance company but it has my neighbours kids in it, hide who "
        "they are",
        "footage_anonymization",
    ),
    (
        "<video 0> GDPR request: every bystander in this CCTV export must be unrecognisable before release.",
        "footage_anonymization",
    ),
    ("can u smudge out the car registrations in my dashcam clip <video 0>", "footage_anonymization"),
    (
        "Before we upload the protest footage in <video 0>, please make sure nobody in the crowd can be "
        "identified.",
        "footage_anonymization",
    ),
    ("make everyone in <video 0> untraceable but keep the video otherwise the same", "footage_anonymization"),
)

TOOL_REQUESTS10: tuple[tuple[str, str, str], ...] = (
    # sign_language_translation
    (
        "my friend from Manchester signed this for my birthday <video 0>, what did she say? it's british "
        "signing",
        "sign_language_translation",
        "bsl_interpreter",
    ),
    (
        "<video 0> fast American signing with lots of fingerspelled names, I need a clean English transcript",
        "sign_language_translation",
        "signbridge_asl",
    ),
    ("use bsl_interpreter on <video 0> and give me the text", "sign_language_translation", "bsl_interpreter"),
    (
        "Run signbridge_asl over <video 0>; I need the English version for captions.",
        "sign_language_translation",
        "signbridge_asl",
    ),
    # floor_plan_walkthrough
    (
        "<image 0> is the slab-and-column drawing for the new warehouse; give my site crew a flythrough "
        "showing openings and dimensions before the pour",
        "floor_plan_walkthrough",
        "structural_shell_flythrough",
    ),
    (
        "We're listing this two-bed for rent. Make a cosy, furnished walk-through from the layout "
        "<image 0> that tenants will like.",
        "floor_plan_walkthrough",
        "interior_plan_tour",
    ),
    ("interior_plan_tour please, on this flat layout <image 0>", "floor_plan_walkthrough", "interior_plan_tour"),
    (
        "can you run structural_shell_flythrough with <image 0>? the subcontractors need it monday",
        "floor_plan_walkthrough",
        "structural_shell_flythrough",
    ),
    # footage_anonymization
    (
        "dashcam clip <video 0> shows the crash but also a dozen number plates, hide those before i post "
        "it to the forum",
        "footage_anonymization",
        "plate_redactor",
    ),
    (
        "<video 0> is lobby CCTV with maybe forty people walking past; make all of their faces "
        "unrecognisable",
        "footage_anonymization",
        "crowd_face_blur",
    ),
    ("use plate_redactor on <video 0>", "footage_anonymization", "plate_redactor"),
    (
        "Please process <video 0> with crowd_face_blur before the council meeting.",
        "footage_anonymization",
        "crowd_face_blur",
    ),
)

OUT_OF_SCOPE10: tuple[str, ...] = (
    "book me a table for four at an italian place near the station around 8",
    "transfer 200 euros from my savings into my checking account",
    "set the thermostat downstairs to 19 degrees until midnight",
    "print <image 0> on the office printer, two copies, A4",
    "upload <video 0> to my YouTube channel as unlisted",
    "when does the next number 42 bus actually leave my stop right now",
    "email <image 0> to my landlord with the subject line 'leak again'",
    "turn <image 0> into an STL mesh file I can send to my 3D printer",
    "transcribe the voice memo I recorded on my phone this morning",
    "order the same running shoes as in <image 0> in size 44 and have them delivered friday",
    "tell the robot vacuum to skip the bedroom today",
    "add <video 0> to the shared family album on my phone and notify everyone",
)

BUILTIN10: tuple[tuple[str, str], ...] = (
    ("who painted this, and roughly when? <image 0>", "image_understanding"),
    ("how many boxes are stacked on the pallet in <image 0>?", "image_understanding"),
    ("is the cook in <video 0> using butter or oil?", "video_understanding"),
    ("at what point in <video 0> does the man in the red jacket leave the building?", "video_understanding"),
    ("explain the main grammatical differences between ASL and spoken English", "text_understanding"),
    ("write a 3-line haiku about taping up boxes on moving day", "text_understanding"),
    (
        "a watercolor of the night sky over a lighthouse, with the Big Dipper clearly visible",
        "text_to_image",
    ),
    ("make a video of a slow camera glide through a sunlit Scandinavian living room", "text_to_video"),
    ("remove the tourist in the yellow raincoat from <image 0>", "image_edit"),
    ("change the color of the curtains in <image 0> to deep teal", "image_edit"),
    (
        "here's a rough pencil sketch of a teapot <image 0>, render it as a glossy ceramic teapot on a "
        "wooden table",
        "image_control",
    ),
    ("put the cat from <image 0> on a velvet throne in a baroque palace", "image_reference"),
    ("animate <image 0> so the paper lanterns sway and the river keeps flowing", "image_to_video"),
    ("make a clip of the man in <image 0> riding a bicycle along a canal at dusk", "video_reference"),
    ("blur the background behind the speaker in <video 0> like portrait mode on a phone", "video_edit"),
    (
        "use the pose of the dancer in <video 0> to make a video of a wooden marionette doing the same routine",
        "video_control",
    ),
)
