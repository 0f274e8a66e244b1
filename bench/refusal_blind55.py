"""Fifty-fifth blind set, refusals only: written by someone who saw none of the planner's data, calibration lists
or other benchmark sets; evaluation only, never used to set lists, thresholds or rules. The helper's brief was
software engineers, designers and product managers at a tech company during their workday (it chose the
categories; it was told only what the twelve tasks can do)."""

OUT_OF_SCOPE55: tuple[str, ...] = (
    # Live data and current information
    "Is GitHub having an outage right now? Our CI keeps failing to clone.",
    "What's the on-demand price of an m7g.xlarge in eu-west-1 as of today?",
    "check if there's a new release of react-query out this week and whether it breaks our hooks",
    "What's trending on Hacker News this morning — anything about our competitor's launch?",
    "Need today's USD to INR rate so I can finish the contractor budget before the 4pm review.",
    "<image 0> This is our status page from an hour ago. Is the incident still ongoing now?",
    # Accounts, internal tools and integrations
    "Pull the open P1 bugs from our Jira board and summarize them for standup.",
    "Look at my Google Calendar and find a 30-minute slot tomorrow when Priya and I are both free.",
    "Can you go to PR #4821 in our GitHub repo and leave review comments on the migration file?",
    "Go through my Slack DMs from yesterday and tell me what I missed while I was out.",
    "Open the Figma file for checkout v3 and list every component that isn't from the design system.",
    "grab last month's DAU and retention numbers from our Amplitude dashboard pls",
    "<image 0> That's the Datadog alert that keeps paging me. Log in and mute it for two hours.",
    # Sending, posting and scheduling
    "Email the release notes to the beta customer list.",
    "Post this in #eng-announcements for me: deploy freeze starts Friday at 5pm.",
    "Book the big conference room on the 3rd floor for Tuesday 2–4 for the design critique.",
    "Remind me at 3pm to rebase my branch before the merge window closes.",
    "Start a 25 minute pomodoro timer, I need to focus on this spec.",
    "<image 0> Tweet this launch graphic from the company account with the caption \"It's here.\"",
    "Order pizza for the hackathon team — 12 people, two vegan — delivered to the office by 7.",
    # Running code, servers and deployments
    "Run the test suite on my feature branch and tell me which tests fail.",
    "SSH into staging-api-3 and restart the nginx service, it's returning 502s.",
    "Deploy the hotfix to production and roll back automatically if the error rate goes above 2%.",
    "Execute this query against the prod read replica and give me the real execution time: "
    "SELECT user_id, count(*) FROM events WHERE ts > now() - interval '7 days' GROUP BY 1;",
    "Clone our monorepo and find every place we still call the deprecated /v1/auth endpoint.",
    "<image 0> Here's the stack trace from the crash report. Reproduce it on a real Pixel 7 and "
    "attach the device logs to the ticket.",
    # Audio, speech and music
    "<video 0> What does the PM say about the launch date in this recorded planning meeting?",
    "<video 0> Transcribe the voiceover in this product demo so we can add subtitles.",
    "Compose a short cheerful jingle that plays when a user finishes onboarding.",
    "Make a 5-second logo reveal video for the keynote, with a whoosh sound effect and a bass drop at the end.",
    "Read this PRD aloud to me in a calm voice, I want to listen to it on my commute.",
    "<video 0> Is the audio drifting out of sync with the picture in this screen recording?",
    "Design a notification chime that sounds friendly but not annoying and give it to me as a .wav.",
    "<image 0> Turn this storyboard into a video with a narrator explaining each panel.",
    "Listen in on the 2pm design review call and send me a summary of what everyone said.",
    # File formats, conversion and export
    "<image 0> Convert this logo PNG into an SVG so it scales cleanly in the design system.",
    "Export the whole onboarding flow as a PDF for the stakeholder review deck.",
    "<video 0> Turn this screen recording into a GIF under 5 MB so I can drop it in the PR description.",
    "<image 0> Save this mockup as a layered PSD with all the text still editable.",
    "Generate a .glb 3D model of our smart speaker for the AR product preview page.",
    "<video 0> Compress this demo so it fits under the 25 MB upload limit.",
    "Build me a Figma file with the components for a settings page, auto-layout and variants included.",
    # Video post-production
    "<video 0> Cut out the first 12 seconds of this demo where I'm fumbling with the mouse.",
    "Merge <video 0> and <video 1> into one clip, the intro first and then the walkthrough.",
    "<video 0> I filmed this walking around our booth on my phone; remove the camera shake.",
    "<video 0> This recording is 30 fps. Generate the in-between frames to make it 60 fps so the "
    "scrolling looks buttery.",
    "<image 0> Upscale this tiny low-res screenshot to 4K for the keynote slide.",
    "<video 0> Speed up the middle section 2x where the build is running and keep the rest real-time.",
    "Generate a full two-minute product walkthrough video for the onboarding page, all the features "
    "in one continuous take.",
    # Memory of earlier conversations
    "Pick up where we left off yesterday on the caching design doc.",
    "What was the name of the rate limiting library we settled on in our chat last week?",
    "<image 0> Apply the same colour changes you made to the homepage mockup last time to this one.",
    "Take the user persona you wrote for me on Monday and update it with the new survey findings.",
    "From now on, remember that I prefer TypeScript in all your code examples, across future chats.",
    # Training and running models
    "Fine-tune a classifier on our support tickets so it routes them to the right team automatically.",
    "Train a LoRA on our brand illustrations so every future image matches our house style.",
    "<image 0> This is a sample of our labeled defect photos. Train an object detector on the set and "
    "report the mAP.",
    "Run our churn prediction model on this quarter's accounts and tell me which ones are at risk.",
    # Physical world and devices
    "Turn the office AC down a couple of degrees, it's freezing in the design pod.",
    "Print 20 copies of the user research summary for the offsite.",
)

