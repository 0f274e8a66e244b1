"""Eighty-third blind set, refusals only: written by someone who saw none of the planner's data, calibration lists
or other benchmark sets; evaluation only, never used to set lists, thresholds or rules. The helper's brief was
social media managers, influencers and content creators (it chose the categories; it was told only what the
twelve tasks can do). One out-of-scope request shared a 6-word run with the calibration data ("Remove the
background noise from my podcast clip ...") and was reworded before any run ("Get rid of the background noise in my
podcast clip ...")."""

OUT_OF_SCOPE83: tuple[str, ...] = (
    # Publishing, scheduling and cross-posting to platforms
    "Post this carousel to my Instagram at 6pm tonight: <image 0>",
    "Schedule the three reels I made last week to go out Monday, Wednesday and Friday on TikTok.",
    "can u publish my caption straight to linkedin pls, it's the one about our Q3 rebrand",
    "Upload <video 0> to my YouTube channel as a Short with the title 'Day in the life of a barista'.",
    "Cross-post my latest Pinterest pin to Facebook and Threads automatically every time I pin something.",
    "Tweet this for me: 'Giveaway closes Sunday! RT to enter' and pin it to the top of my profile.",
    # Account access, DMs and comment moderation
    "Go through my Instagram DMs and reply to every brand that offered a paid collab.",
    "Delete all the spam comments under my last TikTok and block the bot accounts.",
    "Log into our brand's Meta Business Suite and tell me why the ad account got restricted.",
    "Check who unfollowed me on Instagram this week.",
    "Pick a random winner from the comments on my giveaway post and DM them the good news.",
    # Live trends, analytics and current data
    "What are the top trending sounds on TikTok right now?",
    "Which hashtags are trending in the UK today? I want to jump on them before lunch.",
    "How many subscribers does MrBeast have at the moment?",
    "Pull my YouTube analytics for the past 28 days and tell me my average view duration.",
    "What's the going CPM for beauty creators on Instagram this month?",
    "Is Instagram down right now?? my stories won't load",
    "What did the news say this morning about the TikTok ban bill? Need to brief my clients by noon.",
    # Sound: music, voiceovers, sound effects, transcription
    "Add trending background music to <video 0> so it's ready for Reels.",
    "Generate a voiceover in a warm female voice reading my script for the product launch video.",
    "Transcribe what I say in <video 0> and turn it into burned-in subtitles.",
    "Make a 10-second video of waves crashing, with the sound of the ocean and seagulls in the background.",
    "Get rid of the background noise in my podcast clip <video 0>, there's a fan humming the whole time.",
    "Compose a catchy 5-second jingle for my channel intro, upbeat ukulele vibe.",
    "Listen to <video 0> and tell me if the song I used is going to get me a copyright strike.",
    "Clone my voice from <video 0> so I can make voiceovers without recording every single time.",
    # Video post-production that does not exist (trim, merge, stabilise, interpolate, long-form)
    "Trim the first 3 seconds off <video 0>, the hook is way too slow.",
    "Stitch <video 0> together with my other clips from the Bali trip into one 60-second reel.",
    "Stabilise <video 0> please, I filmed it while walking and it's super shaky.",
    "Make <video 0> buttery smooth 60fps, it was shot at 24 and looks choppy.",
    "Cut <video 0> into three 15-second parts so I can post them as consecutive Stories.",
    "Sync the cuts in <video 0> to the beat drops of the track.",
    "Generate a full 10-minute YouTube video reviewing the top 5 budget cameras, with narration and b-roll.",
    # Upscaling, file formats and exports
    "Upscale <image 0> to 4K so it doesn't look blurry as my YouTube banner.",
    "Turn <video 0> into a GIF I can use as a reaction on Twitter.",
    "Convert my logo <image 0> into an SVG so the merch printer can use it.",
    "Compress <video 0> to under 16MB so I can send it to the client on WhatsApp.",
    "Put together my media kit as a downloadable PDF with my stats, rates and past brand partners.",
    "Save <image 0> as a layered PSD so my designer can move the text around.",
    "Increase the resolution of this old photo <image 0> to print quality, it's going on a poster at our pop-up.",
    "Export the thumbnail you make as a transparent PNG and also a WebP under 100KB.",
    # Reverse search and looking things up online
    "Who originally posted this meme <image 0>? I want to credit the creator properly.",
    "Check whether other accounts have reposted <image 0> without my permission.",
    "Look up the engagement rate of @glowwithmaya on Instagram before we sign her for the campaign.",
    # Memory of earlier conversations
    "Use the same caption style as the one you wrote for me yesterday.",
    "Remember my brand colours and tone of voice for all our future chats.",
    "What was the hashtag list we settled on last time we talked?",
    "Continue the content calendar we started in our previous session, from week 3 onwards.",
    # Reminders, timers, outreach, purchases and bookings
    "Remind me every Sunday at 8pm to plan next week's posts.",
    "Set a 30-minute timer while I batch-film and ping me when it's done.",
    "Email the PR team at Glossier and pitch them my collab idea.",
    "Buy 5,000 Instagram followers for my new account, cheapest package you can find.",
    "Book a photo studio in Brooklyn for Saturday's shoot, under $80 an hour.",
    "Call the venue and ask whether we're allowed to film inside during the launch event.",
    # Running code, connecting tools and training models
    "Run this Python script that scrapes competitor follower counts and give me the resulting CSV.",
    "Train a model on my last 200 posts so it can predict which captions will go viral.",
    "Connect to our Google Sheet of influencer contacts and fill in each one's current engagement rate.",
    # Devices and the physical world
    "Turn on my ring light and start recording on my phone.",
    "Print 200 stickers of my logo from <image 0> and mail them to my top subscribers.",
    "Livestream <video 0> to Twitch on loop while I'm offline this weekend.",
)

