"""Fortieth blind set, refusals only: written by someone who saw none of the planner's data, calibration lists
or other benchmark sets; evaluation only, never used to set lists, thresholds or rules. The helper's brief was
terse, technical requests from ML engineers and technical creators (it chose the categories; it was told only
what the twelve tasks can do)."""

OUT_OF_SCOPE40: tuple[str, ...] = (
    # training, distillation, weight surgery
    "Train a DreamBooth LoRA (rank 16, lr 1e-4, 1500 steps) on the 25 photos of my dog in ~/data/rex and hand me the "
    ".safetensors.",
    "Run 3 epochs of DPO on our SDXL checkpoint using the preference pairs in s3://team-bucket/prefs/ and report the "
    "final reward margin.",
    "Consistency-distill our teacher UNet into a 4-step student on the A100 node and send me the checkpoint hash.",
    "Resume pretraining the temporal attention layers of our video model from step 48000 on the 12k clips we scraped "
    "yesterday.",
    "Fuse these two LoRAs at 0.6/0.4 into the base checkpoint and save the merged model as fp16 safetensors.",
    "Quantize our Flux transformer to NF4 with bitsandbytes and measure how much VRAM it saves at 1024x1024.",
    # executing code, profiling, measuring
    "Execute my StableDiffusionXLPipeline script on your side with seed 1234 and paste the stdout with per-step "
    "timings.",
    "Profile the attention kernel in my repo with nsys and tell me exactly where the memory spike happens.",
    "Compute FID-50k and CLIPScore for the samples in /mnt/eval/samples against COCO val2017 and give me the numbers.",
    "Run pytest on my fork with torch 2.4 and cu124 and tell me which tests in test_schedulers.py actually fail.",
    "Measure it/s for SD1.5 vs SDXL on an RTX 4090 with xformers vs SDPA; I need real benchmark numbers, not "
    "estimates.",
    "Load my ComfyUI workflow JSON in a headless instance, queue it and return the prompt_id and the node execution "
    "log.",
    # publishing, hubs, experiment trackers
    "Push the image you just generated to huggingface.co/datasets/myorg/synthetic-cats with a dataset card and CC-BY "
    "license.",
    "Log this sample grid to W&B project video-diffusion under run id 7fq2kx as step 12000.",
    "Open a PR against huggingface/diffusers with the fix for the DPMSolver off-by-one I described.",
    "Upload the clip to our S3 bucket and give me a presigned URL valid for 24 hours.",
    "Post the turntable render to the #renders channel on our Discord with the seed in the caption.",
    "Create a Civitai model page for my LoRA with trigger word 'vntgcam' and these example images.",
    # live data and the web
    "Which model is at the top of the Open LLM Leaderboard as of this minute?",
    "Check whether last night's ComfyUI nightly fixed the tiled VAE decode regression reported on GitHub this week.",
    "Pull today's new cs.CV submissions from arXiv and summarize the ones about video diffusion.",
    "What's the current on-demand price per hour for an 8xH100 node on Lambda and on CoreWeave?",
    "Download the latest Wan checkpoint from the hub and tell me its sha256.",
    # dataset work on their disk, batch jobs
    "Deduplicate /data/laion_subset with pHash at Hamming distance 8 and write the kept paths to keep.txt.",
    "Caption all 3,200 images in ./train and save one .txt sidecar per image with the same basename.",
    "Center-crop and resize every clip in /datasets/kinetics_mini to 256x256, 16 frames each, and overwrite in place.",
    "Filter my webdataset shards by LAION aesthetic score > 6 and repack the survivors into 1 GB tars.",
    "Scan the 900 renders on our shared drive and move the NSFW ones into a quarantine folder.",
    "Apply the same ukiyo-e restyle to all 140 PNGs in frames/ and keep the original filenames.",
    # file formats the assistant cannot produce
    "Give me a metric depth pass of <image 0> as a 32-bit float EXR, values in metres, linear.",
    "Pull a clean alpha matte of the dancer in <video 0> and deliver it as ProRes 4444 with an embedded alpha "
    "channel.",
    "Vectorize the logo in <image 0> into an SVG with one path per colour, no gradients.",
    "Export the character from <image 0> as a rigged FBX I can drop straight into Blender.",
    "Deliver <image 0> as a layered PSD with foreground, midground and background on separate layers.",
    "Reconstruct the chair in <image 0> as a glTF mesh with PBR albedo/roughness/normal textures.",
    "Make a 16-stop equirectangular HDRI in Radiance .hdr format for lighting my Blender scene.",
    # resolution, temporal and encoding post-processing
    "Super-resolve <video 0> from 540p to 4K with a Real-ESRGAN-style model, keep the film grain.",
    "RIFE-interpolate <video 0> from 24 to 120 fps so I can slow it down 5x.",
    "Stabilise the handheld jitter in <video 0> with a 30-frame smoothing window and crop to fit.",
    "Dump every 10th frame of <video 0> as PNGs named frame_%05d.png.",
    "Re-encode <video 0> to HEVC at CRF 28 so it comes in under 8 MB.",
    "Conform <video 0> from 29.97 to 25 fps without changing its duration.",
    "Strip the EXIF and GPS metadata from <image 0> and return it bit-identical otherwise.",
    # audio in or out
    "Transcribe what the presenter says in <video 0> and give me an SRT with word-level timestamps.",
    "Generate a Foley pass for the footsteps in the clip you made earlier, synced to the foot-contact frames.",
    "Clone the narrator's voice from <video 0> and have it read my abstract.",
    "Is the hum in <video 0> at 50 Hz or 60 Hz? Check the spectrum and tell me.",
    "Text-to-video, 10 s of a waterfall, and include a matching ambient sound bed, stereo 48 kHz.",
    "Lip-sync the face in <image 0> to my narration.wav and export the talking-head clip.",
    "Score a 120 BPM lo-fi loop under <video 0> and duck it under the dialogue.",
    # memory, user machines, accounts, devices, scheduling
    "Reuse the exact seed and sampler settings you used for my batch last Tuesday.",
    "SSH into gpu-node-3 and kill the hung training job on GPU 2.",
    "Check nvidia-smi on my workstation and tell me why utilisation is stuck at 30%.",
    "Open the config.yaml in my home directory and tell me why the LR warmup isn't kicking in.",
    "Rent 8xH100 on RunPod for 6 hours with my card and start the PyTorch 2.4 template.",
    "Put a rebuttal sync with my three co-authors on our calendars for Thursday afternoon.",
    "Send the final key frame to our large-format Canon printer at 300 dpi on matte paper.",
    "Export the side-by-side of <image 0> and <image 1> as a two-page PDF for the camera-ready.",
    "Put the sweep results into an .xlsx with conditional formatting on the val-loss column.",
    "Watch my TensorBoard on localhost:6006 overnight and ping me if val loss diverges.",
)

