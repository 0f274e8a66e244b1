"""What the reliability tests share: the figures they record, the CLI's test factory."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

#: the same hidden option the CLI tests use: test tools and a scripted planner
FACTORY = ["--agent-factory", "fixtures.executor:cli_agent"]


@dataclass
class Figures:
    bad_inputs: dict[str, int] = field(default_factory=lambda: defaultdict(int))  # category -> cases
    tricky_valid: int = 0  # inputs that look bad but are fine (e.g. "### Summary ###"): must succeed
    turns_checked: int = 0  # times a session with turns was checked still to have them all
    lines: list[str] = field(default_factory=list)  # other figures, one line each

    def bad(self, category: str) -> None:
        self.bad_inputs[category] += 1

    def report(self) -> list[str]:
        out = []
        if self.bad_inputs:
            total = sum(self.bad_inputs.values())
            out.append(f"bad inputs tried: {total}, each a one-line error (exit != 0, no traceback), "
                       f"nothing lost ({self.turns_checked} checks of a session's turns)")
            out.extend(f"  {n:>4}  {cat}" for cat, n in sorted(self.bad_inputs.items()))
            out.append(f"  tricky but valid inputs that must succeed: {self.tricky_valid}")
        out.extend(self.lines)
        return out


_FIGURES = Figures()


