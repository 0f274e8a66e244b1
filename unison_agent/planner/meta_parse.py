"""Reading size and length requests out of free text (the parsing half of ``planner.meta``).

Key parts:
- ``MetaIntent``: what a person said (width, height, short side, ratio, orientation, seconds,
  frames, fps) plus the text spans it came from;
- ``parse_meta(text)``: find every size/length phrase in a request;
- ``parse_meta_span(text, label)``: normalise one span a model extracted (``"480P"``,
  ``"two seconds"``, ``"768"`` labelled ``width``).

The patterns are deliberately conservative where a word has a second meaning: "portrait",
"landscape", "square" and "vertical" count as orientation only next to a format word
("a portrait *photo*" yes, "a portrait *of a king*" no; "a natural landscape" no; "town
square" no); "a second" is never a duration (it is usually an ordinal).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, fields, replace
from typing import Literal

Orientation = Literal["portrait", "landscape", "square"]
Span = tuple[int, int, str]

_UNITS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}
_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90}
_UNIT_WORDS = "|".join(sorted(_UNITS, key=len, reverse=True))
_TEN_WORDS = "|".join(_TENS)
_WORD_NUM = rf"(?:(?:{_TEN_WORDS})(?:[\s-](?:{_UNIT_WORDS}))?|(?:{_UNIT_WORDS}))"
_DIGITS = r"\d+(?:\.\d+)?"
#: a number said in digits or words, optionally "and a half"
NUM = rf"(?:(?:{_DIGITS}|{_WORD_NUM})(?:\s+and\s+a\s+half)?)"

#: resolution classes: the short side in pixels
_P_CLASSES = {"hd": 720, "full hd": 1080, "fhd": 1080, "qhd": 1440, "uhd": 2160, "2k": 1440, "4k": 2160, "8k": 4320}
_FORMAT_NOUN = (
    r"(?:image|images|picture|pictures|photo|photos|photograph|video|videos|clip|clips|format|orientation|mode|"
    r"aspect|ratio|frame|crop|canvas|shape|size|resolution|shot|poster|layout|view|composition|version|"
    r"wallpaper|icon|avatar|thumbnail|banner|movie|film|footage|animation|render|rendering)"
)
_COMMON_RATIOS = {(16, 9), (9, 16), (4, 3), (3, 4), (1, 1), (21, 9), (9, 21), (3, 2), (2, 3), (5, 4), (4, 5), (2, 1), (1, 2),
                  (16, 10), (10, 16), (5, 3), (3, 5), (32, 9)}
_ORIENT_WORDS = {
    "portrait": "portrait", "vertical": "portrait", "vertically": "portrait", "upright": "portrait",
    "landscape": "landscape", "horizontal": "landscape", "horizontally": "landscape", "square": "square",
}


@dataclass(frozen=True)
class MetaIntent:
    """What a person said about size and length; every field is optional.

    ``short_side`` comes from resolution classes ("480P", "720p", "2K", "Full HD"): the short
    side in pixels. ``ratio`` is width / height. ``spans`` lists ``(start, end, label)`` of the
    text pieces used, so a caller can show or strip them.
    """

    width: int | None = None
    height: int | None = None
    short_side: int | None = None
    ratio: float | None = None
    orientation: Orientation | None = None
    seconds: float | None = None
    frames: int | None = None
    fps: float | None = None
    spans: tuple[Span, ...] = field(default=(), compare=False)

    @property
    def has_size(self) -> bool:
        return any(v is not None for v in (self.width, self.height, self.short_side, self.ratio, self.orientation))

    @property
    def has_time(self) -> bool:
        return any(v is not None for v in (self.seconds, self.frames, self.fps))

    def is_empty(self) -> bool:
        return not (self.has_size or self.has_time)

    def merge(self, other: MetaIntent) -> MetaIntent:
        """Fields of ``self``, filled in from ``other`` where ``self`` said nothing."""
        values = {f.name: getattr(self, f.name) for f in fields(self) if f.name != "spans"}
        for key, value in values.items():
            if value is None:
                values[key] = getattr(other, key)
        return MetaIntent(**values, spans=self.spans + other.spans)


def word_number(text: str) -> float | None:
    """``"12"``, ``"2.5"``, ``"twenty-one"``, ``"two and a half"`` -> number; else ``None``."""
    s = text.strip().lower()
    half = 0.0
    if s.endswith("and a half"):
        half, s = 0.5, s[: -len("and a half")].strip()
    if re.fullmatch(_DIGITS, s):
        return float(s) + half
    parts = re.split(r"[\s-]+", s)
    if len(parts) == 1 and parts[0] in _UNITS:
        return _UNITS[parts[0]] + half
    if parts and parts[0] in _TENS and (len(parts) == 1 or (len(parts) == 2 and parts[1] in _UNITS)):
        return _TENS[parts[0]] + (_UNITS[parts[1]] if len(parts) == 2 else 0) + half
    return None


class _Found:
    """Collects matches, refusing ones that overlap a span already used."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.spans: list[Span] = []
        self.values: dict[str, object] = {}

    def free(self, start: int, end: int) -> bool:
        return all(end <= s or start >= e for s, e, _ in self.spans)

    def each(self, pattern: str, group: int = 0) -> list[re.Match[str]]:
        found = []
        for m in re.finditer(pattern, self.text, flags=re.IGNORECASE):
            if self.free(m.start(group), m.end(group)):
                found.append(m)
        return found

    def take(self, m: re.Match[str], label: str, group: int = 0, **values: object) -> None:
        start, end = m.start(group), m.end(group)
        if not self.free(start, end):
            return
        self.spans.append((start, end, label))
        for key, value in values.items():
            self.values.setdefault(key, value)


