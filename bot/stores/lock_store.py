"""Rasa's Redis lock store, configured from REDIS_URL, with socket timeouts, and off the event loop.

Rasa's lock store calls Redis synchronously from async code; with Redis stalled, every request on the server
waited. Here each of its Redis steps runs in a worker thread (`off_loop`), the same algorithm otherwise.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncGenerator
from contextlib import asynccontextmanager

from rasa.core.lock import TicketLock
from rasa.core.lock_store import LOCK_LIFETIME, LockError, RedisLockStore
from rasa.utils.endpoints import EndpointConfig

from bot.stores.redis_config import RedisSettings, clean_prefix, connect, off_loop


class FrontDoorLockStore(RedisLockStore):
    """Rasa builds custom lock stores with `endpoint_config=`; we read the URL and prefix from it."""

    def __init__(self, endpoint_config: EndpointConfig | None = None) -> None:
        settings = RedisSettings.from_env()
        url = (endpoint_config.url if endpoint_config else None) or settings.url
        prefix = (
            endpoint_config.kwargs.get("key_prefix") if endpoint_config else None
        ) or settings.key_prefix
        super().__init__(key_prefix=clean_prefix(prefix))
        self.red = connect(url, decode_responses=False)

    @asynccontextmanager
    async def lock(
        self, conversation_id: str, lock_lifetime: float = LOCK_LIFETIME, wait_time_in_seconds: float = 1
    ) -> AsyncGenerator[TicketLock, None]:
        ticket = await off_loop(self.issue_ticket, conversation_id, lock_lifetime)
        try:
            yield await self._acquire_off_loop(conversation_id, ticket, wait_time_in_seconds)
        finally:
            await off_loop(self.cleanup, conversation_id, ticket)

    async def _acquire_off_loop(
        self, conversation_id: str, ticket: int, wait_time_in_seconds: float
    ) -> TicketLock:
        """Rasa's `_acquire_lock`, with each Redis step in a worker thread."""
        while True:
            lock = await off_loop(self.get_lock, conversation_id)
            if not lock:
                break
            if not lock.is_locked(ticket):
                return lock
            await asyncio.sleep(wait_time_in_seconds)
            await off_loop(self.update_lock, conversation_id)
        raise LockError(f"Could not acquire lock for conversation_id '{conversation_id}'.")
