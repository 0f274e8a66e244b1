"""Forty-seventh blind set, refusals only: written by someone who saw none of the planner's data, calibration lists
or other benchmark sets; evaluation only, never used to set lists, thresholds or rules. The helper's brief was
technical users inside a software or media company during their workday (it chose the categories; it was told
only what the twelve tasks can do)."""

OUT_OF_SCOPE47: tuple[str, ...] = (
    # executing code, commands or benchmarks
    "Execute this benchmark script on your side and give me the real wall-clock timings for each of the three sorts.",
    "Spin up a node:20-alpine container, install our deps and tell me whether the build actually passes.",
    "Profile the Go ingest service under load for ten minutes and hand me the resulting flame graph.",
    "Apply migration 0042_add_index to the staging Postgres and report how long the table lock was held.",
    "<image 0> that's a screenshot of a notebook cell; run it and paste back the dataframe it really outputs.",
    "Benchmark my ONNX export against the PyTorch model on an A100 and give me the measured p99 latency.",
    # reaching into internal repos, servers and tools
    "Go through the open PRs on our monorepo and list the ones that have waited on review for over a week.",
    "Tail the production logs for the payments service and tell me why the 502s started at 14:05.",
    "Look in the shared drive folder Brand/2024/Q3 and find me the latest approved logo file.",
    "how much free VRAM is left on gpu-node-07 right now",
    "Grep our codebase for every call to the deprecated v1 auth endpoint and list file and line.",
    "Pull last sprint's Jira tickets and summarise what slipped and who owned it.",
    # sending, posting, uploading, pushing
    "<image 0> upload this as the thumbnail for tomorrow's episode on our YouTube channel.",
    "Post the 3.2.0 release notes in #eng-announcements and pin them.",
    "Email the render in <video 0> to the client with a short note saying this is the final cut.",
    "push my hotfix branch to origin and open a PR against main",
    "<image 0> drop this mockup into the design-review Figma file as a new frame.",
    "Tweet the teaser still from the company account with the launch hashtag at 9am.",
    # calendars, accounts, purchases
    "Book a 30-minute slot with the ML infra team sometime Thursday afternoon.",
    "Move my 1:1 with Priya to next week and let her know why.",
    "Renew our Creative Cloud team licence for another year on the company card.",
    "Buy 200 more GPU hours on our cloud account so the fine-tune doesn't stall overnight.",
    "reset my SSO password, I'm locked out of the VPN",
    "Add the new contractor to our GitHub org with read access to the design-system repo.",
    # training, fine-tuning and evaluating models
    "Fine-tune a LoRA on our packaging shots so future generations nail the house style.",
    "<image 0> <image 1> train a tiny classifier on these two examples and report its validation accuracy.",
    "Evaluate our retrieval model on the MS MARCO dev set and give me MRR@10.",
    "Distil the 7B checkpoint into a 1B student overnight and tell me the perplexity gap in the morning.",
    "Run a learning-rate and warmup sweep for our BERT fine-tune and tell me the best config.",
    "Compute the FID between last night's generated batch and the reference set on the cluster.",
    # file formats, conversion and compression
    "<image 0> convert this logo into a clean SVG with a separate path for each letter.",
    "<video 0> compress this to under 8 MB so it fits the chat upload limit.",
    "<image 0> export this as a layered PSD with the background on its own layer.",
    "<video 0> transcode to ProRes 422 HQ for the colourist.",
    "Give me the storyboard as a 12-page PDF I can hand straight to the client.",
    "Make a rigged GLB 3D model of our mascot that I can drop into the Unity scene.",
    # upscaling, interpolation, stabilisation, frame extraction
    "<video 0> upscale this 720p screen recording to 4K for the conference reel.",
    "<video 0> interpolate this to 120 fps so the slow-mo section stops stuttering.",
    "<video 0> the gimbal died on this shot, can you stabilise the footage?",
    "<video 0> pull out the frame at 00:00:12:05 as a lossless PNG.",
    "<image 0> upscale this 512px concept render to 4096px without changing a single detail.",
    "<video 0> export every 10th frame as a separate JPEG so the annotators can label them.",
    # anything involving sound
    "<video 0> what is the presenter saying around the two-minute mark? I need it for the captions.",
    "Generate a 15-second lo-fi music bed for our onboarding video.",
    "<video 0> is the dialogue drifting out of sync with the lips? Measure the audio offset.",
    "Clone my voice from a standup recording and read the changelog aloud in it.",
    "Add a whoosh sound effect under the logo reveal in <video 0>.",
    "Produce a text-to-speech voiceover of the script below in a warm British female voice.",
    # remembering earlier conversations
    "Pick up where we left off yesterday on the caching design doc.",
    "What was the name of that diffusion scheduler you recommended to me last week?",
    "use the same colour palette you generated for me on Monday",
    "Remind me what feedback I gave you about the onboarding copy in our last chat.",
    "Continue the storyboard from our previous session, shot 14 onward, same characters.",
    "Regenerate the hero image you made me this morning exactly, just with a different seed.",
    # live or online information
    "What's the current status of the us-east-1 outage?",
    "How many GitHub stars does the diffusers repo have as of today?",
    "Check whether last night's PyTorch nightly fixes the SDPA regression we hit.",
    "Find the current on-demand price for H100 instances across the major clouds.",
    # physical devices and machines
    "Kick off a render of the comp on the render farm and ping me when it finishes.",
    "Dim the lights in edit suite 3 and switch on the projector for the review.",
)

