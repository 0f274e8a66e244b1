"""Forty-second blind set, refusals only: written by someone who saw none of the planner's data, calibration lists
or other benchmark sets; evaluation only, never used to set lists, thresholds or rules. The helper's brief was
content creators and small online businesses, about half with an attachment (it chose the categories; it was
told only what the twelve tasks can do)."""

OUT_OF_SCOPE42: tuple[str, ...] = (
    # hearing or producing sound, often next to a doable visual part
    "Write down the exact words my guest says around the two-minute mark of <video 0> so I can quote him",
    "Listen to my podcast clip <video 0> and tell me if my mic clips whenever I laugh",
    "Lay a calm voiceover on my product demo <video 0> reading: waterproof, 12-hour battery, fits any backpack",
    "Animate the rainy window in <image 0> into a loop and add soft rain and thunder sounds for my lofi stream",
    "Get rid of the air-conditioner hum in the background of my interview recording <video 0>",
    "Tell me the timestamps where the kick drum hits in the track under <video 0> so I can cut on the beat",
    "Dub my unboxing video <video 0> into Spanish using a voice that sounds like mine",
    "Make a slime-pressing clip for TikTok where the crunchy squish sounds are the whole point, loud and crisp",
    "Turn this week's newsletter into a two-host audio episode I can drop in my podcast feed",
    "In <video 0>, read what's on the whiteboard behind me and also name the song playing in the background",
    "Go through my stream VOD <video 0> and write chapter timestamps for each topic I talk about",
    "Compose a ten-second ukulele sting for the end of my cooking videos",
    # live platform numbers, trends and outside look-ups
    "Pull the audience retention for my last ten Shorts from YouTube Studio and rank them",
    "Check what the ClayAndCo shop on Etsy charges for its speckled mug right now and price mine 5% below",
    "Pick five hashtags for <image 0> from whatever is trending on BookTok this week",
    "How many viewers are in the Just Chatting category on Twitch at this moment? I want to know if I should go live",
    "Which search terms did visitors type into my Shopify store last month?",
    "What are gaming channels in Germany getting as CPM this quarter?",
    "Summarize what people are complaining about in the comments under my newest upload",
    "Is cozycandleco.com still free to register?",
    "See whether the sound I used in <video 0> is still climbing on Reels or if it's already dead",
    "Look up whether the brand name Glowberry is already a registered trademark in the US",
    "Compare my Substack open rate for this month against the current average for food newsletters",
    # acting on accounts: publishing, messaging, scheduling
    "Design a header image for my sourdough post and schedule the issue to go out Friday at 8am",
    "Answer every DM in my Instagram inbox with our return policy",
    "Pin the comment with the discount code on my latest TikTok",
    "Swap the thumbnail on the YouTube video I have live right now for <image 0>",
    "Crosspost <video 0> to Shorts, Reels and TikTok, each with its own caption",
    "Send each of the ten giveaway winners their personal discount code by email",
    "Raise the price of every Etsy listing with 'linen' in the title to $34",
    "Set up a bot in my Discord so anyone typing !merch gets the store link",
    "Block Tuesday afternoons 2 to 5 on my Google Calendar for filming B-roll",
    "Give my editor manager access to my channel",
    "Turn <image 0> into a product photo with a wooden backdrop and then upload it as the main image of my listing",
    # files that are not plain images, videos or text answers
    "Convert the logo in <image 0> to an SVG so my cutter can make vinyl stickers from it",
    "Export the product shot <image 0> as a layered PSD with the background on its own layer",
    "Cut my reaction face from <video 0> into a looping GIF I can upload as a Twitch emote",
    "Build me a 12-slide PowerPoint sponsor deck from my channel numbers",
    "Put my wholesale price list in an Excel sheet with formulas for the tier discounts",
    "Lay out <image 0> and <image 1> as a printable PDF lookbook with my shop's name on the cover",
    "Make a 3D model of the candle jar in <image 0> so shoppers can view it in AR on my product page",
    "Create an installable .ttf font from the handwriting sample in <image 0>",
    "Turn my recipe collection into an EPUB I can sell on my store",
    "Convert the patch design in <image 0> into a .pes file for my embroidery machine",
    # running code, connecting services, reaching the web
    "Run this Python script on my Shopify orders export and tell me which customers ordered twice",
    "Connect to my Printful account and push the new hoodie design to all sizes",
    "Scrape the titles of the top 50 videos in the minimalist-desk niche and find the patterns",
    "Test how fast my checkout page loads on a mobile connection",
    "Work out my exact Etsy fees for last month straight from my shop's sales records",
    # memory of earlier chats
    "Use the brand colours we settled on last week for a new channel banner",
    "Pick up the sponsor script you were writing for me yesterday where we left off",
    "What was the name of the sponsor I mentioned in our last conversation?",
    # the physical world, purchases and devices
    "Order 200 stickers of <image 0> from a print shop and have them shipped to me",
    "Buy the ring light I linked and make sure it arrives by Thursday",
    "Book a podcast studio for next Saturday afternoon",
    "Mail a handwritten-style thank-you postcard to my top 20 Patreon supporters",
    "Turn my smart bulbs to warm white and start recording in OBS when I say go",
    # the user's own storage beyond attachments
    "Find the Tokyo trip footage on my external drive and pick the best clips",
    "Go through my camera roll and delete the blurry product photos",
    "Apply my preset to the 300 photos from Saturday's shoot in my Lightroom catalog",
)

