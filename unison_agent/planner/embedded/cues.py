"""Built-in tasks a request's words name outright, for the few phrasings the signature head misreads.

- "bring <image 0> to life", "make the old photo come alive", "animate <image 0> so the water ripples", "turn <image 0>
  of the paper boat into a short video of it drifting away": an animation of that image, even with an edit's words beside it ("have grandma smile and wave" reads as an edit of the photo);
- "crop", "rotate", "flip", "mirror", "resize", "repaint", "recolour" or "restyle" a file as the request's verb, or
  another verb that changes it ("blur the patient's face in <image 0>", "add the text 'See you soon!' across the top",
  ``changes_file``): an edit of that file
  (the first verbs are in none of the head's data: it reads "crop <image 0> to 9:16" by its aspect ratio as an
  animation, and "repaint the walls in <image 0> sage green" as a new picture of the room);
- "make <image 0> look like a watercolour", "turn this photo of our food truck <image 0> into a comic-book style
  picture": an edit (the head read a new picture of the photo's subject);
- words asked of the attached file ("type up the ingredients on this recipe card <image 0>", "turn that diagram into a
  numbered list", "break down the dance in <video 0> step by step", "ignore the sound, just describe the stretches"),
  or a closing question about it ("Watch my deadlift from the side — does my lower back round?"): understanding;
- a new clip of someone or something in an attached video ("take the juggler from <video 0> and make a brand-new clip
  of him on a train"), with no word of motion to follow: a video reference. The head's data has reference images
  only, and it read these as following the video's motion (video control).

A cue names a task only where the request attaches a file of the task's input kind, and the head tries it first
only when none of its likeliest structures already has it (``__init__._named_first``). Two cues need no file:

- a request that opens by asking for words and names nothing to see ("write a letter to my son and remind him to
  feed the cat"), or for the words of a video or a talk ("outline a youtube video script about repotting a monstera,
  around 8 minutes"): text work. The head read "write ... and remind him" as a picture and a question about it, and
  the script as the video; a request that opens so is words, whatever its later clauses ask the words to say;
- a question about how to do something ("walk me through working out the monthly payment on ..."), naming nothing
  to see: text work (the head read "walk me through" as a video).

One more cue speaks for the built-in task against plugin tasks: an attached control map to follow ("use this depth
map <image 0> to make a foggy forest", "<image 0> is a scribble, render it as a cottage") is image control, not a
plugin task near its words (a depth estimator, a cartoon filter), unless the plugin task's own examples give one
(``router``).
"""

from __future__ import annotations

import re
from collections.abc import Collection

from ..compose import asks_how, opens_asking_for_words, step_pieces
from ..enumeration import list_items
from .action import attaches_file, command, opening
from .step_text import _SEQUENCE

_TO_LIFE = re.compile(r"\b(?:bring|brings|bringing)\b.{0,60}?\bto\s+life\b|\b(?:come|comes|coming)\s+(?:alive|to\s+life)\b",
                      re.IGNORECASE)
_UNSEEN_EDIT = re.compile(r"^(?:crop|rotate|flip|mirror|resize|repaint|recolou?r|restyle|colou?r\s+in|colou?ri[sz]e)\b", re.IGNORECASE)
# "animate this photo of the lake cabin <image 0> so the water ripples": the head read a subject to put in a new video
_ANIMATE = re.compile(r"^animate\b"
                      # "make the hens in <image 0> start pecking around the yard", "make the speaker cones visibly pulse"
                      r"|^make\s+(?:the|my|our|this|these|those|his|her)\s+(?:[\w'-]+\s+){0,4}?(?:in\s+(?:this|the)\s+(?:picture|photo|"
                      r"image|pic|shot)\s+)?(?:start\s+|visibly\s+|slowly\s+|gently\s+)?(?:wave|peck\w*|dance|blink|walk|fly|swim|"
                      r"flicker|flutter|twinkle|shimmer|pulse|sway|spin|nod|jump|move|run|flap|bob|ripple|flow)\b"
                      # "get the neon sign in <image 0> blinking on and off"
                      r"|^(?:get|have|set)\s+(?:the|my|our|this|these|those|his|her)\s+(?:[\w'-]+\s+){0,4}?(?:in\s+(?:this|the)\s+(?:picture|"
                      r"photo|image|pic|shot)\s+|in\s+)?(?:waving|blinking|flickering|pulsing|swaying|spinning|dancing|flapping|bobbing|"
                      r"rippling|flowing|nodding|twinkling|glowing\s+on\s+and\s+off)\b", re.IGNORECASE)
