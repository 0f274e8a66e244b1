"""What the built-in models cannot hear or write, however close a request's words are to a built-in task.

The built-in video models see frames; none hears a video's sound track. A request on a video about what
is sung, played or said in it ("what song is playing in <video 0>?", "transcribe what they say") reads
like video understanding, but needs sound or speech; so does a sound, song or reading aloud to make ("make me a
ringtone", "read this story aloud", "a video where you can hear the waves"), which reads like a picture or
video to generate. The built-in tools write PNG images, silent MP4 videos and
text; a result in another file format ("turn <video 0> into a gif", "export both as one zip", "give me
an STL") reads like a video or image edit, but needs a file converter; a 3D model, asset or mesh ("a rigged
3D character for my Unity game", "a low-poly fox model in blender") reads like an image. A file's resolution raised or
its frames interpolated are read first (``resolution``). Each names the outside
capability (``outside.OUTSIDE``) it needs: refused unless a registered plugin task covers it, in which
case the scores decide as for any request.
"""

from __future__ import annotations

import re

from .action import ASKS, PLACEHOLDER, asked_to_do_it, attaches_file, command
from .resolution import resolution_or_rate

SOUND = "music and sound"
SPEECH = "speech and voice"
CONVERSION = "file compression and conversion"
DOCUMENTS = "documents and files"
THREE_D = "3D"

# not "it": "what does it say" of a video may ask about a sign, a caption or signing
_PERSON = r"(?:he|she|they|him|her|them|everyone|everybody|anyone|someone|people|the\s+(?:two\s+|three\s+|other\s+)?(?:men|women|guys|girls|boys|kids|man|woman|guy|girl|boy|kid|child|person|people|speaker|presenter|host|" \
          r"teacher|lady|narrator|reporter|actor|actress|singer|crowd|announcer|commentator|interviewer|interviewee|guest|coach|referee|umpire|patient|foreman|customer|client|caller|" \
          r"captain|officer|cop|doctor|pilot|driver|waiter|priest|bride|groom|ceo|manager|boss))"
_LANGUAGES = (r"english|spanish|portuguese|french|german|italian|dutch|polish|russian|ukrainian|greek|turkish|arabic|hebrew|"
              r"hindi|urdu|bengali|punjabi|tamil|mandarin|cantonese|chinese|japanese|korean|vietnamese|thai|tagalog|"
              r"indonesian|swahili|swedish|norwegian|danish|finnish")
# what a sign, a caption or a shirt "says" is read off the frames
_WRITTEN = (r"(?!(?:signs?|captions?|text|banners?|labels?|screens?|shirts?|t-shirts?|boards?|notes?|posters?|cards?|subtitles?|"
            r"titles?|messages?|letters?|writing|tattoos?|stickers?|graffiti|menus?|headlines?|plates?|displays?|slides?|books?|"
            r"papers?|pages?|charts?|clocks?|scoreboards?|whiteboards?|chalkboards?|placards?|billboards?)\b)")
