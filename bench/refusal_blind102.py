"""One-hundred-and-second blind set, refusals only: written by someone who saw none of the planner's data, calibration
lists or other benchmark sets; evaluation only, never used to set lists, thresholds or rules. The helper's brief was
travellers and expats (trip planning, visas, packing, customs, trip photos/clips, language learners, digital nomads),
a third with a stated constraint, a third by non-native writers, a third ordinary (it chose the categories; it was told
only what the twelve tasks can do)."""

OUT_OF_SCOPE102: tuple[str, ...] = (
    # live or current information / web search
    "What is the euro to Thai baht exchange rate right now? I'm changing money at the airport in an hour.",
    "Check if my flight LH 402 from Frankfurt to Newark is delayed today.",
    "Search the web for cafés in Lisbon with good wifi that are open right now.",
    "Which is the weather forecast for Kyoto tomorrow? I must to decide if I pack umbrella or not.",
    "Look up the current visa processing times at the Japanese consulate in London.",
    "Find the current nightly price online for the hostel shown in <image 0>. I need to book it before tonight.",
    "Is the Louvre open today or is there a strike going on?",
    # sending messages, emailing, posting, sharing
    "Send a WhatsApp message to my host in Marrakech saying we land at 9pm.",
    "Email my landlord in Berlin that I will move out on the 30th. Do it before midnight please.",
    "Share <image 0> on my Instagram with the caption 'Sunset in Santorini'.",
    "Please text to my brother this photo of the train ticket <image 0>, he need it for tomorrow.",
    "Upload <video 0> to my YouTube channel as a public travel vlog.",
    "Share my live location with my travel group until I reach the hostel.",
    # bookings, purchases and accounts
    "Book me a window seat on the cheapest flight from Madrid to Bogotá next Friday.",
    "Reserve a table for two at a ramen place near Shinjuku station tonight at 8.",
    "Buy a 30-day eSIM for Vietnam with my saved card. I land tomorrow morning.",
    "Pay my Schengen visa fee online and submit the application form for me.",
    "Cancel my Airbnb reservation in Porto and ask for refund, the host is not answering since days.",
    "Log in to my frequent flyer account and transfer my miles to my wife.",
    # producing sound, speech or music
    "Say 'where is the train station' in Portuguese out loud so I can hear the pronunciation.",
    "Record an audio file of you reading these Japanese phrases slowly. I want to listen on the plane.",
    "Compose a background music track for my travel vlog <video 0>.",
    "Add the sound of waves and seagulls to <video 0>. It's for my beach montage tonight.",
    "Make a podcast episode as mp3 where two voices are talking about living as digital nomad in Bali.",
    "Make <image 0> into a clip of the street market with the vendors shouting and the crowd noise audible.",
    "Dub <video 0> into Spanish with a voice-over for my Mexican friends.",
    # hearing audio in recordings
    "What is the tour guide saying in <video 0>? The wind was so loud I couldn't understand his words.",
    "Transcribe the spoken announcement in <video 0> from the train station in Milan.",
    "Which song is playing in the background of <video 0>, the one from the bar in Havana?",
    "Listen to the voice memo I recorded of my Italian practice and correct my pronunciation.",
    "In <video 0> the taxi driver is telling me a price, how much he said? I think he cheated me.",
    # cutting, trimming, joining videos
    "Cut the first 20 seconds out of <video 0>, it's just me fumbling with the camera.",
    "Merge <video 0> with <video 1> as a single clip of our road trip. I need it for tonight's dinner with the group.",
    "Trim <video 0> so only the part where the plane takes off remain.",
    "Split <video 0> into three short pieces for my stories.",
    # upscaling, frame rate, stabilising
    "Stabilise <video 0>, I filmed it from a shaky tuk-tuk.",
    "Upscale <image 0> to 8K so I can print it as a big poster of Patagonia.",
    "Change <video 0> so it plays at 60 fps without losing any quality.",
    "Raise the resolution of my photo <image 0> from 800 pixels to 4000 pixels wide. The visa portal rejects small files.",
    # special file formats and exports
    "Make a downloadable PDF of my two-week Italy itinerary that I can print.",
    "Give me a real .xlsx Excel file to track my travel expenses with formulas for each currency.",
    "Make me a PowerPoint file, .pptx, about my semester abroad in Seoul, ready to open and present.",
    "Turn the temple in <image 0> into a 3D model I can print. It's a souvenir for my mother.",
    "Save <video 0> as an animated GIF file under 5 MB for my blog.",
    "Generate a fillable Word document (.docx) of the Indian e-visa form.",
    # devices, apps and other services
    "Set an alarm on my phone for 4:30 am for the sunrise hike.",
    "Turn on the roaming on my phone and switch it to the local network please.",
    "Add the Barcelona museum tickets in <image 0> to my Apple Wallet.",
    "Change the system language of my laptop to Korean so I practise more.",
    "Download the offline Google Maps for Tbilisi on my phone before I lose signal.",
    "Add my packing deadlines to my Google Calendar with reminders. Start from this Monday.",
    # running code and training models
    "Run my Python script on your server every hour to check flight prices and alert me when they drop.",
    "Fine-tune a translation model on my Vietnamese chat logs so it learns my slang.",
    # remembering earlier conversations
    "What was the name of the guesthouse in Hanoi you recommended me last week?",
    "Continue the packing list we made together yesterday, you remember it.",
    "Remind me what I told you about my allergy in our previous chat. I need it for the restaurant tonight.",
    # physical chores and errands
    "Pack my suitcase while I'm at work. The taxi comes at 6.",
    "Go to the embassy and pick up my passport with the visa stamp.",
    "Water my plants at home while I am travelling in Peru for two month.",
    "Pick up my luggage from the hotel reception and bring it to the station.",
)

