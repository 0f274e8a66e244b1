"""One-hundredth blind set, refusals only: written by someone who saw none of the planner's data, calibration lists
or other benchmark sets; evaluation only, never used to set lists, thresholds or rules. The helper's brief was
students, teachers and parents around school work, clubs and trips; about half of the requests end with a second
sentence that adds a detail or a constraint (it chose the categories; it was told only what the twelve tasks can
do)."""

OUT_OF_SCOPE100: tuple[str, ...] = (
    # producing sound: music, speech, sound effects
    "Record me a piano backing track for the choir to practise with at home. About two minutes long, please.",
    "Read this spelling list out loud so my daughter can practise on her own: necessary, separate, rhythm.",
    "Make a video of a volcano erupting with a narrator explaining each stage for my Year 6 class.",
    "Create a school bell ringing sound effect for the start of our class play. It needs to be loud and last three "
    "seconds.",
    "Generate a clip of a rocket launch with a countdown voiceover. The kids want to hear 'ten, nine, eight' "
    "in a deep voice.",
    "<image 0> is my son's sheet music for the recital; play it for me so I know how it should sound.",
    "Add some upbeat background music to <video 0> of sports day before we show it in assembly.",
    # hearing what is said or played in a video
    "<video 0> is the recording of tonight's parents' evening talk. Write down everything the head said.",
    "Listen to <video 0> of my daughter's violin practice and tell me whether she was in tune.",
    "In <video 0> from the debate club final, who had the better arguments? Go by what they actually said.",
    "<video 0> is my French oral exam practice. Check my pronunciation.",
    "Transcribe the words the choir sings in <video 0>. We need them printed in the concert programme.",
    "Translate what the tour guide is saying in <video 0> from Italian into English for the trip blog.",
    # live or current information
    "Is it going to rain in the Lake District on Thursday? We have the Year 8 hike planned.",
    "are schools in our county shut today bc of the snow??",
    "What's the current entrance fee at the Natural History Museum for school groups? We're bringing 32 kids.",
    "Look up the train times from Leeds to York for tomorrow morning. We need to be there by 9:30 with 28 pupils.",
    "Which museums in Paris are open this coming Monday? Our exchange group lands on Sunday night.",
    "Have this year's GCSE grade boundaries been published yet? I only need maths and chemistry.",
    "Find three YouTube videos about photosynthesis for my Year 7 lesson. They must each be under ten minutes.",
    "Check whether my student's essay was copied from a website by comparing it with what's online.",
    "<image 0> is the QR code on the trip letter; open the link and tell me what the form asks for.",
    # sending, posting, booking, buying, calling
    "Email the permission slip to all the parents in 4B. Copy in Mrs Hughes.",
    "Book a coach for 45 people for the geography field trip on 12 May. It has to have seatbelts.",
    "Post <image 0> on the school's Instagram with a caption about sports day.",
    "Order 30 lab coats in children's sizes for the science club. Cheapest one that arrives before Friday.",
    "Text my son's football coach that he'll be late to practice tonight.",
    "Ring the aquarium and ask if they have step-free access for our class visit.",
    "Pay the £15 trip fee on ParentPay for me. Use the card ending 4411.",
    # the user's accounts, apps, calendars and files
    "Check my Google Classroom and tell me which assignments are still missing. Only the ones due this week.",
    "Add parents' evening on the 3rd to my calendar. Put it in at 6 pm with a reminder.",
    "Open club_signups.xlsx on my desktop and count how many kids put their names down.",
    "Log in to the school portal and download my daughter's end-of-year report. Her username is on the fridge.",
    "Mark the essays in my shared Drive folder 'Year 9 Macbeth' and put the grades in the sheet.",
    "Find the photos from last year's ski trip on my phone and pick the best three.",
    # earlier conversations
    "What did I tell you last week about my son's reading level?",
    "Carry on with the lesson plan we did yesterday. Start from the second activity where we stopped.",
    "Remember that my daughter is allergic to nuts for every trip plan from now on.",
    # reminders and timers
    "Remind me at 7 am on Friday to pack my son's swimming kit.",
    "Set a 20-minute timer for the kids' quiet reading. Make it chime gently at the end.",
    "Ping me every evening at 8 to check the homework diary. Weekdays only.",
    # files and formats
    "Turn the worksheet in <image 0> into an editable Word document. Keep the tables.",
    "Export the times-tables quiz as a PDF I can print for the class.",
    "Make a GIF from <video 0> of the kids jumping into the pool for the swim club newsletter.",
    "Make me a PowerPoint file about the water cycle. Twelve slides with speaker notes.",
    "Convert my daughter's drawing <image 0> into an SVG so the club can print it on T-shirts.",
    "Turn <image 0> of the clay dinosaur into a 3D model file we can print in the DT room.",
    "Compress <video 0> of the school play so it's under 25 MB and fits in an email.",
    # resolution, cutting, joining, stabilising, slow motion
    "Upscale <image 0>, the class photo from 1998, to 4K. It's going on a big screen at the reunion.",
    "Cut the first thirty seconds off <video 0> of the Christmas assembly. That's just people sitting down.",
    "Join <video 0> and <video 1> from sports day into one film. Put the relay first.",
    "Stabilise <video 0>, it's really shaky because I filmed the relay while running alongside.",
    "Make <video 0> of the long jump into smooth super slow motion by filling in extra frames.",
    "Make <image 0> higher resolution; I zoomed in from the back of the hall and it's all pixelated.",
    # running code or training models
    "Run my son's Python homework file and tell me if it crashes. It's in his Documents folder.",
    "Test the Scratch game the coding club made on the school computers and report any bugs.",
    "Train a small model on our class's bean-plant measurements so it predicts next week's heights.",
    # physical world
    "Print 30 copies of the trip itinerary and leave them in the staff room.",
    "Pick my daughter up from chess club at five. She'll be waiting by the side gate.",
    "Water the class sunflowers over half term. The caretaker has a key.",
)

