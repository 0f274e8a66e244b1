"""Capabilities to teach the scope projection what "a task named by its examples" looks like.

Key parts: ``Capability`` (a made-up plugin task: description, three examples, request frames),
``CAPABILITIES`` and ``capability_queries`` (frames wrapped the way people phrase requests).

Written for the projection's training only. None is a benchmark task (``bench/plugin_routing_data``:
upscaling, frame interpolation, text overlay, background removal, video denoising, colourising,
stabilisation, frame extraction) nor a calibration task (``routing_data.CAL_TASKS``), so both stay
held out. Several come in pairs that share their nouns and differ in direction (make a QR code /
read one; estimate a depth map / draw from one, which is the built-in ``image_control``): matching
by topic alone confuses such pairs, which is the error the projection is trained against.
``{i}``/``{i1}`` are image placeholders, ``{v}``/``{v1}`` video ones.
"""

from __future__ import annotations

import random
from dataclasses import dataclass


@dataclass(frozen=True)
class Capability:
    name: str
    description: str
    examples: tuple[str, str, str]
    frames: tuple[str, ...]


C = Capability
CAPABILITIES: tuple[Capability, ...] = (
    C("depth_estimation", "Estimate a depth map from a photo.",
      ("Make a depth map of {i}.", "Estimate depth for {i}.", "Give me the depth image of {i}."),
      ("compute how far away everything is in {i} as a depth map", "run monocular depth estimation on {i}",
       "{i} I need the depth channel of this photo", "predict per-pixel depth for {i}", "extract a depth map from this shot {i}",
       "turn {i} into a grayscale depth estimate")),
    C("pose_estimation", "Detect the body pose of people in a photo and draw their skeletons.",
      ("Estimate the pose of the person in {i}.", "Draw the skeleton keypoints on {i}.", "Extract the openpose map from {i}."),
      ("find the joints of the dancer in {i}", "{i} get me an openpose skeleton of this person",
       "detect body keypoints in {i}", "what pose skeleton does the runner in {i} have, as an image",
       "make a stick-figure pose map from {i}", "run pose detection on {i}")),
    C("edge_detection", "Compute an edge map (canny lines) of an image.",
      ("Run canny edge detection on {i}.", "Make an edge map of {i}.", "Extract the outlines of {i}."),
      ("give me the canny edges of {i}", "{i} trace the edges into a black line map", "detect the edges in this photo {i}",
       "turn {i} into its edge map for later conditioning", "compute the contour lines of {i}", "edge detect {i} please")),
    C("merge_videos", "Join several video clips into one, one after another.",
      ("Join {v} and {v1} into one video.", "Concatenate {v} with {v1}.", "Put {v1} right after {v}."),
      ("stitch these two clips {v} {v1} together end to end", "combine {v} and {v1} into a single file",
       "{v} {v1} merge them in this order", "append {v1} to the end of {v}", "make one continuous video out of {v} followed by {v1}",
       "glue {v} and {v1} back to back")),
    C("split_scenes", "Split a video into separate clips at each scene change.",
      ("Split {v} into its scenes.", "Cut {v} into separate shots.", "Detect the scene changes in {v} and make a clip of each."),
      ("break {v} up at every cut", "{v} give me each shot as its own file", "separate the scenes of {v} into clips",
       "chop {v} into individual scenes", "find the shot boundaries in {v} and split there", "divide this montage {v} into its parts")),
    C("add_border", "Add a border or frame around an image.",
      ("Add a white border around {i}.", "Put a thin black frame around {i}.", "Give {i} a polaroid-style border."),
      ("surround {i} with a 20 pixel margin", "{i} add a frame to the edges", "put a wooden picture frame around {i}",
       "pad {i} with a colored border", "give this photo {i} a rounded white outline", "frame {i} with a gold edge")),
    C("remove_border", "Remove the plain border or frame around an image.",
      ("Remove the white border from {i}.", "Take off the frame around {i}.", "Get rid of the black bars around {i}."),
      ("{i} strip the margins around the picture", "the scan {i} has an ugly border, take it off",
       "delete the letterbox bars on {i}", "remove the picture frame from this photo {i}", "trim away the white edges of {i}",
       "{i} lose the polaroid border")),
    C("invert_colors", "Invert the colours of an image, like a photographic negative.",
      ("Invert the colors of {i}.", "Make {i} look like a negative.", "Flip the colours of {i} to their opposites."),
      ("{i} I want the inverted version", "turn {i} into a negative image", "reverse every colour in {i}",
       "color inversion on {i}", "make the darks light and the lights dark in {i}", "invert {i}")),
    C("stitch_panorama", "Stitch overlapping photos into one panorama.",
      ("Stitch {i} and {i1} into a panorama.", "Make a panorama from {i} and {i1}.", "Combine these overlapping shots {i} {i1} into one wide image."),
      ("join {i} and {i1} side by side where they overlap", "{i} {i1} create a panoramic photo from these",
       "blend these two views {i} {i1} into a single wide landscape", "panorama merge of {i} with {i1}",
       "align and stitch {i} {i1}", "I shot {i} and {i1} from the same spot, make a panorama")),
    C("split_grid", "Cut an image into a grid of equal tiles.",
      ("Split {i} into a 3x3 grid.", "Cut {i} into four tiles.", "Divide {i} into equal squares for Instagram."),
      ("{i} make nine tiles out of this", "chop {i} into a grid of pieces", "slice {i} into 2 by 2 parts",
       "cut this panorama {i} into three equal squares", "tile {i} into a 4x4 grid", "divide {i} into equal rectangles")),
    C("make_qr_code", "Generate a QR code image for a link or text.",
      ("Make a QR code for https://example.com.", "Generate a QR code that says hello.", "Create a QR code for my wifi password."),
      ("I need a qr code pointing to my portfolio site", "encode this phone number as a QR code",
       "qr code for our menu page please", "turn the link www.shop.com into a scannable code",
       "make a QR that opens my instagram", "generate a square code people can scan for the event")),
    C("read_qr_code", "Read and decode a QR code or barcode in an image.",
      ("Read the QR code in {i}.", "What does the barcode in {i} say?", "Decode the QR code on {i}."),
      ("{i} scan this qr code for me", "where does the code in {i} link to", "decode the barcode on the box {i}",
       "what's encoded in the QR on this poster {i}", "read the scannable code in {i}", "{i} get the URL out of this QR")),
    C("extract_palette", "List the main colours of an image as hex codes.",
      ("Give me the color palette of {i}.", "What hex colors make up {i}?", "Extract five dominant colours from {i}."),
      ("pull the main hex codes out of {i}", "{i} what's the palette of this design", "list the dominant colors in {i} as hex",
       "sample the brand colours from this logo {i}", "get a color scheme from {i}", "which colors, in hex, does {i} use")),
    C("palette_swatch", "Draw a swatch image from a list of colours.",
      ("Make a swatch of #ff0000, #00ff00 and #0000ff.", "Draw a palette image with these colors: navy, cream, gold.",
       "Render color chips for #123456 and #abcdef."),
      ("show me these hex codes as colour squares: #222222 #eeeeee", "create a palette card from teal, coral and sand",
       "visualise the colours #ffaa00 #0055ff as swatches", "make a color strip of my brand colours red and grey",
       "draw chips for pantone blue and orange", "render a swatch sheet with five pastel colors")),
    C("ascii_art", "Convert an image to ASCII art text.",
      ("Turn {i} into ASCII art.", "Make an ASCII version of {i}.", "Render {i} as text characters."),
      ("{i} ascii art please", "convert this logo {i} to characters I can paste in a terminal",
       "draw {i} with letters and symbols", "make a text-art version of {i}", "{i} as ascii", "turn the cat in {i} into keyboard art")),
    C("read_metadata", "Read a photo's EXIF metadata: camera, date, location.",
      ("Show the EXIF data of {i}.", "When was {i} taken, according to its metadata?", "Which camera shot {i}?"),
      ("{i} what lens and shutter speed were used", "read the metadata of this photo {i}", "get the GPS location stored in {i}",
       "what are the camera settings in {i}'s exif", "list the file's EXIF tags for {i}", "{i} what date is in the metadata")),
    C("strip_metadata", "Remove EXIF metadata such as location from a photo.",
      ("Remove the EXIF data from {i}.", "Strip the GPS location from {i}.", "Clean all metadata off {i}."),
      ("{i} delete the location info before I share it", "wipe the camera details from {i}", "erase the exif tags of {i}",
       "remove any hidden metadata in this picture {i}", "scrub the gps coordinates out of {i}", "{i} make it metadata free")),
    C("fix_red_eye", "Remove red-eye from flash photos.",
      ("Fix the red eyes in {i}.", "Remove red-eye from {i}.", "The flash made everyone's eyes red in {i}, correct it."),
      ("{i} red eye correction please", "get rid of the glowing red pupils in {i}", "the kids have red eyes in {i}, fix them",
       "remove the flash red eye effect from {i}", "correct the red pupils in this party photo {i}", "{i} red-eye removal")),
    C("make_collage", "Arrange several photos into one collage.",
      ("Make a collage of {i} and {i1}.", "Put {i} and {i1} together in a grid collage.", "Create a photo collage from {i} {i1}."),
      ("combine {i} and {i1} into a scrapbook layout", "{i} {i1} arrange these photos on one page",
       "make a moodboard from {i} and {i1}", "lay out {i} and {i1} in a two-photo grid", "collage these pictures {i} {i1}",
       "put {i} next to {i1} as one collage image")),
    C("loop_video", "Make a video loop seamlessly.",
      ("Make {v} loop seamlessly.", "Turn {v} into a perfect loop.", "Make the end of {v} blend into its start."),
      ("{v} I want it to repeat without a visible jump", "create a seamless loop from {v}", "make {v} loopable for a background",
       "smooth the loop point of {v}", "{v} endless loop version please", "make {v} cycle forever smoothly")),
    C("picture_in_picture", "Place one video in a small window over another.",
      ("Put {v1} in the corner of {v}.", "Picture-in-picture: {v1} over {v}.", "Overlay {v1} as a small window on {v}."),
      ("add my webcam clip {v1} to the bottom right of {v}", "{v} {v1} show the second one small in the corner",
       "inset {v1} inside {v}", "put the reaction video {v1} over the gameplay {v}", "pip {v1} onto {v}",
       "float {v1} in a little box on top of {v}")),
    C("split_screen", "Show two videos side by side in one frame.",
      ("Put {v} and {v1} side by side.", "Make a split screen of {v} and {v1}.", "Show {v} next to {v1} in one video."),
      ("{v} {v1} compare them side by side", "left {v}, right {v1}, in one clip", "split-screen these two takes {v} {v1}",
       "stack {v} above {v1} in one frame", "put the before {v} and after {v1} next to each other", "{v} and {v1} in one frame, halves")),
)

#: How people wrap a request: the frame goes where ``{}`` is.
WRAPS: tuple[str, ...] = ("{}", "{}", "please {}", "can you {}", "{} please", "I need you to {}", "hey, {}", "{}, thanks",
                          "could you {} for me", "quick one: {}")


def fill(frame: str) -> str:
    return frame.format(i="<image 0>", i1="<image 1>", v="<video 0>", v1="<video 1>")


def capability_queries(cap: Capability, rng: random.Random, n: int) -> list[str]:
    """``n`` requests for ``cap`` from its frames (never its examples), each in a random wrap."""
    out = []
    for _ in range(n):
        frame = fill(rng.choice(cap.frames))
        wrap = rng.choice(WRAPS)
        if wrap != "{}" and frame[:1].isupper() and not frame.startswith("<"):
            frame = frame[0].lower() + frame[1:]
        out.append(wrap.format(frame))
    return out


def support(cap: Capability) -> list[str]:
    """What a plugin author writes: the description and the three examples."""
    return [cap.description, *(fill(e) for e in cap.examples)]
