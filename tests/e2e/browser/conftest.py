"""Real-browser fixtures: Debian's headless Chromium driven by Playwright, against the session `stack`.

Playwright's own browser download is not used: `executable_path` points at the system Chromium, which
`make browser` (scripts/install_browser.sh) installs when missing, together with axe-core in var/node.
"""

from __future__ import annotations

import json
import re
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from playwright.sync_api import Browser, BrowserContext, Page, Playwright, sync_playwright

from bot.ops.paths import ROOT

OUTPUT = ROOT / "var" / "test-output"
AXE = ROOT / "var" / "node" / "node_modules" / "axe-core" / "axe.min.js"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking"]
TIMEOUT_MS = 20_000


def chromium_path() -> str:
    found = shutil.which("chromium") or shutil.which("chromium-browser")
    if not found:
        pytest.fail("no Chromium: run `make browser` (apt-get install chromium)")
    return found


# Package scope, not session: sync Playwright keeps an event loop on the main thread while it is open, which
# would break later tests that call asyncio.run(); it is closed when the browser tests are done.
@pytest.fixture(scope="package")
def playwright() -> Iterator[Playwright]:
    with sync_playwright() as p:
        yield p


@pytest.fixture(scope="package")
def browser(playwright: Playwright) -> Iterator[Browser]:
    launched = playwright.chromium.launch(executable_path=chromium_path(), args=CHROMIUM_ARGS, headless=True)
    yield launched
    launched.close()


@pytest.fixture()
def context(browser: Browser) -> Iterator[BrowserContext]:
    ctx = browser.new_context(viewport={"width": 1280, "height": 800}, locale="en-GB")
    ctx.set_default_timeout(TIMEOUT_MS)
    yield ctx
    ctx.close()


@pytest.fixture()
def page(context: BrowserContext) -> Page:
    return context.new_page()


@pytest.fixture()
def dialogs(page: Page) -> list[str]:
    """Every alert/confirm/prompt the page tries to open (an XSS would show up here)."""
    fired: list[str] = []

    def on_dialog(dialog: Any) -> None:
        fired.append(dialog.message)
        dialog.dismiss()

    page.on("dialog", on_dialog)
    return fired


def screenshot(page: Page, name: str) -> Path:
    OUTPUT.mkdir(parents=True, exist_ok=True)
    path = OUTPUT / f"{re.sub(r'[^a-z0-9_-]+', '-', name.lower())}.png"
    page.screenshot(path=str(path), full_page=False)
    return path


def axe_audit(page: Page, name: str) -> list[dict[str, Any]]:
    """Run axe-core (WCAG 2.x A/AA rules) in the page; save the violations as JSON; return them."""
    if not AXE.exists():
        pytest.fail("axe-core missing: run `make browser` (npm install into var/node)")
    page.evaluate(AXE.read_text(encoding="utf-8"))  # CDP evaluation: allowed under the page's CSP
    violations: list[dict[str, Any]] = page.evaluate(
        """async () => {
            const result = await axe.run(document, {
                runOnly: {type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa",
                                                "best-practice"]},
                resultTypes: ["violations"],
            });
            return result.violations.map(v => ({id: v.id, impact: v.impact, help: v.help,
                                                nodes: v.nodes.map(n => n.target.join(" "))}));
        }"""
    )
    OUTPUT.mkdir(parents=True, exist_ok=True)
    (OUTPUT / f"axe-{name}.json").write_text(json.dumps(violations, indent=2), encoding="utf-8")
    return violations
