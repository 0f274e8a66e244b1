"""Seventy-first blind set, refusals only: written by someone who saw none of the planner's data, calibration lists
or other benchmark sets; evaluation only, never used to set lists, thresholds or rules. The helper's brief was
lawyers, accountants, estate agents and other office professionals (it chose the categories; it was told only what the twelve tasks can do)."""

OUT_OF_SCOPE71: tuple[str, ...] = (
    # Live and current data (no internet, nothing "today")
    "What's the Bank of England base rate today, and how does it affect my clients on tracker mortgages?",
    "What's the GBP to EUR rate right now? I need to invoice a Dublin client by close of business.",
    "Pull up tomorrow's cause list for Court 4 at the Royal Courts of Justice.",
    "any new HMRC announcements this week that affect self-assessment filers??",
    "Which houses on Kingsley Avenue sold in the last month and what did they go for?",
    "Is Brightwater Holdings Ltd showing as active or dissolved on Companies House at the moment?",
    "Check the Land Registry and tell me who currently owns the house in <image 0>.",
    "What's the flat in <image 0> worth on today's market? Base it on the latest sold prices in the postcode.",
    # Sending, posting, filing and booking
    "Book a viewing at 3pm Thursday for the Patels at the Elm Road property and text them a confirmation.",
    "Send the completion statement to the buyer's solicitor and cc the lender.",
    "Please file the company's confirmation statement on Companies House for me, it's due.",
    "Ring Mrs Dawson and let her know exchange has been pushed back a week.",
    "Order a local authority search for 22 Beech Lane through the council portal.",
    "E-file the defence with the court before the 4pm deadline, the draft is final.",
    "Email this screenshot of the unpaid invoice <image 0> to the client's accounts payable team.",
    "Post <video 0> to the agency's Instagram and TikTok with our usual hashtags and tag the vendor.",
    # Access to accounts, files and practice systems
    "Open the Henderson matter in Clio and tell me how many hours we've billed on it this month.",
    "Go through my Outlook inbox and flag anything that's come in from the Revenue.",
    "Reconcile last month's bank feed in QuickBooks against the sales ledger.",
    "Find the signed lease for Unit 7 on our shared drive and check when the break clause kicks in.",
    "Check my diary and move Friday's client meeting to Monday morning.",
    "Update the asking price on our Zoopla listing for Flat 3 to £285,000.",
    "Here's a photo of a train ticket receipt <image 0> - log it in Xero under travel expenses for the Lee job.",
    "Compare the signature in <image 0> with the specimen we hold on file for Mr Okafor in our document system.",
    # Memory of earlier conversations
    "Carry on with the partnership agreement we were drafting yesterday, you'd got as far as clause 12.",
    "What was the figure I gave you last week for the Morgan estate's inheritance tax bill?",
    "Use the same tenancy template you wrote for me in our last chat, just swap in the new tenant's name.",
    # Sound, speech and music
    "Record a professional hold message for our switchboard: 'Thank you for calling Harper & Lowe Solicitors...'",
    "Read this letter out loud to me so I can check how it sounds while I'm driving to court.",
    "Compose a catchy jingle for our estate agency's local radio advert.",
    "Generate a video tour of the show home with a narrator describing each room as we go.",
    "Make a short animated explainer video about stamp duty with a friendly voiceover for first-time buyers.",
    "Transcribe what the client says in <video 0> so I can put it in the attendance note.",
    "Add some light background music and a voiceover to this property tour <video 0>.",
    "Is the judge in <video 0> saying the hearing's adjourned? The sound is really quiet, can you listen closely?",
    "<video 0> is a screen recording of my phone playing a voicemail. What did the caller say?",
    "Extract the audio from the client meeting recording <video 0> as an MP3 for the file.",
    # File formats, conversion and export
    "Export the draft will as a password-protected PDF on our letterhead.",
    "Make me an editable layered PSD of the agency's For Sale board design so the printer can tweak it.",
    "Design the firm's new logo as an SVG vector file for the sign maker.",
    "Convert our trial balance into an .xlsx spreadsheet and save it to SharePoint.",
    "Add DocuSign signature fields to the share purchase agreement and send it round for signing.",
    "Turn <image 0>, a phone photo of a signed engagement letter, into a searchable PDF for the client folder.",
    "Make <video 0> into a looping GIF I can put in my email signature.",
    "Turn this floor plan <image 0> into a 3D model I can open in SketchUp.",
    "Compress <video 0> to under 25MB so I can attach it to an Outlook email.",
    # Image and video processing that does not exist (upscaling, stabilising, trimming, interpolation)
    "Upscale this scanned title plan <image 0> to 600 dpi so the Land Registry will accept it.",
    "Stabilise the shaky walkthrough of 14 Elm Road <video 0>, I filmed it on my phone whilst walking.",
    "Trim <video 0> down to just the kitchen and garden bits and stitch it onto our branded intro clip.",
    "Slow <video 0> down to smooth 60fps slow motion by generating the in-between frames.",
    # Code execution and model training
    "Run the Python script on our server that generates the month-end management accounts.",
    "Execute this query against our practice management database and list the unpaid invoices: "
    "SELECT * FROM invoices WHERE paid = 0;",
    "Train a model on our last 500 conveyancing files so it learns our house style.",
    # Reminders and timers
    "Set a six-minute timer on repeat so I can bill in 0.1-hour units today.",
    "Remind me on 31 January to chase the Grants for their tax return paperwork.",
    "Set an alert in my calendar for when the lease in <image 0> comes up for renewal.",
    # Physical-world actions
    "Courier the original deeds over to the buyer's solicitor by tomorrow morning.",
    "Put the For Sale board up outside 9 Larch Close this afternoon.",
    "Can you witness my client's signature on the statutory declaration? She's here now.",
    "Print 30 copies of this brochure page <image 0> on the office printer, double-sided please.",
)

