"""Eightieth blind set, refusals only: written by someone who saw none of the planner's data, calibration lists
or other benchmark sets; evaluation only, never used to set lists, thresholds or rules. The helper's brief was
a general mix of everyday and work requests (it chose the categories; it was told only what the twelve tasks can do).
One out-of-scope request shared a 6-word run with the action probe's data ("Turn the living room lights down to 30%
...") and was reworded before any run ("Dim the lounge lights to 30% ...")."""

OUT_OF_SCOPE80: tuple[str, ...] = (
    # live or current data
    "Is it going to rain in Leeds this afternoon? Trying to decide whether to cycle in.",
    "what's the EUR to GBP rate right now, need it for an invoice",
    "Which of the pharmacies near my office are still open at this hour?",
    "Give me the three biggest headlines from this morning so I can sound informed in standup.",
    "How far is Nvidia's share price up or down today compared with yesterday's close?",
    "Check whether the 17:42 train from Utrecht to Amsterdam is delayed.",
    "Is there a queue at the DMV on Main St today? Here's a photo from their website <image 0>, is it updated live?",
    # sending, posting, booking, buying
    "Email the quarterly deck to finance@ourcompany.com and cc my manager.",
    "Post <image 0> to our company LinkedIn page with a short caption about the product launch.",
    "Book me a table for four at an Italian place near Union Square tomorrow at 8.",
    "Order another pack of the printer toner we bought last month, same supplier.",
    "Text my sister that I'm running twenty minutes late.",
    "Upload <video 0> to our YouTube channel as unlisted and send the link to the client.",
    "Reserve meeting room B for Thursday 2-3pm and invite the design team.",
    "Call the plumber back and tell him Wednesday morning works.",
    # accounts, devices, files on disk
    "Open my Google Calendar and tell me when I'm free next week.",
    "How many unread emails do I have from HR?",
    "Go through the shared drive folder 'Q3 Reports' and summarise every spreadsheet in it.",
    "Dim the lounge lights to 30% and set the thermostat to 21.",
    "Check our AWS bill for this month and flag anything unusual.",
    "Find the photo I took of the whiteboard last Tuesday in my camera roll.",
    # memory of earlier conversations
    "Pick up where we left off yesterday on the hiring plan.",
    "What was the name of that restaurant you recommended to me last week?",
    "Use the same tone as the cover letter you wrote for me a few days ago.",
    # audio, hearing or generating
    "What is the guy in <video 0> actually saying? I can't make it out.",
    "Transcribe the meeting recording in <video 0> into minutes with action items.",
    "Identify the song playing in the background of <video 0>.",
    "Make me a 30-second jingle for our bakery, upbeat, with a ukulele.",
    "Read this paragraph aloud in a calm British voice so I can use it as a voiceover.",
    "Generate a short video of waves on a beach with the sound of the surf and seagulls.",
    "Add background music and a narrator to <video 0> for our onboarding course.",
    "Is the speaker in <video 0> nervous? Judge it from the tone of his voice.",
    "Remove the hum from the audio track of <video 0>.",
    # file formats, conversion, export
    "Convert <image 0> into an SVG so the print shop can scale it.",
    "Turn this scan <image 0> into an editable Word document, keeping the layout.",
    "Export our logo as a layered PSD file with transparent background.",
    "Make a 3D model (.obj) of the chair in <image 0> for our AR catalogue.",
    "Compress <video 0> to under 25 MB so it fits as an email attachment.",
    "Save <video 0> as an animated GIF for the Slack channel.",
    "Merge these slides into a single PDF and number the pages.",
    # video operations that don't exist
    "Cut <video 0> down to just the part between 0:45 and 1:30.",
    "Stabilise <video 0>, I filmed it walking and it's really shaky.",
    "Join <video 0> with last year's recap video into one file.",
    "Turn <video 0> into smooth slow motion by generating the in-between frames at 120 fps.",
    "Make a two-minute product walkthrough video, full HD, with captions and a voiceover.",
    # upscaling
    "Upscale <image 0> to 4K for the trade show banner without changing anything else.",
    "This screenshot <image 0> is tiny and pixelated, super-resolve it so the text is crisp.",
    # code execution, servers, running models
    "Run this Python script and tell me what it prints: import random; print(random.random())",
    "SSH into the staging server and restart the nginx service.",
    "Fine-tune a small language model on our support tickets so it answers like our team.",
    "Ping our website and tell me whether it's down for everyone or just me.",
    "Execute the SQL query in <image 0> against our production database and show the results.",
    # reminders, timers, scheduling
    "Remind me at 4pm to submit my timesheet.",
    "Set a 25-minute pomodoro timer and ping me when it's done.",
    "Every Monday morning, send me a summary of the week's deadlines.",
    # physical-world actions
    "Print two copies of the contract on the office printer.",
    "Water the plants on my balcony while I'm on holiday.",
    "Unlock the front door for the courier when he arrives.",
    "Scan the QR code on <image 0> and open the page it links to, then fill in the form there.",
    "Pay the parking fine shown in <image 0> using my saved card.",
)

