"""The lock store on a real Redis: tickets taken by several servers at once are never lost (each change to the
lock record is one transaction), expired tickets of a dead server are dropped, and turns run one at a time."""

from __future__ import annotations

import asyncio
from concurrent.futures import ThreadPoolExecutor

from rasa.utils.endpoints import EndpointConfig

from bot.rasa.stores.lock_store import FrontDoorLockStore


def store(redis_url: str) -> FrontDoorLockStore:
    return FrontDoorLockStore(EndpointConfig(url=redis_url, key_prefix="locktest"))


def test_tickets_from_two_servers_at_once_are_all_kept(redis_url: str) -> None:
    servers = [store(redis_url), store(redis_url)]
    with ThreadPoolExecutor(max_workers=8) as pool:
        tickets = list(pool.map(lambda i: servers[i % 2]._issue_ticket("c1", 30), range(80)))
    assert sorted(tickets) == list(range(80))  # unique, none overwritten
    lock = servers[0].get_lock("c1")
    assert lock is not None and len(lock.tickets) == 80
    with ThreadPoolExecutor(max_workers=8) as pool:
        list(pool.map(lambda t: servers[t % 2].cleanup("c1", t), tickets))
    assert servers[0].get_lock("c1") is None  # the last one out deletes the record


def test_a_dead_servers_expired_ticket_is_dropped(redis_url: str) -> None:
    live = store(redis_url)
    dead_ticket = live._issue_ticket("c2", 0.05)  # a server that died holding the conversation
    mine = live._issue_ticket("c2", 30)
    lock = live.get_lock("c2")
    assert lock is not None and lock.is_locked(mine)

    async def acquire() -> bool:
        acquired, held = await live._acquire_off_loop("c2", mine, 0.05)
        return held == mine and not acquired.is_locked(mine)

    assert asyncio.run(acquire())
    lock = live.get_lock("c2")
    assert lock is not None and [t.number for t in lock.tickets] == [mine] and dead_ticket != mine


def test_turns_of_one_conversation_run_one_at_a_time(redis_url: str) -> None:
    live = store(redis_url)
    order: list[str] = []

    async def turn(name: str, hold: float) -> None:
        async with live.lock("c3", wait_time_in_seconds=0.02):
            order.append(f"{name} in")
            await asyncio.sleep(hold)
            order.append(f"{name} out")

    async def both() -> None:
        first = asyncio.create_task(turn("a", 0.2))
        await asyncio.sleep(0.05)
        await asyncio.gather(first, turn("b", 0.0))

    asyncio.run(both())
    assert order == ["a in", "a out", "b in", "b out"]


def test_a_turn_whose_ticket_expired_while_waiting_takes_a_new_one(redis_url: str) -> None:
    """Behind a dead server's ticket with the same lifetime, this turn's own ticket can expire too: Rasa then
    fails the turn with LockError; here it takes a new ticket and goes ahead."""
    live = store(redis_url)
    live._issue_ticket("c4", 0.1)  # the dead server's
    mine = live._issue_ticket("c4", 0.15)

    async def acquire() -> int:
        await asyncio.sleep(0.3)  # both have expired by the time this turn looks again
        _lock, held = await live._acquire_off_loop("c4", mine, 0.05, lock_lifetime=5)
        return held

    held = asyncio.run(acquire())
    lock = live.get_lock("c4")
    assert lock is not None and [t.number for t in lock.tickets] == [held]
