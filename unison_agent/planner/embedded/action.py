"""The scope's action probe: does a request ask to *act* on other apps, devices, accounts or services?

"text my sister I'm late", "pay the electricity bill", "post <image 0> on Instagram" need a service no
built-in tool reaches; "write a text to my sister saying I'm late" is ordinary text work. Both sit close
in the sentence space the scope's prototypes use, so a prototype of "actions" refused both (BENCHMARKS,
tried and not shipped). The probe is a small network fitted on thousands of both
(``training.action_probe``), reading the sentence vector of the whole request and of its opening
words, where the verb that asks for the action usually is.

``ActionProbe.load`` returns ``None`` when the weights carry no probe: the scope then refuses only by
its prototypes, as before.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import torch

ACTION_FILE = "action_probe.safetensors"
CAPABILITY = "acting on other apps, devices, accounts or services, or fetching live data"
OPENING_WORDS = 4
GO = r"(?:go\s+(?:ahead\s+)?(?:and\s+)?)?"
"""An optional "go (ahead and)" before the verb of an opening ("go and pick up my prescription")."""

_POLITE = re.compile(r"^(?:\s*(?:please|pls|hey|hi|ok(?:ay)?|so|now|quick one:|quick question:|can you|could you|would you|"
                     r"will you|i need you to|i want you to|go ahead and|i'd like you to|kindly)(?![\w'])[\s,:!]*)+", re.IGNORECASE)
# (a whole word only: "soften", "hide", "sort" and "solve" open with no politeness)


ASKS_STATE = r"(?:what|what's|whats|which|who|when|where|how\s+(?:many|much)|is|are|was|were|did|does|do|has|have)"
"""The words that open a question about how things stand ("is the DAG still running ...?", "how many views did ...?"),
for the rules that read such questions (``live``, ``products``), each adding its own openers."""
ASKS = rf"(?:{ASKS_STATE}|whose|why|how|should|will)"
"""The words that open any question ("why is ...", "how do I ...", "should I ..."), for the rules that leave a question
to the scores or read it as asked of a file (``withdraw``, ``media_limits``)."""
PLACEHOLDER = re.compile(r"<(?:image|video) \d+>")
"""An attached (or earlier) file named in a request's text, as the renderer writes it ("<image 0>", "<video 1>")."""


# a question, then the assistant asked to do it: "How would I get Stable Diffusion running on my laptop? Could you
# install and set it up for me?"
_DOES_IT_TOO = re.compile(r"(?:^|[.?!]\s+)(?:and\s+)?(?:could|can|would|will)\s+(?:you|u)\s+(?:please\s+|just\s+)?(?:make|do|create|"
                          r"install|set|build|generate|render|print|send|post|run|get)\b[^.?!]{0,40}?\b(?:it|one|that|this|them)\b"
                          r"[^.?!]{0,30}(?:\?|$)", re.IGNORECASE)


def asked_to_do_it(text: str) -> bool:
    """A later sentence asks the assistant to do what the request asked about ("... ? Could you make one for me?")."""
    return bool(_DOES_IT_TOO.search(text)) and bool(re.search(r"[.?!]\s+\S", text))


def attaches_file(text: str) -> bool:
    """Whether the text names an attached (or earlier) image or video by its placeholder."""
    return "<image" in text or "<video" in text


def opening(text: str, words: int = OPENING_WORDS) -> str:
    """The request's first ``words`` words after politeness, attachments left out: where its verb is."""
    found = _POLITE.sub("", PLACEHOLDER.sub("", text).strip()).split()
    return " ".join(found[:words]) or text


_ASKS = re.compile(r"^(?:(?:can|could|would|will)\s+(?:u|ya)|pls|plz|be\s+so\s+kind\s+as\s+to|kindly|be\s+able\s+to|"
                   r"is\s+it\s+possible\s+for\s+(?:you|u)\s+to|are\s+you\s+able\s+to|possibly)\b[\s,]*", re.IGNORECASE)
# "is it possible to turn <video 0> into a GIF?" asks the assistant; with no file it may ask whether the user can ("is it
# possible to walk a cat on a lead?")
_POSSIBLE = re.compile(r"^is\s+it\s+possible\s+to\b\s*", re.IGNORECASE)
# a greeting before the request: "Hello, would you be so kind as to reserve a table ..."
_GREETING = re.compile(r"^(?:hello|hiya|good\s+(?:morning|afternoon|evening)|greetings)\b[\s,!.]*", re.IGNORECASE)


def command(text: str, words: int = 10) -> str:
    """The opening's first ``words`` words, as the rules read them: also without "can u", "pls", "would you be able
    to", "is it possible for you to" (the probe's ``opening`` keeps those: it was fitted with them)."""
    first = opening(text, words + 3).strip()
    first = opening(_GREETING.sub("", first), words).strip() if _GREETING.match(first) else opening(text, words).strip()
    first = _POSSIBLE.sub("", first) if attaches_file(text) else first
    return _ASKS.sub("", first).strip()


def network(dim: int, hidden: int) -> torch.nn.Sequential:
    """(whole, opening) sentence vectors -> one logit."""
    return torch.nn.Sequential(torch.nn.Dropout(0.3), torch.nn.Linear(2 * dim, hidden), torch.nn.GELU(),
                               torch.nn.Linear(hidden, 1))


class ActionProbe:
    def __init__(self, net: torch.nn.Sequential, threshold: float, figures: dict[str, float]) -> None:
        self.net = net.eval()
        self.threshold = threshold
        self.figures = figures

    @classmethod
    def load(cls, weights_dir: Path) -> ActionProbe | None:
        from safetensors import safe_open

        path = weights_dir / ACTION_FILE
        if not path.exists():
            return None
        with safe_open(str(path), "pt") as f:
            meta = f.metadata() or {}
            state = {k: f.get_tensor(k).float() for k in f.keys()}  # noqa: SIM118
        hidden, dim2 = state["1.weight"].shape
        net = network(dim2 // 2, hidden)
        net.load_state_dict(state)
        return cls(net, float(meta["threshold"]), json.loads(meta.get("figures", "{}")))

    def scores(self, whole: torch.Tensor, opening_vectors: torch.Tensor) -> torch.Tensor:
        """Probability of an action per row of the two (B, d) sentence-vector tensors."""
        with torch.inference_mode():
            return torch.sigmoid(self.net(torch.cat([whole, opening_vectors], 1)).squeeze(-1))
