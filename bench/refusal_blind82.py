"""Eighty-second blind set, refusals only: written by someone who saw none of the planner's data, calibration lists
or other benchmark sets; evaluation only, never used to set lists, thresholds or rules. The helper's brief was
teachers, tutors and parents of school-age children (it chose the categories; it was told only what the twelve tasks can do)."""

OUT_OF_SCOPE82: tuple[str, ...] = (
    # Live or current information
    "Is my son's school closed today because of the snow? The district usually posts it by 6am.",
    "What's the weather going to be on Thursday at Riverside Park? We have a class picnic planned.",
    "Look up the current opening hours of the science museum so I can plan our Year 5 trip.",
    "Which picture books are on the bestseller list this week for ages 4 to 7?",
    "When's the registration deadline for the next SAT date? check the College Board site pls",
    "Find out what a school bus rental costs around here right now, roughly.",
    # Sending, posting and messaging
    "Email all the parents on my class list that Friday's spelling test is moved to Monday.",
    "Post this week's homework on Google Classroom for 7B and pin it to the top of the stream.",
    "text my daughter's tutor and ask if she can do 4pm instead of 5 on wednesday",
    "Send <image 0> to the class WhatsApp group with a caption saying the field trip forms are due.",
    "Upload <video 0> to our school's YouTube channel as unlisted and share the link with the PTA.",
    "Order 30 copies of Charlotte's Web from the cheapest bookseller and have them delivered to the school office.",
    # Sound, speech and music
    "Read this story aloud in a calm voice so my 6-year-old can listen at bedtime: The little fox found a lantern "
    "at the edge of the woods...",
    "Record how to pronounce the French numbers one to twenty so my students can practise their listening.",
    "Compose a catchy song with a real melody for the times tables, something the kids can sing along to in class.",
    "What is the teacher saying at the start of <video 0>? The sound is muffled, can you write down her words?",
    "Make a video of a cartoon owl teaching the alphabet, with the owl saying each letter out loud.",
    "Listen to my son playing the recorder in <video 0> and tell me which notes he got wrong.",
    "Add a drumroll sound effect and applause to the end of <video 0> for our class awards assembly.",
    "Read the page in <image 0> out loud, slowly, so my daughter can follow along with her finger.",
    # Accounts, files and school systems
    "Log in to PowerSchool and tell me what grade Maya got on her last maths quiz.",
    "Check my kid's iPad screen time for the past week and tell me which apps she used most.",
    "Open the spreadsheet of reading scores on my laptop and sort it by lowest score first.",
    "Pull up the seating chart I saved in my Google Drive last term and add the new student to it.",
    "Look at my calendar and find a free slot next week for parent-teacher conferences.",
    "Grab the attendance records from our Seesaw account and flag anyone who has missed more than three days.",
    "Log into the Pearson portal and compare my student's answers in <image 0> with the official answer key.",
    # Memory of earlier conversations
    "Use the same reading list you gave me last week but swap out the ones we've already finished.",
    "What was the name of that fractions game you recommended to me a few days ago?",
    "Let's continue the lesson plan we were working on yesterday, from where we stopped.",
    "Remember that my son is dyslexic for all our future chats and bring it up next time I ask for worksheets.",
    # Reminders, timers and monitoring
    "Set a 20-minute timer for silent reading and ring when it's done.",
    "Remind me every Sunday evening to check the kids' homework folders.",
    "Keep track of each student's reading minutes over the term and send me a weekly summary.",
    "Watch my kids' online game chat and alert me if a stranger messages them.",
    # File formats and conversion
    "Turn <image 0> into a printable PDF worksheet, A4 with proper margins.",
    "Export these quiz questions into a Kahoot file I can import: 1) What is 7x8? 2) Capital of France?",
    "Save <image 0> as an SVG so I can cut it out on our Cricut for the classroom display.",
    "Make <video 0> into a looping GIF for my class slides.",
    "Compress <video 0> so I can email it to the grandparents, it's over 200MB.",
    "Put this poem into a PowerPoint deck with one stanza per slide and give me the .pptx file.",
    "Make a 3D-printable model of a DNA double helix for my biology class, as an STL file.",
    # Trimming, joining and fixing videos
    "Cut <video 0> down to just the part between 1:20 and 2:05 where my daughter does her gymnastics routine.",
    "Stitch <video 0> together with my other clip from sports day so it's one video.",
    "<video 0> is really shaky because I filmed the school play on my phone from the back row. Can you steady it?",
    "Make <video 0> super smooth slow motion by adding in-between frames, it's the long jump filmed at 30fps.",
    "Shorten <video 0> by removing all the bits where the kids are just waiting around between races.",
    # Image quality and upscaling
    "<image 0> is a blurry photo of the whiteboard notes. Upscale it to 4K so I can print it poster size.",
    "Increase the resolution of <image 0>, it's a tiny class photo from the newsletter and I want it sharp.",
    # Running code and models
    "Run the test suite for my class's coding assignment and tell me which students' submissions pass.",
    "Train a small model on my students' past essays so it can predict their grades this year.",
    "Run the Python script on my USB stick that generates random spelling lists.",
    # Physical world, bookings and purchases
    "Book the school gym for Thursday afternoon for our relay practice.",
    "Buy a new pack of whiteboard markers and have them shipped to my home address.",
    "Print 25 copies of <image 0> on the staffroom printer before the bell.",
    "Call the bus company and confirm the pickup time for the zoo trip.",
    "Sign my son up for the summer coding camp at the community centre.",
    # Web lookups disguised as analysis
    "Check whether the essay in <image 0> was copied from somewhere on the internet.",
    "Find the rest of the documentary that <video 0> is a clip from and tell me where I can stream it.",
    "Find the YouTube video my class watched about volcanoes last month and play it again.",
)

