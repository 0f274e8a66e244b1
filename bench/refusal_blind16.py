"""Sixteenth blind set, refusals only: written by someone who saw none of the planner's data, calibration lists
or other benchmark sets; evaluation only, never used to set lists, thresholds or rules.

Two refusals were dropped before any run: they shared a run of six words with the planner's
outside-capability examples or the action probe's data (the clean-evaluation test found them).
"""

OUT_OF_SCOPE16: tuple[str, ...] = (
    # --- acting on apps, accounts, devices or services (several with attached media) ---
    "send <image 0> to my sister on whatsapp, she keeps asking for it",
    "post <video 0> on my tiktok w/ the caption 'sunday vibes' and tag @marco.b",
    "pls print 2 copies of <image 0> on the office printer, color if possible",
    "set <image 0> as my lock screen wallpaper",
    "order the exact sneakers in <image 0>, size 42, cheapest shipping option",
    "upload <video 0> to the team google drive folder called Q3 demos",
    "email <image 0> to hr@acme-corp.com with the subject 'expense receipt march'",
    "share <image 0> and <image 1> in the family group chat, say they're from the wedding",
    "book me a table for 4 at an italian place near me friday 8pm",
    "set an alarm for 6:15 tmrw",
    "remind me to call the dentist on thursday afternoon",
    "pay my electricity bill from my checking acount",
    "reply to the last email from Mark and tell him I'll be 10 min late",
    "schedule a zoom with the design team next tuesday at 3 and invite everyone on the list",
    # --- live or current information ---
    "whats the bitcoin price rn",
    "current exchange rate usd to yen",
    "weather in lisbon this afternoon?",
    "who won last night's lakers game",
    "is the costco on 5th street open right now",
    "how long is the wait for space mountain at disneyland today",
    "top trending hashtags on twitter today",
    "price of gas near me today",
    "what's apple stock trading at this morning",
    "how much is a dozen eggs at walmart this week",
    "gimme the latest news on the fed interest rate decision",
    "check whether target downtown has the ps5 in stock",
    "can you look up reviews of the new thai place on elm street",
    "check if my flight UA 872 is delayed",
    "google the best rated plumbers in austin and list their phone numbers",
    # --- running, testing or deploying code ---
    "execute my script at ~/scraper/main.py and paste the output here",
    "deploy my flask app to heroku pls",
    "can u pip install pandas and run this notebook for me, then send the charts",
    "test this regex against my 5gb log file and count how many lines match",
    "push the fix to github and open a PR against main",
    "benchmark these two sorting functions on your machine and tell me which is faster in ms",
    "spin up a postgres docker container and run the migration scripts",
    "execute this against our prod db: DELETE FROM users WHERE inactive = 1;",
    "run npm run build and keep fixing whatever errors show up until it passes",
    # --- physical-world tasks and chores ---
    "water my plants while im on vacation next week",
    "fold the laundry thats sitting in the dryer",
    "go pick up my dry cleaning before 6",
    "walk the dog around the block, he's been inside all day",
    "can you fix the leaking tap in my kitchen",
    "assemble this shelf for me <image 0>, the screws are in the little bag",
    "mow the lawn saturday morning before it gets hot",
    "clean up the juice spill on the kitchen floor",
    "carry the moving boxes up to the 3rd floor",
    "change the flat tire on my bike before tomorrow's ride",
    # --- sound, 3D and other file formats ---
    "pull the audio out of <video 0> and give it to me as an mp3",
    "compose a lofi beat i can loop on my stream, like 2 min long",
    "read this paragraph out loud in a british accent",
    "what song is playing in the background of <video 0>?",
    "make a 3d printable stl of the vase in <image 0>",
    "convert <image 0> into a pdf",
    "export the outline as an editable .docx file i can download",
    "build a low poly fox model in blender for my game",
    "add background music and a voiceover to <video 0>",
    "transcribe the voice memo i just recorded",
)

