"""Machine-learning work that runs somewhere else: "train a DreamBooth LoRA on the photos in ~/data/rex", "quantize
our Flux transformer to NF4 and measure the VRAM it saves", "push the image to huggingface.co/datasets/...",
"caption all 3,200 images in ./train", "check nvidia-smi on my workstation".

The planner's users are ML engineers, and their requests read to the sentence encoder like the generation they are
about: a LoRA on photos of a dog reads as a picture of the dog, a distillation run as a video. None of the tools
trains, evaluates, profiles or runs anything, reaches a hub, a repository or a machine, or opens a file on the
user's disk. A request does this when it

- opens with a verb that trains or changes a model (train, fine-tune, distill, quantize ...) and names what is
  trained (a LoRA, a checkpoint, a UNet, epochs ...), or asks to run a training run, an evaluation or a sweep;
- measures or profiles a model (FID, CLIPScore, VBench, win rates, VRAM, the attention blocks' time), asks for a
  DreamBooth run, or names a machine or a GPU tool to use;
- sends something to a hub or a code host (Hugging Face, Civitai, GitHub ...), or opens a pull request there;
- names a path on the user's disk or bucket (``~/data``, ``./train``, ``/mnt/eval``, ``s3://``), opens a file of
  theirs by its name ("open the config.yaml in my home directory"), or works through their dataset, folder or repo
  ("scan my dataset's caption files for duplicates").

Writing the code or the words for any of these is text work (the router withdraws such a refusal).
"""

from __future__ import annotations

import re

from .action import attaches_file, command

_MODEL = (r"(?:loras?|dreambooth|checkpoints?|ckpts?|u-?nets?|ai|a\.i\.|neural\s+net(?:work)?s?|transformers?|weights|adapters?|embeddings?|textual\s+inversion|"
          r"classifiers?|detectors?|(?:recognition|language|detection|segmentation)\s+models?|llms?|vaes?|text\s+encoders?|diffusion\s+models?|models?|networks?|sdxl|flux|student|teacher|"
          r"epochs?|\d[\d,]*\s+steps|learning\s+rate|batch\s+size|temporal\s+(?:attention\s+)?layers)")
_TRAINS = re.compile(rf"^(?:re-?train|train(?!\s+of\b)|fine[- ]?tune|finetune|distill|distil|consistency-distill|pre-?train|resume\s+(?:pre-?)?training|"
                     rf"continue\s+training|quantize|quantise|prune|merge|export)\b.{{0,60}}?\b{_MODEL}\b", re.IGNORECASE)
_RUNS_JOB = re.compile(r"\bdo\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?(?:sweeps?|hyperparameter\s+search|ablations?)\b"
                       r"|\b(?:run|launch|kick\s+off|start|submit|queue|resume)\s+(?:a\s+|an\s+|the\s+|my\s+|our\s+|\d+\s+)?"
                       r"(?:[\w-]+\s+){0,3}?(?:training(?:\s+runs?)?|sweeps?|hyperparameter\s+search|evals?|evaluations?|"
                       r"benchmarks?|epochs?|ablations?|dpo|rlhf|ppo|grpo|inference\s+on)\b", re.IGNORECASE)
_MEASURES = re.compile(r"^(?:compute|calculate|measure|evaluate|benchmark|score|profile|report)\b.{0,80}?\b(?:fid(?:-\d+k)?|fvd|"
                       r"clip\s*-?score|lpips|vram|kernels?|latency|throughput|vbench|imagereward|hpsv?2|pickscore|"
                       r"aesthetic\s+(?:score|predictor)|win\s+rates?|milliseconds|ms\s+per\s+step|tokens\s+per\s+second|tok/s|it/s)\b"
                       # "profile the attention blocks of Flux on an H100", "evaluate our three LoRA versions"
                       r"|^(?:profile|benchmark|evaluate)\s+(?:the\s+|our\s+|my\s+|\w+\s+)?(?:[\w-]+\s+){0,3}?(?:attention|blocks?|"
                       r"layers?|kernels?|unet|transformer|vae|decoder|encoder|pipeline|inference|lora|checkpoints?|models?|services?|apis?|"
                       r"endpoints?|servers?|databases?)\b|"
                       r"\b(?:dreambooth|textual\s+inversion)\b(?!\s+(?:style|look))|\bwith\s+(?:nsys|nvprof|py-spy|torch\s+profiler|"
                       r"nsight)\b", re.IGNORECASE)
_MACHINE = re.compile(r"\bon\s+(?:my|our|the)\s+(?:[\w-]+\s+){0,2}?(?:workstation|server|cluster|node|gpu\s+box|instance|pod|vm|"
                      r"rig|rtx\s*\d{4}|gpus?|graphics\s+card)\b|\b(?:in|from)\s+(?:my|our)\s+(?:[\w-]+\s+)?(?:s3|gcs|cloud\s+storage)?\s*bucket\b|\b(?:check|run|open|look\s+at|read)\s+(?:the\s+)?(?:output\s+of\s+)?(?:nvidia-smi|htop|kubectl|"
                      r"squeue|sbatch|tensorboard)\b", re.IGNORECASE)
