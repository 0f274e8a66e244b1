"""Ninety-first blind set, refusals only: written by someone who saw none of the planner's data, calibration lists
or other benchmark sets; evaluation only, never used to set lists, thresholds or rules. The helper's brief was
people dealing with cars, travel, commuting and deliveries (it chose the categories; it was told only what the twelve tasks can do)."""

OUT_OF_SCOPE91: tuple[str, ...] = (
    # live traffic, timetables, prices and weather
    "Is the A12 still jammed near Chelmsford right now, or should I take the back roads?",
    "what time's the next 38 bus from victoria park, im literally at the stop",
    "Check whether flight BA2490 to Lisbon is delayed this evening.",
    "Which petrol station within five miles of me has the cheapest diesel today?",
    "Will it snow on the Brenner Pass tomorrow morning? Trying to decide whether to fit chains before we set off.",
    "Are the trains running on time on the Northern line this morning or is there a strike on?",
    "<image 0> That's the departure board I snapped an hour ago. Has the 17:42 to Leeds left yet or is it still "
    "delayed now?",
    "<image 0> This is the car park entrance sign. Are there any spaces free on level 3 at the moment?",
    "<image 0> From this photo of the bus stop timetable, is the 14:05 running late today?",
    # booking, buying and paying
    "Book me a window seat on the 08:15 Eurostar to Paris next Friday.",
    "Order an Uber from my office to Heathrow, cheapest option please.",
    "Pay my congestion charge for yesterday before the midnight deadline.",
    "Can you reserve a rental car at Faro airport for 12-19 August, automatic, with full insurance?",
    "<image 0> This is the tyre I need. Buy two of them from whichever online shop is cheapest and have them "
    "delivered to my garage.",
    "Renew the road tax on my Golf, the reg is AB12 CDE.",
    # contacting people and sending things
    "<image 0> Send this photo of the crushed box to DPD's complaints address and demand a refund.",
    "Text my wife that I'm stuck on the M25 and will be 40 minutes late.",
    "Ring the garage and ask whether my MOT is done yet.",
    "Post in our street's WhatsApp group that the road outside number 12 is closed tomorrow for resurfacing.",
    "Message the delivery driver through the app and tell him to leave it with next door.",
    # accounts, apps and devices
    "Where's my Amazon parcel right now? It said out for delivery this morning.",
    "Unlock my Tesla remotely, my son's standing next to it without the key card.",
    "Pull up my Oyster card journey history for March so I can claim it on expenses.",
    "Set the sat nav in my car to avoid tolls for the drive down to Cornwall.",
    "Check my Google Calendar and tell me if I can squeeze the tyre-change appointment in on Thursday.",
    "Track my phone's location and log how long my commute takes each day this week.",
    "<image 0> That's the QR code on the e-scooter. Scan it and start a ride on my Lime account.",
    "<image 0> Look at this parking fine and tell me whether the council has already registered my appeal in "
    "their system.",
    # anything to do with sound
    "<video 0> Listen to the engine in this clip, is that knocking the big end going?",
    "<video 0> My dashcam recorded the row after the crash. Transcribe exactly what the other driver said.",
    "Make me an mp3 of a car horn beeping three times so I can use it as my ringtone.",
    "Read the turn-by-turn directions to the hotel out loud in a calm voice while I drive.",
    "Compose a jingle for my van delivery business, something catchy, 15 seconds with vocals.",
    "<video 0> What song is playing on the radio in this clip from our road trip?",
    "Generate a video of a motorbike revving with the real exhaust sound, I want to hear the pops and crackles.",
    "<video 0> Count the delivery vans going past in this clip and tell me what the driver shouts at 0:45.",
    # video trimming, stabilising, upscaling and other processing
    "<video 0> Cut out the boring motorway bit from 2:10 to 5:40 and keep the rest of the dashcam clip.",
    "<video 0> This footage from my bike helmet is so shaky, can you stabilise it?",
    "<image 0> Upscale this blurry CCTV still 4x so the number plate becomes readable for the police.",
    "<video 0> <video 1> Join these two road trip clips into one video with a crossfade between them.",
    "<video 0> Slow this crash footage right down by generating the in-between frames so it's smooth at 240fps.",
    "<video 0> Turn this clip of the ferry leaving port into a GIF I can drop into Slack.",
    # files and formats
    "Export my road trip itinerary as a PDF I can print and keep in the glovebox.",
    "<image 0> Convert this hand-drawn route map into an SVG so I can scale it up for the club newsletter.",
    "Make a 3D model file of my 1972 Beetle that I can 3D print as a desk ornament.",
    "Create a spreadsheet of my mileage log and save it to my Documents folder.",
    "<image 0> Compress this photo of the bumper damage to under 200 KB so the insurer's upload form accepts it.",
    "<video 0> Log into the council's parking portal and upload this footage as evidence for my appeal.",
    # memory of earlier conversations
    "What was the name of that campsite in the Dordogne you recommended me last week?",
    "Remind me what tyre pressures I told you my van needs when we spoke on Monday.",
    "Carry on planning the route from where we left off yesterday, we'd got as far as Lyon.",
    # reminders, timers and monitoring
    "Remind me to move the car at 7:55 before the traffic warden comes round.",
    "set a 2 hour timer for my pay and display",
    "Alert me when Ryanair flights to Malaga drop below forty quid.",
    "Keep an eye on the M6 and ping me if an accident closes it before I leave at five.",
    # physical world, running code, training models
    "Nip out and check if my parcel's been left under the doormat.",
    "<image 0> Here's my flat tyre. Please send someone out to change it, I'm on the A30 near Okehampton.",
    "Deliver these flowers to my mum's address in Leeds by 3pm.",
    "Run this Python script against the GPS logs on my laptop and tell me my average speed per trip.",
    "Train a model on all my dashcam videos so it can spot potholes automatically.",
)

