"""The public dev set (../shared/eval, evaluation only) stays out of what the planner learns from
and is tested on: no run of 8 of its words (beyond how sizes and lengths are said) in the training templates and lexicons, in the
generated training data, or in the tests."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from unison_agent.training.data import generate

ROOT = Path(__file__).resolve().parents[1]
DEV = ROOT.parent / "shared" / "eval" / "dev.jsonl"
N = 8
#: how sizes and lengths are said is a format the planner must learn, not content: a run made
#: only of these words (and numbers) is not a leak
FORMAT = set(["a", "an", "the", "of", "and", "with", "that", "is", "it", "its", "in", "for", "at", "to", "by", "width", "height", "pixels", "pixel", "px", "wide", "tall", "seconds", "second", "long", "frames", "frame", "fps", "per", "resolution", "format", "horizontal", "vertical", "landscape", "portrait"])


def _words(text: str) -> list[str]:
    return re.findall(r"[a-z0-9']+", re.sub(r"###.*?###", " ", text.lower()))


def _grams(text: str) -> set[str]:
    w = _words(text)
    runs = (w[i:i + N] for i in range(len(w) - N + 1))
    return {" ".join(r) for r in runs if not all(x in FORMAT or x.isdigit() for x in r)}


@pytest.fixture(scope="module")
def dev_grams() -> set[str]:
    if not DEV.is_file():
        pytest.skip(f"the public dev set is not at {DEV}")
    grams: set[str] = set()
    for line in DEV.read_text().splitlines():
        if line.strip():
            grams |= _grams(json.loads(line)["text"])
    assert grams, "the dev set has texts"
    return grams


def test_no_dev_text_in_training_code_or_tests(dev_grams: set[str]) -> None:
    files = [*ROOT.glob("unison_agent/training/**/*.py"), *ROOT.glob("unison_agent/planner/**/*.py"),
             *ROOT.glob("tests/**/*.py")]
    leaks = {str(p.relative_to(ROOT)): sorted(_grams(p.read_text()) & dev_grams)[:3] for p in files}
    assert {p: g for p, g in leaks.items() if g} == {}


def test_no_dev_text_in_the_generated_training_data(dev_grams: set[str]) -> None:
    texts = [r["text"] for r in generate(n=3000, seed=0, split="train")]  # the shipped recipe's seed
    assert texts and not [t for t in texts if _grams(t) & dev_grams]


#: the closed vocabulary requests are made of ("a short video", "an image") is format, not content
_FORMAT_POOLS = {"IMAGE_NOUNS", "VIDEO_NOUNS", "IMAGE_VERBS", "VIDEO_VERBS", "OPENERS"}
_STOP = set(["a", "an", "the", "of", "and", "with", "that", "is", "it", "its", "in", "for", "at", "to", "by", "this", "what", "which", "who", "how", "are", "was", "be", "on", "my", "me", "i", "you", "your", "can", "do", "does", "make", "into", "as", "from", "there", "here", "s"])


def _content(text: str) -> list[str]:
    return [w for w in _words(text) if w not in _STOP]


def _near_copy(entry: list[str], dev: list[str]) -> bool:
    """``entry``'s content words in order in ``dev``, adjacent for two words, one gap allowed for more."""
    window = len(entry) + (1 if len(entry) > 2 else 0)
    for i, word in enumerate(dev):
        if word != entry[0]:
            continue
        rest = iter(dev[i + 1:i + window])
        if all(w in rest for w in entry[1:]):
            return True
    return False


def test_no_lexicon_entry_is_a_near_copy_of_a_dev_sentence() -> None:
    """Short lexicon entries ("What sport is being played?") slip past the 8-word check; their content
    words in order inside one dev sentence make them near-copies."""
    if not DEV.is_file():
        pytest.skip(f"the public dev set is not at {DEV}")
    from unison_agent.training import lexicon, lexicon_tasks

    devs = [_content(json.loads(line)["text"]) for line in DEV.read_text().splitlines() if line.strip()]
    entries = [(name, e) for m in (lexicon, lexicon_tasks) for name, pool in vars(m).items()
               if name.isupper() and name not in _FORMAT_POOLS and isinstance(pool, tuple)
               for e in pool if isinstance(e, str)]
    assert len(entries) > 300
    near = [(name, e) for name, e in entries if len(_content(e)) >= 2
            and any(_near_copy(_content(e), d) for d in devs)]
    assert near == []


def test_the_near_copy_check_catches_a_reworded_question() -> None:
    assert _near_copy(_content("What sport is being played?"), _content("Which sport is being played here?"))
    assert not _near_copy(_content("make it black and white"), _content("a black bottle and a white fridge"))


def test_routing_benchmark_requests_are_not_in_the_routing_calibration_data() -> None:
    """The plugin-routing and refusal benchmarks' requests (every ``bench/plugin_routing_*.py`` and
    ``bench/refusal_blind*.py`` set) share no run of 6 words with what sets the router's margins
    (``routing_data``), its picture of the outside world (``outside.OUTSIDE``) or the action probe's data
    (``action_data``, every frame filled three times)."""
    import importlib
    import sys

    from unison_agent.planner.embedded.outside import OUTSIDE
    from unison_agent.training.action_data import samples
    from unison_agent.training.routing_data import CAL_TASKS, calibration_sets

    files = sorted((ROOT / "bench").glob("plugin_routing_*.py")) + sorted((ROOT / "bench").glob("refusal_blind*.py"))
    sys.path.insert(0, str(ROOT / "bench"))
    try:
        modules = [importlib.import_module(f.stem) for f in files]
    finally:
        sys.path.remove(str(ROOT / "bench"))
    assert len(modules) >= 24

    def grams(text: str) -> set[str]:
        w = _words(re.sub(r"<(image|video) \d+>", " ", text))
        return {" ".join(w[i:i + 6]) for i in range(len(w) - 5)}

    def requests(m: object) -> list[str]:
        """Every request a set holds, whatever its tuples are named (``TASK_REQUESTS5``, ``BLIND_BUILTIN``, ...)."""
        parts = [rows for name, rows in vars(m).items()
                 if any(k in name for k in ("REQUESTS", "OUT_OF_SCOPE", "BUILTIN", "ORDINARY"))]
        return [r if isinstance(r, str) else r[0] for rows in parts for r in rows]

    sets = calibration_sets()
    known = [t for rows in sets.values() for t, _ in rows] + [t for _, texts in OUTSIDE for t in texts]
    known += [t for s in CAL_TASKS for t in (s.description, *s.examples)]
    known += [s.text for split in ("train", "cal") for s in samples(split, per_frame=3, seed=31, about=True)]
    known_grams = set().union(*(grams(t) for t in known))
    bench = [t for m in modules for t in requests(m)]
    assert len(bench) > 2400
    shared = {t: sorted(grams(t) & known_grams) for t in bench if grams(t) & known_grams}
    assert shared == {}, "\n".join(f"{t!r}: {g}" for t, g in shared.items())
