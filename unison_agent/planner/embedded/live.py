"""Live data asked as a plain question: "whats the current exchange rate euro to yen", "top trending
hashtags today?".

The action probe hears verbs ("check", "look up", "find me"); a question with none reads as text
understanding, and the language model would answer it from stale knowledge as if it were today's. Two
things together mark it: words for *now* ("right now", "today", "currently", "latest", "this week") and a
subject that changes by the hour (prices, rates, weather, scores, news, trends, waits, what is open).
Either alone is ordinary ("what should I cook tonight?", "what is the average rent in Lisbon?"). A request
for words or for how to do something is text work whatever it mentions, and so is anything with a file.
Last night's and yesterday's results count as now ("how did the lakers do last night?").

A search of the web is asked for outright, with or without a file: "google the best rated plumbers in austin",
"do a reverse image search on <image 0>", "find where I can buy these sneakers online for the cheapest price";
so is a web address to read ("summarize the article at https://..."), and, about an attached file, a question that
only today's data answers ("is the restaurant in <image 0> open right now?", "what's this sneaker going for today?"). With no file, something to watch over time
and report on is live too ("keep an eye on the baby monitor", "let me know when the price drops under 50").
"""

from __future__ import annotations

import re

from .action import ASKS_STATE, PLACEHOLDER, attaches_file, command, opening

CAPABILITY = "web and live data"

_NOW = re.compile(r"\b(?:this\s+(?:minute|second|hour)|newest|overnight|still(?=\s+(?:on(?=\s*(?:[?,.!]|$|\s+(?:at|for|tonight|today|this|tomorrow|after)\b))|open|closed|shut|running|available|delayed|cancell?ed|on\s+sale|in\s+stock))|what\s+time\s+is\s+it|rn|atm|tmrw|tmr|tmrw'?s|tomm?orr?ow|tonite|last\s+(?:night|week|weekend)'?s?|next\s+(?:week|month|weekend)'?s?|yesterday'?s?|this\s+(?:weekend|season)|tomorrow'?s?|right\s+now|right\s+this\s+(?:second|minute)|at\s+the\s+moment|as\s+of\s+(?:now|today)|currently|current|latest|live|today'?s?|"
                  r"tonight'?s?|this\s+(?:week|morning|afternoon|evening)|so\s+far\s+today|trending|up\s+to\s+date|these\s+days|"
                  r"(?:an?|one|two|three|a\s+few|a\s+couple\s+of|\d+)\s+(?:hours?|minutes?|mins?)\s+ago)\b",
                  re.IGNORECASE)