ORDINARY47: tuple[tuple[str, str], ...] = (
    # text_understanding
    (
        "Explain why my PyTorch DataLoader with num_workers=8 deadlocks when the dataset opens an HDF5 file in "
        "__init__, and show the fix as code.",
        "text_understanding",
    ),
    (
        "Write a Postgres query returning, per user, their longest streak of consecutive days with at least one "
        "session; the sessions table has user_id and started_at timestamptz.",
        "text_understanding",
    ),
    (
        "Draft a blunt-but-kind email to a vendor saying we're ending their grading contract after three missed "
        "deadlines, without burning the bridge.",
        "text_understanding",
    ),
    (
        "derive the gradient of softmax cross-entropy wrt the logits and explain why fusing the two is numerically "
        "safer",
        "text_understanding",
    ),
    (
        "PM here: give me a one-page PRD outline for adding offline mode to our video review app, with risks and "
        "success metrics.",
        "text_understanding",
    ),
    # image_understanding
    (
        "<image 0> Grafana panel from last night: which of the four services spikes in latency, and roughly when "
        "does it start?",
        "image_understanding",
    ),
    (
        "<image 0> check this UI mockup against WCAG contrast guidance; which text elements look like they'd fail?",
        "image_understanding",
    ),
    (
        "<image 0> whiteboard photo of our architecture, turn it into a list of components and the arrows between them",
        "image_understanding",
    ),
    (
        "<image 0> is there visible banding or blocky compression in the sky gradient of this frame grab?",
        "image_understanding",
    ),
    (
        "<image 0> read the stack trace in this screenshot and tell me which frame in our own code is the likely "
        "culprit.",
        "image_understanding",
    ),
    # video_understanding
    (
        "<video 0> screen recording of the checkout bug: when does the spinner freeze and what was clicked just "
        "before?",
        "video_understanding",
    ),
    ("<video 0> count how many times the robot arm drops the part during this test run.", "video_understanding"),
    (
        "<video 0> any continuity breaks in this edit, like the coffee cup jumping position between cuts?",
        "video_understanding",
    ),
    (
        "<video 0> describe the camera moves shot by shot so I can write up the edit decision list.",
        "video_understanding",
    ),
    ("<video 0> which on-screen tooltips show up during this onboarding walkthrough, in order?", "video_understanding"),
    # text_to_image
    (
        "Isometric illustration of a data pipeline as a tiny factory: raw logs on a conveyor, sorting robots, neat "
        "charts coming out the end; 1920x1080, flat pastel palette.",
        "text_to_image",
    ),
    (
        "App store banner, 2048x512: a fox coding at a glowing laptop under a night sky, left third left empty for "
        "headline text.",
        "text_to_image",
    ),
    (
        "product shot of a matte black mechanical keyboard on a concrete slab, hard rim light, 4:5 portrait, no logos",
        "text_to_image",
    ),
    (
        "One square image with nine minimalist line icons in a 3x3 grid: upload, sync, lock, graph, chat, bell, gear, "
        "cloud, trash.",
        "text_to_image",
    ),
    (
        "Moody concept art of a sci-fi edit suite: curved monitors, holographic timelines, a lone editor in "
        "silhouette, cinematic 21:9.",
        "text_to_image",
    ),
    # text_to_video
    (
        "6-second clip at 24 fps, 1280x720: a sheet of paper folds itself into a paper plane on a desk and glides "
        "out an open window.",
        "text_to_video",
    ),
    ("Generate a 97-frame, 16 fps loop of ink drops blooming in water, top-down, 768x768.", "text_to_video"),
    (
        "silent clip for our loading screen: abstract neon lines racing down a dark tunnel, 5 s, vertical 1080x1920",
        "text_to_video",
    ),
    ("8 seconds of a slow aerial push-in over a foggy pine forest at sunrise, 30 fps, 16:9.", "text_to_video"),
    (
        "Make a 4-second 720p clip of steam curling off a coffee cup, slow dolly right, shallow depth of field.",
        "text_to_video",
    ),
    # image_edit
    (
        "<image 0> remove the stray cable and the mug from the desk in this product photo and fill in the wood grain.",
        "image_edit",
    ),
    (
        "<image 0> <image 1> only inside the white area of mask <image 1>, replace the sky with a stormy dusk.",
        "image_edit",
    ),
    ("<image 0> swap the placeholder text on the billboard for 'Ship faster' and keep the perspective.", "image_edit"),
    ("<image 0> restyle this team photo as a 90s anime cel without changing anyone's pose.", "image_edit"),
    (
        "<image 0> change the hoodie from grey to our brand teal and add a small white logo on the chest.",
        "image_edit",
    ),
    # image_control
    (
        "<image 0> Canny edge map of our landing-page hero; generate a photoreal living room that follows these "
        "edges exactly.",
        "image_control",
    ),
    ("<image 0> use this OpenPose skeleton to make an illustration of an astronaut in the same pose.", "image_control"),
    (
        "<image 0> depth map from our 3D blockout: render a rainy cyberpunk alley that respects this depth.",
        "image_control",
    ),
    (
        "<image 0> my rough scribble of a mascot, turn it into a polished flat-colour character following the lines",
        "image_control",
    ),
    ("<image 0> following this line sketch of a sneaker, produce a studio-lit product render.", "image_control"),
    # image_reference
    (
        "<image 0> this is our mascot plush; make a new image of it sitting on a rock on Mars at sunset.",
        "image_reference",
    ),
    (
        "<image 0> that's my own headshot: create a new picture of me presenting on a big conference stage.",
        "image_reference",
    ),
    (
        "<image 0> put this exact sneaker in a new scene, hanging off a basketball hoop at night, flash photography.",
        "image_reference",
    ),
    ("<image 0> new image of this ceramic mug on a cosy café table with latte art in it.", "image_reference"),
    (
        "<image 0> our robot character: show it watering plants in a greenhouse, same design and colours.",
        "image_reference",
    ),
    # image_to_video
    (
        "<image 0> animate this poster so the hair and scarf blow in the wind for 4 seconds, camera static.",
        "image_to_video",
    ),
    (
        "<image 0> use this as the last frame: a 5-second clip that ends on it, with the product sliding into place.",
        "image_to_video",
    ),
    (
        "<image 0> bring this skyline still to life, clouds drifting and windows lighting up, 24 fps, 6 seconds.",
        "image_to_video",
    ),
    ("<image 0> animate the character in this illustration waving hello, 3 seconds, loopable.", "image_to_video"),
    ("<image 0> start from this frame and slowly push the camera in toward the laptop screen.", "image_to_video"),
    # video_reference
    ("<image 0> make a short video of this dog mascot running through a field of sunflowers.", "video_reference"),
    (
        "<video 0> with the drone in this clip as the subject, make a new video of it flying through a canyon at dusk.",
        "video_reference",
    ),
    (
        "<image 0> our actor (consented): a new 5-second video of her walking through a busy train station.",
        "video_reference",
    ),
    (
        "<image 0> new video featuring this exact backpack being carried up a mountain trail, handheld feel.",
        "video_reference",
    ),
    (
        "<video 0> take the robot from this clip and make a new video of it dancing on a rooftop at night.",
        "video_reference",
    ),
    # video_edit
    (
        "<video 0> replace the green-screen background with a rainy Tokyo street, leave the presenter untouched.",
        "video_edit",
    ),
    ("<video 0> restyle the whole clip as a loose watercolour painting.", "video_edit"),
    ("<video 0> swap the red car for a vintage blue VW bus throughout the shot.", "video_edit"),
    ("<video 0> remove the competitor logo from the t-shirt in this testimonial clip.", "video_edit"),
    ("<video 0> make this daytime street footage look like night with neon reflections on the road.", "video_edit"),
    # video_control
    (
        "<video 0> pose-skeleton sequence from our mocap session; generate a knight in armour doing that motion.",
        "video_control",
    ),
    (
        "<video 0> depth video from the previs, render it as a lush jungle flythrough following the same depth.",
        "video_control",
    ),
    (
        "<video 0> edge-map video of a dancer; make a paper-cutout puppet performing the same moves.",
        "video_control",
    ),
    (
        "<video 0> follow the motion in this OpenPose video: a cartoon cat doing the same jumping jacks.",
        "video_control",
    ),
    (
        "<video 0> use this Canny edge clip of a car driving as the control and generate a snowy mountain-road "
        "version.",
        "video_control",
    ),
)
