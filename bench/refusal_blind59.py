"""Fifty-ninth blind set, refusals only: written by someone who saw none of the planner's data, calibration lists
or other benchmark sets; evaluation only, never used to set lists, thresholds or rules. The helper's brief was
a wide mix of people and situations, general and less obvious requests (it chose the categories; it was told
only what the twelve tasks can do)."""

OUT_OF_SCOPE59: tuple[str, ...] = (
    # live or current information
    "What's the weather going to be like in Lisbon this weekend? Trying to decide whether to pack a raincoat.",
    "how much is one bitcoin worth right now",
    "Which pharmacies near Zurich Hauptbahnhof are still open tonight?",
    "Give me the final score of last night's Celtics game and who was top scorer.",
    "Is the M25 jammed at junction 10 at the moment? I have to leave for Heathrow in twenty minutes.",
    "<image 0> This is the departures board I snapped ten minutes ago - has the 14:52 to Leeds been cancelled "
    "since then?",
    "Summarise today's top headlines about the farmers' protests in Brussels.",
    # sound, music and speech
    "Make me a short video of waves rolling onto a beach, with the sound of the surf and seagulls, for my "
    "relaxation channel.",
    "<video 0> what is the man in the blue jacket saying to the cashier? I couldn't hear it on my phone.",
    "Read this bedtime story out loud in a soft Scottish accent so my daughter can listen before sleep: "
    "'Once upon a time there was a small grey hare...'",
    "<video 0> Which song is playing in the background of this clip from my cousin's wedding?",
    "Create a 15-second ringtone: a cheerful ukulele tune with a little whistle at the end.",
    "<image 0> Animate this photo of my grandfather so he waves and says 'happy birthday, Mila' in his own voice.",
    "Make a karaoke version of 'Bohemian Rhapsody' with the vocals taken out.",
    "<video 0> Remove the wind noise from this recording of my daughter's violin recital.",
    "Play some gentle rain sounds for twenty minutes while I study.",
    # sending, posting, booking, buying
    "Email the invoice in <image 0> to accounts@brightlane.co.uk with a short, polite covering note.",
    "Book me a table for four at an Italian place in Brooklyn, Friday at 8pm.",
    "Post <image 0> to my Instagram story with the caption 'finally finished the quilt!!'",
    "Order two 12kg bags of the grain-free salmon dog food from Amazon and have them delivered to my office.",
    "Please call my dentist and move my appointment from Tuesday to Thursday morning.",
    "text my landlord that the boiler is broken AGAIN and ask when someone can come round",
    # accounts, personal files, devices and code execution
    "Go through my Google Drive and find the spreadsheet with the 2022 tax receipts.",
    "Clone github.com/lenka-p/invoicer, run the test suite and tell me which tests fail.",
    "Check my Outlook calendar and tell me whether anything clashes with the board meeting next Wednesday.",
    "Turn off the smart lights in the living room, I'm already in bed.",
    "Log into our Shopify admin and tell me how many orders have come in since Monday.",
    "<image 0> Our wifi router's lights look like this - can you reboot it remotely for me?",
    "SSH into the staging box and restart nginx, it keeps throwing 502s.",
    # memory of earlier conversations
    "What was the name of that Portuguese restaurant you recommended to me last week?",
    "Carry on the story we started yesterday about the lighthouse keeper, from exactly where we left off.",
    "Use the same logo you made for me in our last chat, but put it on a navy background this time.",
    # file formats, export and conversion
    "Convert <image 0> into a vector SVG I can send to the sign printer.",
    "Turn <video 0> into a looping GIF under 5 MB so I can drop it into Slack.",
    "Generate a 3D-printable STL model of a chess knight in an Art Deco style.",
    "Design a poster for our jazz night and give it to me as a layered PSD with the text on separate layers.",
    "Compress <video 0> so it's small enough to attach to an email - it needs to be under 20 MB.",
    "Make a 12-page dinosaur colouring book for my nephew and send it to me as a single printable PDF.",
    # upscaling, frame interpolation, stabilising, cutting and joining
    "<image 0> is a tiny thumbnail of my mum's old passport photo - upscale it to 4000 pixels wide for printing.",
    "Stabilise <video 0>, I filmed it while jogging and it's basically unwatchable.",
    "Cut the first 12 seconds out of <video 0> and keep the rest exactly as it is.",
    "Join <video 0> and <video 1> into one clip with a crossfade between them.",
    "Convert <video 0> from 24 to 60 fps by generating the in-between frames so the motion looks smoother.",
    "<image 0> It's a blurry CCTV still from outside my shop. Enhance it until the licence plate is readable.",
    "Produce a two-minute narrated documentary on the history of the Silk Road, voice-over included.",
    # reminders, timers and recurring messages
    "Remind me at 6pm to take the lasagne out of the oven.",
    "Set a 25-minute pomodoro timer and ping me when it's up.",
    "Every Monday at 7am, send me a motivational quote to start the week.",
    # physical-world actions
    "Water my tomato plants while I'm away this weekend, they dry out fast in this heat.",
    "Unlock the front door for the cleaner when she arrives at 10.",
    "<image 0> Print this photo on A3 glossy paper at the print shop on the corner and have it framed.",
    # training or running models
    "Fine-tune an image model on my 200 pottery photos so it learns my glazing style permanently.",
    "Train a small classifier that tells ripe avocados from unripe ones and send me the weights file.",
    "Benchmark how fast Llama 3 8B runs on my RTX 4070 and tell me the tokens per second.",
    # web search and look-ups
    "<image 0> Find where I can buy this exact floor lamp online and which shop has it cheapest.",
    "<image 0> reverse image search this profile picture and tell me if it's used on other dating profiles",
    "Find me three peer-reviewed papers from this year on microplastics in drinking water, with links.",
    "Look up who won the Nobel Prize in Literature this year and what the committee said.",
    # attachments needing an absent capability
    "<video 0> Add a punchy drum beat soundtrack that hits on every cut in this skateboarding clip.",
    "<image 0> This is my handwritten recipe card - save it to my Notes app under 'Desserts'.",
)

