"""Fiftieth blind set, refusals only: written by someone who saw none of the planner's data, calibration lists
or other benchmark sets; evaluation only, never used to set lists, thresholds or rules. The helper's brief was
students, teachers and researchers at schools and universities (it chose the categories; it was told only what the
twelve tasks can do)."""

OUT_OF_SCOPE50: tuple[str, ...] = (
    # live or current information
    "When does the main library close tonight? I have two overdue books and the fine starts at midnight.",
    "What's the current impact factor of Nature Communications? I need the exact figure for my grant form today.",
    "is campus closed tomorrow bc of the snow?? nobody from the registrar has said anything",
    "Has this year's Fulbright application deadline been extended? I heard rumours in the grad lounge.",
    "How many citations does my 2021 paper on soil microbiomes have on Google Scholar right now?",
    "<image 0> is a photo of a frog we found on our school field trip. Is it still on the endangered list as of "
    "this week's update?",
    # web search and literature retrieval
    "Find me ten peer-reviewed articles from the last two years on microplastics in freshwater fish, with DOIs.",
    "Search arXiv and tell me whether anyone has already posted a proof of the lemma in my draft.",
    "Browse the physics department website and list which faculty are taking new PhD students next fall.",
    "Download the dataset from the link my supervisor sent and give me a summary of the columns.",
    # sending, posting and submitting
    "Email this reading list to all 34 students in my Tuesday seminar, please, and cc the TA.",
    "Run my essay through Turnitin and tell me the similarity score before I hand it in.",
    "Post the homework solutions to our Moodle course page at 9 a.m. on Friday, not a minute earlier.",
    "Send a Teams message to my lab group saying the journal club moved to room 204.",
    "Upload <image 0> to the class Padlet wall under the 'Ecosystems' column.",
    # accounts, files and institutional systems
    "Open my Google Drive folder called 'Thesis drafts' and tell me which chapter is the longest.",
    "Pull my grades from Blackboard and work out my GPA for this semester.",
    "Go through my Zotero library and delete the duplicate entries.",
    "Check the attendance spreadsheet on my desktop and flag every student who missed more than three classes.",
    "Here's a screenshot of the error I get on the student portal <image 0>. Log in as me and fix my enrollment.",
    # memory of earlier conversations
    "Let's continue the lesson plan on the French Revolution we started yesterday.",
    "What feedback did you give me on my first lab report draft last week? I lost the notes.",
    "Please remember my students' names and reading levels so you can help me grade next month.",
    # audio, speech and music
    "Transcribe the lecture in <video 0> word for word, including what students ask at the end.",
    "Read this poem aloud so my Year 3 class can hear how it should sound: 'The owl and the pussycat went to sea'.",
    "Generate an mp3 of our French vocabulary list spoken by a native speaker, two seconds between words.",
    "Make a short explainer video on photosynthesis with a voiceover narrating each step for my ninth graders.",
    "Compose a catchy 30-second jingle for our school's science fair that the choir can sing.",
    "My student thinks her A string is flat in <video 0>. Listen and tell me if the violin is in tune.",
    "Add some soft background music to <video 0> from our graduation ceremony.",
    "Do the pupils in <video 0> roll their r's correctly when they say 'perro'? Grade their pronunciation.",
    # running code, computing on data, training models
    "Run my R script on the attached survey data and give me the p-values for each hypothesis.",
    "Execute this Jupyter notebook end to end and tell me which cells throw errors.",
    "Train an image classifier on the 5,000 labelled leaf photos in our lab's shared folder.",
    "Fine-tune a small language model on my students' past essays so it grades the way I do.",
    "Compile my LaTeX thesis and tell me on which pages the overfull hbox warnings show up.",
    # file formats and export
    "Convert <image 0>, a photo of my handwritten notes, into an editable Word document I can send round.",
    "Turn my lecture slides into a PDF handout with four slides per page.",
    "Export <image 0> as an SVG so it stays crisp when I scale it up for the A0 conference poster.",
    "Make an animated GIF from <video 0> of the titration so I can drop it into my slides.",
    "Save the cell diagram as a layered PSD file so the art teacher can recolour each organelle.",
    "Create a 3D-printable STL model of a benzene molecule for my chemistry class.",
    "Compress <video 0> to under 25 MB so it fits the upload limit on our learning platform.",
    # video operations that do not exist
    "Trim <video 0> so it keeps only the first five minutes of the lecture.",
    "Merge <video 0> with my second lab recording into one continuous clip.",
    "Stabilise <video 0> please, I filmed the pendulum experiment handheld and it's really shaky.",
    "Slow down <video 0> of the falling ball by generating the in-between frames so it plays at 240 fps.",
    "Cut out the bit of <video 0> where a student drops the beaker, the rest can stay.",
    "Produce a full 45-minute recorded lecture on mitosis for my flipped classroom.",
    # upscaling and super-resolution
    "Upscale <image 0>, a blurry microscope photo, to 4K so the journal accepts it as a figure.",
    "Increase the resolution of <image 0> by 8x so the tiny axis labels on the old plot become sharp.",
    "Super-resolve the satellite tile <image 0> for my remote sensing thesis.",
    # reminders, timers and calendars
    "Remind me the evening before each of my exams this term.",
    "Set a 20-minute timer for the group work and ring when it's over.",
    "Put office hours every Tuesday from 2 to 4 into my Outlook calendar for the rest of the semester.",
    # physical-world actions and purchases
    "Print <image 0> on A3 for the classroom wall, colour please.",
    "Order 200 boxes of pipette tips from our usual supplier and charge it to the lab budget code.",
    "Book study room 3B in the library for Thursday afternoon for my thesis group.",
    "Turn on the projector in lecture hall 112 before my 8 a.m. class starts.",
    "Call the parents of the students who failed the quiz and set up meetings.",
)

