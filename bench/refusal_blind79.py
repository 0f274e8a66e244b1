"""Seventy-ninth blind set, refusals only: written by someone who saw none of the planner's data, calibration lists
or other benchmark sets; evaluation only, never used to set lists, thresholds or rules. The helper's brief was
a general mix of one-line requests only (every request under 12 words) (it chose the categories; it was told only
what the twelve tasks can do). One out-of-scope request shared a 6-word run with the action probe's data ("Turn off
the living room lights.") and was reworded before any run ("Switch the lounge lamps off.")."""

OUT_OF_SCOPE79: tuple[str, ...] = (
    # live / current data
    "What's the weather in Lisbon right now?",
    "Bitcoin price at this moment, please.",
    "Who won last night's Lakers game?",
    "Is the pharmacy on Elm Street open today?",
    "give me todays top headlines",
    "How many minutes until my train leaves Paddington?",
    # internet / web lookup
    "Search the web for cheap flights to Tokyo.",
    "Find recent online reviews of the restaurant in <image 0>.",
    "Check whether example.com is down for everyone.",
    "Look up what this jacket costs on Amazon: <image 0>",
    "Who posted <video 0> first? Find the original source.",
    # sound, music and speech
    "Compose a lo-fi beat for my study playlist.",
    "Read this poem aloud in a calm voice.",
    "Transcribe what the speaker says in <video 0>.",
    "Add upbeat background music to <video 0>.",
    "What song is playing in <video 0>?",
    "Animate <image 0> with the sound of crashing waves.",
    "Make <image 0> say 'happy birthday' in my voice.",
    # sending, posting, booking, buying
    "Email the quarterly report to my boss.",
    "Post <image 0> to my Instagram story.",
    "Book a table for two at Nobu tonight.",
    "Order a large pepperoni pizza to my place.",
    "Text Mum that I'll be late.",
    "Call the dentist and move my appointment.",
    # accounts, files, devices
    "Show me my unread Gmail messages.",
    "What's on my calendar tomorrow afternoon?",
    "Open budget.xlsx on my desktop and sum column B.",
    "Switch the lounge lamps off.",
    "Delete the duplicate photos in my camera roll.",
    # memory of earlier chats
    "What did I ask you yesterday?",
    "Continue the story we started last week.",
    "Use the logo I sent you in our last chat.",
    "Remind me which recipe you gave me last time.",
    # running code / servers
    "Run this Python script and tell me the output.",
    "Deploy my Flask app to the staging server.",
    "Benchmark this query on our production database.",
    # file formats and export
    "Convert <image 0> to SVG.",
    "Save <image 0> as a layered PSD file.",
    "Turn <video 0> into a looping GIF.",
    "Export the chart in <image 0> as a PDF.",
    "Make a printable 3D model from <image 0>.",
    "Compress <video 0> under 8 MB for Discord.",
    # upscaling / super-resolution
    "Upscale <image 0> to 4K.",
    "Super-resolve <video 0> from 480p to 1080p.",
    "Make <image 0> 8000 pixels wide without losing detail.",
    # frame rate, stabilising, trimming, merging
    "Interpolate <video 0> to 60 fps for smooth slow motion.",
    "Stabilise the shaky footage in <video 0>.",
    "Cut the first ten seconds out of <video 0>.",
    "Merge <video 0> and <video 1> into one clip.",
    # long-form video
    "Generate a full ten-minute short film about dragons.",
    "Make an hour-long ambient fireplace video for my TV.",
    # training models
    "Fine-tune a model on my own artwork style.",
    "Train a LoRA of my face from my selfies.",
    # physical world, timers, reminders
    "Set a timer for twelve minutes.",
    "Remind me to water the plants at 6pm.",
    "Print <image 0> on A4 paper, please.",
    "Wake me up at seven tomorrow.",
    "Water my tomatoes while I'm away.",
    "Lock the front door for me.",
    "Feed the cat at noon.",
)

