"""Thirtieth blind set, refusals only: written by someone who saw none of the planner's data, calibration lists
or other benchmark sets; evaluation only, never used to set lists, thresholds or rules. The helper's brief was
about attachments (two thirds of the requests attach a file): it chose the categories (it was told only what the
twelve tasks can do)."""

OUT_OF_SCOPE30: tuple[str, ...] = (
    # hearing the sound of an attached video (named or implied)
    "what's the song playing in the background of <video 0>? my friend won't tell me",
    "Transcribe everything my professor says in this lecture recording <video 0>, I need notes for the exam",
    "My car makes this grinding noise when I brake. Listen to <video 0> and tell me which part is failing",
    "<video 0> is me playing guitar, is the B string out of tune?",
    "Who's the narrator in <video 0>? the voice sounds so familiar",
    "Add subtitles to <video 0> with exactly what everyone says, my aunt is hard of hearing",
    "In <video 0> my toddler says a word at the very end, what word is it??",
    "<video 0> my smoke alarm keeps doing this. is that the low battery chirp or the real alarm?",
    # editing or making sound
    "The voices in <video 0> are way too quiet, can you boost the volume and take out the wind noise",
    "Put some upbeat background music on <video 0> for my reel",
    "My grandma can't read small print. Read the letter in <image 0> aloud to her, slowly please",
    "<image 0> is sheet music I photographed at church, play it so I can hear how the melody goes",
    # today's data about what the file shows
    "Is the jacket in <image 0> still in stock in a medium?",
    "<image 0> is the cafe on my corner, is it open right now?",
    "Here's my boarding pass <image 0>. Is the flight on time or delayed?",
    "What's this banknote <image 0> worth in euros at today's rate?",
    "Track the package with the label in <image 0>, where is it now?",
    "found this couch on marketplace <image 0>, can you check the seller's other listings and see if it's a scam",
    # doing something with the file somewhere else
    "Post <image 0> to my Instagram story with the caption 'sunday vibes'",
    "Print <image 0> on A4 glossy, two copies",
    "Upload <video 0> to my Google Drive, into the Wedding folder",
    "Set <image 0> as my lock screen",
    "Here's a screenshot of the traffic on my route <image 0>. let my boss know I'll be 20 min late",
    # errands the file prompts
    "Order the exact lamp in <image 0> for me, same color, delivered to my home address",
    "<image 0> shows the leak under my sink. Find a plumber nearby and book them for tomorrow morning",
    "Reserve a table for four at 8 tonight at the restaurant on this menu <image 0>",
    "Pay the electricity bill in <image 0> from my checking account",
    "Call the number on this flyer <image 0> and ask whether the apartment is still available",
    "<image 0> is a parking ticket I got. Contest it on the city website for me",
    # file formats other than images and videos
    "Turn these two photographed pages <image 0> <image 1> into a single PDF I can download",
    "<image 0> is a screenshot of a table from a report, give it to me as an .xlsx file",
    "Make an STL of the vase in <image 0> so I can 3D-print it",
    "Rip the audio out of <video 0> as an mp3",
    "Convert my handwritten CV in <image 0> into a .docx file",
    "Can you open the PowerPoint I attached and turn each slide into a picture?",
    # the user's own files, accounts and history
    "Find the other pictures of my dog in my camera roll that look like <image 0>",
    "Is <image 0> sharper than the photo I sent you last month?",
    # running code, devices, the physical world
    "<image 0> is a screenshot of my python script. Run it and paste the actual output",
    "Run this against our production database and tell me how many rows come back: SELECT * FROM orders",
    "<image 0> shows my thermostat. Turn it down to 19 degrees please",
    "Switch off the living room lights and lock the front door",
    # no attachment: live data, audio, messages
    "What's the score of the Lakers game right now?",
    "Play some lo-fi beats while I study",
    "Send a WhatsApp to mom saying I'll be late for dinner",
    # multi-part: a doable part plus an impossible part
    "Describe what's in <image 0> as alt text and then post it on my company's Facebook page",
    "Write a funny caption for <video 0> and add the trending sound everyone's using",
    "<image 0> translate this menu into English and tell me whether the place has good reviews on Google",
    "Make <image 0> black and white, then email it to grandpa",
    "Summarize the slides shown in <video 0> and tell me what the speaker says about the deadline",
    "Design a fox logo for my bakery and export it as an SVG plus a print-ready PDF",
    "Animate <image 0> so the waves roll in, and put the sound of crashing surf under it",
    "Read the ingredient list off <image 0> and put everything in my Instacart cart",
    "What breed is the dog in <image 0>? Also find shelters near me that have one up for adoption right now",
    "Read the due date off this invoice <image 0> and set a reminder on my phone two days before",
    "Identify the sneaker in <image 0> and tell me which store has it cheapest this week",
    "Cut the background out of <image 0> and upload it to my Shopify product listing",
    "Write a script for a 30 second radio ad for my car wash and record it in a deep male voice",
    "Make a video of a cat playing the piano, and I want to hear the notes it plays",
    "Fix the grammar in my essay and submit it to Canvas before midnight: 'Their are many reason why we...'",
    "Count how many push-ups I do in <video 0> and tell me if I'm counting them out loud correctly",
)

