"""A tiny random causal LM for tests and CI runs of the generative recipe (``base: tiny``).

Its tokenizer is a small BPE trained in code (``tokenizers``) on the planner prompt and generated
planning data, so prompts that carry the whole tool catalog stay around a thousand tokens and a
training step takes milliseconds. Qwen's special tokens and ChatML template make it behave like
the real instruct models for ``LMPlanner`` (chat template, ``<|im_end|>`` as end of turn).

Key parts: ``build_tiny_lm(seed=...)``, ``tiny_tokenizer()``.
"""

from __future__ import annotations

import functools
from typing import Any

from ..contracts.context import PlanContext
from ..runtime.tiny.qwen import QWEN_CHAT_TEMPLATE, QWEN_SPECIAL_TOKENS


@functools.lru_cache(maxsize=1)
def _corpus() -> tuple[str, ...]:
    import warnings

    from ..contracts.registry import default_registry
    from ..planner.prompt import build_messages
    from .data import generate
    from .lm_examples import plan_text, record_history, record_request, target_plan

    registry = default_registry()
    texts: list[str] = []
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        for i, rec in enumerate(generate(n=200, seed=12345)):
            if i == 0:  # the system prompt (tool catalog) is the same for every request
                messages = build_messages(record_request(rec), context=PlanContext(registry=registry, history=record_history(rec)))
                texts += [str(m["content"]) for m in messages] * 20
            texts += [rec["text"], plan_text(target_plan(rec, registry))]
    return tuple(texts)


@functools.lru_cache(maxsize=2)
def tiny_tokenizer(*, vocab_size: int = 2000) -> Any:
    """A ``PreTrainedTokenizerFast``: byte-level BPE trained on planner prompts and plans (cached; do not mutate)."""
    from tokenizers import Regex, Tokenizer, decoders, models, normalizers, pre_tokenizers, trainers
    from transformers import PreTrainedTokenizerFast
    from transformers.models.qwen2.tokenization_qwen2 import PRETOKENIZE_REGEX

    tok = Tokenizer(models.BPE())
    # Qwen2's own normaliser and pre-tokenizer: a saved copy reloads as ``Qwen2Tokenizer`` (the
    # config says qwen2) and must split text exactly as this one does.
    tok.normalizer = normalizers.NFC()
    tok.pre_tokenizer = pre_tokenizers.Sequence([
        pre_tokenizers.Split(Regex(PRETOKENIZE_REGEX), behavior="isolated", invert=False),
        pre_tokenizers.ByteLevel(add_prefix_space=False, use_regex=False),
    ])
    tok.decoder = decoders.ByteLevel()
    trainer = trainers.BpeTrainer(vocab_size=vocab_size, special_tokens=list(QWEN_SPECIAL_TOKENS),
                                  initial_alphabet=pre_tokenizers.ByteLevel.alphabet(), show_progress=False)
    tok.train_from_iterator(_corpus(), trainer=trainer)
    fast = PreTrainedTokenizerFast(tokenizer_object=tok, pad_token="<|endoftext|>", eos_token="<|im_end|>")
    fast.chat_template = QWEN_CHAT_TEMPLATE
    return fast


def build_tiny_lm(*, seed: int = 0, hidden: int = 64) -> tuple[Any, Any]:
    """A tiny random ``Qwen2ForCausalLM`` and its tokenizer."""
    import torch
    from transformers import Qwen2Config, Qwen2ForCausalLM

    tok = tiny_tokenizer()
    config = Qwen2Config(
        vocab_size=len(tok), hidden_size=hidden, intermediate_size=2 * hidden, num_hidden_layers=2,
        num_attention_heads=4, num_key_value_heads=2, max_position_embeddings=4096, tie_word_embeddings=True,
        initializer_range=0.3,  # large enough that a frozen head can still express a peaked distribution
        bos_token_id=tok.pad_token_id, eos_token_id=tok.eos_token_id, pad_token_id=tok.pad_token_id,
    )
    torch.manual_seed(seed)
    model = Qwen2ForCausalLM(config).eval()
    model.generation_config.pad_token_id = tok.pad_token_id
    model.generation_config.eos_token_id = tok.eos_token_id
    return model, tok
