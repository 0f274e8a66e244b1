"""Eighth blind evaluation set for plugin task and tool routing.

Written blind: its author saw neither the planner's training or calibration data nor the other
benchmark sets, only the built-in task table and the built-in tool names. Evaluation only: never
train on it, and never use it to set thresholds or rules.

- ``TASKS8``: eight plugin tasks from dermatology, agriculture, real estate, fashion e-commerce, sports
  coaching, wildlife surveys, amateur astronomy and insurance claims; several sit close to a built-in task.
- ``TOOLS8``: twelve plugin tools: one per plugin task, a second tool with a different specialty for three
  of them, and one plugin tool that serves the built-in ``image_edit`` task.
- ``TASK_REQUESTS8``: five natural user requests per plugin task, each with the task it should route to.
- ``TOOL_REQUESTS8``: requests for the three two-tool tasks, each with its task and the tool it favours.
- ``OUT_OF_SCOPE8``: requests that neither a built-in task nor any plugin task here can serve.
- ``BUILTIN8``: ordinary requests for built-in tasks, several worded close to the plugin tasks.
"""

from __future__ import annotations

from unison_agent.contracts.tasks import TaskSpec

TASKS8: tuple[TaskSpec, ...] = (
    TaskSpec.one_input(
        "image", name="dermatology_lesion_triage",
        output="text",
        description="Assesses a photo or dermoscopy image of a skin lesion and returns a risk grade with "
                    "the warning signs seen and whether to refer to a dermatologist.",
        examples=(
            "triage this mole <image 0>",
            "melanoma risk for lesion <image 0>",
            "skin spot check, refer or not? <image 0>",
        ),
    ),
    TaskSpec.one_input(
        "image", name="crop_disease_heatmap",
        output="image",
        description="Detects plant disease on a leaf, plant or field photo and returns the photo with a "
                    "colour heatmap of infection severity laid over it.",
        examples=(
            "blight heatmap <image 0>",
            "map leaf infection on <image 0>",
            "disease severity overlay for field photo <image 0>",
        ),
    ),
    TaskSpec.one_input(
        "image", name="virtual_staging",
        output="image",
        description="Furnishes and decorates a photo of an empty or unfurnished property space for a real "
                    "estate listing while keeping the architecture unchanged.",
        examples=(
            "stage empty room <image 0>",
            "virtual staging, modern style <image 0>",
            "furnish vacant listing photo <image 0>",
        ),
    ),
    TaskSpec.one_input(
        "image", name="garment_on_model",
        output="image",
        description="Turns a product photo of a clothing item (flat-lay, hanger or ghost mannequin) into an "
                    "e-commerce photo of a generated model wearing that exact garment.",
        examples=(
            "flat-lay to on-model shot <image 0>",
            "show garment <image 0> on a model",
            "on-body product photo from <image 0>",
        ),
    ),
    TaskSpec.one_input(
        "video", name="swing_technique_review",
        output="text",
        description="Analyses a video of a golf swing or racket stroke and writes coaching feedback on "
                    "posture, timing and mechanics with drills to fix faults.",
        examples=(
            "review my swing <video 0>",
            "coaching notes on stroke <video 0>",
            "swing faults and drills <video 0>",
        ),
    ),
    TaskSpec.one_input(
        "video", name="wildlife_census",
        output="text",
        description="Identifies the animal species appearing in camera-trap or survey footage and reports "
                    "a count per species.",
        examples=(
            "species counts for <video 0>",
            "camera trap census <video 0>",
            "identify and count animals in <video 0>",
        ),
    ),
    TaskSpec.one_input(
        "video", name="planetary_lucky_imaging",
        output="image",
        description="Selects the sharpest frames of a telescope video of a planet, the Moon or the Sun, "
                    "aligns and stacks them, and returns one sharpened still image.",
        examples=(
            "stack planet video <video 0>",
            "lucky imaging from capture <video 0>",
            "best-frame stack of <video 0>",
        ),
    ),
    TaskSpec.one_input(
        "video", name="vehicle_damage_annotation",
        output="video",
        description="Tracks a vehicle through a walkaround video and returns the video with every dent, "
                    "scratch and crack boxed and labelled for an insurance claim.",
        examples=(
            "annotate damage in walkaround <video 0>",
            "car damage boxes on <video 0>",
            "claim damage markup for <video 0>",
        ),
    ),
)

