"""Sixteenth blind evaluation set for plugin task and tool routing.

Written blind: its author saw neither the planner's training or calibration data nor the other
benchmark sets, only the built-in task table and the built-in tool names. Evaluation only: never
train on it, and never use it to set thresholds or rules.

Domains: mushroom identification, climbing route reading, season change, invitation cards,
fireworks animation, PPE safety compliance, kaleidoscope video effects, magic trick explanation.

- TASKS16: eight plugin tasks (TaskSpec), five of them specialised versions of built-in tasks.
- TOOLS16: (tool, description, task) - one tool per plugin task, a second tool for three of them,
  and one specialised tool serving the built-in video_edit task.
- TASK_REQUESTS16: forty requests (five per plugin task) with the expected task.
- TOOL_REQUESTS16: twelve requests for the three two-tool tasks with expected task and tool.
- OUT_OF_SCOPE16: twelve requests no built-in or plugin task can serve.
- BUILTIN16: sixteen ordinary requests with the expected built-in task.
"""

from unison_agent.contracts.tasks import TaskSpec

TASKS16: tuple[TaskSpec, ...] = (
    TaskSpec.one_input(
        "image",
        name="mushroom_identification",
        output="text",
        description=(
            "Identify wild mushrooms and other fungi in a photo: likely species, distinguishing "
            "features (cap, gills, stem, ring) and edibility or toxicity cautions."
        ),
        examples=(
            "What kind of mushroom is this one I found on a log? <image 0>",
            "Is the fungus in <image 0> a chanterelle or a false chanterelle?",
            "Name the toadstool species in <image 0> and say whether it is poisonous.",
        ),
    ),
    TaskSpec.one_input(
        "image",
        name="climbing_route_beta",
        output="text",
        description=(
            "Read a photo of a climbing wall or boulder problem: map the holds, estimate the "
            "grade and suggest a move sequence (beta) from start to top."
        ),
        examples=(
            "How should I climb the boulder problem in <image 0>? Give me the beta.",
            "Estimate the V-grade of the route marked with yellow tape in <image 0>.",
            "Which holds in <image 0> are the crux, and how do I get past them?",
        ),
    ),
    TaskSpec.one_input(
        "image",
        name="season_change",
        output="image",
        description=(
            "Re-render an outdoor photo as a different season: snow-covered winter, autumn "
            "foliage, spring blossom or lush summer, keeping the scene's layout."
        ),
        examples=(
            "Make <image 0> look like it was taken in winter with snow everywhere.",
            "Show me what the garden in <image 0> would look like in autumn.",
            "Turn this summer street in <image 0> into a spring scene with cherry blossom.",
        ),
    ),
    TaskSpec.one_input(
        "image",
        name="invitation_card",
        output="image",
        description=(
            "Design a printable invitation card around a supplied photo, with event title, "
            "date, place and decorative layout (weddings, birthdays, parties, showers)."
        ),
        examples=(
            "Make a wedding invitation using our engagement photo <image 0>.",
            "Design a birthday party invite with <image 0> for Saturday at 3pm in the park.",
            "Create a baby shower invitation card featuring the ultrasound picture <image 0>.",
        ),
    ),
    TaskSpec.one_input(
        "image",
        name="fireworks_overlay",
        output="video",
        description=(
            "Animate a still photo into a short clip with fireworks bursting and sparkling "
            "in its sky, for celebrations like New Year or national holidays."
        ),
        examples=(
            "Add exploding fireworks over the city skyline in <image 0> as a video.",
            "Animate fireworks going off above our house in <image 0> for New Year.",
            "Turn <image 0> into a clip with golden fireworks lighting up the night sky.",
        ),
    ),
    TaskSpec.one_input(
        "video",
        name="ppe_compliance_check",
        output="text",
        description=(
            "Audit workplace footage for personal protective equipment: hard hats, hi-vis "
            "vests, gloves, goggles, harnesses; report who is missing what and when."
        ),
        examples=(
            "Check whether everyone on the site in <video 0> is wearing a hard hat.",
            "List the PPE violations you can see in this warehouse footage <video 0>.",
            "Are the welders in <video 0> using goggles and gloves the whole time?",
        ),
    ),
    TaskSpec.one_input(
        "video",
        name="kaleidoscope_video",
        output="video",
        description=(
            "Apply a kaleidoscope or mirror-symmetry effect to a video: mirrored segments, "
            "rotating mandala patterns and psychedelic reflections of the footage."
        ),
        examples=(
            "Give <video 0> a trippy kaleidoscope effect.",
            "Mirror my dance clip <video 0> into a rotating six-fold mandala.",
            "Make <video 0> look like it is seen through a kaleidoscope tube.",
        ),
    ),
    TaskSpec.one_input(
        "video",
        name="magic_trick_explainer",
        output="text",
        description=(
            "Watch a magic or sleight-of-hand performance and explain how the trick is likely "
            "done: the method, the moment of the move and the misdirection used."
        ),
        examples=(
            "How did the magician make the coin vanish in <video 0>?",
            "Explain the card trick in <video 0>: where is the sleight of hand?",
            "Reveal the secret behind the levitation illusion in <video 0>.",
        ),
    ),
)

