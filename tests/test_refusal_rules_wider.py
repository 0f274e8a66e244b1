"""The rules' sixteenth round (``router.limit_of`` and the withdrawals): how things stand now asked outright, timers
and devices said tersely, health apps, the assistant's own earlier work, speech and song in other words, an attached
file made smaller, errands to go and do, code and simulations run, papers searched. Each rule has requests it must
name and look-alikes it must leave alone; the requests are written for this test, not taken from a benchmark."""

from __future__ import annotations

import pytest
from fixtures.embedded import full_registry
from fixtures.plugin_tasks import plan_of

from unison_agent.contracts.errors import UnsupportedRequestError
from unison_agent.planner.embedded import EmbeddedPlanner
from unison_agent.planner.embedded.router import limit_of

SOUND, SPEECH, CONVERSION = "music and sound", "speech and voice", "file compression and conversion"
LIVE, PHYSICAL, SERVICES = "web and live data", "physical tasks in the world", "actions on other services"
CODE, MEMORY = "running code and devices", "memory of earlier conversations"

NAMED = [
    # how things stand now, asked outright, whatever the topic
    ("Is there a shortage of amoxicillin at the moment in Leeds?", LIVE),
    ("What are the entry requirements for Japan for Canadians as of today?", LIVE),
    ("How many tickets have been sold for the Glastonbury resale so far?", LIVE),
    ("are the ferries to Skye currently running?", LIVE),
    ("<image 0> that's the harbour webcam. what's the temperature there right now?", LIVE),
    ("<image 0> We booked this hotel. What are the latest reviews saying about it?", LIVE),
    ("wether in porto tomorow?", LIVE),
    ("Find me the three most cited papers on perovskite solar cells and give me their DOIs.", LIVE),
    ("check biorxiv for new preprints on gut phages", LIVE),
    # timers and devices, said tersely
    ("set timer 8 min for the rice", CODE),
    ("Start a countdown for my 90-second plank.", CODE),
    ("<image 0> This is my smart scale. Connect to it and pull last month's weights.", CODE),
    # health apps and devices
    ("Look at my Garmin Connect sleep scores and tell me which night was worst.", SERVICES),
    # speech and song, in other words
    ("<image 0> make my grandpa say happy anniversary with his voice", SPEECH),
    ("<video 0> what the man saying at the end?", SPEECH),
    ("how do you pronounce Llanelli, i want hear it", SOUND),  # anything to hear
    ("<image 0> turn this into a clip of the whole class singing happy birthday to Ms Okafor", SPEECH),
    ("Make a podcast episode where two hosts argue about pineapple on pizza.", SOUND),
    ("mix a one-hour DJ set of 90s house for the party", SOUND),
    # an attached file made smaller on disk
    ("<image 0> Compress this scan so the visa portal accepts it.", CONVERSION),
    ("<image 0> reduce the file size, it's too big for the form", CONVERSION),
    # errands to go and do
    ("<image 0> This is how I want the chairs. Please go arrange the chairs in the hall like this.", PHYSICAL),
    # code, simulations and models run
    ("Here's the traceback <image 0>, rerun the script with the fix and tell me what it prints.", CODE),
    ("Run a Monte Carlo simulation of 10,000 dice rolls and plot the sums.", CODE),
    ("Run Rosetta on this protein sequence: MVLSPADKTNVKAAW", CODE),
    ("Train a U-Net on my labelled cell images.", CODE),
    ("train ai on my voice notes so it talks like me", CODE),
    # round 17: speech and sound of a video in other words, sound added to a video, chiptunes
    ("<video 0> what exactly does the caller say about the refund?", SPEECH),
    ("<video 0> what's the customer shouting at the till?", SPEECH),
    ("<video 0> list the complaints the interviewee mentioned out loud", SPEECH),
    ("<video 0> my fridge whines at night. is the compressor failing?", SOUND),
    ("Add an upbeat jingle to <video 0> for the shop window screen.", SOUND),
    ("compose a chiptune for my puzzle game's menu", SOUND),
    # earlier conversations
    ("What was the slogan I asked you to come up with last week?", MEMORY),
    ("Keep my pronouns in mind for all future chats: they/them.", MEMORY),
    ("From now on, remember I'm vegetarian when you suggest recipes.", MEMORY),
    ("Same packing list as last time but for a week in Norway.", MEMORY),
    # today's data, pages and registers
    ("Any working promo codes for Zalando this week?", LIVE),
    ("Are there road closures on the M5 today?", LIVE),
    ("What's Canva's current valuation?", LIVE),
    ("How many minutes until my bus leaves Victoria station?", LIVE),
    ("Check whether this plumber is currently on the gas safe register.", LIVE),
    ("find me the phone number for the nearest vet", LIVE),
    # errands, devices, code
    ("Book me a train to York for Friday morning.", SERVICES),
    ("Submit my poem to the two journals with open calls.", SERVICES),
    ("Text all the parents that the trip is cancelled.", SERVICES),
    ("<image 0> is my insurance card, verify my cover with the insurer", SERVICES),
    ("Leave the seller a 5-star review on Gumtree.", SERVICES),
    ("<image 0> That's the alarm panel. Reset it remotely please.", CODE),
    ("Turn on the irrigation pivot in the top field.", CODE),
    ("Read the temperature sensors in the greenhouse and send me the numbers.", CODE),
    ("SSH into the build box and clear the cache.", CODE),
    ("Run 5,000 simulated rounds of my dice game and tell me who wins more.", CODE),
    ("Spin up an A/B test on the pricing page for two weeks.", CODE),
    ("<image 0> the padlock on my bike, can you open it for me?", PHYSICAL),
    ("can you nip down and fetch the post?", PHYSICAL),
    # files and sizes
    ("Cut <image 0> into 32x32 tiles and zip them up for my game engine.", "documents and files"),
    ("Design an SVG badge for our running club.", CONVERSION),
    ("<image 0> this photo is tiny and fuzzy, make it big enough for a canvas print", "upscaling"),
    ("Stabilise <video 0>, I filmed it from a moving bus.", "video stabilisation"),
    # round 18
    ("Join <video 0> and <video 1> into one tour of the flat.", "video trimming and joining"),
    ("Split <video 0> into four 10-second parts for my stories.", "video trimming and joining"),
    ("Cut out every part of <video 0> where the screen is black.", "video trimming and joining"),
    ("<video 0> was filmed from a moving boat, can you steady it?", "video stabilisation"),
    ("Check whether the 08:15 train from Leeds to York is delayed.", LIVE),
    ("Which savings account has the best APY this month?", LIVE),
    ("Search Stack Overflow for fixes to the error in <image 0>", LIVE),
    ("Who originally posted this photo <image 0>? I want to credit them.", LIVE),
    ("Find me two available 1-bedroom flats near the station under 900 a month.", LIVE),
    ("Ping me two days before my car insurance renews.", CODE),
    ("Change my drone's camera settings via the companion app.", CODE),
    ("Book me a van for Saturday morning.", SERVICES),
    ("<image 0> is a cheque from my gran, deposit it for me.", SERVICES),
    ("Here's my notebook <image 0>. Please re-run all the cells and show me the outputs.", CODE),
    ("Do a learning-rate sweep on my dataset and report the best one.", CODE),
    ("Come round and fix the leaking tap before 5.", PHYSICAL),
    ("could you go and check whether the parcel is on the doorstep?", PHYSICAL),
    ("Export these flashcards into a Quizlet file I can import: cat - gato, dog - perro", "documents and files"),
    ("You remember the name I picked for my bakery in one of our earlier chats? What was it?", MEMORY),
    # asked as a question
    ("Is it possible to turn <video 0> into a looping GIF for our team chat?", CONVERSION),
    ("Would you be able to reserve a table for four at Dishoom tonight?", SERVICES),
    # when the next one comes, asked for real
    ("<image 0> that's the tram stop by my office, when's the next 7 actually coming?", LIVE),
    ("when does the next ferry to Arran leave", LIVE),
    # errands that come with a file: a live price asked as a command, a drum track added, a reminder set
    ("Look up the current resale value of the watch in <image 0> right now.", LIVE),
    ("<video 0> add an upbeat drum track that kicks in on every jump", SOUND),
    ("Set a reminder on my laptop to water the plant in <image 0> every Sunday.", CODE),
    # a call to make for the user
    ("Call the vet and ask whether they can see my rabbit in <image 0> this afternoon.", SERVICES),
    ("could you phone my dentist and move Tuesday's check-up to Friday", SERVICES),
    # seventeenth stop: guidance and case counts now, things on their way, bookings said by when, files shared with
    # someone, a bed or lift moved from afar, a visit, slides
    ("latest school guidance changes this week for exams?", LIVE),
    ("how many norovirus cases in our town this week", LIVE),
    ("track my parcel from the pharmacy, when does it arrive", LIVE),
    ("Book me a pedicure for Friday at 3pm.", SERVICES),
    ("reserve the community hall for next Saturday", SERVICES),
    ("share this clip of the twins <video 0> with their grandma", SERVICES),
    ("raise the stairlift remotely so it's at the top", CODE),
    ("Pop round to my aunt's flat and water her plants.", PHYSICAL),
    ("Put <image 0> and <image 1> into a PowerPoint for the parents' evening.", "documents and files"),
    # a file entered for a prize, a jingle named with no verb, animal sounds added, a machine put on a cycle, map
    # formats, a tally over days, calls round, a lookup on a system, forms filed for someone, rows put in a database,
    # marketplace prices
    ("Enter <image 0> in the village show's photo contest for me", SERVICES),
    ("Jingle for our bakery's radio ad, something cheerful with a banjo", SOUND),
    ("Add rooster crowing to <video 0>", SOUND),
    ("Switch the dishwasher over to its eco cycle", CODE),
    ("Set the irrigation controller settings to match the schedule in <image 0>", CODE),
    ("Export the plot outlines in <image 0> as a KML for Google Earth", "documents and files"),
    ("Keep a daily log of the milk yield this month", LIVE),
    ("Phone round the garages and find who can fit a tyre", SERVICES),
    ("Look up the planning history of this barn on the council website, photo in <image 0>", LIVE),
    ("Register the new calves on my behalf with the cattle service", SERVICES),
    ("Add these invoice totals into our accounts database", SERVICES),
    ("what are mugs like the one in <image 0> going for on ebay", LIVE),
    # eighteenth stop: reorders counted in words, a bill charged to a card or room, a number to dial, a fix from afar,
    # the user's own takings, a flight's state asked mid-request
    ("Reorder a dozen of the glasses in <image 0> from the same supplier", SERVICES),
    ("Charge table six's drinks to the room account", SERVICES),
    ("Dial the number on the flyer in <image 0> and ask if they deliver", SERVICES),
    ("<image 0> is the boiler's fault code, fix it remotely", CODE),
    ("How many bookings did we take last weekend?", SERVICES),
    ("the boarding pass is in <image 0>, is that flight delayed now? i need to plan the pickup", LIVE),
    # and the clubs and charities set's: messages to everyone, a register checked, minutes of a recording, what a caller
    # calls out, calendar files, the assistant's own design, a hall or minibus booked, renewals, a ring, group admins,
    # tickets sold so far
    ("Send a reminder email to everyone on the rota about Sunday", SERVICES),
    ("Check whether the council has received our grant form yet", LIVE),
    ("Take minutes from the committee call recording in <video 0>", SPEECH),
    ("What number does the bingo caller call out in <video 0> at the end?", SPEECH),
    ("Make me an .ics file of the rota dates", "documents and files"),
    ("The flyer you designed for us last week, same again but for May", MEMORY),
    ("Book the village hall for the quiz on the 3rd", SERVICES),
    ("Renew the club's premises licence before it lapses", SERVICES),
    ("Give the plumber a ring about the leak", SERVICES),
    ("Make Sue an admin of our WhatsApp group", SERVICES),
    ("Ring the council helpline and ask about bin collections", SERVICES),
    ("<image 0> how many raffle tickets have been sold so far for this?", LIVE),
]

