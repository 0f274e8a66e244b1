"""Twenty-fourth blind evaluation set for plugin task and tool routing.

Written blind: its author saw neither the planner's training or calibration data nor the other
benchmark sets, only the built-in task table and the built-in tool names. Evaluation only: never
train on it, and never use it to set thresholds or rules.

Domains: fly fishing, sailing, industrial corrosion inspection, bulk-handling conveyors, landscaping,
natural-history illustration, paleontology, scuba diving. Two requests that shared a run of six words
with the repo's own data were reworded before any run.

- TASKS24: eight plugin tasks declared as TaskSpecs, each with a description and three examples.
- TOOLS24: (tool_name, tool_description, task_name); one tool per plugin task, a second tool with a
  different specialty for three of them, and one specialised tool for a built-in task.
- TASK_REQUESTS24: five (request, task_name) pairs per plugin task, forty in all.
- TOOL_REQUESTS24: four (request, task_name, tool_name) triples for each two-tool task, two per tool.
- OUT_OF_SCOPE24: twelve requests that no built-in or plugin task can serve.
- BUILTIN24: sixteen (request, builtin_task_name) pairs for ordinary built-in requests.
"""

from unison_agent.contracts.tasks import TaskSpec

TASKS24: tuple[TaskSpec, ...] = (
    TaskSpec.one_input(
        "image",
        name="fly_pattern_identification",
        output="text",
        description=(
            "Identifies an artificial fishing fly from a photo: names the pattern, its type (dry, nymph, "
            "streamer, saltwater), hook size and materials, and what insect or prey it imitates."
        ),
        examples=(
            "What fly pattern is this? <image 0>",
            "<image 0> found this in my grandad's fly box, what does it imitate and what size hook is it?",
            "Name the fly in <image 0> and list the tying materials.",
        ),
    ),
    TaskSpec.one_input(
        "image",
        name="sail_trim_check",
        output="text",
        description=(
            "Reviews a photo of a sail under load and judges its trim (telltales, twist, draft depth and "
            "position, luff and leech tension), then says which controls to adjust."
        ),
        examples=(
            "Is my genoa trimmed right? <image 0>",
            "<image 0> here's the main from the cockpit, how should I change the trim?",
            "Check the sail shape in <image 0>; what should I adjust?",
        ),
    ),
    TaskSpec.one_input(
        "image",
        name="corrosion_grading",
        output="text",
        description=(
            "Grades corrosion on a metal structure or component from a photo against standard rust and "
            "coating-breakdown scales, describing severity and the recommended surface prep or repair."
        ),
        examples=(
            "Grade the rust on this steel beam <image 0>",
            "<image 0> how bad is the corrosion on this tank wall?",
            "What corrosion grade would you give the bridge girder in <image 0>?",
        ),
    ),
    TaskSpec.one_input(
        "video",
        name="conveyor_belt_fault_check",
        output="text",
        description=(
            "Watches footage of a running belt conveyor and reports visible faults such as belt "
            "mistracking, carryback, spillage, seized or damaged idlers and splice damage, with likely causes."
        ),
        examples=(
            "<video 0> what's wrong with this conveyor?",
            "Check the belt in <video 0> for tracking problems and spillage.",
            "Here's a clip of our tail pulley section <video 0>, any faults?",
        ),
    ),
    TaskSpec.one_input(
        "image",
        name="garden_planting_preview",
        output="image",
        description=(
            "Takes a photo of a bare yard, bed or border and renders the same space planted with a "
            "proposed planting scheme, so the owner can see it before buying plants."
        ),
        examples=(
            "Show me <image 0> planted with lavender and grasses",
            "<image 0> what would this bare bed look like as a cottage garden?",
            "Plant up the front border in <image 0> with shade-loving plants.",
        ),
    ),
    TaskSpec.one_input(
        "image",
        name="specimen_plate_illustration",
        output="image",
        description=(
            "Turns a photo of a plant, insect, shell or other specimen into a natural-history plate "
            "illustration in scientific style, on a clean background with labelled parts and a scale bar."
        ),
        examples=(
            "Make a scientific illustration of the beetle in <image 0>",
            "<image 0> turn this fern into a botanical plate",
            "Draw the moth in <image 0> as a natural history museum plate with a scale bar.",
        ),
    ),
    TaskSpec.one_input(
        "image",
        name="fossil_life_restoration",
        output="image",
        description=(
            "From a photo of a fossil or skeleton, renders a paleoart life restoration showing the animal "
            "or plant as it looked alive, with flesh, skin or feathers and its ancient habitat."
        ),
        examples=(
            "What did the creature in <image 0> look like alive? draw it",
            "<image 0> make a life reconstruction of this ammonite",
            "Paleoart of the animal from the skeleton in <image 0>, please.",
        ),
    ),
    TaskSpec.one_input(
        "video",
        name="underwater_color_correction",
        output="video",
        description=(
            "Restores natural colour to underwater footage by removing the blue-green cast, recovering the "
            "reds lost with depth and reducing haze and backscatter."
        ),
        examples=(
            "Fix the colours in my dive video <video 0>",
            "<video 0> everything's green, can you make the reef look normal?",
            "Colour-correct the underwater clip <video 0> for 20 m depth.",
        ),
    ),
)

