"""Seventeenth blind evaluation set for plugin task and tool routing.

Written blind: its author saw neither the planner's training or calibration data nor the other
benchmark sets, only the built-in task table and the built-in tool names. Evaluation only: never
train on it, and never use it to set thresholds or rules.

Domains: beekeeping frames, animal tracks, cue sports, guitar chords, vehicle wraps, pottery glazes,
glitch art video, jigsaw puzzle assembly.

- TASKS17: eight plugin tasks declared as TaskSpecs, each with a description and three examples.
- TOOLS17: (tool_name, tool_description, task_name); one tool per plugin task, a second tool with a
  different specialty for three of them, and one specialised tool for the built-in image_edit task.
- TASK_REQUESTS17: five (request, task_name) pairs per plugin task, forty in all.
- TOOL_REQUESTS17: four (request, task_name, tool_name) triples for each two-tool task, two per tool.
- OUT_OF_SCOPE17: twelve requests that no built-in or plugin task can serve.
- BUILTIN17: sixteen (request, builtin_task_name) pairs for ordinary built-in requests.
"""

from unison_agent.contracts.tasks import TaskSpec

TASKS17: tuple[TaskSpec, ...] = (
    TaskSpec.one_input(
        "image",
        name="beehive_frame_inspection",
        output="text",
        description=(
            "Inspect a photo of a beehive frame and report on colony health: brood pattern, capped "
            "and open brood, queen cells, honey and pollen stores, and signs of mites or disease."
        ),
        examples=(
            "Check the brood frame in <image 0> and tell me if the colony looks healthy.",
            "Are there any queen cells on the frame in <image 0>?",
            "Look at the comb in <image 0> and say whether I should worry about varroa.",
        ),
    ),
    TaskSpec.one_input(
        "image",
        name="animal_track_identification",
        output="text",
        description=(
            "Identify which animal left the footprints, tracks or trail in a photo of snow, mud or "
            "sand, reading toe count, claw marks, stride and gait pattern."
        ),
        examples=(
            "What animal made the prints in the snow in <image 0>?",
            "I found these tracks by the river in <image 0>. Fox or dog?",
            "Identify the footprints in the mud in <image 0> and say which way it was heading.",
        ),
    ),
    TaskSpec.one_input(
        "image",
        name="billiards_shot_advice",
        output="text",
        description=(
            "Read a photo of a pool, snooker or billiards table layout and recommend the best shot: "
            "which ball to pot, aiming line, spin, pace and where to leave the cue ball."
        ),
        examples=(
            "What's my best shot from the table layout in <image 0>? I'm on stripes.",
            "In <image 0>, how do I get out of this snooker?",
            "Suggest a safety play for the pool table in <image 0>.",
        ),
    ),
    TaskSpec.one_input(
        "video",
        name="guitar_chord_transcription",
        output="text",
        description=(
            "Watch a video of someone playing guitar and work out what they play from the fretting "
            "hand: chord names, chord changes over time, capo position, or tablature for riffs."
        ),
        examples=(
            "What chords is she playing in <video 0>?",
            "Write down the chord progression from the guitar clip in <video 0>.",
            "Work out the tab for the intro riff in <video 0>.",
        ),
    ),
    TaskSpec.one_input(
        "image",
        name="vehicle_wrap_preview",
        output="image",
        description=(
            "Preview a vinyl wrap on the car, van or motorbike in a photo: change the paint to a matte, "
            "satin, gloss or chrome wrap colour, or apply printed livery graphics, keeping the vehicle "
            "shape, trim, glass and wheels intact."
        ),
        examples=(
            "Show the car in <image 0> wrapped in satin dark grey.",
            "Preview a matte olive green wrap on my van in <image 0>.",
            "Put a company livery with our phone number on the truck in <image 0>.",
        ),
    ),
    TaskSpec.one_input(
        "image",
        name="pottery_glaze_preview",
        output="image",
        description=(
            "Show how an unglazed or bisque-fired ceramic piece in a photo would look after glazing "
            "and firing with a chosen glaze: celadon, tenmoku, shino, crackle, drips, runs and layering."
        ),
        examples=(
            "Show my bisque bowl in <image 0> finished in a celadon glaze.",
            "What would the mug in <image 0> look like with tenmoku breaking over the rim?",
            "Preview a blue drippy glaze layered over white on the vase in <image 0>.",
        ),
    ),
    TaskSpec.one_input(
        "video",
        name="glitch_art_video",
        output="video",
        description=(
            "Turn a video into digital glitch art: datamoshing, pixel bleeding, melting frames, "
            "compression artefacts, RGB channel splits, scanline jitter and corrupted-signal bursts."
        ),
        examples=(
            "Datamosh <video 0> so the scenes melt into each other.",
            "Give <video 0> a broken-signal glitch look with RGB splitting.",
            "Add glitchy pixel corruption to the drop in <video 0>.",
        ),
    ),
    TaskSpec.one_input(
        "image",
        name="jigsaw_assembly_video",
        output="video",
        description=(
            "Make a video from a photo in which the picture is cut into jigsaw puzzle pieces that "
            "scatter, then slide and snap together piece by piece until the full image is complete."
        ),
        examples=(
            "Make a clip of <image 0> assembling itself from jigsaw pieces.",
            "Turn <image 0> into a puzzle that pieces itself together as a video reveal.",
            "Animate the wedding photo in <image 0> being built up from puzzle pieces.",
        ),
    ),
)

