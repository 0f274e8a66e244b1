"""Eighteenth blind set, refusals only: written by someone who saw none of the planner's data, calibration lists
or other benchmark sets; evaluation only, never used to set lists, thresholds or rules.

The helper's brief asked for a fair share of physical tasks and errands and of 3D among the refusals, and
why-questions, differences and typical requirements among the ordinary requests: the candidate judged on
this set handles those.
"""

OUT_OF_SCOPE18: tuple[str, ...] = (
    # --- acting on other apps, accounts, devices or services ---
    "can u text my daughter Priya that im running 20 min late for pickup",
    "Please cancel my 3pm with Dr. Halvorsen in my Google Calendar, I'm not feeling up to going today.",
    "pay the water bill out of my checking account before friday pls, i always forget",
    "Post this to the bakery's Instagram with the caption 'fresh sourdough, out at 7am!' <image 0>",
    "Unsubscribe me from all those furniture store newsletters that keep clogging up my inbox",
    "Knock the greenhouse heater down to 18 degrees for tonight, the app is on my phone",
    "Reply to the last email from our feed supplier and tell them we accept the new price per ton",
    "Could you push my latest commits to main and open a pull request on our GitHub repo?",
    "add the new hire Marta Ruiz to the night shift rota in our hospital staffing portal",
    "I think I left the smart lock on the front door open when I went out to the barn, lock it for me?",
    "send 40 bucks to my brother on venmo for the concert tix",
    # --- live or current information ---
    "whats the price of corn futures right this minute",
    "Is the pharmacy on Elm Street still open right now? It's almost 9",
    "who's winning the Lakers game tonight",
    "Will it rain over my fields tomorrow afternoon? Need to decide whether to cut hay.",
    "How many beds are free in the ER at St. Mary's at the moment?",
    "what's trending on tiktok today, my students keep talking about something",
    "Check whether flight AA 2217 out of Dallas is delayed, my wife is on it",
    "Exact euro to dollar exchange rate as of now please, to the cent",
    "Is the coast highway still shut after this morning's pileup?",
    # --- sound of any kind ---
    "Make a ringtone out of the chorus of my band's new song",
    "Could you read this bedtime story out loud to my grandson in a nice soft voice?",
    "compose a chill lofi beat for my study stream, like 2 mins long",
    "Add a voiceover to <video 0> explaining how to prune the roses, my hands are too shaky to talk and film",
    "Get rid of the background hum in my podcast recording",
    "transcribe the voicemail my landlord left me, i can't make out what he's mumbling",
    "Generate a rooster crowing sound effect for the farm app I'm building",
    "put some upbeat background music under this clip <video 0>",
    "What song is playing in the background of <video 0>?",
    # --- 3D models and assets ---
    "Make a 3D printable model of a replacement knob for my oven, it's got a D-shaped shaft about 6mm",
    "Turn my cat in this photo into a 3D model I can spin around <image 0>",
    "generate an .obj of a low poly sword for my game jam entry",
    "I need a rigged 3D character for my Unity project - a chubby goblin with a lantern",
    "create an STL of a phone stand with a 15 degree tilt, I have a printer at the library",
    "Build a 3D mesh of the shop floor from these two pictures so I can plan the new shelving <image 0> <image 1>",
    "Can you sculpt a 3D bust of my late husband from this photo so I can have it printed? <image 0>",
    "make me a textured blender scene of a cozy cabin and export it as glb",
    # --- files in other formats ---
    "Export the weekly vaccination log as an Excel spreadsheet for the charge nurse",
    "Make me a PowerPoint deck, 10 slides, about our new spring menu",
    "Convert this scanned lease into an editable Word document <image 0>",
    "give me a PDF of the wedding seating chart I can print",
    "Turn my recipe list into a CSV file I can import into the app",
    "Bundle all my poems into an epub so I can read them on my kindle",
    "save the inventory as an .xlsx with formulas that flag when we need to reorder",
    # --- running code ---
    "Run this python script and tell me what it actually prints: for i in range(3): print(i * 'ab')",
    "execute the SQL query against our customers database and show me the top 10 rows",
    "Can you compile my C++ project and tell me if the linker errors are gone?",
    "Benchmark these two sorting functions on a million items and give me the real timings",
    "pip install pandas on my laptop and run the notebook for me",
    "Test our website's login form by actually submitting it 50 times and report what breaks",
    # --- physical tasks and errands in the real world ---
    "Water the tomatoes in the back garden while I'm away this weekend",
    "Pick up my prescription from Walgreens on your way over",
    "can you go feed the chickens, im stuck at work till 8",
    "Please change the dressing on the patient in bed 4, I'm swamped",
    "Drop the rent check off at the landlord's office before noon",
    "walk my dog at lunchtime pls he's been whining all morning",
    "Fix this leaky faucet for me, it's been dripping for a week <image 0>",
    "Restock the shelves with the delivery that came in this morning",
    "Drive my mom to her dialysis appointment on Thursday at 10",
    "fold the laundry thats piled on the bed, thx",
)

