"""Tenth blind set, refusals only: written by someone who saw none of the planner's data, calibration lists or other
benchmark sets; evaluation only, never used to set lists, thresholds or rules.

Two requests were dropped before any run: they shared a run of six words with the planner's own
outside-capability examples or the action probe's data (the clean-evaluation test found them).
"""

OUT_OF_SCOPE10: tuple[str, ...] = (
    # --- messages, email, calls ---
    "Text my sister that I'll be 20 minutes late for dinner",
    "send an email to hr@mycompany.com saying im out sick today",
    "Reply to the last WhatsApp message from Dad with a thumbs up",
    "<image 0> forward this to my landlord by email so he sees the leak under the sink",
    # --- bookings, payments, shopping ---
    "Book me a table for 4 at an italian place near me tonight at 7:30",
    "Pay my electricity bill from my checking account, it's due friday",
    "Order more dog food, same brand as last time, from Amazon",
    "reserve two seats on the 8:15 train to Manchester tomorrow morning",
    "Venmo Jake $25 for the pizza",
    "Add everything on the shopping list in <image 0> to my grocery delivery cart",
    "cancel my gym membership for me, I'm done paying for it",
    "Refill my blood pressure prescription at the CVS on Elm street",
    # --- calendar, reminders, files, accounts ---
    "Put my dentist appointment on my calendar for next Tuesday at 3pm",
    "remind me at 6am tomorrow to take my antibiotics",
    "Delete all the blurry photos from my phone's camera roll",
    "Change my Netflix password to something stronger and log everyone else out",
    "Save <image 0> and <image 1> to my Google Drive in a folder called Taxes 2024",
    "Submit my history essay on Canvas before midnight, it's in my documents folder",
    # --- smart home, devices, car, printing ---
    "Lock the front door, I think I forgot when I left",
    "Start my car and warm it up, its freezing out",
    "Print <image 0> on the office printer, two copies, color please",
    "Schedule an oil change at the Toyota dealership for Saturday morning",
    # --- social media ---
    "Post <image 0> to my Instagram with the caption 'sunday vibes'",
    "tweet this from my account: Finally finished my first marathon!!",
    "Upload <video 0> to our family YouTube channel as unlisted",
    # --- live or online data ---
    "What's the weather right now in Denver?",
    "how much is bitcoin trading at this minute",
    "Who's winning the Lakers game right now?",
    "Track my package, the tracking number is 1Z999AA10123456784",
    "Is my flight BA117 tomorrow delayed? check the airline site",
    "Search the web for the cheapest flights from Chicago to Lisbon in March",
    "Check if the pharmacy on Main St is open right now",
    "what's the current price of the sneakers in <image 0> on Nike's website today?",
    # --- audio: music, speech, sound, voice ---
    "Compose a short lullaby melody and give me the mp3",
    "Read this bedtime story aloud to my kid in a soft voice: Once upon a time there was a little fox...",
    "Add upbeat background music to <video 0>",
    "Transcribe everything the teacher says in <video 0>, word for word",
    "Make me a ringtone out of a dog barking sound",
    "Clone my voice from <video 0> so it can read my emails out loud",
    "Generate a sound effect of a creaky door for my podcast",
    "remove the wind noise from the audio in <video 0> pls",
    "record a voice message singing happy birthday to Grandma",
    # --- documents and file formats ---
    "Turn my resume into a PDF I can download",
    "Make an xlsx spreadsheet tracking my monthly budget with working formulas",
    "Create a 10-slide PowerPoint file about the water cycle for my 5th graders",
    "Zip <image 0>, <image 1> and <image 2> into one file so I can email them",
    "Export my meeting notes as a .docx file: budget approved, hiring freeze lifted, offsite in May",
    # --- 3D ---
    "Make a 3D printable STL model of a phone stand",
    "<image 0> turn my cat into a 3D model I can rotate and look at from all sides",
    # --- running code ---
    "Execute this SQL against our production database and show me the rows: SELECT * FROM orders WHERE total > 500",
    "Compile this C++ program and send me the .exe: int main() { return 0; }",
    # --- media resolution, frame rate, file size, format ---
    "Upscale <image 0> to 4K resolution so I can print it as a poster",
    "convert <video 0> to 60 fps",
    "Compress <video 0> under 25MB so I can send it on Discord",
    "change <image 0> from HEIC to JPG",
    "Trim <video 0> to just the first 10 seconds and export it as a GIF",
    # --- physical world ---
    "Go feed my cat, I'm stuck at work",
    "Mail a birthday card to my nephew in Ohio",
)

