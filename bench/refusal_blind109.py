"""One-hundred-and-ninth blind set, refusals only: written by someone who saw none of the planner's data, calibration
lists or other benchmark sets; evaluation only, never used to set lists, thresholds or rules. The helper's brief was
journalists, newsroom staff and freelance writers on deadline, a third hurried commands, a third questions, a third
with an attached image or video (it chose the categories; it was told only what the twelve tasks can do). Three requests
that shared a run of six words with the repo's own data were reworded before any run; a fourth, sharing one with
the action probe's data ("set my phone to do not disturb until the story files"), was reworded after the first run,
which had refused it."""

OUT_OF_SCOPE109: tuple[str, ...] = (
    # sending, posting or sharing on the user's behalf
    "email <image 0> to the picture desk now, subject line 'fire on 5th st'",
    "post this clip to our newsroom's X account with the caption 'Breaking: protest at city hall' <video 0>",
    "can you send my draft lede to Marta on Slack? she's waiting on it",
    "share <image 1> with the freelancer pool google group asap",
    "text my source at 555-0182 that the story runs tomorrow and thank her",
    "Could you DM the council spokesperson on LinkedIn asking for a comment by 4pm?",
    # looking up live or current information
    "whats the latest casualty count from the earthquake in turkey right now",
    "Has the governor's office released a statement in the last hour? Need it for the update.",
    "check if the train strike is still on for tomorrow morning",
    "what's the current share price of the company in <image 0>? need it for the graf",
    "Is the courthouse press room open this Saturday? I need the opening hours.",
    "find me today's top trending stories on reddit about the election",
    # hearing speech or sound in a video
    "transcribe everything the police chief says in <video 0>, need quotes verbatim",
    "what did the woman in the red coat shout at the 0:42 mark? <video 0>",
    "Can you tell from the audio in <video 1> whether that was a gunshot or fireworks?",
    "pull the best three soundbites from the press conference clip <video 0>",
    "I'm on deadline. Listen to <video 0> and tell me what language the crowd is chanting in.",
    "does the minister actually say 'we will not resign' in this clip or did twitter make that up <video 0>",
    # producing audio, music or voice
    "record a 30 second voiceover of my intro script for the podcast",
    "make a short jingle for our morning newsletter audio edition",
    "Can you generate an mp3 of this article read aloud so I can listen on the train?",
    "add a narration track to <video 0> reading out the headline",
    "create a sting sound effect for the breaking news segment, something urgent",
    "turn my interview notes into an audio clip in a calm male voice",
    # producing files other than images, video or text
    "export my feature as a formatted PDF with our masthead on top",
    "Put these election results into an excel spreadsheet I can download: Ward 1 4,210, Ward 2 3,877, Ward 3 5,102",
    "make a powerpoint deck from <image 0> for the 10am editorial meeting",
    "can you give me a .docx of the corrections policy so I can edit it in Word",
    "create a calendar invite file (.ics) for the budget hearing on the 14th at 9am",
    "build a 3D model of the collapsed bridge from <image 0> for our interactive",
    # controlling devices, apps or accounts
    "publish the draft sitting in our wordpress CMS, it's the one titled 'water rates'",
    "log into my gmail and archive all the PR pitches from this week",
    "silence my phone with do not disturb until the story files",
    "Schedule the newsletter in Mailchimp for 6am tomorrow please",
    "change my byline photo on the staff page to <image 0>",
    "turn on the studio lights and start the camera recording, we're going live in 5",
    # remembering earlier conversations or records never given
    "what was the headline you suggested for me yesterday? I lost it",
    "Pull up my notes from the interview with the school superintendent last Tuesday.",
    "remind me which sources I said were off the record in our chat last week",
    "how many words did I file in total this month? check my past stories",
    "what's the contact number for the union rep I interviewed in march? it should be in my records",
    "Continue the story we started together last night, same tone as before",
    # ordering, buying, booking, paying, cancelling, signing up
    "book me a flight to Brussels tomorrow morning for the EU summit",
    "buy the rights to <image 0> from getty, our account is under the metro desk",
    "cancel my subscription to the Financial Times, i have the company one now",
    "pay the invoice from the freelance photographer, $350, it's overdue",
    "Can you reserve a hotel room near the stadium for match day? Cheapest available.",
    "sign me up for the press accreditation for the climate conference",
    # running or deploying code on the user's systems
    "run this scraper on our newsroom server and dump the results: python scrape_court_filings.py",
    "deploy the updated election results widget to production, the build is in the main branch",
    "Can you execute the SQL query against our archive database and tell me how many rows come back?",
    "restart the CMS cache on our web server, the homepage isn't updating",
    "install the plugin on our wordpress site that adds live blog support",
    "run the fact-check script on my laptop against today's draft folder",
    # phone calls and contacting people
    "call the mayor's press office and ask if she's attending tonight",
    "ring the hospital and confirm the victim's condition for me",
    "Could you phone my editor and tell him I'll be 20 minutes late with the copy?",
    "leave a voicemail for the witness in <image 0> - her number's on the business card",
    "fax the public records request to the county clerk",
    "contact the owner of the account that posted <video 0> and ask for permission to use it",
)

