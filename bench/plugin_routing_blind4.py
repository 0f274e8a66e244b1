"""Fourth blind evaluation set for plugin task and tool routing.

Written blind: its author saw neither the planner's training or calibration data nor the other
benchmark sets, only the built-in task table and the built-in tool names. Evaluation only: never
train on it, and never use it to set thresholds or rules.

- ``TASKS4``: eight plugin tasks (one image or one video input each), four of them close to a built-in
  task (image_understanding, image_edit, video_edit, video_understanding).
- ``TOOLS4``: (tool, description, task) for one tool per plugin task, a second tool for two of them, and one
  plugin tool that serves the built-in task image_edit.
- ``TASK_REQUESTS4``: (request, plugin task), five natural requests per plugin task.
- ``TOOL_REQUESTS4``: (request, task, tool) for the three tasks that have two tools.
- ``OUT_OF_SCOPE4``: requests that neither the built-in nor the plugin tasks can serve.
- ``BUILTIN4``: (request, built-in task), ordinary built-in requests, several worded close to a plugin task.

One request was dropped before any run: it repeated, word for word, a phrase of the planner's own
outside-capability examples (the clean-evaluation test found it).
"""

from __future__ import annotations

from unison_agent.contracts.tasks import TaskSpec

TASKS4: tuple[TaskSpec, ...] = (
    TaskSpec.one_input(
        "image", name="plant_identification",
        output="text",
        description="Identify the plant species in a photo and give its common and scientific names.",
        examples=(
            "What plant is this? <image 0>",
            "Identify the flower in <image 0>",
            "Which species of tree is shown in <image 0>?",
        ),
    ),
    TaskSpec.one_input(
        "image", name="photo_rating",
        output="text",
        description="Score a photo's technical and artistic quality out of 10 with a short critique.",
        examples=(
            "Rate my photo <image 0>",
            "Give <image 0> a quality score and tell me what to improve",
            "How would a judge score this picture? <image 0>",
        ),
    ),
    TaskSpec.one_input(
        "image", name="document_scan",
        output="image",
        description="Flatten a phone photo of a paper page into a straight, evenly lit, scanner-like copy.",
        examples=(
            "Turn <image 0> into a scan",
            "Make this photo of a letter look scanned: <image 0>",
            "Deskew and clean up the page in <image 0>",
        ),
    ),
    TaskSpec.one_input(
        "image", name="photo_repair",
        output="image",
        description="Repair physical damage on scanned old prints: scratches, creases, tears, dust and stains.",
        examples=(
            "Repair the scratches on this old photo <image 0>",
            "Fix the creases and tears in <image 0>",
            "Restore this damaged print: <image 0>",
        ),
    ),
    TaskSpec.one_input(
        "video", name="video_highlights",
        output="video",
        description="Condense a long video into a short reel of its best moments.",
        examples=(
            "Make a highlight reel from <video 0>",
            "Cut <video 0> down to its best moments",
            "Create a 60-second highlights video of <video 0>",
        ),
    ),
    TaskSpec.one_input(
        "video", name="rep_counting",
        output="text",
        description="Count exercise repetitions in a workout video, per exercise and per set.",
        examples=(
            "Count the reps in <video 0>",
            "How many squats are in <video 0>?",
            "Count repetitions for each set in this workout: <video 0>",
        ),
    ),
    TaskSpec.one_input(
        "video", name="low_light_video",
        output="video",
        description="Brighten dark or night-time footage and remove its grainy noise without blowing out the lights.",
        examples=(
            "Brighten this dark video <video 0>",
            "Enhance the low-light footage in <video 0>",
            "Denoise and lighten my night clip <video 0>",
        ),
    ),
    TaskSpec.one_input(
        "video", name="long_exposure",
        output="image",
        description="Blend the frames of a video into one long-exposure still: light trails, silky water, star trails.",
        examples=(
            "Make a long exposure photo from <video 0>",
            "Create a light-trail image out of <video 0>",
            "Blend <video 0> into a single long-exposure shot",
        ),
    ),
)