ORDINARY10: tuple[tuple[str, str], ...] = (
    # --- text_understanding: about the same everyday things, asking only for words ---
    ("Write a text to my sister saying I'll be 20 minutes late for dinner, keep it casual and a bit apologetic",
     "text_understanding"),
    ("draft an email to HR telling them im out sick today, short and professional", "text_understanding"),
    ("What should I say when I call the vet to get an appointment for my dog's limp? give me a short script",
     "text_understanding"),
    ("How do I book a table on OpenTable for a group bigger than 6? step by step", "text_understanding"),
    ("My electricity bill went from $84 to $131. What percentage increase is that?", "text_understanding"),
    ("Give me a checklist of things to compare before ordering dog food online", "text_understanding"),
    ("how do i cancel a gym membership if they say i have to come in person? what are my options",
     "text_understanding"),
    ("Write a Venmo note for splitting the pizza that's funny but not weird", "text_understanding"),
    ("Explain how to set up a reminder on an iPhone to take medicine every 8 hours", "text_understanding"),
    ("What's a good password strategy for Netflix and my other streaming accounts? explain passphrases",
     "text_understanding"),
    ("My smart thermostat keeps switching to eco mode by itself. What are the likely causes and how do I fix it?",
     "text_understanding"),
    ("Write 3 Instagram captions for a sunday brunch photo, one with emojis", "text_understanding"),
    ("What does 'in transit, arriving late' usually mean on a package tracking page?", "text_understanding"),
    ("Explain EU flight delay compensation rules (EC 261) in plain english", "text_understanding"),
    ("write lyrics for a lullaby about a sleepy fox, 3 short verses", "text_understanding"),
    ("Explain the difference between a major and minor chord for a beginner guitar player", "text_understanding"),
    ("Outline a 10-slide presentation on the water cycle for 5th graders, just slide titles and bullet points",
     "text_understanding"),
    ("what Excel formula sums my expenses only where the category column says 'groceries'?", "text_understanding"),
    ("How do I convert a video to 60 fps with ffmpeg? give me the exact command", "text_understanding"),
    ("What's the difference between HEIC and JPG, and which is better for sharing photos?", "text_understanding"),
    ("Write a short bedtime story about a little fox who can't find his way home, for a 4 year old",
     "text_understanding"),
    ("Plan a 5-day budget itinerary for Lisbon in March with rough costs per day", "text_understanding"),
    ("I'm away for a week, how can I keep my tomato plants watered with nobody home?", "text_understanding"),
    ("How much is an 18% tip vs a 20% tip on a $86.40 dinner bill?", "text_understanding"),
    # --- image_understanding ---
    ("<image 0> this is my grocery receipt, what's the total and did they charge me twice for the milk?",
     "image_understanding"),
    ("What breed is the dog in <image 0>?", "image_understanding"),
    ("Is the tire in <image 0> worn down enough that I should replace it?", "image_understanding"),
    ("whats wrong with my tomato plant leaves? <image 0>", "image_understanding"),
    # --- video_understanding ---
    ("In <video 0>, is my dog limping on a front leg or a back leg?", "video_understanding"),
    ("Summarize what happens in <video 0>", "video_understanding"),
    ("<video 0> is my golf swing, what am I doing wrong?", "video_understanding"),
    ("Count how many cars run the red light in <video 0>", "video_understanding"),
    # --- text_to_image ---
    ("Make an image of a cozy reading nook with rain on the window", "text_to_image"),
    ("generate a birthday card picture with a cartoon cat holding balloons", "text_to_image"),
    ("Picture of a futuristic electric pickup truck in the desert at sunset", "text_to_image"),
    # --- text_to_video ---
    ("Create a short video of waves crashing on a rocky beach at sunrise", "text_to_video"),
    ("make a video of a golden retriever puppy chasing bubbles in a backyard", "text_to_video"),
    ("A clip of a city skyline going from day to night, timelapse style", "text_to_video"),
    # --- image_edit ---
    ("Remove the scratch on the door of my car in <image 0>", "image_edit"),
    ("change the color of the car in <image 0> to matte black", "image_edit"),
    ("<image 0> take my ex out of this vacation photo please", "image_edit"),
    ("Make <image 0> look like a watercolor painting", "image_edit"),
    # --- image_control ---
    ("Use the pose in <image 0> to make an image of a knight in armor standing exactly the same way", "image_control"),
    ("Here's a scribble of a house <image 0>, turn it into a realistic photo following my lines", "image_control"),
    ("Generate a modern living room that matches the depth map <image 0>", "image_control"),
    # --- image_reference ---
    ("Put my dog from <image 0> in a superhero cape flying over a city", "image_reference"),
    ("Make a new picture of the character in <image 0> sitting in a cafe reading a book", "image_reference"),
    ("new image of the person in <image 0> as an astronaut standing on the moon", "image_reference"),
    # --- image_to_video ---
    ("Animate <image 0> so the clouds drift and the lake water ripples", "image_to_video"),
    ("Make a video starting from <image 0> of my grandparents where they slowly smile and wave", "image_to_video"),
    ("Create a clip that ends on <image 0>, zooming in from high above the mountain", "image_to_video"),
    # --- video_reference ---
    ("Make a video of the cat in <image 0> playing a piano", "video_reference"),
    ("Create a video of the mascot from <image 0> dancing in a football stadium", "video_reference"),
    ("I want a short clip of the guy in <image 0> skateboarding down a hill", "video_reference"),
    # --- video_edit ---
    ("Replace the sky in <video 0> with a starry night", "video_edit"),
    ("remove the person walking behind me in <video 0>", "video_edit"),
    ("Make <video 0> look like an anime", "video_edit"),
    # --- video_control ---
    ("Use the dance moves in <video 0> to make a video of a robot dancing the same way", "video_control"),
    ("<video 0> is a depth video of a hallway, generate a spooky haunted corridor that follows it", "video_control"),
    ("Make a video of an astronaut following the pose motion in <video 0>", "video_control"),
)
