from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from typing import Annotated

import pytest
from fixtures.foundation import FakeImageGen, FakeVqa, write_png
from pydantic import BaseModel, ConfigDict

from unison_agent.contracts.errors import RegistrationError
from unison_agent.contracts.registry import Registry
from unison_agent.contracts.tool import Media, Reference, Tool, ToolContext, ToolOutput, tool
from unison_agent.runtime.artifacts import Artifact, ArtifactStore

EXAMPLE = Path(__file__).parents[1] / "examples" / "unison-plugin-example"


def make_dist(root: Path, name: str, version: str, entries: dict[str, str]) -> None:
    """An installed-distribution look-alike that importlib.metadata finds on sys.path."""
    info = root / f"{name.replace('-', '_')}-{version}.dist-info"
    info.mkdir(parents=True)
    (info / "METADATA").write_text(f"Metadata-Version: 2.1\nName: {name}\nVersion: {version}\n")
    lines = "\n".join(f"{k} = {v}" for k, v in entries.items())
    (info / "entry_points.txt").write_text(f"[unison_agent.tools]\n{lines}\n")


def test_duplicate_names_are_refused_naming_both_sources() -> None:
    reg = Registry()
    reg.register(FakeVqa(), source="builtin")
    with pytest.raises(RegistrationError, match=r"acme-tools==1.0 defines tool `vqa`, already provided by builtin"):
        reg.register(FakeVqa(), source="acme-tools==1.0")


def test_invalid_tools_are_refused_when_built() -> None:
    class NoTasks(Tool):
        name = "empty"
        description = "nothing"
        args_model = BaseModel

    with pytest.raises(RegistrationError, match="`tasks` is empty"):
        NoTasks()

    class BadTask(FakeVqa):
        tasks = ("painting",)

    # a task may be declared by another plugin, so an unknown one is refused at registration
    with pytest.raises(RegistrationError, match=r"unknown task.*declare a new task"):
        Registry().register(BadTask())


def test_invalid_json_schema_is_refused() -> None:
    class WeirdArgs(BaseModel):
        model_config = ConfigDict(json_schema_extra={"type": 12})
        question: str

    class Weird(FakeVqa):
        name = "weird"
        args_model = WeirdArgs

    with pytest.raises(RegistrationError, match="invalid JSON Schema"):
        Registry().register(Weird())


def test_function_tool_gets_artifacts_for_media_params(tmp_path: Path) -> None:
    @tool(tasks=["image_understanding"])
    def pixel_count(image: Annotated[Reference, Media("image")], question: str = "", ctx: ToolContext | None = None) -> str:
        """Count the pixels of an image."""
        assert isinstance(image, Artifact)
        from unison_agent.runtime.media import load_image

        img = load_image(image.path)
        return str(img.width * img.height)

    assert pixel_count.description == "Count the pixels of an image."
    assert pixel_count.media_args() == {"image": ("image",)}
    store = ArtifactStore(tmp_path / "store")
    src = store.put_file(write_png(tmp_path / "a.png", (8, 4)), kind="image")
    ctx = ToolContext(task="image_understanding", step_id="s0", store=store, inputs={"image": src})
    assert pixel_count.run(pixel_count.parse_args({"image": "$input.0"}), ctx) == "32"


def test_plugins_load_each_on_its_own(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "good_plugin.py").write_text(
        "from fixtures.foundation import FakeImageGen\n"
        "def register_tools(register):\n    register(FakeImageGen())\n"
    )
    (tmp_path / "broken_plugin.py").write_text("raise ImportError('needs libfoo')\n")
    (tmp_path / "dup_plugin.py").write_text("from fixtures.foundation import FakeImageGen as Dup\n")
    make_dist(tmp_path, "good-dist", "1.2", {"a_good": "good_plugin"})
    make_dist(tmp_path, "broken-dist", "0.3", {"b_broken": "broken_plugin"})
    make_dist(tmp_path, "dup-dist", "2.0", {"c_dup": "dup_plugin:Dup"})
    monkeypatch.syspath_prepend(str(tmp_path))

    reg = Registry()
    errors = reg.load_entry_points(only="a_good,b_broken,c_dup")  # loaded in name order
    assert reg.names() == ["image_gen"]
    assert reg.get("image_gen").source == "good-dist==1.2"
    by_name = {e.entry_point: e for e in errors}
    assert set(by_name) == {"b_broken", "c_dup"}
    assert by_name["b_broken"].distribution == "broken-dist" and by_name["b_broken"].version == "0.3"
    assert "needs libfoo" in by_name["b_broken"].error
    assert "already provided by good-dist==1.2" in by_name["c_dup"].error


