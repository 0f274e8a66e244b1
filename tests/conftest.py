"""Test-wide settings: offline, deterministic, light on the 2 shared cores.

Fixture modules in tests/fixtures/ are loaded as plugins, so each area keeps its own."""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
os.environ.setdefault("TORCHDYNAMO_DISABLE", "1")
os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
os.environ.setdefault("UNISON_PLUGINS", "")

_HERE = Path(__file__).parent
sys.path.insert(0, str(_HERE))

pytest_plugins = sorted(
    f"fixtures.{p.stem}" for p in (_HERE / "fixtures").glob("*.py") if not p.stem.startswith("_")
)
