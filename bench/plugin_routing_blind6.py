"""Sixth blind evaluation set for plugin task and tool routing.

Written blind: its author saw neither the planner's training or calibration data nor the other
benchmark sets, only the built-in task table and the built-in tool names. Evaluation only: never
train on it, and never use it to set thresholds or rules.

- ``TASKS6``: eight plugin tasks (restoration, depth estimation, OCR, nutrition estimation,
  stabilization, frame interpolation, scene-cut detection, thumbnail picking), one input each.
- ``TOOLS6``: twelve plugin tools: one per plugin task, a second specialised tool for three
  tasks, and one plugin tool serving a built-in task.
- ``TASK_REQUESTS6``: five natural user requests per plugin task, labelled with the task.
- ``TOOL_REQUESTS6``: requests for the two-tool tasks, labelled with task and preferred tool.
- ``OUT_OF_SCOPE6``: requests no built-in or plugin task can serve.
- ``BUILTIN6``: ordinary requests for built-in tasks, some worded near the plugin tasks.

One request was dropped before any run: it shared a run of six words with the planner's own
outside-capability examples or the action probe's data (the clean-evaluation test found it).
"""

from __future__ import annotations

from unison_agent.contracts.tasks import TaskSpec

TASKS6: tuple[TaskSpec, ...] = (
    TaskSpec.one_input(
        "image", name="old_photo_restoration",
        output="image",
        description="Restores old or damaged photographs by repairing scratches, tears, stains and fading.",
        examples=(
            "restore old photo <image 0>",
            "remove scratches and dust from scan <image 0>",
            "repair faded vintage print <image 0>",
        ),
    ),
    TaskSpec.one_input(
        "image", name="depth_map_estimation",
        output="image",
        description="Estimates per-pixel scene depth from a single photo and returns it as a grayscale depth map.",
        examples=(
            "depth map of <image 0>",
            "estimate monocular depth <image 0>",
            "z-depth image from photo <image 0>",
        ),
    ),
    TaskSpec.one_input(
        "image", name="text_extraction_ocr",
        output="text",
        description="Extracts all readable text from an image (documents, receipts, signs, notes) as plain text.",
        examples=(
            "ocr <image 0>",
            "extract text from scan <image 0>",
            "transcribe document image <image 0>",
        ),
    ),
    TaskSpec.one_input(
        "image", name="meal_nutrition_estimate",
        output="text",
        description="Estimates calories and macronutrients of the food shown in a meal photo.",
        examples=(
            "calories in <image 0>",
            "macro breakdown for meal <image 0>",
            "nutrition estimate of plate <image 0>",
        ),
    ),
    TaskSpec.one_input(
        "video", name="video_stabilization",
        output="video",
        description="Removes camera shake and jitter from handheld or action footage.",
        examples=(
            "stabilize <video 0>",
            "remove camera shake <video 0>",
            "deshake footage <video 0>",
        ),
    ),
    TaskSpec.one_input(
        "video", name="frame_interpolation_slowmo",
        output="video",
        description="Synthesizes intermediate frames to raise frame rate or create smooth slow motion.",
        examples=(
            "interpolate frames <video 0>",
            "4x slow motion <video 0>",
            "convert 30fps to 120fps <video 0>",
        ),
    ),
    TaskSpec.one_input(
        "video", name="video_scene_cuts",
        output="text",
        description="Detects shot boundaries in a video and lists each scene with start and end timestamps.",
        examples=(
            "detect scene cuts <video 0>",
            "shot boundary list <video 0>",
            "timestamps of scene changes <video 0>",
        ),
    ),
    TaskSpec.one_input(
        "video", name="video_thumbnail_pick",
        output="image",
        description="Selects the most representative, sharp and appealing frame of a video and returns it as an image.",
        examples=(
            "best thumbnail frame <video 0>",
            "pick cover still <video 0>",
            "export sharpest keyframe <video 0>",
        ),
    ),
)

