"""Ninety-ninth blind set, refusals only: written by someone who saw none of the planner's data, calibration lists or
other benchmark sets; evaluation only, never used to set lists, thresholds or rules. The helper's brief was a
general mix of everyday users, some writing casually with typos and no punctuation (it chose the categories; it was
told only what the twelve tasks can do). One request shared a 6-word run with the planner's calibration or probe
data and was reworded before any run ("wake me up at quarter past six tomorrow")."""

OUT_OF_SCOPE99: tuple[str, ...] = (
    # live or current information
    "whats the weather gonna be like in leeds tmrw",
    "how much is one bitcoin worth right now",
    "any news on the train strike today? need to know if my 8am is running",
    "Who won the match last night between Arsenal and Spurs?",
    "is the big tesco near me still open at this hour",
    "what's the current exchange rate gbp to euro, im at the airport and the booth looks like a rip off",
    "Could you check whether there are still tickets left for the Coldplay gig on Saturday?",
    "<image 0> what is this exact trainer selling for on ebay at the moment",
    # sound, music and speech
    "make me a short lullaby song i can play for my baby to fall asleep to",
    "<video 0> what is the guy in this clip saying? cant turn the sound on im on the bus",
    "<video 0> add some upbeat background music to this so i can post it",
    "read this paragraph out loud for me in a posh british accent: 'The garden party begins at noon.'",
    "Generate a video of a dog barking at the postman, and make sure we can actually hear the barking",
    "<video 0> whats the name of the song playing in the background of this",
    "can u make me a ringtone out of a cat meowing",
    "<image 0> make this photo of my grandad talk and say happy birthday in his own voice",
    "make me a 10 minute video of a crackling fireplace with the sound for my tv at christmas",
    # sending, posting, booking and buying
    "email my landlord that the boiler broke again",
    "<image 0> post this on my instagram with a cute caption",
    "book me a table for 4 at an italian place nearby for 7pm friday",
    "order more nappies from amazon same as last time pls",
    "Text my sister that I'll be 20 minutes late",
    "call the dentist and move my appointment to next week",
    "<video 0> upload this to my youtube channel as unlisted",
    # accounts, personal files and devices
    "whats in my google drive folder called taxes 2023",
    "can you go through my phone photos and find the ones from the beach last summer",
    "turn off the lights in the living room",
    "log into my bank and tell me how much i spent on takeaways this month",
    "what did my boss say in the email he sent me this morning",
    "<image 0> find all the other pictures of this person on my laptop",
    # memory of earlier conversations
    "what was that recipe you gave me last week, the one with the chickpeas",
    "continue the story we were writing yesterday from where we stopped",
    "remember my kids names for next time: Ollie and Bea",
    "you told me my visa deadline before, what was the date again",
    # reminders and timers
    "set a timer for 12 min for my eggs",
    "remind me to take my pills at 9pm every day",
    "wake me up at quarter past six tomorrow",
    "ping me in an hour to move the car so i dont get a ticket",
    # file formats, conversion and compression
    "<image 0> convert this to a pdf so i can print it at the library",
    "<image 0> compress this pic its too big for the form, needs to be under 2mb",
    "<video 0> turn this into a gif for the group chat",
    "make me a logo for my bakery as an svg file i can send straight to the printer",
    "<image 0> save this as a layered photoshop file so my designer can tweak it",
    "<image 0> turn my sons drawing into a 3d model i can 3d print",
    "<video 0> convert this from mov to mp4 please my tv wont play it",
    # upscaling, interpolation, stabilising and cutting videos
    "<image 0> can you make this old photo higher resolution like 4k its really pixelated",
    "<video 0> this is so shaky, can u stabilise it",
    "<video 0> cut out the first 10 seconds and the bit at the end where i drop the phone",
    "<video 0> make this 60fps by adding in between frames so its smoother",
    "join these two clips into one video <video 0> <video 1>",
    "<video 0> trim it so only the part where she blows out the candles is left",
    "<image 0> enlarge this to A1 poster size without it going blurry",
    "<video 0> <video 1> put these two side by side in one video so i can compare my runs",
    # running code and reaching systems
    "run my python script on the sales.csv on my desktop and tell me the total",
    "can u test my website and see if the login button works, its www.mybakery.co.uk",
    "ping my server at 192.168.0.12 and tell me if its up",
    "train a little model on my sales spreadsheet to predict next month",
    # physical world
    "can you water my plants while im on holiday",
    "<image 0> print this out for me on the office printer",
    "unlock the front door for the delivery guy",
)

