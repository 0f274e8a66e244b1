"""Forty-fifth blind set, refusals only: written by someone who saw none of the planner's data, calibration lists
or other benchmark sets; evaluation only, never used to set lists, thresholds or rules. The helper's brief was
people who build with generative image and video models, day to day (it chose the categories; it was told only
what the twelve tasks can do)."""

OUT_OF_SCOPE45: tuple[str, ...] = (
    # training, fine-tuning, merging or quantising models
    "Train a LoRA on the twenty product shots from our last shoot and hand me the safetensors file.",
    "fine-tune SDXL on my studio's concept art overnight and give me back the checkpoint",
    "Do a DreamBooth run on <image 0> so I can reuse her as a token in future prompts.",
    "distill our video model into a 4-step student and send me the weights",
    "Merge my two checkpoints with a 0.3 weighted sum and give me the merged model.",
    "train a motion LoRA on my ten skateboarding clips so the model learns the kickflip",
    "Quantise Flux dev to NF4 for me and send over the file so it fits on a 12GB card.",
    # running or executing code and workflows
    "Execute the ComfyUI workflow JSON I pasted above on your GPU and tell me which node runs out of memory.",
    "pip install xformers into my venv and rerun the benchmark script",
    "Run my diffusers pipeline with seeds 0 to 99 and log the wall-clock time of each generation.",
    "Profile the attention blocks of Flux on an H100 and tell me the measured milliseconds per step.",
    "kick off a CFG sweep from 1 to 12 on the render node and collect the outputs when it finishes",
    # computing metrics or evaluating models
    "Compute the FID between my 5k generated images and COCO val2017.",
    "Score <video 0> with VBench and give me the per-dimension numbers.",
    "run CLIPScore over these 400 prompt/image pairs and rank the three checkpoints",
    "A/B the two samplers on 50 prompts and report the mean LPIPS and SSIM against the references.",
    "Evaluate our three LoRA versions with an automated preference model and report the win rates.",
    # file formats beyond plain images, videos and text
    "Export <image 0> as a layered PSD with subject, shadow and background on separate layers.",
    "Give me <image 0> as a 32-bit linear EXR with a separate Z-depth AOV.",
    "Turn the character in <image 0> into a rigged glTF mesh I can drop straight into Unreal.",
    "generate a gaussian splat .ply of a mossy stone shrine I can orbit in a viewer",
    "Output the clip as ProRes 4444 .mov with an alpha channel so it comps cleanly in Nuke.",
    "Make me a Lottie JSON animation file of our logo bouncing in.",
    "Give me an editable SVG vector trace of the logo in <image 0>.",
    "export an FBX camera-track solve from <video 0> so I can matchmove in Blender",
    # sound, voice and dialogue
    "Make a clip of a neon highway at night and put a synthwave soundtrack under it.",
    "Lip-sync the character in <video 0> to the voiceover WAV I recorded.",
    "what are they saying in <video 0>? I need a transcript for the subtitles",
    "Generate foley footsteps timed to the walk cycle in <video 0>.",
    "Create a talking-head video of our mascot reading this script aloud in a British accent.",
    # video post-processing the tools cannot do
    "Interpolate <video 0> from 12 to 48 fps so the motion looks smooth.",
    "stabilise the shaky handheld plate in <video 0>",
    "Pull every 10th frame out of <video 0> as separate PNGs for my dataset.",
    "Upscale <image 0> 4x with a GAN upscaler and keep the film grain intact.",
    "convert <video 0> to an animated GIF under 5 MB so I can drop it in Slack",
    "Transcode my render to H.265 at 8 Mbps, 10-bit HDR PQ, for the client review.",
    # metadata and provenance
    "Read the embedded ComfyUI workflow and sampler settings out of the PNG metadata of <image 0>.",
    "strip the C2PA content credentials from <image 0> before I deliver it",
    "Write my prompt and seed into the EXIF of every image you generate from now on.",
    # live web data and downloads
    "What's trending in the SDXL LoRA section on Civitai this week?",
    "Check whether the newest diffusers release fixed the Flux fp8 loading bug and link the PR.",
    "download the Wan 2.1 14B weights from Hugging Face onto my server",
    "Reverse image search <image 0> and find out who the original artist is.",
    "Pull today's per-second pricing for the top video models on Replicate and fal.",
    # publishing, uploading and messaging
    "Upload my finished LoRA to Civitai with tags and a showcase gallery.",
    "push the updated workflow to our team's GitHub repo and open a PR against main",
    "Generate a neon koi pond loop and post it straight to our studio's Discord channel.",
    "Submit <video 0> to the festival portal before the midnight deadline.",
    # the user's own files, machines and repos
    "Look through my ComfyUI output folder and delete the blurry renders.",
    "check nvidia-smi on my workstation and tell me what's hogging the VRAM",
    "Open /renders/shot_040 on our shared drive and pick the best take.",
    "Read my custom node's source in my repo and find the memory leak.",
    "scan my dataset's caption .txt files for duplicates and fix the bad ones in place",
    # memory of earlier sessions
    "Use the exact same seed and settings as the image you made me last Tuesday.",
    "remember my usual negative prompt and apply it in all our future chats",
    "Pick up where we left off yesterday on the dragon turnaround sheet.",
    # bookings, purchases, reminders and devices
    "Book me an A100 on RunPod for tomorrow morning and start my training job when it's up.",
    "buy me a year of Midjourney Pro on my saved card",
    "Set a reminder to check the render queue at 6pm.",
    "Drive the DMX lights on set so they match the colour palette of <image 0> during the shoot.",
)

