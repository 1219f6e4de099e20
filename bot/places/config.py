"""Where the public APIs live and how long we wait for them, from the environment's settings (`bot.ops.settings`).

Clients never hard-code a base URL: tests and `python -m bot sandbox` point every client at the local sandbox by
setting FRONTDOOR_SANDBOX_URL, and each API can also be moved on its own.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from bot.ops import settings as env_settings
from bot.ops.settings import Settings, load_settings

DEFAULT_POSTCODES_IO_URL = env_settings.POSTCODES_IO_URL.default
DEFAULT_GOVUK_API_URL = env_settings.GOVUK_API_URL.default
DEFAULT_POLICE_UK_API_URL = env_settings.POLICE_UK_API_URL.default
DEFAULT_TIMEOUT_SECONDS = float(env_settings.API_TIMEOUT_SECONDS.default)
DEFAULT_DEADLINE_SECONDS = float(env_settings.API_DEADLINE_SECONDS.default)
DEFAULT_RETRIES = int(env_settings.API_RETRIES.default)
DEFAULT_CACHE_SECONDS = int(env_settings.API_CACHE_SECONDS.default)


@dataclass(frozen=True)
class PlacesConfig:
    """Everything the three clients need to know about the outside world."""

    postcodes_io_url: str = DEFAULT_POSTCODES_IO_URL
    govuk_api_url: str = DEFAULT_GOVUK_API_URL
    police_uk_api_url: str = DEFAULT_POLICE_UK_API_URL
    # GOV.UK's "link to the council's own page" lookup lives in Local Links Manager, an internal GOV.UK app
    # ("it doesn't face public users"), so it is off unless a reachable base URL is configured.
    local_links_url: str | None = None
    timeout_seconds: float = DEFAULT_TIMEOUT_SECONDS  # connect + read, per try
    deadline_seconds: float = DEFAULT_DEADLINE_SECONDS  # all tries and waits of one call
    retries: int = DEFAULT_RETRIES
    cache_seconds: int = DEFAULT_CACHE_SECONDS
    sandbox_url: str | None = None

    @classmethod
    def from_settings(cls, settings: Settings) -> PlacesConfig:
        """The clients' settings (FRONTDOOR_SANDBOX_URL moves every API; bad numbers fall back to defaults)."""
        sandbox = settings.sandbox_url
        if sandbox:
            postcodes = f"{sandbox}/postcodes-io"
            govuk = f"{sandbox}/govuk"
            police = f"{sandbox}/police-uk/api"
            links: str | None = f"{sandbox}/govuk"
        else:
            postcodes = settings.postcodes_io_url
            govuk = settings.govuk_api_url
            police = settings.police_uk_api_url
            links = settings.local_links_url
        return cls(
            postcodes_io_url=postcodes,
            govuk_api_url=govuk,
            police_uk_api_url=police,
            local_links_url=links,
            timeout_seconds=settings.api_timeout_seconds,
            deadline_seconds=settings.api_deadline_seconds,
            retries=settings.api_retries,
            cache_seconds=settings.api_cache_seconds,
            sandbox_url=sandbox,
        )

    @classmethod
    def from_env(cls, env: Mapping[str, str] | None = None) -> PlacesConfig:
        """The same, from `env` (the process environment unless given)."""
        return cls.from_settings(load_settings(env))
