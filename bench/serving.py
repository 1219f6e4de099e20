"""Reply latency through the REST webhook with the action server and Redis in the loop, and model load time.

Usage: .venv/bin/python -m bench.serving [--messages 200]
Starts its own stack on free ports; sequential single-turn conversations from this (separate) process.
"""

from __future__ import annotations

import argparse
import json
import statistics
import tempfile
import time
import uuid
from pathlib import Path
from typing import Any

import requests

from bot.stack import Stack, StackConfig

MESSAGES = [
    "massive pothole outside no. 12",
    "the bin men didn't come this week",
    "my bike was nicked yesterday from the station",
    "how do I register with a GP",
    "street light outside my house is flickering",
    "someone has dumped a sofa in the lane",
    "I think I've been scammed by a text",
    "noisy neighbours every night till 3am",
    "toothache and I can't get a dentist",
    "water pouring out of the road, burst main",
]


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    index = min(len(ordered) - 1, max(0, round(q * (len(ordered) - 1))))
    return ordered[index]


def measure(count: int) -> dict[str, Any]:
    base = Path(tempfile.mkdtemp(prefix="frontdoor-bench-"))
    config = StackConfig.isolated(base)
    stack = Stack(config)
    stack.start_redis()
    stack.start_actions()
    started = time.monotonic()
    stack.start_rasa()
    url = f"{config.rasa_url}/webhooks/rest/webhook"
    requests.post(url, json={"sender": "warmup", "message": "hello"}, timeout=60).raise_for_status()
    load_seconds = time.monotonic() - started
    try:
        latencies = []
        for i in range(count):
            body = {"sender": f"bench-{uuid.uuid4().hex[:8]}", "message": MESSAGES[i % len(MESSAGES)]}
            t0 = time.perf_counter()
            reply = requests.post(url, json=body, timeout=60)
            latencies.append((time.perf_counter() - t0) * 1000)
            if reply.status_code != 200 or not reply.json():
                raise RuntimeError(f"bad reply {reply.status_code}")
    finally:
        stack.stop()
    return {
        "messages": count,
        "latency_ms_median": round(statistics.median(latencies), 1),
        "latency_ms_p95": round(percentile(latencies, 0.95), 1),
        "latency_ms_max": round(max(latencies), 1),
        "model_load_to_first_reply_s": round(load_seconds, 1),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--messages", type=int, default=200)
    args = parser.parse_args()
    print(json.dumps(measure(args.messages), indent=2))


if __name__ == "__main__":
    main()
