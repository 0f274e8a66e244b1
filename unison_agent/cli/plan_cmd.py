"""``unison plan``: print the validated plan for a request, or plan a whole JSONL batch.

``unison plan "<text>" [-i FILE ...] [--planner NAME] [--planner-option k=v ...] [--json]``
``unison plan --batch IN.jsonl --out OUT.jsonl``: IN lines ``{"id", "text", "attachments"?}``
(relative paths resolve beside IN); OUT lines ``{"id", "plan"}`` or ``{"id", "error":
{"message", "details"}}``. The planner loads once; a bad line is reported and the rest go on.

The planner and its options come from the configuration (``planner``, ``planner_options``);
``--planner`` and ``--planner-option`` override them.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

import typer

from ..config import Config, load_config
from ..contracts.errors import UserError
from ..contracts.plan import Plan
from ..contracts.registry import default_registry
from ..planner import load_planner
from ..planner.base import Planner
from ..planner.evaluation import plan_record
from ._common import check_cli_text, escape_controls, iter_jsonl


def parse_options(pairs: list[str]) -> dict[str, Any]:
    """``["max_repairs=3", "adapter=path"]`` -> dict; values that parse as JSON become numbers/bools."""
    out: dict[str, Any] = {}
    for pair in pairs:
        key, sep, value = pair.partition("=")
        if not sep or not key.strip():
            raise UserError(f"--planner-option expects key=value, got {pair!r}")
        try:
            out[key.strip()] = json.loads(value)
        except ValueError:
            out[key.strip()] = value
    return out


def build_planner(config: Config, name: str | None, options: list[str]) -> tuple[str, Planner]:
    chosen = name or config.planner
    opts = dict(config.planner_options) if chosen == config.planner else {}
    opts.update(parse_options(options))
    return chosen, load_planner(chosen, **opts)


def pretty(plan: Plan) -> str:
    lines = []
    for step in plan.steps:
        args = ", ".join(f"{k}={v!r}" for k, v in step.args.items())
        lines.append(f"{step.id}  {step.task:<19} {step.tool}({args})")
    lines.extend(f"note: {warning}" for warning in plan.warnings)
    return escape_controls("\n".join(lines), keep_newlines=True)


def register(app: typer.Typer) -> None:
    @app.command("plan")
    def plan_command(
        text: str | None = typer.Argument(None, metavar="[TEXT]", help="The request; ###path### marks inline attachments."),
        inputs: list[Path] = typer.Option([], "--input", "-i", help="Attachment file (repeatable)."),
        planner_name: str | None = typer.Option(None, "--planner", "-p", help="Planner name (default: config)."),
        planner_options: list[str] = typer.Option([], "--planner-option", "-o", help="Planner option key=value."),
        as_json: bool = typer.Option(False, "--json", help="Print the plan as JSON."),
        batch: Path | None = typer.Option(None, "--batch", help="Plan every line of this JSONL file."),
        out: Path | None = typer.Option(None, "--out", help="Where --batch writes results (JSONL)."),
        profile: str | None = typer.Option(None, "--profile", help="Configuration profile (unison, tiny)."),
        config_file: Path | None = typer.Option(None, "--config", help="Config file (TOML or YAML)."),
        session: str | None = typer.Option(None, "--session", help="Plan as the next turn of this session (its history "
                                           "resolves 'it', 'the first image'); nothing runs."),
        explain: bool = typer.Option(False, "--explain", help="Also print (to stderr) how the planner read the request: "
                                     "plugin-task and refusal scores against their thresholds, the likeliest structures."),
    ) -> None:
        """Plan a request (or a batch) and print the validated plan."""
        config = load_config(config_file, profile=profile)
        if batch is None and (text is None or not check_cli_text(text).strip()):
            raise UserError('give a request text, e.g. unison plan "a red fox in the snow", or --batch IN.jsonl --out OUT.jsonl')
        if batch is not None and (text is not None or inputs):
            raise UserError("--batch plans a file; do not also give a request text or --input")
        if batch is not None and out is None:
            raise UserError("--batch needs --out OUT.jsonl")
        records = list(iter_jsonl(batch, "batch", max_bytes=config.policy.max_input_file_bytes)) if batch else []
        registry = default_registry()
        _, planner = build_planner(config, planner_name, planner_options)
        if batch is not None:
            assert out is not None
            run_batch(planner, batch, out, registry=registry, config=config, records=records)
            return
        assert text is not None
        roots = [Path.cwd(), *config.input_roots, *inputs]
        history = session_history(config, session) if session else None
        if explain and batch is None:
            explain_request(planner, text, inputs, registry=registry, config=config, roots=roots, history=history)
        result = plan_record(planner, {"id": None, "text": text, "attachments": [str(p) for p in inputs]},
                             registry=registry, policy=config.policy, roots=roots, history=history, config=config)
        if "error" in result:
            if as_json:
                typer.echo(json.dumps({"error": result["error"]}, indent=2))
                raise typer.Exit(1)
            details = "".join(f"\n  - {d['pointer'] or '/'}: {d['message']}" for d in result["error"]["details"])
            typer.echo(escape_controls(f"Error: {result['error']['message']}{details}", keep_newlines=True), err=True)
            raise typer.Exit(1)
        plan = Plan.model_validate(result["plan"])
        typer.echo(json.dumps(plan.to_json(), indent=2) if as_json else pretty(plan))


def explain_request(planner: Planner, text: str, inputs: list[Path], *, registry: Any, config: Config,
                    roots: list[Path], history: Any) -> None:
    """Print to stderr how ``planner`` reads ``text`` (planners with an ``explain`` method: the embedded one)."""
    from ..contracts.context import PlanContext
    from ..contracts.errors import UnisonError
    from ..contracts.request import parse_request

    explainer = getattr(planner, "explain", None)
    if explainer is None:
        typer.echo(f"--explain: the {getattr(planner, 'name', 'chosen')} planner gives no explanation", err=True)
        return
    try:
        request = parse_request(text, [str(p) for p in inputs], roots=roots, policy=config.policy)
    except UnisonError:
        return  # planning reports the bad input itself
    for line in explanation_lines(explainer(request, PlanContext.for_request(registry, request, history=history,
                                                                              config=config))):
        typer.echo(escape_controls(line), err=True)


def explanation_lines(reading: dict[str, Any]) -> list[str]:
    """``EmbeddedPlanner.explain``'s reading as lines a plugin author can act on."""
    th = reading["thresholds"]
    lines = ["how the planner read it:"]
    for text, v in reading["judged"]:
        sc = v.scores
        verdict = {"builtin": "built-in task (left to the signature head)", "plugin": f"plugin task {v.task}",
                   "refuse": f"refused: needs {v.task}"}[v.kind]
        withdrawn = (" (a refusal withdrawn: it asks for words, how to do something, or a sum)" if sc.get("text_work") else
                     " (a refusal withdrawn: a question about the attached file)" if sc.get("file_question") else
                     " (a refusal withdrawn: bringing something to life is an animation)" if sc.get("animation") else
                     " (a refusal withdrawn: the request waves sound away)" if sc.get("no_sound") else
                     " (a refusal withdrawn: it changes the attached file)" if sc.get("edit") else
                     " (a refusal withdrawn: read without the sentences that tell the situation, it asks no errand)"
                     if sc.get("context") else
                     " (a plugin task set aside: the request gives a control map to follow)" if sc.get("control_map") else
                     f" (a refusal withdrawn: the signature head is sure of a built-in structure, {sc['sure_head']:.3f} >= "
                     f"{th.sure_head}, and the outside capability leads by under {th.sure_margin:.3f})" if "sure_head" in sc else "")
        kinds = (" (a picture asked of videos alone: no built-in task makes one)" if sc.get("kinds") else
                 f" (a specialist: it does the job the signature head reads, so it routes at >= {th.specialist_margin:+.3f})"
                 if sc.get("specialist") else
                 " (by rule: sound, a file format, 3D, live data, a chore, an errand or device, or code to run)"
                 if sc.get("limits") else "")
        clause = f" in its clause {v.part!r}" if v.part else ""
        lines.append(f"  {text!r}: {verdict}{clause}{withdrawn}{kinds}")
        plugin = (f"best plugin task {sc['plugin']:.3f}{_words_part(sc, 'plugin_words')} - built-in bank {sc['builtin']:.3f} = "
                  f"{sc['plugin'] - sc['builtin']:+.3f} (routes at >= {th.route_margin:+.3f})" if sc["plugin"] > -1.0
                  else "no plugin task registered")
        outside = (f"outside capability {sc['outside']:.3f} - best registered = "
                   f"{sc['refuse_margin']:+.3f} (refuses at >= {th.refuse_margin:+.3f})" if sc["outside"] > -1.0
                   else "no outside capability left uncovered")
        lines.append(f"    {plugin}; {outside}")
        if reading.get("action_threshold") is not None:
            lines.append(f"    asks to act on another app or service: {sc.get('action', 0.0):.3f} "
                         f"(refuses at >= {reading['action_threshold']:.3f}, unless an acting plugin task is nearest)")
        lines.append(f"    nearest tasks: {', '.join(v.nearest) or '-'}")
    structures = ", ".join(f"{name} {prob:.2f}" for name, prob in reading["structures"][:3])
    lines.append(f"  likeliest structures (signature head): {structures or '-'}")
    return lines


