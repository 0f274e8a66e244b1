"""The Tool type: a callable that carries its own contract.

A tool declares its name, description, the tasks it serves, a pydantic args model (whose JSON
Schema is what planners see), and the kind of artifact each task produces. Media arguments are
plain fields typed ``Reference`` and marked with ``media_field(kinds...)``; the executor resolves
them to artifacts and hands them to ``run`` through the ``ToolContext``.

Two on-ramps: subclass ``Tool`` (heavy models load in ``setup``, called once on first use), or
decorate a typed function with ``@tool``.
"""

from __future__ import annotations

import inspect
import math
import threading
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Annotated, Any, ClassVar, get_type_hints

from pydantic import BaseModel, ConfigDict, Field, StringConstraints, create_model

from ..runtime.artifacts import Artifact, ArtifactStore
from .errors import RegistrationError, ToolArgumentError, ToolExecutionError, UserError, pydantic_problems
from .refs import REFERENCE_PATTERN
from .tasks import META_ARGS, TASKS, OutputKind, TaskSpec

if TYPE_CHECKING:
    from ..config import Config, ToolSettings
    from ..runtime.pool import ModelPool

#: Type of a media argument: a reference string such as ``$input.0`` or ``$s0``.
Reference = Annotated[str, StringConstraints(pattern=REFERENCE_PATTERN)]


def media_field(*kinds: str, description: str, default: Any = ...) -> Any:
    """Mark an args-model field as a media reference accepting artifacts of ``kinds``."""
    bad = [k for k in kinds if k not in ("image", "video")]
    if not kinds or bad:
        raise RegistrationError(f"media_field kinds must be 'image' and/or 'video', got {kinds!r}")
    return Field(default, description=description, json_schema_extra={"x-media": list(kinds)})


def Media(*kinds: str, description: str = "") -> Any:  # noqa: N802 - reads like a type marker
    """``Annotated[Reference, Media("image")]`` marker for ``@tool`` function parameters."""
    return Field(description=description or None, json_schema_extra={"x-media": list(kinds)})


class ProgressEvent(BaseModel):
    step: str
    fraction: float
    message: str = ""


@dataclass
class ToolContext:
    """What a running tool may use: its resolved inputs, the store, the model pool, the
    configuration, progress. The executor fills every field; a tool that needs the pool or the
    configuration and finds none says so (it never falls back to a global)."""

    task: str
    step_id: str
    store: ArtifactStore
    inputs: dict[str, Artifact | list[Artifact]] = field(default_factory=dict)
    pool: ModelPool | None = None
    config: Config | None = None
    on_progress: Callable[[ProgressEvent], None] | None = None
    cancelled: threading.Event = field(default_factory=threading.Event)

    def runtime(self, tool_name: str) -> tuple[Config, ModelPool, ToolSettings]:
        """The configuration, the model pool and ``tool_name``'s settings, for a tool that loads models.

        Raises:
            UserError: the context has no configuration or pool (build it with both, as the
                executor does; a tool never falls back to a process-wide default).
        """
        if self.config is None or self.pool is None:
            missing = " and ".join(n for n, v in (("config", self.config), ("pool", self.pool)) if v is None)
            raise UserError(f"tool `{tool_name}` needs ToolContext.{missing}: run it through an Agent, or build the "
                            "context with the agent's config and pool")
        return self.config, self.pool, self.config.tool(tool_name)

    def input(self, name: str) -> Artifact | None:
        """The single artifact passed as ``name`` (first one if a list), or ``None``."""
        value = self.inputs.get(name)
        if isinstance(value, list):
            return value[0] if value else None
        return value

    def input_list(self, name: str) -> list[Artifact]:
        value = self.inputs.get(name)
        if value is None:
            return []
        return value if isinstance(value, list) else [value]

    def progress(self, fraction: float, message: str = "") -> None:
        """Report progress in [0, 1]; raises ``ToolExecutionError`` if the run was cancelled."""
        if self.cancelled.is_set():
            raise ToolExecutionError(f"step {self.step_id!r} was cancelled")
        if self.on_progress is not None:
            frac = min(1.0, max(0.0, float(fraction)))
            self.on_progress(ProgressEvent(step=self.step_id, fraction=frac, message=message))

    # -- saving outputs -------------------------------------------------------------------
    def save_image(self, image: Any, *, name: str = "image", metadata: dict[str, Any] | None = None) -> Artifact:
        from ..runtime.media import encode_png

        meta = {"width": image.width, "height": image.height, **(metadata or {})}
        return self.store.put_bytes(
            encode_png(image), kind="image", suffix=".png", step=self.step_id, name=name, metadata=meta
        )

    def save_video(
        self, frames: list[Any], *, fps: float, name: str = "video", metadata: dict[str, Any] | None = None
    ) -> Artifact:
        from ..runtime.media import write_mp4

        tmp = self.store.scratch_dir() / "out.mp4"
        write_mp4(frames, tmp, fps=fps)
        first = frames[0]
        width, height = (first.width, first.height) if hasattr(first, "width") else (first.shape[1], first.shape[0])
        meta = {"width": width, "height": height, "num_frames": len(frames), "fps": fps, **(metadata or {})}
        art = self.store.put_file(tmp, kind="video", step=self.step_id, name=name, metadata=meta, move=True)
        tmp.parent.rmdir()
        return art

    def save_text(self, text: str, *, name: str = "text", metadata: dict[str, Any] | None = None) -> Artifact:
        return self.store.put_text(text, step=self.step_id, name=name, metadata=metadata)


