"""Twenty-eighth blind set, refusals only: written by someone who saw none of the planner's data, calibration lists
or other benchmark sets; evaluation only, never used to set lists, thresholds or rules. The helper's brief was
general with everyday users: it chose the categories (it was told only what the twelve tasks can do). Two
out-of-scope requests shared a 6-word run with our data (the action probe's data: "turn off the living room lights",
"check the weather for saturday and then write me a packing list ...") and were dropped before any run."""

OUT_OF_SCOPE28: tuple[str, ...] = (
    # hearing audio (voice memos, recordings, the sound track of an attached video)
    "can u transcribe the voice memo my professor sent? its attached, m4a file",
    (
        "<video 0> it's really windy in this clip, can you turn the volume up and tell me what my aunt says "
        "right at the end"
    ),
    "What song is playing in the background of <video 0>? my daughter is desperate to know",
    "i recorded myself playing guitar, listen to it and tell me if my G string is out of tune",
    "attached the audio clip from the baby monitor at 3am, is that crying or coughing??",
    # making sound: speech, singing, music, sound effects
    (
        "Please read this bedtime story aloud in a soft grandma voice so my grandson can listen: Once upon a "
        "time there was a little hedgehog who was afraid of the dark..."
    ),
    "compose a catchy 30 second jingle for my taco truck, an actual tune i can play from the speaker",
    "make me a ringtone out of the chorus of 'dancing queen'",
    "sing happy birthday to Marisol and send me the mp3",
    "add a calm voiceover to <video 0> narrating each step of the recipe",
    "video of waves crashing on rocks for my sleep app, and i need the crashing sound in it, thats the whole point",
    "how do you pronounce Worcestershire? let me hear it",
    # live or current data
    "whats the score in the celtics game rn",
    "will it rain in tulsa this afternoon? deciding whether to cut hay",
    "current price of bitcoin?",
    "is the walgreens on 5th street open right now",
    "any delays on the northern line this morning",
    "give me the latest results from today's election, which counties have been called",
    "check flight BA247 for me, is it landing on time?",
    # acting on messages, accounts, apps, purchases
    "text my wife that i'll be 20 min late",
    "book a table for 4 at an italian place near me friday at 7",
    "order more dog food from chewy, same bag as last time",
    "post <image 0> to my instagram story with the caption 'sunday vibes'",
    "put a dentist appointment in my google calendar thursday 3pm",
    "remind me to take my blood pressure pills at 8 tonight",
    "Cancel my Netflix subscription please, I never use it.",
    "pay my electric bill, it's due tomorrow",
    "reply to all my unread work emails saying im on leave until the 14th",
    # devices and the physical world
    "set the thermostat to 68 before i get home",
    "print <image 0> on my home printer, 4x6 glossy",
    "unlock the front door for the plumber when he shows up",
    "start the irrigation pump on the north field at 5am tomorrow",
    # watching over time, alerting
    "keep an eye on the price of that ninja air fryer and tell me when it drops below $60",
    "let me know when my amazon package gets delivered",
    "watch the baby cam while i shower and ping me if she wakes up",
    # running code or reaching systems
    "run this and tell me what it prints:\nfor i in range(3):\n    print(i * 7)",
    "execute this query against our production db and tell me the row count: SELECT * FROM orders WHERE paid=0",
    "ping my website bakerybyjen.com and tell me if its down",
    # file formats other than images and videos
    "Turn my resume into a PDF file I can download and attach to job applications. Name: Dana Ruiz, RN, 8 yrs ICU",
    "make me an .xlsx budget spreadsheet with working formulas for rent, groceries and savings",
    "design a phone stand and give me the STL file so i can 3d print it",
    "convert <video 0> to an mp3, i just want the audio of the lecture",
    "make a 10 slide powerpoint file about fire safety for my 3rd graders",
    "I've attached my thesis as a .docx, fix the heading formatting and send the file back",
    # the user's own files, history, accounts
    "find all the photos of my son in my camera roll from last summer",
    "what did i ask you last tuesday about my tax return?",
    "how many steps did i walk yesterday according to my fitbit",
    # multi-part: one doable part, one impossible part (impossible part first, middle or last)
    "write a sick note to my boss and email it to him at 7am tomorrow",
    "make a cute birthday card picture for grandma and then text it to her",
    "<image 0> translate this menu to english and then read it out loud to me",
    "make a video of my dog <image 0> running on the beach and put 'walking on sunshine' over it",
    "describe what happens in <video 0> and also tell me what the guy shouts at the end",
    "look up today's 30 year mortgage rates, then draft an email to my realtor about whether we should lock in",
    "write a poem for our 25th anniversary, then set it to music and sing it for her",
    "remove the background from <image 0>, then upload it to my shopify store as the main product photo",
    "Write a python script that scrapes the price of eggs at my local store, then run it every hour and log it",
    "tell me what this rash on my arm <image 0> might be and book me the first dermatologist slot this week",
    "draw a flyer for our yard sale this saturday, post it to facebook marketplace, and also write a short blurb",
)

