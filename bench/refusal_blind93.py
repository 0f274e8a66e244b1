"""Ninety-third blind set, refusals only: written by someone who saw none of the planner's data, calibration lists
or other benchmark sets; evaluation only, never used to set lists, thresholds or rules. The helper's brief was
sports coaches, athletes, gym-goers and sports fans (it chose the categories; it was told only what the twelve tasks
can do)."""

OUT_OF_SCOPE93: tuple[str, ...] = (
    # Live scores, fixtures and current sports news
    "What's the score in the Arsenal match right now?",
    "who won last night's NBA games? just the final scores pls",
    "Is our striker's hamstring injury confirmed for this weekend? Check the latest team news for me.",
    "Pull up the current Premier League table and tell me how many points we are off the top four.",
    "<image 0> This is the fixture list from the start of the season. Which of these games have been "
    "postponed since then?",
    "Give me today's betting odds for the Wimbledon men's final.",
    # Weather, tickets, prices and opening hours
    "Will it rain at the track in Eugene this Saturday morning? Deciding whether to move the time trial.",
    "How much are courtside tickets for the Knicks game on Friday?",
    "Is the leisure centre pool open on bank holiday Monday, and what time does lane swimming start?",
    "What's the wind speed at the marina right now? Need to know if it's safe to take the juniors sailing.",
    "Find me the cheapest pair of Vaporflys in a size 10 that's currently in stock anywhere online.",
    # Audio: music, voice, commentary and listening to clips
    "Make me a 45-minute spin class mix with the BPM climbing every five minutes.",
    "<video 0> What is the coach shouting at the players in the last 20 seconds of this clip?",
    "Add a dramatic TV-style commentary voiceover to <video 0> of my son's winning try.",
    "Generate a hype video of a sprinter exploding out of the blocks, with a pounding drum track and "
    "the crowd roaring.",
    "Create the sound of a referee's whistle, three short blasts, for the drills app I'm building.",
    "<video 0> Transcribe the half-time team talk in this recording so I can share it with the squad.",
    "Read this HIIT session out loud in a motivating voice so I can play it through my earbuds: "
    "40s on, 20s off, 8 rounds.",
    "<video 0> The starter isn't in frame, so go by the bang: does the runner in lane 4 move before the gun?",
    # Booking, buying, posting and messaging
    "Book me onto the 7am CrossFit class at my box tomorrow.",
    "Email the U12 parents the new training times: Tuesday and Thursday at 5:30pm.",
    "<image 0> Post this team photo to our club's Facebook page with the caption 'Champions!'",
    "Order 20 size-5 footballs and a set of cones, delivered to the clubhouse by Friday.",
    "Call the sports centre and ask if we can move our five-a-side slot to 8pm.",
    "Send a message to the team WhatsApp group saying training's off, the pitch is waterlogged.",
    "Enter me into the Berlin Marathon ballot before the entry window closes.",
    # Wearables, fitness apps and personal accounts
    "Look at my Garmin data from this week and tell me whether I'm overtraining.",
    "Sync today's bench press sets into my Strong app log.",
    "Check my Whoop recovery score from this morning and tell me if I should do intervals or rest.",
    "<image 0> That's my MyFitnessPal diary. Log tonight's dinner in it as well: chicken, rice and broccoli.",
    "Pull my resting heart rate trend from Apple Health for the last three months and chart it.",
    "Upload my Zwift ride to Strava and title it 'Alpe du Zwift PB'.",
    # Memory of earlier conversations
    "Remind me what deadlift max I told you last month, I need it to work out my percentages.",
    "Carry on with the 12-week half marathon plan you wrote me in our last chat, I'm on week 5 now.",
    "Which of the drills you suggested last time did I say the kids liked best?",
    "<video 0> Compare this squat with the one I sent you last week. Has my depth improved?",
    # Cutting, merging, retiming and stabilising video
    "<video 0> Trim this down to just the goal, roughly from 1:12 to 1:25.",
    "Stitch <video 0> together with my other clips from the tournament into one highlight reel.",
    "<video 0> Turn this 30fps clip of my golf swing into buttery smooth 240fps super slow motion.",
    "<video 0> The camera was shaking like mad on the sideline. Can you stabilise it?",
    "<video 0> Split this full match recording into separate clips, one for each of our corners.",
    "Merge <video 0> and <video 1> into one side-by-side split screen so I can compare my swing with the pro's.",
    "Grab every frame in <video 0> where the ball hits the bat and save them as separate JPEGs.",
    # Upscaling, file formats and exports
    "<image 0> Grainy screenshot of my PB on the finish clock. Upscale it to 4K so I can print it big.",
    "Turn our 8-week strength programme into a PDF I can hand out to the team.",
    "Export the season's training plan as an Excel spreadsheet with one tab per week.",
    "<video 0> Convert this clip of the buzzer-beater into a GIF for the group chat.",
    "Make a 3D model file of our club crest that I can 3D-print for the trophy base.",
    "<image 0> Save this play diagram as an SVG so I can edit the arrows in Illustrator.",
    # Timers, reminders, running code and training models
    "Start a Tabata timer for me: 20 seconds work, 10 rest, 8 rounds, and beep on every change.",
    "Remind me at 6pm every day to take my creatine.",
    "Run my split-analysis script on race_results.csv in my Downloads folder and give me the averages.",
    "Train a model on my 200 serve videos so it can automatically flag foot faults.",
    "<video 0> Run pose estimation on this and give me the raw joint angles per frame as a CSV file.",
    "Set a 90-second rest timer between my sets and buzz my phone when it's up.",
    # Physical-world help
    "Come and spot me on bench, I'm going for 140kg.",
    "Measure my body fat with calipers and tell me the number.",
    "<image 0> That's my bike. Can you actually adjust the rear derailleur so it stops skipping gears?",
    "Refill the water bottles and set out the cones for tonight's session before I get there.",
    "Hold the pads for me while I practise my combos.",
)

