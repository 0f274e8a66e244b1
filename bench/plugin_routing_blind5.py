"""Fifth blind evaluation set for plugin task and tool routing.

Written blind: its author saw neither the planner's training or calibration data nor the other
benchmark sets, only the built-in task table and the built-in tool names. Evaluation only: never
train on it, and never use it to set thresholds or rules.

- ``TASKS5``: eight plugin tasks, each with one image or one video input and an image, video or text
  output; six of them sit close to a built-in task (image_edit, image_understanding, video_edit,
  video_understanding, image_to_video).
- ``TOOLS5``: plugin tools as ``(name, description, task)``: one per plugin task, a second tool for
  ``product_listing`` and ``ken_burns``, and one plugin tool for the built-in task ``image_edit``.
- ``TASK_REQUESTS5``: five natural requests per plugin task, as ``(request, task)``.
- ``TOOL_REQUESTS5``: requests as ``(request, task, tool)`` for the three tasks that have two tools.
- ``OUT_OF_SCOPE5``: requests that no built-in or plugin task can serve.
- ``BUILTIN5``: ordinary requests for built-in tasks, as ``(request, task)``, several worded close to
  the plugin tasks.

Two requests were dropped before any run: they shared a run of six words with the planner's own
outside-capability examples or the action probe's data (the clean-evaluation test found them).
"""

from __future__ import annotations

from unison_agent.contracts.tasks import TaskSpec

TASKS5: tuple[TaskSpec, ...] = (
    TaskSpec.one_input(
        "image", name="outpaint_image",
        output="image",
        description="Extend a photo beyond its original borders, generating matching surroundings for a wider "
                    "or taller canvas.",
        examples=(
            "extend <image 0> to a 16:9 canvas",
            "outpaint the left and right sides of <image 0>",
            "add more sky above the building in <image 0>",
        ),
    ),
    TaskSpec.one_input(
        "image", name="virtual_staging",
        output="image",
        description="Furnish and decorate a photo of an empty room so it looks lived in, for real-estate "
                    "listings.",
        examples=(
            "stage the empty living room in <image 0> with modern furniture",
            "virtually furnish <image 0> in a Scandinavian style",
            "add beds and decor to the vacant bedroom <image 0>",
        ),
    ),
    TaskSpec.one_input(
        "image", name="product_listing",
        output="text",
        description="Write an online-shop product title, description and feature bullets from a product "
                    "photo.",
        examples=(
            "write a product listing for <image 0>",
            "create an e-commerce title and description for the item in <image 0>",
            "product copy with bullet points for <image 0>",
        ),
    ),
    TaskSpec.one_input(
        "image", name="nutrition_estimate",
        output="text",
        description="Estimate the calories and macronutrients of the meal shown in a food photo.",
        examples=(
            "estimate the calories in <image 0>",
            "nutrition breakdown of the meal in <image 0>",
            "how much protein, fat and carbs are in <image 0>",
        ),
    ),
    TaskSpec.one_input(
        "video", name="sign_language_translation",
        output="text",
        description="Translate sign language performed in a video (ASL, BSL and others) into written text.",
        examples=(
            "translate the sign language in <video 0>",
            "what is being signed in <video 0>",
            "ASL to English for <video 0>",
        ),
    ),
    TaskSpec.one_input(
        "video", name="seamless_loop",
        output="video",
        description="Turn a clip into a seamlessly looping video whose last frame flows back into the first.",
        examples=(
            "make <video 0> loop seamlessly",
            "create a perfect loop from <video 0>",
            "remove the jump when <video 0> repeats",
        ),
    ),
    TaskSpec.one_input(
        "image", name="ken_burns",
        output="video",
        description="Turn a still photo into a pan-and-zoom video by moving a virtual camera over the unchanged "
                    "image.",
        examples=(
            "Ken Burns effect on <image 0>",
            "slow zoom-in video of <image 0>",
            "pan across <image 0> from left to right",
        ),
    ),
    TaskSpec.one_input(
        "video", name="video_panorama",
        output="image",
        description="Stitch the frames of a panning video into one wide panorama image.",
        examples=(
            "make a panorama from <video 0>",
            "stitch the pan in <video 0> into one image",
            "panoramic photo from <video 0>",
        ),
    ),
)

