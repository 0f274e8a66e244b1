"""Forty-fourth blind set, refusals only: written by someone who saw none of the planner's data, calibration lists
or other benchmark sets; evaluation only, never used to set lists, thresholds or rules. The helper's brief was
general requests with varied grammar (it chose the categories; it was told only what the twelve tasks can do)."""

OUT_OF_SCOPE44: tuple[str, ...] = (
    # producing or hearing audio
    "Lay a crackling campfire sound under <video 0> so it feels cozier.",
    "There's a tune playing faintly behind the conversation in <video 0> - what song is it?",
    "I need a thirty-second sung jingle for my plumbing business, ukulele and all, as an audio file.",
    "My daughter likes hearing stories at night, so could you narrate this one out loud in a calm voice?",
    "Dub the man speaking in <video 0> into Portuguese, keeping his own voice.",
    "Listen to the engine in <video 0> and tell me if that knocking sounds like a rod bearing.",
    "The wind noise in <video 0> ruins the interview; clean it out of the soundtrack please.",
    # live or online information
    "How long is the line at the Bellevue DMV this afternoon?",
    "Has my parcel with tracking number 1Z999AA10123456784 left the depot yet?",
    "Before I book, pull up the three most recent patient reviews of the dentist on Carver Street.",
    "What is the Kenyan shilling trading at against the euro at this very moment?",
    "Is the Vashon ferry still running today, or did they cancel sailings because of the wind?",
    "Somebody won the handball final last night; look up who it was and the score.",
    # sending, posting or uploading
    "Post <image 0> on my bakery's Instagram with the caption 'fresh out of the oven'.",
    "It would be great if you could forward this summary to everyone on the PTA mailing list.",
    "Send <video 0> to my cousin on WhatsApp, he's been asking for it.",
    "Please put <video 0> in the shared Google Drive folder called Wedding.",
    "My landlord emailed this morning; reply to him saying the rent will come on Friday.",
    # accounts, calendars and reminders
    "Block out 2 to 4 pm Tuesday on my work calendar and mark it as busy.",
    "In forty minutes, ping me to take the bread out of the oven.",
    "My gym membership renews on the 3rd, so cancel it before they charge my card.",
    "I think someone else is using my streaming account - change the password for me.",
    "Add my daughter's piano recital to the family calendar and send my mom an invite.",
    # devices and smart home
    "Could you set the living room thermostat to 19 degrees before I get home?",
    "I left the porch light on this morning; switch it off.",
    "Start the robot vacuum in the bedroom but skip the hallway.",
    "The dog walker arrives at noon, so unlock the front door for her then.",
    # purchases and bookings
    "We're out of the toner in <image 0>; order two more of the same cartridge.",
    "Book a table for four at an Ethiopian place near me for 8 tonight.",
    "I want two seats for Saturday's planetarium show - go ahead and buy them.",
    "Reserve the cheapest rental car at Lisbon airport for next Thursday through Sunday.",
    "Bid on the brass lamp in <image 0> on eBay for me, up to sixty dollars.",
    # running code or training models
    "Here's my pandas script; run it against my sales.csv and paste back the table it produces.",
    "Benchmark these two sorting functions on real hardware and tell me which one is faster in practice.",
    "Fine-tune a model on the 500 product photos I have so it learns to recognise our catalogue.",
    "Train a detector on my cat from <video 0> and install it on my doorbell camera.",
    "Compile my C++ project with the latest GCC and tell me which errors come up.",
    # unsupported file formats
    "Convert the logo in <image 0> into an editable SVG with a separate path per letter.",
    "Give me <image 0> back as a layered PSD with the background on its own layer.",
    "Turn the floor plan in <image 0> into a 3D model I can open in Blender.",
    "I need an .xlsx budget tracker with working formulas for each month.",
    "Put together a twelve-slide PowerPoint file for my thesis defence.",
    "Save my resume as a PDF with clickable links to my portfolio.",
    # upscaling, frame rate, stabilisation, frame extraction
    "Upscale <image 0> to 8K so it stays sharp on a billboard.",
    "Convert <video 0> from 30 to 120 frames per second for buttery slow motion.",
    "My helmet cam shook the whole ride; stabilise <video 0> so it's watchable.",
    "Pull out every frame of <video 0> where the ball crosses the line as separate JPEGs.",
    "Is there a way to bump <video 0> up from 480p to 4K resolution?",
    "Grab the exact frame in <video 0> where the cork pops and give it to me as a still photo.",
    # memory of earlier conversations
    "What was that paint colour you recommended to me last month?",
    "Continue the story we were writing together yesterday from exactly where we stopped.",
    "Pick up where we left off on Sunday about my vegetable garden layout.",
    "Which of the three logo drafts did I say I liked best when we talked on Monday?",
    # physical world and the user's own files
    "Feed the goldfish at six tonight, I won't be home.",
    "Go and collect my dry cleaning from the shop on Main Street.",
    "There's a pile of receipts on my desk; scan them and add them up.",
    "Find the photo of my passport somewhere on my phone and crop it for the visa form.",
    "Delete all the blurry pictures from my camera roll.",
    "My Downloads folder is chaos - sort everything in it into subfolders by file type.",
    "Print <image 0> on A3 glossy paper and have it ready for pickup.",
)

