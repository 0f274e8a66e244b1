"""Work done inside a product or service the user names: "pin the comment on my latest TikTok", "raise the price of
every Etsy listing ...", "check MLflow and tell me which run ...", "is the backfill DAG still running in Airflow?".

The action probe and the sentence encoder know errands by their verbs; a request that names the app it works in
reads to them like the picture or the text it is about, and no tool reaches any app. A named product (a lexicon of
apps, shops, social networks, work and data tools, clouds, banks, streaming services) is a cue only with a verb that
works inside it: naming one is common in ordinary requests ("write an Instagram caption", "a thumbnail for my YouTube
video", "how do I cancel Netflix?", "make the background white for my Etsy listing"). A request does the work when,
in the clause its verb opens,

- that verb acts only on a service (check, buy, renew, pin, deploy, scrape ...) and the product is its object or its
  place, not what the request is for ("list five ideas for my TikTok") or about;
- or a verb that also edits (swap, change, add, save ...) puts something in or on the user's product ("save it to
  my Google Drive", "add the contractor to our GitHub org", "swap my LinkedIn profile photo");
- or a question asks the state of the user's product ("which search terms did visitors type into my Shopify
  store?", "is the DAG still running in Airflow?"), not how to use it or what would be best.

A product read from an attached file ("check the Grafana panel in <image 0>") or shown in it (the TikTok watermark,
an Instagram filter) is the file's content, and the rule leaves it alone.
"""

from __future__ import annotations

import re

from .action import ASKS_STATE, GO, PLACEHOLDER, command

_NAMES = ("instagram|insta|tiktok|youtube|facebook|twitter|linkedin|pinterest|snapchat|reddit|bluesky|mastodon|twitch|discord|"
          "telegram|whatsapp|wechat|patreon|substack|tumblr|vimeo|onlyfans|kick\\.com|etsy|shopify|ebay|woocommerce|squarespace|"
          "wix|depop|vinted|poshmark|gumroad|craigslist|paypal|google\\s+calendar|google\\s+drive|google\\s+photos|gmail|"
          "google\\s+docs?|google\\s+sheets?|google\\s+analytics|google\\s+ads|search\\s+console|trello|asana|jira|confluence|"
          "clickup|airtable|slack|microsoft\\s+teams|dropbox|onedrive|icloud|evernote|todoist|calendly|hubspot|salesforce|"
          "mailchimp|zendesk|intercom|freshdesk|figma|canva|miro|creative\\s+cloud|lightroom\\s+cloud|github|gitlab|bitbucket|"
          "jenkins|circleci|vercel|netlify|heroku|aws|ec2|bigquery|kubernetes|k8s|postgres|postgresql|mysql|mongodb|redis|"
          "snowflake|databricks|dbt|dagster|mlflow|wandb|w&b|weights\\s*(?:&|and)\\s*biases|grafana|datadog|sentry|pagerduty|"
          "kibana|elasticsearch|tableau|metabase|mixpanel|amplitude|spotify|netflix|hulu|disney\\+|apple\\s+music|audible|"
          "venmo|zelle|revolut|monzo|robinhood|coinbase|quickbooks|xero|ynab|smartthings|airbnb|expedia|booking\\.com|"
          "doordash|instacart|ubereats|uber\\s+eats|moodle|blackboard|google\\s+classroom|zotero|overleaf|mendeley|"
          "quizlet|sharepoint|basecamp|monday\\.com|1password|lastpass|okta|docusign|eventbrite|meetup|strava|fitbit|"
          "myfitnesspal|gumtree|facebook\\s+marketplace|john\\s+deere|operations\\s+center|climate\\s+fieldview|ehr|emr|apple\\s+health|google\\s+fit|garmin\\s+connect|garmin|oura|dexcom|freestyle\\s+libre|withings|peloton|"
          "headspace|zwift|cronometer|goodreads|letterboxd|xbox|playstation|nintendo\\s+switch|roblox|hootsuite|sprout\\s+social|"
          "google\\s+ads|meta\\s+ads|ads\\s+manager|business\\s+manager|turnitin|splitwise|canvas\\s+lms|bamboohr|"
          "adp|netsuite|servicenow|freshbooks|wave\\s+accounting|square\\s+dashboard|toast\\s+pos|wordpress|cms")
