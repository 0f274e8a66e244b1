"""Twelfth blind evaluation set for plugin task and tool routing. Written blind: its author saw neither the planner's
training or calibration data nor the other benchmark sets, only the built-in task table and the built-in tool names.
Evaluation only: never train on it, and never use it to set thresholds or rules.

The helper's brief listed the earlier sets' domains to avoid and asked for at least three specialised versions of
a built-in task; it named no request categories. One out-of-scope request ("Set an alarm for 6:30 and turn the
bedroom lights off.") shared a 6-word run with the action probe's data and was dropped before any run.

Domains: chess positions from board photos, hair colour try-on, passport / ID photos, rock and gemstone
identification, dance choreography breakdowns, cinematic film-look colour grading, animated weather effects on
stills, and video-to-comic-strip pages.

- ``TASKS12``: eight plugin tasks (one image or one video in; image, video or text out). Four of them are
  specialised versions of built-in tasks (hair colour and ID photos ~ image_edit, film looks ~ video_edit,
  weather animation ~ image_to_video; rock identification ~ image_understanding), so their wording overlaps.
- ``TOOLS12``: twelve (tool_name, tool_description, task_name) tuples: one tool per plugin task, a second tool with a
  different specialty for hair_color_preview, mineral_identifier and film_look_grade, and one specialised tool
  (an object eraser) serving the built-in image_edit task.
- ``TASK_REQUESTS12``: five user requests per plugin task (40), as (request, expected_task).
- ``TOOL_REQUESTS12``: four requests for each two-tool task (12), as (request, task, tool), two per tool.
- ``OUT_OF_SCOPE12``: twelve requests that no built-in or plugin task can serve (sound, live data, acting on an
  account or device, file formats), some worded close to the plugin domains.
- ``BUILTIN12``: sixteen ordinary requests for built-in tasks, as (request, builtin_task_name), several worded close
  to the plugin domains.
"""

from __future__ import annotations

from unison_agent.contracts.tasks import TaskSpec

TASKS12: tuple[TaskSpec, ...] = (
    TaskSpec.one_input(
        "image", name="chess_position_reader", output="text",
        description="Recognise the pieces on a photo or screenshot of a chessboard and write out the position "
                    "(FEN and piece list), whose move it is, and the strongest continuation.",
        examples=("<image 0> give me the FEN of this board.",
                  "Read the position in <image 0> and tell me the best move for white.",
                  "<image 0> list every piece and its square."),
    ),
    TaskSpec.one_input(
        "image", name="hair_color_preview", output="image",
        description="Recolour the hair of the person in a photo to preview a dye shade, highlights or balayage, "
                    "keeping face, skin and background unchanged.",
        examples=("<image 0> show me with copper red hair.",
                  "Preview platinum blonde highlights on <image 0>.",
                  "<image 0> what would a dark chocolate brown look like on me?"),
    ),
    TaskSpec.one_input(
        "image", name="id_photo_maker", output="image",
        description="Turn a portrait into a compliant passport, visa or ID photo: crop to the official size and head "
                    "position, plain background, even lighting.",
        examples=("<image 0> make this a 35x45 mm passport photo.",
                  "Turn <image 0> into a US visa photo with a white background.",
                  "<image 0> I need an ID card picture from this."),
    ),
    TaskSpec.one_input(
        "image", name="mineral_identifier", output="text",
        description="Identify the rock, mineral, crystal or gemstone in a photo and explain the visible features "
                    "(lustre, habit, colour, cleavage) that point to it.",
        examples=("<image 0> what mineral is this?", "Identify the crystal in <image 0>.",
                  "<image 0> is this granite or something else?"),
    ),
    TaskSpec.one_input(
        "video", name="dance_move_breakdown", output="text",
        description="Break a dance video down into its choreography: name the steps, give counts and timing, and "
                    "write the sequence so it can be learned.",
        examples=("<video 0> write out the choreography in 8-counts.", "Name the dance moves in <video 0>.",
                  "<video 0> give me a step-by-step breakdown of this routine."),
    ),
    TaskSpec.one_input(
        "video", name="film_look_grade", output="video",
        description="Colour-grade a video to a cinematic look: film stock emulation, teal and orange, bleach bypass, "
                    "day-for-night and similar grades, with optional grain.",
        examples=("<video 0> grade this like a Kodak film stock.", "Give <video 0> a moody cinematic grade.",
                  "<video 0> apply a bleach bypass look."),
    ),
    TaskSpec.one_input(
        "image", name="weather_animation", output="video",
        description="Turn a still photo into a short clip with animated weather added: falling rain, snow, drifting "
                    "fog, lightning or moving clouds, while the scene stays still.",
        examples=("<image 0> make it snow in this picture as a short video.",
                  "Add falling rain and a flash of lightning to <image 0>, animated.",
                  "<image 0> animate rolling fog over this valley."),
    ),
    TaskSpec.one_input(
        "video", name="comic_strip_maker", output="image",
        description="Turn a video into a single comic-strip page: pick the key moments, draw them as illustrated "
                    "panels and add captions or speech bubbles.",
        examples=("<video 0> make a four-panel comic out of this.", "Turn <video 0> into a manga page.",
                  "<video 0> comic strip with speech bubbles, please."),
    ),
)

