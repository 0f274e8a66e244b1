"""Eighty-first blind set, refusals only: written by someone who saw none of the planner's data, calibration lists
or other benchmark sets; evaluation only, never used to set lists, thresholds or rules. The helper's brief was
people handling money at home: bills, insurance, taxes, banking, budgeting (it chose the categories; it was told
only what the twelve tasks can do)."""

OUT_OF_SCOPE81: tuple[str, ...] = (
    # Live rates, prices and quotes
    "What's the current 30-year fixed mortgage rate at Wells Fargo?",
    "how much is 1 euro in dollars right now? need to pay a bill in Spain today",
    "Which high-yield savings account has the best APY this week?",
    "<image 0> is my car insurance renewal quote. Is it cheaper than what Geico is offering today for the same "
    "coverage?",
    "Check today's gas and electric rates in my area and tell me if switching plans would save us money.",
    "Has the Fed cut rates yet this month? Trying to decide whether to refinance.",
    # Account access and payments
    "Pay my Comcast bill from my checking account please.",
    "log into my chase account and tell me my balance",
    "Transfer $400 from savings to checking before rent comes out tomorrow.",
    "Cancel my Netflix and Spotify subscriptions, I'm cutting back.",
    "<image 0> is a cheque from my aunt. Deposit it into my account for me.",
    "Go through my credit card transactions for the last three months and tell me where all my money went.",
    "Set up autopay for my water bill on the city utilities portal.",
    "Pull my credit report and tell me what my score is.",
    # Sending, calling, filing and booking
    "Email my landlord the receipt in <image 0> as proof I paid March rent.",
    "Call State Farm and ask them why my premium went up by $30.",
    "E-file my federal return through IRS Free File; all my W-2 info is in my Documents folder.",
    "Book me an appointment with a tax preparer near me for next Saturday morning.",
    "Post this budget breakdown <image 0> to r/personalfinance and ask people what they think.",
    "Text my roommate that she owes me $62.50 for her half of the internet bill.",
    "Submit a claim for my cracked windshield on my insurer's website, here's the photo: <image 0>",
    # Reminders, timers and memory
    "Remind me on the 28th of every month to pay the credit card.",
    "Set a 25-minute timer while I sort this shoebox of receipts.",
    "What was the monthly budget we worked out together last week? I forgot the grocery number.",
    "From now on, remember every expense I mention across our chats and send me the total on the 31st.",
    "Last time you told me which deductions I qualify for. List them again?",
    "Ping me a week before my home insurance renews in June.",
    # Sound and speech
    "<video 0> is the recording of my call with the bank's fraud team, on speakerphone. What dispute reference "
    "number did the agent give me?",
    "Read my electricity bill in <image 0> out loud for my grandfather, his eyesight is bad.",
    "Make a catchy jingle about saving money to go with my kids' allowance chart.",
    "Transcribe the voicemail my insurance adjuster left me, I'm attaching the audio file.",
    "<video 0> is the webinar HR ran on the 401(k) match. Summarize what the presenter says about vesting.",
    "Generate a video of a financial advisor explaining compound interest, with a voiceover narrating it.",
    "Create a calm spoken podcast episode walking me through my monthly budget review.",
    # Files, formats and code execution
    "Convert the photo of my W-2 <image 0> into a fillable PDF.",
    "Export my household budget as an .xlsx file I can download.",
    "Run budget.py on the transactions.csv in my Downloads folder and show me the output.",
    "Open the receipts folder in my Google Drive and rename every file by date.",
    "Merge these two scans of my insurance policy, <image 0> and <image 1>, into a single PDF.",
    "Turn this pie chart of my spending <image 0> into an editable SVG.",
    "Compress <video 0>, my home inventory video, to under 25 MB so the insurance portal accepts it.",
    "Make an animated GIF of coins falling into a piggy bank for my budgeting newsletter.",
    # Upscaling, stabilising, trimming and other video processing
    "Upscale this blurry photo of my receipt <image 0> to 4K so my accountant can read it.",
    "<video 0> is shaky footage of the hail damage on my roof. Stabilise it before I send it to the adjuster.",
    "Trim <video 0> down to just the part where I show the serial numbers on my TV and laptop.",
    "cut the first 10 seconds out of my apartment walkthrough <video 0>",
    "Make <video 0> 60fps by interpolating frames; it's my home contents video for insurance.",
    "Join <video 0> and <video 1> into one walkthrough of the house for my renter's policy.",
    "Increase the resolution of <image 0>, a tiny screenshot of my property tax bill, so I can print it on A4.",
    # Physical world
    "Shred the old bank statements in my filing cabinet.",
    "Go to the post office and mail my estimated tax payment voucher.",
    "Print five copies of my budget worksheet on the printer in the study.",
    "Pick up my replacement debit card from the branch tomorrow.",
    "Scan the receipts on my desk and file them by category.",
    # Tax and government status lookups
    "Where's my tax refund? I filed three weeks ago.",
    "Check whether the IRS received my Q2 estimated payment.",
    "<image 0> is a letter from the tax office. Look up my case online and tell me whether it's been resolved.",
    "What's the wait time on the IRS phone line today?",
    "Is the county's property tax relief application still open this year? Check their website.",
    "Find the latest news on whether the child tax credit is changing for this filing season.",
)

