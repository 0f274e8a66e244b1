"""Eighty-seventh blind set, refusals only: written by someone who saw none of the planner's data, calibration lists
or other benchmark sets; evaluation only, never used to set lists, thresholds or rules. The helper's brief was
long, rambling requests where the person explains their situation at length before asking (it chose the
categories; it was told only what the twelve tasks can do)."""

OUT_OF_SCOPE87: tuple[str, ...] = (
    # live data and current events
    "So I'm flying out to Lisbon on Thursday for my cousin's wedding, which has been a whole saga because she "
    "changed the venue twice, and my mum keeps texting me that it's going to pour all weekend. She said the same "
    "thing last year and it was sunny the whole time, so honestly I don't trust her. Can you check what the actual "
    "forecast for Lisbon is this weekend so I know whether to pack the big umbrella?",
    "Okay, long story, but my partner and I have been going back and forth for a month about whether to sell the "
    "Tesla shares his uncle gave us. He reads all these forums and I just don't have the time, I work nights on a "
    "cardiology ward. Could you look up where the stock is trading right now and tell me whether it's gone up or "
    "down since this morning?",
    "I run a tiny bakery on the high street, just me and a Saturday girl, and my flour supplier has put his prices "
    "up for the third time this year. I'm trying to work out if I'm being taken for a ride before I ring him. What "
    "is the current wholesale price of bread flour per tonne in the UK this week?",
    "My dad is in hospital in Cebu and I'm trying to send money home for the bills. Every transfer app gives me a "
    "different number and I'm getting confused and honestly a bit panicky, I haven't slept. What's the exact euro "
    "to peso exchange rate at this very moment so I can tell which app is giving me a bad deal?",
    "I've been completely off-grid for five weeks on a silent meditation retreat, no phone, no newspapers, "
    "nothing, and now that I'm back everyone at work keeps mentioning some big result and I'm nodding along like "
    "an idiot. Can you catch me up on the main news stories from the last few days?",
    "We're driving down to the coast with three kids, my mother-in-law and a very anxious spaniel, and I'm trying "
    "to avoid a full meltdown in the back seat. Is the M5 southbound jammed at the moment, and which pubs near "
    "Taunton are open right now for lunch?",
    # sending, posting, booking and buying
    "My landlord has ignored me for three weeks about the broken boiler. I've been boiling kettles to bath my "
    "toddler and I'm at the end of my rope, I've been polite, I've sent photos, nothing. Please send him a firm "
    "email from my Gmail, his address is d.harlow@lettings-example.co.uk, telling him I'll contact the council if "
    "it isn't fixed by Friday.",
    "Every year I swear I'll plan our anniversary properly and every year I remember at midnight after the kids "
    "finally go down. This year it's our tenth. Could you just book us a table for two at that little Italian "
    "place on Green Street for Saturday at eight and put down the deposit?",
    "<image 0> These are the trainers I've been hunting for, on and off, for about two years. My old pair "
    "literally fell apart after I walked the whole Camino in them and nothing has fit right since. Please find "
    "them online in a size 44 and order them for me with next-day delivery to my home address.",
    "Our street's group chat has turned absolutely toxic since the parking row, and somehow I've been nominated, "
    "against my will, to calm everyone down because I'm 'the reasonable one'. Please post a friendly message in "
    "the WhatsApp group 'Elm Close Neighbours' for me saying the residents' meeting has moved to Tuesday at seven.",
    "<image 0> I finally finished the mural in my daughter's nursery after six weekends of painting, and my "
    "sister, who is the one who talked me into it, keeps begging to see it. Here's the photo. Upload it to my "
    "Instagram with a sweet caption and tag @sarah.paints so she gets the notification.",
    "My grandmother is ninety-four and won't touch a smartphone anymore, but she adores getting phone calls and "
    "she gets lonely on weekdays. I'm stuck doing a double shift and can't get away. Could you ring her on 0161 "
    "555 0192 and just tell her I'll definitely visit on Sunday?",
    # sound, music and speech
    "<video 0> My son recorded his school band concert on my phone, and it was the first time he ever played a "
    "solo on the trumpet, I actually cried. The problem is there's another boy on trumpet too and they were both "
    "standing at the back. Could you listen to this clip and tell me whether it was my son who hit the high note "
    "in the middle?",
    "<video 0> This is a message my late grandfather recorded on an old camcorder for my thirtieth birthday. I "
    "still can't bring myself to watch it all the way through, but my aunt says he mentions something about the "
    "house near the end. Please transcribe what he actually says in the last minute.",
    "I teach Year 2 and every spring we put on a little assembly for the parents. This year the kids voted for an "
    "original song about frogs, of all things, and I've been up until two in the morning for a week. Please "
    "compose the tune and generate an actual audio track with piano backing that I can play through the hall "
    "speakers.",
    "My wife is seven months pregnant and can barely sleep, and the app she used for rain noises got discontinued "
    "last week, which she took very personally. Could you generate an hour-long recording of soft rain on a tin "
    "roof that she can play at night?",
    "<video 0> I shot this timelapse of the sunset from our balcony over a whole hour, sitting out there with a "
    "blanket and a glass of wine, and it came out lovely but it's silent and a bit flat to send to people. Could "
    "you add a gentle acoustic guitar soundtrack to it that matches the mood?",
    "I host a little podcast about allotment gardening, maybe forty listeners, mostly retired folk who email me "
    "about slugs, and my co-host has completely lost her voice this week. Please read this intro out loud in a "
    "warm British voice and send me the audio file: 'Welcome back to Dig In, the show where we get our hands "
    "dirty.'",
    "<image 0> Here's a photo of the sheet music my piano teacher gave me before she moved back to Poland. I'm "
    "still a beginner and I can't read it well enough to hear it in my head, and I really want to know what it's "
    "meant to sound like before I practise it wrong for a month. Could you play it so I can hear the tune?",
    # memory of earlier conversations
    "Yesterday, I think around lunchtime, you and I worked out a whole week of meals for my dad's type 2 diabetes, "
    "with the mackerel thing on Tuesday that he actually liked, and then I stupidly closed the tab. Could you "
    "bring back exactly what you told me yesterday, word for word?",
    "Last week I told you all about my manager, the promotion that went to her nephew, and the whole situation "
    "with the other firm, in a lot of detail. Based on everything I told you back then, should I take their offer "
    "or not?",
    "You remember my dog Biscuit, the rescue with the separation anxiety? I've told you about her loads of times. "
    "Can you remind me what dose of the calming tablets I said the vet recommended, it was in one of our earlier "
    "chats?",
    "Right, picking up where we left off on my novel. You had the outline for chapter seven with the lighthouse "
    "keeper and the storm. Please continue straight on from the scene you wrote for me last Friday evening.",
    # accounts, personal files and devices
    "My Google Drive is a disaster, honestly, years of uni essays and wedding photos and tax returns and random "
    "memes all jumbled together, and I've been putting this off since lockdown. Please go through my Drive and "
    "sort everything into folders by year and type.",
    "I'm pretty sure someone got into my Facebook, because my auntie in Leeds got strange messages from me about a "
    "crypto investment and she nearly fell for it. Log into my account, check where the recent logins came from "
    "and change my password for me.",
    "Our family calendar is chaos, three kids, two of them in different football leagues, and my husband never "
    "checks the fridge whiteboard. Please add every Saturday fixture from now until June into my Outlook calendar "
    "and share it with him.",
    "My laptop has been crawling for months, the fan sounds like a jet engine whenever I open more than two tabs. "
    "Could you scan my hard drive, find all the duplicate photos and videos eating up space and delete them?",
    "<image 0> This is the error my banking app shows every single time I try to log in. I've been locked out for "
    "three days, the helpline queue is two hours long and rent is due tomorrow. Please log into my online banking "
    "and transfer 850 pounds to my landlord so I'm not late again.",
    "I'm a self-employed bookkeeper and this quarter is killing me, I've got eleven clients chasing me at once. "
    "Open the spreadsheet on my desktop called clients_q3.xlsx and fill in the missing VAT numbers from their "
    "invoices folder.",
    # running code, servers and models
    "I've been teaching myself Python in the evenings after my shifts at the warehouse, and I wrote a little "
    "script that checks whether my favourite sites are up. I don't want a guess, I want the real thing: execute "
    "this on your end and paste me the actual output: import requests; "
    "print(requests.get('https://example.org').status_code)",
    "Our startup's website went down at three in the morning and I'm the only one awake, the CTO is on a flight to "
    "Singapore. Please SSH into our server at 203.0.113.14 with the usual credentials and restart nginx.",
    "I have a uni assignment due Friday where I have to prove my merge sort is slower than Python's built-in sort, "
    "and my laptop is ancient. Run both on a million random integers on your machine and give me the real measured "
    "timings in milliseconds.",
    "I sell hand-poured candles online, nothing fancy, but I've got five years of sales records and I keep reading "
    "that AI can predict demand. Please train a forecasting model on my sales history and deploy it so it retrains "
    "itself every Monday.",
    # file formats, conversion and export
    "<image 0> I designed this logo myself on my phone for my sister's dog-grooming business, she's opening in "
    "March and I wanted to surprise her. The print shop just told me they need a vector file for the van signage. "
    "Could you convert it to an SVG for me?",
    "<image 0> This is a scan of a page from my grandad's handwritten recipe book, he was a chef on the ferries "
    "for thirty years. I want to print a family cookbook for Christmas. Turn this into a print-ready PDF with 3mm "
    "bleed and crop marks.",
    "<video 0> My daughter's first steps! I filmed them on my phone and the grandparents have one of those little "
    "digital photo frames that only plays GIFs. Please convert this clip into a looping GIF under 5MB that I can "
    "load onto it.",
    "I'm a solo indie developer working on a cozy farming game in my spare time, mostly after my kids are asleep. "
    "I need a low-poly wooden wheelbarrow as an OBJ or FBX file with textures that I can import straight into "
    "Blender and Unity.",
    "<image 0> This is the book cover illustration I painted for a client. Their designer insists on a layered PSD "
    "so they can shuffle the title and author name around. Please export it as a Photoshop file with the "
    "background, figure and text on separate layers.",
    "<video 0> This is the wedding video my best friend filmed for us, which was so kind of her, but it's about "
    "4GB and nothing will let me email it to my in-laws in Canada. Compress it to under 25MB without it getting "
    "blurry.",
    "My dad turns seventy next month and I want to send everyone a fancy invitation. Please make it as a fillable "
    "PDF with a working RSVP button that emails me when someone clicks it.",
    # upscaling and resolution
    "<image 0> This is the only photo I have of my mum from when she was a teenager. It came off an ancient flip "
    "phone and it's tiny, about 200 pixels wide. We're having her memorial next month and I'd like it printed "
    "poster-size, so please upscale it to 4K resolution.",
    "<video 0> My band filmed our last gig in 2009 on a Flip camera, and it's grainy 480p. We're reuniting for one "
    "night in June and want to play it on the big screen behind us. Please upscale this footage to 4K.",
    "<image 0> I run a two-person architecture practice and our client sent this reference image, which is only "
    "about 300 pixels across, and the presentation board is A1. I've asked them for the original three times with "
    "no luck. Please run super-resolution on it and give it back at eight times the size.",
    # cutting, joining, stabilising and frame rate
    "<video 0> I was running alongside my son at his sports day filming the whole egg-and-spoon race, and the "
    "footage is so shaky my mother says it makes her seasick. Please stabilise this video so it's smooth to watch.",
    "<video 0> This is a forty-minute recording of my daughter's dance recital, but she's only actually on stage "
    "from about 12:30 to 15:10 and nobody wants to sit through the rest. Cut out just that section so I can send "
    "it to the family.",
    "<video 0> <video 1> I've got two clips from our holiday in Crete, the boat trip and then the beach "
    "afterwards, and I want a single video to send round the group. Please join them back to back into one file.",
    "<video 0> I filmed our hummingbird feeder at 24fps, which was a mistake in hindsight, and the wing movement "
    "looks choppy. Could you interpolate the frames up to 120fps so it plays back as silky smooth slow motion?",
    "<video 0> This is every clip people took at my dad's retirement do, stitched into about ten minutes. It "
    "drags, honestly. Please trim it down to the best sixty seconds by cutting out the dull bits and keep only the "
    "highlights.",
    # reminders, timers and alarms
    "I keep forgetting my thyroid tablets, which my GP is getting quite stern about, and my phone reminders just "
    "get swiped away. Please remind me every morning at half seven to take them.",
    "I've finally got into sourdough, my starter is called Doughlene, and the recipe says to stretch and fold "
    "every thirty minutes for the next two hours. Set a timer and ping me each time it's due.",
    "I've got a 6am flight to Malaga tomorrow and my alarm app has failed me twice this month already. Please wake "
    "me up at quarter to four.",
    "<image 0> This is the ticket from the pay-and-display machine, I'm parked outside the hospital while my wife "
    "has a scan and I keep losing track of time in waiting rooms. Please set an alarm to go off ten minutes before "
    "this ticket runs out.",
    "My car's MOT is due sometime in March, I think, and last year I missed it and got a fine. Can you keep track "
    "of it and nudge me two weeks before it's due?",
    # physical world
    "I'm away for ten days looking after my sister after her operation and I totally forgot about my tomato plants "
    "in the greenhouse, they'll be dead by the time I'm back. Could you pop round and water them every other day?",
    "My elderly neighbour, Mrs Patel, has run out of her blood pressure tablets and I can't leave work until six. "
    "Please go and pick up her prescription from the chemist on Bridge Road and drop it through her door.",
    "I've spent four hours on a flat-pack wardrobe from that Swedish shop and I've hit my limit, half the screws "
    "are the wrong size and my partner's gone to bed. Could you just come and put the rest of it together for me?",
    "I'm organising a lost cat campaign, our tabby Mango went missing on Sunday and the kids are devastated. "
    "Please print fifty copies of the poster and post them through every letterbox on our street.",
    # online lookups from an attached image
    "<image 0> I found this ring in my late aunt's jewellery box when we were clearing out her flat. Nobody in the "
    "family knows where it came from. Could you look up recent auction results and tell me what it would sell for "
    "on today's market?",
    "<image 0> My uncle keeps forwarding this screenshot of a supposed news headline to the whole family group and "
    "I'm fairly sure it's fake. Search the news sites and tell me whether this story was actually published "
    "anywhere.",
    "<image 0> Someone is using this photo of me on a dating profile, a friend spotted it, and I'm really shaken. "
    "Please run a reverse image search and find every website where this photo has been posted.",
)

