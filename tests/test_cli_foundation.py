from __future__ import annotations

import json
from pathlib import Path

import pytest

from unison_agent.cli import main
from unison_agent.contracts import registry as registry_module
from unison_agent.contracts.registry import Registry


@pytest.fixture
def cli_registry(fake_registry: Registry, monkeypatch: pytest.MonkeyPatch) -> Registry:
    monkeypatch.setattr(registry_module, "_default", fake_registry)
    return fake_registry


def test_tools_json_lists_schemas(cli_registry: Registry, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["tools", "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    names = [t["name"] for t in out["tools"]]
    assert names == ["image_gen", "video_gen", "vqa", "edit"]
    assert out["tools"][0]["parameters"]["properties"]["prompt"]["type"] == "string"


def test_tools_table(cli_registry: Registry, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["tools"]) == 0
    assert "image_gen" in capsys.readouterr().out


def test_validate_ok_and_errors(cli_registry: Registry, tmp_path: Path, media_dir: Path,
                                capsys: pytest.CaptureFixture[str]) -> None:
    plan = tmp_path / "plan.json"
    plan.write_text(json.dumps({"steps": [
        {"id": "s0", "task": "image_understanding", "tool": "vqa", "args": {"question": "?", "image": "$input.0"}}]}))
    req = media_dir / "req.json"
    req.write_text(json.dumps({"text": "###cat.png### what is this?"}))
    assert main(["validate", str(plan), "--request", str(req)]) == 0
    assert "plan is valid" in capsys.readouterr().out

    req.write_text(json.dumps({"text": "###clip.mp4### what is this?"}))
    assert main(["validate", str(plan), "--request", str(req)]) == 1
    err = capsys.readouterr().err
    assert err.startswith("Error: plan is invalid") and "expects image, but $input.0 is a video" in err
    assert "Traceback" not in err

    assert main(["validate", str(plan), "--request", str(req), "--json"]) == 1
    assert json.loads(capsys.readouterr().out)["issues"][0]["code"] == "kind_mismatch"


def test_validate_bad_files_are_one_line_errors(cli_registry: Registry, tmp_path: Path,
                                                capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["validate", str(tmp_path / "none.json")]) == 1
    assert "plan file" in capsys.readouterr().err
    bad = tmp_path / "bad.json"
    bad.write_text("{not json")
    assert main(["validate", str(bad)]) == 1
    assert "is not JSON: line 1" in capsys.readouterr().err
    plan = tmp_path / "p.json"
    plan.write_text('{"steps": [{"id": "s0", "task": "text_to_image", "tool": "image_gen", "args": {"prompt": "x"}}]}')
    req = tmp_path / "r.json"
    req.write_text('{"text": "###gone.png### hi"}')
    assert main(["validate", str(plan), "--request", str(req)]) == 1
    assert "gone.png" in capsys.readouterr().err
    req.write_text('{"txt": "hi"}')
    assert main(["validate", str(plan), "--request", str(req)]) == 1
    assert "'text' is a required property" in capsys.readouterr().err


def test_validate_uses_the_configured_policy(cli_registry: Registry, tmp_path: Path,
                                             capsys: pytest.CaptureFixture[str]) -> None:
    plan = tmp_path / "p.json"
    plan.write_text('{"steps": [{"id": "s0", "task": "text_to_image", "tool": "image_gen", '
                    '"args": {"prompt": "x", "width": 1024}}]}')
    assert main(["validate", str(plan)]) == 0
    cfg = tmp_path / "c.toml"
    cfg.write_text("[policy]\nmax_width = 512\n")
    assert main(["validate", str(plan), "--config", str(cfg)]) == 1
    assert "`width` is 1024; the policy allows 16 to 512" in capsys.readouterr().err