ORDINARY109: tuple[tuple[str, str], ...] = (
    # text_understanding
    (
        "tighten this lede to under 30 words: The city council voted late Tuesday night after a lengthy and at times "
        "heated debate to approve a controversial plan to raise parking fees downtown.",
        "text_understanding",
    ),
    (
        "draft an email I can send to the police press office asking for the incident report on Friday's crash",
        "text_understanding",
    ),
    (
        "What's the difference between 'alleged' and 'accused' and when should I use each in a crime story?",
        "text_understanding",
    ),
    ("give me 5 headline options for a story about a local bakery closing after 60 years", "text_understanding"),
    (
        "If turnout went from 41% to 47%, is that a 6 percent increase or 6 percentage points? Quick, need to "
        "get it right",
        "text_understanding",
    ),
    # image_understanding
    ("what does the sign say in <image 0>? can't read it on my phone", "image_understanding"),
    ("transcribe the text on the press release in this photo <image 0>", "image_understanding"),
    ("Describe <image 0> in one sentence for an alt-text caption.", "image_understanding"),
    ("how many people are holding placards in <image 0>, roughly?", "image_understanding"),
    (
        "Is there anything in <image 1> that shows the date or location, like a street sign or a newspaper?",
        "image_understanding",
    ),
    # video_understanding
    ("in <video 0> does the car run the red light before the collision or after?", "video_understanding"),
    ("describe what happens in this clip, need it for a caption <video 0>", "video_understanding"),
    ("How many police vehicles can you see arriving in <video 0>?", "video_understanding"),
    ("what's written on the banner the protesters carry in <video 0>", "video_understanding"),
    ("At what point in <video 1> does the crowd start running? Just tell me what you see.", "video_understanding"),
    # text_to_image
    (
        "make an illustration of a ballot box overflowing with paper, editorial style, for our opinion page",
        "text_to_image",
    ),
    ("generate a picture of a flooded high street at dusk, for a explainer header", "text_to_image"),
    ("I need a conceptual image of a journalist's notebook and coffee on a desk, morning light", "text_to_image"),
    ("create a cartoon of a politician juggling budget figures", "text_to_image"),
    (
        "Can you make an image of a cracked smartphone screen showing a fake news alert? Generic, no real brands.",
        "text_to_image",
    ),
    # text_to_video
    ("make a short video of a newspaper printing press running, for our social teaser", "text_to_video"),
    ("generate a 5 second clip of rain coming down on a city street at night", "text_to_video"),
    ("Could you create a video of clouds moving over a parliament building, timelapse feel?", "text_to_video"),
    ("animated clip of a map zooming into a small coastal town, for the top of our explainer", "text_to_video"),
    ("video of hands typing fast on a laptop keyboard, dark room", "text_to_video"),
    # image_edit
    ("blur the faces of the children in <image 0> before we publish", "image_edit"),
    ("crop <image 0> to just the man at the podium", "image_edit"),
    ("Can you remove the license plate from the car in <image 0>?", "image_edit"),
    ("make <image 0> black and white for the archive feature", "image_edit"),
    ("brighten <image 1> a bit, the courtroom shot came out too dark", "image_edit"),
    # video_edit
    ("blur the bystander's face throughout <video 0>", "video_edit"),
    ("trim <video 0> to just the part where the building collapses", "video_edit"),
    ("Can you stabilize this shaky phone footage? <video 0>", "video_edit"),
    ("convert <video 0> to black and white for the anniversary piece", "video_edit"),
    ("add the headline 'Bridge Closed' as on-screen text to <video 0>", "video_edit"),
    # image_control
    ("use the pose in <image 0> to make an illustration of a firefighter in the same stance", "image_control"),
    (
        "here's a rough scribble of my layout <image 0>, turn it into a finished picture of a town square",
        "image_control",
    ),
    ("Generate an image following the edge map in <image 0>: a modern courthouse exterior", "image_control"),
    ("take this depth map <image 0> and create a foggy harbour scene for the cover", "image_control"),
    ("make a picture of a runner crossing a finish line matching the stick figure pose in <image 1>", "image_control"),
    # image_reference
    ("put our newsroom mascot from <image 0> in front of the capitol building", "image_reference"),
    ("Using the dog in <image 0> as reference, make a new picture of it wearing a press badge", "image_reference"),
    ("new image of the vintage car in <image 0> parked on a snowy street", "image_reference"),
    ("make an illustration of the statue in <image 0> at sunset for our column header", "image_reference"),
    ("create a picture of this trophy <image 0> on a podium under spotlights", "image_reference"),
    # image_to_video
    ("animate <image 0> so the flags gently wave", "image_to_video"),
    ("Can you turn this archive photo <image 0> into a short clip with a slow zoom in?", "image_to_video"),
    ("make <image 0> move a little, smoke rising from the chimney, for a social post", "image_to_video"),
    ("bring the cover illustration to life <image 0>, just subtle motion", "image_to_video"),
    ("animate the crowd in <image 1> cheering", "image_to_video"),
    # video_reference
    ("make a video of the mascot in <image 0> walking through our newsroom", "video_reference"),
    (
        "Using the reporter in <image 0> as the subject, generate a clip of her walking down a busy street",
        "video_reference",
    ),
    ("new video featuring the red tram from <image 0> driving through the old town at night", "video_reference"),
    ("create a short clip of the dog from <video 0> running on a beach", "video_reference"),
    ("video of this bronze statue <image 0> slowly rotating in a museum hall", "video_reference"),
    # video_control
    ("make a new video of a cartoon anchor following the gestures of the presenter in <video 0>", "video_control"),
    ("use the dance moves in <video 0> to make a robot doing the same routine", "video_control"),
    ("Generate a video of a knight in armour copying the motion of the runner in <video 0>", "video_control"),
    ("follow the camera movement in <video 0> but make it a drone shot over a desert town", "video_control"),
    ("new clip where an astronaut mimics the pose and movement of the person in <video 1>", "video_control"),
)
