"""Rasa's Redis tracker store, configured from REDIS_URL, with socket timeouts and a record expiry."""

from __future__ import annotations

from typing import Any

from rasa.core.brokers.broker import EventBroker
from rasa.core.tracker_store import RedisTrackerStore
from rasa.shared.core.domain import Domain

from bot.stores.redis_config import RedisSettings, clean_prefix, connect


class FrontDoorTrackerStore(RedisTrackerStore):
    """Same storage format as RedisTrackerStore; only how it connects and expires differs."""

    def __init__(
        self,
        domain: Domain,
        url: str | None = None,
        key_prefix: str | None = None,
        record_exp: float | str | None = None,
        event_broker: EventBroker | None = None,
        **kwargs: Any,
    ) -> None:
        settings = RedisSettings.from_env()
        expiry = int(record_exp) if record_exp not in (None, "") else settings.retention_seconds
        super().__init__(
            domain,
            event_broker=event_broker,
            record_exp=expiry,
            key_prefix=clean_prefix(key_prefix or settings.key_prefix),
            **kwargs,
        )
        self.red = connect(url or settings.url)
