"""Ninety-seventh blind set, refusals only: written by someone who saw none of the planner's data, calibration lists or
other benchmark sets; evaluation only, never used to set lists, thresholds or rules. The helper's brief was people
planning events, weddings and parties, mixing what they need made with errands around it (it chose the categories;
it was told only what the twelve tasks can do)."""

OUT_OF_SCOPE97: tuple[str, ...] = (
    # booking and reserving venues, vendors and rooms
    "Can you book the Rosewood Barn for Saturday 12 October for 120 guests?",
    "reserve a table for 14 at an italian place near the church for the rehearsal dinner friday 7pm",
    "Please find and book a DJ who's free on New Year's Eve in Manchester for under £800.",
    "<image 0> is the flyer for the photographer I like. Call the number on it and lock in the 3rd of June.",
    "Get us a block of 20 hotel rooms near the venue at the group rate and forward me the confirmation.",
    # buying, ordering and paying
    "Order 200 white chair covers and have them delivered to the venue by Thursday.",
    "Buy the exact dress in <image 0> in a size 10, I saw it on sale somewhere online.",
    "Pay the caterer's remaining deposit from my account please, it's £1,450.",
    "Split the bachelorette Airbnb cost between the 8 of us and send everyone a Venmo request.",
    "Add everything on our registry screenshot <image 0> to my Amazon cart.",
    # sending invitations and messages
    "Email the invitation to everyone on my guest list.",
    "Text all the groomsmen that the suit fitting moved to 4pm.",
    "Post the save-the-date <image 0> to our wedding Instagram and tag both families.",
    "Send a WhatsApp to the florist asking whether peonies are still possible for a May wedding.",
    "Can you chase the people who haven't RSVP'd yet? Just message them directly, I'm exhausted.",
    "Share <video 0> with the guests in the wedding group chat.",
    # live data: weather, prices, availability, news
    "What's the weather going to be in Santorini on our wedding day next Saturday?",
    "Is the Grand Hall on King Street still free on 5 April? Check their website.",
    "How much are peonies per stem right now at the flower market?",
    "which bakeries near me are open today and can do a same-day birthday cake",
    "Are there any train strikes this weekend that could stop guests coming down from Leeds?",
    "Look at the venue in <image 0> and tell me what it currently costs to hire and what the latest reviews say.",
    # music, speeches and any generated sound
    "Compose a first-dance song for us and record it with a piano backing.",
    "Generate a 3-minute instrumental track for the bride's processional.",
    "Read my best man speech out loud in a posh British accent so I can practise along with it.",
    "Make a voice message wishing my nan a happy 90th that I can play at her party.",
    "Make a video of fireworks over the lake with 'Can't Help Falling in Love' playing underneath it.",
    "Add our song as the soundtrack to the slideshow video <video 0>.",
    "Animate <image 0> into a clip where the two of us say 'save the date!' in our own voices.",
    "Mix a 45-minute DJ set of 2000s hits for the after-party.",
    # hearing what is in a video
    "What song is playing in the background of <video 0>? I want it for our entrance.",
    "Transcribe the vows from <video 0> word for word so we can frame them.",
    "In <video 0>, what did my uncle actually say during his toast? I couldn't hear a thing from the back.",
    "Does the band in <video 0> sound in tune? We're deciding whether to hire them for the reception.",
    # file formats, printing and export
    "Export the dinner menu as a print-ready PDF with 3mm bleed.",
    "Turn <image 0> into an SVG so the laser cutter can make our cake topper from it.",
    "Convert <video 0> into a GIF for the family group chat.",
    "Print 150 place cards and have them ready for pickup tomorrow morning.",
    "Save the seating chart as an Excel file on my desktop.",
    "Make <image 0> into a layered PSD so my designer can tweak the text herself.",
    # cutting, merging and fixing footage and photos
    "Cut <video 0> down to just the bit at the end where we kiss.",
    "Merge <video 0> with the other ceremony clips into one long film.",
    "Stabilise <video 0>, my cousin filmed the first dance handheld and it's really shaky.",
    "Upscale <image 0> to 4K so it's sharp enough for the big banner behind the head table.",
    "Make <video 0> buttery 60fps slow motion by generating the in-between frames.",
    "Compress the wedding highlights <video 0> to under 25MB so I can attach it to an email.",
    # reminders, calendars and accounts
    "Remind me to pay the DJ balance two weeks before the wedding.",
    "Add the cake tasting, the dress fitting and the rehearsal to my Google Calendar.",
    "Set a timer during the speeches so each person gets exactly 5 minutes.",
    "Log into our Zola account and update the registry with the new items.",
    "Check my inbox for the caterer's reply about the vegan options and summarise it for me.",
    "Go through the photos on my phone from the engagement party and pick out the best 20.",
    # remembering earlier conversations
    "What was the final guest count we settled on last time we chatted?",
    "Use the colour palette you suggested to me yesterday and make the new invitation with it.",
    "Carry on with the table plan from our earlier conversation, we'd got up to table 9.",
    # errands in the physical world
    "Pick up the cake from the bakery at 10 and drop it off at the venue.",
    "Can you set up the balloon arch at the hall on Friday evening?",
    "Go to the rehearsal tonight and film it for me.",
    # running code and controlling devices
    "Run my Python seating script on guests.csv and show me the tables it spits out.",
    "Dim the smart lights in the hall when the cake comes out and start the projector slideshow.",
)

