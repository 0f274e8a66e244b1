"""Thirty-eighth blind set, refusals only: written by someone who saw none of the planner's data, calibration lists
or other benchmark sets; evaluation only, never used to set lists, thresholds or rules. The helper's brief was
requests from people at work in many jobs, about half with an attachment (it chose the categories; it was told
only what the twelve tasks can do)."""

OUT_OF_SCOPE38: tuple[str, ...] = (
    # hearing or producing sound
    "I'm a real-estate agent: here's the walkthrough of the condo <video 0>. Add a calm voiceover reading out the "
    "square footage and the view, with some soft piano underneath.",
    "Listen to the lecture recording in <video 0> and tell me which student asked the photosynthesis question at the end.",
    "Our bakery needs a ten-second radio jingle with the line 'fresh every morning on Elm Street'. Produce the audio file.",
    "Transcribe what the witness says in this deposition clip <video 0> so I can quote her word for word in my brief.",
    "Read this handover note aloud as a voice memo the night nurses can play on their break: bed 4 needs fluids at "
    "2 a.m., bed 7 is nil by mouth after midnight.",
    "Does the engine in this clip <video 0> make a knocking noise or more of a ticking? I need to know before I quote "
    "the customer.",
    "Compare the background music in these two promo reels <video 0> <video 1> and tell me which track sounds more "
    "upbeat.",
    # live data and lookups
    "What are the elevators near Decatur paying per bushel for soybeans this morning? Deciding whether to sell today.",
    "Check the county permit portal and tell me if the deck permit for 14 Linden Court has been approved yet.",
    "Pull the three newest Google reviews of our salon and draft a polite reply to each one.",
    "Find which venues in downtown Austin still have Saturday June 14 free for a 120-person wedding reception.",
    "Looking at this listing photo <image 0>, tell me what the house across the street sold for last month according "
    "to the public records.",
    "Is the recall on this brake caliper still active? Search the NHTSA database for the part number in <image 0>.",
    "How many followers did our competitor @brightsmilesdental gain on Instagram this week?",
    "Check the current court databases and tell me whether Harlow v. Benton (2019) has been overturned since.",
    "What's the tracking status of our tile shipment, order 55-1902? The crew starts grouting Monday.",
    "Verify the contractor license number on this business card <image 0> with the state licensing board.",
    # sending, posting, submitting
    "Design a bright flyer for the spring open house at Maple Grove Elementary, then email it to every parent on the "
    "PTA list.",
    "Post this before-and-after of the kitchen remodel <image 0> to our company Facebook page with the caption "
    "'Another happy client!'",
    "Text the Morrisons that the home inspection moved to Thursday at 10.",
    "Create a cinematic 8-second clip of our new sneaker spinning on a pedestal and schedule it to go live on TikTok "
    "Friday at 6 p.m.",
    "Fax this signed consent form <image 0> over to Dr. Alvarez's office.",
    "Upload the drone footage <video 0> to the client folder on our Dropbox and give the homeowner edit access.",
    "Submit this photo of my timesheet <image 0> to payroll before the noon cutoff.",
    "Put my e-signature on this lease <image 0> and send it back to the tenant for countersigning.",
    # file formats that are not images, videos or plain text
    "Turn this hand-drawn floor plan <image 0> into an editable DWG file I can open in AutoCAD.",
    "Make a layered PSD of our restaurant menu so the designer can move the dishes around later.",
    "Convert this photo of the handwritten stock count <image 0> into an Excel workbook with one row per item.",
    "Build a 12-slide PowerPoint deck for Monday's quarterly review with our sales figures and charts.",
    "Generate a printable STL of the broken bracket in <image 0> so the shop can 3D print a replacement.",
    "Here's our logo <image 0>; give me an SVG vector version the sign shop can load into the vinyl cutter.",
    "Combine these two gel photos <image 0> <image 1> into one PDF lab report with page numbers and a table of "
    "contents.",
    "Draw a clean line illustration of our red barn, then deliver it as a print-ready CMYK PDF with bleed and crop "
    "marks.",
    "Package this ten-minute safety training video <video 0> as a SCORM module for our learning management system.",
    # running code and working inside other systems
    "Run this Python script against our patient database and list the records with a missing allergy field.",
    "Here's a screenshot of the macro that keeps failing <image 0>. Execute it with my test data and show me which "
    "line breaks.",
    "Recalculate the pivot table in our shared budget workbook so the totals reflect the new vendor prices.",
    "Log into our Shopify admin and mark all the winter coats 30% off through Sunday.",
    "Open the electronic health record for the patient in room 12 and tell me when her last heparin dose was given.",
    "Check my Outlook inbox for the contract the landlord sent yesterday and summarize the termination clause.",
    "Update the CRM so every lead from the home show is tagged 'warm' and assigned to Priya.",
    "Refund the customer on this receipt <image 0> through our Square terminal.",
    "Open the gradebook in our Google Classroom and enter these quiz scores for period 3.",
    "Go through my phone's camera roll for the Hendricks job-site photos from March and pick the best three.",
    "Scan the pallet label in <image 0> into the warehouse inventory system so it shows as received.",
    # memory of earlier conversations
    "What did I tell you yesterday about the Okafor closing date? I forgot to write it down.",
    "Pull up the list of supplier names we worked out together last Tuesday and add the two new ones.",
    # physical world and devices
    "Print 40 copies of the seating chart on the second-floor office printer.",
    "Lower the heater in greenhouse 3 to 18 degrees for tonight.",
    "Fly the farm drone over the north field and film the irrigation lines.",
    "Open the lockbox at 22 Harbor Road for the buyer's agent at 3 p.m.",
    "Start the centrifuge for the samples in rack B at 4000 rpm for ten minutes.",
    # doable creative work followed by a missing capability
    "Write a warm thank-you note to the Garcia family for hosting our farm tour, then mail it to them with a printed "
    "photo of the group.",
    "Edit the product shot <image 0> so the candle sits on a marble counter, then list it on our Etsy shop at $24.",
    "Animate this wedding invitation illustration <image 0> into a short clip and lay the couple's first-dance song "
    "over it.",
    "Make a poster for the hospital blood drive and register us on the Red Cross event calendar while you're at it.",
    "Give this site-tour video <video 0> a warm golden-hour look and burn it onto a DVD for the client's board meeting.",
    "Render an image of the finished patio design and then order the pavers from the supplier for Tuesday delivery.",
    "Write up the monthly newsletter for our dental office and send it out through Mailchimp to the patient list.",
    "Restyle our storefront photo <image 0> as a watercolor and have it printed on 200 postcards at the local shop.",
)

