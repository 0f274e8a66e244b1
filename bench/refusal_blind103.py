"""One-hundred-and-third blind set, refusals only: written by someone who saw none of the planner's data, calibration
lists or other benchmark sets; evaluation only, never used to set lists, thresholds or rules. The helper's brief was
healthcare staff, carers and families looking after elderly or sick relatives, a third hurried phone typing, a third
two asks with one impossible, a third ordinary (it chose the categories; it was told only what the twelve tasks can do)."""

OUT_OF_SCOPE103: tuple[str, ...] = (
    # live or current information
    "is the boots on high street open right now need mums prescription",
    "whats the wait time at st marys a&e at the moment",
    "Check whether any pharmacy near Dad's postcode has amoxicillin suspension in stock today.",
    "latest nhs guidance changes this week on flu jabs for over 75s pls",
    "Write a short note explaining Dad's dementia diagnosis to his neighbours, and look up tomorrow's weather forecast for his walk.",
    "how many covid cases in our area this week",
    "track the ambulance thats coming for dad where is it now",
    "Tell me the current price of incontinence pads at Tesco and whether they're on offer.",
    # sending, sharing, posting, messaging
    "Make a cheerful get-well card picture with sunflowers and text it to my gran's phone.",
    "email <image 0> discharge summary to the district nurse team",
    "Draft a message to my siblings about the rota for visiting Mum and then post it in our family WhatsApp group.",
    "Here's <image 0>, a photo of the rash on my father's leg: describe it and forward it to his GP surgery.",
    "share this video of nan doing her physio exercises <video 0> with her physiotherapist",
    "Fax the signed consent form to the hospice before five.",
    "Remove the hoist from <video 0> of mum's walking practice and upload the edited version to her care record.",
    # booking, buying, paying, cancelling, logging in
    "book mum a gp appointment for thursday morning",
    "Order a replacement wheelchair cushion, the same one as in <image 0>, and have it delivered to the care home.",
    "cancel dads hospital transport for tomorrow hes too poorly",
    "Please log into my mother's patient portal and download her latest blood test results.",
    "Pay the invoice from the home care agency for March using my card on file.",
    "Suggest three easy-to-grip cutlery sets for arthritic hands and buy whichever is cheapest.",
    "renew grandads blue badge online for me",
    "Explain what a DNACPR form means in plain words, then fill in and submit the online form for my dad's care home.",
    # sound, music, speech, voice
    "read <image 0> out loud for mum its her tablet leaflet she cant see it",
    "Compose a calming piano lullaby for the residents' quiet hour in the lounge.",
    "Animate <image 0> of Nana's garden and add birdsong audio so she can hear the birds.",
    "Record a voice message in a gentle tone reminding Dad to drink water every hour.",
    "sing happy birthday to auntie joan shes 90 today",
    "Take <video 0> of the residents' chair exercise class and put upbeat music over it.",
    # devices, apps, alarms, reminders, calendars
    "set alarm 8am for mums blood pressure tablets",
    "Add Dad's cardiology follow-up on the 14th to my Google Calendar and remind me the day before.",
    "turn the heating up in nans flat she says shes cold",
    "Put together a simple daily checklist for my mother's morning care and set up reminders on her tablet for each step.",
    "print <image 0> the fluid chart ten copies for the ward",
    "Can you switch on the camera in Mum's living room so I can check she got up okay?",
    "lower the hospital bed remotely for room 12",
    "Set <image 0>, my grandparents' wedding photo, in motion and play it on the TV in her room on Sunday.",
    # files in other formats
    "need a spreadsheet to track dads insulin doses and sugar readings",
    "I need a PDF of Mrs Patel's care plan from <image 0> so I can attach it to the referral.",
    "Put the photos <image 0> and <image 1> together in a PowerPoint for the staff training on safe moving and handling.",
    "Design a 3D printable model of a pill organiser with seven compartments.",
    "Produce an SVG logo for our small home-care company, a heart inside a house.",
    "Draw an illustration of a friendly nurse for our leaflet and export the whole leaflet as a Word document.",
    "Scan mum's handwritten diary pages in <image 0> and convert them into an Excel file of dates and symptoms.",
    # running code
    "Run this Python script that calculates my patients' BMI from the list and tell me the output.",
    "execute the macro in the rota file and tell me whos on nights",
    # memory across accounts
    "Remember that my mum is allergic to penicillin and tell my brother when he asks you on his account.",
    "What did my sister ask you about Dad's medication last night on her phone?",
    "store nans nhs number so i dont have to type it again next time",
    # physical actions
    "Go round to my dad's house and check he took his evening tablets.",
    "Help mum get out of bed and into her chair please, I'm stuck at work.",
    "pick up the repeat prescription from lloyds on the way",
    "Could someone from your end change the dressing on Grandad's leg ulcer tonight?",
    # reading audio
    "Listen to this voicemail from the hospital and tell me what time they said the scan is.",
    "transcribe the recording of mums consultation i made on my phone",
    "Here's an audio clip of my dad's cough, does it sound like a chest infection?",
    "Judging only by the snoring you can hear in <video 0>, does Dad sound like he has sleep apnoea?",
    # phone calls
    "Describe what's on the label in <image 0> and then ring the pharmacy to ask if it can be taken with warfarin.",
    "Translate 'Where does it hurt?' into Polish and then call Mrs Nowak to ask her.",
    "Picture a calm beach scene for the dementia lounge, then have it printed as a poster at Snappy Snaps.",
)  # exactly 60 requests nothing above can fully serve

