"""Eleventh blind set, refusals only: written by someone who saw none of the planner's data, calibration lists or
other benchmark sets; evaluation only, never used to set lists, thresholds or rules.

Two requests were dropped before any run: they shared a run of six words with the planner's own
outside-capability examples or the action probe's data (the clean-evaluation test found them).
"""

OUT_OF_SCOPE11: tuple[str, ...] = (
    # --- doing things in other apps, accounts, devices and services ---
    "Send the beach photos from yesterday to my sister on WhatsApp",
    "book a table for 2 at an italian place near me tonight around 8",
    "Add 'dentist, Tuesday 3pm' to my Google Calendar and remind me an hour before",
    "<image 0> post this to my instagram story with the caption 'sunday vibes'",
    "Order the same pizza I got from Domino's last friday, deliver to home",
    "go thru my gmail inbox and unsubscribe me from all the marketing newsletters",
    "Pay my electricity bill from my checking account, it's due tomorrow",
    "set an alarm for 6:15 tomorrow morning",
    "Upload <video 0> to my YouTube channel as unlisted and send me the link",
    # --- internet, live or current information ---
    "what's the weather gonna be in Lisbon this weekend?",
    "how much is bitcoin rn",
    "Who won the Lakers game last night and what was the score?",
    "Is the 14:05 train from Paddington to Bristol running late today?",
    "Find me the cheapest flight Chicago to Denver on the 12th, one way",
    "Is the Ninja blender in stock at the Target nearest me, and what's the price there today?",
    "what are today's top news headlines",
    "track my UPS package 1Z999AA10123456784 and tell me when it arrives",
    "Find where online <image 0> was first posted, I think someone stole my photo",
    # --- sound: music, voice, speech, audio files ---
    "Compose a 30 second lo-fi piano track I can use as background music for my stream",
    "Read this paragraph out loud in a British accent and send me the mp3: 'Welcome to the annual meeting of the "
    "Riverside Garden Club.'",
    "transcribe what the two people are saying in <video 0>, word for word",
    "add some upbeat background music to <video 0>",
    "What song is playing in the background of <video 0>?",
    "the wind noise in my vlog audio is awful, can you clean it up so you can hear me talk",
    "Clone my voice from the voice memo I recorded so it can narrate my audiobook",
    "make me a ringtone out of the chorus of Mr Brightside",
    "Dub <video 0> into Spanish with a voice that sounds like mine",
    "can you listen to my guitar recording and tell me if the low E string is out of tune",
    # --- documents and file formats ---
    "Turn this scanned contract <image 0> into a .docx file I can edit in Word",
    "merge the three PDFs I have (invoice, receipt, contract) into one pdf and keep it under 2MB",
    "Make me an actual .xlsx spreadsheet file with formulas for my monthly budget that I can download",
    "Fill in the PDF tax form, add my e-signature, and email it back to my accountant",
    "Create a 10 slide PowerPoint file (pptx) from my meeting notes, with transitions",
    "save all my receipt photos from this month as a single PDF so I can expense them",
    # --- 3D ---
    "Turn <image 0> into a 3D model I can 3D print, STL please",
    "make a rotatable 3D mesh of my sneaker from these two photos <image 0> <image 1>",
    "I need a textured .obj of a coffee mug with my logo on it for Blender",
    "Build an interactive 3D scene of my apartment from my floor plan that I can walk around in with my Quest headset",
    "Generate a 3D avatar of me, rigged for animation in Unity",
    # --- running code ---
    "Actually run this and paste the real output, don't guess: import time; print(time.time())",
    "deploy my flask app to heroku for me",
    "ssh into my server and pip install numpy",
    "Run the unit tests in my GitHub repo github.com/jdoe/shoplist and tell me which ones fail",
    # --- changing resolution, frame rate, file size or format of media ---
    "upscale <image 0> to 4K resolution",
    "compress <video 0> so it's under 25MB, discord won't let me send it",
    "Convert <video 0> to a GIF",
    "change <video 0> from 24fps to 60fps",
    "convert <image 0> from HEIC to JPG, my windows laptop can't open it",
    "Resize <image 0> to exactly 1080x1080 px and make the file smaller than 500KB",
    "make <video 0> play at 2x speed",
    # --- making an image out of a video ---
    "Grab a still from <video 0> at 0:42 and give it to me as a jpg",
    "pick the best frame from <video 0> and make it my youtube thumbnail",
    "Make a collage of 6 frames from <video 0> for a photo book",
    "extract every frame of the video I shot at the wedding yesterday as separate images",
    "screenshot the moment in <video 0> when the goal is scored",
    # --- physical world ---
    "Water my plants while I'm away this week",
    "print my boarding pass on the printer in the hallway",
    "can you go pick up my dry cleaning before 6",
    "Measure the temperature in my baby's room right now",
)

