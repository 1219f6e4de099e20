"""Read the Redis settings shared by the tracker store, the lock store and the API response cache."""

from __future__ import annotations

import asyncio
import os
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, TypeVar

import redis

DEFAULT_REDIS_URL = "redis://127.0.0.1:6379/0"
DEFAULT_RETENTION_SECONDS = 24 * 60 * 60
# A dead Redis must fail a turn quickly (the channel then answers with the "try again / 999" message).
SOCKET_TIMEOUT_SECONDS = 2.0
T = TypeVar("T")


@dataclass(frozen=True)
class RedisSettings:
    url: str
    key_prefix: str
    retention_seconds: int

    @classmethod
    def from_env(cls) -> RedisSettings:
        return cls(
            url=os.environ.get("REDIS_URL") or DEFAULT_REDIS_URL,
            key_prefix=os.environ.get("FRONTDOOR_KEY_PREFIX") or "frontdoor",
            retention_seconds=int(os.environ.get("FRONTDOOR_RETENTION_SECONDS") or DEFAULT_RETENTION_SECONDS),
        )


def connect(url: str, *, decode_responses: bool = True) -> redis.Redis:
    """A client with short timeouts that reconnects by itself when Redis comes back."""
    return redis.Redis.from_url(
        url,
        decode_responses=decode_responses,
        socket_timeout=SOCKET_TIMEOUT_SECONDS,
        socket_connect_timeout=SOCKET_TIMEOUT_SECONDS,
        health_check_interval=30,
        retry_on_timeout=False,
    )


def clean_prefix(prefix: str | None) -> str:
    """Rasa only accepts alphanumeric prefixes; strip anything else so a typo can't disable the prefix."""
    cleaned = "".join(ch for ch in (prefix or "") if ch.isalnum())
    return cleaned or "frontdoor"


async def off_loop(call: Callable[..., T], *args: Any) -> T:
    """Run a blocking Redis call in a worker thread, so a slow or frozen Redis never stalls the server's event
    loop (static pages, health checks and other people's turns keep going). redis-py's pool is thread-safe."""
    return await asyncio.to_thread(call, *args)
