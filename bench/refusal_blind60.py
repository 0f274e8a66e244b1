"""Sixtieth blind set, refusals only: written by someone who saw none of the planner's data, calibration lists
or other benchmark sets; evaluation only, never used to set lists, thresholds or rules. The helper's brief was
people who make images and videos for a living or a hobby, and people who build with image and video models
(it chose the categories; it was told only what the twelve tasks can do)."""

OUT_OF_SCOPE60: tuple[str, ...] = (
    # Sound, music and voice
    "Lay a chill lo-fi soundtrack under the timelapse in <video 0>, fade it out at the end.",
    "Generate a 10-second product clip of a steak hitting a hot cast-iron pan, and I need the sizzle audible — "
    "the sound is the whole point of the ad.",
    "Can you record a voiceover of this in a warm British accent for my travel vlog intro: 'Welcome back to "
    "Slow Roads, where we take the long way round.'",
    "what song is playing in the background of <video 0>? youtube flagged it for copyright and i have no idea",
    "Transcribe everything the interviewee says in <video 0> so I can build an SRT subtitle file.",
    "Compose a 30 second royalty-free jingle for the intro of my photography channel, upbeat, acoustic guitar.",
    "Make a short clip of rain on a window at night, with the rain sound recorded binaurally so it works "
    "for ASMR.",
    # File formats, export and compression
    "Turn my logo <image 0> into a clean vector SVG I can scale up for a shop sign.",
    "Export <image 0> as a layered PSD with the model on her own layer and the backdrop on another.",
    "Make a GIF out of <video 0> that stays under 5 MB so it uploads to Slack.",
    "Convert last weekend's RAW .CR3 files to 16-bit TIFFs for the retoucher, please.",
    "Give me a 3D model (OBJ or GLB is fine) of the armchair in <image 0> so I can drop it into my Blender scene.",
    "Re-encode <video 0> to ProRes 422 HQ, my colourist refuses to work from H.264.",
    # Upscaling, restoration, frame rate and stabilisation
    "Upscale <image 0> to 8K for a billboard print without it going mushy.",
    "<video 0> was shot handheld on a moving boat and it's super shaky. Stabilise it please.",
    "Interpolate <video 0> from 24 to 60 fps so the slow-motion part looks buttery.",
    "Run super-resolution on my parents' old 480p wedding tape <video 0> and bring it up to 4K.",
    "Take the Midjourney image I made this morning and increase its resolution 4x with detail enhancement.",
    "I've got 200 sub-exposures of the Orion Nebula on my laptop; stack and align them into one clean frame.",
    # Cutting, trimming and assembling footage
    "Trim the first four seconds off <video 0> and cut the dead air at the end.",
    "Stitch <video 0> and <video 1> together with a one-second crossfade between them.",
    "Chop my 40-minute podcast recording into ten vertical shorts with burned-in captions.",
    "Pull a 3-minute highlight reel together from all the clips sitting in my Premiere project bin.",
    "Put the twelve photos from my shoot folder into a slideshow video, three seconds each, in filename order.",
    # Training, fine-tuning and running models
    "Train a LoRA on the 30 product shots I took of my ceramic lamp so I can reuse it in Stable Diffusion.",
    "We'd like to fine-tune your video model on our studio's back catalogue so everything comes out in our "
    "house animation style. How do we get started — can you kick off the training run?",
    "Run my ComfyUI workflow JSON on your GPUs overnight and send me the outputs in the morning.",
    "Benchmark SDXL against Flux on my 500-prompt list and give me FID and CLIP scores for each.",
    "Execute this Python script that batch-resizes my dataset and tell me if it throws any errors: "
    "import os; from PIL import Image; ...",
    "Caption all 5,000 images in my S3 bucket so I can use them as training data.",
    "quantize my checkpoint to fp8 and check it still loads on a 4090 with 24gb",
    # Live data, prices and news
    "Which image model is at the top of the arena leaderboard this week?",
    "What are H100 rental prices on RunPod right now, per hour?",
    "Is Adobe Stock still paying contributors 33% royalties as of today?",
    "Has the new Sony FX3 firmware update dropped yet?",
    "What's trending on TikTok today that I could make a quick video around?",
    "Check whether the entry deadline for this year's Sony World Photography Awards has already passed.",
    # Posting, sending and accounts
    "Post <image 0> to my Instagram at 6pm tonight with the caption 'golden hour never misses'.",
    "Email the final cut <video 0> to my client at studio@larkfilms.co with a short thank-you note.",
    "Upload <video 0> to my YouTube channel as unlisted and send me the link.",
    "Log into my Shutterstock account and tell me which of my photos sold this month.",
    "Buy me a Midjourney annual subscription with the card I have saved.",
    "Reply to all the comments on my latest Behance project, keep it friendly.",
    "Book the daylight studio on Peerspace for Saturday from 10 to 2.",
    # My files, apps and devices
    "Open my Lightroom catalog and flag every portrait where someone has their eyes closed.",
    "Find the project file for last year's sneaker spec ad somewhere on my external drive.",
    "Switch the picture profile on my camera to S-Log3 before I start shooting.",
    "Sync my Premiere Pro export presets from my desktop to my laptop.",
    "Look in my Google Drive folder 'Client B - finals' and tell me which deliverables are missing.",
    "Bring back the version of <image 0> I had before I accidentally flattened it in Photoshop and saved over it.",
    # Earlier conversations
    "Use the exact same prompt you wrote for me yesterday, but make it winter.",
    "Remember the colour palette we agreed on last week? Apply that to <image 0>.",
    "What seed did we land on in our last session for the hero shot?",
    # Physical world, reminders and timers
    "Print <image 0> on A2 matte paper and ship it to my gallery in Leeds.",
    "Remind me on Friday morning to send the invoice to the agency.",
    "Start a 90-second timer for my long exposure.",
    "Turn the key light in my studio down by half a stop, it's one of those app-controlled panels.",
    # Sounds like generation or description, needs an absent capability
    "Make a talking-head video of the person in <image 0> saying 'Thanks for subscribing!' out loud, "
    "properly lip-synced to the voice.",
    "Listen to <video 0> and tell me where the beat drops so I can time my cuts to the music.",
    "Look at <image 0> and tell me whether it's been posted anywhere else online — I think someone stole it.",
)

