"""Eighty-eighth blind set, refusals only: written by someone who saw none of the planner's data, calibration lists or
other benchmark sets; evaluation only, never used to set lists, thresholds or rules. The helper's brief was a
general mix of everyday requests from people of all ages (it chose the categories; it was told only what the twelve
tasks can do). One out-of-scope request shared a 6-word run with the calibration or probe data ("turn off the living
room lights ...") and was reworded before any run ("switch the lounge lights off ...")."""

OUT_OF_SCOPE88: tuple[str, ...] = (
    # live / current data
    "is it going to rain in Leeds this afternoon? deciding whether to hang the washing out",
    "What's Apple stock trading at right now?",
    "who won the Arsenal game last night and what was the score",
    "Grandpa here. Can you tell me what the top news stories are this morning?",
    "how many euros do I get for 200 dollars at today's rate",
    "Is the 7:45 train from Croydon running late today?",
    "what time does the Target on Elm Street close tonight",
    # sound, music, speech
    "Read the Gruffalo out loud for my little one, in a gruff voice for the monster please",
    "compose a 30-second lullaby melody and give me the audio so I can play it at bedtime",
    "Make me a ringtone that sounds like a cat meowing to the tune of Jingle Bells.",
    "Generate a video of waves crashing on rocks WITH the crashing sound, I need the audio track too",
    "turn my wedding speech into a spoken recording in a calm british male voice",
    "Can you make a podcast episode, two hosts chatting about gardening tips, about 10 minutes of audio?",
    # sending, booking, buying, calling
    "Book a table for four at an Italian place near me for Saturday at 7",
    "order a large pepperoni pizza to my flat, the usual place",
    "Please ring my dentist and move my appointment to next week.",
    "text my sister that I'm running 15 min late",
    "Buy two tickets for the 6pm showing of the new Pixar movie",
    "write a funny birthday poem for my dad and post it on his Facebook wall",
    "pay my electricity bill from my checking account, it's due tomorrow",
    # accounts, devices, files on disk
    "Check my Gmail and tell me if the school sent anything about the trip",
    "switch the lounge lights off and set the thermostat to 19",
    "What's on my calendar for Thursday?",
    "find the spreadsheet called budget_2023 on my laptop and tell me the total",
    "how many hours did I listen to Taylor Swift on my Spotify this year",
    # memory of earlier conversations
    "What was the name of that book you recommended to me last week?",
    "continue the dragon story we started yesterday, my son wants to know what happens next",
    # reminders and timers
    "set a timer for 12 minutes for my boiled eggs",
    "Remind me at 8pm every day to take my blood pressure pills.",
    # code execution, servers
    "run this script and tell me what it prints: import random; print(random.randint(1, 100))",
    "Is my website www.lucys-cakes.co.uk down right now? customers say it won't load",
    # physical world
    "can you water my tomato plants while I'm on holiday",
    "Please go and check whether I left the oven on at home.",
    # file formats, export, 3D
    "Turn my CV into a nicely formatted PDF I can download",
    "make me a 3D model of a chess knight I can send to my 3D printer",
    "Design a logo for my bakery and give it to me as an SVG vector file",
    "generate an animated GIF of a dancing banana for the group chat",
    # training models
    "train a model on my 500 bird photos so it can recognise the birds in my garden",
    "Fine-tune yourself on my old diary entries so you write like me.",
    # attached image, impossible ask
    "<image 0> upscale this old photo of my grandparents to 4K, it's really blurry and tiny",
    "<image 0> convert this hand-drawn logo to an SVG file please",
    "<image 0> post this on my Instagram with the caption 'summer vibes'",
    "<image 0> email this picture of the kids to my mum",
    "<image 0> where can I buy these trainers cheapest right now?",
    "<image 0> is this café open today? it's the one on the corner by my work",
    "<image 0> turn my daughter's drawing into a 3D model we can print",
    "<image 0> compress this photo under 1MB so the form accepts it",
    "<image 0> make my dad in this photo say 'happy birthday' in his own voice",
    "<image 0> this is the QR code on the poster — open the link and tell me what the website says",
    "<image 0> is this the same rash as the photo I showed you on Monday? has it got bigger?",
    # attached video, impossible ask
    "<video 0> what song is playing in the background of this clip?",
    "<video 0> transcribe what the teacher says in this lecture recording",
    "<video 0> cut off the first 10 seconds, it's just me fiddling with the phone",
    "<video 0> can you stabilise this? my hands were shaking so much at the concert",
    "<video 0> make this smooth 120fps slow motion by adding in-between frames",
    "<video 0> add some upbeat background music to my holiday montage",
    "<video 0> join this clip with the one from yesterday into one video",
    "<video 0> turn this into a GIF I can use as a reaction",
    "<video 0> add a voiceover explaining each step of the recipe",
    "<video 0> is my toddler saying 'mama' or 'dada' at the end? I can't tell",
)