def _words_part(scores: dict[str, float], key: str) -> str:
    """The part of a score that rare words shared with the task gave (" (incl. +0.045 for rare words shared)")."""
    bonus = scores.get(key, 0.0)
    return f" (incl. {bonus:+.3f} for rare words shared)" if bonus else ""


def session_history(config: Config, session: str) -> Any:
    """The finished turns of ``session`` (empty for one that has none), read without a lock."""
    from ..sessions.session import check_session_id
    from ..sessions.turns import TURNS_DB, TurnStore

    check_session_id(session)
    turns = TurnStore(config.session_root / TURNS_DB)
    try:
        return turns.history(session)
    finally:
        turns.close()


def run_batch(planner: Planner, src: Path, dst: Path, *, registry: Any, config: Config,
              records: list[dict[str, Any]] | None = None) -> tuple[int, int]:
    """Plan every record of ``src`` into ``dst`` (written line by line); returns (planned, failed).

    Attachments may come from the batch file's folder and the current directory. A bad line
    (not UTF-8, not JSON) gets its own error line; the rest go on."""
    if records is None:
        records = list(iter_jsonl(src, "batch", max_bytes=config.policy.max_input_file_bytes))
    ok = failed = 0
    dst.parent.mkdir(parents=True, exist_ok=True)
    with open(dst, "w", encoding="utf-8") as fh:
        for rec in records:
            if "_error" in rec:
                result: dict[str, Any] = {"id": rec["id"], "error": {"message": rec["_error"], "details": []}}
            else:
                result = plan_record(planner, rec, registry=registry, policy=config.policy, base_dir=src.parent,
                                     roots=[Path.cwd(), src.parent.resolve(), *config.input_roots], config=config)
            line = {k: result[k] for k in ("id", "plan", "error") if k in result}
            fh.write(json.dumps(line) + "\n")
            fh.flush()
            if "plan" in line:
                ok += 1
            else:
                failed += 1
                print(escape_controls(f"{line['id']}: {line['error']['message']}"), file=sys.stderr)
    print(f"{ok} planned, {failed} failed -> {dst}", file=sys.stderr)
    return ok, failed