_SPEECH = re.compile(
    # "transcribe the method demonstrated in <video 0>" writes down what is shown, not what is said
    r"\b(?:transcri(?:be|bed|bing|pts?|ptions?)(?!\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:demonstrated|shown|written|on\s+screen))|spoken|speech|dialogue|voices?|accents?|narrat(?:e|ion|or)|"
    rf"what(?:\s+is|\s+are|\s+was|\s+were|'s|\s+'s)\s+{_PERSON}(?:\s+[\w'-]+){{0,4}}?\s+(?:saying|yelling|shouting|singing|whispering)|"
    rf"what\s+(?:exactly\s+|else\s+)?(?:did|does|do)\s+{_PERSON}\s+(?:say|shout|yell|whisper)|(?:mention(?:ed|s)?|said|say)\s+(?:out\s+loud|aloud)|"
    rf"what\s+{_PERSON}\s+(?:says|said|shouts?|shouted|yells?|yelled|whispers?|whispered)|"
    # "who had the better arguments? Go by what they actually said."
    rf"what\s+{_PERSON}\s+(?:actually|really|just|truly|literally)\s+(?:say|says|said)|"
    # "is the guy in <video 0> speaking spanish or portuguese?" (sign language is seen)
    rf"(?:speaking|talking\s+in)\s+(?:{_LANGUAGES})|says?\s+(?:a|the)\s+(?:word|name|phrase)|what\s+word|"
    r"what\s+language\s+(?:is|are)\s+(?:[\w'-]+\s+){0,3}?(?:speaking|talking|singing)|"
    # "what the woman is saying", "notes on what the professor said", "what exactly are they arguing about"
    rf"what\s+(?:the|his|her|their|my|our)\s+(?:{_WRITTEN}[\w'-]+\s+){{1,3}}?(?:(?:(?:is|are|was|were|keeps?)\s+)?(?:saying|yelling|"
    r"shouting|whispering|singing|arguing|talking|chatting|muttering|mumbling|screaming)|says|said|yells?|yelled|shouts?|shouted|"
    r"whispers?|whispered|mutters?|muttered|sings|sang|announces?|announced)|"
    r"what\b[^.?!]{0,40}?\b(?:arguing|talking|chatting|bickering|gossiping|ranting)\s+about|"
    rf"what\s+(?:did|does|do)\s+(?:the|his|her|their|my|our)\s+(?:{_WRITTEN}[\w'-]+\s+){{1,2}}?(?:say|mention|announce)|introduc(?:es|ed|ing)\s+(?:himself|herself|themselves)|"
    r"quotes?\b.{0,40}?\b(?:says|said|say)|"
    # "what is the engineer saying right when ...", "what name does the bride's father say", "everything the professor says"
    rf"what\s+(?:is|are|was|were|'s)\s+(?:the|his|her|their|my|our|that|this)\s+(?:{_WRITTEN}[\w'-]+\s+){{1,3}}?(?:saying|yelling|"
    r"shouting|whispering|announcing)|what\s+(?:name|names|word|words|number|phrase)\s+(?:does|did|do)\s+.{0,40}?\bsay|"
    # "what was the punchline?", "what is my toddler trying to say", "every time someone says 'um'", lip-synced vocals
    rf"punch\s*lines?|trying\s+to\s+say|sound\s*-?\s*bites?|"
    # "what did the woman in the red coat shout", "does the minister actually say 'we will not resign'" (not a sign's words)
    rf"what\s+(?:did|does|do)\s+(?:[\w'-]+\s+){{1,8}}?(?:shout|yell|scream|whisper|mutter|chant)|"
    rf"(?:does|did)\s+(?:the\s+|this\s+|that\s+)?(?!(?:sign|board|banner|caption|screen|label|poster|text|shirt|t-shirt|slide|"
    rf"headline|chyron|ticker)s?\b)[\w'-]+\s+(?:actually\s+|really\s+|ever\s+)?say\s+['\"\u2018\u201c]|(?:the\s+)?words\s+(?:that\s+)?(?:{_PERSON}|(?:my|our|his|her|their)\s+[\w'-]+)\s+(?:says?|said|is\s+saying|speaks?)|{_PERSON}\s+(?:says?|said)\s+['\"\u2018\u201c]|lip[- ]?sync\w*|"
    rf"(?:everything|all|exactly\s+what|word\s+for\s+word\s+what)\s+(?:that\s+)?(?:{_PERSON}|(?:the|his|her|their|my|our)\s+"
    rf"(?:{_WRITTEN}[\w'-]+\s+){{1,2}}?)\s*(?:says?|said|is\s+saying|are\s+saying|talks?\s+about)|what\s+{_PERSON}\s+say|"
    # "minutes from the meeting recording, who said what", "the name the compere reads out"
    rf"who\s+said\s+what|minutes\s+(?:from|of)\s+(?:the|this|our|my)\s+(?:[\w-]+\s+)?(?:recording|call|meeting)|"
    rf"(?:{_PERSON}|the\s+(?:[\w'-]+\s+)?[\w'-]+)\s+(?:reads?|calls?|shouts?)\s+out)\b", re.IGNORECASE)