TOOLS17: tuple[tuple[str, str, str], ...] = (
    (
        "brood_frame_analyzer",
        "Analyses beehive frame photos for brood pattern, queen cells, stores, mites and brood disease.",
        "beehive_frame_inspection",
    ),
    (
        "track_print_identifier",
        "Identifies animal species from footprints and trails in snow, mud or sand.",
        "animal_track_identification",
    ),
    (
        "cue_shot_planner",
        "Plans pool, snooker and billiards shots from a table photo: pot choice, aim, spin and position.",
        "billiards_shot_advice",
    ),
    (
        "chord_chart_extractor",
        "Names the chords strummed in a guitar video and writes a timed chord sheet with capo position.",
        "guitar_chord_transcription",
    ),
    (
        "fretboard_tab_writer",
        "Transcribes single-note riffs, solos and fingerpicked lines from a guitar video into tablature.",
        "guitar_chord_transcription",
    ),
    (
        "wrap_colour_renderer",
        "Renders a full-body colour change wrap: solid matte, satin, gloss, metallic or chrome finishes.",
        "vehicle_wrap_preview",
    ),
    (
        "livery_graphics_designer",
        "Lays printed graphics on a vehicle: business livery, logos, lettering, racing stripes, decals.",
        "vehicle_wrap_preview",
    ),
    (
        "glaze_simulator",
        "Simulates fired ceramic glazes on bisqueware photos, including drips, breaks, crackle and layers.",
        "pottery_glaze_preview",
    ),
    (
        "datamosh_engine",
        "Datamoshes video: smears motion between frames, pixel bleeding and melting scene transitions.",
        "glitch_art_video",
    ),
    (
        "rgb_split_glitcher",
        "Adds signal glitches to video: RGB channel offsets, scanline jitter, static and noise bursts.",
        "glitch_art_video",
    ),
    (
        "puzzle_piece_animator",
        "Cuts a photo into jigsaw pieces and animates them scattering and snapping into place.",
        "jigsaw_assembly_video",
    ),
    (
        "clutter_eraser",
        "Removes unwanted objects, people and clutter from a photo and fills the background naturally.",
        "image_edit",
    ),
)

