"""Task-specific word lists: questions, edit instructions, control maps, reference subjects, file names.

Key parts: ``IMAGE_QUESTIONS``/``VIDEO_QUESTIONS`` (about an attachment), ``TEXT_QUESTIONS`` and
``TRICKY_TEXT_QUESTIONS`` (pure text questions, some mentioning photos, video or pixels),
``MATH_PROBLEMS`` (word-problem frames with numbers filled in), ``IMAGE_EDITS``/``VIDEO_EDITS``
(plus masked variants), ``CONTROL_TYPES``, ``REFERENCE_TYPES``, ``file_name``.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Sequence

IMAGE_QUESTIONS: tuple[str, ...] = (
    "What color is the car?", "Count the people in it.", "Describe it in detail.", "Which way is the arrow pointing?",
    "Is there a dog anywhere?", "What breed is the dog?", "What is going on here?", "Write a caption for it.",
    "What emotion does the person show?", "Which object is on the left?", "What time of day is it?",
    "What brand is the laptop?", "Where was this taken?", "What is the man holding?", "Are the lights on?",
    "Is it safe to cross the street here?", "What kind of food is on the plate?", "Summarize what you see.",
    "What is unusual about it?", "Who is the person?", "What style of painting is this?",
    "Read the text in it.", "What's the weather like?", "Count the apples.", "What animal is this?",
    "Is the door open or closed?", "What are the main colors?", "Describe the background.",
    "What season does it look like?", "Give me three tags for it.", "What is the total on the receipt?",
    "Does anything look edited?", "What's the woman wearing?", "Explain the chart.",
)

VIDEO_QUESTIONS: tuple[str, ...] = (
    "What happens in it?", "Summarize the clip.", "How many people appear?", "What is the person doing?",
    "Describe the camera motion.", "Who scores first?", "Is anyone talking?",
    "What happens at the end?", "Where does it take place?", "Describe the main events in order.",
    "What color is the car that passes by?", "How does the dog react?", "Give it a title.",
    "What is the mood of the scene?", "Is it day or night?", "Which animal appears first?",
    "What instrument is being played?", "Describe the action step by step.", "Did the ball go in?",
    "What's the weather in it?", "Write a short description for it.", "Count the cars.",
)

TEXT_QUESTIONS: tuple[str, ...] = (
    "What is the capital of Australia?", "What is the longest river in Africa?", "Why is the sky blue?",
    "Explain photosynthesis in simple terms.", "What is the boiling point of water at sea level?",
    "Translate 'good morning' into Spanish.", "Give me three tips for better sleep.",
    "What causes the seasons on Earth?", "Write a haiku about autumn.", "Who painted the Mona Lisa?",
    "What's the difference between a virus and a bacterium?", "How does a transformer model work?",
    "Summarize the plot of Hamlet.", "What year did the Berlin Wall fall?", "Name five fruits that are red.",
    "How do I reverse a list in Python?", "What is the speed of light?", "Write a short poem about the sea.",
    "Tell me a joke about cats.", "What does DNA stand for?", "How many continents are there?",
    "Explain what inflation is.", "Recommend a good science fiction book.", "What is the largest planet?",
    "How do vaccines work?", "Write an email asking for a day off.", "What rhymes with orange?",
    "Is a tomato a fruit or a vegetable?", "What is the tallest mountain in the world?",
    "Give me a recipe for pancakes.", "What's a good name for a golden retriever?",
    "Explain recursion to a five year old.", "Who discovered penicillin?", "What is machine learning?",
)

TRICKY_TEXT_QUESTIONS: tuple[str, ...] = (
    "How many pixels does a 1920x1080 screen have?", "What is the difference between a JPEG and a PNG image?",
    "Why do videos look choppy at low frame rates?", "What does 4K resolution mean?",
    "Explain how video compression works.", "Who invented the first photograph?",
    "What camera settings should I use for night photos?", "What is the aspect ratio of a cinema screen?",
    "Write a prompt I could use to generate an image of a castle.", "How long should a YouTube video be?",
    "Why do old photos turn yellow?", "What is a pixel?", "How do I take better pictures with my phone?",
    "What's the most famous photo ever taken?", "Recommend software for editing videos.",
    "Is 30 fps or 60 fps better for gaming?", "Describe what makes a good portrait photo.",
    "How do diffusion models generate images?", "What is the frame rate of most movies?",
    "Explain the rule of thirds in photography.", "Why does my video file take so much space?",
    "What was the first video ever uploaded to YouTube?", "How many frames are in a 10 second clip at 24 fps?",
    "Give me ideas for a short film about friendship.", "What is a depth map in computer vision?",
    "How does a camera lens focus light?", "Which is sharper, 720p or 1080p?",
    "Write a story about a painting that comes alive.", "What does HDR mean on a TV?",
    "What's a good caption for a beach photo?", "How do I animate text in a presentation?",
)

# Math word problems: frames with {a} {b} {c} filled by small integers.
MATH_PROBLEMS: tuple[str, ...] = (
    "Tom has {a} apples and buys {b} more. He gives {c} to his sister. How many apples does he have left?",
    "A train travels {a} miles per hour for {b} hours. How far does it go?",
    "Sara earns ${a} per hour and works {b} hours a week. How much does she earn in {c} weeks?",
    "A bakery sells {a} cakes a day at ${b} each. What is the revenue over {c} days?",
    "There are {a} students in a class and {b} of them are absent. What fraction is present?",
    "If a shirt costs ${a} and is discounted by {b} percent, what is the new price?",
    "Janet's ducks lay {a} eggs per day. She eats {b} and bakes with {c}. How many are left to sell?",
    "A rectangle is {a} cm long and {b} cm wide. What is its area?",
    "What is {a} times {b} plus {c}?", "Solve for x: {a}x + {b} = {c}.",
    "Mike reads {a} pages a day. How many days does it take him to finish a {b}-page book?",
    "A farmer has {a} cows and {b} chickens. How many legs are there in total?",
    "If {a} workers build a wall in {b} days, how long would {c} workers take?",
    "A tank holds {a} liters and leaks {b} liters per hour. When is it empty?",
)

IMAGE_EDITS: tuple[str, ...] = (
    "replace the sky with a starry night", "make it look like winter", "remove the person on the left",
    "change the car's color to red", "add a hat to the dog", "turn it into a watercolor painting",
    "sharpen the details", "make it brighter", "change the season to autumn", "add a rainbow",
    "remove the text", "make the person smile", "change the background to a beach", "make it black and white",
    "add sunglasses to the man", "turn day into night", "replace the cat with a dog", "make the colors warmer",
    "remove the watermark", "give it a cartoon style", "add snow on the ground", "make the shirt blue",
    "put a crown on her head", "erase the power lines", "make the water clearer", "add more clouds",
)
MASKED_IMAGE_EDITS: tuple[str, ...] = (
    "fill the masked area with flowers", "put a stone bench where the mask is",
    "inpaint the area under the mask with grass", "put a cat where the mask is",
    "remove whatever is inside the mask", "replace the masked object with a vase of roses",
    "change the masked part to a brick wall", "fill it in with blue sky", "paint a window there",
    "replace that area with a golden retriever", "turn the masked region into water",
)
VIDEO_EDITS: tuple[str, ...] = (
    "make it look like it's snowing", "change the jacket to red", "turn it into anime style",
    "remove the car", "make it look like night", "add falling cherry blossoms", "replace the sky with a sunset",
    "make it look like an old film", "change the dog into a cat", "give it a cyberpunk look",
    "make the colors more vivid", "add rain", "replace the background with a forest", "make it black and white",
    "remove the logo in the corner", "turn the car blue",
)
MASKED_VIDEO_EDITS: tuple[str, ...] = (
    "replace the masked object with a robot", "remove the masked person", "fill the masked area with water",
    "change the masked region to a red car", "put a dragon where the mask is", "erase what the mask covers",
)

# control type -> (words used in text, file stems, kind of the control input for video tasks)
CONTROL_TYPES: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "canny": (("canny edge map", "canny edges", "canny map", "edge map"), ("canny", "edges", "canny_map")),
    "edge": (("edge map", "edges", "line art", "outline", "lineart"), ("edges", "lineart", "outline")),
    "depth": (("depth map", "depth image", "depth", "depth estimate"), ("depth", "depth_map", "depthmap")),
    "pose": (("pose skeleton", "pose", "openpose image", "pose map", "body pose"), ("pose", "openpose", "skeleton")),
    "scribble": (("scribble", "rough scribble", "doodle"), ("scribble", "doodle")),
    "sketch": (("sketch", "pencil sketch", "rough sketch", "drawing"), ("sketch", "my_sketch", "drawing")),
    "segmentation": (("segmentation map", "seg map", "semantic segmentation", "segmentation"), ("seg", "segmentation")),
}

# reference type -> (noun phrases for the subject in the reference, file stems)
REFERENCE_TYPES: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "id": (("the person", "this person", "the face", "my face", "me", "the man", "the woman"),
           ("id_photo", "face", "me", "selfie", "headshot", "passport_photo")),
    "character": (("the character", "this character", "the mascot", "our hero"), ("character", "mascot", "oc")),
    "product": (("the product", "this bottle", "the sneaker", "our product", "the handbag"),
                ("product", "product_shot", "bottle", "sneaker")),
    "pet": (("my dog", "the cat", "this puppy", "my cat"), ("dog", "my_cat", "pet")),
    "object": (("this teapot", "the toy", "the lamp", "this chair"), ("teapot", "toy", "lamp", "chair")),
}

UNINFORMATIVE_IMAGES: tuple[str, ...] = (
    "img_0032.png", "x1.jpg", "IMG_2041.JPG", "photo(3).png", "download.jpeg", "a.png", "image.png",
    "file_7.webp", "pic.jpg", "input.png", "Screenshot 2024-03-01.png", "0001.png", "b.jpg", "untitled.png",
    "tmp/frame.png", "data/imgs/12.jpg", "/home/user/Pictures/DSC_0192.jpg", "scan.png", "u.jpg", "IMG-9.jpeg",
)
UNINFORMATIVE_VIDEOS: tuple[str, ...] = (
    "input.mp4", "VID_20230301.mp4", "clip1.mp4", "x.mov", "v.mp4", "recording.webm", "a.mp4", "movie.mov",
    "data/videos/003.mp4", "take2.mp4", "export_final.mp4", "out.mp4", "/tmp/upload.mp4",
)
INFORMATIVE_IMAGES: tuple[str, ...] = (
    "cat", "dog", "beach", "portrait", "street", "living_room", "car", "mountain", "sunset", "kitchen",
    "family", "garden", "city", "flower", "house", "selfie", "landscape", "office", "party", "shoe",
)
INFORMATIVE_VIDEOS: tuple[str, ...] = (
    "dance", "street_scene", "skate", "dog_running", "traffic", "interview", "cooking", "surf", "concert",
    "city_walk", "drone_shot", "soccer", "waves", "timelapse",
)
IMAGE_EXTS: tuple[str, ...] = (".png", ".jpg", ".jpeg", ".png", ".jpg", ".webp", ".JPG")
VIDEO_EXTS: tuple[str, ...] = (".mp4", ".mp4", ".mp4", ".mov", ".webm")
ROLE_STEMS: dict[str, tuple[str, ...]] = {
    "mask": ("mask", "mask_01", "inpaint_mask", "m", "region_mask", "mask_sky", "alpha"),
    "first_frame": ("first", "start", "first_frame", "frame0", "opening"),
    "last_frame": ("last", "end", "last_frame", "final", "ending"),
    "source": (),
}


def file_name(rng: random.Random, *, kind: str, role: str, hint_stems: tuple[str, ...] = (),
              choose: Callable[[Sequence[str]], str] | None = None) -> str:
    """A realistic file name for an attachment: informative about its role/content or deliberately not.
    ``choose`` picks the stem (the generator passes its split's share of the stem lists)."""
    if rng.random() < 0.35:
        return rng.choice(UNINFORMATIVE_IMAGES if kind == "image" else UNINFORMATIVE_VIDEOS)
    stems = hint_stems or ROLE_STEMS.get(role) or (INFORMATIVE_IMAGES if kind == "image" else INFORMATIVE_VIDEOS)
    stem = (choose or rng.choice)(stems)
    if rng.random() < 0.25:
        stem += rng.choice(("_1", "_2", "-v2", "_final", "_001", "2"))
    if rng.random() < 0.1:
        stem = rng.choice(("inputs/", "assets/", "./", "~/Downloads/")) + stem
    return stem + rng.choice(IMAGE_EXTS if kind == "image" else VIDEO_EXTS)
