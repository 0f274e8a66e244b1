"""Twenty-second blind evaluation set for plugin task and tool routing.

Written blind: its author saw neither the planner's training or calibration data nor the other
benchmark sets, only the built-in task table and the built-in tool names. Evaluation only: never
train on it, and never use it to set thresholds or rules.

Domains: molecular-biology gel and blot reading, maths homework grading, presentation slide design
critique, aviation preflight checklist review, woodworking stain previews, bonsai styling previews,
tabletop miniature turntable videos, puppetry rig and string removal. Four requests that shared a
run of six words with the repo's own data ('... in <image 0> and tell me ...', 'make a video of a robot ...')
were reworded before any run.

- TASKS22: eight plugin tasks declared as TaskSpecs, each with a description and three examples.
- TOOLS22: (tool_name, tool_description, task_name); one tool per plugin task, a second tool with a
  different specialty for three of them, and one specialised tool for a built-in task.
- TASK_REQUESTS22: five (request, task_name) pairs per plugin task, forty in all.
- TOOL_REQUESTS22: four (request, task_name, tool_name) triples for each two-tool task, two per tool.
- OUT_OF_SCOPE22: twelve requests that no built-in or plugin task can serve.
- BUILTIN22: sixteen (request, builtin_task_name) pairs for ordinary built-in requests.
"""

from unison_agent.contracts.tasks import TaskSpec

TASKS22: tuple[TaskSpec, ...] = (
    TaskSpec.one_input(
        "image",
        name="gel_band_reading",
        output="text",
        description=(
            "Reads a photo or scan of an electrophoresis gel or blot: finds the lanes and bands, estimates "
            "band sizes against the ladder and reports relative intensities, smears and missing bands."
        ),
        examples=(
            "Which lanes in <image 0> have a band near 500 bp?",
            "Read this agarose gel for me and list the band sizes per lane <image 0>",
            "<image 0> is my colony PCR gel - which colonies look positive?",
        ),
    ),
    TaskSpec.one_input(
        "image",
        name="homework_math_grading",
        output="text",
        description=(
            "Grades a photo of handwritten maths work: checks each step, marks where an error first appears "
            "and explains the correct reasoning, with a score if asked."
        ),
        examples=(
            "Grade the algebra worksheet in <image 0> and say which questions are wrong",
            "Check my working for question 4 in <image 0>, where did I go wrong?",
            "<image 0> mark this fractions quiz out of 10",
        ),
    ),
    TaskSpec.one_input(
        "image",
        name="slide_design_critique",
        output="text",
        description=(
            "Critiques a presentation slide screenshot for design: hierarchy, text density, contrast, "
            "alignment, chart clarity and consistency, with concrete suggestions."
        ),
        examples=(
            "Is the slide in <image 0> too cluttered? Give me design feedback",
            "Critique this pitch deck slide <image 0> - fonts, colours, layout",
            "<image 0> how can I make this chart slide easier to read for the board?",
        ),
    ),
    TaskSpec.one_input(
        "video",
        name="preflight_checklist_review",
        output="text",
        description=(
            "Watches a recording of a pilot's walkaround or cockpit preflight and reports which checklist "
            "items were performed, skipped or done out of order, with timestamps."
        ),
        examples=(
            "Did I miss anything on my walkaround in <video 0>? It's a Cessna 172",
            "Review the cockpit preflight in <video 0> against the before-start checklist",
            "<video 0> list each checklist item with the time it was done",
        ),
    ),
    TaskSpec.one_input(
        "image",
        name="wood_stain_preview",
        output="image",
        description=(
            "Shows what bare or existing wood in a photo would look like with a chosen stain, oil or finish "
            "colour and sheen, keeping the grain and the rest of the scene unchanged."
        ),
        examples=(
            "Show the table in <image 0> with a dark walnut stain",
            "What would this pine bookshelf look like in a weathered grey finish? <image 0>",
            "<image 0> preview the floorboards with a matte natural oil",
        ),
    ),
    TaskSpec.one_input(
        "image",
        name="bonsai_styling_preview",
        output="image",
        description=(
            "Produces a virtual styling of a bonsai or pre-bonsai from a photo: shows the tree after proposed "
            "pruning, wiring, branch selection or a new pot and front, for planning before cutting."
        ),
        examples=(
            "Show me <image 0> styled as an informal upright after pruning",
            "What would my juniper look like wired into a cascade? <image 0>",
            "<image 0> virtual styling please, remove the bar branch and shorten the apex",
        ),
    ),
    TaskSpec.one_input(
        "image",
        name="miniature_turntable",
        output="video",
        description=(
            "Turns a photo of a painted tabletop miniature or model into a short 360-degree turntable "
            "video on a plain backdrop, inferring the unseen sides consistently."
        ),
        examples=(
            "Make a turntable spin video of my painted space marine <image 0>",
            "<image 0> a 360 rotation of this mini for my portfolio",
            "Can you make my dwarf miniature in <image 0> slowly rotate on a black background?",
        ),
    ),
    TaskSpec.one_input(
        "video",
        name="puppet_rig_removal",
        output="video",
        description=(
            "Removes visible puppetry rigs from performance footage: marionette strings, control rods, "
            "support wires and black-clad puppeteers, filling in the background behind them."
        ),
        examples=(
            "Remove the marionette strings from <video 0>",
            "Paint out the rods holding the puppet's arms in <video 0>",
            "<video 0> please erase the puppeteer in black behind the puppet",
        ),
    ),
)