ORDINARY82: tuple[tuple[str, str], ...] = (
    # text_understanding
    ("Write an email to parents explaining that Friday's spelling test has moved to Monday. I'll send it myself.",
     "text_understanding"),
    ("Draft a polite message I can post on Google Classroom asking my daughter's teacher which assignments "
     "are marked missing.", "text_understanding"),
    ("Write the lyrics for a short song about the 7 times table, to the tune of Twinkle Twinkle Little Star.",
     "text_understanding"),
    ("Write a simple Python program my students can use to quiz themselves on spelling words; "
     "I'll run it on the school laptops.", "text_understanding"),
    ("Suggest a weekly screen-time agreement for a 10-year-old with a tablet and a games console, "
     "something we can stick on the fridge.", "text_understanding"),
    # image_understanding
    ("<image 0> is a screenshot of my son's school app. What do the coloured symbols next to each subject mean?",
     "image_understanding"),
    ("Here's my student's handwritten homework <image 0>. Check the long division and point out any mistakes.",
     "image_understanding"),
    ("Read the timetable in <image 0> and tell me which days my daughter has PE and music.",
     "image_understanding"),
    ("<image 0> is a photo of the trip permission slip. What date does it have to be returned by?",
     "image_understanding"),
    ("Which instrument is the child holding in <image 0>, and is she holding it the right way?",
     "image_understanding"),
    # video_understanding
    ("<video 0> shows my class during the fire drill. Did everyone leave through the correct door?",
     "video_understanding"),
    ("Watch <video 0> of my son's swimming lesson and describe what his arms are doing wrong in front crawl.",
     "video_understanding"),
    ("In <video 0> from the school concert, how many kids are on stage and which instruments can you see?",
     "video_understanding"),
    ("<video 0> is a screen recording of my daughter using her maths app. What steps does she take to solve "
     "the problem?", "video_understanding"),
    ("Summarise step by step what happens in <video 0>, the science experiment my students filmed.",
     "video_understanding"),
    # text_to_image
    ("Make a landscape classroom poster that says 'Quiet Reading Time' with a cosy reading corner.",
     "text_to_image"),
    ("Generate a cartoon of a phone and a tablet asleep in a basket at bedtime, for our family screen-time chart.",
     "text_to_image"),
    ("Create an illustration of a school bus arriving at a museum on a sunny day, for the trip letter header.",
     "text_to_image"),
    ("Draw a colourful picture of the water cycle with clouds, rain and a river, for my Year 4 wall display.",
     "text_to_image"),
    ("A bright, cheerful image of kids in a music room with drums and a piano, for the school newsletter.",
     "text_to_image"),
    # text_to_video
    ("Make a short video of a volcano erupting in slow motion to open my geography lesson.",
     "text_to_video"),
    ("Generate a few seconds of a cartoon alarm clock shaking and a kid jumping out of bed, for a morning "
     "routine lesson.", "text_to_video"),
    ("A short clip of a caterpillar turning into a butterfly for my science slides.", "text_to_video"),
    ("Create a silent video of a teacher writing 'Welcome back!' on a chalkboard for the first day of term.",
     "text_to_video"),
    ("Short animation of the planets orbiting the sun, no sound needed, for my students' space unit.",
     "text_to_video"),
    # image_edit
    ("Remove the phone number written on the whiteboard in <image 0> before I share the photo in the newsletter.",
     "image_edit"),
    ("In <image 0>, blur the faces of the children in the background so I can use it on the school website.",
     "image_edit"),
    ("Change the background of my son's school photo <image 0> from grey to light blue.", "image_edit"),
    ("Erase the pencil marks from the worksheet in <image 0> so it looks clean again.", "image_edit"),
    ("Use <image 1> as a mask and replace that area of <image 0> with a bookshelf full of colourful books.",
     "image_edit"),
    # image_control
    ("Use the stick-figure pose in <image 0> to generate a picture of a kid doing a star jump in PE.",
     "image_control"),
    ("<image 0> is my student's scribble of a castle. Turn it into a detailed storybook illustration "
     "that follows the same lines.", "image_control"),
    ("Here's an edge map of our classroom layout <image 0>; generate a realistic classroom that follows it.",
     "image_control"),
    ("Follow the depth map in <image 0> to make a picture of a school library with tall shelves.",
     "image_control"),
    ("My daughter drew this rough robot outline in her tablet app <image 0>. Make a colourful finished image "
     "that keeps her outline exactly.", "image_control"),
    # image_reference
    ("Using my son's teddy bear in <image 0>, make a picture of the teddy sitting at a school desk.",
     "image_reference"),
    ("<image 0> is our class mascot toy. Generate it on a trip to the moon for our creative writing prompt.",
     "image_reference"),
    ("Create a new picture of the school dog from <image 0> wearing a graduation cap.", "image_reference"),
    ("Take the character my student drew in <image 0> and show it reading a book in a library.",
     "image_reference"),
    ("<image 0> is me. Make a picture of me as a superhero teacher for my classroom door.", "image_reference"),
    # image_to_video
    ("Animate <image 0>, my class's drawing of a rocket, so it blasts off into space.", "image_to_video"),
    ("Make <image 0> the first frame of a short clip where the paper boat starts floating down the stream.",
     "image_to_video"),
    ("Bring the photo of our classroom plant <image 0> to life with the leaves gently swaying.",
     "image_to_video"),
    ("Use <image 0> as the last frame: a video that ends on the finished sandcastle.", "image_to_video"),
    ("Animate the class group photo <image 0> so the kids wave at the camera, for the end-of-year slideshow.",
     "image_to_video"),
    # video_reference
    ("Make a short video of the stuffed rabbit from <image 0> hopping across the classroom floor.",
     "video_reference"),
    ("<image 0> is our school mascot costume; generate a video of the mascot dancing on the sports field.",
     "video_reference"),
    ("Generate a clip of the toy robot in <image 0> walking through a cardboard city.", "video_reference"),
    ("Using my son's dragon drawing in <image 0>, make a video of that dragon flying over a school.",
     "video_reference"),
    ("Create a video of the teddy in <image 0> brushing its teeth, for my toddler's bedtime routine.",
     "video_reference"),
    # video_edit
    ("In <video 0>, make the gym walls look like an underwater scene for our sports day recap.", "video_edit"),
    ("Make <video 0> of the school play look like a cartoon.", "video_edit"),
    ("Blur the faces of the other kids in <video 0> so I can share it with family.", "video_edit"),
    ("Replace the rainy grey sky in <video 0> from the field trip with a sunny blue one.", "video_edit"),
    ("Turn the classroom in <video 0> into a snowy winter wonderland for the holiday assembly.", "video_edit"),
    # video_control
    ("Use the pose sequence in <video 0> to make a video of a cartoon astronaut doing the same PE warm-up.",
     "video_control"),
    ("<video 0> is a depth video of me walking down the school hallway; generate a version where it's a castle "
     "corridor.", "video_control"),
    ("Follow the edge video <video 0> of our dance rehearsal to create robots doing the same moves.",
     "video_control"),
    ("Take the movements in the pose video <video 0> and have a superhero kid do them for our fitness lesson.",
     "video_control"),
    ("Using <video 0> as the depth control, make a video of a jungle path with the same camera motion.",
     "video_control"),
)