# a new clip of someone or something in an attached video: "make a new clip of the woman in <video 0> cycling along a
# canal", "take the juggler from <video 0> and make a brand-new clip of him ..." (no reference video is in the head's
# data: it read these as following the video's motion)
_NEW_CLIP = re.compile(r"\b(?:new|brand-?new|another|different|fresh)\s+(?:[\w-]+\s+)?(?:clips?|videos?|scenes?|shots?|films?|shorts?)"
                       r"(?:\s+(?:of|with|featuring|starring|where|in\s+which)\b|\s*:)"
                       # "a video with the chef from <video 0> flipping pancakes in a beach shack kitchen"
                       r"|^\W*(?:(?:make|create|generate|do|give\s+me)\s+)?(?:an?\s+)?(?:[\w-]+\s+)?(?:clips?|videos?)\s+(?:of|with|featuring|starring)\s+(?:the|our|my|this|that)\s+"
                       r"(?:[\w'-]+\s+){0,2}?from\s+<video \d+>\s+(?!doing\s+the\s+same|copying|following|mimicking)", re.IGNORECASE)
# a restyle of the attached photo: "make <image 0> look like a watercolour", "turn this photo of our food truck <image 0>
# into a comic-book style picture" (the head read a new picture of the photo's subject)
_RESTYLES = re.compile(r"^(?:make\s+(?:(?:this|the|my|our)\s+(?:[\w-]+\s+){0,3}?(?:photo|picture|image|pic|shot)\s+|"
                       # "make the dragonfly in <image 0> look like it belongs in a field guide" (the file left out of the opening)
                       r"(?:the|this|my|our)\s+(?:[\w'-]+\s+){1,3}?(?:in|from)\s+(?=look\b)|"
                       r"of\s+(?:the\s+|our\s+|my\s+)?(?:[\w'-]+\s+){0,4}?)?look\s+(?:like|as\s+if)|"
                       # "turn <image 0> into something like a watercolour painting" (the file left out of the opening)
                       r"turn\s+(?:(?:this|the|my|our)\s+(?:[\w-]+\s+){0,4}?(?:photo|picture|image|pic|shot)\b.{0,60}?\b|"
                       r"of\s+(?:the\s+|our\s+|my\s+)?(?:[\w'-]+\s+){0,4}?)?into\s+"
                       r"(?:something\s+(?:like|resembling)\s+)?(?:an?\s+)?"
                       r"(?:[\w-]+\s+){0,4}?(?:picture|painting|illustration|drawing|sketch|cartoon|comic|anime|watercolou?r|"
                       r"pixel\s+art|mosaic|version)\b)", re.IGNORECASE)
# "Turn <image 0> of the paper boat on the pond into a short video of it drifting away" (the head read a new video of
# the boat, a video reference)
# ("Turn <image 0>, Dad's photo of his allotment, into a short video": the file named, then said what it is)
_INTO_CLIP = re.compile(r"^(?:turn|make)\s*(?=(?:this|the|my|our|that)\s+(?:[\w'-]+\s+){0,3}?(?:photo|picture|image|pic|shot|drawing|"
                        r"painting)\b|of\b|into\b|,)[^.?!]{0,80}?\binto\s+(?:an?\s+)?(?:[\w-]+\s+){0,3}?(?:video|clip|animation|gif|"
                        r"loop|movie|film)s?\b", re.IGNORECASE)
_FOLLOWS = re.compile(r"\b(?:motion|movements?|moves|pose|poses|posture|choreograph\w*|follow\w*|mimic\w*|copy|copies|"
                      r"same\s+(?:way|moves?|motion|movements?|steps|path|route|pose|timing|choreography|camera)|"
                      r"match\w*|depth|edges?|skeleton|trajector\w*|camera\s+(?:path|move\w*)|timing|guided?|drive|driven)\b",
                      re.IGNORECASE)


