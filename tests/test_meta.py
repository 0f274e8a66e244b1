"""Meta-information: parsing what people say, and normalising it to valid tool args."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from unison_agent.contracts.errors import UserError
from unison_agent.contracts.policy import Policy
from unison_agent.contracts.tool import MetaSpec
from unison_agent.planner.meta import (
    REFERENCE_SPEC,
    MetaIntent,
    meta_args,
    normalize_meta,
    parse_meta,
    parse_meta_span,
    word_number,
)

WAN = REFERENCE_SPEC


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("a 720p photo of a bridge", {"short_side": 720}),
        ("render it in 4K", {"short_side": 2160}),
        ("Full HD please", {"short_side": 1080}),
        ("a 1280x720 banner", {"width": 1280, "height": 720}),
        ("a 1080 × 1920 poster", {"width": 1080, "height": 1920}),
        ("make it 640 by 480", {"width": 640, "height": 480}),
        ("with a width of 1024 pixels", {"width": 1024}),
        ("512 px tall", {"height": 512}),
        ("a 4:3 picture", {"ratio": 4 / 3}),
        ("aspect ratio 9:16", {"ratio": 9 / 16}),
        ("a square image of a cat", {"orientation": "square"}),
        ("a vertical video of rain", {"orientation": "portrait"}),
        ("shot in portrait mode", {"orientation": "portrait"}),
        ("landscape orientation, a dog", {"orientation": "landscape"}),
        ("a widescreen shot of a city", {"orientation": "landscape"}),
        ("a 3 second clip", {"seconds": 3.0}),
        ("a 7-second clip", {"seconds": 7.0}),
        ("lasting 2.5s", {"seconds": 2.5}),
        ("two seconds of waves", {"seconds": 2.0}),
        ("twenty-one seconds", {"seconds": 21.0}),
        ("one and a half seconds", {"seconds": 1.5}),
        ("half a minute of traffic", {"seconds": 30.0}),
        ("a 2 minute video", {"seconds": 120.0}),
        ("49 frames of smoke", {"frames": 49}),
        ("at 24 fps", {"fps": 24.0}),
        ("30 frames per second", {"fps": 30.0}),
    ],
)
def test_parse_finds_each_phrase(text: str, expected: dict[str, object]) -> None:
    intent = parse_meta(text)
    for key, value in expected.items():
        got = getattr(intent, key)
        assert got == pytest.approx(value) if isinstance(value, float) else got == value, (text, key, got)
    assert intent.spans, "the pieces used must be reported"
    for start, end, _label in intent.spans:
        assert 0 <= start < end <= len(text)


@pytest.mark.parametrize(
    "text",
    [
        "a portrait of a king in armour",
        "a magnificent natural landscape with mountains",
        "a cat sitting in a town square",
        "a shirt with vertical stripes",
        "an 80s style poster of a car",
        "then make a second image of the same dog",
        "A farm has 30 cows. In May, 12 cows are sold at the market.",
        "at 10:30 the train leaves",
    ],
)
def test_parse_ignores_other_meanings(text: str) -> None:
    assert parse_meta(text).is_empty(), parse_meta(text)


def test_fps_phrase_is_not_also_frames() -> None:
    intent = parse_meta("24 frames per second, 4 seconds long")
    assert intent.fps == 24 and intent.frames is None and intent.seconds == 4


def test_parse_span_uses_label() -> None:
    assert parse_meta_span("480P", "resolution").short_side == 480
    assert parse_meta_span("768", "width").width == 768
    assert parse_meta_span("two", "seconds").seconds == 2.0
    assert parse_meta_span("3 minutes", "duration").seconds == 180.0
    # a length with no digits, marked by the model: "(a minute)", "of an hour"
    assert parse_meta_span("a minute", "seconds").seconds == 60
    assert parse_meta_span("an hour", "duration").seconds == 3600
    assert parse_meta_span("a minute", "width").width is None
    assert parse_meta_span("vertical", "orientation").orientation == "portrait"
    assert parse_meta_span("81", "frames").frames == 81


def test_word_number() -> None:
    assert word_number("seventy-three") == 73
    assert word_number("two and a half") == 2.5
    assert word_number("banana") is None


def test_merge_prefers_self() -> None:
    a = MetaIntent(width=640)
    b = MetaIntent(width=320, seconds=2.0)
    merged = a.merge(b)
    assert merged.width == 640 and merged.seconds == 2.0


# -- normalisation -------------------------------------------------------------------------


def test_nothing_said_leaves_tool_defaults() -> None:
    assert normalize_meta(MetaIntent(), WAN, video=True) == {}


def test_resolution_class_is_short_side_with_default_aspect() -> None:
    assert meta_args("a 480P image", WAN, video=False) == {"width": 832, "height": 480}
    out = meta_args("a 720p vertical clip", WAN, video=True)
    assert out["width"] == 720 and out["height"] > out["width"]


def test_explicit_size_kept_and_snapped() -> None:
    assert meta_args("768x480", WAN, video=False) == {"width": 768, "height": 480}
    assert meta_args("1920x1080", WAN, video=False) == {"width": 1920, "height": 1088}


def test_one_side_takes_aspect_from_ratio() -> None:
    out = meta_args("width of 1024 pixels, 1:1", WAN, video=False)
    assert out == {"width": 1024, "height": 1024}


def test_ratio_alone_keeps_default_area() -> None:
    out = meta_args("a 1:1 image", WAN, video=False)
    assert out["width"] == out["height"]
    assert abs(out["width"] * out["height"] - 832 * 480) / (832 * 480) < 0.05
    wide = meta_args("16:9", WAN, video=False)
    assert abs(wide["width"] / wide["height"] - 16 / 9) < 0.05


def test_orientation_flips_contradicting_ratio() -> None:
    out = meta_args("a vertical 16:9 video", WAN, video=False)
    assert out["height"] > out["width"]
    assert abs(out["height"] / out["width"] - 16 / 9) < 0.05


def test_seconds_to_frames_wan_rule() -> None:
    assert meta_args("a 5 second video", WAN, video=True) == {"num_frames": 81, "fps": 16}
    out = meta_args("2 seconds at 24 fps", WAN, video=True)
    assert out["fps"] == 24 and (out["num_frames"] - 1) % 4 == 0
    assert abs(out["num_frames"] / 24 - 2) <= 0.35


def test_frames_and_seconds_give_fps() -> None:
    out = meta_args("81 frames over 5 seconds", WAN, video=True)
    assert out == {"num_frames": 81, "fps": 16}


def test_time_ignored_for_images() -> None:
    assert meta_args("a 5 second image", WAN, video=False) == {}


def test_caps_scale_down_keeping_aspect() -> None:
    out = meta_args("a 4K widescreen image", WAN, video=False, policy=Policy(max_width=1024, max_height=1024))
    assert out["width"] <= 1024 and out["height"] <= 1024
    assert abs(out["width"] / out["height"] - 832 / 480) < 0.05


def test_length_over_cap_is_clamped() -> None:
    out = meta_args("a 60 second video", WAN, video=True, policy=Policy(max_frames=121))
    assert out["num_frames"] == 121


def test_impossible_caps_are_a_user_error() -> None:
    spec = MetaSpec(size_multiple=64, default_width=832, default_height=480)
    with pytest.raises(UserError, match="multiple of 64"):
        normalize_meta(MetaIntent(width=100, height=100), spec, video=False, policy=Policy(max_width=32))


# -- properties: always valid, within caps, intent kept -----------------------------------

specs = st.builds(
    lambda m, step, dw, dh, fps, mw, mh, mf: MetaSpec(
        size_multiple=m, frame_step=step, default_width=dw, default_height=dh, default_fps=fps,
        max_width=mw, max_height=mh, max_num_frames=mf,
    ),
    st.sampled_from([1, 8, 16, 32, 64]),
    st.sampled_from([1, 4, 8]),
    st.integers(64, 2048),
    st.integers(64, 2048),
    st.one_of(st.none(), st.sampled_from([8.0, 16.0, 24.0, 30.0])),
    st.one_of(st.none(), st.integers(256, 4096)),
    st.one_of(st.none(), st.integers(256, 4096)),
    st.one_of(st.none(), st.integers(17, 400)),
)
policies = st.builds(
    lambda w, h, f, fps: Policy(max_width=w, max_height=h, max_frames=f, max_fps=fps),
    st.integers(256, 4096), st.integers(256, 4096), st.integers(17, 400), st.sampled_from([24.0, 30.0, 60.0]),
)
intents = st.builds(
    MetaIntent,
    width=st.one_of(st.none(), st.integers(16, 8000)),
    height=st.one_of(st.none(), st.integers(16, 8000)),
    short_side=st.one_of(st.none(), st.sampled_from([360, 480, 720, 1080, 1440, 2160])),
    ratio=st.one_of(st.none(), st.floats(0.2, 5.0)),
    orientation=st.one_of(st.none(), st.sampled_from(["portrait", "landscape", "square"])),
    seconds=st.one_of(st.none(), st.floats(0.1, 120.0)),
    frames=st.one_of(st.none(), st.integers(1, 1000)),
    fps=st.one_of(st.none(), st.floats(1.0, 120.0)),
)


@settings(max_examples=300, deadline=None)
@given(intent=intents, spec=specs, policy=policies)
def test_output_always_valid_for_tool_and_caps(intent: MetaIntent, spec: MetaSpec, policy: Policy) -> None:
    out = normalize_meta(intent, spec, video=True, policy=policy)
    if intent.has_size:
        w, h = out["width"], out["height"]
        assert isinstance(w, int) and isinstance(h, int)
        assert w % spec.size_multiple == 0 and h % spec.size_multiple == 0
        assert policy.min_side <= w <= min(c for c in (spec.max_width, policy.max_width) if c)
        assert policy.min_side <= h <= min(c for c in (spec.max_height, policy.max_height) if c)
    else:
        assert "width" not in out and "height" not in out
    if intent.frames is not None or intent.seconds is not None:
        n = out["num_frames"]
        assert isinstance(n, int) and (n - 1) % spec.frame_step == 0
        assert 1 <= n <= min(c for c in (spec.max_num_frames, policy.max_frames) if c)
    if "fps" in out:
        assert 1 <= out["fps"] <= policy.max_fps


@settings(max_examples=200, deadline=None)
@given(
    orient=st.sampled_from(["portrait", "landscape", "square"]),
    short=st.one_of(st.none(), st.sampled_from([480, 720, 1080])),
    m=st.sampled_from([1, 8, 16, 32]),
)
def test_orientation_survives_snapping(orient: str, short: int | None, m: int) -> None:
    spec = MetaSpec(size_multiple=m, default_width=832, default_height=480)
    out = normalize_meta(MetaIntent(orientation=orient, short_side=short), spec, video=False)  # type: ignore[arg-type]
    w, h = out["width"], out["height"]
    assert {"portrait": h > w, "landscape": w > h, "square": w == h}[orient]


@settings(max_examples=200, deadline=None)
@given(
    w=st.integers(128, 2048), h=st.integers(128, 2048), m=st.sampled_from([1, 8, 16]),
)
def test_explicit_size_within_one_multiple(w: int, h: int, m: int) -> None:
    out = normalize_meta(MetaIntent(width=w, height=h), MetaSpec(size_multiple=m), video=False)
    assert abs(out["width"] - w) <= m and abs(out["height"] - h) <= m


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The height should be 480 pixels.", {"height": 480}),
        ("the width of the clip: 1280 px and height 720", {"width": 1280, "height": 720}),
        ("make it 16:10", {"ratio": 1.6}),
        ("a video lasting a minute", {"seconds": 60.0}),
        ("animate it for a second", {"seconds": 1.0}),
        ("wait a second, make a clip", {}),
        ("a second video of a dog", {}),
        ("meet me at 10:30", {}),
    ],
)
def test_phrasings_with_filler_words(text: str, expected: dict[str, float]) -> None:
    intent = parse_meta(text)
    got = {k: getattr(intent, k) for k in ("width", "height", "ratio", "seconds") if getattr(intent, k) is not None}
    assert got == expected


@pytest.mark.parametrize(("span", "ratio"), [("21 by 9", 21 / 9), ("3 to 2", 1.5), ("4x3", 4 / 3), ("9:16", 9 / 16)])
def test_a_span_labelled_ratio_is_read_as_a_ratio_without_the_words_around_it(span: str, ratio: float) -> None:
    """The model marks "21 by 9" inside "in a 21 by 9 aspect ratio"; the span alone has no "aspect"."""
    from unison_agent.planner.meta_parse import parse_meta_span

    assert parse_meta_span(span, "ratio").ratio == pytest.approx(ratio)
    assert parse_meta_span("0 by 9", "ratio").ratio is None
