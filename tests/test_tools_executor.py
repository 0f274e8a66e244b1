"""The twelve tasks through the real executor (``Agent.execute``: validation, LangGraph, artifact
store) with the built-in tools on the tiny profile; outputs checked as real files."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import numpy as np
import pytest
import unison_tools
from PIL import Image

from unison_agent.agent import Agent
from unison_agent.contracts.registry import registry_from
from unison_agent.runtime.media import load_video, write_mp4

S = {"num_inference_steps": 2, "seed": 1}


@pytest.fixture
def files(tmp_path: Path) -> dict[str, str]:
    rng = np.random.default_rng(0)
    img = tmp_path / "photo.png"
    Image.fromarray(rng.integers(0, 255, (32, 48, 3), dtype=np.uint8)).save(img)
    mask = tmp_path / "mask.png"
    arr = np.zeros((32, 48), np.uint8)
    arr[8:24, 12:36] = 255
    Image.fromarray(arr, "L").save(mask)
    clip = tmp_path / "clip.mp4"
    write_mp4([rng.integers(0, 255, (32, 32, 3), dtype=np.uint8) for _ in range(5)], clip, fps=8)
    return {"image": str(img), "mask": str(mask), "video": str(clip)}


@pytest.fixture
def agent(tiny_config: Any, tiny_pool: Any):
    with Agent(registry=registry_from(unison_tools.register_tools), config=tiny_config, pool=tiny_pool) as a:
        yield a


# (task, tool, args, attachments, expected): expected is ("image", w, h), ("video", w, h, frames) or ("text",)
CASES: list[tuple[str, str, dict[str, Any], list[str], tuple[Any, ...]]] = [
    ("text_understanding", "vqa", {"question": "Name a colour."}, [], ("text",)),
    ("image_understanding", "vqa", {"question": "What is shown?", "image": "$input.0"}, ["image"], ("text",)),
    ("video_understanding", "vqa", {"question": "What happens?", "video": "$input.0"}, ["video"], ("text",)),
    ("text_to_image", "image_gen", {"prompt": "a fox", "width": 36, "height": 20, **S}, [], ("image", 32, 16)),
    ("text_to_video", "video_gen", {"prompt": "rain", "width": 32, "height": 32, "num_frames": 6, **S}, [],
     ("video", 32, 32, 5)),
    ("image_edit", "edit", {"prompt": "make it night", "image": "$input.0", "mask": "$input.1", **S},
     ["image", "mask"], ("image", 48, 32)),
    ("image_control", "image_gen", {"prompt": "a castle", "control": "$input.0", **S}, ["image"], ("image", 48, 32)),
    ("image_reference", "image_gen", {"prompt": "this toy on a beach", "reference": ["$input.0"], "width": 32,
                                      "height": 32, **S}, ["image"], ("image", 32, 32)),
    ("image_to_video", "video_gen", {"prompt": "it flies away", "first_frame": "$input.0", "num_frames": 5, **S},
     ["image"], ("video", 48, 32, 5)),
    ("video_reference", "video_gen", {"prompt": "this toy dancing", "reference": "$input.0", "width": 32,
                                      "height": 32, "num_frames": 5, **S}, ["image"], ("video", 32, 32, 5)),
    ("video_edit", "edit", {"prompt": "make it snow", "video": "$input.0", **S}, ["video"], ("video", 32, 32, 5)),
    ("video_control", "video_gen", {"prompt": "a dancer", "control": "$input.0", "num_frames": 9, **S}, ["video"],
     ("video", 32, 32, 9)),
]


@pytest.mark.parametrize(("task", "tool", "args", "attach", "expected"), CASES, ids=[c[0] for c in CASES])
def test_task_through_the_executor(agent, files, task, tool, args, attach, expected):
    request = f"test {task} " + " ".join(f"###{files[a]}###" for a in attach)
    result = agent.execute({"steps": [{"id": "s0", "task": task, "tool": tool, "args": args}]}, request)
    assert result.ok, result.steps[0].error
    art = result.steps[0].outputs[0]
    assert art.kind == expected[0] and Path(art.path).is_file()
    assert Path(art.path).resolve().is_relative_to(agent.store.root)
    assert art.metadata.get("noise") is True and art.metadata["task"] == task
    if expected[0] == "image":
        with Image.open(art.path) as img:
            assert img.format == "PNG" and img.size == expected[1:]
    elif expected[0] == "video":
        frames, fps = load_video(art.path)
        assert (frames[0].size, len(frames)) == (expected[1:3], expected[3])
        assert fps == pytest.approx(art.metadata["fps"], rel=0.01)
    else:
        assert isinstance(result.answer, str)


def test_chained_plan_generate_animate_describe(agent):
    plan = {"steps": [
        {"id": "img", "task": "text_to_image", "tool": "image_gen",
         "args": {"prompt": "a dragon", "width": 32, "height": 32, **S}},
        {"id": "vid", "task": "image_to_video", "tool": "video_gen",
         "args": {"prompt": "the dragon flies", "first_frame": "$img", "num_frames": 5, **S}},
        {"id": "ask", "task": "video_understanding", "tool": "vqa", "args": {"question": "What flies?", "video": "$vid"}},
    ]}
    events: list[Any] = []
    result = agent.execute(plan, "make a dragon, then animate it, then describe it", on_event=events.append)
    assert result.ok and [s.status for s in result.steps] == ["succeeded"] * 3
    video = result.steps[1].outputs[0]
    assert video.metadata["snapped"] == {"width": 32, "height": 32, "num_frames": 5}
    # diffusion steps reach the executor's progress channel: 2 steps -> 0.5 and 1.0 (after the 0.0 start)
    fractions = [e["fraction"] for e in events if e["event"] == "progress" and e["step"] == "img"]
    assert 0.5 in fractions and fractions[-1] == 1.0 and fractions == sorted(fractions)
