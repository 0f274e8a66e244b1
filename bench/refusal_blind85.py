"""Eighty-fifth blind set, refusals only: written by someone who saw none of the planner's data, calibration lists
or other benchmark sets; evaluation only, never used to set lists, thresholds or rules. The helper's brief was
people moving house, renting, and doing home repairs (it chose the categories; it was told only what the twelve
tasks can do)."""

OUT_OF_SCOPE85: tuple[str, ...] = (
    # live listings, prices and availability
    "What's the going rent for a one-bed flat in Bristol this month?",
    "Find me three available 2-bedroom apartments near Lake Merritt under $2,800 that allow cats.",
    "is the B&Q on Cromwell Road open right now? need grout before they close",
    "What are the current 5-year fixed mortgage rates from the big UK lenders?",
    "Check whether there are any roadworks or parking suspensions on Hartley Street for my move tomorrow morning.",
    "Compare the electricity tariffs available at my new postcode, SW9 8PQ, and tell me which is cheapest today.",
    # booking, buying and hiring
    "Book me a Luton van from the nearest rental place for Saturday, 8am to 6pm.",
    "Order 30 medium cardboard boxes and two rolls of packing tape, delivered by Thursday please.",
    "can u hire a man with a van for the 14th and pay the deposit on my card",
    "Schedule a gas safety inspection with a registered engineer for next week, any weekday morning works.",
    "Buy the same tile as in <image 0> from whichever shop has it cheapest and get 4 boxes shipped to my flat.",
    "Reserve a storage unit, roughly 50 sq ft, for three months starting on the 1st.",
    # sending, posting and contacting people
    "Email <image 0> to my landlord at j.ormsby@lettings-example.co.uk and ask when the damp will finally be fixed.",
    "Post my spare room on SpareRoom and Facebook Marketplace: double bed, bills included, £650 a month.",
    "Text the plumber and tell him I'll be twenty minutes late.",
    "Call the council for me and register my change of address for council tax.",
    "Send my new address to everyone in my phone contacts.",
    "Submit the deposit dispute form to the tenancy deposit scheme on my behalf, with <video 0> attached as evidence.",
    # accounts, apps, devices and files
    "Log into my bank and check whether my old landlord has returned the £1,450 deposit yet.",
    "Turn the heating at the new place up to 21 degrees through my Nest so it's warm when we arrive tonight.",
    "Open the tenancy agreement PDF in my Downloads folder and highlight the break clause.",
    "Add the moving date and the key handover appointment to my Google Calendar.",
    "Use my phone's LiDAR to measure the back bedroom and tell me if the wardrobe will fit.",
    "Pull the last readings from my smart meter app and work out what I owe on the final bill.",
    "I deleted the check-in photos of the flat from my camera roll by accident, can you get them back?",
    # earlier conversations, reminders and timers
    "What was the name of that paint colour you recommended for my hallway last week?",
    "Carry on with the packing list we were working on yesterday, picking up from the kitchen.",
    "Remember that my lease ends on 31 August so you can warn me a couple of months before.",
    "Remind me to take the final meter photos on the morning we hand the keys back.",
    "Set a 4-hour timer for the second coat of paint.",
    "Ping me every Sunday evening to empty the dehumidifier tank in the basement.",
    # sound: hearing it or making it
    "Listen to <video 0> - is that knocking from the boiler normal, or do I need to call someone out?",
    "In <video 0> the letting agent talks through the inventory out loud. Can you transcribe what she says?",
    "Does the fridge in <video 0> sound like the compressor is on its way out? It's making a weird low hum.",
    "Add some calm background music and a voiceover to my house tour <video 0> before I list the place.",
    "Make a short video of rain falling on our new conservatory roof, with the sound of the drops on the glass.",
    "My landlord left me a voice note about the rent increase in Polish, could you translate it for me?",
    "Remove the neighbour's drilling noise from the background of <video 0>.",
    # trimming, merging, stabilising and re-timing video
    "Trim <video 0> so it only keeps 0:45 to 1:30, the bit where you can see the water stain.",
    "Stabilise <video 0>, I filmed the walkthrough while walking and it's really shaky.",
    "Stitch <video 0> and <video 1> together into one continuous tour of the flat.",
    "Convert <video 0> of the leaking pipe to 60fps slow motion so the plumber can see the drip properly.",
    "Turn <video 0> into a GIF I can drop in the group chat about the new house.",
    "Compress <video 0> to under 25 MB so it can go as an email attachment to the letting agent.",
    # upscaling, exports and file formats
    "Upscale <image 0> to 4K, the photo of the meter is too low-res.",
    "Turn the floor plan in <image 0> into an editable SVG I can open in Illustrator.",
    "Make a 3D model of my living room from <video 0> so I can try out different furniture layouts.",
    "Convert the inventory sheet in <image 0> into a downloadable Excel file with one row per item.",
    "Export the kitchen redesign in <image 0> as a layered PSD so my contractor can adjust it.",
    "Save my moving checklist as a PDF I can print and stick on the fridge.",
    "Increase the resolution of <video 0> to HD so the crack in the ceiling is actually visible.",
    # running code and servers
    "Run `python split_rent.py house_bills.csv` on my laptop and paste me the output.",
    "Execute the macro in my shared bills spreadsheet and tell me who still owes what.",
    "Deploy my little tenant-maintenance-request portal to our server and check it's up.",
    # physical-world jobs
    "Come round and bleed the radiators before the viewing at 3.",
    "Pick up the keys from the estate agent on Mill Lane and drop them at my new place.",
    "Fix the dripping tap in <image 0> for me, it's been going for weeks.",
    "Carry the sofa up to the third floor, the lift's broken.",
    "While I'm away can you go and check whether the damp patch in the spare room has spread?",
    "Take the old mattress to the tip on Saturday.",
)

