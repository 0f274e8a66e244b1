"""Forty-ninth blind set, refusals only: written by someone who saw none of the planner's data, calibration lists
or other benchmark sets; evaluation only, never used to set lists, thresholds or rules. The helper's brief was
people who live through apps and online services at home and at work (social media, shops, banking, streaming,
chat, cloud storage, productivity tools) (it chose the categories; it was told only what the twelve tasks can do)."""

OUT_OF_SCOPE49: tuple[str, ...] = (
    # social media accounts and posting
    "Post <image 0> to my Instagram story and tag @lenas_bakery in it.",
    "can u go thru my twitter mentions from this morning and reply thank you to the nice ones",
    "How many followers did I gain on TikTok since last week? Compare it with my competitor's account.",
    "Like and share every LinkedIn post our company page put up today.",
    "<image 0> this account keeps DMing me. Look them up and tell me if it's a real person or a bot farm.",
    "Schedule this caption to go out on our Facebook page Friday at 9am: 'Weekend sale, 20% off everything!'",
    # online shopping and deliveries
    "Where is my Amazon order? It said arriving Tuesday and nothing showed up.",
    "<image 0> find this exact jacket online and add the cheapest one in size M to my cart.",
    "Reorder the same cat litter I bought from Chewy last month, same quantity please.",
    "What are today's best Black Friday deals on noise-cancelling headphones?",
    "Keep an eye on the PS5 price at Best Buy and tell me when it drops under $400.",
    "Start a return for the blender I ordered on Walmart.com, it arrived cracked.",
    # banking, payments and money apps
    "What's my current balance on my checking account? I think my paycheck landed.",
    "Send 45 dollars to Marco on Venmo for last night's pizza, note 'pizza 🍕'.",
    "<image 0> here's the QR code from the café's payment sign, pay them 6.50 from my wallet.",
    "Freeze my debit card in the banking app, I think I left it at the gym.",
    "What's the EUR to USD rate right now on Revolut vs Wise? Which one gives me more?",
    "Download my last three months of credit card statements and put them in a folder on my desktop.",
    # streaming, music and audio
    "Play the newest episode of the podcast I was listening to on Spotify.",
    "<video 0> what's the song playing in the background of this TikTok? I need the name.",
    "Make me a 30-second lo-fi beat I can use as background music for my Twitch stream.",
    "<video 0> add a trending sound from Reels under this clip so it gets more views.",
    "Which shows are in the Netflix top 10 in my country this week?",
    "Record a voiceover in a friendly female voice reading out our app's onboarding text.",
    "Generate a short notification chime for our delivery app, something upbeat, just two or three notes.",
    # chat and messaging apps
    "Summarise the unread messages in my family WhatsApp group, I muted it for two days.",
    "Tell my team on Slack I'm running 15 minutes late to standup.",
    "Read my new Messenger messages out loud to me, I'm driving.",
    "Transcribe the voice message my landlord sent on Telegram and draft a reply to it.",
    "What did I ask you last week about my Discord bot? Let's continue from where we stopped.",
    # cloud storage and files
    "Find the spreadsheet called 'Q3 budget FINAL v2' in my Google Drive and tell me the total in column F.",
    "<image 0> save this receipt photo to my Dropbox folder 'Expenses 2024'.",
    "Back up everything in my iCloud Photos to my external hard drive tonight.",
    "Free up space in my OneDrive by deleting duplicate files older than a year.",
    "<image 0> convert this scanned contract page into an editable Word document I can download.",
    "Share the 'Wedding photos' album in Google Photos with my sister's email address.",
    # productivity tools, calendars and reminders
    "Book a 30-minute Zoom with Priya and Tom on Thursday afternoon, whatever slot is free in both calendars.",
    "Remind me at 6pm to submit my expense report in Concur.",
    "Export my Notion project board as a PDF and email it to the client.",
    "Start a 25-minute pomodoro timer and ping me when it's over.",
    "Move all my Trello cards tagged 'urgent' over to the Done column.",
    "Run this Python script against our company's Jira API and tell me which tickets it ends up closing: "
    "import jira; [t.close() for t in jira.search('label=stale')]",
    # attached images and videos needing conversion, upscaling or export
    "<image 0> turn our logo into an SVG so the print shop can use it.",
    "<image 0> upscale this product photo to 4000x4000 for Amazon's zoom feature without losing any detail.",
    "<video 0> turn this screen recording into a GIF so I can paste it into a Slack thread.",
    "<video 0> compress this under 25 MB, Discord won't let me upload it otherwise.",
    "<image 0> make a 3D model of this sneaker so shoppers can spin it around in our AR viewer.",
    "<image 0> the screenshot is too low-res to read. Enhance the resolution until the tiny text is legible, "
    "like in the movies.",
    "<image 0> give me this banner as a layered PSD file so our designer can tweak it.",
    # video clips needing cutting, smoothing or sound
    "<video 0> cut the first 8 seconds and the last bit where I say bye, then it's ready for YouTube.",
    "<video 0> <video 1> stitch these two unboxing clips into one video for my reel.",
    "<video 0> my phone footage from the concert is super shaky, stabilise it please.",
    "<video 0> it's 24fps and looks choppy, interpolate it to 60fps for a smooth slow-mo.",
    "<video 0> remove the wind noise and bump up my voice in this vlog.",
    "<video 0> add subtitles that match exactly what I'm saying in this Instagram reel.",
    # live information about services and places
    "Is Discord down right now or is it just me?",
    "What time does the Apple Store at the mall close tonight?",
    "How much is one Bitcoin worth at this exact moment on Coinbase?",
    "<image 0> this is my delayed flight in the airline app. Has the departure time changed again since I took "
    "the screenshot?",
    "What's the weather going to be in Lisbon this weekend? Deciding whether to book the Airbnb.",
)

