"""Ninetieth blind set, refusals only: written by someone who saw none of the planner's data, calibration lists
or other benchmark sets; evaluation only, never used to set lists, thresholds or rules. The helper's brief was
artists, illustrators, designers and animators (it chose the categories; it was told only what the twelve tasks can do)."""

OUT_OF_SCOPE90: tuple[str, ...] = (
    # file-format conversion and export
    "Convert <image 0> into an SVG with clean vector paths so I can scale it up for a billboard.",
    "Export my character turnaround as a layered PSD, one layer per limb, please.",
    "Turn <video 0> into a looping GIF under 5 MB so it autoplays on my portfolio site.",
    "can u vectorize this logo sketch <image 0> and give me an EPS file for the printer",
    "Pack my twelve thumbnails into a print-ready PDF with 3mm bleed and crop marks.",
    "Save the storyboard frames as a single multi-page PDF at 300 dpi in CMYK for the producer.",
    # upscaling and resolution
    "Upscale <image 0> to 8K without losing the line quality, it's going to a gallery print.",
    "My scanned watercolor <image 0> is only 800px wide. Super-resolve it to 6000px so I can sell prints.",
    "Enhance the resolution of this old photo of an animation cel <image 0>, 4x please.",
    "Bump <video 0> from 720p up to 4K for the festival submission.",
    # video post-processing
    "Interpolate <video 0> from 12fps to 60fps so my hand-drawn animation looks buttery smooth.",
    "Trim the first 3 seconds off <video 0> and cut out the bit where the rig glitches.",
    "Stitch my three animatic clips together into one reel with crossfades between them.",
    "Stabilize <video 0>, it's shaky handheld footage of my mural and it makes people seasick.",
    "Speed-ramp my 40-minute timelapse recording down to 90 seconds and add chapter markers.",
    # sound, music and voice
    "Compose a lo-fi soundtrack for my 30-second animated short.",
    "Add footstep foley and a big whoosh to <video 0> right when the character jumps.",
    "Record a voiceover reading my artist statement in a warm British accent.",
    "Listen to the dialogue in <video 0> and tell me if the mouth shapes match the words being said.",
    "What song is playing in the background of <video 0>? I need to credit it in the description.",
    "Make an animated clip of a dancing fox with a jazzy beat that matches its steps.",
    # live data, trends and the internet
    "What art styles are trending on ArtStation this week?",
    "Look up current prices for a Wacom Cintiq Pro 24 and tell me which shop has it cheapest today.",
    "Find open calls for illustrators with submission deadlines later this month.",
    "Is Lightbox Expo happening this year, and when do the tickets go on sale?",
    "Reverse image search <image 0> and tell me if someone has already posted my artwork without credit.",
    "Pull the Pantone Color of the Year they announced this morning and build me a palette around it.",
    "What did the Procreate update that came out yesterday change about the brush engine?",
    # posting, sending and client communication
    "Post <image 0> to my Instagram with the caption 'new piece!' and a few relevant hashtags.",
    "Email the final storyboard to my art director at jen@studio-example.com.",
    "Upload <video 0> to my Vimeo, set it to private and give it the password 'reel2024'.",
    "Send my client an invoice for the logo work and chase them if they haven't paid in two weeks.",
    "DM the three artists I follow on Behance and ask if they'd want to collab on a zine.",
    "Submit my portfolio to the studio internship portal before tonight's deadline.",
    # accounts, apps and files on disk
    "Open my latest Procreate file and flatten the line art layers into one.",
    "Go into my Figma project 'Rebrand v3' and rename every frame to match the new naming scheme.",
    "Look through my Dropbox folder /Clients/Halloway and tell me which mockups are still missing.",
    "Install the watercolor brush pack I bought last week into my Photoshop.",
    "Remap the keyboard shortcuts in my Clip Studio Paint so they match Photoshop's.",
    "Check my Patreon dashboard and tell me how many new patrons I got this month.",
    # memory of earlier conversations
    "Use the exact same color palette you gave me last week for the dragon series.",
    "Remember the character sheet I showed you yesterday? Draw her again, this time sitting on a rooftop.",
    "Continue the comic script from where we left off in our last chat.",
    "What was the studio name we settled on the other day? I forgot to write it down.",
    "Compare <image 0> with the earlier version I sent you last month and list what I changed.",
    # 3D, code execution and model training
    "Turn <image 0> into a rigged 3D model I can import straight into Blender.",
    "Generate an STL of the sculpture concept in <image 0> so I can 3D print it.",
    "Train a LoRA on my last 40 illustrations so it learns to draw in my style.",
    "Run this Python script that batch-renames my exported frames and tell me whether it errors out.",
    "Fine-tune your image model on my sketchbook scans, then use it for all my future requests.",
    "Execute my After Effects expression on the comp and show me the rendered result.",
    # physical world, purchases and scheduling
    "Print <image 0> on A2 matte paper and ship it to my gallery in Lisbon.",
    "Order me a 72-piece set of Copic markers and a new A4 sketchbook.",
    "Remind me at 5pm to send the final inks to the publisher.",
    "Set a 25-minute timer for my gesture drawing session and ping me when it's done.",
    "Book me a spot in Thursday's life drawing class at the community center.",
    "Mix the paint for me: I need exactly the teal from <image 0> on my actual canvas.",
    # sounds like generation or description, but needs an absent capability
    "Read the speech bubbles in <image 0> aloud so I can hear how the comic dialogue flows.",
    "Animate <image 0> into a two-minute short film with narration and a music score.",
    "Describe <video 0>, and include what the voice actor says in the last few seconds.",
)

