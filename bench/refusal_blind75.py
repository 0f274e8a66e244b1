"""Seventy-fifth blind set, refusals only: written by someone who saw none of the planner's data, calibration lists
or other benchmark sets; evaluation only, never used to set lists, thresholds or rules. The helper's brief was
nurses, doctors, pharmacists and clinic staff (it chose the categories; it was told only what the twelve tasks
can do)."""

OUT_OF_SCOPE75: tuple[str, ...] = (
    # Patient records and hospital systems
    "Pull up the latest labs for the patient in bed 12 from Epic and tell me if the potassium came back.",
    "Check our EHR for every diabetic patient who hasn't had an HbA1c in the last six months.",
    "Log into the dispensing cabinet system and tell me how many vials of enoxaparin 40 mg we have left.",
    "what was mrs okafor's BP at her last 3 visits? she's on today's list",
    "Update the allergy list for MRN 448210 to include penicillin (rash).",
    # Live and current information
    "Is amoxicillin suspension still on the national shortage list this week?",
    "What's the current wait time at the ER across town? I'd like to know before I send a patient over.",
    "Has the FDA issued any new recalls on insulin pens today?",
    "Which pharmacies near our clinic are open right now and have Paxlovid in stock?",
    "Summarise the CDC guidance that came out this morning on measles exposure in healthcare workers.",
    "<image 0> is the label on our vaccine fridge; what's the live temperature reading on its sensor right now?",
    # Sending, paging and contacting
    "Page the on-call cardiologist and tell him the troponin in room 4 is rising.",
    "Fax this prescription for metformin 500 mg twice daily to Greenway Pharmacy for me.",
    "Text all the patients booked for tomorrow's vaccination clinic that we're starting 30 minutes late.",
    "Email the discharge summary to the patient's GP, Dr. Lindqvist, and cc the ward clerk.",
    "Call the lab and ask them to rerun the CBC on the sample from bed 7, it looked haemolysed.",
    "<image 0> is the referral letter I just scanned; send it through to the orthopaedics department please.",
    # Scheduling, ordering and reminders
    "Book Mr. Haddad a follow-up in the wound clinic for two weeks from now, mornings only.",
    "Remind me at 14:00 to recheck the glucose on the patient in bay 3.",
    "Start a 15 minute timer for the post-vaccination observation period.",
    "Add my Friday night shift swap with Priya to the ward rota calendar.",
    "<image 0> is the empty shelf in our stock room; order replacements of whatever's missing from our "
    "usual supplier.",
    # Sound, speech and listening
    "<video 0> is a stethoscope recording I took on my phone; is that murmur systolic or diastolic?",
    "<video 0> is my dictation from clinic (the screen is black, it's just me talking). "
    "Transcribe it into a tidy clinic note.",
    "Read the post-op instructions aloud in Spanish so I can play the recording for my patient.",
    "Compose a soothing lullaby for the neonatal unit to play at night.",
    "Make a short waiting room video on hand hygiene with a friendly voiceover narration explaining each step.",
    "In <video 0> the patient describes his chest pain. What exactly does he say about where it radiates?",
    "Create a distinct alarm tone for the medication fridge temperature alert, something nobody will confuse "
    "with the IV pumps.",
    "<video 0> is from the bay 4 camera; what did the patient shout just before he fell?",
    # Devices and equipment
    "Program the infusion pump in room 9 to run heparin at 18 units/kg/hr.",
    "Unlock the controlled drugs cabinet, I need morphine for bed 5.",
    "<image 0> shows the error on our Alaris pump. Reset it remotely so it stops alarming.",
    # Image and video processing that isn't available
    "Upscale this blurry chest X-ray <image 0> to a higher resolution so I can see the costophrenic angles.",
    "Convert <image 0> of the wound assessment chart into a PDF so I can attach it to the notes.",
    "Trim <video 0> down to just the seizure, roughly 0:40 to 1:10, for the neurology referral.",
    "Stabilise <video 0>, my hand was shaking while I filmed the gait assessment.",
    "Turn <video 0> of the patient's tremor into smooth slow motion by generating the in-between frames.",
    "Merge <video 0> with the other two inhaler technique clips into one training video.",
    "Export <image 0> as a DICOM file so radiology can load it into PACS.",
    "Make an animated GIF from <video 0> showing the insulin injection technique for our website.",
    "Compress <video 0> so it's under 10 MB for the teaching portal.",
    # Memory of earlier conversations
    "What dose did I tell you yesterday for the patient with the kidney problem?",
    "Carry on with the handover note we started together on Monday's night shift.",
    "Remind me which antibiotic you suggested for that complicated UTI case last week.",
    # Running code, files on disk and models
    "Run this query against our audit database and give me falls per 1,000 bed days: "
    "SELECT ward, COUNT(*) FROM incidents WHERE type = 'fall' GROUP BY ward;",
    "Open Q3_hand_hygiene.xlsx on the shared drive and chart compliance by ward.",
    "Train a model on our last five years of sepsis admissions to predict who's going to deteriorate.",
    "Execute the Python script below and tell me what it prints, it's meant to flag duplicate prescriptions:\n"
    "import csv\nfor row in csv.reader(open('scripts.csv')): print(row)",
    # Other file formats and 3D
    "Build a 3D model of the knee joint from <image 0> that patients can rotate on the tablet.",
    "Design a vector SVG logo for our pharmacy that I can send straight to the sign printer.",
    "Make a print-ready PDF leaflet on warfarin and vitamin K foods, A5, two pages.",
    # Physical tasks
    "Take the bloods for the patient in room 11, I'm stuck in theatre.",
    "Drop these prescriptions off at the ward 6 nurses' station.",
    "Go and check whether the crash cart on level 3 has been restocked after last night's arrest.",
    # Accounts, posting and external services
    "Post <image 0> of our new clinic wing on our Facebook page with a caption about opening day.",
    "Upload <video 0> of the CPR demo to the hospital's YouTube channel as unlisted.",
    "Check my NHS email inbox for the rota the ward manager sent.",
    "Look up my registration on the nursing council portal and tell me when my revalidation is due.",
    "<image 0> is a patient's insurance card. Verify their coverage with the insurer and tell me the copay.",
)

