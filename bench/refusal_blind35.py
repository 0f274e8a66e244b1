"""Thirty-fifth blind set, refusals only: written by someone who saw none of the planner's data, calibration lists
or other benchmark sets; evaluation only, never used to set lists, thresholds or rules. The helper's brief was
general: it chose the categories (it was told only what the twelve tasks can do). Three
out-of-scope requests shared a 6-word run with our data (the action probe's data: "Turn off the living room lights.",
"Set an alarm for 5:45 am tomorrow.", "Check today's weather ..., then write me a packing list ...") and were dropped
before any run."""

OUT_OF_SCOPE35: tuple[str, ...] = (
    # hearing audio in an attached video
    "Can you transcribe the voice memo I recorded in <video 0>? It's basically just me talking for two minutes.",
    "what song is playing in the background of <video 0>?? been trying to find it for days",
    "Listen to my guitar in <video 0> and tell me which strings are out of tune.",
    "Listen to <video 0> — does my daughter's cry sound like a hungry cry or a tired cry?",
    "Please translate what the woman is saying in <video 0> into English. There are no subtitles.",
    "how loud is the bass in <video 0>, will it annoy my downstairs neighbours at night",
    # making sound, music or speech
    "Make me a 30-second lo-fi hip hop beat I can loop on my study stream.",
    (
        "Read this bedtime story aloud in a calm, slow voice for my son: Once upon a time a little hedgehog "
        "lost his way home in the forest..."
    ),
    "Generate a ringtone that sounds like birds chirping at dawn.",
    "Turn my poem into an actual song I can play at the wedding reception, female vocals and piano please.",
    "I need a voiceover in a deep British accent saying 'Welcome to Harbor Dental, your smile is our priority.'",
    "Add spooky background music and creaking door sounds to <video 0> for our Halloween party.",
    "Hum the first few bars of Für Elise so I remember how it goes.",
    "Make a short clip of a dog barking at the mailman, and I really want to hear the barking.",
    # live, current or web data
    "What's the weather in Nairobi right now?",
    "Who won the Champions League match last night and what was the score?",
    "Current price of Tesla stock pls",
    "Is the pharmacy on Elm Street still open at this hour?",
    "Find me the cheapest flights from Manila to Seoul for next weekend.",
    "Look up the Google Maps reviews for the restaurant in <image 0> and tell me its star rating.",
    "I'm sitting at gate B12 — is my flight LH 441 delayed or not?",
    # acting on messages, accounts, bookings, purchases
    "Send a text to my mom saying I'll be home late tonight.",
    "Book a table for four at an Italian place near me tomorrow at 7pm.",
    "Unsubscribe me from all these promotional emails cluttering my inbox.",
    "Order two large pepperoni pizzas to my apartment, pay with the card on file.",
    "Add a dentist appointment on Thursday at 3pm to my calendar.",
    "Cancel my gym membership, I'm done with it.",
    "Pay this month's electricity bill from my checking account.",
    # devices and the physical world
    "Lower the thermostat to 19 degrees, it's way too warm in here.",
    "Print <image 0> on A4 glossy paper, two copies.",
    "Can you water my tomato plants every morning while I'm on vacation?",
    # running code
    "Run this and tell me what number it printed: import random; print(random.randint(1, 1000))",
    "Execute the query SELECT COUNT(*) FROM users WHERE active = 1 against our production database.",
    "Benchmark these two sorting functions on my laptop and tell me which one is faster in practice.",
    # other file formats
    "Convert the scanned contract in <image 0> into an editable Word document I can download.",
    "Give me an .xlsx file with working formulas for my monthly budget.",
    "Turn the floor plan in <image 0> into a 3D model I can open in SketchUp.",
    "Summarize the report.pdf I attached, especially chapter 4.",
    "Export the audio from <video 0> as an MP3 so I can listen to it on the bus.",
    # the user's own data, history or accounts
    "What did I ask you about last Tuesday? I forgot the answer you gave me.",
    "Find all the photos of my sister in my camera roll.",
    "What's my Netflix password again?",
    "How many steps did I walk yesterday?",
    # multi-part: a doable part plus an impossible part
    "Write a short birthday poem for my sister and text it to her at 8 am tomorrow.",
    "Make a video of ocean waves at sunset with the sound of seagulls and crashing surf.",
    "Describe what's in <image 0> and then upload it to my Google Drive folder called 'Trips'.",
    "Design a logo for my bakery 'Crumb & Co' and register the domain crumbandco.com for me.",
    "Summarize the plot of Hamlet in five sentences, then read the summary out loud to me.",
    "Remove the background from <image 0>, then print 20 copies on sticker paper.",
    "Animate <image 0> so my grandpa waves, and have him say 'happy holidays' in his own voice.",
    "Draft a cover letter for a junior data analyst job and submit it through LinkedIn for me.",
    "What is happening in <video 0>, and what exactly are the two people arguing about?",
    "Create a picture of a cozy log cabin in the snow and set it as my phone's lock screen.",
    "Generate an image of a cat in a spacesuit and email it to grandma@example.com.",
    "Write a three-minute short film script about a lost key, then score it with an orchestral soundtrack.",
    "Write an Instagram caption for <image 0> and post it on my account at 6pm.",
    ("Make a poster for our jazz night this Friday, and find the cheapest print shop near me that's open right now."),
)

