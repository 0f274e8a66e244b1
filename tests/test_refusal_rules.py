"""What the planner refuses by rule, whatever the scores say (``router.limit_of``): sound, speech, file formats and
3D assets (``media_limits``), today's data and web searches (``live``), chores (``physical``), an attached file to
post or print elsewhere (``file_actions``), errands through a service (``services``), the user's own accounts and
files (``personal_data``), devices (``devices``) and code to run (``run_code``). Each rule has requests it must
name and look-alikes it must leave alone; the requests are written for this test, not taken from a benchmark."""

from __future__ import annotations

import pytest
from fixtures.embedded import full_registry
from fixtures.plugin_tasks import plan_of, planned_plugin

from unison_agent.contracts.errors import UnsupportedRequestError
from unison_agent.contracts.tasks import TaskSpec
from unison_agent.planner.embedded import EmbeddedPlanner
from unison_agent.planner.embedded.router import limit_of

SOUND, SPEECH, CONVERSION = "music and sound", "speech and voice", "file compression and conversion"
DOCUMENTS, THREE_D, LIVE = "documents and files", "3D", "web and live data"
PHYSICAL, SERVICES, CODE = "physical tasks in the world", "actions on other services", "running code and devices"
MEMORY = "memory of earlier conversations"

NAMED = [
    # the sound of a video: the video models see frames only
    ("which band recorded the song in <video 0>?", SOUND),
    ("<video 0> is the trumpet player in tune?", SOUND),
    ("turn the music down in <video 0>", SOUND),
    ("write down everything the teacher says in <video 0>, a transcript please", SPEECH),
    ("what is the reporter saying at the start of <video 0>?", SPEECH),
    # sound or speech to make: the generators are silent
    ("make me a notification sound that goes ding-dong", SOUND),
    ("compose a calm harp melody for my meditation app", SOUND),
    ("generate a thunder sound effect, about 5 seconds", SOUND),
    ("recite this poem out loud for me: the fog comes on little cat feet", SPEECH),
    ("animate <image 0> into a clip where you can hear the kettle whistle", SOUND),
    ("turn <image 0> into a 20 second promo with a cheerful jingle", SOUND),  # a promo is a video once it sounds
    ("a narrated video tour of an old lighthouse", SOUND),
    ("an explainer clip on tides with someone talking over it", SOUND),
    ("sum column B of expenses.xlsx for me", DOCUMENTS),  # a file by its name
    # sixth round: handed to someone, now, own data
    ("text this pic <image 0> to my brother", SERVICES),
    ("airdrop <image 0> to my husband's phone", SERVICES),
    ("what's the pound to yen rate right this second", LIVE),
    ("which game is the most watched on twitch right now", LIVE),
    ("is 'Piranesi' in stock at the high street bookshop today", LIVE),
    ("what's my savings account balance", SERVICES),
    ("scroll through my google photos and pick out the beach ones", SERVICES),
    ("how far did i cycle last week according to my strava", SERVICES),
    ("my memory is awful. can you remind me at 9 every morning to water the tomatoes", CODE),  # a reminder
    ("file a claim with my phone insurance for the cracked screen", SERVICES),
    ("dispute the charge on my card from the gym", SERVICES),
    ("is my connecting flight delayed? here's the ticket <image 0>", LIVE),
    ("which shop has these headphones cheapest this week", LIVE),
    ("<image 0> my train ticket, is it cancelled today?", LIVE),
    ("what tempo is the drummer keeping in <video 0>?", SOUND),
    ("which bird is singing in <video 0>? I can only see the hedge", SOUND),
    ("compose a victory chant for our hockey team", SOUND),
    ("animate <image 0> so the cat stretches and add a soft purring sound", SOUND),
    ("<video 0> what does the referee shout at the striker?", SPEECH),
    ("record it in a gravelly movie trailer voice: 'in a world without coffee'", SPEECH),
    ("can you text the parents that the match is moved to sunday", SERVICES),
    ("book dentist appointment for my son next week", SERVICES),
    ("put the school play dates into my google calendar", SERVICES),
    ("give me the minutes as a word document", DOCUMENTS),
    ("look up the tide times for Brighton today", LIVE),
    # eighth round: chat abbreviations for now, the time somewhere, listings to find, bids and replies
    ("hows the ftse doing rn", LIVE),
    ("what time is it in lagos", LIVE),
    ("can u find flat listings in leeds under 900 a month", LIVE),
    ("bid on the signed jersey on ebay, max 120", SERVICES),
    ("reply to the latest review on my etsy shop", SERVICES),
    ("a clip of a potter at the wheel and narrate the steps over it", SPEECH),
    ("<video 0> what are the two women arguing about? what are they shouting", SPEECH),
    ("run it and tell me what it prints: print(sum(range(10)))", CODE),
    ("remote into my work pc and restart the print spooler", CODE),
    # sound in a longer request, or asked for without a verb that makes it
    ("<video 0> my ukulele practice, is the C string out of tune?", SOUND),
    ("<video 0> the dryer keeps beeping like this, what does that pattern mean?", SOUND),
    ("<video 0> my niece says a word right at the end, what is it?", SPEECH),
    ("write a radio spot for my bakery and record it in a cheerful female voice", SPEECH),
    ("I need a calm thirty-minute track of waves for my sleep playlist", SOUND),
    ("a clip of a lighthouse at dusk with a deep voice saying 'welcome home'", SOUND),
    ("animate <image 0> so the leaves fall, with a gentle waltz playing under it", SOUND),
    # a result in a format the built-in tools do not write
    ("save <video 0> as a webm for my site", CONVERSION),
    ("make me a looping gif of a spinning coin", CONVERSION),
    ("pull the audio of <video 0> out as an mp3", SOUND),
    ("put <image 0> and <image 1> into one pdf", DOCUMENTS),
    ("send me the .xlsx with these numbers: 3, 4, 5", DOCUMENTS),
    ("export the vase in <image 0> as an stl for printing", THREE_D),
    ("model a rigged 3D knight I can animate", THREE_D),
    ("a low-poly lighthouse model for my Unity scene", THREE_D),
    # now, and something that changes by the hour
    ("what's the price of gold today?", LIVE),
    ("is the science museum open right now", LIVE),
    ("latest scores from the cricket please", LIVE),
    ("whats the current dollar to peso rate", LIVE),
    ("who won the rugby final yesterday?", LIVE),
    ("how much are avocados at costco this week", LIVE),
    ("google the opening times of the city pool", LIVE),
    ("find me the cheapest flights to lisbon online", LIVE),
    ("do a reverse image search on <image 0> for me", LIVE),
    ("tl;dr of https://blog.example.com/posts/why-rust please", LIVE),  # a page to fetch
    ("monitor the ferry timetable and tell me when the 6pm sailing is cancelled", LIVE),
    ("ping me as soon as the concert tickets go on sale", LIVE),
    ("who won the marathon last weekend?", LIVE),
    ("how crowded is the ikea in croydon right now", LIVE),
    # chores and errands
    ("please mow the back lawn before the rain", PHYSICAL),
    ("go and pick up my prescription from the pharmacy", PHYSICAL),
    ("water my tomatoes while I'm away this week", PHYSICAL),
    ("tidy up the garage, the bikes go on the left wall", PHYSICAL),
    ("assemble this desk for me <image 0>", PHYSICAL),
    # an attached file sent, shared, stored or printed elsewhere
    ("upload <video 0> to the parents' whatsapp group", SERVICES),
    ("pls print <image 0> twice, A4", SERVICES),
    ("put <image 0> on our shop's website banner slot", SERVICES),
    ("use <image 0> as my new profile picture", SERVICES),
    # errands through an account or a service
    ("reserve us a court at the tennis club for saturday 10am", SERVICES),
    ("cancel my gym membership, it renews on friday", SERVICES),
    ("wire 50 euros to my brother's account", SERVICES),
    ("text my flatmate saying the plumber comes at noon", SERVICES),
    ("sign the twins up for the summer art camp", SERVICES),
    ("add the dentist visit to my calendar for the 14th at 9", SERVICES),
    # the user's own accounts and files
    ("dig up the screenshot of my boarding pass from my camera roll", SERVICES),
    ("what did the landlord say in his last email?", SERVICES),
    ("how many unread messages are in my work inbox", SERVICES),
    # devices, timers and reminders
    ("set an alarm for 6:15 tomorrow", CODE),
    ("switch off the bedroom fan", CODE),
    ("could u preheat the oven to 200", CODE),
    ("remind me to take the bins out at 8", CODE),
    # code to run, not to write
    ("execute this sql against our staging db and paste the rows: select * from orders limit 5", CODE),
    ("deploy the django site in my repo to render.com", CODE),
    ("install numpy on my laptop for me", CODE),
    ("what's the real output if you run print(sum(range(10)))", CODE),
    # the fourth round: markets, timetables, what was just said, charts, bare sites, watching a camera
    ("how did the ftse 100 close this afternoon?", LIVE),
    ("when's the next train to brighton leaving from platform 4 right now", LIVE),
    ("what did the mayor say at the briefing an hour ago", LIVE),
    ("how much is one btc in euros at the moment", LIVE),
    ("draw whoever tops the box office charts this weekend as a superhero", LIVE),
    ("apply for the fishing licence on wildlife.ca.gov for me", LIVE),
    ("this is the nursery cam <image 0>, alert me when the baby wakes up", LIVE),
    ("text me the moment the fox in <image 0> shows up on my trail camera again", LIVE),
    ("what's the current admission fee at the city zoo for a family of four?", LIVE),
    ("<video 0> which of the two candidates won the debate? go by what they actually said", SPEECH),
    # ... sound in other words: a voice of one's own, music underneath, sounds in a clip, something to hear
    ("have <image 0> say 'welcome to the shop' in her own voice", SPEECH),
    ("a slow time-lapse of clouds over a lake with some soft piano music underneath", SOUND),
    ("a clip of a thunderstorm with rumbling thunder sounds", SOUND),
    ("<image 0> is a guitar tab, strum it so I can hear it", SOUND),
    ("<video 0> listen closely, is that a squeak from the front brakes?", SOUND),
    ("what language is the woman speaking in <video 0>?", SPEECH),
    ("<video 0> what is the man at the counter saying to the cashier?", SPEECH),
    ("bring <image 0> to life with the sound of the crowd cheering", SOUND),
    # ... a format in brackets, a device to restart or to tell, a screen to set, the user's own photos and accounts
    ("make a weekly meal planner spreadsheet (xlsx) for me", DOCUMENTS),
    ("reboot the router in the office", CODE),
    ("ask the robot vacuum to do the kitchen again", CODE),
    ("<image 0> crop this to a square and set it as my home screen", SERVICES),
    ("<image 0> add the other shots from that wedding in my google drive and make a grid", SERVICES),
    ("how much did we spend on groceries in march? check my bank app", SERVICES),
    ("use my instagram profile photo to make a cartoon avatar", SERVICES),
    # the fifth round: what he says, a beat, a sound added, an office file by name, sending what was written,
    # and a question about an attached file that only today's data answers
    ("<video 0> the coach talks fast, note down what he says in the first minute", SPEECH),
    ("make a chill beat that fits <video 0>", SOUND),
    ("turn <image 0> into a clip of the campfire flickering and add the sound of crackling wood", SOUND),
    ("I need the timetable as an excel file", DOCUMENTS),
    ("forward it to my manager, her address is in my contacts", SERVICES),
    ("<image 0> is this bike still available on the shop's site?", LIVE),
    ("what are these trainers in <image 0> selling for today?", LIVE),
    # the ninth round: speech told the other way round, loudness, music followed, a song named over a video, sound
    # performed or to hear, codecs, fonts, LUTs, an earlier conversation, and errands and stores said another way
    ("<video 0> tell me what the tour guide is saying about the tower", SPEECH),
    ("summarise what the lecturer said about entropy in <video 0>", SPEECH),
    ("<video 0> what are the two kids bickering about in the back seat?", SPEECH),
    ("<video 0> is the drummer too loud in the bridge?", SOUND),
    ("edit the skate clips so every cut lands on the beat of the song", SOUND),
    ("put 'Here Comes the Sun' under the sunrise clip <video 0>", SOUND),
    ("whistle the theme from that old western for me", SOUND),
    ("let me hear how 'quinoa' is pronounced", SOUND),
    ("a looping clip of rain on a window with the pitter-patter sounds", SOUND),
    ("make a banner for my channel, plus a five second jingle", SOUND),
    ("render <video 0> as HEVC so it takes less space", CONVERSION),
    ("build a LUT from the grade in <image 0>", CONVERSION),
    ("turn the brush lettering in <image 0> into an installable font", DOCUMENTS),
    ("what was the recipe you gave me last week?", MEMORY),
    ("remind me what I told you about my landlord yesterday", MEMORY),
    ("is <image 0> brighter than the one I sent you two days ago?", MEMORY),
    ("<image 0> where can I buy this exact lamp?", LIVE),
    ("what's the current market value of the watch in <image 0>?", LIVE),
    ("will it snow in Denver on Friday?", LIVE),
    ("look up the tripadvisor reviews for the hotel in <image 0>", LIVE),
    ("reorder 40 reams of printer paper from the usual supplier", SERVICES),
    ("make sure everyone on the team knows the standup moved to 10", SERVICES),
    ("tidy up these notes and open a Jira ticket for the login bug", SERVICES),
    ("add a watermark to all the photos in my portfolio folder", SERVICES),
    ("which of my wedding photos from June has the best light?", SERVICES),
    ("compare my lab results with last spring's", SERVICES),
    ("how many hours did I sleep last night?", SERVICES),
    ("start my minecraft mod and check the new blocks spawn", CODE),
    ("Good morning, would you be so kind as to book a table for four tonight?", SERVICES),
    ("design a yard-sale flyer and have 30 copies printed at the library", SERVICES),
    ("give <video 0> a film look and burn it onto a DVD for grandpa", SERVICES),
    ("animate <image 0> into a short clip and lay our wedding song over it", SOUND),
    # ML work that runs somewhere, a hub, the user's disk (``ml_jobs``), and its formats and sounds
    ("fine-tune a LoRA on the twelve selfies I uploaded last month, rank 8", CODE),
    ("quantise the SDXL UNet to int8 and report the speedup", CODE),
    ("kick off a hyperparameter sweep over lr and batch size tonight", CODE),
    ("compute FID between my two sample folders", CODE),
    ("look at nvidia-smi on the training server and tell me what's hogging memory", CODE),
    ("push the clip you made to huggingface under my org", SERVICES),
    ("open a pull request with this fix against our repo", SERVICES),
    ("describe every image in ~/Pictures/trip and save the captions", SERVICES),
    ("open train_config.yaml and tell me why the scheduler warms up so slowly", SERVICES),
    ("render a depth pass of <image 0> as a 32-bit EXR", CONVERSION),
    ("wipe the GPS data from <image 0> before I share it", CONVERSION),
    ("make a 6 second clip of rain on a tin roof and include a rain sound bed", SOUND),
    ("<video 0> is there a hum in the background of the interview?", SOUND),
    ("what's the top model on the image arena leaderboard this minute?", LIVE),
    # the tenth round: "still" closed, pollen, release notes, a portal or a database, public records; a file handed
    # to someone named first, posting words to a group, a diary, the current one replaced on a channel; nudges, lab
    # machines, drones; a project to run; what the assistant recommended before; stepping outside; slides, CAD files,
    # e-learning packages; an instrument under a video
    ("is the ferry to the island still cancelled?", LIVE),
    ("how bad is the pollen in Leeds today?", LIVE),
    ("check the school's parent portal and tell me if the trip form went through", LIVE),
    ("airdrop Sam the photo of the cake from earlier", SERVICES),
    ("post the poem you wrote to my book club's Facebook group", SERVICES),
    ("pencil in lunch with Dee on Friday in my diary", SERVICES),
    ("nudge me in 20 minutes to flip the pancakes", CODE),
    ("start the autoclave for the glassware", CODE),
    ("fly my drone over the garden and film the roof", CODE),
    ("run my daughter's Scratch project and tell me if the maze works", CODE),
    ("what was the wine you recommended for the roast last winter?", MEMORY),
    ("nip outside and check if it's raining", PHYSICAL),
    ("put together a 10-slide deck on our Q3 numbers", DOCUMENTS),
    ("turn the sketch in <image 0> into a DXF for the laser cutter", DOCUMENTS),
    ("<video 0> add gentle guitar music underneath the sunset shots", SOUND),
    # the eleventh round: a file's resolution raised, evaluation by name, profiling, a Lottie file, metadata written,
    # a new release or price, a repo or a dataset of the user's, stage lighting, a line somewhere now
    ("can you take <image 0> from 720p up to 4K?", "upscaling"),
    ("score these clips with VBench <video 0>", CODE),
    ("profile the VAE decoder of our pipeline and tell me where the time goes", CODE),
    ("export the logo animation as a Lottie file", CONVERSION),
    ("embed the seed in the metadata of <image 0>", CONVERSION),
    ("did the newest ComfyUI release fix the preview bug?", LIVE),
    ("grep our repo for every TODO older than a year", SERVICES),
    ("clean up the captions in my training set and drop the blurry images", SERVICES),
    ("program the stage lights to follow the colours in <video 0>", CODE),
    ("how long is the queue at the passport office this morning?", LIVE),
    ("which of the two names did I say I preferred when we spoke yesterday?", MEMORY),
    # the twelfth round: kept for a later conversation or agreed in an earlier one, speech by anyone, a raised
    # resolution, code timed, packed or handed-over documents, VR and AR, mail, trending now
    ("keep in mind that I'm vegetarian whenever I ask for dinner ideas", MEMORY),
    ("redo the flyer with the fonts we agreed on last Thursday", MEMORY),
    ("what is the plumber saying about the boiler in <video 0>?", SPEECH),
    ("increase the resolution of <image 0> so it prints sharp", "upscaling"),
    ("time both of these list comprehensions and tell me which wins", CODE),
    ("zip <image 0> and <image 1> so they go as one attachment", DOCUMENTS),
    ("translate the attached PDF contract into German", DOCUMENTS),
    ("turn the photos of our shop into a VR walkthrough", THREE_D),
    ("ship the birthday parcel to my cousin in Leeds", SERVICES),
    ("find the hiking footage on my external drive", SERVICES),
    ("write captions for <image 0> using whatever is trending on Instagram this week", LIVE),
    # not music cut on the beat, but a cut in time all the same
    ("cut <video 0> down to the best ten seconds", "video trimming and joining"),
    # the thirteenth round: memory told before the time, training asked after the situation, reminders ahead,
    # frames interpolated, a small file made 4K, anyone's words in a video, another app's file, where now, a pitch
    ("last month you helped me plan a vegetable bed, show me that plan again", MEMORY),
    ("I have 500 photos of my cat. Could you train a recognition model on them?", CODE),
    ("remind me two hours before the school play", CODE),
    ("<video 0> slow it right down by interpolating the frames", "frame rate change"),
    ("make this 720p clip <video 0> 4K please, it was shot on an old camcorder", "upscaling"),
    ("chop <video 0> down to the part with the goal", "video trimming and joining"),
    ("what does the coach say to the team at half time in <video 0>?", SPEECH),
    ("build me a Canva template for our bake sale flyer", DOCUMENTS),
    ("where is the 7:15 ferry right now?", LIVE),
    ("reserve a pitch at the lakeside campsite for two nights", SERVICES),
    ("start a 10 minute timer for the pasta", CODE),
    ("clone our repo and count the TODOs", SERVICES),
    # the fourteenth round: help given before, anything from our last chat, clips named though not attached, a
    # product in the plural, a coming day's weather or a sale still on asked, a model run by the user's name for it
    ("pull up the moodboard you helped me with on Friday", MEMORY),
    ("what was the budget figure I typed in our last chat?", MEMORY),
    ("combine my two holiday clips into one vlog", "video trimming and joining"),
    ("schedule two TikToks for Friday morning", SERVICES),
    ("what's the weather going to be like in Porto on Sunday?", LIVE),
    ("is the spring sale still on at the garden centre?", LIVE),
    ("run a captioning model over the 3,000 product shots", CODE),
    # the fifteenth round: a voice to make, a story continued, "enhance until readable", throughput on a GPU, a
    # bucket, a highlight reel, a coming forecast asked after the plan, a picture posted elsewhere, a macro run
    ("<image 0> make my dad in this photo smile and say 'well done, Sam' in his voice", SPEECH),
    ("continue the poem we started last night about the harbour", MEMORY),
    ("<image 0> enhance the number on the bus until it's readable", "upscaling"),
    ("benchmark Mistral 7B on my RTX 3090 and report the tokens per second", CODE),
    ("tag every image in our GCS bucket by colour", SERVICES),
    ("make a highlight reel from <video 0> of the best saves", "video trimming and joining"),
    ("We're hiking Snowdon on Sunday. What's the forecast for the summit?", LIVE),
    ("has <image 0> been posted anywhere else online?", LIVE),
    ("run the macro in my invoices workbook and give me the totals", CODE),
    # the eighteenth round: a beat to keep time, today's water levels, sound under a clip called steady
    ("Play a 90 bpm metronome while I do my squats.", SOUND),
    ("what are the current water levels at the reservoir this weekend?", LIVE),
    ("compose a lo-fi soundtrack to put under my stabilised hiking clip <video 0>", SOUND),
    ("add a 2pm balayage appointment for sarah to my salon booking calendar", SERVICES),
    ("Sweep up the hair clippings around chair two when you get a minute.", PHYSICAL),
    ("fine tune an ai on photos of my haircuts", CODE),
    ("Merge <video 0> with <video 1> as a single clip of our road trip.", "video trimming and joining"),
    ("Add the museum tickets in <image 0> to my Apple Wallet.", SERVICES),
    ("Look up the current visa processing times at the consulate.", LIVE),
]

