"""Sixty-first blind set, refusals only: written by someone who saw none of the planner's data, calibration lists
or other benchmark sets; evaluation only, never used to set lists, thresholds or rules. The helper's brief was
everyday home and family life plus people at work in many jobs, some requests long with the situation told
first (it chose the categories; it was told only what the twelve tasks can do)."""

OUT_OF_SCOPE61: tuple[str, ...] = (
    # live and current information
    "My mum's flight from Lisbon lands at Gatwick tonight. Can you check whether it's delayed so I know "
    "when to leave the house?",
    "We're thinking of taking the kids to the zoo on Saturday. What's the forecast for Bristol that day?",
    "I run a small bakery and flour has gone up again. What's the going wholesale price for a 16kg sack "
    "of strong white flour this week?",
    "Which pharmacies near me are open right now? My daughter has a fever and it's gone 11pm.",
    "I'm a school receptionist and parents keep ringing to ask whether we'll close because of the snow. "
    "The council usually posts closures on its website first thing. Can you look up whether any schools in "
    "our district have announced they're shut tomorrow?",
    "<image 0> This is the receipt for the toaster I bought last month. Is it on sale cheaper now anywhere?",
    # sending, posting, booking and buying
    "Please email my son's football coach and tell him Leo can't make practice on Thursday.",
    "Order another pack of the nappies we got last time, size 4, delivered by Friday.",
    "Book a table for six somewhere Italian near the station for my dad's 70th, Sunday at 1pm.",
    "I'm a district nurse and I've just finished my last visit of the day. Could you text each of "
    "tomorrow's patients to confirm their appointment times? Their numbers are all in my work phone.",
    "<image 0> Here's a photo of the snapped shelf bracket. Find the same part online and buy two for me.",
    "Post this picture of our new puppy on my Facebook and tag my sister in it <image 0>",
    "Ring the landlord and leave a voicemail saying the boiler has packed in again.",
    "<image 0> This is a screenshot of the message from my daughter's teacher in the school app. Reply "
    "to her in the app for me saying we'll both be at parents' evening.",
    # reminders, timers, calendars, accounts and devices
    "Set a timer for 25 minutes for the lasagne please.",
    "Remind me every evening at 8 to give the dog his heart tablets.",
    "Add the twins' dentist appointment, 14 March at half three, to our shared family calendar.",
    "Turn the heating down to 18 in the kids' bedrooms, the thermostat app is on my phone.",
    "I'm a shift supervisor at a distribution warehouse and I've got a family thing next week. Log into "
    "our rota system and swap my Tuesday night shift with Priya's Wednesday day shift, she's agreed.",
    "Check my bank account and tell me whether the nursery fees have gone out this month.",
    "<image 0> Print this photo of the kids on the printer in the hallway, two copies.",
    "Make me a chart of how our electricity use changed this month, straight from the smart meter readings.",
    # memory of earlier conversations
    "What was that casserole recipe you gave me last week called? The one with the butter beans.",
    "Carry on with the bedtime story we started yesterday about the otter. Where did we leave off?",
    "You helped me write my shift handover notes on Monday. Just tweak those same notes for tonight.",
    "Like I told you before, my mother-in-law is coming to stay. What did I say her dietary needs were?",
    "I'm a childminder and we went through the Ofsted checklist together a couple of days ago. Which "
    "items did we agree I still hadn't done?",
    # sound, music and speech
    "Sing a lullaby for my baby in a soft voice, she just won't settle tonight.",
    "<video 0> This is my toddler babbling at breakfast. Can you make out which words he's trying to say?",
    "Compose a jingle with a catchy tune for my window-cleaning business's local radio advert.",
    "Read my daughter's spelling list out loud, slowly, so she can practise along with you: because, "
    "friend, thought, enough, island.",
    "<video 0> I filmed our staff meeting on my phone because nobody took notes. Write up minutes of what "
    "everyone said and who agreed to do what.",
    "<video 0> Add some gentle piano music under this clip of grandma blowing out her candles.",
    "Make a short video of a kitten chasing a laser dot, and make sure we can hear its little chirps and "
    "the mews when it pounces.",
    "<video 0> Our washing machine makes a horrible grinding noise on the spin cycle. Listen to this and "
    "tell me which part is failing.",
    "I'm a driving instructor. Record a calm voice-over saying 'mirror, signal, manoeuvre' that I can play "
    "to nervous learners.",
    # video cutting, joining, stabilising, slow motion and upscaling
    "<video 0> Cut out the first 40 seconds of this school play recording where the camera's pointing "
    "at the floor.",
    "Stitch <video 0> and <video 1> together into one clip of the wedding speeches, in that order.",
    "<video 0> The footage from my dashcam is really shaky, please stabilise it for the insurance claim.",
    "<video 0> Turn this clip of my son's long jump into smooth slow motion by creating the in-between frames.",
    "<image 0> This photo of my grandparents' wedding is tiny, about 300 pixels wide. Upscale it to 4K so "
    "I can print it big for their anniversary.",
    "<video 0> I'm a wedding videographer and the couple want the highlights reel in 4K, but I shot it in "
    "720p by mistake. Can you upscale it?",
    # file formats, export and compression
    "<image 0> Turn this photo of the handwritten chore chart into an Excel file I can download and edit.",
    "Convert the birthday party invite I made into a PDF so I can print it at the library.",
    "Make a GIF of our dog wagging his tail from <video 0> so I can use it in the group chat.",
    "<image 0> I'm an architectural technician. Turn this floor plan into a 3D model I can open in SketchUp.",
    "Design a logo for my cleaning business and give it to me as an SVG vector file, the van signwriter "
    "says he can't work with anything else.",
    "<image 0> Compress this scan of my passport to under 200KB so the visa form will accept it.",
    # code execution, servers and files on disk
    "Run the macro in my household budget spreadsheet and tell me what the yearly totals come out to.",
    "I'm the IT person at a small dental practice and the receptionists can't print appointment cards. SSH "
    "into the reception PC and restart the print spooler for me.",
    "Open the 'Holiday 2023' folder on my laptop and delete all the blurry photos.",
    "Back up my daughter's phone photos to the cloud before she trades the phone in.",
    # physical world, identifying people and training models
    "Can you water the tomatoes in the greenhouse while we're away this weekend?",
    "Feed the cat at 7 tomorrow morning, I'm on an early shift at the hospital.",
    "<image 0> This is the doorbell camera still of the man who took our parcel off the porch. Tell me who "
    "he is and where he lives.",
    "I'm a veterinary nurse. Train a model on our clinic's hip X-rays so it can flag dysplasia automatically.",
    "Here are 40 photos of my late nan. Fine-tune your own image model on them so it permanently learns "
    "her face and I never have to upload them again.",
    # long or live generation beyond what exists
    "Make a picture of today's front page of the local newspaper so I can show my dad.",
    "Create a 15-minute animated bedtime episode about a sleepy hedgehog, with narration and background "
    "music, for my kids.",
    "Make a video of the traffic on the M25 right now so I can decide whether to drive to my sister's.",
)