ORDINARY60: tuple[tuple[str, str], ...] = (
    # text_understanding
    ("Write an Instagram caption for my new print series about fog rolling over Lisbon rooftops, "
     "plus five hashtags.", "text_understanding"),
    ("Explain, step by step, how a ControlNet depth workflow in ComfyUI is usually wired together — "
     "which nodes connect to which.", "text_understanding"),
    ("Write me a Python script that renames render files like shot_v3_0001.exr to shot_0001.exr. "
     "I'll run it myself.", "text_understanding"),
    ("Draft an email to a client explaining why the colour-grade revision will take two more days, "
     "polite but firm.", "text_understanding"),
    ("What's the difference between training a LoRA and doing a full DreamBooth fine-tune, "
     "in plain words?", "text_understanding"),
    # image_understanding
    ("Here's a screenshot of my Lightroom develop panel <image 0> — judging by the histogram, "
     "is the shot under- or overexposed?", "image_understanding"),
    ("Read the timecode burned into the corner of this frame grab <image 0>.", "image_understanding"),
    ("<image 0> is my YouTube thumbnail. Is the text readable and is the face big enough "
     "to work at small size?", "image_understanding"),
    ("Read the error message in this screenshot of my ComfyUI graph <image 0> "
     "and tell me which node is red.", "image_understanding"),
    ("What composition rule is this photographer using in <image 0>, and where does the eye "
     "land first?", "image_understanding"),
    # video_understanding
    ("<video 0> Which moment in this clip would make the best thumbnail, and why?", "video_understanding"),
    ("My AI-generated clip <video 0> — list the visual artifacts you can spot, like morphing hands "
     "or flickering backgrounds.", "video_understanding"),
    ("How many cuts are there in this trailer <video 0>?", "video_understanding"),
    ("Does the camera move smoothly in this drone shot <video 0> or does it look jittery? "
     "Just describe it.", "video_understanding"),
    ("What does the lower-third text say in <video 0> when the second speaker appears on screen?",
     "video_understanding"),
    # text_to_image
    ("Album cover for a synthwave band called Night Drive, square, chrome lettering over a "
     "purple sunset grid.", "text_to_image"),
    ("YouTube thumbnail, 1280x720: a shocked chef holding up a completely burnt cake, "
     "big bright colours.", "text_to_image"),
    ("Poster for a short-film festival, 2:3 portrait, a vintage projector beam cutting through fog, "
     "title 'Night Reels'.", "text_to_image"),
    ("Podcast cover art: a retro microphone glowing neon pink on a dark brick wall.", "text_to_image"),
    ("A mock-up image of a smartphone showing a minimal photo-editing app screen, "
     "on a wooden desk.", "text_to_image"),
    # text_to_video
    ("A 5-second loop of a vinyl record spinning on a turntable, warm lamp light, "
     "no sound needed.", "text_to_video"),
    ("Vertical 9:16 clip for TikTok: coffee being poured into a glass in slow motion.", "text_to_video"),
    ("Short establishing shot of a rainy Tokyo side street at night for the opening of my short film.",
     "text_to_video"),
    ("A few seconds of an old film-leader countdown, 3-2-1, scratchy and flickering.", "text_to_video"),
    ("A silent clip of a jazz drummer playing in a smoky club, close on the hands and cymbals.",
     "text_to_video"),
    # image_edit
    ("Remove the boom mic poking into the top of the frame in <image 0>.", "image_edit"),
    ("<image 0> Replace the grey sky with golden-hour clouds, it's for the client's Airbnb listing.",
     "image_edit"),
    ("Use the mask in <image 1> to swap the masked area of <image 0> for a full bookshelf.", "image_edit"),
    ("Change the text on the coffee cup in <image 0> to say 'Monday'.", "image_edit"),
    ("Make <image 0> look like it was shot on Kodak Portra 400 — warmer skin, softer greens.", "image_edit"),
    # image_control
    ("<image 0> is a pose skeleton I exported from my Blender rig. Generate a knight in armour "
     "in exactly this pose.", "image_control"),
    ("Depth map from my 3D scene <image 0> — render it as a cosy log-cabin interior.", "image_control"),
    ("I scribbled this on my iPad <image 0>; turn it into a finished illustration of a fox in a "
     "forest, following my lines.", "image_control"),
    ("<image 0> is a canny edge map of a storefront. Generate it as a Parisian bakery at dusk.",
     "image_control"),
    ("Use the OpenPose map <image 0> (pulled from a frame of my dance video) to generate a ballerina "
     "in that pose.", "image_control"),
    # image_reference
    ("<image 0> is our brand mascot. Generate him skateboarding down a city street for our Instagram.",
     "image_reference"),
    ("Product photo of my ceramic mug <image 0> — generate a new shot of it on a marble kitchen counter "
     "for my Etsy shop.", "image_reference"),
    ("Here's my character design sheet <image 0>. Show the same character standing in a rainy "
     "cyberpunk alley.", "image_reference"),
    ("This is my dog <image 0>. Make an image of him as an astronaut floating in space.", "image_reference"),
    ("Same model as in the reference photo <image 0>, now wearing a red wool coat on a snowy street, "
     "lookbook style.", "image_reference"),
    # image_to_video
    ("Animate this illustration <image 0> for a Spotify Canvas loop — just gentle hair and fabric "
     "movement.", "image_to_video"),
    ("Use <image 0> as the last frame: make a short video that ends on this logo.", "image_to_video"),
    ("Make the waterfall in my photo <image 0> flow while everything else stays still, "
     "cinemagraph style.", "image_to_video"),
    ("Turn this storyboard frame <image 0> into a short shot with a slow camera push-in.", "image_to_video"),
    ("Animate my oil painting <image 0> so the candle flames flicker. No audio needed.", "image_to_video"),
    # video_reference
    ("Generate a short video of the sneaker in <image 0> rotating on a white pedestal.", "video_reference"),
    ("Make a video of the character from <image 0> walking through a busy night market.", "video_reference"),
    ("My cat from this photo <image 0>, chasing a laser dot across the floor — a short clip for Reels.",
     "video_reference"),
    ("Our mascot from <image 0> waving hello, for the intro of our YouTube channel.", "video_reference"),
    ("Using the model in my reference photo <image 0> (she signed a release), generate a clip of her "
     "walking along a beach at sunset.", "video_reference"),
    # video_edit
    ("Change the daytime street in my footage <video 0> to night, with neon signs lit up.", "video_edit"),
    ("Remove the brand logo from the guy's T-shirt throughout <video 0>.", "video_edit"),
    ("Make my drone footage <video 0> look like a hand-drawn anime.", "video_edit"),
    ("Replace the green screen behind me in <video 0> with a tropical beach.", "video_edit"),
    ("Change the car in this ad clip <video 0> from silver to bright red.", "video_edit"),
    # video_control
    ("<video 0> is a pose video exported from my mocap session. Generate a chrome robot dancing "
     "along to these exact moves.", "video_control"),
    ("Depth video from my Unreal Engine previz <video 0> — generate a photoreal misty forest "
     "following it.", "video_control"),
    ("Edge video of my product turntable <video 0>; make it a glass perfume bottle spinning.",
     "video_control"),
    ("OpenPose track from a TikTok dance <video 0> — generate a cartoon bear doing the same dance.",
     "video_control"),
    ("Canny edges of a city driving clip <video 0>: render it as a watercolour painting in motion.",
     "video_control"),
)
