"""Twenty-first blind set, refusals only: written by someone who saw none of the planner's data, calibration lists
or other benchmark sets; evaluation only, never used to set lists, thresholds or rules.

One ordinary request was dropped before any run: it shared a run of six words with the planner's data (the
clean-evaluation test found it). The helper's brief listed example categories for both lists (sound, live data,
actions on services, the physical world, file formats, 3D, running code, access to accounts, monitoring), as a
general brief; it did not ask for what the candidate judged on this set handles.
"""

OUT_OF_SCOPE21: tuple[str, ...] = (
    # --- sound, music and voice (including the audio track of an attached video) ---
    "put some lo-fi beats under <video 0> so it doesnt feel so empty",
    "Could you read my bedtime story aloud in a calm grandma voice? I'll paste it below.",
    "make a 15 second jingle for my bakery, something catchy with ukulele",
    "clean up the wind noise in <video 0>, you can barely hear me talking",
    "what song is playing in the background of <video 0>?",
    "transcribe the interview in <video 0> word for word with timestamps",
    "dub <video 0> into Spanish with a voice that sounds like mine",
    "Make a video of my beagle barking at the mailman, and I want to actually hear the barks",
    "explain what the teacher is saying in <video 0>, I missed the lecture",
    "compose a piano accompaniment for my lyrics and give me the MIDI file",
    # --- live or current information ---
    "is the Lisbon airport metro line running right now or is there a strike today",
    "whats bitcoin at this minute",
    "Will it rain in Leeds tomorrow afternoon? deciding whether to book the marquee",
    "who won last nights game between Boca and River, and what was the final score",
    "how long is the wait at the DMV on Elm st currently",
    "Is the pharmacy on Kirkgate open this Sunday evening?",
    "exact eur to yen rate for 500 euros as of now, it's going on an invoice",
    "what are today's top headlines in Nairobi",
    "How busy is the climbing gym on 5th avenue at the moment?",
    # --- acting on apps, accounts, devices and services ---
    "text my sister that I'll be 20 min late and share my location with her",
    "book me a table for four at Osteria Rossa friday 8pm",
    "pay the electricity bill from my checking account, it's due tomorrow",
    "dim the bedroom lamp to 30% and nudge the thermostat down to 19",
    "add dentist appt tuesday 3:15 to my google calendar w/ a reminder the day before",
    "post <image 0> to my instagram with the caption 'summer vibes' at 6pm",
    "unsubscribe me from all those marketing emails clogging my inbox",
    "Please cancel my streaming subscription before it renews on the 14th.",
    "reorder the same groceries as last week but swap the oat milk for almond",
    "send <video 0> to the family whatsapp group",
    "set an alarm for 6:45 tomorrow, the loud one",
    "sign the lease for me electronically with my docusign account",
    "call the plumber and ask if he can come round on thursday",
    # --- physical-world tasks ---
    "can you water my plants while I'm away next week",
    "print <image 0> on A3 glossy and mail it to my mum",
    "grab my dry cleaning on your way over",
    "Fill the cat's bowl at 7 tonight, the feeder is connected to my phone",
    # --- file formats and conversions other than PNG, MP4 or text ---
    "convert <video 0> to a GIF I can drop into slack",
    "export this logo <image 0> as an SVG so it scales for the banner",
    "put together a powerpoint deck, 10 slides, for our Q3 numbers",
    "give me the floor plan as a .dwg file for the architect",
    "save <image 0> as a print-ready PDF in CMYK with 3mm bleed",
    "make an animated webp sticker of my dog for telegram <image 0>",
    "I need a layered PSD of the poster so my designer can tweak the text later",
    "turn these holiday snaps <image 0> <image 1> into an excel sheet listing where and when each was taken",
    # --- 3D assets ---
    "build a 3D model of this chair <image 0> that I can open in Blender",
    "generate an STL of a phone stand for my 3d printer",
    "make a rigged character out of <image 0> for my Unity game",
    "create a walkable VR tour of the flat from these photos <image 0> <image 1>",
    # --- running or deploying code ---
    "run the test suite on my repo, fix whatever fails and push it",
    "deploy my flask app somewhere and give me the live URL",
    "time this SQL query against our production database and tell me how long it takes",
    # --- accessing the user's files, accounts or web pages ---
    "summarize the article at https://example-news.org/2024/budget-cuts",
    "open the contract in my Dropbox and check the termination clause",
    "find the photo in my camera roll where I'm wearing the red jacket",
    "what did Mark say in the last email he sent me?",
    "scrape every listing on that rental site into a table with rent and size",
    # --- long-running or real-time monitoring ---
    "ping me when the flight to Osaka drops under 400",
    "watch my front door camera tonite and alert me if anyone comes up the steps",
    "keep an eye on the baby monitor feed and tell me if she wakes up",
    "track my parcel and let me know the second it's out for delivery",
)

