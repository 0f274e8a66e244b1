"""One-hundred-and-seventh blind set, refusals only: written by someone who saw none of the planner's data, calibration
lists or other benchmark sets; evaluation only, never used to set lists, thresholds or rules. The helper's brief was
musicians, bands, DJs and people who work in music and live sound, a third hurried commands, a third questions, a third
with an attached image or video (it chose the categories; it was told only what the twelve tasks can do)."""

OUT_OF_SCOPE107: tuple[str, ...] = (
    # sending, posting or messaging someone
    "email the promoter at the Lexington our tech rider and ask when load-in is",
    "post <image 0> to the band instagram with the caption 'new single friday'",
    "text our drummer that soundcheck moved to 4:30",
    "can you DM the DJ who played before me and thank him for lending me the cable?",
    "share this <video 0> in the band whatsapp group",
    "<image 0> send this setlist photo to the lighting guy before doors",
    "tweet the tour dates from our account pls",
    # buying, booking, paying, cancelling, signing up
    "order two packs of 10-46 ernie balls delivered to the venue, we're playing tonight",
    "<image 0> buy this exact pedal for me, cheapest listing you can find",
    "book a rehearsal room in Hackney for Thursday 7 to 10pm",
    "can you pay the sound engineer the 150 quid we owe him via paypal?",
    "reserve a splitter van for the weekend of the 12th, we've got three shows up north",
    "cancel my Splice subscription before it renews",
    "sign me up for the open mic list at the Blue Lamp next week",
    # live or current information
    "whats the weather gonna be at the festival site saturday? we're on the outdoor stage",
    "how many tickets have we sold for the Manchester show so far?",
    "what's a used Technics 1210 MK2 going for on the secondhand market right now",
    "is the Guitar Center on Sunset still open right now? broke my last E string",
    "Where is our single on the Beatport techno chart today?",
    "are the trains to Leeds running tonight or is there a strike on",
    "<image 0> is this amp in stock at thomann today and what's the price",
    # hearing speech or sound in a video
    "<video 0> what key is this song in? need to jam along",
    "<video 0> write out the lyrics he's singing in the chorus",
    "<video 0> is the kick too boomy in this mix or is it just my phone speaker",
    "<video 0> can you tell if the singer goes flat on the high note at the end?",
    "<video 0> what's the bpm of the track the DJ is playing here",
    "<video 0> can you hear the hum in the PA during the quiet part? how bad is it",
    "<video 0> identify the song playing in the background of this clip",
    # making audio, music or voice
    "make me a 4 bar drum loop at 128 bpm, techno style, as a wav",
    "generate a backing track in A minor so I can practice soloing over it",
    "record a voice tag saying 'DJ Korra in the mix' for my sets",
    "can you sing the harmony line so I can hear how it should go?",
    "<image 0> this is sheet music, play it back for me so I know how it sounds",
    "create a click track with a two bar count-in for our opener, 92 bpm",
    "<video 0> pull the audio out of this and master it louder for streaming",
    # files other than images, videos or text
    "export our input list as an excel spreadsheet",
    "<image 0> turn this handwritten setlist into a PDF I can print",
    "make a .ics calendar file with all our tour dates so I can import them into my phone",
    "write the bassline for the verse as a MIDI file I can drag into Ableton",
    "make a powerpoint deck for our pitch meeting with the label on monday",
    "<image 0> convert this chord chart into a Guitar Pro file",
    "create a 3D model of our stage set that the lighting designer can load into her software",
    # controlling devices, apps or accounts
    "mute channel 7 on the X32, the vocal mic is feeding back",
    "turn the hazer on for the last two songs",
    "change the tempo in my open Ableton session to 124",
    "update our Spotify for Artists bio with the new press text",
    "<image 0> this is my Rekordbox library, re-sort the playlist by key in the app for me",
    "<image 0> this is our desk screen, pull the faders down on channels 1 to 4",
    "log into our bandcamp and drop the price of the album to 5",
    # memory of earlier conversations or the user's own records
    "what was the setlist I gave you for last month's gig?",
    "how much did I make from DJ gigs last year? check my records",
    "remind me what the promoter from Bristol said to us last time we talked",
    "pull up the stage plot we worked on yesterday and move the wedges forward",
    "which venues have I already played in Glasgow, you should have the list",
    "what did the sound guy and I agree on about the fee in our chat last week",
    # running or deploying code on the user's systems
    "deploy the new version of our band website to the server",
    "run this python script on my laptop to rename all my samples by bpm",
    "install the latest Serato update on my DJ laptop before the gig",
    "push the merch store fix live on our shopify",
    "set up a cron job on our server that backs up the multitrack recordings every night",
)