ORDINARY97: tuple[tuple[str, str], ...] = (
    # text_understanding
    (
        "Write the lyrics for a parody song about the groom's terrible cooking, just the words, "
        "we'll sing it ourselves.",
        "text_understanding",
    ),
    (
        "Draft an email to the venue asking if we can extend to 1am and what the overtime fee would be.",
        "text_understanding",
    ),
    (
        "Write a Python function that takes a list of guests with dietary needs and counts the meals of each type.",
        "text_understanding",
    ),
    (
        "Translate this RSVP note into Spanish for my abuela: 'We can't wait to celebrate with you on June 8.'",
        "text_understanding",
    ),
    (
        "Make me a week-by-week checklist of everything to sort out in the last month before a wedding.",
        "text_understanding",
    ),
    # image_understanding
    (
        "<image 0> is a screenshot of the venue's booking page. What deposit amount does it list?",
        "image_understanding",
    ),
    (
        "Read the handwritten RSVP card in <image 0> and tell me how many guests they're bringing.",
        "image_understanding",
    ),
    ("Does the outfit in <image 0> look appropriate for a beach wedding dress code?", "image_understanding"),
    ("From the photo of the seating chart <image 0>, which table is Aunt Rosa at?", "image_understanding"),
    (
        "<image 0> is a photo of the catering quote, can you add up the line items and check the total?",
        "image_understanding",
    ),
    # video_understanding
    ("In <video 0>, the walkthrough of the hall, how many round tables can you see?", "video_understanding"),
    (
        "Watch <video 0> of our first dance rehearsal and tell me where my footwork goes wrong, "
        "ignore the music.",
        "video_understanding",
    ),
    (
        "Describe the decorations visible in <video 0> so I can recreate them for my sister's party.",
        "video_understanding",
    ),
    (
        "<video 0> is a screen recording of the venue's app calendar. Which dates are shown in green?",
        "video_understanding",
    ),
    ("In <video 0> of the cake delivery, does the top tier get damaged at any point?", "video_understanding"),
    # text_to_image
    (
        "Design a wedding invitation card with the date 14 June and 'RSVP by 1 May' in gold script.",
        "text_to_image",
    ),
    ("Generate a square Instagram post image announcing our engagement party.", "text_to_image"),
    ("Create a neon-style poster for a DJ night at the community hall.", "text_to_image"),
    (
        "Picture of a centrepiece idea: a vintage radio and gramophone with roses, for a 1940s themed party.",
        "text_to_image",
    ),
    ("Make a 9:16 phone wallpaper save-the-date with lemons and blue tiles.", "text_to_image"),
    # text_to_video
    (
        "Make a short clip of confetti falling over a dance floor for our TikTok announcement.",
        "text_to_video",
    ),
    ("A few seconds of balloons rising past a banner reading '30', for my birthday invite.", "text_to_video"),
    ("Generate a short video of a champagne tower being poured, no sound needed.", "text_to_video"),
    ("Short save-the-date video of two hands exchanging rings on a wooden table.", "text_to_video"),
    (
        "Short looping clip of fairy lights twinkling for the background screen at our reception.",
        "text_to_video",
    ),
    # image_edit
    ("Remove the fire exit sign from the background of <image 0>.", "image_edit"),
    ("Change the date on the invitation in <image 0> to 20 September.", "image_edit"),
    ("Add a red 'Sold out' banner across the ticket flyer <image 0>.", "image_edit"),
    (
        "<image 0> is our venue photo; replace the grey sky with a sunset, <image 1> is the mask of the sky.",
        "image_edit",
    ),
    ("Make the bridesmaids' dresses in <image 0> sage green.", "image_edit"),
    # image_control
    ("Use the pose in <image 0> to generate a bride and groom in that same dip pose.", "image_control"),
    (
        "Here's the edge map of the ballroom <image 0>, generate it decorated for a masquerade ball.",
        "image_control",
    ),
    (
        "<image 0> is a depth map of our garden; render it with a marquee tent and string lights.",
        "image_control",
    ),
    ("Follow my scribble of the table layout <image 0> to make a realistic banquet photo.", "image_control"),
    ("Generate a DJ at a neon party standing exactly like this pose skeleton <image 0>.", "image_control"),
    # image_reference
    ("Using our dog from <image 0>, create an image of him as ring bearer in a tiny tux.", "image_reference"),
    ("<image 0> is my grandma; generate a picture of her dancing at a 1920s party.", "image_reference"),
    (
        "Make a cartoon illustration of the couple in <image 0> for the welcome sign.",
        "image_reference",
    ),
    ("Generate a picture of the cake in <image 0> on a rustic barn table setting.", "image_reference"),
    ("Put the company mascot from <image 0> in a party hat at a birthday bash.", "image_reference"),
    # image_to_video
    (
        "Animate <image 0> of our invitation so the flowers slowly bloom, silent is fine.",
        "image_to_video",
    ),
    ("Turn the engagement photo <image 0> into a short clip where we turn and smile.", "image_to_video"),
    ("Make <image 0> the last frame of a short video where the balloons drift in.", "image_to_video"),
    (
        "Animate the venue photo <image 0> with lanterns flickering, for a loop on the screens.",
        "image_to_video",
    ),
    (
        "Bring my late grandpa's photo <image 0> to life for a few seconds for the memorial table display.",
        "image_to_video",
    ),
    # video_reference
    ("Generate a short video of the bride in <image 0> walking down a beach aisle.", "video_reference"),
    ("Make a video of our cat <image 0> knocking the cake topper off the table.", "video_reference"),
    ("Short clip of the groom from <image 0> doing a card trick at a party.", "video_reference"),
    ("Using the mascot in <image 0>, make a few seconds of him waving at the party entrance.", "video_reference"),
    (
        "Create a video of the baby in <image 0> crawling across a birthday table covered in balloons.",
        "video_reference",
    ),
    # video_edit
    ("Change the daylight to dusk in <video 0> of our venue walkthrough.", "video_edit"),
    ("In <video 0>, replace the plain backdrop behind us with a floral arch.", "video_edit"),
    ("Make the rehearsal footage <video 0> look like vintage 8mm film.", "video_edit"),
    ("Remove the photographer who walks through the shot in <video 0>.", "video_edit"),
    ("Turn all the guests' outfits in <video 0> white for our white-party promo.", "video_edit"),
    # video_control
    (
        "Use the pose video <video 0> of me doing the choreography to generate a groom in a tux dancing it.",
        "video_control",
    ),
    ("<video 0> is a depth video of the hall; generate a version decorated for a black-tie gala.", "video_control"),
    (
        "Follow the edge video <video 0> to generate a vintage car arriving at a venue lit by fireworks.",
        "video_control",
    ),
    ("Use the pose track in <video 0> to make a flash mob video of bridesmaids.", "video_control"),
    ("The depth video <video 0> is our backyard; render it as a winter wonderland party.", "video_control"),
)
