"""Fifty-sixth blind set, refusals only: written by someone who saw none of the planner's data, calibration lists
or other benchmark sets; evaluation only, never used to set lists, thresholds or rules. The helper's brief was
a wide mix of everyday and work requests, written the way people type into a chat box (short, long, typos, no
punctuation, polite or blunt) (it chose the categories; it was told only what the twelve tasks can do). Two
out-of-scope requests shared a 6-word run with the action probe's data ("turn off the living room lights", "... to
pick up the dry cleaning") and were reworded before any run ("switch the lounge lights off", "remind me at 5 about
collecting the dry cleaning")."""

OUT_OF_SCOPE56: tuple[str, ...] = (
    # live / current data
    "whats the weather gonna be like in leeds tmrw",
    "Can you check the current EUR to USD rate and tell me if now is a good time to transfer money?",
    "is the 4:15 train to brighton delayed rn",
    "how did the lakers do last night",
    "what's trending on twitter today",
    "Look up the latest price of the Sony WH-1000XM5 on amazon and on currys and tell me which one is cheaper.",
    # web search / looking things up online
    "google the best rated dentist near me and give me their phone number",
    "find me 5 articles about the EU AI act published this month, with links pls",
    "can u search reddit for what ppl think about the new framework laptop",
    "Please check whether the domain brightleaf.io is still available to register.",
    "<image 0> find where i can buy this exact lamp online, need a link",
    # memory of earlier conversations
    "what was the recipe you gave me last week again? the one with chickpeas",
    "continue the story we were writing yesterday from where we left off",
    "Hey, use the same tone as the cover letter you helped me with on Monday.",
    "what did i tell you my wifes birthday was",
    # sound, music, speech
    "make me a 30 sec lofi beat for my study stream",
    "<video 0> what song is playing in the background of this clip",
    "<video 0> transcribe what the guy is saying, i need it word for word for the minutes",
    "read this out loud in a british accent so i can practise: The quarterly figures exceeded expectations.",
    "<video 0> add some upbeat background music and a voiceover saying welcome to our store",
    "generate a ringtone from the sound of rain on a tin roof",
    "<image 0> animate this beach pic and i need the sound of the waves crashing in it, thats the whole point",
    "<video 0> is the speaker in this interview nervous? listen to his voice and tell me",
    "write me a song for my daughters 6th birthday and sing it so i can play it at the party",
    # sending, posting, booking, buying, calling
    "email this to my boss: running 10 min late, start without me",
    "<image 0> post this on my instagram story",
    "book a table for 4 at dishoom covent garden saturday 8pm",
    "order me a large pepperoni from dominos to my usual address",
    "Can you send a slack message to the #design channel saying the review has moved to 3pm?",
    "call my mum and tell her ill be late",
    "<image 0> upload this to our company linkedin page with a caption about the team offsite",
    "<image 0> heres my parking ticket, pay it for me before the deadline",
    # the user's accounts, files, apps and devices
    "check my gmail and tell me if the invoice from hartley & co came in",
    "whats on my calendar for thursday",
    "open budget_2024.xlsx on my desktop and fix the formulas in column F",
    "switch the lounge lights off",
    "how many steps did I walk this week? it's all on my fitbit",
    "log into our AWS console and find out why the bill jumped last month",
    # running code, servers
    "run this and tell me what it prints: import requests; print(requests.get('https://api.ipify.org').text)",
    "deploy my react app to vercel",
    "ping our staging server and tell me if its up",
    "Could you execute these SQL queries against our prod database and paste me the results? Thanks in advance.",
    # file formats, conversion, compression, export
    "<image 0> convert this to a pdf pls",
    "<image 0> vectorise this logo and give me an svg I can send to the printer",
    "<video 0> turn this into a gif for slack",
    "<image 0> save this as a layered PSD so my designer can move the text around",
    "<image 0> make a 3d model of this chair that i can 3d print",
    "<video 0> compress this so its under 25mb for discord",
    "<video 0> export every single frame of this as a separate png",
    # upscaling, frame rate, stabilising, cutting videos
    "<image 0> upscale this to 4k, its too blurry for the poster",
    "<video 0> make this 60fps its choppy",
    "<video 0> stabilise this, i was running while filming",
    "<video 0> cut out the first 10 seconds and the last 5",
    "<video 0> <video 1> merge these two clips into one video, first one then the second",
    "make me a full 10 minute timelapse video of a city going from day to night for the lobby screen",
    # training or running models
    "<image 0> <image 1> train a LoRA of my face on these photos so i can reuse it whenever I want",
    "Can you fine-tune a model on our 3,000 support tickets so it answers like our team does?",
    "install stable diffusion on my pc and run it for me",
    # physical world, reminders, timers
    "set a timer for 12 minutes for the pasta",
    "remind me at 5 about collecting the dry cleaning",
)

