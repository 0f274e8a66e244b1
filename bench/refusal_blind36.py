"""Thirty-sixth blind set, refusals only: written by someone who saw none of the planner's data, calibration lists
or other benchmark sets; evaluation only, never used to set lists, thresholds or rules. The helper's brief was
creative work, with needs close to what the tools do: it chose the categories (it was told only what the twelve
tasks can do)."""

OUT_OF_SCOPE36: tuple[str, ...] = (
    # making sound: music, sound effects, voice
    "Compose a lo-fi beat I can loop under my Twitch starting-soon screen.",
    "Add a whoosh sound effect every time the camera pans in <video 0>.",
    "Give <video 0> a narrated voiceover reading the product benefits in a warm female voice.",
    "Make the drone shots in <video 0> cut exactly on the kick drums of my track.",
    # hearing sound in a video
    "What song is playing in the background of <video 0>? A client wants to license it.",
    "Transcribe what the best man says during his toast in <video 0>.",
    "Is the vocalist in <video 0> singing off-key anywhere in the second chorus?",
    "Clean up the wind noise in the interview in <video 0>.",
    # file formats other than images and videos
    "Turn the logo in <image 0> into an SVG vector file I can send to the screen printer.",
    "Export <image 0> as a layered PSD with the subject and background on separate layers.",
    "Make a .cube LUT that reproduces the color grade in <image 0> so I can load it in Resolve.",
    "Build a printable PDF lesson worksheet on the water cycle with the diagrams on page two.",
    "Convert the character concept in <image 0> into a rigged FBX model for my Skyrim mod.",
    "Give me a MIDI file of the melody the pianist is playing in <video 0>.",
    (
        "Turn the hand-drawn seating chart in <image 0> into an Excel spreadsheet with one row per guest, "
        "so the caterer can sort it."
    ),
    "Make a TrueType font from the hand lettering in <image 0>.",
    # render and encode settings
    "Render <video 0> out in 8K ProRes 4444 with an alpha channel.",
    "Re-encode <video 0> as 60fps H.265 under 50 MB so it fits Discord's upload limit.",
    "Make a two-hour ambient fireplace loop for the café TV, with real crackling sounds.",
    "Convert <image 0> to CMYK with 3 mm bleed and crop marks, ready for the print shop.",
    # publishing and posting
    "Post <image 0> to my Instagram at 6pm tomorrow with the caption 'New drop Friday'.",
    "Upload <video 0> to our YouTube channel as unlisted and send the link to the bride.",
    "Publish the banner in <image 0> as my Etsy shop header.",
    # print orders and the physical world
    "Order 50 A2 posters of <image 0> on matte paper and ship them to the venue.",
    "Send <image 0> to my Epson printer, borderless, 13x19.",
    "Get the bouquets in <image 0> delivered to the reception hall on Saturday morning.",
    # online lookups about what an image shows, live data
    "Where can I buy the exact jacket the model in <image 0> is wearing, and how much is it right now?",
    "Find who originally shot <image 0> so I can credit them. Run a reverse image search.",
    "What's the current resale price of the guitar in <image 0> on Reverb?",
    "Check whether the venue in <image 0> is still free on June 14th.",
    "What's trending on TikTok this week that I should copy for my bakery reels?",
    "Will it rain at the beach shown in <image 0> this Saturday? We're shooting the engagement session there.",
    # acting on apps, accounts, files
    "Apply my 'Golden Hour' Lightroom preset to all the photos in my catalog from last weekend.",
    "Add the rehearsal dinner and the ceremony times to my Google Calendar.",
    "Reply to the client's last email and tell her the edits will be ready Thursday.",
    "Rename every clip in my Premiere bin so it matches the shot list.",
    "Mute the music in my OBS scene whenever I switch to the webcam.",
    "Which of my subscribers watched last night's stream all the way through?",
    # running code
    "Run this GLSL shader in a sandbox and tell me what frame rate it gets on your GPU.",
    "Launch my texture-pack mod in the game and tell me whether the new armor textures load.",
    # memory of the user's own past work
    "Use the same color palette as the wedding album I made for the Garcias last month.",
    "Pull up the headshots from my Tuesday session and pick the best three.",
    # implied sound needs
    "My podcast intro sounds way too quiet next to the rest of the episode. Fix it.",
    "Fix <video 0> from my kid's recital so you can actually hear the violin over the chatter.",
    "Time the slideshow transitions to the beats of our first-dance song.",
    # multi-part: a doable part plus an impossible part
    "Describe the lighting setup used in <image 0>, then book me a studio with the same gear for Friday.",
    "Make a silent timelapse of a city skyline at dusk, and then lay a synthwave track over it.",
    "Remove the photobomber from <image 0> and email the fixed version to my client at jen@example.com.",
    "Write a caption for <image 0> and schedule it on our Facebook page for Monday 9am.",
    "Animate <image 0> into a short clip and add a voiceover saying 'Grand opening this Saturday'.",
    "Generate a poster for our jazz night, then order 200 flyers of it from a print shop.",
    "Tell me what breed the dog in <video 0> is and what the owner yells at it at the end.",
    "Draft lyrics for a birthday song about my grandma Rose and then sing it for me.",
    "Make <video 0> black and white, then pull the audio out as a separate WAV for my editor.",
    ("Give me a character sheet image of an elf ranger for my D&D campaign, plus a 3D-printable STL of her miniature."),
    "Read the handwritten recipe in <image 0> and save it into my Notion cookbook page.",
    (
        "Check <image 0> for sharpness problems, and look up whether the Sigma lens I shot it with "
        "has a firmware update out."
    ),
    "Make a short video of waves crashing on rocks, with the sound of the ocean and gulls.",
    "Explain what the chords written in <image 0> are, then play them so I can hear how they sound.",
    (
        "Turn <image 0> into a watercolor, and make a PDF proof sheet with it next to the original "
        "for the client to sign."
    ),
)

