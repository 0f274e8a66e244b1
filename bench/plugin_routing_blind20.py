"""Twentieth blind evaluation set for plugin task and tool routing.

Written blind: its author saw neither the planner's training or calibration data nor the other
benchmark sets, only the built-in task table and the built-in tool names. Evaluation only: never
train on it, and never use it to set thresholds or rules.

Domains: knot identification (rope and necktie knots), weld quality inspection, cloud type
identification, photo relighting, nail art previews, tile mosaics, security-camera event logs,
stop-motion video effect.

- TASKS20: eight plugin tasks declared as TaskSpecs, each with a description and three examples.
- TOOLS20: (tool_name, tool_description, task_name); one tool per plugin task, a second tool with a
  different specialty for three of them, and one specialised tool for a built-in task.
- TASK_REQUESTS20: five (request, task_name) pairs per plugin task, forty in all.
- TOOL_REQUESTS20: four (request, task_name, tool_name) triples for each two-tool task, two per tool.
- OUT_OF_SCOPE20: twelve requests that no built-in or plugin task can serve.
- BUILTIN20: sixteen (request, builtin_task_name) pairs for ordinary built-in requests.
"""

from unison_agent.contracts.tasks import TaskSpec

TASKS20: tuple[TaskSpec, ...] = (
    TaskSpec.one_input(
        "image",
        name="knot_identification",
        output="text",
        description=(
            "Identify the knot tied in a photographed rope, cord or tie, name it, and say whether "
            "it is tied correctly and safely."
        ),
        examples=(
            "What knot is this in <image 0>?",
            "Did I tie this bowline right? <image 0>",
            "<image 0> name this knot and tell me if it will hold.",
        ),
    ),
    TaskSpec.one_input(
        "image",
        name="weld_inspection",
        output="text",
        description=(
            "Inspect a photographed weld bead or joint and report visible defects such as porosity, "
            "undercut, cracks, spatter or lack of fusion, with an overall quality verdict."
        ),
        examples=(
            "Is this weld any good? <image 0>",
            "<image 0> check my MIG weld for defects",
            "What's wrong with the bead in <image 0>?",
        ),
    ),
    TaskSpec.one_input(
        "image",
        name="cloud_identification",
        output="text",
        description=(
            "Identify the cloud types visible in a sky photo (cumulus, cirrus, cumulonimbus and so "
            "on) and explain what weather they usually signal."
        ),
        examples=(
            "What kind of clouds are in <image 0>?",
            "<image 0> are these cirrus or altostratus?",
            "Do the clouds in <image 0> mean rain is coming?",
        ),
    ),
    TaskSpec.one_input(
        "image",
        name="scene_relighting",
        output="image",
        description=(
            "Re-light an attached photo: change the direction, colour, softness or time of day of "
            "the lighting while keeping the content and composition unchanged."
        ),
        examples=(
            "Relight <image 0> as if lit by golden hour sun from the left.",
            "<image 0> make the lighting softer, like a big softbox",
            "Change <image 0> to look like it's lit by warm evening lamps.",
        ),
    ),
    TaskSpec.one_input(
        "image",
        name="nail_art_preview",
        output="image",
        description=(
            "Paint a nail art design onto the fingernails in a photo of a hand, so the user can "
            "preview a manicure before getting it done."
        ),
        examples=(
            "Put red French tips on the nails in <image 0>.",
            "<image 0> show me these nails with a glitter ombre",
            "Try a marble nail design on my hand in <image 0>.",
        ),
    ),
    TaskSpec.one_input(
        "image",
        name="tile_mosaic",
        output="image",
        description=(
            "Turn a photo into a mosaic made of small ceramic or glass tiles (tesserae) with "
            "visible grout lines, like a Roman or Byzantine floor."
        ),
        examples=(
            "Make <image 0> into a tile mosaic.",
            "<image 0> as a Roman floor mosaic please",
            "Recreate my dog in <image 0> out of little glass tiles.",
        ),
    ),
    TaskSpec.one_input(
        "video",
        name="surveillance_event_log",
        output="text",
        description=(
            "Watch security camera footage and write a timestamped log of notable events: people "
            "arriving or leaving, vehicles, deliveries and any suspicious activity."
        ),
        examples=(
            "Summarise what happens in this CCTV clip <video 0> with timestamps.",
            "<video 0> doorbell cam from last night, anything suspicious?",
            "Make an incident log from the store camera footage in <video 0>.",
        ),
    ),
    TaskSpec.one_input(
        "video",
        name="stop_motion_effect",
        output="video",
        description=(
            "Convert a video into a stop-motion look: drop it to a choppy low frame rate with slight "
            "frame-to-frame jitter and a handmade claymation or cut-out feel."
        ),
        examples=(
            "Make <video 0> look like stop motion.",
            "<video 0> give this a claymation vibe, choppy like Wallace and Gromit",
            "Turn my clip <video 0> into a jerky, handmade animation at 8 fps.",
        ),
    ),
)

