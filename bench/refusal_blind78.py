"""Seventy-eighth blind set, refusals only: written by someone who saw none of the planner's data, calibration lists
or other benchmark sets; evaluation only, never used to set lists, thresholds or rules. The helper's brief was
startup founders and product managers, full of jargon and acronyms (it chose the categories; it was told only what
the twelve tasks can do)."""

OUT_OF_SCOPE78: tuple[str, ...] = (
    # Live market and competitor data
    "What's Notion's current ARR and latest post-money valuation? Need it for the TAM/SAM/SOM slide in our Series A "
    "deck.",
    "Pull today's CAC and LTV benchmarks for B2B SaaS from Crunchbase and G2 and tell me if we're above median.",
    "Did any YC W25 company launch a direct competitor on Product Hunt this morning? Quick scan pls.",
    "what's BTC trading at right now? part of our treasury is in crypto and the CFO needs a number for the board "
    "memo",
    "Has Stripe changed its processing fees this week? If yes, re-run our unit economics with the new take rate.",
    "<image 0> is our main competitor's pricing page from last year. Go check their live site and tell me what "
    "changed in their tiers since then.",
    # Our own data, dashboards and accounts
    "Log into our Mixpanel workspace and tell me why D30 retention tanked during the last sprint.",
    "Grab MRR, logo churn and NRR straight from our Stripe account and draft the monthly investor update with real "
    "numbers.",
    "Query the prod Postgres for how many WAUs hit the paywall event since the v2 launch.",
    "Look at our Jira board and tell me which tickets are blocking the 2.3 release train.",
    "<image 0> is a screenshot of one of our Looker dashboards. Open the underlying dashboard and drill into the "
    "EMEA segment for me.",
    "Read every NPS verbatim in our Typeform account and cluster them into themes for the VoC review.",
    # Sending, posting and third-party integrations
    "Send the deck to the 40 VCs in my Airtable CRM, each with a personalized intro line referencing their "
    "portfolio.",
    "Post the GA announcement in our Slack #general and schedule the launch thread on X for 9am PT tomorrow.",
    "Create Linear tickets for every user story in the PRD and assign them to the growth pod.",
    "<image 0> is the new pricing card design. Publish it to our Webflow site and push it live before the HN post.",
    "<video 0> is our launch teaser. Upload it to our YouTube channel and LinkedIn company page with the UTM-tagged "
    "link.",
    "Reply to the churning enterprise customer in Intercom conversation #4821 and offer them a 20% credit on "
    "renewal.",
    # Audio: voice, music, listening
    "Record a 30-second VO for our explainer: upbeat, neutral American accent, and make sure it name-drops the free "
    "tier.",
    "<video 0> is our Demo Day pitch. Transcribe everything the CEO says so marketing can pull soundbites for the "
    "PR kit.",
    "Generate a launch video for our B2B payments app with a narrator reading our tagline over some upbeat "
    "background music.",
    "Compose a five-second sonic logo for our fintech app, the little chime people hear when the app opens.",
    "<video 0> is a recorded customer discovery call. What pain points did the interviewee mention out loud about "
    "their current workflow?",
    "Turn our blog post on PLG vs SLG motions into a 15-minute podcast episode with two AI hosts bantering.",
    "<video 0> is the raw product demo. Layer in a voiceover explaining each feature plus some lo-fi beats "
    "underneath so it's ready for the website.",
    # File formats, conversions and exports
    "Export our pitch deck to PDF with speaker notes included so I can share it via DocSend.",
    "<image 0> is our logo as a PNG. Give it back to me as a clean vector SVG so the designer can tweak the "
    "wordmark.",
    "Convert the wireframe in <image 0> into an editable Figma file with auto-layout components and a design-system "
    "library.",
    "Make an animated GIF of our onboarding flow that I can drop straight into the GitHub README.",
    "Package our mascot as a GLB 3D model so we can use it in the AR try-on feature for the MVP.",
    "<video 0> is 800MB. Compress it to an MP4 under 25MB so it fits as a Gmail attachment for the LP update.",
    # Video and image post-production we can't do
    "<video 0> cut the first 12 seconds and the awkward pause around 1:05, then give me the final cut.",
    "Merge <video 0> with our outro clip and the customer testimonial into a single 90-second sizzle reel for the "
    "conference booth.",
    "<video 0> was shot handheld at the SaaStr booth and it's way too shaky for the investor update. Stabilize it.",
    "<image 0> is our founder's headshot but it's only 400px wide. Upscale it to 4K for the TechCrunch feature.",
    "<video 0> is 24fps. Interpolate it up to 60fps so the UI scroll looks buttery on the landing page.",
    "Produce a full 3-minute, multi-scene explainer video of our entire onboarding funnel, with chapter cards and "
    "an end screen CTA.",
    "<image 0> and <image 1> are the two halves of our whiteboard roadmap. Stitch them into one high-res panorama "
    "and save it as a PDF for Confluence.",
    # Running code, infra and experiments
    "Run this against our Snowflake warehouse and give me the cohort table: SELECT signup_week, COUNT(*) FROM users "
    "GROUP BY 1;",
    "Deploy the hotfix branch to staging and kick off the Cypress E2E suite, then tell me if it's green.",
    "Spin up an A/B test on the checkout page: 50/50 split, primary KPI is CVR, run it for two weeks and report "
    "back.",
    "Load test our public API at 1k RPS and tell me whether p95 latency stays inside the SLA.",
    "<image 0> is a screenshot of the stack trace from PagerDuty. SSH into the box and restart the worker that "
    "keeps crashing.",
    # Memory of earlier conversations
    "Let's pick up where we left off yesterday on the GTM plan. What were the three ICPs we landed on?",
    "Use the OKRs I gave you last week and grade our Q3 progress against each KR.",
    "From now on, remember our north star is weekly active teams and bake it into every answer in future chats.",
    "<image 0> is the roadmap I shared with you last session, updated. What did I say the P0 was back then vs now?",
    # Calendar, reminders and scheduling
    "Block two hours on my Google Calendar every Friday afternoon for roadmap grooming.",
    "ping me in 45 min to jump on the board call",
    "Set a recurring reminder the day before each sprint planning so the PMs groom the backlog in time.",
    "Book a WeWork conference room for our offsite next Thursday and send calendar invites to the leadership team.",
    "Find a 30-min slot next week when both co-founders and our lead investor are free, and hold it.",
    # Purchases, bookings and the physical world
    "Buy the .ai domain for our new product name and point the DNS at Vercel.",
    "Order 200 branded hoodies from Printful using the logo in <image 0> and ship them to the offsite venue.",
    "Book SFO to JFK flights for the fundraising roadshow next week and a hotel near Union Square.",
    "Call our AWS account manager and negotiate a better committed-use discount before the EDP renewal.",
    # Training and running models
    "Fine-tune a model on our 50k Zendesk tickets so the support chatbot sounds exactly like our CS team.",
    "Train a churn prediction model on our product event data and tell me the AUC on a holdout set.",
    "<video 0> is a clip from our warehouse CCTV. Run object detection on the full live feed every night and alert "
    "ops on Slack when pallets go missing.",
    "Run our LLM eval harness against GPT-4o and Claude on the 500-prompt golden set and give me the win rates.",
)