ORDINARY42: tuple[tuple[str, str], ...] = (
    # text_understanding
    ("Give me three title options under 60 characters for a video where I restore a 1970s bike", "text_understanding"),
    ("Draft a kind reply to an Etsy buyer whose soap arrived cracked, offering a replacement", "text_understanding"),
    ("Write lyrics for a 30-second jingle about my bakery; I'll sing it myself", "text_understanding"),
    ("Candles sell at $18, cost $6.40, plus a 6.5% fee and $0.20 listing fee: profit per sale?", "text_understanding"),
    ("Explain in plain words how a podcast RSS feed works, for a section of my newsletter", "text_understanding"),
    # image_understanding
    ("Here's a screenshot of my channel analytics <image 0>; which day had the most views?", "image_understanding"),
    ("Will the text on my thumbnail <image 0> still be readable at phone size? Be honest", "image_understanding"),
    ("Read the ingredient label in <image 0> and tell me if it lists any common allergens", "image_understanding"),
    ("Write an Etsy product description from what you see of the necklace in <image 0>", "image_understanding"),
    ("Which of the two mugs in <image 0> is better lit for a Shopify listing, and why?", "image_understanding"),
    # video_understanding
    ("At what point in my unboxing video <video 0> does the product first come out of the box?", "video_understanding"),
    ("List every brand logo that shows up on screen in <video 0> so I can check for sponsors", "video_understanding"),
    ("Does my hand cover the product anywhere in <video 0>? Give me rough times", "video_understanding"),
    ("Write a TikTok caption based on what you see happening in <video 0>", "video_understanding"),
    ("Count how many times the camera angle changes in my music video <video 0>", "video_understanding"),
    # text_to_image
    ("A 1280x720 thumbnail of a shocked cartoon chef holding a burnt cake on a yellow background", "text_to_image"),
    ("Square post image for my shop's summer sale: lemons everywhere and '20% OFF' in big letters", "text_to_image"),
    ("Cover art for my podcast's music episode: a vinyl record melting on a hot city street", "text_to_image"),
    ("A 1920x480 Twitch channel banner of a neon cyberpunk skyline at night", "text_to_image"),
    ("Draw a mascot for my tea shop: a sleepy teapot wearing a nightcap, cute flat style", "text_to_image"),
    # text_to_video
    ("A 6-second slow-motion clip of coffee pouring into a cup for my shop's homepage, 24 fps", "text_to_video"),
    ("5-second vertical 1080x1920 clip of pink confetti falling, for a giveaway announcement", "text_to_video"),
    ("Channel intro: a paper airplane gliding through fluffy clouds, 4 seconds", "text_to_video"),
    ("An 8-second cozy clip of candles flickering on a wooden shelf that I can loop on my stream", "text_to_video"),
    ("Top-down b-roll of a hand flipping notebook pages, 10 seconds, for my study-with-me videos", "text_to_video"),
    # image_edit
    ("Remove the messy cables behind my desk in <image 0> so I can use it as my channel banner", "image_edit"),
    ("Swap the white background of my product photo <image 0> for a marble countertop", "image_edit"),
    ("Make the hoodie in <image 0> forest green so I can show the new colour variant", "image_edit"),
    ("Add a red 'SOLD OUT' sticker to <image 0>, only inside the area marked in the mask <image 1>", "image_edit"),
    ("Restyle my photo <image 0> as a soft watercolour painting for my newsletter header", "image_edit"),
    # image_control
    ("Use the pose skeleton in <image 0> to make a knight in armour standing in exactly that pose", "image_control"),
    ("Turn my rough logo sketch <image 0> into a polished illustration that keeps the same lines", "image_control"),
    ("Follow the depth map <image 0> to create a cozy reading nook for my bookish channel art", "image_control"),
    ("Using the edge map <image 0> of my room, render a Scandinavian-style interior for a thumbnail", "image_control"),
    ("My scribble <image 0> has a mountain and a sun; make a poster landscape with that layout", "image_control"),
    # image_reference
    ("Show my dog from <image 0> in a tiny astronaut suit on the moon for a merch design", "image_reference"),
    ("New photo of the handbag in <image 0> sitting on a Paris cafe table, same bag", "image_reference"),
    ("Make a picture of me from <image 0> in a neon-lit gaming room for my streamer profile", "image_reference"),
    ("Show the plush toy from <image 0> on a child's bed in morning light as a lifestyle shot", "image_reference"),
    ("Draw my channel mascot from <image 0> surfing a huge wave, keeping the character design", "image_reference"),
    # image_to_video
    ("Animate my product photo <image 0> so steam rises from the mug, 5 seconds", "image_to_video"),
    ("Use <image 0> as the last frame of a clip where the camera slowly pulls back to reveal it", "image_to_video"),
    ("Bring my illustrated thumbnail <image 0> to life: the character blinks and waves", "image_to_video"),
    ("Make the painting <image 0> move with drifting clouds for my stream's starting-soon screen", "image_to_video"),
    ("Start from my storefront photo <image 0> and animate people walking past, 6 seconds at 24 fps", "image_to_video"),
    # video_reference
    ("Make a video of the sneaker in <image 0> spinning on a pedestal under studio lights", "video_reference"),
    ("Using my cat from <video 0>, make a new clip of her chasing butterflies in a garden", "video_reference"),
    ("A video of the character in <image 0> walking through a snowy forest", "video_reference"),
    ("A short clip of the perfume bottle in <image 0> surrounded by floating rose petals", "video_reference"),
    ("Featuring me from <video 0>, make a clip of me skateboarding down a sunny boardwalk", "video_reference"),
    # video_edit
    ("Change the background of my talking-head clip <video 0> to a warm bookshelf", "video_edit"),
    ("Restyle my vlog clip <video 0> to look like a hand-drawn anime", "video_edit"),
    ("Replace the paper coffee cup in <video 0> with a matte black tumbler", "video_edit"),
    ("Make the sky in my drone footage <video 0> a golden sunset", "video_edit"),
    ("Remove the other brand's logo from my shirt in <video 0>", "video_edit"),
    # video_control
    ("Use the dance in the pose video <video 0> to make a robot doing the same moves", "video_control"),
    ("Follow the depth video <video 0> to make a fantasy forest path with the same camera move", "video_control"),
    ("Make a cartoon bear copy the hand gestures in the edge-map video <video 0>", "video_control"),
    ("A ballerina in a tutu following the pose sequence in <video 0>", "video_control"),
    ("Use the pose video <video 0> to make a superhero do the same workout, for my fitness channel", "video_control"),
)
