"""Serving figures for one system (Front Door or the stock-Rasa peer), on the real stack: Rasa server, action
server and Redis, over the REST webhook, with load generated from this (separate) process on loopback.

Usage: .venv/bin/python -m bench.serving [--system frontdoor|stock_rasa] [--quick]
"""

from __future__ import annotations

import argparse
import json
import statistics
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import requests

from bench import load
from bench.stacks import FRONTDOOR, PEER, PEER_MODEL, process_memory, rss_mb, running
from bot.core.text_guard import max_message_chars
from bot.ops.stack import Stack


@dataclass(frozen=True)
class Plan:
    """How much load each part gets. `full` is the `make bench` run; `quick` is a smoke run."""

    sequential: int = 300
    levels: tuple[int, ...] = (1, 4, 16, 64)
    seconds_per_level: float = 15.0
    max_messages_per_level: int = 3000
    turns: int = 200
    length_pairs: int = 20
    huge_chars: int = 100_000
    huge_timeout: float = 120.0
    memory_guard_mb: float = 6144.0
    triage_requests: int = 300
    triage_clients: int = 16

    @classmethod
    def quick(cls) -> Plan:
        return cls(
            sequential=20,
            levels=(1, 4),
            seconds_per_level=2.0,
            turns=12,
            length_pairs=3,
            huge_chars=20_000,
            triage_requests=32,
            triage_clients=4,
        )


def first_reply_seconds(stack: Stack, url: str) -> float:
    """Restart the Rasa server and time start to first reply (the model load as a resident sees it)."""
    stack.stop_rasa()
    started = time.monotonic()
    stack.start_rasa()
    load.Webhook(url).send(load.new_sender("load"), "hello")
    return time.monotonic() - started


def length_cost(url: str, pairs: int) -> dict[str, Any]:
    """Short messages against messages at the maximum allowed length, interleaved."""
    hook = load.Webhook(url)
    short, longest = [], []
    for _ in range(pairs):
        short.append(hook.send(load.new_sender("short"), "pothole on my road"))
        longest.append(hook.send(load.new_sender("max"), load.message_of_length(max_message_chars())))
    return {
        "max_chars": max_message_chars(),
        "short_median_ms": round(statistics.median(short), 1),
        "max_length_median_ms": round(statistics.median(longest), 1),
        "extra_ms": round(statistics.median(longest) - statistics.median(short), 1),
    }


def concurrency_only(system: str, plan: Plan, workers: int) -> dict[str, Any]:
    """Throughput with more Rasa server processes (Sanic workers sharing the Redis lock store)."""
    with running(system, workers) as stack:
        url = f"{stack.config.rasa_url}/webhooks/rest/webhook"
        for i in range(2 * workers):
            load.Webhook(url).send(f"warm-{i}", load.ANSWERED_MESSAGES[i])
        levels = [
            load.concurrent(url, level, plan.seconds_per_level, plan.max_messages_per_level)
            for level in plan.levels
        ]
        memory = process_memory(stack)["rasa_server"]
    return {"system": f"{system}, {workers} workers", "concurrency": levels, "rasa_server_memory_mb": memory}


def measure(system: str, plan: Plan, peer_model: Path = PEER_MODEL) -> dict[str, Any]:
    report: dict[str, Any] = {"system": system}
    with running(system, peer_model=peer_model) as stack:
        url = f"{stack.config.rasa_url}/webhooks/rest/webhook"
        report["start_to_first_reply_s"] = round(first_reply_seconds(stack, url), 1)
        for i in range(5):
            load.Webhook(url).send(f"warm-{i}", load.ANSWERED_MESSAGES[i])
        report["sequential"] = load.sequential(url, plan.sequential)
        report["concurrency"] = [
            load.concurrent(url, level, plan.seconds_per_level, plan.max_messages_per_level)
            for level in plan.levels
        ]
        report["long_conversation"] = load.long_conversation(url, plan.turns)
        report["length_cost"] = length_cost(url, plan.length_pairs)
        if system == FRONTDOOR:
            report["triage_api"] = load.triage_api(
                f"{stack.config.rasa_url}/api/triage",
                stack.config.api_token,
                plan.triage_requests,
                plan.triage_clients,
            )
        report["memory_mb"] = process_memory(stack)
        # Last, because it may have to stop a runaway server.
        report["huge_message"] = huge_message(stack, url, plan)
    return report


def huge_message(stack: Stack, url: str, plan: Plan) -> dict[str, Any]:
    rasa = stack.rasa
    pid = rasa.pid if rasa else None
    result = load.big_message(
        url,
        plan.huge_chars,
        plan.huge_timeout,
        lambda: rss_mb(pid),
        plan.memory_guard_mb,
    )
    if result["over_memory_guard"]:
        result["outcome"] = f"stopped by the benchmark's {plan.memory_guard_mb:.0f} MB memory guard"
        stack.stop_rasa()
    elif result.get("status") == 200:
        result["outcome"] = "answered"
    else:
        result["outcome"] = f"refused or failed ({result.get('status') or result.get('error')})"
    try:
        alive = requests.get(f"{stack.config.rasa_url}/", timeout=5).status_code == 200
    except requests.RequestException:
        alive = False
    result["server_alive_after"] = alive
    return result


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--system", choices=[FRONTDOOR, PEER], default=FRONTDOOR)
    parser.add_argument("--quick", action="store_true")
    args = parser.parse_args()
    plan = Plan.quick() if args.quick else Plan()
    print(json.dumps(measure(args.system, plan), indent=2))


if __name__ == "__main__":
    main()
