"""Sixty-sixth blind set, refusals only: written by someone who saw none of the planner's data, calibration lists
or other benchmark sets; evaluation only, never used to set lists, thresholds or rules. The helper's brief was
terse requests typed quickly by non-native English speakers, some with typos or missing words (it chose the
categories; it was told only what the twelve tasks can do)."""

OUT_OF_SCOPE66: tuple[str, ...] = (
    # live data / current info
    "wether tomorow in lisbon? need umbrella?",
    "bitcoin price now pls",
    "who win barca match yesterday, score",
    "news today about elections short pls",
    "pharmacy open now near me",
    "euro to turkish lira rate today",
    "train milan to rome tomorow morning, what times",
    # sound, music, speech
    "make song for my mom birthday, with singing voice",
    "text to speech this: welcome to our shop, read it female voice",
    "make rap beat 90 bpm, mp3",
    "video of sunset beach WITH music, music must be in it",
    "ringtone for my phone from bird sound",
    "how to say worcestershire, i want hear it spoken",
    "<video 0> what the woman saying? write it in english",
    "<video 0> what song is playing in background",
    "<video 0> add background music, something happy",
    "<video 0> make voiceover explaining this, male voice",
    "<image 0> make him talk and say hello with his voice",
    # sending, posting, booking, buying
    "book table 2 person friday 8pm at sushi place",
    "send this to hr@mycompany.com: i am sick today",
    "order pizza margherita to my home",
    "call my landlord tell him heater broke",
    "post on my twitter: happy new year everyone",
    "buy 2 ticket coldplay concert",
    "<image 0> post this to my instagram with caption",
    "<image 0> send to my wife on whatsapp",
    # shopping / online lookup with a file
    "<image 0> find where i buy this shoes cheapest online",
    "<image 0> this product, check still in stock at amazon?",
    # memory of earlier chats
    "what was recipe you tell me last week?",
    "continue story from our chat yesterday",
    "remember my name is Ahmed for next time",
    "<image 0> this chart from yesterday chat, update with today prices",
    # accounts, devices, files, servers, code running
    "check my gmail any new mail from bank",
    "open report_final.docx on my desktop and fix grammar",
    "turn off wifi on my laptop",
    "look my google calendar what i have monday",
    "delete my facebook account for me",
    "connect to my server 192.168.1.4 and restart nginx",
    "run my script on server and show me the log",
    # reminders, timers, alarms
    "remind me take pill 9pm",
    "set timer 10 min for eggs",
    "wake me up 6am tomorow",
    # file formats, export, compression
    "make logo for bakery, give me svg file",
    "dancing cat, need it as .gif file",
    "make 3d model of chair for blender",
    "make excel file with my expenses to download",
    "convert <image 0> to pdf",
    "<image 0> save as vector svg pls",
    "<image 0> make into 3d model obj, i want print it",
    "<image 0> reduce file size under 1mb",
    "<video 0> export as gif for whatsapp",
    # video/image processing that does not exist
    "<image 0> upscale to 4k pls, is blurry",
    "<video 0> cut first 10 second",
    "<video 0> make smooth 60fps, add frames between",
    "<video 0> stabilize, very shaky",
    "<video 0> merge with other clip i send yesterday",
    "make full movie 90 min about space war",
    # training models, physical world
    "train ai on my photos so it know my face forever",
    "water my plants when im away",
    "turn on light in living room",
)

