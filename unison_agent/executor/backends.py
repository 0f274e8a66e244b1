"""``make_backend``: the step backend a configuration names (``[executor] backend``), importing
Ray only when it is chosen."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..contracts.errors import UserError
from .backend import LOCAL, StepBackend

if TYPE_CHECKING:
    from ..config import Config

def make_backend(name: str, config: Config) -> StepBackend:
    """The backend called ``name`` for ``config`` (``ray``: the process-wide one for its settings)."""
    if name == "local":
        return LOCAL
    if name == "ray":
        try:
            from .ray_backend import shared_backend
        except ImportError as exc:
            raise UserError(f"[executor] backend = 'ray' needs Ray ({exc}); install it with "
                            "pip install 'unison-agent[ray]'") from None
        return shared_backend(config)
    raise UserError(f"{name!r} is not a step backend; valid: local, ray")