# what is said in sign language is seen: "what the man in <video 0> is saying with his hands"
_SIGNED = re.compile(r"\bsign\s+language\b|\bsigning\b|\bwith\s+(?:his|her|their)\s+hands\b|\blip[- ]?read", re.IGNORECASE)
_SOUND = re.compile(
    r"\b(?:(?:what|which)\s+key\s+(?:is|are|was|were)|songs?|soundtrack|audio|sounds?|bpm|tempo|voice-?overs?|hum|hiss|humming|buzzing|purr(?:s|ing)?|whin(?:e|es|ing)|squeal(?:s|ing)?|murmurs?|heartbeats?|stethoscope|reverb|how\s+loud|loudness|too\s+loud|decibels?|kick\s+drums?|bass\s*line|birds?\s+(?:is\s+|are\s+)?(?:singing|calling|chirping)|in\s+tune|out\s+of\s+tune|off[- ]key|pitchy|(?:go|goes|going|went|sings?|singing|sang|sounds?)\s+(?:a\s+(?:bit|little)\s+|slightly\s+)?(?:flat|sharp)\b(?!\s+(?:out|left|right|turn|bend|corner))|chirps?|chirping|beeps?|beeping|(?<!on-screen\s)lyrics(?!\s+(?:captions?|subtitles?|cards?|sheets?|on\s+(?:the\s+)?screen))|listen(?:ing)?\s+to|listen\s+(?:and|closely|carefully)|hear(?:d|ing)?|noises?|"
    # music itself, not a music video, festival or shop; sheet music is read, not heard
    r"(?<!sheet\s)music(?!\s+(?:videos?|festivals?|stands?|schools?|teachers?|lessons?|class(?:es)?|rooms?|shops?|"
    r"stores?|box(?:es)?|halls?|venues?|notes?|stages?|visuals?|visuali[sz]ers?)\b))\b", re.IGNORECASE)
# sound made from nothing but words: "make me a ringtone out of a cat meowing", "compose a lo-fi piano track"
_MAKES_SOUND = re.compile(
    r"\b(?:make(?!\s+out\b)|generate|create|compose|produce|record|play|synthesi[sz]e|want|need|score|plus|mix)\s+(?:me\s+|us\s+)?(?:an?\s+|some\s+|the\s+|my\s+)?"
    r"(?:[\w'-]+\s+){0,4}?(?:ringtones?|sound\s*effects?|sfx|sounds?|chimes?|jingles?|beats?|melod(?:y|ies)|tunes?|songs?|"
    r"podcast\s+(?:episodes?|intros?|outros?|segments?)|dj\s+(?:sets?|mix(?:es)?)|"
    r"soundtracks?|podcasts?|voice[- ]?overs?|audio|alarm\s+tones?|music|tracks?|anthems?|chants?|hymns?|lullab(?:y|ies)|stings?|chiptunes?|"
    # a beat to keep time or a noise to sleep by: "play a 90 bpm metronome", "make me some white noise"
    r"metronomes?|click\s+tracks?|(?:white|pink|brown)\s+noise|drum\s+(?:loops?|grooves?|patterns?))\b"
    # the sound is what is made, not a word describing something else ("a poster for a music festival")
    r"(?=\s*(?:$|[,.;:!?)\-]|\d|(?:for|to|with|out|from|in|of|that|which|i|we|about|like|and|so|using|on|at|where|when|"
    r"please|lasting|around|under|over|based|while|during)\b))", re.IGNORECASE)
# a piece of music written: "write a 30 second lo-fi instrumental to go with our single" (a song's words are text work)
_INSTRUMENTAL = re.compile(r"\b(?:write|compose|make|produce|record|create)\s+(?:me\s+|us\s+)?(?:an?\s+|the\s+|some\s+)?(?:[\w'-]+\s+){0,4}?"
                           r"instrumentals?\b(?!\s+(?:version|section|break|part)\s+of\b)", re.IGNORECASE)
_NARRATES = re.compile(r"\bnarrate\b.{0,60}?\bover\s+(?:it|the\s+(?:video|clip|footage|animation))\b", re.IGNORECASE)
_ALOUD = re.compile(r"\b(?:read(?:ing)?|says?|saying|sing(?:ing)?|recite|narrate|speak(?:ing)?|tell(?:ing)?|talk(?:ing)?|record)\b.{0,80}?"
                    r"(?:\b(?:aloud|out\s+loud)\b|\b(?:in|with)\s+(?:an?|his|her|their|my|your|our|its)\s+(?:[\w'-]+\s+){0,3}?voice\b)"
                    # a song sung by name: "a video of everyone singing happy birthday to Marco"; lips synced to words
                    r"|\bsing(?:ing|s)?\s+(?:happy\s+birthday|the\s+(?:national\s+)?anthem|['\"\u2018\u201c])|\blip[- ]?sync\w*"
                    # a message recorded: "record a professional hold message for our switchboard: '...'"
                    r"|\brecord\s+(?:me\s+|us\s+)?(?:an?\s+|the\s+|our\s+|my\s+)?(?:[\w-]+\s+){0,3}?(?:message|greeting|voicemail|"
                    r"announcement)s?\b", re.IGNORECASE)
