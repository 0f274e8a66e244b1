"""Thirty-ninth blind set, refusals only: written by someone who saw none of the planner's data, calibration lists
or other benchmark sets; evaluation only, never used to set lists, thresholds or rules. The helper's brief was
everyday home life, mixed lengths, some with context before the ask or two asks in one message (it chose the
categories; it was told only what the twelve tasks can do)."""

OUT_OF_SCOPE39: tuple[str, ...] = (
    # sound, music and voice
    "My toddler only naps to white noise; can you generate an hour of gentle rain sounds I can loop in her room?",
    "Listen to <video 0> of my parrot and tell me which new words he's saying.",
    "Read tonight's bedtime story aloud in a soft voice so my son can drift off to it.",
    "Compose a short ukulele tune for my wife's birthday and give me the audio file to play at the party.",
    "Add a voiceover of me saying 'happy anniversary, love' to the end of <video 0>.",
    "Our smoke alarm keeps chirping and I filmed it in <video 0>. What does that beep pattern mean?",
    "Transcribe the voicemail my landlord left me this morning about the boiler.",
    # live information and current status
    "Is the pool at the leisure centre busy right now?",
    "Before I drive over to Mum's, check whether the bridge on the A38 is still closed.",
    "Track the parcel with my son's new school shoes, tracking number JD0028831.",
    "Which pharmacies near me are open at this moment on a Sunday evening?",
    "What's the pollen count in our neighbourhood today? My daughter's hay fever is awful.",
    "Did my numbers 4, 11, 19, 23, 38 and 42 come up in last night's lottery draw?",
    "How many people are ahead of me in the queue for the council's allotment waiting list?",
    # messaging, posting and sharing
    "Message the other parents in the football carpool that I can't drive on Thursday.",
    "Post <image 0> of my sourdough loaf to the village baking group on Facebook.",
    "Email my landlord the photo of the damp patch, <image 0>, and ask when he can come and fix it.",
    "Print and post a thank-you card to my neighbour for feeding the cat while we were away.",
    "Upload our holiday video <video 0> to my YouTube channel and set it to private.",
    "WhatsApp Grandma the picture of the twins I took this morning.",
    # calendars, reminders and tracking over time
    "Add parents' evening on the 14th at half six to the family calendar.",
    "Give me a nudge every third Sunday to give the dog his worming tablet.",
    "Ping me when it's been two hours since I put the bread dough to rise.",
    "Block out Wednesday afternoons in my work diary for the allotment.",
    "Keep a log of my blood pressure readings and tell me next month whether they've improved.",
    # devices and the home
    "The kids are finally asleep, so turn down the living room speaker and dim the hallway lights.",
    "Start the robot vacuum, but only in the kitchen.",
    "Preheat my oven to 200 degrees so it's hot when I get home.",
    "Unlock the back door at noon for the dog walker.",
    "Check the garage camera and tell me whether I left the door open.",
    "Change our home wifi password and kick my teenager off the network.",
    # shopping, bookings and money
    "Reorder the same grain-free kibble we bought last month and have it delivered on Friday.",
    "Pay the window cleaner fifteen pounds from my bank account.",
    "Get us a table for four at the Italian place on the high street on Saturday night.",
    "My bus pass runs out tomorrow; renew it online for me.",
    "Buy two tickets for the garden centre's Christmas grotto.",
    "Cancel my gym membership, I haven't been since January.",
    # files, formats and running code
    "Turn my grandmother's handwritten recipes into a PDF cookbook I can get printed.",
    "Make our weekly chores rota as an Excel sheet with a formula that totals up pocket money.",
    "Give me an STL file for a replacement battery cover for the TV remote so I can 3D print it.",
    "Draw up our allotment plan as an editable SVG file.",
    "Run my son's Scratch project and tell me whether the cat sprite ever reaches the finish line.",
    "Make a PowerPoint slideshow from <image 0> and <image 1> for my dad's seventieth.",
    "Open the Word document my daughter's teacher sent and fix the formatting.",
    "Export my knitting pattern notes as a fillable PDF with a row counter I can tick off.",
    # memory and the user's own data
    "What was the paint colour you recommended for our hallway last spring?",
    "Last week you helped me plan a route through Portugal. Pick up exactly where we left off.",
    "Find the photos from our 2019 Cornwall trip in my phone's gallery and pick the best five.",
    "Look through my email for the confirmation of the kids' swimming lessons.",
    "Check my banking app and tell me how much I spent on takeaways in March.",
    "Read the school parents' group chat on my phone and tell me what time the trip bus leaves.",
    # physical tasks
    "Could you feed the goldfish while we're away this weekend?",
    "Pop outside and see whether the bins have been collected yet.",
    "Pick my mother up from the station at four.",
    "Fold the laundry that's sitting in the dryer.",
    "Measure the alcove in our living room so I know which bookcase will fit.",
    # context first, two asks, both impossible
    "Dad's hearing aid app keeps crashing. Reinstall it on his phone and then ring him to check it works.",
    "We fly to Lisbon on Tuesday. Check us in online and find out whether the tram strike is still on.",
    "The babysitter cancelled on us. Find someone free tonight on the local sitter app and message her our address.",
    "Our cat's microchip details are out of date. Log into the pet registry, update our phone number, "
    "and email me the confirmation.",
)

