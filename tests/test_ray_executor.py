"""The executor's own tests again, with every step's call going to Ray replicas.

The tests are imported from ``test_executor`` and collected here a second time; this module's
``make_agent`` overrides the fixture they ask for, so the same assertions run on the Ray backend
(two warm replicas serving all the test tools, one local Ray per session). Left out: tests that
count tool calls through a log file named by an environment variable the driver sets after the
workers started (``exec_call_log``), and the settings test, which runs no step.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from test_executor import (
    test_a_step_starts_as_soon_as_its_own_references_resolve,
    test_artifact_reference_escaping_the_root_is_refused,
    test_artifact_reference_inside_the_store_resolves,
    test_cancel_keeps_finished_artifacts,
    test_concurrent_steps_storing_the_same_bytes,
    test_independent_steps_run_at_the_same_time,
    test_inputs_are_copied_into_the_store_and_named_outputs_resolve,
    test_max_parallel_steps_serialises,
    test_plugin_output_outside_the_root_is_refused,
    test_progress_events_in_order,
    test_retries_stop_at_max_attempts,
    test_state_is_small_json,
    test_transient_errors_are_retried_by_the_retry_policy,
)

from unison_agent.agent import Agent
from unison_agent.contracts.registry import Registry

__all__ = [
    "test_a_step_starts_as_soon_as_its_own_references_resolve",
    "test_artifact_reference_escaping_the_root_is_refused",
    "test_artifact_reference_inside_the_store_resolves",
    "test_cancel_keeps_finished_artifacts",
    "test_concurrent_steps_storing_the_same_bytes",
    "test_independent_steps_run_at_the_same_time",
    "test_inputs_are_copied_into_the_store_and_named_outputs_resolve",
    "test_max_parallel_steps_serialises",
    "test_plugin_output_outside_the_root_is_refused",
    "test_progress_events_in_order",
    "test_retries_stop_at_max_attempts",
    "test_state_is_small_json",
    "test_transient_errors_are_retried_by_the_retry_policy",
]


@pytest.fixture
def make_agent(exec_registry: Registry, ray_exec_config: Any) -> Iterator[Any]:
    """Agents on the test tools whose steps run on the session's warm Ray replicas."""
    made: list[Agent] = []

    def factory(planner: Any = None, **kw: Any) -> Agent:
        kw.setdefault("registry", exec_registry)
        kw.setdefault("config", ray_exec_config)
        agent = Agent(planner, **kw)
        assert agent.backend.name == "ray"
        made.append(agent)
        return agent

    yield factory
    for agent in made:
        agent.close()