ORDINARY90: tuple[tuple[str, str], ...] = (
    # text_understanding
    (
        "Write a polite email to a client explaining why their logo revisions will take an extra week.",
        "text_understanding",
    ),
    (
        "Explain the difference between RGB and CMYK and why the colors I post on Instagram look duller in print.",
        "text_understanding",
    ),
    (
        "Write a short Blender Python script that adds a prefix to the names of all selected objects; "
        "I'll run it myself.",
        "text_understanding",
    ),
    ("Brainstorm ten names for a small animation studio that specialises in stop-motion.", "text_understanding"),
    (
        "Translate my artist bio into Spanish: 'I paint quiet interiors and the light that moves through them.'",
        "text_understanding",
    ),
    # image_understanding
    (
        "Here's a screenshot of my Procreate canvas <image 0>. "
        "What's off about the perspective in the background?",
        "image_understanding",
    ),
    (
        "Read the handwritten notes in the margins of this storyboard page <image 0> and type them out for me.",
        "image_understanding",
    ),
    (
        "Is the kerning in this poster draft <image 0> uneven anywhere? Point out the worst pairs.",
        "image_understanding",
    ),
    (
        "Look at my portfolio website mockup <image 0> and tell me which piece pulls attention away from the rest.",
        "image_understanding",
    ),
    (
        "Which instruments are drawn on this album cover sketch <image 0>, and does the composition feel balanced?",
        "image_understanding",
    ),
    # video_understanding
    ("Watch my walk cycle <video 0> and tell me where the weight shift feels off.", "video_understanding"),
    (
        "This is a screen recording of my Photoshop workflow <video 0>. Which tools do I keep switching between?",
        "video_understanding",
    ),
    (
        "Ignoring the sound entirely, describe the dancer's key poses in <video 0> so I can use them as gesture "
        "reference.",
        "video_understanding",
    ),
    (
        "Does the bouncing ball in <video 0> actually follow squash-and-stretch and slow-in/slow-out?",
        "video_understanding",
    ),
    (
        "Summarise what happens on screen in this 10-second animatic <video 0> so I can write shot notes.",
        "video_understanding",
    ),
    # text_to_image
    (
        "Design a square Instagram post announcing my art commissions are open, pastel colors, playful lettering.",
        "text_to_image",
    ),
    (
        "Create a YouTube thumbnail for a speedpaint video: a half-finished dragon on an easel and the word "
        "SPEEDPAINT in bold.",
        "text_to_image",
    ),
    ("Generate a poster for a jazz night with a saxophone silhouette and swirling musical notes.", "text_to_image"),
    (
        "Make a flat-design mockup of a phone home screen for an app that tracks daily sketchbook pages.",
        "text_to_image",
    ),
    (
        "Paint a 16:9 desktop wallpaper of a cozy artist's studio at midnight with a clock on the wall.",
        "text_to_image",
    ),
    # text_to_video
    (
        "Make a 4-second clip of paint swirling in water that I can use as the header background on my website.",
        "text_to_video",
    ),
    ("Generate a short timelapse-style video of a pencil sketching a hummingbird line by line.", "text_to_video"),
    (
        "A few seconds of a vinyl record spinning on a turntable under warm lamp light, no sound needed.",
        "text_to_video",
    ),
    ("Short animated intro for my Twitch channel: ink splashes that form a paper-cut fox.", "text_to_video"),
    (
        "Generate a short clip of a clock's hands racing while a watercolor sky shifts from dawn to night.",
        "text_to_video",
    ),
    # image_edit
    ("Remove the coffee stain from the corner of my scanned drawing <image 0>.", "image_edit"),
    ("In <image 0>, replace the placeholder text on the book cover with the title 'Salt & Ember'.", "image_edit"),
    (
        "Swap the background of my product photo <image 0> for a plain white studio backdrop for my Etsy shop.",
        "image_edit",
    ),
    ("Only inside the masked area <image 1>, add a pair of headphones to the character in <image 0>.", "image_edit"),
    ("Recolor the jacket in <image 0> from red to forest green for the client's second option.", "image_edit"),
    # image_control
    ("Use this pose skeleton <image 0> to generate a superhero landing shot in a comic-book style.", "image_control"),
    (
        "Follow the edge map from my line art <image 0> and render it as a full-color gouache painting.",
        "image_control",
    ),
    (
        "Here's a depth map I exported from my Blender scene <image 0>; generate a foggy fantasy forest that "
        "matches it.",
        "image_control",
    ),
    (
        "Turn my rough scribble of a concert stage <image 0> into a finished concept painting with a crowd.",
        "image_control",
    ),
    ("Using the pose in <image 0>, draw a guitarist mid-strum in a 1980s gig-poster style.", "image_control"),
    # image_reference
    ("Here's our mascot <image 0>. Draw him riding a skateboard for the summer merch line.", "image_reference"),
    (
        "Using the character in <image 0>, make a new illustration of her at a drafting table late at night.",
        "image_reference",
    ),
    ("Make a sticker design of the cat from <image 0> wearing big headphones.", "image_reference"),
    (
        "Draw the ceramic mug from my product photo <image 0> on a rainy café windowsill for a web banner.",
        "image_reference",
    ),
    ("Generate a holiday card featuring the little robot from <image 0> wrapping presents.", "image_reference"),
    # image_to_video
    ("Animate my illustration <image 0> so the lanterns sway gently and the water ripples.", "image_to_video"),
    (
        "Use <image 0> as the first frame and have the camera slowly push in, for my Instagram story.",
        "image_to_video",
    ),
    ("Make <image 0> the last frame: the paper boat drifts in from the left and comes to rest.", "image_to_video"),
    (
        "Bring my album cover art <image 0> to life as a short silent loop with smoke rising from the record player.",
        "image_to_video",
    ),
    (
        "Animate the character in <image 0> blinking and turning her head, just a few seconds for my portfolio.",
        "image_to_video",
    ),
    # video_reference
    ("Create a short video of the mascot in <image 0> waving at the camera in a sunny park.", "video_reference"),
    ("Using the plush toy in <image 0> as reference, make a clip of it tumbling down a staircase.", "video_reference"),
    ("Generate a video of the knight from my concept art <image 0> drawing his sword in the rain.", "video_reference"),
    (
        "Make a few seconds of the sneaker from <image 0> rotating on a pedestal for a product teaser.",
        "video_reference",
    ),
    ("Video of my OC from <image 0> dancing in a neon-lit arcade; silent is totally fine.", "video_reference"),
    # video_edit
    ("In <video 0>, change the daytime sky to a starry night sky.", "video_edit"),
    ("Make <video 0> look like it was painted in watercolor but keep all the motion.", "video_edit"),
    ("Remove the boom mic that dips into the top of the frame in <video 0>.", "video_edit"),
    (
        "Replace the blank laptop screen in <video 0> with a colorful design-app interface.",
        "video_edit",
    ),
    ("Turn the actor's T-shirt in <video 0> from blue to yellow to match the client's brand colours.", "video_edit"),
    # video_control
    ("Use the pose sequence in <video 0> to generate an anime girl doing the same dance.", "video_control"),
    (
        "Follow the depth video from my 3D blockout <video 0> and render it as a claymation-style street.",
        "video_control",
    ),
    (
        "Here's an edge-map video of my rotoscoped walk <video 0>; generate a robot walking exactly the same way.",
        "video_control",
    ),
    (
        "Generate a ballerina on a snowy theatre stage who follows the pose skeleton in <video 0>.",
        "video_control",
    ),
    (
        "Take the Canny edges in <video 0> and make an ink-wash landscape video that matches them.",
        "video_control",
    ),
)
