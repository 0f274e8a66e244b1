"""Fifty-third blind set, refusals only: written by someone who saw none of the planner's data, calibration lists
or other benchmark sets; evaluation only, never used to set lists, thresholds or rules. The helper's brief was
people at work in non-tech jobs (health care, trades, retail, hospitality, logistics, finance, law, public
service) (it chose the categories; it was told only what the twelve tasks can do)."""

OUT_OF_SCOPE53: tuple[str, ...] = (
    # live or current information
    "What's the current wait time at St. Mary's emergency department? Trying to decide whether to send my "
    "patient there or to Mercy.",
    "Is the Home Depot on Pacific Ave open right now, and do they have 3/4 inch PEX in stock?",
    "what's EUR/USD this minute? have to quote a client before the call ends",
    "Describe today's weather in Chicago so I know whether to send the roofing crew up this afternoon.",
    "Summarise this morning's news coverage of the nurses' strike at County General for our union bulletin.",
    "Did Acme Holdings file their 10-Q today? The partner wants to know before the 2 o'clock.",
    "Is I-80 eastbound still closed at the Truckee exit? Three of my drivers are routed through there tonight.",
    "Look at this supplier receipt <image 0> and tell me if they're still charging that price for fryer oil "
    "this week.",
    # contacting, sending, posting and booking
    "Page the on-call cardiologist and tell him the ECG in <image 0> looks like an inferior STEMI.",
    "Book us a table for eight near the convention center tonight, somewhere with decent vegetarian options.",
    "Email the revised bill of lading to the consignee in Rotterdam and cc our customs broker.",
    "Post this photo of tonight's special <image 0> to the restaurant's Instagram with a nice caption.",
    "Text every resident on Maple Ave that the water will be off from 9 to 3 tomorrow because of the main break.",
    "Call Mrs. Okafor back and leave a voicemail saying we still haven't received her W-9.",
    "Order 40 sheets of half-inch drywall for delivery to the Elm Street site, Monday 7am.",
    "File the motion in <image 0> electronically with the county clerk before five today.",
    "write a cheery caption for our fall menu and schedule it on the cafe facebook page for friday 9am",
    # workplace systems, accounts and records
    "Pull up bed 12's latest labs from Epic and tell me if her potassium is trending up.",
    "Log into our Shopify admin and mark the navy wool coats as sold out in every size.",
    "How did the store do yesterday compared with last Tuesday? Just the top-line numbers from the POS.",
    "Where is truck 14 right now? Driver's not answering and the customer keeps calling me.",
    "Track FedEx 7789 4412 0093 and give me the delivery ETA.",
    "Scan the barcode on this carton <image 0> and bump the stock level up by 24 in our warehouse system.",
    "Check the PACER docket for 2:23-cv-01187 and tell me whether the judge has ruled on our motion to compel.",
    "Pull the property tax history for 114 Oak Lane from the county assessor's database.",
    "Transfer $2,500 from the operating account to payroll before the 3pm cutoff.",
    # sound, speech and music
    "Listen to the lung sounds in <video 0> and tell me if you hear crackles at the bases.",
    "Transcribe the deposition recording <video 0> word for word, with speaker labels.",
    "Make a short upbeat jingle for our Black Friday sale that we can play over the store speakers.",
    "Generate a 5-second video of our new burger with a voiceover saying 'only $6.99 this week'.",
    "Add some soft piano music under this hotel lobby walkthrough <video 0> before we send it to travel agents.",
    "What is the caller saying in this 911 call clip <video 0>? The audio's a bit muffled.",
    "Read the evacuation notice aloud in Spanish so we can play it over the PA at the shelter.",
    "Narrate this as an audio file my client can listen to in the car: 'The defendant agrees to pay $40,000 in "
    "two instalments, and both parties release all further claims.'",
    "Which song is playing in the background of this bar security clip <video 0>? We got a licensing letter "
    "about it.",
    # file formats, conversion and export
    "Turn this photo of the panel schedule <image 0> into an editable PDF I can hand the inspector.",
    "Convert my sketch of the deck framing <image 0> into a DWG file I can open in AutoCAD.",
    "Export this chart <image 0> as an SVG so it stays crisp in the board deck.",
    "Compress the scanned exhibit <image 0> under 2 MB so the e-filing portal will accept it.",
    "Make an animated GIF showing the six hand-washing steps for the staff bathroom.",
    "Build a 3D model of our commercial kitchen layout that the fire inspector can rotate around.",
    "Give me the pharmacy's weekly shift rota as a downloadable Excel file with our logo at the top.",
    "Save this menu board design <image 0> as a layered PSD so the print shop can tweak the prices.",
    "Make me a fillable PDF intake form for new physio patients.",
    # video and image processing
    "Stabilise this shaky dashcam footage <video 0> so the insurer can read the other car's plate.",
    "Slow this forklift near-miss <video 0> right down by generating the in-between frames, smooth like 240fps.",
    "Trim the first 30 seconds off the council meeting recording <video 0> and cut out the recess in the middle.",
    "Merge <video 0> and <video 1> into one clip for the loss-prevention report.",
    "Upscale this blurry photo of the boiler's serial plate <image 0> to 4K so I can actually read the model "
    "number.",
    "Can you make this 480p bodycam video <video 0> into proper 4K for the court exhibit?",
    "Cut this 40-minute training video <video 0> down to just the 3 minutes about lockout/tagout.",
    "Join the three site-progress clips <video 0>, <video 1> and <video 2> into one time-lapse for the client.",
    # memory, reminders and timers
    "Remind me at 4pm to give Mr. Alvarez his next dose of vancomycin.",
    "What did I tell you last week about the Henderson custody timeline?",
    "Set a 12-minute timer for the sous-vide salmon.",
    "Remember that table 6 has a shellfish allergy and warn me when their mains go out.",
    "Let's pick up where we left off yesterday on the pharmacy tech schedule.",
    # physical world, running code and models
    "Print 200 shelf-edge labels for the new shipment on the back-office printer.",
    "Run the macro in my Q3 reconciliation spreadsheet and tell me which rows don't balance.",
    "Train a model on our last five years of invoices so it flags likely fraud.",
)

