"""Sixty-third blind set, refusals only: written by someone who saw none of the planner's data, calibration lists
or other benchmark sets; evaluation only, never used to set lists, thresholds or rules. The helper's brief was
people juggling apps, online accounts, files and devices at home and at work, plus people who make pictures and
videos (it chose the categories; it was told only what the twelve tasks can do). One out-of-scope request
shared a 6-word run with the action probe's data ("turn the living room lights down to ...") and was reworded
before any run ("Dim the lounge lamps to 30% and make them warm white.")."""

OUT_OF_SCOPE63: tuple[str, ...] = (
    # Logging in and managing online accounts
    "Log into my Google account and clear out every promotional email older than a month.",
    "can you reset my Netflix password, I'm locked out and the reset email never arrives",
    "Please cancel my Adobe Creative Cloud subscription before it renews on Friday.",
    "Check my PayPal balance and tell me whether the refund from the camera shop came through.",
    "Change the profile picture on my LinkedIn to <image 0>.",
    "Turn on two-factor authentication on my Instagram and send me the backup codes.",
    # Files and folders on the user's computer or cloud drive
    "Find all the RAW files on my external drive from the Lisbon trip and move them into one folder.",
    "Go through my Dropbox and delete duplicate photos, keep the highest-resolution copy of each.",
    "Rename every file in my Downloads folder so the date comes first, like 2024-05-03_invoice.pdf.",
    "Open the spreadsheet called Q3_budget.xlsx on my desktop and fix the broken formulas in column F.",
    "Restore the version of my thesis doc from last Tuesday from OneDrive, I overwrote it by accident.",
    "Back up my phone's camera roll to Google Photos tonight while I sleep.",
    # Devices, printers and the smart home
    "Print <image 0> on the office printer, A4 glossy, two copies please.",
    "my wifi keeps dropping every 20 min. reboot the router for me and tell me if it helped",
    "Dim the lounge lamps to 30% and make them warm white.",
    "Install the latest firmware on my Sony A7 IV, it's plugged in over USB right now.",
    "Pair my new Bluetooth keyboard with the iPad in the kitchen.",
    "Lock the front door and arm the alarm, I forgot before leaving for work.",
    # Sending, posting, scheduling and booking
    "Post <image 0> to our company Instagram with the caption 'Friday vibes' at 5pm.",
    "Email <video 0> to my editor at jana@studio-north.com with a short note saying it's the rough cut.",
    "Upload <video 0> to my YouTube channel as unlisted and send me the link.",
    "Book a meeting room for Thursday 10 to 11 and invite the whole design team.",
    "Send a Slack message to Marco saying the client approved the storyboard.",
    "Add the dentist appointment on the 14th at 3pm to my Outlook calendar.",
    "Remind me in two hours to export the final cut.",
    "Order 50 A3 prints of <image 0> from an online print shop and have them delivered to the studio.",
    # Live, current or account-specific information
    "Is Google Drive down right now? Nothing is syncing on any of my machines.",
    "What's the current monthly price of the Lightroom + Photoshop plan in Germany?",
    "How many followers did my TikTok account gain this week?",
    "Generate an image showing today's actual weather forecast for Manchester as a cute illustrated poster.",
    "Which camera store near me is still open tonight?",
    # Remembering earlier conversations
    "Use the same colour palette you picked for my bakery logo yesterday and make a matching menu banner.",
    "What was the file naming scheme we agreed on in our chat last week?",
    "Continue the storyboard you started for me in our previous session, from panel 7 onward.",
    # Audio, music and voice
    "Make a 10 second video of waves crashing on rocks, with the real sound of the waves and seagulls.",
    "What song is playing in the background of <video 0>?",
    "Transcribe what the presenter says in <video 0> so I can make subtitles.",
    "Remove the wind noise from the audio track of <video 0>.",
    "Compose a short upbeat jingle for the intro of my cooking channel.",
    "Read this product description aloud in a warm female voice and give me the mp3: "
    "'Our new travel tripod folds down to just 30 cm and weighs under a kilo.'",
    "Add a voiceover to <video 0> explaining each step of the recipe.",
    "Is the guy talking in <video 0> speaking Spanish or Portuguese? I can't make out the words.",
    # Video post-production that is not editing by instruction
    "Trim the first 12 seconds off <video 0> and cut everything after the logo appears.",
    "Merge <video 0> with the other clip I shot this morning into one file.",
    "Stabilise <video 0>, it was shot handheld on a boat and it's really shaky.",
    "Convert <video 0> to 60 fps slow motion by generating the in-between frames.",
    "Upscale <video 0> from 720p to 4K for the client delivery.",
    "Compress <video 0> to under 25 MB so it fits in a Discord message.",
    "Make <video 0> into a looping GIF for our Slack emoji.",
    "Export my Premiere project as ProRes 422 HQ so the colourist can start tomorrow.",
    # Image file formats, resolution and exports
    "Upscale <image 0> to 8000 px wide so I can print it as a billboard.",
    "Convert <image 0> into an SVG vector so the logo scales cleanly.",
    "Save <image 0> as a layered PSD with the background on its own layer.",
    "Turn the chair in <image 0> into a 3D model I can import into Blender.",
    "Combine these two scanned receipts into one PDF for my expense report: <image 0> and <image 1>.",
    "Generate a 3D-printable STL file of a dragon-shaped phone stand.",
    # Running code, servers and automations
    "Run this Python on my laptop and tell me what it prints: import os; print(os.listdir('/home'))",
    "SSH into our staging server and restart the nginx service.",
    "Set up a Zapier automation that saves every Gmail attachment into a Drive folder.",
    "Train a small model on my 2,000 product photos so it can auto-tag the new ones we shoot.",
)

