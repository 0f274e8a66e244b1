"""Sixty-ninth blind set, refusals only: written by someone who saw none of the planner's data, calibration lists
or other benchmark sets; evaluation only, never used to set lists, thresholds or rules. The helper's brief was
a general mix where nearly every request is phrased as a polite question ('could you...', 'is it possible to...',
'how would I...') (it chose the categories; it was told only what the twelve tasks can do). Two out-of-scope
requests shared a 6-word run with the calibration or probe data ("... to execute this query against our ...", "...
wake me up at 6:30 ...") and were reworded before any run ("execute the SQL below on our", "get me out of bed at
6:30")."""

OUT_OF_SCOPE69: tuple[str, ...] = (
    # live / current data
    "Could you tell me what the weather is going to be like in Lisbon this weekend?",
    "Is it possible to check the current exchange rate between the euro and the Japanese yen for me?",
    "Would you mind letting me know whether the pharmacy on Main Street is open right now?",
    "could u tell me the score of the arsenal game tonight pls",
    "Could you please tell me which films are showing at my local cinema this evening?",
    # web search / browsing
    "Could you search online for reviews of the newest Dyson cordless vacuum and summarise what people say?",
    "Is it possible to find me the cheapest flight from Dublin to Rome sometime next month?",
    "Would you be able to open https://example.com/news/4471 and give me a short summary of the article?",
    "Could you check whether the domain greenbeanroasters.com is still available to register?",
    # audio generation
    "Could you compose a catchy 30-second jingle for my bakery's local radio advert?",
    "Is it possible for you to read this bedtime story aloud in a soothing voice so I can play it for my son?",
    "Could you generate an hour of rain-on-a-tin-roof sounds to help me fall asleep?",
    "Could you add a calm narrator voiceover describing what happens in <video 0>?",
    "How would I get a clip of waves crashing on a beach with the real roar of the surf audible? Could you make it?",
    # audio understanding
    "Could you tell me what song is playing in the background of <video 0>? I can't place it.",
    "Is it possible to transcribe everything the interviewer says in <video 0>, word for word?",
    "Could you listen to my voice memo from this morning and tell me whether I'm singing in tune?",
    "How would you rate the guitar tone in <video 0>? Does it sound too muddy to you, or is it just my speakers?",
    # sending / posting / booking / buying
    "Could you email <image 0> to my sister? Her address is in my contacts.",
    "Is it possible to post <video 0> to my TikTok with the caption 'Sunday vibes'?",
    "Could you book a table for two at a nice Italian place near me for Friday at 8pm?",
    "Would you kindly order a large pepperoni pizza to be delivered to my flat?",
    "Could you phone my dentist and move my appointment to next Tuesday afternoon?",
    # the user's accounts, devices and files
    "Could you check my Gmail inbox and tell me whether my landlord has replied yet?",
    "Is it possible to switch off the lights in my living room from here?",
    "Could you go through my Downloads folder and delete all the duplicate photos?",
    "Would you have a look at my Google Calendar and tell me what I've got on tomorrow?",
    "Could you restart nginx on my VPS? The site has been down since this morning.",
    # code execution
    "Could you run my project's test suite and tell me which tests are failing?",
    "Is it possible to execute the SQL below on our production Postgres database and show me the rows it returns?",
    "Could you benchmark my quicksort function on your machine with a million random integers and report the timing?",
    # file format conversion / compression / export
    "Could you convert the logo in <image 0> into an SVG so I can scale it up for a billboard?",
    "Is it possible to turn <video 0> into a looping GIF that I can drop into Slack?",
    "Could you export the design in <image 0> as a layered PSD file so my designer can tweak it?",
    "How would I get a 3D-printable STL of the figurine in <image 0>? Could you make one for me?",
    "Could you compress <video 0> so it's under 25 MB? Discord won't let me upload it otherwise.",
    # upscaling / super-resolution
    "Could you upscale <image 0> to 4K resolution without losing any detail?",
    "Is it possible to increase the resolution of this old low-res scan <image 0> so it prints sharp "
    "at A1 size?",
    "Could you enhance <video 0> from 480p up to full 1080p for my wedding montage?",
    # frame interpolation / stabilisation
    "Could you stabilise the really shaky handheld footage in <video 0>?",
    "Is it possible to convert <video 0> from 24 to 60 frames per second by interpolating the missing frames?",
    "Could you make buttery-smooth slow motion out of <video 0> by generating in-between frames?",
    # trimming / cutting / merging videos
    "Could you cut the first ten seconds off <video 0>? It's just me fumbling with the camera.",
    "Is it possible to merge <video 0> and <video 1> into a single clip, one after the other?",
    "Could you trim <video 0> down so it only keeps the bit where the goal is scored?",
    # memory of earlier conversations
    "Could you remind me what we discussed yesterday about the structure of my essay?",
    "Is it possible to carry on with the fantasy story you started writing for me last week?",
    "Could you take the same logo you made for me last time and just change its colour to navy?",
    # reminders / timers
    "Could you set a 12-minute timer for my pasta, please?",
    "Is it possible for you to remind me to take my medication at 9pm every day?",
    "Would you get me out of bed at 6:30 tomorrow morning? I have an early train.",
    # physical-world actions
    "Could you water my plants while I'm away on holiday for two weeks?",
    "Is it possible for you to print <image 0> and post it to my grandma in Leeds?",
    "Could you pick up my dry cleaning on your way over?",
    # training or running models
    "Could you fine-tune a model on my 500 product photos so it learns my brand's visual style?",
    "Is it possible to train a custom voice clone on the recordings of my podcast?",
    "How would I get Stable Diffusion running locally on my laptop? Could you install and set it up for me?",
    # hard cases: sound like generation or description, but need something absent
    "Could you make me a ten-minute documentary-style video about how honeybees build their hives?",
    "Would you look up what's trending on Instagram right now and then generate an image in that exact style?",
    "Could you look at the photo of my fridge <image 0> and order whatever groceries I'm running low on?",
)