def test_plugin_switch_none_loads_nothing() -> None:
    reg = Registry()
    assert reg.load_entry_points(only="none") == [] and len(reg) == 0


def test_example_plugin_installs_and_runs_end_to_end(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "site"
    subprocess.run(
        [sys.executable, "-m", "pip", "install", "-q", "--no-deps", "--no-build-isolation", "--target",
         str(target), str(EXAMPLE)],
        check=True, capture_output=True,
    )
    monkeypatch.syspath_prepend(str(target))
    reg = Registry()
    assert reg.load_entry_points(only="image_stats") == []
    stats = reg.get("image_stats")
    assert stats.source == "unison-plugin-example==0.1.0"

    from unison_agent.contracts.validate import validate_plan

    plan = validate_plan(
        {"steps": [{"id": "s0", "task": "image_understanding", "tool": "image_stats",
                    "args": {"image": "$input.0", "question": "how big?"}}]},
        reg, attachments=["image"])
    store = ArtifactStore(tmp_path / "store")
    src = store.put_file(write_png(tmp_path / "in.png", (20, 10)), kind="image")
    ctx = ToolContext(task="image_understanding", step_id="s0", store=store, inputs={"image": src})
    out = stats.run(stats.parse_args(plan.steps[0].args), ctx)
    assert isinstance(out, Artifact) and out.value is not None and out.value.startswith("20x10 pixels")


def test_openai_specs_carry_the_schema(fake_registry: Registry) -> None:
    specs = {s["function"]["name"]: s for s in fake_registry.openai_specs()}
    params = specs["image_gen"]["function"]["parameters"]
    assert specs["image_gen"]["type"] == "function"
    assert params["required"] == ["prompt"]
    assert params["properties"]["reference"]["x-media"] == ["image"]


def test_langchain_round_trip(tmp_path: Path) -> None:
    from langchain_core.tools import StructuredTool

    from unison_agent.integrations.langchain import from_langchain, to_langchain

    class EchoArgs(BaseModel):
        text: str
        times: int = 1

    def echo(text: str, times: int = 1) -> str:
        return " ".join([text] * times)

    lc = StructuredTool.from_function(func=echo, name="echo", description="Repeat text.", args_schema=EchoArgs)
    reg = Registry()
    ours = reg.register(from_langchain(lc, tasks=("text_understanding",)), source="langchain")
    assert reg.get("echo").source == "langchain"
    assert ours.parameters_schema()["required"] == ["text"]
    store = ArtifactStore(tmp_path)
    out = ours.run(ours.parse_args({"text": "hi", "times": 2}), ToolContext(task="text_understanding", step_id="s0", store=store))
    assert out == "hi hi"

    back = to_langchain(ours, store_root=tmp_path)
    assert back.name == "echo" and back.description == "Repeat text."
    assert '"value": "hi hi hi"' in back.invoke({"text": "hi", "times": 3})

    # a media tool as a LangChain tool takes file paths
    img_tool = to_langchain(FakeVqa(), store_root=tmp_path / "s2", task="image_understanding")
    result = img_tool.invoke({"question": "what?", "image": str(write_png(tmp_path / "q.png"))})
    assert '"value": "an answer"' in result


def test_tools_for_task(fake_registry: Registry) -> None:
    assert [t.name for t in fake_registry.tools_for_task("image_control")] == ["image_gen"]
    with pytest.raises(KeyError, match="no tool called `upscale`; available: image_gen"):
        fake_registry.get("upscale")


class _Noop(Tool):
    name = "noop"
    description = "does nothing"
    tasks = ("text_understanding",)
    args_model = BaseModel

    def run(self, args: BaseModel, ctx: ToolContext) -> ToolOutput:
        return ""


def test_setup_runs_once() -> None:
    calls = []

    class Lazy(_Noop):
        def setup(self) -> None:
            calls.append(1)

    t = Lazy()
    assert calls == []  # construction is cheap
    t.ensure_setup()
    t.ensure_setup()
    assert calls == [1]
    _ = FakeImageGen()


def test_registry_decorator_registers_function_tools(tmp_path: Path) -> None:
    reg = Registry()

    @reg.tool(tasks=["text_understanding"])
    def word_count(question: str) -> str:
        """Count the words of a question."""
        return str(len(question.split()))

    assert reg.get("word_count") is word_count and word_count.source == "decorator"
    ctx = ToolContext(task="text_understanding", step_id="s0", store=ArtifactStore(tmp_path))
    assert word_count.run(word_count.parse_args({"question": "how many words here"}), ctx) == "4"
    with pytest.raises(RegistrationError, match="already provided"):
        reg.tool(tasks=["text_understanding"], name="word_count", description="again")(lambda question: question)


def test_meta_spec_snaps_half_up_so_the_shape_is_kept() -> None:
    from unison_agent.contracts.tool import MetaSpec

    spec = MetaSpec(size_multiple=16, frame_step=4, max_width=64)
    assert spec.snap_size(40, 24) == (48, 32)  # both halves go up: landscape stays landscape
    assert spec.snap_size(100, 20) == (64, 16)  # over the cap, clamped to the largest multiple
    assert [spec.snap_frames(n) for n in (1, 3, 7, 81, 82)] == [1, 5, 9, 81, 81]


def _image_tool(name: str, description: str, tasks: tuple[str, ...] = ("image_edit",)) -> Tool:
    class Args(BaseModel):
        model_config = ConfigDict(extra="forbid")
        image: Reference = Media("image")  # type: ignore[assignment]
        prompt: str = ""

    cls = type(f"T_{name}", (Tool,), {"name": name, "description": description, "tasks": tasks, "args_model": Args,
                                      "run": lambda self, a, c: None})
    made: Tool = cls()
    return made


def test_a_specialist_beside_a_builtin_tool_takes_requests_that_are_clearly_its_own() -> None:
    reg = Registry()
    reg.register(_image_tool("edit", "Edit an image as the prompt says."), source="builtin")
    reg.register(_image_tool("vintage", "Gives a photo a vintage look: sepia tone, faded colours and film grain."),
                 source="acme==1.0")

    def chosen(text: str) -> str:
        picked = reg.choose_tool("image_edit", text=text)
        assert picked is not None
        return picked.name

    assert chosen("make it look like a faded sepia photo") == "vintage"  # several of its words
    assert chosen("swap the red car for a vintage motorbike") == "edit"  # one word, about the motorbike
    assert chosen("turn the sky pink") == "edit"
    assert chosen("swap the car, with the vintage tool") == "vintage"  # named


def test_between_plugin_tools_one_distinctive_word_decides() -> None:
    reg = Registry()
    reg.register(_image_tool("exact", "Frame-accurate cutter that re-encodes."), source="acme==1.0")
    reg.register(_image_tool("quick", "Instant cutter at keyframes, fast but rough."), source="acme==1.0")
    picked = reg.choose_tool("image_edit", text="cut it, fast please")
    assert picked is not None and picked.name == "quick"
    picked = reg.choose_tool("image_edit", text="cut it so the frames are accurate")  # "frames" meets "frame"
    assert picked is not None and picked.name == "exact"


def test_one_input_task_is_the_spelled_out_spec() -> None:
    from unison_agent import TaskSpec

    short = TaskSpec.one_input("video", name="stabilise", output="video", description="Remove shake.", examples=("Steady <video 0>.",))
    assert short == TaskSpec(name="stabilise", output="video", description="Remove shake.", examples=("Steady <video 0>.",),
                             requires_any=("video",), allowed_roles=("video",), role_kinds={"video": ("video",)})
