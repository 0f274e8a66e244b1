"""Fifty-eighth blind set, refusals only: written by someone who saw none of the planner's data, calibration lists
or other benchmark sets; evaluation only, never used to set lists, thresholds or rules. The helper's brief was
small business owners and office workers juggling tools, customers and paperwork (it chose the categories; it was
told only what the twelve tasks can do)."""

OUT_OF_SCOPE58: tuple[str, ...] = (
    # sending, posting and messaging on the user's behalf
    "Email the overdue invoice reminder to all three clients on my list before 5pm, cc my accountant.",
    "post this flyer <image 0> to our shop's Facebook and Instagram pages with the caption "
    "'Summer sale starts Friday'",
    "Can you text Marco that his order is ready for pickup? His number is in my phone under 'Marco tiles'.",
    "Reply to the angry customer review on our Google listing, be polite but firm, and publish it for me.",
    "Send this screenshot <image 0> to our IT support ticket system and mark it urgent.",
    "Upload <video 0> to our company YouTube channel as unlisted and share the link in the team Slack.",
    # the user's accounts, calendars, inboxes and business apps
    "What meetings do I have on Thursday? Check my Outlook calendar and move the 2pm with Dana to next week.",
    "Log into QuickBooks and tell me which invoices are still unpaid from last quarter.",
    "Go through my inbox and delete every newsletter I never opened, then archive the rest from before March.",
    "pull up the customer history for account #44817 in our CRM and summarise their complaints",
    "Add the receipt in <image 0> to my Expensify report for the Lyon trip and submit it for approval.",
    "Check our Shopify store: how many units of the blue ceramic mug did we sell this month?",
    "Can you see who edited the shared budget spreadsheet on Google Drive yesterday and undo their changes?",
    # live data, prices, news and the current date
    "What's the current euro to dollar exchange rate? I need to quote a US client in the next ten minutes.",
    "Is the post office on Hamilton Street open right now, or do I have to wait until Monday?",
    "Look up today's price for a pallet of A4 printer paper at the three cheapest suppliers near me.",
    "what did the central bank announce this morning about interest rates, does it affect my business loan?",
    "How long is the wait at the tax office today? I need to drop off forms before my lunch break.",
    "Find me the latest changes to the VAT filing deadline that came out this week.",
    "Track parcel JD014392877GB and tell me when it will reach the customer.",
    # remembering earlier conversations
    "Use the same pricing table you made for me last Tuesday and just bump every line by 4%.",
    "What was the name of the supplier I told you about in our chat yesterday? The one with the cheap labels.",
    "Continue the onboarding checklist we started last week from where we left off.",
    # reminders, timers and scheduling
    "Remind me at 4:30 every Friday to send the weekly timesheets to payroll.",
    "set a 25 minute timer so I know when to stop answering emails and start on the quotes",
    "Book a meeting room for 8 people tomorrow at 10 and send the invite to the whole sales team.",
    "Schedule this promo image <image 0> to go out on our LinkedIn page every Monday at 9am for a month.",
    # audio: hearing it or producing it
    "Transcribe what the customer says in <video 0>, I need her complaint word for word for the report.",
    "Record a friendly voicemail greeting for the office line saying we're closed for the holidays.",
    "Generate a short jingle for our bakery radio ad, something cheerful with a ukulele.",
    "Listen to <video 0> from our team meeting and write up the minutes of who said what.",
    "Add a calm voiceover reading our opening hours to this shop promo clip <video 0>.",
    "Make me a hold music loop for our phone system, about 30 seconds, not annoying.",
    "Read this invoice out loud to me as an audio file so I can listen while driving.",
    "What song is playing in the background of <video 0>? A customer asked and I want to credit it.",
    # file formats, conversion, compression and export
    "Convert the scanned contract <image 0> into an editable Word document with the same layout.",
    "Turn this price list into a PDF I can attach to emails, with our letterhead on top.",
    "compress <video 0> so it's under 10MB, the client's email keeps bouncing it",
    "Export our logo <image 0> as an SVG vector file so the sign maker can cut it.",
    "Save the org chart <image 0> as a layered PSD so our designer can move the boxes around.",
    "Make an animated GIF out of <video 0> for our email signature.",
    "Merge these three quarterly reports into one Excel workbook with a tab for each.",
    # video cutting, merging and restoring; image upscaling
    "Trim <video 0> so it starts at 0:12 and ends at 0:47, that's the only part the client needs.",
    "Join the two product demo clips into one video with a fade between them.",
    "Upscale this blurry photo of our storefront <image 0> to 4K for the big window banner.",
    "The handheld walkthrough in <video 0> is too shaky, stabilise it before we send it to the landlord.",
    "Make <video 0> smoother by interpolating it to 60 frames per second.",
    "Sharpen <image 0> to super-resolution so the serial number on the machine plate is readable when printed at A3.",
    # files on disk, servers and running code
    "Open the folder 'Invoices 2023' on my desktop and rename every file to client-name_date.",
    "Run this VBA macro on my payroll spreadsheet and tell me if it throws an error.",
    "Check whether our web shop server is down, customers say the checkout page won't load.",
    "Back up the shared drive to an external disk tonight and email me when it's done.",
    "Scan the attached photo of a USB stick <image 0> and recover the files I deleted from it.",
    "Fix the printer on the second floor, it keeps saying paper jam even though there's no paper in it.",
    # buying, paying, calling and physical actions
    "Order 20 boxes of toner for the HP LaserJet from our usual supplier and put it on the company card.",
    "Pay the electricity bill for the shop from our business account before it's late.",
    "Call the landlord and ask if we can extend the lease by six months.",
    "Buy the desk shown in <image 0> from whatever site has it cheapest and ship it to the office.",
    # training models
    "Train a model on our last two years of sales so it can predict how much stock to order each week.",
    "Fine-tune yourself on the 300 support tickets I'll paste in so you answer like our team does.",
)

