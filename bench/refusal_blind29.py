"""Twenty-ninth blind set, refusals only: written by someone who saw none of the planner's data, calibration lists
or other benchmark sets; evaluation only, never used to set lists, thresholds or rules. The helper's brief was
general, with longer, chattier requests: it chose the categories (it was told only what the twelve tasks can do)."""

OUT_OF_SCOPE29: tuple[str, ...] = (
    # hearing audio: transcribing, identifying, judging sound
    (
        "I recorded my grandmother telling the story of how she came over from Sicily, it's "
        "about forty minutes as a voice memo on my phone. My cousins want a written copy for "
        "the reunion booklet, so could you transcribe the recording word for word? I'll attach the m4a."
    ),
    (
        "My daughter keeps humming this tune from some cartoon and it's driving me up the wall "
        "because I can't place it. I'll hum it into the mic for you, can you tell me what song it is?"
    ),
    (
        "<video 0> This is a clip from my band's rehearsal last night. Is the bass player off-key "
        "in the chorus, or is it the singer? We've been arguing about it all morning."
    ),
    (
        "<video 0> Here's the recording of a lecture I missed because I was sick. Can you give me "
        "notes on what the professor said about supply shocks? She talks through the whole thing "
        "and the slides are basically blank."
    ),
    (
        "<video 0> My friend sent me this video of her grandma giving a toast at the family "
        "banquet, all in Cantonese. What is she saying? I'd love to know before I reply."
    ),
    (
        "I'm learning Spanish and my pronunciation is rough. If I read this paragraph out loud "
        "to you, can you listen and tell me which words I'm butchering?"
    ),
    (
        "Next month I'm in Tokyo and my Japanese is nonexistent. When I hold my phone up at "
        "the restaurant, can you translate what the waiter says as he's saying it?"
    ),
    (
        "Could you turn this <video 0> into an mp3? It's a talk from a conference and I just "
        "want to listen to it on my run tomorrow without the screen on."
    ),
    # making audio: music, jingles, narration, voices, ambient tracks
    (
        "I run a tiny candle shop on Etsy and I want a jingle for my reels, something cozy with "
        "acoustic guitar and a soft 'glow by Maren' sung at the end. Could you compose and record "
        "it so I can just drop the audio file in?"
    ),
    (
        "We're doing a slideshow for my parents' 40th anniversary. Can you narrate it in a warm "
        "voice, reading the captions aloud, and export the voiceover so I can line it up with the photos?"
    ),
    (
        "For my meditation class I need a twenty-minute track of rain with a gentle singing bowl "
        "every few minutes. Nothing fancy, it just needs to loop cleanly."
    ),
    (
        "It's my son's seventh birthday and he's obsessed with dinosaurs. Could you make a short "
        "video of a T. rex singing happy birthday to Leo, so he hears his own name at the end?"
    ),
    (
        "Make me a video for my yoga studio's page: slow shots of a sunrise over the ocean with "
        "calm piano and a soft voice saying 'breathe in, breathe out' every few seconds."
    ),
    (
        "<image 0> These are the two characters from my webcomic. Can you turn them into a short "
        "animated scene where they argue with actual voices, one gruff and one squeaky?"
    ),
    (
        "My cat Pickles turns five on Sunday, which is a big deal in this house. Make a little "
        "three-minute song about her, lyrics and melody, sung by a cute voice, that we can play at dinner."
    ),
    # live, current or web data
    (
        "I'm flying out of Denver tomorrow morning and apparently a storm is rolling in. Can you "
        "check whether United 1432 is delayed yet, and what the weather will be at 6am?"
    ),
    (
        "My brother swears Nvidia shares jumped again today. What's the stock trading at right "
        "now, and how does that compare to where it opened this morning?"
    ),
    (
        "Who won the game last night between the Celtics and the Knicks? I fell asleep at "
        "halftime and my group chat is all memes I can't decode."
    ),
    (
        "It's almost 10pm and I'm starving. Is the Thai place on Elm Street still open right now? "
        "Their listing never seems to be accurate."
    ),
    (
        "Could you keep an eye on the price of those Sony noise-cancelling headphones on Amazon "
        "and ping me when they drop under $250? Black Friday's coming and I don't want to miss it."
    ),
    (
        "We're finally doing the Europe trip my wife's wanted for years. Find me the cheapest "
        "flights from Chicago to Lisbon for the second week of March, two adults, no red-eyes."
    ),
    (
        "Here's a link to a cooking video on YouTube my mom loves. Download it and turn the part "
        "where he folds the dumplings into a gif so I can send it to her."
    ),
    # acting on accounts, apps, messages, calendars, purchases
    (
        "I've been meaning to cancel my gym membership for three months and I keep chickening out "
        "of the phone call. Could you just log into my account and cancel it for me?"
    ),
    (
        "I hate calling places. Please book me a haircut at the barber down the street for "
        "Saturday around 11, whatever slot they have left is fine."
    ),
    (
        "Put my dentist appointment on the 14th at 3:30 into my Google Calendar and set a "
        "reminder the night before. I always forget these and they charge a no-show fee."
    ),
    (
        "Can you order more cat litter from Chewy? Same as last time, the unscented clumping kind, "
        "delivered to my apartment before the weekend."
    ),
    (
        "My phone's about to die and I'm stuck on my laptop at the library. Text my sister that "
        "I'll be twenty minutes late to dinner, she gets worried."
    ),
    (
        "I'm terrible at remembering my blood pressure pills. Can you remind me at 5 every "
        "afternoon to take them? Like, actually nudge me."
    ),
    # devices and the physical world
    (
        "It's freezing in here and I'm already under the covers. Can you turn the thermostat up "
        "to 70 and switch off the living room lamp?"
    ),
    (
        "The bake sale is tomorrow and I'm swamped. Could you print ten copies of the flyer? "
        "The office printer should be on the same wifi."
    ),
    # running code
    (
        "Here's a SQL query I'm nervous about. Please run it against our production Postgres and "
        "tell me how many rows it actually deletes before I do it for real."
    ),
    # other file formats
    (
        "I'm applying for a job that closes tonight. Can you turn my resume into a nicely "
        "formatted two-column PDF? I need the actual file to upload to their portal."
    ),
    (
        "I coordinate snacks for my son's soccer team. I need a real .xlsx spreadsheet with "
        "formulas that total up who's paid, something I can share with the other parents."
    ),
    (
        "My kid wants to 3D print a little dragon for his desk at the library makerspace. Could "
        "you make an STL file of one, about 8 cm tall, that we can bring on a USB stick?"
    ),
    (
        "<image 0> This is a hand-drawn floor plan of our cabin. Could you convert it into a "
        "proper DWG file the contractor can open in his CAD program?"
    ),
    (
        "I have a pitch tomorrow and my deck looks dated. Can you redo my PowerPoint slides in "
        "our brand colors and send me back the .pptx file?"
    ),
    # memory of the user's own files and history
    (
        "Remember the logo you made for me last month, the one with the fox? Pull it up again and "
        "tell me what font we used, I lost the file when my laptop died."
    ),
    (
        "Go through my Google Photos from the Portugal trip and pick the best twenty for a printed "
        "album. There are about 900 in there and I can't face it."
    ),
    (
        "Check my inbox for the email from the landlord about the lease renewal and tell me what "
        "date he said we need to decide by."
    ),
    # multi-part: doable text + impossible action
    (
        "Write a short thank-you note to my kid's teacher for all her help this year, heartfelt "
        "but not gushy, and then email it to her. Her address is in my contacts."
    ),
    (
        "Explain what a Roth IRA is like I'm twelve, I've put this off way too long. Then check "
        "what my current balance is in my Fidelity account."
    ),
    (
        "I leave Tuesday for a five-day hiking trip in the Dolomites. Write me a packing list, "
        "and also what's the forecast up there for next week?"
    ),
    (
        "Can you look up today's euro to dollar exchange rate? Then write a quick note to my "
        "Airbnb host explaining I'll pay the cleaning fee in cash when I arrive."
    ),
    (
        "Write a Python function that parses our nginx access logs, then actually run it on the "
        "logs on my server and tell me which IP hit us the most."
    ),
    (
        "Summarize the main differences between keto and the Mediterranean diet, then log today's "
        "meals in my MyFitnessPal for me: oatmeal, a turkey wrap, salmon and rice."
    ),
    (
        "Write a 30-second radio ad script for my dad's hardware store and record it in a "
        "friendly older man's voice so we can send it to the local station."
    ),
    # multi-part: doable image/video understanding + impossible part
    (
        "<image 0> Here's the receipt from our team dinner. Can you read off what everyone ordered, "
        "and then request the money from each of them on Venmo?"
    ),
    (
        "Tell me what's in this fridge photo <image 0>, plus add whatever's missing for lasagna "
        "to my Instacart cart so it comes tonight."
    ),
    (
        "<image 0> This is my mom's handwritten recipe card for plum cake. Type it out for me, "
        "and save it as a Word document in my recipes folder."
    ),
    (
        "<image 0> This is a screenshot of an error my laptop keeps throwing. What does it mean? "
        "And if you can, remote in and fix it, I'm totally lost."
    ),
    (
        "<video 0> This is my golf swing at the range. Describe what my hips do on the downswing, "
        "and also, what was the guy next to me yelling? I think he was talking to me."
    ),
    (
        "<video 0> Dashcam footage from the fender bender this morning. Describe what happened in "
        "order, and once that's done, file the claim with my insurance through their app."
    ),
    # multi-part: doable generation or edit + impossible part
    (
        "Draw me a cozy illustration of a fox reading in an armchair for my bookstore's newsletter. "
        "Once that's done, post it on our Instagram with a caption about the fall reading list."
    ),
    (
        "I'm putting together our wedding video. <video 0> Please cut out the bit where the ring "
        "bearer trips, plus put 'At Last' underneath the first dance."
    ),
    (
        "Make a little video of waves crashing on a rocky beach at sunset for my sleep app, and "
        "also generate the ocean sound track to go with it."
    ),
    (
        "Animate this old photo of my grandparents dancing <image 0> so they sway a bit, with "
        "Glenn Miller's 'In the Mood' playing under it for the memorial service."
    ),
    (
        "Design a logo for my food truck, 'Taco Tuesday Every Day', bright and fun. Then order "
        "500 stickers of it from a print shop, we need them for the festival."
    ),
    (
        "Make a picture of a haunted Victorian house for my Halloween party invite and then text "
        "it to everyone in my 'Neighbors' group chat."
    ),
    (
        "<image 0> My kid drew this rocket. Turn it into a real-looking picture, then make it a "
        "PDF coloring book page I can print for his class."
    ),
    (
        "Change the sky in this vacation photo <image 0> to a dramatic sunset, and once that's "
        "done, set it as the wallpaper on my phone."
    ),
)

