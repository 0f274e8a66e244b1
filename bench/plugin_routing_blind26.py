"""Twenty-sixth blind evaluation set for plugin task and tool routing.

Written blind: its author saw neither the planner's training or calibration data nor the other
benchmark sets, only the built-in task table and the built-in tool names. Evaluation only: never
train on it, and never use it to set thresholds or rules.

Domains: kerbside parking rules, architectural history, reptile keeping, dog agility, theatre set
design, urban street planning, dog grooming, projection-mapped light shows.

- TASKS26: eight plugin tasks declared as TaskSpecs, each with a description and three examples.
- TOOLS26: (tool_name, tool_description, task_name); one tool per plugin task, a second tool with a
  different specialty for three of them, and one specialised tool for a built-in task.
- TASK_REQUESTS26: five (request, task_name) pairs per plugin task, forty in all.
- TOOL_REQUESTS26: four (request, task_name, tool_name) triples for each two-tool task, two per tool.
- OUT_OF_SCOPE26: twelve requests that no built-in or plugin task can serve.
- BUILTIN26: sixteen (request, builtin_task_name) pairs for ordinary built-in requests.
"""

from unison_agent.contracts.tasks import TaskSpec

TASKS26: tuple[TaskSpec, ...] = (
    TaskSpec.one_input(
        "image",
        name="parking_sign_interpreter",
        output="text",
        description=(
            "Reads a photo of street parking signs, plates and kerb markings and explains in plain words "
            "whether and when a vehicle may park or stop there, including time limits, permits and tow-away rules."
        ),
        examples=(
            "Can I park here at 6pm on a Saturday? <image 0>",
            "<image 0> explain what this stack of parking signs means",
            "Is this bay OK for loading for 20 minutes? Signs in <image 0>",
        ),
    ),
    TaskSpec.one_input(
        "image",
        name="architectural_style_identification",
        output="text",
        description=(
            "Identifies the architectural style, period and likely influences of a building from a photo of "
            "its exterior or interior, pointing out the features that give the style away."
        ),
        examples=(
            "What architectural style is this building? <image 0>",
            "<image 0> which era was this house built in, judging by its design?",
            "Name the style of this church facade and the features that show it <image 0>",
        ),
    ),
    TaskSpec.one_input(
        "image",
        name="vivarium_husbandry_check",
        output="text",
        description=(
            "Reviews a photo of a reptile or amphibian enclosure and assesses its husbandry: heat and UVB "
            "placement, hides, substrate, humidity set-up, enclosure size and hazards, with suggested fixes."
        ),
        examples=(
            "Is this a good setup for my leopard gecko? <image 0>",
            "<image 0> check my snake's enclosure for problems",
            "What should I improve in this tortoise table? <image 0>",
        ),
    ),
    TaskSpec.one_input(
        "video",
        name="agility_run_review",
        output="text",
        description=(
            "Watches a video of a dog agility run and reports faults, refusals, missed contacts, knocked bars "
            "and lost time, with notes on how the team could run the course better."
        ),
        examples=(
            "Review my dog's agility run <video 0>",
            "<video 0> how many faults did we get on this course?",
            "What can I do better handling this sequence? <video 0>",
        ),
    ),
    TaskSpec.one_input(
        "image",
        name="stage_set_model_render",
        output="image",
        description=(
            "Turns a photo of a theatre designer's scale model box or white-card model into a realistic "
            "picture of the finished set on stage, with materials, scenic paint and lighting."
        ),
        examples=(
            "Render this set model as a real stage <image 0>",
            "<image 0> show what this model box would look like built full size and lit",
            "Make my white-card model look like the finished set for a night scene <image 0>",
        ),
    ),
    TaskSpec.one_input(
        "image",
        name="street_redesign_preview",
        output="image",
        description=(
            "Redraws a photo of an existing street or junction as a proposed redesign, for example with bike "
            "lanes, bus lanes, wider pavements, crossings, trees or parklets, for public consultation."
        ),
        examples=(
            "Show this street with protected bike lanes <image 0>",
            "<image 0> what would this road look like with wider sidewalks and trees?",
            "Redesign this junction as a pedestrian-friendly plaza <image 0>",
        ),
    ),
    TaskSpec.one_input(
        "image",
        name="dog_grooming_cut_preview",
        output="image",
        description=(
            "Shows how a particular dog would look after a chosen grooming clip or trim style, such as a teddy "
            "bear cut, lamb clip or breed-standard trim, starting from a photo of the dog."
        ),
        examples=(
            "Show my poodle with a teddy bear cut <image 0>",
            "<image 0> what would he look like with a short summer trim?",
            "Preview a schnauzer breed trim on my dog <image 0>",
        ),
    ),
    TaskSpec.one_input(
        "image",
        name="projection_mapping_preview",
        output="video",
        description=(
            "Creates a short video preview of a projection-mapped light show on a building facade or other "
            "surface from a photo, with projected graphics that follow the architecture."
        ),
        examples=(
            "Make a projection mapping show on this building <image 0>",
            "<image 0> preview what a light projection on this cathedral would look like",
            "Animate projected visuals following the windows and columns of this facade <image 0>",
        ),
    ),
)