ORDINARY30: tuple[tuple[str, str], ...] = (
    # text_understanding
    (
        "Write an Instagram caption for my first sourdough loaf, something cheeky. I'll post it myself",
        "text_understanding",
    ),
    (
        "Draft an email to my landlord about the heater that's been broken for a week; I'll send it from my account",
        "text_understanding",
    ),
    (
        "Write a Python script that renames all .jpg files in a folder by date taken. I'll run it on my laptop",
        "text_understanding",
    ),
    ("Write lyrics for a silly birthday song for my dad, to the tune of Happy Birthday", "text_understanding"),
    ("What does a 502 Bad Gateway error on a website usually mean?", "text_understanding"),
    # image_understanding
    (
        "<image 0> is a screenshot of my phone's battery settings. Which app used the most battery according to it?",
        "image_understanding",
    ),
    (
        "Here's the receipt from dinner <image 0>. How much tip did we leave, and what percent of the subtotal?",
        "image_understanding",
    ),
    ("This is the back of my router <image 0>, which port does the cable from the wall go in?", "image_understanding"),
    ("What is the error message in this screenshot <image 0> telling me to do?", "image_understanding"),
    ("Is the price on the shelf label in <image 0> per kilo or per pack?", "image_understanding"),
    # video_understanding
    (
        "<video 0> is a muted clip of my washing machine on spin. From the picture, does the drum look off balance?",
        "video_understanding",
    ),
    ("How many times does the kid in the number 7 shirt touch the ball in <video 0>?", "video_understanding"),
    (
        "I screen-recorded the app crashing <video 0>, which button did I tap right before it froze?",
        "video_understanding",
    ),
    ("Watch the drummer's hands in <video 0>: matched grip or traditional grip?", "video_understanding"),
    (
        "<video 0> is dashcam footage. What color was the car that cut me off, and can you make out its plate?",
        "video_understanding",
    ),
    # text_to_image
    (
        "Make a poster for our garage band's gig on Friday at The Anchor. I'll get it printed at the copy shop myself",
        "text_to_image",
    ),
    ("A picture of a retro radio blasting music in a 70s living room, shag carpet and all", "text_to_image"),
    ("Generate a product shot of a smart speaker on a marble kitchen counter for my app mockup", "text_to_image"),
    ("An image of a busy stock exchange floor with tickers on giant screens", "text_to_image"),
    (
        "YouTube thumbnail for my budgeting video: a piggy bank next to a stack of coins, bold colors, room for text",
        "text_to_image",
    ),
    # text_to_video
    (
        "Short clip of fireworks over a harbor at night. No sound needed, I'll lay music on it in my editor",
        "text_to_video",
    ),
    ("A video of a phone buzzing on a wooden desk with notifications lighting up the screen", "text_to_video"),
    ("silent loop of a vinyl record spinning on a turntable, warm lighting", "text_to_video"),
    ("Make a short video of rain streaking down a window for the background of my meditation app", "text_to_video"),
    ("Clip of a delivery drone lowering a package onto a front porch", "text_to_video"),
    # image_edit
    ("Remove my ex from <image 0>, I want to post it on Facebook without him", "image_edit"),
    (
        "<image 0> is a screenshot of my banking app. Blur out the account number before I send it to support",
        "image_edit",
    ),
    ("Change the price on the chalkboard in <image 0> from $5 to $4, it's my own cafe's menu board", "image_edit"),
    ("Make the sky in <image 0> a sunset orange for my Airbnb listing", "image_edit"),
    ("<image 0> is the photo and <image 1> the mask: fill the masked spot with a potted plant", "image_edit"),
    # image_control
    (
        "<image 0> is a pose skeleton I exported from a posing app. Make a photo of a ballet dancer in that pose",
        "image_control",
    ),
    ("Use the depth map <image 0> to render a cozy cafe interior", "image_control"),
    (
        "my 5 year old drew this scribble <image 0>, turn it into a realistic dragon that follows her lines",
        "image_control",
    ),
    ("Here's an edge map of my house <image 0>; make a snowy winter version following the edges", "image_control"),
    (
        "Follow this pencil sketch of a phone stand <image 0> and make it look like a real product photo",
        "image_control",
    ),
    # image_reference
    ("<image 0> is my dog Biscuit. Make a picture of him as an astronaut on the moon", "image_reference"),
    ("Using the sneaker in <image 0>, make an ad-style shot of it on a beach at sunset", "image_reference"),
    ("Make a new picture of the woman in <image 0> playing guitar on a festival stage", "image_reference"),
    ("This is my grandma's teapot <image 0>. Show it on a table at a Parisian cafe", "image_reference"),
    ("Turn my cat from <image 0> into a cartoon sticker design, I'll order the stickers myself", "image_reference"),
    # image_to_video
    (
        "Animate <image 0> so the waves actually move. It's for my travel reel, I'll add music in CapCut",
        "image_to_video",
    ),
    ("Use <image 0> as the last frame: make a video that ends on this shot of the cake being cut", "image_to_video"),
    (
        "Bring this old photo of my grandparents <image 0> to life, have them smile and turn to each other",
        "image_to_video",
    ),
    ("<image 0> is from the concert, make the crowd move and the stage lights sweep", "image_to_video"),
    ("Animate my weather-map screenshot <image 0> so the clouds drift across it", "image_to_video"),
    # video_reference
    ("Make a video of the mascot in <image 0> dancing in a packed stadium", "video_reference"),
    (
        "<image 0> is our blender. Make a short video of it blending a green smoothie in a bright kitchen",
        "video_reference",
    ),
    ("Video of my parrot from <image 0> flying around a living room", "video_reference"),
    ("Take the guy in <image 0> and make a clip of him jogging through a park at dawn", "video_reference"),
    ("Make a video where the robot toy in <image 0> walks across an office desk", "video_reference"),
    # video_edit
    ("Blur the license plates in <video 0> before I upload it to YouTube", "video_edit"),
    ("Make <video 0> look like an old black-and-white film", "video_edit"),
    ("Replace the red car in <video 0> with a blue one", "video_edit"),
    ("Make it snow in <video 0> of our street", "video_edit"),
    ("<video 0> is my daughter's recital; remove the glowing phone screen in the front row", "video_edit"),
    # video_control
    ("Use the dance moves in <video 0> to make a video of an anime girl doing the same dance", "video_control"),
    (
        "<video 0> is a depth video of me walking down a hallway. Make a spooky castle corridor that follows it",
        "video_control",
    ),
    ("Follow the pose in <video 0> (my TikTok dance) but make a robot do it", "video_control"),
    (
        "<video 0> is an edge video of a car driving; generate a cyberpunk version following those edges",
        "video_control",
    ),
    ("Make a video of a grizzly bear following the motion in <video 0>", "video_control"),
)
