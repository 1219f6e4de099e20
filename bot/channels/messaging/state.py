"""The little state the messaging channels keep in Redis (redis.asyncio, short timeouts):

- seen inbound message ids, so a webhook the platform resends is processed once (`SET NX EX`);
- the numbered options last sent to an SMS sender, so "2" can be mapped back to the second button's payload.

Keys: `<prefix>:msg:seen:<platform>:<sha256 of the id>` (WhatsApp message ids encode the phone number, so ids are
hashed too) and `<prefix>:msg:options:<hashed sender>`. If Redis is unreachable a message is processed rather
than dropped (the conversation itself then fails and the person gets the "try again / 999" answer).
"""

from __future__ import annotations

import hashlib
import json
import logging

import redis.asyncio as aioredis
from redis.exceptions import RedisError

from bot.ops.metrics import count_redis_error
from bot.ops.redis_config import RedisSettings

logger = logging.getLogger(__name__)

SOCKET_TIMEOUT_SECONDS = 1.0


class MessagingState:
    """The seen message ids and the SMS options in Redis (see the module docstring): ids kept for
    `dedupe_seconds`, options for `options_seconds`."""

    def __init__(self, redis: RedisSettings, dedupe_seconds: int, options_seconds: int) -> None:
        self.redis = redis
        self.prefix = redis.key_prefix
        self.dedupe_seconds = dedupe_seconds
        self.options_seconds = options_seconds
        self._client: aioredis.Redis | None = None

    @property
    def client(self) -> aioredis.Redis:
        """The Redis client (short socket timeouts), shared by every call."""
        # Created on first use, inside the server's event loop (an asyncio pool belongs to one loop).
        if self._client is None:
            self._client = self.redis.async_client(timeout=SOCKET_TIMEOUT_SECONDS)
        return self._client

    def seen_key(self, platform: str, message_id: str) -> str:
        """The key marking a message id as seen (the id hashed: WhatsApp's encode the phone number)."""
        digest = hashlib.sha256(message_id.encode("utf-8")).hexdigest()
        return f"{self.prefix}:msg:seen:{platform}:{digest}"

    def options_key(self, sender: str) -> str:
        """The key holding the payloads last offered to `sender` (already a hashed id)."""
        return f"{self.prefix}:msg:options:{sender}"

    async def first_time(self, platform: str, message_id: str) -> bool:
        """True the first time this message id is seen within the dedupe window."""
        try:
            return bool(
                await self.client.set(
                    self.seen_key(platform, message_id), "1", nx=True, ex=self.dedupe_seconds
                )
            )
        except (RedisError, OSError) as error:
            count_redis_error("messaging_state", error)
            logger.warning("dedupe check skipped, Redis unavailable: %s", type(error).__name__)
            return True

    async def save_options(self, sender: str, payloads: list[str]) -> None:
        """Remember the payloads behind "Reply 1 ...", "Reply 2 ..." (an empty list forgets them)."""
        key = self.options_key(sender)
        try:
            if payloads:
                await self.client.set(key, json.dumps(payloads), ex=self.options_seconds)
            else:
                await self.client.delete(key)
        except (RedisError, OSError) as error:
            count_redis_error("messaging_state", error)
            logger.warning("options not saved, Redis unavailable: %s", type(error).__name__)

    async def options(self, sender: str) -> list[str]:
        """The payloads last offered to `sender`, in order; empty when there are none, they expired, or Redis
        is unavailable."""
        try:
            raw = await self.client.get(self.options_key(sender))
        except (RedisError, OSError) as error:
            count_redis_error("messaging_state", error)
            logger.warning("options not read, Redis unavailable: %s", type(error).__name__)
            return []
        try:
            value = json.loads(raw) if raw else []
        except ValueError:
            return []
        return [str(item) for item in value] if isinstance(value, list) else []
