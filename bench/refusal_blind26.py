"""Twenty-sixth blind set, refusals only: written by someone who saw none of the planner's data, calibration lists
or other benchmark sets; evaluation only, never used to set lists, thresholds or rules. The helper's brief was
general: it chose the categories (it was told only what the twelve tasks can do). Two
out-of-scope requests shared a 6-word run with our data (the action probe's data and the outside list: "Is the pharmacy
on Main Street open right now? ...", "turn off the living room lights and lower the thermostat to 19") and were dropped
before any run."""

OUT_OF_SCOPE26: tuple[str, ...] = (
    # making sound, speech or music
    "can u make me a lullaby i can play for my baby tonight, like actual music not just words",
    "Record a voiceover reading this in a warm British accent: 'Welcome to Harbor Bakery, fresh bread since 1987.'",
    "<image 0> turn this photo of my shop into a 15 second ad with upbeat background music and a narrator",
    "I need a ringtone made from a soft chime sound, mp3 please",
    "Read this bedtime story out loud for my son tonight, he likes it when the dragon has a deep voice",
    "<video 0> add a whooshing sound effect every time the skateboarder jumps",
    "generate a podcast intro jingle, about 10 seconds, jazzy with a saxophone",
    # hearing audio
    "<video 0> what is the guy saying at the very start? I can't make out the words",
    "<video 0> what song is playing in the background of this clip? my friends and I are arguing about it",
    "<video 0> please write subtitles for everything the professor says in this lecture recording",
    "<video 0> is my violin out of tune in this practice recording? listen to the A string especially",
    "I'm going to hum a melody into the mic, can you tell me what song it is",
    # live / current data and the internet
    "whats the weather gonna be in Lisbon this weekend, packing tonight",
    "Is the 7:40 train from Leeds to York running on time today?",
    "how much is one bitcoin worth right now",
    "Who won the match last night between Arsenal and Spurs?",
    "Find me the cheapest flights from Toronto to Cancun for the first week of March",
    "<image 0> where can I buy this lamp online for under $50? give me links",
    "Can you check whether the domain sunnysidecandles.com is still available to register",
    "What are today's top headlines?",
    "Summarise the article at https://www.example-news.com/2024/economy-outlook for me",
    # acting on apps, accounts and services
    "Send an email to my sister telling her I'll be late for dinner",
    "<image 0> post this to my Instagram with the caption 'Sunday vibes' and tag the bakery",
    "Book me a table for 4 at an Italian restaurant near me for Friday at 7",
    "Set a reminder to give Max his medicine at 8pm every day",
    "add dentist appt to my google calendar for tuesday 3pm",
    "Order more printer ink from Amazon, same one as last time",
    "Reply to all the new customer reviews on my Etsy shop with a short thank-you",
    "Cancel my Netflix subscription please, I keep forgetting",
    "send this pic to my mom on whatsapp <image 0>",
    "please call the vet for me and ask if they can see Biscuit tomorrow morning, "
    "I don't hear well on the phone anymore",
    # devices
    "<image 0> print this photo on 4x6 paper on my home printer",
    "Play my workout playlist on the kitchen speaker",
    # running code
    "Execute this against my production database and tell me how many rows come back: "
    "SELECT * FROM orders WHERE status = 'late';",
    "can you run this and benchmark how long it takes on your machine? for i in range(10**8): pass",
    "Install pandas, run the notebook code I pasted above and send me the chart it produces plus the printed output",
    # files other than images and videos
    "Make me a PDF of my resume that I can download, formatted nicely",
    "Put these sales numbers into an Excel file I can download: Jan 1200, Feb 980, Mar 1430",
    "Create a PowerPoint deck, 8 slides, about the water cycle for my 5th graders",
    "<image 0> convert this logo to an SVG vector file so the print shop can use it",
    "Export a 3D-printable STL of a little phone stand with my initials on it",
    "make a word doc with the wedding seating chart that I can edit later",
    "Zip up all the pictures you made for me today and give me a download link",
    # reading the user's own files and accounts
    "Look through my Google Photos and find all the pictures of my dog from last summer",
    "What did my boss say in the email he sent me this morning?",
    "Check my bank account and tell me if my rent payment went through",
    "Open the spreadsheet on my desktop called budget_2024 and tell me the total",
    "Pull up my Shopify order history and tell me which product sold best last month",
    # physical actions
    "Can you mail a birthday card to my grandson in Ohio, he turns 7 on Saturday",
    "<image 0> this is my leaky faucet, can you send a plumber over this afternoon?",
    # multi-part, one part impossible
    "Write a short poem for my wife's 40th birthday and then text it to her at 9am tomorrow",
    "<image 0> make this photo of our cafe brighter and then upload it to our Google Business profile",
    "Generate a video of waves crashing on a beach at sunset, with the sound of the ocean and seagulls",
    "Draw a cartoon of my cat as a pirate and also print 20 stickers of it and ship them to me",
    "Explain what inflation is in simple terms and tell me what the current inflation rate in Canada is",
    "<video 0> cut out the boring parts and give me back just the audio as an mp3 for my podcast",
    "Make a picture of a birthday cake for Lily and then sing happy birthday to her",
    "Write a cover letter for this marketing job and submit my application on LinkedIn for me",
)

