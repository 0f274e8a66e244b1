"""Fifteenth blind evaluation set for plugin task and tool routing.

Written blind: its author saw neither the planner's training or calibration data nor the other benchmark sets,
only the built-in task table and the built-in tool names. Evaluation only: never train on it, and never use it
to set thresholds or rules.

Domains: sky replacement, UI mockups from hand-drawn sketches, solar panel inspection, lower-third name titles,
horse gait and lameness, construction site progress, animated travel route maps, die-cut stickers (plus portrait
retouching as a specialised tool for the built-in image_edit task).

- TASKS15: eight plugin TaskSpecs, most of them specialised versions of built-in tasks.
- TOOLS15: (tool_name, tool_description, task_name); one tool per plugin task, a second tool for three tasks,
  and one specialised tool serving the built-in image_edit task.
- TASK_REQUESTS15: five (request, task_name) pairs per plugin task, 40 in all.
- TOOL_REQUESTS15: four (request, task_name, tool_name) triples for each of the three two-tool tasks, 12 in all.
- OUT_OF_SCOPE15: twelve requests no built-in or plugin task can serve.
- BUILTIN15: sixteen (request, builtin_task_name) pairs, several worded close to the plugin domains.
"""

from unison_agent.contracts.tasks import TaskSpec

TASKS15: tuple[TaskSpec, ...] = (
    TaskSpec.one_input(
        "image",
        name="sky_replacement",
        output="image",
        description=(
            "Replaces the sky in an outdoor photo with a different sky (clear blue, sunset, storm clouds, "
            "auroras) and relights the foreground to match, leaving buildings, trees and people untouched."
        ),
        examples=(
            "Swap the grey overcast sky in <image 0> for a golden sunset",
            "Put dramatic storm clouds behind the lighthouse in <image 0>",
            "The sky in my wedding photo <image 0> is blown out white, give it a soft blue sky with a few clouds",
        ),
    ),
    TaskSpec.one_input(
        "image",
        name="ui_mockup_from_sketch",
        output="image",
        description=(
            "Turns a hand-drawn sketch of an app screen or web page into a clean digital UI mockup, following "
            "the sketched layout of buttons, text fields, menus and cards."
        ),
        examples=(
            "Turn my napkin sketch of a login screen <image 0> into a proper app mockup",
            "Make a clean website layout from this whiteboard drawing <image 0>",
            "Here's my pencil layout for a settings page <image 0>, render it as a real mobile UI",
        ),
    ),
    TaskSpec.one_input(
        "image",
        name="solar_panel_inspection",
        output="text",
        description=(
            "Inspects photos of solar panels or solar arrays (visible-light or thermal) and reports faults such "
            "as cracked cells, hotspots, dirt and bird droppings, shading and loose wiring, saying which panels "
            "are affected."
        ),
        examples=(
            "Check the solar panels on my roof in <image 0> for any damage",
            "Is anything wrong with the modules in this drone shot of our solar farm <image 0>?",
            "Which panels in the thermal image <image 0> show hot spots?",
        ),
    ),
    TaskSpec.one_input(
        "video",
        name="lower_third_titles",
        output="video",
        description=(
            "Adds broadcast-style lower-third captions to a video: a name and title banner, or a location or "
            "topic strap, that slides in near the bottom of the frame when a speaker appears."
        ),
        examples=(
            "Add a lower third with 'Dr. Maya Chen, Marine Biologist' when she starts talking in <video 0>",
            "Put a name strap for each interviewee in <video 0>",
            "Give <video 0> a news-style banner at the bottom saying 'Live from Harbour Street'",
        ),
    ),
    TaskSpec.one_input(
        "video",
        name="equine_gait_check",
        output="text",
        description=(
            "Analyses video of a horse walking, trotting or lunging and reports on its gait: which leg looks "
            "lame or short-striding, head nod and hip hike, stride regularity, with a severity grade. "
            "Not a substitute for a vet."
        ),
        examples=(
            "Is my horse lame in <video 0>? She's trotting away and back",
            "Which leg is my gelding favouring in this lunge video <video 0>?",
            "Check the pony's trot in <video 0> for any unevenness",
        ),
    ),
    TaskSpec.one_input(
        "video",
        name="construction_progress_report",
        output="text",
        description=(
            "Watches a walkthrough or drone video of a building site and writes a progress report: which "
            "construction stages are done (foundations, framing, roofing, drywall...), what is under way, "
            "visible safety issues and materials on site."
        ),
        examples=(
            "Write a progress update from this site walkthrough <video 0> for the client",
            "How far along is the house build in the drone footage <video 0>?",
            "From <video 0>, list what's finished and what's still open on the second floor",
        ),
    ),
    TaskSpec.one_input(
        "image",
        name="route_map_animation",
        output="video",
        description=(
            "Animates a route on a map image: a line draws itself along the path between marked stops, with an "
            "optional moving marker (plane, car, walker) and pins popping up at each stop, as in travel vlogs."
        ),
        examples=(
            "Animate our road trip route on the map <image 0> with a little car driving along it",
            "Make a video of a plane flying the dotted line from Lisbon to Rome on <image 0>",
            "Draw the hiking trail on <image 0> step by step with pins at each hut",
        ),
    ),
    TaskSpec.one_input(
        "image",
        name="sticker_cutout",
        output="image",
        description=(
            "Turns a photo of a person, pet or object into a die-cut sticker: the subject is cut out from the "
            "background and given a thick white border and a soft drop shadow, ready to print or share."
        ),
        examples=(
            "Make a sticker of my cat from <image 0> with a white outline",
            "Cut out the kid in <image 0> and turn him into a die-cut sticker",
            "Can you make my coffee mug in <image 0> into a cute sticker for my laptop?",
        ),
    ),
)