ORDINARY88: tuple[tuple[str, str], ...] = (
    # text_understanding
    ("Write a LinkedIn post announcing that I just got promoted to team lead, humble but excited",
     "text_understanding"),
    ("Draft a polite text I can send my roommate reminding him rent is due on Friday", "text_understanding"),
    ("how do I set a timer on an iPhone? my grandma keeps asking me", "text_understanding"),
    ("Write lyrics for a silly birthday song about my dog Biscuit turning 5", "text_understanding"),
    ("write a Python script that renames all the photos in a folder by the date they were taken",
     "text_understanding"),
    # image_understanding
    ("<image 0> this is a screenshot from my banking app — what does the pending charge say?",
     "image_understanding"),
    ("<image 0> here's my phone's storage screen, which app is taking up the most space?", "image_understanding"),
    ("<image 0> what time does this bus timetable say the last bus leaves on Sundays?", "image_understanding"),
    ("<image 0> which song on this playlist screenshot has the longest title?", "image_understanding"),
    ("<image 0> what does this error message on my laptop screen mean?", "image_understanding"),
    # video_understanding
    ("<video 0> what is the dog doing in this doorbell camera clip?", "video_understanding"),
    ("<video 0> what instrument is the girl playing in this clip from the school concert?", "video_understanding"),
    ("<video 0> count how many times the ball bounces before my son catches it", "video_understanding"),
    ("<video 0> this is a screen recording of my app crashing, describe what I tap before it freezes",
     "video_understanding"),
    ("<video 0> from this dashcam footage, what colour was the car that cut in front of me?",
     "video_understanding"),
    # text_to_image
    ("Make a poster for our school spring concert with the words 'Spring Recital' and some musical notes",
     "text_to_image"),
    ("generate a 9:16 phone wallpaper of a cosy cabin in the snow at night", "text_to_image"),
    ("Create album cover art for my garage band 'The Static Owls', grungy and moody", "text_to_image"),
    ("draw a cartoon alarm clock with sleepy eyes for my kid's morning routine chart", "text_to_image"),
    ("A thumbnail image for my YouTube cooking channel showing a huge steaming bowl of ramen",
     "text_to_image"),
    # text_to_video
    ("a short clip of a vinyl record spinning on a turntable, warm lighting, no sound needed", "text_to_video"),
    ("Make a few seconds of video of a phone buzzing on a wooden table with notifications popping up",
     "text_to_video"),
    ("generate a short video of a grandfather clock's pendulum swinging in an old hallway", "text_to_video"),
    ("short looping clip of rain running down an office window at dusk for my work presentation background",
     "text_to_video"),
    ("A quick video of a kid in headphones dancing in their bedroom, colourful and fun", "text_to_video"),
    # image_edit
    ("<image 0> remove the date stamp in the corner of this photo from my old camera", "image_edit"),
    ("<image 0> <image 1> using the mask, replace my messy desk with a clean one for my work profile pic",
     "image_edit"),
    ("<image 0> make the sky in this holiday photo look like sunset before I send it to the family group",
     "image_edit"),
    ("<image 0> erase the notification bar at the top of this screenshot", "image_edit"),
    ("<image 0> put a party hat on the cat in this photo", "image_edit"),
    # image_control
    ("<image 0> here's a pose skeleton, generate a ballet dancer in exactly that pose", "image_control"),
    ("<image 0> use this edge map of my living room to make a version decorated for Christmas", "image_control"),
    ("<image 0> my 6-year-old's scribble — turn it into a proper picture of a rocket following the lines",
     "image_control"),
    ("<image 0> follow this depth map to create a spooky forest scene for my Halloween invite", "image_control"),
    ("<image 0> generate a robot DJ at a turntable matching this pose map", "image_control"),
    # image_reference
    ("<image 0> this is my cat Pepper, make a picture of her as an astronaut for my profile pic",
     "image_reference"),
    ("<image 0> create an image of this exact teddy bear sitting on a park bench in autumn", "image_reference"),
    ("<image 0> here's my grandson, can you make a picture of him as a knight for his birthday card?",
     "image_reference"),
    ("<image 0> make a new image of this mug on a café table for my Etsy listing", "image_reference"),
    ("<image 0> generate a picture of this vintage car driving along a coastal road", "image_reference"),
    # image_to_video
    ("<image 0> animate this photo of grandma's garden so the flowers sway in the breeze", "image_to_video"),
    ("<image 0> bring this old wedding photo to life, make them turn and smile at each other", "image_to_video"),
    ("<image 0> use this as the last frame: a video ending on my shop's sign lighting up", "image_to_video"),
    ("<image 0> make the waterfall in this picture flow for a moving wallpaper on my phone", "image_to_video"),
    ("<image 0> animate my son's drawing of a dinosaur walking across the page", "image_to_video"),
    # video_reference
    ("<image 0> make a short video of this teddy bear dancing on a kitchen counter", "video_reference"),
    ("<image 0> this is our dog Max, generate a video of him surfing a wave", "video_reference"),
    ("<image 0> create a clip of this sneaker spinning on a podium for my store's social page",
     "video_reference"),
    ("<image 0> a video of this exact robot toy walking through a tiny city", "video_reference"),
    ("<image 0> generate a video of my grandpa from this photo waving from a boat", "video_reference"),
    # video_edit
    ("<video 0> change the sky in my drone clip to a pink sunset", "video_edit"),
    ("<video 0> make this home video look like an old 1970s film", "video_edit"),
    ("<video 0> replace the whiteboard background in my work call recording with a bookshelf", "video_edit"),
    ("<video 0> turn my kids playing in the garden into a snowy winter scene", "video_edit"),
    ("<video 0> make the car in this clip red instead of silver", "video_edit"),
    # video_control
    ("<video 0> this is the pose video from my dance practice, generate a robot doing the same moves",
     "video_control"),
    ("<video 0> follow this depth video to make an underwater version of my walk to work", "video_control"),
    ("<video 0> use this edge video of the skatepark to generate the same run in a neon cyberpunk city",
     "video_control"),
    ("<video 0> make a cartoon bear copying the movements in this pose clip of my workout", "video_control"),
    ("<video 0> generate a knight in armour following this pose video of me doing karate", "video_control"),
)
