"""Eleventh blind evaluation set for plugin task and tool routing.

Written blind: its author saw neither the planner's training or calibration data nor the other benchmark
sets, only the built-in task table and the built-in tool names. Evaluation only: never train on it, and
never use it to set thresholds or rules.

The helper's brief listed the earlier sets' domains to avoid and asked for at least two specialised versions of
a built-in task; it named no request categories. No request shared a 6-word run with our data.

Constants:

- ``TASKS11``: eight plugin tasks declared with ``TaskSpec.one_input``. Domains: music notation
  (sheet music transcription, image -> text), tennis/court sports officiating (line calls, video -> text),
  retail shelves (planogram compliance, image -> text), dental radiography (x-ray findings, image -> text),
  real-estate exteriors (paint/siding/roof makeover, image -> image, a specialised image edit), sewing
  (garment photo to flat pattern pieces, image -> image), sports broadcast analysis (telestrator drawings on
  a clip, video -> video, a specialised video edit) and art process (speed-paint replay of a finished
  artwork, image -> video, a specialised image-to-video).
- ``TOOLS11``: twelve ``(tool_name, tool_description, task_name)`` tuples: one tool per plugin task, a second
  tool with a different specialty for three of them (sheet music, house exteriors, dental x-rays) and one
  specialised tool for the built-in ``video_edit`` task.
- ``TASK_REQUESTS11``: five user requests per plugin task, ``(request, expected_task)``.
- ``TOOL_REQUESTS11``: four requests for each two-tool task, ``(request, task, expected_tool)``, two per tool.
- ``OUT_OF_SCOPE11``: twelve requests that no built-in or plugin task here can serve.
- ``BUILTIN11``: sixteen ordinary requests for built-in tasks, ``(request, builtin_task)``, several worded
  close to the plugin domains.
"""

from __future__ import annotations

from unison_agent.contracts.tasks import TaskSpec

TASKS11: tuple[TaskSpec, ...] = (
    TaskSpec.one_input(
        "image", name="sheet_music_transcription", output="text",
        description="Transcribe printed or handwritten music notation in a photo or scan into a machine-readable "
                    "form (ABC, MusicXML, note names or chord symbols).",
        examples=("<image 0> transcribe this score into ABC notation.",
                  "What notes are in the first two bars of <image 0>?",
                  "Convert the sheet music in <image 0> to MusicXML text."),
    ),
    TaskSpec.one_input(
        "video", name="line_call_review", output="text",
        description="Review a tennis, badminton, padel or volleyball clip and rule whether the ball landed in or "
                    "out, with the frame and margin of the bounce.",
        examples=("<video 0> was that serve in or out?",
                  "Challenge the line call in <video 0> and tell me where the ball bounced.",
                  "<video 0> did the shuttle land inside the baseline?"),
    ),
    TaskSpec.one_input(
        "image", name="shelf_compliance_audit", output="text",
        description="Audit a photo of a retail shelf against planogram rules: out-of-stock gaps, misplaced "
                    "products, facings count, missing price tags.",
        examples=("<image 0> audit this shelf for empty slots and misplaced items.",
                  "Check <image 0> against our planogram: are the facings right?",
                  "Which shelf positions in <image 0> are missing price labels?"),
    ),
    TaskSpec.one_input(
        "image", name="dental_radiograph_findings", output="text",
        description="Read a dental x-ray (bitewing, periapical or panoramic) and list findings such as caries, "
                    "bone loss, fillings, impacted or missing teeth, with tooth numbers.",
        examples=("<image 0> what does this bitewing x-ray show?",
                  "List the findings on the panoramic radiograph <image 0> by tooth number.",
                  "Any signs of decay or bone loss in <image 0>?"),
    ),
    TaskSpec.one_input(
        "image", name="house_exterior_makeover", output="image",
        description="Restyle the outside of a house in a photo: repaint walls, trim, doors or shutters, swap "
                    "siding, brick or roof materials, while keeping the building's shape.",
        examples=("<image 0> show this house with navy siding and white trim.",
                  "Preview <image 0> with a black metal roof instead of the shingles.",
                  "Paint the brick on <image 0> limewash white."),
    ),
    TaskSpec.one_input(
        "image", name="sewing_pattern_draft", output="image",
        description="Turn a photo of a garment into flat sewing pattern pieces: a labelled diagram with grain "
                    "lines, notches, seam allowances and cutting layout.",
        examples=("<image 0> draft sewing pattern pieces for this blouse.",
                  "Make a flat pattern layout from the skirt in <image 0> with seam allowances.",
                  "<image 0> I want to sew this jacket, give me the pattern pieces."),
    ),
    TaskSpec.one_input(
        "video", name="telestration_overlay", output="video",
        description="Draw broadcast-style analysis graphics onto a sports clip: arrows for runs, circles around "
                    "players, passing lanes, defensive lines, freeze-frame highlights.",
        examples=("<video 0> draw the passing lanes and circle the free man.",
                  "Add telestrator arrows showing each player's run in <video 0>.",
                  "<video 0> mark the defensive line and the gap the striker attacks."),
    ),
    TaskSpec.one_input(
        "image", name="speedpaint_replay", output="video",
        description="Make a speed-paint / process video that rebuilds a finished drawing or painting from blank "
                    "canvas, stroke by stroke or layer by layer.",
        examples=("<image 0> make a speedpaint video of this illustration being drawn.",
                  "Show <image 0> being painted from sketch to final as a process clip.",
                  "Create a drawing timelapse that ends on <image 0>."),
    ),
)

