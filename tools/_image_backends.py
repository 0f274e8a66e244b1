"""Alternative image backends: a diffusers text-to-image or inpainting pipeline chosen by the config.

``tools.<name>.backend`` is ``wan_vace`` (the default: Wan2.1-VACE serves every generation task)
or the name of a diffusers pipeline class; ``tools.<name>.model`` is its Hub id or local path.

==================  =======================================================================
task                backend classes that serve it
==================  =======================================================================
text_to_image       ``AutoPipelineForText2Image``, or a text-to-image class such as
                    ``StableDiffusionPipeline``, ``StableDiffusionXLPipeline``, ``FluxPipeline``
image_edit          ``AutoPipelineForInpainting``, or an inpainting class such as
                    ``StableDiffusionInpaintPipeline``, ``FluxInpaintPipeline``
either              ``DiffusionPipeline`` (the class comes from the checkpoint; checked once loaded)
==================  =======================================================================

A concrete class is judged by what its ``__call__`` takes: text-to-image takes a ``prompt`` and
no ``image``/``mask_image``/``control_image``/``num_frames``; inpainting takes ``image`` and
``mask_image``. Other tasks of the tool still need ``wan_vace``. Size snapping stays the tool's
(multiples of 16), which SD/SDXL (8) and SD3/Flux (16) accept.

Key parts: ``backend_problem`` (before anything loads), ``loaded_pipeline_problem`` (after),
``run_image_pipeline`` (the call, with step progress where the pipeline reports it).
"""

from __future__ import annotations

import inspect
from typing import Any

WAN_VACE = "wan_vace"
AUTO_CLASS = {"text_to_image": "AutoPipelineForText2Image", "image_edit": "AutoPipelineForInpainting"}
_EXAMPLES = {"text_to_image": "StableDiffusionPipeline, StableDiffusionXLPipeline, FluxPipeline",
             "image_edit": "StableDiffusionInpaintPipeline, FluxInpaintPipeline"}
_KIND = {"text_to_image": "a text-to-image", "image_edit": "an inpainting"}


def is_wan_vace(backend: str | None) -> bool:
    """``None``, ``wan_vace`` and the class name ``WanVACEPipeline`` all mean Wan2.1-VACE."""
    return backend in (None, "", WAN_VACE, "WanVACEPipeline")


def _call_params(cls: type) -> dict[str, inspect.Parameter]:
    try:
        return dict(inspect.signature(cls.__call__).parameters)
    except (TypeError, ValueError):
        return {}


def serves(cls: type, task: str) -> bool:
    """Whether diffusers pipeline class ``cls`` can serve ``task`` (see the module doc)."""
    params = _call_params(cls)
    if "num_frames" in params:  # a video pipeline
        return False
    if task == "text_to_image":
        return "prompt" in params and not {"image", "mask_image", "control_image"} & params.keys()
    if task == "image_edit":
        return {"image", "mask_image"} <= params.keys()
    return False


def _valid(tool: str, task: str, tasks: tuple[str, ...]) -> str:
    if task not in tasks:
        return f"{task} needs {WAN_VACE!r} (Wan2.1-VACE)"
    return (f"for {task} use {WAN_VACE!r}, {AUTO_CLASS[task]!r} or {_KIND[task]} diffusers pipeline class "
            f"({_EXAMPLES[task]})")


def backend_problem(tool: str, backend: str | None, task: str, tasks: tuple[str, ...]) -> str | None:
    """Why ``tools.<tool>.backend`` cannot serve ``task``, or ``None`` when it can.

    Args:
        tool: the tool's name (quoted in the message).
        backend: the configured backend.
        task: the step's task.
        tasks: the tasks this tool lets a diffusers image pipeline serve.
    """
    if is_wan_vace(backend):
        return None
    assert backend is not None
    where = f"`tools.{tool}.backend` = {backend!r}"
    if task not in tasks:
        served = ", ".join(tasks) or "no task"
        return f"{where} is a diffusers image pipeline; it serves {served} only, and {_valid(tool, task, tasks)}"
    import diffusers

    try:
        cls = getattr(diffusers, backend, None)
    except Exception:  # a lazily imported pipeline whose optional dependencies are missing
        cls = None
    if not isinstance(cls, type) or not hasattr(cls, "from_pretrained"):
        return f"{where} is not a diffusers pipeline class; {_valid(tool, task, tasks)}"
    if cls is diffusers.DiffusionPipeline or backend == AUTO_CLASS[task]:
        return None
    if backend.startswith("AutoPipeline") or not serves(cls, task):
        return f"{where} is not {_KIND[task]} pipeline, so it cannot serve {task}; {_valid(tool, task, tasks)}"
    return None


def loaded_pipeline_problem(tool: str, backend: str, pipe: Any, task: str, model_id: str) -> str | None:
    """Why the pipeline loaded for ``backend`` (e.g. by ``DiffusionPipeline``) cannot serve ``task``."""
    if serves(type(pipe), task):
        return None
    return (f"`tools.{tool}.backend` = {backend!r} loaded {type(pipe).__name__} from {model_id!r}, which is not "
            f"{_KIND.get(task, task)} pipeline, so it cannot serve {task}; point `tools.{tool}.model` at "
            f"{_KIND.get(task, task)} checkpoint or set the backend to {AUTO_CLASS.get(task, WAN_VACE)!r}")


def run_image_pipeline(pipe: Any, task: str, call: dict[str, Any], *, width: int, height: int, generator: Any,
                       on_step: Any, image: Any = None, mask: Any = None) -> Any:
    """One PIL image from a diffusers text-to-image or inpainting pipeline.

    Only arguments the pipeline's ``__call__`` takes are passed (PixArt and IF, for instance,
    take no ``callback_on_step_end``; their step progress is not reported).
    """
    params = _call_params(type(pipe))
    takes_any = any(p.kind is inspect.Parameter.VAR_KEYWORD for p in params.values())
    kwargs: dict[str, Any] = {**call, "width": width, "height": height, "generator": generator,
                              "output_type": "pil", "callback_on_step_end": on_step}
    if task == "image_edit":
        kwargs.update(image=image, mask_image=mask)
    if kwargs.get("negative_prompt") is None:
        kwargs.pop("negative_prompt", None)
    if not takes_any:
        kwargs = {k: v for k, v in kwargs.items() if k in params}
    return pipe(**kwargs).images[0]
