"""Sixth blind set, refusals only: written by someone who saw none of the planner's data, calibration lists or other
benchmark sets; evaluation only, never used to set lists, thresholds or rules.

When the action lexicon grew (live data, health, portals, reading aloud, codes), an ordinary request was dropped:
a filling of an older action-probe frame happened to repeat six of its words.
"""

OUT_OF_SCOPE6: tuple[str, ...] = (
    # alarms and timers
    "wake me up at 6:15 tomorrow",
    "set a 12 minute timer for the pasta",
    # reminders
    "Remind me on Friday at 4pm to pick up Maya's prescription.",
    "can you ping me in two hours to call the landlord",
    # calendar
    "Add a dentist appointment to my Google Calendar for March 3rd at 10:30.",
    "move my 2pm meeting with Jordan to Thursday and let everyone know",
    # calls
    "call mom",
    # texting and messaging apps
    "text Priya that I'm running 10 minutes late",
    "Send this photo to the family WhatsApp group <image 0>",
    "send a telegram message to @darko saying the build is green",
    # email sending
    "Email the quarterly numbers to finance@acme.com right now and cc my manager.",
    "reply to the last email from Henrik and tell him yes",
    # shopping, ordering, food delivery
    "Order two packs of AA batteries on Amazon with next-day delivery.",
    "find this exact jacket and buy it in size M <image 0>",
    "get me a large pepperoni from Domino's delivered to my place",
    "Reorder my usual groceries from Instacart for Saturday morning.",
    # payments and banking
    "Venmo Alex $23.50 for dinner last night",
    "What's my checking account balance?",
    "pay my electricity bill using the card ending in 4412",
    "Scan this receipt <image 0> and submit it as an expense report in Concur",
    # bookings and travel
    "Book a table for four at Nopa tonight at 8.",
    "reserve a one-way flight from Denver to Boston on June 12, aisle seat",
    "Book me a hotel near this place for two nights <image 0>",
    # rides and navigation
    "get me an uber to the airport",
    "Start turn-by-turn directions to the nearest gas station.",
    # smart home, devices, phone settings
    "Set the thermostat to 68 degrees.",
    "switch my phone to dark mode",
    "lock the front door, I think I forgot",
    # media playback
    "play the new Taylor Swift album",
    "Put on episode 4 of Severance on the TV.",
    "Play this video on my Chromecast <video 0>",
    # social posting
    "post this to my instagram story with the caption 'sunday vibes' <image 0>",
    "upload <video 0> to my TikTok and tag @runclub",
    # files and cloud
    "save <image 0> to my Google Drive in the 'Receipts' folder",
    "Back up all my phone photos to iCloud.",
    "Delete every screenshot from my camera roll that's older than a month.",
    "print <image 0> on the office printer, 2 copies",
    # app installs, accounts, subscriptions
    "install Duolingo on my phone",
    "Cancel my Netflix subscription.",
    # audio, music, speech
    "Compose a lo-fi beat I can use as background music for my vlog.",
    "Read this paragraph aloud in a British accent.",
    "add a voiceover narration to <video 0> saying 'welcome to our kitchen'",
    "extract the soundtrack from <video 0> as an mp3",
    "make me a ringtone from the chorus of Bohemian Rhapsody",
    # documents and spreadsheets
    "summarise the pdf I attached, contract_v3.pdf",
    "Create a spreadsheet with formulas that tracks my monthly expenses and export it as .xlsx",
    "Make a 10-slide PowerPoint deck about our Q3 results.",
    # web lookups and live data
    "what's the weather in Lisbon right now?",
    "Check whether flight UA 837 is delayed.",
    "what's the current price of bitcoin",
    "Find where I can buy these sneakers online and the cheapest price <image 0>",
    "who won the Lakers game last night",
    # running code
    "execute my script against the production database and show me the results",
    # 3D
    "Turn <image 0> into a 3D model I can 3D print (STL file).",
    "generate a rotatable 3D mesh of a medieval castle",
    # upscaling
    "Upscale <image 0> to 4K resolution.",
    "increase the resolution of <video 0> to 1080p",
    # frame rates
    "Convert <video 0> to 60fps with smooth frame interpolation.",
    "slow-mo <video 0> by interpolating frames to 240 fps",
)

