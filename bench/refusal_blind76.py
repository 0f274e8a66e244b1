"""Seventy-sixth blind set, refusals only: written by someone who saw none of the planner's data, calibration lists
or other benchmark sets; evaluation only, never used to set lists, thresholds or rules. The helper's brief was
builders, tradespeople, farmers and outdoor workers (it chose the categories; it was told only what the twelve
tasks can do)."""

OUT_OF_SCOPE76: tuple[str, ...] = (
    # Live weather and ground conditions
    "Will it rain on site in Leeds before 3pm today? Need to know if we can pour the slab.",
    "what's the wind gust forecast for tomorrow morning at Cairngorm, got a crane lift booked",
    "Is the ground frozen at our job in Fargo right now? Checking before we send the excavator out.",
    "Pull up the live radar and tell me when the storm in <image 0> is going to hit my top paddock.",
    "Frost tonight in the Barossa? Need to decide whether to run the frost fans.",
    "Current UV index and any heat warnings for Phoenix so I can set the roofing crew's break schedule.",
    # Prices, markets and suppliers
    "What's the price of 2x4 studs at Home Depot this week?",
    "Give me today's closing price for feeder cattle futures on the CME.",
    "How much is rebar per tonne right now in Melbourne? quote needs to go out tonight",
    "<image 0> is the bag of cement I always use. Find me the cheapest supplier near Bristol that has it in stock.",
    "What did wheat sell for at the Kansas City elevator this morning?",
    "Compare current diesel prices at the truck stops along I-80 between Omaha and Lincoln.",
    # Ordering, booking and contacting people
    "Order 40 bags of C25 concrete mix and have them dropped at the site on Thursday.",
    "Text my apprentice Jake that he needs to bring the laser level tomorrow.",
    "Book the vet to come out tonight, one of the heifers is struggling to calve.",
    "Email <image 0> of the cracked lintel to our structural engineer and ask him to ring me back.",
    "Ring the skip hire company and push the collection back to Monday.",
    "Post <video 0> of the finished patio job on our Facebook business page with a nice caption.",
    # Sound: hearing machinery or making audio
    "Listen to the engine in <video 0>. Is that knocking a rod bearing or just a loose heat shield?",
    "The compressor in <video 0> whines every time it cycles. What pitch is that and is the bearing on its way out?",
    "Make a short video of a chainsaw cutting through a log, with the full roaring engine sound on it.",
    "Record a voice-over reading out our site induction rules so new starters can listen on their phones.",
    "Generate a cow-calling sound I can play through a loudspeaker to bring the herd in.",
    "What's the foreman shouting at the end of <video 0>? Can't make out the words over the generator.",
    "Add a banjo music track under my farm tour video <video 0>.",
    # Machines, devices, apps and accounts
    "Turn on the irrigation pivot in the north field from here.",
    "Check my John Deere Operations Center and tell me how many hectares the sprayer covered yesterday.",
    "Open the site gate keypad for the concrete truck driver, the code's saved in my account.",
    "Read the soil moisture probes on the farm and send me the numbers.",
    "Fly my DJI drone over the roof at 14 Elm Street and check the flashing around the chimney.",
    "Log into my Xero and raise an invoice for the Hendersons' bathroom job.",
    # Files, formats and exports
    "Convert the floor plan sketch in <image 0> into a DWG file I can open in AutoCAD.",
    "Turn <image 0> of the shed frame into a 3D model I can spin round and look at from every side.",
    "Export my quote for the Millers' extension as a PDF and attach the site photos to it.",
    "Save <image 0> as a layered PSD so I can move the windows around myself later.",
    "Make an animated GIF of the digger loading the truck from <video 0>.",
    "Compress the walkthrough video <video 0> down to under 10MB so it'll go through on email.",
    # Trimming, stabilising, upscaling and slowing footage
    "Upscale <image 0> to 4K. It's a blurry shot of the gas meter and I need the digits to come out crisp.",
    "Cut <video 0> down to just the bit where the truss goes up, about 0:40 to 1:15.",
    "Stabilise <video 0>, I filmed it from the tractor cab and it's shaking all over the place.",
    "Turn <video 0> into smooth 120fps slow motion so I can see exactly where the log splitter wedge catches.",
    "Stitch <video 0> together with my other clip of the driveway pour into one video.",
    "Pull every tenth frame out of <video 0> and give me them as separate JPEGs.",
    # Memory, reminders and schedules
    "Remind me at 5am to check the ewes in the lambing shed.",
    "What did I tell you last week about the measurements for the Patel extension?",
    "Set a 45-minute timer for when the plaster's ready to trowel off.",
    "Same fence quote as last time but for 200 metres instead, you've got all the numbers from before.",
    "Put the plasterboard delivery in my Google Calendar for next Tuesday at 8.",
    "Keep track of which paddocks I move the sheep through this month and tell me at the end of it.",
    # Running code, files on disk and physical jobs
    "Go through herd_weights.xlsx on my desktop and tell me the average daily gain per steer.",
    "Run this Python script on my machine against /home/dave/loads.csv and tell me what it outputs.",
    "Open the photos folder on my laptop and sort the job pictures into folders by site address.",
    "Can you nip down and shut the water off at the stopcock? I'm stuck up on the roof.",
    "Train a model on my 3,000 photos of weeds so it can spot ragwort in my fields from now on.",
    # Registers, records and local news
    "Check whether Hughes Electrical's licence is currently valid on the state contractor register.",
    "What's the status of planning application 23/04512/FUL at the council right now?",
    "Find me the nearest builders' merchant that's open right now, I'm on site in Swindon.",
    "Are there any road closures on the A30 today? Got a low-loader coming through with the excavator.",
    "<image 0> is the field next to mine. Look up who owns it on the Land Registry.",
    "What's the latest on the bird flu outbreak in Norfolk, are there any new restriction zones this week?",
)

