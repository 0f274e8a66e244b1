"""Built-in tasks a request's words name outright (``planner.embedded.cues``): bringing an image to life is an
animation, and so is "animate <image 0> ..."; cropping, rotating, flipping or restyling a file is an edit of it; a new
clip of someone in an attached video is a video reference (no reference video is in the head's data), where the signature head reads them otherwise
(an edit's words beside "to life", an aspect ratio read as a video's); a request with no file that opens by
asking for words and names nothing to see is text work; a control map given to follow is image
control, whatever plugin task is near its words. Requests written for this test."""

from __future__ import annotations

import pytest
from fixtures.embedded import full_registry
from fixtures.plugin_tasks import plan_of, planned_plugin

from unison_agent.contracts.tasks import TaskSpec
from unison_agent.planner.embedded import EmbeddedPlanner
from unison_agent.planner.embedded.cues import cued_tasks


@pytest.mark.parametrize(("text", "kinds", "tasks"), [
    ("bring <image 0> to life", {"image"}, {"image_to_video"}),
    ("make the statue in <image 0> come alive", {"image"}, {"image_to_video"}),
    ("Turn <image 0> of the paper boat on the pond into a short video of it drifting away.", {"image"}, {"image_to_video"}),
    ("turn the character in this drawing into a sticker", {"image"}, set()),  # no moving result asked
    ("Make <image 0> of our science fair stand look like it was taken outside", {"image"}, {"image_edit"}),
    ("crop <image 0> to a square", {"image"}, {"image_edit"}),
    ("please rotate <video 0> by 90 degrees", {"video"}, {"video_edit"}),
    ("recolor the car in <image 0> matte black", {"image"}, {"image_edit"}),
    ("then bring it to life", {"image"}, {"image_to_video"}),  # after a step that made an image
    ("write a story about a statue that comes alive", set(), {"text_understanding"}),  # words: nothing to animate
    ("draft a note to the plumber and remind him the gate code is 4411", set(), {"text_understanding"}),
    ("write a poem about rain and then paint it", set(), set()),  # something to see: the head decides
    ("write a caption for <image 0>", {"image"}, set()),  # a file to read: the head decides
    ("crop <image 0> and <video 0> to the same size", {"image", "video"}, set()),  # which one?
    ("bring <video 0> to life with brighter colours", {"video"}, set()),  # a video is animated already
    ("a portrait with a cropped jacket", set(), set()),  # not the request's verb
    ("restyle <video 0> as a pencil sketch", {"video"}, {"video_edit"}),
    ("animate this photo of the harbour <image 0> so the boats bob", {"image"}, {"image_to_video"}),
    ("animate a paper boat in a storm", set(), set()),  # nothing attached to animate
    # someone in an attached video, in a new clip: a reference, not the video's motion to follow
    ("make a new clip of the skater in <video 0> riding through a desert town", {"video"}, {"video_reference"}),
    ("make a new clip of a robot with the same moves as the dancer in <video 0>", {"video"}, set()),  # motion: control
    ("a new video of my cat <image 0> chasing leaves", {"image"}, set()),  # an image: the head knows these
    ("use the same goat from <video 0> in a new clip of it on a glacier", {"video"}, {"video_reference"}),
    ("make <image 0> of the harbour look like an oil painting", {"image"}, {"image_edit"}),
    # a question about the file closes the request, after what the file is
    ("I recorded my serve in <video 0>. Is my elbow dropping before contact?", {"video"}, {"video_understanding"}),
    ("this is my balcony <image 0>. would it look better with plants?", {"image"}, set()),  # asks to see
    # words asked of the file
    ("I photographed the whiteboard <image 0>; turn the flowchart into a bulleted list", {"image"}, {"image_understanding"}),
    ("break down the routine in <video 0> move by move, step by step", {"video"}, {"video_understanding"}),
    ("add a numbered list of the steps to the poster <image 0>", {"image"}, set()),  # a change to it: the head decides
    # sixteenth round: a question after a dash, a clause that describes, text added to the file, a video's script
    ("<video 0> my squat from behind - do my knees cave in at the bottom?", {"video"}, {"video_understanding"}),
    ("<video 0> Harbour footage. Is there room where we planned to put the stage?", {"video"}, {"video_understanding"}),
    ("<video 0> Mute it in your head, just describe the moves the coach shows", {"video"}, {"video_understanding"}),
    ("<image 0> add the caption 'Back soon' along the bottom of this shop photo", {"image"}, {"image_edit"}),
    ("outline a podcast-style video script on composting, about 6 minutes", set(), {"text_understanding"}),
    ("outline <image 0> in thick black ink", {"image"}, set()),  # a change to the file: not words
    ("make the ducks in <image 0> start paddling around the pond", {"image"}, set()),  # "paddling": not a verb read
    ("make the flags in <image 0> gently flap", {"image"}, {"image_to_video"}),
    ("colour in <image 0>, it's my grandad's black-and-white army photo", {"image"}, {"image_edit"}),
    ("<image 0> follow this pencil sketch of a lighthouse and make it a real photo", {"image"}, set()),  # a map: no cue
    # eighteenth round: a question asked politely, a change to preview, "it" turned into a clip, advice in words
    ("I took a photo of the engine bay in <image 0>. Could you point out the coolant reservoir?", {"image"},
     {"image_understanding"}),
    ("Could you show me what the cabinets in <image 0> would look like in sage green?", {"image"}, {"image_edit"}),
    ("what would <image 0> look like as a short video?", {"image"}, set()),  # a clip: no edit
    ("thinking about going jet black, what would that look like on me? <image 0>", {"image"}, {"image_edit"}),
    ("<image 0> is our vegetable bed. Could you turn it into a short video where the camera pans?", {"image"},
     {"image_to_video"}),
    ("Suggest a good bait for catfish in a muddy river", set(), {"text_understanding"}),
    ("suggest a poster for our bake sale", set(), set()),  # something to see: the head decides
    ("is the grout in <image 0> cracked enough that i need to redo it", {"image"}, {"image_understanding"}),
    ("what if <image 0> had a red sky", {"image"}, set()),  # a change to picture, not a question
    ("<image 0> is a scribble. Produce a fox that matches it.", {"image"}, set()),  # what the file is
    ("Do an epic metallic reveal of the logo in <image 0> with lens flares", {"image"}, set()),  # "do" as a verb
    ("Turn <video 0> of me kneading dough into a watercolour painting style.", {"video"}, {"video_edit"}),
    ("turn <video 0> into a cartoon of a robot doing the same moves", {"video"}, set()),  # moves to follow
    ("Please make video from <image 0>, the balloons should rise up in the sky.", {"image"}, {"image_to_video"}),
    ("put a santa hat on my friend in <image 0> for our card", {"image"}, {"image_edit"}),
])
def test_cues_name_the_task(text: str, kinds: set[str], tasks: set[str]) -> None:
    assert cued_tasks(text, kinds) == tasks


