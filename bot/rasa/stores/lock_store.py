"""Rasa's Redis lock store, configured from REDIS_URL, with socket timeouts, and off the event loop.

Rasa's lock store calls Redis synchronously from async code; with Redis stalled, every request on the server
waited. Here each of its Redis steps runs in a worker thread (`off_loop`), and each change to a lock record is
one Redis transaction, so several servers can serve one conversation without losing each other's tickets.
"""

from __future__ import annotations

import asyncio
import json
import time
from collections.abc import AsyncGenerator, Callable
from contextlib import asynccontextmanager
from typing import TypeVar

import redis
from rasa.core.lock import TicketLock
from rasa.core.lock_store import LOCK_LIFETIME, LockError, RedisLockStore
from rasa.utils.endpoints import EndpointConfig

from bot.ops.redis_config import RedisSettings, clean_prefix, off_loop

T = TypeVar("T")


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
        """Hold the conversation's lock for one turn: take a ticket, wait for its turn, give it back after."""
        ticket = await off_loop(self._issue_ticket, conversation_id, lock_lifetime, failover=self.failover)
        try:
            lock, ticket = await self._acquire_off_loop(
                conversation_id, ticket, wait_time_in_seconds, lock_lifetime
            )
            yield lock
        finally:
            await off_loop(self.cleanup, conversation_id, ticket, failover=self.failover)

    def _issue_ticket(self, conversation_id: str, lock_lifetime: float) -> int:
        """Take a ticket, atomically. Rasa's own `issue_ticket` reads, changes and writes the lock record in three
        steps, so two servers serving one conversation could overwrite each other's ticket (seen under load with
        a server killed: the waiting turn's ticket vanished and it failed with LockError). It also turns a
        dropped connection into a LockError, which `off_loop` could not retry through a failover."""

        def take(lock: TicketLock | None) -> tuple[TicketLock, int]:
            lock = lock or TicketLock(conversation_id)
            return lock, lock.issue_ticket(lock_lifetime)

        return self._change(conversation_id, take)

    def update_lock(self, conversation_id: str) -> None:
        """Drop expired tickets (a server that died mid-turn leaves one), atomically."""

        def expire(lock: TicketLock | None) -> tuple[TicketLock | None, None]:
            if lock is not None:
                lock.remove_expired_tickets()
            return lock, None

        self._change(conversation_id, expire)

    def cleanup(self, conversation_id: str, ticket_number: int) -> None:
        """Give the ticket back; the record goes when nobody else holds one. Atomically."""

        def give_back(lock: TicketLock | None) -> tuple[TicketLock | None, None]:
            if lock is not None:
                lock.remove_ticket_for(ticket_number)
            return lock, None

        self._change(conversation_id, give_back)

    def _change(
        self, conversation_id: str, change: Callable[[TicketLock | None], tuple[TicketLock | None, T]]
    ) -> T:
        """Read the lock record, change it and write it back in one Redis transaction (WATCH/MULTI/EXEC,
        retried if another server changed it meanwhile); a lock with no tickets left is deleted."""
        key = self.key_prefix + conversation_id
        result: list[T] = []

        def apply(pipe: redis.client.Pipeline) -> None:
            raw = pipe.get(key)
            lock = TicketLock.from_dict(json.loads(raw)) if raw else None
            lock, value = change(lock)
            pipe.multi()
            if lock is None or not lock.tickets:
                pipe.delete(key)
            else:
                pipe.set(key, lock.dumps())
            result[:] = [value]

        self.red.transaction(apply, key)
        return result[0]

    async def _acquire_off_loop(
        self,
        conversation_id: str,
        ticket: int,
        wait_time_in_seconds: float,
        lock_lifetime: float = LOCK_LIFETIME,
    ) -> tuple[TicketLock, int]:
        """Rasa's `_acquire_lock`, with each Redis step in a worker thread; returns the lock and the ticket held.

        Waiting behind a server that died mid-turn, this turn's own ticket (same lifetime, taken a moment later)
        can expire in the same second as the dead one: then it takes a new ticket instead of failing with
        LockError (Rasa's behaviour), within two lock lifetimes in all."""
        deadline = time.monotonic() + 2 * lock_lifetime
        while True:
            lock = await off_loop(self.get_lock, conversation_id, failover=self.failover)
            if lock is None or ticket not in [t.number for t in lock.tickets]:
                if time.monotonic() > deadline:
                    break
                ticket = await off_loop(
                    self._issue_ticket, conversation_id, lock_lifetime, failover=self.failover
                )
                continue
            if not lock.is_locked(ticket):
                return lock, ticket
            await asyncio.sleep(wait_time_in_seconds)
            await off_loop(self.update_lock, conversation_id, failover=self.failover)
        raise LockError(f"Could not acquire lock for conversation_id '{conversation_id}'.")
