"""A second, blind evaluation set for plugin-task routing.

Written blind: its author had not seen the planner's training or calibration data, nor the data of
the first plugin-routing benchmark (``plugin_routing_data.py``), and worked only from the task
contract (``unison_agent/contracts/tasks.py``) and the built-in tool names. It is for evaluation
only: never train on it, and never use it to pick thresholds or other calibration values, or it
stops measuring how routing generalises to plugins nobody tuned for.

Contents:

- ``BLIND_TASKS``: eight plugin tasks, declared the way a plugin author would (a one-sentence
  description and a few example requests). Several sit close to a built-in task on purpose
  (``read_text`` and ``nsfw_check`` next to ``image_understanding``, ``count_people`` next to
  ``video_understanding``, ``pixel_art``/``restore_photo``/``deblur`` next to ``image_edit``,
  ``depth_map`` next to ``image_control``).
- ``BLIND_TOOLS``: ``(tool, description, task)``; two tools each for ``read_text`` and
  ``trim_video``, and one plugin tool (``vintage_filter``) for the built-in ``image_edit``.
- ``BLIND_TASK_REQUESTS``: ``(request, task)``, five per blind task, none a paraphrase of the
  task's own examples.
- ``BLIND_TOOL_REQUESTS``: ``(request, task, tool)`` where more than one tool serves the task.
- ``BLIND_OUT_OF_SCOPE``: requests no built-in nor blind task can serve (should be refused).
- ``BLIND_BUILTIN``: ``(request, built-in task)`` that must not go to a blind task nor be refused.
"""

from __future__ import annotations

from unison_agent.contracts.tasks import TaskSpec

BLIND_TASKS: tuple[TaskSpec, ...] = (
    TaskSpec.one_input(
        "image", name="read_text", output="text",
        description="Read the printed or handwritten text in an image and return it as plain text (OCR).",
        examples=("Extract the text from <image 0>.", "<image 0> type out what the label says, word for word.",
                  "Transcribe the handwritten note in <image 0>."),
    ),
    TaskSpec.one_input(
        "video", name="count_people", output="text",
        description="Count how many different people appear in a video and report the number.",
        examples=("How many people are in <video 0>?", "<video 0> count the pedestrians.",
                  "Give me a headcount for the crowd in <video 0>."),
    ),
    TaskSpec.one_input(
        "image", name="pixel_art", output="image",
        description="Convert an image into low-resolution pixel art with a limited colour palette.",
        examples=("Turn <image 0> into pixel art.", "<image 0> as an 8-bit sprite.",
                  "Make a 32x32 pixel-art version of <image 0>."),
    ),
    TaskSpec.one_input(
        "image", name="depth_map", output="image",
        description="Estimate the depth of a photo as a greyscale depth map: near is bright, far is dark.",
        examples=("Estimate the depth of <image 0>.", "<image 0> give me a depth map.",
                  "Show how far away everything in <image 0> is as a depth image."),
    ),
    TaskSpec.one_input(
        "image", name="restore_photo", output="image",
        description="Repair a damaged old photograph: fix scratches, tears, creases, stains and fading.",
        examples=("Restore the old photo <image 0>.", "<image 0> fix the scratches and the torn corner.",
                  "Repair the water damage on <image 0>."),
    ),
    TaskSpec.one_input(
        "video", name="trim_video", output="video",
        description="Cut a video down to a chosen time range, keeping only that part.",
        examples=("Trim <video 0> to the first 10 seconds.", "<video 0> keep only 0:45 to 1:20.",
                  "Cut the last 5 seconds off <video 0>."),
    ),
    TaskSpec.one_input(
        "image", name="nsfw_check", output="text",
        description="Check whether an image contains nudity, gore or other unsafe content and say if it is safe "
                    "for work.",
        examples=("Is <image 0> safe for work?", "<image 0> check for explicit content.",
                  "Screen <image 0> for anything inappropriate before I post it."),
    ),
    TaskSpec.one_input(
        "image", name="deblur", output="image",
        description="Remove motion blur or out-of-focus blur from a photo so it looks sharp.",
        examples=("Deblur <image 0>.", "<image 0> is blurry from camera shake, fix it.",
                  "Sharpen the out-of-focus shot <image 0>."),
    ),
)