@pytest.fixture(scope="module")
def planner() -> EmbeddedPlanner:
    return EmbeddedPlanner()


@pytest.mark.parametrize(("text", "tasks"), [
    ("bring this old photo of my uncle <image 0> to life, make him grin and blink", ["image_to_video"]),
    ("crop <image 0> to 9:16 for a phone wallpaper, keep the lighthouse in the middle", ["image_edit"]),
    ("crop <video 0> to a vertical 9:16 for reels", ["video_edit"]),
    ("repaint the kitchen cabinets in <image 0> a deep forest green", ["image_edit"]),
    ("make the car in <image 0> red, then bring it to life", ["image_edit", "image_to_video"]),
    # the head read a picture and a question about it in "write ... and remind him"
    ("write a letter to my son and remind him to feed the cat", ["text_understanding"]),
    # the reference is a video: its middle frame gives the tool the subject's look
    ("take the parrot from <video 0> and make a brand-new clip of it flying over a jungle", ["video_reference"]),
    # words asked of the file, read by the head as a question plus a picture nobody asked for; a picture asked keeps it
    ("read the chalkboard menu in <image 0> and type it out for me", ["image_understanding"]),
    ("type up the lyrics on the page in <image 0> and make a poster of them", ["image_understanding", "text_to_image"]),
])
def test_the_planner_follows_them(planner: EmbeddedPlanner, text: str, tasks: list[str]) -> None:
    assert [s.task for s in plan_of(planner, full_registry(), text).steps] == tasks


