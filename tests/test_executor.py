"""The executor graph with real tools on disk and real SQLite: concurrency, dataflow order,
failure semantics, retries, timeouts, cancellation, and the artifact-root boundary."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from fixtures.executor import calls, steps
from langgraph.types import RetryPolicy
from PIL import Image

from unison_agent.contracts.errors import PlanValidationError
from unison_agent.contracts.request import parse_request
from unison_agent.executor import ExecutorSettings, new_turn_input
from unison_agent.executor.settings import is_transient

FAST_RETRY = RetryPolicy(initial_interval=0.01, backoff_factor=1.0, max_attempts=3, jitter=False, retry_on=is_transient)


def overlap(a: Any, b: Any) -> bool:
    return a.started_at < b.finished_at and b.started_at < a.finished_at


def test_independent_steps_run_at_the_same_time(make_agent: Any) -> None:
    agent = make_agent()
    plan = steps(("a", "text_to_image", "sleep_image", {"prompt": "a", "seconds": 0.4}),
                 ("b", "text_to_image", "sleep_image", {"prompt": "b", "seconds": 0.4}))
    result = agent.execute(plan, "make two images")
    assert result.status == "ok"
    assert overlap(result.step("a"), result.step("b"))


def test_a_step_starts_as_soon_as_its_own_references_resolve(make_agent: Any) -> None:
    agent = make_agent()
    # slack for a loaded machine (and Ray): fast + edit must end well inside slow's sleep
    plan = steps(("slow", "text_to_image", "sleep_image", {"prompt": "s", "seconds": 4.0}),
                 ("fast", "text_to_image", "sleep_image", {"prompt": "f", "seconds": 0.05}),
                 ("edit", "image_edit", "brighten", {"prompt": "p", "image": "$fast"}))
    result = agent.execute(plan, "x")
    edit, slow, fast = result.step("edit"), result.step("slow"), result.step("fast")
    assert edit.ok and edit.started_at >= fast.finished_at
    assert edit.finished_at < slow.finished_at  # did not wait for the unrelated slow step


def test_failure_skips_dependents_and_independent_steps_still_run(make_agent: Any, exec_call_log: Path) -> None:
    agent = make_agent()
    plan = steps(("bad", "text_to_image", "fail", {}),
                 ("anim", "image_to_video", "make_video", {"prompt": "v", "first_frame": "$bad"}),
                 ("ask", "video_understanding", "describe", {"question": "q", "video": "$anim"}),
                 ("good", "text_to_image", "make_image", {"prompt": "fine"}))
    result = agent.execute(plan, "x")
    assert result.status == "partial"
    assert [s.id for s in result.failed] == ["bad"]
    assert "cannot draw that" in (result.step("bad").error or "")
    assert result.step("anim").status == "skipped" and "'bad', which failed" in (result.step("anim").reason or "")
    assert result.step("ask").status == "skipped" and "'anim', which was skipped" in (result.step("ask").reason or "")
    assert [s.id for s in result.succeeded] == ["good"]
    assert Path(result.step("good").outputs[0].path).is_file()
    assert {tool for tool, _ in calls(exec_call_log)} == {"fail", "make_image"}
    assert "bad (fail:text_to_image) failed" in result.summary()


def test_transient_errors_are_retried_by_the_retry_policy(make_agent: Any) -> None:
    agent = make_agent(settings=ExecutorSettings(retry=FAST_RETRY))
    events: list[dict[str, Any]] = []
    result = agent.execute(steps(("s", "text_to_image", "fail", {"error": "transient", "succeed_after": 2})), "x",
                           on_event=events.append)
    assert result.step("s").ok and result.step("s").attempts == 3
    assert [e["attempt"] for e in events if e["event"] == "retrying"] == [1, 2]


def test_retries_stop_at_max_attempts(make_agent: Any) -> None:
    policy = FAST_RETRY._replace(max_attempts=2)
    agent = make_agent(settings=ExecutorSettings(retry=policy))
    result = agent.execute(steps(("s", "text_to_image", "fail", {"error": "transient", "succeed_after": 9})), "x")
    step = result.step("s")
    assert step.status == "failed" and step.attempts == 2 and "after 2 attempts" in (step.error or "")


def test_runtime_error_fails_at_once(make_agent: Any, exec_call_log: Path) -> None:
    agent = make_agent(settings=ExecutorSettings(retry=FAST_RETRY))
    result = agent.execute(steps(("s", "text_to_image", "fail", {"error": "runtime"})), "x")
    assert result.step("s").status == "failed" and "RuntimeError: the model crashed" in (result.step("s").error or "")
    assert len(calls(exec_call_log)) == 1


def test_step_timeout_fails_the_step_and_stops_the_tool(make_agent: Any, exec_call_log: Path) -> None:
    agent = make_agent(settings=ExecutorSettings(step_timeout=1.0))  # "quick" must finish inside it, even under load
    plan = steps(("slow", "text_to_image", "make_image", {"prompt": "s", "seconds": 10.0}),
                 ("quick", "text_to_image", "make_image", {"prompt": "q"}))
    result = agent.execute(plan, "x")
    slow = result.step("slow")
    assert slow.status == "failed" and "timeout" in (slow.error or "")
    assert result.step("quick").ok
    assert slow.finished_at - slow.started_at < 2.0


def test_cancel_keeps_finished_artifacts(make_agent: Any) -> None:
    agent = make_agent()
    plan = steps(("quick", "text_to_image", "make_image", {"prompt": "q"}),
                 ("slow", "text_to_image", "make_image", {"prompt": "s", "seconds": 5.0}),
                 ("edit", "image_edit", "brighten", {"prompt": "e", "image": "$slow"}))

    done: set[str] = set()

    def on_event(event: dict[str, Any]) -> None:
        # cancel once "quick" has finished and "slow" is running (on a loaded machine it may not have started yet)
        if event["event"] == "finished":
            done.add(event["step"])
        if event["event"] == "progress" and event["step"] == "slow" and "quick" in done:
            agent.cancel(event["session"])

    result = agent.execute(plan, "x", session="c1", on_event=on_event)
    assert result.cancelled
    assert result.step("quick").ok and Path(result.step("quick").outputs[0].path).is_file()
    slow = result.step("slow")
    assert slow.status == "cancelled" and slow.finished_at - slow.started_at < 3.0
    assert result.step("edit").status == "skipped"


def test_a_token_cancelled_before_the_turn_starts_cancels_it(make_agent: Any) -> None:
    """A caller's token (how the server cancels) works even when cancelled before anything runs;
    ``Agent.cancel`` alone would miss a turn that has not started yet."""
    from unison_agent.executor.steprun import CancelToken

    token = CancelToken()
    token.cancel()
    result = make_agent().execute(steps(("s", "text_to_image", "make_image", {"prompt": "p", "seconds": 5.0})),
                                  "x", session="early", cancel=token)
    assert result.cancelled and result.step("s").status == "cancelled"
    assert result.step("s").reason == "the run was cancelled before this step started"


def test_plugin_output_outside_the_root_is_refused(make_agent: Any) -> None:
    result = make_agent().execute(steps(("s", "text_to_image", "escape", {})), "x")
    assert result.step("s").status == "failed" and "outside the artifact root" in (result.step("s").error or "")


def test_artifact_reference_escaping_the_root_is_refused(make_agent: Any, exec_image: Path) -> None:
    agent = make_agent()
    art = agent.store.put_file(exec_image, kind="image")
    sidecar = Path(art.path).with_name(f"{art.id}.json")
    data = json.loads(sidecar.read_text())
    data["path"] = str(exec_image)  # a tampered record pointing outside the root
    sidecar.write_text(json.dumps(data))
    result = agent.execute(steps(("e", "image_edit", "brighten", {"prompt": "p", "image": f"$artifact.{art.id[:12]}"})), "x")
    assert result.step("e").status == "failed" and "outside the artifact root" in (result.step("e").error or "")


def test_artifact_reference_inside_the_store_resolves(make_agent: Any, exec_image: Path) -> None:
    agent = make_agent()
    art = agent.store.put_file(exec_image, kind="image")
    result = agent.execute(steps(("e", "image_edit", "brighten", {"prompt": "p", "image": f"$artifact.{art.id}"})), "x")
    assert result.step("e").ok


def test_inputs_are_copied_into_the_store_and_named_outputs_resolve(make_agent: Any, exec_image: Path) -> None:
    agent = make_agent()
    plan = steps(("e", "image_edit", "brighten", {"prompt": "p", "image": "$input.0"}),
                 ("q", "image_understanding", "describe", {"question": "size?", "image": "$e.image"}))
    result = agent.execute(plan, parse_request(f"###{exec_image}### brighter and describe"))
    assert result.answer == "a image of 40x30"
    out = Path(result.step("e").outputs[0].path)
    assert agent.store.root in out.parents
    with Image.open(out) as bright, Image.open(exec_image) as orig:
        assert sum(bright.convert("L").getdata()) > sum(orig.convert("L").getdata())


def test_invalid_plan_is_refused_before_anything_runs(make_agent: Any, exec_call_log: Path) -> None:
    agent = make_agent()
    bad = steps(("s", "text_to_image", "make_image", {"prompt": "p", "width": 10_000}),
                ("t", "image_edit", "brighten", {"prompt": "p", "image": "$input.0"}))
    with pytest.raises(PlanValidationError) as info:
        agent.execute(bad, "x")
    assert {i.pointer for i in info.value.issues} >= {"/steps/0/args/width", "/steps/1/args/image"}
    # the graph re-validates too: feed the bad plan straight into it
    config = {"configurable": {"thread_id": "raw"}}
    state = agent.graph.invoke(new_turn_input("raw", parse_request("x"), bad), config, durability="sync")
    assert state["result"]["status"] == "failed" and state["result"]["issues"]
    assert calls(exec_call_log) == []


def test_state_is_small_json(make_agent: Any) -> None:
    agent = make_agent()
    agent.execute(steps(("a", "text_to_image", "make_image", {"prompt": "a"}),
                        ("v", "image_to_video", "make_video", {"prompt": "v", "first_frame": "$a"})), "x", session="j")
    values = agent.graph.get_state({"configurable": {"thread_id": "j"}}).values
    text = json.dumps(values)  # raises if anything is not plain JSON
    assert len(text) < 20_000


def test_max_parallel_steps_serialises(make_agent: Any) -> None:
    agent = make_agent(settings=ExecutorSettings(max_parallel_steps=1))
    plan = steps(("a", "text_to_image", "sleep_image", {"prompt": "a", "seconds": 0.2}),
                 ("b", "text_to_image", "sleep_image", {"prompt": "b", "seconds": 0.2}))
    result = agent.execute(plan, "x")
    assert not overlap(result.step("a"), result.step("b"))


def test_progress_events_in_order(make_agent: Any) -> None:
    events: list[dict[str, Any]] = []
    make_agent().execute(steps(("v", "text_to_video", "make_video", {"prompt": "v", "num_frames": 4})), "x",
                         on_event=events.append)
    kinds = [e["event"] for e in events if e.get("step") == "v"]
    assert kinds[:2] == ["queued", "started"] and kinds[-1] == "finished"
    fractions = [e["fraction"] for e in events if e["event"] == "progress"]
    assert fractions == [0.25, 0.5, 0.75, 1.0]
    assert [e["event"] for e in events][:2] == ["planned", "validated"] and events[-1]["event"] == "done"
    assert events[-1]["result"]["status"] == "ok"


def test_concurrent_steps_storing_the_same_bytes(make_agent: Any) -> None:
    plan = {"steps": [{"id": f"n{i}", "task": "text_understanding", "tool": "noop", "args": {"question": str(i)}}
                      for i in range(12)]}
    result = make_agent().execute(plan, "x")
    assert result.status == "ok" and len({a.id for a in result.artifacts}) == 1


def test_settings_from_the_config_file(tmp_path: Path, exec_registry: Any) -> None:
    from unison_agent.agent import Agent
    from unison_agent.config import load_config
    from unison_agent.contracts.errors import UserError

    cfg_file = tmp_path / "unison.toml"
    cfg_file.write_text(f'home = "{tmp_path / "h"}"\n[executor]\nmax_attempts = 2\nretry_interval = 0.01\n'
                        'step_timeout = 30\napproval_tasks = ["image_to_video"]\n')
    with Agent(None, registry=exec_registry, config=load_config(cfg_file, profile="tiny", env={})) as agent:
        assert agent.settings.retry.max_attempts == 2 and agent.settings.step_timeout == 30.0
        assert agent.settings.approval is not None and agent.settings.approval.tasks == {"image_to_video"}
        assert "approve" in agent.graph.get_graph().nodes
    for bad in ('[executor]\nretries = 3\n', '[executor]\napproval_tasks = ["video_magic"]\n', '[executor]\nstep_timeout = -1\n'):
        cfg_file.write_text(bad)
        with pytest.raises(UserError, match=r"executor|step_timeout"):
            ExecutorSettings.from_config(load_config(cfg_file, profile="tiny", env={}))


def test_a_step_that_succeeded_before_a_kill_is_not_run_again(make_agent: Any, exec_call_log: Path) -> None:
    """A step's result is kept the moment it succeeds (before "finished"); a resumed turn whose
    checkpoint write was lost takes it from there instead of running the tool again."""
    from unison_agent.contracts.plan import Plan
    from unison_agent.executor.results import StepResult
    from unison_agent.executor.steprun import StepJournal

    agent = make_agent()
    plan = steps(("a", "text_to_image", "make_image", {"prompt": "kept"}),
                 ("b", "image_edit", "brighten", {"prompt": "e", "image": "$a"}))
    import io

    png = io.BytesIO()
    Image.new("RGB", (8, 8), (1, 2, 3)).save(png, format="PNG")
    art = agent.store.put_bytes(png.getvalue(), kind="image", suffix=".png", name="image")
    kept = StepResult(id="a", tool="make_image", task="text_to_image", status="succeeded", outputs=[art])
    journal = StepJournal(agent.turns, "kept", 0)
    journal.save(Plan.model_validate(plan).steps[0], kept)
    result = agent.execute(plan, "x", session="kept")
    assert result.ok and result.step("a").outputs[0].id == art.id, "the kept result, not a new image"
    assert calls(exec_call_log) == [("brighten", "b")]
    assert agent.turns.saved_step("kept", 0, "a", StepJournal.key(Plan.model_validate(plan).steps[0])) is None, \
        "dropped once the turn is written"