TOOLS6: tuple[tuple[str, str, str], ...] = (
    (
        "photo_revive",
        "Repairs physical damage on scanned prints: scratches, creases, tears, stains and fading, and rebalances"
        " washed-out colours.",
        "old_photo_restoration",
    ),
    (
        "face_restore_gfp",
        "Recovers sharp, detailed faces in old, blurry or low-resolution portraits and group photos; leaves the"
        " rest of the picture mostly untouched.",
        "old_photo_restoration",
    ),
    (
        "mono_depth",
        "Monocular depth estimator that turns one photo into a normalized grayscale depth map.",
        "depth_map_estimation",
    ),
    (
        "ocr_reader",
        "Extracts printed or typed text from documents, receipts, signs and screenshots, keeping line and"
        " paragraph layout.",
        "text_extraction_ocr",
    ),
    (
        "handwriting_ocr",
        "Transcribes handwritten notes, letters and cursive script into plain text.",
        "text_extraction_ocr",
    ),
    (
        "calorie_lens",
        "Recognizes dishes and portion sizes in a food photo and estimates kcal, protein, carbs and fat.",
        "meal_nutrition_estimate",
    ),
    (
        "steady_cam",
        "Smooths general handheld shake and jitter with minimal cropping.",
        "video_stabilization",
    ),
    (
        "horizon_leveler",
        "Locks the horizon level in helmet, action-camera or drone footage that rolls and tilts, removing"
        " rotation.",
        "video_stabilization",
    ),
    (
        "rife_interpolator",
        "Optical-flow frame interpolation for frame-rate upconversion and smooth slow motion.",
        "frame_interpolation_slowmo",
    ),
    (
        "scene_splitter",
        "Finds hard cuts and fades in a video and outputs a timestamped shot list.",
        "video_scene_cuts",
    ),
    (
        "thumb_picker",
        "Scores frames for sharpness, faces and composition and exports the best one as a still image.",
        "video_thumbnail_pick",
    ),
    (
        "bg_remover",
        "Removes the background from a photo and returns the subject as a transparent cutout.",
        "image_edit",
    ),
)

TASK_REQUESTS6: tuple[tuple[str, str], ...] = (
    # old_photo_restoration
    ("found this in my grandmas attic, its all cracked and yellowed. can you make <image 0> look like it did in"
     " 1962", "old_photo_restoration"),
    ("<image 0> fix the scratches and the torn corner pls", "old_photo_restoration"),
    ("Could you clean up this faded old family picture? <image 0> The colours have gone all brownish and there"
     " are dust spots everywhere.", "old_photo_restoration"),
    ("repair the water damage on <image 0>", "old_photo_restoration"),
    ("make this old wedding photo look new again <image 0>", "old_photo_restoration"),
    # depth_map_estimation
    ("I need a depth map of <image 0> for my compositing in nuke", "depth_map_estimation"),
    ("how far is everything from the camera in <image 0>? give me like a grayscale where close is white",
     "depth_map_estimation"),
    ("<image 0> estimate depth pls, need it as an image", "depth_map_estimation"),
    ("Can you produce a depth image from <image 0>? I want to add fake fog based on distance later.",
     "depth_map_estimation"),
    ("turn <image 0> into a depth map", "depth_map_estimation"),
    # text_extraction_ocr
    ("can you type out all the text on this receipt <image 0>", "text_extraction_ocr"),
    ("<image 0> transcribe the menu into plain text so i can copy it", "text_extraction_ocr"),
    ("whats written on the whiteboard in <image 0>, i need the full text verbatim", "text_extraction_ocr"),
    ("Please extract the text from this scanned page <image 0>, keep the paragraph breaks.",
     "text_extraction_ocr"),
    ("copy the words off that street sign for me <image 0>", "text_extraction_ocr"),
    # meal_nutrition_estimate
    ("how many calories is this plate roughly <image 0>", "meal_nutrition_estimate"),
    ("<image 0> this is my lunch, give me macros pls (protein carbs fat)", "meal_nutrition_estimate"),
    ("Trying to track my diet. Could you estimate the nutritional content of the meal in <image 0>?",
     "meal_nutrition_estimate"),
    ("is this burger meal over 1000 kcal? <image 0>", "meal_nutrition_estimate"),
    ("rough calorie + sugar estimate for the dessert in <image 0>", "meal_nutrition_estimate"),
    # video_stabilization
    ("my hands were shaking the whole time, can you smooth out <video 0>", "video_stabilization"),
    ("<video 0> stabilise this pls its unwatchable", "video_stabilization"),
    ("Remove the camera shake from this walking vlog clip <video 0> without cropping too much.",
     "video_stabilization"),
    ("the drone footage wobbles a lot <video 0> can u make it steady", "video_stabilization"),
    ("make <video 0> less jittery", "video_stabilization"),
    # frame_interpolation_slowmo
    ("turn <video 0> into smooth slow motion, like 4x slower without the choppy look",
     "frame_interpolation_slowmo"),
    ("<video 0> was shot at 24fps, can you interpolate it up to 60", "frame_interpolation_slowmo"),
    ("make this skateboard trick super slow mo <video 0>", "frame_interpolation_slowmo"),
    ("Can you generate the in-between frames for <video 0>? It stutters because the frame rate is so low.",
     "frame_interpolation_slowmo"),
    ("double the framerate of <video 0> pls", "frame_interpolation_slowmo"),
    # video_scene_cuts
    ("list every scene change in <video 0> with timestamps", "video_scene_cuts"),
    ("<video 0> where are the cuts? i need timecodes for each shot", "video_scene_cuts"),
    ("Can you break this movie trailer into shots and tell me when each one starts and ends? <video 0>",
     "video_scene_cuts"),
    ("how many different shots are in <video 0>, and at what seconds do they switch", "video_scene_cuts"),
    ("give me an edit decision list of the shot boundaries from <video 0>", "video_scene_cuts"),
    # video_thumbnail_pick
    ("pick the best frame from <video 0> to use as my youtube thumbnail", "video_thumbnail_pick"),
    ("<video 0> grab me a nice still where everyone has their eyes open", "video_thumbnail_pick"),
    ("I need a cover image for this reel, choose the most eye-catching moment from <video 0>",
     "video_thumbnail_pick"),
    ("find the sharpest frame in <video 0> and give it to me as a picture", "video_thumbnail_pick"),
    ("Which frame of <video 0> would make the best poster? just export that one", "video_thumbnail_pick"),
)