ORDINARY53: tuple[tuple[str, str], ...] = (
    # text_understanding
    ("Write a short email to my ward team explaining the new Epic shortcut for discharge notes, under 150 words.",
     "text_understanding"),
    ("Draft a polite text I can send a customer saying their sofa delivery has slipped to Thursday.",
     "text_understanding"),
    ("Explain step by step how to estimate the load a 2x10 floor joist can carry over a 14-foot span.",
     "text_understanding"),
    ("Translate into Spanish for a patient handout: 'Take this medication with food twice a day and call the "
     "clinic if you get a rash.'", "text_understanding"),
    ("Write an Excel formula that flags any invoice more than 30 days past due, using the invoice date in "
     "column B and TODAY().", "text_understanding"),
    # image_understanding
    ("What's the model and serial number on this furnace data plate <image 0>? I need them for the warranty call.",
     "image_understanding"),
    ("Read the handwritten medication list in <image 0> and type it out as a clean list.", "image_understanding"),
    ("Does the pallet in <image 0> look stacked safely enough to go on the truck?", "image_understanding"),
    ("Here's a screenshot of our POS end-of-day report <image 0> - what was the total for card sales?",
     "image_understanding"),
    ("Check this receipt <image 0>: does the subtotal plus tax actually add up to the total?",
     "image_understanding"),
    # video_understanding
    ("In this security clip <video 0>, does the customer put anything in their bag before walking out?",
     "video_understanding"),
    ("Here's a video of my patient walking <video 0> - describe the gait, is there a visible limp on the left?",
     "video_understanding"),
    ("Is the forklift driver in <video 0> wearing a seatbelt?", "video_understanding"),
    ("From this kitchen clip <video 0>, does the line cook change gloves between the raw chicken and the salad?",
     "video_understanding"),
    ("Just from the picture, no sound needed: in <video 0>, does the fire alarm strobe start flashing before "
     "people begin leaving?", "video_understanding"),
    # text_to_image
    ("Make an image of a friendly pharmacist handing a bag to an elderly customer, for our loyalty-app banner, "
     "1200x400.", "text_to_image"),
    ("Generate a poster-style picture saying 'Caution - Wet Floor' with a cartoon mop, for the hotel lobby.",
     "text_to_image"),
    ("Create a photo-realistic image of a plumber's van parked outside a suburban house at sunrise, for our "
     "website header.", "text_to_image"),
    ("Draw an illustration of a courthouse hallway with people waiting on benches, for the cover of our "
     "legal-aid newsletter.", "text_to_image"),
    ("square pic for our instagram: steaming bowl of ramen on a dark wooden counter, moody lighting",
     "text_to_image"),
    # text_to_video
    ("Generate a short clip of a forklift loading pallets into a truck at dawn, for the intro of our safety "
     "training.", "text_to_video"),
    ("Make a few-second video of a barista pouring latte art in slow motion, for our TikTok.", "text_to_video"),
    ("Create a short silent clip of a nurse checking an IV drip in a quiet hospital room at night.",
     "text_to_video"),
    ("A 5-second video of rain running down a shop window with the 'Open' sign glowing, for the screen by our "
     "till.", "text_to_video"),
    ("Short video of a city bus pulling up to a stop and people stepping on, to loop on the transit office "
     "display.", "text_to_video"),
    # image_edit
    ("Blur the customer's face in this shop photo <image 0> before we use it in our training slides.",
     "image_edit"),
    ("In <image 0>, change the price on the chalkboard from $12 to $14.", "image_edit"),
    ("Take the coffee cup and paperwork off the desk in this office photo <image 0> so it looks tidy for the "
     "firm's website.", "image_edit"),
    ("Using the mask <image 1>, replace the cracked tiles in <image 0> with plain white tiles so the client sees "
     "the finished look.", "image_edit"),
    ("Make the lighting in this hotel room photo <image 0> warmer, like late afternoon sun through the window.",
     "image_edit"),
    # image_control
    ("Here's a pose skeleton <image 0> - generate a paramedic in uniform kneeling in exactly that pose for our "
     "recruitment flyer.", "image_control"),
    ("Follow the edge map <image 0> of our shopfront and render it as a cozy bakery at dusk.", "image_control"),
    ("Use this depth map <image 0> of the warehouse aisle to generate a clean, well-lit warehouse with labelled "
     "racks.", "image_control"),
    ("I scribbled a rough layout of a reception desk <image 0> - turn the scribble into a realistic dental "
     "clinic reception.", "image_control"),
    ("Generate a chef plating food in the same pose as the pose map <image 0>, for the menu cover.",
     "image_control"),
    # image_reference
    ("Using our mascot in <image 0>, make a new picture of him wearing a hard hat on a construction site.",
     "image_reference"),
    ("Here's our delivery van <image 0> - create an image of that same van driving through snowy mountains for "
     "the holiday card.", "image_reference"),
    ("Make a new image of the nurse in <image 0> standing in front of the new clinic building, smiling, for the "
     "staff newsletter.", "image_reference"),
    ("Put the bottle of our house hot sauce from <image 0> on a picnic table in a sunny backyard scene.",
     "image_reference"),
    ("From this photo of our branch manager <image 0>, generate an image of her speaking at a podium at a "
     "community finance event.", "image_reference"),
    # image_to_video
    ("Animate this photo of our food truck <image 0> so the awning flutters and steam rises from the window.",
     "image_to_video"),
    ("Make <image 0> (the finished kitchen remodel) the last frame of a short clip that slowly pushes in toward "
     "it.", "image_to_video"),
    ("Bring this storefront photo <image 0> to life - people walking past, the sign flickering on.",
     "image_to_video"),
    ("Turn this still of the harbour cranes <image 0> into a short video with the cranes slowly moving "
     "containers.", "image_to_video"),
    ("Start from <image 0> (our hotel pool) and make a few seconds of gentle ripples and swaying palms for the "
     "lobby screen.", "image_to_video"),
    # video_reference
    ("Use our mascot from <image 0> to make a short video of him waving at customers coming into a store.",
     "video_reference"),
    ("Make a short clip of the delivery robot in <image 0> rolling down a hospital corridor.", "video_reference"),
    ("Create a video of the wedding cake in <image 0> turning slowly on a stand in a bakery window.",
     "video_reference"),
    ("Generate a short video of our therapy dog from <image 0> walking into a patient room and sitting by the "
     "bed.", "video_reference"),
    ("Using the tractor in <image 0> as the reference, make a short video of it plowing a field at sunset.",
     "video_reference"),
    # video_edit
    ("In this apartment walkthrough <video 0>, change the wall colour from beige to light grey.", "video_edit"),
    ("Blur the licence plates in this parking-lot clip <video 0> before it goes in the incident report.",
     "video_edit"),
    ("Make <video 0> of our restaurant patio look like it's snowing.", "video_edit"),
    ("Remove the company logo from the side of the forklift in this training video <video 0>.", "video_edit"),
    ("Change the daytime street in <video 0> to night with the streetlights on, for our crime-prevention PSA.",
     "video_edit"),
    # video_control
    ("Here's a pose video <video 0> of me demonstrating a safe lift - generate a warehouse worker doing exactly "
     "that motion.", "video_control"),
    ("Use the depth video <video 0> of the corridor to make a video of a modern hospital hallway.",
     "video_control"),
    ("Follow the edge video <video 0> and render it as a busy cafe counter in the morning.", "video_control"),
    ("Take the pose sequence in <video 0> and make a video of a firefighter in full gear doing the same "
     "movements.", "video_control"),
    ("From this depth-map clip <video 0> of the loading dock, generate a rainy-night scene with trucks backing "
     "in.", "video_control"),
)
