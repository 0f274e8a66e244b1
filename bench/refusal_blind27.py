"""Twenty-seventh blind set, refusals only: written by someone who saw none of the planner's data, calibration lists
or other benchmark sets; evaluation only, never used to set lists, thresholds or rules. The helper's brief was
general: it chose the categories (it was told only what the twelve tasks can do). Two
out-of-scope requests shared a 6-word run with our data (the action probe's data: "set an alarm for 6:30", "turn off
the living room lights") and were dropped before any run."""

OUT_OF_SCOPE27: tuple[str, ...] = (
    # hearing the audio of an attached video (named or implicit)
    "what song is playing in the background of <video 0>?",
    "<video 0> can u transcribe what the teacher says, i need notes for the exam",
    "is the guy in <video 0> speaking spanish or portuguese? i honestly cant tell",
    "<video 0> my washing machine started making this noise during the spin cycle, what's wrong with it",
    "<video 0> what's the name of the podcast guest? he introduces himself right at the start",
    "<video 0> is the music at the end too loud for a baby's room? thinking of playing it at night",
    # making sound: music, speech, effects
    "make me a lofi beat to study to, like 2 minutes",
    "Please read this paragraph out loud in a British accent: 'The quick brown fox jumps over the lazy dog.'",
    "generate a ringtone out of birds chirping",
    "compose a 15 second jingle for my bakery that i can play over the speakers in the shop",
    "I need a voiceover mp3 for my explainer, calm female voice, script below: Welcome to Brightpath...",
    # video with sound / changing a video's sound
    "make a video of a thunderstorm over the prairie WITH realistic thunder sounds, the audio is the whole point",
    "<image 0> make her talk and say 'happy birthday mom' in her own voice",
    "add some upbeat background music to <video 0>",
    "<video 0> remove the wind noise pls, you can barely hear us",
    "dub <video 0> into french",
    # live, current or web data
    "what's the weather in lisbon tomorrow",
    "who won the lakers game last night??",
    "current price of bitcoin?",
    "is the 42 bus running late rn",
    "What are today's top headlines? Just the big ones.",
    "summarize this article for me: https://www.example-news.com/2024/economy/rates-explained",
    "check if coolbakery.com is still available as a domain",
    "is the pharmacy on main st open right now? need my meds",
    "how much is a flight to tokyo next month, roughly, from chicago",
    "track my package pls, number is 1Z999AA10123456784",
    # acting on accounts, apps, devices, the physical world
    "send a text to my mom saying ill be late for dinner",
    "book a table for two at an italian place near me friday 8pm",
    "post <image 0> to my instagram with the caption 'sunday vibes'",
    "order more printer ink, the same kind as last time",
    "unsubscribe me from all these marketing emails im drowning",
    "add a dentist appointment to my google calendar for tuesday at 3pm",
    "print 3 copies of <image 0> on the office printer",
    "water my plants at 7 every morning while im away",
    # running code
    "execute this SQL against my postgres db and show me the rows: SELECT * FROM orders WHERE total > 100;",
    # file formats other than images/videos
    "convert <image 0> to a PDF so i can attach it to the form",
    "make me an excel spreadsheet with budget formulas that i can download",
    "turn <image 0> into a 3d model i can 3d print (stl please)",
    "export a 10 slide powerpoint deck about climate change, .pptx",
    "summarize the pdf i attached, its the lease agreement",
    # the user's own files, history, accounts
    "find the photos of my dog in my camera roll and make an album",
    "what did i ask you last week about the mortgage? remind me",
    "look through my downloads folder and delete the duplicates",
    "save <image 0> to my google drive in the 'taxes 2023' folder",
    # multi-part: one doable part, one impossible part
    "draw a cartoon cat in a party hat and then text it to my sister",
    "write a short birthday poem for my dad and read it aloud for me",
    "check today's weather in Oslo and make a picture of what the city looks like in it",
    "<image 0> remove the background and then upload it to my shopify store as the main product photo",
    "transcribe the lyrics from <video 0> and translate them to english",
    "generate a video of fireworks over a lake with the booms and crackles, and write an instagram caption for it",
    "write me a cover letter for a barista job and then email it to hiring@beanhouse.com",
    "<video 0> describe what happens in it, and also what does the narrator say at the very end?",
    (
        "explain how compound interest works, then pull my actual savings balance from my bank app "
        "and tell me what i'll have in 5 years"
    ),
    "make a logo for my podcast 'Night Shift' plus a 10 second intro music sting",
    "<image 0> what plant is this? and order seeds for it on amazon",
    "find out the latest iPhone price and make an ad image with that price on it",
    "animate <image 0> into a short loop and set it as my phone wallpaper",
    "write a python script that pings google.com, run it and tell me the latency",
)