ORDINARY75: tuple[tuple[str, str], ...] = (
    # text_understanding
    ("Write an email to the pharmacy team explaining the new fridge temperature log process; "
     "I'll send it myself from Outlook.", "text_understanding"),
    ("Draft a short voicemail greeting script for our clinic's after-hours phone line.", "text_understanding"),
    ("Write a Python function that calculates creatinine clearance using the Cockcroft-Gault formula.",
     "text_understanding"),
    ("Translate into Spanish: 'Take one tablet twice a day with food. Do not drink alcohol while taking this "
     "medicine.'", "text_understanding"),
    ("In general terms, how do insulin pen apps track doses? Explain it simply for a newly diagnosed patient.",
     "text_understanding"),
    # image_understanding
    ("<image 0> is a screenshot of the error our EHR app shows; what does the message say and what might it mean?",
     "image_understanding"),
    ("Read the handwritten prescription in <image 0> and list the drug names and doses you can make out.",
     "image_understanding"),
    ("<image 0> is a photo of the infusion pump screen. What rate and volume to be infused does it display?",
     "image_understanding"),
    ("What time and date are printed on the blood gas printout in <image 0>?", "image_understanding"),
    ("<image 0> shows our ward noticeboard; summarise the announcements pinned on it, especially the rota changes.",
     "image_understanding"),
    # video_understanding
    ("<video 0> is a muted clip of a student doing hand hygiene. Did they cover all six steps?",
     "video_understanding"),
    ("In <video 0>, count how many times the nurse checks the patient's wristband before giving the medication.",
     "video_understanding"),
    ("Watch <video 0> of the patient walking with a frame and describe their gait; the sound is off anyway.",
     "video_understanding"),
    ("<video 0> is from our training app. What's shown on the monitor screen at the end of the clip?",
     "video_understanding"),
    ("Does the person in <video 0> put on the PPE in the right order: gown, mask, goggles, then gloves?",
     "video_understanding"),
    # text_to_image
    ("Generate a poster image for our Saturday flu clinic showing a friendly pharmacist next to a big calendar.",
     "text_to_image"),
    ("Create an illustration of a nurse glancing at a phone app on a quiet night shift, wall clock showing 3 a.m.",
     "text_to_image"),
    ("Make a 16:9 banner image for our clinic's website: a bright, modern waiting room.", "text_to_image"),
    ("Draw a cartoon stethoscope shaped like a pair of headphones for the staff newsletter.", "text_to_image"),
    ("Generate a picture of a pharmacy back office with a laptop open on a spreadsheet, warm evening light.",
     "text_to_image"),
    # text_to_video
    ("Make a short silent clip of a pharmacist scanning the barcode on a medicine box.", "text_to_video"),
    ("Generate a few seconds of video of a nurse walking down a dim hospital corridor at night.", "text_to_video"),
    ("Create a short video of a phone screen lighting up with an appointment notification, no sound needed.",
     "text_to_video"),
    ("A short clip of hands lathering soap under a running tap, for our hygiene awareness slide deck.",
     "text_to_video"),
    ("Generate a brief video of an ambulance pulling up to an emergency entrance in the rain.", "text_to_video"),
    # image_edit
    ("Blur the patient's face in <image 0> before I put it on our intranet.", "image_edit"),
    ("Remove the phone numbers written on the whiteboard in <image 0>.", "image_edit"),
    ("In <image 0>, change the opening hours sign on the door so it reads 8:00 to 18:00.", "image_edit"),
    ("Using the mask in <image 1>, replace the cluttered desk in <image 0> with a tidy one.", "image_edit"),
    ("Make <image 0> of our pharmacy team look like it was taken in daylight, not under the fluorescent lights.",
     "image_edit"),
    # image_control
    ("<image 0> is a pose skeleton; generate a paramedic doing chest compressions in exactly that pose.",
     "image_control"),
    ("Follow the edge map in <image 0> to create an image of a modern pharmacy shop front.", "image_control"),
    ("Use the depth map <image 0> to generate a calm hospital ward with beds and a big window.", "image_control"),
    ("<image 0> is my scribble of a heart with a stethoscope around it; turn it into a polished illustration.",
     "image_control"),
    ("Generate a clinic reception desk with a computer and a phone, following the line drawing in <image 0>.",
     "image_control"),
    # image_reference
    ("Using our clinic mascot in <image 0>, generate it wearing scrubs and holding a tablet.", "image_reference"),
    ("<image 0> is Dr. Mensah; make a new portrait of her in a white coat against a plain background for the "
     "staff directory.", "image_reference"),
    ("Show the pill organiser from <image 0> on a bedside table next to a smartphone.", "image_reference"),
    ("Make an image of the teddy bear in <image 0> wearing a little nurse's cap, for the paediatric ward app.",
     "image_reference"),
    ("Generate the inhaler from <image 0> standing on a pharmacy shelf in soft lighting.", "image_reference"),
    # image_to_video
    ("Animate <image 0> of our pharmacy storefront so the automatic doors slide open.", "image_to_video"),
    ("Turn the team photo in <image 0> into a short clip where everyone waves, no audio needed.",
     "image_to_video"),
    ("Use <image 0> as the last frame: a short video that ends on our clinic's logo on the wall.",
     "image_to_video"),
    ("Bring <image 0> to life so the IV bag in the picture slowly drips.", "image_to_video"),
    ("Make a short video starting from <image 0>: the nurse at the computer turns and smiles at the camera.",
     "image_to_video"),
    # video_reference
    ("Using the cartoon doctor in <image 0>, generate a short video of him waving next to an app's welcome screen.",
     "video_reference"),
    ("Create a video of the robot pharmacist from <image 0> sorting pill boxes on a shelf.", "video_reference"),
    ("<image 0> is our mascot, Nurse Nellie; make a short clip of her walking through a children's ward.",
     "video_reference"),
    ("Generate a video of the plush bear in <image 0> having a bandage wrapped around its paw.",
     "video_reference"),
    ("Make a short silent clip of the woman in <image 0> (our practice manager, she's agreed) greeting patients "
     "at reception.", "video_reference"),
    # video_edit
    ("Blur the patient's face throughout <video 0>.", "video_edit"),
    ("In <video 0>, replace the hospital logo on the wall with a plain blue sign.", "video_edit"),
    ("Change the lighting in <video 0> so the ward looks like daytime rather than the night shift.", "video_edit"),
    ("Remove the text on the nurse's name badge in <video 0> for privacy.", "video_edit"),
    ("Make <video 0> of our clinic tour look like a watercolour animation.", "video_edit"),
    # video_control
    ("<video 0> is a pose video of a stretching exercise; generate a physiotherapist in a clinic doing the same "
     "moves.", "video_control"),
    ("Follow the depth video in <video 0> to generate a walk down a bright hospital corridor.", "video_control"),
    ("Use the edge map video <video 0> to make a clip of a pharmacist handing a bag over the counter.",
     "video_control"),
    ("<video 0> is a pose sequence of someone walking; make a video of an elderly man with a cane in a garden "
     "following it.", "video_control"),
    ("Generate a video of a nurse pushing a medication cart, following the depth control video in <video 0>.",
     "video_control"),
)