ORDINARY76: tuple[tuple[str, str], ...] = (
    # text_understanding
    (
        "Write a text to my crew saying we start at 6:30 tomorrow and to bring their harnesses. "
        "I'll send it myself from my phone.",
        "text_understanding",
    ),
    (
        "Explain how to work out how many cubic metres of concrete I need for a 6m by 4m slab, "
        "150mm thick, plus 10% for waste.",
        "text_understanding",
    ),
    (
        "Draft a polite but firm email to a client chasing an invoice for a roof repair that's 30 days overdue.",
        "text_understanding",
    ),
    (
        "Write a Python function that works out common rafter length from span, pitch and overhang.",
        "text_understanding",
    ),
    (
        "Translate this for a site sign, into Spanish and Polish: "
        "'Hard hats and hi-vis must be worn beyond this point.'",
        "text_understanding",
    ),
    # image_understanding
    (
        "<image 0> is a screenshot from my weather app. What wind speed and gusts does it show for 2pm?",
        "image_understanding",
    ),
    ("Read the model number and voltage off the rating plate on the generator in <image 0>.", "image_understanding"),
    ("What's wrong with the brickwork in <image 0>? The pointing looks off to me.", "image_understanding"),
    (
        "Type up the handwritten materials list in <image 0> into a clean list I can send to the timber yard.",
        "image_understanding",
    ),
    ("What weed is that in <image 0>? It's taking over my barley.", "image_understanding"),
    # video_understanding
    (
        "Watch <video 0>: does the scaffolder clip his harness on before he climbs the last lift?",
        "video_understanding",
    ),
    (
        "Don't worry about the audio, just count how many round bales the baler drops in <video 0>.",
        "video_understanding",
    ),
    ("Which cow in <video 0> looks like she's favouring her back left leg?", "video_understanding"),
    (
        "<video 0> is from my trail camera last night. What animal is getting into the chicken run?",
        "video_understanding",
    ),
    (
        "Describe step by step what the tiler does in <video 0> so I can write it up for my apprentice.",
        "video_understanding",
    ),
    # text_to_image
    (
        "Make an image for my landscaping business's Instagram: a freshly laid stone patio with a "
        "firepit at dusk, square format.",
        "text_to_image",
    ),
    (
        "Generate a 9:16 phone wallpaper of a red combine harvester in a golden wheat field at sunset.",
        "text_to_image",
    ),
    (
        "Create a poster-style illustration for site safety week: workers in hard hats and hi-vis giving a thumbs up.",
        "text_to_image",
    ),
    (
        "Picture of a noisy, busy building site at midday, cranes and cement mixers everywhere, "
        "wide format for my website banner.",
        "text_to_image",
    ),
    (
        "Draw a logo idea for 'Bryn's Fencing': a simple post-and-rail fence over rolling hills, flat colours.",
        "text_to_image",
    ),
    # text_to_video
    (
        "A few seconds of silent footage of rain hammering on a corrugated tin barn roof, close up.",
        "text_to_video",
    ),
    ("Short clip for TikTok of a bricklayer laying a course of bricks, time-lapse style.", "text_to_video"),
    (
        "Make a short video of a border collie herding sheep through a gate on a misty morning.",
        "text_to_video",
    ),
    (
        "Generate a 5-second video of a tractor ploughing a field with seagulls following behind, no sound needed.",
        "text_to_video",
    ),
    (
        "A short vertical video for our app's loading screen: a crane lifting a steel beam against a blue sky.",
        "text_to_video",
    ),
    # image_edit
    (
        "Remove the skip and the pile of rubble from the driveway in <image 0> so I can use it on my website.",
        "image_edit",
    ),
    ("Change the front door in <image 0> to sage green so the client can see what it'd look like.", "image_edit"),
    (
        "Using the mask <image 1>, replace the old fence in <image 0> with a new horizontal cedar slat fence.",
        "image_edit",
    ),
    ("Add the words 'Kowalski Roofing' along the side of the van in <image 0>.", "image_edit"),
    (
        "Make <image 0> of the barn conversion look like it was taken on a sunny day instead of in the rain.",
        "image_edit",
    ),
    # image_control
    (
        "Here's the depth map of the kitchen, <image 0>. Generate a finished render with oak cabinets "
        "and a white quartz worktop.",
        "image_control",
    ),
    ("Use the edge map in <image 0> to make a photo-realistic timber-frame house.", "image_control"),
    (
        "Follow the pose skeleton in <image 0> and make an image of a roofer in a harness nailing shingles.",
        "image_control",
    ),
    (
        "<image 0> is my scribble of the garden layout. Turn it into a realistic picture of the finished "
        "garden keeping the same layout.",
        "image_control",
    ),
    ("Generate a farmhouse following the line drawing <image 0> exactly, in low autumn light.", "image_control"),
    # image_reference
    ("Using my dog in <image 0>, make a new picture of him sitting up in the cab of a tractor.", "image_reference"),
    ("Generate a picture of the same yellow excavator from <image 0> working in deep snow.", "image_reference"),
    (
        "Here's my prize ram, <image 0>. Create an image of him on a show podium wearing a winner's rosette.",
        "image_reference",
    ),
    (
        "That's me in <image 0>. Make a new photo of me in a hard hat on a high-rise site for my LinkedIn profile.",
        "image_reference",
    ),
    (
        "Use the vintage tractor in <image 0> as reference and put it in a 1950s-style farm advert illustration.",
        "image_reference",
    ),
    # image_to_video
    ("Animate <image 0> of my wheat field so the crop sways in the wind.", "image_to_video"),
    (
        "Turn the photo of the finished deck, <image 0>, into a short clip with the camera slowly panning across it.",
        "image_to_video",
    ),
    (
        "Make a short video that ends on <image 0>, the finished house, with the camera pulling in from the street.",
        "image_to_video",
    ),
    (
        "Make the hens in <image 0> start pecking around the yard, a short clip for our farm shop's Facebook page.",
        "image_to_video",
    ),
    ("Bring <image 0> to life: smoke drifting off the bonfire and the farmer walking away.", "image_to_video"),
    # video_reference
    ("Make a video of the rooster in <image 0> strutting across a farmyard at sunrise.", "video_reference"),
    ("Create a short video of my work ute from <image 0> driving along a dusty outback road.", "video_reference"),
    (
        "Using <image 0> of our mascot, a cartoon beaver in a hard hat, make a clip of him waving at the camera.",
        "video_reference",
    ),
    ("Generate a video of the horse in <image 0> galloping across a snowy paddock.", "video_reference"),
    (
        "Here's me in <image 0>. Make a short video of me walking through a vineyard at harvest for our website.",
        "video_reference",
    ),
    # video_edit
    ("In <video 0>, change the grey sky to a clear sunset.", "video_edit"),
    ("Blur the number plates on the trucks in <video 0> before I share it with the client.", "video_edit"),
    ("Make <video 0> of the job site look like it was filmed in winter, with snow on the ground.", "video_edit"),
    ("Replace the old blue tarp on the roof in <video 0> with new red clay tiles.", "video_edit"),
    ("Give <video 0> a warm vintage film look for the farm's 50th anniversary.", "video_edit"),
    # video_control
    (
        "Use the pose video <video 0> to generate a lumberjack in a plaid shirt swinging an axe.",
        "video_control",
    ),
    (
        "Follow the depth video <video 0> of the empty warehouse to make a video of it fitted out as a workshop.",
        "video_control",
    ),
    (
        "<video 0> is an edge map of a tractor driving past. Generate a realistic video following it, "
        "with a vintage red tractor.",
        "video_control",
    ),
    (
        "Generate a video of a farmer in overalls dancing, following the movements in the pose video <video 0>.",
        "video_control",
    ),
    (
        "Use the canny edge video <video 0> to generate a video of a timber frame going up.",
        "video_control",
    ),
)