TOOLS15: tuple[tuple[str, str, str], ...] = (
    (
        "sky_realistic_matcher",
        "Photoreal sky replacement that matches the scene's sun direction, colour temperature and shadows; for "
        "natural, believable skies in real-estate, landscape and event photos.",
        "sky_replacement",
    ),
    (
        "sky_fantasy_painter",
        "Artistic sky replacement with stylised or surreal skies: painted skies, giant moons, swirling colours, "
        "dreamlike clouds, for fantasy and album-cover looks.",
        "sky_replacement",
    ),
    (
        "wireframe_tidier",
        "Turns UI sketches into low-fidelity greyscale wireframes: boxes, placeholder text and simple icons, "
        "no colours or branding, for early layout and structure reviews.",
        "ui_mockup_from_sketch",
    ),
    (
        "hifi_mockup_renderer",
        "Renders UI sketches as high-fidelity, full-colour mockups with real typography, photos, icons and "
        "brand colours, polished enough for presentations and pitch decks.",
        "ui_mockup_from_sketch",
    ),
    (
        "pv_thermal_hotspot_reader",
        "Reads thermal (infrared) images of solar arrays: finds hotspots, overheating cells, bypass-diode "
        "faults and temperature differences between modules.",
        "solar_panel_inspection",
    ),
    (
        "pv_surface_defect_inspector",
        "Inspects ordinary colour photos of solar panels for visible surface defects: cracked glass, snail "
        "trails, dust, bird droppings, shading and loose cables.",
        "solar_panel_inspection",
    ),
    (
        "lower_third_compositor",
        "Composites animated name-and-title lower thirds and location straps onto video at the right moments.",
        "lower_third_titles",
    ),
    (
        "gait_lameness_analyzer",
        "Assesses horse gait in video: head nod, hip hike, stride length and symmetry, and a lameness grade.",
        "equine_gait_check",
    ),
    (
        "site_progress_summarizer",
        "Summarises building-site walkthrough and drone videos into progress reports with completed stages, "
        "open work and safety notes.",
        "construction_progress_report",
    ),
    (
        "route_line_animator",
        "Animates paths on map images: self-drawing route lines, moving vehicle or walker icons and stop pins.",
        "route_map_animation",
    ),
    (
        "die_cut_sticker_maker",
        "Cuts the main subject out of a photo and adds a white sticker border and drop shadow.",
        "sticker_cutout",
    ),
    (
        "portrait_retoucher",
        "Specialised photo editor for portrait retouching: softens blemishes, evens skin tone, brightens eyes "
        "and teeth and tames flyaway hair while keeping the person's identity.",
        "image_edit",
    ),
)

