"""UnisonTokenPlanner: the published Unison planner's special-token protocol, mapped to plans.

The reference planner (Qwen2.5-VL-3B + LoRA) reads the request with every attachment replaced
by ``<IMGPAD>`` / ``<VIDPAD>`` and answers with tokens:

==============================  ===============================================================
output                          canonical step
==============================  ===============================================================
no ``<CFI>``/``<CFV>``          understanding: text / image / video (by the first attachment);
                                the model's text is its answer (``last_stats["answer"]``)
``<CFI>``                       text_to_image
``<CFI><BOEDIT>m,s<EOEDIT>``    image_edit: ``mask`` = attachment m, ``image`` = attachment s
                                (one index: the source, no mask)
``<CFI><CTRL>``                 image_control: ``control`` = the first image attachment
``<CFI><REF>``                  image_reference: ``reference`` = the image attachments
``<CFV>``                       text_to_video
``<CFV><BOFIDX>0|1<EOFIDX>``    image_to_video: 0 -> ``first_frame``, 1 -> ``last_frame``
``<CFV><BOEDIT>m,s<EOEDIT>``    video_edit: ``mask`` = attachment m, ``video`` = attachment s
``<CFV><CTRL>``                 video_control: ``control`` = the first video attachment
``<CFV><REF>``                  video_reference: ``reference`` = the image attachments
``<BORES>w,h<EORES>``           ``width``, ``height`` (snapped to the tool's MetaSpec)
``<BONF>n<EONF>``               ``num_frames`` = n + 1, ``fps`` = the tool's default
==============================  ===============================================================

Built-in tasks only: the protocol's tokens name the twelve built-in tasks and nothing else, so this
planner never plans a task a plugin declares (``Tool.declares``). A plugin tool that serves a
built-in task is still chosen (``tool_for``, ``prefer``, or by the request's words); for plugin
tasks use the ``embedded`` or ``lm`` planner, which plan over the registry they are given.

``<REF>`` alongside an edit or control adds the remaining image attachments as ``reference``.
Three bugs of the reference inference script are deliberately *not* copied: it treated every
``<BOFIDX>`` as "last frame" (it compared against a literal string), ignored ``<CTRL>`` for
images, and ignored the ``<BOEDIT>`` indices for video editing.

Key parts: ``parse_unison_output(text, request, registry=..., policy=...)`` (pure: text ->
plan dict), ``to_unison_prompt(request)``, ``UnisonTokenPlanner`` (wraps a model or any
``generate(prompt) -> text`` callable), ``create(**options)`` (the ``unison`` entry point).
"""

from __future__ import annotations

import re
import time
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any

from ..contracts.context import PlanContext
from ..contracts.errors import PlannerError, PlanValidationError, UserError
from ..contracts.plan import Plan
from ..contracts.request import Request, placeholder
from ..contracts.tool import ToolDefinition
from .base import finalize
from .meta import MetaIntent, apply_meta

if TYPE_CHECKING:
    from ..config import Config
    from ..runtime.pool import ModelPool

TOKENS = ("<CFI>", "<CFV>", "<BORES>", "<EORES>", "<BONF>", "<EONF>", "<BOFIDX>", "<EOFIDX>",
          "<BOEDIT>", "<EOEDIT>", "<REF>", "<CTRL>", "<IMGPAD>", "<VIDPAD>")
_TEXT_ARGS = ("prompt", "question", "text", "instruction", "query")


def to_unison_prompt(request: Request) -> str:
    """The request text as the reference model saw it: attachments as ``<IMGPAD>``/``<VIDPAD>``."""
    text = request.text
    for att in request.attachments:
        pad = "<IMGPAD>" if att.kind == "image" else "<VIDPAD>"
        marker = placeholder(att.kind, att.index)
        text = text.replace(marker, pad) if marker in text else f"{pad} {text}"
    return text


def _block(text: str, name: str) -> str | None:
    m = re.search(rf"<BO{name}>(.*?)<EO{name}>", text, flags=re.DOTALL)
    return m.group(1).strip() if m else None


def _ints(raw: str, what: str, count: tuple[int, ...]) -> list[int]:
    parts = [p.strip() for p in raw.split(",") if p.strip()]
    try:
        values = [int(p) for p in parts]
    except ValueError:
        values = []
    if len(values) not in count or (parts and not values):
        want = " or ".join(str(c) for c in count)
        raise PlannerError(f"planner output has a malformed {what}: {raw!r} (expected {want} comma-separated integers)")
    return values