TOOLS26: tuple[tuple[str, str, str], ...] = (
    (
        "uk_kerbside_restriction_reader",
        "Interprets UK and Irish parking signs, yellow and red lines, kerb markings, controlled parking zones "
        "and blue badge rules.",
        "parking_sign_interpreter",
    ),
    (
        "architectural_style_expert",
        "Names the style, period and design influences of buildings from photos, citing telltale features.",
        "architectural_style_identification",
    ),
    (
        "herp_husbandry_advisor",
        "Assesses reptile and amphibian enclosures for heating, lighting, humidity, substrate, furnishing and safety.",
        "vivarium_husbandry_check",
    ),
    (
        "agility_fault_scorer",
        "Scores a dog agility run by the judging rules: faults, refusals, run-outs, missed contacts, bars "
        "down, eliminations and course time.",
        "agility_run_review",
    ),
    (
        "set_model_visualiser",
        "Renders a photographed theatre model box as a realistic, lit, full-scale stage set.",
        "stage_set_model_render",
    ),
    (
        "complete_streets_render",
        "Renders street redesigns focused on the movement layout: bike lanes, bus lanes, road diets, "
        "crossings, kerb extensions and traffic calming.",
        "street_redesign_preview",
    ),
    (
        "grooming_style_previewer",
        "Edits a dog photo to show the result of a named clip, trim or breed-standard groom.",
        "dog_grooming_cut_preview",
    ),
    (
        "facade_mapping_animator",
        "Generates a short video of animated projection-mapped visuals fitted to a photographed facade.",
        "projection_mapping_preview",
    ),
    (
        "north_american_parking_sign_reader",
        "Interprets US and Canadian parking signs, including street cleaning days, meters, alternate-side "
        "rules, tow-away zones and painted curb colours.",
        "parking_sign_interpreter",
    ),
    (
        "agility_handler_coach",
        "Critiques the handler's side of an agility run: body position, front, rear and blind crosses, "
        "footwork, lines and the timing of verbal and physical cues.",
        "agility_run_review",
    ),
    (
        "streetscape_greening_render",
        "Renders street redesigns focused on greenery and public space: street trees, planters, rain "
        "gardens, parklets, seating and depaving.",
        "street_redesign_preview",
    ),
    (
        "facade_clutter_remover",
        "Removes shop signs, overhead wires, scaffolding and parked cars from building photos while keeping "
        "the architecture intact.",
        "image_edit",
    ),
)