ORDINARY80: tuple[tuple[str, str], ...] = (
    # text_understanding
    (
        "Write a Slack message announcing that the VPN will be down for maintenance Saturday 10pm to 2am.",
        "text_understanding",
    ),
    (
        "Draft a polite email reminding a client that their invoice is 30 days overdue. I'll send it myself.",
        "text_understanding",
    ),
    (
        "Explain how I would set up a cron job that runs a backup script every night at 3am.",
        "text_understanding",
    ),
    (
        "Translate into Spanish: 'Your order has shipped and should arrive within five working days.'",
        "text_understanding",
    ),
    (
        "Write lyrics for a short, silly birthday song for my coworker Priya who loves spreadsheets.",
        "text_understanding",
    ),
    # image_understanding
    ("What does the error message in this screenshot <image 0> mean, and how do I fix it?", "image_understanding"),
    ("Here's a photo of our team calendar <image 0>. Which days does Marco have meetings?", "image_understanding"),
    ("Read the totals off this receipt <image 0> and tell me how much the tip was.", "image_understanding"),
    (
        "Is the speaker icon in the top bar of this phone screenshot <image 0> showing mute or not?",
        "image_understanding",
    ),
    ("Summarise the chart on this slide <image 0> in two sentences for my report.", "image_understanding"),
    # video_understanding
    ("In <video 0>, what does the presenter write on the whiteboard?", "video_understanding"),
    ("How many delivery vans pull into the loading bay during <video 0>?", "video_understanding"),
    ("Watch <video 0> and tell me which buttons she taps in the app to change the settings.", "video_understanding"),
    ("Does the guitarist in <video 0> use a pick or his fingers?", "video_understanding"),
    (
        "Describe step by step what the technician does to the printer in <video 0>, for our internal wiki.",
        "video_understanding",
    ),
    # text_to_image
    ("Generate an image of a cosy podcast studio with two microphones and warm lighting.", "text_to_image"),
    ("A flat illustration of a banking app home screen on a phone, for a blog header, 16:9.", "text_to_image"),
    ("Make a picture of a busy open-plan office at 5pm with the sun setting through the windows.", "text_to_image"),
    (
        "Create an image of a vintage radio on a kitchen table next to a cup of coffee, square format.",
        "text_to_image",
    ),
    ("Poster-style image of a calendar with a big red circle around Friday, minimalist style.", "text_to_image"),
    # text_to_video
    ("A short clip of a vinyl record spinning slowly on a turntable, close-up.", "text_to_video"),
    ("Generate a few seconds of a laptop screen filling up with notifications, stylised.", "text_to_video"),
    ("Make a short video of a courier cycling through a rainy city street at night.", "text_to_video"),
    ("A silent looping clip of an alarm clock's hands ticking toward 9 o'clock.", "text_to_video"),
    ("Short video of coworkers high-fiving around a desk after a successful launch.", "text_to_video"),
    # image_edit
    ("Remove the Zoom toolbar along the bottom of this screenshot <image 0>.", "image_edit"),
    ("Blur the email addresses visible on the monitor in <image 0> before I share it.", "image_edit"),
    ("Change the headphones in <image 0> from black to bright orange.", "image_edit"),
    ("Replace the messy background in my headshot <image 0> with a plain light-grey wall.", "image_edit"),
    ("Using the mask <image 1>, replace the masked area of <image 0> with a potted plant.", "image_edit"),
    # image_control
    ("Follow the pose in <image 0> and generate a DJ behind decks at a nightclub.", "image_control"),
    ("Use the edge map <image 0> to create a modern coworking space interior.", "image_control"),
    ("Here's a depth map <image 0>; render it as a warehouse full of shipping boxes.", "image_control"),
    (
        "Turn my scribble <image 0> into a clean product shot of a smart speaker on a shelf.",
        "image_control",
    ),
    ("Generate an office worker typing at a desk, following the pose skeleton in <image 0>.", "image_control"),
    # image_reference
    ("Using my dog from <image 0>, make a picture of him wearing big studio headphones.", "image_reference"),
    ("Put the mug from <image 0> on a marble desk next to a laptop, product-photo style.", "image_reference"),
    ("Create a new image of the person in <image 0> presenting at a conference podium.", "image_reference"),
    ("Make our mascot from <image 0> appear on a phone screen in a new app-store style image.", "image_reference"),
    ("Generate a picture of the sneaker in <image 0> on a running track at sunrise.", "image_reference"),
    # image_to_video
    ("Animate <image 0> so the phone screen lights up and the steam rises from the coffee.", "image_to_video"),
    ("Bring this office photo <image 0> to life: people walking past, lights flickering on.", "image_to_video"),
    ("Use <image 0> as the last frame and create a short clip leading up to it.", "image_to_video"),
    ("Make the flags in <image 0> wave gently in the wind, a few seconds long.", "image_to_video"),
    ("Animate the speaker in <image 0> pulsing as if bass is thumping, no sound needed.", "image_to_video"),
    # video_reference
    ("Make a short video of the robot toy in <image 0> rolling across an office desk.", "video_reference"),
    ("Using my cat in <image 0>, generate a clip of her batting at a computer mouse.", "video_reference"),
    ("Generate a video of the woman in <image 0> walking into a meeting room and waving.", "video_reference"),
    ("Create a few seconds of the backpack from <image 0> being packed on a train seat.", "video_reference"),
    ("Short video of our mascot in <image 0> dancing on a stage under spotlights.", "video_reference"),
    # video_edit
    ("In <video 0>, erase the writing on the whiteboard so it's blank.", "video_edit"),
    ("Change the weather in <video 0> from sunny to snowing.", "video_edit"),
    ("Blur the licence plates of the cars in <video 0>.", "video_edit"),
    ("Make <video 0> look like it was filmed on an old VHS camcorder.", "video_edit"),
    ("Replace the laptop on the desk in <video 0> with a typewriter.", "video_edit"),
    # video_control
    ("Follow the pose video <video 0> to generate an astronaut doing the same dance.", "video_control"),
    ("Use the depth video <video 0> to render a delivery robot moving down a hospital corridor.", "video_control"),
    ("Generate a video of a chef cooking that follows the motion in pose sequence <video 0>.", "video_control"),
    ("Use the edge video <video 0> as control and make it a neon-lit city street at night.", "video_control"),
    ("Here's a pose clip <video 0>: make a barista doing those exact movements in a coffee shop.", "video_control"),
)
