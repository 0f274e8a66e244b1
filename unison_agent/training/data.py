"""Planning data: synthesized requests with gold plans, meta spans, and a train/dev split by template.

Key parts: ``TEMPLATES`` (every sentence frame), ``split_of`` (a template's split), ``generate`` (records,
deterministic for a seed), ``record_to_request_text`` (the text a planner sees for a record),
``write_jsonl`` and the CLI ``python -m unison_agent.training.data --n N --seed S --out FILE [--split ...]``.

Record fields (see the embedded-planner design): ``id``, ``template``, ``split``, ``text`` (inline
``###name###`` markers), ``attachments`` (request order: inline ones, then separately passed ones),
``history`` (earlier turns: text and output kinds), ``gold`` (steps: task, roles as attachment index /
``"sK"`` / ``"t-1"``, meta as the tools can make it — see ``cap_gold``; an over-cap value as stated is kept
under ``"stated"`` — ``prompt``), ``parallel``, ``spans`` (character spans of meta
mentions with a label and the step they belong to).
"""

from __future__ import annotations

import argparse
import json
import random
import re
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from ..contracts.policy import Policy
from ..contracts.request import INLINE_PATTERN, placeholder
from .lexicon_split import using_split
from .realize import Template, realize
from .slots import SLOT_FUNCS, attachment_name, history_turn
from .templates_media import MEDIA
from .templates_multi import PARALLEL, SEQUENTIAL, TURNS
from .templates_single import SINGLE

TEMPLATES: tuple[Template, ...] = (*SINGLE, *MEDIA, *SEQUENTIAL, *PARALLEL, *TURNS)
SPLITS = ("train", "dev")
DEV_EVERY = 5
"""Within each family, every ``DEV_EVERY``-th frame (from the 4th) is held out for dev; the content
lexicons are split the same way (``lexicon_split``)."""

#: Relative sampling weight per family prefix (default 1.0): common single-step tasks get more data.
FAMILY_WEIGHTS: dict[str, float] = {
    "t2i.make": 3.0, "t2i.caption": 1.5, "t2v.make": 3.0, "tu.ask": 4.0, "iu.ask": 1.5, "vu.ask": 1.6,
    "ie.plain": 1.2, "ie.mask": 1.2, "ic.map": 1.5, "ir.ref": 1.5, "i2v.first": 2.0, "i2v.last": 1.2,
    "vr.ref": 1.5, "ve.plain": 1.2, "vc.map": 2.5, "seq.t2i_i2v": 1.5,
}

#: Families given more training frames after their first release, as (training frames then, now): their
#: training weight grows in proportion, so the frames they had keep their share of the data (the dev draw
#: is unchanged). Without it the new frames diluted the old ones, and one public-dev parallel request
#: ("a video of X and an image of Y") lost its plan.
TRAIN_FRAME_GROWTH: dict[str, tuple[int, int]] = {
    "ic.mapref": (12, 15), "ir.ref": (15, 18), "seq.ref_i2v": (3, 7), "seq.edit_i2v": (3, 5), "seq.ctrl_i2v": (3, 4),
    "par.two_images": (5, 7), "par.vid_img": (7, 9), "par.two_videos": (3, 7),
}


def family_weight(family: str, split: str | None) -> float:
    weight = FAMILY_WEIGHTS.get(family, 1.0)
    if split == "train" and family in TRAIN_FRAME_GROWTH:
        then, now = TRAIN_FRAME_GROWTH[family]
        weight *= now / then
    return weight


def split_of(template: Template) -> str:
    """The split a template belongs to, fixed by its position inside its family."""
    index = int(template.id.rsplit(".", 1)[1])
    return "dev" if index % DEV_EVERY == DEV_EVERY - 2 else "train"


def templates_for(split: str | None) -> list[Template]:
    if split is not None and split not in SPLITS:
        raise ValueError(f"split must be one of {SPLITS} or None, got {split!r}")
    return [t for t in TEMPLATES if split is None or split_of(t) == split]


def _fill_prompt(record: dict[str, Any]) -> None:
    """Steps whose frame names no prompt (``describe ###x###``) get the request text itself."""
    plain = INLINE_PATTERN.sub("", record["text"]).strip()
    for step in record["gold"]:
        if not step.get("prompt"):
            step["prompt"] = plain


#: What the built-in generation tools can make (``tools/_generation.py`` ``WAN_META``: 1920 on the long
#: side, 16 fps by default; ``Policy.max_frames`` frames at most). Longer or larger requests are clamped.
TOOL_MAX_SIDE = 1920
TOOL_DEFAULT_FPS = 16
TOOL_MAX_FRAMES = Policy().max_frames
_DEFAULT_ASPECT = 16 / 9  # a resolution alone ("4K") means a 16:9 landscape frame


