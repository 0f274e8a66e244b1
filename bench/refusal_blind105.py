"""One-hundred-and-fifth blind set, refusals only: written by someone who saw none of the planner's data, calibration
lists or other benchmark sets; evaluation only, never used to set lists, thresholds or rules. The helper's brief was
people who work in hospitality (hotels, restaurants, cafés, bars, B&Bs, catering), a third hurried commands, a third
questions, a third with an attached image or video (it chose the categories; it was told only what the twelve tasks
can do). Three requests that shared a run of six words with the repo's own data were reworded before any run."""

OUT_OF_SCOPE105: tuple[str, ...] = (
    # sending, posting or messaging on the user's behalf
    "Post <image 0> to our Instagram with a caption about Sunday brunch, go",
    "Email the booking confirmation to the Hendersons in room 12, they're checking in Friday.",
    "Here's the new rota <image 0>, send it to everyone on the staff group chat",
    "Brighten <image 0> and then upload it straight to our Booking.com listing please",
    "Reply to that nasty TripAdvisor review for me and publish it under the manager account.",
    "could you whatsapp this clip <video 0> to the bride's mum so she can see the table setup before tomorrow?",
    # booking, ordering and payments
    "Book a table for 8 at Luca's for 7:30 tonight, it's our staff night out",
    "Order 40 kg of flour and 10 trays of eggs from our usual supplier for delivery tomorrow morning.",
    "Can you refund the deposit for the cancelled wedding tasting back to the card on file?",
    "Here's the invoice from the butcher <image 0> — pay it from the business account please",
    "We're nearly out of whatever's in <image 0>, reorder two cases of it",
    "Are you able to charge room 204's minibar to their card and close the folio?",
    # live, real-time information
    "What's the weather going to be in Brighton on Saturday? deciding whether to set up the terrace",
    "How much is this bottle <image 0> going for at the cash and carry right now?",
    "What's today's euro to pound rate? guest wants to settle in euros cash",
    "Are there any rooms still free at hotels near the convention centre this weekend? we're overbooked",
    "Check if the M6 is closed tonight, our produce delivery's coming that way.",
    "Our guest is on the 6pm flight in this screenshot <image 0> — is it delayed now? need to know when to send the shuttle",
    # hearing or producing sound
    "What song is playing in the background of <video 0>? Guests keep asking us",
    "Make a short catchy jingle for our happy hour to play over the bar speakers",
    "Listen to <video 0> and tell me exactly what the customer was shouting at the bar staff",
    "Add a warm voiceover to <video 0> welcoming guests to the spa",
    "Put some chilled jazz music under <video 0> so it's ready for the website",
    "Transcribe the speeches from the wedding video <video 0> so the couple can print them in their thank-you cards",
    # files other than images, videos or text
    "Turn this handwritten stock count <image 0> into an Excel spreadsheet I can download",
    "Make me a print-ready PDF of the new winter menu for the printers",
    "Can you build a 3D model of the banquet hall layout so the client can walk round it on their laptop?",
    "Create a PowerPoint deck for tomorrow's allergen training, 10 slides",
    "Export the wine list in <image 0> as a CSV file for the till import",
    "Convert this floor plan sketch <image 0> into a CAD file for the shopfitters",
    # controlling devices, systems and accounts
    "Turn the heating up in rooms 3 to 7, guests are freezing",
    "Unlock the door to room 118, the guest lost their keycard",
    "Update the prices on our POS to match the new menu <image 0>",
    "Can you change our opening hours on Google Maps so we close at 9 on Sundays?",
    "Block out the 14th to the 18th on our Airbnb calendar, we're away",
    "The card machine's showing this error <image 0> — log into it and fix it remotely would you",
    # private records it has no access to
    "What did the couple in room 9 have for breakfast last time they stayed with us?",
    "How many covers did we do last Friday?",
    "who was on the late shift tuesday when the till came up short",
    "Remind me which guests on tonight's booking list have nut allergies",
    "Look at <image 0> — is this the same bloke who did a runner on his bill last month?",
    "Which booking is the guest called Okafor on? She's at the desk and can't find her confirmation",
    # phone calls
    "Ring the plumber and tell him the kitchen sink's backing up again",
    "Call room 305 and give them a wake-up call at 6",
    "Can you phone the florist and ask if the centrepieces are ready for collection?",
    "Ring the number on this business card <image 0> and ask about their linen hire prices",
    "Could you call the guest back? Number's on the booking, she wants to change her dates.",
    "Leave a voicemail for the wine rep saying we need to push Thursday's tasting to next week.",
    # reminders, alarms and ongoing monitoring
    "Remind me at 4 to take the lamb out of the freezer",
    "Watch our lobby camera tonight and ping me if anyone comes in after midnight",
    "Set an alarm for 5:15, I'm opening tomorrow",
    "Can you keep track of the fridge temps I send you each day and warn me next week if one starts drifting?",
    "Every Monday morning send me a summary of the week's new reviews",
    "This is a clip from our kitchen cam <video 0> — keep watching the live feed and tell me whenever the fryer gets left on",
    # printing and official submissions
    "Print 50 copies of tonight's tasting menu for the tables",
    "Print the seating plan in <image 0> on A1 so we can put it on the easel by the door",
    "Can you send tonight's specials list to the printer in the back office?",
    "Submit our quarterly VAT return, the accountant's signed it off",
    "Renew our premises licence with the council before it runs out next month",
    "Could you register our new kitchen porter with payroll and HMRC? He starts Monday.",
)  # exactly 60 requests nothing above can fully serve

