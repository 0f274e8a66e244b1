"""Twenty-third blind evaluation set for plugin task and tool routing.

Written blind: its author saw neither the planner's training or calibration data nor the other
benchmark sets, only the built-in task table and the built-in tool names. Evaluation only: never
train on it, and never use it to set thresholds or rules.

Domains: railways, archaeology, genealogy, board games (Go), theatre, microscopy, glassblowing,
typography. Three requests that shared a run of six words with the repo's own data were reworded before
any run.

- TASKS23: eight plugin tasks declared as TaskSpecs, each with a description and three examples.
- TOOLS23: (tool_name, tool_description, task_name); one tool per plugin task, a second tool with a
  different specialty for three of them, and one specialised tool for a built-in task.
- TASK_REQUESTS23: five (request, task_name) pairs per plugin task, forty in all.
- TOOL_REQUESTS23: four (request, task_name, tool_name) triples for each two-tool task, two per tool.
- OUT_OF_SCOPE23: twelve requests that no built-in or plugin task can serve.
- BUILTIN23: sixteen (request, builtin_task_name) pairs for ordinary built-in requests.
"""

from unison_agent.contracts.tasks import TaskSpec

TASKS23: tuple[TaskSpec, ...] = (
    TaskSpec.one_input(
        "image",
        name="railway_scene_animation",
        output="video",
        description=(
            "Animates a still photo of a railway scene: the train pulls in or out along the track, "
            "wheels turn, steam or exhaust drifts and signals change, keeping the locomotive and "
            "livery accurate."
        ),
        examples=(
            "Make the steam engine in <image 0> pull out of the station",
            "Animate <image 0> so the train rolls toward the camera along the tracks",
            "Bring this old railway postcard <image 0> to life with the loco puffing smoke",
        ),
    ),
    TaskSpec.one_input(
        "image",
        name="ruin_reconstruction",
        output="image",
        description=(
            "Reconstructs how an ancient ruin or archaeological site looked when intact, rebuilding "
            "missing walls, columns, roofs and painted surfaces from a photo of the remains."
        ),
        examples=(
            "Show me <image 0> as the temple looked when it was complete",
            "Rebuild the missing roof and walls of the castle ruin in <image 0>",
            "What did this Roman villa look like in its prime? Reconstruct it from <image 0>",
        ),
    ),
    TaskSpec.one_input(
        "image",
        name="old_photo_dating",
        output="text",
        description=(
            "Estimates when an old family photograph was taken, giving a likely decade and the "
            "photographic process (daguerreotype, tintype, carte de visite, cabinet card...) from "
            "clothing, card mount, format and studio details."
        ),
        examples=(
            "Roughly what year is the photo in <image 0> from?",
            "Is <image 0> a tintype or an ambrotype, and what decade?",
            "Date this cabinet card of my great-grandparents <image 0> from the clothes and the mount",
        ),
    ),
    TaskSpec.one_input(
        "image",
        name="go_board_review",
        output="text",
        description=(
            "Reads a Go (weiqi/baduk) position from a photo or screenshot of the board and comments "
            "on it: whose move, status of groups, suggested next moves, or the score of a finished game."
        ),
        examples=(
            "What's the best move for white in <image 0>?",
            "Count the score of the finished game in <image 0> under Japanese rules",
            "Is the black group in the corner of <image 0> alive?",
        ),
    ),
    TaskSpec.one_input(
        "video",
        name="rehearsal_blocking_notes",
        output="text",
        description=(
            "Watches a theatre rehearsal video and writes blocking notes in stage terms: entrances, "
            "exits, crosses, levels and stage positions (DSL, USC...) for each actor, keyed to the "
            "moment in the scene."
        ),
        examples=(
            "Write up the blocking for Act 2 scene 1 from <video 0>",
            "Give me stage-manager blocking notes for each actor in <video 0>",
            "Where does Juliet move during the balcony scene in <video 0>? Use stage directions",
        ),
    ),
    TaskSpec.one_input(
        "image",
        name="micrograph_analysis",
        output="text",
        description=(
            "Analyses a microscope image: identifies cells, tissues, microorganisms and stains, "
            "counts or classifies what is visible, and describes notable features."
        ),
        examples=(
            "What stain was used on the slide in <image 0> and what tissue is it?",
            "Identify the organisms visible in this micrograph <image 0>",
            "Count the cells in the field of view in <image 0>",
        ),
    ),
    TaskSpec.one_input(
        "image",
        name="glass_sketch_render",
        output="image",
        description=(
            "Turns a sketch or drawing of a glass piece (vase, goblet, paperweight, ornament) into a "
            "photorealistic render of the finished blown glass, with realistic colour, transparency "
            "and reflections."
        ),
        examples=(
            "Render my sketch <image 0> as a finished cobalt blue blown-glass vase",
            "Turn the goblet drawing in <image 0> into a photo of the real glass piece",
            "Show <image 0> as clear glass with a red twisted cane stem",
        ),
    ),
    TaskSpec.one_input(
        "image",
        name="kinetic_typography",
        output="video",
        description=(
            "Animates the lettering of a poster, title card or typographic design: letters and words "
            "slide, bounce, scale or reveal in sequence while the layout stays true to the original."
        ),
        examples=(
            "Animate the headline letters in <image 0> flying in one by one",
            "Make the type in this poster <image 0> bounce into place",
            "Turn <image 0> into a kinetic type intro with the words revealing in order",
        ),
    ),
)