TOOLS12: tuple[tuple[str, str, str], ...] = (
    ("chess_board_reader",
     "Detects the board and pieces in a chess photo or screenshot, outputs FEN and runs an engine for the best move.",
     "chess_position_reader"),
    ("hair_dye_simulator",
     "Realistic salon hair colours on a portrait: natural shades, grey coverage, highlights, lowlights, balayage.",
     "hair_color_preview"),
    ("fantasy_hair_colorizer",
     "Vivid fantasy hair colours on a portrait: neon, pastel, rainbow, split dye and multi-tone ombre.",
     "hair_color_preview"),
    ("id_photo_formatter",
     "Crops and formats a portrait to official passport, visa and ID photo specs for many countries.",
     "id_photo_maker"),
    ("rock_mineral_identifier",
     "Identifies raw rocks, minerals, crystals and fossils in field or specimen photos.",
     "mineral_identifier"),
    ("gemstone_identifier",
     "Identifies cut and polished gemstones in jewellery photos and flags likely glass or synthetic stones.",
     "mineral_identifier"),
    ("dance_choreo_notator",
     "Recognises dance steps in a video and writes the choreography as named moves with counts.",
     "dance_move_breakdown"),
    ("film_stock_emulator",
     "Grades footage to emulate classic film stocks (Kodak, Fuji, Ilford) with halation and grain.",
     "film_look_grade"),
    ("day_for_night_grader",
     "Grades daytime footage so it looks shot at night: darkened sky, moonlit blue tones, lowered exposure.",
     "film_look_grade"),
    ("weather_animator",
     "Adds animated rain, snow, fog, lightning or moving clouds to a still photo and renders a short clip.",
     "weather_animation"),
    ("clip_to_comic",
     "Picks key frames from a video, redraws them as comic or manga panels and lays them out with speech bubbles.",
     "comic_strip_maker"),
    ("object_eraser",
     "Removes unwanted objects, people, wires or blemishes from a photo and fills the gap to match the background.",
     "image_edit"),
)

