"""Loaders the model pool calls: one function per model family, real weights or ``tiny:`` ones.

Key parts:
- ``LOADERS``: kind -> ``loader(model_id, *, device, dtype, **options)``. Kinds: ``wan_vace``
  (diffusers ``WanVACEPipeline``), ``diffusers`` (any ``DiffusionPipeline``; the ``pipeline``
  option names an auto class such as ``AutoPipelineForText2Image``), ``qwen2_5_vl``
  (transformers ``Qwen2_5_VLForConditionalGeneration`` + processor, as a ``VisionLanguageModel``).
- Model ids starting with ``tiny:`` build seeded random-weight instances of the same classes in
  code (see ``unison_agent.runtime.tiny``); anything else is a Hub id or a local directory.
- ``missing_model_guard``: turns "weights are not there" into ``ModelNotFoundError`` naming the
  id, where we looked, and how to fix it, instead of a hub stack trace.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..contracts.errors import ModelNotFoundError

TINY_PREFIX = "tiny:"
TINY_WAN_VACE = "tiny:wan2.1-vace"
TINY_QWEN_VL = "tiny:qwen2.5-vl"

Loader = Callable[..., Any]


def is_tiny(model_id: str) -> bool:
    return model_id.startswith(TINY_PREFIX)


def _looks_local(model_id: str) -> bool:
    """A path rather than a Hub id (``org/name``)."""
    return model_id.startswith(("/", ".", "~")) or model_id.count("/") > 1 or "\\" in model_id \
        or Path(model_id).expanduser().exists()


def _hub_cache() -> str:
    try:
        from huggingface_hub.constants import HF_HUB_CACHE

        return str(HF_HUB_CACHE)
    except ImportError:  # pragma: no cover - huggingface_hub ships with diffusers/transformers
        return "~/.cache/huggingface/hub"


def _offline() -> bool:
    return any(os.environ.get(v, "").lower() in ("1", "true", "yes") for v in ("HF_HUB_OFFLINE", "TRANSFORMERS_OFFLINE"))


def not_found_error(model_id: str, *, what: str, config_key: str | None, detail: str = "") -> ModelNotFoundError:
    """The ``ModelNotFoundError`` for ``model_id``: where we looked and how to fix it."""
    if model_id.startswith(TINY_PREFIX):
        where = f"the built-in tiny models ({TINY_WAN_VACE}, {TINY_QWEN_VL})"
    elif _looks_local(model_id):
        where = f"the local path {str(Path(model_id).expanduser().resolve())!r}"
    else:
        hub = "the Hub is not consulted (HF_HUB_OFFLINE is set)" if _offline() else "the Hugging Face Hub"
        where = f"the local path {model_id!r} (none), the Hugging Face cache {_hub_cache()!r} and {hub}"
    key = f"`{config_key}`" if config_key else "the tool's `model` setting"
    fix = (
        f"download it while online (`huggingface-cli download {model_id}`), or set {key} in your config file "
        "(UNISON_CONFIG) to a local directory holding it; `--profile tiny` runs offline with tiny random models"
    )
    tail = f" ({detail})" if detail else ""
    return ModelNotFoundError(f"{what} model {model_id!r} was not found in {where}{tail}. To fix: {fix}.")


def _cached(model_id: str) -> bool:
    """Whether the Hugging Face cache holds (some of) ``model_id``."""
    snapshots = Path(_hub_cache()).expanduser() / f"models--{model_id.replace('/', '--')}" / "snapshots"
    return snapshots.is_dir() and any(snapshots.iterdir())


def _hub_unreachable() -> str | None:
    """Why the Hub cannot be reached (one quick connection, no retries), or ``None``."""
    import socket
    from urllib.parse import urlparse

    endpoint = urlparse(os.environ.get("HF_ENDPOINT") or "https://huggingface.co")
    host, port = endpoint.hostname or "huggingface.co", endpoint.port or (443 if endpoint.scheme == "https" else 80)
    try:
        socket.create_connection((host, port), timeout=5).close()
    except OSError as exc:
        return f"the Hub ({host}) cannot be reached: {exc.strerror or exc}"
    return None


@contextmanager
def missing_model_guard(model_id: str, *, what: str, config_key: str | None = None) -> Iterator[None]:
    """Re-raise "not found / not cached / offline" failures of ``from_pretrained`` as ``ModelNotFoundError``.

    A Hub model that is not cached, on a machine that cannot reach the Hub, fails at once: the
    hub client would otherwise retry for half a minute before saying the same."""
    if not is_tiny(model_id) and _looks_local(model_id) and not Path(model_id).expanduser().exists():
        raise not_found_error(model_id, what=what, config_key=config_key, detail="no such directory")
    if not is_tiny(model_id) and not _looks_local(model_id) and not _offline() and not _cached(model_id) \
            and (unreachable := _hub_unreachable()) is not None:
        raise not_found_error(model_id, what=what, config_key=config_key, detail=unreachable)
    try:
        yield
    except OSError as exc:
        first_line = str(exc).strip().splitlines()[0][:200] if str(exc).strip() else type(exc).__name__
        raise not_found_error(model_id, what=what, config_key=config_key, detail=first_line) from None
    except Exception as exc:
        from huggingface_hub.errors import HfHubHTTPError, HFValidationError, LocalEntryNotFoundError

        if isinstance(exc, (HfHubHTTPError, HFValidationError, LocalEntryNotFoundError)):
            first_line = str(exc).strip().splitlines()[0][:200]
            raise not_found_error(model_id, what=what, config_key=config_key, detail=first_line) from None
        raise


# -- Wan2.1-VACE ------------------------------------------------------------------------------


def load_wan_vace(model_id: str, *, device: Any, dtype: Any, config_key: str | None = None, **_: Any) -> Any:
    """A ``WanVACEPipeline`` on CPU in ``dtype`` (the pool moves it); the VAE stays float32 as upstream advises."""
    import torch

    if is_tiny(model_id):
        if model_id != TINY_WAN_VACE:
            raise not_found_error(model_id, what="Wan2.1-VACE", config_key=config_key)
        from .tiny.wan import build_wan_vace_pipeline

        pipe = build_wan_vace_pipeline(seed=0)
        if dtype != torch.float32:  # the VAE stays float32, as with real weights
            pipe.transformer.to(dtype)
            pipe.text_encoder.to(dtype)
        return pipe
    from diffusers import AutoencoderKLWan, WanVACEPipeline

    with missing_model_guard(model_id, what="Wan2.1-VACE", config_key=config_key):
        vae = AutoencoderKLWan.from_pretrained(model_id, subfolder="vae", torch_dtype=torch.float32)
        pipe = WanVACEPipeline.from_pretrained(model_id, vae=vae, torch_dtype=dtype)
    pipe.set_progress_bar_config(disable=True)
    return pipe


def load_diffusers(
    model_id: str, *, device: Any, dtype: Any, pipeline: str = "DiffusionPipeline", config_key: str | None = None,
    **_: Any,
) -> Any:
    """Any diffusers pipeline by id or path; ``pipeline`` names the class (e.g. ``AutoPipelineForInpainting``)."""
    import diffusers

    cls = getattr(diffusers, pipeline, None)
    if cls is None or not hasattr(cls, "from_pretrained"):
        from ..contracts.errors import UserError

        raise UserError(f"`backend` {pipeline!r} is not a diffusers pipeline class (e.g. AutoPipelineForText2Image)")
    with missing_model_guard(model_id, what=f"diffusers {pipeline}", config_key=config_key):
        pipe = cls.from_pretrained(model_id, torch_dtype=dtype)
    pipe.set_progress_bar_config(disable=True)
    return pipe


# -- Qwen2.5-VL ---------------------------------------------------------------------------------


@dataclass
class VisionLanguageModel:
    """A Qwen2.5-VL model with its processor; what the ``vqa`` tool and a VLM planner share."""

    model: Any
    processor: Any
    model_id: str

    def to(self, device: Any) -> VisionLanguageModel:
        self.model.to(device)
        return self

    @property
    def device(self) -> Any:
        return self.model.device


def load_qwen_vl(model_id: str, *, device: Any, dtype: Any, config_key: str | None = None, **_: Any) -> VisionLanguageModel:
    """Qwen2.5-VL (``Qwen2_5_VLForConditionalGeneration``) and its image/text processor, on CPU in ``dtype``."""
    if is_tiny(model_id):
        if model_id != TINY_QWEN_VL:
            raise not_found_error(model_id, what="Qwen2.5-VL", config_key=config_key)
        from .tiny.qwen import build_qwen_vl

        model, processor = build_qwen_vl(seed=0)
        return VisionLanguageModel(model=model.to(dtype), processor=processor, model_id=model_id)
    from transformers import AutoTokenizer, Qwen2_5_VLForConditionalGeneration
    from transformers.models.qwen2_vl.image_processing_pil_qwen2_vl import Qwen2VLImageProcessorPil

    with missing_model_guard(model_id, what="Qwen2.5-VL", config_key=config_key):
        tokenizer = AutoTokenizer.from_pretrained(model_id)
        image_processor = Qwen2VLImageProcessorPil.from_pretrained(model_id)
        model = Qwen2_5_VLForConditionalGeneration.from_pretrained(model_id, dtype=dtype).eval()
    template = getattr(tokenizer, "chat_template", None)
    if template is None:
        from .tiny.qwen import QWEN_CHAT_TEMPLATE

        template = QWEN_CHAT_TEMPLATE
    from .qwen_processor import image_only_qwen_processor

    processor = image_only_qwen_processor(image_processor=image_processor, tokenizer=tokenizer, chat_template=template)
    return VisionLanguageModel(model=model, processor=processor, model_id=model_id)


LOADERS: dict[str, Loader] = {
    "wan_vace": load_wan_vace,
    "diffusers": load_diffusers,
    "qwen2_5_vl": load_qwen_vl,
}