# what changes from day to day; not a cook's stock ("2 kg beef shin, 1 L stock -- currently serves 10")
_CHANGING = re.compile(r"\b(?:(?:guidance|guidelines|rules|regulations|restrictions|advice|policy)\s+(?:changes?|updates?)|"
                       r"(?:covid|flu|measles|norovirus|virus|infection|case)\s+(?:cases|numbers|rates|counts?)|wether|apy|coupons?|promo\s+codes?|discount\s+codes?|patch(?:es)?|patch\s+notes|closures?|road\s*works|"
                       r"diversions?|valuations?|processing\s+times?|(?:water|river|lake|snow|pollen|flood|reservoir)\s+levels?|(?:road|trail|surf|snow|river)\s+conditions|arr|mrr|funding\s+rounds?|market\s+cap|came\s+out|just\s+(?:released|announced|"
                       r"published|dropped)|pricing|fees?|admission|fares?|tariffs?|releases?|(?:line|queue|wait)\s+(?:at|for)|prices?|cost|rates?|exchange|weather|forecast|temperature|scores?|standings|results|news|"
                       r"headlines|trending|trends|hashtags|wait(?:ing)?\s+times?|wait|queues?|traffic|delays?|delayed|"
                       r"open(?!-)|closed|(?<!\bchicken\s)(?<!\bbeef\s)(?<!\bfish\s)(?<!\bveg\s)(?<!\bbone\s)(?<!\blamb\s)(?<!\bvegetable\s)(?<!\bl\s)(?<!\bml\s)(?<!\bcup\s)(?<!\bcups\s)stocks?(?!\s+(?:pot|cube))|shares|availab(?:le|ility)|odds|polls?|bitcoin|crypto|gas|petrol|fuel|"
                       r"departures?|arrivals?|followers|viewers|views|likes|front\s+pages?|newspapers?|where\s+(?:is|are)\b|(?:usd|eur|gbp|jpy|chf|cad|aud|cny|inr)\s*/\s*"
                       r"(?:usd|eur|gbp|jpy|chf|cad|aud|cny|inr)|impact\s+factor|h-index|citations?|search\s+volumes?|stars|forks|"
                       r"(?:homepage|website|landing\s+page|web\s+page)|(?:been|got)\s+(?:extended|postponed|pushed\s+back|moved|rescheduled|"
                       r"announced|released|approved|updated)|downloads|installs|upvotes|(?:is|are)\s+(?:still\s+)?(?:left|free|remaining)|"
                       r"(?:does|do|is|are)\s+(?:[\w'-]+\s+){0,4}?(?:open|close)\b|reviews|what\s+time\s+is\s+it|cheapest|on\s+sale|deals?|tides?|tide\s+times|listed\s+for\s+(?:sale|rent)|in\s+stock|on\s+the\s+shelf|most\s+(?:watched|viewed|streamed|played)|"
                       r"(?:beds?|seats?|tables?|spots?|rooms?)\s+(?:are\s+)?(?:free|left)|who\s+won|how\s+(?:busy|crowded|packed)\s+is|how\s+much\s+(?:is|are)(?!\s+\d)|"
                       r"how\s+did\s+(?:the\s+)?[\w'.&-]+(?:\s+[\w'.&-]+)?\s+(?:do|close|end|finish)|did\s+(?:the\s+)?[\w'.-]+(?:\s+[\w'.-]+)?\s+(?:win|lose)|"
                       # a timetable, a market, what someone said: "the next 42 bus", "the nikkei", "what did the mayor say"
                       r"next\s+(?:[\w#]+\s+){0,2}?(?:bus|train|tram|ferry|flight|shuttle|subway|metro)|nikkei|nasdaq|ftse|"
                       r"dow\s+jones|s&p|eth|ethereum|btc|dogecoin|solana|in\s+(?:usd|dollars|euros|pounds|yen)|charts?|hot\s+100|"
                       r"box\s+office|best[- ]?sellers?|leaderboards?|rankings?|submissions|arxiv|pollen|air\s+quality|uv\s+index|"
                       r"release\s+notes|decid\w+|cancell?(?:ed|ations?)|what\s+did\s+(?:the\s+)?[\w'.-]+(?:\s+[\w'.-]+)?\s+(?:say|announce|reveal)|"
                       # "which films are showing at my local cinema this evening?"
                       r"(?:films?|movies?|shows?|plays?)\s+(?:are\s+|is\s+)?(?:showing|playing|screening|on)|showtimes?|screenings?)\b",
                       re.IGNORECASE)
_SEARCH_OPENS = re.compile(
    r"^(?:google|bing|scrape|crawl|download|reverse[- ]search|search\s+(?:stack\s*overflow|reddit|twitter|github|youtube|the\s+forums?)|check\s+(?:arxiv|biorxiv|medrxiv|pubmed|google\s+scholar)|"
    r"search\s+(?:the\s+)?(?:web|internet|online|google|arxiv|pubmed|"
    r"google\s+scholar|scholar|jstor|the\s+literature)|do\s+a\s+(?:quick\s+)?(?:reverse\s+image\s+|web\s+|"
    r"google\s+|online\s+)?search|look\s+up\s+(?:the\s+)?(?:[\w'-]+\s+){0,2}?(?:reviews?|prices?|opening\s+hours|hours|phone\s+numbers?|"
    r"address(?:es)?|menu|ratings?|listings?|voting\s+records?|firmware|versions?)|check\s+(?:the\s+)?(?:[\w'-]+\s+){0,3}?(?:portal|website|site|database|registry|register|"
    r"status\s+page)|search\s+(?:the\s+)?(?:[\w'-]+\s+){0,2}?(?:database|registry|records|archives?)|find\s+(?:me\s+)?(?:where\s+(?:i|we)\s+can\s+buy|the\s+cheapest|the\s+best\s+"
    r"(?:price|deal)))\b", re.IGNORECASE)
