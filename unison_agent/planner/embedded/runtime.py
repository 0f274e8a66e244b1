"""Loading a trained embedded planner and running it on one rendered request.

- ``load_trained(weights_dir)``: config + tokenizer + network. The first load applies the LoRA
  with peft, merges it into the encoder and caches the merged encoder as safetensors under
  ``$UNISON_CACHE_DIR`` (default ``~/.cache/unison-agent``); later loads read that file directly
  (no peft, no merge), which keeps the cold start short.
- ``Runner.predict(rendered) -> Prediction``: signature ranking, role probabilities per
  placeholder, decoded meta spans.
"""

from __future__ import annotations

import hashlib
import json
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import torch

from ...contracts.errors import ModelNotFoundError
from .construct import MetaSpan, Prediction
from .features import RenderedInput, encode
from .labels import BIO_LABELS, Signature, role_slots
from .model import PlannerNet, apply_lora, build_encoder, load_tokenizer, resolve_base_dir

WEIGHTS_FILE = "planner.safetensors"
CONFIG_FILE = "config.json"
DEFAULT_WEIGHTS_DIR = Path(__file__).parent / "weights"


def cache_dir() -> Path:
    return Path(os.environ.get("UNISON_CACHE_DIR") or Path.home() / ".cache" / "unison-agent")


@dataclass
class Runner:
    net: PlannerNet
    tokenizer: Any
    config: dict[str, Any]
    signatures: list[Signature]
    max_len: int = 256
    threads: int | None = 1
    """torch threads while predicting (restored after): one request is a few dozen tokens, and on a
    busy machine a second thread mostly waits on the first (measured: ~1.5 s vs ~50 ms per plan)."""

    def predict(self, rendered: RenderedInput, *, top_k: int = 5) -> tuple[Prediction, int]:
        """Model outputs for one request, and the number of tokens it read."""
        before = torch.get_num_threads()
        if self.threads and self.threads != before:
            torch.set_num_threads(self.threads)
        try:
            with torch.inference_mode():
                return self._predict(rendered, top_k=top_k)
        finally:
            if torch.get_num_threads() != before:
                torch.set_num_threads(before)

    def _predict(self, rendered: RenderedInput, *, top_k: int) -> tuple[Prediction, int]:
        enc = encode(self.tokenizer, rendered, max_len=self.max_len)
        ids = torch.tensor([enc.input_ids])
        ph = torch.tensor([enc.placeholder_tokens or [-1]])
        out = self.net(
            input_ids=ids,
            attention_mask=torch.ones_like(ids),
            token_type_ids=torch.tensor([enc.token_type_ids]),
            placeholder_index=ph,
        )
        sig_p = out["signature"][0].softmax(-1)
        top = sig_p.topk(min(top_k, sig_p.numel()))
        signatures = [(self.signatures[int(i)], float(p)) for p, i in zip(top.values, top.indices, strict=True)]
        slots = role_slots()
        role_p = out["roles"][0].sigmoid()
        role_probs = []
        for j, tok in enumerate(enc.placeholder_tokens):
            role_probs.append({} if tok < 0 else {slot: float(role_p[j, s]) for s, slot in enumerate(slots)})
        bio = out["bio"][0].argmax(-1).tolist()
        step_p = out["span_step"][0].softmax(-1)
        spans: list[MetaSpan] = []
        current: list[int] = []
        label = ""

        def flush() -> None:
            if current:
                s, e = enc.offsets[current[0]][0], enc.offsets[current[-1]][1]
                probs = step_p[current].mean(0).tolist()
                spans.append(MetaSpan(text=rendered.text[s:e], label=label, step_probs=probs, start=s))

        for t, b in enumerate(bio):
            name = BIO_LABELS[b]
            if enc.segments[t] != 0 or name == "O":
                flush()
                current = []
                continue
            prefix, lab = name.split("-", 1)
            if prefix == "B" or lab != label or not current:
                flush()
                current, label = [t], lab
            else:
                current.append(t)
        flush()
        return Prediction(signatures=signatures, role_probs=role_probs, spans=spans), len(enc.input_ids)


def _cache_key(weights: Path, base: Path | str) -> str:
    h = hashlib.sha256(weights.read_bytes())
    base_file = Path(base) / "model.safetensors" if isinstance(base, Path) else None
    h.update(str(base).encode())
    if base_file is not None and base_file.exists():
        h.update(str(base_file.stat().st_size).encode())
    return h.hexdigest()[:24]


def load_trained(weights_dir: str | Path | None = None, *, use_cache: bool = True) -> Runner:
    """Load a trained planner directory (``config.json`` + ``planner.safetensors``)."""
    from safetensors.torch import load_file, save_file

    wdir = Path(weights_dir) if weights_dir is not None else DEFAULT_WEIGHTS_DIR
    cfg_path, w_path = wdir / CONFIG_FILE, wdir / WEIGHTS_FILE
    if not cfg_path.exists() or not w_path.exists():
        raise ModelNotFoundError(
            f"no trained embedded planner in {wdir} (expected {CONFIG_FILE} and {WEIGHTS_FILE}); "
            "train one with `unison train-planner --config ...` or reinstall the package"
        )
    config = json.loads(cfg_path.read_text())
    base = resolve_base_dir(config["base"], relative_to=wdir)
    tokenizer = load_tokenizer(base)
    signatures = [Signature.parse(s) for s in config["signatures"]]
    state = load_file(str(w_path))
    heads = {k: v for k, v in state.items() if not k.startswith("encoder.")}
    lora = config.get("lora", {})
    cached = cache_dir() / "embedded" / f"{_cache_key(w_path, base)}.safetensors"
    if use_cache and cached.exists():
        net = PlannerNet(build_encoder(base, weights=load_file(str(cached))), n_signatures=len(signatures))
    else:
        net = PlannerNet(build_encoder(base), n_signatures=len(signatures))
        apply_lora(net, r=int(lora.get("r", 0)), alpha=int(lora.get("alpha", 16)), layers=lora.get("layers"))
        missing = [k for k in state if k not in net.state_dict()]
        if missing:
            raise ModelNotFoundError(f"{w_path} does not fit its config: unknown tensors {missing[:3]}")
        net.load_state_dict(state, strict=False)
        enc = net.encoder
        if hasattr(enc, "merge_and_unload"):
            net.encoder = enc.merge_and_unload()  # type: ignore[operator]
        if use_cache:
            try:
                cached.parent.mkdir(parents=True, exist_ok=True)
                tmp = cached.with_suffix(".tmp")
                save_file({k: v.contiguous() for k, v in net.encoder.state_dict().items()}, str(tmp))
                tmp.replace(cached)
            except OSError:
                pass  # a read-only home only costs the merge on the next start
    net.load_state_dict(heads, strict=False)
    net.eval()
    return Runner(net=net, tokenizer=tokenizer, config=config, signatures=signatures, max_len=int(config.get("max_len_infer", 256)))
