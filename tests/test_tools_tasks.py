"""Each of the twelve tasks end to end through its built-in tool, on the tiny profile.

Outputs are checked as files: a decodable PNG / H.264 MP4 of the snapped size and frame count,
or a text answer, with the metadata the issue asks for.
"""

from __future__ import annotations

from pathlib import Path

import imageio.v3 as iio
import pytest
from PIL import Image
from unison_tools import Edit, ImageGen, VideoGen, Vqa

from unison_agent.runtime.media import detect_kind, load_video

SAMPLER = {"num_inference_steps": 2, "seed": 7}


def _check_png(art, width, height):
    assert art.kind == "image" and str(art.path).endswith(".png") and detect_kind(art.path) == "image"
    with Image.open(art.path) as img:
        assert img.format == "PNG" and img.size == (width, height)
    meta = art.metadata
    assert (meta["width"], meta["height"]) == (width, height)
    assert meta["model"] == "tiny:wan2.1-vace" and meta["noise"] is True and meta["profile"] == "tiny"
    assert meta["seed"] == 7 and meta["num_inference_steps"] == 2 and "run_s" in meta["timings"]


def _check_mp4(art, width, height, frames, fps=16.0):
    assert art.kind == "video" and str(art.path).endswith(".mp4") and detect_kind(art.path) == "video"
    decoded, got_fps = load_video(art.path)
    assert len(decoded) == frames and decoded[0].size == (width, height)
    assert got_fps == pytest.approx(fps, rel=0.01)
    props = iio.improps(art.path, plugin="pyav") if _has_pyav() else None
    if props is not None:
        assert props.shape[0] == frames
    meta = art.metadata
    assert (meta["width"], meta["height"], meta["num_frames"], meta["fps"]) == (width, height, frames, fps)
    assert meta["noise"] is True and meta["snapped"] == {"width": width, "height": height, "num_frames": frames}


def _has_pyav():
    try:
        import av  # noqa: F401
    except ImportError:
        return False
    return True


def _codec(path):
    import subprocess

    import imageio_ffmpeg

    out = subprocess.run([imageio_ffmpeg.get_ffmpeg_exe(), "-hide_banner", "-i", path], capture_output=True, text=True)
    return out.stderr


def test_text_to_image_snaps_size(run_tool):
    art = run_tool(ImageGen(), "text_to_image", {"prompt": "a red fox", "width": 44, "height": 30, **SAMPLER})
    _check_png(art, 48, 32)  # 44 -> 48 (nearest multiple of 16), 30 -> 32
    assert art.metadata["requested"] == {"width": 44, "height": 30}
    assert run_tool.progress[-1].fraction == 1.0 and any(0 < p.fraction < 1 for p in run_tool.progress)


def test_image_control(run_tool, make_image):
    art = run_tool(ImageGen(), "image_control", {"prompt": "a house", "width": 32, "height": 32, **SAMPLER},
                   control=make_image(32, 32))
    _check_png(art, 32, 32)


def test_image_control_takes_the_maps_aspect_when_no_size(run_tool, make_image, tiny_config):
    art = run_tool(ImageGen(), "image_control", {"prompt": "a house", **SAMPLER}, control=make_image(64, 32))
    _check_png(art, 64, 32)


def test_image_reference(run_tool, make_image):
    art = run_tool(ImageGen(), "image_reference", {"prompt": "this dog surfing", "width": 32, "height": 48, **SAMPLER},
                   reference=[make_image(24, 24, seed=1), make_image(32, 16, seed=2)])
    _check_png(art, 32, 48)


def test_text_to_video_snaps_frames(run_tool):
    art = run_tool(VideoGen(), "text_to_video",
                   {"prompt": "waves", "width": 32, "height": 32, "num_frames": 7, "fps": 8, **SAMPLER})
    _check_mp4(art, 32, 32, 9, fps=8.0)  # 7 -> 9 (4k+1)
    assert "libx264" in _codec(art.path) or "h264" in _codec(art.path)


def test_image_to_video_first_and_last_frame(run_tool, make_image):
    art = run_tool(VideoGen(), "image_to_video", {"prompt": "it moves", "num_frames": 5, "width": 32, "height": 32,
                                                   **SAMPLER}, first_frame=make_image(32, 32))
    _check_mp4(art, 32, 32, 5)
    art = run_tool(VideoGen(), "image_to_video", {"prompt": "it moves", "num_frames": 5, **SAMPLER},
                   last_frame=make_image(48, 32))
    _check_mp4(art, 48, 32, 5)


def test_video_reference(run_tool, make_image):
    art = run_tool(VideoGen(), "video_reference",
                   {"prompt": "this cat dancing", "width": 32, "height": 32, "num_frames": 5, **SAMPLER},
                   reference=make_image(32, 32))
    _check_mp4(art, 32, 32, 5)


