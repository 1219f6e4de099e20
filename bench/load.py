"""Load generators for the serving benchmark. They run in the benchmark's own process and talk to the stack over
loopback HTTP, so the client's cost is never counted inside the server's processes. Every run is bounded in
messages and in time."""

from __future__ import annotations

import statistics
import threading
import time
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

import requests

# Single-turn messages that get a full answer in one reply (the postcode is in the words where the answer
# depends on place), so every message costs the NLU, the action server, the location lookup and Redis.
ANSWERED_MESSAGES = [
    "massive pothole outside no. 12 GL50 1QA",
    "the bin men didn't come this week GL50 1QA",
    "my bike was nicked yesterday from the station BS1 5TR",
    "how do I register with a GP",
    "street light outside my house is flickering OX1 1BX",
    "someone has dumped a sofa in the lane M2 5PD",
    "I think I've been scammed by a text",
    "noisy neighbours every night till 3am SW1A 1AA",
    "toothache and I can't get a dentist",
    "my neighbour has collapsed and isn't breathing",
]

# A long conversation alternates a request with a follow-up, as a real resident would.
CONVERSATION_TURNS = [
    "there's a pothole on my road",
    "GL50 1QA",
    "and the bins weren't collected",
    "thanks",
    "my bike was stolen yesterday",
    "what about a broken street light",
    "someone dumped rubbish in the lane",
    "ok thank you",
]


def percentile(values: Sequence[float], q: float) -> float:
    ordered = sorted(values)
    index = min(len(ordered) - 1, max(0, round(q * (len(ordered) - 1))))
    return ordered[index]


def summary(latencies_ms: Sequence[float]) -> dict[str, float]:
    if not latencies_ms:
        return {"count": 0}
    return {
        "count": len(latencies_ms),
        "p50_ms": round(statistics.median(latencies_ms), 1),
        "p95_ms": round(percentile(latencies_ms, 0.95), 1),
        "p99_ms": round(percentile(latencies_ms, 0.99), 1),
        "max_ms": round(max(latencies_ms), 1),
    }


class BadReply(RuntimeError):
    """The server answered with an error or an empty reply: a benchmark must not time failures."""


@dataclass
class Webhook:
    """POSTs to a REST webhook and times each reply."""

    url: str
    timeout: float = 60.0
    session: requests.Session = field(default_factory=requests.Session)

    def send(self, sender: str, text: str) -> float:
        started = time.perf_counter()
        reply = self.session.post(self.url, json={"sender": sender, "message": text}, timeout=self.timeout)
        elapsed = (time.perf_counter() - started) * 1000
        if reply.status_code != 200 or not reply.json():
            raise BadReply(f"HTTP {reply.status_code}, {len(reply.content)} bytes")
        return elapsed


def new_sender(tag: str) -> str:
    return f"bench-{tag}-{uuid.uuid4().hex[:10]}"


def fan_out(worker: Callable[[int], None], clients: int, timeout: float) -> float:
    """Run `worker(i)` for `clients` threads at once; the seconds until all finished (or `timeout`)."""
    started = time.monotonic()
    threads = [threading.Thread(target=worker, args=(i,), daemon=True) for i in range(clients)]
    for thread in threads:
        thread.start()
    deadline = started + timeout
    for thread in threads:
        thread.join(timeout=max(0.0, deadline - time.monotonic()))
    return time.monotonic() - started


def sequential(url: str, count: int) -> dict[str, Any]:
    """`count` single-turn conversations, one after another."""
    hook = Webhook(url)
    latencies = [
        hook.send(new_sender("seq"), ANSWERED_MESSAGES[i % len(ANSWERED_MESSAGES)]) for i in range(count)
    ]
    return summary(latencies)