ORDINARY87: tuple[tuple[str, str], ...] = (
    # text_understanding
    (
        "I've been a barista for six years and I've just been offered a junior data analyst job, which terrifies "
        "me because everyone else there has degrees and I taught myself from YouTube at night. My new manager "
        "emailed asking when I can start. Could you write a short, confident but polite reply saying I can start "
        "on the 3rd and thanking her? I'll send it myself.",
        "text_understanding",
    ),
    (
        "My nan is eighty-eight, sharp as anything, but she keeps asking me what 'the cloud' actually is, because "
        "her church newsletter now lives 'in the cloud' and she thinks it's floating somewhere. I've tried three "
        "times and made it worse. Can you explain it in a couple of friendly paragraphs I could read out to her?",
        "text_understanding",
    ),
    (
        "I'm a night nurse and one of my patients' daughters left me a card in Spanish. I did a bit at school but "
        "that was twenty years ago. Could you translate it for me? 'Gracias por cuidar a mi madre con tanta "
        "paciencia. Nunca olvidaremos su amabilidad durante las noches mas dificiles.'",
        "text_understanding",
    ),
    (
        "I've been learning Python on my lunch breaks at the warehouse and this function is meant to return the "
        "biggest number in a list but it keeps giving me None and I've stared at it so long my eyes hurt: def "
        "biggest(xs): best = xs[0]; for x in xs: if x > best: best = x. What am I missing?",
        "text_understanding",
    ),
    (
        "I host a tiny podcast about allotment gardening, maybe forty listeners, mostly retired folk who email me "
        "about slugs, and I've completely run dry on ideas after two years. Could you brainstorm fifteen episode "
        "titles and a one-line pitch for each, for autumn and winter?",
        "text_understanding",
    ),
    # image_understanding
    (
        "<image 0> My landlord sent me this photo of the patch on the bathroom ceiling and says it's 'just a bit "
        "of condensation', but I've lived here three winters and it's never looked like this. From the photo "
        "alone, does it look more like mould, water staining from a leak, or condensation?",
        "image_understanding",
    ),
    (
        "<image 0> This is a screenshot of the spending breakdown from my banking app for last month. My partner "
        "and I are trying to budget before the baby arrives and I can't make sense of the chart. Which category is "
        "the biggest, and roughly how much does it say?",
        "image_understanding",
    ),
    (
        "<image 0> Here's a photo of the whiteboard from this morning's planning meeting. Our note-taker was off "
        "sick and I promised the team I'd write it all up, but my own notes from it are illegible. Please "
        "transcribe everything written on the board.",
        "image_understanding",
    ),
    (
        "<image 0> Our internet has been dropping every evening for a week, and the support line wants me to tell "
        "them which lights are on. This is the back and front of the router. Can you tell me which lights are lit, "
        "what colour they are, and what the labels next to them say?",
        "image_understanding",
    ),
    (
        "<image 0> I'm sorting out my late father's paperwork and found this concert ticket stub tucked in his "
        "wallet. I'd love to know what it was. What does it say: the band, the venue, the date and the seat?",
        "image_understanding",
    ),
    # video_understanding
    (
        "<video 0> Our parcel went missing yesterday and the courier swears it was delivered. This is the doorbell "
        "camera clip from around two o'clock. There's no sound on it, which is fine. Can you describe the person "
        "who comes to the door, what they're wearing, and whether they leave or take anything?",
        "video_understanding",
    ),
    (
        "<video 0> I've been going back and forth with an app's support team for two weeks because it keeps "
        "freezing. I made this screen recording of it happening. Could you list, step by step, what I tap before "
        "the screen freezes so I can send them the exact steps?",
        "video_understanding",
    ),
    (
        "<video 0> My daughter's under-nines football match, filmed from the touchline by my husband who kept "
        "wandering off. She swears she scored twice. Watching the clip, how many times does the ball go into the "
        "net, and which team's kit is the scorer wearing?",
        "video_understanding",
    ),
    (
        "<video 0> I've been taking golf lessons since I retired and my coach keeps saying my hips are 'lazy', "
        "whatever that means. Here's a clip of my swing filmed from the side. Describe what my hips and shoulders "
        "are doing during the swing.",
        "video_understanding",
    ),
    (
        "<video 0> Someone pulled out in front of me at a junction last week and their insurer is disputing it. "
        "This is my dashcam footage. What colour and type of car pulls out, and can you see its indicator flashing "
        "before it moves?",
        "video_understanding",
    ),
    # text_to_image
    (
        "My kids' school is doing a bake sale next Friday and somehow I've ended up in charge of the poster, even "
        "though I told the PTA I can't draw. Could you generate a cheerful image of a table piled with cupcakes "
        "and jam tarts, bunting overhead, in portrait A4 proportions, with space at the top for text?",
        "text_to_image",
    ),
    (
        "My band has been together since college and we're finally putting out an EP on streaming. We need cover "
        "art and our drummer's attempt was frankly embarrassing. Generate a square image of an empty neon-lit "
        "diner at 3am, rain on the windows, moody teal and pink.",
        "text_to_image",
    ),
    (
        "I've had the same default phone wallpaper for four years and my teenager is mocking me about it. I like "
        "misty forests and old stone bridges. Could you make me a tall 9:16 image of a stone bridge over a stream "
        "in a foggy pine forest at dawn?",
        "text_to_image",
    ),
    (
        "I write a small blog about burnout in remote work, mostly stuff I learned the hard way, and my next post "
        "needs a header. Generate a wide illustration of a laptop glowing on a kitchen table at 2am, a cold mug of "
        "tea beside it, soft flat colours.",
        "text_to_image",
    ),
    (
        "My nephew's starting a YouTube channel about fishing and asked me, the 'arty' aunt, for a banner. Please "
        "make a wide 16:9 image of a calm lake at sunrise with a small rowing boat and a fishing rod leaning over "
        "the side.",
        "text_to_image",
    ),
    # text_to_video
    (
        "I run a small yoga studio and I'm redoing the website myself because the agency quotes were insane. I "
        "want a calm background loop at the top of the homepage. Could you generate a few seconds of slow ocean "
        "waves rolling onto a beach at dawn? It doesn't need sound.",
        "text_to_video",
    ),
    (
        "I'm giving a presentation at work next week about our new approval process, and I want a light-hearted "
        "opener. Please make a short video of a paper aeroplane gliding across an open-plan office and landing on "
        "a desk.",
        "text_to_video",
    ),
    (
        "My cafe is finally on Instagram after my daughter nagged me for a year, and she says stories need "
        "'motion'. Could you make a short vertical clip of coffee being poured into a white cup in slow motion, "
        "steam rising?",
        "text_to_video",
    ),
    (
        "I'm making a little explainer for new staff about our shift rota and the dull slides are putting people "
        "to sleep. Generate a short cartoon video of a round red alarm clock bouncing and spinning on a desk.",
        "text_to_video",
    ),
    (
        "I'm putting together a relaxation video for my meditation group and I'll add my own recorded voice and "
        "music afterwards in another program. I just need the visuals: a few seconds of rain running down a window "
        "at night with city lights blurred behind it, silent.",
        "text_to_video",
    ),
    # image_edit
    (
        "<image 0> This is from my cousin's wedding, and it's genuinely the best photo of me from the last five "
        "years, but my ex is standing right next to me grinning. We broke up in a fairly dramatic way. Please "
        "remove him from the photo and fill in the background naturally.",
        "image_edit",
    ),
    (
        "<image 0> This is a screenshot of the mockup for our team's app. The client had one note after three "
        "meetings: the 'Continue' button should be green instead of orange. Please change the button colour to "
        "green and leave everything else untouched.",
        "image_edit",
    ),
    (
        "<image 0> <image 1> We're selling our flat and the spare room still has my son's drum kit in the corner, "
        "which the estate agent says puts buyers off. The second image is a mask over the drum kit. Please replace "
        "the masked area with a tidy bookshelf.",
        "image_edit",
    ),
    (
        "<image 0> I sell handmade candles on Etsy and the marketplace rules want a plain background, but I shot "
        "this on my kitchen counter with the kettle and a pile of post behind it. Please replace the background "
        "with plain white.",
        "image_edit",
    ),
    (
        "<image 0> This is an old photo of my grandparents on their wedding day, the only one left after the house "
        "flood. It's covered in scratches and a crease. Could you remove the scratches and crease and colourise it "
        "with natural tones?",
        "image_edit",
    ),
    # image_control
    (
        "<image 0> I teach a dance class and I extracted this pose skeleton from a photo of one of the students "
        "mid-leap. I'm making a poster for the summer show. Generate a dancer in a flowing red dress in exactly "
        "this pose, on a dark stage with a spotlight.",
        "image_control",
    ),
    (
        "<image 0> This is an edge map of my kitchen floor plan sketch, which I traced from the estate agent's "
        "brochure. Before I spend money on builders, generate a realistic interior render of a bright Scandinavian "
        "kitchen that follows these edges.",
        "image_control",
    ),
    (
        "<image 0> My phone's portrait mode saved this depth map along with a photo of my garden. My son wants a "
        "fantasy poster for his bedroom. Please generate a misty elven castle scene that follows this depth map.",
        "image_control",
    ),
    (
        "<image 0> My five-year-old drew this scribble of a dragon and has asked every day for a week if it can be "
        "'made real'. Please generate a polished storybook illustration of a friendly green dragon following the "
        "shape of her scribble.",
        "image_control",
    ),
    (
        "<image 0> These are the canny edges of my shop front, which I'm thinking of repainting. To see the vibe "
        "before I commit, generate an image of the shop as a 1950s American diner following these edges exactly.",
        "image_control",
    ),
    # image_reference
    (
        "<image 0> This is Biscuit, my rescue greyhound, who has been through a lot and is finally happy. It's her "
        "'gotcha day' next week and I want to print something silly for the fridge. Generate an image of this "
        "exact dog as an astronaut on the moon.",
        "image_reference",
    ),
    (
        "<image 0> I've been job hunting for four months and a recruiter told me my profile photo, a cropped "
        "holiday selfie, isn't doing me any favours. Using this photo of me, generate a professional headshot of "
        "me in a navy suit against a grey backdrop.",
        "image_reference",
    ),
    (
        "<image 0> This is one of the mugs I make in my garage pottery studio. I can't afford a product "
        "photographer and my shop listing looks sad. Please generate a new image of this same mug on a wooden cafe "
        "table with autumn leaves outside the window.",
        "image_reference",
    ),
    (
        "<image 0> My grandad was a postman for forty years and he always joked that he was a knight in another "
        "life. For his ninetieth, generate an image of him, from this photo, as a medieval knight in shining "
        "armour.",
        "image_reference",
    ),
    (
        "<image 0> This plush toy is the mascot for our little budgeting app, my co-founder sewed it herself. For "
        "our summer newsletter, generate an image of this same mascot relaxing on a beach under an umbrella.",
        "image_reference",
    ),
    # image_to_video
    (
        "<image 0> This is the last photo I took of our cat Pepper before she died in March, curled up in the sun "
        "on the windowsill. The kids miss her terribly. Could you animate this photo so she gently breathes and "
        "flicks her tail, just a few seconds?",
        "image_to_video",
    ),
    (
        "<image 0> I sell trainers I customise by hand, and product videos get way more clicks than stills, "
        "according to my friend who does marketing. Starting from this photo, make a short video where the camera "
        "slowly circles around the shoe.",
        "image_to_video",
    ),
    (
        "<image 0> This is a watercolour of the hills behind our village that I painted last summer. My art group "
        "is doing a little online showcase. Could you animate it so the clouds drift and the grass sways a little?",
        "image_to_video",
    ),
    (
        "<image 0> This is our favourite wedding photo, everyone lined up on the church steps. For the anniversary "
        "slideshow I want a short video that ends on exactly this photo, with guests walking in and taking their "
        "places. Use it as the last frame.",
        "image_to_video",
    ),
    (
        "<image 0> I stream on Twitch a couple of nights a week and I want a 'starting soon' screen that isn't "
        "static. This is the landscape I drew for it. Animate it so the waterfall flows and the mist moves; I'll "
        "handle the music in my streaming software.",
        "image_to_video",
    ),
    # video_reference
    (
        "<image 0> This is Bolt, the cartoon lightning-bolt mascot for our electrician business, drawn by my "
        "daughter. We want something for our Facebook page. Make a short video of this exact mascot waving and "
        "giving a thumbs-up.",
        "video_reference",
    ),
    (
        "<image 0> My son can't sleep without this teddy bear, Captain Ted, who has been through the washing "
        "machine about a hundred times. For his birthday I'd love a short video of this same bear walking through "
        "a sunny forest.",
        "video_reference",
    ),
    (
        "<image 0> This is my 1967 Beetle that I restored in the garage over six years, much to my wife's "
        "annoyance. Could you generate a short video of this car driving along a coastal road at sunset?",
        "video_reference",
    ),
    (
        "<image 0> This is my mum, who has been saying for years that she wished she'd learned to salsa. For her "
        "sixtieth, please make a short video of this woman dancing at a colourful party.",
        "video_reference",
    ),
    (
        "<image 0> I make lamps out of old wine bottles and sell them at markets. This is my best one. Please make "
        "a short video of this same lamp on a bedside table as the room slowly gets dark and the lamp glows.",
        "video_reference",
    ),
    # video_edit
    (
        "<video 0> We filmed the kids' nativity walk-through in the garden in October and it's going in our "
        "Christmas family video. It looks far too autumnal. Please edit this video so it's snowing, with a light "
        "dusting on the ground.",
        "video_edit",
    ),
    (
        "<video 0> This is a promo clip for our car-valeting business, but the red car in it belongs to a customer "
        "who has since asked not to be identifiable. Please change the red car to a dark blue one throughout the "
        "video.",
        "video_edit",
    ),
    (
        "<video 0> My teenage son and his friends filmed themselves skateboarding at the park, and he's obsessed "
        "with anime. For his birthday, could you turn this video into an anime-style cartoon look?",
        "video_edit",
    ),
    (
        "<video 0> We filmed a short intro for our company's internal training video and I realised afterwards I'm "
        "wearing a T-shirt with another brand's big logo. Please remove the logo from my shirt for the whole clip.",
        "video_edit",
    ),
    (
        "<video 0> My grandad's stories about the seventies inspired a little short film my drama group is making. "
        "This is one of our scenes. Could you make it look like faded 1970s film footage with grain and warm "
        "colours?",
        "video_edit",
    ),
    # video_control
    (
        "<video 0> This is a pose-skeleton video I extracted from my dance routine for our studio's showcase. The "
        "theme is 'the future', so please generate a video of a sleek silver robot performing exactly these moves.",
        "video_control",
    ),
    (
        "<video 0> I walked down my hallway with my phone and ran it through an app that outputs a depth video. "
        "For my sci-fi short film, generate a video of a spaceship corridor that follows this depth video.",
        "video_control",
    ),
    (
        "<video 0> These are the edge maps from my skateboarding clip, frame by frame, which my friend made for "
        "me. Please generate a cartoon-style video of a fox on a skateboard following these edges.",
        "video_control",
    ),
    (
        "<video 0> Our drama club recorded a sword-fighting rehearsal and converted it into a pose control video. "
        "Generate a video of a knight in full armour following these exact poses in a castle courtyard.",
        "video_control",
    ),
    (
        "<video 0> This is a depth-map video from a drone flight over a quarry near my house. I'm making a fantasy "
        "trailer for my tabletop game group. Generate a video of a glowing crystal canyon that follows this depth "
        "video.",
        "video_control",
    ),
)
