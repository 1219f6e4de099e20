"""The one Redis factory: settings taken from `bot.ops.settings`, and every client built here (conversation
state, locks, the API response cache, rate limits, messaging dedupe), so the URL, password, key prefix,
timeouts and Sentinel failover are decided in one place.

With `REDIS_SENTINELS` ("host:port,host:port,...") set, clients ask the sentinels for the current primary
of `REDIS_SENTINEL_MASTER` and follow a failover without a restart; `REDIS_URL` then gives only the password
and database number (its host is ignored). `rediss://` URLs give TLS.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, replace
from typing import Any, TypeVar
from urllib.parse import unquote, urlparse

import redis
import redis.asyncio as aioredis
from redis.asyncio.sentinel import Sentinel as AsyncSentinel
from redis.sentinel import Sentinel

from bot.ops import settings as env_settings
from bot.ops.metrics import count_redis_error
from bot.ops.settings import Settings, clean_prefix, load_settings, parse_sentinels

__all__ = ["RedisSettings", "clean_prefix", "connect", "off_loop", "parse_sentinels"]

DEFAULT_REDIS_URL = env_settings.REDIS_URL.default
DEFAULT_KEY_PREFIX = env_settings.KEY_PREFIX.default
DEFAULT_RETENTION_SECONDS = int(env_settings.RETENTION_SECONDS.default)
DEFAULT_SENTINEL_MASTER = env_settings.REDIS_SENTINEL_MASTER.default
# A dead Redis must fail a turn quickly (the channel then answers with the "try again / 999" message).
SOCKET_TIMEOUT_SECONDS = 2.0
# Sentinel mode: how long a turn waits for a failover (sentinels notice a dead primary after
# `down-after-milliseconds`, then elect and promote: about 2-4 s with the settings in bot/sentinel.py).
FAILOVER_SECONDS = 8.0
FAILOVER_FIRST_RETRY_SECONDS = 0.1
# Sentinel mode: after writing a turn, wait this long for one replica to confirm it, so a primary that dies
# just after answering does not take the turn with it (replication is otherwise asynchronous).
REPLICA_ACK_MS = 250
T = TypeVar("T")


@dataclass(frozen=True)
class RedisSettings:
    """Where Redis is and how Front Door uses it: URL, key prefix, retention and any sentinels."""

    url: str
    key_prefix: str = DEFAULT_KEY_PREFIX
    retention_seconds: int = DEFAULT_RETENTION_SECONDS
    sentinels: tuple[tuple[str, int], ...] = ()
    sentinel_master: str = DEFAULT_SENTINEL_MASTER
    sentinel_password: str | None = None

    @classmethod
    def from_settings(cls, settings: Settings) -> RedisSettings:
        """REDIS_URL, FRONTDOOR_KEY_PREFIX, FRONTDOOR_RETENTION_SECONDS and REDIS_SENTINEL* from the settings."""
        return cls(
            url=settings.redis_url,
            key_prefix=settings.key_prefix,
            retention_seconds=settings.retention_seconds,
            sentinels=settings.redis_sentinels,
            sentinel_master=settings.redis_sentinel_master,
            sentinel_password=settings.redis_sentinel_password,
        )

    @classmethod
    def from_env(cls, env: Mapping[str, str] | None = None) -> RedisSettings:
        """The same, from `env` (the process environment unless given)."""
        return cls.from_settings(load_settings(env))

    @property
    def failover(self) -> bool:
        """Sentinel mode: retry through a failover, and wait for a replica to confirm conversation writes."""
        return bool(self.sentinels)

    def with_url(self, url: str | None) -> RedisSettings:
        """The same settings pointed at another URL (a Rasa endpoint's own `url:`); None keeps this one."""
        return replace(self, url=url) if url else self

    def client(
        self, *, timeout: float = SOCKET_TIMEOUT_SECONDS, decode_responses: bool = True
    ) -> redis.Redis:
        """A blocking client with short timeouts that reconnects by itself when Redis (or a new primary)
        comes back."""
        options = _options(timeout, decode_responses)
        if self.sentinels:
            sentinel = Sentinel(
                list(self.sentinels), sentinel_kwargs=self._sentinel_kwargs(timeout), **self._auth()
            )
            return sentinel.master_for(self.sentinel_master, **options)
        return redis.Redis.from_url(self.url, **options)

    def async_client(
        self, *, timeout: float = SOCKET_TIMEOUT_SECONDS, decode_responses: bool = True
    ) -> aioredis.Redis:
        """The asyncio client for code on the server's event loop (create it inside that loop)."""
        options = _options(timeout, decode_responses)
        if self.sentinels:
            sentinel = AsyncSentinel(
                list(self.sentinels), sentinel_kwargs=self._sentinel_kwargs(timeout), **self._auth()
            )
            return sentinel.master_for(self.sentinel_master, **options)
        return aioredis.Redis.from_url(self.url, **options)

    def _auth(self) -> dict[str, Any]:
        """Password, user, database and TLS for the data nodes, taken from REDIS_URL."""
        parsed = urlparse(self.url)
        auth: dict[str, Any] = {"db": int((parsed.path or "/0").lstrip("/") or 0)}
        if parsed.password:
            auth["password"] = unquote(parsed.password)
        if parsed.username:
            auth["username"] = unquote(parsed.username)
        if parsed.scheme == "rediss":
            auth["ssl"] = True
        return auth

    def _sentinel_kwargs(self, timeout: float) -> dict[str, Any]:
        kwargs: dict[str, Any] = {"socket_timeout": timeout, "socket_connect_timeout": timeout}
        if self.sentinel_password:
            kwargs["password"] = self.sentinel_password
        return kwargs


def _options(timeout: float, decode_responses: bool) -> dict[str, Any]:
    return {
        "decode_responses": decode_responses,
        "socket_timeout": timeout,
        "socket_connect_timeout": timeout,
        "health_check_interval": 30,
        "retry_on_timeout": False,
    }


def connect(url: str, *, decode_responses: bool = True) -> redis.Redis:
    """A blocking client for one URL, with the environment's other settings (sentinels, prefix)."""
    return RedisSettings.from_env().with_url(url).client(decode_responses=decode_responses)


async def off_loop(call: Callable[..., T], *args: Any, failover: bool = False) -> T:
    """Run a blocking Redis call in a worker thread, so a slow or frozen Redis never stalls the server's event
    loop (static pages, health checks and other people's turns keep going). redis-py's pool is thread-safe.

    With `failover` (Sentinel mode) a refused or dropped connection is retried, with back-off, for up to
    FAILOVER_SECONDS: long enough for the sentinels to promote a replica, after which the client finds the new
    primary. `call` must be safe to repeat (build a pipeline inside it: a failed pipeline is emptied).
    A timeout is never retried: a stalled Redis must still fail the turn quickly."""
    delay = FAILOVER_FIRST_RETRY_SECONDS
    deadline = time.monotonic() + FAILOVER_SECONDS
    while True:
        try:
            return await asyncio.to_thread(call, *args)
        except redis.RedisError as error:
            count_redis_error("conversation_state", error)
            retry = (
                failover
                and isinstance(error, redis.ConnectionError)
                and not isinstance(error, redis.TimeoutError)
            )
            if not retry or time.monotonic() + delay > deadline:
                raise
            await asyncio.sleep(delay)
            delay = min(delay * 2, 1.0)
