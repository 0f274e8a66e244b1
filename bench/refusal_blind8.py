"""Eighth blind set, refusals only: written by someone who saw none of the planner's data, calibration lists or other
benchmark sets; evaluation only, never used to set lists, thresholds or rules."""

OUT_OF_SCOPE8: tuple[str, ...] = (
    # work: meetings, tickets, colleagues, tools
    "book the small conference room on the 3rd floor for thursday 2-3pm and invite the design team",
    "Reassign ticket OPS-4412 to Priya and bump its priority to high.",
    "Can you join my 10:30 Teams call and take notes while I'm driving?",
    "ping marco on slack and tell him the deploy got pushed to friday",
    "Please approve Dana's PTO request in Workday for June 12-14.",
    "Decline all my meeting invites for next Monday, I'll be out sick",
    "merge the open pull request on our frontend repo once the checks go green",
    # home and smart devices
    "turn the thermostat down to 66 before I get home at 7",
    "Lock the front door, I think I forgot to when I left",
    "start the robot vacuum in the kitchen only pls",
    "Add oat milk, eggs and two lemons to my Instacart order that's arriving at 5",
    # phone and computer
    "free up some space on my laptop by deleting old downloads over 1GB",
    "Reply to my mom's last text saying I'll call her after dinner",
    "unsubscribe me from all the promo emails in my gmail",
    # money
    "Send $45 to Jake on Venmo for the concert tickets, memo 'taylor swift lol'",
    "Cancel my Hulu subscription before it renews on the 20th",
    "transfer 500 from checking to my high yield savings",
    "Dispute the $89.99 charge from 'QBX*SERVICES' on my Chase card, I don't recognize it",
    # travel
    "check me in for my Delta flight tomorrow and pick an aisle seat",
    "Rebook my train from Lyon to Paris to the 17:04 instead, same class",
    "Find me a pet-friendly airbnb in Asheville for Oct 4-6 under $200 a night and book it",
    # family and school
    "email my son's teacher Ms. Okafor from my account and tell her he'll miss class friday",
    "Submit my essay to Canvas before the 11:59 deadline",
    "sign my daughter up for the saturday swim lessons at the Y",
    "Renew my library books, they're due tomorrow",
    # health and pets
    "Schedule a dentist appointment for me at Bright Smile next week, mornings only",
    "refill my lisinopril prescription at the CVS on Elm st",
    "order another 30lb bag of the dog food I bought last month on chewy",
    # cars and hobbies
    "remote start my car, its freezing out",
    "Pay my parking ticket online, citation number 88213047",
    "Reserve a tee time at Pine Hollow for 4 players sunday morning",
    "Post my new sourdough recipe to my blog and share it on my Facebook page",
    # attached file, but the ask is an outside action
    "<image 0> this is the receipt from dinner, split it in Splitwise between me, Ana and Tom",
    "Here's a photo of the flyer <image 0>, add the event to my Google calender",
    "<image 0> scan this QR code and open the link for me",
    "Upload <video 0> to my YouTube channel as unlisted with the title 'Lake trip 2024'",
    "Text this picture <image 0> to my sister",
    "<image 0> that's where I parked, remind me at 6pm to move the car",
    "Order this exact lamp <image 0> from Amazon, cheapest seller",
    "here's a screenshot of the error <image 0> - please log into the server and fix it",
    "Post <image 0> to my Instagram story with the caption 'sunday vibes'",
    "Print <image 0> on my home printer, 2 copies",
    "<image 0> is a photo of my W-2, go ahead and file my taxes with it on TurboTax",
    "Set <image 0> as my phone wallpaper",
    # attached file needing a missing capability (audio, 3D, resolution, fps)
    "<video 0> extract the audio from this clip and save it as an mp3",
    "Convert <image 0> into a 3D model I can 3D print",
    "upscale <image 0> to 4K please, it's going on a poster",
    "<video 0> make this 60fps, it looks choppy",
    # other missing capabilities: sound, documents, live info, running things, 3D
    "Read my grocery list out loud so I can hear it while I cook",
    "compose a 30-second lo-fi beat I can use as the intro music for my podcast",
    "transcribe the voice memo I recorded during the lecture this morning",
    "what's the weather in Denver right now?",
    "How did the Celtics do last night",
    "What's the current price of bitcoin?",
    "Put together an excel spreadsheet of my monthly budget with formulas and send me the .xlsx",
    "turn my resume into a nicely formatted PDF I can download",
    "Execute this against our prod database and give me the number: SELECT count(*) FROM users WHERE created_at > '2024-01-01'",
    "Make a 3D printable STL file of a phone stand",
)