TOOLS11: tuple[tuple[str, str, str], ...] = (
    ("omr_score_engraver",
     "Optical music recognition for full scores: reads staves, clefs, key and time signatures, notes and rests "
     "from a sheet music image and writes MusicXML or ABC.",
     "sheet_music_transcription"),
    ("lead_sheet_chord_reader",
     "Reads chord symbols, guitar chord boxes and tablature from lead sheets and fake-book pages; outputs a "
     "chord chart with lyrics and bar lines.",
     "sheet_music_transcription"),
    ("hawkeye_line_judge",
     "Tracks the ball in a racket-sport or volleyball clip, finds the bounce frame and rules in or out against "
     "the court lines with a margin in millimetres.",
     "line_call_review"),
    ("planogram_checker",
     "Compares a store shelf photo with a planogram: detects out-of-stocks, wrong facings, misplaced SKUs and "
     "missing shelf-edge labels.",
     "shelf_compliance_audit"),
    ("bitewing_caries_detector",
     "Finds interproximal and occlusal caries, calculus and open margins on bitewing and periapical dental "
     "x-rays, tooth by tooth.",
     "dental_radiograph_findings"),
    ("panoramic_xray_charter",
     "Charts a panoramic (OPG) dental x-ray: numbers every tooth, flags missing, impacted or erupting teeth, "
     "implants, root canals and jaw bone levels.",
     "dental_radiograph_findings"),
    ("facade_paint_visualizer",
     "Repaints house walls, trim, doors and shutters in a photo using named paint colours or manufacturer "
     "colour codes, keeping shadows and texture.",
     "house_exterior_makeover"),
    ("roof_and_cladding_swapper",
     "Replaces exterior materials on a house photo: roofing (shingle, slate, metal, tile), siding, brick, stone "
     "veneer or board-and-batten.",
     "house_exterior_makeover"),
    ("flat_pattern_drafter",
     "Drafts printable flat sewing pattern pieces from a garment photo, with grain lines, notches, darts, seam "
     "allowances and a cutting layout.",
     "sewing_pattern_draft"),
    ("telestrator_pro",
     "Draws broadcast analysis graphics on sports footage: player circles, run arrows, passing lanes, offside "
     "and defensive lines, spotlight freezes.",
     "telestration_overlay"),
    ("stroke_replay_animator",
     "Reconstructs a plausible drawing process for a finished artwork and renders it as a speed-paint video, "
     "from sketch lines through flats to final render.",
     "speedpaint_replay"),
    ("cinematic_lut_grader",
     "Colour-grades a video with film-emulation LUTs and looks (teal-orange, bleach bypass, Kodak 2383), with "
     "exposure and white-balance matching between shots.",
     "video_edit"),
)