TOOLS20: tuple[tuple[str, str, str], ...] = (
    (
        "rope_knot_id",
        "Identifies rope knots, hitches, bends and lashings used in sailing, climbing, camping and "
        "rigging, and checks them for load safety.",
        "knot_identification",
    ),
    (
        "necktie_knot_id",
        "Identifies necktie and bow-tie knots (Windsor, half-Windsor, four-in-hand, Pratt, Eldredge) "
        "and critiques symmetry, dimple and length.",
        "knot_identification",
    ),
    (
        "weld_inspector",
        "Visual weld inspection for MIG, TIG and stick welds: flags porosity, undercut, cracks, "
        "spatter and incomplete fusion and gives a pass/fail opinion.",
        "weld_inspection",
    ),
    (
        "cloud_atlas",
        "Classifies clouds by genus and species following the international cloud atlas and "
        "explains the weather they indicate.",
        "cloud_identification",
    ),
    (
        "portrait_relight",
        "Relights people and faces: studio setups such as Rembrandt, butterfly, split or rim "
        "lighting, and evens out harsh shadows on skin.",
        "scene_relighting",
    ),
    (
        "interior_relight",
        "Relights rooms and building interiors: day/night switch, turning lamps and fixtures on or "
        "off, and changing window daylight direction.",
        "scene_relighting",
    ),
    (
        "nail_art_painter",
        "Paints manicure designs (colours, tips, patterns, decals, gems) onto fingernails in hand "
        "photos with realistic gloss.",
        "nail_art_preview",
    ),
    (
        "mosaic_maker",
        "Renders images as tile mosaics with adjustable tessera size, material (stone, glass, "
        "ceramic, gold smalti) and grout colour.",
        "tile_mosaic",
    ),
    (
        "retail_cctv_log",
        "Logs events in shop and warehouse CCTV: customer entries, till and cash drawer activity, "
        "shelf interactions, possible shoplifting or staff misconduct.",
        "surveillance_event_log",
    ),
    (
        "home_cam_log",
        "Logs events from home doorbell, porch and driveway cameras: visitors, parcel drop-offs and "
        "pickups, cars, animals and prowlers.",
        "surveillance_event_log",
    ),
    (
        "stopmotion_fx",
        "Applies a stop-motion treatment to video: frame-rate reduction, on-twos timing, jitter and "
        "clay or paper texture.",
        "stop_motion_effect",
    ),
    (
        "anime_clip_gen",
        "Text-to-video generator specialised in anime and cel-shaded animated clips.",
        "text_to_video",
    ),
)

