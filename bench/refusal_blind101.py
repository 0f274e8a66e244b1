"""One-hundred-and-first blind set, refusals only: written by someone who saw none of the planner's data, calibration
lists or other benchmark sets; evaluation only, never used to set lists, thresholds or rules. The helper's brief was
people at work in small trades and hobbies (hairdressers, mechanics, gardeners, florists, home bakers, tattoo artists,
personal trainers, DIY renovators), a third polite and long-winded, a third terse search-box, a third ordinary
(it chose the categories; it was told only what the twelve tasks can do)."""

OUT_OF_SCOPE101: tuple[str, ...] = (
    # producing sound, music or speech
    "Hi there, I run a small barbershop and I'd love a short jingle with a catchy melody I can play when customers walk in — could you compose and record one for me?",
    "read this welcome script aloud in a warm voice and give me the mp3 for my salons phone line",
    "florist shop radio ad voiceover 30 seconds audio file",
    "Add a spoken voiceover narration explaining each step to <video 0> of me changing the brake pads.",
    "Good morning! I filmed my sourdough shaping routine in <video 0>, and I'd really like you to put some upbeat background music under it so it's ready for my followers.",
    # hearing the audio in an attachment
    "What song is playing in the background of <video 0> while I'm cutting this client's hair?",
    "transcribe what the client says to me in <video 0>",
    "Hello, my garage recorded this clip of my customer's engine idling in <video 0>; could you listen to the knocking noise and tell me whether it sounds like a rod bearing?",
    "does the drill in <video 0> sound like the motor is burning out",
    "Can you write down the exact words my personal training client shouts during the last set in <video 0>?",
    "Dear assistant, I recorded my apprentice explaining the colour formula in <video 0> — would you mind summarising everything she says out loud?",
    # live data, today's prices, web search
    "what is the price of copper pipe at home depot today",
    "Can you check today's wholesale price for red roses at the flower market?",
    "Hi, I'm planning to plant tomatoes this weekend — could you look up the current frost forecast for my town and tell me if it's safe?",
    "search the web for reviews of the tattoo parlours in my neighbourhood",
    "Is the hammer drill in <image 0> currently on sale anywhere, and which shop has the lowest price right now?",
    "latest news on the flour shortage this week",
    # sending messages, emails and posts
    "Please email this quote for the bathroom tile job to my client at mark.jones@example.com.",
    "Good afternoon! I've just finished this lovely bridal bouquet, pictured in <image 0>, and I'd be so grateful if you could post it to my florist shop's Instagram account with a nice caption.",
    "text all my gym clients that tomorrows bootcamp is cancelled",
    "send <image 0> of the finished fade to my client on whatsapp",
    "Post my cake decorating video <video 0> on TikTok tonight at 7 pm.",
    "Hello there, one of my regular customers is waiting to hear back about her car repair — could you ring her and tell her the alternator is ready for pickup?",
    # acting on accounts, apps and devices
    "add a 2pm balayage appointment for sarah to my salon booking calendar",
    "Could you turn on the sprinkler system in my back garden through my smart home app?",
    "Hi, I'm a home baker and my oven is connected to wifi — would you mind preheating it to 200 degrees for me so it's ready when I get home?",
    "update the prices on my etsy bakery listings to add 10 percent",
    "Log into my Square account and tell me how much my tattoo studio made last month.",
    "Please cancel my client's personal training session in the Mindbody app and refund her card.",
    # purchases, orders and bookings
    "order 200 white tulips from my wholesaler for friday delivery",
    "Buy the exact spark plugs shown in <image 0> and have them shipped to my workshop.",
    "Hello! I'm redoing my kitchen on a budget and found the tiles in <image 0> — could you please purchase eight boxes of them for me from whichever store has them?",
    "Book me a table saw rental from the hardware store for Saturday morning.",
    "reserve a booth at next months tattoo convention for me",
    "Hi, could you kindly book a van and a driver to deliver my wedding cake to the venue on Saturday afternoon?",
    # physical chores
    "Please come over and mow the lawn at my client's house on Elm Street.",
    "pick up the hair dye delivery from the post office",
    "Hi there, my hands are full with a client right now — could you go water the hanging baskets outside the shop for me?",
    "Sweep up the hair clippings around chair two when you get a minute.",
    "come to the garage and tighten the wheel nuts on the car in <image 0> before the customer arrives",
    # running code, deploying or training models
    "run this python script for me and report the output: import pandas as pd; df = pd.read_csv('bakery_costs.csv'); print(df.sum())",
    "Train a custom model on my 500 tattoo designs so it learns my linework style.",
    "Hello, I'm a personal trainer with a bit of coding knowledge — could you please execute my workout-tracker script on your server and send me back the logs it prints?",
    "fine tune an ai on photos of my haircuts",
    "Deploy my little florist order website to a live server so customers can use it.",
    # special file formats and exports
    "Export my weekly training plan as a PDF file I can download.",
    "turn the car part in <image 0> into a 3d printable stl model",
    "Good evening! Could you please put my whole cupcake price list into an Excel spreadsheet with working formulas and give me the .xlsx file?",
    "Make a layered Photoshop PSD file of the tattoo sketch in <image 0> with each element on its own layer.",
    "convert the floor plan for my bathroom renovation into a cad dwg file",
    # cutting, joining, upscaling, frame rate and stabilising
    "trim the first ten seconds off <video 0>",
    "Hi, I filmed two clips of my kitchen demolition — <video 0> and <video 1> — and I'd love it if you could join them into one continuous video for my renovation blog.",
    "Stabilise the shaky footage in <video 0> from my chest-mounted camera during the deadlift.",
    "upscale <image 0> of my wedding cake to 4k resolution for printing",
    "Convert <video 0> of my hairdressing tutorial to 60 frames per second.",
    "Cut out the boring parts of <video 0> and keep only the moments where I'm actually planting.",
    # remembering earlier conversations
    "What was the hair colour formula I gave you for Mrs. Patel last week?",
    "Hello again! Last month you helped me plan a garden layout for a client — could you please pull that exact plan back up so I can keep working on it?",
    "remember this clients tattoo allergy for next time",
    "Continue the renovation budget we were working on yesterday.",
)

