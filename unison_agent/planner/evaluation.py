"""Planner evaluation: batch planning and the metrics of the public scorer.

Key parts:
- ``plan_record(planner, record, ...)``: plan one ``{"id", "text", "attachments"?}`` record; the
  result is ``{"id", "plan"}`` or ``{"id", "error": {"message", "details"}}`` plus latency and,
  when the planner reports ``last_stats["tokens"]``, tokens generated. Never raises for a bad record.
- ``materialize(records, outdir)``: make the attachment files a dev-set record mentions
  (``###name###``: small real PNG/JPEG images and MP4/MOV videos) and point the text at them.
- ``score(gold, predictions)``: task, role, meta, exact-plan and multi-step-exact accuracy with
  the same rules as the shared ``score.py`` (steps aligned in order, or by task for
  ``parallel`` records; sizes within 16 px, aspect within 5 %, seconds within max(0.35 s, 10 %),
  frames within 4), plus the valid-plan rate.
- ``evaluate(path, planner, ...)``: all of it, with p50/p95 latency; ``format_report``.
"""

from __future__ import annotations

import json
import math
import re
import statistics
import time
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from ..contracts.context import PlanContext
from ..contracts.errors import PlannerError, PlanValidationError, UnisonError, pydantic_problems
from ..contracts.history import History, TurnRecord
from ..contracts.policy import Policy
from ..contracts.refs import parse_ref
from ..contracts.registry import Registry
from ..contracts.request import Attachment, parse_request
from ..runtime.artifacts import Artifact
from .base import Planner, plan_request

if TYPE_CHECKING:
    from ..config import Config

ROLE_ARGS: dict[str, tuple[str, ...]] = {
    "source": ("image", "video", "source"),
    "mask": ("mask",),
    "reference": ("reference", "references"),
    "control": ("control",),
    "first_frame": ("first_frame",),
    "last_frame": ("last_frame",),
}
META_KEYS = ("width", "height", "orient", "ratio", "seconds", "frames")
_VIDEO_SUFFIXES = (".mp4", ".mov", ".avi", ".webm")


# -- planning -----------------------------------------------------------------------------


def plan_record(
    planner: Planner,
    record: Mapping[str, Any],
    *,
    registry: Registry,
    policy: Policy | None = None,
    history: History | None = None,
    base_dir: str | Path | None = None,
    roots: Sequence[str | Path] | None = None,
    config: Config | None = None,
) -> dict[str, Any]:
    """Plan one batch record; errors become ``{"error": {"message", "details"}}``. ``config``: its
    ``prefer`` table chooses among tools (and its policy, unless ``policy`` is given).

    ``roots``: folders the record's attachments must lie in (``None``: anywhere; the record's
    ``attachments`` are held to them too, as they come from a file, not a person)."""
    rid = record.get("id")
    started = time.perf_counter()
    out: dict[str, Any] = {"id": rid}
    try:
        text = record.get("text")
        if not isinstance(text, str):
            raise UnisonError(f"record {rid!r}: `text` must be a string, got {type(text).__name__}")
        attachments = record.get("attachments") or []
        if not isinstance(attachments, list):
            raise UnisonError(f"record {rid!r}: `attachments` must be a list of paths")
        request = parse_request(text, attachments, base_dir=base_dir, roots=roots, trust_attachments=roots is None,
                                policy=policy)
        if history is None and record.get("history") is not None:
            history = batch_history(record["history"], rid)
        context = PlanContext.for_request(registry, request, history=history, policy=policy, config=config)
        plan = plan_request(planner, request, context)
        out["plan"] = plan.to_json()
    except (PlannerError, PlanValidationError) as exc:
        out["error"] = {"message": str(exc).splitlines()[0], "details": [i.to_dict() for i in exc.issues]}
    except UnisonError as exc:
        out["error"] = {"message": str(exc), "details": []}
    except Exception as exc:  # one bad record must not stop a batch; keep the cause visible
        out["error"] = {"message": f"{type(exc).__name__}: {exc}", "details": []}
    out["seconds"] = round(time.perf_counter() - started, 4)
    tokens = (getattr(planner, "last_stats", None) or {}).get("tokens")
    if isinstance(tokens, int):
        out["tokens"] = tokens
    return out


class BatchOutput(BaseModel):
    model_config = ConfigDict(extra="forbid")
    step: str = Field(default="s0", description="The step of that turn that made it.")
    kind: Literal["image", "video", "text"]


