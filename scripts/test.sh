#!/usr/bin/env bash
# Lint, type-check and test. Exit 5 from pytest (no tests collected) counts as failure here:
# a test run that runs nothing has proven nothing.
set -uo pipefail
cd "$(dirname "$0")/.."
export TORCHDYNAMO_DISABLE=1 HF_HUB_OFFLINE=1 TRANSFORMERS_OFFLINE=1 PYTHONHASHSEED=0
V=.venv/bin
$V/ruff check . || exit 1
$V/mypy || exit 1
$V/python -m pytest "$@"
rc=$?
if [ $rc -eq 5 ]; then echo "pytest collected no tests" >&2; exit 1; fi
exit $rc