LEFT_ALONE = [
    "which instrument is the woman on the right playing in <video 0>?",  # seen, not heard
    "how many people are in the band in <video 0>?",
    "make <video 0> look like an old music video",
    "what is written on the sheet music in <video 0>?",
    "what does the banner in <video 0> say?",
    "what song titles are on the poster in <image 0>?",  # a picture has no sound track
    "is a gif or an mp4 better for a website banner?",  # a question about formats
    "make a video of a cat chasing a laser dot",
    "a picture of a 3D model of a lighthouse on a desk",  # a picture of one
    "a cute 3d character of a teapot, clay style",
    "what should we grill tonight?",  # now, but nothing that changes by the hour
    "why do exchange rates move when interest rates rise?",  # changing things, but no now
    "is it cheaper to buy petrol on a weekday, in general?",
    "make <image 0> look like today's weather, grey and rainy",  # a file: an edit
    "walk cycle of a knight in armour, side view",  # a picture's description
    "clean up <image 0>, the scan has specks",  # an edit
    "fix the grammar in this paragraph: their going to the park",  # words
    "tidy up my cover letter so it fits on one page",
    "bring the previous picture to life",
    "a dog walking the owner, cartoon",
    "share your honest opinion on <image 0>",  # a question about the file
    "list everything on the desk in <image 0>",
    "make <image 0> 4:5 so it fits an instagram post",  # an edit that names an app
    "send me <image 0> in black and white",
    "add a party hat to the cat in <image 0>",
    "post a caption idea for my holiday photos",  # no file: words
    "write a python script that renames every photo in a folder by date",
    "explain this error: TypeError: 'NoneType' object is not subscriptable",
    "run me through setting up a virtualenv",  # instructions
    "what would this print? print('a' * 3)",  # a question about code, answered in words
    "start a video of a rocket launch at dawn",
    "make a poster for a jazz music festival",  # sound words describing a picture
    "give me song recommendations for a long drive",
    "write a song about my grandmother's garden",  # words
    "make a video of a rooster crowing on a fence",  # seen, not heard
    "what does it say on the sign in <video 0>?",  # signs and captions are seen
    "convert this photo of a form into a scanned doc <image 0>",  # a document, not the .doc format
    "who won the world cup in 1998?",  # a settled result
    "how much is 15% of 240 today",  # a sum
    "book cover for a thriller with a flock of birds",  # a picture
    "write a text to my flatmate saying the plumber comes at noon",  # words
    "remind me what the capital of peru is",  # a question
    "turn the lights on in <image 0>",  # an edit
    "open the door to a secret garden, watercolour",  # a picture
    "schedule a week of workouts for me",  # a plan in words
    "tell me when to prune an apple tree",  # a question
    "how busy is a typical airport on the day before thanksgiving",  # no now
    "how much should I keep in my savings account for emergencies?",  # advice
    "what did I learn last week? I studied the French revolution",  # nothing that changes by the hour
    "watch the clip I sent and tell me what happens at the end",  # a question about a video
    "ideas for a gallery wall of family photos in my hallway",
    "is the man in <video 0> listening or talking on the phone?",  # seen
    "make a video of music notes floating out of a trumpet",
    "how do stock market indexes like the dow jones work?",  # no now
    "what did the author mean in chapter 2?",
    "the next train scene in <video 0> should be brighter",  # a file: an edit
    "make a banner for my linkedin profile",  # a picture for an account, not the account
    "a silent time-lapse of a city at night",
    "transcribe the knitting steps shown in <video 0> as a numbered list",  # what is shown, not said
    "<video 0> brighten the dance floor, don't worry about the sound",  # sound waved away
    "<video 0> I'm watching with the sound off, what colour is the singer's jacket?",
    "an excellent poster for a school bake sale",  # "excel" is a word in it, not a format
    "send it to me as a png",  # to the user: the result
    "a poster ad for the bakery with music notes around the name",  # a picture of notes
    "a video of a narrator standing by a campfire",  # a person seen, not heard
    "a painting of a cosy bookshop with cats on the shelf",
    "send <image 0> to the background layer of the collage",  # not to someone
    "remind me what the difference between a roth and a traditional ira is",  # words now, not later
    "write an appeal letter for my parking ticket",  # the words of an appeal
    "a video of a busy market, i'll add the song later in capcut",  # sound waved away
    "which button on the remote in <image 0> changes the channel?",  # a remote seen, not remoting in
    "<video 0> my tennis serve (no sound on it), is my toss too low?",  # sound waved away
    "<video 0> there's no sound anyway, how many cars pass the gate?",
    "is the cafe in <image 0> open on weekends, going by the sign?",  # no word for now: the sign may say
    "a tileable moss texture for my blender scene",  # a picture used in a 3D tool
    # the ninth round's look-alikes
    "what did I ask you just now?",  # no time before today: this session's turns
    "<video 0> what does the banner the runners pass say?",  # written, seen
    "a video of a couple dancing to the music at their wedding",  # dancing is seen
    "make a poster using the font from <image 0>",  # a picture in a font
    "a logo with a bold retro font for my bakery",
    "which of these two photos is sharper, <image 0> or <image 1>?",  # the photos are here
    "how many calories did I burn if I ran 5 km at 70 kg?",  # a sum
    "will it look better in blue? <image 0>",
    "design a concert ticket for a jazz night",  # a ticket to draw, not a tracker's
    "make sure the sky in <image 0> looks dramatic",
    "apply the same warm filter to <image 0> and <image 1>",
    "draw the cake I baked yesterday, three tiers with berries",  # a picture from a description
    "<video 0> what is the interpreter saying with her hands?",  # signing is seen
    "how much does it cost to get 50 flyers printed?",  # a question about printing
    "brighten <image 0>, im getting it printed and it's too dark",  # the user has it printed
    "<image 0> a cartoon of my cat please, I'll get it printed on a tote myself",
    "a train crossing a viaduct at dawn",  # a train, not training
    "how much VRAM does a 12B transformer need in fp16?",  # a question in words
    "what does FID measure, in one paragraph?",
    "a video of a hummingbird at a feeder, 4 seconds",
    "make <image 0> look like an HDR photo",  # a look, not the format
    "fine-tune the colours in <image 0> so the skin looks natural",  # an edit
    "a painting of a guitar on a chair in an empty room",  # an instrument seen
    "a ferry still at the dock at dusk, oil painting",  # "still" without now
    "draw a drone flying over a vineyard",  # a picture of a drone
    "write a cron line that backs up ~/photos every night",  # code about a path
    "use the depth video <video 0> to drive a clip of a horse galloping",  # drives the motion, not a Google Drive
    "write a welcome note saying that from now on the office opens at 8",  # words about the future
    "a man saying goodbye on a train platform, 4 second video",  # speech seen, not heard
    "increase the contrast of <image 0>",  # an edit
    "write Python that times a function with timeit",  # code to write
    "a picture of a woman wearing a VR headset in a park",  # a picture of the headset
    "design a birthday card with a rocket for my nephew",  # a card to make
    "a cat zipping up a suitcase, cartoon",
    "explain how to build an AR filter, step by step",  # how to
    "a 4K video of a waterfall at dawn",  # an output size, not a file made larger
    "explain how frame interpolation works",
    "a cartoon of a dragon roaring at a castle",  # a picture: silent
    "trim the beard of the man in <image 0>",  # an edit of a picture
    "what does the sign at the finish line say in <video 0>?",  # written, seen
    "a cat standing still on a windowsill at dawn",  # "still on", not a sale
    "make a banner announcing our summer sale this Saturday",  # a poster's date, not a question now
    "draw a weather map for this Saturday in a cartoon style",
    "a clip of a chef combining flour and eggs into one smooth dough",  # no clips joined
    "what's the weather usually like in Kyoto in April?",  # the climate, not a forecast
    "make a collage from my holiday photos with a beach theme",  # no folder or library of theirs
    "a picture of a newspaper front page from 1969, sepia",  # no today
    "draw a brass metronome on a piano lid",  # a metronome to see
    "explain how river levels are measured",  # no now
    "draw a cat sweeping up autumn leaves",
    "fine tune the colours of <image 0> so the skin looks warmer",
    "add a calendar to the fridge poster in <image 0>",
]