ORDINARY56: tuple[tuple[str, str], ...] = (
    # text_understanding
    ("write a polite slack msg to my team saying standup is moved to 10:30 tomorrow", "text_understanding"),
    ("explain what a cron job is and give me one that runs every monday at 9am", "text_understanding"),
    ("translate into spanish: 'your order has shipped and should arrive within 3-5 business days'",
     "text_understanding"),
    ("can u write lyrics for a short birthday song for my dad, he loves fishing and bad jokes",
     "text_understanding"),
    ("Draft an out-of-office email reply for my holiday from 3 to 17 August, pointing people to jess@company.com.",
     "text_understanding"),
    # image_understanding
    ("<image 0> what does this error on my laptop screen mean and how do i fix it", "image_understanding"),
    ("<image 0> screenshot of my spotify wrapped, which artist is at the top?", "image_understanding"),
    ("<image 0> read the opening hours off this shop door sign for me", "image_understanding"),
    ("<image 0> can you type out the handwritten meeting notes in this photo", "image_understanding"),
    ("<image 0> whats the total on this receipt and is the VAT worked out right", "image_understanding"),
    # video_understanding
    ("<video 0> how many people walk past the camera in this doorbell clip", "video_understanding"),
    ("<video 0> what chord shapes is the guitarist making with his left hand here", "video_understanding"),
    ("<video 0> summarise the steps shown in this screen recording of the app setup", "video_understanding"),
    ("<video 0> is my dog limping in this video? watch the back legs", "video_understanding"),
    ("<video 0> describe what happens in this dashcam footage, I need it for the insurance claim",
     "video_understanding"),
    # text_to_image
    ("make a youtube thumbnail style image, shocked guy pointing at a giant pile of coins, bright colours",
     "text_to_image"),
    ("generate a 1080x1920 phone wallpaper of a calm lake at dawn", "text_to_image"),
    ("draw an album cover for a jazz band called Blue Hours, moody smoky club", "text_to_image"),
    ("create an image of a tidy home office with two monitors and a mechanical keyboard for my blog post",
     "text_to_image"),
    ("I need a picture of a calendar on a fridge with a red circle around friday, cartoon style", "text_to_image"),
    # text_to_video
    ("short video of rain on a window at night, cozy vibe, no sound needed", "text_to_video"),
    ("make a few seconds clip of a phone buzzing on a desk with notifications popping up", "text_to_video"),
    ("generate a quick video of a drummer playing under a single spotlight", "text_to_video"),
    ("5 sec clip of a delivery van pulling up outside a house, for our website banner", "text_to_video"),
    ("a clock with its hands spinning really fast, like time flying, short clip", "text_to_video"),
    # image_edit
    ("<image 0> remove the timestamp in the bottom corner of this photo", "image_edit"),
    ("<image 0> change the text on the shop sign to say OPEN 24 HOURS", "image_edit"),
    ("<image 0> make the sky in this pic look like a sunset", "image_edit"),
    ("<image 0> <image 1> erase whatever is under the white area of the mask (<image 1>) from the photo",
     "image_edit"),
    ("<image 0> blur the number plate on my car before i post it on marketplace", "image_edit"),
    # image_control
    ("<image 0> heres a pose skeleton, make a knight in armour standing exactly like it", "image_control"),
    ("<image 0> use this depth map to make a cozy living room render", "image_control"),
    ("<image 0> my kids scribble of a house, turn it into a proper painting following the lines", "image_control"),
    ("<image 0> canny edges of our office layout, generate a realistic top down render that follows them",
     "image_control"),
    ("<image 0> follow this pose map for a fitness app illustration of a woman doing a lunge", "image_control"),
    # image_reference
    ("<image 0> this is our mascot, make an image of him surfing", "image_reference"),
    ("<image 0> put the sneaker from this photo in a new product shot on a marble pedestal", "image_reference"),
    ("<image 0> heres my cat, make a pic of her as an astronaut", "image_reference"),
    ("<image 0> make a new image of this same mug on a desk next to a laptop for our etsy listing",
     "image_reference"),
    ("<image 0> using this person as reference, make a professional headshot of them in a navy blazer for linkedin",
     "image_reference"),
    # image_to_video
    ("<image 0> animate this photo so the flags wave in the wind", "image_to_video"),
    ("<image 0> use this product shot as the first frame and have the camera slowly orbit it", "image_to_video"),
    ("<image 0> use this as the last frame, the video should end on the logo", "image_to_video"),
    ("<image 0> make the coffee steam rise in this pic, short clip for insta", "image_to_video"),
    ("<image 0> bring my grandads old photo to life, just a little smile and a blink", "image_to_video"),
    # video_reference
    ("<image 0> make a short video of this toy robot walking across a kitchen table", "video_reference"),
    ("<image 0> heres our brand character, create a clip of him waving hello", "video_reference"),
    ("<image 0> video of the dog in this photo running along a beach", "video_reference"),
    ("<image 0> generate a short clip of this exact car driving on a mountain road for our ad", "video_reference"),
    ("<image 0> a few seconds of the person in this photo giving a thumbs up in an office", "video_reference"),
    # video_edit
    ("<video 0> make it look like its snowing in this clip", "video_edit"),
    ("<video 0> change the colour of my jacket to red in this video", "video_edit"),
    ("<video 0> remove the watermark logo in the corner of this screen recording", "video_edit"),
    ("<video 0> give this clip an old vintage film look", "video_edit"),
    ("<video 0> replace the background behind me with a beach", "video_edit"),
    # video_control
    ("<video 0> this is a pose video of my dance, make an anime girl doing the same moves", "video_control"),
    ("<video 0> depth video of me walking down a hallway, generate a spooky castle corridor following it",
     "video_control"),
    ("<video 0> use these edge maps to make a video of a sports car with the same motion", "video_control"),
    ("<video 0> pose control clip of a tennis serve, make a robot doing it", "video_control"),
    ("<video 0> follow this depth video to make an underwater scene with the same camera move", "video_control"),
)
