"""Meta-information facts (size, ratio, orientation, duration, frames, fps) and every way to say them.

Key parts: ``MetaFact`` (one stated fact: its gold keys and raw values), ``sample_facts`` (a consistent
set of facts for one image or video step), ``phrase`` (render a fact in a grammatical position:
``adj`` before the noun, ``pp`` after it, ``sent`` as its own sentence). A phrase is a list of pieces:
plain strings, or ``(text, label)`` tuples that become character spans with that label.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from typing import Any, Literal

from .lexicon import NUMBER_WORDS

Piece = str | tuple[str, str]
Form = Literal["adj", "pp", "sent"]

RESOLUTIONS: dict[int, tuple[str, ...]] = {
    480: ("480P", "480p", "480p", "480P"),
    720: ("720p", "720P", "HD", "720p HD"),
    1080: ("1080p", "1080P", "Full HD", "FHD", "1080p"),
    1440: ("2K", "2k", "1440p", "2K"),
    2160: ("4K", "4k", "UHD", "2160p", "4K"),
}
LANDSCAPE_SIZES = ((768, 480), (832, 480), (1280, 720), (1920, 1080), (1024, 768), (640, 480), (1024, 576),
                   (960, 544), (1344, 768), (720, 480), (1600, 900), (848, 480), (1152, 896), (2048, 1152))
PORTRAIT_SIZES = ((480, 832), (720, 1280), (1080, 1920), (768, 1024), (480, 768), (576, 1024), (896, 1152))
SQUARE_SIZES = ((512, 512), (1024, 1024), (768, 768), (640, 640))
RATIOS = ((16, 9), (4, 3), (1, 1), (9, 16), (21, 9), (3, 2), (2, 3), (3, 4), (4, 5), (16, 10))
PORTRAIT_WORDS = ("vertical", "portrait", "portrait-mode", "vertical", "portrait", "Vertical")
LANDSCAPE_WORDS = ("horizontal", "landscape", "widescreen", "wide", "landscape", "horizontal")
SECONDS = (1, 2, 2, 3, 3, 4, 4, 5, 5, 5, 6, 7, 8, 10, 10, 12, 15, 20)
FRAMES = (16, 24, 25, 32, 33, 48, 49, 60, 64, 81, 81, 97, 120, 121)
FPS = (8, 12, 15, 16, 16, 24, 24, 25, 30, 30, 60)


@dataclass(kw_only=True)
class MetaFact:
    kind: str
    """resolution | size | width | height | ratio | orient | square | duration | frames | fps"""
    gold: dict[str, Any]
    values: dict[str, Any] = field(default_factory=dict)


def _num(rng: random.Random, n: float, *, words: float = 0.2) -> str:
    if float(n).is_integer() and int(n) in NUMBER_WORDS and rng.random() < words:
        return NUMBER_WORDS[int(n)]
    return str(int(n)) if float(n).is_integer() else str(n)


def sample_spatial(rng: random.Random) -> list[MetaFact]:
    """Zero, one or two consistent spatial facts (the scorer's conventions: a height alone implies w >= h)."""
    r = rng.random()
    if r < 0.22:
        h = rng.choice(tuple(RESOLUTIONS))
        facts = [MetaFact(kind="resolution", gold={"height": h}, values={"h": h})]
        if rng.random() < 0.2:
            a, b = rng.choice(((16, 9), (4, 3), (21, 9), (3, 2)))
            facts.append(MetaFact(kind="ratio", gold={"ratio": round(a / b, 4)}, values={"a": a, "b": b}))
        return facts
    if r < 0.5:
        pool = rng.choice((LANDSCAPE_SIZES, LANDSCAPE_SIZES, PORTRAIT_SIZES, SQUARE_SIZES))
        w, h = rng.choice(pool)
        if rng.random() < 0.3:  # off-list sizes, multiples of 8
            w, h = rng.randrange(256, 2049, 8), rng.randrange(256, 2049, 8)
        return [MetaFact(kind="size", gold={"width": w, "height": h}, values={"w": w, "h": h})]
    if r < 0.56:
        if rng.random() < 0.5:
            w = rng.choice((512, 768, 1024, 1280, 1920))
            return [MetaFact(kind="width", gold={"width": w}, values={"w": w})]
        h = rng.choice((480, 512, 720, 768, 1080))
        return [MetaFact(kind="height", gold={"height": h}, values={"h": h})]
    if r < 0.74:
        a, b = rng.choice(RATIOS)
        return [MetaFact(kind="ratio", gold={"ratio": round(a / b, 4)}, values={"a": a, "b": b})]
    if r < 0.9:
        if rng.random() < 0.5:
            return [MetaFact(kind="orient", gold={"orient": "portrait"}, values={"word": rng.choice(PORTRAIT_WORDS)})]
        return [MetaFact(kind="orient", gold={"orient": "landscape"}, values={"word": rng.choice(LANDSCAPE_WORDS)})]
    return [MetaFact(kind="square", gold={"ratio": 1.0}, values={})]


def sample_temporal(rng: random.Random) -> list[MetaFact]:
    """Zero to two consistent temporal facts for a video step."""
    r = rng.random()
    facts: list[MetaFact] = []
    if r < 0.55:
        s: float = rng.choice(SECONDS)
        special = None
        x = rng.random()
        if x < 0.05:
            s, special = 30, "half a minute"
        elif x < 0.08:
            s, special = 60, rng.choice(("a minute", "one minute"))
        elif x < 0.14:
            s = rng.choice((1.5, 2.5, 3.5, 4.5))
        facts.append(MetaFact(kind="duration", gold={"seconds": s}, values={"s": s, "special": special}))
    elif r < 0.72:
        n = rng.choice(FRAMES)
        facts.append(MetaFact(kind="frames", gold={"frames": n}, values={"n": n}))
    if (r < 0.72 and rng.random() < 0.25) or 0.72 <= r < 0.8:
        f = rng.choice(FPS)
        facts.append(MetaFact(kind="fps", gold={"fps": f}, values={"f": f}))
    return facts


def sample_facts(rng: random.Random, *, video: bool, p_spatial: float = 0.55, p_temporal: float = 0.65) -> list[MetaFact]:
    """Facts for one step: spatial ones with probability ``p_spatial``, temporal ones (video) likewise."""
    facts: list[MetaFact] = []
    if rng.random() < p_spatial:
        facts += sample_spatial(rng)
    if video and rng.random() < p_temporal:
        facts += sample_temporal(rng)
    return facts


def _size_text(rng: random.Random, w: int, h: int) -> str:
    sep = rng.choice(("x", "x", "x", "×", " x ", " by ", "*", "X"))
    return f"{w}{sep}{h}" + rng.choice(("", "", "", " pixels", "px", " px"))


def _duration_text(rng: random.Random, v: dict[str, Any], *, adj: bool) -> str:
    if v["special"]:
        return str(v["special"])
    s = v["s"]
    n = _num(rng, s)
    if adj:
        return rng.choice((f"{n}-second", f"{n}-second", f"{n}s", f"{n} sec", f"{n}-sec"))
    unit = "second" if s == 1 else "seconds"
    return rng.choice((f"{n} {unit}", f"{n} {unit}", f"{n}s", f"{n} s", f"{n} sec", f"{n} secs", f"{n} {unit}"))


def _fps_text(rng: random.Random, f: int) -> str:
    return rng.choice((f"{f} fps", f"{f} FPS", f"{f}fps", f"{f} frames per second", f"{f} frames/second", f"{f} fps"))


def phrase(rng: random.Random, fact: MetaFact, form: Form) -> list[Piece] | None:
    """Render ``fact`` for a grammatical position, or ``None`` if it has no natural form there."""
    v, k = fact.values, fact.kind

    def c(options: tuple[list[Piece], ...]) -> list[Piece]:
        return rng.choice(options)
    if k == "resolution":
        word = rng.choice(RESOLUTIONS[v["h"]])
        lab = (word, "resolution")
        if form == "adj":
            return [lab]
        if form == "pp":
            return c(([" in ", lab], [" at ", lab], [" at ", lab, " resolution"], [" with ", lab, " resolution"],
                      [" in ", lab, " quality"], [", ", lab]))
        return c((["Resolution: ", lab, "."], ["Make it ", lab, "."], ["It should be in ", lab, "."],
                  ["Output at ", lab, "."], [lab, " please."], ["Use ", lab, " resolution."]))
    if k == "size":
        w, h = v["w"], v["h"]
        if form == "adj":
            return [(f"{w}{rng.choice(('x', '×', 'x'))}{h}", "size")]
        if form == "pp":
            opts: tuple[list[Piece], ...] = (
                [" at ", (_size_text(rng, w, h), "size")], [" sized ", (_size_text(rng, w, h), "size")],
                [" with a size of ", (_size_text(rng, w, h), "size")], [" in ", (_size_text(rng, w, h), "size")],
                [" with a width of ", (f"{w} pixels", "width"), " and a height of ", (f"{h} pixels", "height")],
                [" with ", (f"a width of {w} pixels and a height of {h} pixels", "size")],
                [" that is ", (f"{w} pixels wide", "width"), " and ", (f"{h} pixels tall", "height")],
                [" ", (f"{h} pixels tall", "height"), " and ", (f"{w} wide", "width")],
                [" with dimensions ", (_size_text(rng, w, h), "size")],
                [" at a resolution of ", (_size_text(rng, w, h), "size")],
                [", ", (f"{w}px wide", "width"), " by ", (f"{h}px high", "height")],
            )
            return c(opts)
        return c((["Size: ", (_size_text(rng, w, h), "size"), "."],
                  ["The dimensions should be ", (f"{w} by {h}", "size"), "."],
                  [(f"Width {w}", "width"), ", ", (f"height {h}", "height"), "."],
                  ["Make it ", (_size_text(rng, w, h), "size"), "."],
                  ["Use a resolution of ", (_size_text(rng, w, h), "size"), "."],
                  [(f"Height {h}px", "height"), " and ", (f"width {w}px", "width"), "."]))
    if k in ("width", "height"):
        n = v["w"] if k == "width" else v["h"]
        word = "wide" if k == "width" else rng.choice(("tall", "high"))
        if form == "adj":
            return None
        if form == "pp":
            return c(([" with a ", (f"{k} of {n} pixels", k)], [" that is ", (f"{n} pixels {word}", k)],
                      [" ", (f"{n}px {word}", k)]))
        return c((["The ", k, " should be ", (f"{n} pixels", k), "."], ["Make it ", (f"{n} pixels {word}", k), "."],
                  [k.capitalize(), ": ", (f"{n}px", k), "."]))
    if k == "ratio":
        a, b = v["a"], v["b"]
        txt = f"{a}:{b}"
        if form == "adj":
            return [(txt, "ratio")]
        if form == "pp":
            return c(([" in ", (txt, "ratio")], [" with a ", (txt, "ratio"), " aspect ratio"],
                      [" at an aspect ratio of ", (txt, "ratio")], [" in ", (txt, "ratio"), " format"],
                      [" (", (txt, "ratio"), ")"], [" with aspect ratio ", (txt, "ratio")],
                      [" in a ", (f"{a} by {b}", "ratio"), " aspect ratio"], [", ", (txt, "ratio")]))
        return c((["Aspect ratio ", (txt, "ratio"), "."], ["Use a ", (txt, "ratio"), " ratio."],
                  ["Make it ", (txt, "ratio"), "."], ["Ratio: ", (txt, "ratio"), "."],
                  ["It needs to be ", (txt, "ratio"), "."]))
    if k in ("orient", "square"):
        word = v.get("word") or "square"
        lab = (word, "orient")
        if form == "adj":
            if k == "square" or rng.random() < 0.85:
                return [lab]
            portrait = fact.gold.get("orient") == "portrait"
            return [rng.choice(("phone-friendly ", "tall ", "upright ") if portrait else ("cinematic ", "panoramic ")), lab]
        if form == "pp":
            if k == "square":
                return c(([" in ", ("square", "orient"), " format"], [" as a ", ("square", "orient")],
                          [", ", ("square", "orient")], [" in a ", ("square", "orient"), " aspect ratio"]))
            mode = rng.choice(("orientation", "format", "mode", "layout"))
            return c(([" in ", lab, " ", mode], [" in a ", lab, " format"], [", ", lab], [" (", lab, ")"]))
        if k == "square":
            return c((["Make it ", ("square", "orient"), "."], ["Keep it ", ("square", "orient"), "."],
                      [("Square", "orient"), " format please."]))
        return c((["Make it ", lab, "."], [(word.capitalize(), "orient"), " orientation, please."], ["It should be ", lab, "."],
                  ["Format: ", lab, "."]))
    if k == "duration":
        if form == "adj":
            if v["special"]:
                return None
            return [(_duration_text(rng, v, adj=True), "duration")]
        d = (_duration_text(rng, v, adj=False), "duration")
        if form == "pp":
            return c(([" lasting ", d], [" that is ", d, " long"], [" for ", d], [" of ", d],
                      [" with a duration of ", d], [", ", d, " long"], [" about ", d, " long"], [" (", d, ")"],
                      [" that runs for ", d]))
        return c((["It should last ", d, "."], ["Duration: ", d, "."], ["Make it ", d, " long."],
                  ["Length: ", d, "."], ["Keep it to ", d, "."], ["The clip should be ", d, "."]))
    if k == "frames":
        n = v["n"]
        if form == "adj":
            return [(f"{n}-frame", "frames")]
        lab = (f"{n} frames", "frames")
        if form == "pp":
            return c(([" with ", lab], [" of ", lab], [", ", lab, " long"], [" (", lab, ")"], [" using ", lab]))
        return c((["Use ", lab, "."], ["It should have ", lab, "."], ["Frames: ", (str(n), "frames"), "."],
                  ["Generate ", lab, " in total."]))
    if k == "fps":
        lab = (_fps_text(rng, v["f"]), "fps")
        if form == "adj":
            return [lab]
        if form == "pp":
            return c(([" at ", lab], [" at ", lab], [", ", lab], [" with a frame rate of ", (f"{v['f']} fps", "fps")]))
        return c((["Frame rate: ", lab, "."], ["Use ", lab, "."], ["Render it at ", lab, "."]))
    raise ValueError(f"unknown meta fact kind {k!r}")
