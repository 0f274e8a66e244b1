"""Forty-first blind set, refusals only: written by someone who saw none of the planner's data, calibration lists
or other benchmark sets; evaluation only, never used to set lists, thresholds or rules. The helper's brief was
general requests written as non-native speakers often write (simple grammar, small typos) (it chose the
categories; it was told only what the twelve tasks can do)."""

OUT_OF_SCOPE41: tuple[str, ...] = (
    # audio: making sound, music or speech
    "Please make little song with guitar for my daughter birthday, she turn 7 years, her name is Aisha.",
    "Can you read this text loud with nice female voice so I can practice my listening? <image 0>",
    "Add sound of rain and thunder to <video 0>, now it is too quiet and boring.",
    "Make me a ringtone mp3 from bird sounds, short one, like 20 second.",
    "Please change my voice in <video 0> so it sound like robot.",
    "Make a short podcast episode, two persons talking about coffee for 5 minute, give me mp3.",
    # audio: hearing what is in a video
    "In <video 0> my teacher is speaking very fast, please write down exactly what she say.",
    "Which song is playing in background of <video 0>? I like it very much but dont know the name.",
    "I sing a song in <video 0>, tell me if my notes is correct or I am off key.",
    "In <video 0> what is the man at the back shouting? I cant understand because of the noise.",
    "Is the audio in <video 0> in sync with lips or is it little bit delayed?",
    "Translate what the lady say in <video 0> from japanese to english, I need it for subtitle.",
    # live or online information
    "How much is one euro in turkish lira right now? I need exact rate of today for send money.",
    "Please check if train from Milano to Roma at 14:05 today is delayed or not.",
    "Who win the match of Galatasaray yesterday evening and what was the score?",
    "Find for me cheapest apartment for rent in Lisbon near metro, under 900 euro, from the websites.",
    "Is the pharmacy on main street in my town open now? I need to go there this evening.",
    "Tell me what people are saying on twitter about new iphone this morning.",
    "Search in internet the recipe my grandmother posted on her blog 'Cocina de Rosa' last week.",
    # sending, posting, calling
    "Send this picture <image 0> to my brother on WhatsApp, he is in my contacts as Karim.",
    "Please post <video 0> on my instagram story with caption 'summer vibes'.",
    "Write email to my landlord about broken heater and send it to him from my gmail.",
    "Upload <image 0> to my google drive in folder with name 'Passport docs'.",
    "Can you text my wife that I will be late 30 minute? She is saved as 'Habibti'.",
    "Call the hotel for me and ask if they have free parking, my english on phone is not good.",
    # calendar and reminders
    "Put in my calendar the dentist appointment next tuesday 10 o clock, and remind me one day before.",
    "Every sunday make reminder for me to call my mother, so I dont forget again.",
    "Remind me in two hour to take out the chicken from freezer.",
    # devices and home
    "Turn down the heating in living room to 19 degree, I am in office and forgot it.",
    "Can you connect to my printer and print the <image 0> in A4 size, two copy?",
    "Open the garage door please, my son is waiting outside without key.",
    "Make my phone screen brightness lower, my eyes hurt from it.",
    "Track where is my son phone now, he is not answering me since one hour.",
    # buying, paying, reserving
    "Order two pizza margherita to my home address, pay with my card that is saved.",
    "Buy the same shoes like in <image 0>, size 42, from the cheapest shop.",
    "Reserve me a table for 4 person on saturday in some good sushi restaurant in Warsaw.",
    "Please pay my electricity bill, the invoice is in <image 0>.",
    # running code or testing systems
    "Compile this C++ code and give me the .exe file so I can run it on windows: <image 0>",
    "Please run my SQL query on our company database and show me the rows what come out.",
    "Test my website mybakery-shop.pl if it is loading fast on mobile phones.",
    # other file formats
    "Make my CV as PDF file with two pages, I give you the text after.",
    "Convert <image 0> to vector SVG logo so printer can make it very big without blur.",
    "Create excel table with formulas for my monthly budget, I want to download it.",
    "Make PowerPoint presentation with 10 slide about climate change for my school.",
    "From <image 0> of my chair make 3D model file for 3D printer, STL format please.",
    "Give me the layered PSD file of this poster <image 0> so I can change every layer.",
    "Make a word document docx for my rental contract with table and place for signature.",
    # memory of earlier conversations
    "What was the name of that restaurant you recommend me last month? I forget it.",
    "Continue the story we was writing together yesterday, from where we stopped.",
    "Remember my shoe size is 41 and use it next time when I ask you about shoes.",
    # user's own phone, computer, apps
    "Look in my phone gallery and find all photos of my dog from 2022.",
    "Check my bank app and tell me how much money I spend on food this month.",
    "Read the last message from my boss in Teams and tell me if he is angry.",
    "Delete the duplicate photos on my laptop, there is too many of them.",
    "Find the file 'thesis_final_v3' on my computer, I cannot remember where I save it.",
    # accounts
    "Create for me new gmail account with name anna.kowalska.1990 and password you choose.",
    "Log in to my university portal and download my exam result.",
    "Reset my Netflix password, I forgot it again.",
    # physical world
    "Please water my plants on balcony while I am on vacation.",
    "Can you go to post office and pick up my package? The paper is here <image 0>.",
)

