"""Twentieth blind set, refusals only: written by someone who saw none of the planner's data, calibration lists
or other benchmark sets; evaluation only, never used to set lists, thresholds or rules.

One refusal was dropped before any run: it shared a run of six words with the action probe's data (the
clean-evaluation test found it). The helper's brief asked for about 20 requests to run, test or deploy code,
and 25 ordinary requests about code that need only words (the candidate judged on this set handles those).
"""

OUT_OF_SCOPE20: tuple[str, ...] = (
    # --- running, executing, testing, benchmarking, installing, building, hosting or deploying code ---
    "run this and tell me what it prints: for i in range(3): print(i * '*')",
    "can u execute my bash script real quick and paste the output? #!/bin/bash\necho $HOME && ls -la /var/log",
    "benchmark this sorting function against std::sort on 10 million ints and give me the actual timings",
    "profile my flask app under load for a few minutes and tell me where the bottleneck is",
    "install numpy and pandas on my laptop for me pls, i keep getting permission errors",
    "build the docker image from this Dockerfile and push it to my registry: FROM node:20\nCOPY . .\nRUN npm ci",
    "host this html page somewhere and send me the public link: <h1>Happy birthday grandma!</h1>",
    "deploy my next.js site to vercel, the repo is github.com/tomkinz/portfolio, main branch",
    "the code in <image 0> keeps crashing, run it on your side and tell me the exact traceback you get",
    "compile this C program and tell me if it actually segfaults: int main(){int *p=0; return *p;}",
    "spin up a postgres instance and run my migration scripts against it, then tell me if any fail",
    "execute this on our production database pls: DELETE FROM sessions WHERE created_at < now() - interval '30 days'",
    "time how long this regex takes on a 1MB string of a's for me: ^(a+)+$",
    "run npm audit on my project, fix whatever it finds and redeploy to heroku",
    "pip install -r requirements.txt then run main.py and send me a screenshot of what comes up",
    "here's my terminal <image 0> - just type the next command in for me and hit enter",
    "hit my API endpoint https://api.myshop.dev/v1/orders with a POST and tell me what status code comes back",
    "kubectl apply this manifest to my staging cluster and watch the pods until they're ready",
    "Could you please run the notebook I attached earlier from top to bottom and report the final test accuracy?",
    "can u run my unity game build and check if the double jump bug still happens",
    "<image 0> is my deploy settings page, go ahead and click deploy with these settings and confirm it went live",
    # --- acting on apps, accounts, devices or services ---
    "send this to my sister on WhatsApp: running late, save me a plate",
    "book me a table for 4 at an italian place near Union Square tonight at 8",
    "email my landlord the lease renewal form and cc my roommate jess",
    "cancel my spotify premium subscription before it renews",
    "post <image 0> to my instagram story with the caption 'summer vibes'",
    "order me a large pepperoni from dominos, same address as last time",
    "add a dentist appt to my google calendar for next tuesday 3pm",
    "transfer $200 from my checking into savings",
    "go through my inbox and unsubscribe me from all the marketing emails",
    "upload <video 0> to my youtube channel as unlisted and send me the link",
    # --- live or current information ---
    "what's the weather in Lisbon right now",
    "whats the score in the lakers game rn",
    "current price of bitcoin?",
    "is the 14:05 train from Leeds to York delayed today",
    "what are today's top headlines",
    "how long is the wait at the DMV on 5th st at the moment",
    "which gas station near me has the cheapest diesel today",
    # --- sound ---
    "make me a lo-fi beat I can study to, like 3 minutes long",
    "read this bedtime story aloud in a soothing voice for my son: Once upon a time there was a sleepy otter...",
    "add a voiceover to <video 0> explaining each step of the recipe",
    "what song is playing in the background of <video 0>?",
    "clean up the background noise in my podcast recording",
    "sing happy birthday to Maria like an opera singer",
    "transcribe what the two guys are saying to each other in <video 0>",
    # --- 3D models ---
    "make a 3D model of my cat from <image 0> that I can 3D print, STL please",
    "create a rigged 3D character for my blender project, a chubby dwarf blacksmith",
    "generate a low poly 3d tree asset as an .fbx for my unity game",
    # --- files in other formats ---
    "put these meeting notes into a powerpoint deck and send me the .pptx",
    "convert <image 0> to a pdf with selectable text",
    "make me an excel spreadsheet file with formulas for my monthly budget",
    "export this whole chat as a word document I can download",
    "give me the invoice as a downloadable PDF with my logo on it",
    "zip up <image 0> and <image 1> and send me the archive",
    # --- physical tasks ---
    "come water my plants while I'm away this weekend",
    "can you pick up my dry cleaning on the way home",
    "fix the leaky faucet in my kitchen, it's been dripping all week",
    "walk my dog at 6 tonight",
    "print 30 copies of the flyer <image 0> and drop them off at the community center",
)