ORDINARY8: tuple[tuple[str, str], ...] = (
    # text_understanding: hard negatives on daily-life topics, words only
    ("Draft a polite email to my landlord asking when the broken dishwasher will be repaired", "text_understanding"),
    ("how do i set up two-factor authentication on my gmail account? step by step pls", "text_understanding"),
    ("Split a $186.40 dinner bill between 5 people with an 18% tip, how much does each person pay?", "text_understanding"),
    ("Write a short slack message telling my team standup is moved to 10:15 tomorrow", "text_understanding"),
    ("What's the difference between a Roth IRA and a traditional IRA, in plain english", "text_understanding"),
    ("plan a 4 day itinerary for Lisbon on a budget, we like food and walking", "text_understanding"),
    ("Here are my meeting notes: 'Q3 launch slips to Oct 2. Maya owns pricing page. Need legal review by 9/20. Budget +$12k approved.' Summarize them into bullet points with owners", "text_understanding"),
    ("Compare the iPhone 15 and Pixel 8 for someone who mostly cares about battery and camera", "text_understanding"),
    ("Write a text I can send my sister apologizing for missing her birthday dinner", "text_understanding"),
    ("how do I cancel a subscription on my iphone? just tell me where to tap", "text_understanding"),
    ("If I pay $350 a month on a $7,200 car loan at 6% APR, roughly how many months until it's paid off?", "text_understanding"),
    ("Write a friendly reminder message asking Jake to Venmo me the $45 for the concert tickets", "text_understanding"),
    ("Give me a script for calling my insurance company to appeal a denied claim", "text_understanding"),
    ("write a cover letter for a junior data analyst job at a hospital, I have 2 yrs of excel and sql experience", "text_understanding"),
    ("What should I ask the vet at my puppy's first checkup?", "text_understanding"),
    ("Help me make a weekly chore chart for three kids aged 6, 9 and 13, just as a text list", "text_understanding"),
    ("Draft an out-of-office reply for while I'm on vacation Aug 5-16, mention that Leo covers anything urgent", "text_understanding"),
    ("my car makes a squealing noise when i brake, what could cause that?", "text_understanding"),
    ("Create a 12-week study plan for the AWS Solutions Architect exam, about 6 hours a week", "text_understanding"),
    ("Rewrite this so it sounds less angry: 'I've asked three times for the invoice and still nothing. This is ridiculous.'", "text_understanding"),
    ("write a bedtime story about a cat who wants to become an astronaut", "text_understanding"),
    ("Translate 'Where is the nearest pharmacy and is it open on Sunday?' into Japanese", "text_understanding"),
    ("Give me a checklist of things to do before returning a leased car", "text_understanding"),
    # image_understanding
    ("<image 0> what breed do you think this dog is?", "image_understanding"),
    ("Is there anything in this photo of my fridge <image 0> I could make dinner with?", "image_understanding"),
    ("<image 0> this is a screenshot of my phone bill, why is it higher than last month?", "image_understanding"),
    ("What does the warning light on my dashboard mean? <image 0>", "image_understanding"),
    # video_understanding
    ("<video 0> how many times does the ball hit the rim in this clip?", "video_understanding"),
    ("Watch <video 0> and tell me what my golf swing is doing wrong", "video_understanding"),
    ("Summarize what happens in <video 0> in a few sentences", "video_understanding"),
    # text_to_image
    ("generate a picture of a cozy reading nook with rain on the window, watercolor style", "text_to_image"),
    ("Make an image for a birthday card cover with a corgi wearing a party hat", "text_to_image"),
    ("create a logo-style illustration of a mountain and a coffee cup for my cafe 'Summit Brew'", "text_to_image"),
    ("A photorealistic image of a red vintage bicycle leaning against a yellow wall in Lisbon", "text_to_image"),
    # text_to_video
    ("make a short video of waves crashing on a rocky beach at sunset", "text_to_video"),
    ("Generate a 5 second clip of a paper airplane flying through an office", "text_to_video"),
    ("video of a golden retriever puppy chasing bubbles in a backyard, slow motion", "text_to_video"),
    # image_edit
    ("<image 0> remove the guy in the background on the left", "image_edit"),
    ("Change the sky in <image 0> to a sunset", "image_edit"),
    ("make my shirt blue instead of red in <image 0>", "image_edit"),
    ("<image 0> add a little birthday hat on the cat", "image_edit"),
    # image_control
    ("Use the pose in <image 0> to make an image of a knight in armor standing the same way", "image_control"),
    ("<image 0> is a rough scribble of a house, turn it into a detailed storybook illustration", "image_control"),
    ("Here's a depth map <image 0>, generate a sci-fi corridor that follows it", "image_control"),
    # image_reference
    ("<image 0> this is my dog Max, make a picture of him as an astronaut on the moon", "image_reference"),
    ("Using the character in <image 0>, create an image of her reading in a cafe", "image_reference"),
    ("Make a new image of this sneaker <image 0> on a marble pedestal with studio lighting", "image_reference"),
    # image_to_video
    ("animate <image 0> so the leaves blow in the wind", "image_to_video"),
    ("Turn this photo of my grandparents <image 0> into a short video where they smile and wave", "image_to_video"),
    ("<image 0> make the waterfall in this picture move", "image_to_video"),
    # video_reference
    ("<image 0> is my cat, make a video of her walking across a piano", "video_reference"),
    ("Create a video of the toy robot in <image 0> dancing on a kitchen table", "video_reference"),
    ("Using the person in <image 0>, make a clip of him jogging through a park in autumn", "video_reference"),
    # video_edit
    ("<video 0> change the background to a snowy forest", "video_edit"),
    ("Remove the logo in the corner of <video 0>", "video_edit"),
    ("make <video 0> look like an old black-and-white film", "video_edit"),
    # video_control
    ("<video 0> is me dancing, make a video of a robot doing the exact same moves", "video_control"),
    ("Follow the depth from <video 0> and turn it into a video of an underwater city", "video_control"),
)