# a page to fetch, or something to watch over time and report on
_URL = re.compile(r"(?:\bhttps?://|\bwww\.)\S+", re.IGNORECASE)
# a bare site ("on travel.state.gov"): weaker than the rules that name what is done there ("deploy ... to render.com")
_SITE = re.compile(r"\b[a-z][\w-]*(?:\.[\w-]+)*\.(?:com|org|gov|net|edu|io)\b", re.IGNORECASE)
# ("watch the video I sent and tell me ..." asks about a video: no "watch" here)
_WATCH = re.compile(r"^(?:keep\s+an\s+eye\s+on|monitor|keep\s+watching|keep\s+track\s+of)\b"
                    # a count kept over days: "keep a running tally of eggs collected each day this month"
                    r"|^keep\s+(?:a\s+)?(?:running\s+|daily\s+|weekly\s+)?(?:tally|log|record|count|total)\s+of\b"
                    # something on its way: "track the ambulance thats coming for dad", "track my parcel"
                    r"|^track\s+(?:down\s+)?(?:my|the|our|his|her|their)\s+(?:[\w'-]+\s+){0,2}?(?:ambulance|parcel|package|order|"
                    r"delivery|flight|plane|bus|train|taxi|cab|uber|courier|shipment|driver|van|prescription)s?\b"
                    r"|\b(?:let\s+me\s+know|notify\s+me|alert\s+me|tell\s+me|ping\s+me|text\s+me|email\s+me)\s+"
                    r"(?:when|as\s+soon\s+as|once|whenever)\s+(?!(?:to|is|was|did|does|do|are|were|i|you)\b)", re.IGNORECASE)
# "text me the moment the fox shows up on my trail camera": a message sent later, whatever is attached
_ALERTS = re.compile(r"\b(?:alert|notify|ping|wake|text|email|e-mail|message|sms|dm)\s+me\s+(?:up\s+)?(?:if|when|whenever|"
                     r"as\s+soon\s+as|the\s+(?:moment|minute|second|instant))\b",
                     re.IGNORECASE)
