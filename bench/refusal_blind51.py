"""Fifty-first blind set, refusals only: written by someone who saw none of the planner's data, calibration lists
or other benchmark sets; evaluation only, never used to set lists, thresholds or rules. The helper's brief was
marketing, advertising and agency staff working on campaigns for clients (it chose the categories; it was told only
what the twelve tasks can do)."""

OUT_OF_SCOPE51: tuple[str, ...] = (
    # live data, trends and market research
    "What hashtags are trending on TikTok right now? I need them for the client's launch tomorrow.",
    "Pull the current Google search volume for 'plant-based protein bar' in the UK.",
    "How much is Nike spending on Instagram ads this quarter? Client wants a competitor benchmark.",
    "check what our competitor's homepage banner says today and summarise their current promo",
    "What's the going CPM on Meta for UK retail audiences this week?",
    "Find me five micro-influencers in Lisbon with 10-50k followers who post about skincare and "
    "are available next month.",
    "Is the domain freshbrewco.com still available to register for the rebrand?",
    "Reverse-search <image 0> and tell me which other websites have already used this stock photo.",
    # audio, jingles and voiceover
    "Compose a 15-second jingle for the Sunny Dairy radio spot, upbeat, ukulele-led.",
    "Record a warm female voiceover reading this tagline: 'Home starts here.'",
    "Generate a short product video of the perfume bottle with a swelling orchestral soundtrack underneath.",
    "Add background music and a sonic logo to <video 0> so it's ready for YouTube pre-roll.",
    "What is the spokesperson saying at the 0:12 mark of <video 0>? I need the exact quote for the press release.",
    "Transcribe the dialogue in <video 0> so we can write the subtitle file.",
    "Listen to <video 0> and tell me whether the music track matches the one we licensed.",
    "Replace the narrator's voice in <video 0> with a Spanish dub for the Mexico market.",
    "Make a podcast ad read, 30 seconds, in the host's voice, for the meal-kit sponsor.",
    # publishing, sending and booking
    "Post <image 0> to the client's Instagram at 9am Friday with the caption we agreed.",
    "Email the final storyboard to sarah@brightlane-agency.com and cc the account director.",
    "Book a 48-sheet billboard on the A40 for the first two weeks of March.",
    "Schedule the whole carousel series in Hootsuite for next week, one post per day.",
    "Upload <video 0> to the brand's YouTube channel as unlisted and send me the link.",
    "Send the client a Slack message saying the revised deck is on its way.",
    "Buy the stock photo licence for the image in <image 0> on Getty for extended print use.",
    "Call the print house and ask if they can turn around the POS materials by Thursday.",
    # client accounts, analytics and tools
    "Log into our Google Ads account and pause every campaign with a ROAS under 2.",
    "What was the click-through rate of last week's newsletter in Mailchimp?",
    "Open the shared Figma file for the Halcyon rebrand and export the logo frames.",
    "Pull GA4 conversions by channel for the spring campaign and put them in a table.",
    "Increase the daily budget on the Meta retargeting ad set by 20% for the weekend.",
    "Check the client's Shopify dashboard and tell me how many units the promo code moved.",
    "Go through my Google Drive and find the brand guidelines PDF from the 2022 pitch.",
    # memory of earlier work
    "Use the same tone of voice we settled on in our chat last Tuesday for these new headlines.",
    "Remind me what the client said about the colour palette when we spoke yesterday.",
    "Pick up where we left off on the Aurora pitch deck and finish slide 7.",
    "Set a reminder to chase the client for feedback on the key visual at 4pm.",
    # file formats, exports and resolution
    "Export <image 0> as a layered PSD so the studio can tweak the type.",
    "Convert the logo in <image 0> into a clean SVG vector for the signage supplier.",
    "Upscale <image 0> to 8K so it holds up on the 6-metre billboard.",
    "Turn <video 0> into an animated GIF under 2MB for the email header.",
    "Compress <video 0> down to under 4MB so it fits the DOOH screen spec.",
    "Package the approved key visual as a print-ready PDF with 3mm bleed and crop marks.",
    "Make a 3D model of the bottle in <image 0> we can use in the AR filter.",
    "Give me the banner set as HTML5 files in 300x250, 728x90 and 160x600.",
    # video post-production that doesn't exist
    "Trim <video 0> down to the first 6 seconds for a bumper ad.",
    "Cut <video 0> and <video 1> together into one 30-second spot with a crossfade.",
    "Stabilise the handheld influencer footage in <video 0>, it's too shaky for the brand.",
    "Convert <video 0> to 60fps with frame interpolation so the slow-mo looks smooth.",
    "Cut three vertical 9:16 versions out of the horizontal hero film <video 0> for Reels, Shorts and TikTok.",
    "Speed <video 0> up to exactly 15 seconds and export it in ProRes for the broadcaster.",
    # running things, testing and measurement
    "A/B test these two subject lines on 10% of the mailing list and tell me the winner.",
    "Run a quick survey of 200 Gen Z shoppers on which of the three logos they prefer.",
    "Train a model on our past campaign data to predict next quarter's conversions.",
    "Run this Python script against our CRM export and give me the churned-customer list.",
    "Scrape every review of the client's product on Amazon and score the sentiment.",
    # physical world
    "Print 500 flyers of <image 0> on 170gsm silk and have them delivered to the Leeds store.",
    "Get the sample packaging couriered to the client's office before their 2pm meeting.",
    "Set up the pop-up stand at Westfield on Saturday morning with the new banners.",
    # look real but need hearing or real-world lookup
    "Rate the voiceover talent in <video 0>: is her delivery confident enough for a bank ad?",
    "Is the model in <image 0> on our agency's talent roster, and what's her day rate now?",
)

