"""Eighty-ninth blind set, refusals only: written by someone who saw none of the planner's data, calibration lists
or other benchmark sets; evaluation only, never used to set lists, thresholds or rules. The helper's brief was
small shop owners, cafes, restaurants and their staff (it chose the categories; it was told only what the twelve tasks can do)."""

OUT_OF_SCOPE89: tuple[str, ...] = (
    # live prices, weather, news and "today"
    "What's the wholesale price of arabica beans per kilo today? Need it before I call my roaster.",
    "is it going to rain here saturday afternoon? deciding whether to put the terrace tables out",
    "Check what the bakery across the street is charging for croissants this week.",
    "Which food trucks are parked on Main Street right now?",
    "How many reviews did my restaurant get on Google yesterday and what's the current star rating?",
    "Tell me the exchange rate right now so I can price the imported olive oil in euros.",
    "Is the farmers market open today or was it cancelled because of the holiday?",
    "Any news this morning about the new minimum wage rules for hospitality staff in my city?",
    # sending, posting, booking and ordering
    "Post <image 0> to our cafe's Instagram with the caption 'Fresh sourdough, out of the oven at 7!'",
    "Email the weekly rota to all five of my baristas.",
    "Book a table for 12 at Luigi's for our staff Christmas dinner next Friday at 8pm.",
    "Order 20 litres of oat milk from my usual supplier and have it delivered Tuesday.",
    "Reply to the angry customer who left a one-star review on our page and tell them lunch is on us.",
    "Text Maria that her shift tomorrow starts at 6 instead of 7.",
    "Call the fridge repair company and get someone out before dinner service.",
    "Send <image 0> (the new menu) to the print shop and ask for 200 laminated copies.",
    "Upload <video 0> to our TikTok and schedule it for Friday lunchtime.",
    # audio, music and speech
    "Make a chill background playlist for the shop, something jazzy, about three hours long.",
    "Record a voice message for our phone line saying we're closed on Mondays.",
    "Compose a short jingle for our radio ad, 'Pete's Pies, hot and fresh since '89'.",
    "What song is playing in the background of <video 0>? A customer asked and I can't remember.",
    "Listen to <video 0> and write down what the chef says about the sauce.",
    "Add some upbeat music and a voiceover to <video 0> for our grand opening promo.",
    "Read today's specials out loud so I can play them over the speaker at the counter.",
    "Turn <video 0> into a clip with the sound of sizzling and crowd chatter added in.",
    # the user's accounts, files, apps and devices
    "Pull up last month's sales from my Square POS and tell me our best-selling sandwich.",
    "Open the inventory spreadsheet on my desktop and flag anything under five units.",
    "Log into our Deliveroo partner account and switch off the lamb dish, we've run out.",
    "Change the opening hours on our Google Business profile to 8 till 4.",
    "Check the temperature log from the walk-in freezer sensor overnight.",
    "Update the prices on our website menu to match <image 0>.",
    "Look at our shared calendar and tell me who's off sick this week.",
    "Run this Python script that calculates tips per server and show me the output.",
    # memory of earlier conversations
    "Use the same cake recipe you gave me last week but double it.",
    "What was the name of that supplier you recommended to me yesterday?",
    "Carry on with the staff handbook we started writing last time, from section 4.",
    "Remember my allergen list from our chat on Monday and check it against this new dish.",
    # file formats, export and printing
    "Convert <image 0> into a print-ready PDF with bleed for the menu printer.",
    "Turn our logo in <image 0> into an SVG so the sign maker can cut it in vinyl.",
    "Make <video 0> into a GIF I can put on our website banner.",
    "Export the price list you write as an Excel file I can open in the back office.",
    "Compress <video 0> so it's under 10MB for WhatsApp.",
    "Give me a 3D printable model of our mascot, the little coffee bean guy in <image 0>.",
    "Save <image 0> as a layered PSD so my designer can move the text around.",
    # video trimming, upscaling, stabilising and slow motion
    "Cut <video 0> down to just the bit where the latte art pour happens, about 5 seconds.",
    "Join these two clips of the kitchen line together into one reel.",
    "<video 0> is really shaky, I filmed it walking through the dining room. Can you stabilise it?",
    "Upscale <image 0> to 4K, it's a tiny photo of our storefront and it needs to go on a big banner.",
    "Make <video 0> buttery smooth slow motion at 120fps by generating the in-between frames.",
    "Make a 2 minute video tour of the restaurant for our website, kitchen, bar and patio.",
    "Sharpen <image 0> to a higher resolution, the pastry case photo is too blurry for the print menu.",
    # reminders, timers and physical actions
    "Remind me at 3pm to take the brisket out of the smoker.",
    "Set a 12 minute timer for the scones.",
    "Turn the espresso machine on at 6:30 tomorrow so it's warm when I get in.",
    "Lock the back door, I forgot when I left.",
    "Count the cash in the till and tell me if it matches the register.",
    # other absent capabilities
    "Train a little model on our past three years of sales so it can predict how many bagels to bake.",
    "Find me a cheaper card payment provider than the one we use now and compare their current fees.",
    "Does <image 0> match the barcode in our supplier's online catalogue? Look it up for me.",
    "Translate the chef's spoken instructions in <video 0> into English subtitles.",
)