TOOLS8: tuple[tuple[str, str, str], ...] = (
    (
        "lesion_triage_net",
        "Skin lesion classifier trained on clinical and dermoscopic images; outputs an ABCDE summary and a "
        "low/medium/high referral grade.",
        "dermatology_lesion_triage",
    ),
    (
        "leafscan_blight_mapper",
        "Segments diseased tissue on leaves, plants and drone field images and paints a severity heatmap.",
        "crop_disease_heatmap",
    ),
    (
        "roomfill_interior_stager",
        "Virtual stager for indoor rooms: living rooms, bedrooms, kitchens and offices, with style presets.",
        "virtual_staging",
    ),
    (
        "yardscape_outdoor_stager",
        "Virtual stager for outdoor spaces only: patios, decks, balconies, gardens and backyards, adding "
        "outdoor furniture, planters and lighting.",
        "virtual_staging",
    ),
    (
        "modelwear_generator",
        "Generates diverse on-model fashion photos that keep the garment's fabric, print and fit from the "
        "product shot.",
        "garment_on_model",
    ),
    (
        "fairway_swing_coach",
        "Golf-only swing analyser: full swing, chipping and putting, with club path and tempo feedback.",
        "swing_technique_review",
    ),
    (
        "courtside_stroke_coach",
        "Racket-sport stroke analyser for tennis, padel, squash and badminton: serves, forehands, backhands "
        "and volleys.",
        "swing_technique_review",
    ),
    (
        "trailcam_mammal_counter",
        "Counts land animals in day and infrared night footage from trail and camera-trap cameras.",
        "wildlife_census",
    ),
    (
        "reef_fish_surveyor",
        "Underwater survey tool that identifies and counts reef fish and other marine life in dive and "
        "snorkel transect video.",
        "wildlife_census",
    ),
    (
        "seeing_stacker",
        "Lucky-imaging pipeline: grades frames for atmospheric seeing, aligns, stacks and applies wavelet "
        "sharpening.",
        "planetary_lucky_imaging",
    ),
    (
        "claimcam_damage_marker",
        "Detects and tracks vehicle body damage across walkaround video and burns labelled boxes into it.",
        "vehicle_damage_annotation",
    ),
    (
        "scratch_photo_restorer",
        "Repairs scratches, tears, stains and fading in scanned old photographs.",
        "image_edit",
    ),
)

TASK_REQUESTS8: tuple[tuple[str, str], ...] = (
    ("got this weird mole on my back, my wife took a pic <image 0> - should i get it checked asap??",
     "dermatology_lesion_triage"),
    ("<image 0> dermoscopy from todays clinic, give me an ABCDE breakdown and how likely melanoma is",
     "dermatology_lesion_triage"),
    ("what do you make of the spot in <image 0>? its been getting bigger since spring",
     "dermatology_lesion_triage"),
    ("screening photo of a lesion on the patient's forearm <image 0>, benign or send to derm?",
     "dermatology_lesion_triage"),
    ("can you look at this freckle thing on my shin and tell me how worried to be, low med or high <image 0>",
     "dermatology_lesion_triage"),
    ("shade in where the blight is on these tomato leaves <image 0>", "crop_disease_heatmap"),
    ("drone shot of my wheat <image 0> - highlight the rust patches in red so i know where to spray",
     "crop_disease_heatmap"),
    ("<image 0> mark the sick parts of this grape leaf right on the picture", "crop_disease_heatmap"),
    ("can u overlay an infection map on this potato plot photo <image 0>", "crop_disease_heatmap"),
    ("color code how bad the leaf spot is across the soybean canopy in <image 0>, green healthy to red bad",
     "crop_disease_heatmap"),
    ("listing goes live tmrw and the living room is totally empty <image 0>, put some scandi furniture in",
     "virtual_staging"),
    ("<image 0> fill this bare bedroom so buyers can picture it - queen bed, nightstands, a rug",
     "virtual_staging"),
    ("add a sofa, coffee table and a few plants to this vacant apartment photo <image 0>", "virtual_staging"),
    ("empty backyard in <image 0>, dress it up with patio chairs, a grill and string lights for the MLS",
     "virtual_staging"),
    ("make this unfurnished home office look lived in for the ad, dont touch the walls or windows <image 0>",
     "virtual_staging"),
    ("here's the flat lay of our new linen shirt <image 0>, need it shown on a guy for the shop page",
     "garment_on_model"),
    ("<image 0> put this dress on a model, studio lighting, full body", "garment_on_model"),
    ("hoodie on a hanger <image 0> -> on-body ecommerce shot please, plus size model", "garment_on_model"),
    ("make a lookbook pic of someone wearing the jacket in <image 0>", "garment_on_model"),
    ("can you turn this ghost mannequin shot <image 0> into a real person wearing the same trousers",
     "garment_on_model"),
    ("here's my driver swing from down the line <video 0>, why do i keep slicing", "swing_technique_review"),
    ("<video 0> my daughter's tennis forehand, coach says her follow through is off - any fixes?",
     "swing_technique_review"),
    ("watch my backswing and tell me what im doing wrong lol <video 0>", "swing_technique_review"),
    ("break down the serve in <video 0>: hip-shoulder separation, contact point, the works",
     "swing_technique_review"),
    ("what's happening in my golf swing here <video 0>? be brutally honest", "swing_technique_review"),
    ("trail cam clip from last night <video 0> - what came through and how many of each", "wildlife_census"),
    ("<video 0> count the deer in this, bucks vs does if u can tell", "wildlife_census"),
    ("survey dive footage from the reef <video 0>, need a species list w/ numbers for the report",
     "wildlife_census"),
    ("which animals show up in <video 0>? need a tally per species", "wildlife_census"),
    ("log every critter the game camera caught in <video 0> for our biodiversity sheet", "wildlife_census"),
    ("shot 90 sec of jupiter thru my dobsonian <video 0>, can you make it one sharp picture",
     "planetary_lucky_imaging"),
    ("<video 0> saturn from the backyard, seeing was rough - want a single crisp image out of it",
     "planetary_lucky_imaging"),
    ("turn this wobbly moon video <video 0> into a detailed still", "planetary_lucky_imaging"),
    ("the mars footage in <video 0> is boiling from turbulence, i want one clean frame combining the good bits",
     "planetary_lucky_imaging"),
    ("combine the frames of my h-alpha sun video <video 0> into a final image of the prominences",
     "planetary_lucky_imaging"),
    ("walkaround of my car after the hail storm <video 0>, mark all the dents in the video for the adjuster",
     "vehicle_damage_annotation"),
    ("<video 0> highlight every scratch and ding on this rental return video", "vehicle_damage_annotation"),
    ("draw boxes around the damage on the bumper and door as the camera goes round <video 0>",
     "vehicle_damage_annotation"),
    ("need the fender bender footage <video 0> labelled with the damage spots for my claim",
     "vehicle_damage_annotation"),
    ("pls tag the damaged panels all through this clip of the truck <video 0> so the body shop sees them",
     "vehicle_damage_annotation"),
)