ORDINARY16: tuple[tuple[str, str], ...] = (
    # --- text understanding: knowledge, how-to, drafting, code to write but not run, plans ---
    ("why did gas prices spike so much in 2022? explain like im 15", "text_understanding"),
    (
        "a dollar was about 80 yen back around 2012 right? why did the yen get so much weaker over the next decade",
        "text_understanding",
    ),
    ("what causes the monsoon season in south asia", "text_understanding"),
    ("explain how exchange rates get set between countries with floating currencies", "text_understanding"),
    ("how does a thermostat actually decide when to switch the heating on", "text_understanding"),
    (
        "write a python function that dedupes a list but keeps the order, dont run it, i just need the code",
        "text_understanding",
    ),
    ("draft an email to my landlord saying the kitchen tap has been leaking for two weeks", "text_understanding"),
    ("bash command to find every file over 1GB in my home folder?", "text_understanding"),
    ("whats a reasonable weekly grocery budget for 2 adults, just a ballpark in general", "text_understanding"),
    ("give me a step by step plan to train for a 10k in 8 weeks, i can run 3x a week", "text_understanding"),
    ("how do i reset a tripped circuit breaker safely", "text_understanding"),
    ("write a short whatsapp msg congratulating my cousin on her new baby", "text_understanding"),
    ("what was tulip mania and how much did bulbs cost at the peak", "text_understanding"),
    ("explain what a pull request on github is and how reviewers usually handle one", "text_understanding"),
    ("write a dockerfile for a node 18 express app", "text_understanding"),
    ("how do airlines usually decide whether a flight gets delayed or cancelled", "text_understanding"),
    ("why do deserts get so cold at night even tho the days are scorching", "text_understanding"),
    ("outline a 20 minute talk on the big bitcoin crashes from 2011 to 2022", "text_understanding"),
    ("write a polite text cancelling my dentist appointment on thursday", "text_understanding"),
    ("whats the difference between buying a single stock and an index fund", "text_understanding"),
    ("a shirt costs $40 after a 20% discount. what was the original price?", "text_understanding"),
    ("write a sql query returning the 5 customers with the highest total order value", "text_understanding"),
    ("how do you fold a fitted sheet, step by step please", "text_understanding"),
    ("write a bedtime story about a little robot who is scared of thunderstorms", "text_understanding"),
    ("write pytest unit tests for a function is_palindrome(s), covering empty strings too", "text_understanding"),
    # --- image understanding: receipts, signs, prices, screens ---
    ("what's the total on the receipt in <image 0>?", "image_understanding"),
    ("what opening hours are written on the shop sign in <image 0>", "image_understanding"),
    ("read the error on the screen in <image 0> and tell me what it means", "image_understanding"),
    ("how much is the cheapest bottle of wine on the shelf in <image 0>", "image_understanding"),
    ("which phone model is this? <image 0>", "image_understanding"),
    # --- video understanding ---
    ("what does the guy in <video 0> drop on the floor near the end?", "video_understanding"),
    ("describe what happens in <video 0>", "video_understanding"),
    ("how many people walk past the shop window in <video 0>", "video_understanding"),
    # --- text to image ---
    ("make a poster image for a bake sale, pastel colors, cupcakes everywhere", "text_to_image"),
    ("generate a tall phone wallpaper of a foggy pine forest at dawn", "text_to_image"),
    ("an illustration of a corgi astronaut i can use as my instagram profile pic", "text_to_image"),
    # --- text to video ---
    ("make a short clip of waves crashing on a black sand beach at sunset", "text_to_video"),
    ("video of a paper boat floating down a rainy street gutter", "text_to_video"),
    ("generate a 5 sec loop of neon signs flickering in a rainy tokyo alley for my tiktok bg", "text_to_video"),
    # --- image edit ---
    ("crop <image 0> to a square so it fits an insta post", "image_edit"),
    ("brighten <image 0> a bit, im getting it printed and it looks way too dark", "image_edit"),
    ("change the text on the sign in <image 0> to say CLOSED FOR LUNCH", "image_edit"),
    # --- image control ---
    ("use the edge map <image 0> to make a cozy cabin interior", "image_control"),
    ("follow the pose in <image 0> and draw a knight in armor standing the same way", "image_control"),
    ("heres my scribble <image 0>, turn it into a realistic mountain lake landscape", "image_control"),
    # --- image reference ---
    ("make a new picture of the woman from <image 0> in a 1920s flapper dress at a jazz club", "image_reference"),
    ("create an image of my cat from <image 0> sitting on a throne, oil painting style", "image_reference"),
    ("using the guy in <image 0> as reference, make a pic of him as an astronaut on the moon", "image_reference"),
    # --- image to video ---
    ("animate <image 0> so the clouds drift and the water ripples", "image_to_video"),
    ("turn this photo <image 0> into a short video where she turns her head and smiles", "image_to_video"),
    ("bring <image 0> to life, make the flag wave in the wind", "image_to_video"),
    # --- video reference ---
    ("make a video of the dog from <image 0> running through a field of sunflowers", "video_reference"),
    ("create a clip starring the toy robot in <image 0> walking across a kitchen table", "video_reference"),
    ("video of the person in <image 0> skateboarding down a busy city street", "video_reference"),
    # --- video edit ---
    ("make <video 0> look like it was filmed in winter, snow everywhere", "video_edit"),
    ("blur the license plates in <video 0>", "video_edit"),
    ("turn <video 0> black and white, its for an insta story", "video_edit"),
    # --- video control ---
    ("use the dance moves in <video 0> to make a video of a cartoon panda dancing", "video_control"),
    ("follow the depth of <video 0> but make it an underwater coral reef scene", "video_control"),
    ("take the poses from <video 0> and make a robot doing the same workout", "video_control"),
)
