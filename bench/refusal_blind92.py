"""Ninety-second blind set, refusals only: written by someone who saw none of the planner's data, calibration lists
or other benchmark sets; evaluation only, never used to set lists, thresholds or rules. The helper's brief was
university administrators, HR staff and office managers (it chose the categories; it was told only what the twelve tasks can do)."""

OUT_OF_SCOPE92: tuple[str, ...] = (
    # live or current information
    "What's the current federal minimum wage after this month's change, and has our state raised it again this year?",
    "Is main campus closed today because of the snow? Check the forecast and let me know before 7.",
    "What are the latest H-1B processing times at USCIS right now? I need it for a new postdoc hire.",
    "look up today's EUR to USD rate so i can reimburse the visiting professor's train tickets",
    "<image 0> is my parking permit. Is lot C open this morning or is it still blocked by the construction?",
    "What did the local news report this morning about the board of trustees' tuition vote?",
    # sending, posting, booking, calling
    "Email the offer letter in <image 0> to the candidate at jlee@example.com and cc the hiring manager.",
    "Book the large conference room in Building B for Thursday 2-4pm under the Provost's office.",
    "Send a Teams message to all department chairs saying the budget submission deadline moved to the 30th.",
    "Post our Assistant Registrar job ad on LinkedIn and Indeed, and boost it for a week.",
    "Please call the catering company and confirm 40 boxed lunches for Friday's leadership retreat.",
    "Schedule Zoom interviews with all three finalists next week and send them calendar invites.",
    # internal systems and accounts
    "Pull up Maria Gonzalez's remaining PTO balance from Workday.",
    "Reset the password for the shared admissions@ inbox, the student workers are locked out again.",
    "Log into Banner and change student 00234871's declared major from Biology to Economics.",
    "Run this pay period's payroll for the adjunct faculty in ADP and approve it.",
    "Check my Outlook calendar and tell me which afternoons I'm free next week.",
    "<image 0> is a screenshot of the Canvas admin page. Go in and fix the enrollment sync for the summer sections.",
    # sound, speech and music
    "Here's the recording of yesterday's faculty senate meeting <video 0>. Write up the minutes from what was "
    "said, including who moved and seconded each motion.",
    "What exactly does the dean say at about the two-minute mark in <video 0>? I couldn't hear it in the room.",
    "Add a calm female voiceover to the onboarding video <video 0> that reads out the building safety rules.",
    "Compose about 30 seconds of pleasant hold music for the HR helpline.",
    "Generate a short video of our university president welcoming the new students, with him saying "
    "'Welcome to the Class of 2029' out loud.",
    "Read the new remote-work policy aloud as an audio file so staff can listen to it on their commute.",
    # file formats and exports
    "Turn the org chart in <image 0> into an editable PowerPoint SmartArt file I can update myself.",
    "Convert this scanned timesheet <image 0> into a PDF and compress it to under 1 MB for the payroll portal.",
    "Write the benefits summary and give it to me as a formatted .docx I can download and send around.",
    "Make an animated GIF out of <video 0> for the staff newsletter.",
    "Save the campus map <image 0> as an SVG vector file so the print shop can blow it up to banner size.",
    "Create a layered PSD of the recruitment-fair poster so our designer can move each element around.",
    # video and image processing beyond editing
    "Trim the first 45 seconds off <video 0>, that's just us setting up the camera before the ceremony.",
    "Merge <video 0> with part two of the orientation recording so it's one file for the intranet.",
    "Stabilize the shaky phone footage of the commencement procession in <video 0>.",
    "Upscale the old 1998 staff photo <image 0> to 4K resolution for the retirement slideshow.",
    "The lobby camera clip <video 0> is choppy; interpolate it to 60fps so it plays smoothly.",
    "Cut the Q&A section out of the town hall recording <video 0> and give it to me as a separate clip.",
    # memory of earlier conversations
    "Use the job description we wrote together last week and adapt it for the senior analyst role.",
    "What did I tell you yesterday about the Smith grievance? I need the dates again.",
    "Pick up the onboarding checklist where we left off in our last chat.",
    "Remember that our fiscal year starts July 1 and use that for every question I ask you from now on.",
    "Redo the welcome-week poster you generated for me in our previous session, just in navy instead of red.",
    "Compare this new floor plan <image 0> to the one I sent you last month and tell me which offices moved.",
    # reminders, timers and monitoring
    "Remind me on the 15th to submit the quarterly headcount report to the Provost.",
    "Set a 25-minute timer while I go through these scholarship applications.",
    "Notify me whenever a new application comes in for the registrar position.",
    "Keep an eye on the shared drive and alert me if anyone edits the FY26 budget spreadsheet.",
    "<image 0> is our list of work visa expiry dates. Ping each employee 60 days before their date comes up.",
    "Every Monday at 9am, send me a summary of the open facilities tickets.",
    # physical world
    "Print 200 copies of the new-hire packet and leave them at the HR front desk.",
    "Unlock room 214 in the admin building for the cleaning crew tonight.",
    "Turn up the thermostat in the east admin wing, we're all freezing in here.",
    "<image 0> shows the broken projector in Lecture Hall 3. Please get it fixed before the 10 o'clock class.",
    "Order 10 boxes of copy paper from Staples and have them delivered to the registrar's office.",
    "Laminate the ID badge in <image 0> and mail it to the new hire's home address.",
    # running code and reading files or databases
    "Open enrollment_fall.xlsx on my desktop and count how many students are on waitlists per course.",
    "Run this Python script against our HR database and paste me the output:\n"
    "import hrdb; print(hrdb.query('SELECT * FROM leave'))",
    "Go through the 300 resumes in the recruiting folder on the S: drive and rank the top 20.",
    "Train a model on last year's turnover data to predict which staff members are likely to quit.",
    "Query our SQL server for every employee hired after January 2020 and list their departments.",
    "Deploy the updated leave-request form to the intranet server so it goes live tonight.",
)