ORDINARY39: tuple[tuple[str, str], ...] = (
    # text_understanding
    (
        "Mum is moving into sheltered housing next month and she's nervous. Write a warm note I can send her, "
        "and suggest three things we could do together on her first weekend there.",
        "text_understanding",
    ),
    (
        "My son's homework asks how many 40 cm square tiles cover a 3.2 m by 2.5 m floor. Walk me through it "
        "so I can explain it to him tomorrow.",
        "text_understanding",
    ),
    ("Our dog barks like mad every time the postman comes. What training tips actually work?", "text_understanding"),
    (
        "Write a short funny poem about my husband's terrible singing in the shower for his birthday card.",
        "text_understanding",
    ),
    (
        "I start ballroom lessons tomorrow. Explain the difference between a waltz and a foxtrot in terms of "
        "the music's rhythm.",
        "text_understanding",
    ),
    # image_understanding
    (
        "<image 0> is the ingredients label on my cat's new food. Is there anything on it a cat with kidney "
        "problems should avoid?",
        "image_understanding",
    ),
    (
        "My daughter drew <image 0> and says it's our family. Which one do you reckon is meant to be me?",
        "image_understanding",
    ),
    (
        "I found this mushroom in the garden, <image 0>. What kind does it look like, and should I keep the "
        "dog away from it?",
        "image_understanding",
    ),
    ("Here's the care tag from my wool jumper, <image 0>. What do the little symbols mean?", "image_understanding"),
    (
        "<image 0> is a screenshot of my phone's storage settings. Which app is hogging the most space?",
        "image_understanding",
    ),
    # video_understanding
    (
        "In <video 0> my toddler is walking across the lawn. Does she seem to favour one leg?",
        "video_understanding",
    ),
    (
        "<video 0> is from our doorbell camera last night. What did the person on the porch carry away?",
        "video_understanding",
    ),
    ("I filmed my golf swing in <video 0>. Is my head moving during the backswing?", "video_understanding"),
    (
        "Count how many times the cat jumps onto the counter in <video 0>, and tell me what she seems to be after.",
        "video_understanding",
    ),
    (
        "My son sent me <video 0> walking round his new flat. Can you see a dishwasher in the kitchen?",
        "video_understanding",
    ),
    # text_to_image
    (
        "Make a picture of a hedgehog in a tiny graduation cap for my niece's card; she finishes uni tomorrow.",
        "text_to_image",
    ),
    (
        "I'd like a wide 1500x500 banner image of a cosy allotment at sunset for our gardening club.",
        "text_to_image",
    ),
    (
        "Draw a colouring-page outline of a dinosaur playing the drums for my five-year-old.",
        "text_to_image",
    ),
    (
        "Create a portrait poster-style picture for our street's bake sale, with cupcakes and bunting.",
        "text_to_image",
    ),
    ("Can you make a phone wallpaper of a misty Scottish loch with a tiny red rowing boat?", "text_to_image"),
    # text_to_video
    ("Make a 6-second slow-motion clip of a golden retriever puppy chasing autumn leaves.", "text_to_video"),
    (
        "For my grandson's birthday, make a short 24 fps video of a cardboard-box rocket launching from a back "
        "garden.",
        "text_to_video",
    ),
    (
        "I want a silent 10-second clip of snow falling past a lit cottage window to loop on the TV at our "
        "Christmas party.",
        "text_to_video",
    ),
    (
        "Generate a short clip of a cat tapping away at piano keys; no sound needed, it's for a silent slideshow.",
        "text_to_video",
    ),
    ("Make a vertical 9:16 video, about 5 seconds, of steam rising from a mug of tea on a rainy windowsill.",
     "text_to_video"),
    # image_edit
    ("Remove my ex from the left side of <image 0> but keep the kids and the beach.", "image_edit"),
    (
        "In <image 0>, swap the grey sofa for a green velvet one so I can see whether it would suit the room.",
        "image_edit",
    ),
    ("<image 0> is our Christmas card photo. Put Santa hats on both dogs.", "image_edit"),
    (
        "Only inside the masked area <image 1>, replace the weeds in <image 0> with a neat bed of lavender.",
        "image_edit",
    ),
    (
        "Make <image 0> of our street look like a watercolour painting; I want to send it to the neighbours as "
        "a thank-you.",
        "image_edit",
    ),
    # image_control
    (
        "Using the stick-figure pose in <image 0>, make a picture of a knight in armour holding the same yoga pose.",
        "image_control",
    ),
    (
        "My son sketched a treehouse, <image 0>. Turn it into a realistic treehouse that follows his lines exactly.",
        "image_control",
    ),
    (
        "<image 0> is a depth map of our living room. Generate a Scandinavian-style room matching that layout.",
        "image_control",
    ),
    ("Follow the edge outline in <image 0> to make a stained-glass picture of a peacock.", "image_control"),
    (
        "Here's a scribble my granddaughter did, <image 0>. Make it into a colourful dragon that follows the "
        "scribble's shape.",
        "image_control",
    ),
    # image_reference
    (
        "<image 0> is our late cat Biscuit. Could you make a picture of him lounging on a cloud in a sunny sky?",
        "image_reference",
    ),
    (
        "Using my grandad from <image 0>, make a new picture of him as a ship's captain at the helm in a storm.",
        "image_reference",
    ),
    (
        "Take the teddy bear from <image 0> and show it at the top of a snowy mountain, a new picture rather than "
        "an edit of this one.",
        "image_reference",
    ),
    (
        "My daughter's handmade doll is in <image 0>. Create an image of that same doll sitting in a Paris café.",
        "image_reference",
    ),
    ("Make a new picture of our campervan from <image 0> parked on a beach at sunrise.", "image_reference"),
    # image_to_video
    (
        "Animate <image 0> of my grandparents' wedding so they gently smile and the confetti drifts down.",
        "image_to_video",
    ),
    ("Bring the dog in <image 0> to life: make him wag his tail for a few seconds.", "image_to_video"),
    (
        "Use <image 0> as the last frame and make a 4-second video that ends on that view of the lake.",
        "image_to_video",
    ),
    (
        "Turn the still photo <image 0> of our garden into a short clip where the leaves sway in the breeze.",
        "image_to_video",
    ),
    (
        "<image 0> is my painting of a lighthouse. Make the waves roll and the beam turn, about 5 seconds.",
        "image_to_video",
    ),
    # video_reference
    (
        "Using our hamster from <image 0>, make a short video of him exploring a miniature supermarket.",
        "video_reference",
    ),
    ("Make a new video starring my son's toy robot from <image 0> walking across the moon.", "video_reference"),
    (
        "Based on the parrot in <video 0>, create a new clip of that same parrot flying over a tropical beach.",
        "video_reference",
    ),
    (
        "Create a short video featuring the knitted owl from <image 0> perched on a branch while snow falls.",
        "video_reference",
    ),
    (
        "Make a video of my dog from <image 0> surfing a big wave, a brand-new scene rather than animating "
        "this photo.",
        "video_reference",
    ),
    # video_edit
    ("In <video 0> of the kids' sports day, change the grey sky to a bright blue one.", "video_edit"),
    ("Make <video 0> of our Sunday walk look like an old black-and-white film.", "video_edit"),
    ("Replace the mug in my hand in <video 0> with a china teacup and saucer.", "video_edit"),
    (
        "The background of <video 0> is our messy kitchen; change it into a tidy rustic farmhouse kitchen.",
        "video_edit",
    ),
    ("Restyle <video 0> of my cat playing as a hand-drawn cartoon so I can send it to my sister.", "video_edit"),
    # video_control
    (
        "<video 0> is a pose video of me doing the chicken dance. Make a video of a penguin doing the same moves.",
        "video_control",
    ),
    (
        "Use the depth video <video 0> of our hallway walk-through to make a castle corridor with the same motion.",
        "video_control",
    ),
    ("Follow the edge video <video 0> to create a clip of a vintage steam train on the same path.", "video_control"),
    (
        "My daughter's ballet routine is a pose skeleton in <video 0>. Make a video of a fairy dancing those "
        "exact steps.",
        "video_control",
    ),
    ("Take the motion from the pose video <video 0> and make a robot do the same star jumps.", "video_control"),
)
