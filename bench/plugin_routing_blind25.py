"""Twenty-fifth blind evaluation set for plugin task and tool routing.

Written blind: its author saw neither the planner's training or calibration data nor the other
benchmark sets, only the built-in task table and the built-in tool names. Evaluation only: never
train on it, and never use it to set thresholds or rules.

Domains: philately, sourdough baking, household stain care, barista latte art, quilting,
music release artwork, fashion runway presentation, book publishing promotion. One request that
shared a run of six words with the repo's own data was reworded before any run.

- TASKS25: eight plugin tasks declared as TaskSpecs, each with a description and three examples.
- TOOLS25: (tool_name, tool_description, task_name); one tool per plugin task, a second tool with a
  different specialty for three of them, and one specialised tool for a built-in task.
- TASK_REQUESTS25: five (request, task_name) pairs per plugin task, forty in all.
- TOOL_REQUESTS25: four (request, task_name, tool_name) triples for each two-tool task, two per tool.
- OUT_OF_SCOPE25: twelve requests that no built-in or plugin task can serve.
- BUILTIN25: sixteen (request, builtin_task_name) pairs for ordinary built-in requests.
"""

from unison_agent.contracts.tasks import TaskSpec

TASKS25: tuple[TaskSpec, ...] = (
    TaskSpec.one_input(
        "image",
        name="stamp_variety_identification",
        output="text",
        description=(
            "Identifies a postage stamp from a photo or scan: country, issue, year and catalogue number, "
            "and which printing variety, perforation, watermark or error it is."
        ),
        examples=(
            "What stamp is this and what's its catalogue number? <image 0>",
            "Is <image 0> the scarce watermark variety or the common one?",
            "Identify the issue and perforation of the stamps in <image 0>.",
        ),
    ),
    TaskSpec.one_input(
        "image",
        name="sourdough_crumb_reading",
        output="text",
        description=(
            "Reads the cut cross-section of a baked loaf to judge fermentation and shaping (under- or "
            "over-proofing, tunnelling, gumminess, oven spring) and says what to change next bake."
        ),
        examples=(
            "Is my sourdough underproofed? Here's the crumb: <image 0>",
            "What does the inside of this loaf tell you about my fermentation? <image 0>",
            "Diagnose the big holes under the crust in <image 0> and suggest fixes.",
        ),
    ),
    TaskSpec.one_input(
        "image",
        name="fabric_stain_triage",
        output="text",
        description=(
            "Looks at a stain on clothing, linen, carpet or upholstery, works out what it probably is and "
            "which fibre is involved, and gives a safe step-by-step removal method."
        ),
        examples=(
            "What is this stain and how do I get it out? <image 0>",
            "How should I treat the mark on my wool jumper in <image 0>?",
            "Give me a removal plan for the spot on the sofa in <image 0>.",
        ),
    ),
    TaskSpec.one_input(
        "video",
        name="latte_art_pour_critique",
        output="text",
        description=(
            "Watches a video of a barista pouring latte art and critiques milk texture, pitcher height, "
            "flow rate and wiggle technique, explaining why the pattern came out as it did."
        ),
        examples=(
            "Critique my rosetta pour in <video 0>.",
            "Why does my heart keep coming out lopsided? Here's my pour: <video 0>",
            "What should I change in my steaming and pouring based on <video 0>?",
        ),
    ),
    TaskSpec.one_input(
        "image",
        name="quilt_layout_preview",
        output="image",
        description=(
            "Takes a photo of finished quilt blocks or chosen fabrics and renders a preview of the whole "
            "quilt top in a chosen setting, with block arrangement, sashing, borders and binding."
        ),
        examples=(
            "Show me what these blocks would look like as a quilt with white sashing: <image 0>",
            "Lay out the blocks in <image 0> in a barn-raising arrangement and preview it.",
            "Preview a full quilt top from the fabrics in <image 0> with a navy border.",
        ),
    ),
    TaskSpec.one_input(
        "image",
        name="album_cover_design",
        output="image",
        description=(
            "Turns a band or artist photo into finished release artwork for an album, EP or single, "
            "with the artist name and title set in fitting typography and style."
        ),
        examples=(
            "Make an album cover from <image 0> for my EP called 'Low Tide'.",
            "Design single artwork using the band photo in <image 0>, title 'Static', band The Verges.",
            "Turn <image 0> into a cover for our debut LP in a 70s psych style.",
        ),
    ),
    TaskSpec.one_input(
        "image",
        name="runway_walk_clip",
        output="video",
        description=(
            "Generates a short catwalk video of a model wearing the outfit shown in a flat-lay, mannequin "
            "or hanger photo, so the garment's movement and fit on a runway can be seen."
        ),
        examples=(
            "Make a runway video of the dress in <image 0>.",
            "Show the outfit from <image 0> walking down a catwalk.",
            "Create a fashion-show clip featuring the coat in <image 0> on a model.",
        ),
    ),
    TaskSpec.one_input(
        "image",
        name="book_cover_trailer",
        output="video",
        description=(
            "Animates a book's cover art into a short promotional book trailer, with moving cover "
            "elements, camera motion and the title and author revealed as on-screen text."
        ),
        examples=(
            "Make a book trailer from my cover <image 0>.",
            "Animate the cover in <image 0> as a 15-second teaser for my novel's launch.",
            "Turn <image 0> into a promo video for the book with the title appearing at the end.",
        ),
    ),
)