ORDINARY69: tuple[tuple[str, str], ...] = (
    # text_understanding
    (
        "Could you write a polite Slack message asking my team to submit their timesheets before Friday?",
        "text_understanding",
    ),
    (
        "How would I write a crontab line that runs my backup script every night at 2am? "
        "Could you explain each field?",
        "text_understanding",
    ),
    (
        "Is it possible to explain, in simple terms, how noise-cancelling headphones actually cancel out sound?",
        "text_understanding",
    ),
    (
        "Could you write the lyrics for a short birthday song for my grandmother, with a chorus that's easy to sing?",
        "text_understanding",
    ),
    (
        "Could you translate this into Spanish for my Airbnb guests: 'The Wi-Fi password is on the fridge "
        "and checkout is at 11am.'?",
        "text_understanding",
    ),
    # image_understanding
    (
        "Could you read the error message in this screenshot <image 0> and tell me what it probably means?",
        "image_understanding",
    ),
    (
        "Is it possible to tell from <image 0> which app this notification on my lock screen came from?",
        "image_understanding",
    ),
    (
        "Could you look at this photo of my paper planner <image 0> and list the appointments "
        "written on Thursday?",
        "image_understanding",
    ),
    (
        "How would I know which chord the guitarist is fretting in <image 0>? "
        "Could you work it out from the fingers?",
        "image_understanding",
    ),
    (
        "Could you transcribe the handwritten recipe card in <image 0> into plain typed text?",
        "image_understanding",
    ),
    # video_understanding
    (
        "Could you watch <video 0> and tell me how many musicians are on stage and which instruments they play?",
        "video_understanding",
    ),
    (
        "Is it possible to describe what the lecturer writes on the whiteboard during <video 0>?",
        "video_understanding",
    ),
    (
        "Could you look through my dashcam clip <video 0> and tell me what colour the car that cut me off was?",
        "video_understanding",
    ),
    (
        "How many times does the dog jump over the garden fence in <video 0>? Could you count for me?",
        "video_understanding",
    ),
    (
        "Could you tell me which app the person opens first in this screen recording <video 0>?",
        "video_understanding",
    ),
    # text_to_image
    (
        "Could you generate a mockup image of a smartphone home screen with a weather widget showing sunshine?",
        "text_to_image",
    ),
    (
        "Is it possible to make a poster image for a jazz night, with a saxophone and "
        "musical notes floating around?",
        "text_to_image",
    ),
    (
        "Could you create a wide 16:9 banner image for my YouTube channel about retro video games?",
        "text_to_image",
    ),
    (
        "Could you draw an illustration of a cosy podcast studio with two microphones and headphones on the desk?",
        "text_to_image",
    ),
    (
        "Would you be able to create a laptop wallpaper of an old clock tower striking midnight under the stars?",
        "text_to_image",
    ),
    # text_to_video
    (
        "Could you make a short video of a vinyl record spinning on a turntable under warm lamplight?",
        "text_to_video",
    ),
    (
        "Is it possible to generate a few seconds of a phone on a desk lighting up with a new message notification?",
        "text_to_video",
    ),
    (
        "Could you create a short clip of fireworks bursting over a city skyline for my New Year's Instagram story?",
        "text_to_video",
    ),
    (
        "How would I get a short video of a barista pouring latte art in slow motion? Could you generate one?",
        "text_to_video",
    ),
    (
        "Could you generate a few-second clip of rain streaking down a window at night, "
        "for my lo-fi stream background?",
        "text_to_video",
    ),
    # image_edit
    (
        "Could you remove the orange date stamp in the bottom corner of <image 0>?",
        "image_edit",
    ),
    (
        "Is it possible to replace the text on the shop sign in <image 0> so it reads 'Open 24 Hours'?",
        "image_edit",
    ),
    (
        "Could you blur the number plate on the car in <image 0> before I put it on Facebook Marketplace?",
        "image_edit",
    ),
    (
        "Could you swap the messy background of my LinkedIn headshot <image 0> for a plain light grey one?",
        "image_edit",
    ),
    (
        "Could you fill the area marked white in the mask <image 1> of my garden photo <image 0> "
        "with fresh green grass?",
        "image_edit",
    ),
    # image_control
    (
        "Could you generate a photo of a modern kitchen that follows the edge map in <image 0>?",
        "image_control",
    ),
    (
        "Is it possible to turn this pose skeleton <image 0> into an image of a DJ performing at a festival?",
        "image_control",
    ),
    (
        "Could you use the depth map <image 0> to create a picture of a cosy home recording studio?",
        "image_control",
    ),
    (
        "How would I get a finished illustration from my rough scribble <image 0>? "
        "Could you make it a cat at a piano?",
        "image_control",
    ),
    (
        "Could you render an office desk with a laptop and a coffee cup, following the edge lines in <image 0>?",
        "image_control",
    ),
    # image_reference
    (
        "Could you create a new picture of my dog from <image 0> wearing headphones behind a DJ booth?",
        "image_reference",
    ),
    (
        "Is it possible to generate an image of the mug in <image 0> on a desk next to a laptop, for my Etsy listing?",
        "image_reference",
    ),
    (
        "Could you make an image of the person in <image 0> as an astronaut standing on the Moon?",
        "image_reference",
    ),
    (
        "Could you generate a product shot of the sneaker in <image 0> on a city rooftop at sunset?",
        "image_reference",
    ),
    (
        "Would you be able to create a cartoon of my daughter from <image 0> singing into a microphone on a stage?",
        "image_reference",
    ),
    # image_to_video
    (
        "Could you animate <image 0> so the clouds drift slowly over the mountains?",
        "image_to_video",
    ),
    (
        "Is it possible to turn my product photo <image 0> into a short clip where the camera "
        "slowly circles the watch?",
        "image_to_video",
    ),
    (
        "Could you make a short video that ends on <image 0>, with the band walking out onto the stage?",
        "image_to_video",
    ),
    (
        "Could you bring this old family photo <image 0> to life with a gentle smile and a blink?",
        "image_to_video",
    ),
    (
        "Could you animate my Zoom background <image 0> so the leaves of the plant sway a little?",
        "image_to_video",
    ),
    # video_reference
    (
        "Could you generate a short video of the robot toy in <image 0> walking across a kitchen table?",
        "video_reference",
    ),
    (
        "Is it possible to make a clip of my cat from <image 0> chasing a red laser dot across the floor?",
        "video_reference",
    ),
    (
        "Could you create a short video of the person in <image 0> giving a thumbs up outside an office building?",
        "video_reference",
    ),
    (
        "Could you make a few-second video of the backpack in <image 0> being worn by a hiker on a mountain trail?",
        "video_reference",
    ),
    (
        "Would you be able to generate a video of the vintage car in <image 0> cruising along a coastal road?",
        "video_reference",
    ),
    # video_edit
    (
        "Could you change the grey sky in <video 0> into a golden sunset?",
        "video_edit",
    ),
    (
        "Is it possible to remove the channel logo from the top corner of <video 0>?",
        "video_edit",
    ),
    (
        "Could you make <video 0> look like an old 1980s VHS tape, with colour bleed and scan lines?",
        "video_edit",
    ),
    (
        "Could you replace whatever is on the laptop screen in <video 0> with a plain blue screen?",
        "video_edit",
    ),
    (
        "Could you turn the sunny street in my clip <video 0> into a snowy winter scene?",
        "video_edit",
    ),
    # video_control
    (
        "Could you generate a video of a dancer in a red dress following the pose sequence in <video 0>?",
        "video_control",
    ),
    (
        "Is it possible to make a clip of a futuristic neon city that follows the depth video <video 0>?",
        "video_control",
    ),
    (
        "Could you use the edge video <video 0> to create an animation of a cartoon fox running through a forest?",
        "video_control",
    ),
    (
        "Could you create a video of a chrome robot doing exactly the same moves as the pose video <video 0>?",
        "video_control",
    ),
    (
        "How would I get a video of a knight swinging a sword that follows the skeleton motion in <video 0>? "
        "Could you make it?",
        "video_control",
    ),
)
