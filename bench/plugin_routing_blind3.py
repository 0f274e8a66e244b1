"""Third blind evaluation set for plugin task and tool routing.

Written blind: its author saw neither the planner's training or calibration data nor the other
benchmark sets, only the built-in task table and the built-in tool names. Evaluation only: never
train on it, and never use it to set thresholds or rules.

- ``TASKS3``: eight plugin tasks as a plugin author would declare them (several sit close to a
  built-in task: image_edit, image_understanding, video_edit, video_understanding).
- ``TOOLS3``: (tool, description, task): one tool per plugin task, a second tool for two of them,
  and one plugin tool serving the built-in image_edit task.
- ``TASK_REQUESTS3``: (request, task), five natural requests per plugin task.
- ``TOOL_REQUESTS3``: (request, task, tool) where more than one tool serves the task.
- ``OUT_OF_SCOPE3``: requests that neither the built-in tasks nor these plugin tasks serve.
- ``BUILTIN3``: (request, built-in task), ordinary requests, some worded close to the plugin tasks.
"""

from __future__ import annotations

from unison_agent.contracts.tasks import TaskSpec

TASKS3: tuple[TaskSpec, ...] = (
    TaskSpec.one_input(
        "image", name="cartoonify",
        output="image",
        description="Redraw a photo of a person or pet as a cartoon or anime-style illustration, keeping the "
                    "likeness and pose.",
        examples=(
            "Cartoonify <image 0>.",
            "Make <image 0> look like an anime character.",
            "Turn my selfie <image 0> into a cartoon avatar.",
        ),
    ),
    TaskSpec.one_input(
        "image", name="red_eye_fix",
        output="image",
        description="Detect and correct red eyes caused by camera flash in a photo.",
        examples=(
            "Fix the red eyes in <image 0>.",
            "<image 0> the flash made our eyes red, please correct it.",
            "Red-eye correction for <image 0>.",
        ),
    ),
    TaskSpec.one_input(
        "image", name="line_art",
        output="image",
        description="Convert a photo into clean black outlines on white, like a colouring-book page.",
        examples=(
            "Make a colouring-book page from <image 0>.",
            "Turn <image 0> into line art.",
            "Trace the outlines of <image 0> in black on a white background.",
            "<image 0> as a printable page for kids to colour in.",
        ),
    ),
    TaskSpec.one_input(
        "image", name="color_palette",
        output="text",
        description="Extract the dominant colours of an image as a palette of hex codes.",
        examples=(
            "Extract the colour palette of <image 0>.",
            "Give me the main hex colours in <image 0>.",
            "<image 0> what palette does this use?",
        ),
    ),
    TaskSpec.one_input(
        "image", name="age_estimation",
        output="text",
        description="Estimate the apparent age of each face in a photo.",
        examples=(
            "Estimate the age of the person in <image 0>.",
            "<image 0> how old is each person here?",
            "Guess my age from <image 0>.",
        ),
    ),
    TaskSpec.one_input(
        "video", name="scene_cuts",
        output="text",
        description="Detect shot changes in a video and list the timestamp of each cut.",
        examples=(
            "Detect the scene cuts in <video 0>.",
            "<video 0> list the timestamps of every shot change.",
            "Where does the camera cut in <video 0>?",
        ),
    ),
    TaskSpec.one_input(
        "video", name="contact_sheet",
        output="image",
        description="Make one image that shows a grid of keyframes sampled across a video.",
        examples=(
            "Make a contact sheet for <video 0>.",
            "<video 0> a 4x4 grid of keyframes in one image.",
            "Summarise <video 0> as a thumbnail grid picture.",
        ),
    ),
    TaskSpec.one_input(
        "video", name="vertical_reframe",
        output="video",
        description="Reframe a landscape video to vertical 9:16, following the main subject so it stays in frame.",
        examples=(
            "Reframe <video 0> to vertical for TikTok.",
            "<video 0> make it 9:16 and keep the speaker centred.",
            "Turn this landscape clip <video 0> into a portrait video for Reels.",
        ),
    ),
)