def test_a_video_is_a_reference_by_its_middle_frame(run_tool, make_video, monkeypatch):
    import unison_tools.video_gen as video_gen

    seen = []
    real = video_gen.vace_inputs
    monkeypatch.setattr(video_gen, "vace_inputs", lambda *a, **k: seen.append(k["references"]) or real(*a, **k))
    art = run_tool(VideoGen(), "video_reference",
                   {"prompt": "the juggler on a train", "width": 32, "height": 32, "num_frames": 5, **SAMPLER},
                   reference=make_video(24, 16, 7, fps=8))
    _check_mp4(art, 32, 32, 5)
    (ref,), = seen
    assert ref.size == (24, 16)  # one frame of the reference video, not the video


def test_video_control_length_from_control_video(run_tool, make_video):
    art = run_tool(VideoGen(), "video_control", {"prompt": "a robot walking", **SAMPLER},
                   control=make_video(32, 32, 5, fps=8))
    _check_mp4(art, 32, 32, 5, fps=8.0)


def test_image_edit_with_and_without_mask(run_tool, make_image):
    src = make_image(32, 32)
    art = run_tool(Edit(), "image_edit", {"prompt": "make it blue", **SAMPLER}, image=src,
                   mask=make_image(32, 32, mode="L", white_box=True))
    _check_png(art, 32, 32)
    assert art.metadata["mask"] == "given"
    art = run_tool(Edit(), "image_edit", {"prompt": "make it blue", **SAMPLER}, image=src)
    _check_png(art, 32, 32)
    assert art.metadata["mask"] == "whole frame (no mask given)"


def test_video_edit_with_mask_image_and_video(run_tool, make_video, make_image):
    src = make_video(32, 32, 5)
    art = run_tool(Edit(), "video_edit", {"prompt": "snowing", **SAMPLER}, video=src,
                   mask=make_image(32, 32, mode="L", white_box=True))
    _check_mp4(art, 32, 32, 5, fps=8.0)
    assert art.metadata["mask"] == "one mask image, applied to every frame"
    art = run_tool(Edit(), "video_edit", {"prompt": "snowing", "num_frames": 9, "fps": 12, **SAMPLER}, video=src,
                   mask=make_video(32, 32, 5, seed=3))
    _check_mp4(art, 32, 32, 9, fps=12.0)


def test_text_understanding(run_tool):
    art = run_tool(Vqa(), "text_understanding", {"question": "What rhymes with cat?", "max_new_tokens": 4})
    assert art.kind == "text" and isinstance(art.value, str)
    assert Path(art.path).read_text(encoding="utf-8") == art.value
    assert art.metadata["model"] == "tiny:qwen2.5-vl" and art.metadata["noise"] is True


def test_image_understanding(run_tool, make_image):
    art = run_tool(Vqa(), "image_understanding", {"question": "What is in the picture?"}, image=make_image(64, 48))
    assert art.kind == "text" and art.metadata["max_new_tokens"] == 8  # the tiny profile's option


def test_image_understanding_compares_several_images(run_tool, make_image, make_video):
    """A question about two pictures sees both, in the plan's order; a clip can be asked about with a photo."""
    first, second = make_image(32, 32, seed=1), make_image(48, 32, seed=2)
    art = run_tool(Vqa(), "image_understanding", {"question": "What differs?"}, image=first, reference=[second])
    assert art.metadata["looked_at"] == [first.id, second.id]
    clip = make_video(32, 32, 9, fps=8)
    art = run_tool(Vqa(), "video_understanding", {"question": "Is this man in the clip?"}, video=clip, reference=[first])
    assert art.metadata["looked_at"] == [clip.id, first.id] and art.metadata["video_frames"] == 9


def test_vqa_caps_how_many_inputs_one_question_sees():
    from unison_tools.vqa import MAX_LOOKED_AT

    refs = [f"$input.{i}" for i in range(1, MAX_LOOKED_AT + 1)]
    problems = Vqa().check({"image": "$input.0", "reference": refs, "question": "q"}, "image_understanding")
    assert problems and problems[0][0] == "reference" and f"got {len(refs)}" in problems[0][1]
    assert Vqa().check({"image": "$input.0", "reference": refs[:-1], "question": "q"}, "image_understanding") == []


def test_video_understanding_samples_frames(run_tool, make_video):
    art = run_tool(Vqa(), "video_understanding", {"question": "What happens?"}, video=make_video(32, 32, 17, fps=8))
    # 17 frames at 8 fps = 2.1 s; 2 frames per second -> 4 frames, uniformly spaced
    assert art.metadata["sampled_frames"] == [0, 5, 11, 16] and art.metadata["video_frames"] == 17


def test_same_seed_same_output(run_tool):
    args = {"prompt": "a red fox", "width": 32, "height": 32, **SAMPLER}
    assert run_tool(ImageGen(), "text_to_image", args).id == run_tool(ImageGen(), "text_to_image", args).id


def test_tiny_profile_handles_long_sides(run_tool):
    """The tiny transformer's rotary table covers the reference sizes (832 wide and beyond)."""
    art = run_tool(ImageGen(), "text_to_image", {"prompt": "a wide strip", "width": 1024, "height": 32, **SAMPLER})
    _check_png(art, 1024, 32)