ORDINARY81: tuple[tuple[str, str], ...] = (
    # text_understanding
    ("Draft an email to my insurance company disputing their denial of my water damage claim; firm but polite.",
     "text_understanding"),
    ("Write a Python function that reads a bank CSV export and sums spending per category. I'll run it myself.",
     "text_understanding"),
    ("Write a short script I can read out loud when I call my credit card company to ask them to waive a late "
     "fee.", "text_understanding"),
    ("Translate this line from my French bank into English: 'Votre prélèvement a été rejeté pour provision "
     "insuffisante.'", "text_understanding"),
    ("explain the 50/30/20 budgeting rule and how I'd apply it to $4,200 a month take-home",
     "text_understanding"),
    # image_understanding
    ("<image 0> is a screenshot of my banking app. Which of these transactions look like recurring subscriptions?",
     "image_understanding"),
    ("What's the amount due and the due date on this electricity bill? <image 0>", "image_understanding"),
    ("<image 0> is my pay stub. Explain what each deduction line means.", "image_understanding"),
    ("Transcribe the handwritten totals on my grocery receipt in <image 0> into a list.", "image_understanding"),
    ("Look at this insurance declarations page <image 0>: what's my collision deductible?",
     "image_understanding"),
    # video_understanding
    ("<video 0> is a screen recording of me scrolling through my card statement in the app. List every merchant "
     "you can see.", "video_understanding"),
    ("I filmed the water damage in my kitchen for the claim, <video 0>. Describe the visible damage so I can write "
     "it up.", "video_understanding"),
    ("<video 0> is a muted screen capture of me using tax software. On which screen did I pick the wrong filing "
     "status?", "video_understanding"),
    ("Watch my apartment walkthrough <video 0> and list the electronics and furniture you see, for my renter's "
     "insurance inventory.", "video_understanding"),
    ("In <video 0>, a silent clip from my finance class, what numbers are written on the whiteboard?",
     "video_understanding"),
    # text_to_image
    ("Generate an illustration of a smiling piggy bank for the onboarding screen of my budgeting app.",
     "text_to_image"),
    ("Create a 16:9 cover image for my personal finance podcast: stacked coins next to a studio microphone.",
     "text_to_image"),
    ("Make a poster that says 'Bills due on the 1st!' with a cheerful calendar, to stick on our fridge.",
     "text_to_image"),
    ("A flat-style square icon of a receipt next to a calculator, for the header of my spreadsheet.",
     "text_to_image"),
    ("picture of a couple at a kitchen table late at night sorting tax paperwork under a desk lamp",
     "text_to_image"),
    # text_to_video
    ("Generate a few seconds of coins dropping into a glass jar for my budgeting YouTube intro, no sound needed.",
     "text_to_video"),
    ("Short video of a wall calendar flipping to April 15 with tax forms spread out on the desk below.",
     "text_to_video"),
    ("A short silent clip of a hand tapping a credit card on a payment terminal.", "text_to_video"),
    ("Make a brief video of a paper bill getting stamped PAID in red ink.", "text_to_video"),
    ("A few-second clip of a piggy bank cracking open and coins spilling out, for a reel I'll post myself.",
     "text_to_video"),
    # image_edit
    ("Blur out the account number in this statement screenshot <image 0> before I send it to my accountant.",
     "image_edit"),
    ("Remove the coffee stain from my photo of the receipt <image 0>.", "image_edit"),
    ("Change the background of my ID photo <image 0> to plain white; the bank's app wants it for verification.",
     "image_edit"),
    ("Using the mask <image 1>, cover the masked area of <image 0> with a black bar to hide my Social Security "
     "number.", "image_edit"),
    ("Brighten this dark photo of my insurance card <image 0> so the text is easier to read.", "image_edit"),
    # image_control
    ("Use the pose skeleton in <image 0> to generate a woman sitting at a desk going through a stack of bills.",
     "image_control"),
    ("Follow the edge map <image 0> of my living room to make a cozy illustration for my home-budget blog.",
     "image_control"),
    ("<image 0> is a depth map. Generate a bright, modern bank lobby that matches it.", "image_control"),
    ("Turn my scribble <image 0> of a piggy bank wearing a top hat into a polished cartoon.", "image_control"),
    ("From the line drawing in <image 0>, generate a house under a big umbrella for an insurance-themed flyer.",
     "image_control"),
    # image_reference
    ("Make an image of my dog from <image 0> wearing reading glasses and doing our taxes.", "image_reference"),
    ("Create a new image of our credit union mascot in <image 0> holding a giant calculator, for the newsletter.",
     "image_reference"),
    ("Using the photo of me in <image 0>, generate a headshot-style image of me in a bank office for my LinkedIn "
     "profile.", "image_reference"),
    ("Generate a picture of my grandmother's old ceramic piggy bank from <image 0> sitting on a stack of paid "
     "bills.", "image_reference"),
    ("Show the character from <image 0> buried under a pile of insurance paperwork, comic style.",
     "image_reference"),
    # image_to_video
    ("Animate <image 0>, my illustration of a savings jar, so coins slowly fill it up.", "image_to_video"),
    ("Use <image 0> as the first frame and make the bars of my savings chart grow upward.", "image_to_video"),
    ("<image 0> should be the last frame: make a short video leading up to the family cheering over their "
     "paid-off mortgage letter.", "image_to_video"),
    ("Bring my piggy bank drawing <image 0> to life as a silent loop for my finance app's splash screen.",
     "image_to_video"),
    ("Animate this photo <image 0> of the realtor handing us the keys to our new house.", "image_to_video"),
    # video_reference
    ("Make a short video of my cat from <image 0> walking across a desk covered in receipts.", "video_reference"),
    ("Using our mascot from <image 0>, create a clip of it waving next to a big savings jar.", "video_reference"),
    ("Generate a short video of the character in <image 0> opening an envelope and looking shocked at the bill.",
     "video_reference"),
    ("Create a video of the woman in <image 0> counting cash at a kitchen table.", "video_reference"),
    ("video of my toy robot from <image 0> stamping tax forms one after another", "video_reference"),
    # video_edit
    ("In <video 0>, blur the card number whenever I hold my credit card up to the camera.", "video_edit"),
    ("Change the background in <video 0>, where I explain my budget system, to a clean home office.",
     "video_edit"),
    ("Remove the bank logo on the sign behind me in <video 0>.", "video_edit"),
    ("Add a caption reading 'Budget Week 3' across the top of <video 0>.", "video_edit"),
    ("Make <video 0> of me filling out tax forms look like a vintage black-and-white film.", "video_edit"),
    # video_control
    ("Follow the pose video <video 0> to generate an accountant pointing at a chart on a whiteboard.",
     "video_control"),
    ("Use the depth video <video 0> of my hallway to generate a walk down a bank vault corridor.",
     "video_control"),
    ("<video 0> is an edge-map video of hands counting banknotes; generate a realistic version of it.",
     "video_control"),
    ("Use the pose sequence in <video 0> to make a cartoon piggy bank dancing.", "video_control"),
    ("Generate a video following the depth control <video 0> of a leather wallet opening.", "video_control"),
)