TOOLS16: tuple[tuple[str, str, str], ...] = (
    (
        "fungi_species_matcher",
        "Matches a mushroom photo to likely species, with cap, gill and stem features.",
        "mushroom_identification",
    ),
    (
        "fungi_toxicity_screener",
        "Judges whether a mushroom is edible or dangerous and warns about toxic lookalikes.",
        "mushroom_identification",
    ),
    (
        "boulder_beta_reader",
        "Maps holds on a climbing wall photo, estimates the grade and writes a move sequence.",
        "climbing_route_beta",
    ),
    (
        "winter_snow_renderer",
        "Re-renders outdoor scenes as winter: fresh snow, frost, icicles, frozen water.",
        "season_change",
    ),
    (
        "foliage_season_painter",
        "Recolours vegetation for autumn leaves or spring blossom; no snow or ice.",
        "season_change",
    ),
    (
        "formal_invite_designer",
        "Elegant invitations for weddings, galas and formal dinners: serif type, classic layouts.",
        "invitation_card",
    ),
    (
        "kids_party_invite_maker",
        "Playful invitations for children's birthdays and parties: bright colours, cartoon trims.",
        "invitation_card",
    ),
    (
        "sky_fireworks_animator",
        "Animates fireworks bursts in the sky of a still photo into a short video.",
        "fireworks_overlay",
    ),
    (
        "site_ppe_auditor",
        "Checks workers in footage for hard hats, hi-vis, gloves, goggles and harnesses.",
        "ppe_compliance_check",
    ),
    (
        "mirror_mandala_fx",
        "Applies kaleidoscope, mirror-symmetry and rotating mandala effects to a video.",
        "kaleidoscope_video",
    ),
    (
        "sleight_method_analyst",
        "Explains magic tricks from video: sleight-of-hand moves, gimmicks and misdirection.",
        "magic_trick_explainer",
    ),
    (
        "video_object_recolor",
        "Changes the colour of one chosen object consistently through every frame of a video.",
        "video_edit",
    ),
)