ORDINARY18: tuple[tuple[str, str], ...] = (
    # --- text_understanding: why-questions, differences, requirements ---
    ("Why do my tomatoes split on the vine after a heavy rain?", "text_understanding"),
    ("what's the difference between PLA and PETG for a 3D printed planter that sits outside all year",
     "text_understanding"),
    ("Explain how noise-cancelling headphones actually cancel the noise", "text_understanding"),
    ("What are the usual requirements to get a food truck permit in a US city?", "text_understanding"),
    ("Why does my sourdough come out flat and gummy?", "text_understanding"),
    ("Difference between a Roth IRA and a traditional IRA for someone retiring in about 5 years?",
     "text_understanding"),
    ("What's the difference between an STL file and an OBJ file?", "text_understanding"),
    ("why does ice float when most solids sink in their own liquid", "text_understanding"),
    ("What's typically needed to ship lithium batteries internationally?", "text_understanding"),
    # --- text_understanding: advice and how-to ---
    ("How do I get red wine out of a wool carpet without ruining it?", "text_understanding"),
    ("How should I stack and store hay so it doesn't catch fire?", "text_understanding"),
    ("Give me a step by step plan for teaching my grandma to make video calls on her tablet",
     "text_understanding"),
    ("what should a night shift nurse keep in her bag? make me a checklist", "text_understanding"),
    ("How do I explain to my teenager why we can't get a dog right now without a fight?", "text_understanding"),
    ("tips for organizing tools on a garage pegboard so I can actually find stuff", "text_understanding"),
    ("Outline a 5-day meal prep plan for a type 2 diabetic on a tight budget", "text_understanding"),
    # --- text_understanding: drafting and writing ---
    ("Write a polite text to my landlord asking him to fix the leaky faucet this week", "text_understanding"),
    ("Draft an email to my staff saying the shop closes early Friday for inventory count",
     "text_understanding"),
    ("Write a python function that converts Fahrenheit to Celsius and rounds to one decimal",
     "text_understanding"),
    ("write lyrics for a funny birthday song for my dad who loves fishing", "text_understanding"),
    ("Write a short bedtime story about a little tractor who is scared of the dark", "text_understanding"),
    ("Write a SQL query that finds customers who haven't ordered anything in 90 days", "text_understanding"),
    # --- text_understanding: sums ---
    ("If I buy 3 bags of feed at $18.50 each and get 10% off the total, what do I pay?", "text_understanding"),
    ("how many square feet of sod for a 24 by 35 ft yard plus 10% extra for waste", "text_understanding"),
    ("I work 3 twelve-hour shifts a week at $41/hr, with time and a half after 36 hours. Weekly pay?",
     "text_understanding"),
    # --- image_understanding ---
    ("What disease is this on my squash leaves? <image 0>", "image_understanding"),
    ("Can you read the expiry date on this medicine box for me, the print is tiny <image 0>",
     "image_understanding"),
    ("is this 3D printed bracket warped or is it just the camera angle <image 0>", "image_understanding"),
    # --- video_understanding ---
    ("Is the cow in this clip limping on her back left leg? <video 0>", "video_understanding"),
    ("describe what my kids are doing in this video, are they actually doing the dishes <video 0>",
     "video_understanding"),
    ("At what point in <video 0> does the forklift driver drop the pallet?", "video_understanding"),
    # --- text_to_image ---
    ("Make a picture of a cozy kitchen at sunset with someone washing dishes by the window", "text_to_image"),
    ("draw an isometric 3D-looking render of a tiny farmhouse with a red barn and a silo", "text_to_image"),
    ("Generate an image of a cartoon nurse hugging a giant coffee cup for our break room poster",
     "text_to_image"),
    ("a clay-style 3D render of a cute robot vacuuming a shaggy rug", "text_to_image"),
    # --- text_to_video ---
    ("Make a short video of autumn leaves falling over a quiet farm road", "text_to_video"),
    ("video of a cartoon golden retriever folding laundry, no sound needed", "text_to_video"),
    ("Create a clip of a shiny 3D-looking gold trophy slowly spinning on a black background", "text_to_video"),
    # --- image_edit ---
    ("Remove the laundry basket from the corner of this photo <image 0>", "image_edit"),
    ("make the sky in <image 0> look like a sunset", "image_edit"),
    ("Change the shop sign in <image 0> from blue to dark green", "image_edit"),
    ("put a santa hat on my dog in this pic <image 0>", "image_edit"),
    # --- image_control ---
    ("Use this pose skeleton <image 0> to make an image of a farmer lifting a hay bale", "image_control"),
    ("here's my scribble of a living room layout <image 0>, make it a realistic photo that follows the lines",
     "image_control"),
    ("Generate a modern kitchen following the depth map in <image 0>", "image_control"),
    # --- image_reference ---
    ("Make a picture of my grandson from <image 0> as an astronaut on the moon", "image_reference"),
    ("using my cat from <image 0>, create an image of her sitting on a royal throne", "image_reference"),
    ("Create a new image of the woman in <image 0> mowing the lawn in a sunny garden", "image_reference"),
    # --- image_to_video ---
    ("Animate this photo of our wheat field so the grain sways in the wind <image 0>", "image_to_video"),
    ("make the old photo of my parents come alive, like they smile and wave <image 0>", "image_to_video"),
    ("Turn <image 0>, the 3D-style toy car, into a short clip where it drives forward", "image_to_video"),
    # --- video_reference ---
    ("Make a video of the man in <image 0> walking a dog through a park", "video_reference"),
    ("video of my teddy bear from <image 0> doing the dishes in a tiny kitchen", "video_reference"),
    ("Create a clip where the chef from <image 0> flips pancakes in a diner", "video_reference"),
    # --- video_edit ---
    ("Make <video 0> black and white", "video_edit"),
    ("blur the license plates in <video 0> before I post it", "video_edit"),
    ("Replace the grey sky in <video 0> with a clear blue one", "video_edit"),
    # --- video_control ---
    ("Use the dance moves in <video 0> to make a video of a robot dancing exactly the same way",
     "video_control"),
    ("Follow the depth of <video 0> to generate a video of a snowy village instead", "video_control"),
    ("make a video of a knight in armor following the pose from <video 0>", "video_control"),
)
