"""Thirty-first blind set, refusals only: written by someone who saw none of the planner's data, calibration lists
or other benchmark sets; evaluation only, never used to set lists, thresholds or rules. The helper's brief was
general, with mixed lengths and writers: it chose the categories (it was told only what the twelve tasks can do)."""

OUT_OF_SCOPE31: tuple[str, ...] = (
    # hearing the audio of an attached video (named or implied)
    "What is the coach yelling at the players in <video 0>?",
    "transcribe <video 0> pls need the words for subtitles",
    (
        "My car makes a weird noise when I start it in the morning, I recorded it in <video 0>. "
        "Is that the starter motor or the battery going?"
    ),
    "Which bird is singing in <video 0>? You can't see it in the picture, it's somewhere in the hedge.",
    "Is my baby crying in <video 0> a hungry cry or a pain cry? first time mum, please help",
    # making sound: music, speech, sound effects
    "Make me a lullaby mp3 for my baby, soft female voice",
    "Compose a walk-out anthem for our rugby club, something with drums and a crowd chant",
    (
        "Please could you read this bedtime story aloud for my son tonight: Once upon a time there was a little "
        "fox who was afraid of the dark..."
    ),
    "Generate a video of a waterfall with the sound of rushing water and birds, for relaxing",
    "I am blind. Please say out loud what is in <image 0>, I cannot read text on screen.",
    # live, current or location data
    "is the M25 jammed right now",
    "what's the euro to zloty exchange rate today",
    "Who won last night's Champions League match?",
    "Has my parcel been delivered yet? DHL tracking number JD014600003",
    "What time is Maghrib prayer today in Birmingham?",
    "Tell me when the rain stops here so I can go and mow the lawn.",
    # acting on apps, accounts, messages
    "Post this week's match results on our club's Facebook page",
    "Reply to all unread emails in my inbox saying I am on holiday until the 3rd",
    "Join my Minecraft server and build a castle near spawn while I'm at school",
    "add youth group meeting to my calendar thursday 7pm",
    "Can you text the volunteers that the food bank shift starts one hour later tomorrow?",
    (
        "My neighbour's tree fell on my fence and he refuses to pay. Please file the small claims form on the "
        "court website for me, my name is Daniel Okafor."
    ),
    # controlling devices and smart home
    "Turn on the sprinklers in the back garden at 6am every day this week",
    "set alarm 5:45",
    "I forgot to lock the front door when I left, can you lock it?",
    "Lock my kids' tablet after one hour of YouTube each day.",
    # purchases and bookings
    "Order 20 bags of peat-free potting compost to be delivered on Saturday",
    "Book vet appointment for my cat Luna she is vomiting since yesterday",
    "buy 2 tix for the derby on the 14th cheapest seats",
    (
        "Hello, would you be so kind as to reserve a table for six at an Indian restaurant near the cathedral "
        "for Friday evening? Thank you very much in advance."
    ),
    # the physical world
    "Water my tomatoes while I am away on holiday",
    "Can you print 50 flyers for the church fete and drop them off at the parish office?",
    "Please go pick up my mother's prescription from the pharmacy, she can't walk there.",
    # running code
    "Run this and tell me exactly what it prints: import random; print(random.random())",
    (
        "Execute this on our production database please: ALTER TABLE members ADD COLUMN dues_paid BOOLEAN; "
        "then tell me how many rows were affected"
    ),
    "Benchmark these two sort functions on my machine and tell me which one is faster in milliseconds",
    # file formats other than images and videos
    "Convert <image 0> into a PDF so I can send it to the court clerk",
    "Make me an Excel file of the volunteer rota that I can download",
    "Turn the floor plan in <image 0> into a 3D model that I can 3D print for my architecture class",
    "Summarize the attached lease agreement PDF, especially the part about pets",
    "Export as a PowerPoint file for the parents evening: five slides about internet safety for kids",
    # memory of the user's own files, accounts or history
    "What did I ask you last week about my dog's medication dose?",
    "Find the photo on my phone from my daughter's first day of school",
    "Compare my blood test results with the ones from last year, is my cholesterol better?",
    "which password I used for the car insurance website? I forget it again",
    # multi-part: a doable part plus an impossible part
    "Write a short thank-you note to our food bank volunteers and email it to everyone on the list.",
    "Draw a logo for the Riverside Chess Club then upload it as our Facebook profile picture",
    "animate <image 0> so the dog wags its tail and add a happy barking sound",
    "Describe <video 0> and tell me what the referee says to the captain at the end",
    "Make a video of a sunrise over the Alps with calm piano music in the background, it's for meditation class",
    (
        "Translate this blessing into Spanish and then read it out loud so I can learn the pronunciation: "
        "May the road rise to meet you."
    ),
    "Remove the lamp post from <image 0> and print it A3 at the nearest photo shop",
    "Look up today's tide times for Whitby and make me a painting of the harbour at low tide",
    "generate a birthday card pic for my sister and whatsapp it to her at midnight",
    "Could you kindly write a cover letter for a nursing assistant job and save it as a Word document?",
    (
        "Summarise this plan for me and put the dates into my Google Calendar: Jan 5 planting broad beans, "
        "Jan 20 pruning the apple trees, Feb 2 turning the compost."
    ),
    "Check the rash in <image 0>, is it eczema? If yes please book me a dermatologist for next week",
    (
        "Make a short video of a golden retriever running on a beach and dub it with my voice saying "
        "'Welcome to Happy Paws grooming'"
    ),
    "what are the top news stories right now? write a limerick about each one",
    "I need intro for our gaming podcast: write the script and record it in a deep movie trailer voice",
)

