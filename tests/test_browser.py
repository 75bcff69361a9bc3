"""A real browser: JupyterLab started here, driven by Playwright with Debian's Chromium.

It opens the quick-start notebook, runs every cell, and finds the charts drawn by vega
(``.vega-embed svg`` or ``canvas``) with no error output, offline. The screenshot is saved
to ``test-output/browser/``.
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
OUTPUT = ROOT / "test-output" / "browser"
CHROMIUM_FLAGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


def _chromium() -> str:
    path = shutil.which("chromium")
    if path is None:
        pytest.fail(
            "Debian's chromium is not installed. `python3 dev.py test` installs it "
            "(apt-get install chromium); on another system install Chromium and put it on PATH."
        )
    return path


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _settings(folder: Path) -> None:
    """JupyterLab settings for a test: no news, and every cell kept in the page."""
    tracker = folder / "@jupyterlab" / "notebook-extension" / "tracker.jupyterlab-settings"
    tracker.parent.mkdir(parents=True)
    tracker.write_text(json.dumps({"windowingMode": "none", "autoStartDefaultKernel": True}))
    news = folder / "@jupyterlab" / "apputils-extension" / "notification.jupyterlab-settings"
    news.parent.mkdir(parents=True)
    news.write_text(json.dumps({"fetchNews": "false", "checkForUpdates": False}))


@pytest.fixture(scope="module")
def lab(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    home = tmp_path_factory.mktemp("lab")
    shutil.copytree(ROOT / "notebooks", home / "notebooks")  # autosave must not touch the repo
    shutil.copytree(ROOT / "seeds", home / "seeds")
    _settings(home / "settings")
    port = _free_port()
    env = {
        **os.environ,
        "JUPYTERLAB_SETTINGS_DIR": str(home / "settings"),
        "JUPYTERLAB_WORKSPACES_DIR": str(home / "workspaces"),
    }
    log_file = (home / "server.log").open("w")
    server = subprocess.Popen(
        [
            sys.executable, "-m", "jupyter", "lab", "--no-browser", "--allow-root",
            f"--port={port}", "--ServerApp.ip=127.0.0.1", "--ServerApp.token=",
            "--ServerApp.password=", f"--ServerApp.root_dir={home / 'notebooks'}",
        ],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=log_file,
    )  # fmt: skip
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 90
        while True:
            try:
                urllib.request.urlopen(f"{url}/api/status", timeout=2).close()
                break
            except OSError:
                if time.monotonic() > deadline or server.poll() is not None:
                    log = (home / "server.log").read_text()[-2000:]
                    pytest.fail(f"JupyterLab did not start:\n{log}")
                time.sleep(0.5)
        yield url
    finally:
        server.terminate()
        try:
            server.wait(timeout=20)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait()
        log_file.close()


def test_quickstart_runs_and_draws_charts_in_jupyterlab(lab: str) -> None:
    from playwright.sync_api import TimeoutError as PlaywrightTimeout
    from playwright.sync_api import sync_playwright

    OUTPUT.mkdir(parents=True, exist_ok=True)
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=_chromium(), args=CHROMIUM_FLAGS)
        try:
            page = browser.new_page(viewport={"width": 1400, "height": 1000})
            page.goto(f"{lab}/lab/tree/01_quickstart.ipynb")
            idle = ".jp-Notebook-ExecutionIndicator[data-status='idle']"
            page.wait_for_selector(".jp-NotebookPanel", timeout=90_000)
            select = page.get_by_role("button", name="Select", exact=True)
            with contextlib.suppress(PlaywrightTimeout):  # a fresh lab may ask for a kernel
                select.click(timeout=5_000)
            page.wait_for_selector(idle, timeout=90_000)
            page.get_by_role("menuitem", name="Run", exact=True).click()
            page.get_by_text("Run All Cells", exact=True).click()
            try:
                # NOTE: poll on a timer; animation-frame polling never fired headless here
                page.wait_for_function(
                    "document.querySelectorAll('.vega-embed svg, .vega-embed canvas').length >= 2",
                    polling=500,
                    timeout=180_000,
                )
            except Exception:
                page.screenshot(path=str(OUTPUT / "failure.png"), full_page=True)
                outputs = page.locator(".jp-OutputArea-output").all_inner_texts()
                (OUTPUT / "failure-outputs.txt").write_text("\n---\n".join(outputs))
                raise
            page.wait_for_selector(idle, timeout=180_000)
            page.screenshot(path=str(OUTPUT / "quickstart.png"))
            charts = page.locator(".vega-embed svg, .vega-embed canvas").count()
            errors = page.locator(
                ".jp-OutputArea-output[data-mime-type='application/vnd.jupyter.stderr']"
            ).all_inner_texts()
            executed = page.locator(".jp-InputPrompt").all_inner_texts()
        finally:
            browser.close()
    assert charts >= 2
    assert errors == []
    assert all("*" not in prompt for prompt in executed)  # no cell still waiting to run


def test_review_page_highlights_every_event_and_scrolls_to_it(tmp_path: Path) -> None:
    from playwright.sync_api import sync_playwright

    from timeline.review import review

    page_data = review(ROOT / "seeds" / "004_be3f86df37a2d424.txt")
    path = page_data.write(tmp_path / "review.html")
    OUTPUT.mkdir(parents=True, exist_ok=True)
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=_chromium(), args=CHROMIUM_FLAGS)
        try:
            page = browser.new_page(viewport={"width": 1400, "height": 700})
            page.goto(path.as_uri())
            links = page.locator("a.event")
            assert links.count() == len(page_data.events)
            for i in range(links.count()):
                assert page.locator(f"#span-{i}").count() == 1  # every event's highlight
            scrolls = []
            for i in (len(page_data.events) - 1, 0):
                links.nth(i).click()
                box = page.locator(f"#span-{i}").bounding_box()
                viewport = page.evaluate("document.getElementById('text').getBoundingClientRect()")
                scrolls.append(
                    box is not None and viewport["top"] <= box["y"] <= viewport["bottom"]
                )
            links.nth(9).click()
            page.screenshot(path=str(OUTPUT / "review.png"))
        finally:
            browser.close()
    assert scrolls == [True, True]
