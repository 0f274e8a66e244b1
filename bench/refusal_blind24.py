"""Twenty-fourth blind set, refusals only: written by someone who saw none of the planner's data, calibration lists
or other benchmark sets; evaluation only, never used to set lists, thresholds or rules. The helper's brief was
general: it chose the categories (it was told only what the twelve tasks can do). No request
shared a 6-word run with our data."""

OUT_OF_SCOPE24: tuple[str, ...] = (
    # making sound / speech / music
    "can u make a 15 sec intro jingle for my youtube channel, upbeat synth kinda thing",
    "<image 0> animate this photo of my late dad and have him say 'happy birthday kiddo' in his voice",
    "make a short clip of a campfire at night with crackling fire sounds and crickets chirping",
    "<video 0> add some lo-fi background music under this and fade it out at the end",
    "<video 0> dub this into spanish pls, keep the same speaker voice if possible",
    "<video 0> theres a ton of wind noise in this, can you clean up the audio",
    "read this bedtime story aloud for my daughter in a soft voice: Once upon a time there was a little fox who...",
    "<image 0> this is sheet music for a piece im learning, play it so I can hear how the rhythm goes",
    "make a 30 sec video ad for my coffee shop with a voiceover saying 'Wake up to Bean There'",
    "sing happy birthday to my son Leo, he's turning 5 today!!",
    # hearing audio in attached videos
    "<video 0> whats the song playing in the background of this? i need the name",
    "<video 0> transcribe what my professor says from minute 2 on, i missed the lecture",
    "<video 0> my car makes this knocking noise when idling, listen and tell me if its the rod bearings",
    "<video 0> what is the guy on the phone saying at the end? i cant make it out",
    # live data / internet
    "whats the weather gonna be in lisbon this weekend",
    "how much is 1 ETH in usd right now",
    "did the warriors win last night? whats the score",
    "<image 0> screenshot of my flight confirmation, is it delayed today?",
    "<image 0> what's this sneaker going for on stockx right now",
    "<image 0> there's a QR code on this flyer, open it and tell me what's on the page",
    "summarize this article for me: https://www.theverge.com/2024/3/12/24098765/ai-chips-supply",
    "<image 0> reverse image search this and find where else it's been posted",
    "Is the Trader Joe's on Masonic still open rn?",
    "<image 0> this is the restaurant we're sitting at, check their latest yelp reviews before we order",
    "<image 0> make a poster showing today's USD to EUR exchange rate in big numbers",
    "generate an image of whoever is #1 on the billboard hot 100 this week holding a trophy",
    # acting on other apps, accounts, services
    "text my wife that ill be 20 min late",
    "write a nice birthday poem for my mom and then email it to her at linda.k@gmail.com",
    "book a table for 4 at nopa friday 8pm",
    "<image 0> edit out the trash can and then post it to my instagram story",
    "order another bag of the dog food in <image 0> from chewy, same size pls",
    "remind me tomorrow at 9 to call the dentist",
    "set up a meeting w/ Priya and Tom next tues 3pm and send them a calendar invite",
    "cancel my spotify premium, I don't use it anymore",
    "pay my PG&E bill from my checking account",
    "venmo jake $40 for the concert tickets",
    "fill out the visa application on travel.state.gov for me, my passport no. is X1234567 and I was born 3/4/1990",
    "call the pharmacy and ask if my refill is ready",
    # devices / physical world
    "turn the living room lights off and set the thermostat to 68",
    "<image 0> make a nice wallpaper out of this and set it as my lock screen",
    "restart my router, the wifi keeps dropping every 10 minutes",
    "print 50 copies of the bake sale poster <image 0> on the office printer",
    "design a birthday card for my grandma and mail it to her in ohio",
    # running code
    "run this and tell me what it prints:\nimport time, os; print(time.time(), os.getpid())",
    "benchmark my merge sort against python's sorted() on 1M random ints and give me the real timings in ms",
    "<image 0> screenshot of my script, execute it and paste the output",
    # other file formats
    "convert <video 0> to a gif so I can use it in slack",
    "make a logo for my bakery 'Crumb & Co' and give it to me as an SVG vector file for the print shop",
    "write my resume from the info below and save it as a .docx i can download. Jane Doe, 5 yrs marketing...",
    "make me a budget spreadsheet (xlsx) with working formulas for rent, food, savings",
    "<image 0> turn this vase into an STL file so I can 3D print it",
    "<video 0> extract just the audio as an mp3",
    # the user's own files / accounts / history
    "open my google drive and find the invoice from march",
    "check my gmail for the confirmation code united sent me",
    "<image 0> grab the other photos from that trip in my camera roll too and make a collage",
    "what did I spend on uber last month? check my chase account",
    "use my linkedin profile pic to make a professional headshot",
    "where's my amazon package? order #113-4928371-2210",
    # ongoing monitoring
    "keep an eye on flights SFO to tokyo and ping me when it drops under $700",
    "<image 0> this is our front porch camera, alert me if anyone comes to the door tonight",
)

