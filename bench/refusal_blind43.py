"""Forty-third blind set, refusals only: written by someone who saw none of the planner's data, calibration lists
or other benchmark sets; evaluation only, never used to set lists, thresholds or rules. The helper's brief was
a company's data scientists, MLOps and data engineers and applied researchers during their workday (it chose the
categories; it was told only what the twelve tasks can do)."""

OUT_OF_SCOPE43: tuple[str, ...] = (
    # running code or queries
    "Run this pandas snippet on a 2 GB sample and tell me the peak memory it hits: df.groupby('user_id').agg(list)",
    'can you actually execute my pytest suite for the feature transforms and paste back the failures?',
    'Time both versions of this polars expression on real data and tell me which one is faster in practice',
    (
        'Execute the SQL written on the whiteboard in <image 0> against our Snowflake warehouse and give me the row '
        'count'
    ),
    'run the data validation notebook end to end and tell me which expectations fail',
    # reaching company systems and dashboards
    "Pull last week's churn numbers from the Looker dashboard and tell me whether they dropped",
    "what's the current lag on the kafka consumer group events-enricher?",
    'Check MLflow and tell me which run in experiment 412 had the best validation loss',
    'Look up how user_ltv_90d is defined in our Feast feature store',
    'Is the nightly backfill DAG still running in Airflow or did it fail again?',
    'List the sizes of everything under s3://analytics-raw/ and flag any prefix over 5 TB',
    # training and evaluating models
    'Fine-tune a small BERT on our support tickets and hand me the checkpoint',
    'retrain the fraud model with the new 60-day label window and compare its AUC against prod',
    'Compute SHAP values for our production gradient boosting model on the March holdout set',
    'Run a hyperparameter sweep over learning rate and batch size for my LoRA job overnight',
    'evaluate our RAG pipeline on the 500 golden questions and give me the exact hit rate',
    # file formats other than images, videos and plain text
    "Open the parquet file I'm attaching and tell me how many nulls there are in each column",
    "Here's our experiment notebook as an .ipynb, read through the cells and summarise the findings",
    'Turn the dashboard screenshot <image 0> into an editable Excel workbook with the underlying numbers in cells',
    'Build me a 12-slide PowerPoint deck for the quarterly model review',
    'Export the data dictionary as a PDF on our company letterhead',
    'read the 40-page vendor model card PDF and list every training data source it mentions',
    # anything involving sound
    'Transcribe what people say in the standup recording <video 0> and pull out the action items',
    '<video 0> is our load test demo, what is the engineer saying right when the graph drops?',
    'An alarm goes off somewhere in <video 0>; is it the fire alarm tone or the UPS warning beep?',
    'Add a calm voiceover to <video 0> that explains each stage of the pipeline as it appears',
    "Generate a short notification chime for the team's data quality bot",
    'Make a video of our pipeline diagram coming together, with a narrator explaining each stage out loud',
    # image and video processing that is not on offer
    'Upscale the blurry whiteboard photo <image 0> to 4x resolution so the handwriting gets sharper',
    'Interpolate <video 0> from 15 fps to 60 fps so the robot arm motion looks smooth',
    "stabilise <video 0>, it's a handheld recording of the conveyor belt in the lab and it's far too shaky",
    'Extract every frame in <video 0> where the error dialog is visible and save them as separate PNGs',
    'Compress <video 0> to under 10 MB so it fits under the ticket attachment limit',
    'convert <video 0> into an animated GIF for the repo README',
    # sending, posting and publishing
    'Post a summary of this incident to #ml-platform on Slack',
    'Open a Jira ticket for the schema drift issue and assign it to Priya',
    'leave a review comment on PR 2231 asking them to add a unit test',
    'Email the churn analysis to the VP of product with the charts attached',
    'Push the updated feature pipeline config to the main branch',
    'Register the new model version in our model registry and promote it to staging',
    # live or web data
    "What's the spot price of an H100 instance in us-east-1 right now?",
    'check whether the Hugging Face hub is having an outage at the moment',
    'Which Spark runtime did Databricks release this morning?',
    "Search arXiv for this week's papers on tabular foundation models and summarise the top five",
    # memory of earlier conversations
    'Use the column mapping we agreed on in our chat yesterday and apply it to the new table',
    'Remind me what threshold you recommended last Tuesday for the anomaly detector',
    'Pick up the ablation write-up where we left off in our previous session',
    # scheduling, reminders and calendars
    'Schedule the feature backfill to actually run every Sunday at 2am',
    "Put a 30-minute model review on the team's calendar for Thursday afternoon",
    "ping me at 5pm if the training loss still hasn't dropped below 0.3",
    # machines, clusters and infrastructure
    "Check nvidia-smi on gpu-node-07 and tell me what's hogging the memory",
    "restart the Jupyter kernel on my workstation, it's frozen",
    'Scale the inference deployment on the prod cluster to 6 replicas',
    'Kill the stuck Spark job application_1712_0042 on the YARN cluster',
    # accounts, access and purchases
    'Grant Marco read access to the finance dataset in BigQuery',
    'Rotate the API key for our labeling vendor and store the new one in Vault',
    'Buy another 10,000 Snowflake credits on the company card',
    # the user's own files and repositories
    'Search our monorepo for every call to the deprecated load_features() function',
    'Look in my Downloads folder for the latest Tableau export and summarise it',
    'diff the staging and prod versions of the dbt project and list the models that changed',
)