def concurrent(url: str, conversations: int, seconds: float, max_messages: int) -> dict[str, Any]:
    """`conversations` simultaneous conversations, each sending its next message as soon as the last was
    answered, for `seconds` or until `max_messages` in total."""
    latencies: list[float] = []
    errors: list[str] = []
    lock = threading.Lock()
    stop_at = time.monotonic() + seconds

    def worker(index: int) -> None:
        hook = Webhook(url)
        sender = new_sender(f"c{conversations}")
        turn = index
        while time.monotonic() < stop_at:
            with lock:
                if len(latencies) + len(errors) >= max_messages:
                    return
            try:
                ms = hook.send(sender, ANSWERED_MESSAGES[turn % len(ANSWERED_MESSAGES)])
            except (BadReply, requests.RequestException) as error:
                with lock:
                    errors.append(type(error).__name__)
                continue
            with lock:
                latencies.append(ms)
            turn += 1

    elapsed = fan_out(worker, conversations, timeout=seconds + 120)
    return {
        "conversations": conversations,
        "seconds": round(elapsed, 1),
        "messages": len(latencies),
        "errors": len(errors),
        "messages_per_second": round(len(latencies) / elapsed, 1) if elapsed else 0.0,
        **summary(latencies),
    }


def long_conversation(url: str, turns: int) -> dict[str, Any]:
    """One conversation of `turns` turns: is turn 200 slower than turn 1?"""
    hook = Webhook(url)
    sender = new_sender("long")
    latencies = [hook.send(sender, CONVERSATION_TURNS[i % len(CONVERSATION_TURNS)]) for i in range(turns)]
    first = statistics.median(latencies[:10])
    last = statistics.median(latencies[-10:])
    return {
        "turns": turns,
        "first_10_median_ms": round(first, 1),
        "last_10_median_ms": round(last, 1),
        "last_over_first": round(last / first, 2),
        "per_turn_ms": [round(x, 1) for x in latencies],
    }


def message_of_length(chars: int) -> str:
    base = "There is a large pothole outside number twelve and another one further down the road near the school. "
    return (base * (chars // len(base) + 1))[:chars]


def big_message(
    url: str, chars: int, timeout: float, rss_of_server: Callable[[], float], rss_limit_mb: float
) -> dict[str, Any]:
    """Send one message of `chars` characters and watch the server's memory while it is handled. If the
    server's resident memory passes `rss_limit_mb` the caller's guard stops it (a runaway must not take the
    machine down); the outcome says what happened."""
    peak = 0.0
    done = threading.Event()
    outcome: dict[str, Any] = {}

    def send() -> None:
        started = time.perf_counter()
        try:
            reply = requests.post(
                url, json={"sender": new_sender("big"), "message": message_of_length(chars)}, timeout=timeout
            )
            outcome.update(status=reply.status_code, ms=round((time.perf_counter() - started) * 1000, 1))
        except requests.RequestException as error:
            outcome.update(status=None, error=type(error).__name__)
        finally:
            done.set()

    thread = threading.Thread(target=send, daemon=True)
    thread.start()
    over_limit = False
    while not done.wait(0.05):
        rss = rss_of_server()
        peak = max(peak, rss)
        if rss > rss_limit_mb:
            over_limit = True
            break
    return {"chars": chars, "peak_server_rss_mb": round(peak, 1), "over_memory_guard": over_limit, **outcome}


def triage_api(url: str, token: str, count: int, conversations: int) -> dict[str, Any]:
    """POST /api/triage: sequential latency, then throughput with `conversations` clients."""
    session = requests.Session()
    headers = {"Authorization": f"Bearer {token}"}

    def call(text: str, client: requests.Session) -> float:
        started = time.perf_counter()
        reply = client.post(url, json={"text": text}, headers=headers, timeout=60)
        if reply.status_code != 200:
            raise BadReply(f"HTTP {reply.status_code}")
        return (time.perf_counter() - started) * 1000

    latencies = [call(ANSWERED_MESSAGES[i % len(ANSWERED_MESSAGES)], session) for i in range(count)]
    done: list[float] = []
    lock = threading.Lock()

    def worker(index: int) -> None:
        client = requests.Session()
        for i in range(count // conversations):
            ms = call(ANSWERED_MESSAGES[(index + i) % len(ANSWERED_MESSAGES)], client)
            with lock:
                done.append(ms)

    elapsed = fan_out(worker, conversations, timeout=600)
    return {
        "sequential": summary(latencies),
        "concurrent_clients": conversations,
        "requests_per_second": round(len(done) / elapsed, 1),
        "concurrent": summary(done),
    }
