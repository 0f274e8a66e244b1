"""Ninth blind evaluation set for plugin task and tool routing.

Written blind: its author saw neither the planner's training or calibration data nor the other
benchmark sets, only the built-in task table and the built-in tool names. Evaluation only: never
train on it, and never use it to set thresholds or rules.

The helper's brief was general (it named no categories). Four of its domains (plant disease, golf swings, home
staging, cinemagraphs) happen to be close to those of sets 7 and 8, which the helper had not seen; its tasks,
tools and requests are its own.

- ``TASKS9``: eight plugin tasks from gardening (plant disease diagnosis), sports coaching (golf swing
  analysis), real estate (virtual home staging), social media photography (cinemagraphs), needlecraft
  (cross-stitch charts), electronics manufacturing (PCB defect inspection), car insurance (dashcam
  incident reports) and privacy compliance (blurring people and plates in video).
- ``TOOLS9``: one tool per plugin task, a second tool with a different specialty for plant diagnosis,
  home staging and video privacy blurring, and one specialised portrait retoucher for the built-in
  ``image_edit`` task.
- ``TASK_REQUESTS9``: five free-form requests per plugin task, each labelled with its task.
- ``TOOL_REQUESTS9``: four requests for each two-tool task, labelled with task and favoured tool.
- ``OUT_OF_SCOPE9``: requests that neither a built-in nor a plugin task can serve.
- ``BUILTIN9``: ordinary requests for the built-in tasks, some worded close to the plugin tasks.
"""

from __future__ import annotations

from unison_agent.contracts.tasks import TaskSpec

TASKS9: tuple[TaskSpec, ...] = (
    TaskSpec.one_input(
        "image",
        name="plant_disease_diagnosis",
        output="text",
        description="Diagnoses diseases, pests and nutrient problems visible on a plant's leaves, stems or fruit "
        "and recommends treatment.",
        examples=(
            "What disease does this leaf have? <image 0>",
            "Diagnose the spots on my cucumber plant in <image 0> and suggest a treatment.",
            "<image 0> is this blight or just a nutrient deficiency?",
        ),
    ),
    TaskSpec.one_input(
        "video",
        name="golf_swing_analysis",
        output="text",
        description="Analyses a golf swing in a video, covering posture, tempo, club path and weight transfer, "
        "and gives coaching feedback.",
        examples=(
            "Analyse my golf swing in <video 0>.",
            "<video 0> give me coaching tips on my driver swing",
            "What faults do you see in the swing in <video 0>?",
        ),
    ),
    TaskSpec.one_input(
        "image",
        name="virtual_home_staging",
        output="image",
        description="Virtually stages an empty or bare space in a property photo by adding realistic furniture "
        "and decor while keeping the room's architecture unchanged.",
        examples=(
            "Virtually stage the empty room in <image 0>.",
            "<image 0> add staging furniture for a real estate listing",
            "Stage this vacant living room in a mid-century style: <image 0>",
        ),
    ),
    TaskSpec.one_input(
        "image",
        name="cinemagraph_creation",
        output="video",
        description="Turns a still photo into a seamlessly looping cinemagraph in which only a chosen region "
        "moves and the rest of the frame stays still.",
        examples=(
            "Make a cinemagraph from <image 0> with the water moving.",
            "<image 0> create a looping cinemagraph where only the clouds drift",
            "Cinemagraph of <image 0>, animate just the smoke.",
        ),
    ),
    TaskSpec.one_input(
        "image",
        name="cross_stitch_pattern",
        output="image",
        description="Converts a photo or artwork into a counted cross-stitch chart with symbols, a reduced "
        "colour palette and a thread key.",
        examples=(
            "Make a cross-stitch pattern from <image 0>.",
            "<image 0> convert to a cross stitch chart with 12 colours",
            "Create a cross-stitch design of my cat: <image 0>",
        ),
    ),
    TaskSpec.one_input(
        "image",
        name="pcb_defect_inspection",
        output="text",
        description="Inspects a photo of a printed circuit board for assembly and soldering defects such as "
        "bridges, cold joints, missing or misaligned components, and reports them.",
        examples=(
            "Inspect the PCB in <image 0> for defects.",
            "<image 0> find soldering defects on this circuit board",
            "Are there any assembly faults on the board in <image 0>?",
        ),
    ),
    TaskSpec.one_input(
        "video",
        name="dashcam_incident_report",
        output="text",
        description="Reviews dashcam footage of a road incident and writes a structured, neutral report of the "
        "sequence of events for insurance or police use.",
        examples=(
            "Write an incident report from the dashcam video <video 0>.",
            "<video 0> summarise this dashcam accident for my insurance claim",
            "Create an accident report from the dash cam clip in <video 0>.",
        ),
    ),
    TaskSpec.one_input(
        "video",
        name="video_privacy_blur",
        output="video",
        description="Anonymises a video by detecting and blurring identifying details such as faces and licence "
        "plates in every frame.",
        examples=(
            "Anonymise the people in <video 0>.",
            "<video 0> blur all identifying details for privacy",
            "Apply privacy blurring to the video <video 0>.",
        ),
    ),
)

