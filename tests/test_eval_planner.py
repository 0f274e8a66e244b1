"""Evaluation harness: scoring rules (checked against the shared scorer when present), media, batch."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from fixtures.planner import ScriptedPlanner

from unison_agent.contracts.registry import Registry
from unison_agent.planner.evaluation import evaluate, format_report, materialize, meta_ok, plan_record, score

SHARED_SCORER = Path(__file__).resolve().parents[2] / "shared" / "eval" / "score.py"

GOLD = [
    {"id": "a", "text": "a 480P fox", "gold": [{"task": "text_to_image", "height": 480}], "parallel": False},
    {"id": "b", "text": "###x.png### animate", "gold": [{"task": "image_to_video", "first_frame": 0, "seconds": 2}],
     "parallel": False},
    {"id": "c", "text": "dragon then animate", "gold": [{"task": "text_to_image"}, {"task": "image_to_video", "first_frame": "s0"}],
     "parallel": False},
    {"id": "d", "text": "cat and dog", "gold": [{"task": "text_to_image"}, {"task": "text_to_video", "orient": "portrait"}],
     "parallel": True},
    {"id": "e", "text": "?", "gold": [{"task": "text_understanding"}], "parallel": False},
]


def _s(sid: str, task: str, **args: object) -> dict[str, object]:
    return {"id": sid, "task": task, "tool": "t", "args": args}


PRED = [
    {"id": "a", "plan": {"steps": [_s("s0", "text_to_image", width=832, height=480)]}, "seconds": 0.1, "tokens": 10},
    {"id": "b", "plan": {"steps": [_s("s0", "image_to_video", first_frame="$input.0", num_frames=33, fps=16)]}, "seconds": 0.3},
    {"id": "c", "plan": {"steps": [_s("x", "text_to_image"), _s("y", "image_to_video", first_frame="$x")]}, "seconds": 0.2},
    {"id": "d", "plan": {"steps": [_s("s0", "text_to_video", width=480, height=832), _s("s1", "text_to_image")]}, "seconds": 0.2},
    {"id": "e", "error": {"message": "no", "details": []}, "seconds": 0.05},
]


def test_score_rules() -> None:
    m = score(GOLD, PRED)
    assert m.records == 5 and m.errors == 1
    assert m.task == pytest.approx(4 / 5) and m.exact == pytest.approx(4 / 5)
    assert m.roles == 1.0 and m.roles_of == 2 and m.meta == 1.0 and m.meta_of == 3
    assert m.multi_step_exact == 1.0 and m.multi_of == 2
    assert m.valid_plan_rate == pytest.approx(0.8)
    assert m.latency_p50_s == 0.2 and m.latency_p95_s == 0.3 and m.tokens_per_plan == 10
    assert "exact 80.0%" in format_report(m)


def test_meta_tolerances() -> None:
    assert meta_ok({"height": 480}, {"width": 832, "height": 490})
    assert not meta_ok({"height": 480}, {"width": 480, "height": 832}), "NP means landscape unless told"
    assert meta_ok({"ratio": 16 / 9}, {"width": 848, "height": 480})
    assert not meta_ok({"seconds": 2}, {"num_frames": 33})  # no fps
    assert meta_ok({"frames": 81}, {"num_frames": 77}) and not meta_ok({"frames": 81}, {"num_frames": 76})


def test_wrong_order_fails_sequential_but_not_parallel() -> None:
    gold = [dict(GOLD[3], parallel=False)]
    assert score(gold, [PRED[3]]).task == 0.0
    assert score([GOLD[3]], [PRED[3]]).task == 1.0


@pytest.mark.skipif(not SHARED_SCORER.is_file(), reason="shared scorer not present")
def test_agrees_with_shared_scorer(tmp_path: Path) -> None:
    g, p = tmp_path / "g.jsonl", tmp_path / "p.jsonl"
    g.write_text("".join(json.dumps(x) + "\n" for x in GOLD))
    p.write_text("".join(json.dumps(x) + "\n" for x in PRED))
    out = subprocess.run([sys.executable, str(SHARED_SCORER), str(g), str(p)], capture_output=True, text=True, check=True)
    m = score(GOLD, PRED)
    assert f"exact {100 * m.exact:.1f}%" in out.stdout
    assert f"task {100 * m.task:.1f}%" in out.stdout
    assert f"meta {100 * (m.meta or 0):.1f}%" in out.stdout


def test_materialize_makes_real_media(tmp_path: Path) -> None:
    from unison_agent.runtime.media import detect_kind

    recs = materialize([{"id": "r1", "text": "###a.png### and ###b.mp4###"}], tmp_path)
    paths = [s.split("###")[0] for s in recs[0]["text"].split("###")[1::2]]
    assert [detect_kind(Path(p)) for p in paths] == ["image", "video"]


def test_plan_record_never_raises(planner_registry: Registry, tmp_path: Path) -> None:
    planner = ScriptedPlanner(fail_on="boom")
    ok = plan_record(planner, {"id": 1, "text": "hello"}, registry=planner_registry)
    assert "plan" in ok and ok["tokens"] == 7
    assert "error" in plan_record(planner, {"id": 2, "text": "boom"}, registry=planner_registry)
    missing = plan_record(planner, {"id": 3, "text": "x", "attachments": [str(tmp_path / "no.png")]}, registry=planner_registry)
    assert "no.png" in missing["error"]["message"]
    assert "text" in plan_record(planner, {"id": 4}, registry=planner_registry)["error"]["message"]


def test_evaluate_end_to_end(planner_registry: Registry, tmp_path: Path) -> None:
    data = tmp_path / "dev.jsonl"
    data.write_text(json.dumps({"id": "q", "text": "###img.png### what is it?", "gold": [
        {"task": "image_understanding", "source": 0}], "parallel": False}) + "\n")
    plan = {"steps": [{"id": "s0", "task": "image_understanding", "tool": "vqa",
                       "args": {"question": "what", "image": "$input.0"}}]}
    metrics, preds = evaluate(data, ScriptedPlanner([plan]), registry=planner_registry)
    assert metrics.exact == 1.0 and metrics.roles == 1.0 and preds[0]["plan"]