@pytest.fixture(scope="module")
def planner() -> EmbeddedPlanner:
    return EmbeddedPlanner()


@pytest.mark.parametrize(("text", "capability"), NAMED)
def test_the_rules_name_what_a_request_needs(text: str, capability: str) -> None:
    assert limit_of(text) == capability


@pytest.mark.parametrize("text", LEFT_ALONE)
def test_and_leave_look_alikes_alone(text: str) -> None:
    assert limit_of(text) is None


@pytest.mark.parametrize(("text", "capability"), [
    ("write down everything the teacher says in <video 0>, a transcript please", SPEECH),
    ("save <video 0> as a webm for my site", CONVERSION),
    ("whats the current dollar to peso rate", LIVE),  # the head is sure of a text answer; the rule stands
    ("please mow the back lawn before the rain", PHYSICAL),
    ("put <image 0> on our shop's website banner slot", SERVICES),
    ("deploy the django site in my repo to render.com", CODE),
    # a sum, for text work, but only today's data answers it; a rate looked up before the words that use it
    ("how many flats are listed for rent in Leith as of today?", LIVE),
    ("look up today's yen to pound rate and write a note to the supplier using it", LIVE),
    ("what did I tell you last month about my knee?", MEMORY),
    # a later part's "it" is what the earlier part made
    ("put a santa hat on the dog in <image 0>, then list it on our etsy shop for $15", SERVICES),
])
def test_the_planner_refuses_them_by_name(planner: EmbeddedPlanner, text: str, capability: str) -> None:
    with pytest.raises(UnsupportedRequestError, match=capability):
        plan_of(planner, full_registry(), text)