ORDINARY105: tuple[tuple[str, str], ...] = (
    # text_understanding
    (
        "Draft an email to a guest apologising that their room wasn't ready at check-in and offering a free breakfast. Don't send it, I'll copy it over myself.",
        "text_understanding",
    ),
    ("how long can cooked rice sit in the hot hold before it has to be binned?", "text_understanding"),
    (
        "Translate 'the kitchen closes at 10 but the bar serves snacks until midnight' into Spanish and German",
        "text_understanding",
    ),
    (
        "Can you write a polite reply to a TripAdvisor review saying our eggs benedict was cold? I'll post it myself.",
        "text_understanding",
    ),
    (
        "Scale this up for 120 covers: 2 kg beef shin, 500 ml red wine, 3 onions, 1 L stock — currently serves 10.",
        "text_understanding",
    ),
    # image_understanding
    ("What's on this supplier receipt <image 0>? just list the items and the total", "image_understanding"),
    (
        "Is there anything in this photo of our walk-in <image 0> that an environmental health inspector would flag?",
        "image_understanding",
    ),
    ("Read the allergen label in <image 0> — does it say it contains sesame?", "image_understanding"),
    ("Which of the wines on this list <image 0> are Italian?", "image_understanding"),
    (
        "Copy the handwritten stock count in <image 0> into a plain text table I can paste into an email",
        "image_understanding",
    ),
    # video_understanding
    ("What's the new waiter doing wrong when he carries the plates in <video 0>?", "video_understanding"),
    ("Describe the breakfast buffet layout in <video 0> for the staff handbook", "video_understanding"),
    ("In <video 0>, does the bartender actually measure the spirits or is he free pouring?", "video_understanding"),
    ("Count how many guests come through the front door in <video 0>", "video_understanding"),
    ("watch <video 0> of the room turnaround and list any steps the housekeeper skipped", "video_understanding"),
    # text_to_image
    (
        "Make an image of a cosy B&B breakfast table with a full English and a pot of tea in morning sun",
        "text_to_image",
    ),
    ("picture of a cocktail with a smoking rosemary sprig for our autumn menu poster", "text_to_image"),
    (
        "Can you create an illustration of a chef's hat and crossed wooden spoons, chalkboard style, as a logo idea for our café?",
        "text_to_image",
    ),
    ("Generate a photo-style image of a wedding marquee laid for 150 with fairy lights overhead", "text_to_image"),
    (
        "I need a flat lay of afternoon tea — scones, finger sandwiches, macarons — for our website banner",
        "text_to_image",
    ),
    # text_to_video
    ("Short slow-motion video of a barista pouring latte art", "text_to_video"),
    (
        "Sunrise over a seaside hotel terrace, tables being set, calm and quiet — a short clip for our homepage",
        "text_to_video",
    ),
    ("Can you generate a few seconds of a steak sizzling on a grill for the screen in our window?", "text_to_video"),
    ("video of champagne glasses clinking at a rooftop bar at night, for the NYE promo", "text_to_video"),
    (
        "Create a quick silent loop of snow falling outside a lodge window with a fire going inside, for the lobby TV",
        "text_to_video",
    ),
    # image_edit
    ("Remove the mop bucket from the corner of <image 0>", "image_edit"),
    ("Brighten up this photo of the dining room <image 0>, it's way too dark for the website", "image_edit"),
    ("Change the tablecloths in <image 0> from white to navy so the bride can see how it'd look", "image_edit"),
    ("Take the prices off the menu board in <image 0>, we're changing them all", "image_edit"),
    ("Edit <image 0> so the sky's blue instead of grey — I'll upload it to Booking.com myself after", "image_edit"),
    # image_control
    (
        "Here's my rough sketch of the bar layout <image 0> — turn it into a realistic picture of a modern cocktail bar",
        "image_control",
    ),
    (
        "Use the pose in <image 0> to make an image of a waiter in a black apron carrying a tray of drinks",
        "image_control",
    ),
    (
        "Follow the edges in <image 0> (outline of our dining room) and render it as a rustic farmhouse restaurant",
        "image_control",
    ),
    (
        "I scribbled a plated dessert <image 0>, can you make it into a proper food photo that follows my drawing?",
        "image_control",
    ),
    ("This is a depth map of our lobby <image 0> — same layout please, but art deco style", "image_control"),
    # image_reference
    ("Make a picture of our head chef <image 0> standing in a vineyard holding a glass of red", "image_reference"),
    ("Using the style of our logo in <image 0>, draw a matching coffee cup illustration", "image_reference"),
    ("Here's our signature cake <image 0>, show it on a marble table in a Christmas setting", "image_reference"),
    ("Put our pub dog from <image 0> behind the reception desk wearing a little bellhop hat", "image_reference"),
    (
        "New image of the cocktail in <image 0> done in the painted style of <image 1>, for the drinks menu",
        "image_reference",
    ),
    # image_to_video
    ("Animate <image 0> so steam rises off the coffee", "image_to_video"),
    ("Make the candles flicker and the curtains sway in this photo of the honeymoon suite <image 0>", "image_to_video"),
    ("can you turn <image 0> (our pool) into a short clip with the water gently moving?", "image_to_video"),
    ("Bring this cheese board photo <image 0> to life with a slow camera push-in", "image_to_video"),
    ("Get the neon sign in <image 0> blinking on and off, for our socials", "image_to_video"),
    # video_reference
    ("Make a video of our bartender from <image 0> shaking a cocktail behind a busy bar", "video_reference"),
    ("Using the cake in <image 0>, make a short video of it being wheeled out at a birthday party", "video_reference"),
    ("Create a clip of our hotel mascot <image 0> waving at guests in the lobby", "video_reference"),
    ("A video with the chef from <video 0> flipping pancakes in a beach shack kitchen please", "video_reference"),
    (
        "Short video featuring our signature burger <image 0> turning slowly on a wooden board with fries tumbling around it",
        "video_reference",
    ),
    # video_edit
    ("Remove the bin bags from the background of <video 0>", "video_edit"),
    ("Make <video 0> look like golden hour, it's far too grey", "video_edit"),
    ("Blur the guests' faces in <video 0> before we use it", "video_edit"),
    ("Change the napkins in <video 0> to burgundy", "video_edit"),
    ("Take the old logo off the wall in <video 0> — I'll add the music myself later", "video_edit"),
    # video_control
    (
        "Use the motion from <video 0> of me walking through the restaurant to make a walkthrough of a grand hotel corridor",
        "video_control",
    ),
    ("Follow the movement in <video 0> — chef tossing a pan — but make it a cartoon fox chef", "video_control"),
    (
        "Take the camera path from our drone clip <video 0> and make a new video of a boutique seaside hotel",
        "video_control",
    ),
    ("Could you make a robot waiter copying the moves in <video 0>?", "video_control"),
    (
        "Following the poses in <video 0>, create a bartender in a 1920s speakeasy doing the same routine",
        "video_control",
    ),
)
