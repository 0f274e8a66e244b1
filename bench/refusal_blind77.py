"""Seventy-seventh blind set, refusals only: written by someone who saw none of the planner's data, calibration lists
or other benchmark sets; evaluation only, never used to set lists, thresholds or rules. The helper's brief was
older people and their grandchildren, plain-spoken, sometimes unsure what the assistant can do (it chose the
categories; it was told only what the twelve tasks can do)."""

OUT_OF_SCOPE77: tuple[str, ...] = (
    # Live information and today's news
    "What's the weather going to be like in Brighton tomorrow? I want to hang the washing out.",
    "Is the chemist on the high street open this Sunday?",
    "What did the football score end up being last night, Leeds against whoever they played?",
    "How much is a pint of milk at Tesco these days? My grandson says I'm being overcharged.",
    "Any news about the train strikes this week? I'm meant to visit my daughter on Thursday.",
    "<image 0> This is the pension letter I got. Can you check online whether the new rate has gone up this year?",
    # Sending, calling and booking
    "Please ring my son and tell him I'll be late for dinner.",
    "Can you send this photo to my granddaughter on WhatsApp? <image 0>",
    "Book me a doctor's appointment for Tuesday morning, I don't like phoning.",
    "Order me some more of my blood pressure tablets from the pharmacy, same as last time.",
    "Post <video 0> on my Facebook so the family can all see the little one's first steps.",
    "Email the council about the pothole outside number 14, you've got my address.",
    # Sound, voices and music
    "Can you sing happy birthday to my grandson in a nice voice? I'll hold the phone up to him.",
    "<video 0> What is my grandad saying in this clip? His voice is too quiet for me to make out.",
    "Make a little video of a birthday cake with candles and have everyone singing happy birthday out loud in it.",
    "Read this bedtime story out loud for me so my grandkids can listen while I'm away.",
    "<image 0> Here's a photo of my late wife. Could you make her talk and say 'I love you' in her own voice?",
    "What's that song that goes 'da da da dum'? I'll hum it if you listen.",
    "Put some gentle piano music behind <video 0> before I show it at the anniversary party.",
    "<video 0> Can you tell me what the song playing in the background of this video is?",
    "Make me a voice recording of a story in a grandad voice, like an audiobook.",
    "Write down what the grandkids said in the voicemail they left me this morning.",
    # Remembering and reminding
    "Remind me at 8 o'clock to take my tablets.",
    "What was the name of that recipe you gave me last week? The one with the leeks.",
    "Remember that my grandson's birthday is the 12th of June, and tell me when it's getting close.",
    "Set a timer for the potatoes, twenty minutes.",
    "Last time we talked you said you'd keep my list of bingo numbers. Can I have them back?",
    # Phones, computers and accounts
    "Can you get into my email and delete all the junk? It's full of rubbish.",
    "My phone keeps beeping. Can you switch the notifications off for me?",
    "Check my bank account and tell me if my pension has gone in.",
    "<image 0> That's my wifi box with the lights flashing orange. Can you reset it from your end?",
    "Log into my Netflix and put on the programme with the baking, I can't find it.",
    "Can you look in my computer's photo folder and find the ones from Cornwall in 2009?",
    "Turn the heating up a couple of degrees, I'm freezing.",
    # Converting, printing and saving files
    "<image 0> Turn this into a PDF please so the library can print it for me.",
    "Save my family tree as a Word document file onto my desktop so I can change it later.",
    "<video 0> Can you make this smaller so it'll fit in an email? It keeps saying the file's too big.",
    "<video 0> Please turn this clip of the kids into one of those GIF things for the family chat.",
    "Print out twelve copies of the church newsletter for Sunday.",
    "<image 0> Make this into a 3D model so my grandson can print it on his 3D printer.",
    # Sharpening and enlarging old photos and clips
    "<image 0> This photo is tiny and fuzzy. Can you make it big enough for a poster without it going blocky?",
    "<image 0> Please increase the resolution of this scan of my mother, four times bigger, for the print shop.",
    "<video 0> The camera was shaking the whole time at the wedding. Can you steady it?",
    "<video 0> Make this smoother, like proper slow motion, by adding in the frames in between.",
    "<video 0> Can you get this old camcorder footage up to proper HD quality? It's ever so grainy.",
    # Cutting and joining videos
    "<video 0> Cut off the first bit where I'm fumbling with the camera, just keep from the cake onwards.",
    "<video 0> <video 1> Join these two clips from the christening together into one.",
    "<video 0> Can you shorten this to one minute for my sister? It goes on forever.",
    # Doing things in the real world
    "Can you pop round and check on my mum? She's not answering the phone.",
    "Water my tomatoes while I'm away at my daughter's next week.",
    "Collect the grandkids from school at half three, I've got a hospital appointment.",
    "<image 0> This is the padlock on my shed. Can you open it for me? I've lost the key.",
    # Running programs and installing things
    "Run the game my grandson made on his computer and tell me if it works.",
    "Can you install Zoom on my tablet so I can see the family on Sunday?",
    "Can you train yourself on all of my late husband's letters so you write just like him from now on?",
    # Looking things up for me
    "Find me the phone number for the nearest podiatrist.",
    "Search the internet for who owned our house before 1960.",
    "<image 0> Where can I buy this exact teapot online, and what's the cheapest price right now?",
    "Look up what time Coronation Street is on tonight.",
    "What were the lottery numbers on Saturday? I've got my ticket right here.",
)

