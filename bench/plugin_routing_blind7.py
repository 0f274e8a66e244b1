"""Seventh blind evaluation set for plugin task and tool routing.

Written blind: its author saw neither the planner's training or calibration data nor the other
benchmark sets, only the built-in task table and the built-in tool names. Evaluation only: never
train on it, and never use it to set thresholds or rules.

- ``TASKS7``: eight plugin tasks (retail packshots, plant diagnosis, workout rep counting, video
  stabilization, cinemagraphs, motion-sequence composites, night-sky identification, colour-blindness
  simulation), several deliberately close to a built-in task.
- ``TOOLS7``: twelve plugin tools: one per plugin task, a second specialist tool for three of them,
  and one plugin tool serving the built-in ``image_edit`` task.
- ``TASK_REQUESTS7``: five natural user requests per plugin task, some worded like a nearby built-in.
- ``TOOL_REQUESTS7``: requests whose need favours one of the two tools of a two-tool plugin task.
- ``OUT_OF_SCOPE7``: requests no built-in or plugin task can serve.
- ``BUILTIN7``: ordinary built-in requests, several worded close to the plugin tasks.

Two out-of-scope requests were dropped before any run: they shared a run of six words with the
planner's own outside-capability examples or the action probe's data (the clean-evaluation test found them).
"""

from __future__ import annotations

from unison_agent.contracts.tasks import TaskSpec

TASKS7: tuple[TaskSpec, ...] = (
    TaskSpec.one_input(
        "image", name="product_packshot",
        output="image",
        description="Turns a casual product photo into a clean e-commerce packshot on a pure white background "
        "with a soft ground shadow.",
        examples=(
            "packshot of <image 0>",
            "white-background listing image from <image 0>",
            "studio product shot <image 0>",
        ),
    ),
    TaskSpec.one_input(
        "image", name="plant_disease_diagnosis",
        output="text",
        description="Diagnoses plant diseases, pests and nutrient deficiencies from a photo of leaves or stems "
        "and suggests a treatment.",
        examples=(
            "diagnose leaf disease <image 0>",
            "what disease is on this plant <image 0>",
            "plant health check <image 0>",
        ),
    ),
    TaskSpec.one_input(
        "video", name="workout_rep_counter",
        output="text",
        description="Counts exercise repetitions in a workout video and reports form faults for each rep.",
        examples=(
            "count reps <video 0>",
            "rep count and form check <video 0>",
            "how many reps in <video 0>",
        ),
    ),
    TaskSpec.one_input(
        "video", name="video_stabilization",
        output="video",
        description="Removes camera shake and jitter from handheld or action footage, producing a smooth "
        "stabilized video.",
        examples=(
            "stabilize <video 0>",
            "remove shake from <video 0>",
            "smooth footage <video 0>",
        ),
    ),
    TaskSpec.one_input(
        "image", name="cinemagraph",
        output="video",
        description="Creates a seamless looping cinemagraph from a still photo, animating only one region while "
        "the rest stays frozen.",
        examples=(
            "cinemagraph from <image 0>",
            "loop only the water in <image 0>",
            "living photo <image 0>",
        ),
    ),
    TaskSpec.one_input(
        "video", name="motion_sequence_composite",
        output="image",
        description="Composites a moving athlete or object from a video into a single stroboscopic still image "
        "showing each phase of the movement.",
        examples=(
            "sequence shot from <video 0>",
            "stroboscopic composite <video 0>",
            "motion trail still of <video 0>",
        ),
    ),
    TaskSpec.one_input(
        "image", name="night_sky_identification",
        output="text",
        description="Plate-solves a night-sky photo, naming the visible stars, planets and constellations and "
        "giving the field's sky coordinates.",
        examples=(
            "identify stars in <image 0>",
            "plate solve <image 0>",
            "which constellations <image 0>",
        ),
    ),
    TaskSpec.one_input(
        "image", name="colorblind_simulation",
        output="image",
        description="Renders an image as it would appear to a viewer with a chosen colour vision deficiency such "
        "as protanopia, deuteranopia or tritanopia.",
        examples=(
            "deuteranopia preview <image 0>",
            "simulate color blindness on <image 0>",
            "protan view of <image 0>",
        ),
    ),
)