ORDINARY93: tuple[tuple[str, str], ...] = (
    # text_understanding
    ("Write an Instagram caption for our gym's grand reopening, upbeat but not cheesy, with a few hashtags.",
     "text_understanding"),
    ("Draft an email to the U10 parents explaining that practice moves to Wednesdays from next month.",
     "text_understanding"),
    ("Write a Python function that computes the acute:chronic workload ratio from a list of daily training "
     "loads.", "text_understanding"),
    ("Explain in general terms how smartwatches estimate VO2 max and why the number can be off.",
     "text_understanding"),
    ("Write a 60-second pep talk I can read aloud in the locker room before the cup final.",
     "text_understanding"),
    # image_understanding
    ("<image 0> is a screenshot of my Garmin weekly summary. What do the training load bars say about my week?",
     "image_understanding"),
    ("Read the class timetable in <image 0> and tell me which evenings have spin after 6pm.",
     "image_understanding"),
    ("<image 0> Is my lower back rounding in this photo at the bottom of my deadlift?", "image_understanding"),
    ("What formation is the team in blue using in this broadcast screenshot? <image 0>", "image_understanding"),
    ("<image 0> This is the label on my pre-workout tub. How much caffeine is in one scoop?",
     "image_understanding"),
    # video_understanding
    ("<video 0> is my squat filmed from the side. Do my knees cave in on the way up?", "video_understanding"),
    ("Count how many clean reps I do in <video 0> and tell me where my form starts to break down.",
     "video_understanding"),
    ("<video 0> Watch this corner routine from our last match and tell me who lost their marker.",
     "video_understanding"),
    ("The audio's muted anyway, so just by watching <video 0>: does the swimmer in lane 3 touch the wall "
     "on the turn?", "video_understanding"),
    ("<video 0> Describe my pitching mechanics phase by phase, from leg lift to follow-through.",
     "video_understanding"),
    # text_to_image
    ("Design a poster for our club's 5k fun run on Saturday 14 June, bright colours, runner silhouettes.",
     "text_to_image"),
    ("An app icon for a rowing club's training app: a stylised oar over waves, flat design, square.",
     "text_to_image"),
    ("A 16:9 YouTube thumbnail of a bodybuilder flexing under dramatic gym lighting with the words 'LEG DAY'.",
     "text_to_image"),
    ("Illustrate a retro 1980s-style trading card of a made-up ice hockey goalie.", "text_to_image"),
    ("Create a wide banner for our five-a-side league's WhatsApp group: a football on a floodlit pitch.",
     "text_to_image"),
    # text_to_video
    ("A short slow-motion clip of a basketball swishing through the net under arena lights.", "text_to_video"),
    ("Make a few-second looping video of barbells and plates for the screen behind our gym reception.",
     "text_to_video"),
    ("A silent drone-view clip of a surfer carving a wave at sunrise.", "text_to_video"),
    ("Generate a short video of a marathon runner crossing the finish line as confetti falls, for our race "
     "promo.", "text_to_video"),
    ("A short clip of a tennis ball landing on the clay baseline and kicking up dust, like a TV replay.",
     "text_to_video"),
    # image_edit
    ("<image 0> Remove the guy photobombing in the background of our team photo.", "image_edit"),
    ("Change the home kit in <image 0> from blue to maroon so we can preview the new colours.", "image_edit"),
    ("Add 'STATE CHAMPS 2024' across the top of <image 0> in bold white letters.", "image_edit"),
    ("<image 0> Make the sky behind the stadium a sunset instead of grey overcast, for our Instagram post.",
     "image_edit"),
    ("Use the mask <image 1> to remove the old sponsor logo from the shirt in <image 0>, leaving it plain.",
     "image_edit"),
    # image_control
    ("<image 0> is a pose skeleton. Generate a goalkeeper diving full stretch in exactly that pose.",
     "image_control"),
    ("Use the edge map <image 0> of our stadium to render it at night with the floodlights on.",
     "image_control"),
    ("Follow the scribble in <image 0> to make a finished illustration of a skateboarder doing a kickflip.",
     "image_control"),
    ("<image 0> is a depth map of a climbing wall; generate a realistic indoor bouldering gym from it.",
     "image_control"),
    ("Turn the pose in <image 0> into a sprinter in a sportswear ad, keeping the pose identical.",
     "image_control"),
    # image_reference
    ("<image 0> is our club mascot, a badger. Make an image of him lifting the league trophy.",
     "image_reference"),
    ("Using my dog in <image 0>, generate him wearing a tiny football kit and sitting on the subs bench.",
     "image_reference"),
    ("<image 0> is my new running shoe; show it on a muddy trail in the rain as a product shot.",
     "image_reference"),
    ("Make an image of the coach in <image 0> as a superhero for the end-of-season awards slideshow.",
     "image_reference"),
    ("<image 0> is our team bus. Create an image of it driving through a cheering crowd at the victory parade.",
     "image_reference"),
    # image_to_video
    ("Animate my finish-line photo <image 0> so the tape flutters and the crowd waves.", "image_to_video"),
    ("Use <image 0> as the last frame: a short clip of the ball flying into the top corner, ending on this "
     "shot.", "image_to_video"),
    ("<image 0> Bring this old 1970s team photo to life, with the players turning and smiling at the camera.",
     "image_to_video"),
    ("Make the flag in <image 0> ripple in the wind for a few seconds, for the stadium big screen.",
     "image_to_video"),
    ("<image 0> is our gym's logo on a wall; animate it so the lights above it flicker on one by one.",
     "image_to_video"),
    # video_reference
    ("<image 0> is our mascot costume. Make a video of it dancing on the sideline during a timeout.",
     "video_reference"),
    ("Using the cyclist in <image 0>, generate a short clip of her climbing a mountain pass.",
     "video_reference"),
    ("<image 0> is my custom boxing glove design; make a video of a boxer hitting a heavy bag wearing it.",
     "video_reference"),
    ("Create a short video of the dog in <image 0> chasing a frisbee across a football pitch.",
     "video_reference"),
    ("<image 0> is our new away kit. Make a few-second video of a player wearing it juggling a ball, for the "
     "launch.", "video_reference"),
    # video_edit
    ("<video 0> Change the grass in this clip of our training session to snow.", "video_edit"),
    ("Blur the faces of the kids in the crowd in <video 0> before we share it with parents.", "video_edit"),
    ("<video 0> Replace the garage behind my deadlift with a pro competition stage.", "video_edit"),
    ("Make <video 0> of my run look like it was filmed at golden hour instead of midday.", "video_edit"),
    ("<video 0> Change my bike from black to neon yellow throughout the clip.", "video_edit"),
    # video_control
    ("<video 0> is a pose-control video of my karate kata; generate a samurai performing the same movements.",
     "video_control"),
    ("Follow the depth video <video 0> to create a cyclist racing through a neon tunnel.", "video_control"),
    ("Using the edge video <video 0> of a skater's run, generate the same run in a snowy park.",
     "video_control"),
    ("<video 0> is a pose sequence of a tennis serve; make an astronaut on the moon serving to match it.",
     "video_control"),
    ("Generate a dancer in an empty stadium following the pose video <video 0> from our halftime routine.",
     "video_control"),
)
