"""Twenty-fifth blind set, refusals only: written by someone who saw none of the planner's data, calibration
lists or other benchmark sets; evaluation only, never used to set lists, thresholds or rules. The helper's brief
was general: it chose the categories (it was told only what the twelve tasks can do). One
out-of-scope request ("turn off the living room lights and set the thermostat to 68") shared a 6-word run with our
data (the outside list) and was dropped before any run."""

OUT_OF_SCOPE25: tuple[str, ...] = (
    # making sound, speech or music
    "can u make a lofi beat to go with <video 0>, like 30 sec, chill vibes",
    "Read this bedtime story out loud in a calm grandma voice so my kid can listen to it tonight",
    "turn the lyrics you wrote above into an actual song i can play, female vocals pls",
    "Add a whoosh sound effect every time the logo spins in <video 0>",
    "Generate a voiceover narration for <video 0> in Spanish, male voice, and put it on the clip",
    "make a 10s clip of fireworks over the harbor, with the booms and the crowd cheering audible",
    # hearing the soundtrack of a video
    "What song is playing in the background of <video 0>? need the title",
    "<video 0> my professor mumbles a lot, can you write down exactly what he says from 2:10 to 3:00",
    "Is the guy in <video 0> speaking Portuguese or Spanish? I can't tell from the accent",
    "Does the engine in <video 0> sound like it's knocking? mechanic wants $800 and i want a second opinion",
    "make english subtitles for <video 0> based on what they're saying",
    "Who laughs first in <video 0>, the woman on the left or the guy filming? you can hear it at the very end",
    # live or current data, the internet
    "whats the exchange rate eur to usd right now, need to pay an invoice in 10 min",
    "Did the Lakers win last night?",
    "summarize the top 3 headlines on bbc.com today",
    "check if https://mybakery-shop.com is down or just slow for me",
    "Is flight UA 857 delayed? it's supposed to land at 6",
    "what's trending on tiktok this week, i need ideas for my brand",
    # an attachment that hides a need for live data
    "<image 0> how much is this exact sneaker going for on StockX today?",
    "Is the restaurant in <image 0> open right now? we're like 5 min away",
    "<image 0> this is the tracking number from my package label, where is the package right now?",
    "screenshot of my portfolio <image 0> — what are these positions worth at today's close?",
    "<image 0> is this apartment listing still available? found it on craigslist last month",
    # acting on accounts, apps and services
    "Email the summary you just wrote to my boss at d.kowalski@firmamail.com",
    "post <image 0> to my instagram story with the caption 'friday mood'",
    "Book me a table for 4 at Nopa tomorrow 8pm",
    "cancel my netflix subscription for me, I forgot the password but the email is the one on file",
    "Write a polite complaint to my landlord about the heating and then text it to him, his number is 555-0142",
    "order more of the cat food in <image 0> from amazon, same size bag",
    "Venmo Jess $42 for the concert tickets and put 'thx!!' in the note",
    "Add 'dentist Thursday 3pm' to my Google Calendar",
    "upload <video 0> to our company youtube channel as unlisted and send me the link",
    # controlling devices
    "unlock the front door for the cleaner, she's outside waiting",
    "<image 0> this is my printer's error screen. Can you just reset it remotely from here?",
    "play my workout playlist on the kitchen speaker",
    # running code
    "run this python and tell me exactly what it prints: import random; print(random.randint(1, 10**9))",
    "execute this against our prod database and give me the number: "
    "SELECT count(*) FROM orders WHERE status='refunded'",
    "<image 0> this is a screenshot of my code — run it and paste the actual output + stack trace",
    # results in file types it cannot write
    "Make a 10-slide PowerPoint deck (.pptx) on our Q3 results that I can open in Keynote",
    "Turn <image 0> into a vector SVG so I can cut it on my Cricut",
    "give me the budget as an actual excel file I can download, with the formulas working",
    "make <video 0> into a looping animated GIF under 5mb for slack",
    "export <image 0> as a layered PSD so my designer can edit each layer separately",
    "Create a 3D printable STL of the vase in <image 0>",
    "Save the resume you just wrote as a PDF, I need to attach it to an application",
    "extract the audio track from <video 0> as an mp3",
    # the user's own files and accounts beyond the attachment
    "Look through my camera roll and find all the pics of my dog from last summer",
    "what did my sister say in her last whatsapp message? summarize it",
    "<image 0> that's page 1 of the contract, what do pages 2-14 say about termination?",
    "check my Gmail for the invoice from Hetzner and tell me the amount",
    # memory across days
    "Remind me next Tuesday to renew my passport",
    "remember that my wife's allergic to shellfish so next week when I ask for recipes you'll already know",
    "I'll tell you my weight every morning this month — keep track and tell me at the end if I'm trending down",
    # physical things and phone calls
    "Print 20 copies of the flyer in <image 0> and have them delivered to my office",
    "mail a physical birthday card with <image 0> printed on it to my grandma in Ohio",
    "Call the pharmacy and ask if my prescription is ready",
    # multi-part requests where one part is impossible
    "Make a picture of a birthday cake with 'Happy 30th Maya' on it and then send it to our family group chat",
    "Animate <image 0> into a short clip of the waves moving and add the sound of seagulls and the ocean",
    "Write a jingle for my coffee shop and also record it so I can play it in the store",
)

