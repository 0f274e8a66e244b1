"""A process that imports the CLI once and then forks one real ``unison`` process per request.

The kill -9 test needs 40 CLI processes (20 killed runs, 20 resumes); importing torch,
transformers and LangGraph in each would take most of the suite's time budget on 2 cores.
A forked child is a real, separate process running ``unison_agent.cli.main`` with its own
argv, environment, working folder and stdout/stderr files, so SIGKILL hits it exactly as it
would hit ``unison`` started from a shell. Only imports happen before the fork (no threads, no
open databases), which keeps forking safe.

Protocol: one JSON request per line on stdin, one JSON answer per line on stdout.
``{"op": "start", "argv": [...], "env": {...}, "cwd": ..., "stdout": path, "stderr": path}``
-> ``{"pid": N}``; ``{"op": "wait", "pid": N}`` -> ``{"pid": N, "rc": exit code, or -signal}``.
"""

from __future__ import annotations

import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path[:0] = [os.path.dirname(HERE), os.path.dirname(os.path.dirname(HERE))]

# what every run needs, imported once (fork shares it)
import fixtures.executor  # noqa: E402, F401  (the test tools and scripted planner)
import langgraph.checkpoint.sqlite  # noqa: E402, F401
import torch  # noqa: E402, F401  (the model pool asks it about devices: 2 s to import)

from unison_agent.agent import Agent  # noqa: E402, F401
from unison_agent.cli import main  # noqa: E402


def child(req: dict[str, object]) -> None:
    out = os.open(str(req["stdout"]), os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
    err = os.open(str(req["stderr"]), os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
    os.dup2(out, 1)
    os.dup2(err, 2)
    os.close(out)
    os.close(err)
    os.environ.update(req["env"])  # type: ignore[arg-type]
    os.chdir(str(req["cwd"]))
    rc = 1
    try:
        rc = main(list(req["argv"]))  # type: ignore[call-overload]
    finally:
        sys.stdout.flush()
        sys.stderr.flush()
        os._exit(rc)


def serve() -> None:
    for line in sys.stdin:
        req = json.loads(line)
        if req["op"] == "start":
            sys.stdout.flush()
            pid = os.fork()
            if pid == 0:
                child(req)
            answer: dict[str, int] = {"pid": pid}
        else:
            _, status = os.waitpid(int(req["pid"]), 0)
            answer = {"pid": int(req["pid"]), "rc": os.waitstatus_to_exitcode(status)}
        sys.stdout.write(json.dumps(answer) + "\n")
        sys.stdout.flush()


if __name__ == "__main__":
    serve()