ORDINARY40: tuple[tuple[str, str], ...] = (
    # text_understanding
    ("Derive q(x_t | x_0) for a DDPM with a linear beta schedule and show why alpha_bar_t = prod_s (1 - beta_s).",
     "text_understanding"),
    ("Write a PyTorch function for classifier-free guidance with guidance_rescale=0.7 around a diffusers-style UNet "
     "call; just the code, I'll run it myself.", "text_understanding"),
    ("Why do both FID and CLIPScore get worse when I push CFG from 5 to 9? Explain the mechanism in under 200 words.",
     "text_understanding"),
    ("Give me a Blender Python snippet that sets 1920x1080 at 24 fps and a 120-frame camera turntable around the "
     "origin.", "text_understanding"),
    ("v-prediction vs epsilon-prediction for high-res video diffusion: stability, SNR weighting, when zero-terminal "
     "SNR matters. Bullets.", "text_understanding"),
    # image_understanding
    ("<image 0> is a W&B loss plot; roughly at which step does val loss start diverging from train loss, and is the "
     "y-axis log scale?", "image_understanding"),
    ("Count the hands in <image 0> and tell me which ones have the wrong number of fingers.", "image_understanding"),
    ("<image 0> is a ComfyUI graph screenshot: which node feeds the latent into the KSampler, and is VAE Decode wired "
     "to the right VAE?", "image_understanding"),
    ("Does <image 0> show JPEG blocking or diffusion-style high-frequency artifacts? Point to regions by quadrant.",
     "image_understanding"),
    ("Transcribe the hyperparameter table in <image 0> into a markdown table, keep the units.",
     "image_understanding"),
    # video_understanding
    ("In <video 0>, at what second does the ball pass through the table, and which other moments look physically "
     "implausible?", "video_understanding"),
    ("How many times does the robot arm in <video 0> regrasp the cube before the final lift?", "video_understanding"),
    ("Is the camera in <video 0> panning, dollying or zooming? Any visible rolling-shutter skew?",
     "video_understanding"),
    ("Describe identity drift of the main character's face across <video 0>: which features change and roughly when.",
     "video_understanding"),
    ("<video 0> is a screen recording of TensorBoard; what's the highest step value visible on the scalars tab?",
     "video_understanding"),
    # text_to_image
    ("1536x640 ultrawide, brutalist datacenter at dusk, volumetric fog between server aisles, anamorphic 35mm look, "
     "seed 421, no text.", "text_to_image"),
    ("1024x1024 flat isometric illustration of a transformer block: attention heads as glass pipes feeding an MLP "
     "furnace, pastel, white bg.", "text_to_image"),
    ("832x1216 macro of a dew-covered moth wing, focus-stacked look, creamy f/2.8 bokeh behind, seed 7.",
     "text_to_image"),
    ("2048x2048 single image laid out as a 4x4 grid: the same ceramic mug in 16 different glazes, top-down, softbox "
     "lighting.", "text_to_image"),
    ("Prompt: photoreal 1920x1080 rainy Tokyo alley at night, neon on wet asphalt, 24mm, ISO 3200 grain. Negative: "
     "lowres, watermark.", "text_to_image"),
    # text_to_video
    ("5 s, 24 fps, 1280x720: slow dolly-in on a chessboard mid-game, long raking shadows, shallow DoF, seed 88.",
     "text_to_video"),
    ("81 frames @ 16 fps, 832x480, drone orbit around a lighthouse in a storm, waves breaking on the rocks.",
     "text_to_video"),
    ("Vertical 720x1280, 4 s, static camera, clouds rolling fast over a mountain ridge like a timelapse.",
     "text_to_video"),
    ("49 frames at 8 fps, 512x512, top-down: a paper origami crane unfolding itself on a walnut desk.",
     "text_to_video"),
    ("6 s 1024x576 clip, macro of ink dropping into water and blooming in slow motion, pure black background.",
     "text_to_video"),
    # image_edit
    ("Inpaint the white region of mask <image 1> in <image 0> with matching brick wall; leave everything outside the "
     "mask untouched.", "image_edit"),
    ("Remove the tripod legs and the cable at the bottom of <image 0> and fill with plausible floorboards.",
     "image_edit"),
    ("Replace the sky in <image 0> with a golden-hour gradient and relight the facade with a warm key from the left.",
     "image_edit"),
    ("Restyle <image 0> as a ukiyo-e woodblock print, composition and line positions unchanged, ~0.55 denoise.",
     "image_edit"),
    ("Replace what's on the laptop screen in <image 0> with a generic dark-theme code editor, perspective-correct.",
     "image_edit"),
    # image_control
    ("<image 0> is a 1024x1024 Canny map; generate a photoreal mid-century living room that follows it, control "
     "strength 0.8.", "image_control"),
    ("Use the OpenPose skeleton in <image 0> to make a dancer in a red dress on a rooftop at night.", "image_control"),
    ("<image 0> is a MiDaS depth map; render a foggy pine forest that matches its depth layout.", "image_control"),
    ("Turn my scribble <image 0> into a clean product render of an earbud charging case, following the outline "
     "exactly.", "image_control"),
    ("Anime-style castle courtyard following the line-art sketch in <image 0>; keep every architectural line.",
     "image_control"),
    # image_reference
    ("Subject ref <image 0> (plush robot): place it on a Mars rover deck, stitching and colours identical, "
     "1024x1024.", "image_reference"),
    ("Same person as <image 0>, new portrait as a 1920s aviator, sepia, identity preserved IP-Adapter style.",
     "image_reference"),
    ("Take the sneaker in <image 0> and shoot it on a floating concrete plinth, three-quarter view, studio light.",
     "image_reference"),
    ("Put the corgi from <image 0> on a snowy Sapporo street at night, markings and face unchanged.",
     "image_reference"),
    ("New image of the ceramic teapot in <image 0> sitting on a picnic blanket in a sunlit meadow.",
     "image_reference"),
    # image_to_video
    ("Animate <image 0> as first frame: 3 s at 24 fps, slow push-in, hair and scarf moving in the wind.",
     "image_to_video"),
    ("Use <image 0> as the LAST frame: 4 s clip that ends on it, camera pulling back from an extreme close-up.",
     "image_to_video"),
    ("I2V from <image 0>, 49 frames, 768x768: fountain water flowing, everything else frozen.", "image_to_video"),
    ("Bring the oil painting <image 0> to life for 5 s: clouds drifting, boats bobbing gently at anchor.",
     "image_to_video"),
    ("Make <image 0> a cinemagraph-like 2 s clip at 16 fps where only the candle flame flickers.", "image_to_video"),
    # video_reference
    ("5 s video of the robot figurine in <image 0> walking across a kitchen counter, same paint and decals.",
     "video_reference"),
    ("Identity ref <image 0>: generate her jogging along a beach at sunrise, 720p, 24 fps, tracking shot.",
     "video_reference"),
    ("New clip with the cat from <video 0> chasing a laser dot around a minimalist white room.", "video_reference"),
    ("4 s clip of the vintage car in <image 0> driving through a rainy neon city, side tracking shot.",
     "video_reference"),
    ("Subject ref <image 0> (knitted fox toy): generate it tumbling down a snowy hill, 81 frames.",
     "video_reference"),
    # video_edit
    ("Restyle <video 0> as stop-motion claymation; motion and timing must stay identical.", "video_edit"),
    ("In <video 0>, replace the red mug on the desk with a glass of orange juice in every frame.", "video_edit"),
    ("Swap the green-screen background in <video 0> for a Martian landscape with matching warm lighting.",
     "video_edit"),
    ("Make it snow in <video 0>: falling flakes plus frost on surfaces, keep the camera move.", "video_edit"),
    ("Turn the daytime street in <video 0> into night with lit street lamps and wet reflections.", "video_edit"),
    # video_control
    ("<video 0> is a DWPose skeleton sequence; generate a knight in plate armour doing that motion in a castle hall.",
     "video_control"),
    ("Follow the depth video <video 0> to produce an underwater coral reef flythrough along the same camera path.",
     "video_control"),
    ("Canny edge video <video 0> as control: render a watercolour city street with identical motion.",
     "video_control"),
    ("<video 0> is a HED soft-edge pass of a walk cycle; make a stylized tin robot walking to match, 24 fps.",
     "video_control"),
    ("Drive a ballet dancer in a mirrored studio with the pose sequence in <video 0>, 832x480.", "video_control"),
)