ORDINARY24: tuple[tuple[str, str], ...] = (
    # text_understanding
    ("write a text to my wife saying ill be 20 min late, short and sweet, I'll send it myself", "text_understanding"),
    ("how do I cancel spotify premium? step by step on iphone pls", "text_understanding"),
    ("write lyrics for a chorus about summer road trips, pop punk vibe", "text_understanding"),
    ("write a python script that pulls the weather for lisbon from an API, I'll run it myself", "text_understanding"),
    ("explain how to book a table on opentable and what to do if the time I want is full", "text_understanding"),
    # image_understanding
    ("<image 0> this is a concert poster, what date and venue is the show?", "image_understanding"),
    ("<image 0> screenshot of my bank app, which charge looks like a duplicate?", "image_understanding"),
    ("<image 0> here's sheet music, what key is it in and what's the time signature?", "image_understanding"),
    ("<image 0> what gate and boarding time does this boarding pass say", "image_understanding"),
    ("<image 0> screenshot of my python code, why would this throw a KeyError?", "image_understanding"),
    # video_understanding
    ("<video 0> what instrument is the guy on the left playing?", "video_understanding"),
    ("<video 0> how many people are dancing in this clip", "video_understanding"),
    ("<video 0> my dashcam footage: did the other car run the red light?", "video_understanding"),
    ("<video 0> muted clip of a piano lesson, which fingers does she use for the scale?", "video_understanding"),
    ("<video 0> what does the sign the protester is holding say", "video_understanding"),
    # text_to_image
    ("album cover for my band's EP 'Static Bloom', neon colors, grainy film look", "text_to_image"),
    ("a poster for jazz night at the Blue Room, saturday 9pm, art deco style", "text_to_image"),
    ("illustration of a phone screen showing a text message that says 'on my way'", "text_to_image"),
    ("picture of an old tube radio on a kitchen table, warm morning light", "text_to_image"),
    ("a cute weather-app style icon of a sun peeking out of clouds", "text_to_image"),
    # text_to_video
    ("short clip of a band playing on a rooftop at sunset, no sound needed", "text_to_video"),
    ("video of someone typing an email on a laptop, close-up on the hands", "text_to_video"),
    ("clip of rain running down a window at night, moody", "text_to_video"),
    ("drone-style shot flying over a packed stadium full of fans", "text_to_video"),
    ("a phone buzzing on a nightstand with the screen lighting up", "text_to_video"),
    # image_edit
    ("<image 0> add a 'SOLD OUT' diagonal banner across this concert poster", "image_edit"),
    ("<image 0> remove the guy walking in the background", "image_edit"),
    ("<image 0> change the phone screen in this photo to show a map", "image_edit"),
    ("<image 0> blur the license plate before I post it", "image_edit"),
    ("<image 0> make the sky stormy and dark", "image_edit"),
    # image_control
    ("<image 0> is a pose skeleton, make a guitarist in exactly this pose", "image_control"),
    ("<image 0> edge map of a living room, render it as a cozy log cabin interior", "image_control"),
    ("<image 0> depth map, turn it into a futuristic city at night", "image_control"),
    ("<image 0> my scribble of a house and a tree, make it a watercolor following my lines", "image_control"),
    ("<image 0> canny edges of a car, make it a shiny red sports car in the same outline", "image_control"),
    # image_reference
    ("<image 0> this is my dog, make a picture of him as an astronaut", "image_reference"),
    ("<image 0> same sneaker, show it on a marble pedestal like a product shot", "image_reference"),
    ("<image 0> this is me, make a pic of me playing drums on a big stage", "image_reference"),
    ("<image 0> use this character and draw her walking in a snowy forest", "image_reference"),
    ("<image 0> this mug, a new image of it on a cafe table next to a croissant", "image_reference"),
    # image_to_video
    ("<image 0> animate this photo of my grandparents so they smile and wave", "image_to_video"),
    ("<image 0> make the waves move in this beach photo", "image_to_video"),
    ("<image 0> bring this band photo to life like they're playing, silent is fine", "image_to_video"),
    ("<image 0> slow zoom into this painting", "image_to_video"),
    ("<image 0> make the candle flame flicker", "image_to_video"),
    # video_reference
    ("<image 0> make a video of this cat chasing a laser dot across the floor", "video_reference"),
    ("<image 0> this is our mascot, make a short video of it dancing at a concert", "video_reference"),
    ("<image 0> this is me, video of me walking down a runway", "video_reference"),
    ("<image 0> video of this toy robot exploring a garden", "video_reference"),
    ("<image 0> this singer, a video of her on stage under spotlights, no audio needed", "video_reference"),
    # video_edit
    ("<video 0> blur all the faces in the crowd before I upload it", "video_edit"),
    ("<video 0> make it black and white", "video_edit"),
    ("<video 0> remove the logo in the top corner", "video_edit"),
    ("<video 0> add a 'Happy Birthday Sam' text overlay at the start", "video_edit"),
    ("<video 0> change the guitar color to red", "video_edit"),
    # video_control
    ("<video 0> is me dancing, make a video of a robot doing the same moves", "video_control"),
    ("<video 0> depth video of a street, generate a cyberpunk version with the same motion", "video_control"),
    ("<video 0> pose video, make an anime girl follow it", "video_control"),
    ("<video 0> edge video of a car driving, render it as a vintage car moving the same way", "video_control"),
    ("<video 0> use the camera movement from this clip for a flyover of a fantasy castle", "video_control"),
)