@pytest.mark.parametrize(("text", "task"), [
    ("write me an ffmpeg command that turns clip.mov into a webm", "text_understanding"),  # words about a format
    ("write a headline for today's club newsletter about the price of the new kit", "text_understanding"),
    ("write a tweet that links to https://example.com/launch", "text_understanding"),  # an address in words to write
    ("write a thank-you note to aunt Jo for the scarf you sent me last week", "text_understanding"),  # words to her
    ("explain how DreamBooth differs from LoRA training", "text_understanding"),  # words about training
    ("a watercolour of a grandmother folding laundry in a sunny room", "text_to_image"),  # a picture of a chore
    # a wh-question after words saying what the file is (the action probe heard paying a bill)
    ("<image 0> here's my gas bill, what's the total and the due date?", "image_understanding"),
    # an image brought to life, however near sound its words are (the prototypes read music here)
    ("<image 0> this is my jazz trio on stage, bring it to life like they're mid-song, no audio needed", "image_to_video"),
])
def test_words_and_pictures_about_them_are_made(planner: EmbeddedPlanner, text: str, task: str) -> None:
    assert [s.task for s in plan_of(planner, full_registry(), text).steps] == [task]


GIF = TaskSpec.one_input("video", name="video_to_gif", output="video",
                         description="Convert a video clip into an animated GIF file.",
                         examples=("turn <video 0> into a gif", "make a gif from <video 0>", "export <video 0> as an animated gif"))