# words that are also plain English ("zoom in", "a linear schedule", "the airflow in the room"): a product only
# when capitalised
_CASED = "Meta|Buffer|Steam|Greenhouse|Lever|Gusto|Workday|SAP|Zoom|Nest|Signal|Medium|Linear|Threads|Vault|Alexa|Feast|Prefect|Airflow|Looker|Stripe|Notion|Amazon|Teams|Box|Mint|Kindle|S3"
PRODUCT = rf"(?:(?i:\b(?:{_NAMES}))s?\b|(?-i:\b(?:{_CASED})\b))"
_PRODUCT = re.compile(PRODUCT)

# verbs that act only on a service, never on a picture or on words
_SERVICE_VERBS = (r"open|go\s+into|reconcile|leave|increase|decrease|pause|resume|boost|cap|pin|unpin|cross-?post|repost|retweet|reshare|schedule|publish|upload|raise|lower|block|unblock|mute|unmute|"
                  r"rotate|revoke|renew|cancel|buy|purchase|order|refund|return\s+(?:the|my|our|this|these|those|it|them)|approve|"
                  r"merge|deploy|roll\s+back|rollback|restart|trigger|re-?run|kick\s+off|check|look\s+(?:up|in|into|through)|"
                  r"look\s+at|scrape|pull(?!\s+together)(?:\s+up)?|fetch|sync|back\s+up|restore|invite|assign|close|reopen|comment\s+on|reply\s+to|"
                  r"respond\s+to|answer|unfollow|subscribe|unsubscribe|download|connect|install|uninstall|enable|disable|"
                  r"archive|delete|star|bookmark|store|mail|list|relist|query|search|go\s+through|dig\s+through|work\s+out|"
                  r"count|share|transfer|diff|apply|top\s+up|grab|get\s+me|find|monitor|track|watch\s+(?:my|our)|log\s+into|"
                  r"sign\s+(?:me\s+)?(?:in|up)|accept|decline|reject|invoice|charge|tag\s+(?:me|us|everyone)|message|dm")
# verbs that also edit a picture: they count only when the product is the place something goes
_PLACING_VERBS = r"swap|change|replace|add|remove|put|drop|move|set|update|copy|save|post|send|switch|attach|upload|insert|log|enter|file"
# verbs that put words or files on the service: words given inline are what they send ("post this in #sales: ...")
_SENDS = re.compile(rf"^{GO}(?:post|publish|upload|mail|message|dm|share|cross-?post|repost|retweet|pin|schedule)\b(?![-])",
                    re.IGNORECASE)
# words given in the request, worked on as words: "check my Instagram caption for typos: '...'"
_INLINE = re.compile(r":\s*(?!(?:how|what|which|who|when|where|is|are|did|does|do|has|have)\b)\S+(?:\s+\S+){2,}|['\"\u201c\u2018][^'\"\u201d\u2019]*\s[^'\"\u201d\u2019]*\s[^'\"\u201d\u2019]*['\"\u201d\u2019]")
# words about the product, not a record in it: "a good Etsy shop name", "YouTube video ideas", "a Slack announcement"
_WORDS = re.compile(r"^\s*(?:'s\s+)?(?:[\w-]+\s+){0,2}?(?:names?|ideas?|captions?|posts?|scripts?|announcements?|bios?|headlines?|"
                    r"titles?|descriptions?|hashtags?|copy|messages?|replies|reply|questions?|answers?|tips|hooks?|strateg(?:y|ies)|"
                    r"content|threads?|tweets?|summar(?:y|ies)|yaml|config|quer(?:y|ies)|formulas?|syntax|workflows?|templates?|"
                    r"drafts?|outlines?|calendar\s+of)\b", re.IGNORECASE)
# a record already in the account: "the likes on my latest LinkedIn post", "every Etsy listing"
_EXISTING = re.compile(r"\b(?:(?:my|our|the)\s+(?:latest|last|newest|recent|most\s+recent|pinned|top|live|old|existing|current|"
                       r"published|scheduled|unread|open)|every|all(?:\s+of)?(?:\s+(?:my|our|the))?)\s+(?:[\w'-]+\s+){0,1}?$", re.IGNORECASE)