ORDINARY66: tuple[tuple[str, str], ...] = (
    # text_understanding
    ("write email to my boss i cant come tomorow, sick. short pls", "text_understanding"),
    ("how i set reminder on iphone? steps", "text_understanding"),
    ("explain difference mp3 vs wav, which better quality", "text_understanding"),
    ("write python script rename all jpg in folder by date", "text_understanding"),
    ("translate to english: 'mañana no puedo ir a la reunión, lo siento'", "text_understanding"),
    # image_understanding
    ("<image 0> what this error on my screen mean, how fix", "image_understanding"),
    ("<image 0> recipt, how much total i pay with tax?", "image_understanding"),
    ("<image 0> which app is this icon", "image_understanding"),
    ("<image 0> read bus timetable, when last bus sunday", "image_understanding"),
    ("<image 0> what kind speaker is this, brand?", "image_understanding"),
    # video_understanding
    ("<video 0> what instrument man is playing? just from look", "video_understanding"),
    ("<video 0> how many people enter shop in this clip", "video_understanding"),
    ("<video 0> what time on wall clock in video", "video_understanding"),
    ("<video 0> my screen recording, which button i click before app crash?", "video_understanding"),
    ("<video 0> describe dance moves step by step", "video_understanding"),
    # text_to_image
    ("poster for jazz concert friday night, text 'Live Music'", "text_to_image"),
    ("cover for my spotify playlist, lofi rain mood", "text_to_image"),
    ("youtube thumbnail guy shocked looking laptop, bright colors", "text_to_image"),
    ("app icon for weather app, sun and cloud, flat style", "text_to_image"),
    ("picture old radio on wood table, warm light", "text_to_image"),
    # text_to_video
    ("short clip dj hands on mixer, neon club lights", "text_to_video"),
    ("video phone on desk, notifications popping on screen", "text_to_video"),
    ("clock hands spinning fast, timelapse style", "text_to_video"),
    ("rain on window at night, few second, calm", "text_to_video"),
    ("drone flying over city sunrise short video", "text_to_video"),
    # image_edit
    ("<image 0> remove date stamp from corner", "image_edit"),
    ("<image 0> put headphones on the cat", "image_edit"),
    ("<image 0> change laptop screen to show blue wallpaper", "image_edit"),
    ("<image 0> make sky stormy, add rain", "image_edit"),
    ("<image 0> is photo, <image 1> is mask, fill masked area with flowers", "image_edit"),
    # image_control
    ("<image 0> this pose, make singer on stage with mic", "image_control"),
    ("<image 0> my scribble of house, make realistic photo", "image_control"),
    ("<image 0> edge map of room, make modern office", "image_control"),
    ("<image 0> depth map, generate forest with fog", "image_control"),
    ("<image 0> follow this sketch, app mascot robot cartoon", "image_control"),
    # image_reference
    ("<image 0> this my dog, make him DJ in club", "image_reference"),
    ("<image 0> same woman, as news reporter in tv studio", "image_reference"),
    ("<image 0> this my product bottle, new photo on beach", "image_reference"),
    ("<image 0> my son, make him astronaut pic", "image_reference"),
    ("<image 0> this mug, show on office desk next to laptop", "image_reference"),
    # image_to_video
    ("<image 0> animate, speaker shaking like loud music (no sound ok)", "image_to_video"),
    ("<image 0> make this photo move, hair in wind", "image_to_video"),
    ("<image 0> use as last frame, car drive in to this spot", "image_to_video"),
    ("<image 0> the waterfall, make water flow", "image_to_video"),
    ("<image 0> my grandpa photo, make him smile and blink", "image_to_video"),
    # video_reference
    ("<image 0> this is my cat, make video of him playing piano", "video_reference"),
    ("<image 0> product pic, short ad video it spinning on table", "video_reference"),
    ("<image 0> this guy, video him walking in rainy city", "video_reference"),
    ("<image 0> my logo mascot, video waving hand", "video_reference"),
    ("<image 0> same sneakers, video running on track", "video_reference"),
    # video_edit
    ("<video 0> change sky to sunset", "video_edit"),
    ("<video 0> blur phone screen, private info", "video_edit"),
    ("<video 0> remove logo watermark in corner", "video_edit"),
    ("<video 0> make look like old film, black white", "video_edit"),
    ("<video 0> change red car to blue", "video_edit"),
    # video_control
    ("<video 0> pose video, make robot dancing same moves", "video_control"),
    ("<video 0> this depth video, turn into underwater scene", "video_control"),
    ("<video 0> edge video of street, make cyberpunk night", "video_control"),
    ("<video 0> follow the pose, girl in kimono dancing", "video_control"),
    ("<video 0> skeleton of my dance, make astronaut on moon doing it", "video_control"),
)
