"""``unison execute`` in a real subprocess: Ctrl-C mid-plan, then the same command resumes."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

from fixtures.executor import calls, steps

TESTS = Path(__file__).parent
CLI = "import sys; from unison_agent.cli import main; sys.exit(main(sys.argv[1:]))"


def finished(events: list[dict], step: str) -> bool:
    return any(e.get("event") == "finished" and e.get("step") == step for e in list(events))


def test_ctrl_c_then_the_same_command_resumes(tmp_path: Path) -> None:
    plan = steps(("first", "text_to_image", "make_image", {"prompt": "first"}),
                 ("second", "text_to_image", "sleep_image", {"prompt": "second", "seconds": 60}),
                 ("edit", "image_edit", "brighten", {"prompt": "b", "image": "$first"}))
    plan["steps"][1]["after"] = ["first"]
    plan_file = tmp_path / "plan.json"
    plan_file.write_text(json.dumps(plan))
    log = tmp_path / "calls.log"
    env = {**os.environ, "EXEC_CALL_LOG": str(log), "UNISON_HOME": str(tmp_path / "home"), "UNISON_PROFILE": "tiny",
           "PYTHONPATH": os.pathsep.join([str(TESTS), str(TESTS.parent)])}
    args = [sys.executable, "-c", CLI, "execute", str(plan_file), "--text", "go", "--session", "cli-resume",
            "--json", "--agent-factory", "fixtures.executor:cli_agent"]
    proc = subprocess.Popen(args, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    events: list[dict] = []
    reader = threading.Thread(target=lambda: events.extend(json.loads(line) for line in proc.stdout if line.startswith("{")),  # type: ignore[union-attr]
                              daemon=True)
    reader.start()
    try:
        deadline = time.time() + 60
        # Ctrl-C only once the parallel edit has finished (its result is journalled before "finished" is sent):
        # a step cut mid-run rightly runs again on resume.
        while ("sleep_image", "second") not in calls(log) or not finished(events, "edit"):
            assert proc.poll() is None, proc.communicate()[1]
            assert time.time() < deadline
            time.sleep(0.05)
        proc.send_signal(signal.SIGINT)
        proc.wait(timeout=20)
        reader.join(timeout=5)
        err = proc.stderr.read()  # type: ignore[union-attr]
    finally:
        if proc.poll() is None:
            proc.kill()
    assert proc.returncode == 130 and "--session cli-resume to resume" in err, (proc.returncode, err[-3000:])
    done = subprocess.run(args, env={**env, "EXEC_SLEEP_MAX": "0.05"}, capture_output=True, text=True, timeout=120,
                          check=False)
    assert done.returncode == 0, done.stderr
    final = json.loads(done.stdout.splitlines()[-1])
    assert final["event"] == "done" and final["result"]["status"] == "ok"
    ran = calls(log)
    assert ran.count(("make_image", "first")) == 1 and ran.count(("brighten", "edit")) == 1
