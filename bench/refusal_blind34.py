"""Thirty-fourth blind set, refusals only: written by someone who saw none of the planner's data, calibration lists
or other benchmark sets; evaluation only, never used to set lists, thresholds or rules. The helper's brief was
chat-style phone messages with several asks: it chose the categories (it was told only what the twelve tasks can do). One
out-of-scope request shared a 6-word run with our data (the action probe's data: "turn off the living room lights
and lock the front door ...") and was dropped before any run."""

OUT_OF_SCOPE34: tuple[str, ...] = (
    # hearing audio (named or implied)
    "whats the song playing in the background of <video 0> i need the name asap",
    "can u transcribe what my prof says in <video 0> i missed the lecture lol",
    "<video 0> is a voice memo i screen recorded, does she sound mad at me or am i overthinking",
    # making sound, music, speech
    "make me a lofi beat to study to, like 2 min, chill vibes",
    "read this bedtime story out loud in a soft voice for my kid: once upon a time there was a tiny dragon named pip",
    "turn my poem into an actual song w vocals pls, kinda taylor swift style",
    "can u add a voiceover to <video 0> saying welcome back to my channel guys",
    "make me a ringtone from the chorus of that new sabrina carpenter song",
    "make a video of a dog barking at the mailman and make sure u can hear the bark loud n clear",
    # live / web / current data
    "whats the weather gonna be like in chicago tmrw do i need an umbrella",
    "who won the lakers game last nite and whats the score",
    "hows nvidia stock doing rn should i sell or nah",
    "is my flight ua 882 delayed?? boarding was supposed to be 30 min ago",
    "find me the cheapest airpods on amazon rn and send the link",
    "whats trending on tiktok today i feel so out of the loop",
    "is the target on 5th st still open rn",
    "how long will it take me to drive to the airport w traffic rn",
    # acting on apps, accounts, messages, purchases
    "text my mom that ill be late for dinner",
    "set an alarm for 6am tmrw pls",
    "order me a large pepperoni from dominos same as last time",
    "post <image 0> to my insta story w the caption summer dump",
    "add dentist appt to my calendar thursday 3pm",
    "cancel my netflix sub its a waste of money tbh",
    "venmo jake 20 bucks for the pizza",
    "wake me up in 20 min",
    "can u call the pharmacy and ask if my refill is ready",
    # physical world / smart home
    # running code
    "execute this sql on our prod db and tell me how many users signed up today: select count(*) from users",
    "can u compile my c++ project and send me the exe",
    # other file formats
    "make <image 0> into a pdf i can print",
    "turn my grocery list into an excel file w prices in a column, send me the xlsx",
    "make a 3d model of my cat from <image 0> so i can 3d print it, stl file pls",
    "make a powerpoint deck for my bio presentation, 10 slides on mitosis",
    "convert <video 0> to an mp3 so i can listen in the car",
    "summarize the pdf my boss sent me this morning",
    # memory of user's own files / history
    "what did i ask u yesterday about the apartment thing",
    "find that pic of me and sarah at the beach from my camera roll",
    "remind me what my wifi password is i told u before",
    # multi-part: doable + impossible
    "write a cute bday message for my sister and then send it to her on whatsapp",
    "describe whats in <image 0> and then read the description out loud for my grandpa hes blind",
    "make a pic of a sunset over tokyo and set it as my phone wallpaper",
    "write me a packing list for cancun and check what the weather there is gonna be next week too",
    "whats this plant in <image 0> and where can i buy one near me thats open now",
    "make a video of waves crashing at night and add some ocean sounds + soft piano under it",
    "edit <image 0> so the sky is pink then upload it to my google drive folder called edits",
    "summarize whats happening in <video 0> and also tell me what the guy says at the end bc i cant make it out",
    "draft an email to my team about the deadline moving to friday, and schedule it to go out 8am monday",
    "animate <image 0> so my dog is running and put who let the dogs out on it lmao",
    "explain how compound interest works and then look up the current savings rate at chase",
    "make a poster image for our bake sale and print 50 copies on the office printer",
    "what breed is the dog in <image 0> and can u find adoption listings for that breed in austin",
    "write a python script that scrapes reddit for memes, then run it and show me what it finds",
    "turn <image 0> into a watercolor version and also save it as a pdf for my portfolio",
    "make a short clip of fireworks over a lake, then text it to everyone in my family group chat",
    "translate where is the bathroom to spanish and say it out loud so i know how to pronounce it",
    "read the menu in <image 0> and order the chicken tikka on doordash for me",
    "make my selfie <image 0> look like a pixar character then make it talk w a voice saying hi im emma",
    "write a 30 sec ad script for my candle shop and record it in a deep movie trailer voice",
    "give me a workout plan for this week and add each session to my google calendar",
    "what time is it in tokyo rn and write me a haiku about jet lag",
)