TASK_REQUESTS12: tuple[tuple[str, str], ...] = (
    # chess_position_reader
    ("<image 0> whats the fen for this", "chess_position_reader"),
    ("Took a photo of the puzzle in today's newspaper <image 0>. Black to move, what's the winning line?",
     "chess_position_reader"),
    ("<image 0> I paused my game halfway through, can you write down where all the pieces are so I can set it "
     "up again tomorrow?", "chess_position_reader"),
    ("Could you transcribe the position on the board in <image 0> into notation I can paste into an analysis "
     "board?", "chess_position_reader"),
    ("<image 0> my kid and I disagree. is white actually ahead here and what should they play next",
     "chess_position_reader"),
    # hair_color_preview
    ("<image 0> what would I look like as a redhead?", "hair_color_preview"),
    ("Thinking about going blonde for summer but scared. Can you show me on <image 0> first, like a honey blonde?",
     "hair_color_preview"),
    ("<image 0> try some subtle caramel highlights on my hair pls", "hair_color_preview"),
    ("Please dye the hair in <image 0> jet black and keep everything else exactly the same.",
     "hair_color_preview"),
    ("<image 0> grey roots are showing, show me with a warm chestnut colour all over", "hair_color_preview"),
    # id_photo_maker
    ("<image 0> need this as a passport photo for the UK renewal", "id_photo_maker"),
    ("Can you fix <image 0> so it meets Schengen visa photo rules? Background has to be light grey.",
     "id_photo_maker"),
    ("<image 0> make me a 2x2 inch photo w/ white background for my green card application", "id_photo_maker"),
    ("My student card needs a head-and-shoulders photo with a plain backdrop. Here's a selfie <image 0>.",
     "id_photo_maker"),
    ("<image 0> crop to official ID size, center my face, remove the bookshelf behind me", "id_photo_maker"),
    # mineral_identifier
    ("<image 0> found this on a hike in the Alps, what kind of rock is it?", "mineral_identifier"),
    ("Is the shiny gold stuff in <image 0> real gold or pyrite?", "mineral_identifier"),
    ("<image 0> picked up this purple crystal at a flea market, any idea what it is", "mineral_identifier"),
    ("What mineral am I looking at in <image 0>? It's very soft and flakes into thin sheets.", "mineral_identifier"),
    ("<image 0> my son says this is obsidian, is he right?", "mineral_identifier"),
    # dance_move_breakdown
    ("<video 0> break down the choreo into 8-counts so I can learn it for the wedding", "dance_move_breakdown"),
    ("What's the name of the move she does right after the spin in <video 0>?", "dance_move_breakdown"),
    ("<video 0> write out the steps of this salsa routine, leader's part only", "dance_move_breakdown"),
    ("Can you teach me this tiktok dance <video 0>? Just list the moves in order with timing.",
     "dance_move_breakdown"),
    ("<video 0> our ballet teacher filmed the combination, i need it written down step by step",
     "dance_move_breakdown"),
    # film_look_grade
    ("<video 0> give this the Kodak Portra look", "film_look_grade"),
    ("<video 0> grade it teal and orange like a Michael Bay movie", "film_look_grade"),
    ("Make my travel vlog <video 0> look more cinematic. Moody, desaturated greens, a little film grain.",
     "film_look_grade"),
    ("<video 0> can u do a bleach bypass grade, gritty war film style", "film_look_grade"),
    ("I shot <video 0> at noon but the scene is supposed to happen at night. Can you fix the colours to sell it?",
     "film_look_grade"),
    # weather_animation
    ("<image 0> make it rain in this photo, few seconds of video", "weather_animation"),
    ("Could you animate snow falling over our house in <image 0>? Want it for a Christmas card video.",
     "weather_animation"),
    ("<image 0> add fog drifting through the trees, moving, like a short clip", "weather_animation"),
    ("<image 0> storm vibes: dark clouds rolling in and lightning flashes, animated pls", "weather_animation"),
    ("Turn <image 0> into a little looping-ish video where raindrops hit the window", "weather_animation"),
    # comic_strip_maker
    ("<video 0> turn this clip into a 6 panel comic with speech bubbles", "comic_strip_maker"),
    ("Make a manga page from my skateboarding clip <video 0>.", "comic_strip_maker"),
    ("<video 0> my dog stealing the sandwich, make it a funny comic strip", "comic_strip_maker"),
    ("Could you draw the key moments of <video 0> as comic book panels, Marvel style, with captions?",
     "comic_strip_maker"),
    ("<video 0> i want a one-page comic of our camping trip from this video", "comic_strip_maker"),
)