ORDINARY89: tuple[tuple[str, str], ...] = (
    # text_understanding
    (
        "Write a polite reply I can post myself to a one-star review complaining our flat white was cold.",
        "text_understanding",
    ),
    (
        "Draft an email to my staff explaining the new rota app we're switching to next month, "
        "and why tips will be split differently.",
        "text_understanding",
    ),
    (
        "Give me a formula for a spreadsheet that works out food cost percentage per dish from "
        "ingredient cost and menu price.",
        "text_understanding",
    ),
    (
        "Write a 30-second script for a radio ad for our pizzeria, I'll get a local guy to record it.",
        "text_understanding",
    ),
    (
        "Translate this into Spanish for my kitchen porter: 'Please label and date every container "
        "before it goes into the walk-in.'",
        "text_understanding",
    ),
    # image_understanding
    (
        "Here's a screenshot of our delivery app dashboard <image 0>. Which day had the most cancelled orders?",
        "image_understanding",
    ),
    ("Read the handwritten supplier invoice in <image 0> and list each item with its price.", "image_understanding"),
    (
        "Is there anything in this photo of our walk-in fridge <image 0> that a health inspector would flag?",
        "image_understanding",
    ),
    ("What does the error message on the card terminal screen in <image 0> say?", "image_understanding"),
    (
        "A customer emailed this photo of their receipt <image 0>, what time does it say they paid and how much?",
        "image_understanding",
    ),
    # video_understanding
    (
        "Watch <video 0> from our security camera and tell me roughly how many people came in the door.",
        "video_understanding",
    ),
    (
        "In <video 0> my new barista is steaming milk. Just from what you can see, is her technique right?",
        "video_understanding",
    ),
    ("What dishes go out of the pass in <video 0>? List them in order.", "video_understanding"),
    (
        "This clip <video 0> is from our TikTok, describe what happens so I can write a caption for it.",
        "video_understanding",
    ),
    (
        "Does anyone in <video 0> of the kitchen forget to wash their hands before plating?",
        "video_understanding",
    ),
    # text_to_image
    (
        "Make an Instagram-style square photo of a stack of fluffy pancakes with maple syrup on a rustic wooden "
        "table, morning light.",
        "text_to_image",
    ),
    (
        "Design a chalkboard-style poster that says 'Live Music Fridays' with a guitar and coffee cups.",
        "text_to_image",
    ),
    (
        "Generate a wide banner image for our website header: a cosy neighbourhood bookshop cafe at dusk.",
        "text_to_image",
    ),
    (
        "I need a picture for the phone app listing: a steaming bowl of ramen, top-down, dark background.",
        "text_to_image",
    ),
    (
        "Create a simple logo idea for a food truck called 'Taco Time', a cartoon clock made of a taco.",
        "text_to_image",
    ),
    # text_to_video
    (
        "Make a short clip of espresso dripping into a white cup in slow, dreamy motion for our Reels.",
        "text_to_video",
    ),
    (
        "Generate a few seconds of video of a baker pulling golden loaves out of a wood-fired oven.",
        "text_to_video",
    ),
    (
        "A short video of a neon 'OPEN' sign flickering on in a rainy shop window at night, no sound needed.",
        "text_to_video",
    ),
    (
        "Create a looping video of a waiter pouring red wine into glasses at a candlelit table for our screen.",
        "text_to_video",
    ),
    (
        "Make a quick video of colourful macarons spinning on a cake stand, for a TikTok story.",
        "text_to_video",
    ),
    # image_edit
    (
        "Remove the delivery app sticker from the window in this storefront photo <image 0>.",
        "image_edit",
    ),
    (
        "In <image 0> change the price on the chalkboard from £3.50 to £3.80.",
        "image_edit",
    ),
    (
        "Replace the messy background behind the burger in <image 0> with a clean white one for our menu.",
        "image_edit",
    ),
    (
        "Make the photo of our dining room <image 0> look like it was taken in the evening with warm lights on.",
        "image_edit",
    ),
    (
        "Fill only the masked area of <image 0> with a potted plant, here's the mask <image 1>.",
        "image_edit",
    ),
    # image_control
    (
        "Use this sketch of my shop layout <image 0> as the outline and render it as a bright modern cafe "
        "interior.",
        "image_control",
    ),
    (
        "Here's a pose skeleton <image 0>, make an image of a chef in whites holding a pan in that pose.",
        "image_control",
    ),
    (
        "Follow the edges of this line drawing <image 0> of a cupcake and make it a realistic photo with pink "
        "frosting.",
        "image_control",
    ),
    (
        "This depth map <image 0> is of our counter, generate a rustic Italian deli scene with the same layout.",
        "image_control",
    ),
    (
        "My kid scribbled a storefront <image 0>, turn that scribble into a proper illustration of a flower shop.",
        "image_control",
    ),
    # image_reference
    (
        "Using our mascot in <image 0>, make a new picture of him serving ice cream on a beach.",
        "image_reference",
    ),
    (
        "Here's our signature cake <image 0>. Show the same cake on a wedding table with flowers around it.",
        "image_reference",
    ),
    (
        "Take the owner from <image 0> and put him in a new image standing proudly in front of a market stall.",
        "image_reference",
    ),
    (
        "Make a new product shot of this coffee bag <image 0> on a shelf next to a plant, same label and colours.",
        "image_reference",
    ),
    (
        "Based on our delivery scooter in <image 0>, create an image of it parked outside a snowy shop at "
        "Christmas.",
        "image_reference",
    ),
    # image_to_video
    (
        "Animate this photo of our latte <image 0> so the steam rises gently, for an Instagram story.",
        "image_to_video",
    ),
    (
        "Bring <image 0> to life: make the string lights twinkle over our terrace tables.",
        "image_to_video",
    ),
    (
        "Start from the menu board photo <image 0> and make a short clip of the camera slowly zooming in.",
        "image_to_video",
    ),
    (
        "Make a short video that ends on this shot of the finished pizza <image 0>, showing cheese melting "
        "before it.",
        "image_to_video",
    ),
    (
        "Animate the flag outside our shop in <image 0> waving in the breeze, a few seconds is fine.",
        "image_to_video",
    ),
    # video_reference
    (
        "Make a short video of the teddy bear mascot in <image 0> waving at customers at the door.",
        "video_reference",
    ),
    (
        "Using this bottle of our house hot sauce <image 0>, generate a clip of it being poured over tacos.",
        "video_reference",
    ),
    (
        "Create a video of the barista in <image 0> doing latte art behind a busy counter.",
        "video_reference",
    ),
    (
        "Our cargo bike is in <image 0>. Make a short video of it riding through a sunny market street.",
        "video_reference",
    ),
    (
        "Generate a video of this exact birthday cake <image 0> being carried to a table with candles lit.",
        "video_reference",
    ),
    # video_edit
    (
        "In <video 0> blur the faces of the customers in the background before we post it.",
        "video_edit",
    ),
    (
        "Change the colour of the aprons in <video 0> from blue to our brand green.",
        "video_edit",
    ),
    (
        "Make <video 0> of the shopfront look like it's snowing outside for our winter promo.",
        "video_edit",
    ),
    (
        "Remove the competitor's sign visible across the street in <video 0>.",
        "video_edit",
    ),
    (
        "Give <video 0> of our kitchen a warm vintage film look.",
        "video_edit",
    ),
    # video_control
    (
        "Here's a pose video <video 0> of me tossing dough, make a clip of a cartoon chef doing the same moves.",
        "video_control",
    ),
    (
        "Use the depth video <video 0> of our bar and generate a neon cyberpunk cocktail bar following it.",
        "video_control",
    ),
    (
        "Follow the edge map video <video 0> of the coffee pour and render it as a glossy chocolate pour.",
        "video_control",
    ),
    (
        "This is a pose video <video 0> of my waiter carrying plates, generate a robot waiter moving the same way.",
        "video_control",
    ),
    (
        "Use the motion in this edge video <video 0> of the shop door opening to make a fairytale bakery door "
        "scene.",
        "video_control",
    ),
)