ORDINARY102: tuple[tuple[str, str], ...] = (
    # text_understanding
    ("Write a polite email to my Airbnb host asking if I can check in two hours early. I'll send it myself tonight.", "text_understanding"),
    ("What documents do I usually need when applying for a Schengen tourist visa? Keep it to a short checklist.", "text_understanding"),
    ("Please explain me the difference between 'ser' and 'estar' in Spanish with some examples about travelling.", "text_understanding"),
    ("Make a packing list for ten days of hiking in Iceland in September.", "text_understanding"),
    ("I have 600 dollars for 12 days in Vietnam and want to keep 60 for emergencies. How much can I spend per day?", "text_understanding"),
    ("Which polite phrases I can use for ordering coffee in Italy? I go to a café today and I'm nervous.", "text_understanding"),
    # image_understanding
    ("What does the sign in <image 0> say? It's in Greek and I can't read the alphabet.", "image_understanding"),
    ("Which dish is this in <image 0>, and is it usually spicy?", "image_understanding"),
    ("Can you tell me what is the price written on the menu in <image 0> for the pho? I want to know if my cash is enough.", "image_understanding"),
    ("My phone shows the error in <image 0> when I try to join the café wifi. What does the message mean?", "image_understanding"),
    ("Is the visa photo in <image 0> OK — neutral face, plain background, no glasses? The appointment is tomorrow morning.", "image_understanding"),
    # video_understanding
    ("What landmarks can you see in <video 0> from our boat tour in Amsterdam?", "video_understanding"),
    ("In <video 0>, which gate number is shown on the departure board?", "video_understanding"),
    ("Describe what the people are doing in <video 0>, I filmed it on a festival in India and I don't understand the ritual.", "video_understanding"),
    ("How many street musicians appear in <video 0>? Just count them from what you see.", "video_understanding"),
    ("Summarise what happens in <video 0> in three sentences for my travel journal. Keep it simple.", "video_understanding"),
    # text_to_image
    ("Draw a cozy café in Chiang Mai with a laptop, an iced coffee and palm trees outside.", "text_to_image"),
    ("Make an illustration of a passport full of colourful stamps for my blog header. Wide format, please.", "text_to_image"),
    ("Generate a picture of a vintage travel poster for Lisbon with yellow trams.", "text_to_image"),
    ("I want image of packing cubes on a bed, flat lay style, for my Instagram post.", "text_to_image"),
    # text_to_video
    ("Make a short video of a plane taking off at sunset over the Alps.", "text_to_video"),
    ("Create a 10-second clip of a rainy Parisian café window at night.", "text_to_video"),
    ("Generate a video of a hand stamping a passport at border control. Keep it under 8 seconds.", "text_to_video"),
    ("Please make short video where a girl walks through a lantern street in Hoi An at evening.", "text_to_video"),
    ("A silent clip of a camel caravan crossing sand dunes for the intro of my travel vlog — no music needed, I'll add it myself later.", "text_to_video"),
    # image_edit
    ("Remove the tourists from the background of <image 0> so only the Taj Mahal is visible.", "image_edit"),
    ("Change the cloudy sky in <image 0> to a clear blue sky.", "image_edit"),
    ("Make the background of my passport photo <image 0> plain white. The visa office is strict about it.", "image_edit"),
    ("Please put a santa hat on my friend in <image 0>, we send it as Christmas card from Prague.", "image_edit"),
    ("Erase the area under the mask <image 1> in <image 0>, there was a trash bin there.", "image_edit"),
    # image_control
    ("With the edge map <image 0> as a guide, paint a watercolour of a Santorini street with white houses.", "image_control"),
    ("Copy the pose from <image 0> for an image of a hiker raising arms on a mountain summit.", "image_control"),
    ("Here is a depth map <image 0>; create a photo of a cozy hostel dorm room that matches it.", "image_control"),
    ("I drew a scribble <image 0> of a beach with two palm trees, please make a realistic picture following the scribble lines.", "image_control"),
    ("Make a picture of a Moroccan riad courtyard that follows the edges in <image 0>. It's for my guesthouse flyer.", "image_control"),
    # image_reference
    ("Using my dog in <image 0>, make a picture of him sitting in a backpack on the Great Wall.", "image_reference"),
    ("Create a new image of the backpack from <image 0> on a rock beside a glacier lake. Keep the same colours.", "image_reference"),
    ("Make image of me from <image 0> wearing a kimono in a Kyoto temple garden.", "image_reference"),
    ("Draw the stuffed toy in <image 0> as if it's travelling, sitting on a suitcase at an airport gate.", "image_reference"),
    ("Take the woman in <image 0> and show her working on a laptop in a beach café in Bali. It's for my digital nomad blog profile.", "image_reference"),
    # image_to_video
    ("Animate <image 0> so the waves roll on the beach and the palm leaves move.", "image_to_video"),
    ("Make <image 0> the first frame of a video where the train pulls out of the station.", "image_to_video"),
    ("I want <image 0> to be the final frame: a video that ends on this view of Machu Picchu as the fog clears.", "image_to_video"),
    ("Bring my photo of the lantern festival <image 0> to life, lanterns floating up slowly. Under 10 seconds, please.", "image_to_video"),
    ("Please make video from <image 0>, the hot air balloons in Cappadocia should rise up in the sky.", "image_to_video"),
    # video_reference
    ("Make a video of my cat from <image 0> exploring a suitcase full of clothes.", "video_reference"),
    ("Create a clip of the man in <image 0> walking through a busy night market in Taipei.", "video_reference"),
    ("Generate a video of the yellow scooter in <image 0> driving along the coast road in Amalfi.", "video_reference"),
    ("Please make a video with my friend from <image 0> surfing a small wave in Portugal. It's for her birthday tomorrow.", "video_reference"),
    ("Using the person in <video 0> as reference, make a new video of him hiking in the Dolomites.", "video_reference"),
    # video_edit
    ("Make <video 0> look like it was filmed in winter with snow on the streets.", "video_edit"),
    ("Change the grey sky in <video 0> to a golden sunset.", "video_edit"),
    ("Turn <video 0> of my walk in Kyoto into anime style.", "video_edit"),
    ("Replace the red car in <video 0> with a vintage blue tuk-tuk.", "video_edit"),
    ("Please remove the people passing in the background of <video 0>, I want the street look empty. I have to show it to my family today.", "video_edit"),
    # video_control
    ("Follow the motion in <video 0> and make a video of an astronaut dancing in a Havana street.", "video_control"),
    ("Take the pose video <video 0> of me doing salsa steps so a robot performs those same moves in a new video.", "video_control"),
    ("Here is a depth video <video 0> of a hallway; create a video of an old palace corridor in Seville following it.", "video_control"),
    ("Make a video of a penguin in a train station that copy the movements of the person in <video 0>.", "video_control"),
    ("Using the motion from my skateboard clip <video 0>, generate a video of a fox skateboarding along the Copacabana promenade.", "video_control"),
)