class BatchTurn(BaseModel):
    """One earlier turn of a batch record's ``history`` (``schemas/batch-record.schema.json``)."""

    model_config = ConfigDict(extra="forbid")
    text: str
    attachments: list[Literal["image", "video"]] = Field(default_factory=list, description="Media kinds, in order.")
    outputs: list[BatchOutput | Literal["image", "video", "text"]] = Field(default_factory=list)


def batch_history(value: Any, rid: Any = None) -> History:
    """The ``History`` a batch record's ``history`` describes (oldest turn first): each turn's
    text, attachment kinds and outputs by step and kind, with stand-in artifacts, so multi-turn
    planning is measured without running tools."""
    if not isinstance(value, list):
        raise UnisonError(f"record {rid!r}: `history` must be a list of earlier turns (oldest first)")
    turns = []
    for i, raw in enumerate(value):
        try:
            turn = BatchTurn.model_validate(raw)
        except ValidationError as exc:
            raise UnisonError(f"record {rid!r}: history[{i}]: {pydantic_problems(exc)}") from None
        outputs: dict[str, list[Artifact]] = {}
        for j, out in enumerate(turn.outputs):
            step, kind = (f"s{j}", out) if isinstance(out, str) else (out.step, out.kind)
            digest = f"{i:08x}{j:08x}".ljust(64, "0")
            outputs.setdefault(step, []).append(Artifact(
                id=digest, kind=kind, path=Path(f"/artifacts/{digest}"), step=step,
                value="(the answer)" if kind == "text" else None))
        attachments = [Attachment(index=k, path=f"turn{i}-attachment{k}", kind=kind, inline=False)
                       for k, kind in enumerate(turn.attachments)]
        inputs = [Artifact(id=f"{i:08x}ffff{k:04x}".ljust(64, "0"), kind=kind, path=Path(f"/inputs/{i}-{k}"),
                           name=f"input{k}") for k, kind in enumerate(turn.attachments)]
        turns.append(TurnRecord(index=i, text=turn.text, attachments=attachments, inputs=inputs, outputs=outputs))
    return History(turns=turns)