TOOLS5: tuple[tuple[str, str, str], ...] = (
    ("canvas_extend", "Outpaints a photo to a larger canvas or new aspect ratio, filling the new area to match "
                      "the scene.", "outpaint_image"),
    ("room_stager", "Places furniture, rugs, lighting and decor into photos of empty rooms in a chosen interior "
                    "style.", "virtual_staging"),
    ("amazon_lister", "Writes Amazon-style listings: a keyword-rich title and five bullet-point features from a "
                      "product photo.", "product_listing"),
    ("etsy_lister", "Writes warm, story-style listings for handmade or vintage items, with up to 13 search tags.",
     "product_listing"),
    ("meal_macros", "Identifies the foods and portion sizes on a plate and estimates kcal, protein, fat and "
                    "carbohydrates.", "nutrition_estimate"),
    ("sign_reader", "Recognises hand signs, fingerspelling and facial grammar in a video and writes the English "
                    "translation.", "sign_language_translation"),
    ("loop_maker", "Finds the best loop points in a clip and crossfades the motion so it repeats without a "
                   "visible seam.", "seamless_loop"),
    ("pan_zoom", "Moves a flat virtual camera over a still photo: a slow zoom in or out, or a pan between two "
                 "points.", "ken_burns"),
    ("parallax_move", "Splits a still photo into depth layers so foreground and background move at different "
                      "speeds (2.5D parallax).", "ken_burns"),
    ("pano_stitch", "Aligns and blends overlapping frames of a panning video into one seamless panorama image.",
     "video_panorama"),
    ("portrait_retouch", "Retouches portraits: smooths skin, removes blemishes and under-eye bags, and whitens "
                         "teeth, keeping the person's identity.", "image_edit"),
)

TASK_REQUESTS5: tuple[tuple[str, str], ...] = (
    # outpaint_image
    ("<image 0> the top of the tower got cut off when I took this, can you fill in what's above it?",
     "outpaint_image"),
    ("make this 16:9 without cropping anything, just invent more scenery on the sides <image 0>", "outpaint_image"),
    ("I need my portrait shot <image 0> to work as a wide website banner - more background left and right please",
     "outpaint_image"),
    ("zoom out on <image 0> so we can see more of the beach around them", "outpaint_image"),
    ("the sofa in <image 0> is chopped off at the edge, continue the picture so the whole thing shows",
     "outpaint_image"),
    # virtual_staging
    ("<image 0> is an empty flat we're about to list, put some furniture in so buyers can picture living there",
     "virtual_staging"),
    ("furnish this bare bedroom in a cosy scandi look <image 0>", "virtual_staging"),
    ("can you make the vacant lounge in <image 0> look lived-in? sofa, rug, plants, the works", "virtual_staging"),
    ("Realtor here. Need the unfurnished unit in <image 0> dressed up mid-century style for the ad",
     "virtual_staging"),
    ("show me how this empty office space could look with desks, chairs and some plants <image 0>",
     "virtual_staging"),
    # product_listing
    ("I sell these in my online store, write me a title and description for <image 0>", "product_listing"),
    ("<image 0> need copy for the product page with a few selling points", "product_listing"),
    ("help me put this lamp up for sale online, here's the pic <image 0>", "product_listing"),
    ("write a shop blurb for the sneakers in <image 0>", "product_listing"),
    ("could you draft the sales text, title plus feature bullets, for the mug in <image 0>", "product_listing"),
    # nutrition_estimate
    ("how many calories are on this plate? <image 0>", "nutrition_estimate"),
    ("<image 0> roughly how much protein and carbs is my lunch", "nutrition_estimate"),
    ("I'm counting macros, can you work out what this meal comes to <image 0>", "nutrition_estimate"),
    ("is the burrito bowl in <image 0> under 600 kcal?", "nutrition_estimate"),
    ("kcal, fat, carbs and protein for tonight's dinner pls <image 0>", "nutrition_estimate"),
    # sign_language_translation
    ("what is she signing in <video 0>?", "sign_language_translation"),
    ("<video 0> my deaf cousin sent me this ASL message, what does it say", "sign_language_translation"),
    ("BSL clip, English please <video 0>", "sign_language_translation"),
    ("I don't know sign language - could you write out what the man in <video 0> is saying with his hands",
     "sign_language_translation"),
    ("turn the signing in <video 0> into text for my notes", "sign_language_translation"),
    # seamless_loop
    ("make <video 0> repeat forever without that jump at the end", "seamless_loop"),
    ("I want this waterfall clip to play on repeat smoothly as my site's background <video 0>", "seamless_loop"),
    ("<video 0> can the ending blend back into the start so it cycles endlessly", "seamless_loop"),
    ("endless gif-style version of <video 0> with no visible seam", "seamless_loop"),
    ("the restart in <video 0> is jarring, fix it so nobody notices it's repeating", "seamless_loop"),
    # ken_burns
    ("slowly zoom into the old family photo <image 0> like they do in documentaries", "ken_burns"),
    ("<image 0> make a short clip that glides across this landscape, nothing in it should move, only the camera",
     "ken_burns"),
    ("gentle push-in on this picture for my slideshow <image 0>", "ken_burns"),
    ("can I get a 10 second sweep from left to right over <image 0>", "ken_burns"),
    ("start tight on grandma's face in <image 0> and pull back to show the whole group, as a video",
     "ken_burns"),
    # video_panorama
    ("I swept my phone across the mountains in <video 0>, can you turn that into one wide picture",
     "video_panorama"),
    ("<video 0> stitch this into a pano", "video_panorama"),
    ("make a single wide photo of the skyline from the pan in <video 0>", "video_panorama"),
    ("combine this slow turn around the room into one wide shot <video 0>", "video_panorama"),
    ("forgot to use pano mode and just filmed it instead <video 0> - can you still get me the panoramic photo?",
     "video_panorama"),
)

