"""Build the three public-API clients once per process from the environment (FRONTDOOR_SANDBOX_URL points
them all at the local sandbox; otherwise each base URL is its own setting)."""

from __future__ import annotations

from functools import lru_cache

from bot.places.config import PlacesConfig
from bot.places.govuk import GovUkClient
from bot.places.http import ResponseCache
from bot.places.police_uk import PoliceUkClient
from bot.places.postcodes_io import PostcodesIoClient
from bot.places.resolver import Places


def build_places(config: PlacesConfig, cache: ResponseCache | None) -> Places:
    """The three clients built from `config`, sharing one response cache (or none)."""
    return Places(
        postcodes=PostcodesIoClient.from_config(config, cache),
        councils=GovUkClient.from_config(config, cache),
        police=PoliceUkClient.from_config(config, cache),
    )


@lru_cache(maxsize=1)
def default_places() -> Places:
    """The process's clients, configured from the environment and cached in Redis (built once)."""
    config = PlacesConfig.from_env()
    return build_places(config, ResponseCache.from_env(config))
