"""Fourth blind set, refusals only: written by someone who saw none of the planner's data, calibration lists or other
benchmark sets; evaluation only, never used to set lists, thresholds or rules."""

from __future__ import annotations

#: Requests none of the twelve tasks can do; the assistant should refuse (or say it cannot) each one.
OUT_OF_SCOPE4: tuple[str, ...] = (
    # with an attachment
    "Post <image 0> to my Instagram with the caption 'weekend vibes'.",
    "Email <video 0> to my brother, his address is in my contacts.",
    "Print <image 0> on the office printer, two copies please.",
    "Upload <video 0> to the Holidays folder in my Google Drive.",
    "Set <image 0> as the lock screen on my phone.",
    "Pull the audio track out of <video 0> and save it as an MP3.",
    "Order me the same sneakers as in <image 0>, size 42, cheapest shipping.",
    "Could you turn the vase in <image 0> into a 3D model I can send to my 3D printer?",
    "Add a royalty-free soundtrack with a steady beat under <video 0>.",
    "File the receipt in <image 0> as an expense in my company's Concur account.",
    "Convert <image 0> into a searchable PDF and put it on my desktop.",
    # without an attachment
    # one request left out after writing: word for word an example of outside.OUTSIDE (test_clean_evaluation)
    "timer 12 min",
    "Remind me to ring the dentist tomorrow at nine.",
    "Book a table for four at an Italian place near me on Friday around 8.",
    "Pay this month's electricity bill from my current account.",
    "What's bitcoin trading at right now?",
    "Look up today's weather forecast for Lisbon.",
    "Run this and tell me exactly what it prints on your machine: import os; print(os.listdir('/'))",
    "Call mum on speaker.",
    "Get me to the nearest petrol station, avoiding toll roads.",
    "I'm away next week, would you be able to water my plants for me?",
    "Please change my account password to something stronger.",
    "Delete every screenshot older than a month from my camera roll.",
    "Compose a 30-second jingle with sung vocals for my podcast intro.",
    "Read the next chapter of my audiobook aloud in a calm voice.",
    "Open budget.xlsx and add a column that totals each row.",
    "Unsubscribe me from all those marketing newsletters clogging my inbox.",
    "Transcribe the voicemail I got this morning.",
    "Share the last thing you made with the family group chat.",
)

#: Requests the assistant can do, each with the task that does it.
ORDINARY4: tuple[tuple[str, str], ...] = (
    # text_understanding
    ("Write a short, friendly message I can send my landlord about the broken heater.", "text_understanding"),
    ("What's a 15% tip on a 64 euro bill?", "text_understanding"),
    ("Plan a three-day itinerary for a first trip to Kyoto.", "text_understanding"),
    # image_understanding
    ("What does the sign in <image 0> say?", "image_understanding"),
    ("Read the ingredients list off the label in <image 0>.", "image_understanding"),
    ("Is the plant in <image 0> getting too much sun, judging by its leaves?", "image_understanding"),
    # video_understanding
    ("<video 0> how many people cross the street?", "video_understanding"),
    ("Write an Instagram caption that sums up <video 0>.", "video_understanding"),
    ("Did the goalkeeper touch the ball in <video 0>?", "video_understanding"),
    # text_to_image
    ("Make a poster announcing our bake sale this Saturday.", "text_to_image"),
    ("Design a birthday card with a cartoon giraffe wearing a party hat.", "text_to_image"),
    ("I need a logo for a bike repair shop called Spoke & Chain.", "text_to_image"),
    # text_to_video
    ("Create a short clip of fireworks over a harbour for our New Year invite.", "text_to_video"),
    ("A paper boat drifting down a gutter in the rain, 6 seconds.", "text_to_video"),
    # image_edit
    ("Remove my ex from <image 0>.", "image_edit"),
    ("<image 0> swap the background for a plain white studio backdrop so I can list it for sale.", "image_edit"),
    ("Make <image 0> look like it was taken in winter.", "image_edit"),
    # image_control
    ("Here's a scribble <image 0>, turn it into a proper drawing of a lighthouse.", "image_control"),
    ("Using the pose in <image 0>, draw a ballerina in a red tutu.", "image_control"),
    # image_reference
    ("Put my dog from <image 0> on the cover of a fake magazine.", "image_reference"),
    ("The teddy bear in <image 0> as a pirate captain on a ship's deck.", "image_reference"),
    # image_to_video
    ("Animate <image 0> as if the wind is blowing.", "image_to_video"),
    ("Bring the old family photo <image 0> to life so grandma smiles and blinks.", "image_to_video"),
    ("Make a short clip that ends on <image 0>, slowly zooming in.", "image_to_video"),
    # video_reference
    ("A clip of the character in <image 0> waving hello to the camera.", "video_reference"),
    ("Make a video where the sneaker from <image 0> spins on a pedestal, like an ad.", "video_reference"),
    # video_edit
    ("Blur out the licence plates in <video 0>.", "video_edit"),
    ("<video 0> change the red car to blue.", "video_edit"),
    # video_control
    ("Take the pose video <video 0> and make an astronaut do those dance moves on the moon.", "video_control"),
    ("Follow the depth video <video 0> to render an underwater coral reef.", "video_control"),
)