TASK_REQUESTS11: tuple[tuple[str, str], ...] = (
    # sheet_music_transcription
    ("<image 0> can u write out the notes of this melody? its from my grandmas hymn book",
     "sheet_music_transcription"),
    ("I photographed page 3 of the Clementi sonatina (<image 0>). Please give me the right-hand part in ABC "
     "so I can paste it into my notation app.", "sheet_music_transcription"),
    ("what chords does the guitar play here <image 0>", "sheet_music_transcription"),
    ("<image 0> handwritten choir part, need it typed up as musicxml pls", "sheet_music_transcription"),
    ("Turn the staff notation in <image 0> into letter names with octave numbers, bar by bar.",
     "sheet_music_transcription"),
    # line_call_review
    ("<video 0> my opponent called this out but I swear it clipped the line. who's right?", "line_call_review"),
    ("Pickleball rec league dispute — <video 0>. Did the ball land in the kitchen or past it?",
     "line_call_review"),
    ("<video 0> was the spike in?? ref said out", "line_call_review"),
    ("Please review the bounce at 0:07 in <video 0> and rule on the sideline call, with how far in or out it was.",
     "line_call_review"),
    ("in or out <video 0>", "line_call_review"),
    # shelf_compliance_audit
    ("<image 0> this is aisle 7 after restock. anything out of stock or in the wrong spot?",
     "shelf_compliance_audit"),
    ("As a merch rep I need a quick compliance check of <image 0>: count facings per brand and note gaps.",
     "shelf_compliance_audit"),
    ("<image 0> are the yogurts placed per the planogram or did the night crew mess it up",
     "shelf_compliance_audit"),
    ("Spot the empty shelf spaces and missing price tags in <image 0>.", "shelf_compliance_audit"),
    ("<image 0> endcap photo from store 112 — does it match the promo layout we sent (2 rows cola, 1 row chips)?",
     "shelf_compliance_audit"),
    # dental_radiograph_findings
    ("My dentist emailed me this x-ray <image 0>, can you tell me what it shows? is there a cavity?",
     "dental_radiograph_findings"),
    ("<image 0> OPG of a 19 y/o, are the wisdom teeth impacted?", "dental_radiograph_findings"),
    ("Please chart <image 0> using FDI numbering and note any restorations and periapical lesions.",
     "dental_radiograph_findings"),
    ("<image 0> dental radiograph - any bone loss between the molars?", "dental_radiograph_findings"),
    ("what's that dark spot near the filling on my tooth xray <image 0>", "dental_radiograph_findings"),
    # house_exterior_makeover
    ("<image 0> thinking of painting our house sage green with cream trim, can I see what it looks like?",
     "house_exterior_makeover"),
    ("Show <image 0> with cedar shake siding instead of the vinyl.", "house_exterior_makeover"),
    ("<image 0> swap the roof to terracotta tiles and make the front door red", "house_exterior_makeover"),
    ("We're selling — could you visualise the facade in <image 0> in Benjamin Moore Hale Navy with white "
     "window frames for the listing mockup?", "house_exterior_makeover"),
    ("<image 0> what would this bungalow look like w/ dark charcoal exterior", "house_exterior_makeover"),
    # sewing_pattern_draft
    ("<image 0> I love this dress, can you make me a pattern so I can sew my own?", "sewing_pattern_draft"),
    ("Draft the pattern pieces (front, back, sleeve, collar) for the shirt in <image 0>, size M, 1.5cm seam "
     "allowance.", "sewing_pattern_draft"),
    ("<image 0> how would I cut the fabric for these wide leg trousers? need the pieces drawn out",
     "sewing_pattern_draft"),
    ("make a sewing patern from <image 0> pls", "sewing_pattern_draft"),
    ("<image 0> vintage 50s apron — reverse engineer it into flat pieces with grainlines and notches.",
     "sewing_pattern_draft"),
    # telestration_overlay
    ("<video 0> for my u14 team talk: draw arrows on where each defender should have moved",
     "telestration_overlay"),
    ("Add analysis graphics to <video 0> like they do on Monday Night Football — circle the quarterback and "
     "show the receivers' routes.", "telestration_overlay"),
    ("<video 0> highlight the pick and roll, circle both players and draw the screen", "telestration_overlay"),
    ("freeze on the through ball in <video 0> and draw the line of the pass", "telestration_overlay"),
    ("<video 0> I coach hockey, mark up the clip with the passing options the puck carrier had.",
     "telestration_overlay"),
    # speedpaint_replay
    ("<image 0> this is my finished digital painting, can you make one of those process videos for instagram "
     "showing it come together?", "speedpaint_replay"),
    ("Make a time-lapse of <image 0> being sketched, inked and coloured.", "speedpaint_replay"),
    ("<image 0> show how this watercolor would've been painted step by step as a video", "speedpaint_replay"),
    ("i lost my recording of drawing this <image 0>, can u fake a speedpaint", "speedpaint_replay"),
    ("<image 0> Build a 20-second clip starting from the blank canvas and ending exactly on this artwork, "
     "layer by layer.", "speedpaint_replay"),
)