TOOLS25: tuple[tuple[str, str, str], ...] = (
    (
        "perf_watermark_gauge",
        "Measures a single stamp's perforation gauge and reads its watermark, paper and shade to separate "
        "printing varieties.",
        "stamp_variety_identification",
    ),
    (
        "crumb_scope",
        "Analyses a photographed bread crumb for alveoli size, distribution and density to grade proofing.",
        "sourdough_crumb_reading",
    ),
    (
        "garment_stain_advisor",
        "Stain removal plans for clothing and machine-washable household linens using laundry "
        "pre-treatments and wash settings.",
        "fabric_stain_triage",
    ),
    (
        "pour_coach",
        "Frame-by-frame latte art pour analysis covering jug angle, height, flow and wiggle timing.",
        "latte_art_pour_critique",
    ),
    (
        "quilt_top_renderer",
        "Renders a full quilt top mock-up from block or fabric photos in a requested setting and size.",
        "quilt_layout_preview",
    ),
    (
        "lp_sleeve_artist",
        "Designs square front-cover artwork for vinyl records, singles and streaming releases from an artist photo.",
        "album_cover_design",
    ),
    (
        "catwalk_animator",
        "Puts a garment from a still photo onto a generated model walking a runway and renders the clip.",
        "runway_walk_clip",
    ),
    (
        "book_trailer_maker",
        "Builds a short animated promo clip from a book cover with parallax motion and a title reveal.",
        "book_cover_trailer",
    ),
    (
        "cancellation_postmark_reader",
        "Reads cancellations, postmarks and cachets on used stamps and envelopes to tell where and when "
        "an item was posted.",
        "stamp_variety_identification",
    ),
    (
        "upholstery_carpet_stain_advisor",
        "Spot-cleaning plans for carpets, rugs, mattresses and fixed upholstery that cannot go in a "
        "washing machine, using cleaning codes and extraction.",
        "fabric_stain_triage",
    ),
    (
        "cassette_jcard_designer",
        "Lays out a folded cassette J-card insert, with front panel, spine text and back flap, from an artist photo.",
        "album_cover_design",
    ),
    (
        "fabric_swap_editor",
        "Replaces the fabric of a sofa, chair, curtain or garment in a photo with a different textile or "
        "print while keeping folds and shading.",
        "image_edit",
    ),
)

