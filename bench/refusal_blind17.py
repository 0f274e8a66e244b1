"""Seventeenth blind set, refusals only: written by someone who saw none of the planner's data, calibration lists
or other benchmark sets; evaluation only, never used to set lists, thresholds or rules.

Three requests (two refusals, one ordinary) were dropped before any run: they shared a run of six words
with the planner's outside-capability examples or the action probe's data (the clean-evaluation test
found them).
"""

OUT_OF_SCOPE17: tuple[str, ...] = (
    # --- acting on other apps, accounts, devices or services ---
    "send this pic to my mom on whatsapp <image 0>",
    "can u book me a table for 4 at an italian place near me tonight around 8",
    "Post <video 0> to my TikTok with the caption 'first marathon done!!' and tag my running club",
    "Cancel my Netflix subscription before it renews on friday",
    "Transfer $250 from my checking to my savings account please",
    "Add a dentist appointment to my Google Calendar for next Tuesday at 3pm, remind me an hour before",
    "Email the invoice in <image 0> to accounts@brightleafbakery.com and cc my accountant",
    "Reply to all the unread emails from the PTA in my inbox saying I can volunteer on the 14th",
    "order the same printer ink as last time from amazon, the cartridge in <image 0>",
    "Upload <image 0> and <image 1> as the new product photos on my Etsy listing for the ceramic mugs",
    "Log into my university portal and check if my financial aid got approved yet",
    "text my landlord that the heater is broken AGAIN and i need someone here by thursday",
    "Fill out and submit the tourist visa form on the embassy website for me, my passport is in <image 0>",
    # --- live or current information ---
    "whats the weather gonna be like in Chicago this weekend? deciding if i should drive or fly",
    "What's Tesla's stock price right now",
    "Did the Lakers win last night? what was the score",
    "Is my flight UA 1523 out of Denver delayed?",
    "What are the top news headlines today",
    "Is the Target on Elm Street still open rn",
    "how bad is traffic on I-95 northbound at the moment, I need to leave for the airport",
    "current exchange rate euro to yen? standing at the airport exchange counter and want to know if its a ripoff",
    "Check if the Switch bundle in <image 0> is in stock at the Best Buy closest to me",
    "What's the average 30-year fixed mortgage rate this week",
    "are there still tickets left for the concert at the arena on saturday",
    # --- sound of any kind ---
    "Compose a lullaby melody I can play for my baby at bedtime, as an audio file",
    "add some upbeat background music to <video 0> for my bakery's instagram reel",
    "Read this bedtime story out loud in a soothing voice: Once upon a time there was a little fox who...",
    "What song is playing in the background of <video 0>? I need to know for my wedding playlist",
    "transcribe what the professor says in <video 0>, I missed the lecture",
    "Record a voiceover narrating my slideshow for grandma's 80th birthday party",
    "Generate a podcast intro jingle, like 10 seconds, something jazzy with a saxophone",
    "Clean up the wind noise in <video 0>, you can barely hear the best man's speech",
    "make me a ringtone out of a cat meowing",
    "Can you dub <video 0> into Spanish for my customers in Mexico",
    "listen to me strumming in <video 0> and tell me which string is out of tune",
    "Turn <image 0> into a video of the beach and make sure you can hear the waves crashing and seagulls",
    # --- 3D models ---
    "Make a 3D model of my dog from <image 0> that I can 3D print, STL please",
    "Generate a low-poly 3D tree asset for my Unity game, FBX format",
    "convert the floor plan in <image 0> into a 3D model of the apartment I can rotate around",
    "Create a rigged 3D character of a cartoon wizard that i can import into Blender",
    "I need a 3D mesh of this vase <image 0> for our furniture store's AR app",
    # --- files in other formats ---
    "Export my monthly budget into an Excel spreadsheet file with formulas that I can download",
    "Combine <image 0> and <image 1> into one PDF document for my visa application",
    "make a PowerPoint deck, 10 slides, for my quarterly sales review, as a .pptx",
    "Create a Word document of my resume formatted nicely, .docx please",
    "Give me a downloadable .ics calendar file with all my class times for the semester",
    "zip up <image 0> and <image 1> into one archive so i can attach it",
    "Make a fillable PDF sign-up form for our church bake sale",
    "Save this whole conversation as a text file on my desktop",
    # --- running code ---
    "Run this python script and tell me what it prints: import random; print(random.randint(1, 100))",
    "Execute my SQL query against our production database and show me the rows it returns",
    "benchmark this sorting function on a million random ints on your machine and give me the actual timing",
    "Compile and run the C++ program I pasted earlier with the input file and show me the output",
    # --- physical tasks ---
    "Can you water my tomato plants while I'm away this week",
    "Print 30 copies of the flyer in <image 0> on the office printer",
    "pick up my dry cleaning before 6 pls",
    "Feed my cat at 7am tomorrow, I have an early shift",
    "mail this birthday card <image 0> to my niece in Ohio",
)

