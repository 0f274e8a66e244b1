"""A learned low-rank correction of the base sentence space, applied before any scope scoring.

Key parts: ``Projection`` (``v -> normalize(v + B(A v))``; starts as the identity) with ``load``/``save``
(``weights/scope_projection.safetensors``). Trained by ``training.scope_recipe`` on made-up plugin
tasks, none of them a benchmark or calibration task, so that a request lands nearer the task whose
examples do what it asks than the task whose examples merely share its nouns. Without the file the
scope works in the plain base space.
"""

from __future__ import annotations

import json
from pathlib import Path

import torch

PROJECTION_FILE = "scope_projection.safetensors"


class Projection(torch.nn.Module):
    def __init__(self, dim: int = 384, rank: int = 32) -> None:
        super().__init__()
        self.down = torch.nn.Linear(dim, rank, bias=False)
        self.up = torch.nn.Linear(rank, dim, bias=False)
        torch.nn.init.normal_(self.down.weight, std=dim ** -0.5)
        torch.nn.init.zeros_(self.up.weight)  # the identity until trained

    def forward(self, v: torch.Tensor) -> torch.Tensor:
        return torch.nn.functional.normalize(v + self.up(self.down(v)), dim=-1)

    def save(self, path: Path, meta: dict[str, object]) -> None:
        from safetensors.torch import save_file

        save_file({"down": self.down.weight.detach().contiguous(), "up": self.up.weight.detach().contiguous()}, str(path),
                  metadata={"meta": json.dumps(meta)})

    @classmethod
    def load(cls, path: Path) -> Projection | None:
        """The stored projection, or None where there is none (the plain base space)."""
        if not path.exists():
            return None
        from safetensors import safe_open

        with safe_open(str(path), "pt") as f:
            down, up = f.get_tensor("down").float(), f.get_tensor("up").float()
        proj = cls(dim=down.size(1), rank=down.size(0))
        with torch.no_grad():
            proj.down.weight.copy_(down)
            proj.up.weight.copy_(up)
        proj.eval()
        return proj