TOOLS23: tuple[tuple[str, str, str], ...] = (
    (
        "rail_motion_animator",
        "Animates railway photos: trains departing or arriving, turning wheels, steam and diesel exhaust.",
        "railway_scene_animation",
    ),
    (
        "ruin_photoreal_rebuild",
        "Rebuilds ruins photorealistically from the same viewpoint and lighting, as if photographed "
        "when the site was intact.",
        "ruin_reconstruction",
    ),
    (
        "ruin_reconstruction_illustrator",
        "Produces archaeological reconstruction drawings in pen-and-wash style, with conjectural "
        "parts marked and labels, for reports and publications.",
        "ruin_reconstruction",
    ),
    (
        "photo_era_dater",
        "Dates 19th and 20th century photographs by process, mount, format and clothing styles.",
        "old_photo_dating",
    ),
    (
        "go_territory_counter",
        "Scores finished Go games: marks dead stones, counts territory and captures under Japanese "
        "or Chinese rules with komi.",
        "go_board_review",
    ),
    (
        "go_move_advisor",
        "Suggests next moves in ongoing Go games and reads life-and-death and tactical fights.",
        "go_board_review",
    ),
    (
        "blocking_notator",
        "Converts rehearsal footage into stage-manager blocking notation per actor.",
        "rehearsal_blocking_notes",
    ),
    (
        "blood_smear_differential",
        "Haematology: classifies and counts white blood cells and flags red cell morphology on "
        "stained peripheral blood smears.",
        "micrograph_analysis",
    ),
    (
        "freshwater_microbe_id",
        "Identifies protozoa, algae, rotifers and other microorganisms in pond, puddle and infusion water samples.",
        "micrograph_analysis",
    ),
    (
        "glass_sketch_renderer",
        "Renders glassware sketches as photoreal blown glass with colour, cane work and inclusions.",
        "glass_sketch_render",
    ),
    (
        "type_animator",
        "Creates kinetic typography clips from static typographic layouts.",
        "kinetic_typography",
    ),
    (
        "typeface_swapper",
        "Replaces the typeface of lettering in an image with another font while keeping wording, "
        "layout, perspective and colour.",
        "image_edit",
    ),
)

