"""One-hundred-and-eighth blind set, refusals only: written by someone who saw none of the planner's data, calibration
lists or other benchmark sets; evaluation only, never used to set lists, thresholds or rules. The helper's brief was
parents of young children and school-age kids, juggling family life, a third hurried commands, a third questions, a
third with an attached image or video (it chose the categories; it was told only what the twelve tasks can do). Two requests
that shared a run of six words with the repo's own data were reworded before any run."""

OUT_OF_SCOPE108: tuple[str, ...] = (
    # sending, posting, messaging or calling on the user's behalf
    "text my husband that pickup is moved to 4:15 today",
    "email ms. carter that jonah will be absent tomorrow, he has a fever",
    "<image 0> send this picture of the twins to grandma on whatsapp",
    "Can you call the pediatrician's office and ask if they have a slot this afternoon?",
    "post <video 0> to the family facebook group with the caption first bike ride!!",
    "share the birthday invite i made with all the parents in the class group chat",
    "<image 0> this is the permission slip, can you fax it back to the school office for me",
    "message the other soccer moms that practice is canceled tonight",
    # ordering, buying, booking, paying, cancelling, signing up
    "order more size 4 diapers, the same ones as last time",
    "<image 0> buy this exact car seat for me, cheapest place you can find",
    "book a table for 6 at a kid friendly restaurant near us saturday at noon",
    "Can you sign my 7 year old up for the summer swim lessons at the rec center before they fill?",
    "pay the daycare invoice thats due friday",
    "cancel the piano lesson on thursday, we have a dentist appt",
    "reserve two tickets for the kids' museum on sunday morning",
    "<image 0> here's the school lunch menu, please order the pizza day lunches for both kids online",
    "renew our library books before they go overdue, card ends in 4471",
    # live or current information
    "is school closed today because of the snow?",
    "whats the weather going to be at the park this afternoon, do I need jackets for the kids",
    "Is the Target on Elm Street still open right now? I need baby Tylenol",
    "are there any recalls on the fisher price sleeper this week",
    "how much are the tickets at the zoo right now, is there a family discount today",
    "is the 3:40 school bus running late today",
    "what time does the pool open today",
    "<image 0> what does this stroller cost right now on amazon",
    "check if the pediatric urgent care wait time is long tonight",
    # hearing speech or sound in a video
    "<video 0> what's my toddler trying to say at the end here? i cant make it out",
    "<video 0> what song is the music teacher playing in this clip from the recital",
    "<video 0> can you write down the words my son says in his book report video",
    "<video 0> is the baby crying or laughing in this? the screen is too dark to tell, just listen",
    "<video 0> transcribe what the coach says to the team during the huddle",
    "<video 0> did the teacher call my daughter's name in this clip of the award ceremony? listen for it",
    # making audio, music or voice
    "make a lullaby mp3 with my baby's name in it",
    "record a bedtime story in a soft voice that i can play for the kids tonight",
    "compose a 30 second song for my son's birthday with singing",
    "<image 0> turn this drawing into a video with my voice narrating it",
    "generate white noise audio to help the baby sleep, like 1 hour long",
    "Can you read this chapter of Charlotte's Web out loud so my kid can listen while I cook?",
    # producing non image/video/text files
    "make a chore chart spreadsheet for the three kids that totals their points each week",
    "<image 0> turn this handwritten grocery list into a pdf i can print",
    "create a powerpoint for my daughter's school project on volcanoes",
    "export the soccer schedule as a calendar file I can import into google calendar",
    "make a word doc of the babysitter instructions, formatted with headers",
    "<image 0> make a 3d printable model of this dinosaur toy so I can print a replacement",
    "design a font from my kid's handwriting that I can install",
    # controlling devices, apps or accounts
    "turn off the wifi on the kids' ipads at 8pm",
    "set an alarm for 6:45 tomorrow for school",
    "lower the thermostat in the nursery to 68",
    "add the dentist appointment to my calendar for next tuesday at 3",
    "block youtube on my son's phone",
    "<image 0> this is the baby monitor app screen, turn on the night light from here",
    "start the dishwasher please",
    # remembering earlier conversations or the user's own records
    "what did we decide last week about the allowance amounts? you told me",
    "When is my daughter's next vaccine due? you should have her records",
    "remind me what the babysitter said her rate was when we talked yesterday",
    "what was the name of that picture book you recommended to me last month",
    "how much did I spend on school supplies this year in total",
    # running or deploying code on the user's systems
    "install the parental control script on our home router",
    "run this python script on my laptop to rename all the family photos by date",
    "deploy the class website i wrote to our school's server",
)