TASK_REQUESTS15: tuple[tuple[str, str], ...] = (
    # sky_replacement
    ("The clouds in <image 0> are so flat and boring, can you give me a moody twilight sky instead?",
     "sky_replacement"),
    ("replace sky in <image 0> with clear blue", "sky_replacement"),
    ("Make it look like green northern lights are rippling above the cabin in <image 0>", "sky_replacement"),
    ("Our listing shot <image 0> was taken on a rainy day, put a sunny sky over the house", "sky_replacement"),
    ("Could the sky behind the mountains in <image 0> be pink and orange like at dusk?", "sky_replacement"),
    # ui_mockup_from_sketch
    ("I scribbled a checkout flow on paper <image 0>, can you make it look like a real app screen?",
     "ui_mockup_from_sketch"),
    ("Convert this rough dashboard sketch <image 0> into a digital mockup", "ui_mockup_from_sketch"),
    ("make a figma-style mockup from my doodle <image 0> of a recipe app home page", "ui_mockup_from_sketch"),
    ("<image 0> is my whiteboard drawing of a landing page, render it as a clean web UI", "ui_mockup_from_sketch"),
    ("Turn the sketched onboarding screens in <image 0> into proper phone screens", "ui_mockup_from_sketch"),
    # solar_panel_inspection
    ("Are there cracked cells on any of the panels in <image 0>?", "solar_panel_inspection"),
    ("My solar output dropped, here's a photo of the array <image 0>, what could be wrong?",
     "solar_panel_inspection"),
    ("Look at <image 0> and tell me if the panels need cleaning", "solar_panel_inspection"),
    ("Inspect the PV modules in <image 0> and list the faults row by row", "solar_panel_inspection"),
    ("Is that chimney shading part of my solar panels in <image 0>?", "solar_panel_inspection"),
    # lower_third_titles
    ("Add name captions for the two hosts in my studio video <video 0>", "lower_third_titles"),
    ("Put a title bar at the bottom of <video 0> reading 'Q3 Town Hall - Sarah Lee, CEO'", "lower_third_titles"),
    ("I need lower thirds on the interviews in <video 0>, white text on a blue strip", "lower_third_titles"),
    ("Overlay the chef's name and restaurant under him when he appears in <video 0>", "lower_third_titles"),
    ("Add a location strap 'Reykjavik, Iceland' at the start of <video 0>", "lower_third_titles"),
    # equine_gait_check
    ("My mare seems off on the right fore, can you look at her trot-up in <video 0>?", "equine_gait_check"),
    ("Watch <video 0> and tell me whether the horse's hind end moves evenly", "equine_gait_check"),
    ("Grade the lameness of the horse in <video 0> on the 0 to 5 scale", "equine_gait_check"),
    ("Is the head bob in <video 0> a sign my horse is sore somewhere?", "equine_gait_check"),
    ("Compare the strides on the left and right rein for the horse lunging in <video 0>", "equine_gait_check"),
    # construction_progress_report
    ("Summarise what's been built so far from the site tour <video 0>", "construction_progress_report"),
    ("Is the roofing done on the extension in <video 0>?", "construction_progress_report"),
    ("Give me a weekly progress report for the apartment block from the drone flyover <video 0>",
     "construction_progress_report"),
    ("Spot any safety problems on the building site in <video 0>, like missing guardrails",
     "construction_progress_report"),
    ("What stage is the renovation at in <video 0>, and which trades are still needed?",
     "construction_progress_report"),
    # route_map_animation
    ("Make an animated map from <image 0> showing our train journey across Europe", "route_map_animation"),
    ("Trace the cycling route on <image 0> as a growing red line", "route_map_animation"),
    ("Can you animate the ferry path between the islands on <image 0>?", "route_map_animation"),
    ("Turn <image 0> into a short clip where our honeymoon stops pop up one by one along the route",
     "route_map_animation"),
    ("Show a runner icon moving along the marathon course on <image 0>", "route_map_animation"),
    # sticker_cutout
    ("Turn my dog in <image 0> into a sticker I can send in chats", "sticker_cutout"),
    ("Cut my face out of <image 0> and give it a thick white border like a vinyl sticker", "sticker_cutout"),
    ("I want to print the sneaker from <image 0> as a die-cut sticker, can you prep it?", "sticker_cutout"),
    ("stickerize the little robot toy in <image 0> please", "sticker_cutout"),
    ("Make a sticker sheet image of my grandma's cake in <image 0> with an outline and shadow", "sticker_cutout"),
)