def test_a_plugin_that_does_it_takes_it(planner: EmbeddedPlanner) -> None:
    reg = full_registry()
    reg.register(planned_plugin("gif_maker", "Converts a video clip into an animated GIF.", GIF))
    plan = plan_of(planner, reg, "can you make <video 0> into a gif for the group chat")
    assert [(s.task, s.tool) for s in plan.steps] == [("video_to_gif", "gif_maker")]


OCR = TaskSpec.one_input("image", name="read_text", output="text", description="Read and transcribe the text in a photo.",
                         examples=("read the text in <image 0>", "transcribe the sign in <image 0>", "what does the note say <image 0>"))


@pytest.mark.parametrize(("text", "capability"), [
    ("print <image 0> on my office printer, two copies", SERVICES),
    ("order more of the coffee beans in <image 0> online from the roaster", SERVICES),
])
def test_a_plugin_near_the_words_does_not_excuse_a_rule(planner: EmbeddedPlanner, text: str, capability: str) -> None:
    """A rule is set aside only for a plugin task whose own examples it names: a text reader is near "print
    <image 0>", but does not print."""
    reg = full_registry()
    reg.register(planned_plugin("quick_ocr", "Reads printed and handwritten text from photos.", OCR))
    with pytest.raises(UnsupportedRequestError, match=capability):
        plan_of(planner, reg, text)