_SEARCH = re.compile(r"\b(?:(?:find|search\s+for|look\s+for)\s+(?:me\s+)?(?:[\w-]+\s+){0,3}?(?:listings?|ads|job\s+openings|"
                     r"rentals?|tickets|apartments|flats|houses|homes)\s+(?:for|in|near|around|on|under)\b|reverse\s+image\s+search|google\s+it|on\s+google(?:\s+maps)?|search\s+the\s+(?:web|internet)|"
                     r"(?:cheapest|best\s+price|best\s+deal)\b.{0,50}\bonline|public\s+records?|online\b.{0,30}\b(?:cheapest|best\s+price)|"
                     # "find me more photos of the woman in <image 0> online", "search in internet the recipe ..."
                     r"(?:find|search\s+for|look\s+for|look\s+up|hunt\s+down|track\s+down|dig\s+up)\s+(?:me\s+)?(?:more|other|similar|"
                     r"the|where|who|whether|if|any|some|all|this|that|these|those|his|her|their)\b.{0,60}?\b(?:online|on\s+the\s+"
                     r"(?:web|internet|net)|in\s+(?:the\s+)?internet)|"
                     r"(?:search|look)\s+(?:in|on)\s+(?:the\s+)?(?:internet|web|net)|reverse[- ]?(?:image\s+)?search\w*|"
                     # "can you check online whether ...", "go check their live site", "find the original source"
                     r"(?:check|look|search)\s+online|who\s+originally\s+(?:posted|made|created|uploaded|shared)|"
                     r"(?:reposted|re-?shared|copied|stolen|plagiari[sz]ed)\b.{0,40}?\b(?:without|online|on\s+the\s+internet|from\s+"
                     r"somewhere)|where\s+(?:i|we)\s+can\s+(?:stream|watch|rent)\s+it|live\s+(?:site|website|web\s*page)|find\s+(?:me\s+)?(?:the\s+)?original\s+source|"
                     r"who\s+(?:posted|uploaded|shared)\s+.{0,30}?\bfirst|(?:find|get|give)\s+(?:me\s+)?(?:the\s+)?(?:phone\s+number|"
                     r"opening\s+hours|address)\s+(?:for|of)\s+(?:the\s+)?(?:nearest|closest|local)|"
                     r"\b(?:look\s+up|check|find|search)\b.{0,60}?\bon\s+the\s+(?:[\w-]+\s+){0,2}?(?:registry|register|database|portal|"
                     r"system|website|site)|"
                     # what sells now on a marketplace: "check eBay listings right now", "what these go for on Vinted" (not
                     # "for my Etsy listing": a listing of one's own is what a picture or words are for)
                     r"(?:check|search|browse|scan|look\s+(?:at|through))\s+(?:the\s+)?(?:ebay|etsy|craigslist|gumtree|vinted|depop|"
                     r"(?:facebook\s+)?marketplace)\s+(?:listings?|prices?|auctions?)|(?:ebay|etsy|vinted|depop)\s+sold\s+prices?|"
                     r"(?:going|selling|sell|sold|go)\s+for\s+on\s+(?:ebay|etsy|craigslist|gumtree|vinted|depop|"
                     r"(?:facebook\s+)?marketplace)|"
                     # "pull the property tax history from the county assessor's database"
                     r"(?:pull|get|fetch|grab|export)\b.{0,60}?\bfrom\s+(?:the\s+|our\s+|my\s+)?(?:[\w'-]+\s+){0,3}?(?:database|registry|"
                     r"records|portal|crm|erp|api))\b",
                     re.IGNORECASE)
# papers to find: "find me ten peer-reviewed articles from the last two years on microplastics, with DOIs"
_PAPERS = re.compile(r"^(?:find|search\s+for|look\s+up|pull|get|gather|collect|compile)\s+(?:me\s+)?(?:the\s+)?(?:\d+|two|three|four|five|six|seven|"
                     r"eight|nine|ten|twenty|a\s+couple\s+of|some|a\s+few|"
                     r"recent|the\s+latest|all\s+the)\s+(?:[\w-]+\s+){0,2}?(?:articles|papers|studies|sources|citations|references|"
                     r"publications)\b|\b(?:with|give\s+me|list|include|and)\s+(?:their\s+|the\s+)?(?:dois|doi\s+links)\b", re.IGNORECASE)
# asked as a question only (a poster "for our sale this Saturday" is no question): "how much is Nike spending on ads this
# quarter?", "is the pharmacy open this Sunday evening?", "is the holiday sale still on at B&H?"
_ASKS = re.compile(rf"^\W*(?:{ASKS_STATE}|look\s+up|find\s+out|check\s+(?:whether|if))\b", re.IGNORECASE)
_STATE_OPENS = re.compile(rf"^\W*{ASKS_STATE}\b", re.IGNORECASE)
_LATER_NOW = re.compile(r"\bthis\s+(?:quarter|month|year'?s?|year|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b", re.IGNORECASE)
_ASKED_NOW = re.compile(r"\b(?:sales?|offers?|deals?|promos?|promotions?)\s+still\s+on\b|\bdiscounted\b|\bdeadlines?\b.{0,60}?\b(?:passed|"
                        r"extended|moved|changed)\b|\b(?:weather|forecast)\b.{0,60}?"
                        r"\b(?:on|this|next|for)\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|weekend|tomorrow)\b",
                        re.IGNORECASE)