LEFT_ALONE = [
    "What should I do right now to calm down before my driving test?",
    "Is it normal to feel sore at the moment after starting a new running plan?",
    "Which is better right now for a beginner, Python or Go?",
    "What's a good stretch I can do right now at my desk?",
    "How many words is this so far: 'It was a dark and stormy night and the rain fell'",
    "Explain how to compress a video with ffmpeg so it fits an email.",
    "<image 0> is there visible compression noise in the sky of this photo?",
    "Write a Python script that runs a simple simulation of a bouncing ball.",
    "Run me through a simulation of how a bank run happens, step by step.",
    "Train of thought: how would an AI learn to read handwriting? Explain simply.",
    "Draw a robot training a small AI puppy in a park.",
    "Explain how to connect to a server over SSH.",
    "Make a 5 second video of a choir singing in a cathedral, silent is fine.",
    # round 17
    "Write lyrics for a lullaby about a sleepy owl; I'll sing it myself.",
    "<video 0> Read out the on-screen lyrics captions in this clip.",
    "Generate a picture of an office with a laptop open on a spreadsheet.",
    "A short clip of hands washing under a tap, for our hygiene slide deck.",
    "Draw the same cat as before but in a top hat.",
    "Write a SQL query that runs against our Postgres database to count users.",
    "What do teenagers like these days? Give me ideas for a youth club night.",
    "Is it possible to walk a cat on a lead?",
    "Is it possible to turn a sketch into a watercolour by hand? What do I need?",
    # round 18
    "if my flight is cancelled because of a strike, am I entitled to a refund?",
    "Read the numbers on the meter in <image 0> so I can write down the reading.",
    "I'm giving a talk next week on our new open-plan office. Make a short video of a paper plane gliding across it.",
    "Do an evaluation of this business plan: a dog-walking app for busy parents.",
    "Combine <image 0> and <image 1> into one collage.",
    "<image 0> when's the next train to Bath according to this timetable?",  # read off the photo
    "tell me the price printed on the menu in <image 0> today",  # read off the photo
    "<image 0> add a railway track that curves past the farmhouse",  # an image: no sound
    # a call someone else makes, or one the user makes
    "What should I say when I phone the landlord about the broken boiler? Give me a short script.",
    "Describe the rash in <image 0>; I'll ring the surgery myself afterwards.",
    "Draw a cosy reading corner for our flat, for ideas before we call the builders.",
    # seventeenth stop
    "Walk me through how a hoist transfer is done safely.",
    "book club poster for Thursday night",
    "Share your ideas with me on how to decorate a nursery.",
    "What changes to the guidance on salt intake happened in the 2010s?",
    "Track the football's path in <video 0> and describe it.",
    "I love this photo <image 0>, make it look like a watercolour so I can frame it",
    "Design a poster for our radio ad about the new bakery",
    "Write a script for a 30-second radio spot about our honey",
    "Write a SQL query that inserts the new scores into the results database",
    "Write a cover letter on my behalf for the shepherd job",
    "Set the scene to match the lighting in <image 0>",
    "Make the background of <image 0> plain white for my Etsy listing",  # a listing of one's own
    # eighteenth stop
    "Halve this: 1 L chicken stock, 200 g rice, 2 onions; it currently feeds 8.",  # a cook's stock
    "Brighten <image 0>; I'll upload it to Etsy.com myself.",  # a site the user will use
    "How many bookings does a small B&B usually take in a winter week?",  # no records of one's own
    "Write a thank-you message to everyone who helped at the fete",  # words to send, not sent
    "Design a flyer for our quiz night, in the style of a vintage gig poster",
]


