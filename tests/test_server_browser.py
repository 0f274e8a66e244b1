"""The web UI in headless Chromium (Debian's ``chromium``, driven by playwright): upload an
image, ask for an edit, see the plan, progress and the result image; a screenshot is kept."""

from __future__ import annotations

import shutil
from pathlib import Path

from fixtures.server import png_bytes

RECORD_STEPS = """() => {
  window.__seen = [];
  const note = () => document.querySelectorAll('.step').forEach(s =>
    window.__seen.push(s.dataset.state + ':' + s.querySelector('progress').value));
  new MutationObserver(note).observe(document.querySelector('#conversation'),
    {subtree: true, childList: true, attributes: true});
}"""


def chromium_path() -> str:
    found = shutil.which("chromium") or shutil.which("chromium-browser")
    assert found, "Debian's chromium is needed for the browser test: `apt-get install chromium` (scripts/setup.sh does it)"
    return found


def test_the_web_ui_edits_an_uploaded_image_with_live_progress(tiny_server: str, tmp_path: Path) -> None:
    from playwright.sync_api import sync_playwright

    image = tmp_path / "cat.png"
    image.write_bytes(png_bytes((64, 64)))
    shot = tmp_path / "web-ui.png"
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=chromium_path(), headless=True,
                                     args=["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"])
        try:
            page = browser.new_page(viewport={"width": 1100, "height": 800})
            errors: list[str] = []
            page.on("pageerror", lambda exc: errors.append(str(exc)))
            page.goto(f"{tiny_server}/", timeout=30_000)
            page.evaluate(RECORD_STEPS)
            page.set_input_files("#files", str(image))
            assert page.inner_text("#attachments") == "cat.png"
            page.fill("#text", "make the cat blue")
            page.click("#send")

            page.wait_for_selector(".run .step[data-step=s0] progress", timeout=60_000)
            assert page.inner_text(".step .task") == "image_edit"
            assert '"$input.0"' in page.inner_text(".step code")
            page.wait_for_selector(".run[data-state=succeeded] .step .output img", timeout=120_000)
            page.wait_for_function("document.querySelector('.step .output img').naturalWidth > 0", timeout=30_000)
            seen = page.evaluate("window.__seen")
            partial = [s for s in seen if s.startswith("progress:") and 0 < float(s.split(":")[1]) < 1]
            assert partial, f"no partial progress was shown: {seen}"
            assert page.get_attribute(".step .output a", "href", timeout=5_000).startswith("/v1/artifacts/")
            page.wait_for_selector("#sessions li", timeout=30_000)
            assert "1 turn(s)" in page.inner_text("#sessions")
            page.screenshot(path=str(shot), full_page=True)
            assert not errors, errors
        finally:
            browser.close()
    assert shot.stat().st_size > 5_000