# words to answer, given in the request: "respond to this Etsy customer asking about shipping times"
_GIVEN = re.compile(r"^(?:reply|respond|answer|comment)(?:\s+(?:to|on))?\s+(?:this|that|these|those|the\s+following)\b", re.IGNORECASE)
_OPENS_SERVICE = re.compile(rf"^{GO}(?:{_SERVICE_VERBS})\b(?![-])", re.IGNORECASE)
_OPENS_PLACING = re.compile(rf"^{GO}(?:{_PLACING_VERBS})\b(?![-])", re.IGNORECASE)
# the clause the verb opens ends at a comma or a stop, or where the user's reason starts
_CLAUSE_END = re.compile(r",(?!\d)|(?<!\d)\.|[;:!?()\u2014]|\s-\s|\b(?:before|so\s+(?:that|i|we)|because|since|i'll|i\s+will|we'll|then|and\s+then|"
                         r"it's|its|which\s+i|that\s+i)\b", re.IGNORECASE)
# the product as what the work is for or about, or as a look: "ideas for my TikTok", "an Instagram-style filter"
_NOT_PLACE = re.compile(r"\b(?:for|about|like|from\s+the\s+perspective\s+of|as\s+(?:a|an|my|our)|style\s+of|(?:pros\s+and\s+cons|"
                        r"advantages|disadvantages|benefits|history|overview|alternatives|comparison|basics|difference|differences)"
                        r"\s+(?:of|to|between|with))\s+(?:an?\s+|the\s+|my\s+|"
                        r"our\s+|your\s+)?(?:[\w'-]+\s+){0,2}?$", re.IGNORECASE)
_LOOK = re.compile(r"^[\s'-]*(?:s\s+)?(?:-?style|filters?|look|aesthetic|vibe|effects?|presets?|watermarks?|logos?|icons?|colou?rs?|fonts?|"
                   r"themes?|grid|format|ratio|aspect|size|dimensions|template|layout|ui|interface|speaker|sticker|button|"
                   r"screenshot|screen\s*(?:shot|grab|recording|cap))\b", re.IGNORECASE)
# the place the product is: "on my Google Calendar", "into the design-review Figma file", "to #ml-platform on Slack"
_IN_PLACE = re.compile(rf"\b(?:on|in|into|onto|to|from|at|via|through|inside)\s+(?!(?:an?|some|one)\s)(?:(?:my|our|the|your|his|her|their)\s+)?(?:[\w'#&-]+\s+){{0,3}}?"
                       rf"{PRODUCT}", re.IGNORECASE)
# the user's own page, profile or record in the product: "swap my LinkedIn profile photo", "my Spotify playlist's cover"
_OWN_PAGE = re.compile(rf"\b(?:my|our)\s+(?:[\w'-]+\s+){{0,1}}?{PRODUCT}\s*(?:'s\s+)?(?:[\w-]+\s+){{0,1}}?(?:profile|bio|listings?|store|shop|"
                       r"page|channel|account|status|settings|password|plan|subscription|inbox|feed|story|calendar|board|workspace|"
                       r"repo|org|team|project|playlist|banner|header|avatar|pfp|cover|thumbnail|photo|picture|pic|headline|"
                       r"price|prices|order|orders|cart|wishlist|followers|subscribers|library|folder|drive|queue|posts?|videos?|uploads?|"
                       r"reels?|stories|episodes?|articles?|newsletters?|campaigns?|ads|sales|stats|analytics|views|tickets?|"
                       r"runs?|jobs?|builds?|dashboards?|reports?)\b",
                       re.IGNORECASE)
# the clause reads an attached file: "check the Grafana panel in <image 0>", "count the likes in this screenshot"
_LEADING_FILES = re.compile(r"^(?:\s*<(?:image|video) \d+>)+")
_READS_FILE = re.compile(r"\b(?:in|on|from|of|at)\s+thefile\b|\b(?:this|the|that|attached)\s+(?:screenshot|screen\s*"
                         r"(?:shot|grab|recording|cap)|photo|picture|pic|image|video|clip|recording)\b", re.IGNORECASE)