TOOLS3: tuple[tuple[str, str, str], ...] = (
    ("toonify", "Redraws a portrait photo as a bold, flat-coloured Western cartoon or comic-strip character.",
     "cartoonify"),
    ("anime_style", "Redraws a portrait photo in Japanese anime style: big eyes, cel shading, soft pastel "
     "backgrounds.", "cartoonify"),
    ("redeye_fixer", "Finds flash-reddened pupils and darkens them back to a natural colour.", "red_eye_fix"),
    ("lineart", "Traces a photo into crisp black contour lines on white, ready to print and colour.", "line_art"),
    ("palette_picker", "Clusters an image's pixels and returns its dominant colours as hex codes with shares.",
     "color_palette"),
    ("age_guesser", "Finds faces in a photo and estimates each one's apparent age range.", "age_estimation"),
    ("shot_detector", "Fast detector for hard cuts: reports the timestamp of every abrupt shot change.",
     "scene_cuts"),
    ("fade_detector", "Slower detector for gradual transitions: finds fades, dissolves and crossfades between "
     "shots.", "scene_cuts"),
    ("sheet_maker", "Samples keyframes across a video and tiles them, with timestamps, into one grid image.",
     "contact_sheet"),
    ("reframer", "Tracks the main subject in a landscape video and crops a moving 9:16 window around it.",
     "vertical_reframe"),
    ("film_grain", "Gives a photo an analogue film look: grain, faded colours, soft vignette and light leaks.",
     "image_edit"),
)

TASK_REQUESTS3: tuple[tuple[str, str], ...] = (
    # cartoonify
    ("can u make a cartoon version of this selfie <image 0>", "cartoonify"),
    ("<image 0> our family photo drawn like a Pixar-ish cartoon, for the christmas card", "cartoonify"),
    ("Redraw the guy in <image 0> as if he were in an anime, same pose and hair", "cartoonify"),
    ("I want a cartoony avatar of me for Discord, here's a pic <image 0>", "cartoonify"),
    ("my dog but as a cartoon character pls <image 0>", "cartoonify"),
    # red_eye_fix
    ("the flash gave everyone demon eyes in <image 0>, can you fix that", "red_eye_fix"),
    ("<image 0> fix the red pupils", "red_eye_fix"),
    ("Grandma's eyes are glowing red in this one <image 0> — can you clean that up?", "red_eye_fix"),
    ("Party pic from last night: my friend's eyes came out bright red because of the camera flash. "
     "Could you make them look normal? <image 0>", "red_eye_fix"),
    ("get rid of the red eye effect on <image 0>", "red_eye_fix"),
    # line_art
    ("make a colouring sheet for my niece out of <image 0>", "line_art"),
    ("<image 0> just the outlines please, black lines on white, no shading at all", "line_art"),
    ("Can you turn this photo of our cat into something I can print out and colour in with crayons? <image 0>",
     "line_art"),
    ("I need clean line work traced from <image 0> to use as a tattoo stencil", "line_art"),
    ("convert <image 0> to an outline drawing the kids can fill in", "line_art"),
    # color_palette
    ("what colours are in <image 0>? hex codes pls", "color_palette"),
    ("pull a 5-colour palette out of <image 0> for my website theme", "color_palette"),
    ("<image 0> I love the tones in this sunset, can I get them as a list of swatches?", "color_palette"),
    ("Dominant colors of <image 0> as RGB values", "color_palette"),
    ("I'm repainting the living room to match this rug <image 0> — list the main shades with their codes",
     "color_palette"),
    # age_estimation
    ("how old does the person in <image 0> look?", "age_estimation"),
    ("<image 0> guess everyone's age in this pic", "age_estimation"),
    ("Can you estimate roughly how old the man on the left in <image 0> is", "age_estimation"),
    ("my friends keep saying I look 40 lol, what age would you put me at? <image 0>", "age_estimation"),
    ("Give an approximate age range for each face in <image 0>.", "age_estimation"),
    # scene_cuts
    ("<video 0> where are all the cuts? timestamps please", "scene_cuts"),
    ("list every shot change in <video 0>", "scene_cuts"),
    ("How many separate shots are in this trailer and when does each one begin? <video 0>", "scene_cuts"),
    ("I need the edit points of <video 0> so I can rebuild the timeline in Premiere", "scene_cuts"),
    ("find the scene boundaries in <video 0>", "scene_cuts"),
    # contact_sheet
    ("make a contact sheet of <video 0>", "contact_sheet"),
    ("<video 0> give me one picture with a grid of thumbnails from across the whole clip", "contact_sheet"),
    ("I want a storyboard-style overview, like 3x3 stills from <video 0>, all in a single image", "contact_sheet"),
    ("preview sheet for <video 0> — a tiled image of keyframes so I can see what's in it at a glance",
     "contact_sheet"),
    ("Could you sum up my holiday video <video 0> in one image made of little frames from start to end?",
     "contact_sheet"),
    # vertical_reframe
    ("make <video 0> vertical for TikTok, keep the speaker in shot", "vertical_reframe"),
    ("<video 0> convert to 9:16 for Instagram Reels and follow the skater", "vertical_reframe"),
    ("this one's landscape but I need a portrait version for Shorts that tracks whoever's talking <video 0>",
     "vertical_reframe"),
    ("Reframe <video 0> for phones, portrait orientation", "vertical_reframe"),
    ("can you turn my widescreen clip into a phone-shaped one without cutting the dog out of frame <video 0>",
     "vertical_reframe"),
)