# what people post now, with no file: "tell me what people are saying on twitter about the new iphone"
_CHATTER = re.compile(r"\bwhat\s+(?:people|everyone|everybody|folks|users|fans|critics|customers|reviewers)\s+(?:are|is|have\s+been)\s+"
                      r"(?:saying|posting|tweeting|writing|complaining|raving)\b", re.IGNORECASE)
# what is written about something now, with or without a file: "<image 0> This is the restaurant we picked. What are recent
# reviews saying about it?"
_RECENT_TALK = re.compile(r"\bwhat\s+(?:are|is|do|does)\s+(?:the\s+)?(?:recent|latest|newest|current)\s+(?:online\s+)?(?:reviews?|"
                          r"comments?|posts?|tweets?|articles?|headlines?)\s+(?:say|saying)\b", re.IGNORECASE)


# with a file: "is the restaurant in <image 0> open right now?", "what's this sneaker going for today?"
_NOW_STRICT = re.compile(r"\b(?:(?:at\s+)?this\s+(?:exact\s+|very\s+)?moment|now(?=\s+(?:anywhere|online|somewhere)\b)|current(?=\s+(?:[\w-]+\s+)?(?:price|value|rate|cost|status|score|rating|standings|odds))|right\s+now|now(?=\s*(?:\?|$))|today'?s?|at\s+the\s+moment|currently|still|as\s+of\s+(?:now|today)|this\s+week|(?<=sold\s)so\s+far)\b",
                         re.IGNORECASE)
_CHANGES_NOW = re.compile(r"\b(?:how\s+much\s+(?:is|are|does|do)|temperature|weather|on\s+sale|cheaper|endangered|on\s+the\s+[\w-]+\s+list|status|resale|(?:market\s+)?value|open|closed|available|in\s+stock|going\s+for|worth|selling\s+for|price|cost|where\s+is|followers|"
                          r"subscribers|views|likes|where'?s|trading|close|delayed|on\s+time|cancell?ed|sold)\b", re.IGNORECASE)


# time left before a departure: "how many minutes until my train leaves Paddington?"
_DEPARTS = re.compile(r"\b(?:until|till|before)\s+(?:my|the|our)\s+(?:[\w-]+\s+)?(?:train|bus|flight|ferry|coach|tram)\s+(?:leaves|departs|"
                      r"arrives|boards)\b", re.IGNORECASE)
# when the next one comes, with no file or asked for real ("<image 0> the stop outside my flat, when's the next 42 actually
# coming"; not "when's the next train according to this timetable <image 0>")
_NEXT_DEPARTURE = re.compile(r"\bwhen(?:'s|\s+is|\s+does|\s+will|\s+do)\s+(?:the\s+)?next\s+(?:[\w#-]+\s+){0,2}?(?:bus|train|tram|"
                             r"ferry|flight|coach|shuttle|boat|[\w-]*\d+[\w-]*)\s+(?:[\w'-]+\s+){0,3}?(?:com(?:e|es|ing)|"
                             r"arriv(?:e|es|ing)|leav(?:e|es|ing)|depart(?:s|ing)?|due|get\s+(?:here|in))\b", re.IGNORECASE)
# asked as a command: "Check the live resale price of the sneakers in <image 0> on the marketplace right now"
_LOOKS_UP_NOW = re.compile(r"(?:check|find(?:\s+out)?|look\s+up|get\s+me|tell\s+me)\s+(?:the\s+|what\s+)?(?:[\w'-]+\s+){0,3}?"
                           r"(?:price|prices|value|resale|cost|status|going\s+rate|rate)\b", re.IGNORECASE)
