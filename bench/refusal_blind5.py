"""Fifth blind set, refusals only: written by someone who saw none of the planner's data, calibration lists or other
benchmark sets; evaluation only, never used to set lists, thresholds or rules."""

OUT_OF_SCOPE5: tuple[str, ...] = (
    # acting in the world / other apps and accounts
    "text my sister that I'm running 20 min late",
    "Could you ring the dentist and push my Thursday appointment to next week?",
    "Please put 'dinner with Marco' in my Google Calendar for Friday at 8.",
    "wake me up at 6:15 tomorrow",
    "Dim the living room lights to 30% and lock the front door.",
    "Order me a large pepperoni from the place on Elm Street, cash on delivery.",
    "book two economy seats Berlin to Rome on 14 May, window if possible",
    "Pay my electricity bill out of my checking account before it's overdue.",
    "Move 200 euros from savings into my current account please",
    "Can you reply to all the unread emails in my inbox with a short thank-you?",
    "unsubscribe me from every newsletter I'm getting",
    "Cancel my Netflix subscription.",
    # devices and system
    "Turn Bluetooth on and connect to my headphones.",
    "Free up some storage on my laptop by deleting old downloads.",
    "install the latest version of Zoom on this computer",
    "Print the boarding pass that's in my downloads folder.",
    # audio
    "Play something chill on Spotify while I cook.",
    "Compose a 30-second jingle with a ukulele and whistling for my podcast intro.",
    "Transcribe the voice memo I recorded this morning into notes.",
    "read this paragraph out loud to me in a British accent",
    # web / live data
    "What's the EUR to USD exchange rate right this second?",
    "Look up tonight's Champions League scores and tell me who won.",
    "Check whether the 9:40 train to Leeds is delayed right now.",
    "Find me the cheapest price online for a PS5 and send the link.",
    # code and non-media files
    "Run this script and tell me what it prints: for i in range(3): print(i * 7)",
    "Deploy my Flask app to a server and give me the URL.",
    "merge these three PDFs into one file and email it to me",
    "Fill in cells B2 to B40 of my budget spreadsheet with last month's totals.",
    # attached media, but the ask itself is out of scope
    "Post <image 0> to my Instagram with the caption 'sunday vibes'.",
    "send <video 0> to grandma on WhatsApp",
    "Set <image 0> as my phone's lock screen.",
    "Add some upbeat background music to <video 0>, something without lyrics.",
    "Pull the audio out of <video 0> and save it as an mp3.",
    "upload <video 0> to my YouTube channel as unlisted",
    "Do a reverse image search on <image 0> and tell me which websites have used it.",
    "Buy the exact sneakers shown in <image 0> in size 42.",
    "Record a voiceover narrating what happens in <video 0>, in a calm male voice.",
    "Save <image 0> into the 'Holiday 2023' folder on my Google Drive.",
    "Turn the table in <image 0> into an Excel file I can download.",
    "Print <image 0> on glossy A4 paper at the office printer.",
)

ORDINARY5: tuple[tuple[str, str], ...] = (
    # text_understanding: everyday, action-flavoured topics, but only words are asked for
    ("Draft a short text I can send my landlord saying the boiler has broken again.", "text_understanding"),
    ("I pay 1,240 a month in rent and take home 3,100. What percentage of my pay is rent?", "text_understanding"),
    ("Write an out-of-office email reply for while I'm on holiday next week.", "text_understanding"),
    ("How do I turn off read receipts in WhatsApp? Just explain the steps.", "text_understanding"),
    ("Plan me a relaxed three-day itinerary for Lisbon, not too many museums.", "text_understanding"),
    ("Monthly pass is 40 euros or it's 2.10 a ride; I commute 22 days, both ways. Which is cheaper?",
     "text_understanding"),
    ("what does a factory reset actually wipe on an android phone?", "text_understanding"),
    ("Make me a packing checklist for a rainy weekend of camping.", "text_understanding"),
    ("Four of us had dinner for 138 dollars plus 18% tip, split evenly. How much each?", "text_understanding"),
    ("Suggest a weekday morning schedule that gets two kids to school by 8:15 without shouting.",
     "text_understanding"),
    ("Write a polite note to my neighbour about their dog barking late at night.", "text_understanding"),
    ("Give me a cheap weekly grocery list for a family of four, mostly vegetarian.", "text_understanding"),
    # image_understanding
    ("<image 0> is this mushroom likely to be edible? what features do you see?", "image_understanding"),
    ("What does the sign in <image 0> say, and what language is it?", "image_understanding"),
    ("Compare <image 0> and <image 1>: which room looks bigger?", "image_understanding"),
    # video_understanding
    ("In <video 0>, does the goalkeeper touch the ball before it goes in?", "video_understanding"),
    ("Give me a bullet-point summary of the recipe steps shown in <video 0>.", "video_understanding"),
    ("<video 0> how many people walk past the camera?", "video_understanding"),
    # text_to_image
    ("An illustration of a fox reading a map by lantern light, children's book style.", "text_to_image"),
    ("make a square logo for a bakery called Crumb & Co, warm colours", "text_to_image"),
    ("A photo-realistic shot of a rainy Tokyo street at night with neon reflections.", "text_to_image"),
    # text_to_video
    ("Short clip of waves crashing against a lighthouse during a storm.", "text_to_video"),
    ("a 6 second vertical video of coffee being poured in slow motion", "text_to_video"),
    ("Generate a video of paper lanterns drifting up into a night sky.", "text_to_video"),
    # image_edit
    ("Take the people in the background out of <image 0>.", "image_edit"),
    ("<image 0> can you make it look like it was shot on old film, grainy and faded?", "image_edit"),
    ("Change the colour of the car in <image 0> to dark green.", "image_edit"),
    # image_control
    ("Here's a scribble <image 0> - turn it into a cosy cabin in the woods.", "image_control"),
    ("Use the pose from <image 0> for a ballerina in a red dress.", "image_control"),
    # image_reference
    ("My dog from <image 0> dressed as a pirate on a ship deck.", "image_reference"),
    ("Draw the character in <image 0> sitting in a busy café, same face and outfit.", "image_reference"),
    # image_to_video
    ("Bring <image 0> to life - let the leaves sway and the water ripple.", "image_to_video"),
    ("turn <image 0> into a 4 second clip with a slow zoom in", "image_to_video"),
    # video_reference
    ("A clip of the teddy bear in <image 0> riding a bicycle through a park.", "video_reference"),
    ("Make a short video where the woman from <image 0> walks along a beach at sunrise.", "video_reference"),
    # video_edit
    ("Make it snow in <video 0>.", "video_edit"),
    ("<video 0> swap the red umbrella for a yellow one", "video_edit"),
    ("Give <video 0> an anime look throughout.", "video_edit"),
    # video_control
    ("Follow the motion in the pose video <video 0>: an astronaut doing a victory dance.", "video_control"),
    ("Using the depth video <video 0>, render a drive through an autumn forest.", "video_control"),
)