ORDINARY6: tuple[tuple[str, str], ...] = (
    # text_understanding, many of them hard negatives
    ("Draft a text to my sister telling her I'll be 15 minutes late for dinner.", "text_understanding"),
    ("write a short reminder note I can stick on the fridge about taking out the recycling on Tuesdays", "text_understanding"),
    ("Plan a 3-day itinerary for Kyoto with a mix of temples and food markets.", "text_understanding"),
    ("make me a shopping list for a week of vegetarian dinners for two", "text_understanding"),
    ("I earn $3,200 a month after tax; rent is $1,150, groceries about $400. How much is left if I also save 15% of my income?", "text_understanding"),
    ("Compare two phone plans: Plan A is $35/month with 10GB, Plan B is $50/month unlimited. Which makes more sense if I use about 8GB?", "text_understanding"),
    ("write an email to my landlord asking to fix the leaking kitchen tap this week", "text_understanding"),
    ("What should I say when I call the bank to dispute a charge? Give me a short script.", "text_understanding"),
    ("Help me word a polite message cancelling my gym membership.", "text_understanding"),
    ("make a morning routine schedule from 6am to 9am that includes a run and 30 minutes of reading", "text_understanding"),
    ("What's the difference between a Roth IRA and a traditional IRA?", "text_understanding"),
    ("solve 3x + 7 = 25", "text_understanding"),
    ("Write a birthday message for my coworker Dana's card.", "text_understanding"),
    ("Explain how to set up a recurring reminder in Google Calendar.", "text_understanding"),
    ("write a bedtime story about a turtle who's afraid of the dark", "text_understanding"),
    ("Suggest a packing list for a weekend camping trip in October.", "text_understanding"),
    ("If a cab costs $3 base plus $2.25 per mile, how much is a 14-mile ride with a 20% tip?", "text_understanding"),
    ("draft a LinkedIn post announcing that I started a new job at Figma", "text_understanding"),
    ("Translate 'where is the train station?' into Portuguese.", "text_understanding"),
    ("how do I book a table on OpenTable? walk me through it", "text_understanding"),
    ("Write an out-of-office auto-reply for while I'm on vacation July 8-15.", "text_understanding"),
    ("Summarize the pros and cons of leasing vs buying a car.", "text_understanding"),
    ("Give me a list of questions to ask when viewing an apartment.", "text_understanding"),
    ("what's 18% of 246.50", "text_understanding"),
    # image_understanding
    ("What breed is the dog in <image 0>?", "image_understanding"),
    ("read the ingredients on this label and tell me if it contains nuts <image 0>", "image_understanding"),
    ("Describe what's happening in <image 0> in two sentences.", "image_understanding"),
    # video_understanding
    ("What is the person in <video 0> cooking?", "video_understanding"),
    ("how many people enter the room in <video 0>", "video_understanding"),
    ("Summarize the key moments of <video 0>.", "video_understanding"),
    # text_to_image
    ("Generate an image of a cozy cabin in the snow at dusk.", "text_to_image"),
    ("draw a cartoon fox wearing a raincoat", "text_to_image"),
    ("Create a poster-style illustration of a retro diner in neon colors.", "text_to_image"),
    ("make a picture of a birthday cake with sparklers for a party invite", "text_to_image"),
    # text_to_video
    ("Generate a short video of waves crashing on a rocky beach at sunset.", "text_to_video"),
    ("make a clip of a paper airplane flying through a classroom", "text_to_video"),
    ("Create a 5-second video of a hummingbird hovering near a red flower.", "text_to_video"),
    # image_edit
    ("Remove the person in the background of <image 0>.", "image_edit"),
    ("change the sky in <image 0> to a dramatic sunset", "image_edit"),
    ("Make <image 0> black and white except for the red umbrella.", "image_edit"),
    ("add a party hat to the cat in <image 0>", "image_edit"),
    # image_control
    ("Use the pose in <image 0> to generate a knight in armor striking the same pose.", "image_control"),
    ("here's my rough scribble <image 0>, turn it into a realistic mountain landscape", "image_control"),
    ("Generate a modern living room that follows the depth map in <image 0>.", "image_control"),
    # image_reference
    ("Put the mug from <image 0> on a marble kitchen counter in morning light.", "image_reference"),
    ("make a picture of my dog <image 0> as an astronaut on the moon", "image_reference"),
    ("Using the character in <image 0>, create an image of her reading in a library.", "image_reference"),
    # image_to_video
    ("Animate <image 0> so the clouds drift and the water ripples.", "image_to_video"),
    ("make this photo move, have her turn and smile <image 0>", "image_to_video"),
    ("Turn <image 0> into a short video with a slow zoom into the lighthouse.", "image_to_video"),
    # video_reference
    ("Create a video of the toy robot in <image 0> walking across a desk.", "video_reference"),
    ("make a clip of my cat <image 0> chasing a butterfly in a garden", "video_reference"),
    ("Generate a video of the sneaker in <image 0> spinning on a pedestal under studio lighting.", "video_reference"),
    # video_edit
    ("Change the background of <video 0> to a beach.", "video_edit"),
    ("make <video 0> look like an old film with grain and sepia tones", "video_edit"),
    ("Remove the logo in the corner of <video 0>.", "video_edit"),
    # video_control
    ("Use the dance moves in <video 0> to make a video of a robot dancing the same way.", "video_control"),
    ("Generate a video of a futuristic city street following the depth video <video 0>.", "video_control"),
    ("follow the pose sequence in <video 0> and make an astronaut doing it on Mars", "video_control"),
)