_MAP = (r"(?:rough\s+|pencil\s+|quick\s+|hand-?drawn\s+)?(?:depth\s+map|depth\s+image|edge\s+map|canny(?:\s+edges?|\s+map)?|"
        r"pose(?:\s+skeleton|\s+map)?|openpose\s+image|skeleton|scribble|sketch|doodle|line\s*art|outline|"
        r"segmentation\s+map|seg\s+map|normal\s+map)")
# atomic: "the pose skeleton of <image 0>" must not match as "the pose" + " skeleton of"
_GIVEN_MAP = re.compile(rf"\b(?:this|the|my|that|is\s+an?|here'?s\s+an?|following|(?:use|using)\s+(?:<image\s\d+>|it|this|that)\s+as\s+an?)"
                        rf"\s+(?>{_MAP})\b(?!\s+(?:of|for|from)\b(?!\s+an?\b))",
                        re.IGNORECASE)


# motion given to a new subject: "follow the movements in <video 0> and give me a clip of a robot dribbling"
_MOTION_GIVEN = re.compile(r"\b(?:follow\w*|cop(?:y|ies|ying)|mimic\w*|use|using|take|taking)\s+(?:the\s+|their\s+|his\s+|her\s+|my\s+)?"
                           r"(?:[\w'-]+\s+)?(?:movements?|motion|moves|poses?|choreography)\s+(?:in|of|from)\s+<video \d+>",
                           re.IGNORECASE)
_NEW_SUBJECT_CLIP = re.compile(r"\b(?:videos?|clips?|animations?)\s+(?:of|where|with|in\s+which)\s+(?:an?|the|some|two|three|my|our)\b",
                               re.IGNORECASE)


def follows_motion(text: str) -> bool:
    """An attached video's motion given to a new subject ("copy the moves in <video 0> for a clip of a dancing
    bear"): a control video to follow, as a map is for a picture."""
    return bool(_MOTION_GIVEN.search(text) and _NEW_SUBJECT_CLIP.search(text))


def gives_control_map(text: str) -> bool:
    """An attached image given as a control map to follow ("use this depth map <image 0>", "follow the scribble in
    <image 0>"), not one asked for ("make a depth map of <image 0>")."""
    return "<image" in text and bool(_GIVEN_MAP.search(text))


def takes_control_map(example: str) -> bool:
    """A plugin task's example that gives it the user's own map, said with a word before it too ("turn my napkin
    sketch of a login screen <image 0> into an app mockup"); not one it makes ("turn <image 0> into a depth map")."""
    return gives_control_map(example) or ("<image" in example and bool(_OWN_MAP.search(example)))


_OWN_MAP = re.compile(rf"\b(?:this|the|my|our|that)\s+[\w'-]+\s+(?>{_MAP})\b(?!\s+(?:of|for|from)\b(?!\s+an?\b))", re.IGNORECASE)


# an attached file changed in place: the result is that file, never words about it
_CHANGES = re.compile(r"^(?:add\s+(?:the\s+|a\s+|some\s+)?(?:text|caption|title|words|label|date|watermark)\b|put\s+(?:a|an|some|two|three|a\s+couple\s+of|a\s+few)\s+(?:[\w'-]+\s+){1,4}?on\b|replace|remove|erase|swap|recolou?r|repaint|crop|rotate|flip|mirror|brighten|darken|sharpen|"
                      r"whiten|lighten|soften|straighten|retouch|touch\s+up|desaturate|"
                      r"blur\s+(?:out\s+)?(?:the|my|our|his|her|their|all|any|every)|zoom\s+in|take\s+(?:[\w'-]+\s+){1,5}?(?:off|out\s+of)(?!\s+(?:work|school)))\b",
                      re.IGNORECASE)
# a question that asks to see something ("what would my house look like in navy?"): a picture may answer it
# ... or that asks for a result beside its question ("which frame would make the best poster? just export that one")
_TO_SEE = re.compile(r"\b(?:look|looks|looked|looking|show|visuali[sz]e|mock-?up|preview|imagine|render|give\s+me|export|"
                     r"make|create|generate|produce|draw|drawn|sketch(?:ed)?|diagram|save|send\s+me|turn\s+(?:it|this|that)|pull)\b",
                     re.IGNORECASE)


def changes_file(text: str) -> bool:
    """The request's verb changes an attached file ("replace the football in <video 0> with a glowing ball")."""
    return attaches_file(text) and bool(_CHANGES.match(opening(text, 10)))


