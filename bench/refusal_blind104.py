"""One-hundred-and-fourth blind set, refusals only: written by someone who saw none of the planner's data, calibration
lists or other benchmark sets; evaluation only, never used to set lists, thresholds or rules. The helper's brief was
farmers, smallholders and rural businesses, a third hurried commands, a third questions, a third with an attached
image or video (it chose the categories; it was told only what the twelve tasks can do)."""

OUT_OF_SCOPE104: tuple[str, ...] = (
    # live or current information
    "What's the deadweight lamb price at Welshpool market this morning?",
    "Is it going to rain on my hay field near Hereford tomorrow afternoon?",
    "Has the bluetongue restriction zone moved again this week?",
    "Who won supreme beef champion at the Royal Highland Show yesterday?",
    "How much is the tractor in <image 0> going for on the used market right now?",
    "The courier label in <image 0> has a tracking number, where's my parcel of ear tags at the moment?",
    # sending, posting, sharing, uploading
    "Email the vet yesterday's TB test readings",
    "Put <image 0> up on the farm shop Instagram with a caption about our new asparagus",
    "Text my contractor that silage cutting has moved to Thursday",
    "Share <video 0> in the Young Farmers WhatsApp group",
    "Upload this month's milk records to the co-op portal",
    "Fax <image 0> over to the insurance company for the storm damage claim",
    "Enter <image 0> into the county show photography competition for me",
    # booking, buying, paying, cancelling, accounts
    "Book the AI technician for heifer 214 on Monday",
    "Order 20 bags of 18-8-8 fertiliser from the merchant",
    "Pay the auction mart invoice for last week's store cattle",
    "Cancel the shearing gang for Friday, the weather's turned",
    "Log in to my Rural Payments account and check where the SFI claim is up to",
    "Find the cheapest dealer for the PTO shaft in <image 0> and buy one",
    "Would it be possible to reserve two glamping pitches for the Jones family over the August bank holiday?",
    "Check the invoice number on <image 0> against our online bank statement",
    # sound, music, voice
    "Record a friendly voiceover for our farm holiday advert",
    "Jingle for the farm shop radio spot, something catchy with a fiddle",
    "Add cockerel crowing and birdsong to <video 0>",
    "Read the lambing checklist out loud while I'm in the shed",
    "Is there a way you could generate the sound of a ewe calling her lamb so I can train the pup?",
    "Over <video 0> of the sheepdog trial, dub in an excited commentator's voice",
    # controlling devices, apps, alarms, reminders, calendars
    "Set an alarm for 2am to check the calving heifer",
    "Remind me in three weeks to drench the ewes",
    "Turn on the heat lamps in the farrowing shed",
    "Start the irrigation pivot on the north field",
    "Add the ram sales to my Google calendar",
    "Open the automatic gate on the top yard, the lorry's here",
    "Switch the milking robot over to its cleaning cycle",
    "Set the sprayer's section control to match the settings in <image 0>",
    # other file formats
    "Produce a PDF price list for the farm shop I can print",
    "Type the flock records in <image 0> into an Excel spreadsheet",
    "Design a 3D printable model of a calf hutch",
    "Slides for my talk at the grassland society, ten of them, as a PowerPoint file",
    "Convert our farm logo in <image 0> into an SVG for the sign maker",
    "Turn the field boundaries in <image 0> into a shapefile for the GPS guidance",
    "I need a fillable PDF waiver form for pick-your-own customers, can you make it?",
    # running code
    "Execute the yield calculator script on our office PC and report the numbers",
    "Run my herd-management macro on last season's data",
    # memory across conversations
    "Remember that cow 88 is lame on the back left foot, and bring it up next time I talk to you",
    "What did I tell you last week about the barley seed rate?",
    "Keep a running tally of eggs collected each day this month",
    # physical actions
    "Go and check whether the water trough in the bottom paddock is full",
    "Feed the calves tonight for me, I'm stuck at the show",
    "Collect the mower from the repair shop on your way past",
    "Print <image 0> on A3 for the show stand",
    # reading audio
    "Those bids the auctioneer calls in <video 0>, what are they? I can't make them out",
    "Transcribe the voicemail the feed rep left this morning",
    "Write down every word the presenter speaks in <video 0>",
    "Listen to the voice note of my cow coughing and tell me if it's pneumonia",
    "From the engine noise in <video 0>, is a bearing going?",
    # phone calls and other real-world errands
    "Call the farrier and ask if he can come Thursday",
    "Ring round the local butchers and see who'll take two finished pigs",
    "Look up this animal's movement history on the cattle tracing system, the ear tag is in <image 0>",
    "Apply for the hedgerow grant on my behalf before the deadline",
)  # exactly 60 requests nothing above can fully serve

