"""Ninety-sixth blind set, refusals only: written by someone who saw none of the planner's data, calibration lists or
other benchmark sets; evaluation only, never used to set lists, thresholds or rules. The helper's brief was long
requests that tell the user's situation first (two to four sentences of story, with words like finally, next, also,
afterwards inside the story) and ask last (it chose the categories; it was told only what the twelve tasks can do)."""


OUT_OF_SCOPE96: tuple[str, ...] = (
    # live or current data
    "We're driving up to the lake cabin on Saturday morning and the kids have been asking about swimming "
    "all week. My husband also wants to take the kayak out afterwards if it's calm, and I finally packed "
    "the car tonight. Can you tell me what the weather and the water temperature will be at Lake Tahoe "
    "this weekend?",
    "I sold some shares last month to pay for the roof repair, and next I want to rebalance what's left. "
    "My advisor is also on holiday, so afterwards I'll be doing it all myself. Could you check the "
    "current prices of Nvidia and Apple and tell me which one moved more today?",
    "My flight from Lisbon was cancelled and I finally got rebooked onto a train to Madrid. I also need "
    "to get to my hotel afterwards, and it's nearly midnight already. Which metro lines near Atocha "
    "station are still running right now?",
    "We just moved to a new neighbourhood in Leeds and the kids start school next week. My partner also "
    "needs her prescription refilled afterwards, since she finally saw the GP on Friday. Which "
    "pharmacies around LS6 are open this Sunday evening?",
    "I followed the election coverage all night and finally went to bed around three. My sister texted "
    "me afterwards saying the count had changed, and my dad also called about it. Who is leading the "
    "vote count as of this morning?",
    "I'm changing my savings into yen before my trip to Japan next month. The bank's rate looked bad, so "
    "I also checked a kiosk at the station, and afterwards I was more confused than ever. What is the "
    "exact euro to yen exchange rate at this moment?",
    # web search and browsing
    "Last week I read an article about a new battery chemistry from a lab in Sweden, and I finally have "
    "time to look for it, but I forgot the title. My colleague also brought it up afterwards at lunch. "
    "Can you search the web and find me the link to that article?",
    "My landlord sent me a listing for a bigger flat and next I have to decide by Friday. I also want to "
    "know what the building is like before I sign anything afterwards. Please open "
    "https://example-rentals.com/flat/4421 and summarise what tenants say about it online.",
    "We're planning my grandmother's 90th birthday and I finally tracked down the name of her old "
    "school. Afterwards I'd also love to invite some of her classmates as a surprise. Could you look on "
    "Facebook and LinkedIn for people who graduated from St. Brigid's in 1952?",
    "I bought a second-hand espresso machine and the manual was missing from the box <image 0>. The "
    "seller also stopped replying afterwards, and I finally gave up on him. Can you find the "
    "manufacturer's PDF manual for this model online and send me the download link?",
    "My daughter has a science fair next month and we finally chose microplastics as her topic. She also "
    "wants to cite real research afterwards, so her teacher is happy. Browse Google Scholar and list the "
    "five most cited papers on microplastics published this year.",
    # memory of earlier conversations
    "Last Tuesday we spent an hour together planning my vegetable beds and you gave me a planting "
    "schedule. My laptop crashed afterwards and I lost the notes, and I also can't remember the dates. "
    "Can you repeat exactly what you told me in that conversation?",
    "A few weeks ago I described my novel's plot to you and you suggested a twist for chapter twelve. I "
    "finally got back to writing this weekend, and next I need that twist; my editor also asked about it "
    "afterwards. What was the twist you recommended back then?",
    "Yesterday you helped me draft a cover letter and I also pasted in my CV. Afterwards my browser "
    "closed and I finally realised I hadn't saved anything. Please pull up the version we ended with and "
    "keep editing from there.",
    "We've been chatting for months about my running plan and I finally ran my first 10k on Sunday. Next "
    "I want to compare my time to what you predicted, and my coach also asked afterwards. Remind me what "
    "finishing time you estimated for me in our earlier chats?",
    # generating sound, music or speech
    "My son's band is playing the school talent show next Friday and they finally settled on a song. "
    "Their drummer also quit afterwards, so they need something to play along with. Can you produce an "
    "MP3 drum loop at 120 bpm they can rehearse to?",
    "I edited a short montage of our Iceland trip <video 0> and it looks great but feels empty. I also "
    "tried adding stock music afterwards, and finally decided none of it fits. Please compose an "
    "original soundtrack and add it to the video.",
    "I'm recording an audiobook of my grandfather's memoir and finally finished editing the text. My "
    "voice also gave out afterwards because of a cold, and next week is the deadline. Could you read "
    "chapter one aloud in a warm male voice and give me the audio file?",
    "We run a small podcast about board games and next week's episode is all about Catan. My co-host "
    "also wants a proper intro afterwards, since we finally hit a thousand listeners. Make us a "
    "five-second catchy jingle with someone singing the show's name.",
    "I'm building a meditation app and the designer finally signed off on the look. Afterwards the "
    "client also said the clips feel lifeless without the sea. Generate a video of waves rolling onto a "
    "beach with realistic ocean sound and seagull calls.",
    "My grandmother only speaks Polish and I finally wrote her a birthday message in Polish. My brother "
    "also wants to send it to her afterwards as a voice note. Could you say it out loud in Polish so we "
    "can send the recording?",
    # hearing audio
    "I filmed my daughter's piano recital on my phone <video 0>. She played three pieces, and afterwards "
    "her teacher also said one passage was off. Can you listen and tell me which notes she played wrong?",
    "We had a two-hour team meeting and I finally got the recording <video 0>. My manager also wants "
    "minutes afterwards, and next week we have the follow-up. Please transcribe everything people said "
    "in it.",
    "My dog started barking strangely at night, so I finally recorded it <video 0>. The vet is closed "
    "until Monday, and I also noticed afterwards that he's limping a bit. Listen to the bark and tell me "
    "whether it sounds like he's in pain.",
    "I filmed a little café in Porto on holiday <video 0> and there's a song playing in the background. "
    "I looked for it afterwards and also asked my friends, but nobody knew it. What's the name and "
    "artist of that song?",
    "I'm learning Spanish and finally watched a film scene without subtitles <video 0>. Afterwards I "
    "also tried to write down the dialogue, and next I want to check it. Can you tell me what the actors "
    "are saying and translate it into English?",
    # sending, posting, booking, buying or calling
    "I finally finished the quarterly report and my boss wants it before nine tomorrow. I also cc'd "
    "finance on an old draft by mistake afterwards. Please email the final version to jenna@ourfirm.com "
    "and tell finance to ignore the draft.",
    "Our anniversary is next Saturday and I finally picked the restaurant, Osteria Nonna in Brooklyn. My "
    "wife also loves sitting by the window, and afterwards we'll walk across the bridge. Book a table "
    "for two at 8pm and request a window seat.",
    "I made this poster for our bake sale <image 0> and the PTA finally approved it last night. Next it "
    "needs to go everywhere, and the principal also asked afterwards that it go up online. Please post "
    "it to our school's Instagram and Facebook pages.",
    "Our printer ran out of ink halfway through the invoices, and afterwards the spare cartridge was "
    "also the wrong model. I finally found the right one, an HP 305XL. Order two of them on Amazon with "
    "next-day delivery to my address.",
    "My mum hasn't answered her phone since this morning and I'm stuck at work. My brother also tried "
    "afterwards, and next I'm going to drive over if I don't hear anything. Could you call her landline "
    "and check she's okay?",
    "I've been messaging a plumber about the kitchen leak and he finally quoted £180. My partner also "
    "agreed afterwards, so next we just need to confirm. Please send him a WhatsApp saying we accept and "
    "he can come on Thursday.",
    # the user's accounts, files, calendars and devices
    "I've got a brutal week: two deadlines, a dentist appointment and my son's recital. I also moved a "
    "few meetings around afterwards, and finally lost track of what's where. Look at my Google Calendar "
    "and tell me where I still have free two-hour slots.",
    "My laptop is a mess now that I've finally submitted my thesis. I also saved drafts all over the "
    "place afterwards, and next I want to start a new project. Go through my Documents and Downloads "
    "folders and delete the duplicate files.",
    "I got a fraud alert from my bank last night and afterwards I also changed my password. Next I have "
    "to report anything suspicious, and I finally have the morning free. Check my Chase transactions and "
    "tell me which ones I didn't make.",
    "We installed a smart thermostat this weekend and finally got it paired with the wifi. My husband "
    "also wants it cooler at night, and afterwards warm again by breakfast. Set our Nest to 18 degrees "
    "from 11pm every night.",
    "Here's a screenshot of my inbox <image 0>, which is drowning in newsletters. I finally want to "
    "clean it up, and afterwards I'll also set up filters. Log into my Gmail and unsubscribe me from all "
    "of those newsletters.",
    # running code and reaching servers
    "Our website went down at 2am and I finally got a screenshot of the error <image 0>. My colleague "
    "also restarted nginx afterwards, but it's still failing. SSH into our server at 10.0.4.12 and fix "
    "the config for me.",
    "I'm comparing two sorting implementations for a class assignment and next week is the deadline. I "
    "also wrote unit tests afterwards, and they finally pass. Execute both versions on a million random "
    "integers and tell me the real measured timings.",
    "Our staging database has been slow since the migration and the DBA finally left for vacation. I "
    "also noticed timeout errors in the logs afterwards. Connect to our Postgres instance and run "
    "EXPLAIN ANALYZE on the orders query.",
    "I found a snippet online that claims to sum primes really fast. I pasted it into my notebook, and "
    "afterwards it also froze my laptop, so I finally killed it. Please actually run this and tell me "
    "how long it takes: print(sum(p for p in range(10**8) if is_prime(p)))",
    # file-format conversion and export
    "I finally finished the logo for my bakery <image 0> after three weekends of sketching. The printer "
    "also told me afterwards that they only accept vector files. Convert it into an SVG with separate "
    "layers for the text and the icon.",
    "I drew a floor plan for our kitchen renovation <image 0> and the contractor finally came round. He "
    "also asked afterwards for something he can rotate on his computer. Turn it into a 3D model file I "
    "can open in SketchUp.",
    "My friend sent me a clip of her cat falling off the sofa <video 0> and I finally want to use it as "
    "a reaction. I also want to drop it into Slack afterwards. Convert it into a GIF under 5 MB.",
    "I spent the weekend writing my wedding speech and also finalised the seating plan afterwards. Next "
    "the venue wants both as files they can print. Export the speech and the seating plan as a formatted "
    "PDF I can download.",
    "I made a digital painting <image 0> and the print shop finally accepted my order. They also asked "
    "afterwards for a layered file in their colour profile. Please give me a layered PSD of it in CMYK.",
    # upscaling, interpolation and stabilisation
    "I scanned an old photo of my great-grandparents <image 0> and it's tiny, only 300 pixels wide. My "
    "aunt also wants to frame it afterwards at A3, and finally the whole family agreed. Upscale it to 4K "
    "resolution without losing detail.",
    "I filmed my son's first bike ride while running beside him <video 0>. Afterwards I also watched it "
    "on the TV and it's incredibly shaky. Please stabilise the footage so it's smooth.",
    "My drone footage of the ceremony <video 0> was shot at 24fps, and next I want a slow-motion shot. "
    "The editor also suggested afterwards that it should feel buttery smooth. Interpolate the frames to "
    "make it 120fps.",
    "I finally found a VHS rip of our family Christmas in 1994 <video 0>. My dad also digitised two more "
    "tapes afterwards, and next I want them to look modern. Run super resolution on it and upscale it to "
    "4K.",
    # trimming, cutting and merging video
    "I recorded the whole two-hour graduation ceremony <video 0> and my daughter finally walks at "
    "1:12:30. I also only want her moment afterwards for the family chat. Cut out just the thirty "
    "seconds where she gets her diploma.",
    "I have a few clips from our road trip and next I want them in one video <video 0>. I also filmed a "
    "sunset afterwards that should go last. Merge this clip with the others, in order, into a single "
    "file.",
    "My vlog intro <video 0> runs too long, which I finally noticed while uploading. My friend also said "
    "afterwards that the first ten seconds are boring. Trim off the first ten seconds and give me the "
    "rest.",
    "We filmed a cooking tutorial in four takes and finally have a good take of every step. Afterwards I "
    "also want the bloopers tacked on at the end. Stitch the four takes together and append the "
    "bloopers.",
    # training or running models
    "I have 2,000 photos of our product labelled by defect type and my manager finally approved the "
    "project. Next we also need an inspection system on the line afterwards. Fine-tune a vision model on "
    "the photos and give me the weights.",
    "I finally collected 300 photos of myself and also captioned every one afterwards. Next I want to "
    "make my own avatar pictures at home. Train a LoRA on my face so I can load it in Stable Diffusion.",
    "Our team downloaded Llama last week and next we want to test it. I also set up a GPU box afterwards "
    "and finally got the drivers working. Run the model on our fifty test prompts and report the "
    "latency.",
    # reminders, timers and physical actions
    "I put a roast in the oven and finally sat down with a cup of tea. The potatoes also need to go in "
    "afterwards, and next my guests arrive at seven. Set a timer for 40 minutes and remind me to add the "
    "potatoes.",
    "My grandmother takes her heart pills at 8am and 8pm, and next month I'm travelling for work. I also "
    "worry she'll forget afterwards, because finally she's living alone. Remind her every day at those "
    "times.",
    "The plants on my balcony are drying out while I'm at work. I also installed a smart sprinkler "
    "afterwards, and finally got the app running. Water them at noon today.",
)

