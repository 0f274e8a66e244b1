"""Constrained decoding: the model can only write a plan that fits the registry's schemas.

Key parts:
- ``decoding_schema(registry, request=..., history=..., policy=...)``: a JSON Schema of a plan for
  *this* request: an array of steps, position ``i`` has id ``s<i>`` and one branch per
  (tool, task) — ``tool`` const, ``task`` const, the tool's own argument schema with media
  arguments narrowed to references that exist (attachments of the right kind, earlier steps,
  earlier turns' artifacts), roles the task does not take removed, and a role the task needs
  made required. A plugin tool registered through the entry point appears here with no other
  change, so the model can call it without retraining.
- ``GrammarLogitsProcessor``: a transformers ``LogitsProcessor`` that masks every token the
  grammar forbids, using **llguidance** (a maintained Rust grammar engine with a JSON-Schema
  compiler; no torch or CUDA dependency, works with transformers 5 and any fast tokenizer).
- ``generate_json(model, tokenizer, prompt_ids, schema, ...)``: greedy or sampled generation
  under the grammar; returns the text, the number of tokens, and whether the JSON closed.

Why llguidance: it installs as one wheel, builds masks in tens of microseconds per token, and
compiles JSON Schema (``enum``, ``const``, ``prefixItems``, integer ``minimum``/``maximum``,
``maxLength``) directly. ``bench/bench_planner.py --constrained-overhead`` prints tokens/s with
and without the mask. What JSON Schema cannot say (a step's output kind feeding the next
step) is caught by the validator afterwards and repaired (see ``repair``).
"""

from __future__ import annotations

import copy
import json
import re
import threading
import time
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np

from ..contracts.context import PlanContext
from ..contracts.errors import PlannerError
from ..contracts.policy import Policy
from ..contracts.request import Request
from ..contracts.tasks import TaskSpec
from ..contracts.tool import ToolDefinition

#: JSON compile options: fixed separators (a model cannot spin in whitespace) in the usual style.
JSON_OPTIONS = {"whitespace_flexible": False, "item_separator": ", ", "key_separator": ": "}
MAX_STRING_CHARS = 400
_INT32 = 2**31 - 1


# -- the schema -------------------------------------------------------------------------------


def decoding_schema(
    context: PlanContext,
    *,
    request: Request | None = None,
    max_steps: int = 4,
    max_string_chars: int = MAX_STRING_CHARS,
) -> dict[str, Any]:
    """The plan schema the decoder follows for ``request`` (see the module docstring).

    Raises:
        PlannerError: no tool of the registry can serve any task with these attachments.
    """
    policy = context.policy
    steps = max(1, min(max_steps, policy.max_steps))
    attachments = [a.kind for a in request.attachments] if request is not None else []
    turn_refs = context.known_refs or {}
    positions = []
    for i in range(steps):
        branches = [
            b
            for t in context.definitions
            for task in t.tasks
            for b in _branches(t, context.tasks[task], i, attachments, turn_refs, policy, max_string_chars)
        ]
        if not branches:
            break
        positions.append({"anyOf": branches} if len(branches) > 1 else branches[0])
    if not positions:
        raise PlannerError(
            f"no registered tool can serve a request with attachments {attachments or '(none)'}; "
            f"tools: {', '.join(d.name for d in context.definitions) or '(none)'}"
        )
    return {
        "type": "object",
        "properties": {
            "steps": {
                "type": "array",
                "prefixItems": positions,
                "items": False,
                "minItems": 1,
                "maxItems": len(positions),
            }
        },
        "required": ["steps"],
        "additionalProperties": False,
    }


def _branches(
    tool: ToolDefinition,
    spec: TaskSpec,
    index: int,
    attachments: Sequence[str],
    turn_refs: Mapping[str, str],
    policy: Policy,
    max_chars: int,
) -> list[dict[str, Any]]:
    task = spec.name
    params = _inline_refs(tool.parameters)
    media = tool.media_args
    props: dict[str, Any] = {}
    required = set(params.get("required", []))
    for name, sub in params.get("properties", {}).items():
        if name in media:
            takes = (name in spec.allowed_roles) if spec.allowed_roles else False
            refs = _refs_for(media[name], index, attachments, turn_refs)
            if not takes or not refs:
                if name in required:
                    return []
                continue
            props[name] = _media_schema(tool.wants_list(name), refs)
        else:
            props[name] = _bounded(name, sub, policy, max_chars)
    needed = [r for r in spec.requires_any if r in props]
    if spec.requires_any and not needed:
        return []
    variants = [[*required]] if not needed or any(r in required for r in needed) else [[*required, r] for r in needed]
    out = []
    for req in variants:
        args = {"type": "object", "properties": props, "required": sorted(set(req)), "additionalProperties": False}
        out.append({
            "type": "object",
            "properties": {
                "id": {"const": f"s{index}"},
                "task": {"const": task},
                "tool": {"const": tool.name},
                "args": args,
            },
            "required": ["id", "task", "tool", "args"],
            "additionalProperties": False,
        })
    return out