# a video asked for with sound in it: "turn <image 0> into a video and make sure you can hear the waves"
# (an ad, a trailer or a promo is a video once it has sound: "turn <image 0> into a 15 second ad with music")
_VIDEO_RESULT = re.compile(r"\b(?:videos?|clips?|cartoons?|films?|movies?|animat(?:e|ed|ion)|loops?|to\s+life|come\s+alive|time-?lapses?|footage|reels?|slideshows?|montages?|"
                           r"ads?|adverts?|commercials?|trailers?|promos?|teasers?|explainers?)\b", re.IGNORECASE)
# "with some relaxing ambient music underneath", "music playing in the background"; not "with music notes floating"
_AUDIBLE = re.compile(r"\b(?:hear|hears|hearing|audible|sound\s+effects?|"
                      # "and include a matching ambient sound bed"
                      r"(?:include|including|plus)\s+(?:an?\s+|the\s+|some\s+)?(?:[\w-]+\s+){0,3}?(?:sound|audio|music|soundtrack)\b"
                      r"(?!\s+(?:wave|bar|icon|notes?|videos?|festival))|with\s+(?:some\s+|a\s+|the\s+)?(?:[\w-]+\s+){0,3}?"
                      r"(?:sounds?|audio|music|soundtrack|narration|narrators?|voice-?overs?|voices|jingles?|vocals|booms?|crackles?|"
                      r"crackling|bangs|whoosh(?:es)?)\b(?!\s+(?:notes?|videos?|sheets?|stands?))|"
                      # "a narrated tour", "with someone talking over it"
                      r"narrated|talking\s+over\s+(?:it|the\s+\w+)|(?:sound|sounds|audio|music)\s+in\s+it|"
                      # "a soft voice saying 'breathe in'", "with 'In the Mood' playing under it"
                      r"voices?\s+(?:saying|says|that\s+says|whispering|counting|reading)|playing\s+(?:under|over|behind)\s+(?:it|the)\b|"
                      r"music\s+(?:underneath|under\s+it|in\s+the\s+background|playing)|(?:add|put)\s+(?:the\s+|some\s+|a\s+)?sounds?\s+of|"
                      r"(?:add|put)\s+(?:the\s+|some\s+|a\s+|an\s+)?(?:[\w-]+\s+){0,3}?(?:sound|sounds|noise|noises)\b(?!\s+(?:wave|bar|icon)))\b",
                      re.IGNORECASE)
# sound waved away is not asked for: "don't worry about the sound", "silent is fine", "no audio needed"
_NO_SOUND = re.compile(r"\b(?:(?:don'?t|do\s+not|no\s+need\s+to)\s+(?:worry|care|bother)\s+about\s+(?:the\s+)?(?:sound|audio)|"
                       r"(?:silent|no\s+sound|no\s+audio|without\s+(?:sound|audio))\s+is\s+(?:fine|ok(?:ay)?)|"
                       r"no\s+(?:audio|sound)\s+needed|never\s+mind\s+(?:the\s+)?(?:sound|audio)|no\s+need\s+for\s+(?:any\s+)?(?:sound|audio|music)|ignore\s+the\s+(?:sound|audio)|"
                       r"(?:can'?t|cannot|can\s+not)\s+(?:have|turn|play|use)\s+(?:the\s+)?(?:sound|audio)\s+on|"
                       r"(?:with|on)\s+(?:the\s+)?(?:sound|audio)\s+(?:off|muted)|on\s+mute|without\s+(?:the\s+)?(?:sound|audio)(?=\s*\?)|(?:sound|audio)\s+(?:is|was|'s)\s+(?:muted|off)|"
                       r"ignoring\s+(?:the\s+)?(?:sound|audio)|muted\s+(?:clip|video|footage|recording)|"
                       r"(?:sound|audio)\s+(?:doesn'?t|does\s+not)\s+matter|silent\s+(?:loop|clip|video|version|animation|film|recording|footage)|"
                       r"(?:(?<=[,;.(]\s)|(?<=[,;.(]))no\s+(?:audio|sound)\b|there'?s\s+no\s+(?:sound|audio)|"
                       r"(?:has|have)\s+no\s+(?:sound|audio)|(?:i|we)\s+have\s+(?:the\s+)?(?:sound|audio|music)\b|"
                       r"(?:don'?t|do\s+not|doesn'?t|does\s+not)\s+need\s+(?:the\s+|any\s+)?(?:sound|audio)|needs?\s+no\s+(?:sound|audio)|"
                       # the user adds it: "i'll put the audio back myself", "we'll add music in premiere"
                       r"(?:i'?ll|ill|i\s+will|we'?ll|we\s+will)\s+(?:(?:re-?)?add|put|handle|do|sort(?:\s+out)?|drop|lay|(?:re-?)?record|mix|dub|restore|bring\s+back|"
                       r"overlay|insert|take\s+care\s+of|deal\s+with)\s+(?:[\w'-]+\s+){0,2}?(?:(?:the|our|my|some)\s+)?(?:[\w-]+\s+)?"
                       r"(?:sound|sounds|audio|music|recording|soundtrack|song|track|tune))\b", re.IGNORECASE)
