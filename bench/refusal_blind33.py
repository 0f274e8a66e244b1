"""Thirty-third blind set, refusals only: written by someone who saw none of the planner's data, calibration lists
or other benchmark sets; evaluation only, never used to set lists, thresholds or rules. The helper's brief was
general, avoiding the most obvious examples: it chose the categories (it was told only what the twelve tasks can do)."""

OUT_OF_SCOPE33: tuple[str, ...] = (
    # hearing audio in an attached video (named or implied)
    "What's the song playing in the background of <video 0>? I've been humming it all week.",
    "Is my violin out of tune in <video 0>? Listen to the A string especially.",
    "<video 0> is a clip my landlord sent, can you write down word for word what he says about the deposit?",
    "My car makes a weird knocking noise, clip attached <video 0>. Going by the sound, which part is failing?",
    "Which bird is singing in <video 0>? You can't actually see it, it's hiding in the hedge.",
    "Translate what my Italian mother-in-law is saying to the kids in <video 0>.",
    # making sound: speech, music, effects, videos with sound
    (
        "Read this paragraph aloud in a calm voice so I can hear how it flows: 'The harbour was quiet "
        "that morning, the gulls asleep on the pilings.'"
    ),
    "compose a 20 second jingle for my ice cream van, something catchy",
    "I need about an hour of white noise for the baby, can you make the track?",
    "Dub <video 0> into Spanish using a voice that sounds like mine.",
    "make me a ringtone of a rooster crowing",
    "Create a video of a crackling campfire with the crackle and pop sounds, I fall asleep to those.",
    # live, current or online information (named or implied)
    "who won arsenal v spurs last night",
    "How long is the queue at the passport office on Victoria Street right now?",
    "Is the A38 still closed after this morning's accident or can I take it home?",
    "Find me the cheapest flight from Lisbon to Oslo next Tuesday.",
    "Has my parcel TRK4481920GB left the depot yet?",
    "Are there any seats left for the Saturday matinee at the Royal Court?",
    "What's the pollen count in Leeds today? My hay fever is awful.",
    "I'm at work and the sky over my street looks dark, should I message my son to bring the washing in?",
    # acting on accounts and online services
    "Unsubscribe me from all those supermarket newsletters clogging my inbox.",
    "Move £50 from my savings into my current account please.",
    "Renew my library books, they're due back tomorrow.",
    "Change my Netflix password to something stronger and tell me what it is.",
    "Reply to the newest comment on my YouTube video and thank them for watching.",
    "Keep an eye on my Etsy shop and ping me the moment a sale comes in.",
    # devices, smart home, the physical world
    "Dim the living room lights to 30% and start the robot vacuum.",
    "I think I forgot to lock the front door, can you lock it?",
    "Feed the fish at 8 every morning while we're in Crete.",
    "Print three copies of <image 0> on glossy 10x15 paper.",
    # calendars, reminders, messages
    "Put the dentist in my calendar for Thursday at 3 and let my wife know.",
    "Nudge me every two hours tomorrow to drink water.",
    "Tell the team on Slack I'm running ten minutes late for standup.",
    # purchases
    "Order more of that printer ink I got last time, same one.",
    "Bid on the vintage Pentax lot on eBay, up to 80 dollars max.",
    # running code for real
    ("Run this on my server and paste the actual output: import os; print(os.listdir('/var/log'))"),
    "Benchmark my quicksort on a million random ints on your machine and give me the real timings.",
    # other file formats
    "Turn <image 0> of my floor plan into a DWG file I can open in AutoCAD.",
    "Make a downloadable Excel sheet with working formulas for our wedding budget.",
    "Convert <video 0> to an MP3 so I can listen to the lecture while I run.",
    "Generate an STL of a replacement knob for my oven so I can 3D print it.",
    "Export my CV as a PDF with clickable links to my portfolio.",
    # the user's own files, history or memory
    "What did I tell you about my blood pressure readings last month?",
    "Find the screenshot of my boarding pass somewhere in my phone gallery.",
    "Which of my holiday photos from Italy came out the sharpest?",
    # multi-part: a doable part plus an impossible part
    ("Write a short toast for my brother's wedding, then read it out loud so I can practise the timing and pauses."),
    "Make a picture of a cosy autumn cabin and set it as my desktop background.",
    "Describe <image 0> in detail for my blind aunt, then send it to her on WhatsApp.",
    "Animate <image 0> so the waterfall flows, and add the sound of rushing water over it.",
    (
        "Check today's opening hours for the Natural History Museum, and also draw a cute dinosaur "
        "ticket my kids can hold."
    ),
    "Remove my ex from <image 0> and then post it to my Instagram with the caption 'fresh start'.",
    (
        "Summarise this for me and save the summary as a Word doc in my Dropbox: 'The council "
        "will consult residents on the new parking scheme from March until the end of May.'"
    ),
    "What's happening in <video 0>, and what are the two men shouting at each other about?",
    "Write a cover letter for the barista job at Bean There and submit it on their careers page.",
    "Turn my cat in <image 0> into a superhero picture and order it on a T-shirt, size M.",
    "Make a 10 second video of a street parade with the brass band music playing loud.",
    "Explain how compound interest works, then pull up my actual savings balance to show me on it.",
    "Read the ingredients off the recipe in <image 0> and add the ones I'm missing to my Tesco basket.",
    (
        "Draft a polite complaint to the airline about my lost bag, and then ring their helpline "
        "and say it to them for me."
    ),
    "Create a video of a chef tossing pizza dough and narrate the steps over it in Italian.",
)