BLIND_TOOLS: tuple[tuple[str, str, str], ...] = (
    ("quick_ocr", "Fast OCR for printed text in photos and screenshots: signs, labels, menus, slides.",
     "read_text"),
    ("handwriting_reader", "Slower, careful reader for handwriting: notes, cursive letters, scribbled whiteboards.",
     "read_text"),
    ("people_counter", "Tracks people through a video and reports how many distinct people appear.",
     "count_people"),
    ("pixelator", "Turns a picture into pixel art with a small retro palette.", "pixel_art"),
    ("depth_estimator", "Monocular depth estimation: outputs a greyscale depth map of a photo.", "depth_map"),
    ("photo_restorer", "Restores damaged old photographs: removes scratches, dust, creases, tears and stains.",
     "restore_photo"),
    ("fast_cut", "Cuts a video at the nearest keyframes without re-encoding: instant, but the cut may be off by up "
                 "to a second.", "trim_video"),
    ("exact_trim", "Frame-accurate trimming that re-encodes the clip: slower, but the cut lands exactly on the "
                   "given time.", "trim_video"),
    ("safety_screen", "Classifies an image as safe or not safe for work (nudity, gore, violence) with a short reason.",
     "nsfw_check"),
    ("deblurrer", "Removes camera-shake and out-of-focus blur from photos.", "deblur"),
    ("vintage_filter", "Gives a photo a vintage look: sepia tone, faded colours, film grain and a vignette; changes "
                       "nothing else.", "image_edit"),
)

BLIND_TASK_REQUESTS: tuple[tuple[str, str], ...] = (
    # read_text
    ("can you copy out everything written on the whiteboard in <image 0>? I need it as text", "read_text"),
    ("<image 0> I need the serial number off this sticker as something I can paste", "read_text"),
    ("Pull the ingredient list from the back of the package in <image 0> into plain text.", "read_text"),
    ("My friend sent me a photo of her recipe card, could you type it up for me? <image 0>", "read_text"),
    ("What's written on this? <image 0> just give me the words verbatim, nothing else", "read_text"),
    # count_people
    ("I need attendance numbers for the seminar, here's the recording of the room <video 0>", "count_people"),
    ("How big was the crowd at the march in <video 0>? give me a number", "count_people"),
    ("Count everyone who gets off the bus in <video 0>.", "count_people"),
    ("<video 0> is security footage from the lobby; how many different people came through?", "count_people"),
    ("roughly how many shoppers walk past the window in <video 0>", "count_people"),
    # pixel_art
    ("Can you make my cat <image 0> look like a character from an old NES game?", "pixel_art"),
    ("<image 0> chunky pixels and only a dozen colours please, like an old arcade game", "pixel_art"),
    ("I want a pixelated retro-game version of my profile picture <image 0> for Discord", "pixel_art"),
    ("Redo <image 0> as if it were shown on a Game Boy screen, with that four-shade green palette.", "pixel_art"),
    ("Turn this landscape into a pixel-art background for my 2D platformer game: <image 0>", "pixel_art"),
    # depth_map
    ("<image 0> I need the depth information for this room as an image, white close and black far", "depth_map"),
    ("Generate a depth pass for <image 0> so I can add fog in compositing.", "depth_map"),
    ("Which parts of <image 0> are closer to the camera? show it to me as a grayscale map", "depth_map"),
    ("I want to make a parallax scrolling effect from <image 0>, first I need its depth", "depth_map"),
    ("Compute a z-depth image from this photo <image 0>.", "depth_map"),
    # restore_photo
    ("This is the only picture I have of my great-grandparents <image 0>, it's cracked and faded. Can you bring it "
     "back?", "restore_photo"),
    ("<image 0> sat folded in a drawer for decades, please get rid of the crease lines and the spots",
     "restore_photo"),
    ("Clean up the dust specks and scratches on this scanned 1950s print: <image 0>", "restore_photo"),
    ("My dad's army photo <image 0> has a rip right across his face, can it be fixed?", "restore_photo"),
    ("Remove the mould stains from our old family portrait <image 0> and make it look like it did back then.",
     "restore_photo"),
    # trim_video
    ("<video 0> only keep the part between 2:10 and 2:40", "trim_video"),
    ("Can you chop off the boring first half-minute of <video 0>?", "trim_video"),
    ("I just want the goal from <video 0>, it happens from about 1:12 to 1:25.", "trim_video"),
    ("Shorten <video 0> so it ends at 0:58, the upload limit is one minute.", "trim_video"),
    ("Get rid of everything after the 3 minute mark in <video 0>.", "trim_video"),
    # nsfw_check
    ("Before I use <image 0> as the banner for our school site, is there anything in it not appropriate for kids?",
     "nsfw_check"),
    ("<image 0> would this get flagged by Instagram for nudity?", "nsfw_check"),
    ("Moderate this user upload <image 0>: acceptable for the forum or not?", "nsfw_check"),
    ("Quick NSFW check on <image 0> please.", "nsfw_check"),
    ("Does <image 0> contain anything sexual or gory that our community rules would ban?", "nsfw_check"),
    # deblur
    ("I took <image 0> from a moving train and everything is streaky, can you make it crisp?", "deblur"),
    ("<image 0> the autofocus locked on the background so my kid's face is soft, please fix the focus", "deblur"),
    ("Can you unblur the licence plate in <image 0>? It's smeared because the car was moving.", "deblur"),
    ("The runners in <image 0> are all smudged from motion, make the shot clean and sharp.", "deblur"),
    ("<image 0> this picture came out fuzzy, the lens wasn't focused. Can you make it clear?", "deblur"),
)