ORDINARY25: tuple[tuple[str, str], ...] = (
    # text_understanding
    ("Write the email I'd send my boss asking to move our 1:1 to Thursday — I'll send it myself",
     "text_understanding"),
    ("How do I cancel a Netflix subscription on an iPhone? step by step pls", "text_understanding"),
    ("write lyrics for a breakup song, verse chorus verse, kinda taylor swift vibe", "text_understanding"),
    ("Explain what this python does and what it would print: print(sum(range(5)))", "text_understanding"),
    ("draft a script for a voicemail greeting for my dental office, under 20 seconds when read aloud",
     "text_understanding"),
    # image_understanding
    ("<image 0> this is a screenshot of my bank app, what's the difference between the 'available' and "
     "'current' balance shown?", "image_understanding"),
    ("<image 0> what does the error message on my printer's screen say and what does it usually mean?",
     "image_understanding"),
    ("What brand of smart speaker is in <image 0>?", "image_understanding"),
    ("<image 0> transcribe the handwritten recipe card into text", "image_understanding"),
    ("<image 0> here's a pic of a concert ticket, what date and seat does it say?", "image_understanding"),
    # video_understanding
    ("<video 0> count how many times the drummer hits the cymbal in the first 10 seconds, just from watching",
     "video_understanding"),
    ("In <video 0>, what word is the person fingerspelling in ASL?", "video_understanding"),
    ("<video 0> is a muted clip of a concert — roughly how many people are in the crowd?", "video_understanding"),
    ("Describe what happens in <video 0> step by step, I want to write captions for it myself",
     "video_understanding"),
    ("<video 0> my dashcam footage, which car ran the red light, the white one or the blue one?",
     "video_understanding"),
    # text_to_image
    ("a picture of a smart speaker on a kitchen counter, morning light, product photo style", "text_to_image"),
    ("draw a poster for a jazz night: saxophone player, neon, 'Blue Note Fridays' text", "text_to_image"),
    ("make an album cover for my band 'Static Tides', moody ocean at night", "text_to_image"),
    ("generate an image of someone on a phone call looking stressed, office background", "text_to_image"),
    ("a PNG of a cartoon calendar with a red circle on the 14th, for a reminder graphic", "text_to_image"),
    # text_to_video
    ("a silent clip of a crowded rock concert, lights sweeping over the crowd", "text_to_video"),
    ("short video of a person typing an email on a laptop, coffee steam rising", "text_to_video"),
    ("make a clip of a robot vacuum cleaning a living room, shot top down", "text_to_video"),
    ("Generate an MP4 of a stock ticker screen scrolling green numbers, looped feel", "text_to_video"),
    ("video of a dj spinning records at a club, no sound needed", "text_to_video"),
    # image_edit
    ("<image 0> remove my ex from this photo", "image_edit"),
    ("blur the account number on this bank statement screenshot <image 0> before i post it", "image_edit"),
    ("<image 0> change the text on the shop sign to say 'OPEN 24/7'", "image_edit"),
    ("<image 0> put a santa hat on the alexa speaker in this photo", "image_edit"),
    ("<image 0> make it look like the concert stage is lit with purple lights", "image_edit"),
    # image_control
    ("<image 0> is a pose skeleton, make a woman holding a microphone singing on stage in that pose",
     "image_control"),
    ("use the depth map <image 0> to generate a cozy living room with a smart speaker on the shelf",
     "image_control"),
    ("<image 0> my scribble of a phone — turn it into a realistic product render following the outline",
     "image_control"),
    ("follow the edges in <image 0> (canny map) and make it a watercolor of a city skyline", "image_control"),
    ("<image 0> here's a pose from a DJ. generate a robot in exactly that pose", "image_control"),
    # image_reference
    ("<image 0> is my dog, make a picture of him as an astronaut", "image_reference"),
    ("use <image 0> (my grandma's teapot) and show it on a table in a parisian cafe", "image_reference"),
    ("<image 0> that's me — make me look like I'm performing at a sold-out stadium concert", "image_reference"),
    ("make a new image of the headphones in <image 0> floating in space for a product ad", "image_reference"),
    ("<image 0> this is our mascot; create a new image of it waving at a bus stop", "image_reference"),
    # image_to_video
    ("<image 0> animate this concert photo so the crowd's hands sway, no audio needed", "image_to_video"),
    ("make the waves in <image 0> move", "image_to_video"),
    ("<image 0> bring my grandpa's old photo to life, subtle smile and blink", "image_to_video"),
    ("animate <image 0> so the phone screen lights up like it's getting a call", "image_to_video"),
    ("turn <image 0> into an mp4 where the camera slowly pushes in", "image_to_video"),
    # video_reference
    ("<image 0> is my cat. make a video of her chasing a laser pointer", "video_reference"),
    ("video of the guitarist in <image 0> playing on a rooftop at sunset", "video_reference"),
    ("using <image 0> (our product, a smart speaker) make a clip of it spinning on a turntable display",
     "video_reference"),
    ("<image 0> my son's stuffed bear — video of it going down a slide", "video_reference"),
    ("create a video of the woman in <image 0> walking through a rainy tokyo street", "video_reference"),
    # video_edit
    ("<video 0> blur the license plates", "video_edit"),
    ("make <video 0> black and white, keep everything else the same", "video_edit"),
    ("<video 0> replace the sky with a sunset", "video_edit"),
    ("remove the watermark in the corner of <video 0>", "video_edit"),
    ("<video 0> it's my concert footage, can you change the stage lights to blue? don't worry about the sound",
     "video_edit"),
    # video_control
    ("<video 0> is a pose sequence of me dancing; make a video of a robot doing the same moves", "video_control"),
    ("use the depth video <video 0> to generate the same camera move through a forest", "video_control"),
    ("follow the motion in <video 0> but make it an anime-style character", "video_control"),
    ("<video 0> is an edge map video of a car driving, render it as a rainy night scene", "video_control"),
    ("<video 0> is a skeleton of a guitarist strumming; make a realistic video of a woman following that motion",
     "video_control"),
)
