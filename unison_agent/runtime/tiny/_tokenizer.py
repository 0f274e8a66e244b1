"""Tiny byte-level tokenizers built in code with ``tokenizers`` (no download).

Every byte is a token, so any text encodes; special tokens come first so their ids are small
and stable. Wrapped in ``PreTrainedTokenizerFast``, they behave like the real tokenizers for
everything the pipelines call (padding, truncation, attention masks, chat-format prompts).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any


def byte_level_tokenizer(
    *, special_tokens: Sequence[str], pad_token: str, eos_token: str, add_eos: bool = False, **extra: Any
) -> Any:
    """A ``PreTrainedTokenizerFast`` with one token per byte plus ``special_tokens``.

    Args:
        special_tokens: tokens added first (ids 0..n-1), never split.
        pad_token: padding token (must be in ``special_tokens``).
        eos_token: end-of-sequence token (must be in ``special_tokens``).
        add_eos: append ``eos_token`` to every encoded sequence (T5 style).
        **extra: more special-token attributes for ``PreTrainedTokenizerFast`` (``bos_token``...).
    """
    from tokenizers import Tokenizer, decoders, models, pre_tokenizers, processors
    from transformers import PreTrainedTokenizerFast

    vocab: dict[str, int] = {tok: i for i, tok in enumerate(special_tokens)}
    # sorted: ``alphabet()`` comes from a Rust hash set, in a different order in every process
    for byte_char in sorted(pre_tokenizers.ByteLevel.alphabet()):
        vocab.setdefault(byte_char, len(vocab))
    tok = Tokenizer(models.BPE(vocab=vocab, merges=[], unk_token=None))
    tok.pre_tokenizer = pre_tokenizers.ByteLevel(add_prefix_space=False, use_regex=True)
    tok.decoder = decoders.ByteLevel()
    tok.add_special_tokens(list(special_tokens))
    if add_eos:
        tok.post_processor = processors.TemplateProcessing(
            single=f"$A {eos_token}", pair=f"$A {eos_token} $B {eos_token}",
            special_tokens=[(eos_token, vocab[eos_token])],
        )
    return PreTrainedTokenizerFast(tokenizer_object=tok, pad_token=pad_token, eos_token=eos_token, **extra)