def asks_to_see(text: str) -> bool:
    """The request asks to see something or for a result, not only to be told ("what would it look like ...", "show
    me ...", "... ? give me a grayscale where close is white")."""
    return bool(_TO_SEE.search(text))


def brings_to_life(text: str) -> bool:
    """ "bring it to life", "make the statue come alive": an animation (the action probe hears an errand in "bring")."""
    return bool(_TO_LIFE.search(text))


_SEEN = re.compile(r"\b(?:pictures?|images?|photos?|pics?|videos?|clips?|drawings?|draw|paint\w*|sketch\w*|illustrat\w*|"
                   r"posters?|animat\w*|film\w*|movies?|render\w*|visuali[sz]\w*|logos?|banners?|flyers?|stickers?|memes?|"
                   r"wallpapers?|thumbnails?|icons?|signs?|cards?|comics?|cartoons?|storyboards?|frames?|footage|scenes?)\b",
                   re.IGNORECASE)


# words for a video or a talk: "outline a youtube video script about repotting a monstera, around 8 minutes"
_WORDS_FOR_MEDIA = re.compile(r"^(?:outline|write|draft|plan|give\s+me|come\s+up\s+with)\s+(?:me\s+)?(?:an?\s+|the\s+|some\s+)?"
                              r"(?:[\w-]+\s+){0,3}?(?:scripts?|screenplays?|shot\s+lists?|talking\s+points|outlines?)\b",
                              re.IGNORECASE)


def writes_words(text: str) -> bool:
    """A request that opens by asking for words ("write", "draft", "compose" ... a letter, a poem, a list) and names
    nothing to see, or for the words of a video or a talk ("outline a youtube video script ...")."""
    return (opens_asking_for_words(command(text, 12)) and not _SEEN.search(text)) or bool(_WORDS_FOR_MEDIA.match(command(text, 12)))


# what the attached photo would look like changed: "could you show me what they'd look like in sage green?", "how would
# the room look with a darker floor?" (the head read a new picture of the photo's subject)
_PREVIEWS = re.compile(r"\b(?:what|how)\s+[^.?!]{0,60}?\b(?:would|will|might|could|[\w]+'d)\s+(?:[^\s.?!]+\s+){0,4}?look(?:\s+like)?\s+(?:in|with|as|if|"
                       r"after|without|once|painted|dyed|on\s+(?:me|him|her|them|us))\b", re.IGNORECASE)
# "<image 0> is a photo of my vegetable bed. Could you turn it into a short video ...": the photo animated
_IT_INTO_CLIP = re.compile(r"\bmake\s+(?:an?\s+)?(?:short\s+)?(?:video|clip|animation)\s+(?:from|out\s+of)\s+(?:<image|it\b|this\b)|"
                           r"\b(?:turn|make|transform|convert)\s+(?:it|this|that)\s+into\s+(?:an?\s+)?(?:[\w-]+\s+){0,3}?(?:video|clip|"
                           r"animation|gif|loop|movie|film)s?\b", re.IGNORECASE)
# a question typed without its question mark: "is the grout in <image 0> cracked enough that i need to redo it"
_OPEN_QUESTION = re.compile(r"^(?:is|are|was|were|does|did|do(?=\s+(?:i|we|you|they|my|our|the|these|those)\b)|can\s+you\s+(?:see|tell|spot)|what(?!\s+if\b)|what's|which|who|where|"
                            r"why|how\s+(?:many|much|long|far|fast|often|well))\b[^?.!;]*\.?\s*$", re.IGNORECASE)
# an attached video restyled whole: "turn <video 0> of me kneading dough into a watercolour painting style"
_RESTYLES_VIDEO = re.compile(r"^turn\s+(?:(?:this|the|my|our|that)\s+(?:[\w'-]+\s+){0,3}?(?:video|clip|footage|film|recording)\b|of\b|"
                             r"into\b)[^.?!]{0,80}?\binto\s+(?:an?\s+)?(?:[\w-]+\s+){0,3}?(?:painting|cartoon|anime|watercolou?r|"
                             r"sketch|comic|claymation|pixel\s+art|noir|style)(?:\s+(?:style|look|version|filter))?\s*(?:[.!,;]|$)",
                             re.IGNORECASE)