def parse_meta(text: str) -> MetaIntent:
    """Find what ``text`` says about width, height, resolution class, aspect, orientation,
    duration, frame count and frame rate.

    Args:
        text: the request as the planner sees it.

    Returns:
        A ``MetaIntent``; the first mention of each quantity wins.

    Examples:
        >>> parse_meta("a 720p vertical clip, 3 seconds").short_side
        720
    """
    f = _Found(text)
    _parse_rates(f)
    _parse_sizes(f)
    _parse_durations(f)
    _parse_ratio_and_orientation(f)
    v = f.values
    return MetaIntent(
        width=_opt_int(v.get("width")),
        height=_opt_int(v.get("height")),
        short_side=_opt_int(v.get("short_side")),
        ratio=_opt_float(v.get("ratio")),
        orientation=v.get("orientation"),  # type: ignore[arg-type]
        seconds=_opt_float(v.get("seconds")),
        frames=_opt_int(v.get("frames")),
        fps=_opt_float(v.get("fps")),
        spans=tuple(sorted(f.spans)),
    )


def _parse_rates(f: _Found) -> None:
    for m in f.each(rf"\b({NUM})\s*(?:fps|frames?\s*(?:per|/|a)\s*(?:second|sec|s)\b|frames?-per-second)"):
        if (n := word_number(m.group(1))) and n > 0:
            f.take(m, "fps", fps=n)
    for m in f.each(rf"\b(?:frame\s*rate|fps)\s*(?:of|=|:|at|is)?\s*({_DIGITS})\b"):
        if (n := word_number(m.group(1))) and n > 0:
            f.take(m, "fps", fps=n)


def _parse_sizes(f: _Found) -> None:
    # 1920x1080, 1080 × 1920, 768 by 480 (both sides >= 32: smaller pairs are ratios)
    for m in f.each(r"\b(\d{2,9})\s*(?:[x×*]|by)\s*(\d{2,9})(?:\s*(?:px|pixels?))?\b"):
        w, h = int(m.group(1)), int(m.group(2))
        if w >= 32 and h >= 32:
            f.take(m, "size", width=w, height=h)
    px = r"(?:\s*(?:px|pixels?))?"
    for axis, adjectives in (("width", r"wide|in\s+width|width"), ("height", r"tall|high|in\s+height|height")):
        # "width of 768", "height should be 480 pixels", "width of the clip: 1280" — a few
        # filler words, but no other number or clause break in between
        for m in f.each(rf"\b{axis}\b[^\d.;,!?]{{0,28}}?(\d{{2,5}}){px}\b"):
            f.take(m, axis, **{axis: int(m.group(1))})
        for m in f.each(rf"\b(\d{{2,5}}){px}\s*(?:{adjectives})\b"):
            f.take(m, axis, **{axis: int(m.group(1))})
    for m in f.each(r"\b(\d{3,4})\s*p\b"):
        f.take(m, "resolution", short_side=int(m.group(1)))
    for m in f.each(r"\b(full\s+hd|fhd|qhd|uhd|hd|[248]\s?k)\b"):
        key = re.sub(r"\s+", " ", m.group(1).lower()).replace(" k", "k")
        f.take(m, "resolution", short_side=_P_CLASSES[key])