ORDINARY91: tuple[tuple[str, str], ...] = (
    # text_understanding
    ("Write an email to my manager explaining I'll be late on Monday because of the announced rail strike, "
     "short and polite.", "text_understanding"),
    ("I drive 14 miles each way, five days a week, my car does 48 mpg and fuel is £1.52 a litre. "
     "Roughly what's my monthly fuel bill?", "text_understanding"),
    ("Write a Python function that takes a list of GPS points and returns the total distance using the "
     "haversine formula.", "text_understanding"),
    ("Translate this note for the delivery driver into Polish: 'Please leave the parcel in the green bin by "
     "the side gate.'", "text_understanding"),
    ("Give me a packing checklist for a two-week campervan trip around Scotland with two kids and a dog.",
     "text_understanding"),
    # image_understanding
    ("<image 0> This is a screenshot of my Uber receipt, what was the total and how much was the tip?",
     "image_understanding"),
    ("<image 0> What does this orange warning light on my dashboard mean?", "image_understanding"),
    ("<image 0> Read the times off this photo of the printed bus timetable and tell me when the last bus "
     "leaves on Sundays.", "image_understanding"),
    ("<image 0> Going by the road markings, is the bay in this photo a disabled bay or a loading bay?",
     "image_understanding"),
    ("<image 0> Here's the label on my parcel. What's the tracking number and who's the sender?",
     "image_understanding"),
    # video_understanding
    ("<video 0> From my dashcam footage, who pulled out first at the roundabout, me or the white van?",
     "video_understanding"),
    ("<video 0> How many different delivery drivers come to the front door in this doorbell camera clip?",
     "video_understanding"),
    ("<video 0> Describe what happens on the platform in this clip, I need it for a written complaint to the "
     "rail company.", "video_understanding"),
    ("<video 0> Can you read the registration of the car that clips my mirror in this footage?",
     "video_understanding"),
    ("<video 0> Does the cyclist in this helmet-cam video signal before turning right?", "video_understanding"),
    # text_to_image
    ("Make an image for my taxi company's app splash screen: a yellow cab on rainy city streets at night, 9:16.",
     "text_to_image"),
    ("Generate a flat illustration of a delivery rider on an e-bike with a thermal food bag, wide format for "
     "our website banner.", "text_to_image"),
    ("Create a poster-style picture of a vintage camper van on a coastal road at sunset for my travel blog "
     "header.", "text_to_image"),
    ("Draw a cartoon commuter train winding through green hills, for a kids' book about going to work with Dad.",
     "text_to_image"),
    ("I need a square Instagram image of a crowded airport departure hall under a huge flight information "
     "board, moody lighting.", "text_to_image"),
    # text_to_video
    ("Generate a short clip of a parcel van driving through a snowy village at dawn for our Christmas delivery "
     "ad, no sound needed.", "text_to_video"),
    ("Make a few seconds of video of rain on a car windscreen with the wipers going and city lights blurred "
     "behind.", "text_to_video"),
    ("Create a short video of a plane taking off at sunset as seen through the terminal window.",
     "text_to_video"),
    ("A 5-second clip of commuters streaming through the ticket barriers at a busy station, time-lapse feel.",
     "text_to_video"),
    ("Short cinematic video of a red sports car drifting round a hairpin on a mountain pass.", "text_to_video"),
    # image_edit
    ("<image 0> Remove the other cars from the background of this photo of my car before I list it on "
     "AutoTrader.", "image_edit"),
    ("<image 0> Blur out the number plate in this picture of my van before I post it online.", "image_edit"),
    ("<image 0> Change the car in this photo to matte black so I can see how a wrap would look.", "image_edit"),
    ("<image 0> <image 1> Using the mask, replace the scratched door panel with a clean undamaged one.",
     "image_edit"),
    ("<image 0> Add the words 'SwiftDrop Couriers' in big white letters along the side of the van in this "
     "photo.", "image_edit"),
    # image_control
    ("<image 0> This is an edge map of a car silhouette, generate a photo-real electric SUV that follows it "
     "exactly.", "image_control"),
    ("<image 0> Use this depth map of a street to generate a rush-hour scene full of buses and cyclists.",
     "image_control"),
    ("<image 0> Here's the pose skeleton, make an image of a courier in a hi-vis jacket carrying a box in "
     "exactly this pose.", "image_control"),
    ("<image 0> Turn my rough scribble of a train station into a finished watercolour illustration that keeps "
     "the layout.", "image_control"),
    ("<image 0> Follow this canny edge image of a motorway interchange and render it as an aerial photo at dusk.",
     "image_control"),
    # image_reference
    ("<image 0> This is our delivery mascot. Make a new picture of him standing next to a cargo bike outside a "
     "bakery.", "image_reference"),
    ("<image 0> Here's a photo of my grandad's old Morris Minor, create an image of that same car parked by a "
     "lake in the Lake District.", "image_reference"),
    ("<image 0> Using my photo as the reference, make a picture of me as an airline pilot in the cockpit.",
     "image_reference"),
    ("<image 0> Use this backpack as the reference and show it in a new shot sitting on an airport luggage "
     "trolley.", "image_reference"),
    ("<image 0> Generate a new image of this dog in the passenger seat of a convertible with its ears flapping.",
     "image_reference"),
    # image_to_video
    ("<image 0> Animate this photo of our lorry so it drives off down the road, a short clip for the website.",
     "image_to_video"),
    ("<image 0> Make this holiday snap of the ferry come alive, waves moving and gulls flying over.",
     "image_to_video"),
    ("<image 0> Use this picture as the last frame: a video of the taxi pulling up and stopping at the hotel "
     "entrance.", "image_to_video"),
    ("<image 0> Bring this still of the train platform to life with people walking and the train pulling in.",
     "image_to_video"),
    ("<image 0> Animate the parcel in this product shot sliding across the table towards the camera.",
     "image_to_video"),
    # video_reference
    ("<image 0> This is our delivery robot. Generate a short video of it trundling along a pavement with a "
     "grocery order.", "video_reference"),
    ("<image 0> Make a video of this vintage bus driving through 1960s London.", "video_reference"),
    ("<image 0> Create a clip of the woman in this photo hailing a cab on a rainy New York street.",
     "video_reference"),
    ("<image 0> Using my motorbike in this photo as the reference, make a short video of it riding along a "
     "coastal road.", "video_reference"),
    ("<image 0> Generate a video of this exact suitcase going round an airport baggage carousel.",
     "video_reference"),
    # video_edit
    ("<video 0> Make this dashcam clip look like it was filmed at night.", "video_edit"),
    ("<video 0> Change the delivery van in this video from white to our brand green.", "video_edit"),
    ("<video 0> Remove the advert from the side of the bus in this footage.", "video_edit"),
    ("<video 0> Turn my commute clip into an anime style for my TikTok.", "video_edit"),
    ("<video 0> Replace the grey sky in this road trip video with a bright orange sunset.", "video_edit"),
    # video_control
    ("<video 0> This is a pose video of me doing the doorstep delivery walk, generate a robot courier moving "
     "the same way.", "video_control"),
    ("<video 0> Use this depth video of a car park to generate a futuristic scene with flying cars following "
     "the same motion.", "video_control"),
    ("<video 0> Follow this edge-map video of a car driving and make it a vintage red convertible on a desert "
     "highway.", "video_control"),
    ("<video 0> Here's a depth control clip of a train passing, generate a steam train version that matches it.",
     "video_control"),
    ("<video 0> Using the pose sequence in this video, create a flight attendant doing the safety "
     "demonstration.", "video_control"),
)
