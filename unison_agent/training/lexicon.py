"""Word lists for the planning-data generator: subjects, scenes, styles, verbs, openers.

Key parts: ``SUBJECTS``/``ADJECTIVES``/``ACTIONS``/``SCENES``/``STYLES`` (composed into generation
prompts), ``IMAGE_VERBS``/``VIDEO_VERBS``, ``IMAGE_NOUNS``/``VIDEO_NOUNS``, ``OPENERS`` (polite, terse,
question forms), ``MOTIONS`` (image-to-video), ``CAPTION_FORMS`` (bare captions).

Written from the task descriptions in the issue; never from evaluation sentences.
"""

from __future__ import annotations

SUBJECTS: tuple[str, ...] = (
    "cat", "dog", "fox", "wolf", "horse", "lion", "tiger", "elephant", "giraffe", "panda", "owl", "eagle",
    "parrot", "penguin", "dolphin", "whale", "clownfish", "octopus", "butterfly", "dragon", "unicorn",
    "robot", "astronaut", "knight", "wizard", "samurai", "ballerina", "chef", "firefighter", "old man",
    "little girl", "teenage boy", "woman in a red dress", "man with a beard", "couple", "juggler",
    "vintage car", "sports car", "bicycle", "steam train", "sailboat", "hot air balloon", "spaceship",
    "lighthouse", "castle", "cottage", "skyscraper", "bridge", "windmill", "treehouse", "bowl of ramen",
    "cup of coffee", "stack of pancakes", "birthday cake", "bouquet of tulips", "sunflower", "cactus",
    "teddy bear", "wooden chair", "leather sofa", "guitar", "piano", "pair of sneakers", "wristwatch",
    "laptop", "vase", "teapot", "lantern", "mushroom", "waterfall", "volcano", "koala", "hedgehog",
    "squirrel", "deer", "frog", "jellyfish", "shark", "hummingbird", "corgi", "golden retriever", "kitten",
    "puppy", "goldfish", "red panda", "polar bear", "snowman", "scarecrow", "pirate ship", "submarine",
)

ADJECTIVES: tuple[str, ...] = (
    "", "", "", "", "fluffy", "tiny", "giant", "ancient", "futuristic", "cute", "majestic", "rusty",
    "glowing", "colorful", "red", "blue", "green", "golden", "silver", "black", "white", "purple",
    "orange", "wooden", "crystal", "neon", "vintage", "sleepy", "happy", "lonely", "curious", "elegant",
    "mechanical", "snowy", "wet", "tiny origami", "steampunk", "pastel",
)

ACTIONS: tuple[str, ...] = (
    "", "", "", "sitting", "sleeping", "running", "walking", "jumping", "flying", "swimming", "dancing",
    "reading a book", "playing the guitar", "eating", "drinking tea", "looking at the camera",
    "standing still", "resting", "waving", "smiling", "spinning slowly", "floating", "glowing softly",
    "drifting", "racing", "climbing", "exploring", "hiding", "playing in the leaves", "watching the stars",
    "roaming through tall grass", "crossing the street", "riding a horse", "surfing a wave",
)

SCENES: tuple[str, ...] = (
    "", "", "", "in a forest", "on a beach at sunset", "in the snow", "on the moon", "in a busy city street",
    "under the sea", "in a field of flowers", "on a mountain top", "in a cozy living room", "in the rain",
    "in a desert", "in space", "on a rooftop at night", "in a library", "in a kitchen", "at a train station",
    "next to a river", "in a neon-lit alley", "in a medieval village", "in a jungle", "on a frozen lake",
    "in a sunflower field", "inside a cave", "on a wooden table", "in front of a white background",
    "at the park", "in a classroom", "on a farm", "by the ocean", "in the clouds", "in a garden",
    "on a city rooftop", "in an old attic", "at dawn", "during a thunderstorm", "under cherry blossoms",
)

