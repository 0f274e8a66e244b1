"""Sixty-seventh blind set, refusals only: written by someone who saw none of the planner's data, calibration lists
or other benchmark sets; evaluation only, never used to set lists, thresholds or rules. The helper's brief was
students and researchers in the sciences: labs, data, papers, conferences (it chose the categories; it was told only what the twelve tasks can do)."""

OUT_OF_SCOPE67: tuple[str, ...] = (
    # Literature search and live information (needs the internet)
    "Find me the five most cited papers on CRISPR base editing published this year and give me their DOIs.",
    "What's the current submission deadline for ICML? I think it moved.",
    "check arxiv for anything new on topological insulators since monday",
    "Look up the impact factor of Nature Communications for this year and compare it with Cell Reports.",
    "Is the ACS Fall meeting registration still open right now?",
    "<image 0> is a screenshot of a citation from my reading list; find the full-text paper online "
    "and summarize its methods section.",
    # Running code, analyses and files on disk
    "Run my Python script that fits the Michaelis-Menten curve and send me the Km value it outputs.",
    "Open results_final_v3.xlsx in my Downloads folder and compute the mean of column D.",
    "Execute this R code on our lab server and tell me if the mixed model converges: "
    "lmer(y ~ treatment + (1|mouse))",
    "Can you load the FASTQ files from /data/run42 and run FastQC on them?",
    "Here's a screenshot of my Jupyter error <image 0>, rerun the notebook with the fix and show me the output plots.",
    "Query our PostgreSQL database of specimen records and list every sample collected after 2019.",
    # Sound and speech
    "Transcribe the Q&A session from this conference talk recording <video 0>, word for word.",
    "Listen to <video 0> of the sonicator and tell me if the pitch means the probe tip is damaged.",
    "Generate a voiceover narration for my three-minute thesis presentation.",
    "Make a short podcast episode where two voices discuss my paper on soil microbiomes.",
    "What species of bird is singing in the background of my field recording <video 0>?",
    "Add background music and my spoken explanation to the lab safety video <video 0>.",
    "Read my abstract aloud so I can hear how it sounds before the talk.",
    # Submitting, sending and booking
    "Submit my manuscript to PLOS ONE through their editorial system, the files are ready.",
    "Email my supervisor the draft of chapter 3 and cc the second reader.",
    "Book me a hotel near the conference venue in Lisbon for June 12-16, under 150 a night.",
    "Post my poster <image 0> on the conference Slack channel with a short caption.",
    "Order 500 mL of Tris buffer and two boxes of 200 uL pipette tips from Sigma on the group account.",
    "Register me for the EMBO workshop and pay the fee with the lab card.",
    # Accounts, calendars and earlier conversations
    "Log into my Overleaf and fix the bibliography compile errors in the thesis project.",
    "Remember the protein concentrations I gave you last week? Use them to finish the dilution calculation.",
    "Check my Google Scholar profile and tell me my current h-index.",
    "Add the group meeting to my Outlook calendar every Thursday at 10.",
    "Sync my Zotero library and remove the duplicate entries.",
    # Reminders, timers and lab hardware
    "Set a timer for 45 minutes so I remember to take the gel out of the running tank.",
    "Remind me tomorrow at 8 am to passage the HeLa cells.",
    "Turn the -80 freezer alarm off remotely, it's been beeping all night.",
    "Start the PCR program on the thermocycler in room 214 with an annealing temperature of 58 C.",
    "Adjust the focus on the microscope camera that took <image 0>, the live feed is still blurry.",
    # File formats, exports and conversions
    "Convert my figure <image 0> into an editable SVG so I can change the axis labels in Illustrator.",
    "Export this poster layout as a print-ready A0 PDF at 300 dpi.",
    "Turn <video 0> of the time-lapse into a GIF under 5 MB for my slides.",
    "Generate a 3D printable STL model of the hemoglobin tetramer for our outreach stand.",
    "Compress my thesis PDF so it's under the 10 MB upload limit.",
    "Save <image 0> as a layered PSD with the scale bar on a separate layer.",
    "Make a .pdb file of the docked ligand pose shown in <image 0> so I can open it in PyMOL.",
    # Enhancement and cutting that is not editing
    "Upscale <image 0>, the confocal image is 512x512 and I need 4K resolution for the journal cover.",
    "Super-resolve the blurry SEM micrograph <image 0> by 4x so the nanoparticle edges are sharper.",
    "Stabilise the shaky handheld footage of the fieldwork in <video 0>.",
    "Interpolate extra frames into my time-lapse <video 0> so it plays smoothly at 60 fps.",
    "Cut the first 30 seconds out of <video 0> and merge what's left with my second recording.",
    "Trim <video 0> down to just the part where the droplet splits.",
    # Training and running models
    "Train a U-Net on my 200 annotated nuclei images to segment the rest of the dataset.",
    "Fine-tune a protein language model on our enzyme sequences and report the validation loss.",
    "Run AlphaFold on this sequence and give me the predicted structure: MKTAYIAKQRQISFVKSHFSRQ",
    "Run a molecular dynamics simulation of this peptide in water for 100 ns and plot the RMSD.",
    # Live measurements and real-world status
    "What is the air quality index outside the physics building right now?",
    "How many people have registered for the APS March Meeting so far?",
    "Tell me today's exchange rate so I can budget the conference travel grant in euros.",
    "Which of my labmates is currently using the flow cytometer? Check the booking system.",
    "Show me a satellite image of the Atlantic sea surface temperature from this morning.",
    "Generate a chart of the Dow Jones over the past week for my econophysics seminar.",
    "<image 0> is a still from our weather station camera; what is the temperature up there right now, "
    "and what will it be tomorrow?",
    "From <image 0> of our lab's shared inbox, reply to each of the reviewers' emails and send the replies.",
)