ORDINARY50: tuple[tuple[str, str], ...] = (
    # text_understanding
    ("Write an email to my professor asking for a one-week extension on my term paper; I'll send it myself.",
     "text_understanding"),
    ("Draft a short Canvas announcement telling my students the midterm moved to next Thursday.",
     "text_understanding"),
    ("Write a podcast script, about five minutes when read out, explaining how vaccines train the immune system.",
     "text_understanding"),
    ("Write a Python function that computes the median of a list without sorting the whole thing; "
     "I'll test it on my laptop.", "text_understanding"),
    ("Translate this abstract into Spanish for the conference: 'We study the effect of sleep on memory "
     "consolidation in adolescents.'", "text_understanding"),
    # image_understanding
    ("<image 0> is a screenshot of my grade portal. What does the red warning banner at the top say?",
     "image_understanding"),
    ("Check the handwritten derivation in <image 0> and tell me where the sign error is.",
     "image_understanding"),
    ("This is a photo of the lab timetable <image 0>. What time is the chemistry lab on Thursday?",
     "image_understanding"),
    ("What instrument is the student holding in <image 0>, and is it a string or a wind instrument?",
     "image_understanding"),
    ("Copy out the text on the whiteboard in <image 0> so I have it for my notes.", "image_understanding"),
    # video_understanding
    ("<video 0> is my lecture recording; ignore the sound and describe what I wrote on the board.",
     "video_understanding"),
    ("Count how many full swings the pendulum makes in <video 0>.", "video_understanding"),
    ("In <video 0> of the orchestra rehearsal, which section does the conductor point at most?",
     "video_understanding"),
    ("Which app is open on the laptop screen in <video 0>?", "video_understanding"),
    ("Describe step by step what the student does during the titration in <video 0>.", "video_understanding"),
    # text_to_image
    ("Generate a poster image for our school's spring music festival with a big bold title.", "text_to_image"),
    ("Create a wide banner image for my Moodle course page on ancient Rome, 1920x480.", "text_to_image"),
    ("Draw a labelled-looking illustration of an animal cell in a friendly textbook style for my slides.",
     "text_to_image"),
    ("Make a picture of a smartphone screen showing a flashcard study app with a cartoon owl.", "text_to_image"),
    ("Generate a photo-style image of a researcher recording birdsong in a misty forest at dawn.",
     "text_to_image"),
    # text_to_video
    ("Generate a short silent clip of a hand drawing a triangle on a chalkboard.", "text_to_video"),
    ("Make a few-second video of a classroom wall clock ticking toward 3 p.m., seen from the desks.",
     "text_to_video"),
    ("A short video of students walking into a sunny lecture hall, for the department website header.",
     "text_to_video"),
    ("Silent clip of a violinist practising in a small music room, warm afternoon light.", "text_to_video"),
    ("Generate a 4-second video of rain running down the window of a science lab.", "text_to_video"),
    # image_edit
    ("Remove the email address from the screenshot <image 0> before I share it with the class.", "image_edit"),
    ("Blur the students' faces in <image 0> so I can use it on the school newsletter.", "image_edit"),
    ("Change the date on the event poster <image 0> to 'May 14'.", "image_edit"),
    ("Make the background of my student ID photo <image 0> plain white.", "image_edit"),
    ("Using the mask <image 1>, remove the coffee cup from my lab bench photo <image 0>.", "image_edit"),
    # image_control
    ("Use the pose map <image 0> to generate a student giving a presentation at a podium.", "image_control"),
    ("Turn my scribble <image 0> into a realistic picture of the distillation setup.", "image_control"),
    ("Follow the depth map <image 0> and make it a grand old university lecture hall.", "image_control"),
    ("Here's an edge map of our school building <image 0>; render it as a watercolour at sunset.",
     "image_control"),
    ("Follow the skeleton in <image 0> to create a guitarist performing at the campus concert.",
     "image_control"),
    # image_reference
    ("Make a picture of my dog from <image 0> wearing a graduation cap.", "image_reference"),
    ("Generate a new image of our school mascot from <image 0> holding a laptop in the library.",
     "image_reference"),
    ("Show the lab robot in <image 0> exploring a rocky Mars-like landscape.", "image_reference"),
    ("Create a portrait of the person in <image 0> dressed as a Victorian scientist.", "image_reference"),
    ("Using the microscope in <image 0> as reference, make an image of it in a futuristic lab.",
     "image_reference"),
    # image_to_video
    ("Animate the water cycle diagram <image 0> so the arrows look like they're flowing.", "image_to_video"),
    ("Start from the campus photo <image 0> and make a short clip with clouds drifting over.",
     "image_to_video"),
    ("Use <image 0> as the last frame of a short video that zooms in onto it.", "image_to_video"),
    ("Animate the old photo of our founding headmaster <image 0> so he smiles and nods.", "image_to_video"),
    ("Make the volcano in my science-fair model photo <image 0> erupt in a short silent clip.",
     "image_to_video"),
    # video_reference
    ("Using the mascot in <image 0>, make a short video of it waving at the camera.", "video_reference"),
    ("Make a clip of the robot from <image 0> rolling down a school hallway.", "video_reference"),
    ("Short video of the cat in <image 0> sitting on a keyboard in a dorm room.", "video_reference"),
    ("Use the character sketch in <image 0> and generate a video of it dancing, no music needed.",
     "video_reference"),
    ("Generate a video of the person in <image 0> writing equations on a whiteboard.", "video_reference"),
    # video_edit
    ("In <video 0>, blur the whiteboard that shows the exam answers.", "video_edit"),
    ("Change the lab coats in <video 0> from white to blue.", "video_edit"),
    ("Make <video 0> of our drama club rehearsal look like an old black-and-white film.", "video_edit"),
    ("Remove the logo in the top corner of <video 0>.", "video_edit"),
    ("Replace the grey sky in <video 0> of the campus with a sunset.", "video_edit"),
    # video_control
    ("Follow the pose video <video 0> to generate a dancer in a school gym.", "video_control"),
    ("Use the depth video <video 0> to make a fly-through of a medieval library.", "video_control"),
    ("Generate a chemistry demo video following the edge video <video 0>.", "video_control"),
    ("Use my motion-capture skeleton clip <video 0> for a video of an astronaut walking.", "video_control"),
    ("Turn the depth clip <video 0> into an underwater coral reef scene with the same camera motion.",
     "video_control"),
)