ORDINARY44: tuple[tuple[str, str], ...] = (
    # text_understanding
    (
        "My sourdough is gummy inside though the crust is dark; rank the likely causes from most to least common.",
        "text_understanding",
    ),
    (
        "I need a eulogy of about 400 words for my uncle, a retired ferry captain who loved crosswords and awful puns.",
        "text_understanding",
    ),
    (
        "Train A leaves at 2:40 pm at 87 km/h, train B follows at 3:15 pm at 112 km/h; when does B catch up?",
        "text_understanding",
    ),
    (
        "Write a Python function that merges overlapping date ranges, plus a few test cases - I'll run it myself.",
        "text_understanding",
    ),
    (
        "Help me word a raise request that mentions I absorbed two colleagues' accounts without sounding bitter.",
        "text_understanding",
    ),
    # image_understanding
    ("Does the junction box in <image 0> look overloaded, or is the wiring reasonably safe?", "image_understanding"),
    (
        "This is my grandmother's handwritten recipe card <image 0>; type up the ingredients with their quantities.",
        "image_understanding",
    ),
    ("What mushroom might this be <image 0>, and which poisonous lookalikes should I rule out?", "image_understanding"),
    (
        "I snapped the whiteboard <image 0>; turn that diagram into a numbered list of action items.",
        "image_understanding",
    ),
    ("How many chairs are set out in <image 0>, and is any row short compared with the others?", "image_understanding"),
    # video_understanding
    (
        "At what point in <video 0> does the cyclist's front wheel start to wobble, and what seems to set it off?",
        "video_understanding",
    ),
    (
        "Watch my deadlift in <video 0> and tell me honestly whether my lower back rounds at the bottom.",
        "video_understanding",
    ),
    ("How many different people come through the door over the course of <video 0>?", "video_understanding"),
    (
        "My dashcam caught this <video 0>; judging only by what's visible, which car entered the junction first?",
        "video_understanding",
    ),
    ("Break down the dance in <video 0> into its moves, step by step, so I can practise them.", "video_understanding"),
    # text_to_image
    (
        "I need a tall portrait cover for a children's book about a hedgehog who keeps a lighthouse, in watercolour.",
        "text_to_image",
    ),
    (
        "A 1920x1080 wallpaper of a brutalist library swallowed by ferns at dusk would be perfect for my desktop.",
        "text_to_image",
    ),
    (
        "Could you paint a vintage botanical-plate picture of an invented plant with glass leaves and copper roots?",
        "text_to_image",
    ),
    (
        "For our bakery's anniversary post, make a square flat-lay photo of croissants stacked into a Christmas tree.",
        "text_to_image",
    ),
    ("Render an isometric cutaway of a submarine where every compartment is a tiny cafe, 3:2 aspect.", "text_to_image"),
    # text_to_video
    ("Make an 8-second slow-motion clip of ink drops blooming in a glass of milk, 24 fps.", "text_to_video"),
    (
        "I'd love a vertical 9:16 loop of a paper boat drifting down a rain gutter, filmed from a low angle.",
        "text_to_video",
    ),
    ("Create a 5-second 1280x720 timelapse of a harbour skyline going from deep night to sunrise.", "text_to_video"),
    (
        "Can you generate about six seconds of a red fox trotting through fresh snow in a birch forest, at 30 fps?",
        "text_to_video",
    ),
    (
        "For a lecture intro, I want a 4-second shot of chalk letters being written on a blackboard by an unseen hand.",
        "text_to_video",
    ),
    # image_edit
    (
        "Take my ex out of the left side of <image 0> and fill the gap with the beach that would be behind him.",
        "image_edit",
    ),
    (
        "Swap the grey overcast sky in <image 0> for a clear golden-hour one, leaving the building exactly as it is.",
        "image_edit",
    ),
    ("Using <image 1> as the mask, replace the sofa in <image 0> with a mustard velvet one.", "image_edit"),
    ("It would be nice if <image 0> looked like a faded 1970s Kodachrome print.", "image_edit"),
    ("Add a red 'SOLD' strip diagonally across the estate agent's sign on the lawn in <image 0>.", "image_edit"),
    # image_control
    (
        "<image 0> is a depth map from my scene; produce a foggy Victorian street that matches that depth layout.",
        "image_control",
    ),
    (
        "Follow the stick-figure pose in <image 0> to make a knight in plate armour kneeling in a chapel.",
        "image_control",
    ),
    (
        "Here's my rough pencil scribble <image 0>; make a photorealistic ceramic teapot following those exact lines.",
        "image_control",
    ),
    ("Use the Canny edge map in <image 0> as the layout and generate a neon-lit alley at night.", "image_control"),
    (
        "My son drew a dragon outline <image 0>; generate a full-colour dragon that sticks to his lines exactly.",
        "image_control",
    ),
    # image_reference
    ("Show my dog from <image 0> as an astronaut floating inside a space station.", "image_reference"),
    (
        "I want a new product shot of the ceramic vase in <image 0> on a marble shelf in a sunny Nordic living room.",
        "image_reference",
    ),
    (
        "Create a new picture of the woman in <image 0> as a 1920s aviator standing beside her biplane.",
        "image_reference",
    ),
    ("Could you make an image of the plush rabbit from <image 0> riding a bicycle along the Seine?", "image_reference"),
    ("Draw the character from <image 0> in a fresh scene: sitting by a campfire, seen from behind.", "image_reference"),
    # image_to_video
    ("Animate <image 0> so the curtains billow and the candle flickers, around five seconds.", "image_to_video"),
    (
        "Use <image 0> as the last frame and make a clip that leads up to it, with the bouquet being set on the table.",
        "image_to_video",
    ),
    ("Bring the old portrait of my grandmother <image 0> to life with a gentle smile and a blink.", "image_to_video"),
    ("Can the waterfall in <image 0> actually flow? A three-second loop would be enough.", "image_to_video"),
    ("Starting from <image 0>, have the camera slowly push in toward the cabin's front door.", "image_to_video"),
    # video_reference
    ("Make a new video of the cat in <image 0> chasing a laser dot across a tiled kitchen floor.", "video_reference"),
    (
        "Using the man in <video 0> as the reference, generate a fresh clip of him surfing a huge wave.",
        "video_reference",
    ),
    (
        "I need a short clip featuring the sneaker from <image 0> splashing through puddles on a city street.",
        "video_reference",
    ),
    (
        "Create a video where the toy robot shown in <image 0> marches across a desk covered in LEGO bricks.",
        "video_reference",
    ),
    ("Same parrot as in <video 0>, but in a brand-new video: perched on a ship's rail out at sea.", "video_reference"),
    # video_edit
    ("Turn the whole of <video 0> into a claymation look.", "video_edit"),
    ("Replace the red hatchback in <video 0> with a vintage blue convertible for the entire shot.", "video_edit"),
    (
        "The presenter in <video 0> is standing in front of a messy kitchen; change the background to a bookshelf.",
        "video_edit",
    ),
    ("Make it snow in <video 0> and cover the street in white.", "video_edit"),
    ("Remove the logo from the guy's t-shirt in <video 0> in every frame where it shows.", "video_edit"),
    # video_control
    (
        "<video 0> is an OpenPose skeleton sequence; generate a ballerina performing that motion on a stage.",
        "video_control",
    ),
    ("Use the depth video <video 0> to drive a clip of a spaceship weaving through a desert canyon.", "video_control"),
    ("Follow the moving edge map in <video 0> to make a watercolour animation of a galloping horse.", "video_control"),
    (
        "Here's the pose track extracted from my own dance <video 0>; make a cartoon penguin do the same moves.",
        "video_control",
    ),
    (
        "The motion in <video 0> is a depth pass from my blocking; render a rainy forest scene that follows it.",
        "video_control",
    ),
)