TOOLS22: tuple[tuple[str, str, str], ...] = (
    (
        "gel_band_caller",
        "Nucleic acid agarose and polyacrylamide gels: lane detection, ladder fitting and band size calling in bp/kb.",
        "gel_band_reading",
    ),
    (
        "blot_densitometry",
        "Protein western blots: band densitometry, background subtraction and normalisation to a loading control.",
        "gel_band_reading",
    ),
    (
        "math_step_checker",
        "Handwritten maths recognition with step-by-step verification and error localisation.",
        "homework_math_grading",
    ),
    (
        "slide_critic",
        "Presentation design heuristics: hierarchy, contrast, density, alignment and chart best practice.",
        "slide_design_critique",
    ),
    (
        "walkaround_watcher",
        "Action recognition for light-aircraft walkarounds and cockpit flows matched to POH checklists.",
        "preflight_checklist_review",
    ),
    (
        "interior_finish_sim",
        "Indoor furniture, cabinetry and floors: oil-based, gel and water-based stains, varnish sheen under room light.",
        "wood_stain_preview",
    ),
    (
        "exterior_stain_sim",
        "Outdoor decks, fences, siding and pergolas: semi-transparent and solid exterior stains, with ageing in sun.",
        "wood_stain_preview",
    ),
    (
        "bonsai_virtual_stylist",
        "Bonsai styling simulation: pruning, wiring, branch selection, apex design and pot matching.",
        "bonsai_styling_preview",
    ),
    (
        "mini_spin_gen",
        "Novel-view turntable generation for small painted figures and models on plain backdrops.",
        "miniature_turntable",
    ),
    (
        "string_line_cleaner",
        "Thin-line removal in video: marionette strings, fishing line and fine support wires, tracked across frames.",
        "puppet_rig_removal",
    ),
    (
        "rod_operator_eraser",
        "Large-region removal in video: control rods, hands and fully visible black-clad operators, with background fill.",
        "puppet_rig_removal",
    ),
    (
        "object_eraser_hd",
        "Removes small unwanted objects, such as litter, wires or passers-by, from high-resolution photos.",
        "image_edit",
    ),
)