TASK_REQUESTS17: tuple[tuple[str, str], ...] = (
    ("Pulled this frame out of hive two today, <image 0>. Does the laying pattern look spotty to you?",
     "beehive_frame_inspection"),
    ("Is my queen still laying? Here's the middle frame: <image 0>", "beehive_frame_inspection"),
    ("Those cells in <image 0> look sunken and greasy, could that be foulbrood?", "beehive_frame_inspection"),
    ("How much capped honey versus pollen is on the frame in <image 0>?", "beehive_frame_inspection"),
    ("Are the peanut-shaped cells at the bottom of <image 0> swarm cells or supersedure?",
     "beehive_frame_inspection"),
    ("Something walked across our lawn overnight, prints in <image 0>. What was it?",
     "animal_track_identification"),
    ("Four toes, no claw marks, in the snow in <image 0>. Bobcat?", "animal_track_identification"),
    ("My kid found these prints on the beach, <image 0>. Which bird or animal left them?",
     "animal_track_identification"),
    ("Tell me what made the trail of tracks in <image 0> and whether it was running or walking.",
     "animal_track_identification"),
    ("Could the muddy footprints in <image 0> be from a badger?", "animal_track_identification"),
    ("I'm solids and it's my turn. What should I go for in <image 0>?", "billiards_shot_advice"),
    ("Which red should I take in <image 0> to get on the black after?", "billiards_shot_advice"),
    ("The 8 is near the corner in <image 0>. Can I make it, and with what spin?", "billiards_shot_advice"),
    ("Give me the aiming line and pace for a pot on the cue ball layout in <image 0>.", "billiards_shot_advice"),
    ("Nothing looks pottable on the table in <image 0>. What's the smart defensive play?",
     "billiards_shot_advice"),
    ("My friend plays this song in <video 0> but won't tell me the chords. Can you figure them out?",
     "guitar_chord_transcription"),
    ("Which fret is the capo on in <video 0>, and what shapes is he using?", "guitar_chord_transcription"),
    ("Transcribe the guitar part in <video 0> so I can learn it.", "guitar_chord_transcription"),
    ("At 0:45 in <video 0> there's a weird chord. What is it?", "guitar_chord_transcription"),
    ("Give me the chord sheet for the verse and chorus played in <video 0>.", "guitar_chord_transcription"),
    ("Thinking of wrapping my hatchback in <image 0>. Show it in gloss midnight purple.",
     "vehicle_wrap_preview"),
    ("Mock up the food truck in <image 0> with our taco branding wrapped all over it.",
     "vehicle_wrap_preview"),
    ("What would my bike in <image 0> look like with a chrome gold vinyl wrap on the tank?",
     "vehicle_wrap_preview"),
    ("Preview a two-tone wrap on the SUV in <image 0>: black roof, nardo grey body.", "vehicle_wrap_preview"),
    ("Wrap the delivery van in <image 0> in our fleet colours with the logo on the sides.",
     "vehicle_wrap_preview"),
    ("Before I dip it, show me this bisqueware plate from <image 0> in a glossy speckled oatmeal glaze.",
     "pottery_glaze_preview"),
    ("Would a shino look good on the teapot in <image 0>? Show me.", "pottery_glaze_preview"),
    ("Preview the jar in <image 0> with a crackle raku finish.", "pottery_glaze_preview"),
    ("I'm deciding between glazes for the bowls in <image 0>. Try a floating blue with runs near the foot.",
     "pottery_glaze_preview"),
    ("Show the unglazed cup in <image 0> after firing with a matte white inside and iron red outside.",
     "pottery_glaze_preview"),
    ("Make my skate clip <video 0> look like a corrupted file, all glitched out.", "glitch_art_video"),
    ("Add a cyberpunk glitch effect to the music video in <video 0>.", "glitch_art_video"),
    ("I want the transitions in <video 0> to melt and smear like a datamosh.", "glitch_art_video"),
    ("Make <video 0> look like a hacked broadcast with digital glitches flickering across it.",
     "glitch_art_video"),
    ("Apply pixel-sorting style glitches to the dance footage in <video 0>.", "glitch_art_video"),
    ("For our anniversary post, make <image 0> come together piece by piece like a jigsaw.",
     "jigsaw_assembly_video"),
    ("Create a puzzle reveal video of the new product shot in <image 0>.", "jigsaw_assembly_video"),
    ("Scatter <image 0> into jigsaw pieces and have them click back into place.", "jigsaw_assembly_video"),
    ("I need a short intro where the team photo <image 0> builds itself from puzzle pieces.",
     "jigsaw_assembly_video"),
    ("Turn the landscape in <image 0> into an animated jigsaw that assembles from the edges inward.",
     "jigsaw_assembly_video"),
)