def _refs_for(kinds: Sequence[str], index: int, attachments: Sequence[str], turn_refs: Mapping[str, str]) -> list[str]:
    refs = [f"$input.{k}" for k, kind in enumerate(attachments) if kind in kinds]
    refs += [f"$s{j}" for j in range(index)]
    refs += [r for r, kind in turn_refs.items() if kind in kinds and not r.startswith("$artifact.")]
    return refs


def _media_schema(is_list: bool, refs: list[str]) -> dict[str, Any]:
    if is_list:
        return {"type": "array", "items": {"enum": refs}, "minItems": 1, "maxItems": 4}
    return {"enum": refs}


def _bounded(name: str, schema: Mapping[str, Any], policy: Policy, max_chars: int) -> dict[str, Any]:
    """A copy of ``schema`` with bounds a decoder needs: policy caps, string length, int range."""
    out = copy.deepcopy(dict(schema))
    if "anyOf" in out:  # Optional[X]: drop the null branch, the model can leave the key out
        non_null = [s for s in out["anyOf"] if not (isinstance(s, Mapping) and s.get("type") == "null")]
        if len(non_null) == 1:
            rest = {k: v for k, v in out.items() if k not in ("anyOf", "default")}
            out = {**rest, **non_null[0]}
        else:
            out["anyOf"] = [_bounded(name, s, policy, max_chars) for s in non_null]
            return out
    out.pop("default", None)
    kind = out.get("type")
    limits = policy.limits()
    if kind in ("integer", "number"):
        lo, hi = limits.get(name, (-_INT32, _INT32))
        if "exclusiveMinimum" in out:
            lo = max(lo, out.pop("exclusiveMinimum") + (1 if kind == "integer" else 1e-3))
        if "exclusiveMaximum" in out:
            hi = min(hi, out.pop("exclusiveMaximum") - (1 if kind == "integer" else 1e-3))
        out["minimum"] = max(lo, out.get("minimum", lo))
        out["maximum"] = min(hi, out.get("maximum", hi))
        if kind == "integer":
            out["minimum"], out["maximum"] = int(np.ceil(out["minimum"])), int(np.floor(out["maximum"]))
        else:  # without a step a decoder can write digits forever
            out.setdefault("multipleOf", 0.001)
    elif kind == "string" and "enum" not in out and "const" not in out:
        out["maxLength"] = min(out.get("maxLength", max_chars), max_chars)
    elif kind == "array":
        out["maxItems"] = min(out.get("maxItems", 8), 8)
        if isinstance(out.get("items"), Mapping):
            out["items"] = _bounded(name, out["items"], policy, max_chars)
    return out


def _inline_refs(schema: Mapping[str, Any]) -> dict[str, Any]:
    """Replace local ``$ref``s (pydantic's ``$defs``) with the definitions they name."""
    defs = dict(schema.get("$defs", {}))

    def walk(node: Any, depth: int = 0) -> Any:
        if isinstance(node, Mapping):
            ref = node.get("$ref")
            if isinstance(ref, str) and ref.startswith("#/$defs/") and depth < 8:
                target = defs.get(ref.rsplit("/", 1)[-1], {})
                merged = {**target, **{k: v for k, v in node.items() if k != "$ref"}}
                return walk(merged, depth + 1)
            return {k: walk(v, depth) for k, v in node.items() if k != "$defs"}
        if isinstance(node, list):
            return [walk(v, depth) for v in node]
        return node

    result: dict[str, Any] = walk(schema)
    return result


# -- the grammar engine -----------------------------------------------------------------------

_TOKENIZERS: dict[int, Any] = {}
_LOCK = threading.Lock()


def llg_tokenizer(tokenizer: Any) -> Any:
    """The llguidance view of a fast HF tokenizer (built once per tokenizer object: ~1 s)."""
    import llguidance.hf

    with _LOCK:
        key = id(tokenizer)
        if key not in _TOKENIZERS:
            if not getattr(tokenizer, "is_fast", False):
                raise PlannerError(
                    f"constrained decoding needs a fast tokenizer; {type(tokenizer).__name__} is not one"
                )
            _TOKENIZERS[key] = (tokenizer, llguidance.hf.from_tokenizer(tokenizer))
        return _TOKENIZERS[key][1]