TASK_REQUESTS22: tuple[tuple[str, str], ...] = (
    # gel_band_reading
    ("<image 0> ladder is the 1kb plus in lane 1. what size is the band in lane 5", "gel_band_reading"),
    (
        "Hi, I ran a restriction digest last night and I'm not sure it cut properly. Could you look at the gel "
        "in <image 0> and let me know how many bands each lane has and roughly what size?",
        "gel_band_reading",
    ),
    ("is that a primer dimer at the bottom of lane 7 or real product? <image 0>", "gel_band_reading"),
    ("Quick one - does lane 3 in <image 0> look smeared / degraded RNA to you?", "gel_band_reading"),
    ("genotyping gel attached <image 0>, call het/hom for each mouse pls", "gel_band_reading"),
    # homework_math_grading
    ("my son did these long division problems <image 0> can you check which ones are right", "homework_math_grading"),
    (
        "I'm a tutor and I've got a stack of these to get through. Mark the quadratic equations page in "
        "<image 0>, give partial credit for correct method, and note the first mistake in each.",
        "homework_math_grading",
    ),
    ("<image 0> did i integrate this by parts correctly?", "homework_math_grading"),
    ("Check the proof by induction I wrote out in <image 0> - is the inductive step valid?", "homework_math_grading"),
    ("grade plz <image 0> its the simultaneous equations homwork", "homework_math_grading"),
    # slide_design_critique
    ("Be brutally honest: is <image 0> a good title slide for a conference keynote?", "slide_design_critique"),
    (
        "I'm presenting quarterly numbers to leadership tomorrow and my manager said the slide looks 'busy'. "
        "Here it is: <image 0>. What specifically should I change?",
        "slide_design_critique",
    ),
    ("<image 0> too much text??", "slide_design_critique"),
    (
        "Does the colour contrast on this slide work for people at the back of a big room <image 0>",
        "slide_design_critique",
    ),
    ("review the layout and typography of my thesis defence slide <image 0>, thanks", "slide_design_critique"),
    # preflight_checklist_review
    ("<video 0> my preflight from this morning, anything I skipped?", "preflight_checklist_review"),
    (
        "Student pilot here. My instructor asked me to film my walkaround on the Piper Warrior and get it checked. "
        "Can you go through <video 0> and tell me if I checked fuel sumps, control surfaces, and the pitot tube?",
        "preflight_checklist_review",
    ),
    ("Did I do the run-up items in the right order in <video 0>?", "preflight_checklist_review"),
    (
        "compare the flow in <video 0> with the standard before-takeoff checklist and flag gaps",
        "preflight_checklist_review",
    ),
    ("Was the fuel selector actually checked in this cockpit video? <video 0>", "preflight_checklist_review"),
    # wood_stain_preview
    ("<image 0> what would this oak dresser look like in ebony?", "wood_stain_preview"),
    (
        "We just sanded our old dining chairs back to bare wood (photo: <image 0>) and can't decide between "
        "golden oak and a red mahogany. Could you show me the mahogany version?",
        "wood_stain_preview",
    ),
    ("preview a clear satin poly on the maple cutting board in <image 0>", "wood_stain_preview"),
    ("Try a whitewash / limed look on the cedar planks in <image 0> please", "wood_stain_preview"),
    ("show the stairs treads in <image 0> stained espresso, leave the white risers alone", "wood_stain_preview"),
    # bonsai_styling_preview
    ("Nursery stock ficus <image 0> - show me what it could become as a broom style", "bonsai_styling_preview"),
    (
        "I bought this big field-grown trident maple and I'm nervous about the first chop. Can you show me "
        "<image 0> after a trunk chop at about a third of the height with new branches started?",
        "bonsai_styling_preview",
    ),
    ("<image 0> put it in a shallow oval unglazed pot and tilt it slightly to the left", "bonsai_styling_preview"),
    ("Show this azalea thinned out with the crossing branches removed <image 0>", "bonsai_styling_preview"),
    ("virtual of my pine as literati? <image 0>", "bonsai_styling_preview"),
    # miniature_turntable
    ("<image 0> spin it 360 for a post on the painting forum", "miniature_turntable"),
    (
        "Finished my first Warhammer character! Photo is <image 0>. Would love a short clip of it turning "
        "all the way round on a grey background like the pros do.",
        "miniature_turntable",
    ),
    ("turn this resin bust into a rotating showcase vid <image 0>", "miniature_turntable"),
    (
        "Can I get a slow full-rotation video of the tank model in <image 0> for my commission page?",
        "miniature_turntable",
    ),
    ("360 turntable of the D&D mini please, white backdrop, <image 0>", "miniature_turntable"),
    # puppet_rig_removal
    ("<video 0> clean up the strings on the puppet, they're really distracting", "puppet_rig_removal"),
    (
        "We shot a short film with a hand-and-rod puppet and the operator's arm pops into frame a few times "
        "around the middle. Can you remove it from <video 0>?",
        "puppet_rig_removal",
    ),
    ("get rid of the control bar and wires visible at the top of frame in <video 0>", "puppet_rig_removal"),
    ("In <video 0> the shadow puppet rods show against the screen, can those be erased?", "puppet_rig_removal"),
    ("rig removal on our puppet music video <video 0> pls, keep everything else identical", "puppet_rig_removal"),
)

