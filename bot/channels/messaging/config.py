"""Settings shared by the messaging channels, read from the environment (secrets never live in files here).

Per-platform secrets come through credentials.yml (`${ENV}` values, defaulted to "" by `bot.stack`); these are
the settings every platform shares: the sender-id key, the dedupe window and where Redis is.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass

from bot.stores.redis_config import RedisSettings

SENDER_ID_KEY_ENV = "FRONTDOOR_SENDER_ID_KEY"
# Meta retries an unacknowledged webhook for up to 7 days; remembering ids that long costs ~100 bytes each.
DEFAULT_DEDUPE_SECONDS = 7 * 24 * 60 * 60


@dataclass(frozen=True)
class MessagingSettings:
    sender_id_key: str
    redis: RedisSettings
    dedupe_seconds: int

    @classmethod
    def from_env(cls, env: Mapping[str, str] | None = None) -> MessagingSettings:
        env = os.environ if env is None else env
        return cls(
            sender_id_key=env.get(SENDER_ID_KEY_ENV, ""),
            redis=RedisSettings.from_env(env),
            dedupe_seconds=_positive(env.get("FRONTDOOR_DEDUPE_SECONDS"), DEFAULT_DEDUPE_SECONDS),
        )


def _positive(value: str | None, default: int) -> int:
    try:
        number = int(value or default)
    except ValueError:
        return default
    return number if number > 0 else default


def base_url(value: str | None, default: str) -> str:
    """An outbound API base URL: the configured one (tests point it at the capture server) or the real one."""
    return (value or "").strip().rstrip("/") or default
