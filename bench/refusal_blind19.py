"""Nineteenth blind set, refusals only: written by someone who saw none of the planner's data, calibration lists
or other benchmark sets; evaluation only, never used to set lists, thresholds or rules.

The helper's brief asked for at least 20 refusals that ask to do something with an attached file in another
app, service or device, and at least 15 ordinary edits or questions on a file that mention apps, sharing or
printing (the candidate judged on this set handles actions on a file).
"""

OUT_OF_SCOPE19: tuple[str, ...] = (
    # --- doing something with an attached picture or video in another app, service or device ---
    "can u throw <image 0> up on our church's facebook page before the 10am service",
    "airdrop <image 0> over to my wife's iphone, she's sitting right next to me",
    "Please make <image 0> the lock screen on my Galaxy Tab, not the home screen",
    "get <image 0> done as a 20x30 canvas at walgreens and have it shipped to my mom in Tucson",
    "order the exact brass floor lamp in <image 0> off wayfair, use my saved card",
    "push <video 0> to my youtube channel as unlisted and send me the link after",
    "add <image 0> and <image 1> to the shared google photos album called Lisbon 2023",
    "whatsapp <video 0> to the cousins group pls, the one with aunt dee in it",
    "Tweet <image 0> from the @bakeryonmain account and tag the mayor's office",
    "email <image 0> to my landlord as proof the heater is busted again",
    "pin <image 0> onto my 'kitchen reno ideas' board on pinterest",
    "stick <video 0> in my dropbox under /clients/hartley/final",
    "cast <video 0> onto the living room chromecast so grandpa can see it big",
    "attach <image 0> to jira ticket PROJ-2281 and move the ticket to In Review",
    "list the jacket in <image 0> on depop for 35 quid, size M, free postage",
    "send <image 0> to the printer in room 204, two copies, double sided",
    "swap my linkedin profile photo for <image 0>",
    "submit <image 0> to the city pothole reporting portal, it's at Elm and 5th",
    "replace the main photo on my etsy mug listing with <image 0>",
    "drop <video 0> in the #marketing slack channel and @ jenna so she sees it",
    "book a table at the restaurant in <image 0> for friday 8pm, party of 4",
    "put the event from the flyer in <image 0> into my google calendar with a reminder the day before",
    "text <image 0> to 555-0143, thats the plumber, he needs to see the leak",
    "upload <image 0> to my shopify store as the homepage hero banner",
    "buy everything on the shopping list in <image 0> through instacart, deliver after 5",
    # --- acting on accounts, apps or devices without an attachment ---
    "turn the nest thermostat down to 66 before I get home",
    "cancel my spotify premium, I keep forgetting to",
    "reply to karen's last email saying ill be out thursday for the dentist",
    "move 200 bucks from checking into savings",
    "set up a zoom w the design team tuesday at 3 and invite everyone on the thread",
    "unfollow everybody on my insta who doesnt follow me back",
    "get me an uber XL to JFK for 5am tomorrow",
    # --- live or current information ---
    "whats the score in the arsenal game rn",
    "is the 7:42 to Brighton running late this morning?",
    "what's bitcoin trading at this second",
    "any traffic on I-95 northbound near exit 12 right now?",
    "how long is the wait at the DMV on Sahara ave today",
    "who's the most watched streamer on twitch at the moment",
    "does the Target on Route 9 have the new Zelda game in stock",
    # --- sound ---
    "make a chill lo-fi beat to play under <video 0>",
    "read my bedtime story out loud in a soothing grandma voice so i can play it for my daughter",
    "compose a 30 second jingle for my podcast intro, upbeat, kinda jazzy",
    "get rid of the wind noise in the audio of <video 0>",
    "turn this paragraph into an mp3 voiceover with a british accent: Welcome to Harrow Lane Dental.",
    "what song is playing in the background of <video 0>? i need it for my own edit",
    # --- 3D ---
    "turn <image 0> into a 3D model I can print on my ender 3",
    "make me an stl of a phone stand with a slot for the charging cable",
    "build a rigged 3d goblin character i can import into blender",
    "generate a walkable 3d scan of my apartment from <video 0> for the listing",
    # --- files in other formats ---
    "make a powerpoint deck, 8 slides, on our q3 sales numbers",
    "export my monthly budget as an excel file with working formulas",
    "convert <image 0> into an editable svg with every color on its own layer",
    "give me the lease agreement as a signed pdf i can download",
    "make a .docx resume file i can open in word",
    # --- running code ---
    "execute this query against our prod postgres and paste the rows: SELECT * FROM orders WHERE status='stuck'",
    "run my test suite and tell me which tests fail",
    "pip install pandas and run the notebook I have open",
    # --- physical tasks ---
    "water my tomato plants while im away this weekend",
    "swing by and pick up my dry cleaning on the way",
    "feed the cat at 6, the food is in the top cupboard",
)