TASK_REQUESTS23: tuple[tuple[str, str], ...] = (
    # railway_scene_animation
    (
        "<image 0> my grandad took this of the Flying Scotsman in 1968 — can you make it move, like "
        "the train actually departing?",
        "railway_scene_animation",
    ),
    (
        "animate the freight train in <image 0> crossing the bridge, slow, wagons clanking past",
        "railway_scene_animation",
    ),
    (
        "Could you turn this platform shot into a short clip where the commuter train arrives and stops? <image 0>",
        "railway_scene_animation",
    ),
    (
        "Subway car in <image 0> should pull away from the platform with the doors closing. 5 sec clip pls",
        "railway_scene_animation",
    ),
    (
        "I'm making a tribute to the narrow gauge line near us. In <image 0> the little diesel is "
        "sitting at the halt; I'd love a few seconds where it chugs off round the curve with exhaust "
        "coming out of the stack.",
        "railway_scene_animation",
    ),
    # ruin_reconstruction
    (
        "Took <image 0> at Paestum last summer. Could you fill in the temple so it looks the way it "
        "did around 450 BC — roof, pediment, painted details?",
        "ruin_reconstruction",
    ),
    ("reconstruct the broken aqueduct arches in <image 0>", "ruin_reconstruction"),
    (
        "This is all that's left of a medieval abbey near my village <image 0>. Put the nave, roof "
        "and tower back as they probably were.",
        "ruin_reconstruction",
    ),
    (
        "<image 0> show this Mayan pyramid intact with its temple on top and the original painted plaster",
        "ruin_reconstruction",
    ),
    (
        "can u rebuild the fort from the foundation stones in <image 0>, like how it stood in roman times",
        "ruin_reconstruction",
    ),
    # old_photo_dating
    (
        "Found <image 0> in a shoebox at my aunt's. Nobody knows who these people are, but if I knew "
        "roughly when it was taken I could narrow down the family branch. What era does it look like?",
        "old_photo_dating",
    ),
    ("decade? <image 0>", "old_photo_dating"),
    (
        "Help me date this carte de visite — the back has a studio stamp from Leeds but no year. <image 0>",
        "old_photo_dating",
    ),
    (
        "<image 0> Going by the women's sleeves and the card mount, is this 1880s or 1890s?",
        "old_photo_dating",
    ),
    (
        "For my family tree software I need a best-guess date range for <image 0>, plus what kind of "
        "photo it is (metal plate? paper print?).",
        "old_photo_dating",
    ),
    # go_board_review
    (
        "<image 0> we just finished a game at the club and argue about who won, komi 6.5. can you count",
        "go_board_review",
    ),
    (
        "Looking at the position in <image 0>, is black's big dragon in the centre in danger or safely alive?",
        "go_board_review",
    ),
    (
        "I'm 12 kyu and I never know where to play after the joseki is done. Here's my game at move 40 "
        "(<image 0>), black to play. Ideas?",
        "go_board_review",
    ),
    ("baduk board in <image 0> — evaluate the position please, who's ahead?", "go_board_review"),
    ("Is the lower-left corner in <image 0> seki or can white kill?", "go_board_review"),
    # rehearsal_blocking_notes
    (
        "Our SM is out sick — could you notate the blocking from tonight's run <video 0> so we have "
        "it in the prompt book?",
        "rehearsal_blocking_notes",
    ),
    (
        "<video 0> blocking notes pls, stage-left/right from the actors' perspective",
        "rehearsal_blocking_notes",
    ),
    (
        "In <video 0> I need every cross the two sisters make, with where they end up (DR, UC etc.) and roughly when.",
        "rehearsal_blocking_notes",
    ),
    (
        "Directing a community production of Our Town. Attached is the run of Act 1 (<video 0>). Can "
        "you write out the entrances, exits and positions so the understudies can learn them?",
        "rehearsal_blocking_notes",
    ),
    (
        "Track Macbeth's movement around the stage in <video 0> and write it as blocking shorthand",
        "rehearsal_blocking_notes",
    ),
    # micrograph_analysis
    ("<image 0> 40x objective, what am I looking at here? onion skin or cheek cells?", "micrograph_analysis"),
    (
        "Could you describe the tissue architecture in this H&E section <image 0> — what organ is it likely from?",
        "micrograph_analysis",
    ),
    (
        "Here's a Gram-stained slide from my micro lab (<image 0>). Gram positive or negative, and rods or cocci?",
        "micrograph_analysis",
    ),
    ("how many cells in mitosis can u spot in <image 0>", "micrograph_analysis"),
    (
        "Yeast culture under the scope <image 0> — are those budding cells, and roughly what "
        "fraction of them are budding?",
        "micrograph_analysis",
    ),
    # glass_sketch_render
    (
        "I'm planning my next piece at the hot shop — here's my pencil sketch <image 0>. How would "
        "it look in amber glass with a white lip wrap?",
        "glass_sketch_render",
    ),
    (
        "<image 0> make this drawing a realistic blown glass bowl, seafoam green, lit from behind",
        "glass_sketch_render",
    ),
    ("render <image 0> as a millefiori paperweight", "glass_sketch_render"),
    (
        "Can you show a client what this ornament design (<image 0>) will look like once it's blown? "
        "Clear with gold leaf flecks.",
        "glass_sketch_render",
    ),
    (
        "Quick sketch of a bottle with a twisted neck in <image 0>. Photoreal glass please, smoky "
        "grey, on a black background.",
        "glass_sketch_render",
    ),
    # kinetic_typography
    (
        "<image 0> is the title card for my YouTube channel. Could the letters drop in and settle "
        "with a little bounce? About 3 seconds.",
        "kinetic_typography",
    ),
    ("make the words in the gig poster <image 0> pulse and shift like kinetic type", "kinetic_typography"),
    (
        "I designed this quote graphic (<image 0>) for Instagram and want a version where each word "
        "appears one after another, typewriter-ish but smooth.",
        "kinetic_typography",
    ),
    (
        "Animate the letterforms in <image 0> — stretch and squash the big serif 'SALE', then have "
        "the small print fade in",
        "kinetic_typography",
    ),
    (
        "Turn this typographic poster into motion please, letters assembling from scattered pieces <image 0>",
        "kinetic_typography",
    ),
)

