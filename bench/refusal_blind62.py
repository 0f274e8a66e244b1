"""Sixty-second blind set, refusals only: written by someone who saw none of the planner's data, calibration lists
or other benchmark sets; evaluation only, never used to set lists, thresholds or rules. The helper's brief was
a wide mix of people of all ages and jobs, everyday and work requests, some short and some with context
(it chose the categories; it was told only what the twelve tasks can do). One ordinary request shared a
6-word run with our calibration data ("... write a short speech for my ...") and was reworded before any run."""

OUT_OF_SCOPE62: tuple[str, ...] = (
    # Live and current information
    "What's the weather going to be like in Leeds tomorrow morning? I need to know if the school trip is still on.",
    "How much is a litre of diesel at the moment in Lyon?",
    "Is the Tesco on Mill Road open right now?",
    "give me today's top 5 headlines from the BBC",
    "I'm a financial adviser prepping for a client call in ten minutes. What's Nvidia trading at right now, "
    "and how has it moved since Monday?",
    "Which trains from Utrecht to Amsterdam are running late this evening?",
    "Can you check whether flight BA287 landed on time? My mum's on it.",
    # Sending, posting, booking, buying
    "Email the attached rota to the whole nursing team on ward 7: <image 0>",
    "Book me a table for four at an Italian place near Covent Garden, Friday at 7.",
    "Post <image 0> to our bakery's Instagram with the caption 'Fresh sourdough Saturdays!'",
    "Order two packs of AA batteries and a bag of cat litter, same address as last time.",
    "Could you ring my grandson and tell him I'll be a bit late for his football match? Thank you dear.",
    "Text the plumber that Thursday at 9 works for us.",
    "Upload <video 0> to the company YouTube channel as unlisted and send the link to the marketing team.",
    "Pay the invoice from Harper Electrical, it's due tomorrow and I keep forgetting.",
    # Sound, music and speech
    "Compose a cheerful 30-second jingle for my daughter's lemonade stand.",
    "What song is playing in the background of <video 0>? It's driving me mad.",
    "My son was off sick, so a classmate filmed the lesson: <video 0>. Transcribe what the teacher says "
    "so he can catch up.",
    "Read this bedtime story aloud in a soft voice for my four-year-old: 'Once upon a time there was a small "
    "grey owl who was scared of the dark...'",
    "Make a short clip of waves crashing on a beach, with the sound of the waves and the seagulls.",
    "Add a voiceover to <video 0> saying 'Welcome to Greenfield Primary open day'.",
    "Is the guitar in <video 0> out of tune? I'm teaching myself and can't tell.",
    "Generate a podcast intro as an audio file: two hosts bantering about gardening, about a minute long.",
    # Accounts, files, devices and code execution
    "Go into my Google Drive and find the spreadsheet called 'Q3 budget final v2'.",
    "Run this and tell me what it printed: import random; print(random.randint(1, 100))",
    "Turn off the heating at home, I forgot before leaving for work.",
    "Look through my Outlook calendar and tell me when I'm free next week for a dentist appointment.",
    "Restart the print server on our office network, it's hung again.",
    "Check my bank account and see if my salary has come in yet.",
    # Memory of earlier conversations
    "What was the name of that recipe you gave me last week? The one with the chickpeas.",
    "Carry on with the essay plan we were working on yesterday.",
    "Remind me what I told you my son's shoe size was?",
    # Reminders, timers and physical-world actions
    "Set a timer for 12 minutes for my pasta.",
    "Remind me at 3pm to pick up the prescription from the pharmacy.",
    "Please water the tomatoes in the greenhouse while I'm away on holiday.",
    "Wake me up at 6:15 tomorrow, I've got an early shift at the depot.",
    # File formats, export and conversion
    "Convert <image 0> into an SVG so the sign shop can cut it as vinyl lettering.",
    "Save this floor plan as a PDF so I can send it to the estate agent: <image 0>",
    "Turn <video 0> into a GIF I can drop into Slack.",
    "Make a 3D printable STL model of a little dragon for my nephew's birthday.",
    "Export <image 0> as a layered PSD with the background on its own layer.",
    "Compress <video 0> so it's under 25 MB, the school email won't take anything bigger.",
    # Image and video processing that isn't offered
    "Upscale <image 0> to 4K, it's the only photo of my grandparents' wedding and it's tiny.",
    "Stabilise <video 0>, I filmed it running after the dog and it's all shaky.",
    "Trim <video 0> down to just the bit between 0:45 and 1:10 where my daughter scores.",
    "Join <video 0> and <video 1> into one clip for the wedding slideshow.",
    "Make <video 0> 60fps with smooth slow motion by generating the in-between frames.",
    "Increase the resolution of <image 0> so I can print it at A2 for the clinic waiting room.",
    # Training and running models
    "Fine-tune a model on our 400 support tickets so it answers customers the way our team does.",
    "Train an image classifier to spot damaged parcels on our conveyor belt.",
    # Sounds like generation or description, but needs something absent
    "Make a one-minute birthday video for my mum with everyone singing 'Happy Birthday' over it.",
    "Draw a chart of this month's electricity prices in Spain.",
    "Make me a picture of what my street looks like right now.",
    "<video 0> is from my doorbell camera. The man talks to the camera for a while. What does he say?",
    "Generate an image of today's front page of The Guardian.",
    "Write up the minutes of this morning's meeting from the Zoom recording on my laptop.",
    "Create a five-minute animated explainer for our app, with narration and background music.",
    "Look at <image 0>, it's my parking ticket. Appeal it on the council website for me.",
    "Here's a photo of my fridge <image 0>. Order whatever's missing for the week from Ocado.",
    "<image 0> is a kettle I saw in a shop. Is it cheaper on Amazon at the moment?",
)