# sound to play to the user, whatever is made: "play it so I can hear how the rhythm goes"
_TO_HEAR = re.compile(r"\bif\s+you\s+listen\b|\b(?:i'?ll|i\s+will|let\s+me)\s+(?:hum|sing|whistle|play)\s+it\s+(?:for|to)\s+you\b|\b(?:so|that)\s+(?:i|we)\s+can\s+hear\b|\blet\s+(?:me|us)\s+hear\b|\b(?:i|we)\s+(?:want|need)\s+(?:to\s+)?hear\b|\bhow\s+(?:it|that|this)\s+sounds\b", re.IGNORECASE)
# sound that follows music: "cut the drone shots on the kick drums of my track", "time the transitions to the beats of our song"
_SYNCED = re.compile(r"\b(?:cut|cuts|time|timed|sync|synced|match|matched|edit|align|aligned)\b.{0,60}?\b(?:to|on|with)\s+(?:the\s+)?"
                     r"(?:beats?|rhythm|kick\s+drums?|drums|drum\s*beats?|bass\s+drops?|tempo|bpm)\b", re.IGNORECASE)
# a song named over a video: "put 'walking on sunshine' over it", "put 'At Last' underneath the first dance"
_SONG_OVER = re.compile(r"\b(?:put|play|add|set|lay|use|have)\s+['\"\u2018\u201c][^'\"\u2019\u201d]{2,40}['\"\u2019\u201d]\s+"
                        r"(?:over|under|underneath|beneath|behind|in\s+the\s+background)\b", re.IGNORECASE)
# sound laid over a video: "lay the couple's first-dance song over it", "put our jingle under the intro"
_LAID_OVER = re.compile(r"\b(?:lay|put|add|play|set|place|drop)\s+(?:the\s+|our\s+|my\s+|a\s+|some\s+|their\s+|his\s+|her\s+)?"
                        r"(?:[\w'-]+\s+){0,3}?(?:song|music|track|tune|soundtrack|score|audio|voice-?over|narration|jingle)\s+"
                        r"(?:over|under|underneath|beneath|behind)\b", re.IGNORECASE)
# sound added to an attached video: "add a catchy background jingle to <video 0>", "add a drum track that hits on every cut"
# ("add cockerel crowing and birdsong to <video 0>": what animals are heard doing)
_ADDED_TO = re.compile(r"\b(?:add|put|lay)\s+(?:an?\s+|some\s+|the\s+)?(?:[\w'-]+\s+){0,3}?(?:songs?|music|track|tune|soundtrack|score|"
                       r"jingle|voice-?over|narration|sound\s*effects?|sfx|birdsong|crowing|barking|mooing|bleating|neighing|"
                       r"clucking|howling|applause|cheering|laughter|laugh\s+track)\s+(?:to|on|onto|into|that|which)\b", re.IGNORECASE)
# a sound to make named first, with no verb: "Jingle for the farm shop radio spot, something catchy with a fiddle"; a
# radio spot is heard
_SOUND_NAMED = re.compile(r"^\W*(?:an?\s+|the\s+|our\s+|my\s+)?(?:[\w'-]+\s+){0,2}?(?:jingles?|ringtones?|theme\s+tunes?)\b"
                          r"|\bradio\s+(?:spots?|ads?|adverts?|commercials?|jingles?|idents?)\b", re.IGNORECASE)
# slides: "put together a 12-slide PowerPoint deck on composting"
_DECK = re.compile(r"\b\d+-slide\s+(?:[\w-]+\s+)?(?:deck|powerpoint|keynote|file)\b|\bslide\s+deck\b|\b(?:powerpoint|keynote|google\s+slides)\s+(?:deck|presentation|file)\b"
                   # "put the photos <image 0> and <image 1> together in a PowerPoint for the staff training"
                   r"|\b(?:in|into|as|to)\s+(?:an?|one|the)\s+(?:new\s+)?(?:powerpoint|keynote|pptx|google\s+slides)\b",
                   re.IGNORECASE)