# advice in words: "suggest a good bait for catfish", "recommend a book on sharks" (the head read a picture of it)
_ADVICE = re.compile(r"^(?:suggest|recommend)\b", re.IGNORECASE)

# a question about the attached file, closing the request: "I filmed my golf swing in <video 0>. Is my head moving during
# the backswing?" (the head read a story about a video and then a video to make)
_CLOSING_QUESTION = re.compile(r"(?:^|[.!?;:]\s+|\s[-\u2013\u2014]\s+)(?:is|are|was|were|does|do|did|can\s+you\s+(?:see|tell|spot)|what|what's|which|who|"
                               r"where|when|why|how\s+(?:many|much|long|far|fast|often|well))\b[^.!?]*\?\s*$"
                               # after a comma, asked of someone in it: "In <video 0> of my father walking, does he drag his foot?"
                               r"|,\s+(?:is|are|was|were|does|do|did)\s+(?:he|she|it|they|this|that|there|the|my|his|her|their|our)\b"
                               r"[^.!?,]*\?\s*$"
                               # ... its "?" left off at the very end: "this is the nanny cam, did the baby roll over at some point"
                               r"|,\s+(?:is|are|was|were|does|did)\s+(?:he|she|it|they|the|my|his|her|their|our)\b[^.!?,;:]*$",
                               re.IGNORECASE)
_ACTS = re.compile(r"\b(?:make|turn|change|convert|replace|remove|add|(?<!to\s)put|animate|create|generate|edit|draw|render|show\s+me|"
                   r"give\s+me|look\s+like|would\s+(?:it|this|that|they|he|she)\s+look)\b", re.IGNORECASE)


# words asked of the attached file: "type up the ingredients on this recipe card <image 0>", "turn that diagram into a
# numbered list", "break down the dance in <video 0> step by step" (the head read a picture or a video to make)
_WORDS_OF_FILE = re.compile(r"(?:^|[,.;:]\s*|\bjust\s+)(?:describe|summari[sz]e)\b|\b(?:type\s+(?:(?:it|them|this|that)\s+)?(?:up|out)|write\s+(?:(?:it|them|this|that)\s+)?(?:down|out)|transcribe|(?:into|as)\s+(?:a\s+|an\s+)?(?:numbered\s+|"
                            r"bullet(?:ed)?\s+|markdown\s+|plain\s+(?:text\s+)?|text\s+)?(?:list|table|checklist|outline|notes|summary|steps)|break\s+down|"
                            r"breakdown|step[- ]by[- ]step|shot[- ]by[- ]shot|(?:booru[- ]tag|natural[- ]language|alt[- ]text)\s+"
                            r"captions?|tell\s+me\s+(?:\w+\s+)?(?:whether|if|what|which|how|why|who|where|when)|point\s+out|"
                            # "copy the text from this screenshot <image 0> so I can paste it into an email"
                            r"read\s+(?:me\s+)?(?:out|off)\s+(?:the|what|all|every|each)\b|"
                            r"(?:copy|grab|extract|pull)\s+(?:out\s+)?(?:all\s+)?(?:the\s+)?(?:[\w'-]+\s+)?(?:text|words|writing|wording)\s+"
                            r"(?:from|off|out\s+of|in|on)\b)\b", re.IGNORECASE)
_DRAWS = re.compile(r"\b(?:add|remove|replace|animate|edit|draw|render|overlay|paint|generate|make\s+(?:a|an)\s+(?:new\s+)?"
                    r"(?:image|picture|video|clip|poster))\b", re.IGNORECASE)


# a new picture or clip asked for: "make a video of a robot doing the same deadlift", "generate an image of ..."
_MAKES_NEW = re.compile(r"\b(?:make|create|generate|render|produce|draw|paint|animate)\s+(?:me\s+|us\s+)?(?:an?|one|some|\d+)\s+"
                        r"(?:[\w-]+\s+){0,2}?(?:images?|pictures?|photos?|videos?|clips?|animations?|drawings?|paintings?|posters?|"
                        r"illustrations?|renders?)\s+(?:of|showing|where|with|in\s+which)\b", re.IGNORECASE)


def makes_media(text: str) -> bool:
    """The text asks for a new picture or clip of something ("make a video of a robot performing the same lift")."""
    return bool(_MAKES_NEW.search(text))