ORDINARY55: tuple[tuple[str, str], ...] = (
    # text_understanding
    ("Write a Slack message for #eng-announcements saying the deploy freeze starts Friday at 5pm — "
     "I'll post it myself.", "text_understanding"),
    ("Explain the cron expression '0 9 * * 1-5': when exactly does it fire, and in which time zone "
     "by default?", "text_understanding"),
    ("Draft a polite email to a customer explaining that the export-to-PDF feature has slipped to "
     "next quarter.", "text_understanding"),
    ("Write lyrics for a silly four-line song about flaky tests for our team retro, just the words.",
     "text_understanding"),
    ("Write a Python function that takes a list of meeting start/end times and returns all free "
     "30-minute slots between 9 and 5.", "text_understanding"),
    # image_understanding
    ("<image 0> This is a screenshot of our Grafana dashboard. Which panel shows the latency spike, "
     "and roughly what time does it start?", "image_understanding"),
    ("<image 0> Read the error in this terminal screenshot and tell me what's probably wrong with my "
     "Docker build.", "image_understanding"),
    ("<image 0> Photo of the whiteboard from sprint planning — transcribe all the sticky notes into a list.",
     "image_understanding"),
    ("<image 0> Does the grey text on the light button in this mockup look like it would fail "
     "contrast guidelines?", "image_understanding"),
    ("<image 0> This screenshot shows the audio waveform view in our podcast editor. Describe the "
     "layout and where the peaks appear.", "image_understanding"),
    # video_understanding
    ("<video 0> Screen recording of a bug report: list the steps the user takes right before the app crashes.",
     "video_understanding"),
    ("<video 0> This is a muted recording of our onboarding flow. How many screens does the user go through?",
     "video_understanding"),
    ("<video 0> Watch the loading spinner in this clip — does the animation visibly stutter or jump?",
     "video_understanding"),
    ("<video 0> What UI elements pop up on screen after the user clicks Export in this demo?",
     "video_understanding"),
    ("<video 0> Timelapse of our team's whiteboard during the design sprint — describe how the "
     "diagram evolves.", "video_understanding"),
    # text_to_image
    ("Generate an illustration for our 404 page: a lost robot holding an unplugged ethernet cable.",
     "text_to_image"),
    ("Create a 16:9 hero image for the release notes blog post: a rocket built out of curly braces "
     "and brackets.", "text_to_image"),
    ("Make an app icon concept for a podcast app — a stylised microphone inside a rounded square, "
     "flat colours.", "text_to_image"),
    ("Generate a realistic-looking mock screenshot of a dark-mode calendar app with a week view.",
     "text_to_image"),
    ("An image of a cosy developer desk at night: two monitors full of code, headphones on a stand, "
     "a cold coffee.", "text_to_image"),
    # text_to_video
    ("Generate a short looping clip of a laptop screen with lines of code scrolling, for the "
     "careers page background.", "text_to_video"),
    ("A few seconds of video of a paper airplane gliding across an open-plan office, for our "
     "'message sent' state.", "text_to_video"),
    ("Short silent video of a server rack with blinking status lights in a dim data center.",
     "text_to_video"),
    ("Make a 4-second clip of a phone buzzing on a desk as a notification lights up the screen.",
     "text_to_video"),
    ("A short video of a pair of headphones on a desk with a glowing waveform hovering above them.",
     "text_to_video"),
    # image_edit
    ("<image 0> Remove the personal email address visible in this screenshot before I attach it to "
     "the bug report.", "image_edit"),
    ("<image 0> Change the primary button colour in this mockup from blue to our brand green.",
     "image_edit"),
    ("<image 0> Replace the 'Lorem ipsum' header text in this screen with 'Welcome back, Sam'.",
     "image_edit"),
    ("<image 0> <image 1> Using the mask in <image 1>, replace the background of this team photo "
     "with a bright modern office.", "image_edit"),
    ("<image 0> Make this product screenshot look like the dark-mode version of the app.", "image_edit"),
    # image_control
    ("<image 0> This is a wireframe sketch of the landing page. Generate a polished, realistic mockup "
     "that follows its layout.", "image_control"),
    ("<image 0> Use this pose skeleton to generate an illustration of a developer stretching at their desk.",
     "image_control"),
    ("<image 0> Edge map of our office lobby — generate a render of it at night with neon lighting.",
     "image_control"),
    ("<image 0> Here's a depth map of a desk setup; generate a photorealistic image that matches it.",
     "image_control"),
    ("<image 0> Follow this rough scribble of a loudspeaker to make a clean 3D-style icon illustration.",
     "image_control"),
    # image_reference
    ("<image 0> This is our mascot. Generate a new image of it holding a coffee mug at a standup meeting.",
     "image_reference"),
    ("<image 0> Photo of our headphones prototype — create a lifestyle image of it on a shelf in a "
     "bright apartment.", "image_reference"),
    ("<image 0> That's my headshot. Generate a picture of me presenting on a big conference stage.",
     "image_reference"),
    ("<image 0> Our plush toy product: generate it sitting on a beach towel for the summer campaign.",
     "image_reference"),
    ("<image 0> This is our smart speaker. Show it on a kitchen counter next to a bowl of fruit.",
     "image_reference"),
    # image_to_video
    ("<image 0> Animate this onboarding illustration so the clouds drift slowly, just a few seconds.",
     "image_to_video"),
    ("<image 0> Use this product shot as the first frame and have the phone slowly rotate to show its side.",
     "image_to_video"),
    ("<image 0> Make this dashboard screenshot the last frame of a short clip where the charts grow in.",
     "image_to_video"),
    ("<image 0> Bring this team photo to life: everyone waves at the camera.", "image_to_video"),
    ("<image 0> Animate the mascot in this image nodding along — a silent loop is totally fine.",
     "image_to_video"),
    # video_reference
    ("<image 0> Our mascot again — generate a short video of it typing furiously on a laptop.",
     "video_reference"),
    ("<image 0> This is our delivery robot prototype. Make a short clip of it rolling down an office hallway.",
     "video_reference"),
    ("<image 0> Using this photo of our earbuds, generate a short video of them spinning on a display stand.",
     "video_reference"),
    ("<image 0> Generate a short video of the character in this image pointing at a slide during a "
     "presentation.", "video_reference"),
    ("<image 0> Product photo of our new sneaker — make a few-second clip of someone jogging in it "
     "through a city park.", "video_reference"),
    # video_edit
    ("<video 0> Change the background of this product demo clip to a plain white studio.", "video_edit"),
    ("<video 0> Blur the customer's name that's visible on screen in this recording.", "video_edit"),
    ("<video 0> Make this office b-roll look like it was filmed at golden hour.", "video_edit"),
    ("<video 0> Replace the sticker on the laptop lid in this clip with our logo.", "video_edit"),
    ("<video 0> Recolour the app UI in this screen recording from the light theme to a dark theme.",
     "video_edit"),
    # video_control
    ("<video 0> This is a pose video of me doing presentation gestures; generate a cartoon robot "
     "doing the same moves.", "video_control"),
    ("<video 0> Depth video of a walkthrough of our office — generate a futuristic version that "
     "follows the same path.", "video_control"),
    ("<video 0> Edge video of a phone being unboxed. Generate a clip that follows it, with a sleek "
     "black phone.", "video_control"),
    ("<video 0> Follow this pose sequence to make a video of a character in a hoodie celebrating at "
     "a hackathon.", "video_control"),
    ("<video 0> Use this canny edge video of a scrolling app screen as the control for a neon "
     "synthwave-style clip.", "video_control"),
)