TOOLS9: tuple[tuple[str, str, str], ...] = (
    (
        "leaf_pathology_scanner",
        "Diagnoses fungal, bacterial and insect damage on field crops, vegetables and orchard trees from leaf "
        "photos, with agronomic treatment advice.",
        "plant_disease_diagnosis",
    ),
    (
        "houseplant_doctor",
        "Identifies problems of indoor and potted ornamental plants such as root rot, overwatering, sunburn or "
        "spider mites, and suggests care fixes.",
        "plant_disease_diagnosis",
    ),
    (
        "swing_coach_ai",
        "Tracks body keypoints and club position through a golf swing and returns a phase-by-phase critique with "
        "drills.",
        "golf_swing_analysis",
    ),
    (
        "roomfill_stager",
        "Furnishes empty indoor rooms in listing photos with realistic furniture and decor in a chosen interior "
        "style.",
        "virtual_home_staging",
    ),
    (
        "patio_stager",
        "Stages outdoor spaces such as decks, balconies, terraces and gardens with outdoor furniture, planters "
        "and lighting.",
        "virtual_home_staging",
    ),
    (
        "loopmotion",
        "Creates seamless looping cinemagraphs by animating a masked or described region of a still photo.",
        "cinemagraph_creation",
    ),
    (
        "stitchgrid",
        "Turns images into counted cross-stitch and needlepoint charts with DMC thread mapping and adjustable "
        "stitch count.",
        "cross_stitch_pattern",
    ),
    (
        "board_inspector",
        "Automated optical inspection for PCB assemblies: flags solder bridges, cold joints, tombstoning and "
        "missing parts with their locations.",
        "pcb_defect_inspection",
    ),
    (
        "crash_recount",
        "Reconstructs the timeline of a collision from dashcam footage and drafts a neutral incident report with "
        "timestamps.",
        "dashcam_incident_report",
    ),
    (
        "face_anonymizer",
        "Detects, tracks and blurs human faces across every frame of a video, with optional exceptions for "
        "chosen people.",
        "video_privacy_blur",
    ),
    (
        "plate_masker",
        "Finds and pixelates vehicle licence plates in traffic, dashcam and parking footage.",
        "video_privacy_blur",
    ),
    (
        "portrait_retoucher",
        "Professional portrait retouching: removes blemishes, smooths skin, whitens teeth and brightens eyes "
        "while keeping natural texture.",
        "image_edit",
    ),
)