def asks_unmarked(text: str) -> bool:
    """One question typed without its question mark, opening the request ("is the grout in <image 0> cracked enough
    that i need to redo it"); not a file named first ("<image 0> is a scribble. Produce ...")."""
    return not _LEADING_FILE.match(text) and bool(_OPEN_QUESTION.match(opening(text, 60).strip()))


_LEADING_FILE = re.compile(r"^\W*<(?:image|video) \d+>")


def asks_to_make(text: str) -> bool:
    """The request asks to make or change a picture or a video somewhere in it ("... and draw it as a cartoon")."""
    # (a second pattern here, "turn it into ..." or any "poster"/"video" word, held backspaces where its word
    # boundaries were meant and never matched; every figure since 2662b54 was measured without it, and fixed it would
    # match the "video" of every "<video 0>")
    return bool(_DRAWS.search(text))


def cued_tasks(text: str, kinds: Collection[str]) -> set[str]:
    """The built-in tasks ``text`` names by the cues above; ``kinds``: the kinds of the files it attaches."""
    images, videos = "image" in kinds, "video" in kinds
    if not kinds and writes_words(text):
        return {"text_understanding"}
    if images and not videos and brings_to_life(text):
        return {"image_to_video"}
    if not kinds and (asks_how(text) or _ADVICE.match(command(text, 12))) and not _SEEN.search(text):
        return {"text_understanding"}
    if (_UNSEEN_EDIT.match(opening(text).strip()) or changes_file(text)) and images != videos:
        return {"image_edit" if images else "video_edit"}
    if images and not videos and (_RESTYLES.match(opening(text, 30).strip()) or (_PREVIEWS.search(text) and not _MOTION.search(text))):
        return {"image_edit"}
    if images and not videos and (_ANIMATE.match(opening(text, 12).strip()) or _INTO_CLIP.match(opening(text, 30).strip())
                                  or _IT_INTO_CLIP.search(text)):
        return {"image_to_video"}
    if videos and not images and _NEW_CLIP.search(text) and not _FOLLOWS.search(text):
        return {"video_reference"}
    if videos and not images and _RESTYLES_VIDEO.match(opening(text, 30).strip()) and not _FOLLOWS.search(text):
        return {"video_edit"}
    if images != videos and (_WORDS_OF_FILE.search(text) or _COUNTS.match(opening(text, 12).strip())) and not _DRAWS.search(text):
        return {"image_understanding" if images else "video_understanding"}
    if images != videos and (_CLOSING_QUESTION.search(text) or asks_unmarked(text)) and not _ACTS.search(text):
        return {"image_understanding" if images else "video_understanding"}
    if images != videos and _TROUBLE.search(text) and not (_ACTS.search(text) or _DRAWS.search(text) or _FIXES.search(text)):
        return {"image_understanding" if images else "video_understanding"}
    return set()


# a problem told about the attached file, nothing asked to be made: "my tulip stacks keep blowing out into a blob,
# filmed it <video 0>", "<image 0> yellow ring in the armpit of a white tee, oxiclean did nothing" (the head read a
# new clip or picture of what the words describe)
_TROUBLE = re.compile(r"(?:\b(?:keeps|kept)|\b(?:i|we|you|they|it|\w+s)\s+keep)\s+(?:on\s+)?(?!(?:every|any|no|some)thing\b)\w+ing\b|\bdid\s+nothing\b|\b(?:didn'?t|doesn'?t|won'?t|isn'?t|not)\s+"
                      r"(?:work|working|help|helping|budge|budging|shift|come\s+out)\b|\bwhat(?:'?s|\s+is)\s+(?:off|wrong)\b|"
                      r"\bwhat\s+am\s+i\s+doing\s+wrong\b", re.IGNORECASE)
# ... with a change asked after it: "the horizon keeps rolling, keep it level", "theres jello, fix it"
_FIXES = re.compile(r"\b(?:fix|keep\s+(?:it|them|this|that|the)|level|stop|steady|stabili[sz]e|straighten|correct|sort\s+out|clean|repair|rescue|dye|brighten|"
                    r"remove|get\s+rid\s+of|smooth)\b", re.IGNORECASE)


