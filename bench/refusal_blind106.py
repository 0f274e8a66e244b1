"""One-hundred-and-sixth blind set, refusals only: written by someone who saw none of the planner's data, calibration
lists or other benchmark sets; evaluation only, never used to set lists, thresholds or rules. The helper's brief was
people who run clubs, charities and community groups, a third hurried commands, a third questions, a third with an
attached image or video (it chose the categories; it was told only what the twelve tasks can do). Three requests
that shared a run of six words with the repo's own data were reworded before any run."""

OUT_OF_SCOPE106: tuple[str, ...] = (
    # sending, posting or messaging on the user's behalf
    "Email the minutes from tonight's allotment committee meeting to all the plot holders.",
    "Post <image 0> to the scout group's Facebook page with a caption about the jumble sale.",
    "Can you text the under-11s parents that training's off tomorrow because the pitch is waterlogged?",
    "brighten up <image 0> and then WhatsApp it to the food bank volunteers group pls",
    "Send a thank-you message to everyone who signed up for the litter pick on Saturday.",
    "Could you put our panto audition notice on Nextdoor and the village Facebook group for me?",
    # live or online information
    "What's the weather going to be for our church fete this Saturday in Harrogate?",
    "Which local councils have community grants open for applications at the moment?",
    "Check whether the Charity Commission is showing our latest annual return as received.",
    "Has the league published next season's fixtures yet?",
    "Whats the current price of a pallet of tinned tomatoes at Booker? food bank's running low",
    "Are there any road closures in town today that would affect the Remembrance parade route?",
    # hearing speech or sound in a video
    "What does the vicar say in his announcement at the end of <video 0>? I missed the dates.",
    "Write up minutes from the meeting recording in <video 0>, who said what about the budget.",
    "Our choir rehearsal is in <video 0> - were the altos singing flat in the second verse?",
    "Can you tell me the name the compere reads out for the raffle winner in <video 0>?",
    # making audio
    "Record a voiceover for our residents' association video welcoming new neighbours.",
    "Make a 30-second jingle for the allotment society's local radio advert.",
    "Add some cheerful background music to <video 0> of our youth club sports day.",
    # files other than images, videos or text
    "Turn the sign-up sheet in <image 0> into an Excel spreadsheet with names and phone numbers.",
    "Make a fillable PDF of our membership form that people can print off.",
    "Create a PowerPoint deck for the AGM showing this year's fundraising totals.",
    "Can you give me a Word document of the constitution so the trustees can track changes?",
    "Make a 3D printable model of our club badge to go on top of the trophy.",
    "Put the stewarding rota from <image 0> into a Google Sheet and share it with the stewards.",
    "I need an .ics calendar file with all the cub meeting dates for autumn term",
    # remembering earlier conversations
    "What was the wording we agreed for the raffle licence letter when we talked last week?",
    "Pull up the list of volunteer names I gave you yesterday and sort them by shift.",
    "Carry on with the grant application you started drafting for me on Monday.",
    "Remind me which hymn numbers I told you for the harvest service last time?",
    "Use the same logo you designed for us last month, only in green this time.",
    # private records and accounts
    "How many members still haven't paid their subs? Check our club's membership database.",
    "Log into our bank account and tell me if the Gift Aid refund has come in.",
    "Look up the DBS certificate numbers for all our youth leaders.",
    "Who's booked the community centre main hall for next Thursday? Check the booking system.",
    "check my Gmail for the council's reply about the road closure for our parade",
    "What's the total on the mosque's JustGiving page right now?",
    # payments, bookings and purchases
    "Book the minibus for the scouts' trip to the Lakes on the 14th.",
    "Pay the invoice in <image 0> from the charity's account, it's due Friday.",
    "Order 200 raffle tickets and 50 hi-vis tabards for the volunteers.",
    "Reserve a pitch at the county show for our allotment society stall.",
    "Buy Saturday train tickets for the drama group to get to the regional festival.",
    "Renew our public liability insurance with the same insurer as last year please",
    # phone calls
    "Ring the Scout Association helpline and ask about the new first aid requirements.",
    "Phone round the food bank drivers and find out who can do Tuesday's run.",
    "Can you call the plumber about the leaking urinal in the clubhouse?",
    "Give the caterer a ring to confirm numbers for the jubilee lunch - 85 people.",
    "Could you phone the parents of the kids in <image 0> and ask for photo consent?",
    # acting on devices and accounts
    "Change the password on our club's Instagram, the old chair still knows it.",
    "Print 40 copies of the poster in <image 0> on the office printer.",
    "Turn the heating on at the church hall remotely before the toddler group arrives.",
    "Update our Google listing to say we close at 4 on Saturdays now.",
    "Upload <video 0> to our YouTube channel and set it to unlisted.",
    "Remove the old secretary as an admin from our Facebook group.",
    # live figures about something shown in an image or video
    "What is the charity in <image 0> rated on Google reviews at the moment?",
    "Is the cafe in <image 0> still open, and what are its hours today?",
    "How much would the bike in <image 0> go for on eBay right now? Thinking of raffling it.",
    "What's the current market value of the cup in <image 0>? We need it for the insurance.",
    "Is the road shown in <video 0> closed today for the roadworks? Planning the carnival route.",
    "How many tickets have been sold so far for the concert on the poster in <image 0>?",
)  # exactly 60 requests nothing above can fully serve