TOOL_REQUESTS15: tuple[tuple[str, str, str], ...] = (
    ("Replace the washed-out sky in <image 0> with a natural blue one so the listing photo looks believable",
     "sky_replacement", "sky_realistic_matcher"),
    ("Swap the sky in <image 0> for realistic late-afternoon clouds that match the shadows on the ground",
     "sky_replacement", "sky_realistic_matcher"),
    ("Give <image 0> a surreal sky with a giant moon and swirling purple clouds",
     "sky_replacement", "sky_fantasy_painter"),
    ("Put a dreamy, brush-stroke painted sky over the village in <image 0>, like an album cover",
     "sky_replacement", "sky_fantasy_painter"),
    ("Make a simple grey-box wireframe from my sketch <image 0>, just placeholders, no styling",
     "ui_mockup_from_sketch", "wireframe_tidier"),
    ("Clean up <image 0> into a low-fi black-and-white layout so the team can review the structure",
     "ui_mockup_from_sketch", "wireframe_tidier"),
    ("Turn <image 0> into a polished, pixel-perfect app screen in our brand's teal and orange",
     "ui_mockup_from_sketch", "hifi_mockup_renderer"),
    ("Render my sketch <image 0> as a finished full-colour mockup with real photos for the investor deck",
     "ui_mockup_from_sketch", "hifi_mockup_renderer"),
    ("In the infrared drone shot <image 0>, which modules are running hotter than the rest?",
     "solar_panel_inspection", "pv_thermal_hotspot_reader"),
    ("Check this IR scan of the array <image 0> for failed bypass diodes",
     "solar_panel_inspection", "pv_thermal_hotspot_reader"),
    ("Can you see broken glass or snail trails on the panels in this phone photo <image 0>?",
     "solar_panel_inspection", "pv_surface_defect_inspector"),
    ("How much bird mess and dust is caked on the panels in <image 0>?",
     "solar_panel_inspection", "pv_surface_defect_inspector"),
)

OUT_OF_SCOPE15: tuple[str, ...] = (
    "Call my solar installer and book a repair visit for next week",
    "How many kilowatt-hours is my inverter producing right now?",
    "Pull up tomorrow's live cloud forecast so I know if the sky will be clear for my shoot",
    "Transcribe everything the interviewee says in <video 0>",
    "Add a voice-over that reads out each speaker's name in <video 0>",
    "Export my UI sketch <image 0> as an editable Figma file with separate layers",
    "Order new horseshoes for my mare from the tack shop",
    "Convert the route on <image 0> into a GPX file and load it onto my Garmin watch",
    "Book the cheapest flight from Lisbon to Rome for next Friday",
    "Remove the wind noise from the drone footage <video 0>",
    "Email the site progress report to our foreman and the architect",
    "Print 50 copies of the sticker on glossy vinyl and mail them to me",
)

BUILTIN15: tuple[tuple[str, str], ...] = (
    ("Is it sunny or overcast in the photo <image 0>?", "image_understanding"),
    ("Remove the power lines crossing the sky in <image 0>", "image_edit"),
    ("Generate a photo of a calm lake under a pink and orange sunset sky", "text_to_image"),
    ("How many solar panels are on the roof in <image 0>?", "image_understanding"),
    ("Explain in simple terms how solar panels turn sunlight into electricity", "text_understanding"),
    ("Draw a mobile app login screen with a purple gradient and rounded buttons", "text_to_image"),
    ("Follow the scribble in <image 0> to make a picture of a cat sitting on a fence", "image_control"),
    ("Create a video of a horse galloping along a beach at sunrise", "text_to_video"),
    ("What colour is the horse in <video 0> and what is the rider wearing?", "video_understanding"),
    ("Make the horse in the photo <image 0> start galloping", "image_to_video"),
    ("Change the rider's red jacket to blue throughout <video 0>", "video_edit"),
    ("Make a new picture of the toy excavator from <image 0> digging on a sandy beach", "image_reference"),
    ("Describe what the workers are doing in <video 0>", "video_understanding"),
    ("Make a new video of the same dog from <video 0> surfing a big wave", "video_reference"),
    ("Use the dance moves in <video 0> as a pose guide for a video of a robot dancing", "video_control"),
    ("Which city is shown on the map in <image 0>?", "image_understanding"),
)