# a count asked of the file: "Count the sheep in <image 0>, need a rough number before I move them"
_COUNTS = re.compile(r"^count\s+(?:the|all|how|every|up)\b", re.IGNORECASE)
_RESULT = re.compile(r"\b(?:pictures?|photos?|photographs?|images?|pics?|stills?|posters?|drawings?|paintings?|illustrations?|"
                     r"portraits?|renders?|renderings?|graphics?|artworks?|wallpapers?|logos?|banners?|icons?|sketch(?:es)?|"
                     r"thumbnails?|covers?|flyers?|stickers?|videos?|vids?|clips?|animations?|movies?|films?|footage|gifs?|reels?|"
                     r"trailers?|teasers?|time-?lapses?|cartoons?|loops?|shots?)\b", re.IGNORECASE)
_SEVERAL = re.compile(r"\b(?:two|three|four|both|pair|couple|several|multiple|variations?|versions?|options|alternatives|"
                      r"separate|separately|second|another|also|plus|as\s+well\s+as)\b|\bone\s*:"
                      # "Image 1: ... Image 2: ...", "... and a drawign of ...", "3 posters" (not "16:9 image", "2am")
                      r"|\b(?:image|picture|photo|video|clip)\s*[1-9]\s*:|\band\s+an?\s+[\w-]+\s+of\b"
                      r"|(?<![\d:.x*])\b[2-9]\s+(?:[a-z-]+\s+)?(?:pictures|photos|images|pics|videos|clips|posters|drawings|"
                      r"paintings|illustrations|logos)\b", re.IGNORECASE)


def asks_for_several(text: str) -> bool:
    """Whether ``text`` could ask for several things made side by side: two result nouns ("a clip of waves and a photo
    of a lighthouse"), or a count or a second thing ("two posters", "also a painting of ..."). The head read "a wide
    image of a calm lake with a small rowing boat and a fishing rod" as two images; one image named is one image."""
    return len(_RESULT.findall(text)) >= 2 or _SEVERAL.search(text) is not None


# a result that moves: "animate it", "bring it to life", "a 33-frame vid", "use it as the last frame of a short film"
# (not a picture framed: "I want to frame it for her room")
_MOTION = re.compile(r"\b(?:videos?|vids?|clips?|animat\w*|gifs?|films?|movies?|footage|loops?|reels?|to\s+life|come\s+alive|"
                     r"moves?|moving|motion|time-?lapses?|(?<!\bto\s)(?<!\band\s)frames?(?!\s+(?:it|this|that|them|the\s+[\w-]+)\b)|fps|\d+\s*(?:s|secs?|seconds?)(?:\s+long)?)\b", re.IGNORECASE)
# what orders a later step besides the sequence words: "once done", "once the clip exists", "after generating it",
# "First ...", "step 2", "take that image and ..." (not "after finishing my first triathlon", "take the teddy bear")
_ORDER = re.compile(r"\bonce\s+(?:done|finished|ready|complete|that|this|it|the|you)\b|\bafter\s+(?:generating|making|creating|"
                    r"drawing|rendering|painting|filming|designing|that|this|which|you)\b|^\W*first\b|\bstep\s*\d|"
                    r"\btake\s+(?:that|this|the)\s+(?:image|picture|photo|drawing|result|clip|video)\s+and\b", re.IGNORECASE)


def orders_steps(text: str) -> bool:
    """The request orders steps: a sequence word that starts one ("then", "after that", "finally"; ``step_pieces``),
    another word of order ("once done", "first", "take that image and") or a numbered list."""
    return bool(list_items(text)) or len(step_pieces(text, _SEQUENCE)) > 1 or _ORDER.search(text) is not None


# a question or words asked about a result: "and tell me what colour it is", "then describe it", "write a caption"
_ASKS_BACK = re.compile(r"\?|\b(?:tell|describe|what|which|who|whom|whose|where|why|how|count|caption|check|explain|rate|"
                        r"list|say|name|whether|answer|judge|compare|critique|review|write)\b", re.IGNORECASE)


def asks_back(text: str) -> bool:
    """The request asks something of a result (a question, "describe", "write a caption")."""
    return _ASKS_BACK.search(text) is not None


def names_motion(text: str) -> bool:
    """The request names a moving result ("animate it", "a clip", "bring it to life")."""
    return _MOTION.search(text) is not None