TOOL_REQUESTS8: tuple[tuple[str, str, str], ...] = (
    ("the patio and lawn in <image 0> look bare, add lounge chairs and planters for the listing",
     "virtual_staging", "yardscape_outdoor_stager"),
    ("stage the empty kitchen-dining area in <image 0> with a table and bar stools",
     "virtual_staging", "roomfill_interior_stager"),
    ("use yardscape on this empty deck pic <image 0>", "virtual_staging", "yardscape_outdoor_stager"),
    ("vacant master bedroom <image 0>, furnish it mid-century style", "virtual_staging", "roomfill_interior_stager"),
    ("my 7 iron <video 0> keeps hitting it fat, what's going on", "swing_technique_review", "fairway_swing_coach"),
    ("backhand looks awful in <video 0>, help me fix it before my padel league starts",
     "swing_technique_review", "courtside_stroke_coach"),
    ("run courtside_stroke_coach on my badminton smash <video 0>", "swing_technique_review", "courtside_stroke_coach"),
    ("putting stroke <video 0> - why do i keep pushing it right", "swing_technique_review", "fairway_swing_coach"),
    ("IR night footage from the forest camera trap <video 0>, count the boars and foxes",
     "wildlife_census", "trailcam_mammal_counter"),
    ("snorkel transect video <video 0>, how many parrotfish and butterflyfish", "wildlife_census",
     "reef_fish_surveyor"),
    ("reef_fish_surveyor on this dive clip please <video 0>", "wildlife_census", "reef_fish_surveyor"),
    ("game camera by the water hole <video 0> - tally raccoons, coyotes, whatever shows up",
     "wildlife_census", "trailcam_mammal_counter"),
)

OUT_OF_SCOPE8: tuple[str, ...] = (
    "book me a table for two at an italian place downtown tonight at 8",
    "email <image 0> to my landlord with the subject 'leak in bathroom'",
    "make a 3d printable stl file of the figurine in <image 0>",
    "compose an upbeat soundtrack mp3 to go under <video 0>",
    "upload <video 0> to my youtube channel as unlisted",
    "read this bedtime story out loud in a soothing voice and send me the audio file",
    "order everything on the grocery list in <image 0> from instacart",
    "clone my voice from <video 0> so i can make it say other stuff",
    "turn off the hallway lights and set the thermostat to 68",
    "schedule an appointment with a dermatologist for next tuesday morning",
    "print 20 copies of <image 0> on the office printer",
    "pull just the audio track out of <video 0> and save it as a wav",
)

BUILTIN8: tuple[tuple[str, str], ...] = (
    ("what breed is the dog in <image 0>?", "image_understanding"),
    ("describe what's going on in <video 0>", "video_understanding"),
    ("what kind of houseplant is this? my neighbour gave it to me <image 0>", "image_understanding"),
    ("repaint the walls in <image 0> a pale sage green", "image_edit"),
    ("write an 80 word product description for a linen summer dress", "text_understanding"),
    ("generate a photo of a golden retriever sitting in a field of sunflowers", "text_to_image"),
    ("make a short video of a rocket launching at dawn", "text_to_video"),
    ("make an image of the same woman from <image 0> as an astronaut on the moon", "image_reference"),
    ("animate <image 0> so the waves roll in and the clouds drift", "image_to_video"),
    ("create a clip of the cat from <image 0> chasing a laser pointer around a kitchen", "video_reference"),
    ("make <video 0> look like it was filmed in winter with snow on the ground", "video_edit"),
    ("generate a robot dancing with exactly the same moves as the person in <video 0>", "video_control"),
    ("use this depth map <image 0> to make a photo of a cozy cabin interior", "image_control"),
    ("how many players are on the pitch in <video 0> when the goal goes in?", "video_understanding"),
    ("what's the brightest thing in this night sky photo <image 0>?", "image_understanding"),
    ("blur the licence plate on the car in <video 0>", "video_edit"),
)