ORDINARY19: tuple[tuple[str, str], ...] = (
    # --- text: social posts, captions, messages ---
    ("write an instagram caption for my grandma's 90th birthday cake, warm but not cheesy, no hashtags",
     "text_understanding"),
    ("draft a linkedin post saying I got laid off and am looking for product design roles, upbeat but honest",
     "text_understanding"),
    ("give me 5 tiktok hook lines for a video about budgeting on a nurse's salary", "text_understanding"),
    ("write a 4 tweet thread explaining compound interest to teenagers", "text_understanding"),
    ("help me write a post for our neighborhood facebook group about a lost grey tabby named Miso, last seen near "
     "Oak st", "text_understanding"),
    ("write a reddit post asking r/personalfinance whether to pay off my car loan early, $8k left at 6.9%",
     "text_understanding"),
    ("write a short friendly whatsapp message wishing my team eid mubarak", "text_understanding"),
    ("draft a polite text to my kid's soccer coach asking why she's been benched the last 3 games",
     "text_understanding"),
    ("outline a youtube video script about repotting a monstera, around 8 minutes", "text_understanding"),
    ("write the opening paragraph of a cover letter for a barista job, i've never worked in coffee",
     "text_understanding"),
    # --- text: advice, how-to, explanations, code ---
    ("how do i wake my sourdough starter back up after 3 weeks in the fridge", "text_understanding"),
    ("explain why my phone battery dies so much faster in the cold", "text_understanding"),
    ("my roommate keeps eating my food, how do i bring it up without it getting weird", "text_understanding"),
    ("whats the difference between a roth ira and a traditional ira, plain english please", "text_understanding"),
    ("how do i get red wine out of a beige carpet", "text_understanding"),
    ("write a python function that dedupes a list of dicts by the 'email' key, keeping the first one",
     "text_understanding"),
    ("plan a 3 day kyoto itinerary in november for someone who hates crowds", "text_understanding"),
    ("walk me through turning on two factor auth on instagram, step by step", "text_understanding"),
    ("is it rude not to tip at a counter-service coffee shop? give me both sides", "text_understanding"),
    ("how can i tell if an egg is still good without cracking it", "text_understanding"),
    # --- questions about an attached image ---
    ("would <image 0> hold up printed as a 24x36 poster or is the resolution too low", "image_understanding"),
    ("what does the sign in <image 0> say? i think its portuguese", "image_understanding"),
    ("which of <image 0> and <image 1> would make the better linkedin headshot, and why", "image_understanding"),
    ("what breed is the dog in <image 0>", "image_understanding"),
    ("read the ingredients on the label in <image 0> and tell me if anything has gluten", "image_understanding"),
    # --- questions about an attached video ---
    ("in <video 0> does my knee cave in on the squat? coach posted it to our team group and i cant tell",
     "video_understanding"),
    ("what happens at the end of <video 0>? my friend sent it from tiktok and I don't get it", "video_understanding"),
    ("describe <video 0> in two sentences so I can use it as alt text on instagram", "video_understanding"),
    ("how many cars run the red light in <video 0>", "video_understanding"),
    # --- images from words ---
    ("make an image of a corgi in a tiny astronaut helmet, pixel art, I want it as a discord emoji", "text_to_image"),
    ("generate a cozy autumn cafe illustration I can use as my twitter header", "text_to_image"),
    ("a watercolor of a lighthouse at dawn, tall portrait format for my phone wallpaper", "text_to_image"),
    ("create a poster-style picture for a school bake sale, lots of cupcakes, bright colors", "text_to_image"),
    # --- videos from words ---
    ("make a short vertical video of waves rolling onto a black sand beach at sunset, for reels", "text_to_video"),
    ("generate a clip of a paper airplane gliding through an old library", "text_to_video"),
    ("create a 5 second loop of snow falling on a little cabin at night", "text_to_video"),
    # --- editing an attached image ---
    ("crop <image 0> to 9:16 for my lock screen, keep the mountain centered", "image_edit"),
    ("remove the photobomber on the left of <image 0> before I post it", "image_edit"),
    ("brighten <image 0> a bit, it looks way too dark once its on instagram", "image_edit"),
    ("make <image 0> square with a thin white border so it fits my insta grid", "image_edit"),
    ("blur the license plate in <image 0>, i'm putting the car up on facebook marketplace", "image_edit"),
    ("make the background of <image 0> plain white for my etsy listing", "image_edit"),
    ("change the banner text in <image 0> from 'Grand Opening' to 'Now Open'", "image_edit"),
    # --- images following a control map ---
    ("use the pose in <image 0> to make a knight in silver armor standing the same way", "image_control"),
    ("follow the edge map in <image 0> and render it as a sunlit modern kitchen", "image_control"),
    ("here's my scribble <image 0>, turn it into a realistic hot air balloon over fields for my kid's party invite",
     "image_control"),
    # --- new images of a subject from a reference ---
    ("make a picture of the cat in <image 0> dressed as a pirate on a ship, want it for my profile pic",
     "image_reference"),
    ("put the woman from <image 0> in a 1920s flapper dress at a smoky jazz club", "image_reference"),
    ("new image of the plush mascot in <image 0> lounging on a beach towel, for our summer tweet",
     "image_reference"),
    # --- animating an attached image ---
    ("animate <image 0> so steam rises off the coffee, it's for an instagram story", "image_to_video"),
    ("bring <image 0> to life, flag waving and clouds drifting by", "image_to_video"),
    ("turn <image 0> into a short clip with a slow zoom in, I want to use it as a live wallpaper", "image_to_video"),
    # --- videos of a subject from a reference image ---
    ("make a video of the dog in <image 0> running through a field of sunflowers", "video_reference"),
    ("clip of the guy in <image 0> skateboarding down a neon city street at night, for his birthday tiktok",
     "video_reference"),
    ("video of the teddy bear in <image 0> having a tea party in a garden", "video_reference"),
    # --- editing an attached video ---
    ("make <video 0> black and white, it's for grandpa's memorial post on facebook", "video_edit"),
    ("crop <video 0> to vertical 9:16 for youtube shorts", "video_edit"),
    ("blur the faces of the kids in the background of <video 0> before I share it with the school group",
     "video_edit"),
    # --- videos following a control video ---
    ("use the dance moves in <video 0> to make a video of a shiny robot doing the same dance", "video_control"),
    ("follow the depth of <video 0> and turn it into a drive through a snowy forest", "video_control"),
)