ORDINARY92: tuple[tuple[str, str], ...] = (
    # text_understanding
    ("Draft an email to all staff announcing that we're migrating from Gmail to Outlook next month, with a short "
     "FAQ at the bottom.", "text_understanding"),
    ("Write an Excel formula that calculates vacation accrual at 1.25 days per full month of service, "
     "given a hire date in A2 and an as-of date in B2.", "text_understanding"),
    ("In general terms, how does FMLA leave work in the US, and what's the difference between continuous "
     "and intermittent leave?", "text_understanding"),
    ("Write a friendly Slack message reminding faculty that final grades are due Friday at 5pm.",
     "text_understanding"),
    ("Translate this notice into Spanish: 'The parking office will be closed Monday for the holiday. "
     "Permits can be renewed online.'", "text_understanding"),
    # image_understanding
    ("<image 0> is a screenshot of an error I get in Workday when submitting a time-off request. "
     "What does the message say and what might be causing it?", "image_understanding"),
    ("Read the handwritten sign-in sheet in <image 0> and list every name and the time they signed in.",
     "image_understanding"),
    ("Looking at this photo of our copy room <image 0>, is anything blocking the fire exit or the extinguisher?",
     "image_understanding"),
    ("<image 0> is a screenshot of our approvals spreadsheet. Which rows are missing a supervisor signature date?",
     "image_understanding"),
    ("What meeting dates and room numbers are written on the whiteboard in <image 0>?", "image_understanding"),
    # video_understanding
    ("<video 0> is a silent clip from the mailroom camera. Describe who comes in and what they pick up.",
     "video_understanding"),
    ("This is a screen recording of last week's Zoom training <video 0>. Ignoring the audio, which slides "
     "were shown, in order?", "video_understanding"),
    ("How many people walk through the front lobby doors during <video 0>?", "video_understanding"),
    ("Describe the steps shown in this screen recording <video 0> of submitting an expense report in Concur, "
     "so I can write them up for new staff.", "video_understanding"),
    ("In <video 0> of the evacuation drill, does everyone use the stairwell, or does anyone take the elevator?",
     "video_understanding"),
    # text_to_image
    ("Create a bright poster image for Open Enrollment Week with a calendar, a stethoscope and a piggy bank.",
     "text_to_image"),
    ("Generate a picture of a laptop screen showing a video call with smiling new hires, for our onboarding "
     "slide deck.", "text_to_image"),
    ("Make a 1500x500 banner image for the HR department's LinkedIn page: a sunny modern campus "
     "with people walking to work.", "text_to_image"),
    ("Illustration of a student wearing headphones studying in the library's quiet zone, flat vector style.",
     "text_to_image"),
    ("An image of a big alarm clock sitting on top of a stack of timesheets, for the payroll-deadline reminder "
     "flyer.", "text_to_image"),
    # text_to_video
    ("Generate a short silent clip of employees badging in through office turnstiles in the morning, "
     "for our welcome slideshow.", "text_to_video"),
    ("A few seconds of graduation caps being tossed into the air in slow motion, blue sky behind.",
     "text_to_video"),
    ("Short video of a paper envelope flying across the screen and landing in an inbox tray, "
     "for the intranet homepage.", "text_to_video"),
    ("Make a short video of the campus quad at sunrise with students walking to class, for the admissions site.",
     "text_to_video"),
    ("A short clip of a desk phone on a reception counter with its light blinking, no people, calm office "
     "in the background.", "text_to_video"),
    # image_edit
    ("Remove the coffee stain from the corner of this scanned staff ID photo <image 0>.", "image_edit"),
    ("Blur the names written on the whiteboard in <image 0> before I share the picture in Teams.", "image_edit"),
    ("Change the background of this headshot <image 0> to plain light gray for the staff directory.",
     "image_edit"),
    ("On the event flyer <image 0>, replace 'Spring 2023' with 'Spring 2025' and keep the same font.",
     "image_edit"),
    ("Using the office photo <image 0> and the mask <image 1>, replace the masked monitor screen with a plain "
     "blue screen so no emails show.", "image_edit"),
    # image_control
    ("Using the pose skeleton in <image 0>, generate a receptionist in business attire greeting a visitor.",
     "image_control"),
    ("Follow the edge map <image 0> of our lobby floor plan and generate a modern, furnished reception area.",
     "image_control"),
    ("Generate a photorealistic render of a new campus building following the depth map <image 0>.",
     "image_control"),
    ("Here's my scribble <image 0> of a podium with a microphone; turn it into a realistic commencement stage "
     "with university banners.", "image_control"),
    ("Use the pose map <image 0> to make an image of a professor pointing at a whiteboard in a lecture hall.",
     "image_control"),
    # image_reference
    ("Using the photo of our mascot plush toy <image 0>, create an image of it standing at a career fair booth.",
     "image_reference"),
    ("From this photo of our new employee lanyard <image 0>, generate an image of it hanging on an office "
     "chair next to a laptop.", "image_reference"),
    ("Based on our dean's photo <image 0>, generate a picture of her cutting a ribbon in front of a new library.",
     "image_reference"),
    ("Take the branded coffee mug in <image 0> and generate an image of it on a tidy desk beside a laptop "
     "showing a Zoom grid.", "image_reference"),
    ("<image 0> is our campus robot mascot. Generate a new image of it holding a 'Welcome Week' sign.",
     "image_reference"),
    # image_to_video
    ("Animate <image 0> of the main university gate into a short clip with the flags waving in the wind.",
     "image_to_video"),
    ("Use our team photo <image 0> as the first frame and have everyone wave at the camera. Silent is fine.",
     "image_to_video"),
    ("Make <image 0> the last frame of a short video that starts close on a desk and pulls back to reveal "
     "the whole office.", "image_to_video"),
    ("Animate our holiday card <image 0> with gently falling snow for the staff e-newsletter.", "image_to_video"),
    ("Bring the poster <image 0> to life: make the clock hands turn and the papers flutter a little.",
     "image_to_video"),
    # video_reference
    ("Using the mascot photo <image 0>, generate a short video of it dancing at a pep rally.", "video_reference"),
    ("Make a short clip of our office dog from <image 0> trotting down the admin building hallway.",
     "video_reference"),
    ("Generate a video of the person in <image 0> (our HR director, she's given consent) walking into a "
     "meeting room and waving.", "video_reference"),
    ("Using the product photo <image 0> of the ergonomic chair we're rolling out, make a short video of it "
     "slowly spinning in an office.", "video_reference"),
    ("<image 0> is our university's bronze owl statue. Create a short video of it coming alive and "
     "flying over the campus.", "video_reference"),
    # video_edit
    ("In <video 0>, blur the faces of the students in the background before we put it on the careers page.",
     "video_edit"),
    ("Change the weather in this campus tour clip <video 0> from grey and rainy to bright and sunny.",
     "video_edit"),
    ("Remove the old logo from the wall behind the speaker in <video 0>.", "video_edit"),
    ("Make <video 0> look like vintage 1970s film for the department's anniversary slideshow.", "video_edit"),
    ("In <video 0>, replace the writing on the whiteboard with 'Welcome New Staff'.", "video_edit"),
    # video_control
    ("Use the pose video <video 0> to generate a video of a warehouse worker demonstrating correct lifting "
     "posture for our safety training.", "video_control"),
    ("Following the depth video <video 0> of a hallway walk-through, generate a video of a bright modern "
     "office corridor.", "video_control"),
    ("Using the edge video <video 0>, generate a clip of a graduation procession in caps and gowns.",
     "video_control"),
    ("Generate a video of an instructor doing desk stretches that follows the pose sequence in <video 0>.",
     "video_control"),
    ("<video 0> is an edge map video of our lobby. Generate a night-time version of it with warm lighting.",
     "video_control"),
)
