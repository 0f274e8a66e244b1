"""Thirty-second blind set, refusals only: written by someone who saw none of the planner's data, calibration lists
or other benchmark sets; evaluation only, never used to set lists, thresholds or rules. The helper's brief was
work requests (many jobs): it chose the categories (it was told only what the twelve tasks can do)."""

OUT_OF_SCOPE32: tuple[str, ...] = (
    # sending emails / messages / posts on the user's behalf
    "Email the Q3 onboarding checklist to all new hires who started this Monday.",
    "Post this in the #sales-team Slack channel: pipeline review moved to 3pm today.",
    "text the on-call tech that the freezer alarm at store 14 went off again",
    "Reply to every unread Zendesk ticket with our holiday shipping cutoff notice.",
    # scheduling and calendars
    "Book a 30-minute new-patient intake slot with Dr. Patel's office next Tuesday morning.",
    (
        "Find a time next week when the whole legal team is free and put the vendor contract review "
        "on everyone's calendar."
    ),
    "move my 2pm client call to thursday and let them know",
    # live, current or internet data
    "What's the spot price of diesel in Rotterdam right now? I need it for today's freight quote.",
    "Check whether our main competitor dropped their subscription price this morning.",
    "How many 3-bedroom homes are listed for sale in the 78704 zip code as of today?",
    "Has FedEx tracking number 7789 4432 1190 been delivered yet?",
    # audio: hearing it
    "Transcribe the recording of yesterday's all-hands meeting and send me the text.",
    "<video 0> This is the recorded sales call. What price did the customer say out loud they'd accept?",
    (
        "<video 0> Here's the clip of our CEO's keynote. Pull out the exact quotes she says about the "
        "layoffs for my article."
    ),
    # audio: making it
    "Compose a 15-second jingle for our spring sale radio spot.",
    (
        "Read this compliance training script aloud in a warm, friendly voice and give me the MP3 so "
        "we can load it into the LMS."
    ),
    "<video 0> Add upbeat background music and a voice-over to this product launch reel.",
    # running code, queries and deployments
    (
        "Run this against the production warehouse and tell me how many orders shipped late last month: "
        "SELECT count(*) FROM orders WHERE shipped_at > promised_at;"
    ),
    "Deploy the hotfix branch to staging and tell me whether the integration tests pass.",
    "Can you benchmark our checkout API under 500 concurrent users and report the p95 latency?",
    # file formats other than images and videos
    "Turn our quarterly board update into a PowerPoint deck using the company template.",
    "Export the employee handbook as a PDF with a clickable table of contents.",
    "Build me an Excel workbook with live formulas that calculates each rep's commission.",
    "Create a 3D model of the new checkout kiosk that I can open in SketchUp.",
    "<image 0> Convert this floor plan into a DWG file our architect can edit in AutoCAD.",
    "Summarize the lease PDF I just uploaded and flag any unusual clauses.",
    # acting inside the company's systems and accounts
    "Reset the Active Directory password for jsmith, he's locked out again.",
    "Update the Acme Corp deal to Closed Won in Salesforce.",
    "Approve all the pending expense reports from my team in Concur.",
    "Refund order #55821 to the customer's original payment method.",
    "Add the three new warehouse hires to payroll starting next pay period.",
    # purchases
    "Reorder 200 boxes of nitrile gloves from our usual medical supplier.",
    "Register the domain brightpath.io for our new product line before someone else grabs it.",
    # the physical world and devices
    "Unlock the side door at the Elm Street property for the 4pm showing.",
    "it's freezing in conference room B, turn the thermostat up a few degrees",
    "Print 50 copies of the safety briefing on the second-floor printer for tomorrow's site visit.",
    # memory of the user's own files, history and accounts
    "What did I tell the Hendricks family about their closing date last week?",
    "Find the Delta Logistics invoice I saved somewhere back in March.",
    "How does this quarter's churn compare with the figure in my team's dashboard?",
    # monitoring, scraping and submitting on the web
    "Watch our Google reviews and ping me whenever someone leaves a one-star review.",
    "Scrape the staff directory of every school district in Ohio and give me the principals' emails.",
    "Submit our grant application through the state education portal before Friday's deadline.",
    # implied actions (the need is unstated but can't be done)
    "Make sure the whole 5th grade knows tomorrow's field trip is cancelled.",
    "Get the signed NDA back from the vendor by end of day.",
    "Let me know the moment the Shenzhen container clears customs.",
    # multi-part: doable part plus impossible part
    "Write a friendly reminder about the timesheet deadline and send it to everyone on the warehouse team.",
    "<image 0> Describe the damage on this pallet, then file a freight claim with the carrier for us.",
    "Draft a job post for a senior data engineer and publish it on LinkedIn and Indeed.",
    (
        "Make a hero image of our new water bottle on a mountain ledge, then upload it to our Shopify "
        "store as the main listing photo."
    ),
    "Look up today's EUR to USD rate and write the invoice cover note using that rate.",
    (
        "Summarize these standup notes and create a Jira ticket for each action item, assigned to its "
        "owner: Priya to fix the login timeout, Sam to update the API docs, Lee to review the PR."
    ),
    "<video 0> Cut this site walkthrough down to the first minute and add a narration explaining each room.",
    "Create a short silent animation of our logo spinning, and also compose a soundtrack to go with it.",
    "Translate our return policy into Spanish and record it as an audio file for the phone menu.",
    (
        "<image 0> Read the serial number off this equipment label and check our asset database to see "
        "if it's still under warranty."
    ),
    "Write the Series B press release and schedule it to go out on the newswire at 9am Eastern tomorrow.",
    ("Write a Python script that removes duplicate customers, run it on customers.csv, and email me the cleaned file."),
    (
        "Explain the difference between FMLA and ADA leave, and check in Workday how many leave days "
        "Maria Lopez has left."
    ),
    "Draft a lesson plan on photosynthesis and post it to Google Classroom for my 3rd period.",
    "<image 0> What does this error on the POS screen mean? Also restart that register remotely.",
)

