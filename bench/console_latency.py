"""Call-handler console latency: from pressing Enter to the answer on screen, in headless Chromium.

Usage: .venv/bin/python -m bench.console_latency [--lookups 60]
Starts its own stack (and the location sandbox, so postcodes resolve without the internet) on free ports,
opens /frontdoor/console in Debian's Chromium (`make browser` installs it) and times each lookup from the
Enter key press to the result being rendered (waited for with requestAnimationFrame polling). Prints JSON.
"""

from __future__ import annotations

import argparse
import json
import shutil
import statistics
import tempfile
import time
from pathlib import Path
from typing import Any

from playwright.sync_api import Page, sync_playwright

from bench.load import percentile
from bot.ops.stack import Stack, StackConfig
from bot.sandbox.server import start_sandbox

TOKEN = "bench-console-token"
CASES = [
    ("massive pothole outside no. 12", "GL50 1QA"),
    ("my bike was stolen from the station yesterday", "GL50 1QA"),
    ("toothache and I cannot get a dentist", "BS1 5TR"),
    ("there's smoke pouring out of the flat upstairs and someone is inside", ""),
    ("the bin men didn't come this week", "OX1 1BX"),
    ("noisy neighbours every night till 3am", "M2 5PD"),
    ("someone has dumped a sofa in the lane", "CF10 3ND"),
    ("I think I've been scammed by a text", ""),
]


def _lookup_ms(page: Page, n: int, text: str, postcode: str) -> float:
    page.fill("#postcode", postcode)
    page.fill("#words", text)
    page.focus("#words")
    started = time.perf_counter()
    page.keyboard.press("Enter")
    page.wait_for_selector(f'#result[data-lookup="{n}"]', state="visible", timeout=30_000)
    return (time.perf_counter() - started) * 1000


def measure(lookups: int) -> dict[str, Any]:
    chromium = shutil.which("chromium")
    if not chromium:
        raise SystemExit("no chromium: run `make browser`")
    sandbox = start_sandbox(port=0)
    base = Path(tempfile.mkdtemp(prefix="frontdoor-console-bench-"))
    config = StackConfig.isolated(base, api_token=TOKEN, extra_env={"FRONTDOOR_SANDBOX_URL": sandbox.url})
    stack = Stack(config)
    try:
        stack.start()
        with sync_playwright() as p:
            browser = p.chromium.launch(
                executable_path=chromium,
                args=["--no-sandbox", "--disable-gpu", "--disable-background-networking"],
            )
            page = browser.new_page()
            page.goto(f"{config.rasa_url}/frontdoor/console")
            page.fill("#token", TOKEN)
            page.press("#token", "Enter")
            page.wait_for_selector("#words", state="visible")
            _lookup_ms(page, 1, *CASES[0])  # warm-up: first parse and cold API cache are not counted
            timings = [_lookup_ms(page, i + 2, *CASES[i % len(CASES)]) for i in range(lookups)]
            browser.close()
    finally:
        stack.stop()
        sandbox.stop()
    return {
        "lookups": lookups,
        "enter_to_answer_ms_median": round(statistics.median(timings), 1),
        "enter_to_answer_ms_p95": round(percentile(timings, 0.95), 1),
        "enter_to_answer_ms_max": round(max(timings), 1),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--lookups", type=int, default=60)
    args = parser.parse_args()
    print(json.dumps(measure(args.lookups), indent=2))


if __name__ == "__main__":
    main()