def _task_and_roles(text: str, kinds: list[str]) -> tuple[str, dict[str, Any], str | None]:
    """(task, role -> reference(s), answer text or None) for one model output."""
    images = [i for i, k in enumerate(kinds) if k == "image"]
    videos = [i for i, k in enumerate(kinds) if k == "video"]
    has = {t: t in text for t in ("<CFI>", "<CFV>", "<REF>", "<CTRL>", "<BOEDIT>", "<BOFIDX>")}
    if not (has["<CFI>"] or has["<CFV>"]):
        answer = re.sub(r"<[A-Z]+>|<\|im_end\|>", "", text).strip()
        task = "text_understanding" if not kinds else f"{kinds[0]}_understanding"
        return task, ({kinds[0]: 0} if kinds else {}), answer
    video = has["<CFV>"] and not has["<CFI>"]
    roles: dict[str, Any] = {}
    used: set[int] = set()
    edit = _block(text, "EDIT")
    if has["<BOEDIT>"] and edit is not None:
        idx = _ints(edit, "<BOEDIT> block", (0, 1, 2))
        source_role = "video" if video else "image"
        if len(idx) == 2:
            roles["mask"], roles[source_role] = idx
        elif len(idx) == 1:
            roles[source_role] = idx[0]
        else:
            pool = videos if video else images
            if pool:
                roles[source_role] = pool[0]
        task = "video_edit" if video else "image_edit"
    elif video and has["<BOFIDX>"]:
        which = _ints(_block(text, "FIDX") or "", "<BOFIDX> block", (1,))[0]
        if which not in (0, 1):
            raise PlannerError(f"planner output has <BOFIDX>{which}<EOFIDX>; expected 0 (first frame) or 1 (last frame)")
        task = "image_to_video"
        if images:
            roles["first_frame" if which == 0 else "last_frame"] = images[0]
    elif has["<CTRL>"]:
        task = "video_control" if video else "image_control"
        pool = (videos or images) if video else images
        if pool:
            roles["control"] = pool[0]
    elif has["<REF>"]:
        task = "video_reference" if video else "image_reference"
    else:
        task = "text_to_video" if video else "text_to_image"
    used.update(v for v in roles.values() if isinstance(v, int))
    if has["<REF>"]:
        refs = [i for i in images if i not in used] or ([] if used else images)
        if refs:
            roles["reference"] = refs
    return task, roles, None


def parse_unison_output(
    text: str,
    request: Request,
    *,
    context: PlanContext,
    tool_for: Mapping[str, str] | None = None,
) -> tuple[dict[str, Any], str | None]:
    """Map one output of the reference planner to ``(plan dict, answer or None)``.

    Args:
        tool_for: task -> tool name, where several registered tools serve a task (default: the
            first registered one).

    Raises:
        PlannerError: malformed token blocks, or no registered tool serves the task.
    """
    kinds: list[str] = [a.kind for a in request.attachments]
    task, roles, answer = _task_and_roles(text, kinds)
    tool = _pick_tool(task, context, tool_for, request.text)
    args: dict[str, Any] = {}
    media = tool.media_args
    props = tool.properties
    for role, value in roles.items():
        if role not in media:
            raise PlannerError(f"tool `{tool.name}` serves {task} but has no `{role}` argument")
        refs = [f"$input.{i}" for i in (value if isinstance(value, list) else [value])]
        args[role] = refs if tool.wants_list(role) else refs[0]
    text_arg = next((a for a in _TEXT_ARGS if a in props), None)
    if text_arg is not None:
        args[text_arg] = _clean_prompt(request.text)
    intent = MetaIntent()
    res = _block(text, "RES")
    if res is not None:
        w, h = _ints(res, "<BORES> block", (2,))
        intent = MetaIntent(width=w, height=h)
    nf = _block(text, "NF")
    if nf is not None:
        intent = MetaIntent(width=intent.width, height=intent.height, frames=_ints(nf, "<BONF> block", (1,))[0] + 1)
    args = apply_meta(args, tool, intent, policy=context.policy)
    if intent.frames and "num_frames" in args and "fps" not in args and "fps" in props and tool.meta and tool.meta.default_fps:
        args["fps"] = tool.meta.default_fps
    step = {"id": "s0", "task": task, "tool": tool.name, "args": args}
    return {"steps": [step]}, answer