TASK_REQUESTS16: tuple[tuple[str, str], ...] = (
    # mushroom_identification
    ("Found these growing under an oak tree, any idea what they are? <image 0>", "mushroom_identification"),
    ("Could the white mushroom in <image 0> be a death cap? What species is it?", "mushroom_identification"),
    ("My kid picked this fungus at the park <image 0> - is it a toxic one?", "mushroom_identification"),
    ("Help me ID the bracket fungus on this birch stump: <image 0>", "mushroom_identification"),
    ("<image 0> foraged this morning - safe to cook, or a poisonous lookalike?", "mushroom_identification"),
    # climbing_route_beta
    ("Here's the problem I keep failing at the gym <image 0>, what's the sequence?", "climbing_route_beta"),
    ("What grade would you give the overhang route in <image 0>, and where do I rest?", "climbing_route_beta"),
    ("Plan my moves for the red holds on this bouldering wall: <image 0>", "climbing_route_beta"),
    ("Looking at the crag in <image 0>, which line is easiest and how do I start it?", "climbing_route_beta"),
    ("I'm short - is there beta for the big reach on the blue route in <image 0>?", "climbing_route_beta"),
    # season_change
    ("What would our cabin in <image 0> look like buried in December snow?", "season_change"),
    ("Change the season in <image 0> to fall, with the maples all red and orange.", "season_change"),
    ("Swap this bare wintry park <image 0> into full summer greenery.", "season_change"),
    ("Show the vineyard in <image 0> as it would be in springtime.", "season_change"),
    ("Redo <image 0> so it looks like the same place in the middle of winter.", "season_change"),
    # invitation_card
    ("Can you make a graduation party invite with my photo <image 0>? June 14, 6pm.", "invitation_card"),
    ("Use <image 0> of the two of us to design our save-the-date card.", "invitation_card"),
    ("I need a printable invite for Mia's 5th birthday, put her picture <image 0> on it.", "invitation_card"),
    ("Turn our family photo <image 0> into a housewarming invitation, 12 Elm Road.", "invitation_card"),
    ("Lay out an anniversary dinner invitation around <image 0>, RSVP by May 2.", "invitation_card"),
    # fireworks_overlay
    ("Make a July 4th clip from <image 0> with fireworks popping over the lake.", "fireworks_overlay"),
    ("Can <image 0> become a short video with colourful fireworks behind the castle?", "fireworks_overlay"),
    ("I want fireworks bursting above the bridge in this night shot <image 0>, animated.", "fireworks_overlay"),
    ("For Diwali, animate sparkling fireworks over our street in <image 0>.", "fireworks_overlay"),
    ("Celebration video: take <image 0> and fill the sky with fireworks.", "fireworks_overlay"),
    # ppe_compliance_check
    ("Go through <video 0> and flag any worker without a high-visibility vest.", "ppe_compliance_check"),
    ("Is the guy on the scaffold in <video 0> clipped into a safety harness?", "ppe_compliance_check"),
    ("Safety audit please: who in <video 0> isn't wearing protective glasses?", "ppe_compliance_check"),
    ("Give me timestamps where someone in <video 0> takes off their helmet.", "ppe_compliance_check"),
    ("Does this lab footage <video 0> show everyone in gloves and coats?", "ppe_compliance_check"),
    # kaleidoscope_video
    ("Turn my fireworks clip <video 0> into a spinning kaleidoscope pattern.", "kaleidoscope_video"),
    ("Can you make <video 0> symmetrical like a mandala, mirrored eight ways?", "kaleidoscope_video"),
    ("Psychedelic mirror effect on <video 0> for a music visual, please.", "kaleidoscope_video"),
    ("Split <video 0> into reflected wedges that rotate, kaleidoscope style.", "kaleidoscope_video"),
    ("I want the flowers in <video 0> to become a swirling mirrored pattern.", "kaleidoscope_video"),
    # magic_trick_explainer
    ("How is the rope cut and restored in <video 0>? I can't figure it out.", "magic_trick_explainer"),
    ("When does the switch happen in this cups and balls routine <video 0>?", "magic_trick_explainer"),
    ("What's the method behind the mind-reading act in <video 0>?", "magic_trick_explainer"),
    ("Where does the card go in <video 0>? Explain the misdirection.", "magic_trick_explainer"),
    ("Is there a hidden gimmick in the bending-spoon routine in <video 0>? How is it done?", "magic_trick_explainer"),
)