def compile_grammar(schema: Mapping[str, Any]) -> str:
    import llguidance

    return llguidance.LLMatcher.grammar_from_json_schema(json.dumps(schema), overrides=JSON_OPTIONS)  # type: ignore[arg-type]


def closing_reserve(max_new_tokens: int) -> int:
    """Tokens kept at the end of the budget for closing the JSON (see ``GrammarLogitsProcessor``).

    Small on purpose: steering cuts strings short and ends the steps array, so it must not start
    while a long but fitting plan is still being written. Closing from inside a string takes a
    token or a few; only a step cut off before its required keys needs more (and then fails clearly)."""
    return max(12, min(48, max_new_tokens // 8))


_CLOSERS: dict[int, tuple[Any, np.ndarray, np.ndarray]] = {}


def closer_scores(tokenizer: Any, vocab: int) -> tuple[np.ndarray, np.ndarray]:
    """Per token id, how much it closes: (inside a string: ``"`` then only ``}``/``]``; outside:
    only ``}``/``]``), each scored by the brackets it closes. Built once per tokenizer."""
    with _LOCK:
        key = id(tokenizer)
        if key not in _CLOSERS or _CLOSERS[key][1].shape[0] != vocab:
            inside, outside = np.zeros(vocab, dtype=np.float32), np.zeros(vocab, dtype=np.float32)
            n = min(vocab, len(tokenizer))
            for i, tok in enumerate(tokenizer.convert_ids_to_tokens(list(range(n)))):
                core = str(tok or "").replace("Ġ", " ").replace("▁", " ").strip()
                brackets = core.count("}") + core.count("]")
                if core.startswith('"') and set(core[1:]) <= {"}", "]"}:
                    inside[i] = 10 + brackets
                elif core and set(core) <= {"}", "]"}:
                    outside[i] = brackets
            _CLOSERS[key] = (tokenizer, inside, outside)
        return _CLOSERS[key][1], _CLOSERS[key][2]


def _in_string(text: str) -> bool:
    """Whether JSON ``text`` ends inside a string (unescaped quotes counted)."""
    inside = escaped = False
    for ch in text:
        if escaped:
            escaped = False
        elif ch == "\\" and inside:
            escaped = True
        elif ch == '"':
            inside = not inside
    return inside


class GrammarLogitsProcessor:
    """Masks logits to what the grammar allows; feeds each chosen token to the matcher.

    With ``max_new_tokens``, the last ``reserve`` tokens of the budget steer toward closing: among
    the tokens the grammar allows, those that end the current string and close objects/arrays win
    (``closer_scores``), so a plan that would run out of tokens closes instead, with its strings cut
    short (``closed_early``; the planner warns). Tokens the grammar forces (required keys) still
    come; if even they do not fit, the output stays open and the caller reports the budget."""

    def __init__(self, matcher: Any, *, prompt_length: int, tokenizer: Any = None, max_new_tokens: int | None = None,
                 reserve: int = 0) -> None:
        self.matcher = matcher
        self.prompt_length = prompt_length
        self._fed = prompt_length
        self.seconds = 0.0
        """Time spent in the grammar (consuming tokens, building masks), for overhead figures."""
        self.tokenizer = tokenizer
        self.close_from = None if max_new_tokens is None or tokenizer is None else max(0, max_new_tokens - reserve)
        self.closed_early = False

    def __call__(self, input_ids: Any, scores: Any) -> Any:
        started = time.perf_counter()
        try:
            return self._mask(input_ids, scores)
        finally:
            self.seconds += time.perf_counter() - started

    def _mask(self, input_ids: Any, scores: Any) -> Any:
        import torch

        if input_ids.shape[0] != 1:
            raise PlannerError("constrained decoding runs one sequence at a time")
        for tok in input_ids[0, self._fed:].tolist():
            self.matcher.consume_token(int(tok))
        self._fed = input_ids.shape[1]
        if self.matcher.is_error():
            raise PlannerError(f"grammar matcher failed: {self.matcher.get_error()}")
        bits = np.unpackbits(np.frombuffer(self.matcher.compute_bitmask(), dtype=np.uint8), bitorder="little")
        vocab = scores.shape[-1]
        allowed = np.zeros(vocab, dtype=bool)
        n = min(vocab, bits.shape[0])
        allowed[:n] = bits[:n].astype(bool)
        mask = torch.from_numpy(allowed).to(scores.device)
        out = scores.masked_fill(~mask, float("-inf"))
        generated = input_ids.shape[1] - self.prompt_length
        if self.close_from is not None and generated >= self.close_from:
            inside, outside = closer_scores(self.tokenizer, vocab)
            text = self.tokenizer.decode(input_ids[0, self.prompt_length:].tolist(), skip_special_tokens=True)
            bonus = np.where(allowed, inside if _in_string(text) else outside, 0.0)
            if bonus.any():  # otherwise the grammar forces what comes (a key, a digit): the model picks
                self.closed_early = True
                out = out + torch.from_numpy(1000.0 * bonus).to(out.device, out.dtype)
        return out


@dataclass
class Generation:
    text: str
    tokens: int
    finished: bool
    """True when the grammar accepted the output (the JSON closed) before the token budget ran out."""
    grammar_seconds: float = 0.0
    """Time spent masking logits (zero when unconstrained)."""
    closed_early: bool = False
    """The budget's reserve was reached and the output was steered to close (strings may be cut short)."""


def generate_json(
    model: Any,
    tokenizer: Any,
    inputs: Mapping[str, Any],
    schema: Mapping[str, Any],
    *,
    max_new_tokens: int = 512,
    do_sample: bool = False,
    temperature: float = 0.7,
    constrained: bool = True,
    reserve: int | None = None,
) -> Generation:
    """Generate under ``schema`` (or freely, with ``constrained=False``, for comparison).

    Args:
        inputs: the model inputs (``input_ids``, ``attention_mask``, pixel values for a VLM).
        reserve: tokens at the end of ``max_new_tokens`` spent closing the JSON (default
            ``closing_reserve(max_new_tokens)``; 0 turns it off).
    """
    import llguidance
    import torch
    from transformers import LogitsProcessorList

    prompt_length = int(inputs["input_ids"].shape[1])
    processors = LogitsProcessorList()
    matcher = None
    eos = getattr(tokenizer, "eos_token_id", None)
    if constrained:
        lt = llg_tokenizer(tokenizer)
        matcher = llguidance.LLMatcher(lt, compile_grammar(schema), log_level=0)
        if matcher.is_error():
            raise PlannerError(f"cannot compile the plan grammar: {matcher.get_error()}")
        keep = closing_reserve(max_new_tokens) if reserve is None else reserve
        processors.append(GrammarLogitsProcessor(matcher, prompt_length=prompt_length, tokenizer=tokenizer,
                                                 max_new_tokens=max_new_tokens if keep else None, reserve=keep))
        eos = lt.eos_token
    kwargs: dict[str, Any] = {"max_new_tokens": max_new_tokens, "do_sample": do_sample, "logits_processor": processors}
    if do_sample:
        kwargs["temperature"] = temperature
    else:  # a model's generation_config may ask for sampling; planning is greedy unless told
        kwargs.update(temperature=None, top_p=None, top_k=None)
    if eos is not None:
        kwargs["eos_token_id"] = eos
        kwargs["pad_token_id"] = getattr(tokenizer, "pad_token_id", None) or eos
    with torch.inference_mode():
        out = model.generate(**inputs, **kwargs)
    new = out[0, prompt_length:].tolist()
    if eos is not None and new and new[-1] == eos:
        new = new[:-1]
    text = tokenizer.decode(new, skip_special_tokens=True)
    if matcher is not None:
        for tok in new[_fed(processors):]:  # the last token never reached the processor
            matcher.consume_token(int(tok))
        finished = matcher.is_accepting()
        grammar_seconds = processors[0].seconds
        closed_early = processors[0].closed_early
    else:
        finished, grammar_seconds, closed_early = _closes(text), 0.0, False
    return Generation(text=text, tokens=len(new), finished=finished, grammar_seconds=grammar_seconds,
                      closed_early=closed_early)


def _fed(processors: Any) -> int:
    proc = processors[0]
    return int(proc._fed - proc.prompt_length)


def _closes(text: str) -> bool:
    try:
        json.loads(text)
        return True
    except ValueError:
        return False


def extract_json(text: str) -> Any:
    """The first JSON object in ``text`` (models often wrap it in prose or code fences).

    An object that is still open when the text ends (the output ran out of tokens) is an error:
    the objects nested in it are complete, but returning one of them (a step, its ``args``)
    would turn "the plan was cut off" into a confusing "'steps' is a required property".
    """
    start = text.find("{")
    if start < 0:
        raise ValueError("no JSON object in the model output")
    decoder = json.JSONDecoder()
    end = len(text.rstrip())
    for m in re.finditer(r"\{", text[start:]):
        at = start + m.start()
        try:
            obj, _ = decoder.raw_decode(text[at:])
            return obj
        except json.JSONDecodeError as exc:
            # the text ended inside this object (or inside a string in it): what follows is nested in it
            if at + exc.pos >= end or exc.msg.startswith("Unterminated string"):
                raise ValueError("the JSON plan is cut off before it closes (the output ran out of tokens)") from None
            continue
    raise ValueError("no complete JSON object in the model output")