ToolOutput = Artifact | Mapping[str, Artifact] | str


@dataclass(frozen=True, kw_only=True)
class MetaSpec:
    """A generator's size/length constraints and defaults. The planner's meta normaliser snaps
    what a person asked for to these, keeping aspect ratio and orientation; tools snap again
    (and record both values) so a hand-written plan is safe too."""

    size_multiple: int = 1
    """Width and height are multiples of this (16 for Wan)."""
    frame_step: int = 1
    """``num_frames`` is ``k * frame_step + 1`` (4 for Wan); 1 means any count."""
    default_width: int | None = None
    default_height: int | None = None
    default_num_frames: int | None = None
    default_fps: float | None = None
    max_width: int | None = None
    max_height: int | None = None
    max_num_frames: int | None = None
    default_inference_steps: int | None = None
    """Denoising steps when neither the step nor the config says (for the plan cost cap)."""

    def snap_size(
        self, width: float, height: float, *, max_width: int | None = None, max_height: int | None = None,
        min_side: int = 1,
    ) -> tuple[int, int]:
        """The nearest valid size: both sides multiples of ``size_multiple``, within the tool's caps
        and the extra ones given (the policy's), orientation kept (portrait stays taller than wide,
        square stays square), and the aspect kept when a cap scales the size down.

        Raises:
            UserError: the caps leave no size that is a multiple of ``size_multiple``.
        """
        m = max(1, self.size_multiple)
        caps_w = [c for c in (self.max_width, max_width) if c]
        caps_h = [c for c in (self.max_height, max_height) if c]
        hi_w = (min(caps_w) // m) * m if caps_w else None
        hi_h = (min(caps_h) // m) * m if caps_h else None
        lo = max(m, math.ceil(min_side / m) * m)
        if (hi_w is not None and hi_w < lo) or (hi_h is not None and hi_h < lo):
            raise UserError(
                f"size caps (max {min(caps_w) if caps_w else '-'}x{min(caps_h) if caps_h else '-'}, min side {min_side}) "
                f"leave no size that is a multiple of {m}; raise the policy caps or lower the tool's size_multiple")
        w, h = float(width), float(height)
        orient = "square" if abs(w - h) < 1e-6 else ("portrait" if h > w else "landscape")
        # scale both sides together: down to the caps, up to the minimum side
        down = min(1.0, (hi_w / w) if hi_w else 1.0, (hi_h / h) if hi_h else 1.0)
        w, h = w * down, h * down
        up = max(1.0, lo / min(w, h))
        w, h = w * up, h * up
        big = 1 << 30
        sw = int(min(hi_w or big, max(lo, math.floor(w / m + 0.5) * m)))
        sh = int(min(hi_h or big, max(lo, math.floor(h / m + 0.5) * m)))
        if orient == "square":
            sw = sh = min(sw, sh)
        elif (orient == "portrait" and sh <= sw) or (orient == "landscape" and sw <= sh):
            # rounding made the sides equal: move one side a step, the one that stays closest
            if orient == "portrait":
                options = [(sw, sh + m), (sw - m, sh), (sw, sw + m)]
            else:
                options = [(sw + m, sh), (sw, sh - m), (sh + m, sh)]
            fits = [(cw, ch) for cw, ch in options if lo <= cw <= (hi_w or big) and lo <= ch <= (hi_h or big)
                    and ((ch > cw) if orient == "portrait" else (cw > ch))]
            if fits:
                sw, sh = min(fits, key=lambda c: max(abs(c[0] - w), abs(c[1] - h)))
        return sw, sh

    def snap_frames(self, num_frames: float, *, max_num_frames: int | None = None, min_frames: int = 1) -> int:
        """The nearest valid frame count (``k * frame_step + 1``), within the caps and at least
        ``min_frames`` rounded up to a valid count (a video wants ``frame_step + 1``; an image 1)."""
        step = max(1, self.frame_step)
        lowest = math.ceil((max(1, min_frames) - 1) / step) * step + 1
        n = max(lowest, math.floor((num_frames - 1) / step + 0.5) * step + 1)
        caps = [c for c in (self.max_num_frames, max_num_frames) if c]
        if caps:
            highest = ((min(caps) - 1) // step) * step + 1
            n = max(min(lowest, highest), min(highest, n))
        return n


@dataclass(frozen=True, kw_only=True)
class ToolDefinition:
    """What a planner sees of a tool: no code, only the contract."""

    name: str
    description: str
    tasks: tuple[str, ...]
    parameters: dict[str, Any]
    media_args: dict[str, tuple[str, ...]]
    outputs: dict[str, OutputKind]
    """Task -> kind of the primary output."""
    meta: MetaSpec | None = None

    @property
    def properties(self) -> dict[str, Any]:
        """The argument schemas by name (the JSON Schema's ``properties``)."""
        props: dict[str, Any] = self.parameters.get("properties", {})
        return props

    def output_kind(self, task: str) -> OutputKind:
        return self.outputs[task]

    def wants_list(self, arg: str) -> bool:
        """Whether argument ``arg`` takes a list (the one place that reads this from a schema)."""
        spec = self.properties.get(arg, {})
        options = spec.get("anyOf", [spec])
        return any(isinstance(o, dict) and o.get("type") == "array" for o in options)

    def text_arg(self) -> str | None:
        """The argument that carries the request's words: ``prompt`` or ``question``, if any."""
        return next((a for a in ("prompt", "question", "text") if a in self.properties), None)


class Tool:
    """Base class for tools. Subclasses set the class attributes and implement ``run``."""

    name: ClassVar[str] = ""
    description: ClassVar[str] = ""
    tasks: ClassVar[tuple[str, ...]] = ()
    args_model: ClassVar[type[BaseModel]]
    outputs: ClassVar[Mapping[str, OutputKind]] = {}
    """Task -> output kind; tasks not listed produce what ``unison_agent.contracts.tasks`` says."""
    meta: ClassVar[MetaSpec | None] = None
    """Size/length constraints and defaults, for tools that take width/height/num_frames/fps."""
    declares: ClassVar[tuple[TaskSpec, ...]] = ()
    """New tasks this tool brings (beyond the built-in twelve); the registry merges them."""

    timeout: ClassVar[float | None] = None
    """Seconds one attempt may run when the executor configures no ``step_timeout``; ``None``: no limit."""

    source: str = "local"
    """Where the tool came from (``builtin``, a plugin distribution ``name==version``, ...)."""

    def __init__(self) -> None:
        self._setup_lock = threading.Lock()
        self._is_setup = False
        validate_tool_shape(self)

    def setup(self) -> None:
        """Load heavy state (models). Called once, lazily, before the first ``run``."""

    def ensure_setup(self) -> None:
        with self._setup_lock:
            if not self._is_setup:
                self.setup()
                self._is_setup = True

    def run(self, args: BaseModel, ctx: ToolContext) -> ToolOutput:
        raise NotImplementedError

    def check(self, args: dict[str, Any], task: str) -> list[tuple[str, str]]:
        """Extra semantic checks: return ``(argument name, problem)`` pairs. Default: none."""
        return []

    def check_config(self, task: str, config: Config) -> list[str]:
        """Problems with how ``config`` sets this tool up for ``task`` (e.g. a backend that cannot
        serve it), found at validation time so a plan is refused before anything loads. Default: none."""
        return []

    # -- contract ---------------------------------------------------------------------------
    def output_kind(self, task: str) -> OutputKind:
        if task in self.outputs:
            return self.outputs[task]
        declared = {t.name: t for t in self.declares}
        return (declared.get(task) or TASKS[task]).output

    def parameters_schema(self) -> dict[str, Any]:
        return self.args_model.model_json_schema()

    def media_args(self) -> dict[str, tuple[str, ...]]:
        found: dict[str, tuple[str, ...]] = {}
        for fname, finfo in self.args_model.model_fields.items():
            extra = finfo.json_schema_extra
            if isinstance(extra, dict) and "x-media" in extra:
                kinds = extra["x-media"]
                found[fname] = tuple(str(k) for k in kinds) if isinstance(kinds, list) else (str(kinds),)
        return found

    def definition(self) -> ToolDefinition:
        return ToolDefinition(
            name=self.name,
            description=self.description,
            tasks=tuple(self.tasks),
            parameters=self.parameters_schema(),
            media_args=self.media_args(),
            outputs={t: self.output_kind(t) for t in self.tasks},
            meta=self.meta,
        )

    def parse_args(self, args: Mapping[str, Any]) -> BaseModel:
        """Validate raw arguments; a ``ToolArgumentError`` lists each bad field."""
        from pydantic import ValidationError

        try:
            return self.args_model.model_validate(dict(args))
        except ValidationError as exc:
            problems = pydantic_problems(exc, empty_loc="(args)")
            raise ToolArgumentError(f"calling `{self.name}` with {dict(args)!r} failed: {problems}") from None

    def __repr__(self) -> str:
        return f"<Tool {self.name} tasks={list(self.tasks)} source={self.source}>"


def validate_tool_shape(tool: Tool) -> None:
    """Refuse a malformed tool when it is built, not mid-run."""
    who = f"tool {tool.name or type(tool).__name__!r}"
    if not tool.name or not tool.name.replace("_", "").replace("-", "").isalnum():
        raise RegistrationError(f"{who}: `name` must be a non-empty identifier, got {tool.name!r}")
    if not tool.description:
        raise RegistrationError(f"{who}: `description` is empty; planners choose tools by it")
    if not tool.tasks:
        raise RegistrationError(f"{who}: `tasks` is empty; list the canonical tasks it serves")
    for spec in tool.declares:
        problem = task_spec_problem(spec)
        if problem:
            raise RegistrationError(f"{who}: declared task {spec.name!r}: {problem}")
        if spec.name in TASKS:
            raise RegistrationError(f"{who}: declares task {spec.name!r}, which is built in; pick another name")
    model = getattr(tool, "args_model", None)
    if not (isinstance(model, type) and issubclass(model, BaseModel)):
        raise RegistrationError(f"{who}: `args_model` must be a pydantic BaseModel subclass")
    bad_out = {t: k for t, k in tool.outputs.items() if k not in ("image", "video", "text")}
    if bad_out:
        raise RegistrationError(f"{who}: output kinds must be image, video or text, got {bad_out}")


def task_spec_problem(spec: TaskSpec) -> str | None:
    """What is wrong with a declared task, or ``None``."""
    if not spec.name.replace("_", "").isalnum() or not spec.name[:1].isalpha():
        return "the name must be an identifier (letters, digits, '_')"
    if not spec.description:
        return "`description` is empty; planners recognise a task by it"
    if len(spec.examples) < 3:
        return f"give at least three `examples` (example requests), got {len(spec.examples)}"
    if spec.output not in ("image", "video", "text"):
        return f"`output` must be image, video or text, got {spec.output!r}"
    bad_meta = [m for m in spec.meta_args if m not in META_ARGS]
    if bad_meta:
        return f"unknown meta argument(s) {bad_meta}; valid: {', '.join(META_ARGS)}"
    missing = [r for r in spec.requires_any if r not in spec.allowed_roles]
    if missing:
        return f"required role(s) {missing} are not in `allowed_roles`"
    bad_kinds = {r: k for r, k in spec.role_kinds.items() if not set(k) <= {"image", "video"}}
    if bad_kinds:
        return f"role kinds must be image and/or video, got {bad_kinds}"
    return None


# -- function tools ---------------------------------------------------------------------------


class FunctionTool(Tool):
    """A tool made from a typed function by ``@tool``. Media parameters receive ``Artifact``s."""

    def __init__(
        self,
        fn: Callable[..., Any],
        *,
        name: str,
        description: str,
        tasks: tuple[str, ...],
        args_model: type[BaseModel],
        outputs: Mapping[str, OutputKind],
        wants_ctx: bool,
    ) -> None:
        # instance attributes shadow the ClassVar defaults on purpose: one class, many tools
        self.name = name  # type: ignore[misc]
        self.description = description  # type: ignore[misc]
        self.tasks = tasks  # type: ignore[misc]
        self.args_model = args_model  # type: ignore[misc]
        self.outputs = dict(outputs)  # type: ignore[misc]
        self._fn = fn
        self._wants_ctx = wants_ctx
        super().__init__()

    def run(self, args: BaseModel, ctx: ToolContext) -> ToolOutput:
        kwargs = dict(args)
        for media_name in self.media_args():
            if kwargs.get(media_name) is not None:
                value = ctx.inputs.get(media_name)
                kwargs[media_name] = value
        if self._wants_ctx:
            kwargs["ctx"] = ctx
        return self._fn(**kwargs)  # type: ignore[no-any-return]


def tool(
    *,
    tasks: tuple[str, ...] | list[str],
    name: str | None = None,
    description: str | None = None,
    outputs: Mapping[str, OutputKind] | None = None,
) -> Callable[[Callable[..., Any]], FunctionTool]:
    """Turn a typed function into a ``Tool``.

    Example::

        @tool(tasks=["image_understanding"])
        def count_pixels(image: Annotated[Reference, Media("image")], ctx: ToolContext) -> str:
            "Count the pixels of an image."
            ...
    """

    def wrap(fn: Callable[..., Any]) -> FunctionTool:
        hints = get_type_hints(fn, include_extras=True)
        fields: dict[str, Any] = {}
        wants_ctx = False
        for pname, param in inspect.signature(fn).parameters.items():
            if pname == "ctx" or hints.get(pname) is ToolContext:
                wants_ctx = True
                continue
            annotation = hints.get(pname, Any)
            default = ... if param.default is inspect.Parameter.empty else param.default
            fields[pname] = (annotation, default)
        model_name = "".join(p.title() for p in (name or fn.__name__).split("_")) + "Args"
        args_model = create_model(model_name, __config__=ConfigDict(extra="forbid"), **fields)
        doc = inspect.getdoc(fn) or ""
        return FunctionTool(
            fn,
            name=name or fn.__name__,
            description=description or doc.split("\n\n")[0].strip(),
            tasks=tuple(tasks),
            args_model=args_model,
            outputs=outputs or {},
            wants_ctx=wants_ctx,
        )

    return wrap