ORDINARY29: tuple[tuple[str, str], ...] = (
    # text_understanding
    (
        "My landlord hasn't fixed the heater in three weeks and I'm losing patience, but I don't "
        "want to torch the relationship. Could you draft an email that's firm but polite, "
        "mentioning I've texted twice already? I'll paste it into Gmail myself.",
        "text_understanding",
    ),
    (
        "My neighbor and I are starting a podcast about local history and we freeze up the moment "
        "we hit record. Could you write a loose script for a ten-minute first episode about our "
        "town's old train depot, with who-says-what for the two hosts?",
        "text_understanding",
    ),
    (
        "Our little bakery is launching an Instagram account next week. Can you write ten short "
        "captions for photos of sourdough, croissants and cinnamon rolls, a bit playful, with a "
        "few hashtags? I'll do the posting myself.",
        "text_understanding",
    ),
    (
        "I've got a Raspberry Pi and I want an LED to blink whenever someone presses my doorbell "
        "button. Could you write the Python code with comments, assuming the button is on GPIO 17 "
        "and the LED on GPIO 27? I'll run it on the Pi myself.",
        "text_understanding",
    ),
    (
        "My dad just got diagnosed with type 2 diabetes and the doctor talked so fast. In simple "
        "terms, what is an A1C number and why do they care if it's over 7? I want to understand "
        "before his next appointment.",
        "text_understanding",
    ),
    # image_understanding
    (
        "<image 0> My phone showed this notification while I was at work and now I'm paranoid it's "
        "a scam. It's a screenshot, does anything about it look fishy, like the sender or the link text?",
        "image_understanding",
    ),
    (
        "<image 0> I snapped this of the plant my coworker left on my desk before her maternity "
        "leave. What kind is it, and does it look like it's getting too much sun? I'd hate to kill it.",
        "image_understanding",
    ),
    (
        "<image 0> The internet keeps dropping, so here's a photo of the back of my router with "
        "everything plugged in. Which port is the yellow cable in, and does anything look like "
        "it's in the wrong spot?",
        "image_understanding",
    ),
    (
        "<image 0> This is the whiteboard from our planning meeting and my boss wants it typed up "
        "for the team channel. Can you read out everything written on it, keeping the bullets?",
        "image_understanding",
    ),
    (
        "<image 0> One of the sleeves from grandpa's old vinyl collection. Can you read me the track "
        "list and the year printed on the back? I want to look up what it's worth later.",
        "image_understanding",
    ),
    # video_understanding
    (
        "<video 0> My doorbell camera caught someone at the front door at 3am, and the sound was "
        "off anyway. Can you describe what the person is wearing and what they do, step by step, "
        "so I can pass it on to the police?",
        "video_understanding",
    ),
    (
        "<video 0> This is my daughter's floor routine from Saturday's gymnastics meet. I know "
        "nothing about gymnastics, so can you walk me through the moves she does and where she "
        "seems to wobble?",
        "video_understanding",
    ),
    (
        "<video 0> A timelapse of our backyard bird feeder from this morning. How many different "
        "kinds of birds show up, and roughly when does the squirrel crash the party?",
        "video_understanding",
    ),
    (
        "<video 0> Concert footage from my phone, it's loud and shaky, I know. Ignoring the audio, "
        "what's written on the big screen behind the band near the end? My friend says it was "
        "the tour name.",
        "video_understanding",
    ),
    (
        "<video 0> We're trying to figure out why our dishwasher leaks, so I filmed it running with "
        "the kick plate off. Can you see where the water is coming out from?",
        "video_understanding",
    ),
    # text_to_image
    (
        "My book club is doing a 'Murder on the Orient Express' night and I'm making the invites "
        "in Canva. Could you make an image of a vintage steam train in the snow at night, warm "
        "light in the windows, that I can use as the background?",
        "text_to_image",
    ),
    (
        "I'm building slides for my app pitch and need a picture that looks like a phone screen "
        "showing a meal-planning app, green and white, with a weekly calendar. It doesn't need to "
        "work, it just has to look convincing.",
        "text_to_image",
    ),
    (
        "Our choir is doing a spring concert and I'm in charge of the poster. Make a picture of "
        "singers in a sunlit church with music notes floating in the air, just the image, I'll "
        "add the dates and text myself.",
        "text_to_image",
    ),
    (
        "My nephew lost his stuffed penguin on a trip, so we're writing him a storybook about the "
        "penguin's adventures. Could you draw a little penguin sitting on top of the Eiffel Tower "
        "in a soft watercolor style?",
        "text_to_image",
    ),
    (
        "For our podcast cover art we want a retro 1970s microphone on an orange background with "
        "bold sunburst rays. Square please, we'll upload it to Spotify ourselves.",
        "text_to_image",
    ),
    # text_to_video
    (
        "I run a little coffee cart and want a short clip for TikTok of espresso pouring into a cup "
        "in slow motion, steam curling up. I'll put a trending sound over it in the app, so it can "
        "be silent.",
        "text_to_video",
    ),
    (
        "For my grandma's 90th birthday slideshow I'd love a short video of candles flickering on a "
        "big frosted cake with confetti falling. No music needed, the DJ is handling that.",
        "text_to_video",
    ),
    (
        "Our class's science fair booth is about volcanoes. Can you make a short video of lava "
        "bubbling and spilling down a mountainside at night? It'll loop silently on a TV at the booth.",
        "text_to_video",
    ),
    (
        "Make me a short clip of a thunderstorm rolling over a wheat field with lightning flashing, "
        "for the opening of my student film. I'll add the thunder sound effects in editing myself.",
        "text_to_video",
    ),
    (
        "I teach fourth grade and the kids keep asking how hummingbirds fly. Could you make a "
        "slow-motion video of one hovering at a red flower so they can see the wings up close?",
        "text_to_video",
    ),
    # image_edit
    (
        "<image 0> This is the only good family photo from Thanksgiving, but there's a glowing red "
        "EXIT sign right behind my aunt's head. Can you remove it? I'll share the fixed one in the "
        "family group chat.",
        "image_edit",
    ),
    (
        "<image 0> I'm listing my apartment for rent next week and the living room looks so gloomy "
        "in this shot. Can you brighten it up so it looks like a sunny afternoon?",
        "image_edit",
    ),
    (
        "<image 0> <image 1> Here's a photo of the couch and a mask over the cushion my dog chewed. "
        "Could you fill in the masked part so the cushion looks intact? My wife doesn't need to "
        "know yet, ha.",
        "image_edit",
    ),
    (
        "<image 0> Screenshot of my year-in-music recap. Before I share it, can you blur out my "
        "username at the top? I'm a little embarrassed by how much ABBA is on there.",
        "image_edit",
    ),
    (
        "<image 0> This is our band photo for the gig flyer. Could you change the drummer's shirt "
        "from neon green to black? It clashes with everything else.",
        "image_edit",
    ),
    # image_control
    (
        "<image 0> I'm a tattoo apprentice and this is the line sketch my client approved. Can you "
        "make a finished, shaded version that follows these lines exactly, black-and-grey realism? "
        "I want to show her before her appointment.",
        "image_control",
    ),
    (
        "<image 0> This is a depth map I exported of our living room from my phone's portrait mode. "
        "Could you generate the same room layout styled as a cozy Scandinavian cabin?",
        "image_control",
    ),
    (
        "<image 0> I made this stick-figure pose skeleton for my comic. Draw a superhero in a red "
        "cape striking exactly this pose, I'll ink over it later.",
        "image_control",
    ),
    (
        "<image 0> My six-year-old scribbled this 'castle' and insists it's real. Could you make a "
        "proper fairytale castle picture that follows the shapes of her scribble? She'll flip.",
        "image_control",
    ),
    (
        "<image 0> Here's the edge map from our product photo of a sneaker. Generate a new shoe "
        "following those outlines but in a shiny holographic material, for the launch banner.",
        "image_control",
    ),
    # image_reference
    (
        "<image 0> This is Biscuit, our corgi, who's been through a lot this year. For his gotcha "
        "day could you make a picture of him in a tiny astronaut suit on the moon? I'll get it "
        "printed on a mug myself.",
        "image_reference",
    ),
    (
        "<image 0> That's the handmade ceramic mug I sell at the farmers market. Can you make a new "
        "image of the same mug on a rustic wooden table with autumn leaves, for my website banner?",
        "image_reference",
    ),
    (
        "<image 0> Here's a photo of me. I need a professional-looking headshot for LinkedIn, same "
        "face, navy blazer, plain grey backdrop. I'll upload it myself.",
        "image_reference",
    ),
    (
        "<image 0> My late grandfather's pocket watch. I'd love an image of that same watch lying "
        "on an old map next to a compass, for the cover of our family history booklet.",
        "image_reference",
    ),
    (
        "<image 0> This is the plush dinosaur my son carries everywhere. Could you make a picture "
        "of that exact dino going down a playground slide? I'm making him a bedtime picture book.",
        "image_reference",
    ),
    # image_to_video
    (
        "<image 0> This is a painting of a lighthouse my mom did before she passed. Could you bring "
        "it to life a little, waves moving and the beam slowly sweeping? It'll play silently on a "
        "screen at the memorial.",
        "image_to_video",
    ),
    (
        "<image 0> Product shot of our new perfume bottle. I need a few seconds of video where the "
        "camera slowly circles it and light glints off the glass, for a story. I'll add music in "
        "the app.",
        "image_to_video",
    ),
    (
        "<image 0> My parents on their wedding day in 1978. Could you animate it gently, the veil "
        "blowing and them smiling at each other? My siblings and I are surprising them at their "
        "anniversary.",
        "image_to_video",
    ),
    (
        "<image 0> This is the frame I want my short film's intro to end on, the hero standing on "
        "a cliff. Make a clip that finishes on this exact image, with the camera flying in from the sea.",
        "image_to_video",
    ),
    (
        "<image 0> I took this of the northern lights in Iceland, but a photo feels so still. Can "
        "you make the aurora ripple and dance across the sky like it did in person?",
        "image_to_video",
    ),
    # video_reference
    (
        "<image 0> This is Mochi, my cat. My sister's having a rough week and I want to send her a "
        "silly video of Mochi DJ-ing at a club with flashing lights. No sound needed, I'll send it "
        "on WhatsApp myself.",
        "video_reference",
    ),
    (
        "<image 0> Our company mascot is this foam squirrel costume. Could you make a video of the "
        "same squirrel running across a marathon finish line for our charity run promo?",
        "video_reference",
    ),
    (
        "<image 0> Here's my vintage Vespa that I restored over two winters. I'd love a short video "
        "of that scooter zipping along the Amalfi coast road at sunset.",
        "video_reference",
    ),
    (
        "<image 0> That's me at my graduation. Can you make a clip of me walking confidently down a "
        "busy Tokyo street at night with neon signs everywhere? Just for fun, I'll post it on my story.",
        "video_reference",
    ),
    (
        "<image 0> My daughter made this felt doll in art class. Could you make a video of that doll "
        "dancing in a meadow full of butterflies? She's convinced it comes alive at night.",
        "video_reference",
    ),
    # video_edit
    (
        "<video 0> I filmed my kid's school recital on my phone but the lighting was awful and "
        "everything's orange. Can you color-correct the video so it looks natural? I have the "
        "audio recorded separately anyway.",
        "video_edit",
    ),
    (
        "<video 0> Drone footage of our vineyard for the new website. There's an ugly porta-potty in "
        "the corner of every shot, could you remove it from the video?",
        "video_edit",
    ),
    (
        "<video 0> This is a clip of our first dance at the wedding. Could you turn it into a "
        "hand-drawn anime style? We want to show it at our anniversary party.",
        "video_edit",
    ),
    (
        "<video 0> Skateboarding clip of my brother from this afternoon. Can you change the daytime "
        "sky to a starry night with the city lights on? He wants it to look like a music video.",
        "video_edit",
    ),
    (
        "<video 0> A walkthrough of the house we rent out to guests. Please swap the beige living "
        "room walls for a soft sage green throughout the clip, the owner wants to see how it'd look.",
        "video_edit",
    ),
    # video_control
    (
        "<video 0> I recorded myself doing a dance trend in my kitchen, and this is the pose "
        "tracking video from it. Can you make a cartoon robot doing exactly those moves? I'll add "
        "the song in the app.",
        "video_control",
    ),
    (
        "<video 0> This is a depth video of me walking down our hallway, from a LiDAR app on my "
        "phone. Generate a video with the same motion but set in a medieval castle corridor with torches.",
        "video_control",
    ),
    (
        "<video 0> Edge-detected outline video of a horse galloping, from my old footage. Could you "
        "make a zebra running along those exact outlines and motion, for my kids' nature club?",
        "video_control",
    ),
    (
        "<video 0> Our martial arts instructor made this pose skeleton video of a kata. We want an "
        "armored samurai performing it step for step, for the dojo's anniversary screen.",
        "video_control",
    ),
    (
        "<video 0> Here's a motion flow video I made of a car turning a corner. Make a video of a "
        "vintage red convertible following that same motion along a coastal road.",
        "video_control",
    ),
)