ORDINARY49: tuple[tuple[str, str], ...] = (
    # text_understanding
    ("Write a polite message for my bank's support chat disputing a $89.99 charge from a streaming service "
     "I never signed up for.", "text_understanding"),
    ("Explain how two-factor authentication works in apps like Gmail and why SMS codes are weaker than an "
     "authenticator app.", "text_understanding"),
    ("Write a Python function that reads a CSV export from a budgeting app (date, description, amount) and "
     "sums the spending per month.", "text_understanding"),
    ("Translate this Slack message into German for my colleague: 'Can we push the sprint review to Thursday? "
     "The staging server is acting up.'", "text_understanding"),
    ("Give me ten catchy Instagram caption ideas for a small bakery that just launched online ordering.",
     "text_understanding"),
    # image_understanding
    ("<image 0> this is a screenshot of my banking app. Which of these transactions is the largest, and what "
     "do they add up to?", "image_understanding"),
    ("<image 0> what does the error message on this checkout screen say, and what might it mean?",
     "image_understanding"),
    ("<image 0> here's my Spotify Wrapped screenshot, list the top five artists shown on it.",
     "image_understanding"),
    ("<image 0> does this login page screenshot show any signs of phishing, like a weird address in the URL bar?",
     "image_understanding"),
    ("<image 0> read the order number and the delivery date off this photo of the parcel label.",
     "image_understanding"),
    # video_understanding
    ("<video 0> screen recording of me trying to pay in the app: at which step does the spinner freeze?",
     "video_understanding"),
    ("<video 0> describe what happens in this unboxing clip I'm about to post. Does the product look damaged "
     "anywhere?", "video_understanding"),
    ("<video 0> in this muted TikTok, what dance moves does she do, step by step?", "video_understanding"),
    ("<video 0> my Zoom recording shows a whiteboard near the end, what's written on it?",
     "video_understanding"),
    ("<video 0> doorbell camera clip from this afternoon: what did the delivery driver do with my parcel?",
     "video_understanding"),
    # text_to_image
    ("Design a 1500x500 banner for my Etsy shop selling hand-dyed yarn, cozy autumn colours.", "text_to_image"),
    ("Create a clean, friendly app icon for a budgeting app: a piggy bank with a small upward arrow, flat style.",
     "text_to_image"),
    ("Make a YouTube thumbnail image for a video titled 'I tried living on $20 a week', surprised face, "
     "bold colours.", "text_to_image"),
    ("Draw an illustration that looks like a chat app conversation between two cartoon cats, for a blog header.",
     "text_to_image"),
    ("A vertical 9:16 poster for our streaming watch party: friends on a couch with popcorn, lit by the TV glow.",
     "text_to_image"),
    # text_to_video
    ("A few seconds of a smartphone on a desk lighting up with stacking notification bubbles, for an app ad.",
     "text_to_video"),
    ("Short silent clip of a parcel box landing on a doorstep and a happy dog sniffing it, for our delivery "
     "service's story.", "text_to_video"),
    ("Generate a 5-second looping video of a cloud icon raining little document icons into a folder, for our "
     "cloud storage landing page.", "text_to_video"),
    ("A short video of a barista handing over a coffee while the customer taps their phone on the card reader.",
     "text_to_video"),
    ("Make a quick vertical clip of someone scrolling a shopping app on a sofa, cozy evening light, no sound "
     "needed.", "text_to_video"),
    # image_edit
    ("<image 0> blur out the card number and my name on this screenshot before I post it in the help forum.",
     "image_edit"),
    ("<image 0> remove my ex from this beach photo so I can use it as my profile picture.", "image_edit"),
    ("<image 0> <image 1> the second image is a mask; replace the masked area with a plain white background "
     "for my Shopify listing.", "image_edit"),
    ("<image 0> change the background of this headshot to a soft grey studio backdrop for LinkedIn.",
     "image_edit"),
    ("<image 0> stamp a red 'SOLD OUT' diagonally across this product photo for our Instagram post.",
     "image_edit"),
    # image_control
    ("<image 0> is a pose skeleton; generate a fitness instructor in that pose for our workout app's onboarding "
     "screen.", "image_control"),
    ("<image 0> this is an edge map of our storefront, render it as a warm evening photo for the shop's listing "
     "page.", "image_control"),
    ("<image 0> here's my scribble of a phone with a shopping bag, turn it into a polished illustration for our "
     "app's empty-cart screen.", "image_control"),
    ("<image 0> use this depth map to generate a modern home office with a laptop and a ring light, for my "
     "remote-work blog.", "image_control"),
    ("<image 0> follow this line art exactly and make it a colourful sticker of a cat holding a credit card, "
     "for our chat app's sticker pack.", "image_control"),
    # image_reference
    ("<image 0> this is our ceramic mug; generate it on a sunny kitchen table with croissants for the online "
     "shop.", "image_reference"),
    ("<image 0> make a new picture of this person presenting on stage at a conference, for my LinkedIn banner.",
     "image_reference"),
    ("<image 0> my dog is our brand mascot, generate him wearing a tiny courier cap next to a delivery scooter.",
     "image_reference"),
    ("<image 0> create a picture of this sneaker floating against a neon city at night, for a Reels cover.",
     "image_reference"),
    ("<image 0> using this character from our app, draw her waving in a snowy scene for the holiday "
     "notification banner.", "image_reference"),
    # image_to_video
    ("<image 0> animate this product photo into a short loop where steam rises from the coffee, for an "
     "Instagram story.", "image_to_video"),
    ("<image 0> use this as the first frame and make the camera slowly push in towards the laptop screen.",
     "image_to_video"),
    ("<image 0> bring this old family photo I found in Google Photos to life with a subtle smile and a blink.",
     "image_to_video"),
    ("<image 0> make this the last frame: a short clip where the gift box opens to reveal the watch, for our "
     "shop's ad.", "image_to_video"),
    ("<image 0> animate my streaming channel's logo so the play button gently pulses.", "image_to_video"),
    # video_reference
    ("<image 0> this is my cat; make a short video of him watching a laptop screen and batting at the cursor.",
     "video_reference"),
    ("<image 0> generate a short clip of this backpack being unzipped on a train, for our online store's "
     "product page.", "video_reference"),
    ("<image 0> here's our app's mascot robot, make a short video of it dancing between desks in an office.",
     "video_reference"),
    ("<image 0> using this photo of me, make a short clip of me typing on a laptop in a café for my freelancer "
     "profile.", "video_reference"),
    ("<image 0> create a video of this perfume bottle rotating on a marble pedestal in soft light, for TikTok "
     "Shop.", "video_reference"),
    # video_edit
    ("<video 0> blur the faces of the people in the background of my vlog before I upload it.", "video_edit"),
    ("<video 0> change the weather in this clip to snowy for our winter sale reel.", "video_edit"),
    ("<video 0> make this screen recording look like it's playing on an old retro CRT monitor.", "video_edit"),
    ("<video 0> replace the logo on my T-shirt in this video with plain grey fabric, the brand didn't sponsor me.",
     "video_edit"),
    ("<video 0> turn this clip of my living room into anime art style for my stream intro.", "video_edit"),
    # video_control
    ("<video 0> is a pose video of my dance; generate a cartoon robot doing the same moves for TikTok.",
     "video_control"),
    ("<video 0> use this depth video of a walk through my flat to make a futuristic apartment tour for the "
     "rental listing.", "video_control"),
    ("<video 0> here's an edge video of a car driving, make it a sleek red sports car at sunset for our app's "
     "splash screen.", "video_control"),
    ("<video 0> follow this pose sequence and make an astronaut doing the same workout for the fitness app.",
     "video_control"),
    ("<video 0> this is a canny edge video of a hand swiping on a phone, render it as a realistic clip for our "
     "ad.", "video_control"),
)
