"""Load through the cluster's balancer: many conversations at once, each checking that every reply answers its
own message and that the stored conversation holds every turn once, in order. Figures at 1, 2 and 4 servers,
a run in which one server is killed mid-test, and one in which the Redis primary is killed (Sentinel).

Usage: .venv/bin/python -m bench.cluster_load [--servers 1 2 4] [--conversations 24] [--turns 6]
"""

from __future__ import annotations

import argparse
import json
import random
import tempfile
import threading
import time
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import requests

from bench.load import summary
from bot.catalogue import load_catalogue
from bot.ops.cluster import Cluster, ClusterConfig
from bot.ops.paths import VAR_DIR
from bot.ops.stack import free_port

# Requests answered in full in one reply, with no question back (the service does not depend on place), each
# naming its service: a reply that names another service answered someone else's message.
MESSAGES = [
    ("I think I've been scammed out of money by a fake text", "fraud_scam"),
    ("how do I renew my driving licence", "dvla"),
    ("the shop won't refund my broken washing machine", "consumer_complaint"),
    ("power cut on our street since this morning", "power_cut"),
    ("someone is starving their dog in the garden next door", "animal_welfare"),
]
RESEND_STATUSES = {502, 503, 504}


@dataclass
class Conversation:
    """One person's conversation: what they sent, what came back, and what went wrong."""

    url: str
    rasa_token: str
    turns: int
    rng: random.Random
    sender: str = field(default_factory=lambda: f"load-{uuid.uuid4().hex[:12]}")
    sent: list[str] = field(default_factory=list)
    latencies_ms: list[float] = field(default_factory=list)
    wrong_replies: int = 0
    resent: int = 0
    refused: int = 0  # an error answer or an empty reply: the conversation stops there
    failed: int = 0

    def run(self, names: dict[str, str]) -> None:
        session = requests.Session()
        for turn in range(self.turns):
            text, service = MESSAGES[self.rng.randrange(len(MESSAGES))]
            text = f"{text} (message {turn + 1})"
            reply = self._send(session, text)
            if reply is None:
                self.failed += 1
                return
            self.sent.append(text)
            said = "\n".join(m.get("text", "") for m in reply)
            if not said.startswith(f"{names[service]}:"):
                self.wrong_replies += 1

    def _send(self, session: requests.Session, text: str) -> list[dict[str, Any]] | None:
        """POST one message; a balancer error (the server died with it) is resent, as a person would."""
        for _attempt in range(3):
            started = time.perf_counter()
            try:
                reply = session.post(
                    f"{self.url}/webhooks/rest/webhook",
                    json={"sender": self.sender, "message": text},
                    timeout=60,
                )
            except requests.RequestException:
                self.resent += 1
                continue
            if reply.status_code in RESEND_STATUSES:
                self.resent += 1
                time.sleep(0.5)
                continue
            if reply.status_code != 200 or not reply.json():
                self.refused += 1
                return None
            self.latencies_ms.append((time.perf_counter() - started) * 1000)
            messages = reply.json()
            self.sender = messages[0].get("recipient_id") or self.sender  # the signed session token
            return messages
        return None

    def stored_turns(self) -> list[str]:
        reply = requests.get(
            f"{self.url}/conversations/{self.sender}/tracker",
            params={"token": self.rasa_token},
            timeout=30,
        )
        reply.raise_for_status()
        return [e["text"] for e in reply.json()["events"] if e["event"] == "user"]


def drive(
    url: str, rasa_token: str, conversations: int, turns: int, kill: Any = None, seed: int = 7
) -> dict[str, Any]:
    """Run `conversations` at once through `url`; `kill()` is called once a third of the turns are done."""
    names = {service: load_catalogue().service(service).name for _, service in MESSAGES}
    rng = random.Random(seed)
    people = [Conversation(url, rasa_token, turns, random.Random(rng.random())) for _ in range(conversations)]
    total = conversations * turns
    started = time.monotonic()
    threads = [threading.Thread(target=p.run, args=(names,), daemon=True) for p in people]
    for thread in threads:
        thread.start()
    if kill is not None:
        while sum(len(p.sent) for p in people) < total // 3 and any(t.is_alive() for t in threads):
            time.sleep(0.05)
        kill()
    for thread in threads:
        thread.join(timeout=600)
    seconds = time.monotonic() - started
    lost = duplicated = reordered = 0
    for person in people:
        stored = person.stored_turns()
        lost += sum(1 for text in person.sent if text not in stored)
        duplicated += sum(stored.count(text) - 1 for text in set(stored) if stored.count(text) > 1)
        kept = [text for text in stored if text in person.sent]
        reordered += int(kept != sorted(kept, key=person.sent.index))
    latencies = [ms for p in people for ms in p.latencies_ms]
    return {
        "conversations": conversations,
        "turns_answered": len(latencies),
        "seconds": round(seconds, 1),
        "messages_per_second": round(len(latencies) / seconds, 1),
        "latency": summary(latencies),
        "wrong_replies": sum(p.wrong_replies for p in people),
        "conversations_failed": sum(1 for p in people if p.failed),
        "resent_after_balancer_error": sum(p.resent for p in people),
        "refused_or_empty": sum(p.refused for p in people),
        "lost_turns": lost,
        "duplicated_turns": duplicated,
        "reordered_conversations": reordered,
    }


# A load generator is not people: the rate limits (per conversation and per address, all 127.0.0.1 here) are off.
NO_LIMITS = {"FRONTDOOR_RATE_SESSION": "0/0", "FRONTDOOR_RATE_ADDRESS": "0/0"}


def measure(servers: list[int], conversations: int, turns: int, base: Path) -> dict[str, Any]:
    results: dict[str, Any] = {}
    for count in servers:
        cluster = Cluster(
            ClusterConfig(base=base / f"n{count}", servers=count, port=free_port(), extra_env=dict(NO_LIMITS))
        )
        try:
            cluster.start()
            results[f"{count}_servers"] = drive(
                cluster.config.url, cluster.config.rasa_token, conversations, turns
            )
            if count >= 2:
                results[f"{count}_servers_one_killed"] = drive(
                    cluster.config.url,
                    cluster.config.rasa_token,
                    conversations,
                    turns,
                    kill=lambda c=cluster: c.kill_server(0),
                    seed=11,
                )
        finally:
            cluster.stop()
    # Redis failover under load: two servers on a Sentinel group, the primary killed a third of the way in.
    cluster = Cluster(
        ClusterConfig(
            base=base / "sentinel", servers=2, port=free_port(), sentinel=True, extra_env=dict(NO_LIMITS)
        )
    )
    try:
        cluster.start()
        group = cluster.sentinels
        assert group is not None
        results["2_servers_redis_primary_killed"] = drive(
            cluster.config.url,
            cluster.config.rasa_token,
            conversations,
            turns,
            kill=lambda: group.kill_primary(),
            seed=13,
        )
    finally:
        cluster.stop()
    return results


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--servers", type=int, nargs="+", default=[1, 2, 4])
    parser.add_argument("--conversations", type=int, default=24)
    parser.add_argument("--turns", type=int, default=6)
    args = parser.parse_args()
    VAR_DIR.mkdir(exist_ok=True)
    with tempfile.TemporaryDirectory(dir=VAR_DIR) as base:
        print(json.dumps(measure(args.servers, args.conversations, args.turns, Path(base)), indent=2))


if __name__ == "__main__":
    main()