DEPTH = TaskSpec.one_input("image", name="estimate_depth", output="image", description="Estimate a depth map from a photo.",
                           examples=("make a depth map of <image 0>", "estimate depth from <image 0>",
                                     "how far away is everything in <image 0>, as a depth image"))
LINE_ART = TaskSpec.one_input("image", name="colour_line_art", output="image",
                              description="Flat-colour a clean line art drawing for comics.",
                              examples=("colour this line art <image 0>", "flat colours for the line art in <image 0>",
                                        "fill my lineart <image 0> with colours"))


@pytest.mark.parametrize(("text", "task"), [
    ("use this depth map <image 0> to make a snowy mountain village", "image_control"),  # given, not asked for
    ("<image 0> is a depth map: render it as a sunlit greenhouse", "image_control"),
    ("estimate the depth of everything in <image 0>", "estimate_depth"),
    ("colour this line art <image 0> with warm autumn tones", "colour_line_art"),  # the plugin's examples give one too
])
def test_a_control_map_given_is_image_control(planner: EmbeddedPlanner, text: str, task: str) -> None:
    reg = full_registry()
    reg.register(planned_plugin("depth_anything", "Monocular depth estimation for photos.", DEPTH))
    reg.register(planned_plugin("comic_flats", "Flat colouring for inked comic line art.", LINE_ART))
    assert [s.task for s in plan_of(planner, reg, text).steps] == [task]


@pytest.mark.parametrize(("text", "several"), [
    # one result named: not two pictures side by side, whatever "and" joins inside it or digits it holds
    ("Please make a wide 16:9 image of a beach at dusk with a longboard and a palm tree, like 6am light.", False),
    ("a poster of a lion for my son's room", False),
    ("Make one poster of a lion and one poster of a tiger.", True),
    ("a clip of waves and a photo of a lighthouse", True),
    ("3 cartoon posters of a fox", True),
    ("draw a fox in the snow, and separately draw a hare in a meadow", True),
    ("Image 1: a koala on a rooftop. Image 2: a donut in space.", True),
])
def test_what_asks_for_several_results(text: str, several: bool) -> None:
    from unison_agent.planner.embedded.cues import asks_for_several

    assert asks_for_several(text) is several


def test_a_batch_of_new_pictures_needs_several_asked() -> None:
    from unison_agent.planner.embedded import _unasked_batch
    from unison_agent.planner.embedded.labels import Signature

    batch = Signature.parse("text_to_image ; text_to_image | parallel")
    text = "Please make a wide image of a calm bay with a small kayak and a coiled rope on the jetty."
    assert _unasked_batch(batch, text)
    assert not _unasked_batch(batch, "an image of a bay and an image of a kayak")
    assert not _unasked_batch(Signature.parse("text_to_image"), text)


def test_finally_inside_the_story_is_no_second_step(planner: EmbeddedPlanner) -> None:
    text = ("<image 0> This is Mochi, my old tabby, who is finally well again after a long winter. Generate an image of "
            "this exact cat as a pirate captain.")
    assert len(plan_of(planner, full_registry(), text).steps) == 1


def test_a_story_with_sequence_words_is_planned_as_its_one_ask(planner: EmbeddedPlanner) -> None:
    text = ("We finally repainted the shed last weekend <image 0>. Next my husband also wants to see it in sage green "
            "before we buy more paint. Change the shed to sage green in this photo.")
    assert [s.task for s in plan_of(planner, full_registry(), text).steps] == ["image_edit"]


@pytest.mark.parametrize(("text", "tasks"), [
    # a second sentence that adds a detail: one picture (the head read a picture, then an edit of it)
    ("Draw a cartoon of a class on a museum trip staring up at a dinosaur skeleton. Make the teacher look worried.",
     ["text_to_image"]),
    # no word of motion: no animation (the head added one)
    ("<image 0> is our robotics team's robot; show it on a winners' podium. Put it in a big arena.", ["image_reference"]),
    # ordered steps, or a word of motion or a question, still chain
    ("Make a picture of a lighthouse at dusk. Then add a rowing boat in the foreground.", ["text_to_image", "image_edit"]),
    ("make a picture of a lighthouse and bring it to life", ["text_to_image", "image_to_video"]),
    ("make a picture of a dragon and tell me what colour it is", ["text_to_image", "image_understanding"]),
])
def test_a_chain_needs_its_later_step_asked(planner: EmbeddedPlanner, text: str, tasks: list[str]) -> None:
    assert [s.task for s in plan_of(planner, full_registry(), text).steps] == tasks