ORDINARY20: tuple[tuple[str, str], ...] = (
    # --- code and software, answered in words ---
    (
        "write a python function that merges overlapping intervals, with type hints and a docstring",
        "text_understanding",
    ),
    (
        "what does TypeError: Cannot read properties of undefined (reading 'map') mean in my React component "
        "and how do i fix it",
        "text_understanding",
    ),
    (
        "review this snippet for bugs: def avg(xs): return sum(xs) / len(xs) -- what happens with an empty list?",
        "text_understanding",
    ),
    (
        "write pytest tests for a function slugify(title) that lowercases, strips punctuation and joins words "
        "with hyphens",
        "text_understanding",
    ),
    (
        "give me the exact commands to deploy a FastAPI app on a fresh Ubuntu VPS with gunicorn, nginx and systemd",
        "text_understanding",
    ),
    (
        "convert this JavaScript to Go: const evens = nums.filter(n => n % 2 === 0).map(n => n * n);",
        "text_understanding",
    ),
    ("explain the difference between a mutex and a semaphore with a concrete example", "text_understanding"),
    (
        "why does rustc say 'borrowed value does not live long enough' when I return a &str from a String "
        "I made inside the function?",
        "text_understanding",
    ),
    (
        "write a SQL query that returns the top 3 customers by total order value for each country",
        "text_understanding",
    ),
    ("what would this print and why? a = [[0]*3]*3; a[0][0] = 1; print(a)", "text_understanding"),
    (
        "write a bash script that renames all .jpeg files in a folder to .jpg, safely handling spaces in names",
        "text_understanding",
    ),
    (
        "Dockerfile for a Node 20 app using a multi-stage build, small final image, non-root user. "
        "just write it, I'll build it myself",
        "text_understanding",
    ),
    (
        "my CI says 'fatal: refusing to merge unrelated histories' - what causes that and what's the safe fix",
        "text_understanding",
    ),
    ("write a GitHub Actions workflow yaml that runs ruff and pytest on every pull request", "text_understanding"),
    ("is this regex vulnerable to catastrophic backtracking? ^(\\w+\\s?)*$ explain why", "text_understanding"),
    (
        "translate this Java class to idiomatic Kotlin: public class Point { private final int x, y; "
        "public Point(int x, int y) { this.x = x; this.y = y; } }",
        "text_understanding",
    ),
    ("whats the big-O of inserting into a python dict, and when can it degrade?", "text_understanding"),
    (
        "write a kubernetes deployment and service manifest for an nginx container with 3 replicas",
        "text_understanding",
    ),
    (
        "explain what this does before i run it: git reset --hard HEAD~3 && git push --force",
        "text_understanding",
    ),
    (
        "write a C function that reverses a singly linked list in place, plus a short explanation",
        "text_understanding",
    ),
    (
        "how can I speed up this pandas loop? for i, row in df.iterrows(): df.at[i, 'total'] = row.price * row.qty",
        "text_understanding",
    ),
    ("how do I install and set up pyenv on macOS? step by step commands please", "text_understanding"),
    (
        "write a TypeScript type guard for a value that is either {kind: 'circle', r: number} "
        "or {kind: 'square', side: number}",
        "text_understanding",
    ),
    (
        "explain python's GIL like I'm a junior dev, and when multiprocessing beats threading",
        "text_understanding",
    ),
    (
        "draft a polite code review comment telling a teammate their 400-line function needs splitting up",
        "text_understanding",
    ),
    # --- screenshots of code, apps and errors ---
    ("what's the error in <image 0>? it's a screenshot of my VS Code terminal", "image_understanding"),
    (
        "<image 0> is a stack trace from my Android app, which line of my code is it pointing at?",
        "image_understanding",
    ),
    ("type out the code in this screenshot <image 0> so I can copy it", "image_understanding"),
    ("is there a typo in the SQL query shown in <image 0>?", "image_understanding"),
    ("describe the architecture diagram in <image 0>, what talks to what?", "image_understanding"),
    # --- questions about videos ---
    (
        "in <video 0> I'm screen recording a bug, at what point does the save button disappear?",
        "video_understanding",
    ),
    (
        "what menus does the guy click through in this coding tutorial clip <video 0>? going by what's on screen",
        "video_understanding",
    ),
    ("describe what happens in <video 0>", "video_understanding"),
    # --- new images from words ---
    (
        "make an illustration of a tired programmer at 3am surrounded by coffee cups, glowing monitor, flat vector",
        "text_to_image",
    ),
    (
        "generate a logo concept for a CLI tool called 'burrow': a friendly mole holding a blinking terminal cursor",
        "text_to_image",
    ),
    ("a watercolor painting of a lighthouse in a storm", "text_to_image"),
    # --- new videos from words ---
    ("create a short video of code scrolling on a retro green CRT monitor in a dark room", "text_to_video"),
    ("make a clip of paper airplanes flying over a city at sunset", "text_to_video"),
    ("video of a robot arm assembling a tiny laptop, macro shot", "text_to_video"),
    # --- editing images ---
    ("in <image 0> blur out the API key visible in the terminal window", "image_edit"),
    ("remove the coffee stain from the desk in <image 0>", "image_edit"),
    ("make <image 0> look like it was taken at night, with the monitors glowing", "image_edit"),
    # --- images from control maps ---
    ("use the edge map <image 0> to generate a cozy home office with a standing desk", "image_control"),
    ("follow the pose in <image 0> and make a knight in shining armor in that exact pose", "image_control"),
    ("here's a depth map <image 0>, render it as a futuristic server room", "image_control"),
    # --- images from a reference subject ---
    ("put the cat from <image 0> in a hacker hoodie typing on a laptop", "image_reference"),
    ("make a new picture of the woman in <image 0> giving a talk at a tech conference", "image_reference"),
    ("using our mascot from <image 0>, draw it as a sticker waving hello", "image_reference"),
    # --- animating images ---
    ("animate <image 0> so the screen flickers and steam rises from the mug", "image_to_video"),
    ("bring this old photo <image 0> to life, make her smile and blink", "image_to_video"),
    ("turn <image 0> into a slow zoom-in video with the clouds drifting", "image_to_video"),
    # --- videos from a reference subject ---
    ("make a video of the dog in <image 0> running on a beach", "video_reference"),
    (
        "create a clip where the robot toy from <image 0> dances on a desk next to a keyboard",
        "video_reference",
    ),
    ("video of the guy in <image 0> presenting in front of a whiteboard full of code", "video_reference"),
    # --- editing videos ---
    ("in <video 0> replace the blue sky with a purple sunset", "video_edit"),
    ("make <video 0> look like an old black and white film", "video_edit"),
    ("blur the license plates in <video 0>", "video_edit"),
    # --- videos from control videos ---
    (
        "use the dance moves in <video 0> as pose control and make an astronaut do them on the moon",
        "video_control",
    ),
    ("follow the depth of <video 0> and generate a snowy forest version of the walk", "video_control"),
    ("take the edge video <video 0> and make it a neon cyberpunk street scene", "video_control"),
)
