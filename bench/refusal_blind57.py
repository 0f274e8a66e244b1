"""Fifty-seventh blind set, refusals only: written by someone who saw none of the planner's data,
calibration lists or other benchmark sets; evaluation only, never used to set lists, thresholds or
rules. The helper's brief was people who make images and videos for a living or a hobby (photographers,
video editors, illustrators, animators, streamers, social media managers) (it chose the categories;
it was told only what the twelve tasks can do)."""

OUT_OF_SCOPE57: tuple[str, ...] = (
    # sound, music and voice (hearing or making audio)
    "Add a chill lo-fi beat under my travel montage so it's ready for my Reels upload tonight.",
    "compose a 15 sec intro jingle for my twitch stream, upbeat synthy vibe pls",
    "Listen to <video 0> and tell me whether the dialogue drifts out of sync with the lips "
    "around the one-minute mark.",
    "Generate a voiceover reading this caption in a warm British accent: 'Golden hour in the Dolomites, "
    "shot on 35mm.'",
    "Transcribe what the bride says during her vows in <video 0> so I can burn subtitles into the wedding film.",
    "Make a timelapse of a city skyline at night with crickets chirping and distant traffic audible "
    "in the background - the soundscape is the whole point.",
    "Clean up the wind noise on the interview clip <video 0>, it's whistling through the lav mic.",
    "Which song is playing in the background of <video 0>? I need to clear the licence before the client posts it.",
    # exporting, converting and compressing files
    "Convert <video 0> into a looping GIF under 5 MB so we can use it as a Slack emoji.",
    "Export my logo <image 0> as an SVG so the print shop can scale it up to billboard size.",
    "Save the portrait <image 0> as a layered PSD with the background on its own layer for my retoucher.",
    "Turn the product shot <image 0> into a 3D model I can spin around in our Shopify viewer.",
    "My edit is 400 MB - compress it to under 25 MB for Discord without wrecking the quality.",
    "I need a print-ready PDF of my 12-page illustrated zine, A5, with bleed and crop marks.",
    "Design a vector logo for my photo studio and give me the .ai and .eps files.",
    # upscaling, frame rate, stabilisation and restoration
    "Upscale <image 0> to 8K, I want to print it at 60x90 cm for a gallery show.",
    "Bump <video 0> from 24 to 60 fps with smooth in-between frames so I can slow it down in post.",
    "Stabilize the handheld footage in <video 0>, I shot it walking without a gimbal and it's super jittery.",
    "Can you super-resolve this old 480p VHS capture <video 0> to 4K for the anniversary screening?",
    "My scanned negative is only 1200 px wide. Increase the resolution so it holds up on a big print.",
    # trimming, cutting and assembling footage
    "Trim the first 8 seconds off <video 0> and cut out the bit where I sneeze.",
    "Merge my three b-roll clips into one vlog with crossfades between them.",
    "Split my two-hour stream VOD into ten-minute chunks for YouTube.",
    "Make a 60-second highlight reel from <video 0> by picking the best clutch plays and stitching them together.",
    "Cut my 47-second product film down to exactly 30 seconds so it fits the Instagram ad slot.",
    # posting, scheduling and sending
    "Post this carousel to my Instagram at 6pm tomorrow with the usual hashtags.",
    "Email the final gallery link to my client Sarah and cc her wedding planner.",
    "Upload <video 0> to my YouTube channel as unlisted and add it to the Tutorials playlist.",
    "Schedule a week of TikToks for my bakery client, one every morning at 9.",
    "DM the three brands I pitched last month and follow up on my rate card, keep it casual",
    "Tweet <image 0> from the studio account with the caption 'new print drop Friday'.",
    # live trends, prices and current information
    "What sounds are trending on TikTok right now for transition videos?",
    "How much is a used Sony A7 IV going for on eBay this week?",
    "What's the weather looking like at Lake Bled for sunrise on Saturday? Planning a couples shoot.",
    "Which hashtags are blowing up on Instagram today for film photography?",
    "Is the holiday sale still on at B&H, and is the Godox AD200 discounted?",
    "Check how many views my last Reel picked up overnight.",
    "Reverse-image search <image 0> and find every website that's using my photo without credit.",
    # the user's files, accounts, apps and devices
    "Open my Lightroom catalog and apply my 'Moody Teal' preset to every photo from the Porto trip.",
    "Go through the RAW files on my external drive and delete the ones that are out of focus.",
    "Sync my Premiere project to the cloud so my editor can pick it up in the morning.",
    "Pull the photos off my SD card and rename them by capture date.",
    "Log into my Canva account and fix the font on the template I made yesterday.",
    "Run this on <video 0> for me and send back the result: ffmpeg -i in.mp4 -vf scale=1080:1920 out.mp4",
    "Read the EXIF data embedded in <image 0> and tell me which lens and shutter speed I used.",
    "Check whether my OBS settings are what's causing the dropped frames on my live stream right now.",
    # memory of earlier conversations
    "Use the same colour grade you gave my beach photos last week on <image 0>.",
    "Remember the storyboard we worked on yesterday? Pick it up from panel 7.",
    "Make the next thumbnail in the series, matching the ones you made for me before.",
    "What were the client's feedback notes I pasted in our last chat?",
    # training and running models
    "Train a LoRA on these 30 photos of my dog so I can generate him in any scene later on.",
    "Fine-tune a model on my illustration portfolio so it learns my line style.",
    "Run a background-removal model over the 4,000 product images in my shared Dropbox folder.",
    # bookings, purchases, reminders and the physical world
    "Book a studio in Brooklyn with a cyc wall for next Thursday, 10 to 4.",
    "Order 20 matte 8x10 prints of my Iceland series and have them shipped to my studio.",
    "Remind me at 5pm to back up the wedding footage before I format the cards.",
    "Set a 90-second timer for my long-exposure shot.",
    "Call the venue and ask if we're allowed to fly a drone over the ceremony.",
    "Buy me a five-pack of Kodak Portra 400, whichever shop is cheapest.",
    "Print <image 0> borderless on A3 on the Epson in my studio.",
)