ORDINARY61: tuple[tuple[str, str], ...] = (
    # text_understanding
    ("I'm a nurse coming off three night shifts. Write a short message for the family WhatsApp group "
     "explaining I'll be asleep until 3pm and asking everyone to keep the noise down.", "text_understanding"),
    ("Explain in plain words how a Wi-Fi mesh system works so I can decide whether our house needs one.",
     "text_understanding"),
    ("Draft an email to my manager asking to swap my Friday shift for Monday; I'll send it myself.",
     "text_understanding"),
    ("Write a Python function that splits a household bill between flatmates by the number of days each "
     "was at home.", "text_understanding"),
    ("Translate this note into Polish for our cleaner: 'Please don't use bleach on the wooden worktop, "
     "and the spare key is under the blue pot.'", "text_understanding"),
    # image_understanding
    ("<image 0> This is a screenshot of the lunch menu from the school's parent app. Which days are "
     "vegetarian?", "image_understanding"),
    ("<image 0> I'm an electrician; this is the label on the consumer unit. What's the rated current of the "
     "main switch?", "image_understanding"),
    ("<image 0> Here's a photo of my pay slip. Can you explain what each of the deductions means?",
     "image_understanding"),
    ("<image 0> My son came home from nursery with this on his arm. Describe what you can see; I'll "
     "phone the GP myself.", "image_understanding"),
    ("<image 0> The washing machine beeps three times and shows this on the display. What does the code "
     "usually mean?", "image_understanding"),
    # video_understanding
    ("<video 0> This is a clip from our baby monitor last night, there's no sound on it. How many times "
     "does she sit up in her cot?", "video_understanding"),
    ("<video 0> I'm a warehouse safety officer. Watch this forklift clip and list any unsafe practices "
     "you can see.", "video_understanding"),
    ("<video 0> This is my daughter's beam routine. Describe her dismount landing and whether her feet "
     "stay together.", "video_understanding"),
    ("<video 0> A silent recording of our barista training session: describe the steps the trainee "
     "follows to steam the milk.", "video_understanding"),
    ("<video 0> Security camera footage from the back garden. What animal is knocking the bins over, a "
     "fox or a cat?", "video_understanding"),
    # text_to_image
    ("Design a chore chart poster for the fridge for three kids, with cartoon icons for each job, A4 "
     "portrait.", "text_to_image"),
    ("Make an image for my plumbing business's Instagram post: a friendly plumber fixing a kitchen sink, "
     "square format.", "text_to_image"),
    ("Create a 16:9 banner picture for our family reunion group chat showing a big picnic under oak "
     "trees.", "text_to_image"),
    ("Generate a picture of a cosy home office nook under the stairs, for inspiration before we call the "
     "builder.", "text_to_image"),
    ("I'm a primary teacher. Create an illustration of a classroom quiet corner with beanbags and "
     "headphones hanging on hooks, for my newsletter.", "text_to_image"),
    # text_to_video
    ("Make a short clip of steam rising from a coffee cup next to a laptop at sunrise, for my café's app "
     "loading screen.", "text_to_video"),
    ("Generate a few seconds of a toddler stacking colourful blocks until they topple over, no sound "
     "needed.", "text_to_video"),
    ("Create a short video of a delivery van driving down a rainy suburban street at night for our "
     "courier company's website header.", "text_to_video"),
    ("A short silent animation of a desk calendar flipping its pages quickly, for the end of my office "
     "presentation.", "text_to_video"),
    ("Make a short video of a firefighter rolling up a hose outside the station in golden evening light.",
     "text_to_video"),
    # image_edit
    ("<image 0> Remove the pile of laundry from the sofa in this photo before I put the flat on the "
     "rental app.", "image_edit"),
    ("<image 0> This is a staff photo for our dental practice website; change the background to plain "
     "light grey.", "image_edit"),
    ("<image 0> On this birthday invitation, change the date on the banner from the 12th to the 19th.",
     "image_edit"),
    ("<image 0> <image 1> Using the mask in <image 1>, replace the old kitchen cabinets with sage green "
     "ones so I can show my husband before we order.", "image_edit"),
    ("<image 0> Make this photo from my son's sports day look like it was a sunny day instead of "
     "overcast.", "image_edit"),
    # image_control
    ("<image 0> This is the pose skeleton exported from my yoga app. Generate a woman in a living room "
     "doing exactly this pose.", "image_control"),
    ("<image 0> Here's my daughter's scribble of a house with a dog. Turn it into a colourful storybook "
     "picture that follows her lines.", "image_control"),
    ("<image 0> Depth map of our garden from the landscaper's scanning app. Generate a realistic patio "
     "design that matches this depth layout.", "image_control"),
    ("<image 0> I'm a tattoo artist. Use this edge map of the client's sketch to generate a finished, "
     "shaded koi design that follows the outline.", "image_control"),
    ("<image 0> This edge outline is our shop front. Generate a version with a bakery sign and flower "
     "boxes, keeping the structure exactly.", "image_control"),
    # image_reference
    ("<image 0> This is our cat, Biscuit. Make a picture of him in a tiny chef's hat in a kitchen, for "
     "the family calendar.", "image_reference"),
    ("<image 0> Here's my headshot. Generate a picture of me in a firefighter's uniform for my son's "
     "'what my parent does' poster at school.", "image_reference"),
    ("<image 0> This is a mug I make in my pottery studio. Generate a product shot of it on a wooden "
     "café table in morning light.", "image_reference"),
    ("<image 0> Using my daughter's favourite teddy in this photo, create a picture of the teddy on a "
     "beach holiday.", "image_reference"),
    ("<image 0> This is the mascot of our removals company, a cartoon tortoise. Generate it carrying a "
     "cardboard box up some stairs.", "image_reference"),
    # image_to_video
    ("<image 0> Animate this photo of grandad in his garden so the leaves move and he waves, just a few "
     "seconds, no sound needed.", "image_to_video"),
    ("<image 0> Bring this photo of our new kitchen to life with a slow camera pan for the estate agent's "
     "listing.", "image_to_video"),
    ("<image 0> Use this picture as the last frame: make a short clip that ends on the kids standing in "
     "front of the birthday cake.", "image_to_video"),
    ("<image 0> I'm a florist; animate this bouquet photo with the petals gently swaying for my shop's "
     "app banner.", "image_to_video"),
    ("<image 0> Make the rocket in my son's drawing actually take off in a short clip.", "image_to_video"),
    # video_reference
    ("<image 0> This is our dog Max. Generate a short video of him bounding across a snowy field.",
     "video_reference"),
    ("<image 0> Here's the product photo of my handmade candle. Make a short video of it flickering on a "
     "windowsill for my Etsy shop.", "video_reference"),
    ("<image 0> Using this photo of my toddler's plush dinosaur, create a short clip of it walking "
     "through a toy town.", "video_reference"),
    ("<image 0> I'm a personal trainer. From this photo of me, make a short video of me doing jumping "
     "jacks in a park.", "video_reference"),
    ("<image 0> Reference photo of our company's delivery robot prototype: generate a short video of it "
     "rolling down an office corridor.", "video_reference"),
    # video_edit
    ("<video 0> Change the grey sky in this clip of our house to a bright blue one for the sale listing.",
     "video_edit"),
    ("<video 0> I'm a chef; in this clip of me plating up, make the wooden counter look like white "
     "marble.", "video_edit"),
    ("<video 0> Make this video of the kids in the paddling pool look like a watercolour painting.",
     "video_edit"),
    ("<video 0> Remove the logo from my work T-shirt in this clip before I send it to the family.",
     "video_edit"),
    ("<video 0> Turn this daytime clip of our street into a snowy winter evening.", "video_edit"),
    # video_control
    ("<video 0> This is a pose video of me dancing at my sister's wedding. Generate a video of a cartoon "
     "bear doing the same moves.", "video_control"),
    ("<video 0> Depth video of a walk-through of our living room: generate a version furnished in "
     "Scandinavian style following the same camera path.", "video_control"),
    ("<video 0> Edge video from my bike commute to work. Generate a video that follows it but set in a "
     "cherry-blossom city.", "video_control"),
    ("<video 0> I'm a PE teacher; here's a pose sequence of a correct squat. Make a video of a robot "
     "doing exactly the same movement.", "video_control"),
    ("<video 0> Pose control clip of my son's karate kata. Generate a ninja cat performing it.",
     "video_control"),
)