# a question about the state of the user's product, not how to use it or what would be best
_STATE_QUESTION = re.compile(rf"^\W*(?:{ASKS_STATE}|why\s+(?:did|is|are|does|do|has|have|was|were))\b", re.IGNORECASE)
_ADVICE = re.compile(r"^\W*(?:how\s+(?:do|can|should|would|to|does|is|are)|what(?:'s|\s+is|\s+are|s)?\s+(?:a|an|some|the\s+best|"
                     r"the\s+difference|the\s+point|the\s+easiest|the\s+right|the\s+fastest|the\s+cheapest|the\s+safest)\b|"
                     r"(?:is|are)\s+(?:it|there|they)\b|(?:do|does|did|is|are|can|should|would|could)\s+(?:you|u)\b|which\s+(?:is|are|one|would|should)\b|which\s+of\s+(?:these|those|the\s+(?:two|three)|them)\b|what\s+(?:should|would|could|do\s+you|does\s+(?:a|an|the)\s+\w+\s+mean))", re.IGNORECASE)
_ASKS_ADVICE = re.compile(r"\b(?:best|ideal|good|better|worse|worth|recommend\w*|should|tips?|advice|normal|typical|usually|generally)\b",
                          re.IGNORECASE)
_MINE_BEFORE = re.compile(rf"\b(?:my|our)\s+(?:[\w'#&-]+\s+){{0,3}}?{PRODUCT}", re.IGNORECASE)
_NOW = re.compile(r"\b(?:still|right\s+now|currently|as\s+of|today|tonight|yesterday|this\s+(?:morning|week|month)|last\s+(?:night|"
                  r"week|month|year)|latest|newest|most\s+recent|so\s+far|lately)\b", re.IGNORECASE)


_SENTENCE = re.compile(r"(?<=[.!?])\s+(?=[A-Z<])")


def _clause(text: str) -> str:
    """The request's opening clause, up to where it stops or gives a reason; a file named inside it stays, as
    "thefile"."""
    first = command(_LEADING_FILES.sub("", text).replace("<image", "thefile<image").replace("<video", "thefile<video"), 40)
    first = PLACEHOLDER.sub("", first)
    cut = _CLAUSE_END.search(first, 3)
    return first[:cut.start()] if cut else first


def _places(clause: str, start: int = 0, end: int | None = None, *, asks: bool = False) -> bool:
    """A product in ``clause`` (between ``start`` and ``end``) is where the work happens, not what it is for, a look
    it has or words about it (``asks``: a question about the product's state, where its posts are records)."""
    for found in _PRODUCT.finditer(clause, start, len(clause) if end is None else end):
        before, after = clause[:found.start()], clause[found.end():]
        if _NOT_PLACE.search(before) or _LOOK.match(after) or (_WORDS.match(after) and not _EXISTING.search(before) and not asks):
            continue
        return True
    return False


def works_in_product(text: str) -> bool:
    """The request works inside a product or service it names, or asks the state of one of the user's (see the
    module docstring)."""
    if not _PRODUCT.search(text):
        return False
    # the ask may follow the situation: "I've been a terrible bookkeeper this year. Could you log into my PayPal ..."
    if any(_acts(text, sentence) for sentence in _SENTENCE.split(text)):
        return True
    words = PLACEHOLDER.sub(" ", text).strip()
    if "<image" in text or "<video" in text or _INLINE.search(text) or not _STATE_QUESTION.match(words) or _ADVICE.match(words) or _ASKS_ADVICE.search(words):
        return False
    question = re.split(r"[?.!]", words, maxsplit=1)[0]
    return _owned_or_placed(question, mine=not _NOW.search(question), asks=True)


def _acts(text: str, sentence: str) -> bool:
    """The clause ``sentence`` opens acts inside a product; ``text``: the whole request (words given inline)."""
    clause = _clause(sentence)
    if (_INLINE.search(text) or _GIVEN.match(clause)) and not _SENDS.match(clause):
        return False
    read, named = _READS_FILE.search(clause), _PRODUCT.search(clause)
    if read and named and named.start() < read.start():
        return False
    return bool((_OPENS_SERVICE.match(clause) and _places(clause)) or (_OPENS_PLACING.match(clause) and _owned_or_placed(clause)))


def _owned_or_placed(clause: str, *, mine: bool = False, asks: bool = False) -> bool:
    """The product in ``clause`` is a place something goes, or the user's own page or record in it, and not what
    the work is for; ``mine``: the product must be the user's ("in my Shopify store", "our Feast feature store")."""
    found = [*_IN_PLACE.finditer(clause), *_OWN_PAGE.finditer(clause)]
    return any(not _NOT_PLACE.search(clause[:m.start()]) and _places(clause, m.start(), m.end(), asks=asks)
               and (not mine or bool(_MINE_BEFORE.search(m.group(0)))) for m in found)