ORDINARY63: tuple[tuple[str, str], ...] = (
    # text_understanding
    ("Write a polite email to IT asking them to reset my VPN access, I got locked out after the password change.",
     "text_understanding"),
    ("Explain the difference between syncing and backing up files in OneDrive, in plain words for my parents.",
     "text_understanding"),
    ("Write a bash script that renames all .jpeg files in a folder to .jpg. I'll run it myself.",
     "text_understanding"),
    ("My phone says 'storage almost full'. Give me a checklist of what to clear out first, photos and apps "
     "included.", "text_understanding"),
    ("Draft a shot list for a 60-second product video of a coffee grinder, noting the sound effects I should "
     "record separately later.", "text_understanding"),
    # image_understanding
    ("<image 0> is a screenshot of the error my laptop shows when I plug in the printer. What does it say "
     "and what does it mean?", "image_understanding"),
    ("Read the Wi-Fi network name and password off the router sticker in <image 0>.", "image_understanding"),
    ("Which cables in <image 0> go into the HDMI ports on the back of the TV?", "image_understanding"),
    ("Here's my Lightroom histogram in <image 0>. Is this photo overexposed?", "image_understanding"),
    ("Describe the composition and lighting in <image 0> so I can recreate the shot next week.",
     "image_understanding"),
    # video_understanding
    ("In <video 0>, which app does the person open right after unlocking the phone?", "video_understanding"),
    ("<video 0> is a screen recording of me; list the steps I took to change the notification settings.",
     "video_understanding"),
    ("Does the drone footage in <video 0> show any visible shake or horizon tilt?", "video_understanding"),
    ("Count how many times the presenter in <video 0> points at the whiteboard.", "video_understanding"),
    ("What text appears on the laptop screen around the middle of <video 0>?", "video_understanding"),
    # text_to_image
    ("Generate an app icon for a budgeting app: a green piggy bank on a rounded square, flat style.",
     "text_to_image"),
    ("Make a 16:9 illustration of a messy home office with three monitors, tangled cables and a cat on the "
     "keyboard.", "text_to_image"),
    ("Create a header image for our newsletter about password safety: a padlock made of keyboard keys.",
     "text_to_image"),
    ("Draw a cartoon phone bursting with photos because its storage is full, for a blog post.",
     "text_to_image"),
    ("Generate a vertical 9:16 background of a neon-lit recording studio with a microphone, no text.",
     "text_to_image"),
    # text_to_video
    ("Generate a short clip of a smartphone lighting up on a desk as notifications pop in, no sound needed.",
     "text_to_video"),
    ("Make a few seconds of video of a cloud icon raining files down into a laptop, 3D cartoon style.",
     "text_to_video"),
    ("A short video of a vinyl record spinning on a turntable in warm afternoon light.", "text_to_video"),
    ("Create a short clip of a cursor dragging folders into a trash can on a retro computer screen.",
     "text_to_video"),
    ("Short video: a drone flying over a foggy pine forest at sunrise, cinematic.", "text_to_video"),
    # image_edit
    ("Blur the email address and phone number visible in the screenshot <image 0> before I share it.",
     "image_edit"),
    ("Remove the reflection of my phone from the monitor in <image 0>.", "image_edit"),
    ("In <image 0>, replace the cluttered desk background with a clean white wall.", "image_edit"),
    ("Change the laptop screen in <image 0> to show a plain blue desktop; <image 1> is the mask of the "
     "screen area.", "image_edit"),
    ("Make <image 0> look like it was shot at golden hour instead of midday.", "image_edit"),
    # image_control
    ("Use the edge map <image 0> to generate a photoreal kitchen with a tablet mounted on the wall.",
     "image_control"),
    ("<image 0> is a pose skeleton: generate a photographer crouching with a camera in exactly that pose.",
     "image_control"),
    ("Follow the depth map in <image 0> to create a cozy gaming room at night with RGB lights.",
     "image_control"),
    ("Turn my scribble <image 0> into a finished illustration of a smartwatch lying on a desk.",
     "image_control"),
    ("Generate a city street at dusk that follows the canny edges in <image 0>.", "image_control"),
    # image_reference
    ("Using my dog from <image 0>, make a picture of him sitting at a desk next to a laptop like he's "
     "working from home.", "image_reference"),
    ("Create a new product shot of the headphones in <image 0> on a marble surface with soft light.",
     "image_reference"),
    ("Make a new portrait of the person in <image 0> in a navy suit against a grey backdrop, profile-picture "
     "style.", "image_reference"),
    ("Show the mug from <image 0> sitting on a desk in a busy open-plan office.", "image_reference"),
    ("Generate an image of the character in <image 0> holding a game controller on a couch.",
     "image_reference"),
    # image_to_video
    ("Animate <image 0> so steam rises from the coffee cup next to the laptop.", "image_to_video"),
    ("Use <image 0> as the first frame and make the camera slowly push in on the monitor.", "image_to_video"),
    ("Bring the photo <image 0> to life: the leaves sway and the phone screen on the bench lights up.",
     "image_to_video"),
    ("Make a short video that ends on <image 0> as the last frame, starting from an empty desk.",
     "image_to_video"),
    ("Animate my poster <image 0> with gentle parallax so I can use it as a story background, no music.",
     "image_to_video"),
    # video_reference
    ("Make a short video of the robot vacuum in <image 0> cleaning under a sofa.", "video_reference"),
    ("Using the woman in <image 0> as reference, generate a clip of her typing on a laptop in a café.",
     "video_reference"),
    ("Generate a video of the sneaker from <image 0> rotating on a turntable pedestal.", "video_reference"),
    ("Create a short clip of my cat from <image 0> batting at a phone charger cable.", "video_reference"),
    ("Video of the drone in <image 0> taking off from a rooftop at sunset.", "video_reference"),
    # video_edit
    ("In <video 0>, blur the licence plates of the parked cars.", "video_edit"),
    ("Change the colour grade of <video 0> to a cool teal-and-orange look.", "video_edit"),
    ("Replace what's on the phone screen in <video 0> with a plain white screen.", "video_edit"),
    ("Remove the coffee cup from the desk throughout <video 0>.", "video_edit"),
    ("Make <video 0> look like it was filmed in snowy weather.", "video_edit"),
    # video_control
    ("<video 0> is a pose sequence of someone dancing; generate an astronaut doing those exact moves.",
     "video_control"),
    ("Follow the depth video <video 0> to generate a walk through a futuristic server room.", "video_control"),
    ("Use the edge video in <video 0> to render a car driving through a rainy neon street.", "video_control"),
    ("Generate a video of a chef cooking that follows the pose control in <video 0>.", "video_control"),
    ("Take the depth map video <video 0> and make it a claymation living room with a smart speaker on the "
     "shelf.", "video_control"),
)