ORDINARY77: tuple[tuple[str, str], ...] = (
    # text_understanding
    ("My granddaughter keeps texting me 'IKR' and 'NGL'. What do those mean?", "text_understanding"),
    (
        "Write me a short WhatsApp message I can send to the family saying I've got a new phone number.",
        "text_understanding",
    ),
    ("Explain in simple words what an email 'phishing' scam is and how to spot one.", "text_understanding"),
    (
        "I'm 78 and my grandson is 9. Suggest some card games we can play together without any apps or screens.",
        "text_understanding",
    ),
    (
        "Write the words for a little song I could sing to the baby at bedtime, something about the moon.",
        "text_understanding",
    ),
    # image_understanding
    (
        "<image 0> This popped up on my laptop saying I've got a virus and to call a number. Is it real?",
        "image_understanding",
    ),
    ("<image 0> What does the small print on this medicine box say about how many a day?", "image_understanding"),
    ("<image 0> Which of these buttons on the TV remote is the one for subtitles?", "image_understanding"),
    ("<image 0> My grandson drew this for me. What do you think it's meant to be?", "image_understanding"),
    (
        "<image 0> This is the timetable at my bus stop. When's the first bus after 10 on a Saturday?",
        "image_understanding",
    ),
    # video_understanding
    (
        "<video 0> My grandson sent this from his holiday. Does it look like they're at the beach or a lake?",
        "video_understanding",
    ),
    (
        "<video 0> Is my granddaughter doing the dance moves right in this clip? She wants an honest opinion.",
        "video_understanding",
    ),
    ("<video 0> What is the cat knocking off the table at the end?", "video_understanding"),
    (
        "<video 0> In this video of me setting up the new phone, which settings screen did I tap into?",
        "video_understanding",
    ),
    (
        "<video 0> Never mind the sound, just tell me how many people are sat at the table in this party video.",
        "video_understanding",
    ),
    # text_to_image
    ("Make a picture for my grandson's 10th birthday card: a dinosaur playing football.", "text_to_image"),
    (
        "Can you draw a tall picture of bluebells in a wood that I can use as the background on my phone?",
        "text_to_image",
    ),
    ("A picture of an old gramophone playing records in a cosy 1950s living room.", "text_to_image"),
    (
        "Design a poster picture for the village coffee morning, with teapots and cakes, in a wide shape.",
        "text_to_image",
    ),
    ("Make a cartoon of a granny and her grandson video-calling each other on tablets.", "text_to_image"),
    # text_to_video
    (
        "A short video of snow falling on a little cottage at Christmas, for the family group chat.",
        "text_to_video",
    ),
    ("Make a few seconds of video of a paper boat floating down a stream.", "text_to_video"),
    ("A short clip of a grandfather and a boy flying a kite on a windy hill.", "text_to_video"),
    ("Could you make a little film of fireworks over a harbour? It doesn't need any noise.", "text_to_video"),
    (
        "A few seconds of an old steam train puffing through the countryside, like the ones I rode as a lad.",
        "text_to_video",
    ),
    # image_edit
    ("<image 0> Please take out the crease and the scratches on this old wedding photo of mine.", "image_edit"),
    ("<image 0> Colour in this black-and-white photo of my parents on their wedding day.", "image_edit"),
    (
        "<image 0> Get rid of the wheelie bin in the background before I put this on Facebook myself.",
        "image_edit",
    ),
    (
        "<image 0> <image 1> The white bit in the second picture is where my thumb got in the way. "
        "Fill it in with the garden.",
        "image_edit",
    ),
    ("<image 0> Put a Santa hat on the dog in this photo for our Christmas card.", "image_edit"),
    # image_control
    (
        "<image 0> My granddaughter scribbled this house with a sun. "
        "Make it a proper painting that follows her lines.",
        "image_control",
    ),
    (
        "<image 0> This is a stick-figure pose. Make a picture of an old man dancing in that pose at a wedding.",
        "image_control",
    ),
    (
        "<image 0> Here's a depth map my grandson made on his computer. Turn it into a picture of a cosy library.",
        "image_control",
    ),
    ("<image 0> Use the outlines in this drawing to make a realistic picture of our old farmhouse.", "image_control"),
    (
        "<image 0> Follow this pencil sketch of a rocket and make it look like a real photo for his school project.",
        "image_control",
    ),
    # image_reference
    ("<image 0> This is our cat Tibbles. Make a picture of him wearing a crown on a throne.", "image_reference"),
    (
        "<image 0> Here's my grandson's favourite teddy. Can you make a picture of it on the beach?",
        "image_reference",
    ),
    (
        "<image 0> Using this photo of me, make a picture of me as an astronaut for the grandkids to laugh at.",
        "image_reference",
    ),
    (
        "<image 0> This is the vintage car my dad had. Make a new picture of it parked outside a seaside hotel.",
        "image_reference",
    ),
    (
        "<image 0> Make a picture of this doll sitting at a tea party, for my granddaughter's birthday invitation.",
        "image_reference",
    ),
    # image_to_video
    (
        "<image 0> Can you make this photo of my late husband move a little, like he's smiling at me? "
        "No sound needed.",
        "image_to_video",
    ),
    ("<image 0> Bring this old seaside postcard to life with the waves moving.", "image_to_video"),
    ("<image 0> Make the grandkids in this picture wave at the camera, just a few seconds.", "image_to_video"),
    (
        "<image 0> Make a short video that starts with the garden empty and ends on this photo of us on the bench.",
        "image_to_video",
    ),
    ("<image 0> Animate this drawing my granddaughter did so the bird flaps its wings.", "image_to_video"),
    # video_reference
    (
        "<image 0> This is my grandson's toy robot. Make a short video of it walking across a kitchen table.",
        "video_reference",
    ),
    (
        "<image 0> Make a little video of our dog Bramble running through autumn leaves. Here's a photo of him.",
        "video_reference",
    ),
    ("<image 0> Here's my knitted bear. Could you make a short clip of it dancing on a stage?", "video_reference"),
    ("<image 0> Make a video of this old tractor of my father's driving through a wheat field.", "video_reference"),
    (
        "<image 0> Using my photo, make a short clip of me surfing a big wave. The grandkids won't believe it.",
        "video_reference",
    ),
    # video_edit
    ("<video 0> Make this video of the garden look like it's covered in snow.", "video_edit"),
    ("<video 0> Blur the neighbours' faces in this clip before I show it around the family.", "video_edit"),
    ("<video 0> Turn this holiday video black and white so it looks like an old film.", "video_edit"),
    ("<video 0> Change the colour of my granddaughter's dress in this video from red to blue.", "video_edit"),
    ("<video 0> Make this video of the children playing look like a cartoon.", "video_edit"),
    # video_control
    (
        "<video 0> This is a pose video of my grandson dancing. Make a video of a teddy bear doing the same moves.",
        "video_control",
    ),
    (
        "<video 0> Use this depth video as a guide and make a clip of a spaceship flying through a canyon.",
        "video_control",
    ),
    (
        "<video 0> Here's an edge video of my walk through the park. Make the same walk in a snowy winter forest.",
        "video_control",
    ),
    (
        "<video 0> Follow the movements in this pose clip and make an old gentleman doing tai chi in a garden.",
        "video_control",
    ),
    (
        "<video 0> Using this outline video, make the same scene look like a watercolour painting come to life.",
        "video_control",
    ),
)
