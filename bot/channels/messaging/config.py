"""Settings shared by the messaging channels (secrets never live in files here), from the one settings object.

Per-platform secrets come through credentials.yml (`${ENV}` values, defaulted to "" by `bot.ops.stack`); these are
the settings every platform shares: the sender-id key, the dedupe window and where Redis is.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from bot.ops.redis_config import RedisSettings
from bot.ops.settings import DEDUPE_SECONDS, Settings, load_settings

# Meta retries an unacknowledged webhook for up to 7 days; remembering ids that long costs ~100 bytes each.
DEFAULT_DEDUPE_SECONDS = int(DEDUPE_SECONDS.default or 0)


@dataclass(frozen=True)
class MessagingSettings:
    """The sender-id key, the dedupe window and Redis: what every messaging platform shares."""

    sender_id_key: str
    redis: RedisSettings
    dedupe_seconds: int

    @classmethod
    def from_settings(cls, settings: Settings) -> MessagingSettings:
        """From the one settings object (`bot.ops.settings`)."""
        return cls(
            sender_id_key=settings.sender_id_key,
            redis=RedisSettings.from_settings(settings),
            dedupe_seconds=settings.dedupe_seconds,
        )

    @classmethod
    def from_env(cls, env: Mapping[str, str] | None = None) -> MessagingSettings:
        """From `env`, or the process environment."""
        return cls.from_settings(load_settings(env))


def base_url(value: str | None, default: str) -> str:
    """An outbound API base URL: the configured one (tests point it at the capture server) or the real one."""
    return (value or "").strip().rstrip("/") or default