ORDINARY101: tuple[tuple[str, str], ...] = (
    # text_understanding
    ("Hi! I've got a client who's upset that her highlights came out too brassy — could you help me write a polite, apologetic email offering her a free toner appointment?", "text_understanding"),
    ("how much should i charge for a dozen custom cupcakes if ingredients cost 9 dollars and i want a 60 percent margin", "text_understanding"),
    ("suggest ten mellow songs i could play in my tattoo studio", "text_understanding"),
    ("Write a short text message I can send to clients reminding them to book their spring garden cleanup.", "text_understanding"),
    ("Write a 12-week beginner strength program for a client who can train three days a week.", "text_understanding"),
    # image_understanding
    ("What kind of plant disease is causing the spots on the leaves in <image 0>?", "image_understanding"),
    ("Good morning, I'm a newer mechanic and I took a photo of this engine bay in <image 0> — would you be able to point out where the coolant reservoir is?", "image_understanding"),
    ("is the grout in <image 0> cracked enough that i need to redo it", "image_understanding"),
    ("Read the price tags on the flower buckets in <image 0>, then tell me which bouquet is cheapest.", "image_understanding"),
    ("is the loaf i baked today in <image 0> underproofed", "image_understanding"),
    # video_understanding
    ("Does my client's squat form in <video 0> show her knees caving in?", "video_understanding"),
    ("Hello! I filmed myself piping buttercream roses in <video 0>; could you watch it and tell me what I'm doing wrong with the angle of the bag?", "video_understanding"),
    ("how many cars pull into the workshop bay in <video 0>", "video_understanding"),
    ("Describe the steps the hairdresser follows in <video 0> to do the french braid.", "video_understanding"),
    ("which tool is the guy using to strip the wallpaper in <video 0>", "video_understanding"),
    # text_to_image
    ("Draw a poster for my bakery's Saturday sale with croissants and a 20% off banner.", "text_to_image"),
    ("flash sheet of traditional tattoo swallows and daggers", "text_to_image"),
    ("Good afternoon! I'm opening a little flower stall at the farmers market next month and I'd love an illustration of a cosy wooden cart overflowing with peonies for my sign.", "text_to_image"),
    ("Make an image of a tidy mechanic's workbench with tools hanging on a pegboard.", "text_to_image"),
    ("logo for a barbershop called sharp edges with a vintage razor", "text_to_image"),
    # text_to_video
    ("Create a short video of a baker dusting flour over a loaf of sourdough in slow motion.", "text_to_video"),
    ("10 second clip of a gardener raking autumn leaves in a sunny backyard", "text_to_video"),
    ("Hi there, I teach small-group fitness classes and I'd love a short silent clip of a trainer demonstrating a kettlebell swing in a bright gym for my website banner.", "text_to_video"),
    ("Make a video of a florist wrapping a bouquet of sunflowers in brown paper.", "text_to_video"),
    ("video of a hairdresser blow drying long wavy hair in a salon", "text_to_video"),
    # image_edit
    ("Remove the extension cord from the floor in <image 0> of my finished living room.", "image_edit"),
    ("change the hair colour in <image 0> to copper red so my client can preview it", "image_edit"),
    ("Hello, I've just repainted my kitchen cabinets and photographed them in <image 0> — would you mind showing me what they'd look like in sage green instead?", "image_edit"),
    ("Using the mask in <image 1>, replace the lawn in <image 0> with a gravel patio.", "image_edit"),
    ("add a price tag saying 25 dollars next to the cake in <image 0>", "image_edit"),
    # image_control
    ("Make a photo of a finished wedding bouquet following the edge map in <image 0>.", "image_control"),
    ("Generate a personal trainer doing a lunge in a park that matches the pose skeleton in <image 0>.", "image_control"),
    ("Hi! I drew a rough scribble of my dream garden shed in <image 0> — could you turn it into a realistic picture that follows my scribble's layout?", "image_control"),
    ("with the depth map <image 0> as a guide, render a renovated loft bedroom with exposed beams", "image_control"),
    ("koi fish tattoo artwork that follows the edge map in <image 0>", "image_control"),
    # image_reference
    ("Create a new image of the vintage car in <image 0> parked outside a countryside garage at sunset.", "image_reference"),
    ("Make a new picture of the same woman from <image 0> standing in a modern salon holding a hairdryer.", "image_reference"),
    ("Good evening, <image 0> shows the signature three-tier cake I'm known for — could you create an image of that same cake displayed on a rustic table at an outdoor wedding?", "image_reference"),
    ("same ceramic planter from <image 0> on a sunny balcony surrounded by herbs", "image_reference"),
    ("Generate an image of my gym's mascot character from <image 0> lifting a giant dumbbell on a beach.", "image_reference"),
    # image_to_video
    ("Animate <image 0> of my bakery storefront so the awning flutters in a light breeze.", "image_to_video"),
    ("make the flowers in <image 0> sway gently in a short clip", "image_to_video"),
    ("Hello! <image 0> is a photo of my freshly planted vegetable bed — could you turn it into a short video where the camera slowly pans across the rows?", "image_to_video"),
    ("Create a video that ends on <image 0>, the finished renovated kitchen, starting with the camera moving in through the doorway.", "image_to_video"),
    ("animate <image 0> so the client in the barber chair slowly spins round", "image_to_video"),
    # video_reference
    ("Make a video of the mechanic in <image 0> walking through a busy garage and wiping his hands on a rag.", "video_reference"),
    ("new video featuring the same cake from <image 0> being carried into a wedding reception hall", "video_reference"),
    ("Hi there, the woman in <image 0> is my gym's founder — could you create a short video of her leading an outdoor bootcamp class on a beach?", "video_reference"),
    ("new clip of the florist from <video 0> arranging tulips in a different shop", "video_reference"),
    ("Create a video of the vintage motorbike from <image 0> riding down a coastal road.", "video_reference"),
    # video_edit
    ("Change the wall colour in <video 0> of my living room walkthrough from beige to navy blue.", "video_edit"),
    ("make <video 0> of my garden look like it was filmed in autumn", "video_edit"),
    ("Good morning! In <video 0> I'm demonstrating a fade haircut, and I'd love it if you could change the background to a clean white studio.", "video_edit"),
    ("Turn <video 0> of me kneading dough into a watercolour painting style.", "video_edit"),
    ("remove the logo on the trainers t-shirt in <video 0>", "video_edit"),
    # video_control
    ("Generate a video of a cartoon baker that copies the exact movements from the pose video <video 0>.", "video_control"),
    ("take the pose video <video 0> and make a clip of an astronaut doing these same burpees", "video_control"),
    ("Hi, <video 0> is a depth video of me walking through my half-finished attic — could you create a video following that depth of a fully finished cosy reading room?", "video_control"),
    ("Create a video of a gardener in a flower field that follows the pose sequence in <video 0>.", "video_control"),
    ("tattoo artist character animation following the motion video <video 0>", "video_control"),
)