TOOL_REQUESTS6: tuple[tuple[str, str, str], ...] = (
    ("the faces in this old class photo are so blurry you cant tell who anyone is, bring back their faces"
     " <image 0>", "old_photo_restoration", "face_restore_gfp"),
    ("use face_restore_gfp on <image 0>", "old_photo_restoration", "face_restore_gfp"),
    ("<image 0> has big creases and tears across the whole print, patch up the paper damage",
     "old_photo_restoration", "photo_revive"),
    ("run photo_revive on <image 0> please", "old_photo_restoration", "photo_revive"),
    ("my professors handwritten notes <image 0> - can you type them up? his cursive is awful",
     "text_extraction_ocr", "handwriting_ocr"),
    ("<image 0> use handwriting_ocr to read my grocery list", "text_extraction_ocr", "handwriting_ocr"),
    ("extract the printed text from this invoice scan <image 0>", "text_extraction_ocr", "ocr_reader"),
    ("ocr_reader on <image 0> pls, just the text from the book page", "text_extraction_ocr", "ocr_reader"),
    ("<video 0> is from a helmet cam and the horizon keeps rolling side to side, keep it level",
     "video_stabilization", "horizon_leveler"),
    ("use horizon_leveler on <video 0>", "video_stabilization", "horizon_leveler"),
    ("just smooth the general handheld shake in <video 0>, nothing fancy", "video_stabilization", "steady_cam"),
    ("steady_cam <video 0>", "video_stabilization", "steady_cam"),
)

OUT_OF_SCOPE6: tuple[str, ...] = (
    "turn <image 0> into a 3D model I can print",
    "what's the current price of bitcoin",
    "make a ringtone from the song playing in <video 0>",
    "send <image 0> to my mom on whatsapp",
    "book me a table for two at an italian place tonight",
    "compose a lo-fi background track for my study playlist",
    "turn off the lights in the living room",
    "what's the weather in Lisbon right now",
    "print <image 0> on my office printer, two copies",
    "dub the voice narration in <video 0> into spanish audio",
    "upload <video 0> to my youtube channel and schedule it for friday",
)

BUILTIN6: tuple[tuple[str, str], ...] = (
    ("what breed is the dog in <image 0>", "image_understanding"),
    ("what is this sign in <image 0> trying to warn people about?", "image_understanding"),
    ("what dish is this <image 0> and where is it from", "image_understanding"),
    ("erase the power lines across the sky in <image 0>", "image_edit"),
    ("make the photo <image 0> black and white", "image_edit"),
    ("what happens at the end of <video 0>?", "video_understanding"),
    ("change the sky in <video 0> to a sunset", "video_edit"),
    ("make <video 0> look like an old film with grain and sepia tone", "video_edit"),
    ("use this depth map <image 0> to make a picture of a foggy forest", "image_control"),
    ("make <image 0> move - the waves should roll in gently", "image_to_video"),
    ("draw a watercolor of a lighthouse at dusk", "text_to_image"),
    ("write a short caption for my bakery's instagram launch post", "text_understanding"),
    ("a 5 second clip of a paper airplane flying over a city", "text_to_video"),
    ("put the person from <image 0> in an astronaut suit on the moon, new image", "image_reference"),
    ("make a video of my dog from <image 0> running on a beach", "video_reference"),
    ("follow the dance moves in <video 0> but with a robot instead", "video_control"),
)
