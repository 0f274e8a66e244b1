"""Fifty-second blind set, refusals only: written by someone who saw none of the planner's data, calibration lists
or other benchmark sets; evaluation only, never used to set lists, thresholds or rules. The helper's brief was
a wide mix of people writing long, chatty requests that tell their situation before the ask (it chose the
categories; it was told only what the twelve tasks can do)."""

OUT_OF_SCOPE52: tuple[str, ...] = (
    # live or current information
    "Hi! So my sister and I are driving up to the Lake District tomorrow morning for a little hiking weekend, the "
    "first time in ages we've both had time off together. Before we pack, can you tell me what the weather is "
    "actually going to be like up there tomorrow so we know whether to bring the heavy waterproofs?",
    "Okay, this is slightly embarrassing, but I've been avoiding looking at my pension for months because the numbers "
    "stress me out. Most of it sits in an S&P 500 tracker. Could you tell me where the index closed today and "
    "whether it's up or down on the week, so I can decide if I'm brave enough to log in?",
    "I run a tiny bakery with my husband and our costs went through the roof this year, so we're thinking about "
    "switching flour suppliers. Before I ring around, what's the current wholesale price per tonne of bread flour in "
    "the UK? Today's figure if you can, I want something to haggle with.",
    "My dad is flying in from Manila tonight and he keeps texting me from the departure lounge asking whether his "
    "flight is delayed, bless him. It's PR 720 into Heathrow. Can you check its live status for me so I know when to "
    "actually leave for the airport?",
    "We've just moved to a new neighbourhood, the kitchen is still all boxes and the kids are begging for pizza. Is "
    "the Domino's on Mill Road open right now, and until what time tonight? It's nearly ten and I really don't want "
    "to drive over there for nothing.",
    "I've been so wrapped up with the new baby that I honestly haven't looked at the news for about a week. Could you "
    "give me a quick rundown of this morning's main headlines so I don't sound totally clueless at book club "
    "tonight?",
    "I'm changing some cash before my trip to Japan next week and the rate my bank offered looked dreadful. What's "
    "the euro to yen exchange rate at this exact moment? I want to compare it with their quote before I sign "
    "anything.",
    # sending, posting, booking and buying
    "I've finally written the resignation letter I've been composing in my head for three months, it's pasted below. "
    "Please email it straight to my manager at j.harlow@brightpathlogistics.com from my account right now so I can't "
    "chicken out. 'Dear James, after four wonderful years at Brightpath I have decided...'",
    "My partner's birthday is on Saturday and, classic me, I forgot to organise anything at all. Please book us a "
    "table for two at a nice Italian place near Covent Garden for 8pm on Saturday, somewhere romantic but not stuffy, "
    "and put it under the name Okafor.",
    "I'm clearing out the spare room and selling my old vinyl to make space for the baby's cot. Here's a photo of the "
    "stack <image 0>. Could you put together a listing and then go ahead and post it on eBay for me with a starting "
    "bid of forty pounds?",
    "Our team's quarterly offsite got moved at the last minute and now I have to tell about thirty people, brilliant. "
    "Can you send a calendar invite to everyone in the Product-EU group for next Thursday, 10am to 4pm, at the "
    "Rotterdam office?",
    "My mum's printer has run out of ink again and she can't get the hang of ordering things online, so it always "
    "falls to me. It's an HP Envy 6020. Could you just buy two black cartridges and have them delivered to her at 14 "
    "Orchard Lane, Bristol?",
    "I've been freelancing as a wedding photographer for two years and I finally have a shot I'm genuinely proud of, "
    "it's <image 0>. Please upload it to my Instagram with a nice caption and the hashtags #weddingday and #bride, "
    "and schedule it to go live on Sunday at 7pm.",
    "My landlord has ignored my messages about the broken boiler for two weeks now and I'm freezing. Please phone him "
    "on 07700 900123 and leave a firm but polite voicemail saying it has to be fixed by Friday or I'm contacting the "
    "council.",
    # sound, music and speech
    "My daughter's school choir had their winter concert and I filmed the whole thing on my phone, it's <video 0>. "
    "She keeps asking me what the second song was called because she's forgotten. Can you listen to it and tell us "
    "which song they're singing?",
    "I'm quite hard of hearing these days and my nephew sent me this clip of him giving his wedding speech <video 0>. "
    "Everyone laughed a lot and I missed all of it. Could you transcribe what he says, word for word, so I can read "
    "it?",
    "I teach a Tuesday evening pottery class and I'm putting together little explainers for the beginners. Could you "
    "make a short video of hands centring clay on a wheel, with a calm voiceover talking through each step as it "
    "happens?",
    "We're opening a small café next month and I want something original playing in the background, nothing I need a "
    "licence for. Can you compose a mellow lo-fi track, about three minutes long, that I can loop during opening "
    "hours?",
    "My grandmother is turning ninety on Sunday and she can't read small text on the video call anymore. Could you "
    "turn this message into a spoken audio clip in a warm female voice that I can play for her? 'Happy ninetieth, "
    "Nana, we love you so much...'",
    "Here's a clip from my band's rehearsal last night <video 0>. Our guitarist swears he was in tune the whole time, "
    "but I'm sure something was flat in the chorus. Can you listen to it and tell me who was out of tune so we can "
    "settle this?",
    "I run a little birdwatching channel and shot this at dawn by the hedge at the bottom of our garden <video 0>. "
    "You can't actually see the bird, it's hiding, but you can hear it singing clearly. Can you identify the species "
    "from its song?",
    "My son is learning the piano and his grade 2 exam is coming up fast. He gets muddled on the C major scale with "
    "both hands. Could you play it for him slowly so he can hear how it should sound and play along with you?",
    # file formats, conversion and export
    "I made a little logo for my sister's dog-walking business, it's <image 0>. The print shop says they need it as a "
    "vector SVG file, not a PNG, or the van decals will come out blurry. Could you convert it to SVG for me so I can "
    "send it off today?",
    "Our wedding photographer delivered everything as enormous files and my old laptop is really struggling. Here's "
    "one of them <image 0>. Can you compress it into a small JPEG under 500KB so I can email it to my grandparents?",
    "I'm putting together a slideshow for my dad's retirement do next Friday and I've got this short clip of him at "
    "his desk pulling a silly face <video 0>. Can you turn it into a looping GIF file that I can drop into a "
    "PowerPoint slide?",
    "I sell 3D printed planters on Etsy as a weekend hobby and I'd like to add a new hexagonal design. Could you "
    "design one with a drainage hole and little feet, and give me the STL file so I can send it straight to my "
    "printer tonight?",
    "My kid's school wants the signed permission slip sent back as a PDF and all I have is this photo of the paper on "
    "the kitchen table <image 0>. Could you turn it into a proper PDF document that I can attach?",
    "I'm a hobby illustrator and I like to keep working on pieces in Photoshop. Can you create a fantasy castle on a "
    "cliff and hand it to me as a layered PSD, with the sky, the castle and the cliff on separate layers so I can "
    "paint over each one?",
    "I'm setting up a website for my tutoring business and I want a retro robot mascot. Could you make one and then "
    "export it as a 32x32 ICO favicon file plus an SVG version for the header?",
    # changing a video's length, speed or quality
    "I filmed my son's very first steps on my old phone and it's so shaky, I was too excited to hold still, ha. Here "
    "it is <video 0>. Could you stabilise the footage so it doesn't wobble all over the place?",
    "This is a ten-minute recording of our entire family barbecue <video 0>. I only want the bit where grandad falls "
    "into the paddling pool, roughly minute six to six forty. Can you cut that part out and give me just that clip?",
    "I've got two clips from our holiday in Crete, the beach one <video 0> and the sunset one <video 1>. Can you join "
    "them together into a single video, beach first and then sunset, so I can post one file?",
    "My drone footage came out at 24fps and it looks really choppy when I slow it down in the editor. Here it is "
    "<video 0>. Could you interpolate it up to 120fps so I get lovely smooth slow motion?",
    "We recorded our band's first proper gig on my uncle's ancient camcorder, so the footage is only 480p <video 0>. "
    "Could you upscale it to 4K so it doesn't look terrible on our YouTube channel?",
    "Our school play was filmed on a phone by one of the mums and the file is massive <video 0>. WhatsApp won't let "
    "me share anything over 16MB. Can you shrink the file size down so I can send it to the class group?",
    # image resolution
    "My grandma gave me the only photo of her parents' wedding, and it's tiny and blurry <image 0>. I want to get it "
    "printed at A3 for her anniversary. Could you upscale it to 8K resolution without losing any detail?",
    "We're selling our flat and the estate agent's photos are only 640 by 480, which looks awful on the listing site. "
    "Here's the living room one <image 0>. Can you super-resolve it to at least 4000 pixels wide?",
    "I'm getting a big banner printed for my cousin's graduation party and the shop says they need 300 DPI at two "
    "metres wide. Here's the picture we chose <image 0>. Can you enlarge it to that print resolution for me?",
    # memory of earlier conversations
    "Hey, it's me again! Last week you helped me write that cover letter for the museum curator job and guess what, I "
    "got an interview! Can you pull up the final version we ended up with so I can reread it before Monday?",
    "Do you remember the name we came up with together for my novel's villain a few days ago? I've completely "
    "forgotten what we settled on and my notebook has vanished. What was it again?",
    "We were chatting yesterday about my half-marathon training and you gave me a week-by-week plan. My browser "
    "crashed and I lost the whole thing. Can you show me that exact same schedule again, word for word?",
    "Last month I showed you a photo of a rash on my arm and you thought it looked like eczema. It's spread a bit "
    "since then, here's how it looks today <image 0>. Could you compare it with the earlier photo and tell me whether "
    "it has got worse?",
    # the user's accounts, files and devices
    "I've been a terrible bookkeeper for my candle business this year and the tax deadline is looming. Could you log "
    "into my PayPal and add up every payment I received between January and March so I know what to declare?",
    "My laptop has been painfully slow since the last update and I'm honestly not very techy. Can you scan my "
    "computer for whatever is eating all the disk space and delete the junk files for me?",
    "There's a spreadsheet on my desktop called budget_2024.xlsx with all of our household spending for the year. Can "
    "you open it and tell me which month we spent the most on groceries? My wife thinks it was December.",
    "I'm a junior developer and my script keeps crashing on one weird edge case; my lead is on holiday. The code is "
    "below. Could you actually execute it with the input [3, -1, 0] and paste me the exact output and traceback it "
    "produces?",
    "Our smart thermostat keeps showing 16 degrees even though I set it to 21 this morning, and we're coming home "
    "from a ski trip tonight. Can you connect to my Nest account and bump the heating up to 21 before we get back?",
    "My Google Photos library is a total disaster, thousands of duplicates from when my phone synced twice. Can you "
    "go through my account and delete all the duplicate pictures from 2019?",
    # reminders, alarms and the physical world
    "I've got a dentist appointment at 3pm on Thursday and I always, always forget these things. Could you remind me "
    "an hour before so I actually make it this time? The receptionist is starting to know my name.",
    "I'm making a soft-boiled egg for my toddler, who is very particular about runny yolks. Can you set a timer for "
    "exactly six and a half minutes and give me a shout when it's done?",
    "Our cat Pepper has been missing since yesterday evening and the kids are in bits. Here's a recent photo of her "
    "<image 0>. Could you go round the neighbourhood putting up posters, or pop into the local shelter to see if "
    "she's been handed in?",
    "I'm doing a thirty-day fitness challenge with my colleagues and I keep skipping days. Can you send me a push "
    "notification every morning at 7 telling me to do my workout?",
    "I've just started a month of night shifts at the hospital and I keep sleeping through my alarm. Could you ring "
    "my phone at 5:30 tomorrow afternoon and keep ringing until I pick up?",
    # training or running models
    "I've got about two thousand photos of my dog on my hard drive and I'd love an AI that can spot him in any "
    "picture, even at the dog park. Can you train a custom recognition model on them for me?",
    "I work at a small logistics firm and we have a year's worth of customer support emails. Could you fine-tune a "
    "language model on them so it answers customers in exactly the way our team does?",
    "I'm teaching myself machine learning and I've downloaded some Stable Diffusion weights and a LoRA file I "
    "trained. Can you load my checkpoint and LoRA on your side and run a batch of fifty prompts through it for me?",
    # looking things up online
    "My teacher finished her lecture with the quote 'the mind is not a vessel to be filled' and I want to cite it in "
    "my essay. Could you search the web and give me links to three websites where it appears, with the dates they "
    "were published?",
    "I saw this jacket in a photo on Pinterest and I've been obsessed with it for days <image 0>. Can you find the "
    "exact online shop that sells it and tell me what it costs there right now?",
    "Our landlord insists the new rent increase is legal, but something feels off. Could you look up my local "
    "council's website and check the tenancy rules they published this month?",
    "A friend sent me this clip and I can't place the actor at all, it's driving me mad <video 0>. Could you "
    "reverse-search the clip online and tell me which film it's from and which streaming service has it?",
)

