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
    """The plugin-routing and refusal benchmarks' requests (all twenty-four sets) share no run of 6 words with what sets the router's
    margins (``routing_data``), its picture of the outside world (``outside.OUTSIDE``) or the action probe's data
    (``action_data``, every frame filled three times)."""
    import sys

    from unison_agent.planner.embedded.outside import OUTSIDE
    from unison_agent.training.action_data import samples
    from unison_agent.training.routing_data import CAL_TASKS, calibration_sets

    sys.path.insert(0, str(ROOT / "bench"))
    try:
        import plugin_routing_blind as blind
        import plugin_routing_blind3 as blind3
        import plugin_routing_blind4 as plugin4
        import plugin_routing_blind5 as plugin5
        import plugin_routing_blind6 as plugin6
        import plugin_routing_blind7 as plugin7
        import plugin_routing_blind8 as plugin8
        import plugin_routing_data as first
        import refusal_blind4 as blind4
        import refusal_blind5 as blind5
        import refusal_blind6 as blind6
        import refusal_blind7 as blind7
        import refusal_blind8 as blind8
        import refusal_blind9 as blind9
        import refusal_blind10 as blind10
        import refusal_blind11 as blind11
        import refusal_blind12 as blind12
        import refusal_blind13 as blind13
        import refusal_blind14 as blind14
        import refusal_blind15 as blind15
        import refusal_blind16 as blind16
        import refusal_blind17 as blind17
        import refusal_blind18 as blind18
        import refusal_blind19 as blind19
    finally:
        sys.path.remove(str(ROOT / "bench"))

    def grams(text: str) -> set[str]:
        w = _words(re.sub(r"<(image|video) \d+>", " ", text))
        return {" ".join(w[i:i + 6]) for i in range(len(w) - 5)}

    sets = calibration_sets()
    known = [t for rows in sets.values() for t, _ in rows] + [t for _, texts in OUTSIDE for t in texts]
    known += [t for s in CAL_TASKS for t in (s.description, *s.examples)]
    known += [s.text for split in ("train", "cal") for s in samples(split, per_frame=3, seed=31, about=True)]
    known_grams = set().union(*(grams(t) for t in known))
    bench = [t for t, _ in first.TASK_REQUESTS] + [t for t, _, _ in first.TOOL_REQUESTS] + list(first.OUT_OF_SCOPE)
    bench += [t for t, _ in blind.BLIND_TASK_REQUESTS] + [t for t, _, _ in blind.BLIND_TOOL_REQUESTS]
    bench += list(blind.BLIND_OUT_OF_SCOPE) + [t for t, _ in blind.BLIND_BUILTIN]
    bench += [t for t, _ in blind3.TASK_REQUESTS3] + [t for t, _, _ in blind3.TOOL_REQUESTS3]
    bench += list(blind3.OUT_OF_SCOPE3) + [t for t, _ in blind3.BUILTIN3]
    bench += [t for t, _ in plugin4.TASK_REQUESTS4] + [t for t, _, _ in plugin4.TOOL_REQUESTS4]
    bench += list(plugin4.OUT_OF_SCOPE4) + [t for t, _ in plugin4.BUILTIN4]
    bench += [t for t, _ in plugin5.TASK_REQUESTS5] + [t for t, _, _ in plugin5.TOOL_REQUESTS5]
    bench += list(plugin5.OUT_OF_SCOPE5) + [t for t, _ in plugin5.BUILTIN5]
    bench += [t for t, _ in plugin6.TASK_REQUESTS6] + [t for t, _, _ in plugin6.TOOL_REQUESTS6]
    bench += list(plugin6.OUT_OF_SCOPE6) + [t for t, _ in plugin6.BUILTIN6]
    bench += [t for t, _ in plugin7.TASK_REQUESTS7] + [t for t, _, _ in plugin7.TOOL_REQUESTS7]
    bench += list(plugin7.OUT_OF_SCOPE7) + [t for t, _ in plugin7.BUILTIN7]
    bench += [t for t, _ in plugin8.TASK_REQUESTS8] + [t for t, _, _ in plugin8.TOOL_REQUESTS8]
    bench += list(plugin8.OUT_OF_SCOPE8) + [t for t, _ in plugin8.BUILTIN8]
    bench += list(blind4.OUT_OF_SCOPE4) + [t for t, _ in blind4.ORDINARY4]
    bench += list(blind5.OUT_OF_SCOPE5) + [t for t, _ in blind5.ORDINARY5]
    bench += list(blind6.OUT_OF_SCOPE6) + [t for t, _ in blind6.ORDINARY6]
    bench += list(blind7.OUT_OF_SCOPE7) + [t for t, _ in blind7.ORDINARY7]
    bench += list(blind8.OUT_OF_SCOPE8) + [t for t, _ in blind8.ORDINARY8]
    bench += list(blind9.OUT_OF_SCOPE9) + [t for t, _ in blind9.ORDINARY9]
    bench += list(blind10.OUT_OF_SCOPE10) + [t for t, _ in blind10.ORDINARY10]
    bench += list(blind11.OUT_OF_SCOPE11) + [t for t, _ in blind11.ORDINARY11]
    bench += list(blind12.OUT_OF_SCOPE12) + [t for t, _ in blind12.ORDINARY12]
    bench += list(blind13.OUT_OF_SCOPE13) + [t for t, _ in blind13.ORDINARY13]
    bench += list(blind14.OUT_OF_SCOPE14) + [t for t, _ in blind14.ORDINARY14]
    bench += list(blind15.OUT_OF_SCOPE15) + [t for t, _ in blind15.ORDINARY15]
    bench += list(blind16.OUT_OF_SCOPE16) + [t for t, _ in blind16.ORDINARY16]
    bench += list(blind17.OUT_OF_SCOPE17) + [t for t, _ in blind17.ORDINARY17]
    bench += list(blind18.OUT_OF_SCOPE18) + [t for t, _ in blind18.ORDINARY18]
    bench += list(blind19.OUT_OF_SCOPE19) + [t for t, _ in blind19.ORDINARY19]
    assert len(bench) > 860
    shared = {t: sorted(grams(t) & known_grams) for t in bench if grams(t) & known_grams}
    assert shared == {}, "\n".join(f"{t!r}: {g}" for t, g in shared.items())