TASK_REQUESTS20: tuple[tuple[str, str], ...] = (
    # knot_identification
    ("<image 0> which hitch is this? my dad uses it on the boat and I want to learn it", "knot_identification"),
    ("Going climbing tomorrow, my partner tied me in like in <image 0>. is that a proper figure eight follow through or did he mess up?", "knot_identification"),
    ("Is the Windsor in <image 0> done right or is it a half windsor, I honestly cant tell", "knot_identification"),
    ("pls what is the name of the tie on the tent guyline <image 0>", "knot_identification"),
    ("Found this lashing on an old crate (<image 0>). Any idea what it's called and whether it's secure enough to lift?", "knot_identification"),
    # weld_inspection
    ("first time stick welding, here's my practice plate <image 0>. roast it, where did I screw up?", "weld_inspection"),
    ("<image 0> does this fillet pass visual for a 3G cert test in your opinion", "weld_inspection"),
    ("Lots of little pinholes in my aluminium seam, see <image 0> - what causes that and is it still structurally sound?", "weld_inspection"),
    ("My brother-in-law fabricated this trailer hitch mount, pictured in <image 0>. Honestly it looks like bird poop to me. Would you trust it?", "weld_inspection"),
    ("could u grade the TIG beads on this stainless pipe <image 0>, looking for undercut mostly", "weld_inspection"),
    # cloud_identification
    ("<image 0> weird wavy stripes over the hills this morning, what are they called", "cloud_identification"),
    ("Im a glider pilot, looking at <image 0> - would you say those are building into thunderstorms or just fair weather puffs?", "cloud_identification"),
    ("took this from my balcony at sunset <image 0>, what's that anvil shaped thing in the distance", "cloud_identification"),
    ("Could you classify the cloud formations in <image 0> for my kid's science homework, with the proper Latin names?", "cloud_identification"),
    ("<image 0> mackerel sky?? my grandma says that means a storm tomorrow, is she right", "cloud_identification"),
    # scene_relighting
    ("<image 0> can you make it look like it was shot at blue hour instead of midday, same everything else", "scene_relighting"),
    ("Photo is too flat, the flash killed all the shape - could you add some moody side lighting? <image 0>", "scene_relighting"),
    ("My selfie <image 0> has a nasty green cast from the office fluorescents. Make it look like soft window light instead?", "scene_relighting"),
    ("<image 0> dramatic low key please, one source, deep shadows", "scene_relighting"),
    ("Wanna see how our bedroom would feel with candles only, no ceiling bulb, in <image 0>", "scene_relighting"),
    # nail_art_preview
    ("<image 0> what would chrome almond tips look like on me", "nail_art_preview"),
    ("Getting my gels done saturday, thinking pastel cow print... can you show it on my hand? <image 0>", "nail_art_preview"),
    ("<image 0> do a halloween mani, little ghosts on the ring fingers, black on the rest", "nail_art_preview"),
    ("Please give the nails in <image 0> a milky white base with tiny gold flakes, short squoval shape", "nail_art_preview"),
    ("My fingers in <image 0> look so boring lol, make them wedding-ready, something elegant with pearls", "nail_art_preview"),
    # tile_mosaic
    ("<image 0> could this look like it was laid in stone chips in a Pompeii villa?", "tile_mosaic"),
    ("I'm planning a backsplash and want to see our family crest done in tiny tiles with grout, <image 0>", "tile_mosaic"),
    ("Ravenna-style, gold background, little square pieces - do that to my grandma's portrait <image 0>", "tile_mosaic"),
    ("<image 0> turn into mosaic, chunky pieces, visible gaps between them", "tile_mosaic"),
    ("Can you render the sunset in <image 0> as if it were made of broken ceramic shards like Gaudi's park benches?", "tile_mosaic"),
    # surveillance_event_log
    ("<video 0> 3 hours of footage from the back gate, I dont have time, give me just the moments something happens with times", "surveillance_event_log"),
    ("Could you go through <video 0> from our office lobby cam and jot down who came in and when?", "surveillance_event_log"),
    ("Anything dodgy on the parking lot cam last night? <video 0> timestamps pls", "surveillance_event_log"),
    ("Insurance wants a timeline of the break-in, the recording is <video 0>. Please list each thing the intruders did and at what minute.", "surveillance_event_log"),
    ("<video 0> nanny cam, can you make a timeline of the day - when the kids were left alone etc", "surveillance_event_log"),
    # stop_motion_effect
    ("<video 0> want it to look like those Aardman films, you know, plasticine and kinda twitchy", "stop_motion_effect"),
    ("Can you make my kid's skateboard footage seem like someone animated it by nudging toys between shots? <video 0>", "stop_motion_effect"),
    ("<video 0> Laika / Coraline style pls, stuttery, little shake", "stop_motion_effect"),
    ("For our band's music video I'd love the dancing in <video 0> to look like paper cut-out animation, jerky like early South Park", "stop_motion_effect"),
    ("Could you convert <video 0> into that stop-mo look where everything moves in little stutters?", "stop_motion_effect"),
)