TASK_REQUESTS9: tuple[tuple[str, str], ...] = (
    (
        "my tomato leaves got these brown rings and yellow edges, whats wrong with them and how do i fix it "
        "<image 0>",
        "plant_disease_diagnosis",
    ),
    (
        "<image 0> Found white powdery stuff all over the zucchini this morning. Fungus? What should I spray?",
        "plant_disease_diagnosis",
    ),
    ("Could you tell me what's attacking my rose bush? Photo attached: <image 0>", "plant_disease_diagnosis"),
    ("the monstera in <image 0> has black spots spreading, is it rot or sunburn", "plant_disease_diagnosis"),
    (
        "We manage a small vineyard. Please assess the foliage in <image 0> for signs of infection and recommend "
        "a treatment plan.",
        "plant_disease_diagnosis",
    ),
    ("here's me at the driving range <video 0> why do i keep slicing it right", "golf_swing_analysis"),
    (
        "<video 0> Can you break down my backswing and follow-through and tell me what to fix?",
        "golf_swing_analysis",
    ),
    (
        "Please critique my iron technique in <video 0>; my coach says my hips open too early.",
        "golf_swing_analysis",
    ),
    (
        "is my weight shifting properly in this clip? <video 0> feels like im hanging back on the tee shot",
        "golf_swing_analysis",
    ),
    (
        "Recorded my drive from down the line, <video 0>. Give me three drills based on what you see in my "
        "motion.",
        "golf_swing_analysis",
    ),
    (
        "This apartment listing looks so bare, can you put a sofa, rug and some plants into the living room "
        "<image 0>",
        "virtual_home_staging",
    ),
    ("<image 0> empty bedroom, make it look lived in and cozy for the rental ad", "virtual_home_staging"),
    (
        "Furnish the vacant dining area in <image 0> with a Scandinavian table and chairs so buyers can picture "
        "it.",
        "virtual_home_staging",
    ),
    (
        "add furnture to our unfinished back deck photo, loungers and an outdoor dining set <image 0>",
        "virtual_home_staging",
    ),
    (
        "I'm selling the condo; the home office in <image 0> is totally empty. Fill it with a desk, shelving and "
        "a chair, keep walls and windows as they are.",
        "virtual_home_staging",
    ),
    (
        "make just the waterfall move in <image 0> and keep everything else frozen, looping forever",
        "cinemagraph_creation",
    ),
    (
        "<image 0> I want the steam from the coffee to drift while the rest of the photo stays still, seamless "
        "loop for Instagram",
        "cinemagraph_creation",
    ),
    (
        "Could the flag in this picture wave in an endless loop, everything else motionless? <image 0>",
        "cinemagraph_creation",
    ),
    ("living photo effect pls: only her hair blowing, rest static <image 0>", "cinemagraph_creation"),
    (
        "For our bakery's website banner, animate only the candle flames in <image 0> as a short repeating clip.",
        "cinemagraph_creation",
    ),
    ("turn my dog's photo into a chart i can stitch on 14 count aida <image 0>", "cross_stitch_pattern"),
    (
        "<image 0> Convert this to a grid with symbols and a DMC thread list, max 20 colours.",
        "cross_stitch_pattern",
    ),
    (
        "My grandma embroiders and I'd love to give her a pattern of our old farmhouse from this picture: "
        "<image 0>",
        "cross_stitch_pattern",
    ),
    ("could you make a needlepoint grid from <image 0>, something like 80x80 stitches", "cross_stitch_pattern"),
    ("pixel-style counted thread chart of the sunset in <image 0>, limited palette please", "cross_stitch_pattern"),
    ("check my soldering on this board, any cold joints or bridges? <image 0>", "pcb_defect_inspection"),
    (
        "<image 0> Our reflow batch has failures. Spot any tombstoned components or missing parts on this "
        "assembly.",
        "pcb_defect_inspection",
    ),
    (
        "Before I power it up, does anything look shorted or badly soldered on <image 0>?",
        "pcb_defect_inspection",
    ),
    ("quality check pls, arduino shield I hand-assembled <image 0>, lifted pads?", "pcb_defect_inspection"),
    (
        "Inspect the attached AOI capture <image 0> and list every fault location with its probable cause.",
        "pcb_defect_inspection",
    ),
    (
        "<video 0> someone rear-ended me at the light, write up what happened for my insurer",
        "dashcam_incident_report",
    ),
    (
        "Need a written account of the collision in this footage for the claim form, with timestamps: <video 0>",
        "dashcam_incident_report",
    ),
    (
        "who was at fault here? the white van merged without signaling i think <video 0>",
        "dashcam_incident_report",
    ),
    (
        "Please produce a factual, neutral description of the crash captured by my windshield camera <video 0>, "
        "including speeds if you can estimate them.",
        "dashcam_incident_report",
    ),
    (
        "my car cam caught a cyclist clipping my mirror, can you describe the sequence of events <video 0>",
        "dashcam_incident_report",
    ),
    ("blur everyone's faces in <video 0> before I post it on youtube", "video_privacy_blur"),
    ("<video 0> licence plates are visible throughout, please pixelate them all", "video_privacy_blur"),
    (
        "We need this store CCTV clip anonymised for a GDPR request: obscure all customers except the person in "
        "the red jacket. <video 0>",
        "video_privacy_blur",
    ),
    ("can you hide the identities of the kids in the background of my vlog <video 0>", "video_privacy_blur"),
    (
        "Street interview footage <video 0>: the passersby didn't sign releases, so mask them please.",
        "video_privacy_blur",
    ),
)