ORDINARY59: tuple[tuple[str, str], ...] = (
    # text_understanding
    (
        "Write a polite Slack message to my team saying the Friday deploy is pushed to Monday because QA "
        "found a blocker.",
        "text_understanding",
    ),
    (
        "Explain what the cron expression '0 9 * * 1-5' means, and write one that would fire at 6:30pm every "
        "Sunday.",
        "text_understanding",
    ),
    (
        "Translate this voicemail transcript into Spanish for my grandmother: 'Hi Abuela, the flight lands at 7, "
        "don't wait up, we'll grab a taxi.'",
        "text_understanding",
    ),
    (
        "I'm a hospice nurse. Draft a short, gentle leaflet for families on what breathing changes to expect in "
        "the last days, in plain language.",
        "text_understanding",
    ),
    (
        "Write lyrics for a silly two-verse song about the office coffee machine breaking down, for our team "
        "party.",
        "text_understanding",
    ),
    # image_understanding
    (
        "<image 0> This is a screenshot of an error in my banking app - what does the message say and what is it "
        "asking me to do?",
        "image_understanding",
    ),
    (
        "<image 0> Here's the back of my router. Which port is the WAN one, and what's the default wifi password "
        "on the sticker?",
        "image_understanding",
    ),
    (
        "<image 0> Read the handwritten dosing times on this pharmacy label and tell me how often I'm supposed "
        "to take it.",
        "image_understanding",
    ),
    (
        "<image 0> Is the guitar in this photo strung for a left-handed player? Look at the string order and "
        "the pickguard.",
        "image_understanding",
    ),
    (
        "<image 0> Photo of the printed timetable at my bus stop - according to it, when is the last bus after "
        "22:00 on Sundays?",
        "image_understanding",
    ),
    # video_understanding
    (
        "<video 0> In this dashcam footage, which car enters the junction on red? I need to describe it for my "
        "insurance claim.",
        "video_understanding",
    ),
    (
        "<video 0> Count how many reps my client does in this squat set and point out where her knees cave in.",
        "video_understanding",
    ),
    (
        "<video 0> It's a muted screen recording of my Excel workflow - list the steps I take, in order, so I "
        "can write them up.",
        "video_understanding",
    ),
    (
        "<video 0> Going by the drummer's hands in this clip, is he playing matched grip or traditional grip?",
        "video_understanding",
    ),
    (
        "<video 0> My toddler filmed the TV with my phone - what does the scrolling news ticker at the bottom "
        "say?",
        "video_understanding",
    ),
    # text_to_image
    (
        "A poster for a community radio station's 20th birthday: vintage microphone, sound waves in teal and "
        "orange, the text 'KXRF 20 years'.",
        "text_to_image",
    ),
    (
        "Make an app icon for a meditation timer app: a minimal hourglass on a soft lilac background, rounded "
        "square, flat style.",
        "text_to_image",
    ),
    (
        "Generate a 1920x1080 desktop wallpaper of a foggy Norwegian fjord at dawn, muted colours.",
        "text_to_image",
    ),
    (
        "Illustration for my blog post about email overload: a person buried under a mountain of paper "
        "envelopes, flat editorial style.",
        "text_to_image",
    ),
    (
        "Cover art for my podcast 'Night Shift Stories': a lone nurse walking down a hospital corridor at 3am, "
        "moody blue light, square.",
        "text_to_image",
    ),
    # text_to_video
    (
        "A short clip of a smartphone lighting up with notifications on a nightstand in a dark bedroom, camera "
        "slowly pushing in.",
        "text_to_video",
    ),
    (
        "A few-second silent loop of a vinyl record spinning on a turntable, warm lamp light, close-up.",
        "text_to_video",
    ),
    (
        "Generate a short video of a delivery drone lowering a parcel onto a suburban porch, daytime, cinematic.",
        "text_to_video",
    ),
    (
        "A 5-second vertical video for TikTok: steam rising from a bowl of ramen in slow motion, dark background.",
        "text_to_video",
    ),
    (
        "Short video of an old alarm clock on a desk, its hands spinning fast while the window light shifts "
        "from morning to night.",
        "text_to_video",
    ),
    # image_edit
    (
        "<image 0> Remove the wifi password sticker from the router in this listing photo before I put it on "
        "eBay.",
        "image_edit",
    ),
    (
        "<image 0> Replace the grey sky with a warm sunset so it looks like golden hour - it's for our Airbnb "
        "listing.",
        "image_edit",
    ),
    (
        "<image 0> Blur the faces of the kids in the background of this school concert photo.",
        "image_edit",
    ),
    (
        "<image 0> <image 1> Use the mask in <image 1> and fill that area of <image 0> with a wooden bookshelf.",
        "image_edit",
    ),
    (
        "<image 0> Change the text on the cafe chalkboard from 'Open 8-4' to 'Open 7-3'.",
        "image_edit",
    ),
    # image_control
    (
        "<image 0> This is a pose skeleton I exported from my animation app - generate a knight in armour in "
        "exactly this pose.",
        "image_control",
    ),
    (
        "<image 0> Use this depth map of my living room to render it as a cosy Scandinavian interior.",
        "image_control",
    ),
    (
        "<image 0> My son's scribble of a rocket - turn it into a proper painted picture that keeps the same "
        "shape.",
        "image_control",
    ),
    (
        "<image 0> Following the edge lines from my architect's sketch, generate a photorealistic cafe "
        "frontage at dusk.",
        "image_control",
    ),
    (
        "<image 0> This is a Canny edge map of a guitar - generate a realistic red electric guitar that follows "
        "the outline exactly.",
        "image_control",
    ),
    # image_reference
    (
        "<image 0> This is our company mascot, a cartoon otter - create a new image of him wearing headphones "
        "at a DJ booth.",
        "image_reference",
    ),
    (
        "<image 0> Using my dog from this photo, make a picture of her as an astronaut on the moon for her "
        "birthday card.",
        "image_reference",
    ),
    (
        "<image 0> Here's our product, a speckled ceramic mug - generate a new shot of it on a rainy cafe "
        "windowsill for the online shop.",
        "image_reference",
    ),
    (
        "<image 0> Make an image of the woman in this photo giving a talk on a conference stage, same face and "
        "hair.",
        "image_reference",
    ),
    (
        "<image 0> Create a new picture of this vintage car parked outside a 1950s diner at night.",
        "image_reference",
    ),
    # image_to_video
    (
        "<image 0> Bring this old photo of my grandparents dancing to life - just a few seconds of gentle "
        "movement, no sound needed.",
        "image_to_video",
    ),
    (
        "<image 0> Animate this product shot of our wireless earbuds: the case slowly opens and the camera "
        "orbits a little.",
        "image_to_video",
    ),
    (
        "<image 0> Use this as the last frame: a short video that ends on this view of the finished Lego city, "
        "bricks flying into place.",
        "image_to_video",
    ),
    (
        "<image 0> Make the waterfall in this landscape painting flow and the trees sway, for a looping screen "
        "background.",
        "image_to_video",
    ),
    (
        "<image 0> Animate the clock tower in this photo so the hands move and the clouds drift past.",
        "image_to_video",
    ),
    # video_reference
    (
        "<image 0> Make a short video of the cat in my photo chasing a laser dot across a wooden floor.",
        "video_reference",
    ),
    (
        "<image 0> Using the sneaker in this picture, generate a short video of it splashing through a puddle "
        "in slow motion.",
        "video_reference",
    ),
    (
        "<image 0> Create a video of the person in this photo walking through a busy Tokyo street at night.",
        "video_reference",
    ),
    (
        "<image 0> Our band's mascot is in this image - generate a short clip of it playing the drums on stage.",
        "video_reference",
    ),
    (
        "<image 0> Generate a short video of this teddy bear sitting on a garden swing, gently swinging.",
        "video_reference",
    ),
    # video_edit
    (
        "<video 0> Change the colour of my car in this clip from silver to deep green.",
        "video_edit",
    ),
    (
        "<video 0> Make this footage of our office look like it was shot on a 1980s VHS camcorder.",
        "video_edit",
    ),
    (
        "<video 0> Remove the logo from the speaker's t-shirt throughout the video.",
        "video_edit",
    ),
    (
        "<video 0> Turn the sunny street in this clip into a snowy winter evening.",
        "video_edit",
    ),
    (
        "<video 0> Replace the phone screen in this ad clip with a plain green screen so we can add the app "
        "later.",
        "video_edit",
    ),
    # video_control
    (
        "<video 0> This is a pose video from my motion-capture session - generate a dancer in a red dress doing "
        "the same moves.",
        "video_control",
    ),
    (
        "<video 0> Use this depth video of a corridor walkthrough to generate a spooky abandoned hospital "
        "version.",
        "video_control",
    ),
    (
        "<video 0> Following this edge-map video of a car driving, make it a neon cyberpunk racer instead.",
        "video_control",
    ),
    (
        "<video 0> Here's an OpenPose video of a golfer's swing - generate an astronaut doing the same swing on "
        "the moon.",
        "video_control",
    ),
    (
        "<video 0> Drive the motion with this depth video of my hand and generate a robotic metal hand making "
        "the same gestures.",
        "video_control",
    ),
)