def _pick_tool(task: str, context: PlanContext, tool_for: Mapping[str, str] | None, text: str) -> ToolDefinition:
    if tool_for and task in tool_for:
        return context.definition(tool_for[task])
    chosen = context.choose_tool(task, text)
    if chosen is None:
        names = ", ".join(d.name for d in context.definitions) or "(none)"
        raise PlannerError(f"no registered tool serves {task!r}; tools: {names}")
    return chosen


def _clean_prompt(text: str) -> str:
    """The request text without attachment placeholders (the generator needs words, not markers)."""
    cleaned = re.sub(r"<(?:image|video) \d+>", "", text)
    return re.sub(r"\s{2,}", " ", cleaned).strip() or text


class UnisonTokenPlanner:
    """Plan with the reference release's planner (or anything speaking its protocol).

    It maps to the twelve built-in tasks only: tasks declared by plugins are never planned here.

    Args:
        generate: ``generate(prompt) -> text``: any callable (tests script it); if ``None``,
            ``model`` is loaded (a Qwen2.5-VL checkpoint, optionally with ``adapter``).
        model, adapter, device, dtype: where the reference planner lives.
        max_new_tokens: generation budget (the reference uses 256).
        tool_for: task -> tool name overrides.
    """

    name = "unison"

    def __init__(
        self,
        *,
        generate: Callable[[str], str] | None = None,
        model: str | None = None,
        adapter: str | None = None,
        device: str | None = None,
        dtype: str | None = None,
        max_new_tokens: int = 256,
        tool_for: Mapping[str, str] | None = None,
    ) -> None:
        if generate is None and model is None:
            raise UserError("the unison planner needs `model` (the reference Qwen2.5-VL checkpoint) or `generate`")
        self._generate = generate
        self._load = {"model": model, "adapter": adapter, "device": device, "dtype": dtype}
        self._lm: Any = None
        self.max_new_tokens = int(max_new_tokens)
        self.tool_for = dict(tool_for or {})
        self.last_stats: dict[str, Any] = {}

    def _model_generate(self, prompt: str) -> str:
        import torch

        from .lm import load_model

        if self._lm is None:
            model = self._load.pop("model")
            assert model is not None
            self._lm = load_model(model, **self._load)
        lm, processor, _ = self._lm
        messages = [{"role": "user", "content": [{"type": "text", "text": prompt}]}]
        inputs = processor.apply_chat_template(
            messages, tokenize=True, add_generation_prompt=True, return_tensors="pt", return_dict=True
        ).to(lm.device)
        with torch.inference_mode():
            out = lm.generate(**inputs, max_new_tokens=self.max_new_tokens, do_sample=False)
        new = out[0, inputs["input_ids"].shape[1]:]
        self.last_stats["tokens"] = int(new.shape[0])
        text = processor.batch_decode([new], skip_special_tokens=False, clean_up_tokenization_spaces=False)[0]
        return str(text).replace("<|im_end|>", "").replace("<|endoftext|>", "").strip()

    def plan(self, request: Request, context: PlanContext) -> Plan:
        """Generate the protocol output, map it, validate it (``finalize``)."""
        started = time.perf_counter()
        self.last_stats = {}
        prompt = to_unison_prompt(request)
        text = self._generate(prompt) if self._generate is not None else self._model_generate(prompt)
        raw, answer = parse_unison_output(text, request, context=context, tool_for=self.tool_for)
        self.last_stats.update({"output": text, "answer": answer, "seconds": round(time.perf_counter() - started, 4)})
        try:
            return finalize(raw, context)
        except PlanValidationError as exc:
            raise PlannerError(f"the reference planner's output {text!r} maps to an invalid plan:\n{exc}", exc.issues) from None


def create(*, pool: ModelPool | None = None, config: Config | None = None, **options: Any) -> UnisonTokenPlanner:
    """Entry point ``unison`` (``pool`` and ``config`` are unused: it loads its own model)."""
    if "max_new_tokens" in options and isinstance(options["max_new_tokens"], str):
        options["max_new_tokens"] = int(options["max_new_tokens"])
    try:
        return UnisonTokenPlanner(**options)
    except TypeError as exc:
        raise UserError(f"unison planner: {exc}; options: model, adapter, device, dtype, max_new_tokens, tool_for") from None