def _parse_durations(f: _Found) -> None:
    f_half = f.each(r"\bhalf\s+an?\s+(minute|second)\b")
    for m in f_half:
        f.take(m, "seconds", seconds=30.0 if m.group(1).lower() == "minute" else 0.5)
    for m in f.each(r"\ban?\s+minute\s+and\s+a\s+half\b"):
        f.take(m, "seconds", seconds=90.0)
    for m in f.each(rf"\b({NUM})(?:\s*-\s*|\s*)(hours?|hrs?|minutes?|mins?|seconds?|secs?|s)\b(?!\s*(?:frame|image|picture))"):
        n = word_number(m.group(1))
        if n is None or n <= 0:
            continue
        if m.group(2).lower() == "s" and not _bare_s_is_seconds(f.text, m):
            continue  # "two s", "the 80s", "1990s style" are not durations
        unit = m.group(2).lower()
        scale = 3600.0 if unit.startswith("h") else 60.0 if unit.startswith("m") else 1.0
        f.take(m, "seconds", seconds=n * scale)
    for m in f.each(r"\ban?\s+(minute|hour)(?:[\s-]+long)\b"):
        f.take(m, "seconds", seconds=60.0 if m.group(1).lower() == "minute" else 3600.0)
    # "lasting a minute", "for a second": after a duration verb "a" is a count, not an ordinal
    lead = r"(?:lasting|lasts?|for|runs?|running|takes?|taking|about|around|roughly|approximately|exactly|just|only)"
    for m in f.each(rf"\b{lead}\s+(an?\s+(minute|second))\b(?!\s+(?:ago|later|time|one|image|picture|video|clip))",
                    group=1):
        f.take(m, "seconds", group=1, seconds=60.0 if m.group(2).lower() == "minute" else 1.0)
    for m in f.each(rf"\b({NUM})(?:\s*-\s*|\s+)frames?\b"):
        if (n := word_number(m.group(1))) and n >= 1 and n == int(n):
            f.take(m, "frames", frames=int(n))


def _bare_s_is_seconds(text: str, m: re.Match[str]) -> bool:
    number = m.group(1).strip()
    if not re.fullmatch(_DIGITS, number):
        return False
    before = text[max(0, m.start() - 8): m.start()].lower()
    after = text[m.end(): m.end() + 14].lower()
    decade = float(number) >= 20 and float(number) % 10 == 0
    if re.search(r"(the|early|late|mid|[\'’])[\s-]*$", before) or re.match(r"[\s-]*(style|era|vibe|fashion|music|aesthetic|look|retro)", after):
        return False
    return not (decade and float(number) >= 1000)