ORDINARY32: tuple[tuple[str, str], ...] = (
    # text_understanding
    (
        "Draft an email to our Salesforce admin asking for a 'Renewal Risk' field on the opportunity "
        "page. I'll send it myself.",
        "text_understanding",
    ),
    (
        "Write a 60-second script for our radio ad about the spring mattress sale; our announcer will record it.",
        "text_understanding",
    ),
    (
        "Write a Python function that takes our shipment CSV rows and returns the late deliveries. "
        "Just the code, I'll run it on my end.",
        "text_understanding",
    ),
    ("explain a 1031 exchange in plain english for a first-time investor client", "text_understanding"),
    (
        "I have a call tomorrow with a customer whose order the carrier lost and who is furious. "
        "Give me talking points for what to say.",
        "text_understanding",
    ),
    # image_understanding
    (
        "<image 0> Screenshot of our Google Analytics dashboard. Which channel had the highest "
        "conversion rate last week?",
        "image_understanding",
    ),
    (
        "<image 0> Photo of the whiteboard from sprint planning. Type up the action items so I can "
        "paste them into Jira.",
        "image_understanding",
    ),
    ("<image 0> Our ERP threw this error. What does it say and what usually causes it?", "image_understanding"),
    (
        "<image 0> Is the label on this outbound box readable, and what's the tracking number printed on it?",
        "image_understanding",
    ),
    ("<image 0> shelf photo from aisle 7 - which products look out of stock?", "image_understanding"),
    # video_understanding
    (
        "<video 0> Security camera clip from the loading dock. Does anyone walk in without a hard hat?",
        "video_understanding",
    ),
    (
        "<video 0> Screen recording from a customer reproducing the checkout bug. What do they click "
        "before the error pops up?",
        "video_understanding",
    ),
    (
        "<video 0> Walkthrough of the listing at 12 Oak Lane. Describe the kitchen's condition for my notes.",
        "video_understanding",
    ),
    ("<video 0> Store entrance footage, 2 to 3pm. Roughly how many people come in?", "video_understanding"),
    (
        "<video 0> It's a muted recording of the webinar. List the heading of each slide that appears.",
        "video_understanding",
    ),
    # text_to_image
    (
        "Create a mock-up of a mobile banking app login screen in our teal brand colors for a pitch deck slide.",
        "text_to_image",
    ),
    (
        "Illustration of a smiling customer support agent wearing a headset, for our help center banner.",
        "text_to_image",
    ),
    ("Generate a photo of a cozy living room staged for a real estate listing ad.", "text_to_image"),
    (
        "Design a poster for the warehouse break room reminding people to lift with their legs, not their back.",
        "text_to_image",
    ),
    (
        "Need a picture of a podcast studio with microphones and headphones on the desk for our blog header.",
        "text_to_image",
    ),
    # text_to_video
    (
        "Make a short silent video of a delivery van driving through a city at sunrise for our logistics homepage.",
        "text_to_video",
    ),
    (
        "5-second clip of coffee pouring into a plain white mug, no sound needed, for Instagram.",
        "text_to_video",
    ),
    (
        "Create a short clip of a nurse greeting a patient at a clinic front desk for the patient portal welcome page.",
        "text_to_video",
    ),
    (
        "A video of a team celebrating around a laptop in a bright office, to play muted in the background of "
        "our careers page.",
        "text_to_video",
    ),
    (
        "Generate a short clip of a phone screen scrolling through a shopping app. We'll add the music "
        "ourselves later in Premiere.",
        "text_to_video",
    ),
    # image_edit
    ("<image 0> Remove the parked car in front of the house in this listing photo.", "image_edit"),
    ("<image 0> Swap the background of this product photo for plain white, for our Amazon listing.", "image_edit"),
    (
        "<image 0> Screenshot of our CRM. Blur out the customer's email and phone number before I share "
        "it with the vendor.",
        "image_edit",
    ),
    (
        "<image 0> <image 1> Replace the old sign on this storefront with our new logo, only in the area "
        "marked by the mask.",
        "image_edit",
    ),
    (
        "<image 0> Brighten this headshot and get rid of the coffee stain on his shirt for the staff directory.",
        "image_edit",
    ),
    # image_control
    (
        "<image 0> Pencil sketch of our trade show booth. Render it as a realistic booth that follows "
        "the sketch lines.",
        "image_control",
    ),
    (
        "<image 0> Use this pose skeleton to make an image of a warehouse worker lifting a box correctly "
        "for the safety manual.",
        "image_control",
    ),
    ("<image 0> Depth map of our lobby: generate it furnished in a modern style.", "image_control"),
    (
        "<image 0> This is the edge map of our packaging dieline. Make a finished-looking cereal box "
        "that follows these edges.",
        "image_control",
    ),
    (
        "<image 0> My scribbled wireframe of the checkout screen. Turn it into a polished app screen "
        "that keeps the same layout.",
        "image_control",
    ),
    # image_reference
    (
        "<image 0> This is our mascot plush. Make an image of it sitting at a desk wearing a headset "
        "like a support agent.",
        "image_reference",
    ),
    (
        "<image 0> Photo of our new sneaker. Show it on a runner's feet on a city street for the campaign.",
        "image_reference",
    ),
    ("<image 0> Headshot of our CEO. Create an image of her speaking on stage at a conference.", "image_reference"),
    ("<image 0> Put this branded tumbler on a hiking trail for the outdoor catalog.", "image_reference"),
    (
        "<image 0> The sofa from our showroom. Show it in a bright Scandinavian-style living room.",
        "image_reference",
    ),
    # image_to_video
    (
        "<image 0> Animate this backyard listing photo with the trees swaying and the pool water rippling, "
        "silent, for the MLS.",
        "image_to_video",
    ),
    (
        "<image 0> Make this product shot of our headphones slowly rotate, a short silent loop for the website.",
        "image_to_video",
    ),
    (
        "<image 0> Use this photo of the finished warehouse as the last frame of a short clip that starts "
        "from an empty lot.",
        "image_to_video",
    ),
    ("<image 0> bring our delivery truck illustration to life, driving off to the right", "image_to_video"),
    (
        "<image 0> Hero image from our email campaign. Animate the confetti falling so we can use it as a "
        "moving header.",
        "image_to_video",
    ),
    # video_reference
    ("<image 0> Here's our robot vacuum. Make a short video of it cleaning a living room floor.", "video_reference"),
    (
        "<image 0> Our company mascot. Create a video of it waving hello at a store entrance.",
        "video_reference",
    ),
    (
        "<image 0> Photo of our new e-bike; generate a clip of someone riding it along a beach boardwalk.",
        "video_reference",
    ),
    (
        "<image 0> This is our school's bus. Make a video of it pulling up to the front of the school in the morning.",
        "video_reference",
    ),
    (
        "<image 0> Our new lipstick. Make a short video of it being opened and swatched on a hand, no audio.",
        "video_reference",
    ),
    # video_edit
    (
        "<video 0> Change the sky in this drone footage of the construction site from overcast to clear blue.",
        "video_edit",
    ),
    (
        "<video 0> Blur the customers' faces in this store footage before we share it with the insurance adjuster.",
        "video_edit",
    ),
    (
        "<video 0> Replace the competitor's logo on the truck in this clip with a plain white panel.",
        "video_edit",
    ),
    ("<video 0> Make this property tour look like it was filmed at dusk with the lights on.", "video_edit"),
    ("<video 0> Remove the cables lying across the floor in this product demo video.", "video_edit"),
    # video_control
    (
        "<video 0> Pose video of our trainer's demonstration. Make a video of a nurse in scrubs doing "
        "the same patient-transfer motion.",
        "video_control",
    ),
    (
        "<video 0> Depth video of a warehouse aisle. Generate a forklift driving down it that follows the depth.",
        "video_control",
    ),
    (
        "<video 0> Use the motion in this clip to make our cartoon mascot do the same dance for TikTok; "
        "we'll add the sound in the app.",
        "video_control",
    ),
    (
        "<video 0> Edge video of our app's screen transitions. Make a polished dark-mode version that "
        "follows the same edges.",
        "video_control",
    ),
    (
        "<video 0> Follow this pose sequence of a cashier scanning items to make a training video of a "
        "cashier in our green uniform.",
        "video_control",
    ),
)