ORDINARY83: tuple[tuple[str, str], ...] = (
    # text_understanding
    (
        "Write a 30-second TikTok script for a morning routine video: a hook, three quick beats and a call to "
        "action to follow for part 2.",
        "text_understanding",
    ),
    (
        "Draft a polite email template for declining a brand collab because their budget is too low.",
        "text_understanding",
    ),
    (
        "Plan a 4-week Instagram content calendar for a small bakery, three posts a week, with an idea and "
        "format for each post.",
        "text_understanding",
    ),
    (
        "Translate this caption into Spanish and French, keep the emojis: 'New drop Friday 🔥 set your alarms ⏰'",
        "text_understanding",
    ),
    (
        "Write a Python function that takes a list of posts with likes, comments and follower count and returns "
        "the average engagement rate.",
        "text_understanding",
    ),
    # image_understanding
    (
        "<image 0> is a screenshot of my Instagram insights. Which of the posts listed there got the highest reach?",
        "image_understanding",
    ),
    (
        "Read the comments in this screenshot <image 0> and tell me whether the overall vibe is positive or negative.",
        "image_understanding",
    ),
    (
        "Is the text on my YouTube thumbnail <image 0> still readable at a small size? Be honest.",
        "image_understanding",
    ),
    (
        "Which brand logos can you spot in the background of my outfit photo <image 0>? I don't want to "
        "accidentally promote anyone.",
        "image_understanding",
    ),
    ("Write an Instagram caption and 10 hashtags that fit the photo <image 0>.", "image_understanding"),
    # video_understanding
    (
        "Watch my reel draft <video 0> and tell me if the first two seconds are visually strong enough as a hook.",
        "video_understanding",
    ),
    ("In <video 0>, at what point does the product first appear on screen?", "video_understanding"),
    ("Describe what happens in <video 0> so I can write alt text for it before posting.", "video_understanding"),
    ("Is my face well lit throughout <video 0>, or does it get too dark near the end?", "video_understanding"),
    ("Suggest a title and a caption for my TikTok based on what's happening in <video 0>.", "video_understanding"),
    # text_to_image
    (
        "Create a 1080x1920 Instagram Story background: pastel gradient with small floating hearts and empty "
        "space at the top for text.",
        "text_to_image",
    ),
    (
        "Design a 16:9 YouTube thumbnail of a shocked guy holding a giant phone with a red notification bubble.",
        "text_to_image",
    ),
    (
        "Generate a flat-lay photo of a laptop, iced coffee, planner and phone on a marble desk for a "
        "'creator workspace' post.",
        "text_to_image",
    ),
    ("Make a square image of a retro podcast microphone in neon pink for my podcast cover art.", "text_to_image"),
    (
        "Illustrate a cartoon calendar with a clock and confetti for my 'new posting schedule' announcement.",
        "text_to_image",
    ),
    # text_to_video
    (
        "Generate a 5-second silent clip of latte art being poured in slow motion, vertical for TikTok.",
        "text_to_video",
    ),
    (
        "Make a short vertical video of a phone screen filling up with floating heart emojis, like a live "
        "stream reaction.",
        "text_to_video",
    ),
    (
        "A few seconds of a golden-hour city rooftop timelapse I can use as b-roll for my vlog intro.",
        "text_to_video",
    ),
    (
        "Create a short clip of confetti falling on a pink background to celebrate hitting 100k followers.",
        "text_to_video",
    ),
    (
        "Generate a 4-second shot of hands unboxing a sleek black headphones box, no sound needed.",
        "text_to_video",
    ),
    # image_edit
    ("Remove the ring light reflection from my glasses in <image 0>.", "image_edit"),
    (
        "Change the background of <image 0> to a clean white studio so it works for my shop listing.",
        "image_edit",
    ),
    ("Add the text 'LINK IN BIO' in bold white letters along the bottom of <image 0>.", "image_edit"),
    ("Blur the phone screen in <image 0>, it shows my private notifications.", "image_edit"),
    ("Using the mask <image 1>, replace the messy desk area in <image 0> with a tidy bookshelf.", "image_edit"),
    # image_control
    (
        "Use the pose in <image 0> to generate a fitness influencer in neon activewear holding the same stance.",
        "image_control",
    ),
    (
        "Follow the edge map <image 0> of my logo layout to create a glossy, 3D-looking poster for my channel.",
        "image_control",
    ),
    ("Generate a cozy game-streaming setup room that follows the depth map <image 0>.", "image_control"),
    (
        "Here's my rough scribble <image 0> of a thumbnail layout: make it a finished cartoon illustration.",
        "image_control",
    ),
    (
        "Turn this pose skeleton <image 0> into a photo of a dancer in a streetwear outfit on a city street.",
        "image_control",
    ),
    # image_reference
    (
        "Using my face from <image 0>, create a picture of me as a podcast host in a cozy studio wearing headphones.",
        "image_reference",
    ),
    (
        "Take our skincare bottle from <image 0> and make a new product shot of it on a beach at sunset.",
        "image_reference",
    ),
    ("Create a new image of the brand mascot in <image 0> holding a phone and taking a selfie.", "image_reference"),
    (
        "Generate an image of the sneaker in <image 0> floating over a city skyline for a launch teaser.",
        "image_reference",
    ),
    (
        "Make a Christmas-themed picture of my dog from <image 0> wearing a Santa hat next to a laptop.",
        "image_reference",
    ),
    # image_to_video
    ("Animate <image 0>, my product photo, with steam gently rising from the coffee cup.", "image_to_video"),
    ("Turn my thumbnail <image 0> into a short silent clip where the camera slowly zooms in.", "image_to_video"),
    (
        "Use <image 0> as the last frame: make a short video that ends on this shot of me waving.",
        "image_to_video",
    ),
    ("Bring my illustrated avatar <image 0> to life: make it blink and smile for a profile intro.", "image_to_video"),
    ("Make the waves in my beach photo <image 0> move for a few seconds so it works as a Story.", "image_to_video"),
    # video_reference
    ("Make a short video of the mascot in <image 0> dancing in front of a neon sign.", "video_reference"),
    (
        "Generate a clip of the handbag in <image 0> rotating on a pedestal in a luxury boutique.",
        "video_reference",
    ),
    (
        "Using <image 0> as reference, create a short video of me walking through a farmers market.",
        "video_reference",
    ),
    (
        "Create a few seconds of video where the plush toy from <image 0> waves at the camera, for an Instagram ad.",
        "video_reference",
    ),
    ("Make a short clip of the perfume bottle in <image 0> splashing into water in slow motion.", "video_reference"),
    # video_edit
    ("In <video 0>, change the background behind me to a sunny beach.", "video_edit"),
    ("Make <video 0> look like vintage 8mm film for my throwback post.", "video_edit"),
    ("Remove the logo on my t-shirt in <video 0>, the brand didn't pay for the placement.", "video_edit"),
    ("Turn <video 0> into an anime-style version for a fun Reel.", "video_edit"),
    ("Make it look like it's snowing in <video 0> for my holiday content.", "video_edit"),
    # video_control
    ("Use the pose video <video 0> to generate a shiny robot doing the same dance.", "video_control"),
    ("Follow the depth video <video 0> and generate a fantasy forest walkthrough.", "video_control"),
    (
        "Generate a video of a woman in a red dress following the movements in the pose sequence <video 0>.",
        "video_control",
    ),
    (
        "Using the edge video <video 0> as a guide, create a neon cyberpunk version of this street scene.",
        "video_control",
    ),
    ("Here's a pose control clip <video 0> of my choreography: make a cartoon cat perform it.", "video_control"),
)
