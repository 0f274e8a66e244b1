"""LMPlanner: any transformers causal LM or Qwen2.5-VL-style VLM, decoding under the registry's
plan schema, validated and repaired.

Key parts:
- ``load_model(model, gguf_file=..., adapter=..., device=..., dtype=...)``: base weights from a
  hub id or local path (GGUF too), an optional peft LoRA adapter on top; returns the model and
  its tokenizer or processor. Missing weights raise ``ModelNotFoundError`` naming what was tried.
- ``LMPlanner``: builds the prompt (``prompt``), decodes under ``constrained.decoding_schema``,
  sets and snaps meta arguments from the request text (``meta.apply_meta``), validates with
  ``finalize`` and retries with the problems fed back (``repair``). ``last_stats`` reports tokens
  generated, attempts and seconds of the last call. Under the grammar the output is a schema-valid
  plan: near the end of ``max_new_tokens`` the decoder is steered to close the JSON (the plan then
  carries a warning); if even the forced part does not fit, a ``PlannerError`` says the budget ran
  out and what to set (no retry: it would run out again).
- Plugin tasks: the schema and the prompt come from the registry, so a task a plugin declares
  (``Tool.declares``) is plannable as soon as the plugin is installed; the prompt describes
  declared tasks in words (the built-in names speak for themselves).
- ``create(**options)``: the ``lm`` entry point.

A text-only LM sees attachments as typed placeholders (``<image 0>``); a VLM gets them as image
parts (a video attachment as a few of its frames).
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any

from ..contracts.context import PlanContext
from ..contracts.errors import Issue, ModelNotFoundError, PlannerError, UserError
from ..contracts.plan import Plan
from ..contracts.request import Request
from .constrained import decoding_schema, generate_json
from .meta import apply_meta, parse_meta
from .prompt import build_messages, render
from .repair import RepairTrace, plan_with_repair

if TYPE_CHECKING:
    from ..config import Config
    from ..runtime.pool import ModelPool

log = logging.getLogger(__name__)
_VLM_TYPES = ("qwen2_5_vl", "qwen2_vl", "qwen3_vl")


def load_model(
    model: str,
    *,
    gguf_file: str | None = None,
    adapter: str | None = None,
    device: str | None = None,
    dtype: str | None = None,
) -> tuple[Any, Any, bool]:
    """Load ``(model, tokenizer_or_processor, is_vlm)`` from a hub id or local directory.

    Args:
        gguf_file: a GGUF file inside ``model`` (transformers dequantises it).
        adapter: a peft LoRA adapter (hub id or path) to put on top.
    """
    import torch
    from transformers import AutoConfig, AutoModelForCausalLM, AutoTokenizer

    torch_dtype = getattr(torch, dtype) if dtype else None
    extra: dict[str, Any] = {"gguf_file": gguf_file} if gguf_file else {}
    try:
        config = AutoConfig.from_pretrained(model, **extra)
        is_vlm = getattr(config, "model_type", "") in _VLM_TYPES
        if is_vlm:
            from transformers import AutoModelForImageTextToText, AutoProcessor

            lm = AutoModelForImageTextToText.from_pretrained(model, dtype=torch_dtype, **extra)
            tok: Any = AutoProcessor.from_pretrained(model, **extra)
        else:
            lm = AutoModelForCausalLM.from_pretrained(model, dtype=torch_dtype, **extra)
            tok = AutoTokenizer.from_pretrained(model, **extra)
    except (OSError, ValueError) as exc:
        where = f"{model!r}" + (f" (gguf_file {gguf_file!r})" if gguf_file else "")
        raise ModelNotFoundError(
            f"planner model {where} could not be loaded: {str(exc).splitlines()[0]}; pass a local directory "
            "or a hub id that is in the local cache (planner_options.model)"
        ) from None
    if adapter:
        try:
            from peft import PeftModel

            lm = PeftModel.from_pretrained(lm, adapter)  # type: ignore[assignment]
        except (OSError, ValueError) as exc:
            raise ModelNotFoundError(f"LoRA adapter {adapter!r} could not be loaded: {str(exc).splitlines()[0]}") from None
    if device:
        lm = lm.to(device)  # type: ignore[arg-type]
    lm.eval()
    return lm, tok, is_vlm


class LMPlanner:
    """Plan with a transformers (V)LM under constrained decoding, then validate and repair.

    Args:
        model: hub id or local path (loaded on the first ``plan`` call), or a loaded model.
        tokenizer: the tokenizer/processor when ``model`` is an object.
        gguf_file, adapter, device, dtype: see ``load_model``.
        max_new_tokens: generation budget per attempt.
        max_repairs: extra attempts after a plan fails validation.
        max_steps: most steps the decoder may write.
        constrained: decode under the plan schema (turn off only to measure its cost).
        meta_from_text: set width/height/num_frames/fps from what the request says (the
            ``meta`` rules) rather than trusting the model's numbers.
        do_sample, temperature: sampling for retries (the first attempt is always greedy).
        share: take a Qwen2.5-VL from the model pool instead of loading a copy, so the planner and
            the ``vqa`` tool use one instance (DESIGN: "the understanding VLM can also be the
            planner"). A LoRA adapter is then switched on only while planning.
        pool: the model pool to share through (the ``Agent``'s; without one nothing is shared).
    """

    name = "lm"

    def __init__(
        self,
        *,
        model: Any = None,
        tokenizer: Any = None,
        gguf_file: str | None = None,
        adapter: str | None = None,
        device: str | None = None,
        dtype: str | None = None,
        max_new_tokens: int = 384,
        max_repairs: int = 2,
        max_steps: int = 4,
        constrained: bool = True,
        meta_from_text: bool = True,
        do_sample: bool = True,
        temperature: float = 0.7,
        vlm: bool | None = None,
        share: bool = True,
        pool: ModelPool | None = None,
    ) -> None:
        if model is None:
            raise UserError("the lm planner needs `model` (a hub id or local path); set planner_options.model")
        self._source = model if isinstance(model, str) else None
        self._model = None if isinstance(model, str) else model
        self._tok = tokenizer
        if self._model is not None and tokenizer is None:
            raise UserError("LMPlanner(model=<object>) also needs `tokenizer`")
        self._load_args = {"gguf_file": gguf_file, "adapter": adapter, "device": device, "dtype": dtype}
        self._vlm = vlm
        self.max_new_tokens = int(max_new_tokens)
        self.max_repairs = int(max_repairs)
        self.max_steps = int(max_steps)
        self.constrained = _bool(constrained)
        self.meta_from_text = _bool(meta_from_text)
        self.do_sample = _bool(do_sample)
        self.temperature = float(temperature)
        self.last_stats: dict[str, Any] = {}
        self._lock = threading.Lock()
        # sharing needs the agent's pool: without one the planner loads its own copy
        self._share = (_bool(share) and pool is not None and self._source is not None and not gguf_file
                       and _is_qwen_vl(self._source))
        self._pool = pool
        self._wrapped: tuple[int, Any] | None = None  # (id of the pooled model, its adapter wrapper)

    # -- model ---------------------------------------------------------------------------
    def _ensure_loaded(self) -> None:
        if self._share:
            self._vlm = True
            return  # the model is taken from the pool for each plan (see ``_model_in_use``)
        with self._lock:
            if self._model is None:
                assert self._source is not None
                self._model, self._tok, is_vlm = load_model(self._source, **self._load_args)
                self._vlm = is_vlm if self._vlm is None else self._vlm
            if self._vlm is None:
                self._vlm = getattr(getattr(self._model, "config", None), "model_type", "") in _VLM_TYPES

    @contextmanager
    def _model_in_use(self) -> Iterator[None]:
        """Hold the model for one plan. A shared VLM is used under the pool's per-instance lock,
        with the planner's adapter switched on only inside, so ``vqa`` always sees the base model."""
        if not self._share:
            yield
            return
        pool = self._pool
        assert self._source is not None and pool is not None
        with pool.use("qwen2_5_vl", self._source, config_key="planner_options.model") as vlm:
            model, adapter = vlm.model, self._load_args.get("adapter")
            if adapter:
                model = self._adapter_on(model, adapter)
            self._model, self._tok = model, vlm.processor
            try:
                yield
            finally:
                if adapter:
                    model.disable_adapter_layers()
                self._model = None

    def _adapter_on(self, base: Any, adapter: str) -> Any:
        """The pooled model with the planner's LoRA injected once (re-done if the pool reloaded it)."""
        if self._wrapped is None or self._wrapped[0] != id(base):
            try:
                from peft import PeftModel

                wrapped = PeftModel.from_pretrained(base, adapter)
            except (OSError, ValueError) as exc:
                raise ModelNotFoundError(f"LoRA adapter {adapter!r} could not be loaded: {str(exc).splitlines()[0]}") from None
            wrapped.eval()
            self._wrapped = (id(base), wrapped)
        model = self._wrapped[1]
        model.enable_adapter_layers()
        return model

    @property
    def tokenizer(self) -> Any:
        """The text tokenizer (a VLM processor's ``tokenizer``)."""
        return getattr(self._tok, "tokenizer", self._tok)

    # -- planning ------------------------------------------------------------------------
    def plan(self, request: Request, context: PlanContext) -> Plan:
        """Return a validated plan or raise ``PlannerError`` with every problem of the last try."""
        self._ensure_loaded()
        started = time.perf_counter()
        schema = decoding_schema(context, request=request, max_steps=self.max_steps)
        intent = parse_meta(request.text)
        tokens: list[int] = []
        closed_early: list[bool] = []

        def propose(feedback: str | None, previous: str | None) -> str:
            messages = build_messages(
                request, context=context, feedback=feedback, previous=previous, images=bool(self._vlm)
            )
            inputs = self._encode(messages, request)
            gen = generate_json(
                self._model, self.tokenizer, inputs, schema,
                max_new_tokens=self.max_new_tokens, constrained=self.constrained,
                do_sample=self.do_sample and feedback is not None, temperature=self.temperature,
            )
            tokens.append(gen.tokens)
            closed_early.append(gen.closed_early)
            if not gen.finished and self.constrained:
                # under the grammar an unfinished output is a cut-off plan, never a wrong one: retrying
                # with feedback only spends the budget again, so say what ran out and what to set
                raise PlannerError(
                    f"the plan did not fit in the token budget: the JSON was still open after {gen.tokens} tokens "
                    f"(max_new_tokens={self.max_new_tokens}); raise planner_options.max_new_tokens "
                    f"(e.g. {2 * self.max_new_tokens}) or lower planner_options.max_steps (now {self.max_steps})",
                    [Issue("", f"output cut off at max_new_tokens={self.max_new_tokens}", "token_budget")])
            if not gen.finished:
                log.info("planner output hit max_new_tokens=%d before the JSON closed", self.max_new_tokens)
            return gen.text

        def postprocess(raw: Any) -> Any:
            out = self._apply_meta(raw, context, intent) if self.meta_from_text else raw
            if closed_early and closed_early[-1] and isinstance(out, dict):
                note = (f"the planner reached the end of its token budget (max_new_tokens={self.max_new_tokens}) and "
                        "closed the plan early: its text arguments may be cut short; raise "
                        "planner_options.max_new_tokens")
                out = {**out, "warnings": [*out.get("warnings", []), note]}
            return out

        trace = RepairTrace()
        try:
            with self._model_in_use():
                return plan_with_repair(
                    propose, context,
                    max_repairs=self.max_repairs, postprocess=postprocess, trace=trace,
                )
        finally:
            self.last_stats = {
                "tokens": sum(tokens), "attempts": len(trace.attempts),
                "seconds": round(time.perf_counter() - started, 4),
            }

    def _encode(self, messages: list[dict[str, Any]], request: Request) -> dict[str, Any]:
        if self._vlm:
            images = [_first_frame(a.path, a.kind) for a in request.attachments]
            for m in messages:  # the processor takes images by position, not by path
                if isinstance(m["content"], list):
                    m["content"] = [{"type": "image"} if p.get("type") == "image" else p for p in m["content"]]
            text = self._tok.apply_chat_template(messages, add_generation_prompt=True, tokenize=False)
            enc = self._tok(text=[text], images=images or None, return_tensors="pt")
        else:
            enc = self.tokenizer(render(messages, self.tokenizer), return_tensors="pt", add_special_tokens=False)
        device = getattr(self._model, "device", None)
        return {k: v.to(device) if device is not None and hasattr(v, "to") else v for k, v in enc.items()}

    @staticmethod
    def _apply_meta(raw: Any, context: PlanContext, intent: Any) -> Any:
        if not isinstance(raw, dict) or not isinstance(raw.get("steps"), list):
            return raw
        steps = []
        for step in raw["steps"]:
            if isinstance(step, dict) and step.get("tool") in context.registry and isinstance(step.get("args"), dict):
                tool = context.definition(step["tool"])
                step = {**step, "args": apply_meta(step["args"], tool, intent, policy=context.policy)}
            steps.append(step)
        return {**raw, "steps": steps}


def _first_frame(path: str, kind: str) -> Any:
    """An attachment as one PIL image (a video's first frame) for a VLM prompt."""
    from PIL import Image

    if kind == "image":
        with Image.open(path) as im:
            return im.convert("RGB")
    import imageio.v2 as imageio

    reader = imageio.get_reader(path, format="FFMPEG")
    try:
        return Image.fromarray(reader.get_data(0)).convert("RGB")
    finally:
        reader.close()


def _is_qwen_vl(source: str) -> bool:
    """Whether ``source`` names a Qwen2.5-VL the pool's ``qwen2_5_vl`` loader can load."""
    from ..runtime.loaders import TINY_QWEN_VL

    if source == TINY_QWEN_VL:
        return True
    try:
        from transformers import AutoConfig

        return getattr(AutoConfig.from_pretrained(source), "model_type", "") == "qwen2_5_vl"
    except (OSError, ValueError):
        return False  # unknown here; loaded (and its error reported) the ordinary way


def _bool(v: Any) -> bool:
    if isinstance(v, str):
        return v.strip().lower() in ("1", "true", "yes", "on")
    return bool(v)


def create(*, pool: ModelPool | None = None, config: Config | None = None, **options: Any) -> LMPlanner:
    """Entry point ``lm``: ``LMPlanner(**options)``; numeric options may come as strings (CLI).

    With the agent's ``pool`` the planner shares its Qwen2.5-VL with the ``vqa`` tool; without a
    ``model`` option it then plans with the model ``tools.vqa.model`` names (declared once).
    """
    if pool is not None:
        options.setdefault("pool", pool)
    if "model" not in options and config is not None and config.tool("vqa").model:
        options["model"] = config.tool("vqa").model
    for key in ("max_new_tokens", "max_repairs", "max_steps"):
        if key in options and isinstance(options[key], str):
            options[key] = int(options[key])
    if "temperature" in options and isinstance(options["temperature"], str):
        options["temperature"] = float(options["temperature"])
    try:
        return LMPlanner(**options)
    except TypeError as exc:
        raise UserError(f"lm planner: {exc}; options: model, gguf_file, adapter, device, dtype, max_new_tokens, "
                        "max_repairs, max_steps, constrained, meta_from_text, do_sample, temperature, vlm, share") from None


__all__ = ["LMPlanner", "PlannerError", "create", "load_model"]