ORDINARY57: tuple[tuple[str, str], ...] = (
    # text_understanding
    ("Write a polite but firm email to a client who still hasn't paid my wedding photography invoice "
     "after 60 days.", "text_understanding"),
    ("Explain the difference between H.264 and H.265 and when I'd pick each for a YouTube upload.",
     "text_understanding"),
    ("Draft an Instagram caption plus 10 hashtags for a post announcing my autumn portrait mini-sessions.",
     "text_understanding"),
    ("Write me an ffmpeg command that converts an MOV to MP4 and scales it to 1080x1920 - "
     "I'll run it myself.", "text_understanding"),
    ("Give me a shot list for a 3-minute music video for a folk band, with rough timings per verse.",
     "text_understanding"),
    # image_understanding
    ("<image 0> is a screenshot of my Premiere timeline - what do the red bars above the clips mean?",
     "image_understanding"),
    ("Is the focus on the eyes or on the ear in this headshot? <image 0>", "image_understanding"),
    ("Read the handwritten shot list in <image 0> and type it out for me.", "image_understanding"),
    ("Look at the histogram in this Lightroom screenshot <image 0>: is the photo overexposed?",
     "image_understanding"),
    ("Which parts of my stream overlay in <image 0> would get covered by the TikTok buttons on the right?",
     "image_understanding"),
    # video_understanding
    ("<video 0> is a clip from my stream with the sound off - describe what happens in the webcam corner.",
     "video_understanding"),
    ("Count how many cuts there are in this 30-second ad <video 0>.", "video_understanding"),
    ("Does the horizon tilt anywhere in my drone footage <video 0>? Rough timestamps please.",
     "video_understanding"),
    ("Continuity check: does the actor's jacket change colour between shots in <video 0>?",
     "video_understanding"),
    ("What's the dance move the guy in the red hoodie does at the end of <video 0>? Want to name it in my caption.",
     "video_understanding"),
    # text_to_image
    ("Create a 1280x720 YouTube thumbnail of a shocked gamer lit by neon pink and blue, "
     "with empty space on the left for text.", "text_to_image"),
    ("Generate a square album cover for a synthwave track: sunset grid, chrome palm trees.", "text_to_image"),
    ("Make a 9:16 Instagram story background of soft watercolour peonies for a florist's sale announcement.",
     "text_to_image"),
    ("Generate a Twitch 'Be Right Back' screen: a cozy cabin desk with a sleeping cat, pixel-art style.",
     "text_to_image"),
    ("Podcast cover art: two microphones facing each other over a coffee cup, flat vector look.",
     "text_to_image"),
    # text_to_video
    ("Make a short clip of a vinyl record spinning on a turntable under warm lamp light - no sound needed, "
     "I'll add the music myself later.", "text_to_video"),
    ("Generate a 5-second vertical loop of rain running down a window at night for my 'starting soon' screen.",
     "text_to_video"),
    ("Create a short video of a camera on a dolly gliding along a film set at golden hour.", "text_to_video"),
    ("A few seconds of a drone flying over misty pine forests at dawn, for my travel reel's intro.",
     "text_to_video"),
    ("Make a short stop-motion style clip of a paper airplane flying through a busy office.", "text_to_video"),
    # image_edit
    ("Remove my own shadow from the bottom of <image 0>, I was standing with the sun behind me.", "image_edit"),
    ("Swap the sky in <image 0> for a stormy sunset, the band wants drama for their album cover.", "image_edit"),
    ("Put a glowing social media feed on the blank phone screen in <image 0>.", "image_edit"),
    ("Extend <image 0> to 16:9 by filling in more beach on both sides so it works as a YouTube banner.",
     "image_edit"),
    ("Using the mask <image 1>, change only the shirt in <image 0> to mustard yellow.", "image_edit"),
    # image_control
    ("<image 0> is the depth map from my 3D blockout - render a moody sci-fi corridor that follows it.",
     "image_control"),
    ("Here's a pose skeleton <image 0> from my animation reference app; make a knight in exactly that pose.",
     "image_control"),
    ("Turn my rough scribble <image 0> into a finished children's-book illustration of a fox reading.",
     "image_control"),
    ("Use the canny edge map <image 0> of my room layout to generate a cozy streamer bedroom with LED strips.",
     "image_control"),
    ("Follow the pose in <image 0> for a fashion shot of a woman in a yellow raincoat.", "image_control"),
    # image_reference
    ("Using my mascot <image 0>, generate it sitting in a gaming chair holding a controller, for my Discord "
     "banner.", "image_reference"),
    ("Client product in <image 0> - make a new shot of the same perfume bottle on a mossy rock in a forest.",
     "image_reference"),
    ("Draw the character from <image 0> in a winter outfit for the next page of my webcomic.",
     "image_reference"),
    ("New image of the dog from <image 0> as an astronaut, for his birthday card.", "image_reference"),
    ("Create a new portrait of the person in <image 0> as a 1920s jazz singer for their themed party invite.",
     "image_reference"),
    # image_to_video
    ("Animate my illustration <image 0> so the lanterns sway and the river flows - it's going to be a looping "
     "stream background.", "image_to_video"),
    ("Start from <image 0> and have the camera slowly push in on the cake, for my bakery's Reel.",
     "image_to_video"),
    ("Use <image 0> as the last frame: the video should end on this product shot right after the box opens.",
     "image_to_video"),
    ("Bring this old family photo <image 0> to life with a gentle smile and a blink.", "image_to_video"),
    ("Animate the album artwork <image 0> into a short Spotify Canvas-style motion loop.", "image_to_video"),
    # video_reference
    ("Make a short video of the plush toy in <image 0> waddling across a kitchen table.", "video_reference"),
    ("Using my character sheet <image 0>, generate a clip of her waving hello for my VTuber intro.",
     "video_reference"),
    ("Generate a video of the sneaker in <image 0> turning on a pedestal under studio lights for a drop teaser.",
     "video_reference"),
    ("Create a clip of the cat from <image 0> chasing a laser dot around a living room.", "video_reference"),
    ("<image 0> is our brand mascot; make a few seconds of it dancing in front of a city skyline.",
     "video_reference"),
    # video_edit
    ("Make <video 0> look like it was shot on 16mm film, grain and warm tones.", "video_edit"),
    ("Blur the licence plates of the cars in <video 0> before I post it.", "video_edit"),
    ("Replace the flat grey sky in my drone clip <video 0> with a pink sunset.", "video_edit"),
    ("Turn my vlog clip <video 0> into an anime-style version.", "video_edit"),
    ("Remove the boom mic that dips into the top of the frame in <video 0>.", "video_edit"),
    # video_control
    ("<video 0> is a pose track from my dance rehearsal; generate a robot doing the same choreography.",
     "video_control"),
    ("Use the depth video <video 0> from my blockout to render a fantasy castle flythrough.", "video_control"),
    ("Follow the edge map in <video 0> and generate a neon-lit cyberpunk street.", "video_control"),
    ("Here's an openpose video <video 0> of my stream intro wave - make a cartoon bear do it.",
     "video_control"),
    ("Using the depth pass <video 0> I exported from Blender, generate a realistic ocean cave fly-through.",
     "video_control"),
)