@pytest.mark.parametrize(("text", "capability"), NAMED)
def test_the_rules_name_what_a_request_needs(text: str, capability: str) -> None:
    assert limit_of(text) == capability, text


@pytest.mark.parametrize("text", LEFT_ALONE)
def test_and_leave_look_alikes_alone(text: str) -> None:
    assert limit_of(text) is None, text


@pytest.fixture(scope="module")
def planner() -> EmbeddedPlanner:
    return EmbeddedPlanner()


@pytest.mark.parametrize("text", [
    "Give me the same workout plan you made for me last week but swap squats for lunges.",
    "Rewrite the cover letter you wrote me yesterday for a nursing job.",
])
def test_words_about_the_assistants_own_earlier_work_stay_refused(planner: EmbeddedPlanner, text: str) -> None:
    with pytest.raises(UnsupportedRequestError, match=MEMORY):
        plan_of(planner, full_registry(), text)


@pytest.mark.parametrize("text", [
    "Write a thank-you note to my neighbour for the lasagne you made us yesterday.",
])
def test_a_letters_own_voice_is_no_earlier_work(planner: EmbeddedPlanner, text: str) -> None:
    assert [s.task for s in plan_of(planner, full_registry(), text).steps] == ["text_understanding"]


@pytest.mark.parametrize(("text", "capability"), [
    ("Could you open https://example.org/report/12 and sum up the findings in three bullets?", LIVE),
    ("Write up everything the speaker says in <video 0> so I can make meeting notes.", SPEECH),
    ("How would I get a 3D-printable model of the vase in <image 0>? Could you make one for me?", "3D"),
])
def test_words_asked_do_not_excuse_what_needs_the_page_the_sound_or_the_doing(planner: EmbeddedPlanner, text: str,
                                                                               capability: str) -> None:
    with pytest.raises(UnsupportedRequestError, match=capability):
        plan_of(planner, full_registry(), text)