def cap_gold(step: dict[str, Any]) -> None:
    """Make a step's gold what the tools can make, keeping what the text stated under ``"stated"``.

    A request for 20 s at 16 fps (321 frames) gets ``frames: 241``; "4K" gets ``width: 1920`` (the
    long side at the cap, aspect kept); 2048x1152 gets 1920x1080. The spans still cover the stated
    phrase, so the model learns to mark it; only the value the plan should carry is capped.
    """
    stated: dict[str, Any] = {}
    if "seconds" in step:
        fps = step.get("fps", TOOL_DEFAULT_FPS)
        if step["seconds"] * fps + 1 > TOOL_MAX_FRAMES:
            stated["seconds"] = step.pop("seconds")
            step["frames"] = TOOL_MAX_FRAMES
    if "frames" in step and step["frames"] > TOOL_MAX_FRAMES and "frames" not in stated:
        stated["frames"], step["frames"] = step["frames"], TOOL_MAX_FRAMES
    if "width" in step and "height" in step and max(step["width"], step["height"]) > TOOL_MAX_SIDE:
        w, h = step["width"], step["height"]
        stated.update(width=w, height=h)
        scale = TOOL_MAX_SIDE / max(w, h)
        step["width"], step["height"] = round(w * scale), round(h * scale)
    elif "height" in step and "width" not in step and step["height"] * step.get("ratio", _DEFAULT_ASPECT) > TOOL_MAX_SIDE:
        stated["height"] = step.pop("height")
        step["width"] = TOOL_MAX_SIDE
    if stated:
        step["stated"] = stated


def as_stated(step: dict[str, Any]) -> dict[str, Any]:
    """A gold step with the values the text stated (undoes ``cap_gold``)."""
    stated = step.get("stated")
    if not stated:
        return step
    out = {k: v for k, v in step.items() if k != "stated"}
    if "seconds" in stated:
        out.pop("frames", None)
    if "height" in stated and "width" not in stated:
        out.pop("width", None)
    out.update(stated)
    return out


def generate(*, n: int, seed: int = 0, split: str | None = None) -> list[dict[str, Any]]:
    """``n`` planning records, deterministic for ``seed``.

    Args:
        n: number of records.
        seed: the random seed; the same seed gives the same records.
        split: ``"train"`` or ``"dev"`` to draw only from that split's templates; ``None`` for both.
    """
    pool = templates_for(split)
    families: dict[str, list[Template]] = {}
    for t in pool:
        families.setdefault(t.family, []).append(t)
    names = sorted(families)
    weights = [family_weight(f, split) for f in names]
    prefix = {"train": "tr", "dev": "dv", None: "pl"}[split]
    records = []
    for i in range(n):
        rng = random.Random(f"{seed}:{split}:{i}")
        fam = rng.choices(names, weights)[0]
        template = rng.choice(families[fam])
        with using_split(split):
            rec = realize(template, rng, slot_funcs=SLOT_FUNCS, attachment_name=attachment_name,
                          history_text=history_turn)
        _fill_prompt(rec)
        for step in rec["gold"]:
            cap_gold(step)
        records.append({"id": f"{prefix}-{i:06d}", "template": template.id, "split": split_of(template), **rec})
    return records


def record_to_request_text(record: dict[str, Any]) -> str:
    """The text a planner sees: each ``###name###`` becomes ``<kind index>`` in order, and every
    separately passed attachment is appended as its placeholder (as ``parse_request`` would number it)."""
    attachments = record.get("attachments", [])
    counter = iter(range(len(attachments)))

    def replace(match: re.Match[str]) -> str:
        i = next(counter)
        return placeholder(attachments[i]["kind"], i)

    text = INLINE_PATTERN.sub(replace, record["text"])
    extra = [placeholder(a["kind"], i) for i, a in enumerate(attachments) if not a.get("inline", True)]
    return " ".join([text, *extra]) if extra else text


def write_jsonl(records: Iterable[dict[str, Any]], path: str | Path) -> Path:
    out = Path(path)
    out.parent.mkdir(parents=True, exist_ok=True)
    with out.open("w", encoding="utf-8") as fh:
        for rec in records:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    return out


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m unison_agent.training.data", description=__doc__.split("\n")[0])
    parser.add_argument("--n", type=int, required=True, help="number of records")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--out", required=True, help="output JSONL file")
    parser.add_argument("--split", choices=SPLITS, default=None, help="draw only from this split's templates")
    args = parser.parse_args(argv)
    path = write_jsonl(generate(n=args.n, seed=args.seed, split=args.split), args.out)
    print(f"wrote {args.n} records to {path}")


if __name__ == "__main__":
    main()