ORDINARY85: tuple[tuple[str, str], ...] = (
    # text_understanding
    (
        "Write a polite but firm WhatsApp message to my landlord saying the boiler has been broken for five days "
        "and I need a repair date.",
        "text_understanding",
    ),
    (
        "I'm moving today and it's chaos. Give me a sensible order to pack the last three rooms in the next four "
        "hours.",
        "text_understanding",
    ),
    (
        "Explain what a break clause in a UK assured shorthold tenancy usually means and how the notice period works.",
        "text_understanding",
    ),
    (
        "Draft the text for a Facebook Marketplace listing: used IKEA Malm chest of drawers, good condition, "
        "collection only.",
        "text_understanding",
    ),
    (
        "Four of us split £2,340 rent by room size: 14, 11, 10 and 9 square metres. How much does each person pay?",
        "text_understanding",
    ),
    # image_understanding
    (
        "<image 0> is a screenshot of the lease from the letting app - what does it say about pets and subletting?",
        "image_understanding",
    ),
    (
        "Is the black stuff around the window frame in <image 0> mould or just dirt? What usually causes it?",
        "image_understanding",
    ),
    ("Read the numbers on the meter in <image 0> so I can note down my final reading.", "image_understanding"),
    (
        "Here's the fuse box in my new flat <image 0>. Which switch is labelled for the kitchen sockets?",
        "image_understanding",
    ),
    (
        "<image 0> is the inventory page the agent emailed me; list every item that's marked as damaged.",
        "image_understanding",
    ),
    # video_understanding
    (
        "<video 0> is my walkthrough before handing back the keys. List every scuff or mark on the walls you can "
        "see.",
        "video_understanding",
    ),
    (
        "Watch <video 0> of the plumber fitting the tap: did he wrap PTFE tape on the thread before screwing it in?",
        "video_understanding",
    ),
    (
        "<video 0> is from our doorbell camera on moving day. At what point do the movers drop the box?",
        "video_understanding",
    ),
    (
        "In <video 0>, does the water look like it's coming from the ceiling light fitting or the corner of the "
        "wall?",
        "video_understanding",
    ),
    (
        "In <video 0> I'm holding a tissue up to the bathroom extractor fan. Does it actually get pulled towards "
        "the fan?",
        "video_understanding",
    ),
    # text_to_image
    (
        "Generate a cosy studio flat on moving day, boxes everywhere, fairy lights, a cat sitting on a box, 16:9 "
        "for my laptop wallpaper.",
        "text_to_image",
    ),
    (
        "Make a 'We've moved!' card illustration in watercolour: a little red-brick terraced house with a removal "
        "van outside.",
        "text_to_image",
    ),
    (
        "Create a header image for my blog post on fixing a leaky tap: a wrench and a dripping chrome tap, flat "
        "vector style.",
        "text_to_image",
    ),
    (
        "An Instagram-square picture of a freshly painted sage-green hallway with white skirting boards and a "
        "runner rug.",
        "text_to_image",
    ),
    (
        "A tired couple eating pizza on the floor of an empty new apartment at night, lit by a phone screen, "
        "35mm film look.",
        "text_to_image",
    ),
    # text_to_video
    (
        "A few-second stop-motion style clip of cardboard boxes stacking themselves neatly in an empty living "
        "room.",
        "text_to_video",
    ),
    (
        "Short close-up video of a paint roller gliding up a white wall, leaving a stripe of terracotta paint.",
        "text_to_video",
    ),
    (
        "Generate a short silent clip of a removal van driving down a leafy suburban street at sunrise, for my "
        "moving vlog intro.",
        "text_to_video",
    ),
    (
        "A short clip of a key turning in a new front door and the door swinging open onto a sunny hallway.",
        "text_to_video",
    ),
    (
        "Timelapse-style short video of a bare room filling up with furniture as the light goes from day to "
        "evening.",
        "text_to_video",
    ),
    # image_edit
    (
        "Remove all the clutter and boxes from <image 0> so I can use it as the listing photo for my room.",
        "image_edit",
    ),
    (
        "Repaint the walls in <image 0> a pale sage green, I want to see if it works before I buy five litres.",
        "image_edit",
    ),
    ("Swap the old brown carpet in <image 0> for light oak laminate flooring.", "image_edit"),
    (
        "In <image 0>, replace the dated cabinet doors with matte navy shaker doors; <image 1> is the mask of the "
        "cabinets.",
        "image_edit",
    ),
    (
        "Blur the house number and the car number plate in <image 0> before I share it on the neighbourhood "
        "group.",
        "image_edit",
    ),
    # image_control
    (
        "<image 0> is an edge map traced from my kitchen photo; render it as a bright Scandinavian kitchen in "
        "white oak.",
        "image_control",
    ),
    (
        "Using the depth map <image 0> of my empty bedroom, generate a fully furnished mid-century version.",
        "image_control",
    ),
    (
        "Here's my scribble of the garden shed I want to build <image 0>; turn it into a realistic photo of a "
        "timber shed.",
        "image_control",
    ),
    (
        "<image 0> is a pose skeleton - make an image of a decorator in white overalls painting a ceiling in that "
        "pose.",
        "image_control",
    ),
    (
        "Follow the line drawing in <image 0> of our new living room layout and produce a photorealistic evening "
        "scene.",
        "image_control",
    ),
    # image_reference
    (
        "<image 0> is my dog Biscuit; make a picture of him sitting inside a moving box with a FRAGILE sticker.",
        "image_reference",
    ),
    (
        "Using the armchair in <image 0> as the reference, show it in a bright loft apartment with exposed brick.",
        "image_reference",
    ),
    (
        "Here's me <image 0>. Generate a picture of me holding keys in front of a blue front door for our "
        "housewarming invite.",
        "image_reference",
    ),
    (
        "Take the vintage brass lamp from <image 0> and show it on a bedside table in a minimalist bedroom.",
        "image_reference",
    ),
    (
        "Make a cartoon picture of the cat in <image 0> wearing a tiny hard hat and holding a paintbrush.",
        "image_reference",
    ),
    # image_to_video
    (
        "Animate <image 0> so the camera slowly pushes in through the doorway of the new living room.",
        "image_to_video",
    ),
    (
        "Use <image 0> as the first frame and have the sunlight creep across the freshly tiled floor.",
        "image_to_video",
    ),
    (
        "Bring <image 0> to life: the curtains in my new bedroom gently blowing in from the open window.",
        "image_to_video",
    ),
    (
        "Make a short clip that ends on <image 0> as its last frame, pulling back to reveal the finished bathroom.",
        "image_to_video",
    ),
    (
        "Animate my moving-day photo <image 0> for an Instagram story: the boxes wobble and the cat peeks out of "
        "one.",
        "image_to_video",
    ),
    # video_reference
    (
        "<image 0> is my sofa; generate a short video of two movers carrying it up a narrow staircase.",
        "video_reference",
    ),
    (
        "Make a short video of my dog from <image 0> trotting around an empty new flat, sniffing the corners.",
        "video_reference",
    ),
    (
        "Using <image 0> of me, create a short clip of me painting a wall with a roller for my renovation vlog.",
        "video_reference",
    ),
    (
        "Generate a video of the red toolbox in <image 0> being opened on a workbench and the tools lifted out.",
        "video_reference",
    ),
    (
        "<image 0> shows our new front door; make a short clip of it in autumn with leaves blowing past and a "
        "wreath on it.",
        "video_reference",
    ),
    # video_edit
    ("In <video 0>, repaint the living room walls a warm terracotta throughout the clip.", "video_edit"),
    ("Remove the pile of boxes in the corner of <video 0> so the room tour looks tidy.", "video_edit"),
    ("Change the daylight in <video 0> to an evening look with warm table lamps switched on.", "video_edit"),
    ("Make it look like it's snowing in <video 0> of our new back garden.", "video_edit"),
    ("Blur my flatmate's face in <video 0> before I forward the walkthrough to the agent.", "video_edit"),
    # video_control
    (
        "<video 0> is a depth video of me walking down the hallway; generate one that follows it but as a "
        "Japandi-style hallway.",
        "video_control",
    ),
    (
        "Follow the edge video <video 0> of my kitchen pan to make a clip of a fully renovated kitchen with marble "
        "worktops.",
        "video_control",
    ),
    (
        "<video 0> is a pose sequence of someone lifting a box; generate a removal man in a blue uniform doing "
        "the same motion.",
        "video_control",
    ),
    (
        "Use the depth video <video 0> of our empty loft to make a video of it converted into a bright bedroom.",
        "video_control",
    ),
    (
        "Generate a cartoon-style video of a handyman hanging a shelf, following the pose video <video 0>.",
        "video_control",
    ),
)