ORDINARY107: tuple[tuple[str, str], ...] = (
    # text_understanding
    (
        "draft a message I can send to the venue asking what time load-in is and whether they have DI boxes",
        "text_understanding",
    ),
    ("what's the difference between pre-fader and post-fader aux sends? I always mix them up", "text_understanding"),
    (
        "give me a 45 min set order from these: Lights Out, Harbour, Cold Tea, Fever Dream, Ninety, Slow Burn, "
        "Ghost Town, Ashes. start strong, end stronger",
        "text_understanding",
    ),
    ("relative minor of Eb major?", "text_understanding"),
    (
        "write a short bio for our band, we're a three piece surf rock group from Cardiff, going since 2019, "
        "two EPs out",
        "text_understanding",
    ),
    # image_understanding
    ("<image 0> read out the setlist taped to the floor, I can't make out the last three songs", "image_understanding"),
    ("<image 0> what chord is she fretting here?", "image_understanding"),
    ("<image 0> what model is this mixer? trying to find the manual", "image_understanding"),
    ("<image 0> read the tape labels on this stagebox and tell me what's plugged into 1 to 8", "image_understanding"),
    ("<image 0> what's our set time on this festival schedule board? we're called Moth Parade", "image_understanding"),
    # video_understanding
    ("<video 0> which hand does the drummer lead with on the hi-hat during the fill", "video_understanding"),
    ("<video 0> how many people are on stage in this clip?", "video_understanding"),
    ("<video 0> when does the lighting change to all red, roughly what second", "video_understanding"),
    ("<video 0> what's written on the front of the bass drum head?", "video_understanding"),
    ("<video 0> does the guitarist use a capo in this? looking at his left hand", "video_understanding"),
    # text_to_image
    ("album cover: a cassette tape melting on a hot desert road, 70s film grain", "text_to_image"),
    ("make a gig poster for a jungle night called BASSLINE SOCIETY, 14 June, dark green and gold", "text_to_image"),
    ("picture of a cozy rehearsal room with mismatched rugs and a vintage Ludwig kit", "text_to_image"),
    ("can you make an image of a DJ booth on a rooftop at sunset for my mixcloud banner?", "text_to_image"),
    ("logo idea pls - a fox head made of vinyl records, minimal, black on white", "text_to_image"),
    # text_to_video
    ("10 second loop of neon waves pulsing for a visualizer behind the DJ booth", "text_to_video"),
    ("make a short video of a crowd holding up phone lights in a dark arena", "text_to_video"),
    ("video of slow motion smoke rolling across an empty stage with blue backlight", "text_to_video"),
    (
        "could you make a close-up clip of a vinyl record spinning in warm light for our instagram story?",
        "text_to_video",
    ),
    ("generate a short animation of a cartoon cat playing bass on a rooftop", "text_to_video"),
    # image_edit
    ("<image 0> remove the mic stand that's blocking the singer's face", "image_edit"),
    ("<image 0> change the date on this flyer from 12 May to 19 May", "image_edit"),
    ("<image 0> make the background plain black so it looks like a press shot", "image_edit"),
    ("<image 0> can you get rid of the exit sign glowing behind the drummer?", "image_edit"),
    ("<image 0> make this band photo look like an old polaroid", "image_edit"),
    # video_edit
    ("<video 0> make it black and white and grainy", "video_edit"),
    ("<video 0> slow down the part where he jumps off the drum riser", "video_edit"),
    ("<video 0> crop it to vertical 9:16 for reels, keep the singer centered", "video_edit"),
    ("<video 0> blur the faces of the people in the front row", "video_edit"),
    ("<video 0> can you remove the guy waving his phone in the bottom left?", "video_edit"),
    # image_control
    (
        "<image 0> this is a pose skeleton, make a bassist in a leather jacket standing exactly like this",
        "image_control",
    ),
    ("<image 0> use this depth map to make a moody club interior with red lighting", "image_control"),
    (
        "<image 0> my scribble of a stage layout, turn it into a realistic festival stage following the lines",
        "image_control",
    ),
    ("<image 0> here's an edge map of a guitar, generate a sunburst telecaster that follows it", "image_control"),
    ("<image 0> follow this pose map and make an illustration of a DJ with both hands in the air", "image_control"),
    # image_reference
    ("<image 0> this is our drummer, make a picture of him playing on the moon", "image_reference"),
    ("<image 0> our mascot, the little robot. new picture of it crowdsurfing, for merch", "image_reference"),
    (
        "<image 0> here's my guitar, can you make an image of it leaning against a wall in a Tokyo alley?",
        "image_reference",
    ),
    ("<image 0> using this photo of me, make a picture of me DJing at a beach party", "image_reference"),
    (
        "<image 0> this is our singer, new shot of her on a vintage train platform, same face and hair",
        "image_reference",
    ),
    # image_to_video
    ("<image 0> animate this album cover so the smoke drifts and the clouds move", "image_to_video"),
    ("<image 0> make this crowd photo move like a real video, hands waving", "image_to_video"),
    ("<image 0> bring this poster to life with the stage lights flickering", "image_to_video"),
    ("<image 0> turn this still of our guitarist into a short clip where his hair moves in the wind", "image_to_video"),
    ("<image 0> can you animate this photo of the turntable so the record spins?", "image_to_video"),
    # video_reference
    ("<image 0> this is our singer, make a video of her walking through a neon city at night", "video_reference"),
    ("<image 0> make a short video of this exact guitar floating in space and slowly rotating", "video_reference"),
    ("<image 0> use this photo of me to make a clip of me DJing on a boat", "video_reference"),
    ("<image 0> our mascot, make a video of it dancing at a rave", "video_reference"),
    (
        "<video 0> use the guy in this clip as the reference and make a new video of him busking in a subway station",
        "video_reference",
    ),
    # video_control
    ("<video 0> make a new video of a robot copying the dance moves in this clip", "video_control"),
    ("<video 0> same motion as this guitarist but make it a cartoon fox playing in a forest", "video_control"),
    ("<video 0> follow the poses in this clip, new video of an astronaut drumming", "video_control"),
    ("<video 0> use the movement from this dancer for a video of a skeleton dancing on stage", "video_control"),
    (
        "<video 0> I want a video of a knight in armour headbanging with the exact same moves as this guy",
        "video_control",
    ),
)