ORDINARY78: tuple[tuple[str, str], ...] = (
    # text_understanding
    ("Write a one-page PRD for a Slack integration that pushes weekly KPI digests: problem, goals, non-goals, "
     "success metrics.",
     "text_understanding"),
    ("ELI5 the difference between ARR, MRR and run-rate revenue, with a quick worked example for a seed-stage SaaS.",
     "text_understanding"),
    ("Draft a cold email to a Series A VC that I'll send myself: we're a vertical SaaS for dental clinics, $40k "
     "MRR, 18% MoM growth.",
     "text_understanding"),
    ("Write a SQL query that computes D7 retention by signup cohort from an events table (user_id, event, ts). I'll "
     "run it myself.",
     "text_understanding"),
    ("Write the script for a 60-second podcast ad read for our B2B expense app, host-read style, with a promo code.",
     "text_understanding"),
    # image_understanding
    ("<image 0> is a screenshot of our Mixpanel funnel. Which step has the biggest drop-off, and what's the "
     "conversion there?",
     "image_understanding"),
    ("Read the whiteboard in <image 0> from our planning offsite and list the OKRs and owners written on it.",
     "image_understanding"),
    ("<image 0> is a screenshot of our App Store reviews. Summarize the top complaints so I can feed them into the "
     "backlog.",
     "image_understanding"),
    ("Be brutally honest: is the traction slide in <image 0> too cluttered for a 3-minute Demo Day pitch?",
     "image_understanding"),
    ("<image 0> is a Stripe dashboard screenshot. According to the chart, roughly what was MRR in March versus "
     "June?",
     "image_understanding"),
    # video_understanding
    ("<video 0> is a FullStory-style screen recording of a user session. Where does the user hesitate or "
     "rage-click?",
     "video_understanding"),
    ("<video 0> is my Demo Day pitch with the sound off. Critique my body language and how readable the slides are.",
     "video_understanding"),
    ("How many times does the user open the settings menu in the onboarding screen recording <video 0>?",
     "video_understanding"),
    ("<video 0> is a Loom walkthrough of our admin console. List every screen shown, in order, for the QA "
     "checklist.",
     "video_understanding"),
    ("<video 0> is a screen capture of a competitor's mobile onboarding. Break down the steps and the UX patterns "
     "they use.",
     "video_understanding"),
    # text_to_image
    ("Generate a 16:9 hero image for our SaaS landing page: a sleek analytics dashboard on a laptop in a bright "
     "modern office.",
     "text_to_image"),
    ("Create a square LinkedIn post image announcing our Series A: a rocket launching over a city skyline, bold and "
     "minimal.",
     "text_to_image"),
    ("Make a blog header image of a cozy podcast studio with two mics and headphones on a desk, warm lighting.",
     "text_to_image"),
    ("Image for our sprint retro deck: a whiteboard covered in colorful sticky notes with a coffee mug in the "
     "foreground.",
     "text_to_image"),
    ("Generate a vertical 9:16 mock app-store-style screenshot of a fitness tracking app showing a weekly streak "
     "screen.",
     "text_to_image"),
    # text_to_video
    ("Make a few-second teaser clip of a phone on a desk with push notifications popping up one after another. "
     "Silent is fine.",
     "text_to_video"),
    ("Short clip of a startup team high-fiving around a standing desk after shipping their MVP, confetti in the "
     "air.",
     "text_to_video"),
    ("Generate a short looping video of a data dashboard whose bar charts grow upward, for the background of our "
     "pitch deck.",
     "text_to_video"),
    ("A few seconds of a delivery drone gently dropping a parcel on a suburban doorstep, golden hour, for our "
     "logistics startup.",
     "text_to_video"),
    ("B-roll for our investor update: close-up of hands typing on a laptop, steaming coffee, soft morning light. No "
     "audio needed.",
     "text_to_video"),
    # image_edit
    ("Remove the competitor's sticker from the laptop lid in <image 0> before we use it on our careers page.",
     "image_edit"),
    ("In our team photo <image 0>, replace the messy garage background with a bright modern office.", "image_edit"),
    ("In the landing page screenshot <image 0>, change the 'Start free trial' CTA button from blue to orange for "
     "the A/B mock.",
     "image_edit"),
    ("Using the mask <image 1>, replace the masked area of the office photo <image 0> with a tall potted plant.",
     "image_edit"),
    ("Add the text 'Now on Android' in bold white across the top of the app banner <image 0>.", "image_edit"),
    # image_control
    ("<image 0> is my hand-drawn wireframe scribble. Generate a polished hi-fi app screen image that follows its "
     "layout.",
     "image_control"),
    ("Use the pose skeleton in <image 0> to generate a founder in a hoodie presenting on a conference stage.",
     "image_control"),
    ("<image 0> is a depth map of our office floor. Render it as a sunny, plant-filled coworking space for the "
     "recruiting page.",
     "image_control"),
    ("Follow the edge map <image 0> of our hardware device and generate a product render in matte black aluminum.",
     "image_control"),
    ("<image 0> is a rough scribble of our mascot. Turn it into a clean, glossy 3D-style character image following "
     "the sketch.",
     "image_control"),
    # image_reference
    ("<image 0> is our mascot. Generate a new image of it holding a golden trophy for our Product Hunt #1 launch.",
     "image_reference"),
    ("Using our CEO's headshot <image 0> as reference, generate an image of her giving a keynote at a tech "
     "conference.",
     "image_reference"),
    ("<image 0> is our smart kettle. Create a lifestyle shot of the same kettle on a marble kitchen counter at "
     "sunrise.",
     "image_reference"),
    ("Generate our branded mug from <image 0> sitting on a laptop desk in a Tokyo cafe, for the swag store page.",
     "image_reference"),
    ("<image 0> is our office dog, the unofficial CHO. Make a new image of him wearing a tiny hoodie at a "
     "hackathon.",
     "image_reference"),
    # image_to_video
    ("Animate the app screenshot <image 0>: the phone slowly rotates and the screen glows, a few seconds, for our "
     "launch post.",
     "image_to_video"),
    ("Use <image 0> as the first frame of a short clip where confetti rains down over the 'We raised our seed!' "
     "banner.",
     "image_to_video"),
    ("Make a short clip that ends on our logo <image 0> as the last frame, with shapes flying in to assemble it.",
     "image_to_video"),
    ("<image 0> is our landing hero illustration. Animate subtle motion, drifting clouds and blinking lights, as a "
     "silent loop.",
     "image_to_video"),
    ("Bring our team photo <image 0> to life for the all-hands opener: everyone waves at the camera.",
     "image_to_video"),
    # video_reference
    ("<image 0> is our robot vacuum. Generate a short video of it cleaning a sunny living room for the Kickstarter "
     "page.",
     "video_reference"),
    ("Using our mascot in <image 0> as the reference, make a short video of it dancing on a stage with spotlights.",
     "video_reference"),
    ("<image 0> is my co-founder. Generate a short clip of him walking into a busy startup office, for our culture "
     "reel.",
     "video_reference"),
    ("<image 0> is our e-bike. Make a few-second video of it cruising through a neon-lit city at dusk.",
     "video_reference"),
    ("Generate a clip of the smartwatch in <image 0> spinning slowly on a pedestal for the pre-order landing page.",
     "video_reference"),
    # video_edit
    ("In our demo recording <video 0>, blur the customer emails visible in the CRM table before we share it with "
     "prospects.",
     "video_edit"),
    ("Give <video 0> a warmer, more cinematic color grade for the brand refresh.", "video_edit"),
    ("Replace the background behind our CEO in <video 0> with a clean branded backdrop in our purple.", "video_edit"),
    ("Remove the competitor's logo from the coffee mug on the desk throughout <video 0>.", "video_edit"),
    ("Restyle <video 0> of our office tour so it looks like a hand-drawn animation for the careers page.",
     "video_edit"),
    # video_control
    ("<video 0> is a pose video of me doing my pitch gestures. Generate a cartoon founder performing the same "
     "motions.",
     "video_control"),
    ("<video 0> is a depth video from a walkthrough of our warehouse. Generate a futuristic sci-fi version "
     "following it.",
     "video_control"),
    ("Follow the edge video <video 0> of our app's transition animation and generate the same motion in a neon "
     "style.",
     "video_control"),
    ("Using the pose control clip <video 0>, generate an astronaut doing the same dance for our TikTok campaign.",
     "video_control"),
    ("<video 0> is a depth-map sequence of a van driving. Generate our branded delivery van following the same "
     "path.",
     "video_control"),
)