TOOL_REQUESTS12: tuple[tuple[str, str, str], ...] = (
    # hair_color_preview
    ("<image 0> show me with a soft ash brown that covers my greys, nothing too dramatic",
     "hair_color_preview", "hair_dye_simulator"),
    ("Use hair_dye_simulator on <image 0>: a natural-looking caramel balayage.",
     "hair_color_preview", "hair_dye_simulator"),
    ("<image 0> neon pink and electric blue split dye!!", "hair_color_preview", "fantasy_hair_colorizer"),
    ("Run fantasy_hair_colorizer on <image 0> with a pastel mermaid ombre.",
     "hair_color_preview", "fantasy_hair_colorizer"),
    # mineral_identifier
    ("<image 0> found this lumpy grey rock with white bands in a creek bed, what is it?",
     "mineral_identifier", "rock_mineral_identifier"),
    ("Please use rock_mineral_identifier on the specimen in <image 0>.",
     "mineral_identifier", "rock_mineral_identifier"),
    ("<image 0> is the blue stone in my grandma's ring a real sapphire or just glass?",
     "mineral_identifier", "gemstone_identifier"),
    ("gemstone_identifier please: the faceted green stone in this pendant <image 0>",
     "mineral_identifier", "gemstone_identifier"),
    # film_look_grade
    ("<video 0> emulate Fuji Velvia 50 on this, with a bit of halation", "film_look_grade", "film_stock_emulator"),
    ("Run film_stock_emulator on <video 0>, Kodak Vision3 500T with grain.", "film_look_grade",
     "film_stock_emulator"),
    ("<video 0> make this sunny street scene look like it was shot at night, moonlit blue",
     "film_look_grade", "day_for_night_grader"),
    ("Use day_for_night_grader on the desert chase in <video 0>.", "film_look_grade", "day_for_night_grader"),
)

OUT_OF_SCOPE12: tuple[str, ...] = (
    "Play e4 for me in my ongoing game on my chess.com account.",
    "Book me a colour appointment at a hair salon near me for Saturday morning.",
    "What's the going price per carat for Ceylon sapphires on the market today?",
    "<image 0> submit this passport photo to the online renewal portal with my application.",
    "<video 0> what song are they dancing to? I can't make out the lyrics.",
    "Compose a backing track with a 120 bpm beat to go with my dance video <video 0>.",
    "<video 0> export the grade as a .cube LUT file I can load into Premiere.",
    "<image 0> convert this rock into an STL mesh so I can 3D print it.",
    "Is it going to snow in Oslo tomorrow afternoon?",
    "<image 0> print four copies of this on my home printer, photo paper.",
    "<video 0> translate what the narrator says into Spanish.",
)

BUILTIN12: tuple[tuple[str, str], ...] = (
    ("<image 0> what is this chessboard made of, is it walnut?", "image_understanding"),
    ("Explain the castling rules in chess, including when you're not allowed to castle.", "text_understanding"),
    ("<image 0> remove the hair clip from my hair and smooth out the flyaways", "image_edit"),
    ("<image 0> crop this selfie to a square and brighten it a little", "image_edit"),
    ("<image 0> describe the landscape around this quarry", "image_understanding"),
    ("Write a short poem about amethyst geodes.", "text_understanding"),
    ("Generate an image of a cracked-open geode full of purple crystals.", "text_to_image"),
    ("Make a short video of snow falling over a mountain village at night.", "text_to_video"),
    ("<image 0> make this photo look like winter: snow on the ground and on the roofs", "image_edit"),
    ("<image 0> animate this so the woman in the picture turns and waves", "image_to_video"),
    ("<video 0> what are the dancers wearing?", "video_understanding"),
    ("<video 0> make a robot perform exactly these dance moves", "video_control"),
    ("<video 0> replace the overcast sky with a sunset", "video_edit"),
    ("Draw a comic-book style illustration of a cat detective in a rainy city.", "text_to_image"),
    ("<image 0> use this photo of me and make a picture of me as an astronaut on the moon", "image_reference"),
    ("<image 0> make a video of this exact dog running along a beach", "video_reference"),
)