TASK_REQUESTS26: tuple[tuple[str, str], ...] = (
    # parking_sign_interpreter
    (
        "three plates stacked on one pole and I've got a blue badge, am I allowed to leave the car here till "
        "noon? <image 0>",
        "parking_sign_interpreter",
    ),
    ("<image 0> tuesday 8:15am, street sweeping?? will i get a ticket if i stay", "parking_sign_interpreter"),
    (
        "Rental van, need to unload furniture for maybe half an hour. Does the kerb restriction in <image 0> "
        "let me do that?",
        "parking_sign_interpreter",
    ),
    ("what do the double yellows plus this little plate mean for sunday <image 0>", "parking_sign_interpreter"),
    (
        "Got towed once already this year. Before I walk away from the car: <image 0> — is 2 hrs ok tonight?",
        "parking_sign_interpreter",
    ),
    # architectural_style_identification
    (
        "Is this Art Deco or Streamline Moderne? I can never tell them apart <image 0>",
        "architectural_style_identification",
    ),
    (
        "<image 0> bought this terrace, the estate agent said 'Edwardian' but the bay windows look earlier to me",
        "architectural_style_identification",
    ),
    (
        "what do you call this look, with all the fancy brackets under the eaves and the tall arched windows <image 0>",
        "architectural_style_identification",
    ),
    ("Brutalist? Or just ugly 70s concrete. <image 0>", "architectural_style_identification"),
    (
        "Walking tour guide here. Need to tell visitors which movement the front in <image 0> belongs to and "
        "roughly when it went up.",
        "architectural_style_identification",
    ),
    # vivarium_husbandry_check
    ("first beardie, here's the viv <image 0>. basking spot + t5 placement right?", "vivarium_husbandry_check"),
    (
        "<image 0> ball python tub, he hasn't eaten in 3 weeks, anything off about how it's set up",
        "vivarium_husbandry_check",
    ),
    (
        "Just converted a 4x2x2 for my crested gecko — enough foliage, and is the mesh top going to dry it out? "
        "<image 0>",
        "vivarium_husbandry_check",
    ),
    (
        "Rescued a red-eared slider and this is the tank it came in (<image 0>). What needs changing first?",
        "vivarium_husbandry_check",
    ),
    (
        "is loose sand ok for her or is that an impaction risk? rest of the build is in <image 0>",
        "vivarium_husbandry_check",
    ),
    # agility_run_review
    (
        "Our first jumpers trial with my sheltie <video 0> — where did we bleed the most seconds?",
        "agility_run_review",
    ),
    ("<video 0> did she actually hit the yellow on the A-frame or was that a fly-off", "agility_run_review"),
    (
        "pls watch our masters standard round, judge called a refusal at obstacle 7 and I don't see it <video 0>",
        "agility_run_review",
    ),
    (
        "Club training clip, collie keeps popping out of the weaves at pole 10. Why? <video 0>",
        "agility_run_review",
    ),
    ("Clean round or not? Be honest. <video 0>", "agility_run_review"),
    # stage_set_model_render
    (
        "1:25 maquette for our Cherry Orchard, the director wants to see it the way the audience would on "
        "opening night <image 0>",
        "stage_set_model_render",
    ),
    (
        "<image 0> white card only so far. can you dress it — distressed timber floor, peeling wallpaper on the "
        "flats — like it's actually been built",
        "stage_set_model_render",
    ),
    (
        "Can you visualise this foamboard box at full scale in a proscenium house with warm front light? <image 0>",
        "stage_set_model_render",
    ),
    (
        "producer pitch tomorrow, need a real-looking picture of the set from this model <image 0>",
        "stage_set_model_render",
    ),
    (
        "Take the mock-up in <image 0> and show it as the built set seen from row F, act two evening state",
        "stage_set_model_render",
    ),
    # street_redesign_preview
    (
        "Residents' association here. We want to show the council our high street (<image 0>) with a 20mph "
        "layout, raised tables and a zebra outside the school",
        "street_redesign_preview",
    ),
    ("<image 0> turn 2 of these car lanes into a kerb-separated cycle track pls", "street_redesign_preview"),
    ("make this stroad less of a stroad <image 0>", "street_redesign_preview"),
    (
        "Could you mock up the corner in <image 0> as a modal filter for a low traffic neighbourhood, with "
        "planters and benches?",
        "street_redesign_preview",
    ),
    (
        "For our consultation board: the same view as <image 0> but with a red bus lane and a new shelter",
        "street_redesign_preview",
    ),
    # dog_grooming_cut_preview
    (
        "Groomer asked whether I want a puppy cut or to keep the length on the doodle. Can I see both? <image 0>",
        "dog_grooming_cut_preview",
    ),
    (
        "<image 0> shih tzu, thinking topknot + short body, how would that look on her",
        "dog_grooming_cut_preview",
    ),
    ("would a lion clip suit him or will he look ridiculous lol <image 0>", "dog_grooming_cut_preview"),
    (
        "Booked a hand-strip for my border terrier next week — what will he look like tidied up to show "
        "standard? <image 0>",
        "dog_grooming_cut_preview",
    ),
    (
        "Bichon with a round head and a 7F blade on the body, please, here she is: <image 0>",
        "dog_grooming_cut_preview",
    ),
    # projection_mapping_preview
    (
        "Pitching a winter light festival to the town hall — can you do a clip of visuals crawling over the "
        "columns in <image 0>?",
        "projection_mapping_preview",
    ),
    (
        "<image 0> museum front. want a 20 sec teaser of the facade 'crumbling' and rebuilding itself in "
        "projected light",
        "projection_mapping_preview",
    ),
    (
        "Our castle (<image 0>) — short mockup of a video-mapped show where the arches fill with fire, then water",
        "projection_mapping_preview",
    ),
    (
        "can u make the old mill in <image 0> look like it's being mapped for a festival, neon outlines tracing "
        "the brickwork",
        "projection_mapping_preview",
    ),
    (
        "Client wants to see a projector show on their HQ before signing off the budget. Photo: <image 0>",
        "projection_mapping_preview",
    ),
)