ORDINARY26: tuple[tuple[str, str], ...] = (
    # text_understanding
    (
        "Write the script for a 2-minute podcast intro where I introduce myself as a home baker, "
        "just the words, I'll record it myself",
        "text_understanding",
    ),
    ("What's the difference between weather and climate? My 9 year old asked and I blanked", "text_understanding"),
    (
        "Write a Python function that fetches today's exchange rate from a public API, I'll run it myself, "
        "I just need the code",
        "text_understanding",
    ),
    (
        "Draft a polite email I can send my landlord about the broken heater, I'll send it myself",
        "text_understanding",
    ),
    ("write lyrics for a silly song about brushing teeth, to the tune of twinkle twinkle", "text_understanding"),
    # image_understanding
    (
        "<image 0> this is a screenshot of a text I got saying my bank account is locked, does it look like a scam?",
        "image_understanding",
    ),
    ("<image 0> what time signature is the sheet music in this photo written in?", "image_understanding"),
    ("<image 0> here's my electricity bill, what's the amount due and when is it due?", "image_understanding"),
    ("<image 0> what kind of plug is this, will it fit sockets in the UK?", "image_understanding"),
    ("<image 0> can you read my grandma's handwritten recipe card and type it out", "image_understanding"),
    # video_understanding
    (
        "<video 0> I can't have sound on at work, just from the picture what instrument is the girl playing?",
        "video_understanding",
    ),
    ("<video 0> is the car in this dashcam clip running the red light?", "video_understanding"),
    ("<video 0> what's written on the whiteboard in this lecture recording?", "video_understanding"),
    ("<video 0> count how many squats he does in this clip", "video_understanding"),
    (
        "<video 0> from this screen recording, which settings menus did I click through? "
        "I want to write the steps down",
        "video_understanding",
    ),
    # text_to_image
    (
        "Design an album cover for my band 'Static Porch': moody, a porch light in fog, band name in big letters",
        "text_to_image",
    ),
    ("make a picture of a smart home living room with glowing lights, for a blog header", "text_to_image"),
    ("a poster image announcing 'Live Jazz Friday 8pm' at a cozy bar", "text_to_image"),
    (
        "Generate an image that looks like a weather app screen showing sunny and 25C, for a mockup in my slides",
        "text_to_image",
    ),
    ("draw a cartoon of a grandma video calling her grandkids on a tablet", "text_to_image"),
    # text_to_video
    ("a short silent clip of a vinyl record spinning on a turntable, close up", "text_to_video"),
    ("Make a video of rain falling on a window at night, no sound needed, for a background loop", "text_to_video"),
    ("a 5 second video of a delivery drone dropping a package on a porch", "text_to_video"),
    ("video of a stock market ticker board with made-up numbers scrolling, for an intro", "text_to_video"),
    ("Create a short clip of someone typing an email on a laptop in a coffee shop", "text_to_video"),
    # image_edit
    ("<image 0> remove the price tag from the sweater in this product photo", "image_edit"),
    ("<image 0> add the text 'Now Open Sundays' on the shop window", "image_edit"),
    ("<image 0> blur out my home address on this package label before I post it online", "image_edit"),
    ("<image 0> make the sky in this picture look stormy", "image_edit"),
    ("<image 0> change the background to plain white for my Etsy listing", "image_edit"),
    # image_control
    (
        "<image 0> this is a stick-figure pose I drew, make a realistic photo of a dancer in exactly that pose",
        "image_control",
    ),
    ("<image 0> here's a depth map from my 3D scene, render a cozy cabin interior that follows it", "image_control"),
    (
        "<image 0> use the lines of this floor plan sketch to make a photorealistic top-down view of the apartment",
        "image_control",
    ),
    (
        "<image 0> my kid's scribble of a dragon, turn it into a proper illustration keeping the same outline",
        "image_control",
    ),
    ("<image 0> follow this canny edge map and make it a neon cyberpunk street", "image_control"),
    # image_reference
    ("<image 0> this is our mascot plush, make a new picture of it sitting on a beach", "image_reference"),
    ("<image 0> using my dog from this photo, make a picture of him on a magazine cover", "image_reference"),
    ("<image 0> here's our product bottle, show the same bottle on a marble bathroom counter", "image_reference"),
    ("<image 0> this is me, make a picture of me as a medieval knight", "image_reference"),
    ("<image 0> create a new image of this exact mug held by someone in a snowy cabin", "image_reference"),
    # image_to_video
    (
        "<image 0> animate this old photo of my grandparents so it looks like they're smiling and waving",
        "image_to_video",
    ),
    ("<image 0> make the waterfall in this photo move", "image_to_video"),
    ("<image 0> bring this drawing of a rocket to life, have it take off", "image_to_video"),
    ("<image 0> turn my product photo into a slow rotating video I can use on Instagram", "image_to_video"),
    ("<image 0> make the flag in this picture wave in the wind", "image_to_video"),
    # video_reference
    ("<image 0> make a video of this cartoon character dancing on a stage", "video_reference"),
    ("<image 0> here's my cat, create a short video of her chasing a butterfly in a garden", "video_reference"),
    ("<image 0> a video of this sneaker splashing through puddles on a city street", "video_reference"),
    ("<image 0> using this photo of my son's teddy bear, make a clip of it going down a slide", "video_reference"),
    ("<image 0> make a video of this robot toy walking across the moon", "video_reference"),
    # video_edit
    ("<video 0> blur the license plates on the cars in my dashcam footage", "video_edit"),
    ("<video 0> add a caption 'Happy 80th Grandpa!' at the bottom of the video", "video_edit"),
    ("<video 0> make this clip black and white like an old film", "video_edit"),
    ("<video 0> remove the person walking in the background of my wedding video", "video_edit"),
    ("<video 0> change the color of my car in this video from red to blue", "video_edit"),
    # video_control
    ("<video 0> here's me doing a dance, make a video of a robot doing exactly the same moves", "video_control"),
    (
        "<video 0> use the camera motion from this drone clip to make a video flying over a fantasy castle",
        "video_control",
    ),
    ("<video 0> this is a pose-tracking video, generate an astronaut following it", "video_control"),
    (
        "<video 0> this is a depth video from my phone, generate a jungle scene that follows its depth and motion",
        "video_control",
    ),
    ("<video 0> follow the edge map video I made and render it as a watercolor city street", "video_control"),
)