TOOL_REQUESTS9: tuple[tuple[str, str, str], ...] = (
    (
        "the corn in our north field has long tan lesions on the leaves <image 0> what disease is it and which "
        "fungicide",
        "plant_disease_diagnosis",
        "leaf_pathology_scanner",
    ),
    (
        "<image 0> my fiddle leaf fig on the windowsill keeps dropping leaves with brown patches, help",
        "plant_disease_diagnosis",
        "houseplant_doctor",
    ),
    (
        "Use houseplant_doctor on <image 0>, the pothos leaves are yellowing",
        "plant_disease_diagnosis",
        "houseplant_doctor",
    ),
    (
        "run leaf_pathology_scanner on this potato foliage <image 0>",
        "plant_disease_diagnosis",
        "leaf_pathology_scanner",
    ),
    (
        "empty studio apartment <image 0>, add a bed, a couch and a small kitchen table in a modern style",
        "virtual_home_staging",
        "roomfill_stager",
    ),
    (
        "<image 0> our rooftop terrace is bare concrete, show it with loungers, string lights and potted olive "
        "trees",
        "virtual_home_staging",
        "patio_stager",
    ),
    (
        "with patio_stager, dress up the balcony in <image 0> for the listing",
        "virtual_home_staging",
        "patio_stager",
    ),
    (
        "Please use roomfill_stager to furnish the empty master bedroom shown in <image 0>.",
        "virtual_home_staging",
        "roomfill_stager",
    ),
    (
        "<video 0> parking garage footage, the cars' registration numbers must not be readable",
        "video_privacy_blur",
        "plate_masker",
    ),
    (
        "blur the faces of all the attendees in this conference recording <video 0>",
        "video_privacy_blur",
        "face_anonymizer",
    ),
    ("face_anonymizer please, on <video 0>", "video_privacy_blur", "face_anonymizer"),
    (
        "Run plate_masker over the traffic clip <video 0> before we publish it.",
        "video_privacy_blur",
        "plate_masker",
    ),
)

OUT_OF_SCOPE9: tuple[str, ...] = (
    "transcribe the voicemail my landlord left me and text him back that I'll pay friday",
    "<video 0> isolate the guitar track from this concert clip and export it as a wav",
    "Book a table for four at an Italian place near the office tomorrow at 7",
    "what's the bitcoin price right now and should I sell this minute",
    "convert <image 0> into a printable STL model so I can 3D print it",
    "Please compile and run this rust snippet and send me the benchmark timings: fn main() { bench(); }",
    "switch on the garden sprinklers every day at 6am through the irrigation controller",
    "merge these three PDFs into one and password-protect the result",
    "<image 0> order the same sneakers in size 43 from whichever store has them cheapest",
    "compose a 30 second ukulele jingle for my podcast intro and send me the mp3",
    "Track parcel 1Z999AA10123456784 and tell me when it'll be delivered",
    "rig the character in <image 0> as a 3D mesh with a skeleton I can import into Blender",
)

BUILTIN9: tuple[tuple[str, str], ...] = (
    ("What's the difference between a Roth IRA and a traditional one? keep it short", "text_understanding"),
    ("write a two-line toast for my sister's wedding, funny but sweet", "text_understanding"),
    ("<image 0> what breed is this dog?", "image_understanding"),
    ("just curious, what's the name of this plant? <image 0>", "image_understanding"),
    ("In <video 0>, at what point does the goalkeeper leave the box?", "video_understanding"),
    ("<video 0> which club is the golfer holding in this clip?", "video_understanding"),
    ("a watercolor of a lighthouse on a stormy cliff at dusk", "text_to_image"),
    ("generate a 5 second clip of paper boats racing down a rainy street gutter", "text_to_video"),
    ("remove the trash can from the left side of <image 0>", "image_edit"),
    ("repaint the living room walls in <image 0> a sage green, leave everything else alone", "image_edit"),
    ("<image 0> is a depth map, render it as a cozy cabin interior at night", "image_control"),
    ("put the ceramic mug from <image 0> on a marble countertop in a sunlit kitchen", "image_reference"),
    (
        "make <image 0> the opening frame of a clip where the camera slowly pulls back from the mountain",
        "image_to_video",
    ),
    ("Create a short video of the stuffed bunny in <image 0> hopping across a snowy meadow", "video_reference"),
    ("<video 0> change the sky to a sunset throughout the whole clip", "video_edit"),
    ("use the dancer's moves from <video 0> to generate a chrome robot doing the same routine", "video_control"),
)