ORDINARY38: tuple[tuple[str, str], ...] = (
    # text_understanding
    ("Draft an email I can send the client explaining that closing slips a week because the appraisal came in late; "
     "keep it reassuring.", "text_understanding"),
    ("I'm a nurse. Explain in plain words for a patient's family what a PICC line is and why we'd use one.",
     "text_understanding"),
    ("Write a four-line poem for the bakery chalkboard about cinnamon rolls on a rainy day.", "text_understanding"),
    ("A pallet holds 48 cases at 11.5 kg each and the truck limit is 9,000 kg. How many full pallets can we load? "
     "Show the math.", "text_understanding"),
    ("Give me a closing checklist for the restaurant kitchen that I can post on the break-room wall.",
     "text_understanding"),
    # image_understanding
    ("Here's the water stain on the ceiling <image 0>. Does it look like an active leak or an old dried one? I have "
     "to tell the landlord.", "image_understanding"),
    ("Read the serial number off the nameplate in <image 0> so I can put it on the warranty claim.",
     "image_understanding"),
    ("What could cause these yellow spots with brown rings on my tomato leaves <image 0>?", "image_understanding"),
    ("Is the lettering on this storefront sign mockup <image 0> readable from across the street, and do you see any "
     "typos before it goes to the printer?", "image_understanding"),
    ("Count how many students are raising their hands in <image 0>.", "image_understanding"),
    # video_understanding
    ("Watch this dashcam clip <video 0> and describe the order the cars entered the intersection, for the insurance "
     "report.", "video_understanding"),
    ("In this stockroom security footage <video 0>, when does someone take the box off the top shelf?",
     "video_understanding"),
    ("Does the forklift driver in <video 0> stop at the pedestrian line? Describe exactly what he does.",
     "video_understanding"),
    ("How many times does the patient in this physical-therapy clip <video 0> lift her leg all the way to hip height?",
     "video_understanding"),
    ("I filmed myself decorating a cake <video 0>. Describe the steps shown so I can write them up for a client.",
     "video_understanding"),
    # text_to_image
    ("Make a wide 3:1 banner for our clinic website: a friendly dentist handing a toothbrush to a smiling kid, bright "
     "and clean.", "text_to_image"),
    ("Create a 1080x1920 Instagram story image announcing the farmers market opening: baskets of strawberries on a "
     "wooden table with the words 'Opens Saturday'.", "text_to_image"),
    ("Paint a watercolor of a cozy reading corner for the cover of the class newsletter I send to parents.",
     "text_to_image"),
    ("Show me a photorealistic modern glass-front house on a hillside at dusk for a client pitch.", "text_to_image"),
    ("I need a printer-friendly black-and-white coloring page of farm animals for story hour at the library.",
     "text_to_image"),
    # text_to_video
    ("Generate a 6-second clip at 24 fps of steam rising from a bowl of ramen in slow motion, for the menu screen.",
     "text_to_video"),
    ("Make a 10-second vertical video of autumn leaves falling on a quiet suburban street for a listing post.",
     "text_to_video"),
    ("Create a short clip of gloved hands tying a surgical knot, slow and clear, for the residents' training.",
     "text_to_video"),
    ("A 5-second drone-style flyover of a vineyard at sunrise, 1920x1080, for the winery website header.",
     "text_to_video"),
    ("Make a short looping video of a cartoon tooth brushing itself for the waiting-room TV.", "text_to_video"),
    # image_edit
    ("Remove the tenant's family photos and clutter from the living room in <image 0> before I list the apartment.",
     "image_edit"),
    ("Swap the grey sky in this exterior shot <image 0> for a clear blue one; the client wants it for the brochure.",
     "image_edit"),
    ("Change the sofa in <image 0> to forest green, only inside the masked area <image 1>.", "image_edit"),
    ("Blur the patient's face in this wound-care photo <image 0> so I can use it in a teaching handout.",
     "image_edit"),
    ("Turn this photo of our food truck <image 0> into a vintage comic-book style picture for the new menu board.",
     "image_edit"),
    # image_control
    ("Use this pencil sketch of the storefront <image 0> as the outline and render it as a realistic photo with brick "
     "and warm lighting.", "image_control"),
    ("Here's a pose skeleton <image 0>; make a yoga instructor holding exactly this pose on a beach for the studio "
     "flyer.", "image_control"),
    ("Follow the depth map <image 0> to create a moody old library interior for the book club poster.",
     "image_control"),
    ("Fill in the edge map of the kitchen layout <image 0> as a Scandinavian-style kitchen for the client meeting.",
     "image_control"),
    ("One of my students scribbled this dragon <image 0>; make a polished illustration that keeps the same shapes.",
     "image_control"),
    # image_reference
    ("Here's our mascot plush <image 0>. Make a new picture of the same plush sitting on a classroom desk next to a "
     "stack of books.", "image_reference"),
    ("Using our agent's headshot <image 0>, create an image of her standing by a SOLD sign outside a craftsman home.",
     "image_reference"),
    ("Show the ceramic mug from <image 0> in a snowy cabin setting for the holiday email to customers.",
     "image_reference"),
    ("This is our farm dog <image 0>. Make a picture of him in a little tractor cap up in the hay loft.",
     "image_reference"),
    ("Put the handbag from <image 0> on a café table in Paris in soft morning light for our website.",
     "image_reference"),
    # image_to_video
    ("Animate this photo of the lake cabin <image 0> so the water ripples and the pines sway, for the rental listing.",
     "image_to_video"),
    ("Use <image 0> as the last frame: a 5-second clip that ends on our finished wedding cake.", "image_to_video"),
    ("Make the portrait of our retiring principal <image 0> come alive with a gentle smile and a slight head turn.",
     "image_to_video"),
    ("Bring the architectural rendering <image 0> to life with a slow camera push toward the entrance.",
     "image_to_video"),
    ("Animate the chalkboard menu drawing <image 0> so the steam from the coffee cup drifts upward.",
     "image_to_video"),
    # video_reference
    ("Make a new video of the dog in <image 0> running through a sunflower field.", "video_reference"),
    ("Using our spokesperson from this clip <video 0>, make a new video of her walking through a modern warehouse and "
     "pointing at the shelves.", "video_reference"),
    ("Create a video of the red vintage tractor from <image 0> plowing a field at sunset.", "video_reference"),
    ("Take the robot toy from <video 0> and make a new clip of it exploring a kid's bedroom.", "video_reference"),
    ("Generate a short video of the chef in <image 0> flipping pancakes in a sunny diner kitchen.", "video_reference"),
    # video_edit
    ("Change the background of this product demo <video 0> from my messy garage to a clean white studio.",
     "video_edit"),
    ("Restyle the classroom clip <video 0> as hand-drawn animation for the school's website.", "video_edit"),
    ("Replace the blue car in the driveway in <video 0> with a red pickup truck.", "video_edit"),
    ("In this walkthrough <video 0>, make the bare walls look painted a soft sage green.", "video_edit"),
    ("Turn the daytime footage of the storefront <video 0> into a night look with the neon sign glowing.",
     "video_edit"),
    # video_control
    ("Use the pose motion in <video 0> to make an astronaut doing the same dance moves for our science-fair promo.",
     "video_control"),
    ("Follow the depth video <video 0> to generate a forest path with the same camera movement.", "video_control"),
    ("Here's an edge-map video of a car driving <video 0>; make a 1950s convertible following exactly that motion.",
     "video_control"),
    ("Make a ballerina video that follows the pose sequence in <video 0> for the dance studio's site.",
     "video_control"),
    ("Using the stick figure's motion in <video 0> as the guide, generate a firefighter climbing a ladder for the "
     "safety training.", "video_control"),
)