def test_a_link_to_put_in_words_is_no_page_to_fetch(planner: EmbeddedPlanner) -> None:
    made = plan_of(planner, full_registry(), "write a short post that links to https://example.org/sale")
    assert [s.task for s in made.steps] == ["text_understanding"]


def test_words_about_what_the_user_told_before_are_text_work(planner: EmbeddedPlanner) -> None:
    text = "As I told you last week, my dog is called Biscuit. Write him a short poem."
    assert limit_of(text) == MEMORY  # told before today, and restated here: the words need nothing kept
    assert "text_understanding" in [s.task for s in plan_of(planner, full_registry(), text).steps]


@pytest.mark.parametrize(("text", "task"), [
    ("<image 0> put sunglasses on the dog", "image_edit"),
    ("This is a screen recording of my spreadsheet macro <video 0>; at which step does the total go wrong?",
     "video_understanding"),
])
def test_requests_that_only_look_like_them_are_planned(planner: EmbeddedPlanner, text: str, task: str) -> None:
    assert [s.task for s in plan_of(planner, full_registry(), text).steps] == [task]


def test_an_errand_after_a_comma_is_judged_alone(planner: EmbeddedPlanner) -> None:
    with pytest.raises(UnsupportedRequestError, match=SERVICES):
        plan_of(planner, full_registry(), "The napkins in <image 0> are nearly gone, reorder three packs of them")