def _parse_ratio_and_orientation(f: _Found) -> None:
    for m in f.each(r"\b(\d{1,2}(?:\.\d+)?)\s*(?::|x|×|by|to)\s*(\d{1,2}(?:\.\d+)?)\b"):
        a, b = float(m.group(1)), float(m.group(2))
        if a <= 0 or b <= 0:
            continue
        around = f.text[max(0, m.start() - 24): m.end() + 16].lower()
        common = (a, b) in {(float(x), float(y)) for x, y in _COMMON_RATIOS}
        if ("ratio" in around or "aspect" in around or common) and (":" in m.group(0) or "ratio" in around
                                                                   or "aspect" in around):
            f.take(m, "ratio", ratio=a / b)
    for m in f.each(r"\baspect\s+ratio\s*(?:of|=|:|is)?\s*(\d(?:\.\d+)?)\b(?!\s*(?::|x|to|by))"):
        f.take(m, "ratio", ratio=float(m.group(1)))
    words = "|".join(_ORIENT_WORDS)
    plain = "vertical|vertically|horizontal|horizontally|upright|square"
    patterns = [
        rf"\b({words})(?:-|\s+)(?:(?:oriented|orientation|format|mode|aspect|layout|shaped|ratio)\b)",
        rf"\b({plain})\s+(?:[\w:.]+\s+)?{_FORMAT_NOUN}\b",
        rf"\b(?:in|as)\s+({words})\b(?!\s+(?:of|with|painting|style|art|photography|scenery)\b)",
        rf"\b(?:make|keep|shot|filmed|framed|rendered|crop|cropped)\s+(?:it\s+|them\s+)?({words})\b(?!\s+(?:of|with)\b)",
        r"\b(widescreen|wide-screen|wide\s+screen)\b",
    ]
    for pattern in patterns:
        for m in f.each(pattern, group=1):  # only the word itself counts as used
            word = re.sub(r"[\s-]+", "", m.group(1).lower())
            orient = "landscape" if word.startswith("wide") else _ORIENT_WORDS[word]
            f.take(m, "orientation", group=1, orientation=orient)


_LABEL_FIELDS = {
    "width": "width", "height": "height", "resolution": "short_side", "short_side": "short_side",
    "seconds": "seconds", "duration": "seconds", "frames": "frames", "num_frames": "frames", "fps": "fps",
    "ratio": "ratio", "aspect": "ratio",
}


def parse_meta_span(text: str, label: str | None = None) -> MetaIntent:
    """Normalise one span a model extracted, using its label when the span alone is ambiguous.

    ``parse_meta_span("480P", "resolution")`` -> short side 480; ``parse_meta_span("768", "width")``
    -> width 768; ``parse_meta_span("two", "seconds")`` -> 2 s; ``parse_meta_span("vertical",
    "orientation")`` -> portrait. Unknown labels fall back to ``parse_meta``.
    """
    intent = parse_meta(text)
    key = (label or "").strip().lower()
    if key in ("orientation", "orient"):
        word = re.sub(r"[\s-]+", "", text.strip().lower())
        orient = "landscape" if word.startswith("wide") else _ORIENT_WORDS.get(word)
        if orient is not None and intent.orientation is None:
            return replace(intent, orientation=orient, spans=(*intent.spans, (0, len(text), "orientation")))  # type: ignore[arg-type]
        return intent
    name = _LABEL_FIELDS.get(key)
    if name is None or getattr(intent, name) is not None:
        return intent
    m = re.search(NUM, text, flags=re.IGNORECASE)
    n = word_number(m.group(0)) if m else None
    timed = key in ("seconds", "duration")
    if n is None and timed and re.search(r"\ban?\s+(?:min|hour)", text, flags=re.IGNORECASE):
        n = 1  # "(a minute)", "of an hour": the model marked a length with no digits
    if n is None or n <= 0:
        return intent
    if name == "ratio":  # the model marks "21 by 9" of "in a 21 by 9 aspect ratio": the label says it is a ratio
        pair = re.search(r"(\d{1,2}(?:\.\d+)?)\s*(?::|x|×|by|to|/)\s*(\d{1,2}(?:\.\d+)?)", text, flags=re.IGNORECASE)
        if pair is None or float(pair.group(2)) <= 0 or float(pair.group(1)) <= 0:
            return intent
        return replace(intent, ratio=float(pair.group(1)) / float(pair.group(2)),
                       spans=(*intent.spans, (pair.start(), pair.end(), "ratio")))
    value: float | int = int(n) if name in ("width", "height", "short_side", "frames") else n
    if timed and re.search(r"\bmin", text, flags=re.IGNORECASE):
        value = n * 60
    elif timed and re.search(r"\bh(?:ou)?rs?\b", text, flags=re.IGNORECASE):
        value = n * 3600
    return replace(intent, **{name: value}, spans=(*intent.spans, (0, len(text), key)))  # type: ignore[arg-type]


def _opt_int(v: object) -> int | None:
    return int(v) if isinstance(v, (int, float)) else None


def _opt_float(v: object) -> float | None:
    return float(v) if isinstance(v, (int, float)) else None