ORDINARY108: tuple[tuple[str, str], ...] = (
    # text_understanding
    ("draft a text I can send to the babysitter telling her the kids need to be in bed by 8", "text_understanding"),
    ("how many hours of sleep does a 4 year old need?", "text_understanding"),
    ("write a short email I can send to my son's teacher asking for a meeting about his reading", "text_understanding"),
    ("give me 10 quick dinner ideas picky kids will eat, nothing with mushrooms", "text_understanding"),
    (
        "my 2nd grader has this word problem: sam has 12 apples, gives away 5, then buys 3. how many now? explain "
        "it simply so i can help him",
        "text_understanding",
    ),
    # image_understanding
    ("<image 0> what dates are on this school flyer? i need the field trip and picture day", "image_understanding"),
    ("<image 0> is this rash something that looks like hives? just describe what you see", "image_understanding"),
    ("<image 0> read me the ingredients on this snack bar, does it list peanuts", "image_understanding"),
    ("<image 0> can you check my daughter's math homework, are the answers right", "image_understanding"),
    ("<image 0> what kind of bug is this on my kid's arm", "image_understanding"),
    # video_understanding
    ("<video 0> what is my toddler doing with the cabinet door in this clip", "video_understanding"),
    ("<video 0> does my son's swim stroke look right? describe how his arms move", "video_understanding"),
    ("<video 0> how many kids cross the finish line before my daughter in the red shirt", "video_understanding"),
    (
        "<video 0> this is the nanny cam from this afternoon, did the baby roll over at some point",
        "video_understanding",
    ),
    ("<video 0> what happens right before the tower of blocks falls", "video_understanding"),
    # text_to_image
    ("make a picture of a friendly dragon reading a book to little kids, cartoon style", "text_to_image"),
    ("draw a cute unicorn with a rainbow mane for a birthday invitation", "text_to_image"),
    ("Can you create a coloring page of a fire truck with simple outlines for a 3 year old?", "text_to_image"),
    ("generate an image of a cozy kids' reading nook with fairy lights and beanbags", "text_to_image"),
    ("picture of a chore chart poster with cartoon animals, bright colors", "text_to_image"),
    # text_to_video
    ("make a short video of a teddy bear brushing its teeth, for my toddler", "text_to_video"),
    ("create a video of fish swimming in a calm aquarium to help the kids wind down", "text_to_video"),
    ("a quick animated clip of a rocket launching into space for my son who loves rockets", "text_to_video"),
    ("make a video of a puppy and a kitten playing in the snow", "text_to_video"),
    ("Can you generate a little clip of a bunny hopping through a garden for an easter slideshow?", "text_to_video"),
    # image_edit
    ("<image 0> remove the stranger in the background of this photo of my kids at the beach", "image_edit"),
    ("<image 0> fix the red eyes on the baby in this pic", "image_edit"),
    ("<image 0> add a birthday hat to my son's head in this photo", "image_edit"),
    ("<image 0> make the sky blue instead of gray in this family picnic photo", "image_edit"),
    ("<image 0> can you erase the ketchup stain on my daughter's shirt in her school picture", "image_edit"),
    # video_edit
    ("<video 0> blur the other kids' faces in this clip from the class play", "video_edit"),
    ("<video 0> make this video of the kids on the trampoline slow motion", "video_edit"),
    ("<video 0> change the background of this dance practice clip to a stage", "video_edit"),
    ("<video 0> make this clip of my son's first steps black and white, vintage look", "video_edit"),
    ("<video 0> remove the laundry pile from the corner of this video of the baby crawling", "video_edit"),
    # image_control
    (
        "<image 0> this is my kid's scribble of a house, turn it into a real looking picture following the lines",
        "image_control",
    ),
    ("<image 0> use this stick figure pose to make a picture of a superhero kid in the same pose", "image_control"),
    (
        "<image 0> here's an edge map of our living room, make a version decorated for halloween following it",
        "image_control",
    ),
    ("<image 0> follow this depth map to make a cozy nursery scene", "image_control"),
    (
        "<image 0> my daughter drew this outline of a cat, make a colorful painting that keeps her exact lines",
        "image_control",
    ),
    # image_reference
    ("<image 0> make a picture of our dog as an astronaut on the moon", "image_reference"),
    (
        "<image 0> put my son's favorite stuffed bunny in a new picture, having a tea party in a forest",
        "image_reference",
    ),
    ("<image 0> create a new picture of this toy robot exploring a jungle", "image_reference"),
    (
        "<image 0> this is my daughter's doll, can you make a picture of it riding a bike for her storybook",
        "image_reference",
    ),
    ("<image 0> new image of our cat wearing a little santa hat sitting by a fireplace", "image_reference"),
    # image_to_video
    ("<image 0> animate this drawing my kid made of a rocket so it flies", "image_to_video"),
    ("<image 0> make this photo of the baby sleeping into a short video where she yawns", "image_to_video"),
    ("<image 0> bring this old photo of grandpa holding my son to life", "image_to_video"),
    ("<image 0> can you make the balloons in this birthday picture float up in a little video", "image_to_video"),
    ("<image 0> animate our family christmas card photo with snow falling", "image_to_video"),
    # video_reference
    ("<image 0> make a video of this stuffed dinosaur dancing at a party", "video_reference"),
    ("<image 0> create a video of our puppy running through a field of sunflowers", "video_reference"),
    ("<image 0> video of my son's toy train going through a snowy mountain village", "video_reference"),
    ("<image 0> make a short clip of this teddy bear waving goodnight for my toddler's bedtime", "video_reference"),
    ("<image 0> here's my daughter's favorite doll, make a video of it ice skating", "video_reference"),
    # video_control
    ("<video 0> make a clip of a cartoon bear doing the same dance my daughter does here", "video_control"),
    ("<video 0> follow my son's movements in this clip but make him a knight in armor", "video_control"),
    (
        "<video 0> use the motion from this clip of the kids jumping to make a video of kangaroos doing it",
        "video_control",
    ),
    ("<video 0> new video of a robot copying the exact moves in my toddler's wobbly dance", "video_control"),
    ("<video 0> keep the pose and movement from this karate practice but turn it into an anime ninja", "video_control"),
)