TASK_REQUESTS25: tuple[tuple[str, str], ...] = (
    # stamp_variety_identification
    ("found this in grandad's album, penny red?? which plate <image 0>", "stamp_variety_identification"),
    (
        "<image 0> SG number pls. pretty sure it's a 1930s definitive but the shade looks off",
        "stamp_variety_identification",
    ),
    (
        "Is the upside-down centre on this one a genuine invert or just a badly registered printing? <image 0>",
        "stamp_variety_identification",
    ),
    ("what am i looking at, some airmail thing with a surcharge overprint <image 0>", "stamp_variety_identification"),
    (
        "Trying to work out if this Machin has the phosphor band variant. Scan: <image 0>",
        "stamp_variety_identification",
    ),
    # sourdough_crumb_reading
    ("first bake at 80% hydration, sliced it open <image 0> — bulk too short?", "sourdough_crumb_reading"),
    (
        "<image 0> why is there a massive cavern right under the top and dense stuff at the bottom",
        "sourdough_crumb_reading",
    ),
    ("crumb shot, be brutal. overfermented? <image 0>", "sourdough_crumb_reading"),
    (
        "The bottom third of my spelt boule looks wet and tight, see <image 0>. Starter was peaking fine. "
        "Where did it go wrong?",
        "sourdough_crumb_reading",
    ),
    ("does this look like a fool's crumb to u <image 0>", "sourdough_crumb_reading"),
    # fabric_stain_triage
    (
        "spilled something on my linen shirt at dinner, red wine or maybe beetroot <image 0> help before it sets",
        "fabric_stain_triage",
    ),
    ("<image 0> yellow ring in the armpit of a white tee, oxiclean did nothing", "fabric_stain_triage"),
    ("kid + crayon + beige carpet. see <image 0>. what do i use", "fabric_stain_triage"),
    (
        "There's a brownish tide mark on my silk blouse after getting caught in the rain, <image 0>. "
        "Can I rescue it at home?",
        "fabric_stain_triage",
    ),
    ("rust?? or tea?? on grandma's tablecloth <image 0> whats safe on old cotton", "fabric_stain_triage"),
    # latte_art_pour_critique
    ("my tulip stacks keep blowing out into a blob, filmed it <video 0>", "latte_art_pour_critique"),
    ("<video 0> is my milk too airy? the design sinks straight away", "latte_art_pour_critique"),
    (
        "practising swans for a throwdown next month. watch <video 0> and tell me what's off with the neck",
        "latte_art_pour_critique",
    ),
    ("why no contrast?? <video 0>", "latte_art_pour_critique"),
    ("Slow-mo of my wing pour. Am I dropping the jug too late? <video 0>", "latte_art_pour_critique"),
    # quilt_layout_preview
    (
        "i've pieced 20 log cabins <image 0>, what would straight furrows look like before i sew them up",
        "quilt_layout_preview",
    ),
    (
        "<image 0> these are my HSTs. mock up the top as pinwheels, 6 across 8 down",
        "quilt_layout_preview",
    ),
    (
        "Thinking charcoal cornerstones and a scrappy binding for the blocks pictured. Can you show me the "
        "finished top? <image 0>",
        "quilt_layout_preview",
    ),
    ("on point w/ cream setting triangles for these sampler blocks pls <image 0>", "quilt_layout_preview"),
    (
        "picked these fat quarters <image 0>, want to see them as a simple irish chain throw before I cut",
        "quilt_layout_preview",
    ),
    # album_cover_design
    (
        "our drummer took this <image 0>. need artwork for the single 'Paper Moons' out friday, shoegaze vibe",
        "album_cover_design",
    ),
    (
        "<image 0> -> debut record. artist: Mara Quell. title: Salt Year. minimal, lots of negative space",
        "album_cover_design",
    ),
    (
        "Can you do a punk-zine looking sleeve for our 7 inch with this shot? Band is Dog Tax, song is "
        "Rent Strike. <image 0>",
        "album_cover_design",
    ),
    ("need release art for my lofi beat tape from the pic <image 0>, it's called nightbus", "album_cover_design"),
    (
        "Make it feel like a 90s boom bap record: crew photo <image 0>, 'Block Hours' by The Corner Theory",
        "album_cover_design",
    ),
    # runway_walk_clip
    (
        "grad collection piece, only have a mannequin shot <image 0>. want to see it move down a catwalk",
        "runway_walk_clip",
    ),
    ("<image 0> flat lay of my pleated skirt + knit. can u make a model strut it like a show", "runway_walk_clip"),
    ("How would this gown swish on the catwalk? <image 0>", "runway_walk_clip"),
    (
        "turn the hanger pic <image 0> into a 10 sec fashion week walk, front on, ending with a turn",
        "runway_walk_clip",
    ),
    (
        "For the boutique's reels: a model walking in the linen suit from <image 0>, white runway, camera flashes",
        "runway_walk_clip",
    ),
    # book_cover_trailer
    (
        "my thriller drops in march. cover's here <image 0> — need a moody teaser for bookstagram",
        "book_cover_trailer",
    ),
    (
        "<image 0> is the jacket art for my picture book, could the fox move a bit and the title fade in",
        "book_cover_trailer",
    ),
    (
        "Self-publishing a fantasy trilogy and book one's front is <image 0>. I want something cinematic for "
        "BookTok, with 'The Ash Crown by R. Ilves' landing at the end.",
        "book_cover_trailer",
    ),
    ("pre-order promo vid from the cover pls <image 0>", "book_cover_trailer"),
    ("publisher wants a 20s reveal clip for the cozy mystery, art attached <image 0>", "book_cover_trailer"),
)