TOOLS7: tuple[tuple[str, str, str], ...] = (
    ("packshot_studio", "General product packshot generator: cuts the item out, centres it on pure white and adds "
     "a soft contact shadow. Works for everyday goods like shoes, bags, mugs and furniture.", "product_packshot"),
    ("jewelry_packshot", "Packshot specialist for reflective and tiny items such as rings, necklaces and watches: "
     "removes mirrored reflections, boosts sparkle and sharpens fine metalwork.", "product_packshot"),
    ("houseplant_doctor", "Diagnoses problems on indoor and ornamental houseplants and gives home care advice on "
     "watering, light and repotting.", "plant_disease_diagnosis"),
    ("cropscan_agronomy", "Agronomy diagnosis for field crops such as wheat, maize, soy and rice, with fungicide "
     "or pesticide recommendations and dose per hectare.", "plant_disease_diagnosis"),
    ("repcount_coach", "Tracks body pose through a workout clip, counts reps of common exercises and flags form "
     "faults like knee valgus or rounded back.", "workout_rep_counter"),
    ("gimbalizer", "General-purpose stabilizer for handheld phone and camera footage, smoothing walking shake and "
     "jitter like a gimbal would.", "video_stabilization"),
    ("horizon_lock_fpv", "Stabilizer for FPV drone, helmet and action-cam footage: locks the horizon level through "
     "rolls and fixes rolling-shutter jello.", "video_stabilization"),
    ("loopmotion", "Builds seamless looping cinemagraphs, moving only the masked or described region of a still "
     "photo.", "cinemagraph"),
    ("strobe_shot", "Extracts key frames of a moving subject from a clip and blends them over one background into "
     "a multi-exposure sequence photo.", "motion_sequence_composite"),
    ("astrometry_solver", "Blind astrometric plate solver that names the stars, planets and deep-sky objects in a "
     "night-sky photo and reports RA/Dec and field of view.", "night_sky_identification"),
    ("cvd_preview", "Simulates protanopia, deuteranopia, tritanopia and achromatopsia on images so designers can "
     "check colour accessibility.", "colorblind_simulation"),
    ("scratch_repair", "Repairs scratches, tears, dust spots and fading on scanned old photographs.", "image_edit"),
)

TASK_REQUESTS7: tuple[tuple[str, str], ...] = (
    ("need this sneaker pic <image 0> looking like an amazon listing photo, pure white behind it", "product_packshot"),
    ("<image 0> make it a clean catalog shot pls", "product_packshot"),
    ("can you turn my phone photo of this candle into a proper e-commerce product pic? <image 0>", "product_packshot"),
    ("remove the messy kitchen behind the mug in <image 0> and give it that studio look for my etsy shop",
     "product_packshot"),
    ("product photo for shopify from <image 0>, centered, nothing but white around it and a little shadow underneath",
     "product_packshot"),
    ("whats wrong with my tomato leaves?? brown spots everywhere <image 0>", "plant_disease_diagnosis"),
    ("<image 0> is this blight or just sunburn", "plant_disease_diagnosis"),
    ("my basil looks sick, can you tell what it has and how to treat it <image 0>", "plant_disease_diagnosis"),
    ("Look at <image 0> and tell me what's causing the yellow patches on these cucumber leaves.",
     "plant_disease_diagnosis"),
    ("fungus? bugs? not sure what's eating my rose bush <image 0>", "plant_disease_diagnosis"),
    ("how many pushups did i actually do in <video 0>", "workout_rep_counter"),
    ("count my squats and tell me if my knees cave in <video 0>", "workout_rep_counter"),
    ("<video 0> my deadlift set — how many did I get and was my back rounding", "workout_rep_counter"),
    ("watch <video 0> and tell me how many pull-ups he does", "workout_rep_counter"),
    ("did I hit 20 burpees or did i lose count lol <video 0>", "workout_rep_counter"),
    ("my footage is super shaky from walking, can you smooth it out <video 0>", "video_stabilization"),
    ("<video 0> handheld clip from the concert, make it less wobbly", "video_stabilization"),
    ("get rid of the wobble in this bike ride video <video 0>", "video_stabilization"),
    ("make <video 0> look like it was shot on a gimbal", "video_stabilization"),
    ("edit this video so it doesnt jitter so much <video 0>", "video_stabilization"),
    ("make only the waterfall move in <image 0>, everything else frozen, looping", "cinemagraph"),
    ("<image 0> turn this into one of those photos where just the steam from the coffee moves", "cinemagraph"),
    ("can u make the flag in this pic wave on a seamless loop but keep the people still <image 0>", "cinemagraph"),
    ("animate just her hair blowing in <image 0> as an endless loop for my instagram", "cinemagraph"),
    ("<image 0> — could you do the thing where the clouds drift forever and the rest of the shot stays still?",
     "cinemagraph"),
    ("combine the frames of my skateboard trick in <video 0> into one photo showing every stage of the jump",
     "motion_sequence_composite"),
    ("<video 0> I want that multi-exposure pic where you see the skier in like 8 positions at once",
     "motion_sequence_composite"),
    ("long jump clip <video 0>, one picture with every position of the jump overlaid", "motion_sequence_composite"),
    ("can you grab the gymnast's whole vault from <video 0> and stack it into a single picture",
     "motion_sequence_composite"),
    ("freeze-motion shot of my dog leaping over the fence <video 0>, all in one image", "motion_sequence_composite"),
    ("what constellations are in this photo i took last night <image 0>", "night_sky_identification"),
    ("<image 0> which stars are these? the bright one near the top especially", "night_sky_identification"),
    ("need the RA/Dec of the center of this frame from my telescope <image 0>", "night_sky_identification"),
    ("is that Jupiter or a star in my backyard shot <image 0>", "night_sky_identification"),
    ("tell me which part of the sky this is, shot with a 50mm lens from Arizona <image 0>",
     "night_sky_identification"),
    ("how would my poster <image 0> look to someone with deuteranopia", "colorblind_simulation"),
    ("<image 0> show me this chart the way a red-green colorblind person sees it", "colorblind_simulation"),
    ("i want to check if my infographic still reads ok for protanopes <image 0>", "colorblind_simulation"),
    ("render <image 0> as seen with tritanopia", "colorblind_simulation"),
    ("my dad is colorblind, make a version of this map <image 0> that shows what he actually sees",
     "colorblind_simulation"),
)

