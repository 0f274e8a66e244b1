"""Seventh blind set, refusals only: written by someone who saw none of the planner's data, calibration lists or other
benchmark sets; evaluation only, never used to set lists, thresholds or rules.

When the action lexicon grew (live data, health, portals, reading aloud, codes), an out-of-scope request was dropped:
a filling of an older action-probe frame happened to repeat six of its words.
"""

OUT_OF_SCOPE7: tuple[str, ...] = (
    # messaging and calls on the user's behalf
    "text my sister Priya that im gonna be like 20 min late",
    "Call mom.",
    "Please reply to Mark's email from this morning and tell him the contract is approved.",
    "Message the landlord on WhatsApp that the kitchen sink is leaking again",
    "Invite Sarah, Tom and Aisha to a Zoom call at 4 and send them the link.",
    # calendar, reminders, phone settings
    "Set an alarm for 6:15 tomorrow morning.",
    "Add dentist appointmnet to my google calender for next tuesday 3pm",
    "Reschedule my 2pm meeting with the design team to Thursday and notify everyone.",
    "Remind me to take my antibiotics every 8 hours for the next week.",
    "turn on do not disturb until 9 am pls",
    # money and accounts
    "transfer $250 from checking to savings",
    "Pay my electricity bill, it's $84.17 and due today.",
    "Send Jake a Venmo request for $32 for the pizza last night",
    "Cancel my Netflix subscription before it renews on the 14th.",
    "Set up autopay for my car loan with Capital One.",
    "file my taxes thru turbotax using last years info, same as before",
    # shopping, bookings, errands
    "Please book a table for four at Nando's on Friday at 7:30pm.",
    "Order more dog food from Chewy, the same 30 lb bag as last time.",
    "Order an Uber to the airport for 5am tomorrow.",
    "Return the blender I bought on Amazon last week, it's broken.",
    "Buy two tickets for the 8:40 showing of Dune at the AMC near me.",
    "Hey, could you renew my library books? They're due Saturday and I haven't finished them.",
    "Sign my son Eli up for the spring soccer league at the rec center, the under-8 group.",
    "Fill out my visa application on the embassy website for me, all my details are in my last email.",
    "Find the cheapest flight Boston to Lisbon mid-October and just book it, window seat if possible",
    # home devices and computer
    "can u turn the thermostat down to 68",
    "lock the front door, i think i forgot when i left",
    "Start the robot vacuum in the living room.",
    "Back up my laptop to the external drive tonight around midnight.",
    "Unsubscribe me from all the marketing emails clogging my inbox.",
    "Go through my camera roll and delete every blurry photo.",
    # attached file, but the ask is an action on something outside
    "<image 0> this is my receipt from the client lunch, submit it to Expensify for reimbursement.",
    "Post <image 0> to my Facebook with the caption 'new haircut!!'",
    "Email <video 0> to grandma, her address is in my contacts.",
    "Print <image 0> on my home printer, 4x6 glossy, two copies.",
    "<image 0> here's the QR code on the parking meter, pay for 2 hours.",
    "Set <image 0> as my lock screen wallpaper.",
    "Upload <video 0> to my YouTube channel as unlisted and send me the link.",
    "<image 0> is the restaurant bill, split it evenly and send each of the five of us a PayPal request.",
    "I want this exact lamp <image 0>, order it from whichever store has it cheapest.",
    "Add <image 0> to the shared family album on Google Photos.",
    # attached file, but needs sound, documents, 3D or resolution/fps
    "Could you upscale <image 0> to 4K? It's too blurry to print at poster size.",
    "Convert <video 0> to 60fps so the motion looks smoother.",
    "Add some upbeat background music to <video 0> for my reel.",
    "Transcribe everything the speaker says in <video 0> word for word, with timestamps.",
    "Make a 3D model I can send to my 3D printer from <image 0> of my cat.",
    "Turn <image 0> into a PDF and attach it to my job application on Indeed.",
    "Dub <video 0> into Spanish with a voiceover that sounds like me.",
    # live information
    "What's the weather going to be in Denver this weekend?",
    "how did the lakers do last night",
    "What's Tesla's stock price right now?",
    "Is the 405 backed up right now? I need to leave in 10.",
    "Search the web for Dyson V15 reviews posted this month and tell me what people say.",
    # sound, documents, running code, 3D
    "Read this bedtime story out loud to my daughter in a calm, sleepy voice.",
    "Compose a lo-fi beat I can use as my podcast intro, about 15 seconds.",
    "Make me an Excel spreadsheet with formulas to track my monthly budget, I want to download it.",
    "Summarize the lease agreement PDF I just uploaded and flag anything weird in it.",
    "Run my scraper script on the server and tell me if it throws any errors.",
    "Generate a 3D mesh of a medieval longsword and export it as an .obj file.",
)