TOOL_REQUESTS17: tuple[tuple[str, str, str], ...] = (
    ("Just give me the chords and when they change for the strumming song in <video 0>.",
     "guitar_chord_transcription", "chord_chart_extractor"),
    ("What chord shapes is she strumming in <video 0>? A simple chord chart is fine.",
     "guitar_chord_transcription", "chord_chart_extractor"),
    ("Write the lead solo from <video 0> out as tab, note for note.",
     "guitar_chord_transcription", "fretboard_tab_writer"),
    ("I need the fingerpicked melody in <video 0> as tablature with fret numbers per string.",
     "guitar_chord_transcription", "fretboard_tab_writer"),
    ("Show the coupe in <image 0> fully wrapped in matte military green.",
     "vehicle_wrap_preview", "wrap_colour_renderer"),
    ("Change the whole body of my car in <image 0> to a satin chrome blue wrap.",
     "vehicle_wrap_preview", "wrap_colour_renderer"),
    ("Put our bakery logo, website and lettering on the sides of the van in <image 0>.",
     "vehicle_wrap_preview", "livery_graphics_designer"),
    ("Add twin racing stripes and number decals to the car in <image 0>.",
     "vehicle_wrap_preview", "livery_graphics_designer"),
    ("Make the cuts in <video 0> bleed into one another, with motion smearing between shots.",
     "glitch_art_video", "datamosh_engine"),
    ("Melt the frames of <video 0> together so the old picture drags along with the new motion.",
     "glitch_art_video", "datamosh_engine"),
    ("Shift the red and blue channels apart and add scanline jitter to <video 0>.",
     "glitch_art_video", "rgb_split_glitcher"),
    ("Give <video 0> bursts of static and chromatic aberration like a failing TV signal.",
     "glitch_art_video", "rgb_split_glitcher"),
)

OUT_OF_SCOPE17: tuple[str, ...] = (
    "Order a replacement queen for the hive in <image 0> and have it shipped to me tomorrow.",
    "What's the pollen forecast near my apiary right now?",
    "Play the chords from <video 0> back to me as audio so I can hear them.",
    "Listen through my microphone and tell me when my guitar's low E string is in tune.",
    "Book an appointment at the nearest wrap shop for the car in <image 0>.",
    "Start my smart kiln and fire the pot in <image 0> to cone 6 overnight.",
    "Post the glitched version of <video 0> to my Instagram story.",
    "Export <video 0> as a ProRes 4444 .mov with an alpha channel.",
    "What are the live odds for tonight's world pool championship final?",
    "Print <image 0> as a real 1000-piece cardboard jigsaw and mail it to my mum.",
    "Add a thumping bass soundtrack to <video 0> that hits on every cut.",
    "Text me the moment the animal that left the tracks in <image 0> shows up on my trail camera.",
)

BUILTIN17: tuple[tuple[str, str], ...] = (
    ("What colour is the car parked in <image 0>?", "image_understanding"),
    ("What animal is standing in the field in <image 0>?", "image_understanding"),
    ("Does the pot in <image 0> have any visible cracks?", "image_understanding"),
    ("Describe what the bees are doing around the entrance in <video 0>.", "video_understanding"),
    ("In one sentence, what happens in <video 0>?", "video_understanding"),
    ("Explain what putting side spin on the cue ball does.", "text_understanding"),
    ("Write a short poem about a honeybee finding clover.", "text_understanding"),
    ("Draw a cosy pottery studio with a wheel and shelves of glazed mugs.", "text_to_image"),
    ("Generate a picture of muddy paw prints across a white kitchen floor.", "text_to_image"),
    ("Make a short video of a guitarist playing on a rooftop at sunset.", "text_to_video"),
    ("Remove the bicycle leaning against the car in <image 0>.", "image_edit"),
    ("Make <video 0> black and white with warmer midtones.", "video_edit"),
    ("Animate the puzzle box photo in <image 0> so the clouds in the picture drift slowly.", "image_to_video"),
    ("Follow the pose in <image 0> to draw a snooker player leaning over the table.", "image_control"),
    ("Using the dog in <image 0> as reference, make a picture of it bounding through fresh snow.",
     "image_reference"),
    ("Use the movement in <video 0> as a guide to make a robot perform the same dance.", "video_control"),
)
