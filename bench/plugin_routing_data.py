"""Plugin tasks, tools and evaluation requests for ``bench_plugin_routing.py`` (evaluation only).

Eight plugin tasks a user would plausibly install (image/video/text kinds only), each with the
description and examples its author would write; two tasks are served by two tools each, and a
``grayscale`` tool joins the built-in ``image_edit``. The evaluation requests below were written
for this benchmark: they are never trained on, never used to set the routing thresholds (those
come from ``unison_agent.training.routing_data``, other tasks and other capabilities), and they do
not repeat the tasks' own examples. Attachments are written as ``<image 0>`` / ``<video 0>``.
"""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field

from unison_agent.contracts.tasks import TaskSpec
from unison_agent.contracts.tool import Reference, Tool, ToolContext, ToolOutput, media_field

PLUGIN_TASKS: tuple[TaskSpec, ...] = (
    TaskSpec.one_input("image", name="upscale_image", output="image",
             description="Increase the resolution of an image (super-resolution) by a scale factor, keeping it sharp.",
             examples=("Upscale <image 0> 4x.", "Make <image 0> higher resolution.", "Enlarge this photo <image 0> without losing detail.")),
    TaskSpec.one_input("video", name="interpolate_frames", output="video",
             description="Generate in-between frames of a video to raise its frame rate or make smooth slow motion.",
             examples=("Interpolate <video 0> to 60 fps.", "Make <video 0> smoother by adding frames.",
                       "Turn <video 0> into smooth slow motion.")),
    TaskSpec.one_input("image", name="overlay_text", output="image",
             description="Write a caption or text on top of an image, like a meme or a title card.",
             examples=('Put the caption "Happy birthday" on <image 0>.', 'Add the text "SALE" at the top of <image 0>.',
                       "Write my name across the bottom of <image 0>.")),
    TaskSpec.one_input("image", name="remove_background", output="image",
             description="Cut out the main subject of an image and make the background transparent.",
             examples=("Remove the background from <image 0>.", "Cut out the person in <image 0> on a transparent background.",
                       "Make a transparent PNG of the product in <image 0>.")),
    TaskSpec.one_input("video", name="denoise_video", output="video",
             description="Remove grain and noise from a video shot in low light.",
             examples=("Denoise <video 0>.", "<video 0> is very grainy, clean it up.", "Reduce the noise in this night clip <video 0>.")),
    TaskSpec.one_input("image", name="colorize_image", output="image",
             description="Add realistic colour to a black and white or greyscale photo.",
             examples=("Colorize <image 0>.", "Add colour to this old black and white photo <image 0>.",
                       "<image 0> is greyscale, make it colour.")),
    TaskSpec.one_input("video", name="stabilize_video", output="video",
             description="Remove camera shake from a handheld video so the motion is steady.",
             examples=("Stabilize <video 0>.", "<video 0> is too shaky, steady it.", "Fix the camera shake in <video 0>.")),
    TaskSpec.one_input("video", name="extract_frame", output="image",
             description="Take a single still frame out of a video at a given time, as an image.",
             examples=("Grab the frame at 3 seconds from <video 0>.", "Save a still image from <video 0>.",
                       "Give me the first frame of <video 0> as a picture.")),
)


class ScaleArgs(BaseModel):
    model_config = ConfigDict(extra="forbid")
    image: Reference = media_field("image", description="Image to upscale.")
    scale: int = Field(default=2, ge=2, le=8, description="Scale factor.")


class FpsArgs(BaseModel):
    model_config = ConfigDict(extra="forbid")
    video: Reference = media_field("video", description="Video to interpolate.")
    target_fps: int = Field(default=48, ge=2, le=240, description="Frame rate to reach.")


class OverlayArgs(BaseModel):
    model_config = ConfigDict(extra="forbid")
    image: Reference = media_field("image", description="Image to write on.")
    text: str = Field(description="Text to write.")
    font_size: int = Field(default=32, ge=6, le=400)


class ImageOnly(BaseModel):
    model_config = ConfigDict(extra="forbid")
    image: Reference = media_field("image", description="Input image.")


class VideoOnly(BaseModel):
    model_config = ConfigDict(extra="forbid")
    video: Reference = media_field("video", description="Input video.")
    strength: float = Field(default=0.5, ge=0.0, le=1.0, description="How strongly to filter.")