ORDINARY51: tuple[tuple[str, str], ...] = (
    # text_understanding
    ("Write a 30-second radio ad script for a mattress sale, with SFX cues and a voiceover line for the announcer.",
     "text_understanding"),
    ("Draft an email I can send the client explaining why the TikTok launch is slipping a week; "
     "keep it calm and apologetic.", "text_understanding"),
    ("Give me ten Instagram caption options for a new oat-milk latte, playful, under 120 characters each.",
     "text_understanding"),
    ("Explain the difference between ROAS, CPA and CPM to a junior account exec in plain English.",
     "text_understanding"),
    ("Write a Google Sheets formula that calculates CTR from a clicks column and an impressions column.",
     "text_understanding"),
    # image_understanding
    ("<image 0> is a screenshot of our Meta Ads Manager report. Which ad set has the lowest cost per result?",
     "image_understanding"),
    ("Proofread the billboard mock-up in <image 0> and list any typos or awkward line breaks.",
     "image_understanding"),
    ("Does the Instagram post in <image 0> follow the brand rule of logo bottom-right and no more than "
     "two fonts?", "image_understanding"),
    ("Read the headline and the small print on the magazine ad in <image 0> and type them out for me.",
     "image_understanding"),
    ("Here's a photo of the competitor's shelf display <image 0>. Describe how they're positioning "
     "the product and what stands out.", "image_understanding"),
    # video_understanding
    ("In our YouTube pre-roll <video 0>, how many seconds in does the logo first appear on screen?",
     "video_understanding"),
    ("Watch <video 0> with the sound off, the way most people scroll Reels: is the product "
     "clear without audio?", "video_understanding"),
    ("Describe the scenes in the influencer's TikTok <video 0> shot by shot so I can write a storyboard.",
     "video_understanding"),
    ("Does anyone in <video 0> wear a visible competitor brand? Client's legal team asked us to check.",
     "video_understanding"),
    ("What on-screen text appears in <video 0>? List each caption in order.", "video_understanding"),
    # text_to_image
    ("Create a 9:16 Instagram Story background for a summer sale: sunlit pool, pastel tones, "
     "room at the top for copy.", "text_to_image"),
    ("Make a concert-poster style image of a vinyl record exploding into confetti for a music "
     "streaming app campaign.", "text_to_image"),
    ("Generate a mood-board image for a fintech pitch: calm commuters on a morning train checking "
     "their phones.", "text_to_image"),
    ("A wide 16:9 banner of a podcast studio with two microphones and warm lighting, no people, for the "
     "sponsorship deck.", "text_to_image"),
    ("Generate a flat-lay of a laptop, calendar and coffee for a productivity app's LinkedIn ad.",
     "text_to_image"),
    # text_to_video
    ("A few seconds of slow-motion cola pouring over ice, for the TV spot animatic. No sound needed.",
     "text_to_video"),
    ("Short clip of wireless earbuds rotating on a black pedestal with a rim light, for a launch teaser.",
     "text_to_video"),
    ("Generate a vertical video of a phone screen lighting up with notifications on a bedside table at "
     "night, for the app campaign.", "text_to_video"),
    ("A quick silent loop of a running shoe hitting a wet city street at dawn, for the Reels ad.",
     "text_to_video"),
    ("Make a short video of paper airplanes flying across an open-plan office, for the SaaS brand film.",
     "text_to_video"),
    # image_edit
    ("Remove the competitor's logo from the storefront in <image 0> before we send it to the client.",
     "image_edit"),
    ("Change the background of the product shot <image 0> to a clean studio white for the Amazon listing.",
     "image_edit"),
    ("In <image 0>, swap the can's label colour from blue to the client's new brand orange.", "image_edit"),
    ("Replace the grey sky in the billboard photo <image 0> with a bright summer sky.", "image_edit"),
    ("Using the mask <image 1>, paint a pair of headphones onto the woman in <image 0> for the "
     "audio-brand mock-up.", "image_edit"),
    # image_control
    ("Follow the pose skeleton in <image 0> to generate a model in a red puffer jacket for the "
     "winter campaign.", "image_control"),
    ("Use the art director's scribble <image 0> to make a finished key visual of a picnic in a park.",
     "image_control"),
    ("Generate a luxury kitchen interior that matches the depth map <image 0> for the appliance brochure.",
     "image_control"),
    ("Take the edge map of our shop layout <image 0> and render it as a cosy bookshop for the "
     "pitch board.", "image_control"),
    ("Here's a pose map <image 0> from the shoot plan; make a dancer in sportswear holding that pose.",
     "image_control"),
    # image_reference
    ("Using our mascot in <image 0>, generate it standing on a London bus stop ad.", "image_reference"),
    ("Make a new lifestyle shot of the perfume bottle from <image 0> on a marble bathroom shelf.",
     "image_reference"),
    ("Put the founder from <image 0> in a new image giving a keynote on stage, for the LinkedIn campaign.",
     "image_reference"),
    ("Generate the sneaker in <image 0> on a rocky mountain trail for the outdoor range launch.",
     "image_reference"),
    ("From the reference <image 0> of the client's bike, create a new image of it parked outside a "
     "Parisian café.", "image_reference"),
    # image_to_video
    ("Animate the print ad <image 0> so steam rises from the coffee cup, for an Instagram Reel.",
     "image_to_video"),
    ("Bring the poster <image 0> to life: make the curtains sway and the lights flicker, silent is fine.",
     "image_to_video"),
    ("Use <image 0> as the first frame and have the camera slowly push in on the product for the "
     "website hero.", "image_to_video"),
    ("Make a short video that ends on our packshot <image 0>, with the box sliding into place.",
     "image_to_video"),
    ("Animate the illustrated skyline in <image 0> with clouds drifting for the digital billboard.",
     "image_to_video"),
    # video_reference
    ("Using the watch in <image 0>, make a short video of it on a wrist as someone jogs by the sea.",
     "video_reference"),
    ("Generate a clip of the plush toy from <image 0> tumbling down a slide, for the toy-brand TikTok.",
     "video_reference"),
    ("Make a video of the car in <image 0> driving along a coastal road at sunset for the dealer campaign.",
     "video_reference"),
    ("Using the chef in <image 0>, create a short video of her plating a dish in a busy restaurant kitchen.",
     "video_reference"),
    ("Generate a few seconds of the energy drink can from <image 0> bursting out of a block of ice.",
     "video_reference"),
    # video_edit
    ("In the influencer clip <video 0>, change her T-shirt to the client's brand red.", "video_edit"),
    ("Blur the faces of the passers-by in <video 0> so we can use it in the paid ad.", "video_edit"),
    ("Replace the background of <video 0> with a bright studio so it matches the rest of the campaign.",
     "video_edit"),
    ("Remove the rival energy drink on the table in <video 0>.", "video_edit"),
    ("Make <video 0> look like it was shot at golden hour instead of midday.", "video_edit"),
    # video_control
    ("Follow the motion in the pose video <video 0> to make a dancer in our new tracksuit.", "video_control"),
    ("Use the depth pass <video 0> from the animatic to generate a neon city drive for the car spot.",
     "video_control"),
    ("Here's an edge video <video 0> of the storyboard move; render it as a sunlit vineyard for the wine ad.",
     "video_control"),
    ("Generate a video of a barista matching the pose sequence in <video 0>, for the café chain's Reels.",
     "video_control"),
    ("Turn the grey-box edge-map video <video 0> into a cosy living room scene for the furniture brand.",
     "video_control"),
)