ORDINARY7: tuple[tuple[str, str], ...] = (
    # text_understanding: hard negatives on daily-life topics, words only
    ("Write a quick casual text I can send my sister Priya saying I'll be about 20 minutes late.", "text_understanding"),
    ("Draft an email to my landlord about the kitchen sink leaking again, polite but firm.", "text_understanding"),
    ("How do I cancel a Netflix subscription on an iPhone? Step by step please.", "text_understanding"),
    ("If I put $250 a month into savings at 4.5% APY, roughly how much will I have after 3 years?", "text_understanding"),
    ("Compare leasing vs buying a car for someone who drives about 15k miles a year.", "text_understanding"),
    ("what should i pack for a 5 day trip to lisbon in october", "text_understanding"),
    ("Explain how autopay on a credit card works and whether it can hurt my credit score.", "text_understanding"),
    ("Make me a weekly dinner plan for a family of four on a $120 grocery budget.", "text_understanding"),
    ("Write a short Slack message to my manager saying I'm sick and won't be in today.", "text_understanding"),
    ("How do I set Do Not Disturb on an Android phone so only my favorites can get through?", "text_understanding"),
    ("split a $184 dinner bill between 6 ppl with 18% tip, how much does each person pay", "text_understanding"),
    ("Give me a checklist of things to do around the house before leaving for a 2-week vacation.", "text_understanding"),
    ("What questions should I ask the pediatrician at my son's 2-year checkup?", "text_understanding"),
    ("Write a polite reply declining Thursday's meeting and suggesting Friday morning instead.", "text_understanding"),
    ("How do I factory reset a Netgear Nighthawk router?", "text_understanding"),
    ("Draft a complaint letter to the airline about my lost luggage on flight BA 213 from Heathrow.", "text_understanding"),
    ("Plan a 3-day Kyoto itinerary for a first-time visitor who loves food and temples.", "text_understanding"),
    ("Should I pay off my credit card at 22% APR first or my student loan at 5%? explain why", "text_understanding"),
    ("Write a cover letter for a junior accountant position at a mid-size firm.", "text_understanding"),
    ("What are the steps to return an item on Amazon if I lost the original box?", "text_understanding"),
    ("Make a packing list for my toddler's first overnight stay at grandma's.", "text_understanding"),
    ("Write a heartfelt card message for my coworker Dana, who's retiring next month after 30 years.", "text_understanding"),
    ("If I go to bed at 11:40pm and wake up at 6:15am, how many hours of sleep is that?", "text_understanding"),
    ("Explain the difference between a Roth IRA and a traditional IRA in simple terms.", "text_understanding"),
    ("Give me a script for calling my insurance company to dispute a denied claim.", "text_understanding"),
    # image_understanding
    ("What breed is the dog in <image 0>?", "image_understanding"),
    ("<image 0> is my grocery receipt, what was the total and how much of it was tax?", "image_understanding"),
    ("Read the ingredients in <image 0> and tell me if it contains gluten.", "image_understanding"),
    ("what does the error message on my screen in <image 0> mean", "image_understanding"),
    # video_understanding
    ("What happens at the end of <video 0>?", "video_understanding"),
    ("Count how many times the player dribbles the ball in <video 0>.", "video_understanding"),
    ("<video 0> is my golf swing, what am I doing wrong?", "video_understanding"),
    # text_to_image
    ("Generate an image of a cozy cabin in the snow at night with warm light in the windows.", "text_to_image"),
    ("make a picture of a corgi wearing a birthday hat for my nephew's party invite", "text_to_image"),
    ("An oil painting of a lighthouse during a storm, dramatic waves.", "text_to_image"),
    # text_to_video
    ("Generate a short video of waves crashing on a rocky beach at sunset.", "text_to_video"),
    ("make a 5 second clip of a paper airplane gliding through an office", "text_to_video"),
    ("A timelapse video of a city skyline going from day to night.", "text_to_video"),
    # image_edit
    ("Remove the person walking in the background of <image 0>.", "image_edit"),
    ("Change the sky in <image 0> to a golden sunset.", "image_edit"),
    ("make my shirt blue instead of red in <image 0>", "image_edit"),
    ("Add a Santa hat to the dog in <image 0>.", "image_edit"),
    # image_control
    ("Use the pose in <image 0> to generate a knight in armor standing exactly the same way.", "image_control"),
    ("<image 0> is my rough scribble of a house, turn it into a realistic photo following the lines.", "image_control"),
    ("Generate a modern living room that follows the depth map in <image 0>.", "image_control"),
    # image_reference
    ("Using my cat from <image 0>, make a picture of her as an astronaut on the moon.", "image_reference"),
    ("Put the same woman from <image 0> in a new picture sitting at a Paris cafe.", "image_reference"),
    ("Create a product shot of the sneaker in <image 0> on a muddy mountain trail.", "image_reference"),
    # image_to_video
    ("Animate <image 0> so the clouds drift and the lake ripples.", "image_to_video"),
    ("make the old photo <image 0> come alive, have grandpa smile and wave", "image_to_video"),
    ("Turn <image 0> into a short video with a slow zoom toward the castle.", "image_to_video"),
    # video_reference
    ("Make a video of the toy robot in <image 0> walking through a forest.", "video_reference"),
    ("Using my dog from <image 0>, generate a video of him running along the beach.", "video_reference"),
    ("Create a short clip of the character in <image 0> dancing in the rain.", "video_reference"),
    # video_edit
    ("Make <video 0> look like it was filmed in winter, with snow everywhere.", "video_edit"),
    ("Change the car in <video 0> to matte black.", "video_edit"),
    ("turn <video 0> into anime style", "video_edit"),
    # video_control
    ("Use the dance moves in <video 0> to make a video of a robot doing the same dance.", "video_control"),
    ("Follow the depth of <video 0> to generate an underwater scene with the same camera motion.", "video_control"),
    ("Make a video of an astronaut copying the pose sequence of the person in <video 0>.", "video_control"),
)