TOOL_REQUESTS11: tuple[tuple[str, str, str], ...] = (
    # sheet_music_transcription: full-score OMR vs lead sheet chords
    ("<image 0> orchestral score page, all staves — export as MusicXML with the key and time signatures.",
     "sheet_music_transcription", "omr_score_engraver"),
    ("Use omr_score_engraver on <image 0> and give me the piano part.", "sheet_music_transcription",
     "omr_score_engraver"),
    ("<image 0> fake book page — just pull out the chord symbols and lyrics as a chord chart",
     "sheet_music_transcription", "lead_sheet_chord_reader"),
    ("<image 0> read the guitar chord boxes and tab with lead_sheet_chord_reader please",
     "sheet_music_transcription", "lead_sheet_chord_reader"),
    # dental_radiograph_findings: bitewing caries vs panoramic charting
    ("<image 0> bitewing — check every contact point for interproximal caries.", "dental_radiograph_findings",
     "bitewing_caries_detector"),
    ("Run bitewing_caries_detector on <image 0>.", "dental_radiograph_findings", "bitewing_caries_detector"),
    ("<image 0> full panoramic: number all teeth and tell me which are missing or impacted",
     "dental_radiograph_findings", "panoramic_xray_charter"),
    ("chart this OPG <image 0> with panoramic_xray_charter, include implants and root canals",
     "dental_radiograph_findings", "panoramic_xray_charter"),
    # house_exterior_makeover: paint vs materials
    ("<image 0> repaint the shutters and front door in Sherwin-Williams Tricorn Black.",
     "house_exterior_makeover", "facade_paint_visualizer"),
    ("Use facade_paint_visualizer: <image 0> walls in soft white, trim in greige.", "house_exterior_makeover",
     "facade_paint_visualizer"),
    ("<image 0> replace the asphalt shingles with a standing seam metal roof and add stone veneer at the base",
     "house_exterior_makeover", "roof_and_cladding_swapper"),
    ("roof_and_cladding_swapper on <image 0> — board and batten siding instead of brick",
     "house_exterior_makeover", "roof_and_cladding_swapper"),
)

OUT_OF_SCOPE11: tuple[str, ...] = (
    "Play the melody in <image 0> out loud so I can hear how it goes.",
    "Export the score in <image 0> as a MIDI file I can open in GarageBand.",
    "What's the live score in the Wimbledon final right now?",
    "Book me a cleaning appointment with my dentist for next Tuesday morning.",
    "<image 0> order 3 gallons of this paint colour from the nearest Home Depot for pickup",
    "Reorder the out-of-stock items from <image 0> through our supplier portal.",
    "Add a crowd roar and commentary voiceover to <video 0>.",
    "Transcribe what the coach is shouting in <video 0>.",
    "Send <video 0> to my team's WhatsApp group.",
    "Print the pattern pieces from <image 0> on my home printer at 100% scale.",
    "Turn up the volume on the living room speaker.",
    "Convert <video 0> into a .mov ProRes 422 file for my editor.",
)

BUILTIN11: tuple[tuple[str, str], ...] = (
    ("Explain the difference between a bitewing and a panoramic dental x-ray.", "text_understanding"),
    ("What does the time signature 6/8 mean, and how do I count it?", "text_understanding"),
    ("<image 0> what instrument is the woman on this album cover holding?", "image_understanding"),
    ("<image 0> what architectural style is this house?", "image_understanding"),
    ("<image 0> is this dress a wrap dress or a shift dress?", "image_understanding"),
    ("<video 0> which player serves first in this rally, the one in white or the one in blue?",
     "video_understanding"),
    ("Generate a photo of a modern farmhouse with white siding and black window frames at sunset.",
     "text_to_image"),
    ("A time-lapse video of an artist painting sunflowers on a big canvas.", "text_to_video"),
    ("<image 0> remove the car parked in the driveway", "image_edit"),
    ("<image 0> change the colour of this dress to emerald green", "image_edit"),
    ("<image 0> is a pose skeleton; make a tennis player serving in exactly this pose.", "image_control"),
    ("<image 0> this is my terrier — put him in a little dentist's coat sitting in a dental chair.",
     "image_reference"),
    ("<image 0> animate this landscape painting so the water ripples and the clouds drift.", "image_to_video"),
    ("<image 0> make a short video of this woman walking onto a tennis court and waving.", "video_reference"),
    ("<video 0> replace the football with a glowing orange ball", "video_edit"),
    ("<video 0> is a depth video; generate a marching band following the same motion.", "video_control"),
)