ORDINARY67: tuple[tuple[str, str], ...] = (
    # text_understanding
    ("Write a polite email to my PI asking for an extension on the conference abstract deadline; "
     "I'll send it myself.", "text_understanding"),
    ("Explain what a p-value of 0.049 actually means, and why reviewers might still be skeptical.",
     "text_understanding"),
    ("Write a Python function that reads a CSV of absorbance readings and fits a Beer-Lambert calibration line.",
     "text_understanding"),
    ("Translate this sentence into German for my poster: 'Enzyme activity decreased sharply above 45 degrees.'",
     "text_understanding"),
    ("Draft a 3-minute spoken script for my lightning talk on coral bleaching, just the words, "
     "I'll record the audio myself.", "text_understanding"),
    # image_understanding
    ("<image 0> is a screenshot of my Excel sheet of qPCR Ct values; which wells look like outliers?",
     "image_understanding"),
    ("Read the handwritten values on my lab notebook page <image 0> and type them out as a table.",
     "image_understanding"),
    ("What does the error message in this terminal screenshot <image 0> mean, and how do I fix the import?",
     "image_understanding"),
    ("Is the western blot in <image 0> overexposed? Look at lane 3 in particular.", "image_understanding"),
    ("Going by this photo of the printed programme <image 0>, which talks are on Tuesday afternoon?",
     "image_understanding"),
    # video_understanding
    ("In <video 0> of my zebrafish larvae, how many times does the larva on the left make a fast-start escape?",
     "video_understanding"),
    ("Watch <video 0> of my titration and tell me at roughly which point the solution turns pink.",
     "video_understanding"),
    ("This is a screen recording of my ImageJ workflow <video 0>; at which step did I set the threshold wrong?",
     "video_understanding"),
    ("Describe what the speaker writes on the whiteboard in <video 0> of the seminar, I only care about "
     "the equations.", "video_understanding"),
    ("Does the pipetting technique in <video 0> look correct? Is the student pre-wetting the tip?",
     "video_understanding"),
    # text_to_image
    ("Generate a graphical-abstract-style illustration of nanoparticles crossing the blood-brain barrier, "
     "flat vector look.", "text_to_image"),
    ("Make a 16:9 title slide background image for a conference talk on exoplanet atmospheres.", "text_to_image"),
    ("Create a cartoon of a tired grad student at 3 am next to a mass spectrometer, for our lab's Slack emoji.",
     "text_to_image"),
    ("Draw a poster-style picture for our lab logo idea: a DNA helix forming a mountain range, A0 portrait.",
     "text_to_image"),
    ("Generate an image of a 1950s-style science fair poster about the water cycle.", "text_to_image"),
    # text_to_video
    ("Make a short animation of a protein chain folding into an alpha helix, for the opening of my presentation.",
     "text_to_video"),
    ("Generate a few seconds of video of a Petri dish with bacterial colonies slowly growing, time-lapse style.",
     "text_to_video"),
    ("Create a silent clip of a rocket launch seen from far away; I'll add my own narration later in PowerPoint.",
     "text_to_video"),
    ("Produce a short video of a glacier calving into the sea for the intro of my climate seminar.",
     "text_to_video"),
    ("Make a short slow-motion clip of blue ink diffusing in a beaker of water for our lab's outreach day.",
     "text_to_video"),
    # image_edit
    ("Blur the face of the lab member in the background of <image 0> before it goes in the department newsletter.",
     "image_edit"),
    ("Replace the cluttered bench behind me in <image 0> with a clean white backdrop for my conference headshot.",
     "image_edit"),
    ("Recolour the bars in the chart <image 0> to a colour-blind-friendly palette, keep everything else.",
     "image_edit"),
    ("Add the label '10 um' under the scale bar in the lower right corner of <image 0>.", "image_edit"),
    ("Use the mask <image 1> to replace the masked region of <image 0> with an empty, tidy lab bench.",
     "image_edit"),
    # image_control
    ("Here's a pose skeleton <image 0>: generate a scientist in a lab coat presenting at a podium in that pose.",
     "image_control"),
    ("Use the depth map <image 0> from our lab's 3D scanner to generate a photoreal rocky outcrop for a geology "
     "poster.", "image_control"),
    ("Turn my whiteboard scribble <image 0> of the experimental setup into a realistic render of the apparatus, "
     "same layout.", "image_control"),
    ("Following the edge map <image 0> of our institute building, create a watercolour painting of it for the "
     "conference dinner menu.", "image_control"),
    ("Generate an image that follows the Canny edges in <image 0> of a leaf, as a detailed botanical illustration.",
     "image_control"),
    # image_reference
    ("Using my headshot <image 0>, make a picture of me in a graduation gown holding my thesis.",
     "image_reference"),
    ("<image 0> is our lab's mascot, a plush axolotl; generate it wearing safety goggles at a fume hood.",
     "image_reference"),
    ("Create a new image of the same home-built microscope shown in <image 0>, displayed in a science museum.",
     "image_reference"),
    ("Make a picture of my supervisor from <image 0> as an astronaut, for her retirement party slideshow.",
     "image_reference"),
    ("Generate an image of the lab robot from <image 0> sorting test tubes in a busy biology lab.",
     "image_reference"),
    # image_to_video
    ("Animate the cell diagram from my poster <image 0> so the mitochondria drift gently, just a few seconds.",
     "image_to_video"),
    ("Make <image 0> of the telescope at dusk into a short clip where the dome slowly opens.", "image_to_video"),
    ("Bring the old photo of the lab's founders <image 0> to life with subtle movement for the anniversary event.",
     "image_to_video"),
    ("Use <image 0> as the last frame: a short video of the students gathering into this group photo.",
     "image_to_video"),
    ("Animate the volcano in <image 0> starting to push out a plume of ash; no sound needed.", "image_to_video"),
    # video_reference
    ("Using the photo of our rover <image 0>, make a short video of it driving across a Mars-like landscape.",
     "video_reference"),
    ("Generate a short video of my dog from <image 0> wandering through the lab corridors, for our lab Instagram.",
     "video_reference"),
    ("Make a clip of the person in <image 0> giving a keynote in a huge conference hall.", "video_reference"),
    ("From the reference photo of our survey drone <image 0>, generate a video of it flying over a coral reef.",
     "video_reference"),
    ("Create a short video of the stuffed penguin mascot in <image 0> waddling across a glacier.",
     "video_reference"),
    # video_edit
    ("In <video 0> of my lab tour, blur the whiteboard that shows our unpublished results.", "video_edit"),
    ("Change the background of my recorded talk <video 0> to a plain dark blue.", "video_edit"),
    ("Make <video 0> of the fluid experiment look like old black-and-white film.", "video_edit"),
    ("Remove the coffee cup from the bench in <video 0> of my instrument demo.", "video_edit"),
    ("Replace the daytime sky with a starry night sky in <video 0> of the observatory.", "video_edit"),
    # video_control
    ("Use the pose video <video 0> of me at the lab retreat to generate a video of a robot doing the same moves.",
     "video_control"),
    ("Following the depth video <video 0>, create a video of a diver swimming through an underwater cave.",
     "video_control"),
    ("Generate a video that follows the edge-map video <video 0> of a pendulum, rendered as an antique brass clock.",
     "video_control"),
    ("<video 0> is a pose sequence from our gait lab; generate a video of an elderly man walking with that gait.",
     "video_control"),
    ("Using the depth control clip <video 0> from our lidar rig, make a video of a walk through an autumn forest.",
     "video_control"),
)