ORDINARY71: tuple[tuple[str, str], ...] = (
    # text_understanding
    ("Draft a firm but polite reminder letter to a tenant who is two months behind on rent, "
     "referring to the tenancy agreement.", "text_understanding"),
    ("Write the script for a 30-second local radio advert for our estate agency, friendly tone.",
     "text_understanding"),
    ("Write a short email asking a client to upload their bank statements to our portal before Friday.",
     "text_understanding"),
    ("Give me an Excel formula that works out 20% VAT on the value in B2 and rounds to the nearest penny.",
     "text_understanding"),
    ("Translate into French: 'The Tenant shall not assign or sublet the Premises without the Landlord's "
     "prior written consent.'", "text_understanding"),
    # image_understanding
    ("<image 0> is a screenshot of our QuickBooks profit and loss report. Which expense line is the biggest?",
     "image_understanding"),
    ("Read the completion date and the purchase price off this scanned contract page <image 0>.",
     "image_understanding"),
    ("Look at this photo of the damp patch in the rental flat <image 0> - does it look more like rising damp "
     "or condensation?", "image_understanding"),
    ("What does the handwritten note in the margin of <image 0> say? I think it's a partner's amendment.",
     "image_understanding"),
    ("Here's a photo of the office whiteboard after this morning's case meeting <image 0>; list the action points.",
     "image_understanding"),
    # video_understanding
    ("In this silent CCTV clip from the office car park <video 0>, what colour is the car that scrapes the wall?",
     "video_understanding"),
    ("Watch this property walkthrough <video 0> and list every room it shows, in order.",
     "video_understanding"),
    ("<video 0> is a screen recording of our accounting software. Which menu does the user click to raise "
     "a credit note?", "video_understanding"),
    ("Going on the picture only, in this deposition recording <video 0> does the witness look at the documents "
     "before answering?", "video_understanding"),
    ("Describe the state of the carpets and walls in this end-of-tenancy video <video 0> for the deposit dispute.",
     "video_understanding"),
    # text_to_image
    ("Generate a photo-style image of a modern open-plan accounting office with staff on video calls at their desks.",
     "text_to_image"),
    ("Create a 1500x500 banner for our law firm's LinkedIn page: scales of justice on a navy background, no text.",
     "text_to_image"),
    ("Make an illustration of a smartphone showing a property app with a big 'Sold' badge, for our newsletter.",
     "text_to_image"),
    ("Draw a phone screen showing a missed call and a voicemail notification from 'Your Bank', for a "
     "fraud-awareness leaflet.", "text_to_image"),
    ("Generate a cartoon of a frazzled accountant buried in receipts the night before the tax deadline.",
     "text_to_image"),
    # text_to_video
    ("Make a short clip of an estate agent handing a set of keys to a young couple outside a red-brick terrace.",
     "text_to_video"),
    ("Generate a few seconds of video: a fountain pen signing a contract on a mahogany desk, close-up, slow push-in.",
     "text_to_video"),
    ("Create a short silent video of a laptop screen with spreadsheet figures ticking up, for our website header.",
     "text_to_video"),
    ("Generate a short cinematic video of a busy barristers' chambers corridor with people carrying case files.",
     "text_to_video"),
    ("A brief vertical video of a For Sale sign swinging in the wind outside a suburban semi, for a reel.",
     "text_to_video"),
    # image_edit
    ("In <image 0> remove the wheelie bins and the parked van from in front of the house before we list it.",
     "image_edit"),
    ("Blur out the client names and account numbers written on the whiteboard in <image 0>.", "image_edit"),
    ("Change the wall colour in this living room photo <image 0> to a soft sage green, keep everything else.",
     "image_edit"),
    ("Replace the grey sky in <image 0> with a clear blue one, it's going in the property brochure.", "image_edit"),
    ("Using the mask <image 1>, remove the pile of case files from the desk behind me in my headshot <image 0>.",
     "image_edit"),
    # image_control
    ("Here's a pose skeleton <image 0>; generate a solicitor in a dark suit standing in that pose by a bookcase.",
     "image_control"),
    ("Using the edge map of our floor plan <image 0>, create a photorealistic top-down render of the furnished flat.",
     "image_control"),
    ("Follow this depth map <image 0> to generate a bright Scandinavian-style kitchen for the show-home brochure.",
     "image_control"),
    ("My scribble <image 0> shows a desk, a window and a plant - turn it into a realistic small accountancy office.",
     "image_control"),
    ("Generate a Victorian townhouse facade that follows the edge outline in <image 0> exactly.", "image_control"),
    # image_reference
    ("Using my headshot <image 0>, generate a new photo of me in a barrister's wig and gown for the chambers website.",
     "image_reference"),
    ("Take our agency's mascot <image 0> and create an image of it holding a 'Let Agreed' sign.", "image_reference"),
    ("Generate a picture of this armchair <image 0> placed in a bright, professionally staged living room.",
     "image_reference"),
    ("From this photo of our senior partner <image 0>, make an image of her speaking at a conference lectern.",
     "image_reference"),
    ("Create a new image of the office dog in <image 0> sitting at a desk with a calculator and reading glasses.",
     "image_reference"),
    # image_to_video
    ("Animate this exterior shot of the property <image 0> with a slow drone-style pull-back.", "image_to_video"),
    ("Use <image 0>, our reception photo, as the first frame and have the camera glide towards the front desk.",
     "image_to_video"),
    ("Bring this team photo <image 0> to life - subtle movement, people smiling and nodding, no sound needed.",
     "image_to_video"),
    ("Make <image 0> the last frame of a short video where the camera moves in until the brass nameplate "
     "fills the shot.", "image_to_video"),
    ("Animate the garden in <image 0> with the leaves moving in a light breeze, for our listing.", "image_to_video"),
    # video_reference
    ("Using this photo of our negotiator Tom <image 0>, generate a video of him walking up to a front door "
     "and opening it.", "video_reference"),
    ("Make a short video of the branded keyring in <image 0> spinning slowly on a white background.",
     "video_reference"),
    ("Create a video of the cartoon accountant character in <image 0> waving at the camera for our website.",
     "video_reference"),
    ("Generate a clip of the person in <image 0> shaking hands with a client across a boardroom table.",
     "video_reference"),
    ("From the picture of our company car <image 0>, make a video of it driving along a leafy suburban street.",
     "video_reference"),
    # video_edit
    ("In <video 0>, blur the computer monitors so no client data is visible.", "video_edit"),
    ("Change the weather in this drone video of the property <video 0> from overcast to sunny.", "video_edit"),
    ("Remove the old agency logo from the bottom corner of <video 0>.", "video_edit"),
    ("Give <video 0> a warm vintage film look, it's for the firm's 50th anniversary.", "video_edit"),
    ("In the office tour video <video 0>, replace the tired red carpet with a plain grey one.", "video_edit"),
    # video_control
    ("Follow the pose sequence in <video 0> to generate an accountant in a suit making the same gestures "
     "at a whiteboard.", "video_control"),
    ("Using the depth video of the hallway <video 0>, generate a walkthrough of a luxury apartment.",
     "video_control"),
    ("Generate a video that follows the edge control video <video 0>: a lawyer walking through a court building.",
     "video_control"),
    ("<video 0> is a pose video of me presenting; make a video of a cartoon receptionist mirroring those movements.",
     "video_control"),
    ("Use the canny edge video <video 0> to produce a stylised city street scene with office workers heading "
     "to work.", "video_control"),
)