TOOL_REQUESTS23: tuple[tuple[str, str, str], ...] = (
    # go_board_review
    (
        "Game's over, we both passed. <image 0> — who won and by how much, 7.5 komi, Chinese rules?",
        "go_board_review",
        "go_territory_counter",
    ),
    (
        "<image 0> my son and I can't agree which stones are dead now that the game has ended. "
        "What's the final result?",
        "go_board_review",
        "go_territory_counter",
    ),
    (
        "White to play in <image 0>. Is there a way to kill the black corner, and what's the first move?",
        "go_board_review",
        "go_move_advisor",
    ),
    (
        "I'm in the middle of a correspondence game, <image 0>, and can't decide whether to invade "
        "the right side or shore up my top group. What would a strong player do here?",
        "go_board_review",
        "go_move_advisor",
    ),
    # micrograph_analysis
    (
        "Wright-Giemsa stained slide from my MLS practical <image 0>. Can you classify the white "
        "cells and check for target cells or schistocytes?",
        "micrograph_analysis",
        "blood_smear_differential",
    ),
    (
        "<image 0> is this a lymphocyte or a monocyte?? study slide for my haematology exam tmrw",
        "micrograph_analysis",
        "blood_smear_differential",
    ),
    (
        "Scooped some water from the garden pond and looked at a drop: <image 0>. What's the green "
        "spinning ball thing?",
        "micrograph_analysis",
        "freshwater_microbe_id",
    ),
    (
        "Science fair project: hay infusion on day 5, photo through the eyepiece <image 0>. Can you "
        "name the little swimmers I'm seeing?",
        "micrograph_analysis",
        "freshwater_microbe_id",
    ),
    # ruin_reconstruction
    (
        "<image 0> I want my dad to see this amphitheatre as if we'd stood here 2000 years ago — it "
        "should look like an actual snapshot from the same spot.",
        "ruin_reconstruction",
        "ruin_photoreal_rebuild",
    ),
    (
        "Could you put the collapsed tower in <image 0> back up so it looks totally real, same angle "
        "and light? Doing a then-and-now post.",
        "ruin_reconstruction",
        "ruin_photoreal_rebuild",
    ),
    (
        "For our excavation report I need a plate showing how the gatehouse in <image 0> stood, "
        "hand-drawn look, with the guessed-at bits clearly distinguished from what survives.",
        "ruin_reconstruction",
        "ruin_reconstruction_illustrator",
    ),
    (
        "<image 0> thesis figure: the bath complex restored, drawn rather than photographic, with "
        "the rooms labelled (caldarium, tepidarium etc.)",
        "ruin_reconstruction",
        "ruin_reconstruction_illustrator",
    ),
)

OUT_OF_SCOPE23: tuple[str, ...] = (
    "What time is the next train from Crewe to Euston, and is it running late today?",
    "Book me two first-class seats on the Glacier Express for 14 June.",
    "Order a 19x19 kaya Go board with slate-and-shell stones under $800 and have it shipped to me.",
    "Make an mp3 of a steam locomotive whistle and chuffing for my sound design.",
    "Email yesterday's blocking notes to everyone on the cast list.",
    "Fire lighting cue 42 on the theatre's lighting desk now.",
    (
        "Search Ancestry and FamilySearch for my great-grandfather Józef Nowak, born 1889 in Kraków, "
        "and download his records."
    ),
    "Create a 3D-printable STL model of the Parthenon as it stood in 432 BC.",
    "Turn my handwriting into an installable .otf font file I can use in Word.",
    "Move my microscope's motorised stage to scan the whole slide and autofocus each field.",
    "Find a glassblowing class in Seattle with open spots this weekend and sign me up.",
    "Compose a 30-second upbeat synthwave soundtrack for my kinetic type video.",
)

BUILTIN23: tuple[tuple[str, str], ...] = (
    ("Write a short poem about an abandoned railway station at dusk.", "text_understanding"),
    ("Explain how komi works in Go and why it's usually 6.5 or 7.5.", "text_understanding"),
    ("<image 0> How many carriages does this train have?", "image_understanding"),
    ("Is the microscope in <image 0> monocular or binocular?", "image_understanding"),
    ("Generate a picture of a glassblower shaping a glowing orange vase at the furnace.", "text_to_image"),
    ("make an image of a wooden go board mid-game, top-down, warm light", "text_to_image"),
    ("Create a 10 second video of a steam train crossing a stone viaduct in the Highlands.", "text_to_video"),
    ("Remove the modern fence in front of the ruins in <image 0>.", "image_edit"),
    ("Change the word 'OPEN' on the sign in <image 0> to 'CLOSED', same style.", "image_edit"),
    ("Take the pose from <image 0> and make an image of a ringmaster in a red tailcoat.", "image_control"),
    (
        "<image 0> is my great-grandmother. Could you make a new picture of her sitting in a modern café?",
        "image_reference",
    ),
    ("Animate <image 0> so the red velvet stage curtain slowly opens.", "image_to_video"),
    ("In <video 0>, how many times does the actor drop the prop sword?", "video_understanding"),
    ("Make a video where the woman from <image 0> takes a bow on a theatre stage.", "video_reference"),
    ("Replace the actor's blue coat with a green one throughout <video 0>.", "video_edit"),
    ("Track the moves in <video 0> but make it a clown juggling in a circus ring.", "video_control"),
)