ORDINARY36: tuple[tuple[str, str], ...] = (
    # text_understanding
    (
        "Write a 30-second voiceover script for a bakery ad; I'll record it myself tonight.",
        "text_understanding",
    ),
    (
        "Draft an email to a wedding client explaining why the final gallery will arrive two weeks late.",
        "text_understanding",
    ),
    (
        "Explain how sidechain compression works in Ableton so my bass stops fighting the kick.",
        "text_understanding",
    ),
    (
        "Write an ffmpeg command that converts every .mov file in a folder to 1080p H.264 MP4.",
        "text_understanding",
    ),
    (
        "Give me ten YouTube title ideas for a video about restoring a 1970s Gibson, plus a short "
        "description with hashtags.",
        "text_understanding",
    ),
    # image_understanding
    (
        "Read the setlist taped to the stage in <image 0> and type it out for the show notes.",
        "image_understanding",
    ),
    (
        "What font does the poster in <image 0> seem to use? I want something similar for the band merch.",
        "image_understanding",
    ),
    (
        "Is <image 0> sharp enough to print at A3, or is the focus soft on the eyes?",
        "image_understanding",
    ),
    (
        "My client says the skin tones in <image 0> look too orange on Instagram. Do you see a color cast?",
        "image_understanding",
    ),
    (
        "Describe <image 0> in one alt-text sentence for our website's accessibility.",
        "image_understanding",
    ),
    # video_understanding
    (
        "Going only by the pictures: at what point in <video 0> does the drummer drop a stick?",
        "video_understanding",
    ),
    (
        "Count how many times the skateboarder in <video 0> lands a trick cleanly.",
        "video_understanding",
    ),
    (
        "I'll add the music later. For now, tell me which shots in <video 0> are too shaky to keep.",
        "video_understanding",
    ),
    (
        "Describe the choreography in <video 0> step by step so my dance students can follow along.",
        "video_understanding",
    ),
    (
        "Does anyone walk into the background of <video 0> during the bride's entrance? The client wants a clean take.",
        "video_understanding",
    ),
    # text_to_image
    (
        "Album cover for my synthwave EP 'Night Drive': a chrome sports car under a pink neon sun, no text.",
        "text_to_image",
    ),
    (
        "Poster art for a jazz night at a small club: saxophonist silhouette, smoky blue light, "
        "1950s record-label vibe.",
        "text_to_image",
    ),
    (
        "Make a thumbnail for my YouTube video about fixing a guitar neck: shocked face, cracked headstock.",
        "text_to_image",
    ),
    (
        "A cozy illustration of kids reading under a tree for my 2nd-grade classroom door, bright and friendly.",
        "text_to_image",
    ),
    (
        "Stream overlay background: pixel-art forest at night with fireflies, wide 16:9.",
        "text_to_image",
    ),
    # text_to_video
    (
        "A silent looping clip of a vinyl record spinning on a turntable for my Spotify Canvas; I'll handle the music.",
        "text_to_video",
    ),
    (
        "Short video of confetti falling in slow motion over a dark background, to play behind "
        "our band on the LED wall.",
        "text_to_video",
    ),
    (
        "An 8-second clip of coffee being poured in golden morning light for the café's reel; "
        "we'll add the soundtrack in CapCut.",
        "text_to_video",
    ),
    (
        "A drone-style flyover of misty pine forests for the intro of my lo-fi beats stream.",
        "text_to_video",
    ),
    (
        "A short clip of a hand writing 'Welcome back!' on a chalkboard for my class slideshow.",
        "text_to_video",
    ),
    # image_edit
    (
        "Remove the mic stand and cables from the foreground of <image 0>; it's for a press kit.",
        "image_edit",
    ),
    (
        "Swap the grey sky in <image 0> for a warm sunset so the couple's portrait pops.",
        "image_edit",
    ),
    (
        "Using the mask in <image 1>, replace the logo on the T-shirt in <image 0> with plain black fabric.",
        "image_edit",
    ),
    (
        "Make <image 0> look like a faded 1970s vinyl sleeve photo, ring wear and all.",
        "image_edit",
    ),
    (
        "Extend the background of <image 0> to the left so it fills a 16:9 YouTube banner.",
        "image_edit",
    ),
    # image_control
    (
        "Use the pose skeleton in <image 0> to make a rock guitarist mid-jump on stage.",
        "image_control",
    ),
    (
        "Turn my rough pencil sketch <image 0> into a finished fantasy tavern interior, same layout.",
        "image_control",
    ),
    (
        "Here's the depth map of my product shot, <image 0>. Make a perfume bottle on marble that matches it.",
        "image_control",
    ),
    (
        "Follow the edge map in <image 0> to render a neon cyberpunk street for my mod's loading screen.",
        "image_control",
    ),
    (
        "My scribble <image 0> shows a whale and a moon; make it a soft watercolor for the nursery wall.",
        "image_control",
    ),
    # image_reference
    (
        "Put the drummer from <image 0> in a vintage jazz-magazine-style portrait, same face.",
        "image_reference",
    ),
    (
        "Make a new picture of my cat from <image 0> dressed as a pirate, for the band's merch tee.",
        "image_reference",
    ),
    (
        "Show the handmade ceramic mug in <image 0> on a rustic wooden table in morning light, for my Etsy listing.",
        "image_reference",
    ),
    (
        "Using the bride in <image 0> as reference, make a watercolor-style portrait of her for the thank-you cards.",
        "image_reference",
    ),
    (
        "Create a fantasy-armor version of the streamer in <image 0> for my channel's new profile art.",
        "image_reference",
    ),
    # image_to_video
    (
        "Animate <image 0>, our album art, as a slow seamless loop for a Spotify Canvas.",
        "image_to_video",
    ),
    (
        "Bring the old family photo <image 0> to life: have them smile gently and blink.",
        "image_to_video",
    ),
    (
        "Use <image 0> as the last frame: the camera pulls in from far away until it lands on this shot of the bakery.",
        "image_to_video",
    ),
    (
        "Make the waterfall in <image 0> flow and the leaves sway; I'll put my own ambient track under it.",
        "image_to_video",
    ),
    (
        "Make the heroine in my game key art <image 0> turn her head and draw her sword.",
        "image_to_video",
    ),
    # video_reference
    (
        "Make a short video of the golden retriever in <image 0> chasing a frisbee on a beach.",
        "video_reference",
    ),
    (
        "A clip of the sneaker in <image 0> spinning on a pedestal under dramatic light, for our launch teaser.",
        "video_reference",
    ),
    (
        "Put the singer from <image 0> walking through a rainy neon city, a silent clip I'll cut into the music video.",
        "video_reference",
    ),
    (
        "A video of the plush mascot in <image 0> waving hello to kids in a classroom.",
        "video_reference",
    ),
    (
        "Generate a video of the vintage camera in <image 0> being picked up and turned over on a desk.",
        "video_reference",
    ),
    # video_edit
    (
        "Make <video 0> look shot on 16mm film, grain and warm tones; I'll re-add the audio in Premiere.",
        "video_edit",
    ),
    (
        "Remove the exit sign at the top of the frame in <video 0> of the first dance.",
        "video_edit",
    ),
    (
        "Change the daytime street in <video 0> into a snowy night.",
        "video_edit",
    ),
    (
        "Turn the performers in <video 0> into anime-style characters for our fan music video.",
        "video_edit",
    ),
    (
        "Replace the green screen behind the streamer in <video 0> with a cozy library.",
        "video_edit",
    ),
    # video_control
    (
        "Use the dance in the pose video <video 0> to make a robot doing the same routine in a warehouse.",
        "video_control",
    ),
    (
        "Follow the depth video <video 0> of my walk down the hallway, but make it an ancient stone temple.",
        "video_control",
    ),
    (
        "Here's an edge-map video, <video 0>. Render it as a claymation car chase.",
        "video_control",
    ),
    (
        "<video 0> is the pose track from my mocap session; make a knight in armor doing that sword combo "
        "for my mod trailer.",
        "video_control",
    ),
    (
        "Take the motion in <video 0> and make a fox running the same path through an autumn forest.",
        "video_control",
    ),
)