_LIVE_NOW = re.compile(r"\b(?:right\s+now|live|current(?:ly)?|at\s+the\s+moment|as\s+of\s+(?:now|today))\b", re.IGNORECASE)
_FOR_REAL = re.compile(r"\b(?:actually|really|right\s+now|live|real[- ]time)\b", re.IGNORECASE)
# with a file: "here's my boarding pass <image 0>. is the flight on time or delayed?"
# "check whether the Charity Commission is showing our latest annual return as received"
_STATUS = re.compile(r"\b(?:check|see|find\s+out)\s+(?:whether|if)\s+(?:the|my|our)\b.{0,60}?\b(?:is\s+(?:now\s+)?showing|shows|has\s+(?:now\s+)?"
                     r"(?:received|processed|approved|registered|accepted|cleared|logged))\b|"
                     r"\b(?:check|see|find\s+out|tell\s+me)\s+(?:whether|if)\s+(?:the|my|our)\b.{0,40}?\b(?:flight|train|bus|ferry|plane|"
                     r"delivery|package|parcel)\b.{0,40}?\b(?:is|are|was|has\s+been)\s+(?:delayed|cancell?ed|running\s+late|on\s+time)\b|"r"\b(?:is|are|was)\s+(?:the|my|this|our|that)\s+(?:[\w-]+\s+)?(?:flight|train|bus|ferry|plane|connection|delivery|"
                     r"package|parcel)\s+(?:[\w-]+\s+){0,2}?(?:on\s+time|delayed|cancell?ed|late|running|boarding)\b",
                     re.IGNORECASE)


# a question that opens the request ("whats this plant in <image 0> and where can i buy one thats open now"), not a
# "where" inside it ("grab me a still where everyone has their eyes open")
_WH = re.compile(rf"^\W*(?:{PLACEHOLDER.pattern}\s*)*{ASKS_STATE}\b", re.IGNORECASE)
# what is trending now, with or without a file: "pick five hashtags for <image 0> from whatever is trending this week"
_TRENDING = re.compile(r"\b(?:what(?:ever)?\s+is|what'?s|whatever'?s)\s+(?:currently\s+|now\s+)?trending\b|\btrending\s+(?:on\s+\w+\s+)?"
                       r"(?:right\s+now|this\s+(?:week|month)|today|now|at\s+the\s+moment)\b", re.IGNORECASE)


# with a file: where to buy what it shows ("where can I buy the exact jacket the model in <image 0> is wearing?")
_BUYS_SEEN = re.compile(r"\bwhere\s+(?:can|could|do|would|should)\s+(?:i|we)\s+(?:buy|get|order|find)\s+(?:the\s+|a\s+)?(?:exact|same|"
                        r"this|that|these|those|one|it|them)\b", re.IGNORECASE)
# the weather to come: "will it rain at the beach shown in <image 0> this Saturday?"
_WILL_IT = re.compile(r"\bwhat(?:'s|\s+is)\s+the\s+(?:weather|forecast)\b(?!.{0,60}\b(?:usually|typically|normally|generally|on\s+"
                      r"average|in\s+(?:january|february|march|april|may|june|july|august|september|october|november|december))\b)"
                      r"|\b(?:posted|shared|used|appeared|published)\s+(?:anywhere\s+(?:else\s+)?)?online\b|\banywhere\s+else\s+online\b"
                      r"|\bwill\s+it\s+(?:rain|snow|storm|hail|be\s+(?:sunny|windy|rainy|cold|hot|warm|nice|cloudy|stormy|dry))\b",
                      re.IGNORECASE)


# how things stand now, asked outright with no file, whatever the topic ("is there a flu vaccine shortage at the moment in
# my area?", "what are the visa rules for Vietnam as of today?", "how many people have registered so far?"); not advice
# ("what's a good stretch I can do right now?", "is it okay to feel tired at the moment ...?", "which is better right now,
# Python or JavaScript?") nor words given to read ("how many words is this so far: '...'")
_AS_OF_NOW = re.compile(r"\bas\s+of\s+(?:today|now|this\s+(?:week|month|morning))\b(?!'s)|\bat\s+the\s+moment\b|\bright\s+now\b"
                        r"|\bcurrently\b|^\W*how\s+(?:many|much)\b[^.?!]*\bso\s+far\b", re.IGNORECASE)
