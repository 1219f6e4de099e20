"""Rasa's Redis lock store, configured from REDIS_URL, with socket timeouts."""

from __future__ import annotations

from rasa.core.lock_store import RedisLockStore
from rasa.utils.endpoints import EndpointConfig

from bot.stores.redis_config import RedisSettings, clean_prefix, connect


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