TOOLS24: tuple[tuple[str, str, str], ...] = (
    (
        "trout_fly_matcher",
        "Identifies freshwater trout and grayling flies (dry flies, nymphs, wet flies, streamers) by pattern "
        "name and the hatch they imitate.",
        "fly_pattern_identification",
    ),
    (
        "sail_trim_advisor",
        "Reads sail shape and telltales in a photo and recommends sheet, halyard, vang and car adjustments.",
        "sail_trim_check",
    ),
    (
        "coating_rust_grader",
        "Grades rusting, blistering and flaking on painted or coated steel (bridges, tanks, hulls, towers) "
        "against coating-breakdown scales.",
        "corrosion_grading",
    ),
    (
        "conveyor_inspector",
        "Analyses conveyor footage for tracking, spillage, carryback, idler and splice faults.",
        "conveyor_belt_fault_check",
    ),
    (
        "planting_visualizer",
        "Renders a proposed planting scheme into a photo of an existing garden space.",
        "garden_planting_preview",
    ),
    (
        "stipple_plate_renderer",
        "Renders specimens as black-ink stippled and line-drawn plates in classic monochrome "
        "scientific-illustration style.",
        "specimen_plate_illustration",
    ),
    (
        "paleoart_renderer",
        "Reconstructs extinct organisms from fossil photos as realistic paleoart in their habitat.",
        "fossil_life_restoration",
    ),
    (
        "dive_color_restorer",
        "Removes the underwater colour cast from dive footage and restores reds, contrast and clarity.",
        "underwater_color_correction",
    ),
    (
        "saltwater_fly_matcher",
        "Identifies saltwater flies for bonefish, tarpon, permit, striped bass and other sea species, naming "
        "the pattern and the prey it mimics.",
        "fly_pattern_identification",
    ),
    (
        "rebar_corrosion_rater",
        "Rates corrosion of steel reinforcement exposed in cracked or spalled concrete, estimating section "
        "loss and repair urgency.",
        "corrosion_grading",
    ),
    (
        "watercolour_plate_renderer",
        "Renders specimens as full-colour watercolour plates in the style of historical botanical and "
        "entomological prints.",
        "specimen_plate_illustration",
    ),
    (
        "flowing_water_animator",
        "Animates a still landscape photo so rivers, waterfalls, waves and lakes move while the land stays still.",
        "image_to_video",
    ),
)