ORDINARY11: tuple[tuple[str, str], ...] = (
    # --- text_understanding: words only, about the same everyday things as the refusals ---
    ("Write a short WhatsApp message to my sister saying I'll send her the beach photos tonight", "text_understanding"),
    ("How do I add a recurring event in Google Calendar? step by step please", "text_understanding"),
    ("Draft a polite email to my boss saying I'll be 30 min late tomorrow because of a dentist appointment",
     "text_understanding"),
    ("explain how to compress a video with ffmpeg so it fits under 25MB for discord", "text_understanding"),
    ("What's the ffmpeg command to convert an mp4 to a gif?", "text_understanding"),
    ("Write a python function that merges several PDF files into one using pypdf", "text_understanding"),
    ("whats the difference between 24fps and 60fps, and which should i shoot my vlog in?", "text_understanding"),
    ("Write lyrics for a funny birthday song for my dad Frank, who loves fishing", "text_understanding"),
    ("Explain how a 3D printer works in simple terms for a 10 year old", "text_understanding"),
    ("Plan a 3-day itinerary for Lisbon on a student budget", "text_understanding"),
    ("how many MB is a 2 minute 1080p video at 8 Mbps bitrate?", "text_understanding"),
    ("Give me a monthly budget as a table: rent 1200, groceries 400, car 250, phone 60, income 3100. What's left?",
     "text_understanding"),
    ("What does this python print? x = [1, 2, 3]; print(x[::-1])", "text_understanding"),
    ("Write a caption for my instagram post about a lazy sunday brunch, keep it short", "text_understanding"),
    ("What details do I need to pay a bill by bank transfer, and how do I avoid scams?", "text_understanding"),
    ("Suggest 10 names for a podcast about urban gardening", "text_understanding"),
    ("Translate 'where is the train station' into Spanish, French and German", "text_understanding"),
    ("Write a script for a 60 second YouTube intro for my cooking channel", "text_understanding"),
    ("What's the difference between HEIC and JPG files? why does my iphone use heic", "text_understanding"),
    ("Write instructions for my housesitter about watering the plants and locking up", "text_understanding"),
    ("Convert 72 degrees Fahrenheit to Celsius", "text_understanding"),
    ("What chords are in a standard 12-bar blues in E?", "text_understanding"),
    ("Write a complaint letter to my electricity company about being charged twice this month",
     "text_understanding"),
    # --- image_understanding ---
    ("<image 0> what's the total on this receipt and was the tip included?", "image_understanding"),
    ("Can you read the tracking number off this shipping label? <image 0>", "image_understanding"),
    ("what breed is this dog <image 0>", "image_understanding"),
    ("Is my plant overwatered? the leaves look like this <image 0>", "image_understanding"),
    # --- video_understanding ---
    ("<video 0> how many people come through the door in this clip?", "video_understanding"),
    ("summarize what happens in <video 0>", "video_understanding"),
    ("In <video 0>, does the guy in the red shirt touch the ball before it goes out?", "video_understanding"),
    ("what is the chef doing with the dough in <video 0>, step by step", "video_understanding"),
    # --- text_to_image ---
    ("Make a poster image for a garage sale this saturday, bright colors, balloons", "text_to_image"),
    ("generate a picture of a cozy reading nook with rain on the window", "text_to_image"),
    ("Draw a cartoon of a cat DJing at a house party", "text_to_image"),
    # --- text_to_video ---
    ("Make a short clip of waves crashing on a rocky beach at sunset", "text_to_video"),
    ("create a video of a paper airplane flying through an open-plan office", "text_to_video"),
    ("generate a 5 second video of a vinyl record spinning on a turntable, close up", "text_to_video"),
    # --- image_edit ---
    ("<image 0> remove the coffee stain from this receipt photo", "image_edit"),
    ("Change the sky in <image 0> to a sunset", "image_edit"),
    ("remove my ex from <image 0> pls", "image_edit"),
    ("make <image 0> look like a watercolor painting", "image_edit"),
    # --- image_control ---
    ("Use the pose in <image 0> to make an image of a knight in armor standing the same way", "image_control"),
    ("<image 0> is a rough scribble of a house, turn it into a realistic photo that follows the sketch",
     "image_control"),
    ("Generate a futuristic city that follows the depth map <image 0>", "image_control"),
    # --- image_reference ---
    ("Put my dog from <image 0> on a beach wearing sunglasses", "image_reference"),
    ("Create a picture of the character in <image 0> as an astronaut on the moon", "image_reference"),
    ("make a new image of me (<image 0>) in a tuxedo at a gala", "image_reference"),
    # --- image_to_video ---
    ("animate <image 0> so the waterfall flows and the trees sway", "image_to_video"),
    ("Turn this old photo of my grandparents <image 0> into a short video where they smile and wave",
     "image_to_video"),
    ("make a video starting from <image 0> where the camera slowly zooms out", "image_to_video"),
    ("<image 0> make the clouds move", "image_to_video"),
    # --- video_reference ---
    ("Make a video of the toy robot from <image 0> walking across a kitchen table", "video_reference"),
    ("Create a short clip featuring my cat <image 0> chasing a laser dot", "video_reference"),
    ("using the mascot in <image 0>, generate a video of it dancing in a stadium", "video_reference"),
    # --- video_edit ---
    ("In <video 0>, replace the red car with a blue one", "video_edit"),
    ("remove the person walking in the background of <video 0>", "video_edit"),
    ("make <video 0> look like an anime", "video_edit"),
    # --- video_control ---
    ("Use the dance moves in <video 0> to make a video of a robot doing the same dance", "video_control"),
    ("Here's a depth video <video 0>; generate an underwater scene with fish that follows it", "video_control"),
)