# a deck as what a picture or clip is for: "a short clip of hands lathering soap, for our hygiene slide deck"
_FOR_DECK = re.compile(r"\bfor\s+(?:our|my|the|a|an|his|her|their|your)\s+(?:[\w-]+\s+){0,3}?(?:slide\s+deck|deck|presentation)\b",
                       re.IGNORECASE)
# an instrument playing under the result: "with some soft piano underneath"
_UNDERNEATH = re.compile(r"\b(?:piano|guitar|strings|drums|violin|cello|synths?|ukulele|harp)\s+(?:music\s+)?(?:underneath|under\s+it|"
                         r"in\s+the\s+background|behind\s+it|playing)\b", re.IGNORECASE)
# sound by its trade's words, anywhere: "generate a Foley pass", "a matching ambient sound bed, stereo 48 kHz"
_SOUND_WORK = re.compile(r"\b(?:foley|(?:sound|music|audio)\s*beds?|spectrograms?|audio\s+spectrum|\d+(?:\.\d+)?\s*k?hz)\b", re.IGNORECASE)
# files packed together: "zip <image 0> and <image 1> into one file"
_PACKS = re.compile(r"^(?:zip|unzip|rar|tar|archive|bundle)\b(?![-])", re.IGNORECASE)
_PACKS_LATER = re.compile(r"\b(?:and|then)\s+zip\s+(?:it|them|these|those|this|everything|all)\b", re.IGNORECASE)
_PERFORMS = re.compile(r"^(?:hum|whistle|beatbox|sing)\b(?![-'])", re.IGNORECASE)
# a typeface or a grading file: "make a TrueType font from the lettering in <image 0>"
_FONT = re.compile(r"\b(?:truetype|opentype|ttf|otf|installable\s+(?:font|typeface)|(?:font|typeface)\b.{0,40}?\b(?:i|we)\s+can\s+install|"
                   r"(?:font|typeface)\s+files?|(?:make|create|build|generate|design)\s+(?:me\s+)?an?\s+"
                   r"(?:[\w-]+\s+)?(?:font|typeface)\s+(?:from|out\s+of|based\s+on)|(?:into|as)\s+(?:an?\s+)?(?:[\w-]+\s+)?"
                   r"(?:font|typeface)(?=\s*(?:$|[,.;!?]|(?:i|we|that|for|so)\b)))\b", re.IGNORECASE)
# a codec named: "render <video 0> in 8K ProRes 4444", "re-encode as H.265"
_CODEC = re.compile(r"\b(?:prores|dnxh[dr]|hevc|h\.?265|x265|av1|vp9|alpha\s+channel|radiance\s+(?:\.?hdr|format))\b|(?<![\w.])\.hdr\b"
                    # the file's metadata: "strip the EXIF and GPS data from <image 0>"
                    r"|\b(?:strip|remove|wipe|scrub|clear|edit|change|read|show|write|embed|store|save)\b.{0,40}?\b(?:exif|metadata|gps\s+(?:data|tags|info|"
                    r"coordinates))\b", re.IGNORECASE)
# an attached file made smaller on disk: "compress this photo so it's small enough to attach to an email", "reduce file
# size under 1mb" (not "explain how to compress a video", "is there blocky compression in the sky?")
_COMPRESSES = re.compile(r"(?:^|[.!?]\s+)(?:please\s+)?(?:compress|recompress)\b", re.IGNORECASE)
_SMALLER_FILE = re.compile(r"\b(?:reduce|shrink|cut|lower|decrease)\s+(?:the\s+|its\s+|their\s+)?file\s*sizes?\b"
                           r"|\bsmall(?:er)?\s+enough\s+to\s+(?:send|attach|upload|email|e-mail|share|post)\b", re.IGNORECASE)
# a document handed over to read, with no image or video to read it from: "summarize the attached lease agreement PDF",
# "here's our experiment notebook as an .ipynb, read through the cells"
_GIVEN_DOCUMENT = re.compile(r"\b(?:attached|here'?s|here\s+is|read(?:\s+through)?|summari[sz]e|go\s+through|"
                             r"open(?=\s+(?:the|my|this|our|that|these|attached)\b)|skim|translate|"
                             r"analy[sz]e)\b.{0,60}?(?:\b(?:pdfs?|ipynb|docx?|xlsx|pptx|csv|spreadsheets?|excel\s+(?:file|sheet)s?|"
                             r"word\s+doc(?:ument)?s?)|\.(?:pdf|ipynb|docx?|xlsx|pptx|csv))\b", re.IGNORECASE)