TASK_REQUESTS24: tuple[tuple[str, str], ...] = (
    # fly_pattern_identification
    ("bought a mixed bag of flies at a yard sale, no labels. which one is <image 0>?", "fly_pattern_identification"),
    (
        "<image 0> whats this bug called, the one with the gold bead and pheasant tail body",
        "fly_pattern_identification",
    ),
    ("Want to tie a few dozen of these over winter but need the recipe. <image 0>", "fly_pattern_identification"),
    (
        "guide handed me this on the Bighorn and it was killing it all afternoon. what pattern? <image 0>",
        "fly_pattern_identification",
    ),
    ("<image 0> elk hair caddis or something else?", "fly_pattern_identification"),
    # sail_trim_check
    ("<image 0> windward telltales keep stalling, whats off", "sail_trim_check"),
    (
        "Beating upwind in about 12 knots, shot taken from the rail <image 0>. Too much twist up top?",
        "sail_trim_check",
    ),
    ("rate my jib shape pls <image 0>", "sail_trim_check"),
    (
        "Racing Saturday. This is our kite on a broad reach <image 0> - ease the sheet or drop the pole?",
        "sail_trim_check",
    ),
    ("is the draft sitting too far aft on this <image 0>", "sail_trim_check"),
    # corrosion_grading
    ("<image 0> doing a coating survey in the ballast tank, what Ri grade would this be", "corrosion_grading"),
    ("how far gone is this flange? <image 0>", "corrosion_grading"),
    (
        "heavy scale on the handrail <image 0>, does it need a full blast to Sa 2.5 or just spot prep",
        "corrosion_grading",
    ),
    ("parking deck soffit with rust bleeding out of the cracks <image 0>. how serious?", "corrosion_grading"),
    ("Inspecting the old pier pilings today. <image 0> give me a rust rating", "corrosion_grading"),
    # conveyor_belt_fault_check
    ("<video 0> belt keeps walking off to the left at the head end, why", "conveyor_belt_fault_check"),
    ("material piling up under the return strand, filmed it here <video 0>", "conveyor_belt_fault_check"),
    (
        "walkdown clip from crusher 2 feed <video 0> - anything in there that needs a work order?",
        "conveyor_belt_fault_check",
    ),
    ("is that roller even turning?? <video 0>", "conveyor_belt_fault_check"),
    ("Watch the joint as it comes round the pulley, looks rough to me <video 0>", "conveyor_belt_fault_check"),
    # garden_planting_preview
    (
        "just moved in and the backyard is pure dirt <image 0>. mock it up as a prairie-style meadow",
        "garden_planting_preview",
    ),
    ("<image 0> what would a mediterranean gravel garden look like here", "garden_planting_preview"),
    ("pls fill this empty raised bed with veg and marigolds so i can picture it <image 0>", "garden_planting_preview"),
    (
        "Client wants to see hostas and ferns under the maple before signing off on the quote. <image 0>",
        "garden_planting_preview",
    ),
    ("native pollinator strip along this fence line? show me <image 0>", "garden_planting_preview"),
    # specimen_plate_illustration
    (
        "<image 0> for my thesis appendix I need this weevil drawn like a figure in an old taxonomic monograph",
        "specimen_plate_illustration",
    ),
    (
        "herbarium sheet photo <image 0>. can you redraw it properly with the flower dissected alongside",
        "specimen_plate_illustration",
    ),
    ("make the dragonfly in <image 0> look like it belongs in a field guide", "specimen_plate_illustration"),
    ("<image 0> museum-style drawing of this cowrie shell, with a 1 cm scale bar", "specimen_plate_illustration"),
    (
        "turn my phone snap of this orchid into something fit for Curtis's Botanical Magazine <image 0>",
        "specimen_plate_illustration",
    ),
    # fossil_life_restoration
    (
        "found this trilobite on a beach walk <image 0>, show me the thing alive crawling on the seafloor",
        "fossil_life_restoration",
    ),
    (
        "<image 0> is our museum's mosasaur skull. need a picture of the whole animal fleshed out for the placard",
        "fossil_life_restoration",
    ),
    ("what would this guy have looked like with skin on <image 0>", "fossil_life_restoration"),
    ("flesh out the raptor in <image 0>, feathered pls, standing in a Cretaceous forest", "fossil_life_restoration"),
    (
        "Leaf imprint in shale, <image 0>. Can you show me the living plant back in its Carboniferous swamp?",
        "fossil_life_restoration",
    ),
    # underwater_color_correction
    (
        "<video 0> shot on a gopro at 25m without a red filter, everything is cyan. can it be saved?",
        "underwater_color_correction",
    ),
    ("wreck penetration footage is super murky and blue <video 0>", "underwater_color_correction"),
    ("white balance my snorkel clip pls <video 0>, the corals look dead", "underwater_color_correction"),
    (
        "Lost my torch halfway through the dive so the second half is all green. <video 0>",
        "underwater_color_correction",
    ),
    ("bring the reds back in <video 0>", "underwater_color_correction"),
)