ORDINARY17: tuple[tuple[str, str], ...] = (
    # --- text_understanding: advice, how-to, explanations, drafting, planning, sums ---
    ("How do I cancel a Netflix subscription? walk me through the steps on the website", "text_understanding"),
    ("Write a text to my landlord telling him the heater is broken again, firm but polite", "text_understanding"),
    ("Draft a short email to a client to go with an overdue invoice, friendly but clear that it's 30 days late",
     "text_understanding"),
    ("Explain how mortgage rates are set and what the difference is between a 30-year fixed and an ARM",
     "text_understanding"),
    ("What will this print in Python: print(sum(i * i for i in range(5)))", "text_understanding"),
    ("Write lyrics for a short lullaby about a sleepy little fox", "text_understanding"),
    ("whats the chord progression for a basic 12 bar blues in A", "text_understanding"),
    ("Outline 10 slides for my quarterly sales review, with a one-line point for each", "text_understanding"),
    ("Give me an Excel formula that sums column B only where column A says 'paid'", "text_understanding"),
    ("Dinner bill is $184, we want to tip 18% and split it 5 ways. how much does each person pay?",
     "text_understanding"),
    ("How often should I water tomato plants in a heatwave? they're in pots on a balcony", "text_understanding"),
    ("Explain how to tune a guitar by ear with the fifth-fret method", "text_understanding"),
    ("Write a heartfelt script I can read aloud myself at grandma's 80th birthday slideshow, about 2 minutes",
     "text_understanding"),
    ("Plan a 3-day itinerary for Kyoto on a tight budget, I like temples and street food", "text_understanding"),
    ("What documents do people usually need for a Schengen tourist visa application?", "text_understanding"),
    ("how do i shrink a video on my iphone so it's small enough to email", "text_understanding"),
    ("What's the difference between STL and OBJ files for 3D printing?", "text_understanding"),
    ("Help me write a LinkedIn headline for an operations manager with a supply chain background",
     "text_understanding"),
    ("Write a SQL query that finds customers who haven't placed an order in the last 90 days", "text_understanding"),
    ("my 2 year old refuses to nap anymore, any tips that actually work?", "text_understanding"),
    ("A cookie recipe uses 3/4 cup butter for 24 cookies. How much butter do I need for 40?", "text_understanding"),
    ("Roth IRA vs traditional IRA — which makes more sense if I'm 26 and in a low tax bracket?",
     "text_understanding"),
    ("Write a short bedtime story about a fox who is scared of the dark", "text_understanding"),
    ("Why does my sourdough come out dense and gummy in the middle? I bake it at 450F for 40 min",
     "text_understanding"),
    # --- image_understanding ---
    ("what does the error message in <image 0> mean and how do I fix it", "image_understanding"),
    ("read the ingredients on <image 0> and tell me if anything has gluten in it", "image_understanding"),
    ("Which couch goes better with the rug, the one in <image 0> or <image 1>?", "image_understanding"),
    ("what breed do u think this dog is <image 0>", "image_understanding"),
    ("Translate the handwritten menu in <image 0> into English", "image_understanding"),
    # --- video_understanding ---
    ("In <video 0>, is my squat form okay? my knees look weird at the bottom", "video_understanding"),
    ("How many people walk past the shop window in <video 0>?", "video_understanding"),
    ("describe what happens in <video 0>, it's from our doorbell cam last night", "video_understanding"),
    ("what dance move is she doing at the very end of <video 0>", "video_understanding"),
    # --- text_to_image ---
    ("Make a poster image for a church bake sale with cupcakes and the words 'Bake Sale Saturday'", "text_to_image"),
    ("draw a cute cartoon fox reading a book under a tree for my kid's bedroom wall", "text_to_image"),
    ("Logo idea for my bakery Brightleaf: minimalist wheat leaf, green and cream colors", "text_to_image"),
    # --- text_to_video ---
    ("Make a short video of waves rolling onto a beach at sunset, no sound needed", "text_to_video"),
    ("create a 5 second clip of a paper airplane gliding across a classroom", "text_to_video"),
    ("slow motion video of coffee being poured into a white mug, for the screen in my cafe", "text_to_video"),
    # --- image_edit ---
    ("remove the guy photobombing in the background of <image 0>", "image_edit"),
    ("Change the wall color in <image 0> to sage green so I can see how it would look", "image_edit"),
    ("make <image 0> look like a watercolor painting", "image_edit"),
    # --- image_control ---
    ("Use the pose in <image 0> to make a picture of a knight in armor standing exactly the same way",
     "image_control"),
    ("here's my scribble <image 0>, turn it into a realistic house with a garden", "image_control"),
    ("Follow the depth map <image 0> and render a cozy old library interior", "image_control"),
    # --- image_reference ---
    ("Make an image of my dog from <image 0> wearing a superhero cape flying over the city", "image_reference"),
    ("put the person in <image 0> in a new picture as an astronaut standing on the moon", "image_reference"),
    ("Using the mug from <image 0>, create a product shot of it on a marble counter in morning light",
     "image_reference"),
    # --- image_to_video ---
    ("animate <image 0> so the clouds drift and the lake ripples", "image_to_video"),
    ("make grandma's old photo <image 0> come alive, like she's smiling and blinking", "image_to_video"),
    ("Turn <image 0> into a short clip with the camera slowly zooming in", "image_to_video"),
    # --- video_reference ---
    ("make a video of my cat from <image 0> chasing a butterfly in a garden", "video_reference"),
    ("Create a short video of the mascot in <image 0> waving at the camera in front of a store", "video_reference"),
    ("video of the teddy bear in <image 0> having a little tea party", "video_reference"),
    # --- video_edit ---
    ("make <video 0> look like it was filmed in winter, with snow on the ground", "video_edit"),
    ("blur the license plates of the cars in <video 0>", "video_edit"),
    ("Change the sky in <video 0> to a dramatic sunset", "video_edit"),
    # --- video_control ---
    ("use the dance moves from <video 0> to make a video of a robot dancing the exact same way", "video_control"),
    ("Follow the depth of <video 0> and make a video with the same camera move through an underwater cave",
     "video_control"),
)