_ASKER_BEFORE = re.compile(r"\b(?:i|i'm|i've|we|you|me)\b[^.?!]*$", re.IGNORECASE)
_IS_IT_ADVICE = re.compile(r"^\W*(?:is|are)\s+(?:it|this|that)\s+(?:too|ok|okay|normal|safe|bad|fine|worth|possible|better|wise|smart|"
                           r"healthy|a\s+good\s+idea)\b", re.IGNORECASE)
_WEIGHS = re.compile(r"\b(?:better|best|worse|worst|should|recommend\w*)\b", re.IGNORECASE)
_GIVEN_WORDS = re.compile(r":\s*['\"\u201c\u2018]")
_SENTENCE = re.compile(r"(?<=[.?!])\s+")


def _asks_as_of_now(text: str) -> bool:
    if attaches_file(text) or not _ASKS.match(text) or _IS_IT_ADVICE.match(text) or _GIVEN_WORDS.search(text):
        return False
    for sentence in _SENTENCE.split(text):
        now = _AS_OF_NOW.search(sentence)
        if (now and _STATE_OPENS.match(sentence) and not _ASKER_BEFORE.search(sentence[:now.start()])
                and not _WEIGHS.search(sentence)):
            return True
    return False


# a page to fetch: "open https://example.com/news/4471 and give me a summary" (not a link to put in words: "write a tweet
# that links to https://...")
_OPENS_URL = re.compile(r"\b(?:open|visit|read|summari[sz]e|check|go\s+to|fetch|look\s+at|scrape|browse|load)\s+(?:up\s+)?(?:this\s+|the\s+)?"
                        r"(?:(?:web\s*)?page\s+|link\s+|article\s+|site\s+|post\s+|url\s+)?(?:at\s+)?(?:https?://|www\.)", re.IGNORECASE)


def names_url(text: str) -> bool:
    """A page to fetch by its address ("open https://example.com/news/4471 and summarise it"): fetched, whatever is
    then written from it."""
    return bool(_OPENS_URL.search(text))


def names_site(text: str) -> bool:
    """A web site named by its bare address ("fill out the visa form on travel.state.gov"), not one the user says they
    will use themselves ("I'll upload it to Booking.com myself after")."""
    return bool(_SITE.search(_USER_WILL.sub(" ", text)))


_USER_WILL = re.compile(r"\b(?:i|we)(?:'ll|\s+will|\s+can|'m\s+going\s+to|\s+am\s+going\s+to|'re\s+going\s+to)\s+(?:[\w-]+\s+){0,2}?"
                        r"(?:upload|post|put|share|send|list|add|use|print|submit)\b[^.;!?]*", re.IGNORECASE)


def asks_live(text: str) -> bool:
    """A text with no file that asks about something changing, now; or a search of the web, asked outright."""
    if _SEARCH_OPENS.match(opening(text, 8).strip()) or _SEARCH.search(text) or _URL.search(text):
        return True
    if not attaches_file(text) and (_WATCH.search(command(text, 40)) or _CHATTER.search(text) or _PAPERS.search(command(text, 40))):
        return True
    if (_ALERTS.search(text) or _STATUS.search(text) or _WILL_IT.search(text) or _TRENDING.search(text) or _RECENT_TALK.search(text)
            or _asks_as_of_now(text) or (_DEPARTS.search(text) and _ASKS.match(text))):
        return True
    if attaches_file(text) and _BUYS_SEEN.search(text):
        return True
    if _NEXT_DEPARTURE.search(text) and (not attaches_file(text) or _FOR_REAL.search(text)):
        return True
    asks = "?" in text or bool(_WH.match(text))
    if attaches_file(text) and asks and _NOW_STRICT.search(text) and _CHANGES_NOW.search(text):
        return True
    if attaches_file(text) and _LOOKS_UP_NOW.match(command(text, 12)) and _LIVE_NOW.search(text):
        return True
    if not attaches_file(text) and _ASKS.match(text) and (
            _ASKED_NOW.search(text) or (_LATER_NOW.search(text) and _CHANGING.search(text))):
        return True
    return not attaches_file(text) and bool(_NOW.search(text)) and bool(_CHANGING.search(text))