ORDINARY33: tuple[tuple[str, str], ...] = (
    # text_understanding
    (
        "Write me a Python script that renames every photo in a folder by the date it was taken. "
        "I'll run it myself on my laptop.",
        "text_understanding",
    ),
    (
        "Draft a polite text message I can send my neighbour about their dog barking at 2am.",
        "text_understanding",
    ),
    (
        "Write lyrics for a short lullaby about a sleepy hedgehog, I'll sing it to my daughter myself.",
        "text_understanding",
    ),
    ("what does a 404 error actually mean when a website won't load", "text_understanding"),
    (
        "Write the script for a 30-second radio ad for my bike repair shop, Spokes & Co, with lines for two voices.",
        "text_understanding",
    ),
    # image_understanding
    (
        "<image 0> is a screenshot from my banking app, what does the 'pending' line at the top mean?",
        "image_understanding",
    ),
    ("What song title is printed on the vinyl label in <image 0>?", "image_understanding"),
    (
        "My router's little screen shows this <image 0>, what is it trying to tell me?",
        "image_understanding",
    ),
    (
        "Read my nan's handwritten recipe in <image 0> and list the ingredients for me.",
        "image_understanding",
    ),
    (
        "Is the plug on the charger in <image 0> UK or EU? I'm packing for a trip tonight.",
        "image_understanding",
    ),
    # video_understanding
    (
        "<video 0> is my dashcam footage, there's no sound anyway. Describe what the silver car did "
        "right before it hit me.",
        "video_understanding",
    ),
    (
        "Count how many times the drummer hits the crash cymbal in <video 0>, just from what you can see.",
        "video_understanding",
    ),
    (
        "From my doorbell camera clip <video 0>, what colour jacket was the delivery person wearing?",
        "video_understanding",
    ),
    ("watch my golf swing in <video 0>, does my left arm bend at the top?", "video_understanding"),
    (
        "Which letters does the person fingerspell in sign language in <video 0>?",
        "video_understanding",
    ),
    # text_to_image
    (
        "Make a poster image for our band's gig: a neon guitar on a brick wall with the words 'LIVE FRIDAY'.",
        "text_to_image",
    ),
    (
        "Album cover for my lo-fi study playlist: rainy window, a sleeping cat, big headphones on the desk.",
        "text_to_image",
    ),
    ("A picture of a 1950s valve radio on a kitchen table, warm afternoon light.", "text_to_image"),
    (
        "Generate an illustration I can use as my phone wallpaper, misty pine forest at dawn, tall format.",
        "text_to_image",
    ),
    ("I need a Zoom background: a cosy old library with a fireplace.", "text_to_image"),
    # text_to_video
    (
        "Short clip of a vinyl record spinning on a turntable, no audio needed, it's a looping background.",
        "text_to_video",
    ),
    ("Create a video of a drone flying over terraced rice fields at sunrise.", "text_to_video"),
    (
        "5 second video of a smartphone on a bedside table lighting up with notifications in the dark.",
        "text_to_video",
    ),
    (
        "Silent clip of raindrops hitting a puddle, for the loading screen of my meditation app.",
        "text_to_video",
    ),
    ("a paper boat sailing down a city gutter after a storm, stop-motion look", "text_to_video"),
    # image_edit
    ("In <image 0>, take the headphones off my son's head.", "image_edit"),
    (
        "Replace what's on the laptop screen in <image 0> with a plain white display, it's going on our website.",
        "image_edit",
    ),
    (
        "Swap the sky in <image 0> for a stormy one, it's for our single's cover on Spotify.",
        "image_edit",
    ),
    ("<image 0> <image 1> Fill the area marked in the mask <image 1> with grass.", "image_edit"),
    (
        "Blur the licence plate and house number in <image 0> before I put it on Facebook Marketplace.",
        "image_edit",
    ),
    # image_control
    (
        "<image 0> is a pose skeleton, make a picture of a DJ behind turntables in exactly this pose.",
        "image_control",
    ),
    ("Use the depth map <image 0> to render a cosy little recording studio.", "image_control"),
    (
        "Here's my pencil scribble of a house <image 0>, turn it into a watercolour that follows my lines.",
        "image_control",
    ),
    (
        "<image 0> is an edge map I exported from my phone's camera app, make a futuristic city matching "
        "those outlines.",
        "image_control",
    ),
    (
        "Follow the sketch in <image 0> to make a realistic photo of a bluetooth speaker shaped like a snail.",
        "image_control",
    ),
    # image_reference
    (
        "<image 0> is my grandpa, make a new picture of him playing saxophone in a smoky jazz club.",
        "image_reference",
    ),
    (
        "Using our mascot from <image 0>, create an image of him holding a smartphone and waving.",
        "image_reference",
    ),
    (
        "New photo of the ceramic mug in <image 0> sitting on a beach at sunset, for my Etsy listing.",
        "image_reference",
    ),
    ("<image 0> is our dog Biscuit, show him as an astronaut floating in space", "image_reference"),
    (
        "Put the same sneaker from <image 0> in a fresh product shot on a marble pedestal.",
        "image_reference",
    ),
    # image_to_video
    ("Animate <image 0> so the candle flames flicker. Silent is fine.", "image_to_video"),
    ("Start from <image 0> and have the car drive off down the road.", "image_to_video"),
    (
        "Use <image 0> as the last frame: a video that ends on this view of the concert crowd.",
        "image_to_video",
    ),
    (
        "Bring this old photo of my grandparents <image 0> to life, just a gentle smile and a blink.",
        "image_to_video",
    ),
    (
        "<image 0> is my shop sign, make a short clip with the camera slowly pushing in on it for my Instagram story.",
        "image_to_video",
    ),
    # video_reference
    ("Make a video of the teddy bear in <image 0> dancing in a disco.", "video_reference"),
    (
        "<image 0> is my cat Miso, create a clip of her playing a tiny piano (no sound needed).",
        "video_reference",
    ),
    (
        "Using the cartoon character from our logo <image 0>, make a short video of it walking through a busy airport.",
        "video_reference",
    ),
    ("Create a video where the woman in <image 0> jogs through a park in autumn.", "video_reference"),
    (
        "Generate a video of the robot toy from <image 0> exploring a dark kitchen at night.",
        "video_reference",
    ),
    # video_edit
    ("Remove the people walking around in the background of <video 0>.", "video_edit"),
    ("Make <video 0> look like it was filmed in the 1920s, black and white and grainy.", "video_edit"),
    (
        "In <video 0>, change my T-shirt from red to navy. Don't worry about the sound.",
        "video_edit",
    ),
    ("Replace whatever is on the phone screen in <video 0> with plain green.", "video_edit"),
    ("Turn the sunny street in <video 0> into a snowy night scene.", "video_edit"),
    # video_control
    (
        "<video 0> is a pose video of me dancing, make a clip of a knight in armour doing the same moves.",
        "video_control",
    ),
    ("Use the depth video <video 0> to generate a flight through an underwater cave.", "video_control"),
    ("Follow the motion in <video 0> but make it a cartoon fox on a skateboard.", "video_control"),
    (
        "<video 0> is edge-detected footage of a street, render it as a cyberpunk city at night.",
        "video_control",
    ),
    (
        "Here's a pose sequence of a conductor <video 0>, make an orchestra conductor in a tuxedo following it.",
        "video_control",
    ),
)