TOOL_REQUESTS26: tuple[tuple[str, str, str], ...] = (
    # parking_sign_interpreter
    (
        "<image 0> single yellow line in Leeds with a plate underneath, can I stop there at 7pm?",
        "parking_sign_interpreter",
        "uk_kerbside_restriction_reader",
    ),
    (
        "Blue badge holder in Dublin — is the loading bay in <image 0> off limits to me?",
        "parking_sign_interpreter",
        "uk_kerbside_restriction_reader",
    ),
    (
        "Brooklyn, alternate side sign in <image 0> - am I good to leave it overnight Wednesday?",
        "parking_sign_interpreter",
        "north_american_parking_sign_reader",
    ),
    (
        "<image 0> red-painted curb and a tow-away sign here in San Francisco, can I even pull over for 5 min?",
        "parking_sign_interpreter",
        "north_american_parking_sign_reader",
    ),
    # agility_run_review
    (
        "<video 0> tally it up like the judge would: how many faults and refusals did we rack up?",
        "agility_run_review",
        "agility_fault_scorer",
    ),
    (
        "Did we get eliminated on this round or was it just 5 faults for the dogwalk? <video 0>",
        "agility_run_review",
        "agility_fault_scorer",
    ),
    (
        "<video 0> was my front cross at 12 too late? she swung wide every time",
        "agility_run_review",
        "agility_handler_coach",
    ),
    (
        "Critique MY footwork and when I'm giving the turn cues, not the dog's <video 0>",
        "agility_run_review",
        "agility_handler_coach",
    ),
    # street_redesign_preview
    (
        "<image 0> road diet: four lanes down to two with a centre turn lane and bike lanes both sides",
        "street_redesign_preview",
        "complete_streets_render",
    ),
    (
        "Show the crossing in <image 0> with kerb build-outs and a raised table to slow drivers",
        "street_redesign_preview",
        "complete_streets_render",
    ),
    (
        "Depave this tarmac frontage and fill it with rain gardens and street trees <image 0>",
        "street_redesign_preview",
        "streetscape_greening_render",
    ),
    (
        "<image 0> swap three of the parking spaces for a parklet with seating and big planters",
        "street_redesign_preview",
        "streetscape_greening_render",
    ),
)

OUT_OF_SCOPE26: tuple[str, ...] = (
    "Pay the parking fine for me, the reference number is on the notice in <image 0>",
    "Email the council a complaint about the missing restriction plate in <image 0>",
    "is the multi-storey on Queen Street full right now?",
    "Enter my sheltie in the agility qualifier next month and pay the fee",
    "Listen to <video 0> and tell me what the judge shouted just before we started",
    "Compose a pulsing techno soundtrack to go with our projection show",
    "Export the set model in <image 0> as an STL file so I can 3D print it",
    "Turn the vivarium thermostat up to 32 degrees",
    "Order a new T5 UVB tube and a ceramic heat emitter to my home address",
    "Put the street redesign costings into an .xlsx spreadsheet I can download",
    "What did I tell you last week about my gecko's stuck shed?",
    "Post the freshly groomed photo in <image 0> to the salon's Instagram",
)

BUILTIN26: tuple[tuple[str, str], ...] = (
    ("How often should an adult leopard gecko be fed?", "text_understanding"),
    (
        "write a short programme note for our amateur production of The Seagull, about 150 words",
        "text_understanding",
    ),
    ("How many buses are in <image 0>?", "image_understanding"),
    ("<image 0> what's happening on stage here, describe it", "image_understanding"),
    ("<video 0> what colour is the tram that goes past at the end?", "video_understanding"),
    ("Poster art of a grey heron wading at dawn, watercolour style", "text_to_image"),
    ("A video of a steam train crossing a stone viaduct in autumn fog", "text_to_video"),
    ("Remove the lamppost on the left of <image 0>", "image_edit"),
    ("put a little red scarf on the cat in <image 0>", "image_edit"),
    (
        "Using the pose skeleton in <image 0>, draw a ballet dancer in arabesque on a dark stage",
        "image_control",
    ),
    ("Draw the parrot from <image 0> perched on a pirate captain's shoulder on a ship's deck", "image_reference"),
    ("Animate <image 0> so the tram pulls away from the stop", "image_to_video"),
    ("Make a new clip where the dog from <image 0> runs along a beach at sunset", "video_reference"),
    ("In <video 0>, change the bus livery from red to green", "video_edit"),
    ("blur out the number plates on every car in <video 0>", "video_edit"),
    (
        "Use the choreography in <video 0> to make a new video of a cartoon fox doing exactly the same moves",
        "video_control",
    ),
)