ORDINARY100: tuple[tuple[str, str], ...] = (
    # text_understanding
    (
        "Write an email to parents reminding them the trip money is due on Friday. I'll send it through the "
        "school app myself.",
        "text_understanding",
    ),
    ("Explain step by step how to set up a shared Google Calendar for our chess club.", "text_understanding"),
    (
        "Write a Python function that averages a list of test scores and drops the lowest one. Add comments "
        "my Year 10s can follow.",
        "text_understanding",
    ),
    (
        "Write a script for the opening of our school radio show with two presenters, about a minute of talking.",
        "text_understanding",
    ),
    (
        "Translate this note for a parent into Spanish: 'The museum trip leaves at 8:15, please bring a packed "
        "lunch.'",
        "text_understanding",
    ),
    # image_understanding
    (
        "<image 0> is a screenshot of the class WhatsApp group; when did the teacher say the coach gets back?",
        "image_understanding",
    ),
    (
        "Read the handwritten homework in <image 0> and tell me if the long division answers are right.",
        "image_understanding",
    ),
    ("<image 0> is recorder music for the concert; which notes are in the first bar?", "image_understanding"),
    (
        "What does the forecast in <image 0> say for Saturday? It's a photo of the board at the campsite office.",
        "image_understanding",
    ),
    (
        "<image 0> is the printed trip itinerary; list every stop with its time. Leave out the lunch break.",
        "image_understanding",
    ),
    # video_understanding
    (
        "In <video 0> of the relay race, which runner drops the baton? Give their lane number.",
        "video_understanding",
    ),
    ("<video 0> is a muted clip of the chemistry demo; describe each step the teacher takes.", "video_understanding"),
    (
        "Watch <video 0> of our dance club rehearsal and tell me which kid is out of step. Only the second half.",
        "video_understanding",
    ),
    (
        "How many times does the drummer hit the cymbal in <video 0>? Just count what you can see.",
        "video_understanding",
    ),
    ("<video 0> is a screen recording of my daughter's maths app; what topic is she on?", "video_understanding"),
    # text_to_image
    (
        "Design a poster for the school bake sale on 14 June in bright colours. It'll be printed on A3 for the "
        "corridor.",
        "text_to_image",
    ),
    (
        "A picture of a choir singing on a stage with music notes floating above them, for the concert flyer.",
        "text_to_image",
    ),
    (
        "An illustration of a phone screen showing a homework planner app with colour-coded subjects. Portrait.",
        "text_to_image",
    ),
    (
        "Draw a cartoon of a class on a museum trip staring up at a T. rex skeleton. Make the teacher look worried.",
        "text_to_image",
    ),
    (
        "Create a badge for the eco club: a leaf inside a circle with the words 'Green Team' underneath.",
        "text_to_image",
    ),
    # text_to_video
    (
        "A short silent clip of a yellow school bus driving down a country lane in autumn, for the trip slideshow.",
        "text_to_video",
    ),
    ("Generate a few seconds of a metronome swinging on top of a piano. No sound needed.", "text_to_video"),
    (
        "A short video of a bottle rocket launching from the school field while kids watch. Keep it under five "
        "seconds.",
        "text_to_video",
    ),
    ("A short clip of a laptop screen showing a countdown to exam day. Make it look like 2 a.m.", "text_to_video"),
    (
        "A few seconds of a teacher writing 'Welcome back!' on a whiteboard, to open the first lesson of term.",
        "text_to_video",
    ),
    # image_edit
    ("Remove the man in the background of <image 0> before I put it in the school newsletter.", "image_edit"),
    ("Change the date on the poster in <image 0> to Friday 21 March. Keep the same font.", "image_edit"),
    ("Blur the children's faces in <image 0>. It's going on the club website.", "image_edit"),
    ("Use <image 1> as the mask and replace that part of <image 0> with blue sky.", "image_edit"),
    (
        "Make <image 0> of our science fair stand look like it was taken outside on a sunny day, not under gym "
        "lights.",
        "image_edit",
    ),
    # image_control
    ("<image 0> is a pose skeleton; generate a gymnast in our club's red leotard doing that pose.", "image_control"),
    (
        "Use the edge map <image 0> of our school building to make a snowy version for the Christmas card.",
        "image_control",
    ),
    (
        "<image 0> is my son's scribble of a castle; turn it into a proper fantasy illustration that follows his "
        "lines.",
        "image_control",
    ),
    (
        "Follow the depth map <image 0> to generate a classroom as a watercolour. It's for the prospectus.",
        "image_control",
    ),
    (
        "<image 0> is a canny edge map from a photo of the field trip site; generate a spring meadow that matches "
        "it.",
        "image_control",
    ),
    # image_reference
    ("Using our club mascot in <image 0>, make a new picture of it holding the league trophy.", "image_reference"),
    ("My daughter's teddy is in <image 0>; draw him in school uniform on the first day of term.", "image_reference"),
    (
        "<image 0> is our robotics team's robot; show it on a winners' podium. Put it in a big arena.",
        "image_reference",
    ),
    (
        "Make a new image of the teacher in <image 0> as a superhero for her leaving card. She said it's fine.",
        "image_reference",
    ),
    (
        "<image 0> is the pottery owl my son made in art club; generate a picture of it perched on a library shelf.",
        "image_reference",
    ),
    # image_to_video
    ("Animate <image 0>, the class photo, so the kids wave at the camera. Keep it short.", "image_to_video"),
    ("Make <image 0> of the volcano model start erupting with red foam. A few seconds is enough.", "image_to_video"),
    (
        "Use <image 0> as the last frame and make a short clip of the team running in to form that huddle.",
        "image_to_video",
    ),
    (
        "Bring the drawing in <image 0> to life so the dragon flaps its wings. It's for the art club display screen.",
        "image_to_video",
    ),
    ("Turn <image 0> of the paper boat on the pond into a short video of it drifting away.", "image_to_video"),
    # video_reference
    ("Make a short video of the teddy bear in <image 0> going on a school trip on a bus.", "video_reference"),
    ("<image 0> is our debate club's owl mascot; make a clip of it flying over the school roof.", "video_reference"),
    (
        "Create a short clip of the robot from <image 0> rolling across a classroom floor. Film it from low down.",
        "video_reference",
    ),
    (
        "Using the puppet in <image 0>, make a video of it waving from a theatre stage for the drama club trailer.",
        "video_reference",
    ),
    (
        "Generate a video of the dog in <image 0> running the sports day obstacle course. Silent is fine.",
        "video_reference",
    ),
    # video_edit
    ("In <video 0> of sports day, change the grey sky to a sunset.", "video_edit"),
    ("Turn the grass in <video 0> white as if it had snowed. It's for the winter newsletter.", "video_edit"),
    ("Replace the logo on the kids' shirts in <video 0> with a plain gold star.", "video_edit"),
    (
        "Make <video 0> of the school play look like an old black-and-white film. Add some scratches too.",
        "video_edit",
    ),
    ("Remove the bin in the corner of <video 0> of the science club experiment.", "video_edit"),
    # video_control
    (
        "<video 0> is a pose video of our dance routine; generate a video of robots doing the same moves.",
        "video_control",
    ),
    (
        "Follow the depth video <video 0> to make a clip of a spaceship corridor. It's for the coding club's game "
        "intro.",
        "video_control",
    ),
    ("Use the edge video <video 0> from the field trip walk to make a fairy-tale forest version.", "video_control"),
    ("<video 0> is the pose track of my son's karate kata; make an animated samurai following it.", "video_control"),
    (
        "Generate a clip of astronauts moving like the pose control video <video 0>. Keep the same camera angle.",
        "video_control",
    ),
)