ORDINARY21: tuple[tuple[str, str], ...] = (
    # --- text_understanding ---
    ("write a text message to my landlord about the kitchen tap that's been dripping for a week", "text_understanding"),
    ("draft a polite email cancelling my gym membership, I'll send it myself", "text_understanding"),
    ("explain how bitcoin mining works in simple terms", "text_understanding"),
    ("what's the usual tipping etiquette at restaurants in Japan?", "text_understanding"),
    ("write lyrics for a short birthday song for my nephew Theo, he loves dinosaurs", "text_understanding"),
    ("what are the general steps to schedule a smart plug in most apps?", "text_understanding"),
    ("write a python function that checks whether a string is a palindrome", "text_understanding"),
    ("if my train is cancelled because of a strike, am I usually entitled to a refund in the EU?", "text_understanding"),
    ("if I save 250 a month at 4% interest, how much will I have after 6 years?", "text_understanding"),
    ("write a script for a 30 second radio ad for my bakery", "text_understanding"),
    ("explain the difference between SVG and PNG for a logo", "text_understanding"),
    ("how do I ask my boss for a raise? give me a few talking points", "text_understanding"),
    ("Help me word the description for a calendar invite to our quarterly planning offsite", "text_understanding"),
    # --- image_understanding ---
    ("what's a fair price for a used bike like this <image 0>?", "image_understanding"),
    ("what songs are on the setlist taped to the stage in <image 0>?", "image_understanding"),
    ("what time do they open according to the sign in <image 0>?", "image_understanding"),
    ("read the error message on my screen in <image 0> and tell me what it means", "image_understanding"),
    ("which of these two sofas would suit my living room better <image 0> <image 1>?", "image_understanding"),
    ("was the weather sunny or overcast when <image 0> was taken?", "image_understanding"),
    ("transcribe the handwritten recipe in <image 0>", "image_understanding"),
    ("what's the total on this receipt <image 0>, and did they charge me twice for the coffee?", "image_understanding"),
    ("what plug type is this socket <image 0>? do I need an adapter for my UK charger", "image_understanding"),
    ("is the mushroom in <image 0> a chanterelle or a lookalike?", "image_understanding"),
    # --- video_understanding ---
    ("in <video 0>, how many times does the dog jump over the fence?", "video_understanding"),
    ("does my golf swing in <video 0> look off? what should I fix", "video_understanding"),
    ("what score is shown on the scoreboard at the end of <video 0>?", "video_understanding"),
    ("describe what happens in <video 0> so I can write alt text for it", "video_understanding"),
    # --- text_to_image ---
    ("make a picture of a smart home dashboard on a tablet mounted in a kitchen", "text_to_image"),
    ("design a poster for a jazz night at The Blue Lantern, saturday 9pm", "text_to_image"),
    ("an album cover for a synthwave band called Neon Harbor", "text_to_image"),
    ("illustrate a weather app screen showing a thunderstorm warning", "text_to_image"),
    ("a 3D-style isometric render of a cute robot mascot", "text_to_image"),
    ("create an image of a concert crowd and a guitarist under purple lights", "text_to_image"),
    ("make a birthday card image with balloons that says 'Happy 40th, Dana!'", "text_to_image"),
    ("draw a floor-plan style picture of a small two bedroom flat", "text_to_image"),
    ("a stock chart shooting upwards with confetti, for a slide background", "text_to_image"),
    # --- image_edit ---
    ("remove the power lines from the sky in <image 0>", "image_edit"),
    ("change the text on the shop sign in <image 0> to say 'Closed for the holidays'", "image_edit"),
    ("make <image 0> look like it was taken at sunset", "image_edit"),
    ("add a little speaker icon and a 'sound on' badge to the corner of <image 0>", "image_edit"),
    ("swap the background of my product shot <image 0> for plain white", "image_edit"),
    ("put a santa hat on the cat in <image 0>", "image_edit"),
    ("turn my photo <image 0> into a watercolour painting", "image_edit"),
    ("erase my ex from this beach pic <image 0>", "image_edit"),
    # --- image_control ---
    ("use the pose in <image 0> to make a picture of a knight in armour standing the same way", "image_control"),
    ("here's my rough scribble of a logo <image 0>, turn it into a clean finished illustration", "image_control"),
    ("take the depth map <image 0> and generate a foggy forest scene from it", "image_control"),
    # --- image_reference ---
    ("put my dog from <image 0> on the cover of a made-up magazine", "image_reference"),
    ("make a new picture of the teddy bear in <image 0> sitting on the moon", "image_reference"),
    ("use the sneaker from <image 0> in an ad shot on a basketball court", "image_reference"),
    # --- image_to_video ---
    ("animate <image 0> so the waves roll and the clouds drift", "image_to_video"),
    ("make my grandpa's old photo <image 0> come alive, like he's smiling and blinking", "image_to_video"),
    # --- video_reference ---
    ("make a short video of the character in <image 0> walking through a snowy market", "video_reference"),
    # --- video_edit ---
    ("remove the watermark from the corner of <video 0>", "video_edit"),
    ("make <video 0> look like an old black and white film", "video_edit"),
    # --- video_control ---
    ("use the dance moves from <video 0> to make a video of a robot doing the same dance", "video_control"),
    # --- text_to_video ---
    ("make a short clip of rain falling on a city street at night", "text_to_video"),
    ("generate a video of a paper airplane gliding through an office", "text_to_video"),
    ("create a video of a phone screen with a notification popping up", "text_to_video"),
)
