"""Turning references into artifacts, and checking what tools hand back.

Key parts:
- ``ingest_attachments``: copy the request's attachments into the store (so ``$input.N`` is an
  artifact under the root like everything else).
- ``Resolver``: resolves a step's parsed references (``Step.refs``): ``$input.N``,
  ``$<step>[.<output>]``, ``$turn.K[...]`` (through ``History.resolve``) and ``$artifact.<id>``
  (through the store); every resolved artifact must be a file under the artifact root, whatever
  its metadata claims. ``{$...}`` in a string argument is replaced by that output's text.
- ``normalise_outputs``: a tool's return value (an artifact, a mapping of them, or a string)
  as a list of artifacts, primary first, each checked to lie inside the root.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import Any

from ..contracts.errors import RequestError, ToolExecutionError, UnisonError, UnresolvedReferenceError
from ..contracts.history import History
from ..contracts.plan import Step
from ..contracts.refs import TEXT_REF, Ref
from ..contracts.request import Request
from ..contracts.tool import Tool, ToolContext
from ..runtime.artifacts import Artifact, ArtifactStore


def ingest_attachments(request: Request, store: ArtifactStore) -> list[Artifact]:
    """Copy each attachment into the store; a missing file is a ``RequestError`` naming it."""
    arts = []
    for att in request.attachments:
        if not Path(att.path).is_file():
            raise RequestError(f"attachment {att.index} {att.path!r} no longer exists")
        meta: dict[str, Any] = {"source": att.path}
        if att.kind == "image":
            meta.update(_image_size(att.path))
        arts.append(store.put_file(att.path, kind=att.kind, name=f"input{att.index}", metadata=meta))
    return arts


def _image_size(path: str) -> dict[str, int]:
    """Width and height from the header (no full decode); empty if PIL cannot tell."""
    from PIL import Image

    try:
        with Image.open(path) as img:
            return {"width": img.width, "height": img.height}
    except Exception:  # an unreadable image fails later, in the tool that opens it, with its name
        return {}


class Resolver:
    """Resolves one plan's references against its inputs, finished steps, history and store."""

    def __init__(self, *, store: ArtifactStore, inputs: list[Artifact], history: History) -> None:
        self.store = store
        self.inputs = inputs
        self.history = history

    def resolve(self, ref: Ref, step_outputs: Mapping[str, list[Artifact]]) -> Artifact:
        raw = str(ref)
        art: Artifact | None
        if ref.kind == "input":
            assert ref.index is not None
            art = self.inputs[ref.index] if ref.index < len(self.inputs) else None
        elif ref.kind == "step":
            outs = step_outputs.get(ref.step or "", [])
            if ref.output is None:
                art = outs[0] if outs else None
            else:
                art = next((a for a in outs if a.name == ref.output or a.kind == ref.output), None)
        elif ref.kind == "turn":
            art = self.history.resolve(ref)
        else:
            try:
                art = self.store.get(ref.artifact_id or "")
            except (KeyError, UnisonError) as exc:
                raise UnresolvedReferenceError(f"{raw}: {exc}") from None
        if art is None:
            raise UnresolvedReferenceError(f"{raw} does not resolve to an artifact")
        return self.check_inside(art, raw)

    def check_inside(self, art: Artifact, what: str) -> Artifact:
        """Refuse an artifact whose file is outside the root or missing."""
        try:
            path = self.store.inside(art.path)
        except UnisonError:
            raise UnresolvedReferenceError(
                f"{what} points to {str(art.path)!r}, outside the artifact root {str(self.store.root)!r}; refused"
            ) from None
        if not path.is_file():
            raise UnresolvedReferenceError(f"{what}: artifact file {str(art.path)!r} is missing")
        return art

    def media_inputs(
        self, tool: Tool, step: Step, step_outputs: Mapping[str, list[Artifact]]
    ) -> dict[str, Artifact | list[Artifact]]:
        """The artifacts for each media argument of a step (a list stays a list)."""
        media = tool.media_args()
        resolved: dict[str, list[Artifact]] = {}
        for found in step.refs:
            if found.in_text or found.arg not in media:
                continue
            if found.ref is None:
                raise UnresolvedReferenceError(f"{found.raw!r} is not a reference")
            resolved.setdefault(found.arg, []).append(self.resolve(found.ref, step_outputs))
        return {arg: arts if isinstance(step.args.get(arg), list) else arts[0] for arg, arts in resolved.items()}

    def text_args(self, step: Step, step_outputs: Mapping[str, list[Artifact]]) -> dict[str, Any]:
        """``step.args`` with each ``{$...}`` replaced by the text of the output it names."""
        texts: dict[str, str] = {}
        for found in step.refs:
            if found.in_text and found.ref is not None and found.raw not in texts:
                art = self.resolve(found.ref, step_outputs)
                if art.kind != "text" or art.value is None:
                    raise UnresolvedReferenceError(f"{{{found.raw}}} is {art.kind}, not text")
                texts[found.raw] = art.value
        if not texts:
            return step.args

        def fill(value: Any) -> Any:
            if isinstance(value, str):
                return TEXT_REF.sub(lambda m: texts.get(m.group(1), m.group(0)), value)
            if isinstance(value, list):
                return [fill(v) for v in value]
            return value

        return {arg: fill(value) for arg, value in step.args.items()}


def normalise_outputs(result: Any, *, tool: Tool, task: str, ctx: ToolContext) -> list[Artifact]:
    """A tool's return value as artifacts (primary first), each inside the root."""
    if isinstance(result, str):
        result = ctx.save_text(result)
    if isinstance(result, Artifact):
        items: list[tuple[str | None, Any]] = [(result.name, result)]
    elif isinstance(result, Mapping) and result:
        items = list(result.items())
    else:
        raise ToolExecutionError(
            f"tool `{tool.name}` returned {type(result).__name__}; expected an Artifact, a mapping of "
            "output names to Artifacts, or a string (use ctx.save_image / save_video / save_text)"
        )
    outputs: list[Artifact] = []
    for name, art in items:
        if not isinstance(art, Artifact):
            raise ToolExecutionError(f"tool `{tool.name}` output {name!r} is {type(art).__name__}, not an Artifact")
        try:
            path = ctx.store.inside(art.path)
        except UnisonError:
            raise ToolExecutionError(
                f"tool `{tool.name}` output {name!r} is at {str(art.path)!r}, outside the artifact root "
                f"{str(ctx.store.root)!r}; refused (save outputs with ctx.save_* so they land in the store)"
            ) from None
        if not path.is_file():
            raise ToolExecutionError(f"tool `{tool.name}` output {name!r}: file {str(art.path)!r} does not exist")
        update: dict[str, Any] = {}
        if art.name is None or (name is not None and art.name != name):
            update["name"] = name or art.kind
        if art.step is None:
            update["step"] = ctx.step_id
        outputs.append(art.model_copy(update=update) if update else art)
    expected = tool.output_kind(task)
    if outputs[0].kind != expected:
        raise ToolExecutionError(
            f"tool `{tool.name}` serves {task!r}, which produces {expected}, but its first output is {outputs[0].kind}"
        )
    return outputs