ORDINARY104: tuple[tuple[str, str], ...] = (
    # text_understanding
    ("Explain the difference between silage and haylage for someone new to beef farming", "text_understanding"),
    ("Quick list of signs a ewe is about to lamb", "text_understanding"),
    ("Draft a polite note for the neighbours about muck spreading next week", "text_understanding"),
    ("Why do my polytunnel tomatoes keep getting blossom end rot?", "text_understanding"),
    ("Translate 'Fresh eggs, honesty box, please leave correct change' into Welsh", "text_understanding"),
    # image_understanding
    ("What breed is the heifer in <image 0>?", "image_understanding"),
    ("Count the sheep in <image 0>, need a rough number before I move them", "image_understanding"),
    ("Brown spots on my apple leaves in <image 0>, what's causing them?", "image_understanding"),
    ("Read me the serial number off the tractor plate in <image 0>", "image_understanding"),
    ("Does the hay bale in <image 0> look mouldy to you?", "image_understanding"),
    # video_understanding
    ("Is the cow in <video 0> walking lame, and on which leg?", "video_understanding"),
    ("Describe what my dog is doing wrong at the pen in <video 0>", "video_understanding"),
    ("How many calves come through the gate in <video 0>?", "video_understanding"),
    ("Tell me whether the baler in <video 0> is tying its knots properly", "video_understanding"),
    ("Any sign of the fox in <video 0> from the trail camera?", "video_understanding"),
    # text_to_image
    ("Picture of a cosy shepherd's hut at sunset for our glamping website", "text_to_image"),
    ("Draw a cartoon cow holding a bottle of milk for the farm shop sign", "text_to_image"),
    ("Fancy making an image of families picking pumpkins in a field, golden autumn light?", "text_to_image"),
    ("Generate a retro poster-style illustration of a vintage tractor for the steam rally", "text_to_image"),
    ("Need a photo-realistic shot of a strawberry field at dawn for a PYO flyer", "text_to_image"),
    # text_to_video
    ("Short clip of lambs skipping about in a spring meadow", "text_to_video"),
    ("Combine working a golden wheat field at sunset, drone view, as a video", "text_to_video"),
    ("I'd love a few seconds of footage of bees on apple blossom for the orchard's website", "text_to_video"),
    ("A slow pan across a misty farmyard with chickens pecking, as a video please", "text_to_video"),
    ("Video of a tractor pulling a trailer of hay bales down a country lane", "text_to_video"),
    # image_edit
    ("Remove the muck heap from the background of <image 0>", "image_edit"),
    ("In <image 0> swap the rusty gate for a new wooden one", "image_edit"),
    ("Make the grass in <image 0> look greener for the holiday let listing", "image_edit"),
    ("Can you put a couple of sheep grazing on the empty paddock in <image 0>?", "image_edit"),
    ("Turn <image 0> of our farmhouse into a watercolour painting", "image_edit"),
    # image_control
    ("Use the edge map in <image 0> to make a picture of a red barn in winter", "image_control"),
    ("Following the pose skeleton in <image 0>, show a farmer lifting a hay bale", "image_control"),
    ("<image 0> is a depth map of our yard, generate it as a busy market day keeping that depth", "image_control"),
    ("Here's my rough scribble of the farm shop front <image 0>, turn it into a realistic picture", "image_control"),
    ("Would you create an orchard scene that follows the outlines in <image 0>?", "image_control"),
    # image_reference
    ("Put our bull from <image 0> in a show ring wearing a red rosette", "image_reference"),
    ("Using the sheepdog in <image 0>, make a picture of her herding geese", "image_reference"),
    ("Our old Fergie tractor is in <image 0>, show it ploughing a field in autumn", "image_reference"),
    ("Could I get an image of the lady in <image 0> standing behind a farm shop counter full of cheeses?", "image_reference"),
    ("New picture of our goat from <image 0> wearing a Christmas hat in the snow", "image_reference"),
    # image_to_video
    ("Animate <image 0> so the windmill turns and the wheat sways", "image_to_video"),
    ("Bring <image 0> of the calves to life, have them wander towards the camera", "image_to_video"),
    ("Start from <image 0> as the first frame and have the tractor drive off down the lane", "image_to_video"),
    ("Can <image 0> be the last frame of a clip where the sun comes up over the orchard?", "image_to_video"),
    ("Hens in <image 0> should start pottering round the coop, make it a short video", "image_to_video"),
    # video_reference
    ("Pony from <image 0>, make a video of her trotting along a beach", "video_reference"),
    ("With the alpaca in <image 0>, create a clip of it grazing among buttercups", "video_reference"),
    ("Possible to get a video starring the farmer in <image 0> walking through his barley?", "video_reference"),
    ("That's our cockerel in <image 0>, video of him strutting across the yard at dawn please", "video_reference"),
    ("Short video featuring the quad bike in <image 0> climbing a muddy hill", "video_reference"),
    # video_edit
    ("Erase the parked car from <video 0> of the orchard tour", "video_edit"),
    ("Replace the grey sky in <video 0> with a clear blue one", "video_edit"),
    ("Could you make <video 0> look like old cine film, sepia and grainy?", "video_edit"),
    ("Swap the white fence in <video 0> for a dry stone wall", "video_edit"),
    ("Get rid of the quad bike driving across the back of <video 0>", "video_edit"),
    # video_control
    ("Copy the movement in <video 0> to make a video of a scarecrow dancing in a cornfield", "video_control"),
    ("Following my pose in <video 0> of me forking hay, make a cartoon farmer doing the same motion", "video_control"),
    ("<video 0> is a depth video of our lane, generate a new clip of a horse and cart travelling it to match", "video_control"),
    ("Can the motion of my sheepdog in <video 0> drive a new video of a wolf running the same path?", "video_control"),
    ("Take the tractor's route in <video 0> as the guide and make a new clip of a steam engine doing the same moves", "video_control"),
)  # exactly 60: five per task for each of the twelve tasks, in the order listed above, same people and style mix