class FrameArgs(BaseModel):
    model_config = ConfigDict(extra="forbid")
    video: Reference = media_field("video", description="Video to read.")
    seconds: float = Field(default=0.0, ge=0.0, description="Time of the frame, in seconds.")


class GrayArgs(BaseModel):
    model_config = ConfigDict(extra="forbid")
    image: Reference = media_field("image", description="Image to convert.")
    prompt: str = ""


_ARGS = {"upscale_image": ScaleArgs, "interpolate_frames": FpsArgs, "overlay_text": OverlayArgs,
         "remove_background": ImageOnly, "denoise_video": VideoOnly, "colorize_image": ImageOnly,
         "stabilize_video": VideoOnly, "extract_frame": FrameArgs}

#: (tool name, description, task) — two tools serve upscale_image and remove_background.
TOOLS: tuple[tuple[str, str, str], ...] = (
    ("esrgan", "Real-ESRGAN super-resolution: a neural upscaler that restores fine detail in photos.", "upscale_image"),
    ("lanczos", "Lanczos resampling: a fast classic resize with no model, good for pixel art and quick previews.", "upscale_image"),
    ("rife", "RIFE frame interpolation for videos.", "interpolate_frames"),
    ("captioner", "Draws text on images with a bundled font.", "overlay_text"),
    ("rembg", "U2-Net background remover for photos of people, pets and products.", "remove_background"),
    ("sam_cutout", "Segment Anything cutout: click-free segmentation that keeps fine hair and fur edges.", "remove_background"),
    ("fastdvd", "FastDVDnet video denoiser.", "denoise_video"),
    ("deoldify", "DeOldify colouriser for old photographs.", "colorize_image"),
    ("vidstab", "Video stabiliser based on feature tracking.", "stabilize_video"),
    ("framegrab", "Reads one frame out of a video file.", "extract_frame"),
)


def make_tool(name: str, description: str, task: str, *, declare: bool = True, args: type[BaseModel] | None = None) -> Tool:
    """A plugin tool for ``task`` (its planning contract only; running it is not benchmarked)."""
    spec = next(s for s in PLUGIN_TASKS if s.name == task)

    def run(self: Tool, a: BaseModel, ctx: ToolContext) -> ToolOutput:
        raise NotImplementedError

    cls = type(f"Bench_{name}", (Tool,), {"name": name, "description": description, "tasks": (task,),
                                           "args_model": args or _ARGS[task], "declares": (spec,) if declare else (),
                                           "run": run})
    tool: Tool = cls()
    return tool


def grayscale_tool() -> Tool:
    """A second tool for the built-in ``image_edit``, chosen by the request's words."""
    def run(self: Tool, a: BaseModel, ctx: ToolContext) -> ToolOutput:
        raise NotImplementedError

    cls = type("Bench_grayscale", (Tool,), {"name": "grayscale", "run": run, "tasks": ("image_edit",), "args_model": GrayArgs,
                                             "description": "Convert a photo to black and white (greyscale, monochrome)."})
    tool: Tool = cls()
    return tool