def test_a_sum_after_reading_is_no_errand() -> None:
    from unison_agent.planner.embedded.clauses import later_clauses

    assert later_clauses("Could you read the scores on the card in <image 0> and add them all up?") == []
    assert later_clauses("Read the scores on the card in <image 0> and add them to our league sheet") != []


@pytest.mark.parametrize(("text", "task"), [
    # words asked of a file, read by prototypes as running code or by the probe as an errand
    ("view <video 0> of the checkout and list any steps the cashier missed", "video_understanding"),
    ("Copy the prices in <image 0> into a plain text list for the newsletter", "image_understanding"),
    # someone from the picture shown somewhere new, heard by the probe as moving a thing
    ("Put our cat from <image 0> on a velvet throne wearing a tiny crown", "image_reference"),
    # a picture set moving, and someone from a clip in a new one
    ("Get the candles in <image 0> flickering for a cosy reel", "image_to_video"),
    ("A clip with the barista from <video 0> pouring coffee on a beach", "video_reference"),
    ("Make the bunting in <image 0> flutter, a few seconds for the club screen", "image_to_video"),
    ("Create a clip of the goalie from <video 0> diving on a snowy pitch", "video_reference"),
])
def test_eighteenth_stop_look_alikes_are_planned_on_their_task(planner: EmbeddedPlanner, text: str, task: str) -> None:
    assert [s.task for s in plan_of(planner, full_registry(), text).steps] == [task]