@pytest.mark.parametrize("text", [
    "read the text messages my landlord sent me last night",
    "transcribe the handwritten notes I saved in my notes app",
])
def test_a_plugin_task_that_needs_a_file_does_not_take_a_request_with_none(planner: EmbeddedPlanner, text: str) -> None:
    """The text reader is the nearest task, but there is no photo to read: the action the probe hears is refused
    (before, the plugin verdict stood, could not be filled, and the head answered from nothing)."""
    reg = full_registry()
    reg.register(planned_plugin("quick_ocr", "Reads printed and handwritten text from photos.", OCR))
    with pytest.raises(UnsupportedRequestError):
        plan_of(planner, reg, text)


STEPS = TaskSpec.one_input("video", name="workout_breakdown", output="text",
                           description="Lists the exercises in a workout video with their reps and timings.",
                           examples=("what exercises are in <video 0>?", "break <video 0> down into sets and reps",
                                     "write up the routine in <video 0>"))


@pytest.mark.parametrize(("text", "capability"), [
    ("<video 0> which song is the instructor playing in the background?", SOUND),
    ("export the routine in <video 0> as a pdf for my clients", DOCUMENTS),
])
def test_a_plugin_near_the_words_does_not_make_what_the_rules_name(planner: EmbeddedPlanner, text: str,
                                                                    capability: str) -> None:
    """Nor sound, formats or live data: a workout breakdown near a video's music does not hear it."""
    reg = full_registry()
    reg.register(planned_plugin("rep_lister", "Breaks workout videos down into exercises.", STEPS))
    with pytest.raises(UnsupportedRequestError, match=capability):
        plan_of(planner, reg, text)