TOOL_REQUESTS20: tuple[tuple[str, str, str], ...] = (
    # knot_identification
    ("<image 0> is this a clove hitch or two half hitches? it's on my mooring line", "knot_identification", "rope_knot_id"),
    ("Before I abseil, could you check the knot joining my two ropes in <image 0>?", "knot_identification", "rope_knot_id"),
    ("Wedding in an hour, which knot did I end up with on my tie in <image 0>, is the dimple okay?", "knot_identification", "necktie_knot_id"),
    ("<image 0> my son's school tie, is that a four in hand or a pratt? looks lopsided", "knot_identification", "necktie_knot_id"),
    # scene_relighting
    ("<image 0> give my headshot a classic Rembrandt look, the little triangle under the eye", "scene_relighting", "portrait_relight"),
    ("Her face is half in shadow from the noon sun in <image 0>, can you even it out and add a bit of hair light?", "scene_relighting", "portrait_relight"),
    ("<image 0> this living room listing photo was shot at dusk, make it look like bright midday sun through the windows", "scene_relighting", "interior_relight"),
    ("Turn on all the pendant lights over the kitchen island in <image 0> so it looks cosy at night", "scene_relighting", "interior_relight"),
    # surveillance_event_log
    ("<video 0> we think someone is pocketing stuff near the cosmetics aisle, can you list every time someone lingers there?", "surveillance_event_log", "retail_cctv_log"),
    ("Register was 40 short Tuesday. Go through the checkout counter footage <video 0> and note each time the drawer opens", "surveillance_event_log", "retail_cctv_log"),
    ("My parcel vanished from the porch, here's the ring cam from 2 to 6pm <video 0>, who came up the steps and when?", "surveillance_event_log", "home_cam_log"),
    ("<video 0> driveway camera overnight, list any cars pulling in or people by my truck", "surveillance_event_log", "home_cam_log"),
)

OUT_OF_SCOPE20: tuple[str, ...] = (
    "Order me a replacement 10 m climbing rope in the same colour as the one in <image 0>.",
    "What's the weather radar showing for Leeds right now?",
    "<image 0> export this sky as a volumetric VDB cloud file I can load into Blender",
    "Book me a gel manicure for Saturday at the nearest salon.",
    "Generate G-code for my welding robot so it can run the seam shown in <image 0>.",
    "Turn on the porch light and lock the front door through my smart home hub.",
    "<video 0> email this clip to the police non-emergency address with my case number 4471",
    "<video 0> narrate what happens in this doorbell footage as an mp3 voiceover I can listen to in the car",
    "Compose a jaunty soundtrack to go with my stop-motion clip <video 0>",
    "Export the tile layout from <image 0> as a DXF so my waterjet can cut it",
    "Add this week's weld inspection results to our QA database table.",
    "Put <image 0> up on my Instagram story with the caption 'new nails'.",
)

BUILTIN20: tuple[tuple[str, str], ...] = (
    ("What's the difference between a bowline and a sheet bend, in general terms?", "text_understanding"),
    ("Write a short poem about cumulus clouds drifting over a wheat field.", "text_understanding"),
    ("<image 0> what colour is the car parked in the driveway?", "image_understanding"),
    ("What brand is the welding helmet lying on the bench in <image 0>?", "image_understanding"),
    ("<video 0> what animal runs across the lawn near the end of the clip?", "video_understanding"),
    ("Draw a lighthouse under a stormy sky full of towering clouds, oil painting style.", "text_to_image"),
    ("Make a 5 second clip of a sailboat tacking across a bay at sunset.", "text_to_video"),
    ("<image 0> remove the ladder leaning against the garage wall", "image_edit"),
    ("Change the colour of the sofa in <image 0> to dark green.", "image_edit"),
    ("Use the pose in <image 0> to generate a woman in a red coat standing in the same posture.", "image_control"),
    ("Create a picture of the cat from <image 0> sitting on a windowsill in Paris.", "image_reference"),
    ("Animate <image 0> so the clouds drift slowly across the sky.", "image_to_video"),
    ("Make a video of the man in <image 0> walking his dog along a beach.", "video_reference"),
    ("<video 0> remove the trash can that sits by the front door for the whole clip", "video_edit"),
    ("In <video 0> swap the blue car for a red pickup truck.", "video_edit"),
    ("Take the motion in <video 0> and give me a clip where a robot performs those same dance moves.", "video_control"),
)