TOOL_REQUESTS24: tuple[tuple[str, str, str], ...] = (
    # fly_pattern_identification
    (
        "what's this nymph called? tied it off a photo ages ago and forgot the name <image 0>",
        "fly_pattern_identification",
        "trout_fly_matcher",
    ),
    (
        "<image 0> dry fly my uncle swears by for the mayfly hatch on the chalkstreams - pattern name?",
        "fly_pattern_identification",
        "trout_fly_matcher",
    ),
    (
        "<image 0> bonefish guide on Andros tied this on for me on the flats, what's it called?",
        "fly_pattern_identification",
        "saltwater_fly_matcher",
    ),
    (
        "tarpon fly from a shop in the Keys <image 0>, which pattern is it",
        "fly_pattern_identification",
        "saltwater_fly_matcher",
    ),
    # corrosion_grading
    (
        "<image 0> paint blistering and rust spotting all over the water tower, grade it",
        "corrosion_grading",
        "coating_rust_grader",
    ),
    (
        "topside of the ship's hull above the waterline, the coating is failing in patches <image 0>",
        "corrosion_grading",
        "coating_rust_grader",
    ),
    (
        "bridge pier where the concrete spalled off and the bars are showing <image 0>. how bad",
        "corrosion_grading",
        "rebar_corrosion_rater",
    ),
    (
        "<image 0> underside of a balcony slab, the reinforcement is exposed and rusting. rate it",
        "corrosion_grading",
        "rebar_corrosion_rater",
    ),
    # specimen_plate_illustration
    (
        "<image 0> pen-and-ink stippled plate of this beetle, the journal only prints black and white",
        "specimen_plate_illustration",
        "stipple_plate_renderer",
    ),
    (
        "monochrome dot-shaded drawing of the leaf in <image 0> for my herbarium label",
        "specimen_plate_illustration",
        "stipple_plate_renderer",
    ),
    (
        "<image 0> full colour watercolour plate of this swallowtail, vintage look",
        "specimen_plate_illustration",
        "watercolour_plate_renderer",
    ),
    (
        "paint the rose hips in <image 0> as a coloured 19th-century botanical print",
        "specimen_plate_illustration",
        "watercolour_plate_renderer",
    ),
)

OUT_OF_SCOPE24: tuple[str, ...] = (
    "Email the rust grading for the Pier 4 survey to our contact at the port authority.",
    "book me a drift boat guide on the Madison for next saturday",
    "what's the wind doing at the marina right now? thinking of heading out",
    "I recorded the conveyor gearbox noise on my phone, can you listen and tell me if a bearing is going?",
    "export the corrosion grades for all my site photos into an Excel sheet",
    "turn <image 0> of this ammonite into an STL file I can 3D print",
    "order three dozen size 16 parachute adams from whoever's cheapest",
    "switch on zone 3 of the irrigation controller for 20 minutes",
    "make a sea shanty track with vocals to celebrate our regatta win",
    "what did I tell you last week about my boat's sail numbers?",
    "post my dive video to the club's facebook page",
    "current tide times and water temp at the Blue Hole in Dahab pls",
)

BUILTIN24: tuple[tuple[str, str], ...] = (
    ("whats the difference between a cutter and a sloop rig", "text_understanding"),
    ("Write a short packing list for a three-day canoe trip.", "text_understanding"),
    ("<image 0> how many boats are moored in this photo?", "image_understanding"),
    ("what colour is the hard hat on the guy on the left <image 0>", "image_understanding"),
    ("<video 0> at what point does the diver wave at the camera?", "video_understanding"),
    ("does the kayaker in <video 0> capsize at any point?", "video_understanding"),
    ("oil painting of a fly fisherman standing in a misty river at dawn", "text_to_image"),
    ("generate a clip of a dinghy planing through chop at sunset", "text_to_video"),
    ("remove the power lines from the sky in <image 0>", "image_edit"),
    ("<image 0> change the boat's hull to navy blue", "image_edit"),
    ("take the depth map <image 0> and render a sandstone canyon with a river running through it", "image_control"),
    ("put the dog from <image 0> on the bow of a racing yacht, sunny day", "image_reference"),
    ("make <image 0> come alive with the waves crashing over the rocks", "image_to_video"),
    ("a video of the mascot in <image 0> skiing down a powder slope", "video_reference"),
    ("turn <video 0> black and white", "video_edit"),
    (
        "copy the moves of the climber in <video 0> but make it an astronaut on a lunar cliff",
        "video_control",
    ),
)