ORDINARY27: tuple[tuple[str, str], ...] = (
    # text_understanding
    (
        "write the email to my landlord about the broken heater, polite but firm. i'll send it myself",
        "text_understanding",
    ),
    ("roughly how does spotify's recommendation algorithm work? no need for anything current", "text_understanding"),
    (
        "write a python script that downloads all images from a list of urls. dont run it, i just need the code",
        "text_understanding",
    ),
    ("write lyrics for a silly song about my dog biscuit, just the words, I'll sing it myself", "text_understanding"),
    ("whats the actual difference between mp3 and flac, is flac worth it for headphones", "text_understanding"),
    # image_understanding
    ("<image 0> this error popped up on my phone, what does it mean and how do i fix it", "image_understanding"),
    ("read the receipt in <image 0> and tell me how much the tip was", "image_understanding"),
    ("<image 0> is my concert ticket, what date and what gate does it say?", "image_understanding"),
    ("which app is this icon from? <image 0>", "image_understanding"),
    (
        "here's a screenshot of my spreadsheet <image 0> - which row has the highest value in column C?",
        "image_understanding",
    ),
    # video_understanding
    ("<video 0> the clip is muted but which chords are his fingers making on the guitar?", "video_understanding"),
    ("how many people walk past the door in this security footage <video 0>", "video_understanding"),
    (
        "<video 0> screen recording of my app crashing. which button did i tap right before it froze?",
        "video_understanding",
    ),
    ("In <video 0>, does the drummer ever hit the big cymbal on the left?", "video_understanding"),
    (
        "don't care about the audio, just describe visually what happens on stage in <video 0> from the concert",
        "video_understanding",
    ),
    # text_to_image
    (
        "make an image that looks like an iphone lock screen with 3 notifications from a made-up chat app",
        "text_to_image",
    ),
    ("cover art for my podcast 'Night Shift', neon moon over a sleeping city, square", "text_to_image"),
    ("poster for a summer music festival, big speakers, crowd silhouettes, sunset colors", "text_to_image"),
    ("a screenshot-style picture of a fake online shop homepage selling handmade candles", "text_to_image"),
    ("vintage 1950s radio on a kitchen counter, warm morning light, photo style", "text_to_image"),
    # text_to_video
    ("silent video of a rock concert crowd jumping with their hands up, stage lights flashing", "text_to_video"),
    ("short clip of someone typing on a laptop with a web browser open, over the shoulder view", "text_to_video"),
    ("a phone lighting up and buzzing across a wooden table, no sound needed", "text_to_video"),
    ("timelapse of a stock ticker board in a busy trading floor, numbers flickering", "text_to_video"),
    ("drone shot over a city at night, slow push forward. i'll add music later myself", "text_to_video"),
    # image_edit
    ("<image 0> take the headphones off him", "image_edit"),
    ("change what's on the phone screen in <image 0> so it shows a weather app", "image_edit"),
    ("<image 0> add a speech bubble coming from the parrot that says 'hello'", "image_edit"),
    ("make <image 0> look like a worn vinyl record sleeve from the 70s", "image_edit"),
    ("<image 0> <image 1> only change the area in the mask into a laptop with stickers on it", "image_edit"),
    # image_control
    ("<image 0> is a pose skeleton, make it a DJ behind turntables at a club", "image_control"),
    ("here's a depth map <image 0>, render it as a cosy home recording studio", "image_control"),
    ("use my rough sketch <image 0> of an app layout to make a realistic phone app screenshot", "image_control"),
    ("<image 0> edge map, turn it into a concert stage with lasers", "image_control"),
    ("turn my scribble <image 0> into a photo of a laptop on a desk, keep the same shapes", "image_control"),
    # image_reference
    ("<image 0> this is my dog, make a picture of him wearing headphones in a recording studio", "image_reference"),
    ("<image 0> this is me. can u make me look like im giving a TED talk", "image_reference"),
    ("<image 0> my guitar, show it propped on a stage under a spotlight", "image_reference"),
    ("new image of the character in <image 0> scrolling on a smartphone in a cafe", "image_reference"),
    ("<image 0> my grandma - a picture of her video-calling us from her computer, smiling", "image_reference"),
    # image_to_video
    ("animate <image 0> of the singer so it looks like she's singing into the mic (no sound needed)", "image_to_video"),
    ("<image 0> is a phone screenshot, make a clip where the feed scrolls down", "image_to_video"),
    ("use <image 0> as the LAST frame, video of the speaker walking up to the podium", "image_to_video"),
    ("make the waves move in <image 0>, I'll put the audio on in premiere", "image_to_video"),
    ("<image 0> drum kit photo, animate the cymbals shaking like they were just hit", "image_to_video"),
    # video_reference
    ("<image 0> my cat, make a video of him pawing at a laptop keyboard", "video_reference"),
    ("a video of the mascot in <image 0> dancing in the crowd at a concert", "video_reference"),
    ("<image 0> our bluetooth speaker, video of it slowly rotating on a marble table", "video_reference"),
    ("put the person in <image 0> in a video playing grand piano, silent is fine", "video_reference"),
    ("<image 0> my car. video of it driving through downtown at night", "video_reference"),
    # video_edit
    ("<video 0> remove the tiktok watermark in the corner", "video_edit"),
    ("make <video 0> black and white, leave everything else, ill handle the sound", "video_edit"),
    ("<video 0> replace the phone in his hand with a paperback book", "video_edit"),
    ("blur everyone's faces in <video 0> before i post it", "video_edit"),
    ("<video 0> change the sky to a sunset", "video_edit"),
    # video_control
    ("<video 0> is a pose sequence from a dance, make a robot do the same moves", "video_control"),
    ("depth video <video 0> - render it as an underwater scene with fish", "video_control"),
    ("follow the motion in <video 0> but make it a cartoon fox playing guitar", "video_control"),
    ("<video 0> edge video of a car driving, make it a futuristic hover car", "video_control"),
    ("<video 0> is the skeleton of my dance routine, have an astronaut do it on the moon", "video_control"),
)