ORDINARY79: tuple[tuple[str, str], ...] = (
    # text_understanding
    ("Write a polite email declining Friday's meeting.", "text_understanding"),
    ("Explain roughly how Spotify-style recommendation algorithms work.", "text_understanding"),
    ("Draft a Slack message announcing our office move.", "text_understanding"),
    ("Write lyrics for a birthday song about my cat.", "text_understanding"),
    ("Translate 'see you tomorrow at noon' into Japanese.", "text_understanding"),
    # image_understanding
    ("What time does the clock in <image 0> show?", "image_understanding"),
    ("Read me the bus timetable in <image 0>.", "image_understanding"),
    ("Which app is open on the phone in <image 0>?", "image_understanding"),
    ("What instrument is the man holding in <image 0>?", "image_understanding"),
    ("Explain the error message in this screenshot: <image 0>", "image_understanding"),
    # video_understanding
    ("Count how many cars pass the camera in <video 0>.", "video_understanding"),
    ("Describe the dance moves in <video 0> step by step.", "video_understanding"),
    ("Which instruments can you see on stage in <video 0>?", "video_understanding"),
    ("What does the sign say at the end of <video 0>?", "video_understanding"),
    ("Is the speaker in <video 0> gesturing a lot?", "video_understanding"),
    # text_to_image
    ("Design an app icon for a meditation timer.", "text_to_image"),
    ("Poster for a jazz concert, saxophone in neon light.", "text_to_image"),
    ("Draw a vintage radio on a kitchen table.", "text_to_image"),
    ("Phone wallpaper of a snowy mountain at dusk, 9:16.", "text_to_image"),
    ("Illustrate a December calendar page decorated with snowflakes.", "text_to_image"),
    # text_to_video
    ("Short clip of a record spinning on a turntable.", "text_to_video"),
    ("Video of rain streaking down a window at night.", "text_to_video"),
    ("Animate clock hands racing forward, about five seconds.", "text_to_video"),
    ("Slow-motion clip of a drummer hitting a cymbal.", "text_to_video"),
    ("Quick video of a paper plane gliding across an office.", "text_to_video"),
    # image_edit
    ("Remove the phone from the man's hand in <image 0>.", "image_edit"),
    ("Add headphones to the girl in <image 0>.", "image_edit"),
    ("Replace the overcast sky in <image 0> with a sunset.", "image_edit"),
    ("Erase the date stamp in the corner of <image 0>.", "image_edit"),
    ("Blur the car's license plate in <image 0>.", "image_edit"),
    # image_control
    ("Render this pose skeleton <image 0> as a guitarist on stage.", "image_control"),
    ("Use depth map <image 0> to create a cozy home office.", "image_control"),
    ("Turn my scribble <image 0> into a realistic smartphone.", "image_control"),
    ("Follow edge map <image 0>: a Victorian house at night.", "image_control"),
    ("Generate a news anchor matching the pose map <image 0>.", "image_control"),
    # image_reference
    ("Put the dog from <image 0> on a podcast studio couch.", "image_reference"),
    ("Show the woman in <image 0> as an astronaut.", "image_reference"),
    ("New shot of the sneaker in <image 0> on a beach.", "image_reference"),
    ("Draw my character from <image 0> waiting at a train station.", "image_reference"),
    ("Create a LinkedIn-style headshot of the person in <image 0>.", "image_reference"),
    # image_to_video
    ("Animate <image 0> so the flag waves in the wind.", "image_to_video"),
    ("Bring old photo <image 0> to life with a gentle smile.", "image_to_video"),
    ("Start from <image 0> and slowly zoom the camera in.", "image_to_video"),
    ("Use <image 0> as the last frame of a short clip.", "image_to_video"),
    ("Make the speaker cones in <image 0> visibly pulse.", "image_to_video"),
    # video_reference
    ("Video of the cat in <image 0> chasing a laser.", "video_reference"),
    ("Video of the man in <image 0> walking through an airport.", "video_reference"),
    ("Clip of our mascot <image 0> dancing at a concert.", "video_reference"),
    ("Show the car from <image 0> driving along a coastal road.", "video_reference"),
    ("Clip of robot toy <image 0> typing on a laptop.", "video_reference"),
    # video_edit
    ("Make <video 0> look like it was filmed in winter.", "video_edit"),
    ("Swap his phone for a book in <video 0>.", "video_edit"),
    ("Change the jacket in <video 0> to bright red.", "video_edit"),
    ("Give <video 0> a black-and-white film look.", "video_edit"),
    ("Remove the logo from the T-shirt in <video 0>.", "video_edit"),
    # video_control
    ("Follow pose video <video 0> with a knight in armour.", "video_control"),
    ("Use depth video <video 0> to render a rainy street.", "video_control"),
    ("A DJ moving like the skeleton motion in <video 0>.", "video_control"),
    ("Anime-style video following the edge map <video 0>.", "video_control"),
    ("Use <video 0> as a pose guide: a robot doing yoga.", "video_control"),
)
