"""``unison train-planner --config recipe.yaml``: train a planner with the project's recipe.

The config's ``kind`` picks the recipe: ``encoder`` (the embedded planner: LoRA + heads on a
sentence encoder, ``unison_agent.training.encoder_recipe``) or ``lm`` (a LoRA on a generative
(V)LM for ``LMPlanner``, ``unison_agent.training.lm_recipe.train_lm``). Runs resume from their
last checkpoint unless ``--restart`` is given.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import typer

from ..contracts.errors import UserError, pydantic_problems


def read_recipe(path: Path) -> dict[str, Any]:
    """Read a YAML/JSON recipe file; errors name the file."""
    import yaml

    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise UserError(f"config file {str(path)!r} does not exist") from None
    except yaml.YAMLError as exc:
        raise UserError(f"config file {str(path)!r} is not valid YAML: {exc}") from None
    if not isinstance(data, dict) or "kind" not in data:
        raise UserError(f"config file {str(path)!r}: expected a mapping with `kind: encoder` or `kind: lm`")
    return data


def run_recipe(data: dict[str, Any], *, source: str, restart: bool = False, output_dir: str | None = None) -> dict[str, Any]:
    """Validate ``data`` and run the recipe its ``kind`` names; returns the training report."""
    from pydantic import ValidationError

    if output_dir:
        data = {**data, "output_dir": output_dir}
    kind = data.get("kind")
    if kind == "encoder":
        from ..training.encoder_recipe import EncoderRecipe, train_encoder

        try:
            recipe = EncoderRecipe.model_validate(data)
        except ValidationError as exc:
            problems = pydantic_problems(exc)
            raise UserError(f"config file {source!r}: {problems}") from None
        if restart:
            ckpt = Path(recipe.output_dir) / "checkpoints" / "last.pt"
            ckpt.unlink(missing_ok=True)
        return train_encoder(recipe, progress=lambda m: typer.echo(m, err=True))
    if kind == "lm":
        from ..training.lm_recipe import train_lm  # written by the data/LM recipe developer

        report: dict[str, Any] = train_lm(data)
        return report
    raise UserError(f"config file {source!r}: `kind` is {kind!r}; expected 'encoder' or 'lm'")


def register(app: typer.Typer) -> None:
    @app.command("train-planner")
    def train_planner(
        config: Path = typer.Option(..., "--config", "-c", help="Recipe file (YAML), e.g. unison_agent/training/configs/embedded.yaml."),
        output_dir: str | None = typer.Option(None, "--output-dir", "-o", help="Override the config's output_dir."),
        restart: bool = typer.Option(False, "--restart", help="Ignore an existing checkpoint and start over."),
    ) -> None:
        """Train a planner (resumable; prints progress and the cost: samples, epochs, CPU-minutes)."""
        report = run_recipe(read_recipe(config), source=str(config), restart=restart, output_dir=output_dir)
        typer.echo(json.dumps({k: v for k, v in report.items() if k != "recipe"}, indent=1))