ORDINARY96: tuple[tuple[str, str], ...] = (
    # text_understanding
    (
        "I manage a small team on Slack and next Monday we're switching to a four-day week. HR finally "
        "approved it, and I also have to explain it to clients afterwards. Write a friendly Slack "
        "announcement explaining the change and what stays the same.",
        "text_understanding",
    ),
    (
        "I'm learning guitar and finally figured out barre chords. My teacher also mentioned the circle of "
        "fifths afterwards, but I didn't follow. Explain the circle of fifths simply and how it helps me "
        "pick chord progressions.",
        "text_understanding",
    ),
    (
        "A customer emailed saying our app deleted her photos, and I apologised already. Engineering also "
        "found afterwards that it was a sync bug, and next I owe her a proper follow-up. Draft a reply that "
        "explains the bug and the fix in plain language.",
        "text_understanding",
    ),
    (
        "I'm writing a script that sends reminder emails from our CRM, and I finally got the SMTP part "
        "working. Next I also need to schedule the sends afterwards. Write a Python function that returns "
        "the next weekday at 9am after a given datetime, with comments.",
        "text_understanding",
    ),
    (
        "My grandfather left me a letter and I typed out the French: 'Mon cher petit, je suis fier de toi. "
        "N'oublie jamais d'où tu viens.' I also showed it to my mum afterwards and we both cried. Finally I "
        "want to frame it with an English version underneath. Translate it into natural English.",
        "text_understanding",
    ),
    # image_understanding
    (
        "I took a screenshot of my phone's battery settings <image 0> because it keeps dying by lunchtime. I "
        "also uninstalled a game afterwards, but it didn't help. Which app in the screenshot is using the "
        "most battery?",
        "image_understanding",
    ),
    (
        "We finally got our first electricity bill since moving <image 0>, and it's way higher than "
        "expected. My partner also thinks there's a mistake, and next we'll call the supplier. Read the bill "
        "and tell me the billing period and the total kWh charged.",
        "image_understanding",
    ),
    (
        "I'm cataloguing my vinyl records and next I want to sell the duplicates. I also photographed the "
        "back cover of this one afterwards <image 0>. Read me the tracklist printed on the sleeve.",
        "image_understanding",
    ),
    (
        "My son's teacher sent home a photo of the class timetable <image 0>, and I finally want to get it "
        "into my head. I also pack his kit the night before afterwards. On which days and at what times does "
        "he have PE according to this timetable?",
        "image_understanding",
    ),
    (
        "I was at a jazz concert last night and afterwards found this photo on my camera roll <image 0>. My "
        "friend also asked what the man on the left is holding. What instrument is he playing?",
        "image_understanding",
    ),
    # video_understanding
    (
        "I recorded my swing at the driving range <video 0> and the coach finally gave me feedback. I also "
        "want a second opinion afterwards before my next lesson. Looking at my posture in the clip, what's "
        "going wrong in my backswing?",
        "video_understanding",
    ),
    (
        "Our doorbell camera caught someone at the gate last night <video 0>. My wife also saw a car parked "
        "across the street afterwards. Describe what the person does in the clip and what they're wearing.",
        "video_understanding",
    ),
    (
        "I filmed an unboxing for my YouTube channel <video 0> and next I need to write the description. My "
        "editor also wants a rough outline afterwards. Describe what happens visually in the video, step by "
        "step.",
        "video_understanding",
    ),
    (
        "My toddler finally started walking and I filmed her in the hallway <video 0>. The paediatrician "
        "also asked afterwards whether she walks on her toes. Watching the clip, does she walk on her toes "
        "or flat-footed?",
        "video_understanding",
    ),
    (
        "I'm a drummer and filmed a practice session <video 0>; I also want to post it on TikTok afterwards. "
        "My teacher finally pointed out that my technique matters as much as the sound. Just from the "
        "picture, describe my stick grip and posture.",
        "video_understanding",
    ),
    # text_to_image
    (
        "I'm launching a podcast about urban gardening and we finally picked the name 'Concrete Roots'. My "
        "co-host also wants cover art for Spotify afterwards. Generate a square image of tomatoes growing "
        "out of a cracked city sidewalk with the name on it.",
        "text_to_image",
    ),
    (
        "Our team's Zoom calls are getting dull, and next week we're doing a virtual pub quiz. I also want "
        "everyone to have a fun backdrop afterwards. Create a 16:9 image of a cosy English pub interior to "
        "use as a Zoom background.",
        "text_to_image",
    ),
    (
        "My daughter is turning seven and finally decided on a mermaid party. I also need to print "
        "invitations afterwards. Generate a bright illustration of a mermaid holding a birthday cake under "
        "the sea.",
        "text_to_image",
    ),
    (
        "I write a newsletter about productivity and the next issue is about time blocking. I also want a "
        "header image afterwards that isn't a stock photo. Make a wide banner image of a calendar built from "
        "colourful toy blocks.",
        "text_to_image",
    ),
    (
        "We're a small band and we finally booked our first gig. The venue also asked afterwards for artwork "
        "to pin up by the bar. Generate a vintage-style concert poster image of a fox playing a saxophone "
        "under neon lights.",
        "text_to_image",
    ),
    # text_to_video
    (
        "I run a coffee shop's Instagram and next week we launch the autumn menu. I also want something "
        "eye-catching for Reels afterwards. Generate a short video of steam rising from a pumpkin latte on a "
        "wooden table.",
        "text_to_video",
    ),
    (
        "I'm presenting at a climate conference and finally finished my slides. My manager also suggested a "
        "short intro clip afterwards, and silence is fine. Create a few seconds of video showing a melting "
        "glacier at sunrise.",
        "text_to_video",
    ),
    (
        "My meditation app needs a calming loop and the developer finally set up the player. The designer "
        "also wants it in portrait afterwards, and we don't need any sound. Generate a short vertical video "
        "of raindrops running down a window at night.",
        "text_to_video",
    ),
    (
        "We're making a birthday slideshow for my dad and finally agreed on an old-cars theme. I also want a "
        "fun opener afterwards before the photos start. Make a short clip of a red 1960s convertible driving "
        "along a coastal road.",
        "text_to_video",
    ),
    (
        "I teach physics and next week's lesson is about pendulums. I also want something to loop on the "
        "projector afterwards while they take notes. Generate a short video of a brass pendulum swinging in "
        "a dark room.",
        "text_to_video",
    ),
    # image_edit
    (
        "I took a photo of my living room for an Airbnb listing <image 0> and finally tidied everything. "
        "Afterwards I also noticed the TV cables and a laundry basket in the corner. Remove the cables and "
        "the laundry basket from the photo.",
        "image_edit",
    ),
    (
        "I'm updating my LinkedIn profile and my best photo is from a wedding <image 0>. My friend also said "
        "afterwards that the background is distracting. Replace the background with a plain light grey "
        "studio backdrop.",
        "image_edit",
    ),
    (
        "We finally repainted the front door and I took a photo <image 0>. Next my wife also wants to see it "
        "in dark green before we buy more paint afterwards. Change the door colour to dark green in this "
        "picture.",
        "image_edit",
    ),
    (
        "My product shot for Etsy <image 0> looks dull next to the other listings. I also tried a filter app "
        "afterwards, but it turned everything orange. Make the lighting brighter and warmer while keeping "
        "the colours natural.",
        "image_edit",
    ),
    (
        "Here's a photo of our band's rehearsal room <image 0> and a mask of the empty wall <image 1>. Next "
        "we're making a poster, and the drummer also wants our name on the wall afterwards. Paint the words "
        "'The Static Owls' in graffiti style inside the masked area.",
        "image_edit",
    ),
    # image_control
    (
        "I sketched the layout for my comic's first page <image 0> and finally settled on the poses. My "
        "editor also wants a coloured version afterwards. Generate a finished coloured illustration that "
        "follows this scribble exactly.",
        "image_control",
    ),
    (
        "I'm designing a mascot for our app and extracted a pose skeleton from a dance photo <image 0>. Next "
        "the team also wants it to be a robot afterwards. Generate a cute robot character standing in "
        "exactly this pose.",
        "image_control",
    ),
    (
        "The landscaper finally sent over a depth map of our garden <image 0>. My husband also wants to "
        "picture it as a Japanese garden afterwards. Generate an image of a zen garden that follows this "
        "depth map.",
        "image_control",
    ),
    (
        "I traced the edges of our house from a photo <image 0> and finally want to see it in winter. I also "
        "want snow on the roof afterwards for our holiday card. Generate a snowy evening scene that follows "
        "this edge map.",
        "image_control",
    ),
    (
        "I drew a rough scribble of a guitar on a stage <image 0> for our gig flyer. My bandmate also asked "
        "afterwards for something that looks real. Generate a photorealistic image following this scribble.",
        "image_control",
    ),
    # image_reference
    (
        "Our family dog Biscuit <image 0> died last year, and the kids finally asked for a picture of him as "
        "a hero. I also want to print it for their room afterwards. Generate a new image of this dog wearing "
        "a cape and flying over the city.",
        "image_reference",
    ),
    (
        "I make handmade ceramic mugs and this is my best one <image 0>. Next I'm updating my Shopify store, "
        "and I also want lifestyle shots afterwards. Generate a new image of this exact mug on a café table "
        "by a sunny window.",
        "image_reference",
    ),
    (
        "This is my grandmother when she was young <image 0>. She finally told us her dream was to see "
        "Paris, and afterwards we also started planning a gift. Create a new picture of her standing in "
        "front of the Eiffel Tower.",
        "image_reference",
    ),
    (
        "I designed a plush toy character for a Kickstarter <image 0>. My partner also suggested afterwards "
        "showing it in different places. Generate an image of this character sitting on a beach at sunset.",
        "image_reference",
    ),
    (
        "Here's a photo of me <image 0>; I'm finally redoing my Twitch channel art. I also want a fantasy "
        "vibe afterwards for the banner. Generate a new image of this person as a medieval knight in armour.",
        "image_reference",
    ),
    # image_to_video
    (
        "I painted a watercolour of a lighthouse <image 0> and finally posted it. My followers also asked "
        "afterwards to see it come alive. Animate this painting with the waves moving and the lamp turning.",
        "image_to_video",
    ),
    (
        "This is a product photo of our new sneaker <image 0>. The launch is next week, and marketing also "
        "wants a motion teaser afterwards. Animate it into a short clip, starting from this frame, with the "
        "camera slowly orbiting the shoe.",
        "image_to_video",
    ),
    (
        "I found an old photo of my parents dancing at their wedding <image 0>. Their anniversary is next "
        "week and I also want to surprise them afterwards at dinner. Turn this photo into a short video "
        "where they gently sway together.",
        "image_to_video",
    ),
    (
        "My illustration of a sleeping cat <image 0> is the final shot of my animated short. I also planned "
        "afterwards that the cat should walk in first. Make a short video that ends on this image as the "
        "last frame, with the cat walking in and curling up.",
        "image_to_video",
    ),
    (
        "I took a photo of our campfire on the camping trip <image 0> and finally want it as a wallpaper. My "
        "friend also suggested a moving version afterwards. Animate the flames flickering in this photo.",
        "image_to_video",
    ),
    # video_reference
    (
        "This is our company mascot, a foam penguin <image 0>. Next month we launch a TikTok channel and "
        "also want clips afterwards. Generate a short video of this penguin skateboarding through an office.",
        "video_reference",
    ),
    (
        "My son drew a dragon <image 0> and finally named it Ziggy. He also wants to see it move afterwards, "
        "before bedtime. Make a short video of this dragon flying over a castle.",
        "video_reference",
    ),
    (
        "Here's my cat Miso <image 0>. My sister's birthday is next week, she also loves cats, and "
        "afterwards I'll send her the clip. Create a video of this cat in a tuxedo pressing piano keys.",
        "video_reference",
    ),
    (
        "I'm a fitness coach and this is me <image 0>. I finally want promo content, and I also want "
        "vertical clips afterwards for stories. Generate a short video of this person jogging along a beach "
        "at sunrise.",
        "video_reference",
    ),
    (
        "This is the handbag we designed <image 0>. The photographer cancelled, and next we also need a "
        "video for the site afterwards. Create a short video of this handbag on a model's arm as she walks "
        "down a street.",
        "video_reference",
    ),
    # video_edit
    (
        "I filmed our back garden for a property listing <video 0> and finally got a sunny day. I also "
        "noticed afterwards that the neighbour's bins are visible and the grass looks brown. Remove the bins "
        "and make the grass look green.",
        "video_edit",
    ),
    (
        "My skate clip <video 0> is going on YouTube next week. My friend also suggested afterwards that it "
        "needs a cooler look. Restyle the video so it looks like a 90s VHS tape with colour bleeding.",
        "video_edit",
    ),
    (
        "We recorded a product demo <video 0> and the laptop in it has a competitor's logo. Legal also "
        "flagged it afterwards, and finally we can't reshoot. Replace the logo on the laptop lid with a "
        "plain silver finish throughout the video.",
        "video_edit",
    ),
    (
        "I took a video of my kids in the snow <video 0>; we finally had a snow day. They also want it to "
        "look magical afterwards. Add falling sparkles and a soft glow to the video.",
        "video_edit",
    ),
    (
        "Our band's music video <video 0> was shot in daylight, but the song is moody. The director also "
        "wants a night look afterwards. Change the scene to night-time with the street lights on.",
        "video_edit",
    ),
    # video_control
    (
        "I recorded a depth video of my hallway with a LiDAR app <video 0>. Next I'm pitching a sci-fi "
        "short, and I also want a mood clip afterwards. Generate a video of a spaceship corridor that "
        "follows this depth video.",
        "video_control",
    ),
    (
        "This is a pose-skeleton video from my dance routine <video 0>; I finally nailed the choreography. I "
        "also want an animated version afterwards for my followers. Generate a video of a cartoon fox doing "
        "exactly these moves.",
        "video_control",
    ),
    (
        "Our motion designer exported an edge-map video of a car driving <video 0>. The client also asked "
        "afterwards for a rainy version. Generate a video that follows these edges with a car driving "
        "through heavy rain at night.",
        "video_control",
    ),
    (
        "I captured a pose video of my tai chi teacher <video 0>. Next we also want a teaching video "
        "afterwards for the website. Generate a video of an elderly woman in a park following this pose "
        "sequence.",
        "video_control",
    ),
    (
        "Here's a depth video from our drone flight over a hill <video 0>. I finally want a fantasy trailer, "
        "and also a volcano afterwards. Generate a video that follows this depth video with a volcanic "
        "landscape.",
        "video_control",
    ),
)
