"""Prometheus metrics for operators (`GET /metrics` on the Rasa server and the action server, with a bearer
token): how many messages each door answered and how fast, how often Redis or a public API failed, how many
safety answers were given and how many messages were refused by the rate limit.

Labels are closed sets (channel names, safety flags, API names, error types): never a word of what people
typed, never a conversation id or an address. Each process counts its own; Prometheus adds them up.
"""

from __future__ import annotations

import logging

from prometheus_client import CONTENT_TYPE_LATEST, CollectorRegistry, Counter, Histogram, generate_latest

REGISTRY = CollectorRegistry()
turns_log = logging.getLogger("frontdoor.turns")
# Reply latency buckets (seconds): a turn is ~30 ms, a postcode lookup ~0.3 s, a Redis failover ~5 s.
LATENCY_BUCKETS = (0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0, 30.0)

MESSAGES = Counter(
    "frontdoor_messages",
    "Messages answered, by door (rest, socketio, triage, whatsapp, twilio, telegram)",
    ["channel"],
    registry=REGISTRY,
)
REPLY_SECONDS = Histogram(
    "frontdoor_reply_seconds",
    "Time from a message arriving to its reply being ready, by door",
    ["channel"],
    buckets=LATENCY_BUCKETS,
    registry=REGISTRY,
)
REDIS_ERRORS = Counter(
    "frontdoor_redis_errors",
    "Redis calls that failed, by the part that made them and the error type",
    ["part", "error"],
    registry=REGISTRY,
)
API_ERRORS = Counter(
    "frontdoor_public_api_errors",
    "Public API calls that failed (after retries), by API and error type",
    ["api", "error"],
    registry=REGISTRY,
)
SAFETY_ANSWERS = Counter(
    "frontdoor_safety_answers",
    "Safety answers given (999, crisis, child at risk, domestic abuse), by the most severe flag",
    ["flag"],
    registry=REGISTRY,
)
RATE_LIMITED = Counter(
    "frontdoor_rate_limited",
    "Messages refused with the slow-down reply, by door",
    ["channel"],
    registry=REGISTRY,
)
DEGRADED = Counter(
    "frontdoor_degraded_replies",
    "Messages answered without the conversation (state or actions unavailable), by door",
    ["channel"],
    registry=REGISTRY,
)


def observe_reply(channel: str, seconds: float) -> None:
    """Count and time one answered message, and log one line for it (door and time only: with JSON logs it
    carries the request id, so an operator can follow a slow turn)."""
    MESSAGES.labels(channel).inc()
    REPLY_SECONDS.labels(channel).observe(seconds)
    turns_log.info("turn answered on %s in %.0f ms", channel, seconds * 1000)


def count_redis_error(part: str, error: BaseException) -> None:
    """Count one failed Redis call by the part that made it and the error's type."""
    REDIS_ERRORS.labels(part, type(error).__name__).inc()


def count_api_error(api: str, error: BaseException) -> None:
    """Count one public API call that failed after its retries, by API and error type."""
    API_ERRORS.labels(api, type(error).__name__).inc()


def count_safety_answer(flag: str) -> None:
    """Count one safety answer by its most severe flag."""
    SAFETY_ANSWERS.labels(flag).inc()


def count_rate_limited(channel: str) -> None:
    """Count one message refused with the slow-down reply."""
    RATE_LIMITED.labels(channel).inc()


def count_degraded(channel: str) -> None:
    """Count one message answered without the conversation (state or actions were unavailable)."""
    DEGRADED.labels(channel).inc()


def exposition() -> tuple[bytes, str]:
    """The metrics in Prometheus's text format, and its content type."""
    return generate_latest(REGISTRY), CONTENT_TYPE_LATEST