_HUB = re.compile(r"\b(?:push|upload|publish|release|mirror|sync|deploy)\b.{0,80}?\b(?:hugging\s*face|huggingface(?:\.co)?|"
                  r"hf\s+hub|the\s+hub|civitai|github|gitlab|pypi|docker\s*hub|kaggle|wandb|w&b|replicate)\b"
                  r"|\bopen\s+(?:a\s+|an\s+)?(?:pr|pull\s+request|merge\s+request)\b"
                  # "leave a review comment on PR 2231", "approve MR !88"
                  r"|\b(?:comment|leave\s+a\s+(?:[\w-]+\s+)?comment|approve|merge|close|review)\s+(?:on\s+)?(?:pr|pull\s+request|"
                  r"mr|merge\s+request|issue|ticket)\s*[#!]?\d+"
                  r"|\b(?:create|make|set\s+up)\s+(?:a\s+|an\s+)?(?:[\w-]+\s+){0,2}?(?:model|dataset|space)\s+(?:page|repo)\b",
                  re.IGNORECASE)
_PATH = re.compile(r"(?<![\w.])(?:~/[\w.-]|\.{1,2}/[\w.-]|/(?:mnt|home|data|datasets?|Users|tmp|var|opt|scratch|srv|workspace)/|"
                   r"(?:s3|gs|hf|az|gcs)://|[A-Z]:\\)")
# "scan my dataset's caption files for duplicates", "read my custom node's source in my repo"
_OWN_DATA = re.compile(r"\bscan\s+(?:my|our)\s+(?:hard\s+drive|computer|laptop|pc|mac|phone|disk|drive)\b|^(?:clone|scan|go\s+through|dedupe|de-?duplicate|clean(?:\s+up)?|fix|caption|tag|label|resize|crop|filter|sort|"
                       r"rename|process|check|read|search|grep)\b.{0,60}?\b(?:in\s+)?(?:my|our)\s+(?:[\w'-]+\s+){0,2}?(?:dataset'?s?|"
                       r"datasets|training\s+(?:set|data)|folder|directory|repo|repository|codebase|monorepo)\b", re.IGNORECASE)
_OWN_FILE = re.compile(r"^(?:open|read|check|look\s+(?:at|in|through)|go\s+through|scan|inspect|load|parse|analy[sz]e|grep|diff|"
                       r"tail|cat)\b.{0,60}?\b[\w.-]+\.(?:ya?ml|json|py|ipynb|txt|csv|log|cfg|ini|toml|md|tsv|parquet|jsonl|sh|"
                       r"env)\b", re.IGNORECASE)


# words or code about a path, or a question about one: "write a cron line that runs /home/ana/backup.sh"
_ABOUT_PATH = re.compile(r"^(?:write|draft|give\s+me|show\s+me|suggest|explain|fix|debug|review|refactor|what|what's|whats|how|why|"
                         r"is|are|can\s+i|should)\b", re.IGNORECASE)


# training asked after the situation: "I have 2,000 photos of my dog. Can you train a recognition model on them?"
_ASKED_TRAINING = re.compile(rf"(?:^|[.!?]\s+)(?:(?:can|could|would|will)\s+(?:you|u)\s+(?:please\s+)?|please\s+)?(?:re-?train|train|"
                             rf"fine[- ]?tune|finetune)\s+(?:an?\s+|the\s+|my\s+|our\s+)?(?:[\w-]+\s+){{0,3}}?{_MODEL}\s+(?:on|with|using)\b",
                             re.IGNORECASE)
# a model of theirs run on their data: "run our churn prediction model on this quarter's accounts"
_RUNS_MODEL = re.compile(r"^(?:run|apply)\s+(?:our|my|the|an?)\s+(?:[\w-]+\s+){0,3}?model\s+(?:on|over|against|across)\b", re.IGNORECASE)


def trains_or_runs(text: str) -> bool:
    """The request trains, evaluates, profiles or runs a model or a job, or names a machine to do it on."""
    first = command(text, 40)
    return bool(_TRAINS.match(first) or _ASKED_TRAINING.search(text) or _RUNS_MODEL.match(first) or _RUNS_JOB.search(text) or _MEASURES.search(first) or _MACHINE.search(text))


def reaches_hub_or_disk(text: str) -> bool:
    """The request sends something to a hub or code host, or reads the user's disk by a path or a file's name."""
    return bool(_HUB.search(text) or (_PATH.search(text) and not _ABOUT_PATH.match(command(text, 40)))
                or (not attaches_file(text)
                    and bool(_OWN_FILE.match(command(text, 40)) or _OWN_DATA.match(command(text, 40)))))