ORDINARY43: tuple[tuple[str, str], ...] = (
    # text_understanding
    (
        'Our A/B test had 48,210 users in control at 3.1% conversion and 47,980 in treatment at 3.4%. Walk me '
        "through whether that's significant at alpha 0.05 and what the 95% CI on the relative lift is",
        "text_understanding",
    ),
    (
        "Write an Airflow DAG in Python (just the code, I'll deploy it myself) that waits on a partition sensor, "
        'then runs dbt build and a Great Expectations checkpoint',
        "text_understanding",
    ),
    (
        'why would my LightGBM validation AUC come out higher than training AUC after I turned on bagging and set '
        'feature_fraction=0.5?',
        "text_understanding",
    ),
    (
        'Draft a Slack message I can post myself announcing that the events table will be read-only during '
        "Saturday's migration, friendly but firm",
        "text_understanding",
    ),
    (
        'explain point-in-time correct joins versus naive joins in a feature store, with a concrete example of '
        'label leakage',
        "text_understanding",
    ),
    # image_understanding
    (
        "<image 0> is a screenshot of our Grafana dashboard: which pod's memory starts climbing first, and at "
        'roughly what timestamp?',
        "image_understanding",
    ),
    (
        "Here's the confusion matrix from our eval report <image 0>. Compute precision and recall for the fraud "
        'class from the numbers shown',
        "image_understanding",
    ),
    (
        "Photo of the whiteboard from today's design session: <image 0>. Write out the pipeline stages and arrows "
        'as a bulleted list I can paste into the doc',
        "image_understanding",
    ),
    (
        "Does the loss curve in <image 0> look like it's diverging or just noisy? Note the y-axis is log scale",
        "image_understanding",
    ),
    (
        'In this ER diagram <image 0>, which tables would I have to join to get order revenue by customer region?',
        "image_understanding",
    ),
    # video_understanding
    (
        "<video 0> is a screen recording of the Airflow grid view during last night's run; which task turns red "
        'first?',
        "video_understanding",
    ),
    ('Watch <video 0> of the pick-and-place robot and count how many times it drops the part', "video_understanding"),
    (
        'In this warehouse camera clip <video 0>, does the forklift ever cross the yellow safety line?',
        "video_understanding",
    ),
    (
        "<video 0> shows me scrolling through a Looker dashboard. What's the highest weekly revenue bar visible?",
        "video_understanding",
    ),
    (
        'From <video 0>, describe the sequence of UI steps the analyst takes to set up the date filter so I can '
        'turn it into a how-to',
        "video_understanding",
    ),
    # text_to_image
    (
        'Create a clean isometric illustration of a data lakehouse with raw, bronze, silver and gold layers as '
        'stacked platforms, 1600x400 for the wiki banner',
        "text_to_image",
    ),
    (
        'I need a cover image for the internal ML newsletter: a friendly robot sorting colourful data cubes on a '
        'conveyor belt, flat vector style, square',
        "text_to_image",
    ),
    (
        'generate a photoreal image of a messy server rack with one green LED lit, moody lighting, 16:9, for a '
        'slide about tech debt',
        "text_to_image",
    ),
    (
        'Make a vertical 9:16 poster-style picture of a lighthouse built from stacked bar charts shining over a '
        'dark sea',
        "text_to_image",
    ),
    (
        'Image for the offsite invite: a cosy cabin desk with three monitors showing abstract graphs and snow '
        'outside the window, watercolour style',
        "text_to_image",
    ),
    # text_to_video
    (
        'Make a 6-second 1280x720 clip at 24 fps of glowing particles flowing through pipes into a big glass tank,'
        ' for our data platform intro',
        "text_to_video",
    ),
    (
        'short silent video, about 4 seconds, of a paper airplane folded from a printed spreadsheet gliding across'
        ' an office',
        "text_to_video",
    ),
    (
        'Generate 96 frames at 16 fps of a city at night where the traffic lights pulse like heatmap cells',
        "text_to_video",
    ),
    (
        'I want a 5 second clip of a neural network diagram whose nodes light up layer by layer on a dark '
        'background, 1024x576',
        "text_to_video",
    ),
    (
        'Create a square 3-second video of a steaming coffee cup next to a laptop with scrolling logs, for a '
        "'monitoring never sleeps' slide",
        "text_to_video",
    ),
    # image_edit
    (
        'In the whiteboard photo <image 0>, erase the customer names in the top-right corner and leave everything '
        'else untouched',
        "image_edit",
    ),
    ('Replace the background of this team headshot <image 0> with a plain light grey studio backdrop', "image_edit"),
    (
        '<image 0> is a dashboard screenshot; inside the mask <image 1>, paint over the revenue figures so I can '
        'share it externally',
        "image_edit",
    ),
    ('Restyle our architecture sketch <image 0> so it looks like a hand-drawn blueprint on blue paper', "image_edit"),
    ('add a small red DEPRECATED stamp over the legacy ETL box in <image 0>', "image_edit"),
    # image_control
    (
        'Use the edge map in <image 0> to generate a photoreal data center corridor with exactly the same layout',
        "image_control",
    ),
    (
        "Here's a scribble of our mascot's pose <image 0>; make a finished cartoon illustration that follows those"
        ' lines',
        "image_control",
    ),
    (
        '<image 0> is an OpenPose skeleton. Generate a person in a lab coat at a whiteboard in exactly that pose',
        "image_control",
    ),
    (
        'Follow the depth map <image 0> and make a tidy open-plan office with the same geometry, warm afternoon '
        'light',
        "image_control",
    ),
    (
        'Turn my rough pencil sketch of a dashboard layout <image 0> into a polished, realistic UI mockup that '
        'keeps every panel where I drew it',
        "image_control",
    ),
    # image_reference
    (
        "<image 0> is our team's plush llama mascot. Make an image of it sitting on a stack of GPUs in a server room",
        "image_reference",
    ),
    ('Using the robot in <image 0>, create a picture of it presenting a slide to a small audience', "image_reference"),
    ('Take the logo mug from <image 0> and show it on a desk in a sunny Scandinavian office', "image_reference"),
    (
        'Create a new image of the person in <image 0> hiking in the mountains, for their farewell card',
        "image_reference",
    ),
    ('Put our custom sensor box from <image 0> on a farm fence post at dawn, product-shot style', "image_reference"),
    # image_to_video
    (
        'Animate <image 0>, our pipeline diagram, so the arrows pulse from left to right; about 4 seconds',
        "image_to_video",
    ),
    ('Use <image 0> as the first frame and make the clouds drift and the flag wave, 5 seconds', "image_to_video"),
    (
        'Make a short clip that ends exactly on <image 0>, the final dashboard state, arriving there with a slow '
        'zoom out',
        "image_to_video",
    ),
    ('bring the whiteboard photo <image 0> to life with a gentle camera push-in, 3 seconds', "image_to_video"),
    ('Animate the mascot illustration <image 0> so it waves its hand, 24 fps, 2 seconds', "image_to_video"),
    # video_reference
    (
        'Make a silent 5-second video of the llama mascot from <image 0> walking down a data center aisle',
        "video_reference",
    ),
    (
        'Using the drone in <video 0> as the subject, create a new clip of it flying over a wheat field at sunset',
        "video_reference",
    ),
    (
        'Generate a short video featuring the robot arm from <image 0> stacking coloured blocks in a clean lab',
        "video_reference",
    ),
    ('<image 0> is our branded delivery van; make a video of it driving along a coastal road', "video_reference"),
    (
        'Create a new video starring the cat from <video 0> chasing a laser dot across a conference room table',
        "video_reference",
    ),
    # video_edit
    ('In <video 0>, replace the cluttered lab background behind the robot with a plain white wall', "video_edit"),
    ('Restyle the whole demo recording <video 0> so it looks like a pencil sketch animation', "video_edit"),
    ('Swap the red toolbox in <video 0> for a blue one for the entire clip', "video_edit"),
    ("blur out the whiteboard in the background of <video 0> so the roadmap can't be read", "video_edit"),
    (
        'Turn the sunny parking lot in <video 0> into a rainy night scene, keeping the cars moving as they are',
        "video_edit",
    ),
    # video_control
    (
        '<video 0> is a pose sequence from our motion-capture test; make a video of an astronaut doing exactly '
        'those movements',
        "video_control",
    ),
    (
        'Follow the depth video <video 0> to generate a clip of a cardboard warehouse with the same camera motion',
        "video_control",
    ),
    (
        'Use the edge video <video 0> as the motion guide and render a neon cyberpunk street moving the same way',
        "video_control",
    ),
    ('Make a clip of a robot dancing that follows the skeleton motion in <video 0>', "video_control"),
    (
        "Here's a depth-map video <video 0> of a walk through our office; generate the same walk through a "
        'medieval library',
        "video_control",
    ),
)