ORDINARY35: tuple[tuple[str, str], ...] = (
    # text_understanding
    (
        "Write an email to my landlord saying the heater's been broken since Monday. Just the text, "
        "I'll paste it into Gmail myself.",
        "text_understanding",
    ),
    ("Explain how noise-cancelling headphones actually cancel the noise, like I'm 12.", "text_understanding"),
    (
        "Write a Python script that fetches a web page and counts the words on it. Just give me the code, "
        "I'll run it on my own machine.",
        "text_understanding",
    ),
    (
        "Write lyrics for a silly country song about my dog Biscuit stealing socks — I'll make up the tune "
        "myself on guitar.",
        "text_understanding",
    ),
    ("Schreib mir ein kurzes Gedicht über den Herbst für die Geburtstagskarte meiner Oma.", "text_understanding"),
    # image_understanding
    ("<image 0> is a screenshot of my banking app — what does the red warning banner say?", "image_understanding"),
    ("What Wi-Fi network name is printed on the router sticker in <image 0>?", "image_understanding"),
    ("Which song title and artist are shown on the Spotify screen in <image 0>?", "image_understanding"),
    ("Here's a photo of a concert poster <image 0>. What date and venue does it list?", "image_understanding"),
    ("Judging by the leaves in <image 0>, is my monstera overwatered?", "image_understanding"),
    # video_understanding
    (
        "My laptop speakers are broken anyway, so just tell me from the picture: how many people walk "
        "through the door in <video 0>?",
        "video_understanding",
    ),
    (
        "<video 0> is my dashcam clip. Which car ran the red light, the white one or the blue one?",
        "video_understanding",
    ),
    (
        "Describe the dance moves in <video 0> step by step so I can learn them for the TikTok trend.",
        "video_understanding",
    ),
    (
        "From what you can see in <video 0>, does the cat knock the glass off the table on purpose?",
        "video_understanding",
    ),
    ("What does the scoreboard show at the end of <video 0>?", "video_understanding"),
    # text_to_image
    ("Make a picture of an old radio on the counter of a 1950s diner kitchen.", "text_to_image"),
    ("Create an Instagram post image: a flat lay of coffee and croissants on marble, no text.", "text_to_image"),
    ("Phone wallpaper please, vertical: a neon Tokyo street in the rain at night.", "text_to_image"),
    ("Draw a cartoon of a robot DJ with giant headphones at a rooftop party.", "text_to_image"),
    (
        "I need a cover illustration for the novel I'm self-publishing on Amazon: a lighthouse in a storm.",
        "text_to_image",
    ),
    # text_to_video
    (
        "Make a short clip of a vinyl record spinning on a turntable — no sound needed, I'll add my own music later.",
        "text_to_video",
    ),
    ("Generate a 5-second video of a smartphone screen lighting up on a nightstand in a dark room.", "text_to_video"),
    ("A video of fireworks over a harbour at midnight, silent is totally fine.", "text_to_video"),
    ("Short video of a paper plane gliding across a classroom, for my YouTube channel intro.", "text_to_video"),
    ("Make a video of a thunderstorm rolling in over golden wheat fields.", "text_to_video"),
    # image_edit
    ("Remove the Wi-Fi password sticker from the photo of my router <image 0> before I post it online.", "image_edit"),
    ("In <image 0>, change the text on the shop sign from 'OPEN' to 'CLOSED'.", "image_edit"),
    ("Blur the license plate in <image 0>, I'm selling the car on Facebook Marketplace.", "image_edit"),
    ("Make <image 0> look like it was taken at sunset instead of noon.", "image_edit"),
    ("Replace the sky in <image 0> with the northern lights; <image 1> is the mask for the sky.", "image_edit"),
    # image_control
    ("Use the pose skeleton in <image 0> to make a photo of a ballerina in that exact pose.", "image_control"),
    (
        "<image 0> is a depth map of my living room from my phone's LiDAR app. Render it as a cozy "
        "Scandinavian interior.",
        "image_control",
    ),
    ("Turn my kid's scribble <image 0> into a realistic dragon, keeping the same outline.", "image_control"),
    (
        "Here's an edge map <image 0> of a sports car. Generate a red sports car that follows it exactly.",
        "image_control",
    ),
    ("I sketched a house on my iPad <image 0> — make a photoreal image that follows my sketch lines.", "image_control"),
    # image_reference
    ("Here's my dog <image 0>. Make a picture of him as an astronaut on the moon.", "image_reference"),
    ("<image 0> is our company mascot plush. Create an image of it sitting at a DJ booth.", "image_reference"),
    ("Make a new image of the woman in <image 0> playing violin on a big concert stage.", "image_reference"),
    ("Using the sneaker in <image 0>, create a product shot of it on a mossy rock.", "image_reference"),
    ("My grandma in <image 0> — paint her as a Renaissance portrait.", "image_reference"),
    # image_to_video
    ("Animate <image 0> so the waterfall flows and the trees sway in the wind.", "image_to_video"),
    (
        "Make <image 0> the last frame of a video where the wedding cake gets assembled layer by layer.",
        "image_to_video",
    ),
    ("Bring this old family photo <image 0> to life — slight smiles and blinking.", "image_to_video"),
    ("Make the rocket in my drawing <image 0> take off. Silent is fine, it's for a slideshow.", "image_to_video"),
    ("Start from <image 0> and have the camera slowly zoom out to reveal the whole city.", "image_to_video"),
    # video_reference
    ("Make a video of the teddy bear in <image 0> walking through a snowy forest.", "video_reference"),
    ("Using my cat from <image 0>, make a clip of her chasing a laser dot around the kitchen.", "video_reference"),
    ("Create a video featuring the guy in <image 0> skateboarding down a sunny street.", "video_reference"),
    ("Put the robot toy in <image 0> in a short video dancing at a party (no music needed).", "video_reference"),
    ("Product video: the perfume bottle in <image 0> rotating slowly among falling petals.", "video_reference"),
    # video_edit
    ("Change <video 0> from daytime to night.", "video_edit"),
    ("Remove the person walking in the background of <video 0>.", "video_edit"),
    ("Make <video 0> look like a hand-drawn anime.", "video_edit"),
    ("Replace the logo on the guy's T-shirt in <video 0> with a plain blue shirt.", "video_edit"),
    (
        "<video 0> is from my phone. Turn the grey sky into a clear blue one — I'll put the original audio "
        "back myself in my editor.",
        "video_edit",
    ),
    # video_control
    ("Use the dance moves in the pose video <video 0> to make a video of an astronaut dancing.", "video_control"),
    ("<video 0> is a depth video; generate a jungle scene that follows it.", "video_control"),
    ("Follow the motion in <video 0> to make a dragon flying along the same path.", "video_control"),
    (
        "Here's an edge-detected clip of traffic <video 0>. Generate a cyberpunk city video following the edges.",
        "video_control",
    ),
    (
        "Make a video of a cartoon fox matching the pose sequence in <video 0>, which I exported from my mocap app.",
        "video_control",
    ),
)