ORDINARY58: tuple[tuple[str, str], ...] = (
    # text_understanding
    ("Write a polite email to a client whose invoice is 30 days overdue, reminding them of the amount and "
     "offering a payment plan.", "text_understanding"),
    ("Explain the difference between a purchase order and an invoice so I can train my new office assistant.",
     "text_understanding"),
    ("Draft a short script for what our receptionist should say when answering the phone after a holiday "
     "closure.", "text_understanding"),
    ("Here's a formula I use in Excel: =SUMIFS(C:C,A:A,\"Paid\",B:B,\">=\"&DATE(2024,1,1)). What does it do, "
     "step by step?", "text_understanding"),
    ("Translate this into Spanish for a supplier: 'Please confirm the delivery date for order 1182 and send "
     "the updated invoice.'", "text_understanding"),
    # image_understanding
    ("What's the total and the VAT amount on this receipt <image 0>? I need it for my expense report.",
     "image_understanding"),
    ("Here's a screenshot of an error in our accounting software <image 0>. What does the message mean?",
     "image_understanding"),
    ("Read the handwritten notes on this whiteboard photo <image 0> from our planning meeting and list the "
     "action items.", "image_understanding"),
    ("Is there anything in this contract page <image 0> about automatic renewal or cancellation notice?",
     "image_understanding"),
    ("Look at the cables behind this router <image 0> and tell me which port the blue one is plugged into.",
     "image_understanding"),
    # video_understanding
    ("In this security camera clip <video 0>, does the delivery driver leave the parcel at the door or take "
     "it back?", "video_understanding"),
    ("Watch <video 0> of me assembling the display stand and tell me which step I got wrong.",
     "video_understanding"),
    ("This is a screen recording of our checkout flow <video 0>. Describe what happens on each screen so I "
     "can write a bug report.", "video_understanding"),
    ("How many customers walk into the shop during this timelapse <video 0>?", "video_understanding"),
    ("Describe what the presenter writes on the slides in <video 0>, I missed the meeting.",
     "video_understanding"),
    # text_to_image
    ("Create a clean banner image for our accounting firm's website: a tidy desk, laptop, coffee, calm blue "
     "tones, wide format.", "text_to_image"),
    ("Make an illustration of a friendly cartoon plumber holding a clipboard for our invoice header.",
     "text_to_image"),
    ("Generate a square image for an Instagram post announcing 'Now booking appointments online', flat "
     "design, pastel colours.", "text_to_image"),
    ("Design a simple icon of a stack of paperwork with a green checkmark, for our internal tools page.",
     "text_to_image"),
    ("I need a photo-style picture of a busy small cafe counter at morning rush for a recruiting poster.",
     "text_to_image"),
    # text_to_video
    ("Make a short video of a paper invoice folding itself into a paper plane and flying off a desk.",
     "text_to_video"),
    ("Generate a few seconds of a florist wrapping a bouquet at a shop counter, warm light, for our website "
     "header.", "text_to_video"),
    ("Create a short clip of a stack of files on an office desk slowly tidying itself, for a presentation "
     "intro.", "text_to_video"),
    ("A short silent clip of a delivery van pulling up outside a small hardware store at sunrise.",
     "text_to_video"),
    ("Generate a short looping video of a phone screen lighting up with new order notifications on a shop "
     "counter.", "text_to_video"),
    # image_edit
    ("Remove the clutter and the coffee cups from the background of this product photo <image 0>.",
     "image_edit"),
    ("Change the opening hours on this shop sign photo <image 0> to say 9-6 instead of 10-5.", "image_edit"),
    ("Blur the customer's name and address on this shipping label <image 0> before I post it in our team chat.",
     "image_edit"),
    ("Replace the sky in our storefront photo <image 0> with a bright blue one, only in the area marked in "
     "<image 1>.", "image_edit"),
    ("Make this staff headshot <image 0> look more professional: plain grey background, fix the lighting.",
     "image_edit"),
    # image_control
    ("Use this floor plan sketch <image 0> as the layout and render a realistic small office with desks and "
     "plants.", "image_control"),
    ("Follow the pose in <image 0> and generate a barista handing a coffee across the counter.",
     "image_control"),
    ("Here's a depth map of our shop interior <image 0>; generate a version with a cosy Christmas "
     "decoration theme.", "image_control"),
    ("Turn my rough scribble of a logo layout <image 0> into a finished image of a bakery storefront sign.",
     "image_control"),
    ("Using the edge map <image 0>, create a photo of a modern reception desk with a laptop and a printer.",
     "image_control"),
    # image_reference
    ("Using our product <image 0>, make a new photo of that same water bottle on a gym bench.",
     "image_reference"),
    ("Generate an image of our mascot from <image 0> sitting at a desk doing paperwork.", "image_reference"),
    ("Show the handbag from <image 0> displayed in a boutique shop window.", "image_reference"),
    ("Create a picture of the person in <image 0> presenting at a small business conference, for our "
     "newsletter.", "image_reference"),
    ("Put the ceramic mug from <image 0> on a kitchen table next to a laptop and a notebook.",
     "image_reference"),
    # image_to_video
    ("Animate this product photo <image 0> so the camera slowly circles around the sneaker.",
     "image_to_video"),
    ("Bring our shop front photo <image 0> to life with people walking past, for the website header.",
     "image_to_video"),
    ("Make a short clip that ends on this exact image of our finished kitchen install <image 0>.",
     "image_to_video"),
    ("Animate the flyer <image 0> so the confetti falls and the balloons drift up.", "image_to_video"),
    ("Start from this photo of my desk <image 0> and make the papers flutter as if a window opened.",
     "image_to_video"),
    # video_reference
    ("Make a short video of the robot vacuum from <image 0> cleaning an office floor under the desks.",
     "video_reference"),
    ("Using our mascot <image 0>, generate a video of it waving at customers by the shop door.",
     "video_reference"),
    ("Create a clip of the backpack in <image 0> being carried by someone walking to work.",
     "video_reference"),
    ("Generate a short video of the chef in <image 0> plating a dish in a restaurant kitchen.",
     "video_reference"),
    ("Show the coffee machine from <image 0> pouring an espresso in a busy cafe.", "video_reference"),
    # video_edit
    ("Change the colour of the delivery van in <video 0> from white to our brand orange.", "video_edit"),
    ("Remove the logo on the t-shirt in this promo clip <video 0>, we don't have rights to it.", "video_edit"),
    ("Make the office walkthrough in <video 0> look like it's filmed on a sunny day instead of overcast.",
     "video_edit"),
    ("Blur the faces of the customers in the background of <video 0> before we post it.", "video_edit"),
    ("In <video 0>, replace the messy whiteboard behind me with a clean bookshelf.", "video_edit"),
    # video_control
    ("Use the pose sequence in <video 0> to generate a video of a waiter carrying plates through a restaurant.",
     "video_control"),
    ("Follow the depth video <video 0> and make a clip of a bright modern showroom with the same camera move.",
     "video_control"),
    ("Here's an edge video of a hand signing a document <video 0>; generate a realistic version in an "
     "office.", "video_control"),
    ("Using the motion in this pose video <video 0>, make a cartoon mechanic doing the same movements.",
     "video_control"),
    ("Generate a warehouse scene following the edge map video <video 0> with forklifts and shelving.",
     "video_control"),
)
