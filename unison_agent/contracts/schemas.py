"""Access to the JSON Schema files shipped in ``schemas/`` (package ``unison_schemas``)."""

from __future__ import annotations

import json
from functools import cache
from importlib.resources import files
from typing import Any

SCHEMA_NAMES = ("plan", "request", "artifact")


@cache
def load_schema(name: str) -> dict[str, Any]:
    """Load ``schemas/<name>.schema.json``; raises ``KeyError`` for an unknown name."""
    resource = files("unison_schemas").joinpath(f"{name}.schema.json")
    if not resource.is_file():
        raise KeyError(f"no schema {name!r}; known: {', '.join(SCHEMA_NAMES)}")
    data: dict[str, Any] = json.loads(resource.read_text(encoding="utf-8"))
    return data