ORDINARY62: tuple[tuple[str, str], ...] = (
    # text_understanding
    ("Write a polite email to my landlord asking when the boiler will be fixed; it's been broken since Monday.",
     "text_understanding"),
    ("Explain how a timer interrupt works on a microcontroller, for my second-year electronics students.",
     "text_understanding"),
    ("I'm retiring after 32 years as a postman. Help me put together a few words to say at my leaving do on Friday.",
     "text_understanding"),
    ("Write the lyrics for a silly song about brushing teeth that I can sing to my twins.", "text_understanding"),
    ("Write a Python function that turns a CSV row into a JSON object, with a couple of example calls.",
     "text_understanding"),
    # image_understanding
    ("<image 0> is a screenshot of an error in our accounting app. What does the message say and what might it "
     "mean?", "image_understanding"),
    ("This is a photo of my electricity bill <image 0>. Which figure is the amount I actually owe?",
     "image_understanding"),
    ("What time does the last bus leave according to the timetable in <image 0>?", "image_understanding"),
    ("My toddler's medicine box <image 0>: what dose does the label say for ages 2 to 4?", "image_understanding"),
    ("Read the ingredients on the packet in <image 0> and tell me if there are any nuts.", "image_understanding"),
    # video_understanding
    ("In <video 0>, how many times does the dog jump over the hurdle?", "video_understanding"),
    ("<video 0> is CCTV from our shop last night. Describe what the person near the till does.",
     "video_understanding"),
    ("Watch <video 0> of my golf swing and tell me how my posture looks at the top of the backswing.",
     "video_understanding"),
    ("This is a clip from our band rehearsal <video 0>. Which instruments can you see being played?",
     "video_understanding"),
    ("What's written on the whiteboard during the lecture in <video 0>?", "video_understanding"),
    # text_to_image
    ("Make a poster picture for our school's spring concert: a cartoon orchestra of animals, bright colours.",
     "text_to_image"),
    ("Generate a YouTube-thumbnail-style image, 16:9, of a surprised chef holding a giant pumpkin.",
     "text_to_image"),
    ("Design a square profile picture for my plumbing business: a friendly cartoon wrench with a smile.",
     "text_to_image"),
    ("Create an image of a cosy home office at sunset, with a laptop showing a spreadsheet.", "text_to_image"),
    ("A vintage 1950s radio on a kitchen table, for our podcast's cover art.", "text_to_image"),
    # text_to_video
    ("Make a short clip of a ticking clock on a mantelpiece, slowly zooming in.", "text_to_video"),
    ("Generate a few seconds of a delivery van driving through a rainy city at night.", "text_to_video"),
    ("A short video of a teacher writing 'Welcome back!' on a chalkboard, for our class app's splash screen.",
     "text_to_video"),
    ("Create a short silent clip of a drummer playing in slow motion, dust rising off the drums.",
     "text_to_video"),
    ("Make a short looping video of coffee being poured into a mug for our café's menu screen.", "text_to_video"),
    # image_edit
    ("Remove the phone number from the side of the van in <image 0> before I put it on our website.",
     "image_edit"),
    ("In <image 0>, change the date on the poster to 14 June.", "image_edit"),
    ("Make <image 0> look like an old 1970s photograph with faded colours.", "image_edit"),
    ("Blur the faces of the children in the background of <image 0>, it's for the school newsletter.",
     "image_edit"),
    ("Using the mask <image 1>, replace the cloudy sky in <image 0> with a clear blue one for the holiday let "
     "listing.", "image_edit"),
    # image_control
    ("<image 0> is a pose skeleton from my yoga class. Generate a woman in a park doing exactly that pose.",
     "image_control"),
    ("Use the depth map <image 0> to make a render of a modern kitchen with oak cabinets for a client pitch.",
     "image_control"),
    ("Here's my son's scribble <image 0>. Turn it into a proper painting of a rocket, following his lines.",
     "image_control"),
    ("Follow the edge map in <image 0> to create a product shot of a wristwatch on marble.", "image_control"),
    ("Generate a street scene at dusk that follows the layout of this edge drawing <image 0>.", "image_control"),
    # image_reference
    ("<image 0> is our company mascot. Make a new picture of him on a beach holding a surfboard.",
     "image_reference"),
    ("Using my dog in <image 0> as the reference, create an image of him as an astronaut.", "image_reference"),
    ("This is my grandad <image 0>. Make a picture of him as a knight for his 80th birthday card.",
     "image_reference"),
    ("<image 0> is our new trainer. Show it on a runner's feet on a city track at sunrise, for the shop's web page.",
     "image_reference"),
    ("Draw the teddy bear from <image 0> sitting at a tiny desk doing homework.", "image_reference"),
    # image_to_video
    ("Animate <image 0> so the flag waves gently, for the town hall's lobby screen.", "image_to_video"),
    ("Bring my late grandmother's photo <image 0> to life, just a gentle smile and a blink.", "image_to_video"),
    ("Use <image 0> as the final frame of a short clip where the camera pulls back to reveal our finished "
     "shopfront.", "image_to_video"),
    ("Make the waterfall in <image 0> flow for a few seconds, no sound needed.", "image_to_video"),
    ("Turn this product photo <image 0> into a short slowly-rotating clip for our online shop.", "image_to_video"),
    # video_reference
    ("Using the cat in <image 0>, make a short video of her chasing a butterfly in a garden.", "video_reference"),
    ("Create a short clip of the robot toy in <image 0> walking across a kitchen counter.", "video_reference"),
    ("<image 0> is our brand's delivery bike. Make a video of it riding through a busy market.",
     "video_reference"),
    ("Make a short silent video of the woman in <image 0> presenting in front of a whiteboard.",
     "video_reference"),
    ("My son drew this character <image 0>. Generate a video of it dancing on a stage.", "video_reference"),
    # video_edit
    ("In <video 0>, change the colour of the car from red to blue.", "video_edit"),
    ("Make <video 0> look like it was filmed at night.", "video_edit"),
    ("Blur the number plates of the cars in <video 0> before I share it with the neighbourhood group.",
     "video_edit"),
    ("Turn <video 0> into a watercolour-style animation for the opening of my daughter's school assembly.",
     "video_edit"),
    ("Add falling snow to <video 0>, it's our shop window clip for the Christmas screen.", "video_edit"),
    # video_control
    ("<video 0> is a pose video of me dancing. Make a video of a robot doing the same moves.", "video_control"),
    ("Follow the depth video <video 0> to generate a drive down a forest road in autumn.", "video_control"),
    ("Using the edge video in <video 0>, generate a clip of a cartoon fox running.", "video_control"),
    ("<video 0> is a pose track from our PE lesson. Generate an astronaut doing the same star jumps on the moon.",
     "video_control"),
    ("Generate a video that follows the depth of <video 0> but as a neon cyberpunk city.", "video_control"),
)