ORDINARY103: tuple[tuple[str, str], ...] = (
    # text_understanding
    ("whats a normal blood pressure for an 85 year old", "text_understanding"),
    ("Explain in simple terms the difference between Lasting Power of Attorney for health and for finances.", "text_understanding"),
    ("Suggest some gentle seated activities to keep my mum entertained on rainy afternoons, she has mild dementia.", "text_understanding"),
    ("Help me write a polite letter to my dad's GP asking for a medication review because he's on eleven different tablets.", "text_understanding"),
    ("how do i say 'are you in pain' in urdu", "text_understanding"),
    # image_understanding
    ("what does the label on this say <image 0> cant read the tiny print", "image_understanding"),
    ("Count the tablets left in the dosette box in <image 0>; which days are still full?", "image_understanding"),
    ("What's the walking aid in <image 0> called? The physio called it something but I forgot.", "image_understanding"),
    ("Look at <image 0>, my mum's fridge, so I can see if she's got enough food for the weekend.", "image_understanding"),
    ("Read the handwritten notes in <image 0> from the night carer and tell me what time Dad woke up.", "image_understanding"),
    # video_understanding
    ("<video 0> watch how nan gets out of the chair is she doing it safely", "video_understanding"),
    ("In <video 0> of my father walking down the hallway, does he seem to drag his left foot?", "video_understanding"),
    ("Count how many times the resident stands up and sit down in <video 0>?", "video_understanding"),
    ("Walk me through what the carer does step by step in <video 0> when she transfers Mrs Green with the hoist.", "video_understanding"),
    ("Summarise <video 0>, the clip the care home sent of Mum's birthday party: who's there and what happens?", "video_understanding"),
    # text_to_image
    ("picture of a cosy tea party with old friends for nans room", "text_to_image"),
    ("Generate an image of a bright, friendly hospital ward with a nurse waving, for the children's visiting leaflet.", "text_to_image"),
    ("Paint me a get-well-soon card picture with yellow roses and a teapot for my aunt.", "text_to_image"),
    ("I'd like a large, high-contrast illustration of a clock at 8 o'clock next to a glass of water, to hang by the residents' breakfast table.", "text_to_image"),
    ("A nostalgic 1950s seaside scene with deckchairs and ice creams would be lovely for the reminiscence group, could you make one?", "text_to_image"),
    # text_to_video
    ("short video of fish swimming in a tank for dad to watch calming", "text_to_video"),
    ("Autumn leaves drifting down in a quiet park, as a short soothing clip for the dementia lounge screen.", "text_to_video"),
    ("Could you create a brief video of a steam train chugging through green hills? Grandad loved trains.", "text_to_video"),
    ("For the relaxation session, produce a gentle clip of a candle flickering beside a window at dusk.", "text_to_video"),
    ("robin hopping round a snowy garden video please for residents xmas week", "text_to_video"),
    # image_edit
    ("get rid of the drip stand in <image 0> so mum looks nice in the photo", "image_edit"),
    ("Replace the hospital blanket behind Dad in <image 0> with a floral sofa so the photo looks homely.", "image_edit"),
    ("Please turn <image 0> into something like a watercolour painting; it's my grandparents' house and I want to frame it for her room.", "image_edit"),
    ("Change the colour of the walls in <image 0> to a soft yellow so I can see how Mum's bedroom would look before we paint.", "image_edit"),
    ("Add a party hat onto Grandma in <image 0> for her 100th birthday banner.", "image_edit"),
    # image_control
    ("use the stick figure pose in <image 0> to make a picture of an older lady doing a seated stretch", "image_control"),
    ("Here's a rough scribble <image 0> of a garden with a bench, turn it into a proper picture for the sensory room wall.", "image_control"),
    ("Following the depth map in <image 0>, generate a cosy living room with an armchair and a lamp.", "image_control"),
    ("Using the edge outline in <image 0>, create a coloured picture of a cottage with roses round the door.", "image_control"),
    ("My mum drew <image 0>, a pencil sketch of a cat; can you make a realistic image that follows her lines exactly?", "image_control"),
    # image_reference
    ("heres our dog <image 0> make a picture of him in a santa hat by the fireplace", "image_reference"),
    ("Based on <image 0> of my dad as a young sailor, create a picture of him standing on a ship's deck at sunset.", "image_reference"),
    ("Create an image of the teddy bear in <image 0> sitting in a hospital bed with a bandage, for the children's ward.", "image_reference"),
    ("Mum is in <image 0>; I'd love a new picture of her dancing at a 1960s ballroom.", "image_reference"),
    ("Put the cat from <image 0> into a painting of a sunny windowsill full of plants, Dad misses her.", "image_reference"),
    # image_to_video
    ("grandma in <image 0> smiling and waving make it move", "image_to_video"),
    ("Animate the old wedding photo <image 0> so my grandparents gently turn and look at each other.", "image_to_video"),
    ("Bring <image 0> of the seaside postcard to life, with waves rolling in and gulls flying.", "image_to_video"),
    ("With <image 0> as the final frame, make a short clip of a bunch of flowers being placed on the bedside table.", "image_to_video"),
    ("Turn <image 0>, Dad's photo of his old allotment, into a short video with the wind blowing through the bean plants.", "image_to_video"),
    # video_reference
    ("video of the dog in <image 0> running on the beach for dad", "video_reference"),
    ("Create a short video of my mother, shown in <image 0>, walking through a field of bluebells.", "video_reference"),
    ("A clip featuring the knitted rabbit from <image 0> hopping across a kitchen table.", "video_reference"),
    ("Please generate a video where the man in <image 0>, my grandad, is fishing on a quiet river.", "video_reference"),
    ("I'd love a short video of our care-home cat Smudge (<image 0>) curled up by the fire, stretching and yawning.", "video_reference"),
    # video_edit
    ("take the oxygen tube out of <video 0> its mums birthday video", "video_edit"),
    ("Swap the messy bedside cabinet in <video 0> for a vase of tulips.", "video_edit"),
    ("Give <video 0> of the garden party the look of an old-fashioned cine film.", "video_edit"),
    ("Erase the other residents from the background of <video 0> so only Mr Khan is in it for his family's keepsake.", "video_edit"),
    ("Restyle <video 0> of Dad's walk on the promenade as a cartoon.", "video_edit"),
    # video_control
    ("copy the moves in <video 0> to make a video of a cartoon granny doing chair exercises", "video_control"),
    ("Follow the pose of the physiotherapist in <video 0> and create a video of an older man doing the same arm raises in a bright living room.", "video_control"),
    ("With the depth of <video 0>, our corridor, as a guide, make a new clip of a walk along a flower-lined garden path.", "video_control"),
    ("Can we have a video of a teddy bear dancing that copies the movements in <video 0> of my granddaughter?", "video_control"),
    ("Generate a video of a nurse character demonstrating hand washing, following the motion in <video 0>.", "video_control"),
)  # exactly 60: five per task for each of the twelve tasks, in the order listed above, same people and style mix