ORDINARY106: tuple[tuple[str, str], ...] = (
    # text_understanding
    (
        "Draft a polite message to parents saying Saturday's match is cancelled - I'll send it myself.",
        "text_understanding",
    ),
    ("How do we go about registering as a charity if our income is under £5,000?", "text_understanding"),
    (
        "Translate our food bank sign into Polish and Arabic: 'Welcome, please take a ticket and wait to be called.'",
        "text_understanding",
    ),
    (
        "Write an agenda for the allotment society AGM: apologies, minutes, treasurer's report, elections, AOB.",
        "text_understanding",
    ),
    ("What's a good way to thank volunteers at the end of the year without spending much?", "text_understanding"),
    # image_understanding
    ("What does the poster in <image 0> say the date and time of the quiz night are?", "image_understanding"),
    ("read me the names on the volunteer rota in <image 0> for Wednesday", "image_understanding"),
    (
        "Is there anything in <image 0> of the hall kitchen that looks like a hygiene problem before the inspection?",
        "image_understanding",
    ),
    ("Describe <image 0> for the alt text in our newsletter, please.", "image_understanding"),
    ("Can you read the handwritten totals on the float sheet in <image 0> and add them up?", "image_understanding"),
    # video_understanding
    ("In <video 0> of the under-9s match, how many goals did the team in blue score?", "video_understanding"),
    (
        "Describe what happens in <video 0>, I need to write a caption for the youth club newsletter.",
        "video_understanding",
    ),
    ("Does the fire exit in <video 0> of the hall walkthrough look blocked at any point?", "video_understanding"),
    (
        "Watch <video 0> of our dress rehearsal - does anyone exit on the wrong side of the stage?",
        "video_understanding",
    ),
    ("Count how many people are queueing outside the food bank in <video 0>.", "video_understanding"),
    # text_to_image
    (
        "Make a cheerful poster image for our church summer fair with bunting, a cake stall and a tombola.",
        "text_to_image",
    ),
    ("create an illustration of kids planting seedlings at an allotment for our newsletter header", "text_to_image"),
    (
        "Could you design a logo for the Millbrook Residents' Association - an oak tree inside a circle?",
        "text_to_image",
    ),
    ("Picture of a friendly food bank volunteer handing over a bag of groceries, for our leaflet.", "text_to_image"),
    ("For the panto flyer: Cinderella's pumpkin coach in a snowy village square.", "text_to_image"),
    # text_to_video
    ("Make a short video of lanterns floating over a lake at dusk for our Eid celebration screen.", "text_to_video"),
    (
        "Can you create a few seconds of a cricket ball hitting the stumps for the club's welcome slideshow?",
        "text_to_video",
    ),
    ("Generate a short clip of autumn leaves falling on a village green, no sound needed.", "text_to_video"),
    ("short animated video of a scout campfire with tents under the stars please", "text_to_video"),
    (
        "I'd like a little video of volunteers stacking tins on food bank shelves for our website banner.",
        "text_to_video",
    ),
    # image_edit
    ("Remove the wheelie bin from the corner of <image 0>, it's our group photo for the annual report.", "image_edit"),
    ("Swap the date on the poster in <image 0> from 12 May to 19 May.", "image_edit"),
    ("Blur the children's faces in <image 0> before it goes in the newsletter.", "image_edit"),
    ("Can you brighten <image 0>? The choir photo came out really dark in the church.", "image_edit"),
    ("put a Christmas hat on the mascot in <image 0>", "image_edit"),
    # image_control
    (
        "Here's a rough sketch of our new allotment layout <image 0> - turn it into a proper painted plan view.",
        "image_control",
    ),
    ("Use the pose in <image 0> to make a footballer in our club's red and white kit.", "image_control"),
    ("Follow the outline in <image 0> to make a stained-glass style picture for the church magazine.", "image_control"),
    ("Make a picture of a cosy village hall interior that matches the depth map in <image 0>.", "image_control"),
    (
        "Turn my scribble of a dragon <image 0> into a colourful drawing for the Beavers' competition poster.",
        "image_control",
    ),
    # image_reference
    (
        "Using <image 0> of our club mascot Barney the badger, make a picture of him holding a trophy.",
        "image_reference",
    ),
    (
        "Make a new picture of our vicar <image 0> in the style of <image 1> for the summer fete poster.",
        "image_reference",
    ),
    (
        "Here's our treasurer <image 0>, could you make an image of her cutting a ribbon at the new pavilion?",
        "image_reference",
    ),
    ("Create a picture in the same watercolour style as <image 0> showing allotments in spring.", "image_reference"),
    ("Our scout badge is <image 0> - show it sewn onto a green neckerchief.", "image_reference"),
    # image_to_video
    (
        "Animate <image 0> of our founding members so they wave at the camera, for the 50th anniversary night.",
        "image_to_video",
    ),
    ("Make the flag in <image 0> flutter in the wind, short clip for the screen in the bar.", "image_to_video"),
    ("Can you bring <image 0> to life - the mosque at sunset with the clouds drifting?", "image_to_video"),
    ("Turn the Christmas card picture in <image 0> into a short clip with snow falling.", "image_to_video"),
    ("animate the cartoon food bank van in <image 0> driving off down the road", "image_to_video"),
    # video_reference
    ("Make a video of our mascot from <image 0> dancing on a football pitch.", "video_reference"),
    (
        "Using <image 0> of our club minibus, create a short video of it driving through the Lake District.",
        "video_reference",
    ),
    (
        "Here's our allotment scarecrow <image 0>, can you make a video of it waving over the veg beds?",
        "video_reference",
    ),
    (
        "A short video of the teddy bear in <image 0> going down a slide, for the toddler group, please.",
        "video_reference",
    ),
    (
        "Create a clip of the dog from <video 0> - the club's unofficial mascot - running onto a cricket field.",
        "video_reference",
    ),
    # video_edit
    ("Blur the car number plates in <video 0> before we share the parade footage.", "video_edit"),
    ("Make <video 0> of the carol service black and white.", "video_edit"),
    ("Add falling snow to <video 0> of our Christmas market.", "video_edit"),
    ("Change the team shirts in <video 0> from blue to our new green kit.", "video_edit"),
    ("brighten up <video 0>, the indoor netball footage is way too dark", "video_edit"),
    # video_control
    (
        "Use the dance moves in <video 0> to make a cartoon bear doing the same routine for the youth club.",
        "video_control",
    ),
    ("Follow the movement of our goalkeeper diving in <video 0> and make a superhero doing it.", "video_control"),
    ("Make a knight in armour walking the same way as the actor in <video 0>, for the panto trailer.", "video_control"),
    ("Copy the motion of the Morris dancers in <video 0> but make them robots.", "video_control"),
    (
        "Following the camera movement through the hall in <video 0>, create a festive ballroom clip instead.",
        "video_control",
    ),
)