STYLES: tuple[str, ...] = (
    "", "", "", "", "", "in watercolor style", "as an oil painting", "in the style of Van Gogh",
    "photorealistic", "cinematic lighting", "pixel art", "anime style", "3D render", "digital art",
    "studio photo", "film photography", "low poly", "charcoal sketch", "ukiyo-e style", "cyberpunk style",
    "hyperrealistic, highly detailed", "soft pastel colors", "black and white photo", "dramatic lighting",
    "isometric view", "claymation style", "comic book style", "vaporwave aesthetic", "macro shot",
)

IMAGE_VERBS: tuple[str, ...] = (
    "create", "generate", "make", "produce", "render", "draw", "design", "paint", "give me", "show me",
    "craft", "illustrate", "I want", "I need", "can I get", "build",
)
VIDEO_VERBS: tuple[str, ...] = (
    "create", "generate", "make", "produce", "render", "give me", "shoot", "animate", "I want", "I need",
    "film", "put together", "build",
)

IMAGE_NOUNS: tuple[str, ...] = (
    "image", "picture", "photo", "illustration", "drawing", "artwork", "painting", "render", "pic",
    "photograph", "poster", "wallpaper", "graphic",
)
VIDEO_NOUNS: tuple[str, ...] = (
    "video", "clip", "short video", "animation", "movie", "footage", "video clip", "short film", "vid",
)

OPENERS: tuple[tuple[str, bool], ...] = (
    # (text, is a question form)
    ("", False), ("", False), ("", False), ("please ", False), ("Please ", False), ("could you ", True),
    ("Could you ", True), ("Can you ", True), ("can you ", True), ("Would you ", True), ("hey, ", False),
    ("Hi! ", False), ("I'd like you to ", False), ("I need you to ", False), ("Kindly ", False),
    ("Go ahead and ", False), ("quick one: ", False), ("Hey there, could you ", True), ("Pls ", False),
)

MOTIONS: tuple[str, ...] = (
    "", "", "with the camera slowly zooming in", "with gentle wind moving the leaves", "with the waves crashing",
    "with the person turning their head", "with smooth camera panning", "with fog rolling over the hills",
    "with the subject walking forward", "with subtle motion", "with the water rippling", "with snow falling",
    "with the lights flickering", "with the camera orbiting around", "with the hair blowing in the wind",
    "with fireworks in the sky", "with the character waving", "in slow motion",
)

CAPTION_FORMS: tuple[str, ...] = (
    "a photo of {a_subj}", "a photo of two {plural}", "a picture of {a_subj}", "{a_subj}", "{a_subj} {scene}",
    "a {color} {noun} and a {color2} {noun2}", "a photo of a {noun} left of a {noun2}",
    "a photo of a {noun} below a {noun2}", "a photo of three {plural}", "a {color} {noun}",
    "an oil painting of {a_subj}", "a close-up photo of {a_subj}", "a photo of a {noun} and a {noun2}",
    "{a_subj}, {style}", "a photo of four {plural}", "a {noun} on top of a {noun2}",
)

CAPTION_NOUNS: tuple[str, ...] = (
    "bed", "bench", "car", "bus", "apple", "banana", "umbrella", "clock", "cup", "book", "chair", "dog",
    "cat", "bird", "toothbrush", "laptop", "vase", "kite", "bowl", "orange", "giraffe", "zebra", "sheep",
    "cow", "couch", "tv", "suitcase", "backpack", "bottle", "pizza", "donut", "broccoli", "teddy bear",
    "stop sign", "fire hydrant", "skateboard", "surfboard", "toaster", "sink", "refrigerator", "scissors",
)

COLORS: tuple[str, ...] = (
    "red", "blue", "green", "yellow", "purple", "pink", "black", "white", "brown", "orange",
)

NUMBER_WORDS: dict[int, str] = {
    1: "one", 2: "two", 3: "three", 4: "four", 5: "five", 6: "six", 7: "seven", 8: "eight", 9: "nine",
    10: "ten", 11: "eleven", 12: "twelve", 15: "fifteen", 20: "twenty", 30: "thirty",
}

ORDINALS: tuple[str, ...] = ("first", "second", "third", "fourth")