ORDINARY41: tuple[tuple[str, str], ...] = (
    # text_understanding
    (
        "My english teacher give us this sentence: 'He have went to school yesterday.' "
        "Can you explain me all the mistakes and how to say correct?",
        "text_understanding",
    ),
    (
        "Write a polite message for my neighbour, his dog bark every night and I cannot sleep, but I dont want fight.",
        "text_understanding",
    ),
    (
        "How I can calculate how much paint I need for room 4 x 5 meter, height 2.7, with one door and two window?",
        "text_understanding",
    ),
    ("Please write lyrics for short song about my grandmother village, with rhyme, 3 verse.", "text_understanding"),
    (
        "Write me a script what to say in phone call for booking doctor appointment, I am nervous to speak.",
        "text_understanding",
    ),
    # image_understanding
    (
        "This is label of medicine from my pharmacy <image 0>, what is written about how many tablet per day?",
        "image_understanding",
    ),
    ("My son draw this <image 0>, what animal you think it is? He say it is secret.", "image_understanding"),
    (
        "Describe the mushroom in <image 0>, the cap and the stem, is it looking like a poisonous kind?",
        "image_understanding",
    ),
    (
        "Read the timetable on <image 0> and tell me when is the last bus on sunday to Centrum.",
        "image_understanding",
    ),
    (
        "Compare the two sofa in <image 0> and <image 1>, which one look better for small living room?",
        "image_understanding",
    ),
    # video_understanding
    ("In <video 0> how many times the ball touch the ground before the dog catch it?", "video_understanding"),
    ("Watch my squat in <video 0>, is my back straight or I bend too much?", "video_understanding"),
    ("What colour is the car which is parking at the end of <video 0>?", "video_understanding"),
    ("In <video 0> my friend show a card trick, can you see where he hide the card?", "video_understanding"),
    (
        "There is some text on the whiteboard in <video 0>, please write it down for me what is written.",
        "video_understanding",
    ),
    # text_to_image
    (
        "Make a picture for my bakery wall: old wooden table with fresh bread and flour, warm morning light, "
        "wide format 16:9.",
        "text_to_image",
    ),
    ("Draw cartoon of cat wearing tiny graduation hat, for my sister diploma card, square size.", "text_to_image"),
    (
        "I need phone wallpaper, vertical, night sky above mountains with many star and a small red tent.",
        "text_to_image",
    ),
    (
        "Create image that look like old poster of village festival with lanterns and dancing people, no text please.",
        "text_to_image",
    ),
    ("Picture of traditional georgian supra table with khachapuri and wine, seen from above.", "text_to_image"),
    # text_to_video
    ("Make short video 5 second of waves slowly coming on sandy beach at sunset, no people.", "text_to_video"),
    ("Video clip of a paper boat floating down a street in the rain, 8 second, 24 fps.", "text_to_video"),
    ("I want video like timelapse of a flower opening, vertical for phone, around 6 second.", "text_to_video"),
    ("Create small animation of red fox running through snowy forest, cartoon style, 4 second.", "text_to_video"),
    (
        "Make silent clip of steam coming from hot cup of tea on windowsill, rain outside window, 10 second.",
        "text_to_video",
    ),
    # image_edit
    ("Please remove the man in blue jacket from background of <image 0>, he ruin my photo.", "image_edit"),
    ("Change the sky in <image 0> to sunset orange, keep everything else same.", "image_edit"),
    ("In <image 0> change only the area of <image 1> (it is mask) to green grass instead of sand.", "image_edit"),
    ("Make <image 0> look like watercolor painting but the faces should stay recognizable.", "image_edit"),
    ("Put a small birthday hat on the dog head in <image 0>.", "image_edit"),
    # image_control
    ("Here is edge map <image 0> of my house, make it realistic photo in winter with snow on roof.", "image_control"),
    ("Use this pose <image 0> and make picture of ballet dancer in red dress on stage.", "image_control"),
    (
        "My kid make this scribble <image 0>, turn it in colorful picture of a dragon following the lines.",
        "image_control",
    ),
    ("From depth map <image 0> generate a cozy library room with wooden shelfs.", "image_control"),
    (
        "This is sketch of my dream kitchen <image 0>, make real looking image following exact the layout.",
        "image_control",
    ),
    # image_reference
    ("This is my grandpa <image 0>, make picture of him as astronaut on the moon, same face.", "image_reference"),
    (
        "Use my handmade teddy bear from <image 0> and show it sitting on beach with sunglasses.",
        "image_reference",
    ),
    ("My cat <image 0>, create image of her like a queen on throne in a castle.", "image_reference"),
    ("Show this vase <image 0> in a new picture, standing on white shelf in modern living room.", "image_reference"),
    ("Make new picture of the same car from <image 0> driving on mountain road in autumn.", "image_reference"),
    # image_to_video
    ("Animate <image 0> so the leaves on tree move slowly in wind, 5 second.", "image_to_video"),
    ("Make this old photo of my parents <image 0> come alive, they smile and turn head a little.", "image_to_video"),
    ("Use <image 0> as the last frame, the video should end on this view of the city.", "image_to_video"),
    ("Make the water in waterfall of <image 0> flowing, camera must stay still.", "image_to_video"),
    ("Turn my drawing <image 0> into short clip where the bird fly away from the branch.", "image_to_video"),
    # video_reference
    ("Make a new video where my dog from <image 0> is running on beach and chasing seagulls.", "video_reference"),
    (
        "Using the person in <video 0> as reference, make video of him walking in Paris street at night.",
        "video_reference",
    ),
    ("My toy robot is in <image 0>, create short clip where it dance on kitchen table.", "video_reference"),
    ("Create a video with this cartoon character <image 0> riding bicycle through a park.", "video_reference"),
    ("Take the horse from <video 0> and make new clip of it galloping in snowy field.", "video_reference"),
    # video_edit
    ("Change background of <video 0> to a beach, now I am standing in my room and it is messy.", "video_edit"),
    ("Make <video 0> look like old black and white film from 1920.", "video_edit"),
    ("In <video 0> replace the red car with yellow taxi.", "video_edit"),
    ("Turn <video 0> of my son playing football into anime style.", "video_edit"),
    ("Remove the logo on the wall in the back of <video 0>.", "video_edit"),
    # video_control
    ("Here is pose video <video 0> of my dance, make video of a robot doing exactly same moves.", "video_control"),
    (
        "Use depth video <video 0> and make scene of underwater cave with the same camera movement.",
        "video_control",
    ),
    ("Follow the edge video <video 0> and make it a snowy forest path at night.", "video_control"),
    (
        "This <video 0> is skeleton pose motion, generate woman in traditional kimono dancing with it.",
        "video_control",
    ),
    ("Make video of a knight walking, following the motion of this pose video <video 0>.", "video_control"),
)