#: (request, task) — written for evaluation, not the tasks' examples.
TASK_REQUESTS: tuple[tuple[str, str], ...] = (
    ("<image 0> can you upscale this to 2x", "upscale_image"),
    ("I need this logo at a much higher resolution <image 0>", "upscale_image"),
    ("super-resolve <image 0> by a factor of 4", "upscale_image"),
    ("this picture is tiny and blurry when I print it, make it bigger and crisp <image 0>", "upscale_image"),
    ("increase the resolution of <image 0> 3x", "upscale_image"),
    ("<video 0> make it 60fps", "interpolate_frames"),
    ("add in-between frames to <video 0> so the motion is smoother", "interpolate_frames"),
    ("slow this clip down to quarter speed without stutter <video 0>", "interpolate_frames"),
    ("raise the frame rate of <video 0> to 120 frames per second", "interpolate_frames"),
    ("frame interpolation on <video 0> please", "interpolate_frames"),
    ('write "Welcome home" on <image 0>', "overlay_text"),
    ('<image 0> add a title that says "Summer 2024"', "overlay_text"),
    ("put a meme caption on this cat picture <image 0>: when the coffee kicks in", "overlay_text"),
    ('stamp the words "DRAFT" across <image 0>', "overlay_text"),
    ('caption <image 0> with "best day ever" in big letters', "overlay_text"),
    ("get rid of the background behind the shoe <image 0>", "remove_background"),
    ("<image 0> isolate the dog, transparent background", "remove_background"),
    ("cut me out of this photo so I can paste myself elsewhere <image 0>", "remove_background"),
    ("background removal for <image 0>", "remove_background"),
    ("I want just the product on a clear background <image 0>", "remove_background"),
    ("<video 0> the night footage is full of grain, denoise it", "denoise_video"),
    ("clean up the noisy low-light video <video 0>", "denoise_video"),
    ("remove the noise from <video 0>", "denoise_video"),
    ("this concert clip looks speckled and grainy <video 0>, fix it", "denoise_video"),
    ("reduce video noise in <video 0>", "denoise_video"),
    ("<image 0> colourise my grandparents' wedding photo", "colorize_image"),
    ("make this black-and-white picture colourful <image 0>", "colorize_image"),
    ("add natural colors to the old monochrome photo <image 0>", "colorize_image"),
    ("colorization of <image 0> please", "colorize_image"),
    ("<image 0> restore the colours of this sepia photograph", "colorize_image"),
    ("my hands were shaking when I filmed <video 0>, stabilise it", "stabilize_video"),
    ("remove the jitter from this handheld clip <video 0>", "stabilize_video"),
    ("<video 0> make the camera motion steady", "stabilize_video"),
    ("video stabilization for <video 0>", "stabilize_video"),
    ("the drone footage wobbles <video 0>, smooth out the shake", "stabilize_video"),
    ("<video 0> export the frame at 2.5 seconds as a png", "extract_frame"),
    ("pull a still from the middle of <video 0>", "extract_frame"),
    ("screenshot the last frame of <video 0>", "extract_frame"),
    ("I want a thumbnail image taken from <video 0> at 10 seconds", "extract_frame"),
    ("capture a single frame of <video 0> as a picture", "extract_frame"),
)

#: (request, task, tool) where two tools serve one task; the grayscale tool competes with the built-in edit.
TOOL_REQUESTS: tuple[tuple[str, str, str], ...] = (
    ("upscale <image 0> 2x using the lanczos tool", "upscale_image", "lanczos"),
    ("upscale <image 0> with esrgan", "upscale_image", "esrgan"),
    ("quick preview upscale of my pixel art <image 0>", "upscale_image", "lanczos"),
    ("restore fine detail while upscaling this photo <image 0>", "upscale_image", "esrgan"),
    ("remove the background of <image 0> with sam_cutout", "remove_background", "sam_cutout"),
    ("cut out my long-haired cat from <image 0>, keep the fur edges", "remove_background", "sam_cutout"),
    ("remove the background from this product photo <image 0> using rembg", "remove_background", "rembg"),
    ("make this photo black and white <image 0>", "image_edit", "grayscale"),
    ("<image 0> make the sky stormy", "image_edit", "edit"),
    ("<image 0> convert it to monochrome using the grayscale tool", "image_edit", "grayscale"),
)

#: Requests for capabilities the benchmark registry does not have: plugin tasks whose plugin is
#: left out for this part (``absent``), and capabilities no task here covers.
ABSENT_PLUGIN_TASKS = ("upscale_image", "interpolate_frames", "stabilize_video", "extract_frame")
OUT_OF_SCOPE: tuple[str, ...] = (
    "add music to <video 0>",
    "put some background music under this clip <video 0>",
    "translate this PDF into French",
    "translate the document I uploaded into German and keep the layout",
    "I want a printable 3D figure of what is in <image 0>",  # reworded: it repeated an outside example
    "turn <image 0> into an STL mesh",
    "read this text out loud with a British voice",
    "generate a podcast intro jingle",
    "email the result to my boss",
    "post <image 0> to my instagram",
    "convert this spreadsheet to a chart in Excel",
    "compress <video 0> so it fits in 8 MB",
    "strip the singing out of this track so only the instruments are left",  # reworded, as above
    "dub <video 0> into Spanish",
    "book me a table for two tonight",
    "run this python script and show me the output",
)