def gives_document(text: str) -> bool:
    """A document (PDF, notebook, spreadsheet ...) to read, handed over with no image or video of it."""
    return not attaches_file(text) and bool(_GIVEN_DOCUMENT.search(text))


_FORMATS = {
    CONVERSION: r"gif|svg|eps|heic|avi|mov|mkv|webm|wmv|flv|psd|cube|luts?|lottie|exr|hdri|dpx|dng|tiff?|onnx|safetensors|ckpt|gguf",
    SOUND: r"mp3|wav|aac|flac|m4a|ogg|midi",
    # "doc" alone is any document ("to a scanned doc"); ".doc" is the format
    DOCUMENTS: r"(?:figma|sketch|canva|indesign|illustrator)\s+(?:files?|templates?|designs?)|(?:premiere|final\s+cut|davinci(?:\s+resolve)?|"
               r"after\s+effects)\s+(?:projects?|files?|timelines?)|photoshop\s+files?|(?<=\s)[\w-]+\s+file\s+(?:i|we)\s+can\s+(?:import|open|upload|load)|html5?|zip|rar|7z|pdf|docx|(?<=\.)doc|xlsx?|pptx?|csv|excel|spreadsheet|google\s+sheet|powerpoint|word\s+(?:doc|document|file)|dwg|dxf|scorm|"
               r"shapefiles?|shp|kml|kmz|geojson|gpx|ics|ical|icalendar|vcf|vcard",
    THREE_D: r"stl|obj|fbx|glb|gltf|ply",
}
_THREE_D = re.compile(
    # a 3D model, asset or mesh to use ("a rigged 3D character", "a low-poly fox model in blender"), not a picture of one
    r"\b(?:3d|three[- ]d)[\s-]+(?:[\w-]+\s+){0,2}?(?:models?|assets?|meshe?s?|objects?|files?|prints?|printable|scans?)\b"
    r"|\brigged\b|\blow[- ]poly\s+(?:[\w-]+\s+){0,2}?(?:models?|assets?|meshe?s?)\b|\bmeshe?s?\s+(?:of|from)\b"
    r"|\b(?:in|into|for)\s+(?:my\s+|our\s+|the\s+)?(?:blender|unity|unreal|maya|3ds\s*max|cinema\s*4d)\b"
    r"|\b(?:in|with|for)\s+(?:my\s+|a\s+|the\s+)?(?:quest|vision\s+pro|vr)\s+headset\b"
    r"|\b(?:sculpt|carve)\b.{0,40}?\b3d\b|\b3d\s+(?:busts?|figurines?|statues?|sculptures?)\b.{0,60}?\bprint", re.IGNORECASE)
# a picture of a thing, or a picture used in a 3D tool ("a texture i can repeat in blender")
# a scene to walk through or wear, made from pictures too: "a walkable VR tour of the flat from these photos", "an AR
# filter that puts a crown on people's heads", "a 3D point cloud of the fountain"
_XR = re.compile(r"\b(?:vr|ar|virtual[- ]reality|augmented[- ]reality|webxr)\s+(?:[\w-]+\s+)?(?:scenes?|tours?|experiences?|"
                 r"walkthroughs?|filters?|lens(?:es)?|effects?|worlds?|environments?|apps?|versions?)\b|\bpoint\s+clouds?\b"
                 r"|\b(?:walkable|explorable|interactive)\s+(?:3d|vr|virtual)\b", re.IGNORECASE)
# something to see or read made for a sound ("a poster for our radio ad", "write the script for the radio spot")
_SEEN_OR_WRITTEN = re.compile(r"\b(?:posters?|banners?|flyers?|logos?|images?|pictures?|photos?|thumbnails?|graphics?|covers?|"
                              r"illustrations?|drawings?|videos?|clips?|storyboards?|scripts?|lyrics|slogans?|copy|words|ideas?)\b",
                              re.IGNORECASE)
_PICTURE_OF = re.compile(r"\b(?:image|picture|photo|illustration|drawing|painting|poster|render|video|clip)s?\s+(?:of|showing)\b"
                         r"|\b(?:textures?|hdris?|decals?|sprites?|concept\s+art)\b", re.IGNORECASE)
# (not a request asked as a question: "is it possible to turn <video 0> into a looping GIF?")
_QUESTION = re.compile(rf"^\W*(?!is\s+it\s+possible\s+(?:for\s+(?:you|u)\s+)?to\b)(?:{ASKS}|can\s+i)\b", re.IGNORECASE)
# how a thing is built is words: "roughly how would someone build a simple AR face filter?"
_HOW = re.compile(r"\bhow\s+(?:would|do|does|can|could|should|to|is|are)\b", re.IGNORECASE)