DOCUMENTS = "documents and files"

NINETEENTH = [
    # a photo sent to someone, work done in the user's own app, a child signed up
    ("<image 0> send these gig photos to our drummer before the show", SERVICES),
    ("re-sort my saved recipes by cooking time in the app for me", SERVICES),
    ("sign my 9 year old up for the chess club before it fills", SERVICES),
    # pitch heard in a clip, words someone says in it
    ("<video 0> does the violinist go sharp in the last bar?", SOUND),
    ("<video 0> write down the words the bride says during the vows", SPEECH),
    # what someone said when the user last spoke with them
    ("remind me what the plumber promised last time we spoke", MEMORY),
    # a spreadsheet or an installable font, a thermostat turned down, a year's spending
    ("make a budget spreadsheet for our street party that adds up each stall", DOCUMENTS),
    ("design a font based on my signature that I can install on my laptop", DOCUMENTS),
    ("lower the heating in the spare room", CODE),
    ("how much did we spend on takeaways this year", SERVICES),
    # a report emailed, a guide booked for a day, a piece of music written
    ("Email the minutes of the residents' meeting on Tuesday to the housing officer", SERVICES),
    ("book us a fishing guide on the Tweed for next Friday", SERVICES),
    ("write a short jazzy instrumental for the shop's opening", SOUND),
    # what someone shouts or says in a clip, soundbites; a draft published in the user's CMS, a photo on their page
    ("<video 0> what did the steward yell at the fans before the gates opened?", SPEECH),
    ("did the coach really say 'we gave up' in <video 0>?", SPEECH),
    ("cut me four soundbites from the interview in <video 0>", SPEECH),
]


@pytest.mark.parametrize(("text", "capability"), NINETEENTH)
def test_nineteenth_round_rules_name_the_capability(text: str, capability: str) -> None:
    assert limit_of(text, video="<video" in text) == capability


@pytest.mark.parametrize("text", [
    "<image 0> I can't make out the last two titles on this setlist, what are they?",  # seeing, not sound
    "<video 0> the van going flat out down the hill, how fast is it?",  # speed, not pitch
    "<video 0> what is the bride wearing?",
    "what font would suit a bakery logo?",
    "lower the saturation in <image 0>",  # an edit, not a device
    "send me three ideas for a gig poster",
    "write the lyrics for a song about my dog",  # words
    "<video 0> does the banner say 'welcome' or 'goodbye'?",  # read, not heard
    "email the landlord? no, draft it and I'll send it",
])
def test_nineteenth_round_look_alikes_are_left_alone(text: str) -> None:
    assert limit_of(text, video="<video" in text) is None


@pytest.mark.parametrize("text", [
    "publish the review sitting in our WordPress CMS",  # a product named: its work is done in it
    "swap my headshot on the team page for <image 0>",  # a page of the user's site named: no edit to withdraw to
])
def test_nineteenth_round_work_on_the_users_site_is_refused(planner: EmbeddedPlanner, text: str) -> None:
    with pytest.raises(UnsupportedRequestError):
        plan_of(planner, full_registry(), text)
