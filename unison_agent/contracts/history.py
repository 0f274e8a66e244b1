"""Session history: one small typed record per turn, renderable for a planner and resolvable
for an executor.

Turn references (see ``unison_agent.contracts.refs``) resolve here: ``$turn.-1`` is the primary output
of the previous turn's last step that produced media or text; ``$turn.K.<step>[.<output>]``
names one precisely. ``known_refs`` lists every reference the history can resolve with its
kind, which the validator uses to check a plan before it runs.
"""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from ..runtime.artifacts import Artifact
from .refs import Ref
from .request import Attachment


class TurnRecord(BaseModel):
    model_config = ConfigDict(extra="forbid")

    index: int = Field(ge=0)
    text: str = Field(description="The request text as the planner saw it (placeholders for attachments).")
    attachments: list[Attachment] = Field(default_factory=list)
    inputs: list[Artifact] = Field(
        default_factory=list, description="The attachments as stored (artifact ids), in order: a later turn can use them.")
    plan: dict[str, Any] | None = None
    outputs: dict[str, list[Artifact]] = Field(
        default_factory=dict, description="Step id -> its artifacts, primary output first."
    )
    status: Literal["ok", "partial", "failed"] = "ok"
    errors: dict[str, str] = Field(
        default_factory=dict,
        description="Step id -> '<status>: <why>' for each step that did not succeed ('plan' for a refused plan).")

    def last_output(self) -> Artifact | None:
        """Primary output of the last step that produced something."""
        if self.plan:
            for step in reversed(self.plan.get("steps", [])):
                arts = self.outputs.get(step["id"])
                if arts:
                    return arts[0]
        for arts in reversed(list(self.outputs.values())):
            if arts:
                return arts[0]
        return None

    def answer(self) -> str | None:
        """The text of the last text output, if the turn answered a question."""
        for arts in reversed(list(self.outputs.values())):
            for art in arts:
                if art.kind == "text":
                    return art.value
        return None

    def to_prompt(self) -> str:
        """One compact line per turn for a planner prompt."""
        outs = []
        for sid, arts in self.outputs.items():
            for a in arts:
                outs.append(f"{sid}:{a.kind}")
        produced = ", ".join(outs) or "nothing"
        return f"turn {self.index}: {self.text!r} -> {produced}"


class History(BaseModel):
    model_config = ConfigDict(extra="forbid")

    turns: list[TurnRecord] = Field(default_factory=list)

    def __len__(self) -> int:
        return len(self.turns)

    def _turn(self, k: int) -> TurnRecord | None:
        idx = k + len(self.turns) if k < 0 else k
        return self.turns[idx] if 0 <= idx < len(self.turns) else None

    def resolve(self, ref: Ref) -> Artifact | None:
        """The artifact a ``turn`` reference points to, or ``None``."""
        if ref.kind != "turn" or ref.index is None:
            return None
        turn = self._turn(ref.index)
        if turn is None:
            return None
        if ref.step is None:
            return turn.last_output()
        arts = turn.outputs.get(ref.step, [])
        if ref.output is None:
            return arts[0] if arts else None
        return next((a for a in arts if a.name == ref.output or a.kind == ref.output), None)

    def known_refs(self) -> dict[str, str]:
        """Every turn reference this history resolves (relative and absolute forms) -> kind."""
        refs: dict[str, str] = {}
        n = len(self.turns)
        for turn in self.turns:
            for k in (turn.index, turn.index - n):
                last = turn.last_output()
                if last is not None:
                    refs[f"$turn.{k}"] = last.kind
                for sid, arts in turn.outputs.items():
                    if arts:
                        refs[f"$turn.{k}.{sid}"] = arts[0].kind
                    for a in arts:
                        refs[f"$turn.{k}.{sid}.{a.name or a.kind}"] = a.kind
            for arts in [*turn.outputs.values(), turn.inputs]:
                for a in arts:
                    refs[f"$artifact.{a.id}"] = a.kind
        return refs

    def to_prompt(self) -> str:
        return "\n".join(t.to_prompt() for t in self.turns)
