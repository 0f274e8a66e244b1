"""Bad media, caps, semantic checks and missing models: clear errors from the built-in tools."""

from __future__ import annotations

from pathlib import Path

import pytest
import unison_tools
from unison_tools import Edit, ImageGen, VideoGen, Vqa

from unison_agent.contracts.errors import ModelNotFoundError, RequestError, ToolArgumentError
from unison_agent.contracts.registry import registry_from
from unison_agent.contracts.validate import plan_issues

S = {"num_inference_steps": 2, "seed": 0}


def test_corrupt_image_names_the_file(run_tool, tool_store):
    bad = tool_store.put_bytes(b"\x89PNG\r\n\x1a\n" + b"garbage" * 20, kind="image", suffix=".png")
    with pytest.raises(RequestError, match="cannot be decoded") as info:
        run_tool(Edit(), "image_edit", {"prompt": "x", **S}, image=bad)
    assert str(bad.path) in str(info.value)


def test_corrupt_video(run_tool, tool_store):
    bad = tool_store.put_bytes(b"\x00\x00\x00\x18ftypmp42" + b"\x00" * 64, kind="video", suffix=".mp4")
    with pytest.raises(RequestError, match=r"cannot be decoded|no frames"):
        run_tool(Vqa(), "video_understanding", {"question": "what?"}, video=bad)


def test_wrong_kind_by_content_not_extension(run_tool, make_video, tool_store):
    clip = make_video(32, 32, 5)
    renamed = tool_store.put_bytes(Path(clip.path).read_bytes(), kind="image", suffix=".png")
    with pytest.raises(ToolArgumentError, match=r"`image` expects an image, but .* is a video"):
        run_tool(Edit(), "image_edit", {"prompt": "x", **S}, image=renamed)


def test_mask_size_mismatch(run_tool, make_image):
    with pytest.raises(ToolArgumentError, match=r"is 48x32, but the image .* is 32x32; a mask must have"):
        run_tool(Edit(), "image_edit", {"prompt": "x", **S}, image=make_image(32, 32),
                 mask=make_image(48, 32, mode="L"))


def test_mask_video_length_mismatch(run_tool, make_video):
    with pytest.raises(ToolArgumentError, match="has 9 frames, but the video"):
        run_tool(Edit(), "video_edit", {"prompt": "x", **S}, video=make_video(32, 32, 5),
                 mask=make_video(32, 32, 9, seed=2))


def test_input_caps_from_tool_options(run_tool, make_image, tiny_config):
    tiny_config.tools["edit"].options["max_input_side"] = 40
    with pytest.raises(ToolArgumentError, match=r"64x32; the largest side allowed is 40 \(tools.edit.options"):
        run_tool(Edit(), "image_edit", {"prompt": "x", **S}, image=make_image(64, 32))


def test_input_frame_cap(run_tool, make_video, tiny_config):
    tiny_config.tools["vqa"].options["max_input_frames"] = 4
    with pytest.raises(ToolArgumentError, match="more than 4 frames"):
        run_tool(Vqa(), "video_understanding", {"question": "what?"}, video=make_video(32, 32, 9))


def test_output_caps_from_policy(run_tool, tiny_config):
    config = tiny_config.model_copy(update={"policy": tiny_config.policy.model_copy(update={"max_width": 64})})
    run_tool.config = config
    with pytest.raises(ToolArgumentError, match="`width` is 128; the policy allows 16 to 64"):
        run_tool(ImageGen(), "text_to_image", {"prompt": "x", "width": 128, "height": 32, **S})


def test_semantic_checks_reach_the_validator():
    registry = registry_from(unison_tools.register_tools)
    plan = {"steps": [
        {"id": "a", "task": "image_edit", "tool": "edit",
         "args": {"prompt": "x", "image": "$input.0", "num_frames": 9}},
        {"id": "b", "task": "image_reference", "tool": "image_gen",
         "args": {"prompt": "x", "reference": ["$input.0"] * 4}},
        {"id": "c", "task": "image_understanding", "tool": "vqa",
         "args": {"question": "x", "image": "$input.0", "video": "$input.1"}},
    ]}
    issues = {i.pointer: i.message for i in plan_issues(plan, registry, attachments=["image", "video"])}
    assert "does not apply to image_edit" in issues["/steps/0/args/num_frames"]
    assert "at most 3 reference images" in issues["/steps/1/args/reference"]
    assert "/steps/2/args/video" in issues


def test_schemas_carry_roles_and_meta():
    registry = registry_from(unison_tools.register_tools)
    assert registry.get("video_gen").media_args() == {
        "first_frame": ("image",), "last_frame": ("image",), "reference": ("image", "video"), "control": ("video",)}
    assert registry.get("edit").output_kind("video_edit") == "video"
    meta = registry.get("image_gen").definition().meta
    assert meta is not None and (meta.size_multiple, meta.frame_step, meta.default_width) == (16, 4, 832)
    assert VideoGen().check({"num_frames": 1}, "image_to_video")


def test_missing_model_through_a_tool(run_tool, tiny_config, tiny_pool, monkeypatch, tmp_path):
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    tiny_config.tools["image_gen"].model = str(tmp_path / "no" / "wan")
    with pytest.raises(ModelNotFoundError, match=r"tools\.image_gen\.model") as info:
        run_tool(ImageGen(), "text_to_image", {"prompt": "x", "width": 32, "height": 32, **S})
    assert str(tmp_path / "no" / "wan") in str(info.value)
    tiny_config.tools["vqa"].model = "Qwen/not-a-real-model"
    with pytest.raises(ModelNotFoundError, match="huggingface-cli download Qwen/not-a-real-model"):
        run_tool(Vqa(), "text_understanding", {"question": "x"})


def test_real_loading_code_from_a_local_directory(tmp_path, tiny_config, run_tool):
    """The non-tiny path (``from_pretrained`` of a local directory) on tiny weights saved to disk."""
    from unison_agent.runtime.tiny.wan import build_wan_vace_pipeline

    build_wan_vace_pipeline(seed=0).save_pretrained(tmp_path / "wan")
    tiny_config.tools["image_gen"].model = str(tmp_path / "wan")
    art = run_tool(ImageGen(), "text_to_image", {"prompt": "x", "width": 32, "height": 32, **S})
    assert art.metadata["model"] == str(tmp_path / "wan") and "noise" not in art.metadata
    assert art.metadata["backend"] == "WanVACEPipeline"