ORDINARY45: tuple[tuple[str, str], ...] = (
    # text_understanding
    (
        "Explain why CFG above about 7 oversaturates SD1.5 outputs and what CFG rescale actually does mathematically.",
        "text_understanding",
    ),
    (
        "Write a diffusers script (code only) that loads SDXL with two LoRAs at different weights, uses DPM++ 2M "
        "Karras, and saves a 4x4 seed grid.",
        "text_understanding",
    ),
    (
        "My KSampler errors with 'Expected all tensors to be on the same device, cuda:0 and cpu' since I added an "
        "IPAdapter node. Likely causes?",
        "text_understanding",
    ),
    (
        "derive the v-prediction target from the epsilon and x0 parametrisations and show how to convert between all "
        "three",
        "text_understanding",
    ),
    (
        "I have 24GB of VRAM and want to fine-tune a video model on 81-frame 480p clips. Walk me through the memory "
        "budget and what will OOM first.",
        "text_understanding",
    ),
    # image_understanding
    (
        "<image 0> is an SDXL output. List every anatomy and perspective error you can find: hands, horizon, shadows, "
        "all of it.",
        "image_understanding",
    ),
    (
        "Is the near/far convention in the depth map <image 0> inverted compared to what ControlNet expects?",
        "image_understanding",
    ),
    (
        "Write a booru-tag caption and a natural-language caption for <image 0>, each under 75 tokens, for my "
        "training set.",
        "image_understanding",
    ),
    (
        "what lighting setup was probably used for <image 0>? key direction, fill ratio, any rim light",
        "image_understanding",
    ),
    (
        "<image 0> shows two renders side by side. Which one has worse banding in the sky gradient, and where?",
        "image_understanding",
    ),
    # video_understanding
    (
        "At roughly which second does the character's face in <video 0> start drifting off-identity, and what "
        "changes?",
        "video_understanding",
    ),
    ("does the camera in <video 0> pan, dolly or zoom? I need to describe the move in a prompt", "video_understanding"),
    (
        "Check <video 0> for flicker or texture swimming on the brick wall and tell me where it's worst.",
        "video_understanding",
    ),
    (
        "How many times does the dancer in <video 0> spin, and do her limbs ever clip through each other?",
        "video_understanding",
    ),
    (
        "Give me a shot-by-shot breakdown of <video 0> with framing, action and lighting changes so I can recreate "
        "it.",
        "video_understanding",
    ),
    # text_to_image
    (
        "21:9 matte painting of a flooded brutalist city at blue hour, volumetric fog, tiny figures on a footbridge "
        "for scale, no text.",
        "text_to_image",
    ),
    (
        "orthographic turnaround sheet of a steampunk courier, front, side and back on flat grey, consistent "
        "proportions, 2048x1024",
        "text_to_image",
    ),
    (
        "Seamless tileable texture of wet cobblestones with moss in the cracks, top-down, flat even lighting, "
        "1024x1024.",
        "text_to_image",
    ),
    (
        "9:16 macro shot of a glass beetle with caustic light on black velvet, very shallow depth of field",
        "text_to_image",
    ),
    (
        "Isometric game asset: a tiny alchemist's workshop on a floating island, crisp edges, white background, 1:1.",
        "text_to_image",
    ),
    # text_to_video
    (
        "6 seconds, 24fps, 1280x720: slow dolly-in on a rain-soaked neon ramen stall at night, steam rising, no "
        "people.",
        "text_to_video",
    ),
    ("121 frames at 16 fps of a paper origami crane unfolding itself on a wooden desk, shot top-down", "text_to_video"),
    (
        "A vertical 9:16 five-second seamless loop of ink blooming in water, macro, pure black background.",
        "text_to_video",
    ),
    ("fpv drone shot racing through a canyon of glowing crystals, 4s, 30fps, heavy motion blur", "text_to_video"),
    (
        "8-second aerial establishing shot of a snowy Alpine village at dawn, chimney smoke drifting left, slow "
        "orbit.",
        "text_to_video",
    ),
    # image_edit
    (
        "In <image 0>, replace the plastic chair with a worn leather armchair and keep the window light and shadows "
        "consistent.",
        "image_edit",
    ),
    (
        "Inpaint only the white region of the mask <image 1> on <image 0>: put a bonsai there and match the grain.",
        "image_edit",
    ),
    ("remove the tourists from the background of <image 0> and rebuild the cathedral steps behind them", "image_edit"),
    (
        "Restyle <image 0> as a 1970s sci-fi paperback cover painting, keeping composition and pose exactly.",
        "image_edit",
    ),
    ("the left hand in <image 0> has six fingers. fix it to five and don't touch anything else", "image_edit"),
    # image_control
    ("Use the canny edge map <image 0> to generate a Victorian greenhouse interior at golden hour.", "image_control"),
    (
        "<image 0> is an OpenPose skeleton. Make a knight in ornate armour in exactly that pose on a misty "
        "battlefield.",
        "image_control",
    ),
    (
        "Here's a depth map from my Blender blockout (<image 0>); render it as a photoreal Scandinavian living room.",
        "image_control",
    ),
    (
        "turn my rough scribble <image 0> into a finished sci-fi dropship concept that follows the lines",
        "image_control",
    ),
    (
        "Follow the lineart sketch <image 0> and produce a cel-shaded anime key frame of two kids on a rooftop.",
        "image_control",
    ),
    # image_reference
    (
        "Show the sneaker from <image 0> on a wet rooftop at night, product lighting, same colourway and logo.",
        "image_reference",
    ),
    (
        "The woman in <image 0> is our game's protagonist; put her in a desert bazaar with face, hair and outfit "
        "unchanged.",
        "image_reference",
    ),
    (
        "using my dog from <image 0>, make a picture of him as an astronaut floating inside a space station",
        "image_reference",
    ),
    (
        "New shot of the ceramic vase in <image 0> on a marble plinth in a minimalist gallery, soft skylight.",
        "image_reference",
    ),
    (
        "keep the mascot in <image 0> fully on-model but show it skiing down a mountain from a dynamic 3/4 angle",
        "image_reference",
    ),
    # image_to_video
    (
        "Animate <image 0> for 5 seconds: hair and cape blow in the wind, slow push-in, everything else stays still.",
        "image_to_video",
    ),
    (
        "Use <image 0> as the last frame and generate the 4 seconds leading up to it, with the door swinging shut.",
        "image_to_video",
    ),
    ("make <image 0> into a subtle cinemagraph loop where only the waterfall moves, 24fps", "image_to_video"),
    (
        "Bring my concept painting <image 0> to life: drifting clouds, flickering lanterns, 81 frames, 16fps, "
        "832x480.",
        "image_to_video",
    ),
    (
        "starting from <image 0>, have the robot turn its head toward the camera as its eye lights switch on",
        "image_to_video",
    ),
    # video_reference
    (
        "Make a new video of the plush toy from <image 0> walking across a kitchen table, stop-motion feel.",
        "video_reference",
    ),
    (
        "Feature the woman from <image 0> jogging along a foggy pier at dawn for 5 seconds, face kept consistent.",
        "video_reference",
    ),
    (
        "using the car in <video 0> as the reference, generate a fresh clip of it drifting through a snowy pass",
        "video_reference",
    ),
    (
        "Our brand mascot is in <image 0>. Create a 6 second clip of it dancing on a stage under spotlights.",
        "video_reference",
    ),
    (
        "new video starring the cat from <video 0> exploring an overgrown greenhouse, handheld camera feel",
        "video_reference",
    ),
    # video_edit
    ("In <video 0>, swap the red sedan for a vintage VW bus and keep the camera motion and reflections.", "video_edit"),
    ("restyle <video 0> as a watercolour animation without flicker between frames", "video_edit"),
    ("Replace the green screen behind the actor in <video 0> with a rainy Tokyo street at night.", "video_edit"),
    ("Turn the daytime street in <video 0> into night with the streetlights on.", "video_edit"),
    ("change the actor's denim jacket in <video 0> to a black leather biker jacket for the whole shot", "video_edit"),
    # video_control
    (
        "<video 0> is a DWPose skeleton sequence; generate a ballerina in a white tutu doing that exact motion on a "
        "dark stage.",
        "video_control",
    ),
    (
        "Use the depth video <video 0> from my previs as the motion guide and render it as a photoreal jungle chase.",
        "video_control",
    ),
    (
        "drive a new clip with the canny edge video <video 0>, same motion, but make it a claymation city",
        "video_control",
    ),
    (
        "Follow the pose motion in <video 0> to make a robot doing the same martial arts kata in a neon dojo.",
        "video_control",
    ),
    (
        "This edge-map video <video 0> is a camera flythrough; make a fantasy cathedral interior that follows it.",
        "video_control",
    ),
)
