"""Sessions: multi-turn history and turn references, persistence in SQLite, and resuming a
turn whose process was killed (a real subprocess, SIGKILL)."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path
from typing import Any

import pytest
from fixtures.executor import ScriptedPlanner, calls, steps
from PIL import Image

from unison_agent.contracts.errors import PlannerError
from unison_agent.contracts.history import History
from unison_agent.contracts.request import Request

TESTS = Path(__file__).parent
REPO = TESTS.parent


def brightness(path: str) -> float:
    with Image.open(path) as img:
        data = list(img.convert("L").getdata())
    return sum(data) / len(data)


def multi_turn_planner() -> ScriptedPlanner:
    def brighter(request: Request, history: History) -> dict[str, Any]:
        assert len(history) >= 1  # the planner sees the earlier turns
        return steps(("s0", "image_edit", "brighten", {"prompt": request.text, "image": "$turn.-1"}))

    return ScriptedPlanner({
        "a dark square": steps(("s0", "text_to_image", "make_image", {"prompt": "dark"})),
        "now make it brighter": brighter,
        "animate the first one": steps(("s0", "image_to_video", "make_video",
                                        {"prompt": "move", "first_frame": "$turn.0.s0.image"})),
        "what size is the video?": steps(("q", "video_understanding", "describe",
                                          {"question": "size", "video": "$turn.-1"})),
    })


def test_turns_see_history_and_reference_earlier_turns(make_agent: Any) -> None:
    planner = multi_turn_planner()
    agent = make_agent(planner)
    first = agent.run("a dark square", session="chat")
    second = agent.run("now make it brighter", session="chat")
    assert second.turn == 1 and second.ok
    assert brightness(second.artifacts[0].path) > brightness(first.artifacts[0].path)
    text, seen = planner.seen[1]
    assert text == "now make it brighter" and len(seen) == 1 and seen.turns[0].outputs["s0"][0].kind == "image"
    third = agent.run("animate the first one", session="chat")
    assert third.artifacts[0].kind == "video"
    assert agent.history("chat").turns[2].plan["steps"][0]["args"]["first_frame"] == "$turn.0.s0.image"
    other = agent.run("a dark square", session="elsewhere")
    assert other.turn == 0  # sessions do not share history


def test_history_survives_a_new_agent_on_the_same_home(make_agent: Any) -> None:
    agent = make_agent(multi_turn_planner())
    agent.run("a dark square", session="p")
    agent.run("animate the first one", session="p")
    agent.close()
    again = make_agent(multi_turn_planner())
    assert len(again.history("p")) == 2
    answer = again.run("what size is the video?", session="p")
    assert answer.answer == "a video of 32x24" and answer.turn == 2
    assert "p" in again.sessions()


def test_turn_reference_to_a_missing_turn_is_refused(make_agent: Any) -> None:
    planner = ScriptedPlanner({"brighter": steps(("s0", "image_edit", "brighten", {"prompt": "b", "image": "$turn.-1"}))})
    with pytest.raises(Exception, match="turn that does not exist"):
        make_agent(planner).run("brighter", session="empty")


def test_unfinished_turn_resumes_for_the_same_request_and_is_dropped_for_another(make_agent: Any) -> None:
    attempts = {"n": 0}

    def flaky(request: Request, history: History) -> dict[str, Any]:
        attempts["n"] += 1
        if attempts["n"] == 1:
            raise PlannerError("planner crashed")
        return steps(("s0", "text_to_image", "make_image", {"prompt": "ok"}))

    planner = ScriptedPlanner({"flaky": flaky, "plain": steps(("s0", "text_to_image", "make_image", {"prompt": "p"}))})
    agent = make_agent(planner)
    with pytest.raises(PlannerError):
        agent.run("flaky", session="u")
    assert agent.graph.get_state({"configurable": {"thread_id": "u"}}).next == ("plan",)
    assert agent.run("flaky", session="u").ok  # same request: the unfinished turn resumes
    attempts["n"] = 0
    with pytest.raises(PlannerError):
        agent.run("flaky", session="v")
    result = agent.run("plain", session="v")  # another request replaces the unfinished turn
    assert result.ok and result.turn == 0 and len(agent.history("v")) == 1


SCRIPT = textwrap.dedent("""
    import json, sys
    sys.path.insert(0, {tests!r})
    from fixtures.executor import executor_registry, steps
    from unison_agent.agent import Agent
    from unison_agent.config import load_config

    config = load_config(profile="tiny", env={{}}, overrides={{"home": {home!r}}})
    plan = steps(
        ("first", "text_to_image", "make_image", {{"prompt": "first"}}),
        ("second", "text_to_image", "sleep_image", {{"prompt": "second", "seconds": 60}}),
        ("edit", "image_edit", "brighten", {{"prompt": "b", "image": "$first"}}),
    )
    plan["steps"][1]["after"] = ["first"]
    with Agent(None, registry=executor_registry(), config=config) as agent:
        result = agent.execute(plan, "three steps", session="killme")
        print(json.dumps(result.model_dump(mode="json")))
""")


def test_killed_process_resumes_without_rerunning_finished_steps(tmp_path: Path) -> None:
    home, log = tmp_path / "home", tmp_path / "calls.log"
    script = tmp_path / "run.py"
    script.write_text(SCRIPT.format(tests=str(TESTS), home=str(home)))
    env = {**os.environ, "EXEC_CALL_LOG": str(log), "PYTHONPATH": str(REPO)}
    proc = subprocess.Popen([sys.executable, str(script)], env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        deadline = time.time() + 60
        # "second" starts only after "first" is committed to the checkpoint
        while ("sleep_image", "second") not in calls(log):
            assert proc.poll() is None, proc.stderr.read().decode() if proc.stderr else ""
            assert time.time() < deadline, "the first step never finished"
            time.sleep(0.05)
        images = sorted((home / "artifacts" / "objects").rglob("*.png"))
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=10)
    finally:
        if proc.poll() is None:
            proc.kill()
    assert proc.returncode == -signal.SIGKILL
    done = subprocess.run([sys.executable, str(script)], env={**env, "EXEC_SLEEP_MAX": "0.05"},
                          capture_output=True, text=True, timeout=120, check=False)
    assert done.returncode == 0, done.stderr
    result = json.loads(done.stdout.strip().splitlines()[-1])
    assert result["status"] == "ok" and result["turn"] == 0
    ran = calls(log)
    assert ran.count(("make_image", "first")) == 1  # not run again
    assert ran.count(("sleep_image", "second")) == 2  # killed mid-run, so run again
    first = next(s for s in result["steps"] if s["id"] == "first")
    assert Path(first["outputs"][0]["path"]) in images  # the artifact from before the kill is reused


def test_stream_yields_events_and_session_handle_continues(make_agent: Any) -> None:
    agent = make_agent(multi_turn_planner())
    events = list(agent.stream("a dark square", session="st"))
    assert events[0]["event"] == "planned" and events[-1]["event"] == "done"
    assert events[-1]["result"]["status"] == "ok" and all(e["session"] == "st" for e in events)
    chat = agent.session("st")
    assert chat.run("now make it brighter").turn == 1
    assert len(chat.history) == 2
