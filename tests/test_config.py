from __future__ import annotations

from pathlib import Path

import pytest

from unison_agent.config import load_config
from unison_agent.contracts.errors import UserError


def test_layers_profile_file_env(tmp_path: Path) -> None:
    cfg_file = tmp_path / "unison.toml"
    cfg_file.write_text('profile = "tiny"\ndevice = "cpu"\n[policy]\nmax_frames = 49\n[tools.image_gen]\nmodel = "/models/wan"\n')
    cfg = load_config(cfg_file, env={"UNISON_HOME": str(tmp_path / "home")})
    assert cfg.profile == "tiny" and cfg.device == "cpu"
    assert cfg.policy.max_frames == 49
    assert cfg.tool("image_gen").model == "/models/wan"
    assert cfg.artifact_root == tmp_path / "home" / "artifacts"


def test_yaml_file(tmp_path: Path) -> None:
    f = tmp_path / "c.yaml"
    f.write_text("planner: lm\nplanner_options:\n  model: /x\n")
    cfg = load_config(f, env={})
    assert cfg.planner == "lm" and cfg.planner_options == {"model": "/x"}


def test_errors_name_file_field_and_value(tmp_path: Path) -> None:
    f = tmp_path / "bad.toml"
    f.write_text("memory_budget_gb = -3\n")
    with pytest.raises(UserError, match=r"bad.toml.*`memory_budget_gb`.*-3"):
        load_config(f, env={})
    with pytest.raises(UserError, match="'huge' is not a known profile"):
        load_config(profile="huge", env={})
    with pytest.raises(UserError, match="does not exist"):
        load_config(tmp_path / "missing.toml", env={})
    broken = tmp_path / "broken.toml"
    broken.write_text("this is = = not toml")
    with pytest.raises(UserError, match="cannot be parsed"):
        load_config(broken, env={})