ORDINARY34: tuple[tuple[str, str], ...] = (
    # text_understanding
    ("my spotify wrapped said my top genre is hyperpop, wtf even is that lol explain", "text_understanding"),
    ("write a text i can send my ex to get my hoodie back, not too desperate pls", "text_understanding"),
    (
        "write a python script that renames all the files in a folder by date, ill run it myself on my laptop",
        "text_understanding",
    ),
    ("how do u turn off read receipts on instagram, step by step pls", "text_understanding"),
    (
        "write lyrics for a diss track abt my roommate who never does the dishes, just the words ill rap it myself",
        "text_understanding",
    ),
    # image_understanding
    (
        "<image 0> is a screenshot of my group chat, who do u think is being passive aggressive here",
        "image_understanding",
    ),
    ("whats the wifi password on this sticker <image 0> i cant read the handwriting", "image_understanding"),
    ("does this outfit work for a wedding <image 0> be honest", "image_understanding"),
    ("<image 0> is the back of my router, which port does the ethernet cable go in", "image_understanding"),
    ("read the error msg in <image 0> and tell me how to fix it, its from my laptop", "image_understanding"),
    # video_understanding
    ("<video 0> is my golf swing, what am i doing wrong w my hips (no sound on it dw)", "video_understanding"),
    ("count how many ppl walk past the camera in <video 0>, its from my ring doorbell", "video_understanding"),
    ("what happens at the end of <video 0> my phone froze before i saw it", "video_understanding"),
    ("<video 0> is a tiktok dance, break down the moves step by step so i can learn it", "video_understanding"),
    ("is the car in <video 0> running the red light or not, my friend swears it wasnt", "video_understanding"),
    # text_to_image
    ("make an album cover for my bands mixtape, neon city at night w a cassette tape floating", "text_to_image"),
    ("make a pic of a cat dj at a rave that i can use as my discord pfp", "text_to_image"),
    ("generate a meme pic of a frog in a suit looking stressed at a laptop, its for the group chat", "text_to_image"),
    ("i need a wallpaper for my phone, vertical, purple galaxy w a tiny astronaut", "text_to_image"),
    ("make a flyer image for my garage sale sat 9am, lots of vintage stuff, bright colors", "text_to_image"),
    # text_to_video
    (
        "make a short clip of a record spinning on a turntable, slow, cozy lighting, ill add the music later myself",
        "text_to_video",
    ),
    ("vid of a phone lighting up w notifications on a desk at night, aesthetic vibes", "text_to_video"),
    ("make a 5 sec vid of rain on a window for my insta reel background", "text_to_video"),
    ("make a video of a robot dancing at a concert, crowd waving phone lights, no audio is fine", "text_to_video"),
    ("generate a clip like a drone shot flying over snowy mountains at sunrise", "text_to_video"),
    # image_edit
    ("remove my ex from <image 0> pls, just the guy on the left", "image_edit"),
    ("<image 0> is a screenshot of my spotify, change the background to pink", "image_edit"),
    ("make <image 0> look like it was taken on an old film camera, grainy and warm", "image_edit"),
    ("erase the masked area in <image 0> using <image 1> as the mask, its a photobomber", "image_edit"),
    ("put a santa hat on my dog in <image 0> for our xmas card", "image_edit"),
    # image_control
    ("<image 0> is a pose skeleton i made in an app, make a knight in armor in that exact pose", "image_control"),
    ("use the depth map <image 0> to make a cozy cabin interior", "image_control"),
    (
        "i drew this sketch on my ipad <image 0>, turn it into a realistic sports car following the lines",
        "image_control",
    ),
    ("<image 0> is the edge map from my photo, make a cyberpunk street that matches the outlines", "image_control"),
    (
        "my kid scribbled <image 0>, make a real looking pic following the scribble, its meant to be a dragon",
        "image_control",
    ),
    # image_reference
    ("<image 0> is my cat, make a pic of her as an astronaut on the moon", "image_reference"),
    ("heres my grandpa <image 0>, make a new pic of him fishing on a lake for his bday card", "image_reference"),
    ("use the sneaker in <image 0> and make a new product shot of it on a beach", "image_reference"),
    ("this is my OC from my webcomic <image 0>, draw her at a coffee shop reading", "image_reference"),
    ("make a pic of the guy in <image 0> as a medieval king, my friends will lose it in the gc", "image_reference"),
    # image_to_video
    ("animate <image 0> so the waterfall moves, its from my trip to iceland", "image_to_video"),
    ("make my old family photo <image 0> come to life, ppl smiling and waving a little", "image_to_video"),
    (
        "use <image 0> as the last frame and make a video of the cake being decorated leading up to it",
        "image_to_video",
    ),
    ("<image 0> is my drawing, make it move like a gif for my tumblr", "image_to_video"),
    ("make the car in <image 0> drive off into the distance, start from this exact pic", "image_to_video"),
    # video_reference
    ("<image 0> is my dog, make a video of him surfing a big wave", "video_reference"),
    ("make a video of the plushie in <image 0> walking around a tiny city", "video_reference"),
    ("heres our logo mascot <image 0>, make a short vid of it dancing for our tiktok", "video_reference"),
    ("use the woman in <image 0> and make a clip of her jogging in a park at sunrise", "video_reference"),
    ("make a vid starring my hamster <image 0> driving a tiny race car", "video_reference"),
    # video_edit
    ("make <video 0> black and white, its for my film class", "video_edit"),
    ("change the sky in <video 0> to a sunset, i filmed it on my iphone and its so grey", "video_edit"),
    ("remove the trash can from <video 0>, it ruins the whole shot", "video_edit"),
    ("turn <video 0> into anime style, its my friends skateboarding", "video_edit"),
    ("<video 0> has a car in the background, change its color to red", "video_edit"),
    # video_control
    ("<video 0> is a pose video of me dancing, make an astronaut do the same moves", "video_control"),
    ("use the depth video <video 0> to make a walk thru a fantasy forest", "video_control"),
    ("follow the motion in <video 0> and make a robot doing the same thing", "video_control"),
    ("<video 0> is edge detected footage of a street, make a snowy version that follows those edges", "video_control"),
    ("i have this pose sequence <video 0> from my mocap app, make a ballerina doing it", "video_control"),
)