def _asks_for(fmt: str) -> re.Pattern[str]:
    # "into a gif", "as one zip file", "to .mov"; "make a gif of ...", "export an STL"; "the .pptx file"
    return re.compile(
        rf"\b(?:into|as|to)\s+(?:an?\s+|one\s+|a\s+single\s+|the\s+)?(?:[\w-]+\s+){{0,2}}?\.?(?:{fmt})s?\b"
        rf"|\b(?:make|create|design|generate|give\s+me(?:\s+back)?|produce|render|build|export|save|send\s+me|plus|(?:i|we)\s+need|"
        rf"(?:i|we)\s+want|get\s+me)\s+(?:me\s+)?"
        rf"(?:an?\s+|one\s+|the\s+|some\s+)?(?:[\w-]+\s+){{0,2}}?\.?(?:{fmt})s?\b"
        rf"|(?<![\w.])\.(?:{fmt})\b|\(\s*\.?(?:{fmt})\s*\)"
        # a file converted from a format: "change <image 0> from HEIC to JPG"
        rf"|\bfrom\s+\.?(?:{fmt})\s+(?:to|into)\b"
        # a file by its name ("open the budget.xlsx I uploaded"): one the built-in tools cannot read or write
        rf"|\b[\w-]+\.(?:{fmt})\b", re.IGNORECASE)


_ASKS_FOR = {capability: _asks_for(fmt) for capability, fmt in _FORMATS.items()}


def without_waved_sound(text: str) -> str:
    """``text`` without the words that wave sound away ("i'll put a trending sound over it"): read for the other rules."""
    return _NO_SOUND.sub(" ", text)


def waves_sound_away(text: str) -> bool:
    """ "no audio needed", "silent is fine", "i'll add music later myself": sound is not asked for."""
    return bool(_NO_SOUND.search(text))


def needs(text: str, *, video: bool = False, hear: bool = True) -> str | None:
    """The outside capability a request needs whatever its words are near, or ``None``: sound or speech
    of an attached video, sound or speech to make, or a result in a file format the built-in tools do not write. A question
    ("which is better, a gif or an mp4?") asks about formats, and is left to the scores. ``video``: a video is attached
    to the request this text is a part of ("describe <video 0>, and also what does the narrator say at the end?");
    ``hear=False``: what is said or played in the video is left out, only sound or speech to make counts."""
    words = _NO_SOUND.sub("", PLACEHOLDER.sub("", text))
    finer = resolution_or_rate(text, words)
    if finer:
        return finer
    if hear and (video or "<video" in text):
        if _SPEECH.search(words) and not _SIGNED.search(words):
            return SPEECH
        if _SOUND.search(words) or _ADDED_TO.search(words):
            return SOUND
    if _QUESTION.match(words) and text.rstrip().endswith("?") and not asked_to_do_it(text):
        return None
    if _ALOUD.search(words) or _NARRATES.search(words):
        return SPEECH
    if (_TO_HEAR.search(words) or _SYNCED.search(words) or _SONG_OVER.search(words) or _LAID_OVER.search(words)
            or _PERFORMS.match(command(words)) or _SOUND_WORK.search(words) or _UNDERNEATH.search(words)
            or (_SOUND_NAMED.search(words) and not _PICTURE_OF.search(words) and not _SEEN_OR_WRITTEN.search(words))):
        return SOUND
    if (_MAKES_SOUND.search(words) and not _PICTURE_OF.search(words)) or _INSTRUMENTAL.search(words) or (_VIDEO_RESULT.search(words) and _AUDIBLE.search(words)):
        return SOUND
    if ((_THREE_D.search(words) and not _PICTURE_OF.search(words)) or _XR.search(words)) and (
            not _HOW.search(words) or asked_to_do_it(text)):
        return THREE_D
    if _FONT.search(words) or (_DECK.search(words) and not _FOR_DECK.search(words)) or gives_document(text) or (attaches_file(text) and (_PACKS.match(command(words)) or _PACKS_LATER.search(words))):
        return DOCUMENTS
    if _CODEC.search(words) or (attaches_file(text) and (_COMPRESSES.match(command(words)) or _COMPRESSES.search(words) or _SMALLER_FILE.search(words))):
        return CONVERSION
    return next((capability for capability, pattern in _ASKS_FOR.items() if pattern.search(words)), None)