def read_jsonl(path: str | Path) -> list[dict[str, Any]]:
    """Records of a JSONL file; an unparsable line becomes ``{"id": "line-N", "_error": ...}``."""
    records = []
    with open(path, encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            if not line.strip():
                continue
            try:
                rec = json.loads(line)
                if not isinstance(rec, dict):
                    raise ValueError("a line must hold a JSON object")
            except ValueError as exc:
                rec = {"id": f"line-{n}", "_error": f"{path}: line {n} is not a JSON object: {exc}"}
            records.append(rec)
    return records


# -- dev-set media ---------------------------------------------------------------------------


def materialize(records: Iterable[Mapping[str, Any]], outdir: str | Path) -> list[dict[str, Any]]:
    """Make every ``###name###`` a record mentions under ``outdir/<id>/`` and rewrite the text."""
    import numpy as np
    from PIL import Image

    root = Path(outdir).resolve()
    out = []
    for k, rec in enumerate(records):
        text = str(rec.get("text", ""))
        for name in re.findall(r"###(.*?)###", text):
            path = root / str(rec.get("id", k)) / Path(name).name
            path.parent.mkdir(parents=True, exist_ok=True)
            rng = np.random.default_rng(k)
            if not path.exists():
                if path.suffix.lower() in _VIDEO_SUFFIXES:
                    import imageio.v2 as imageio

                    frames: list[Any] = [rng.integers(0, 255, (48, 64, 3), dtype=np.uint8) for _ in range(9)]
                    imageio.mimwrite(path, frames, fps=8, macro_block_size=16, format="FFMPEG")
                else:
                    Image.fromarray(rng.integers(0, 255, (48, 64, 3), dtype=np.uint8)).save(path)
            text = text.replace(f"###{name}###", f"###{path}###")
        out.append({**rec, "text": text})
    return out


# -- scoring ---------------------------------------------------------------------------------


def _ref_of(value: Any) -> int | tuple[str, str] | None:
    """What a role argument points at, as the scorer compares it: an attachment index, or
    ``("step", id)`` / ``("turn", index)`` (the first of a list)."""
    if isinstance(value, list):
        value = value[0] if value else None
    ref = parse_ref(value)
    if ref is None:
        return None
    if ref.kind == "input":
        return ref.index
    if ref.kind == "step" and ref.step:
        return ("step", ref.step)
    if ref.kind == "turn":
        return ("turn", str(ref.index))
    return None


def _close(a: Any, b: float, tol: float) -> bool:
    return isinstance(a, (int, float)) and not isinstance(a, bool) and abs(a - b) <= tol


def _num(v: Any) -> bool:
    return isinstance(v, (int, float)) and not isinstance(v, bool)


def meta_ok(gold: Mapping[str, Any], args: Mapping[str, Any]) -> bool:
    """Whether ``args`` meet the gold step's meta (the scorer's tolerances)."""
    w, h = args.get("width"), args.get("height")
    ok = True
    if "width" in gold:
        ok &= _close(w, gold["width"], 16)
    if "height" in gold:
        ok &= _close(h, gold["height"], 16)
        if "width" not in gold and _num(w):
            ok &= w >= h  # type: ignore[operator]
    if "orient" in gold:
        ok &= _num(w) and _num(h) and ((h > w) if gold["orient"] == "portrait" else (w > h))  # type: ignore[operator]
    if "ratio" in gold:
        ok &= _num(w) and _num(h) and h > 0 and abs(w / h - gold["ratio"]) / gold["ratio"] <= 0.05  # type: ignore[operator]
    if "seconds" in gold:
        n, f = args.get("num_frames"), args.get("fps")
        ok &= _num(n) and _num(f) and f > 0 and abs(n / f - gold["seconds"]) <= max(0.35, 0.1 * gold["seconds"])  # type: ignore[operator]
    if "frames" in gold:
        ok &= _close(args.get("num_frames"), gold["frames"], 4)
    return bool(ok)


def roles_ok(gold: Mapping[str, Any], args: Mapping[str, Any], idmap: Mapping[str, Any]) -> bool:
    for role, names in ROLE_ARGS.items():
        if role not in gold:
            continue
        want = gold[role]
        got = next((_ref_of(args[n]) for n in names if n in args), None)
        if isinstance(want, int):
            if got != want:
                return False
        elif isinstance(want, str) and want.startswith("t-"):  # an earlier turn's output: "t-1" is $turn.-1
            if got != ("turn", f"-{want[2:]}"):
                return False
        elif not (isinstance(got, tuple) and got[1] == idmap.get(want)):
            return False
    return True


@dataclass
class Metrics:
    records: int = 0
    errors: int = 0
    task: float = 0.0
    roles: float | None = None
    roles_of: int = 0
    meta: float | None = None
    meta_of: int = 0
    exact: float = 0.0
    multi_step_exact: float | None = None
    multi_of: int = 0
    multi_turn_exact: float | None = None
    multi_turn_of: int = 0
    valid_plan_rate: float = 0.0
    latency_p50_s: float | None = None
    latency_p95_s: float | None = None
    tokens_per_plan: float | None = None
    misses: list[dict[str, Any]] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def score(gold: Sequence[Mapping[str, Any]], predictions: Sequence[Mapping[str, Any]]) -> Metrics:
    """Score predictions (``{"id", "plan"|"error"}``) against gold records (dev.jsonl form)."""
    pred = {p.get("id"): p for p in predictions}
    c = {"task": 0, "roles": 0, "meta": 0, "exact": 0, "multi": 0, "multi_exact": 0, "turns": 0, "turn_exact": 0,
         "errors": 0}
    nroles = nmeta = 0
    misses = []
    for g in gold:
        p = pred.get(g["id"], {})
        steps = (p.get("plan") or {}).get("steps") or []
        c["errors"] += "plan" not in p
        gs = g["gold"]
        multi = len(gs) > 1
        c["multi"] += multi
        if g.get("parallel"):
            pool = list(steps)
            align: list[Any] = []
            for s in gs:
                m = next((x for x in pool if x.get("task") == s["task"]), None)
                align.append(m)
                if m is not None:
                    pool.remove(m)
            task = len(steps) == len(gs) and all(a is not None for a in align)
        else:
            align = list(steps[: len(gs)]) + [None] * (len(gs) - len(steps))
            task = len(steps) == len(gs) and all(a is not None and a.get("task") == s["task"] for a, s in zip(align, gs, strict=True))
        idmap = {f"s{i}": (a or {}).get("id") for i, a in enumerate(align)}
        r_need = any(any(k in s for k in ROLE_ARGS) for s in gs)
        m_need = any(any(k in s for k in META_KEYS) for s in gs)
        r = task and all(roles_ok(s, (a or {}).get("args", {}), idmap) for s, a in zip(gs, align, strict=True))
        m = task and all(meta_ok(s, (a or {}).get("args", {})) for s, a in zip(gs, align, strict=True)
                         if any(k in s for k in META_KEYS))
        c["task"] += task
        if r_need:
            nroles += 1
            c["roles"] += r
        if m_need:
            nmeta += 1
            c["meta"] += m
        exact = task and (r or not r_need) and (m or not m_need)
        c["exact"] += exact
        c["multi_exact"] += exact and multi
        in_session = bool(g.get("history"))
        c["turns"] += in_session
        c["turn_exact"] += exact and in_session
        if not exact:
            misses.append({"id": g["id"], "text": g.get("text"), "got": [s.get("task") for s in steps],
                           "error": _error_message(p.get("error"))})
    n = len(gold)
    seconds = [float(p["seconds"]) for p in predictions if _num(p.get("seconds"))]
    tokens = [int(p["tokens"]) for p in predictions if isinstance(p.get("tokens"), int)]
    return Metrics(
        records=n, errors=c["errors"], task=_ratio(c["task"], n) or 0.0, roles=_ratio(c["roles"], nroles), roles_of=nroles,
        meta=_ratio(c["meta"], nmeta), meta_of=nmeta, exact=_ratio(c["exact"], n) or 0.0,
        multi_step_exact=_ratio(c["multi_exact"], c["multi"]), multi_of=c["multi"],
        multi_turn_exact=_ratio(c["turn_exact"], c["turns"]), multi_turn_of=c["turns"],
        valid_plan_rate=_ratio(n - c["errors"], n) or 0.0,
        latency_p50_s=_percentile(seconds, 50), latency_p95_s=_percentile(seconds, 95),
        tokens_per_plan=statistics.fmean(tokens) if tokens else None, misses=misses,
    )


def _error_message(error: Any) -> str | None:
    """A prediction's error: ``{"message": ...}`` (batch lines) or a plain string."""
    return error.get("message") if isinstance(error, dict) else error


def _ratio(a: int, b: int) -> float | None:
    return a / b if b else None


def _percentile(values: list[float], q: float) -> float | None:
    if not values:
        return None
    ordered = sorted(values)
    k = max(0, min(len(ordered) - 1, math.ceil(q / 100 * len(ordered)) - 1))
    return round(ordered[k], 4)


# -- the whole run ---------------------------------------------------------------------------


def evaluate(
    data: str | Path,
    planner: Planner,
    *,
    registry: Registry,
    policy: Policy | None = None,
    workdir: str | Path | None = None,
) -> tuple[Metrics, list[dict[str, Any]]]:
    """Materialise the attachments, plan every record, score. Returns metrics and predictions."""
    import tempfile

    gold = read_jsonl(data)
    bad = [g for g in gold if "_error" in g or "gold" not in g]
    if bad:
        raise UnisonError(f"{data}: {len(bad)} record(s) lack `gold` steps or are not JSON (first: {bad[0].get('id')})")
    with tempfile.TemporaryDirectory(dir=workdir) as tmp:
        records = materialize(gold, tmp)
        preds = [plan_record(planner, r, registry=registry, policy=policy) for r in records]
    return score(gold, preds), preds


def format_report(m: Metrics, *, planner: str = "") -> str:
    def pct(v: float | None) -> str:
        return "n/a" if v is None else f"{100 * v:.1f}%"

    lines = [
        f"planner {planner}  records {m.records}  errors {m.errors}  valid plans {pct(m.valid_plan_rate)}",
        f"task {pct(m.task)}  roles {pct(m.roles)} (of {m.roles_of})  meta {pct(m.meta)} (of {m.meta_of})  "
        f"multi-step exact {pct(m.multi_step_exact)} (of {m.multi_of})  "
        f"multi-turn exact {pct(m.multi_turn_exact)} (of {m.multi_turn_of})",
        f"latency p50 {m.latency_p50_s}s  p95 {m.latency_p95_s}s"
        + (f"  tokens/plan {m.tokens_per_plan:.1f}" if m.tokens_per_plan is not None else ""),
        f"exact {pct(m.exact)}",
    ]
    return "\n".join(lines)