TOOL_REQUESTS25: tuple[tuple[str, str, str], ...] = (
    # stamp_variety_identification: perf_watermark_gauge vs cancellation_postmark_reader
    (
        "is this perf 14 or 14½? the two printings look identical otherwise <image 0>",
        "stamp_variety_identification",
        "perf_watermark_gauge",
    ),
    (
        "Put it face down in the watermark tray, <image 0>. Which crown watermark is that, single or multiple?",
        "stamp_variety_identification",
        "perf_watermark_gauge",
    ),
    (
        "the circular date stamp on this envelope is smudged, which town and what day? <image 0>",
        "stamp_variety_identification",
        "cancellation_postmark_reader",
    ),
    (
        "<image 0> numbered duplex cancel on this penny red — which post office used that number?",
        "stamp_variety_identification",
        "cancellation_postmark_reader",
    ),
    # fabric_stain_triage: garment_stain_advisor vs upholstery_carpet_stain_advisor
    (
        "grease splash on my jeans <image 0> what do I pretreat with before it goes in the wash",
        "fabric_stain_triage",
        "garment_stain_advisor",
    ),
    ("baby formula stain on a cotton onesie, <image 0>", "fabric_stain_triage", "garment_stain_advisor"),
    (
        "dog had an accident on the wool rug and it's dried now <image 0>",
        "fabric_stain_triage",
        "upholstery_carpet_stain_advisor",
    ),
    (
        "coffee on the sofa seat, the cover is sewn on, tag says code W. <image 0>",
        "fabric_stain_triage",
        "upholstery_carpet_stain_advisor",
    ),
    # album_cover_design: lp_sleeve_artist vs cassette_jcard_designer
    ("front sleeve for a 12 inch, photo <image 0>, title 'Hollow'", "album_cover_design", "lp_sleeve_artist"),
    (
        "square art for the streaming release of 'Dust Songs' using <image 0>",
        "album_cover_design",
        "lp_sleeve_artist",
    ),
    (
        "doing a tape run of 50 copies, need the insert with spine text and fold-out flap, photo is <image 0>",
        "album_cover_design",
        "cassette_jcard_designer",
    ),
    (
        "j-card for our demo tape from <image 0>, tracklist on the back flap",
        "album_cover_design",
        "cassette_jcard_designer",
    ),
)

OUT_OF_SCOPE25: tuple[str, ...] = (
    "email this scan to the auction house and ask what reserve they'd set <image 0>",
    "what are inverted jennies actually selling for on ebay this week",
    "order 2kg of dark rye from the mill for saturday delivery",
    "Turn the boiler on my espresso machine up to 125 degrees from here please",
    "export the quilt layout as a printable PDF cutting chart with yardage",
    "book me a slot at the dry cleaner on the high street for my silk blouse tomorrow",
    "post the runway clip to our instagram at 6pm tonight",
    "<video 0> what's the song playing in the background while i pour",
    "write a 30 second lo-fi instrumental to go with our single 'Paper Moons'",
    "remember my starter's feeding ratio so you can remind me next time we chat",
    "make an STL file for a 3D printed stamp stockbook stand",
    "is there a signed first edition of this title in stock at any bookshop near me right now",
)

BUILTIN25: tuple[tuple[str, str], ...] = (
    ("what's the difference between a biga and a poolish", "text_understanding"),
    ("write a three sentence bio for our shoegaze band, we're from Leeds", "text_understanding"),
    ("describe the outfit in <image 0> for an alt text caption", "image_understanding"),
    ("what's written in icing on the cake in <image 0>?", "image_understanding"),
    ("<video 0> what brand is the espresso machine in the background", "video_understanding"),
    ("in <video 0> is she folding a fitted sheet or a duvet cover?", "video_understanding"),
    ("a cozy kitchen with a loaf cooling on a rack, morning light, watercolour", "text_to_image"),
    ("slow pan across a sewing room full of fabric bolts, dust drifting in the sunbeams", "text_to_video"),
    ("remove the coffee mug from the corner of <image 0>", "image_edit"),
    ("make the wall behind the sofa sage green in <image 0>", "image_edit"),
    ("use the stance from the pose skeleton <image 0> to draw a woman in a trench coat", "image_control"),
    ("put the teddy bear from <image 0> in a picnic scene in the park", "image_reference"),
    ("animate <image 0> so the curtains blow in the breeze", "image_to_video"),
    ("a clip of the cat from <image 0> knocking a ball of yarn off the shelf", "video_reference"),
    ("blur the logo in the corner of <video 0> all the way through", "video_edit"),
    (
        "follow the moves in <video 0> exactly but it's a chef in whites doing them in a kitchen",
        "video_control",
    ),
)