ORDINARY31: tuple[tuple[str, str], ...] = (
    # text_understanding
    ("How do I turn off autoplay in the Spotify app? Just tell me the steps", "text_understanding"),
    (
        "Write an email to my landlord about the heater that has been broken for two weeks, I'll send it myself",
        "text_understanding",
    ),
    ("explain how noise cancelling headphones work in simple words for my 10yo", "text_understanding"),
    (
        "Can you write a Python script that fetches the weather from a public API? I will run it on my laptop.",
        "text_understanding",
    ),
    (
        "our u12 football club needs a whatsapp message saying saturday training is cancelled bc the pitch is "
        "flooded can u draft it",
        "text_understanding",
    ),
    # image_understanding
    ("What does the error message on my laptop screen mean? <image 0>", "image_understanding"),
    ("is this plant toxic for cats <image 0>", "image_understanding"),
    (
        "Can you tell me the dosage written on this medicine box <image 0>? My eyes are not so good anymore.",
        "image_understanding",
    ),
    ("Which button on the remote in <image 0> turns the volume up?", "image_understanding"),
    (
        "<image 0> is a screenshot from my bank app, what is the total of the pending payments?",
        "image_understanding",
    ),
    # video_understanding
    ("How many times does the dog jump over the fence in <video 0>?", "video_understanding"),
    ("Here's my golf swing <video 0>. What am I doing wrong with my hips?", "video_understanding"),
    (
        "My friend is blind, can you describe in words what happens in <video 0>? The sound doesn't matter, "
        "just what you see.",
        "video_understanding",
    ),
    (
        "Does the car in <video 0> use its indicator before turning left? Need it for my insurance claim",
        "video_understanding",
    ),
    ("what do the subtitles in <video 0> say at the start", "video_understanding"),
    # text_to_image
    ("Make a poster image for our church bake sale, I'll print it myself at the library", "text_to_image"),
    ("picture of a DJ with huge speakers at a loud summer festival", "text_to_image"),
    ("Phone wallpaper: koi pond at night with paper lanterns", "text_to_image"),
    (
        "Could you please create an illustration of a nurse explaining medication to an elderly patient? "
        "It is for our clinic's leaflet, thank you.",
        "text_to_image",
    ),
    ("I want image for my Instagram, latte with heart art on wooden table, cozy morning feeling", "text_to_image"),
    # text_to_video
    ("video of a rock band playing on stage, silent is fine I'll add our own track later", "text_to_video"),
    ("Rain running down a window at night, 5 seconds, for my TikTok background", "text_to_video"),
    ("Short clip of a football flying into the top corner of the net for our club website", "text_to_video"),
    ("timelapse of seedlings sprouting from soil", "text_to_video"),
    ("a cat pushing a phone off a table in slow motion", "text_to_video"),
    # image_edit
    ("Remove my ex from <image 0> please", "image_edit"),
    ("Change background of <image 0> to an office, it's for my LinkedIn", "image_edit"),
    ("blur the license plate in <image 0> before I put it on marketplace", "image_edit"),
    ("Replace the area marked in <image 1> with grass in <image 0>", "image_edit"),
    (
        "In <image 0>, make the wall behind the altar a soft blue, our parish council wants to see what "
        "repainting would look like",
        "image_edit",
    ),
    # image_control
    ("Turn this pose skeleton <image 0> into a ballerina on stage", "image_control"),
    ("<image 0> is a depth map from my phone's lidar sensor, make a cozy living room that follows it", "image_control"),
    ("My son scribbled this <image 0>, make it a realistic dragon keeping his shape", "image_control"),
    ("Use the edge map <image 0> to make a 1960s car in a showroom", "image_control"),
    (
        "Follow exactly the lines of my garden plan sketch <image 0> and render it as a photo of the finished garden",
        "image_control",
    ),
    # image_reference
    ("Make a picture of my dog <image 0> as an astronaut", "image_reference"),
    ("Put the guy from <image 0> in a superhero costume for his birthday card", "image_reference"),
    ("Create new image of the mug in <image 0> on a marble counter for my Etsy listing", "image_reference"),
    ("draw the teddy from <image 0> on the moon", "image_reference"),
    (
        "Show the woman from <image 0> wearing a kimono in a temple garden, she is my mother and would love it",
        "image_reference",
    ),
    # image_to_video
    ("make <image 0> move, waves crashing on the rocks", "image_to_video"),
    ("Animate this old photo of my grandparents <image 0> so they smile and wave", "image_to_video"),
    ("Use <image 0> as the last frame: a flower blooming until it looks like this", "image_to_video"),
    (
        "Bring my drawing <image 0> to life for my YouTube intro (no music needed, I'll add it in my editor)",
        "image_to_video",
    ),
    ("animate <image 0> with the car driving off down the road", "image_to_video"),
    # video_reference
    ("Make a video of the cat in <image 0> chasing a laser dot", "video_reference"),
    (
        "video of the man in <image 0> giving a thumbs up in an office, for our company's Teams channel",
        "video_reference",
    ),
    ("Make a clip of my teddy from <image 0> walking through a forest", "video_reference"),
    ("Using the bottle from <image 0>, make a short ad video of it spinning on a pedestal", "video_reference"),
    ("Generate a video where the girl in <image 0> rides a bike in the park", "video_reference"),
    # video_edit
    ("Change the sky in <video 0> to a sunset", "video_edit"),
    ("Remove the trash can in the background of <video 0>", "video_edit"),
    ("make <video 0> look like an anime", "video_edit"),
    ("Blur the kids' faces in <video 0> before I share it with the school WhatsApp group", "video_edit"),
    ("Change the jersey colour to blue in <video 0>, the sound doesn't matter", "video_edit"),
    # video_control
    ("Use the pose video <video 0> so a robot does the same dance", "video_control"),
    ("<video 0> is a depth video from my drone, make it a snowy forest flight", "video_control"),
    ("follow the motion in <video 0> but with a panda", "video_control"),
    ("Edge video <video 0>: turn it into a car chase through a neon city", "video_control"),
    ("Make an astronaut following the pose sequence in <video 0>, for my sci-fi short film", "video_control"),
)