TOOL_REQUESTS7: tuple[tuple[str, str, str], ...] = (
    ("white background listing photo for this ceramic vase <image 0>", "product_packshot", "packshot_studio"),
    ("this diamond ring photo <image 0> has my face reflected in it, need a clean catalog shot",
     "product_packshot", "jewelry_packshot"),
    ("use jewelry_packshot on <image 0>, it's a silver necklace for my store", "product_packshot",
     "jewelry_packshot"),
    ("make a plain store photo of this hiking backpack <image 0>", "product_packshot", "packshot_studio"),
    ("my monstera in the living room has black edges on the leaves <image 0> what's wrong",
     "plant_disease_diagnosis", "houseplant_doctor"),
    ("<image 0> rust showing up across our wheat field, what fungicide and how much per hectare",
     "plant_disease_diagnosis", "cropscan_agronomy"),
    ("run cropscan_agronomy on <image 0>, soybean leaves from the north plot", "plant_disease_diagnosis",
     "cropscan_agronomy"),
    ("my fiddle leaf fig on the windowsill keeps dropping brown leaves <image 0>", "plant_disease_diagnosis",
     "houseplant_doctor"),
    ("fpv drone dive <video 0> the horizon keeps tilting and theres jello, fix it", "video_stabilization",
     "horizon_lock_fpv"),
    ("smooth out this shaky walking vlog clip from my phone <video 0>", "video_stabilization", "gimbalizer"),
    ("use horizon_lock_fpv on my helmet cam ride down the mountain <video 0>", "video_stabilization",
     "horizon_lock_fpv"),
)

OUT_OF_SCOPE7: tuple[str, ...] = (
    "post <image 0> to my instagram story at 6pm",
    "what's the weather in Denver right now",
    "compose a lo-fi beat to go with <video 0>",
    "turn <image 0> into a 3D printable STL model of the vase",
    "print 20 copies of <image 0> on 4x6 glossy paper",
    "order more of the fertilizer shown in <image 0> from amazon",
    "convert this 40 page pdf contract into a word doc",
    "email <video 0> to my coach",
    "read this poem aloud in a british accent",
    "build a rotatable 3D mesh of my room from <video 0>",
)

BUILTIN7: tuple[tuple[str, str], ...] = (
    ("what kind of plant is this <image 0>", "image_understanding"),
    ("describe what's happening in this gym video <video 0>", "video_understanding"),
    ("change the background of <image 0> to a sunset beach", "image_edit"),
    ("make the colors in <image 0> more vibrant and warm", "image_edit"),
    ("animate <image 0> so the camera slowly pushes in on the lighthouse", "image_to_video"),
    ("make <video 0> look like a vintage 8mm film", "video_edit"),
    ("generate a photo of the milky way over a desert canyon", "text_to_image"),
    ("write me a 4-week beginner pushup program", "text_understanding"),
    ("make a short video of a snowboarder doing a backflip in slow motion", "text_to_video"),
    ("use the pose skeleton in <image 0> to make an image of a ballerina", "image_control"),
    ("put my cat from <image 0> into a picture of her as an astronaut on the moon", "image_reference"),
    ("make a video of the guy in <image 0> surfing a huge wave", "video_reference"),
    ("follow the dance moves in <video 0> but make it a robot dancing in a neon city", "video_control"),
    ("swap the sky in <video 0> for a stormy one", "video_edit"),
    ("summarize the key plays in this basketball clip <video 0>", "video_understanding"),
    ("explain why people with red-green colour blindness struggle with traffic lights", "text_understanding"),
)