ORDINARY99: tuple[tuple[str, str], ...] = (
    # text_understanding
    ("write a polite email to my landlord saying the boiler broke again and i need it fixed this week",
     "text_understanding"),
    ("write lyrics for a short funny birthday song for my dad, he loves fishing", "text_understanding"),
    ("whats a good caption for an instagram post about my first half marathon, something funny",
     "text_understanding"),
    ("how do i set a timer on an iphone? my mum keeps asking me and i want to write it down for her",
     "text_understanding"),
    ("explain what a 404 error on a website means in simple terms", "text_understanding"),
    # image_understanding
    ("<image 0> whats the wifi password on this router sticker, i cant read the small print",
     "image_understanding"),
    ("<image 0> is this screenshot of a bank text real or a scam? something looks off", "image_understanding"),
    ("<image 0> what time does the clock in this photo say", "image_understanding"),
    ("<image 0> can u read out the ingredients on this label, does it have nuts", "image_understanding"),
    ("<image 0> what app is this screenshot from", "image_understanding"),
    # video_understanding
    ("<video 0> count how many times the dog jumps in this", "video_understanding"),
    ("<video 0> theres no sound on this, can you describe what happens so i know if its worth sharing",
     "video_understanding"),
    ("<video 0> which car hits the other one first in this dashcam video", "video_understanding"),
    ("<video 0> what instrument is the girl playing in this video", "video_understanding"),
    ("<video 0> is my golf swing ok? tell me what im doing wrong", "video_understanding"),
    # text_to_image
    ("make a picture of a phone screen showing a cute weather app with a big sun icon", "text_to_image"),
    ("draw a poster for a jazz night with a saxophone player, no text", "text_to_image"),
    ("generate an image of a cozy home office with a laptop and a calendar on the wall", "text_to_image"),
    ("i need a banner image for my youtube channel about fishing, wide 16:9", "text_to_image"),
    ("a cartoon of an alarm clock running late on little legs", "text_to_image"),
    # text_to_video
    ("make a short clip of a dj spinning records in a neon club, doesnt need sound", "text_to_video"),
    ("short video of a clocks hands spinning super fast for a time passing intro", "text_to_video"),
    ("generate a few seconds of rain on a window for my instagram story background", "text_to_video"),
    ("make a video of a paper plane flying out of an office window", "text_to_video"),
    ("quick clip of someone typing on a laptop in a coffee shop, close up on the hands", "text_to_video"),
    # image_edit
    ("<image 0> remove my ex from this photo pls", "image_edit"),
    ("<image 0> change the laptop screen in this to show a plain blue desktop instead of my emails",
     "image_edit"),
    ("<image 0> make the sky in this pic look like sunset, its for my whatsapp profile", "image_edit"),
    ("<image 0> <image 1> only change the area in the mask to a grassy lawn", "image_edit"),
    ("<image 0> get rid of the orange date stamp in the corner", "image_edit"),
    # image_control
    ("<image 0> heres a pose of me doing a dance move, make a picture of a robot in the same pose",
     "image_control"),
    ("<image 0> this is a depth map of my living room, generate a scandinavian style version", "image_control"),
    ("<image 0> turn my scribble of a guitar into a realistic photo", "image_control"),
    ("<image 0> use these edges to make a picture of a modern office building at night", "image_control"),
    ("<image 0> this is an openpose skeleton, make a ballerina following it", "image_control"),
    # image_reference
    ("<image 0> this is my dog, make a picture of him as an astronaut", "image_reference"),
    ("<image 0> use my face from this selfie and make me a 1920s jazz singer", "image_reference"),
    ("<image 0> heres our product mug, make a new image of it on a desk next to a laptop", "image_reference"),
    ("<image 0> make a linkedin style headshot of this person in a suit", "image_reference"),
    ("<image 0> this is my nephews teddy, generate it sitting on a beach", "image_reference"),
    # image_to_video
    ("<image 0> animate this photo of my nan so she smiles and waves, no sound needed", "image_to_video"),
    ("<image 0> make the waves in this beach pic move", "image_to_video"),
    ("<image 0> turn this painting into a short clip where the clouds drift", "image_to_video"),
    ("<image 0> make a short video that ends on this shot of me crossing the finish line", "image_to_video"),
    ("<image 0> make my logo spin around for a few seconds for my youtube intro", "image_to_video"),
    # video_reference
    ("<image 0> make a video of this cat chasing a laser dot", "video_reference"),
    ("<image 0> heres my son, make a short clip of him as a superhero flying over the city",
     "video_reference"),
    ("<image 0> video of this sneaker rotating on a pedestal for my shop ad", "video_reference"),
    ("<image 0> generate a clip of the guy in this photo dancing at a wedding", "video_reference"),
    ("<image 0> this is my car, make a short video of it driving along a coast road", "video_reference"),
    # video_edit
    ("<video 0> make it look like its snowing in this clip", "video_edit"),
    ("<video 0> change my shirt colour to red in this video", "video_edit"),
    ("<video 0> blur the number plates in this dashcam video before i send it to the insurance",
     "video_edit"),
    ("<video 0> make this tiktok look like an old 80s vhs tape", "video_edit"),
    ("<video 0> remove the watermark logo in the corner of this clip", "video_edit"),
    # video_control
    ("<video 0> this is a pose video of me dancing, make a cartoon fox doing the same moves", "video_control"),
    ("<video 0> heres the depth video from my drone flight, make it look like a fantasy forest",
     "video_control"),
    ("<video 0> use this edge video to make a clip of a vintage car on the same road", "video_control"),
    ("<video 0> follow this skeleton video and make an astronaut doing the workout", "video_control"),
    ("<video 0> canny edges of my street, turn it into a rainy night scene", "video_control"),
)
