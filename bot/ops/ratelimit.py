"""Per-client rate limiting: a token bucket in Redis for each conversation and each address.

A person typing gets far under the limits; a script hammering the server gets a polite "slow down". A message
in which the safety rules find danger is never limited. Redis is called with `redis.asyncio`, so a slow Redis
never blocks the event loop, and a Redis that can't be reached lets the message through (the turn itself will
then get the "technical problem, call 999 in danger" reply). No Rasa imports.
"""

from __future__ import annotations

import hashlib
import hmac
import time
from dataclasses import dataclass

from redis.exceptions import ConnectionError as RedisConnectionError
from redis.exceptions import RedisError

from bot.ops.metrics import count_redis_error
from bot.ops.redis_config import RedisSettings
from bot.ops.settings import Settings, load_settings

LIMIT_TIMEOUT_SECONDS = 0.3

# Refill the bucket, then take one token if there is one. KEYS[1]: the bucket; ARGV: capacity, tokens per
# second, now (seconds). Returns 1 when allowed. Atomic in Redis, so concurrent servers share one count.
_TAKE = """
local capacity = tonumber(ARGV[1])
local rate = tonumber(ARGV[2])
local now = tonumber(ARGV[3])
local state = redis.call('HMGET', KEYS[1], 'tokens', 'at')
local tokens = tonumber(state[1]) or capacity
local at = tonumber(state[2]) or now
tokens = math.min(capacity, tokens + math.max(0, now - at) * rate)
local allowed = 0
if tokens >= 1 then
  tokens = tokens - 1
  allowed = 1
end
redis.call('HSET', KEYS[1], 'tokens', tokens, 'at', now)
redis.call('EXPIRE', KEYS[1], math.ceil(capacity / rate) + 1)
return allowed
"""


@dataclass(frozen=True)
class Bucket:
    """`capacity` messages at once, refilled at `per_minute`; a capacity of 0 turns the limit off."""

    capacity: int
    per_minute: float

    @property
    def enabled(self) -> bool:
        """Whether this bucket limits anything (a zero capacity or rate turns it off)."""
        return self.capacity > 0 and self.per_minute > 0


@dataclass(frozen=True)
class RateLimits:
    """The two limits: one bucket per conversation and one per client address."""

    session: Bucket
    address: Bucket

    @classmethod
    def from_settings(cls, settings: Settings) -> RateLimits:
        """FRONTDOOR_RATE_SESSION / FRONTDOOR_RATE_ADDRESS: "capacity/per_minute" ("0/0" turns one off)."""
        return cls(session=Bucket(*settings.rate_session), address=Bucket(*settings.rate_address))

    @classmethod
    def from_env(cls) -> RateLimits:
        """The same, from the process environment."""
        return cls.from_settings(load_settings())


class RateLimiter:
    """Checks each message against its conversation's and its address's buckets, shared in Redis."""

    def __init__(self, redis: RedisSettings, limits: RateLimits, key: str = "") -> None:
        self.limits = limits
        self._key = key.encode()
        self.prefix = f"{redis.key_prefix}:rate:"
        # A short timeout: with Redis stalled, the limit lets the message through quickly, and the turn's own
        # "technical problem" reply still comes within 3 s.
        self._client = redis.async_client(timeout=LIMIT_TIMEOUT_SECONDS, decode_responses=False)
        self._take = self._client.register_script(_TAKE)

    @classmethod
    def from_settings(cls, settings: Settings) -> RateLimiter:
        """A limiter on the settings' Redis and limits, hashing ids with FRONTDOOR_SENDER_ID_KEY."""
        return cls(
            RedisSettings.from_settings(settings), RateLimits.from_settings(settings), settings.sender_id_key
        )

    @classmethod
    def from_env(cls) -> RateLimiter:
        """The same, from the process environment."""
        return cls.from_settings(load_settings())

    def _name(self, kind: str, who: str) -> str:
        """The bucket's key: a keyed hash, so Redis never holds an address or a conversation id."""
        digest = hmac.new(self._key, who.encode(), hashlib.sha256).hexdigest()[:32]
        return f"{self.prefix}{kind}:{digest}"

    async def allow(self, session: str, address: str | None) -> bool:
        """Take one message from the session's bucket and the address's; False when either is empty."""
        checks = [("session", session, self.limits.session)]
        if address:
            checks.append(("address", address, self.limits.address))
        now = time.time()
        # A connection dropped since the last message (Redis restarted, a failover) fails the first command on
        # it; the pool then connects afresh, so one retry keeps the limit working instead of letting a burst
        # through. A timeout is not retried (a stalled Redis must not slow the reply).
        for attempt in range(2):
            try:
                for kind, who, bucket in checks:
                    if not bucket.enabled:
                        continue
                    args = [bucket.capacity, bucket.per_minute / 60.0, now]
                    if not await self._take(keys=[self._name(kind, who)], args=args):
                        return False
                return True
            except RedisConnectionError as error:
                if attempt == 0:
                    continue
                count_redis_error("rate_limit", error)
            except (RedisError, OSError) as error:
                count_redis_error("rate_limit", error)
            return True
        return True