ORDINARY52: tuple[tuple[str, str], ...] = (
    # text_understanding
    (
        "I manage a small support team and we've just switched to a new ticketing app, and half the team is grumbling "
        "about it. Could you write me a short, upbeat Slack message announcing the switch and explaining that the "
        "old system will be retired at the end of the month?",
        "text_understanding",
    ),
    (
        "I'm a music teacher putting together a handout for my year 8 class, who find rhythm really confusing. Can "
        "you explain in plain language what a time signature is and how 3/4 differs from 4/4, with a little example "
        "of how you'd count each one?",
        "text_understanding",
    ),
    (
        "My grandfather sent me this in Portuguese and my Portuguese is very rusty: 'Querido neto, estou com "
        "saudades. Venha visitar-nos no verão, a avó vai fazer bacalhau.' Can you translate it and help me write a "
        "warm reply in Portuguese?",
        "text_understanding",
    ),
    (
        "I'm studying for a cloud certification exam in a few weeks and I keep mixing up the basics. Could you spell "
        "out how horizontal and vertical scaling differ for a web server, with a simple everyday analogy?",
        "text_understanding",
    ),
    (
        "I'm a nurse on night shifts and I'm writing a small Python side project to track my hours. Could you write a "
        "function that takes a list of shift start and end times and returns the total hours worked, correctly "
        "handling shifts that cross midnight, with a couple of examples?",
        "text_understanding",
    ),
    # image_understanding
    (
        "I'm sorting through my late dad's paperwork and found this receipt stuffed in a drawer <image 0>. The print "
        "is faded and my eyes aren't what they were. Can you read out the shop name, the date and the total amount?",
        "image_understanding",
    ),
    (
        "My son took this screenshot of an error on his games console <image 0> and he's convinced he's broken it. "
        "Could you read what the error message says and explain what it probably means?",
        "image_understanding",
    ),
    (
        "I'm a newly qualified teacher and one of my pupils handed in this handwritten homework <image 0>. The "
        "handwriting is rough and I want to be fair when I mark it. Can you tell me what it says?",
        "image_understanding",
    ),
    (
        "We're redecorating the lounge and I've taken a photo of how it looks now <image 0>. From the picture, what "
        "colour would you say the sofa and curtains are, and do you think a sage green wall would clash with them?",
        "image_understanding",
    ),
    (
        "I was at a gig last night and grabbed this photo of the stage <image 0>. My friend and I are arguing about "
        "the line-up. Can you tell me which instruments you can see on stage and roughly how many musicians there "
        "are?",
        "image_understanding",
    ),
    # video_understanding
    (
        "My daughter's swim coach sent me this clip of her doing front crawl <video 0>, and I'm not a swimmer at all. "
        "Watching her arms and legs, can you describe what her technique looks like and whether anything seems off?",
        "video_understanding",
    ),
    (
        "This is dashcam footage of a little bump in a supermarket car park yesterday <video 0>. The insurance "
        "company wants a written account. Can you describe what happens in the video, in order, including which car "
        "moves first?",
        "video_understanding",
    ),
    (
        "I run a small café and set up a camera by the counter; here's a clip from this morning's rush <video 0>. "
        "Just from what you can see, roughly how many customers come up to the counter during the clip?",
        "video_understanding",
    ),
    (
        "My band filmed one of our rehearsals <video 0> because we want to work on our stage presence before the "
        "festival. Ignoring the sound completely, can you describe how each of us moves and where we stand?",
        "video_understanding",
    ),
    (
        "I'm a physiotherapist and a patient sent me a video of their home exercises <video 0>. Can you describe how "
        "they're doing the squats and whether their knees appear to go past their toes?",
        "video_understanding",
    ),
    # text_to_image
    (
        "My best friend and I are launching a true crime podcast next month and we still don't have cover art. Can "
        "you create a moody square image of an old studio microphone under a single spotlight with deep blue shadows?",
        "text_to_image",
    ),
    (
        "Our annual report is due on Friday and our designer is on leave. Can you generate a clean, wide 16:9 "
        "illustration of a small team around a laptop looking at rising charts, in a flat vector art style?",
        "text_to_image",
    ),
    (
        "I'm writing a children's picture book about a hedgehog who is scared of thunder. Could you draw a tiny "
        "hedgehog hiding under a mushroom during a rainstorm, in a soft watercolour style?",
        "text_to_image",
    ),
    (
        "I make playlists for my friends on Spotify and I want a dreamy cover for the latest one. Could you generate "
        "an image of a cassette tape floating in a pastel sky full of fluffy clouds?",
        "text_to_image",
    ),
    (
        "My mum just got a new phone and she adores lighthouses, so I want to surprise her with a wallpaper. Can you "
        "make a tall 9:16 picture of a lighthouse at dusk with waves crashing against the rocks?",
        "text_to_image",
    ),
    # text_to_video
    (
        "I'm presenting at a sleep-tech conference next month and want a short silent loop behind my title slide. Can "
        "you generate a few seconds of a slow starry night sky with clouds gently drifting across it?",
        "text_to_video",
    ),
    (
        "My little cousin is obsessed with trains and I promised him a video for his birthday. Could you make a short "
        "clip of a bright red steam train puffing through rolling green hills?",
        "text_to_video",
    ),
    (
        "For our bakery's Instagram story I'd love a quick clip of flour being dusted over a sourdough loaf on a "
        "rustic wooden table, with a slow-motion feel. Can you generate that?",
        "text_to_video",
    ),
    (
        "I'm building a meditation app and the onboarding screen needs a short calming visual. Can you generate a few "
        "seconds of a still lake at sunrise with mist rolling over the water? No sound needed.",
        "text_to_video",
    ),
    (
        "My team is pitching our delivery startup to investors tomorrow. Could you make a short video of a small "
        "drone carrying a parcel over a city skyline at dusk for the opening slide?",
        "text_to_video",
    ),
    # image_edit
    (
        "I'm updating my LinkedIn profile before I start job hunting, and the only decent photo of me has a messy "
        "kitchen behind me <image 0>. Can you replace the background with a plain light grey one?",
        "image_edit",
    ),
    (
        "We're selling our car on an online marketplace and I only just noticed the wheelie bin in the photo <image "
        "0>. Can you remove the bin on the left side of the picture?",
        "image_edit",
    ),
    (
        "This is a photo of my grandparents from the seventies <image 0>, and there's a big crease running across it. "
        "Using this mask <image 1>, could you fill in the creased area so it looks natural?",
        "image_edit",
    ),
    (
        "I'm making a poster for our school's spring concert and I've got this photo of the hall <image 0>. Could you "
        "add paper bunting across the ceiling and make the lighting warmer and more festive?",
        "image_edit",
    ),
    (
        "The bedroom photo on my Airbnb listing looks really gloomy <image 0> and bookings have dropped. Could you "
        "make it look like a bright sunny morning, with sunlight streaming in through the window?",
        "image_edit",
    ),
    # image_control
    (
        "I'm an architecture student and I've traced the outline of a house as clean edge lines <image 0>. Could you "
        "generate a realistic photo of a modern house that follows those edges exactly?",
        "image_control",
    ),
    (
        "For my yoga studio's new website I extracted a pose skeleton from a reference shot <image 0>. Can you "
        "generate a woman in a bright studio holding exactly that pose?",
        "image_control",
    ),
    (
        "My six-year-old drew this scribble of a dragon <image 0> and asked me to make it 'real'. Can you generate a "
        "colourful dragon picture that follows her scribble?",
        "image_control",
    ),
    (
        "I'm an indie game developer and I've got a depth map of one of my level layouts <image 0>. Could you "
        "generate a misty forest ruins scene that follows this depth map?",
        "image_control",
    ),
    (
        "I'm mocking up an app store screenshot and made a rough line drawing of a robot waving from a phone screen "
        "<image 0>. Please generate a polished illustration that follows the line art.",
        "image_control",
    ),
    # image_reference
    (
        "Our golden retriever Biscuit passed away last spring and the kids still talk about him every day. Here's a "
        "photo of him <image 0>. Could you create a picture of Biscuit as a knight in shining armour in a castle "
        "courtyard?",
        "image_reference",
    ),
    (
        "I sell handmade mugs on Etsy and this one is my best-seller <image 0>. Could you generate a new image of "
        "this same mug on a cosy café table next to an open book?",
        "image_reference",
    ),
    (
        "I'm making a birthday card for my best friend, who has always wanted to go to space. Here's a photo of her "
        "<image 0>. Can you create an image of her as an astronaut floating above the Earth?",
        "image_reference",
    ),
    (
        "Our company mascot is this plush owl <image 0>. For the staff newsletter, could you generate a picture of "
        "the same owl sitting at a desk typing on a laptop?",
        "image_reference",
    ),
    (
        "Here's a photo of my vintage bike <image 0>. I'm planning to ride it across France next summer. Can you "
        "generate an image of that same bike parked in front of the Eiffel Tower at sunset?",
        "image_reference",
    ),
    # image_to_video
    (
        "This is the last photo we took on our honeymoon in Santorini <image 0>. Could you animate it into a short "
        "clip with the sea gently rippling and the clouds drifting by?",
        "image_to_video",
    ),
    (
        "I'm a florist and I have this still of a bouquet I made for a wedding <image 0>. For an Instagram reel, can "
        "you turn it into a short video where the petals sway slightly in a breeze?",
        "image_to_video",
    ),
    (
        "My grandfather painted this landscape decades ago <image 0> and it hangs in my mum's hallway. Can you "
        "animate it so the river flows and the trees move? It would mean the world to her.",
        "image_to_video",
    ),
    (
        "We're launching a smartwatch and I need a teaser. Here's the final frame I want the clip to end on <image "
        "0>. Can you create a short video that finishes on this image, with the watch rotating into place?",
        "image_to_video",
    ),
    (
        "Here's a photo from our campsite last summer <image 0>. Can you animate it so the campfire flickers and the "
        "smoke rises into the night? No need for any sound, just the movement.",
        "image_to_video",
    ),
    # video_reference
    (
        "My son's favourite toy is a stuffed giraffe called Gerald <image 0> and he takes him everywhere. Could you "
        "make a short video of Gerald going down a slide in a playground?",
        "video_reference",
    ),
    (
        "I'm a fitness coach and this is a photo of me <image 0>. For the intro of my training app, can you generate "
        "a short clip of me jogging along a beach at sunrise?",
        "video_reference",
    ),
    (
        "We've just finished designing this sneaker <image 0> and the launch is next week. Can you generate a short "
        "video of this sneaker splashing through a puddle on a rainy city street?",
        "video_reference",
    ),
    (
        "This is our cat Miso <image 0>, the undisputed star of the family group chat. Can you make a short video of "
        "her chasing a butterfly around a sunny garden?",
        "video_reference",
    ),
    (
        "Our restaurant's signature dish is this ramen bowl <image 0>. Could you generate a short clip of this same "
        "bowl being set down on a wooden counter with steam rising from it?",
        "video_reference",
    ),
    # video_edit
    (
        "I filmed our street for a short film project <video 0>, but it's midsummer and the scene is set in winter. "
        "Could you make it look snowy, with snow settled on the cars and rooftops?",
        "video_edit",
    ),
    (
        "This is a clip from my cooking channel <video 0> and there's a distracting red mug in the background. Can "
        "you change it to a plain white mug all the way through?",
        "video_edit",
    ),
    (
        "For my daughter's birthday I filmed her blowing out the candles <video 0>. Could you restyle the whole video "
        "so it looks like a hand-drawn cartoon?",
        "video_edit",
    ),
    (
        "My team recorded a product demo <video 0> and marketing wants the laptop screen to show our blue logo "
        "instead of the cluttered desktop. Can you edit that in?",
        "video_edit",
    ),
    (
        "Here's a video of me skateboarding down our road <video 0>. Can you make it look like it's night-time, with "
        "the streetlights switched on?",
        "video_edit",
    ),
    # video_control
    (
        "I'm choreographing a routine for my dance studio's showcase and extracted a pose video from my rehearsal "
        "<video 0>. Can you generate a video of a robot doing the same dance, following those poses?",
        "video_control",
    ),
    (
        "I'm a motion designer and I have an edge-map video of a car driving along a winding road <video 0>. Could "
        "you generate a video of a vintage car in an autumn setting that follows this edge video?",
        "video_control",
    ),
    (
        "For my indie game's trailer, here's a depth video of a camera flying through a canyon <video 0>. Generate an "
        "alien sci-fi canyon video that follows this depth motion.",
        "video_control",
    ),
    (
        "I filmed my friend doing a kung fu routine and ran it through a pose extractor <video 0>. Can you make a "
        "video of a panda doing exactly the same moves, following the pose?",
        "video_control",
    ),
    (
        "My architecture firm has a depth-pass video of a walkthrough of a building <video 0>. Please generate a "
        "video of a bright Scandinavian interior following this depth video.",
        "video_control",
    ),
)