TOOLS4: tuple[tuple[str, str, str], ...] = (
    ("flora_lens", "Recognises plants, flowers, trees and weeds in a photo and names the species.",
     "plant_identification"),
    ("photo_critic", "Rates a photo out of 10 on focus, exposure and composition and writes a brief critique.",
     "photo_rating"),
    ("docscan_mono", "Scans a photographed page into crisp, high-contrast black and white, best for typed text.",
     "document_scan"),
    ("docscan_color", "Scans a photographed page keeping its colours: stamps, highlighter, drawings, coloured forms.",
     "document_scan"),
    ("print_restorer", "Removes scratches, dust, creases, tears and stains from scans of old photographic prints.",
     "photo_repair"),
    ("highlight_sports", "Builds a highlight reel of a sports video from its action peaks: goals, dunks, big plays.",
     "video_highlights"),
    ("highlight_vlog", "Builds a highlight reel of a travel or family video from laughs, talking moments and views.",
     "video_highlights"),
    ("rep_tracker", "Tracks body pose in a workout video and counts the repetitions of each exercise.",
     "rep_counting"),
    ("night_vision", "Brightens and denoises underexposed, night-time or candle-lit video footage.",
     "low_light_video"),
    ("long_exposure_blend", "Stacks video frames into one long-exposure still image.", "long_exposure"),
    ("sky_replace", "Replaces the sky in an outdoor photo with another sky: sunset, stars, clouds or clear blue.",
     "image_edit"),
)

TASK_REQUESTS4: tuple[tuple[str, str], ...] = (
    # plant_identification
    ("found this weed taking over my fence line, any idea what it is? <image 0>", "plant_identification"),
    ("<image 0> my grandma's houseplant, what's it called so I can look up how to water it", "plant_identification"),
    ("name of this shrub pls <image 0>", "plant_identification"),
    ("Is the succulent in <image 0> an echeveria or something else? I need the proper latin name.",
     "plant_identification"),
    ("We saw these little purple wildflowers on a hike (<image 0>) - what species are they?", "plant_identification"),
    # photo_rating
    ("<image 0> honest rating out of 10? thinking of entering it in a photo contest", "photo_rating"),
    ("how good is this shot technically? exposure, focus, framing <image 0>", "photo_rating"),
    ("Grade my picture <image 0> the way a photography club judge would", "photo_rating"),
    ("is <image 0> sharp and well composed enough for my portfolio? give it a score", "photo_rating"),
    ("critique pls <image 0>", "photo_rating"),
    # document_scan
    ("<image 0> make this receipt look like it went through a scanner, accounting needs it", "document_scan"),
    ("I took a pic of my lease at an angle, can you turn it into a proper flat scan? <image 0>", "document_scan"),
    ("scan-ify this homework page <image 0>", "document_scan"),
    ("The handout in <image 0> is shadowy and skewed - I need a clean straight copy for printing", "document_scan"),
    ("convert photo of signed form to scanned doc <image 0>", "document_scan"),
    # photo_repair
    ("<image 0> this is the only wedding photo of my grandparents and there's a big crease across it, can you fix it?",
     "photo_repair"),
    ("get rid of the dust specks and scratches on my scanned slide <image 0>", "photo_repair"),
    ("the corner of this old print got torn off and there's a water stain, please mend it <image 0>", "photo_repair"),
    ("Clean up the cracks in this 1940s family portrait: <image 0>", "photo_repair"),
    ("fix damage on old photo <image 0>", "photo_repair"),
    # video_highlights
    ("<video 0> is 2 hours of my kid's soccer tournament, I just want the good bits in like a minute",
     "video_highlights"),
    ("make a best-of from this gameplay recording <video 0>", "video_highlights"),
    ("can you cut our wedding footage <video 0> down to a short recap of the top moments?", "video_highlights"),
    ("Highlight reel please. <video 0>", "video_highlights"),
    ("turn my 40 min GoPro file from the ski day into a quick montage of the best runs: <video 0>",
     "video_highlights"),
    # rep_counting
    ("how many pushups did I actually do in <video 0>", "rep_counting"),
    ("<video 0> count my squats, I lost track after 20", "rep_counting"),
    ("Tally the reps in each set of this deadlift clip <video 0>", "rep_counting"),
    ("my coach wants to know how many burpees I managed in the 2 minute test, here's the recording <video 0>",
     "rep_counting"),
    ("number of pull-ups in <video 0>?", "rep_counting"),
    # low_light_video
    ("my concert clip <video 0> is basically black, can you make it visible", "low_light_video"),
    ("<video 0> filmed at dusk on my phone and it's super murky, please fix", "low_light_video"),
    ("Enhance this night-time dashcam footage so I can see what happened: <video 0>", "low_light_video"),
    ("the birthday party video is too dark and grainy, only the candles lit the room. <video 0>", "low_light_video"),
    ("lighten up <video 0>", "low_light_video"),
    # long_exposure
    ("<video 0> I filmed the highway at night, can you turn it into one of those light trail photos?",
     "long_exposure"),
    ("make a single picture from this waterfall clip where the water looks smooth like silk <video 0>",
     "long_exposure"),
    ("Star trail image from my night sky timelapse <video 0> please", "long_exposure"),
    ("stack all the frames of <video 0> into one still so the crowd melts into a blur", "long_exposure"),
    ("slow shutter look photo from <video 0>", "long_exposure"),
)

