"""Where the public APIs live and how long we wait for them, read from the environment.

Clients never hard-code a base URL: tests and `python -m bot sandbox` point every client at the local sandbox by
setting FRONTDOOR_SANDBOX_URL, and each API can also be moved on its own.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass

DEFAULT_POSTCODES_IO_URL = "https://api.postcodes.io"
DEFAULT_GOVUK_API_URL = "https://www.gov.uk"
DEFAULT_POLICE_UK_API_URL = "https://data.police.uk/api"
DEFAULT_TIMEOUT_SECONDS = 1.5
DEFAULT_DEADLINE_SECONDS = 2.0
DEFAULT_RETRIES = 2
DEFAULT_CACHE_SECONDS = 24 * 60 * 60


def _float(env: Mapping[str, str], name: str, default: float) -> float:
    """A bad value falls back to the default: a typo must not make every lookup wait forever."""
    try:
        value = float(env.get(name) or default)
    except ValueError:
        return default
    return value if value > 0 else default


def _int(env: Mapping[str, str], name: str, default: int) -> int:
    try:
        value = int(env.get(name) or default)
    except ValueError:
        return default
    return value if value >= 0 else default


def _url(value: str | None, default: str) -> str:
    return (value or default).rstrip("/")


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
    def from_env(cls, env: Mapping[str, str] | None = None) -> PlacesConfig:
        """Read the settings (FRONTDOOR_SANDBOX_URL moves every API; bad numbers fall back to defaults)."""
        env = os.environ if env is None else env
        sandbox = (env.get("FRONTDOOR_SANDBOX_URL") or "").rstrip("/") or None
        if sandbox:
            postcodes = f"{sandbox}/postcodes-io"
            govuk = f"{sandbox}/govuk"
            police = f"{sandbox}/police-uk/api"
            links: str | None = f"{sandbox}/govuk"
        else:
            postcodes = _url(env.get("POSTCODES_IO_URL"), DEFAULT_POSTCODES_IO_URL)
            govuk = _url(env.get("GOVUK_API_URL"), DEFAULT_GOVUK_API_URL)
            police = _url(env.get("POLICE_UK_API_URL"), DEFAULT_POLICE_UK_API_URL)
            links = (env.get("LOCAL_LINKS_MANAGER_URL") or "").rstrip("/") or None
        return cls(
            postcodes_io_url=postcodes,
            govuk_api_url=govuk,
            police_uk_api_url=police,
            local_links_url=links,
            timeout_seconds=_float(env, "FRONTDOOR_API_TIMEOUT_SECONDS", DEFAULT_TIMEOUT_SECONDS),
            deadline_seconds=_float(env, "FRONTDOOR_API_DEADLINE_SECONDS", DEFAULT_DEADLINE_SECONDS),
            retries=_int(env, "FRONTDOOR_API_RETRIES", DEFAULT_RETRIES),
            cache_seconds=_int(env, "FRONTDOOR_API_CACHE_SECONDS", DEFAULT_CACHE_SECONDS),
            sandbox_url=sandbox,
        )