TOOL_REQUESTS16: tuple[tuple[str, str, str], ...] = (
    # mushroom_identification
    ("Which species is this? Look at the gills and stem: <image 0>", "mushroom_identification",
     "fungi_species_matcher"),
    ("Tell me the genus and species of the mushrooms in <image 0>.", "mushroom_identification",
     "fungi_species_matcher"),
    ("Before I eat these <image 0>, could they be a deadly lookalike?", "mushroom_identification",
     "fungi_toxicity_screener"),
    ("Is the mushroom in <image 0> dangerous for my dog who chewed it?", "mushroom_identification",
     "fungi_toxicity_screener"),
    # season_change
    ("Cover the whole village in <image 0> with fresh snow and frozen ponds.", "season_change",
     "winter_snow_renderer"),
    ("Give <image 0> a frosty winter morning look with icicles on the roofs.", "season_change",
     "winter_snow_renderer"),
    ("Make the trees in <image 0> golden and red like peak autumn.", "season_change",
     "foliage_season_painter"),
    ("Fill the orchard in <image 0> with spring blossom on every branch.", "season_change",
     "foliage_season_painter"),
    # invitation_card
    ("Design an elegant black-tie gala invitation around <image 0>.", "invitation_card",
     "formal_invite_designer"),
    ("Classic wedding invitation with our photo <image 0>, ceremony at St. Mary's.", "invitation_card",
     "formal_invite_designer"),
    ("Fun dinosaur-themed invite for Leo's 6th birthday using <image 0>.", "invitation_card",
     "kids_party_invite_maker"),
    ("Bright, silly invitation for my daughter's slumber party with <image 0>.", "invitation_card",
     "kids_party_invite_maker"),
)

OUT_OF_SCOPE16: tuple[str, ...] = (
    "Add the crackle and boom of fireworks to the soundtrack of <video 0>.",
    "What's the weather forecast at the climbing crag this weekend?",
    "Order the mushrooms in <image 0> from my grocery delivery app.",
    "Print 50 copies of the invitation and mail them to my guest list.",
    "Export <video 0> as a GIF under 2 MB for my forum signature.",
    "Email this PPE report to the site manager and copy HR.",
    "Identify the song that plays during the magic act in <video 0>.",
    "Is the city fireworks show tonight cancelled because of the rain?",
    "Book me a bouldering session at the nearest gym for 7pm.",
    "Save <image 0> as a layered PSD file with separate text layers.",
    "Turn on the smart lights in my living room and set them to orange.",
    "Transcribe what the safety trainer says out loud in <video 0>.",
)

BUILTIN16: tuple[tuple[str, str], ...] = (
    ("Write a short poem about foraging mushrooms on an autumn morning.", "text_understanding"),
    ("Draft a warm invitation message for my son's 7th birthday party.", "text_understanding"),
    ("Generate an image of a snowy alpine village at dusk.", "text_to_image"),
    ("Create a wedding invitation design with roses and gold lettering.", "text_to_image"),
    ("Make a video of fireworks exploding over a harbour at midnight.", "text_to_video"),
    ("Is the person on the ladder in <image 0> wearing a helmet?", "image_understanding"),
    ("Describe the stage outfit the magician wears in <video 0>.", "video_understanding"),
    ("Remove the parked car from <image 0> and brighten the sky a little.", "image_edit"),
    ("Follow the pose in <image 0> to draw a knight in shining armour.", "image_control"),
    ("Use the depth map <image 0> to render a cosy log cabin interior.", "image_control"),
    ("Create a picture of the climber from <image 0> standing on a summit.", "image_reference"),
    ("Make the woman in <image 0> turn her head and wave at the camera.", "image_to_video"),
    ("Using the cat in <video 0> as reference, make a new clip of it sailing a tiny boat.",
     "video_reference"),
    ("Change the jacket colour in <video 0> from blue to red.", "video_edit"),
    ("Follow the movement in <video 0> to animate a robot doing the same dance.", "video_control"),
    ("What colour is the mushroom cap in <image 0>?", "image_understanding"),
)
