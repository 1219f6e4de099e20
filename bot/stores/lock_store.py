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

from bot.stores.redis_config import RedisSettings, clean_prefix, off_loop


class FrontDoorLockStore(RedisLockStore):
    """Rasa builds custom lock stores with `endpoint_config=`; we read the URL and prefix from it."""

    def __init__(self, endpoint_config: EndpointConfig | None = None) -> None:
        settings = RedisSettings.from_env()
        url = endpoint_config.url if endpoint_config else None
        prefix = (
            endpoint_config.kwargs.get("key_prefix") if endpoint_config else None
        ) or settings.key_prefix
        super().__init__(key_prefix=clean_prefix(prefix))
        self.red = settings.with_url(url).client(decode_responses=False)
        self.failover = settings.failover

    @asynccontextmanager
    async def lock(
        self, conversation_id: str, lock_lifetime: float = LOCK_LIFETIME, wait_time_in_seconds: float = 1
    ) -> AsyncGenerator[TicketLock, None]:
        ticket = await off_loop(self._issue_ticket, conversation_id, lock_lifetime, failover=self.failover)
        try:
            yield await self._acquire_off_loop(conversation_id, ticket, wait_time_in_seconds)
        finally:
            await off_loop(self.cleanup, conversation_id, ticket, failover=self.failover)

    def _issue_ticket(self, conversation_id: str, lock_lifetime: float) -> int:
        """Rasa's `issue_ticket` without its catch-all (which turns a dropped connection into a LockError), so
        that `off_loop` can retry it through a Sentinel failover."""
        lock = self.get_or_create_lock(conversation_id)
        ticket = lock.issue_ticket(lock_lifetime)
        self.save_lock(lock)
        return ticket

    async def _acquire_off_loop(
        self, conversation_id: str, ticket: int, wait_time_in_seconds: float
    ) -> TicketLock:
        """Rasa's `_acquire_lock`, with each Redis step in a worker thread."""
        while True:
            lock = await off_loop(self.get_lock, conversation_id, failover=self.failover)
            if not lock:
                break
            if not lock.is_locked(ticket):
                return lock
            await asyncio.sleep(wait_time_in_seconds)
            await off_loop(self.update_lock, conversation_id, failover=self.failover)
        raise LockError(f"Could not acquire lock for conversation_id '{conversation_id}'.")