BLIND_TOOL_REQUESTS: tuple[tuple[str, str, str], ...] = (
    # read_text: printed vs handwritten
    ("Read the shopping list my grandma scribbled in <image 0>, it's all in cursive.", "read_text",
     "handwriting_reader"),
    ("Use quick_ocr to pull the text off the slide in <image 0>.", "read_text", "quick_ocr"),
    ("Copy the text from this screenshot <image 0> so I can paste it into an email.", "read_text", "quick_ocr"),
    # trim_video: fast vs frame-accurate
    ("Cut <video 0> from 1:05.12 to 1:30 with exact_trim.", "trim_video", "exact_trim"),
    ("Trim <video 0> to the first minute with fast_cut.", "trim_video", "fast_cut"),
    ("I just need a rough cut of <video 0> from 2:00 to 3:00, as quick as possible, a second either way is fine.",
     "trim_video", "fast_cut"),
    # image_edit: the vintage_filter plugin vs the built-in edit
    ("Make <image 0> look like a faded photo from the 1970s, sepia and grainy.", "image_edit", "vintage_filter"),
    ("Apply vintage_filter to <image 0>.", "image_edit", "vintage_filter"),
    ("Use edit to put a party hat on the dog in <image 0>.", "image_edit", "edit"),
    ("<image 0> swap the red car for a vintage motorbike.", "image_edit", "edit"),
)

BLIND_OUT_OF_SCOPE: tuple[str, ...] = (
    "Print <image 0> on A4 paper on my office printer.",
    "Convert <video 0> to an mp3 so I can listen to it in the car.",
    "Create an Excel file with columns for date and amount and email it to me.",
    "Write down word for word what the narrator says in the audio of <video 0>.",
    "Translate the menu in <image 0> into Japanese and read it aloud to me.",
    "Upload <video 0> to my YouTube channel as unlisted.",
    "Set a reminder for 7am tomorrow to call the dentist.",
    "Compose a 30-second piano jingle for my podcast intro.",
    "Turn <image 0> into a 3D model I can send to my 3D printer.",
    "Send <image 0> to my mum on WhatsApp.",
    "Book me a table for two at an Italian restaurant near me tonight.",
    "Remove the wind noise from the soundtrack of <video 0>.",
)

BLIND_BUILTIN: tuple[tuple[str, str], ...] = (
    ("What's the difference between OCR and handwriting recognition, in plain words?", "text_understanding"),
    ("<image 0> is this mushroom safe to eat?", "image_understanding"),
    ("How many people are sitting at the table in <image 0>?", "image_understanding"),
    ("<video 0> what colour shirt is the player who scores wearing?", "video_understanding"),
    ("Draw a pixel-art castle on a floating island.", "text_to_image"),
    ("Generate a sepia photo of a 1920s street with horse-drawn carriages.", "text_to_image"),
    ("A short clip of a crowd crossing a busy intersection at rush hour.", "text_to_video"),
    ("Make <image 0> look like a watercolour painting.", "image_edit"),
    ("Replace the cloudy sky in <image 0> with a clear blue one.", "image_edit"),
    ("Here's a depth map <image 0>: generate a jungle temple that follows it.", "image_control"),
    ("Show the teddy bear from <image 0> having a picnic in a forest.", "image_reference"),
    ("Animate <image 0> so the waves roll onto the shore.", "image_to_video"),
    ("Make a video of the dog from <image 0> surfing a wave.", "video_reference"),
    ("<video 0> replace the crowd in the stands with cartoon animals.", "video_edit"),
    ("Using the pose sequence in <video 0>, make an astronaut dance on the moon.", "video_control"),
)
