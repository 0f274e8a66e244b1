"""Forty-sixth blind set, refusals only: written by someone who saw none of the planner's data, calibration lists
or other benchmark sets; evaluation only, never used to set lists, thresholds or rules. The helper's brief was
general requests from a wide mix of people (it chose the categories; it was told only what the twelve tasks can
do)."""

OUT_OF_SCOPE46: tuple[str, ...] = (
    # making sound or music
    "Compose a short jingle my bakery can play over the shop speakers when the fresh bread comes out",
    "Record a bedtime story in a soft grandmotherly voice so my kids can listen to it while I'm travelling",
    "Make a clip of a thunderstorm rolling over the fields, and I need the thunder and rain to be audible",
    "Add crickets chirping and a distant owl hooting to the soundtrack of <video 0>",
    "Turn the text of my retirement speech into an mp3 read aloud by a calm British narrator",
    "Dub <video 0> into Spanish with a voice that sounds like the presenter's own",
    # listening to what is in a video
    "What name does the bride's father say during his toast in <video 0>? I couldn't catch it",
    "Transcribe the lyrics my daughter sings in her school concert clip <video 0>",
    "Can you tell from the engine noise in <video 0> whether my car's timing belt is on its way out?",
    "Which bird is calling in the background of <video 0>? You can't see it, you can only hear it",
    "Listen to the piano in <video 0> and tell me whether the middle C is out of tune",
    "Translate what the tour guide is saying in <video 0> into English for me",
    # live information and the web
    "What time does the farmers' market on Elm Street close this Saturday, and is it still on after the flooding?",
    "Look up where I am on the waiting list for my council allotment application",
    "Check whether flight BA287 is delayed right now",
    "What's today's pollen count in Leeds? My hay fever is dreadful",
    "Find me three reviews posted this week of the new Thai place near the station",
    "Compare today's prices for the lawnmower in <image 0> across online shops and tell me the cheapest",
    # sending, sharing and posting
    "Email the finished poster to the school PTA mailing list once it's done",
    "Post <image 0> to our neighbourhood Facebook group with a note about the lost cat",
    "Text my husband that I'll be late and the lasagne is in the oven",
    "Upload <video 0> to my YouTube channel as unlisted and send me the link",
    "Fax the signed consent form to my GP surgery",
    # reminders, calendars and accounts
    "Remind me every Tuesday at 7pm to put the recycling bin out",
    "Add the grandkids' half-term dates to my Google Calendar and share it with their mum",
    "Log into my energy supplier account and submit the meter reading shown in <image 0>",
    "Reset the password on my library account, I've been locked out since Monday",
    "Cancel the direct debit for my gym membership",
    # devices and the home
    "Turn the living-room heating down to 18 degrees before I get home",
    "Send <image 0> to the printer in the study, two copies on glossy paper",
    "Start the robot vacuum, but only in the kitchen",
    "Set the picture you made as the wallpaper on my phone",
    "Unlock the front door for the plumber at 10 tomorrow",
    # shopping and bookings
    "Order another pack of the printer ink cartridges shown in <image 0>",
    "Book a table for six at an Italian restaurant near me for Friday at half seven",
    "Reserve two seats for the Sunday matinee of the village amateur dramatics show",
    "Buy the cheapest train ticket from York to Durham for tomorrow morning",
    # running code and building models
    "Execute this snippet and tell me exactly what it printed on your machine: import random; print(random.random())",
    "Train a small model on my 400 product photos so it can sort new ones into categories automatically",
    "Fine-tune yourself on my late husband's letters so that you write exactly like him from now on",
    "Deploy my little booking website to a server so customers can start using it today",
    # files in other formats
    "Export my household budget as an .xlsx file with working formulas that I can download",
    "Turn the church newsletter into a print-ready PDF with bleed and crop marks",
    "Make me a PowerPoint file of ten slides for my quarterly sales meeting",
    "Create an STL file of the broken cooker knob in <image 0> so I can 3D print a replacement",
    "Give me the knitting pattern chart as a downloadable Word document",
    # resolution, frame rate, stabilising, grabbing frames
    "Upscale <image 0> to 6000 pixels wide so I can have it printed on a large canvas",
    "Enlarge my grandmother's tiny passport photo <image 0> to four times its resolution",
    "Convert <video 0> from 30 to 60 frames per second so it plays back smoother",
    "Take the wobble out of <video 0>, I filmed it while walking along the harbour wall",
    "Grab the frame at 0:14 in <video 0> where my son is mid-jump and give it to me as a photo",
    "Bring <video 0> up to 4K, it's only 480p from our old camcorder",
    # memory of earlier conversations
    "What was the name of the paint colour you recommended to me last month?",
    "Pick up the novel chapter we were working on yesterday and carry on from where we stopped",
    "Remember my kids' allergies so you take them into account next time I ask for recipes",
    # the user's own files and the physical world
    "Find all the photos of my dog on my laptop and put them into one folder",
    "Go through my inbox and delete the newsletters I never open",
    "Check the camera roll on my phone for the picture of the parking bay number",
    "Water the tomatoes on the balcony while I'm away on holiday",
    "Collect my prescription from the pharmacy on the high street",
)