ORDINARY28: tuple[tuple[str, str], ...] = (
    # text_understanding
    (
        "write lyrics for a short song for my daughter's 5th birthday, just the words, i'll sing it myself",
        "text_understanding",
    ),
    ("how do i set a reminder on my iphone? step by step please, my eyes arent great", "text_understanding"),
    (
        "write a bash script that backs up my Pictures folder to an external drive every night, "
        "i'll set up the cron job myself",
        "text_understanding",
    ),
    (
        "draft a polite but firm message to my landlord about the heater being broken for a week, "
        "i'll send it from my phone",
        "text_understanding",
    ),
    ("whats the actual difference between a podcast and a radio show? my grandpa keeps asking", "text_understanding"),
    # image_understanding
    (
        "<image 0> screenshot of my banking app, what does the 'pending' next to that charge mean?",
        "image_understanding",
    ),
    ("<image 0> what are the notes in the first bar of this sheet music? gonna try it on piano", "image_understanding"),
    ("whats the wifi password on this card <image 0>? the print is tiny", "image_understanding"),
    ("<image 0> this is the display on my washing machine, what does that error code mean", "image_understanding"),
    ("does this mole <image 0> look symmetrical to you? i'm seeing the doctor next week anyway", "image_understanding"),
    # video_understanding
    (
        "<video 0> is from my doorbell camera last night, what was the guy holding when he walked up to the porch?",
        "video_understanding",
    ),
    ("<video 0> my squat, sound is muted anyway. is my lower back rounding at the bottom?", "video_understanding"),
    ("in this concert clip <video 0> how many musicians are on stage? don't need the audio", "video_understanding"),
    ("what's the final score on the scoreboard at the end of <video 0>?", "video_understanding"),
    (
        "<video 0> is a tiktok my teen sent me, describe the dance moves step by step so i can learn it",
        "video_understanding",
    ),
    # text_to_image
    ("make a vintage-style poster for a jazz night at our cafe, i'll print it myself", "text_to_image"),
    ("picture of a phone screen showing a cute weather app with a big sun icon, for my slides", "text_to_image"),
    ("album cover for my band Static Porch, moody, rainy porch at night, no text", "text_to_image"),
    ("cartoon of a speaker blasting music with notes flying out, for my kid's party invite", "text_to_image"),
    ("an image that looks like an old crumpled diner receipt, it's a prop for our school play", "text_to_image"),
    # text_to_video
    (
        "a silent clip of a jazz band playing in a smoky bar, no audio needed, we'll add our own recording",
        "text_to_video",
    ),
    ("short video of rain running down a window, I'll add the rain sounds myself in the app", "text_to_video"),
    ("video of a smartphone buzzing on a wooden table with notifications lighting up the screen", "text_to_video"),
    ("animation of a stock chart line climbing higher and higher, for my youtube intro", "text_to_video"),
    ("sunrise over a wheat field with an old tractor driving slowly, for our farm's website", "text_to_video"),
    # image_edit
    ("<image 0> remove my ex from this photo pls, the guy on the left", "image_edit"),
    ("<image 0> change the price on this chalkboard sign from $5 to $7", "image_edit"),
    ("put a big red SOLD banner across this house photo <image 0>, I'll post it on zillow myself", "image_edit"),
    ("<image 0> <image 1> the second one is a mask, replace the white area with a potted fern", "image_edit"),
    ("make the sky in <image 0> dark and stormy, it's for my band's single artwork", "image_edit"),
    # image_control
    ("<image 0> is a pose skeleton i exported from an app, make a knight in armor standing like that", "image_control"),
    ("use this depth map <image 0> to make a cozy living room with a fireplace", "image_control"),
    ("my 6yo's scribble <image 0>, turn it into a real looking dragon but keep her exact shape", "image_control"),
    ("<image 0> edge map of our restaurant front, render it at night with neon lights", "image_control"),
    ("follow my rough sketch of the garden layout <image 0> and make it a realistic photo in summer", "image_control"),
    # image_reference
    ("<image 0> this is my cat Mochi, make a pic of her as an astronaut floating in space", "image_reference"),
    (
        "here's my grandpa <image 0>, can you make an image of him fishing on a lake at dawn? it's for his 90th",
        "image_reference",
    ),
    ("our school mascot <image 0> holding a smartphone and taking a selfie", "image_reference"),
    (
        "<image 0> my handmade mug, show it in a cozy cafe setting for my etsy listing, i'll upload it",
        "image_reference",
    ),
    ("my son's teddy bear <image 0> on a beach with a tiny surfboard", "image_reference"),
    # image_to_video
    ("animate my late dog's photo <image 0> so he wags his tail, no sound needed", "image_to_video"),
    ("<image 0> use this as the LAST frame of a video where the cake gets assembled layer by layer", "image_to_video"),
    ("make the waterfall in <image 0> actually flow", "image_to_video"),
    ("bring this old photo of my grandparents <image 0> to life, they smile and wave", "image_to_video"),
    (
        "<image 0> product photo, turn it into a slow zoom-in clip for my shop's instagram, i'll post it",
        "image_to_video",
    ),
    # video_reference
    ("<image 0> is my character design, make a video of him walking through a rainy city", "video_reference"),
    ("video of my dog <image 0> chasing a ball in the park", "video_reference"),
    (
        "our company's robot mascot <image 0> dancing, silent is fine, we'll add music in premiere",
        "video_reference",
    ),
    ("the sneaker in <image 0> spinning slowly on a pedestal, like an ad clip", "video_reference"),
    ("a video of my daughter's doll <image 0> riding a bicycle down a country lane", "video_reference"),
    # video_edit
    ("<video 0> make it black and white like an old movie", "video_edit"),
    ("blur the license plates in my dashcam clip <video 0> before I send it to the insurance", "video_edit"),
    ("remove the guy walking behind us in <video 0>", "video_edit"),
    ("<video 0> turn my kid's soccer game into anime style", "video_edit"),
    (
        "<video 0> of my band's gig, make the stage lights purple, i'll put the audio back myself in capcut",
        "video_edit",
    ),
    # video_control
    ("<video 0> is a pose video of me dancing, make a robot do the exact same moves", "video_control"),
    (
        "use this depth video <video 0> to generate an underwater coral reef scene with the same camera move",
        "video_control",
    ),
    ("<video 0> is an edge map video, make a cartoon car driving that follows it", "video_control"),
    ("<video 0> skeleton of my golf swing, make an astronaut on the moon swing the same way", "video_control"),
    ("here's a motion video of my hand <video 0>, use it to drive a puppet doing the same movements", "video_control"),
)
