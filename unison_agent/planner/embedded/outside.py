"""Capabilities outside the built-in twelve tasks, in words: what "no tool can do that" looks like.

An open-set recogniser needs to know what the rest of the world looks like; a request is refused
when one of these describes it better than anything registered (``scope.Scope.judge``). Each entry
is dropped while a registered task covers it (an installed upscaler makes upscaling plannable).
Written from the built-in tasks' limits (no audio, no documents, no change of resolution or frame
rate, no 3D, no actions on other services), not from any evaluation set.
"""

from __future__ import annotations

OUTSIDE: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("upscaling", ("Increase the resolution of an image, super-resolution, upscale by a factor.",
                   "Upscale <image 0> 4x.", "Make this picture higher resolution <image 0>.", "Enlarge <image 0> to 4K without blur.")),
    ("frame rate change", ("Change the frame rate of a video or interpolate frames for slow motion.",
                           "Convert <video 0> to 60 fps.", "Add frames to <video 0> for smoother motion.", "Make <video 0> super slow motion.")),
    ("video stabilisation", ("Remove camera shake from a video.", "Stabilise <video 0>.", "<video 0> is shaky, steady the footage.")),
    ("frame extraction", ("Take a still frame out of a video and save it as an image.", "Export frame 100 of <video 0> as a png.",
                          "Screenshot <video 0> at 5 seconds.")),
    ("file compression and conversion", ("Compress a media file or convert it to another file format.",
                                         "Compress <video 0> to under 10 MB.", "Convert <video 0> to a webm file.",
                                         "Reduce the file size of <image 0>.")),
    ("music and sound", ("Add, compose or edit music, songs, sound effects or audio.", "Add background music to <video 0>.",
                         "Compose a short piano melody.", "Remove the vocals from this song.", "Add a whoosh sound effect to the clip.")),
    ("speech and voice", ("Text to speech, voice-over, dubbing, transcription of audio.", "Read this paragraph aloud.",
                          "Add a narrator's voice-over to <video 0>.", "Dub <video 0> into Italian.", "Transcribe this voice memo.")),
    ("documents and files", ("Open, translate, convert or edit documents and files: PDF, Word, slides, spreadsheets.",
                             "Translate this PDF into Spanish.", "Convert my Word file to PDF.", "Summarise the attached spreadsheet.",
                             "Make slides from this document.")),
    ("3D", ("Create or convert 3D models, meshes and scenes.", "Make a 3D model of <image 0>.", "Export <image 0> as an OBJ mesh.",
            "Build a 3D printable figurine of my cat.")),
    ("actions on other services", ("Send, post, share, book, buy or upload through other apps and websites.",
                                   "Email this picture to my mum.", "Post <image 0> on Twitter.", "Book a flight to Rome.",
                                   "Upload the result to my Dropbox account.")),
    ("web and live data", ("Browse the web or fetch live information.", "Search the web for today's news.",
                           "What is the weather in Paris right now?", "Check the price of bitcoin now.")),
    ("running code and devices", ("Run programs, scripts or commands, or control devices.", "Run this python script.",
                                  "Execute the shell command ls.", "Turn off the living room lights.")),
)