def test_what_orders_steps_and_names_motion_or_a_question() -> None:
    from unison_agent.planner.embedded.cues import asks_back, names_motion, orders_steps

    assert orders_steps("draw a cat, then a dog") and orders_steps("1. draw a cat 2. animate it")
    assert not orders_steps("Draw a cat. Make it ginger.") and not orders_steps("a cat next to a dog")
    assert names_motion("make it move") and names_motion("bring it to life") and not names_motion("put it in an arena")
    assert asks_back("and tell me what colour it is") and not asks_back("Make the teacher look worried.")


@pytest.mark.parametrize(("text", "kinds", "cued"), [
    # a question after a comma, asked of someone in the file
    ("In <video 0> of the dog running in the park, is he limping?", {"video"}, {"video_understanding"}),
    # the file named, then said what it is
    ("Turn <image 0>, my gran's wedding photo, into a short clip with confetti falling", {"image"}, {"image_to_video"}),
    # a restyle with the file as the object
    ("Please turn <image 0> into something like an oil painting", {"image"}, {"image_edit"}),
    ("Turn <image 0> of our cottage into an oil painting", {"image"}, {"image_edit"}),
    # a count asked of the file, whatever follows ("before I move them" is no motion asked)
    ("Count the cows in <image 0>, I need the number before I move them", {"image"}, {"image_understanding"}),
    ("Can you put a couple of ducks swimming on the pond in <image 0>?", {"image"}, {"image_edit"}),
])
def test_cues_read_files_named_in_passing(text: str, kinds: set[str], cued: set[str]) -> None:
    from unison_agent.planner.embedded.cues import cued_tasks

    assert cued_tasks(text, kinds) == cued


def test_a_picture_to_frame_is_no_motion() -> None:
    from unison_agent.planner.embedded.cues import names_motion

    assert not names_motion("I want to frame it for the hall") and not names_motion("print it and frame the photo")
    assert names_motion("use it as the first frame") and names_motion("every frame of the clip")


def test_a_videos_moves_given_to_a_new_subject_are_followed() -> None:
    from unison_agent.planner.embedded.cues import follows_motion

    assert follows_motion("Copy the moves in <video 0> for a clip of a bear dancing on ice")
    assert follows_motion("Follow the movements in <video 0> and give me a video of a robot juggling")
    assert not follows_motion("Follow the ball in <video 0> and tell me where it lands")
    assert not follows_motion("Draw arrows for the movements in <video 0> of our back four")


@pytest.mark.parametrize(("text", "kinds", "cued"), [
    # a problem told about the file, nothing asked to be made: words about it
    ("my bread keeps collapsing in the middle, photo attached <image 0>", {"image"}, {"image_understanding"}),
    ("<video 0> the dough hook did nothing, it just spins", {"video"}, {"video_understanding"}),
    ("<image 0> the grout keeps cracking, make it look new again", {"image"}, set()),  # a change asked too
    # a question after a comma, its "?" left off
    ("<video 0> this is the doorbell camera, did the parcel arrive at some point", {"video"}, {"video_understanding"}),
    # text copied or read off the file
    ("copy the text from this flyer <image 0> so I can put it in a newsletter", {"image"}, {"image_understanding"}),
    ("<image 0> read out the names on the team sheet", {"image"}, {"image_understanding"}),
    # a photo made into a clip, a subject in it restyled, an edit verb
    ("make this photo of the harbour <image 0> into a short video with the boats bobbing", {"image"}, {"image_to_video"}),
    ("make the teapot in <image 0> look like it is made of gold", {"image"}, {"image_edit"}),
    ("<image 0> soften the shadows under his eyes", {"image"}, {"image_edit"}),
])
def test_nineteenth_round_cues(text: str, kinds: set[str], cued: set[str]) -> None:
    assert cued_tasks(text, kinds) == cued