TOOL_REQUESTS5: tuple[tuple[str, str, str], ...] = (
    ("keyword-stuffed title and five bullets for the headphones in <image 0>", "product_listing", "amazon_lister"),
    ("<image 0> I knitted this scarf myself, write something charming about it for my handmade shop, with tags",
     "product_listing", "etsy_lister"),
    ("use amazon_lister on <image 0>", "product_listing", "amazon_lister"),
    ("<image 0> give it that 3D effect where the person pops out from the background as the camera drifts",
     "ken_burns", "parallax_move"),
    ("just a plain slow zoom into the middle of <image 0>, nothing fancy", "ken_burns", "pan_zoom"),
    ("run parallax_move on <image 0> for my channel intro", "ken_burns", "parallax_move"),
    ("clear up the acne on my face in <image 0> and soften the dark circles", "image_edit", "portrait_retouch"),
    ("<image 0> whiten my teeth a little for my LinkedIn headshot", "image_edit", "portrait_retouch"),
    ("replace the car parked in <image 0> with a bicycle", "image_edit", "edit"),
    ("use the edit tool to paint the wall behind them green <image 0>", "image_edit", "edit"),
)

OUT_OF_SCOPE5: tuple[str, ...] = (
    "turn the chair in <image 0> into a 3D model I can load in Blender",
    "what's the price of bitcoin right now",
    "book me a table for two at 8pm tonight somewhere near the station",
    "email <video 0> to my boss",
    "compose a 30 second lo-fi beat I can use as background music",
    "convert my spreadsheet of expenses into a PDF report",
    "extract the audio track from <video 0> as an mp3",
    "post <image 0> to my Instagram story",
    "clone my voice from <video 0> so it reads this script aloud",
    "where is my DHL package right now?",
    "print <image 0> on the office printer, two copies",
)

BUILTIN5: tuple[tuple[str, str], ...] = (
    ("describe what's in <image 0>", "image_understanding"),
    ("what kind of food is this? <image 0>", "image_understanding"),
    ("replace the blue sofa in <image 0> with a brown leather one", "image_edit"),
    ("is the person in <video 0> waving or pointing?", "video_understanding"),
    ("summarise what happens in <video 0>", "video_understanding"),
    ("make <image 0> come alive, the waves should roll in and the clouds drift", "image_to_video"),
    ("generate a video of a camera slowly panning across a misty mountain range at sunrise", "text_to_video"),
    ("create a wide panoramic picture of a desert at dusk", "text_to_image"),
    ("remove the person walking through the back of <video 0>", "video_edit"),
    ("how many calories are in a banana?", "text_understanding"),
    ("here's a pose video <video 0>, make a robot dance following these moves", "video_control"),
    ("put the dog from <image 0> on a surfboard in a brand new picture", "image_reference"),
    ("make a short video of the character in <image 0> walking through a snowy forest", "video_reference"),
    ("draw a futuristic city skyline following the edges in <image 0>", "image_control"),
)