TOOL_REQUESTS3: tuple[tuple[str, str, str], ...] = (
    # image_edit: the built-in edit tool or the film_grain plugin tool
    ("run film_grain on <image 0>, pretty heavy please", "image_edit", "film_grain"),
    ("<image 0> make it look like it was shot on an old 35mm camera, grainy with a few light leaks",
     "image_edit", "film_grain"),
    ("use the edit tool to take the lamp post out of <image 0>", "image_edit", "edit"),
    ("Swap the red car in <image 0> for a blue pickup truck", "image_edit", "edit"),
    # cartoonify: toonify or anime_style
    ("anime_style on <image 0> please, it's for my profile banner", "cartoonify", "anime_style"),
    ("<image 0> turn the two of us into Sunday-comic cartoon characters, thick outlines and flat colours",
     "cartoonify", "toonify"),
    ("make me look like a Studio Ghibli character, cel-shaded with big eyes <image 0>", "cartoonify",
     "anime_style"),
    # scene_cuts: shot_detector or fade_detector
    ("use shot_detector on <video 0> and give me every cut", "scene_cuts", "shot_detector"),
    ("<video 0> where are the slow dissolves between shots? timestamps for each crossfade", "scene_cuts",
     "fade_detector"),
    ("Run fade_detector over <video 0>, I want to know where it fades to black", "scene_cuts", "fade_detector"),
)

OUT_OF_SCOPE3: tuple[str, ...] = (
    "Book me a table for two at an Italian place tomorrow at 8",
    "Send <image 0> to my sister on WhatsApp",
    "Turn the thermostat down to 19 degrees",
    "Remind me to call the dentist on Friday morning",
    "Pay my electricity bill from my checking account",
    "Upload <video 0> to my YouTube channel as unlisted",
    "Clean up the background hiss in my podcast recording and export it as an mp3",
    "Rename all the files in my Downloads folder by the date they were created",
    "Print two copies of <image 0> on the office printer",
    "Cancel my Spotify subscription",
    "Back up the photos on my phone to the NAS tonight",
    "Schedule <video 0> to post on Instagram at 9am on Monday",
)

BUILTIN3: tuple[tuple[str, str], ...] = (
    ("What colour is the car in <image 0>?", "image_understanding"),
    ("Roughly what era is the building in <image 0> from?", "image_understanding"),
    ("Paint the walls in <image 0> a pale sage green", "image_edit"),
    ("Remove the person walking in the background of <image 0>", "image_edit"),
    ("Turn <video 0> into a cartoon", "video_edit"),
    ("In <video 0>, what is the man holding when it switches to the kitchen?", "video_understanding"),
    ("Summarise what happens in <video 0> in three bullet points", "video_understanding"),
    ("Draw a cartoon fox wearing a striped scarf", "text_to_image"),
    ("Generate a black and white line drawing of a lighthouse for a colouring book", "text_to_image"),
    ("A vertical 9:16 clip of waves crashing on rocks at sunrise", "text_to_video"),
    ("Animate <image 0> so the character blinks and smiles", "image_to_video"),
    ("Follow the scribble in <image 0>: a cartoon house with a red door", "image_control"),
    ("Put the teddy bear from <image 0> in a snowy forest", "image_reference"),
    ("A 5 second video of the parrot in <image 0> flying over a jungle", "video_reference"),
    ("Use the pose video <video 0> to make an anime girl dancing", "video_control"),
)