TOOL_REQUESTS4: tuple[tuple[str, str, str], ...] = (
    # document_scan
    ("scan <image 0> in plain black and white, it's just a typed letter", "document_scan", "docscan_mono"),
    ("I need a scan of this permission slip with the teacher's coloured highlighter marks kept <image 0>",
     "document_scan", "docscan_color"),
    ("use docscan_color on <image 0>", "document_scan", "docscan_color"),
    # video_highlights
    ("<video 0> is the full basketball game, make a reel of the dunks and three-pointers", "video_highlights",
     "highlight_sports"),
    ("Our family trip to Japan, <video 0>, boil it down to the sweet moments, everyone laughing and the pretty views",
     "video_highlights", "highlight_vlog"),
    ("highlight_sports on this hockey match please <video 0>", "video_highlights", "highlight_sports"),
    # image_edit: built-in edit vs plugin sky_replace
    ("swap the grey overcast sky in <image 0> for a dramatic sunset", "image_edit", "sky_replace"),
    ("put a starry night sky above the mountains in <image 0>", "image_edit", "sky_replace"),
    ("Remove the trash can from the sidewalk in <image 0>", "image_edit", "edit"),
    ("make the car in <image 0> red", "image_edit", "edit"),
)

OUT_OF_SCOPE4: tuple[str, ...] = (
    "Transcribe the voicemail I got this morning and email it to me",
    "<image 0> order this exact lamp from Amazon for me",
    "Turn this podcast episode into a 5-minute audio summary",
    "Make a 3D printable model of the vase in <image 0>",
    "What's the current price of Bitcoin?",
    "Book a table for two at an Italian place near me tonight",
    "Convert the attached Excel file into a PDF report",
    "Post <video 0> to my Instagram story",
    "Remove the background hiss from my voice memo recording",
    "Generate a soundtrack audio file to go with <image 0>",
    "Export the audio from <video 0> as an mp3",
)

BUILTIN4: tuple[tuple[str, str], ...] = (
    ("What dog breed is in <image 0>?", "image_understanding"),
    ("Make <image 0> look like an old damaged vintage photo with scratches and creases", "image_edit"),
    ("Remove the power lines from the sky in <image 0>", "image_edit"),
    ("Turn <video 0> into a moody night-time scene", "video_edit"),
    ("What exercise is the woman doing in <video 0>?", "video_understanding"),
    ("What's the funniest moment in <video 0>?", "video_understanding"),
    ("Give me a 4-week beginner pushup training plan", "text_understanding"),
    ("Generate a long-exposure photo of a highway at night with red and white light trails", "text_to_image"),
    ("Make a short video of a forest waterfall with silky flowing water", "text_to_video"),
    ("Animate <image 0> so the leaves of the plant sway gently in the wind", "image_to_video"),
    ("Create a picture of my cat from <image 0> as an astronaut", "image_reference"),
    ("Generate a watercolor cityscape that follows the edges in <image 0>", "image_control"),
    ("Make a video of a robot dancing with exactly the moves in <video 0>", "video_control"),
    ("Make a video of the character in <image 0> walking through a busy market", "video_reference"),
    ("Is the document in <image 0> a lease or a purchase agreement?", "image_understanding"),
)