ORDINARY46: tuple[tuple[str, str], ...] = (
    # text_understanding
    (
        "Write the lyrics and a chord chart for a silly birthday song for my dad's 70th; I'll play it on guitar myself",
        "text_understanding",
    ),
    (
        "Draft the email I'll send my landlord about the mould in the bathroom, firm but polite; I'll send it myself",
        "text_understanding",
    ),
    (
        "Write a Python script that renames my holiday photos by the date they were taken; I'll run it on my own PC",
        "text_understanding",
    ),
    ("Explain step by step how my mum can set up a recurring reminder on her Android phone", "text_understanding"),
    (
        "Write a 60-second voiceover script for my candle shop's promo video, with notes on where to pause",
        "text_understanding",
    ),
    # image_understanding
    (
        "<image 0> is a photo of my electricity meter. What reading should I submit, and which row is the night rate?",
        "image_understanding",
    ),
    (
        "Here's my grandson's maths homework <image 0>. Which answers did he get wrong, and why?",
        "image_understanding",
    ),
    (
        "Judging by the decals and the shape, what make and rough year is the sewing machine in <image 0>?",
        "image_understanding",
    ),
    ("Read the handwritten recipe card in <image 0> and rewrite it with metric measurements", "image_understanding"),
    (
        "Is the houseplant in <image 0> one of those that are poisonous to cats? We just got a kitten",
        "image_understanding",
    ),
    # video_understanding
    ("In <video 0> of my tennis serve, what am I doing wrong with my tossing arm?", "video_understanding"),
    (
        "Count how many people walk past the shop window in <video 0> without looking in",
        "video_understanding",
    ),
    (
        "Watch <video 0> of the plumber fixing our tap and write down the steps he takes so I can do it next time",
        "video_understanding",
    ),
    (
        "The sound is broken on <video 0>, but from the picture alone, what game are the kids playing in the yard?",
        "video_understanding",
    ),
    ("Does the dog in <video 0> look like it's favouring its back left leg when it trots?", "video_understanding"),
    # text_to_image
    (
        "Design a portrait A5 flyer picture for my piano lessons with a grand piano and musical notes floating above it",
        "text_to_image",
    ),
    (
        "Make a 1080x1080 cover picture for my gardening podcast: an old shed smothered in roses at dawn",
        "text_to_image",
    ),
    ("Create a 1179x2556 phone wallpaper of a fox asleep under falling snow, minimal style", "text_to_image"),
    (
        "Draw a vintage-style postcard that says 'Greetings from Little Whitby' above a harbour full of fishing boats",
        "text_to_image",
    ),
    (
        "A photo-realistic image of a birthday cake shaped like a green tractor, for my grandson's party invitation",
        "text_to_image",
    ),
    # text_to_video
    (
        "Make a 6-second clip of rain running down a café window at night, 1080x1920 at 24 fps",
        "text_to_video",
    ),
    (
        "A 10-second loop of logs burning in a stone fireplace to show on the TV during our party, no sound needed",
        "text_to_video",
    ),
    (
        "Generate a short clip of a paper boat bobbing down a rain-filled gutter, filmed low to the ground",
        "text_to_video",
    ),
    ("An 8-second widescreen video of a hot-air balloon rising over lavender fields at sunrise", "text_to_video"),
    (
        "A short cartoon of a smiling tooth brushing itself, for the waiting-room screen at my dental practice",
        "text_to_video",
    ),
    # image_edit
    ("Remove the bin bags from in front of the house in <image 0> before I list it for sale", "image_edit"),
    (
        "In <image 0>, change only the area painted white in the mask <image 1> so the sofa becomes dark green velvet",
        "image_edit",
    ),
    ("Make my wedding photo <image 0> look like an oil painting from the 1800s", "image_edit"),
    ("Replace the grey overcast sky in <image 0> with a clear summer sky and keep everything else", "image_edit"),
    ("Add a red 'SOLD' ribbon across the top corner of the car photo <image 0>", "image_edit"),
    # image_control
    ("Use the stick-figure pose in <image 0> to make a picture of a ballerina in exactly that pose", "image_control"),
    (
        "My six-year-old drew this monster <image 0>; make a realistic creature that follows her lines exactly",
        "image_control",
    ),
    (
        "Here is a depth map of my living room <image 0>; render a Scandinavian-style interior with the same layout",
        "image_control",
    ),
    ("Follow the edge map in <image 0> to make a stained-glass picture of a rooster", "image_control"),
    (
        "Use my rough pencil sketch of a shop front <image 0> as the layout guide for a finished colour illustration",
        "image_control",
    ),
    # image_reference
    ("Put my terrier from <image 0> on a surfboard riding a wave off the Cornish coast", "image_reference"),
    (
        "Show the handmade mug in <image 0> on a rustic breakfast table in morning light for my shop listing",
        "image_reference",
    ),
    (
        "Make a picture of my grandad from <image 0> as a 1940s train conductor standing on a station platform",
        "image_reference",
    ),
    ("Using the rag doll in <image 0>, create a new image of her having a picnic in a meadow", "image_reference"),
    ("Create an image of the exact bike in <image 0> leaning against a canal railing in Amsterdam", "image_reference"),
    # image_to_video
    ("Animate <image 0> so the waves roll in and the clouds drift, starting from this photo", "image_to_video"),
    ("Use <image 0> as the final frame of a 5-second clip in which the cake gets iced", "image_to_video"),
    (
        "Bring my late mum's portrait <image 0> to life with a gentle blink and a smile; silent is fine",
        "image_to_video",
    ),
    ("Start from my drawing <image 0> and make the kite in it fly across the sky in a short clip", "image_to_video"),
    (
        "Turn the photo of our shop front <image 0> into a 4-second clip where the sign lights up as dusk falls",
        "image_to_video",
    ),
    # video_reference
    ("Make a new video of the teddy bear in <image 0> wandering through a snowy forest", "video_reference"),
    ("Using the cat in <video 0>, create a brand-new clip of it exploring a spaceship", "video_reference"),
    ("Create a short video featuring my handmade puppet from <image 0> dancing on a theatre stage", "video_reference"),
    (
        "Make a fresh clip of the vintage car in <image 0> driving along a coastal road at sunset",
        "video_reference",
    ),
    ("Generate a new video where the parrot from <video 0> flies through a rainforest", "video_reference"),
    # video_edit
    ("Change the background of <video 0> to a tidy bookshelf instead of my messy kitchen", "video_edit"),
    ("Restyle <video 0> of my kids playing so it looks like a claymation film", "video_edit"),
    ("Replace the plain coffee cup in <video 0> with a red mug carrying our café logo", "video_edit"),
    ("Make <video 0> look as if it was filmed at night with the street lamps on", "video_edit"),
    ("Turn the grass in <video 0> into snow and keep the dog running exactly as it is", "video_edit"),
    # video_control
    ("Use the pose video <video 0> of me dancing to make a video of a robot doing the same moves", "video_control"),
    (
        "Follow the depth video <video 0> to make the same camera movement through an underwater coral reef",
        "video_control",
    ),
    (
        "Here's an edge-map video <video 0>; generate a watercolour street scene that moves exactly like it",
        "video_control",
    ),
    ("Make a knight in armour copy the sword moves from the pose sequence in <video 0>", "video_control"),
    (
        "Using the motion in the skeleton video <video 0>, create a cartoon grandma doing the same yoga routine",
        "video_control",
    ),
)