TOOL_REQUESTS22: tuple[tuple[str, str, str], ...] = (
    (
        "<image 0> PCR products, 100 bp ladder in lane 1 - is my amplicon the expected 650?",
        "gel_band_reading",
        "gel_band_caller",
    ),
    (
        "Which plasmid preps in <image 0> show the insert after the EcoRI digest? Need the fragment sizes.",
        "gel_band_reading",
        "gel_band_caller",
    ),
    (
        "Anti-p53 blot with actin as loading control <image 0> - how much does p53 go up after treatment, fold change?",
        "gel_band_reading",
        "blot_densitometry",
    ),
    (
        "Here's my chemiluminescence image <image 0>. Can you quantify the phospho-ERK bands relative to total ERK?",
        "gel_band_reading",
        "blot_densitometry",
    ),
    (
        "Show our kitchen cabinets in <image 0> with a honey maple stain, semi-gloss",
        "wood_stain_preview",
        "interior_finish_sim",
    ),
    (
        "<image 0> is the coffee table I'm refinishing for the living room - what does a gel stain in java look like?",
        "wood_stain_preview",
        "interior_finish_sim",
    ),
    (
        "The back fence in <image 0> needs redoing this summer. Show it in a cedar-tone semi-transparent stain?",
        "wood_stain_preview",
        "exterior_stain_sim",
    ),
    (
        "What would our deck (<image 0>) look like with a solid slate grey stain after a year of sun?",
        "wood_stain_preview",
        "exterior_stain_sim",
    ),
    (
        "The marionette's strings catch the stage lights in <video 0>, you can see them glinting. Remove them?",
        "puppet_rig_removal",
        "string_line_cleaner",
    ),
    (
        "<video 0> the paper bird is hung on fishing line, please make the line disappear",
        "puppet_rig_removal",
        "string_line_cleaner",
    ),
    (
        "Bunraku performance in <video 0> - the three operators in black are fully visible. Can you erase them "
        "so only the puppet remains?",
        "puppet_rig_removal",
        "rod_operator_eraser",
    ),
    (
        "remove the puppeteer's hand and the thick rod under the dragon in <video 0>",
        "puppet_rig_removal",
        "rod_operator_eraser",
    ),
)

OUT_OF_SCOPE22: tuple[str, ...] = (
    "Order two quarts of dark walnut stain and have them delivered to my house by Friday",
    "What's the current METAR and TAF at KPAO? I want to know if I can fly in an hour",
    "File my VFR flight plan with flight service for tomorrow 9am",
    "Export my deck as a .pptx with the fonts fixed <image 0>",
    "Give me an STL of the miniature in <image 0> so I can 3D print copies",
    "Email the graded worksheet to my daughter's teacher",
    "Book me a spot at the next bonsai repotting workshop near Portland",
    "Transcribe the puppets' dialogue and the background music from <video 0>",
    "Run the PCR again with a higher annealing temperature and send me the gel",
    "Generate the CNC G-code to cut the cabinet doors in <image 0>",
    "Listen to the engine run-up audio in <video 0> and tell me if the magneto sounds rough",
    "Convert my raw Bio-Rad .scn gel file to a TIFF for the paper",
)

BUILTIN22: tuple[tuple[str, str], ...] = (
    ("Explain the difference between agarose and polyacrylamide gels in plain English", "text_understanding"),
    ("Write a pre-solo checklist for a Cessna 152 student, short bullet points", "text_understanding"),
    ("What species of tree is the bonsai in <image 0>?", "image_understanding"),
    ("<image 0> what brand of paint pots are on this painting desk?", "image_understanding"),
    ("In <video 0>, what colour is the marionette's hat?", "video_understanding"),
    ("How many times does the pilot touch the yoke in <video 0>?", "video_understanding"),
    ("Draw a juniper bonsai on a rock slab in a misty Japanese garden", "text_to_image"),
    ("Make a short video of a wooden marionette dancing on a little theatre stage", "text_to_video"),
    ("Replace the stock photo on my slide <image 0> with a picture of a lighthouse", "image_edit"),
    ("Remove the coffee mug from the workbench in <image 0>", "image_edit"),
    ("Use the pose in <image 0> to generate a knight in full plate armour", "image_control"),
    ("Make a new picture of the dragon miniature in <image 0> fighting on a lava battlefield", "image_reference"),
    ("Animate <image 0> so the painted wizard mini raises his staff and the fire flickers", "image_to_video"),
    ("Create a video of the pilot in <image 0> walking out to the plane on the ramp", "video_reference"),
    ("In <video 0> make the puppet's red coat blue", "video_edit"),
    ("Make a clip where a robot copies the puppet's movements from <video 0>", "video_control"),
)
