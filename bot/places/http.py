"""The one way Front Door calls a public API: a short deadline, a few polite retries, checked JSON, and a Redis
cache that never gets in the way.

Why so strict: a resident is waiting for an answer, so one call (all tries and waits included) must finish well
inside 3 s, and any failure must surface as one of the `PlacesError` family so the caller can fall back to the
national answer. Logs name the API, the path template and the status only, never the postcode.
"""

from __future__ import annotations

import hashlib
import json
import logging
import time
from collections.abc import Callable, Collection, Mapping
from dataclasses import dataclass
from typing import Any, ClassVar, TypeVar
from urllib.parse import quote, urlencode

import redis
import requests

from bot.ops.metrics import count_api_error, count_redis_error
from bot.ops.redis_config import RedisSettings
from bot.places.config import PlacesConfig
from bot.places.errors import NotFound, UpstreamBadResponse, UpstreamUnavailable

logger = logging.getLogger(__name__)

CACHE_PREFIX = "frontdoor:api:"
# Redis is an optimisation here: give up on it fast and leave it alone for a while after a failure.
CACHE_SOCKET_TIMEOUT_SECONDS = 0.25
CACHE_RETRY_AFTER_FAILURE_SECONDS = 30.0

# A try needs at least this long to be worth starting; waiting less than this leaves no room for the answer.
MIN_TRY_SECONDS = 0.2
CONNECT_TIMEOUT_CAP_SECONDS = 0.5
BACKOFF_BASE_SECONDS = 0.1
# A Retry-After longer than this is treated as "not now": we give up rather than hold the resident up.
MAX_RETRY_AFTER_SECONDS = 1.0

_Client = TypeVar("_Client", bound="ApiClient")
_T = TypeVar("_T")


@dataclass(frozen=True)
class ApiResponse:
    """A decoded answer: the HTTP status and the JSON body (None when a non-200 body was not JSON)."""

    status: int
    body: Any
    from_cache: bool = False


class ResponseCache:
    """API answers in Redis under `frontdoor:api:<api>:<sha256 of the request>`, so keys never hold a postcode.

    Fail-open: if Redis is missing, slow or down, lookups simply go to the API, and Redis is not asked again for
    a short while so a dead Redis costs one short timeout, not one per call.
    """

    def __init__(
        self,
        client: redis.Redis | None,
        ttl_seconds: int = PlacesConfig.cache_seconds,
        prefix: str = CACHE_PREFIX,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.client = client
        self.ttl_seconds = ttl_seconds
        self.prefix = prefix
        self._clock = clock
        self._down_until = 0.0

    @classmethod
    def from_settings(
        cls, settings: RedisSettings, ttl_seconds: int = PlacesConfig.cache_seconds
    ) -> ResponseCache:
        """A cache with a short socket timeout, keyed under the settings' prefix."""
        client = settings.client(timeout=CACHE_SOCKET_TIMEOUT_SECONDS)
        return cls(client, ttl_seconds, prefix=f"{settings.key_prefix}:api:")

    @classmethod
    def from_url(cls, url: str, ttl_seconds: int = PlacesConfig.cache_seconds) -> ResponseCache:
        """A cache on the Redis at `url` (tests and tools)."""
        return cls.from_settings(RedisSettings(url), ttl_seconds)

    @classmethod
    def from_env(cls, config: PlacesConfig | None = None) -> ResponseCache:
        """A cache on the environment's Redis, keeping answers for FRONTDOOR_API_CACHE_SECONDS."""
        config = config or PlacesConfig.from_env()
        return cls.from_settings(RedisSettings.from_env(), config.cache_seconds)

    def key_for(self, api: str, url: str) -> str:
        """The cache key for a request: the URL is hashed, so a postcode never appears in Redis."""
        digest = hashlib.sha256(url.encode("utf-8")).hexdigest()
        return f"{self.prefix}{api}:{digest}"

    @property
    def available(self) -> bool:
        """Whether to use Redis now: there is one, caching is on, and it has not failed in the last 30 s."""
        return self.client is not None and self.ttl_seconds > 0 and self._clock() >= self._down_until

    def _failed(self, action: str, error: Exception) -> None:
        self._down_until = self._clock() + CACHE_RETRY_AFTER_FAILURE_SECONDS
        count_redis_error("api_cache", error)
        logger.warning("API cache %s skipped, Redis unavailable: %s", action, type(error).__name__)

    def get(self, key: str) -> tuple[int, Any] | None:
        """The cached (status, body), or None on a miss, an unreadable entry or a Redis failure."""
        if not self.available or self.client is None:
            return None
        try:
            raw = self.client.get(key)
        except (redis.RedisError, OSError) as error:
            self._failed("read", error)
            return None
        if raw is None:
            return None
        try:
            entry = json.loads(raw)
            return int(entry["s"]), entry["b"]
        except (ValueError, TypeError, KeyError):
            return None  # an entry we can't read is just a miss

    def set(self, key: str, status: int, body: Any) -> None:
        """Cache an answer for the TTL; a Redis failure is logged and counted, never raised."""
        if not self.available or self.client is None:
            return
        try:
            self.client.set(key, json.dumps({"s": status, "b": body}), ex=self.ttl_seconds)
        except (redis.RedisError, OSError) as error:
            self._failed("write", error)


def _retry_after(response: requests.Response) -> float | None:
    """Retry-After in seconds (the HTTP-date form is rare for these APIs and treated as absent)."""
    value = response.headers.get("Retry-After")
    if not value:
        return None
    try:
        return max(0.0, float(value.strip()))
    except ValueError:
        return None


class ApiClient:
    """Base for the three clients: one `requests.Session`, one base URL, and `_get` with all the rules."""

    api_name: ClassVar[str] = "api"

    def __init__(
        self,
        base_url: str,
        *,
        timeout: float = PlacesConfig.timeout_seconds,
        deadline: float = PlacesConfig.deadline_seconds,
        retries: int = PlacesConfig.retries,
        cache: ResponseCache | None = None,
        session: requests.Session | None = None,
        sleep: Callable[[float], None] = time.sleep,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.base_url = base_url.rstrip("/")
        self.timeout = timeout
        self.deadline = deadline
        self.retries = retries
        self.cache = cache
        self.session = session or requests.Session()
        self.session.headers.setdefault("User-Agent", "FrontDoor/0.1 (+https://github.com/frontdoor)")
        self.session.headers["Accept"] = "application/json"
        self._sleep = sleep
        self._clock = clock

    @classmethod
    def base_url_from(cls, config: PlacesConfig) -> str:
        """The API's base URL from the settings; each client names its own."""
        raise NotImplementedError

    @classmethod
    def from_config(cls: type[_Client], config: PlacesConfig, cache: ResponseCache | None = None) -> _Client:
        """A client with the settings' base URL, timeouts and retries, and the shared cache."""
        return cls(
            cls.base_url_from(config),
            timeout=config.timeout_seconds,
            deadline=config.deadline_seconds,
            retries=config.retries,
            cache=cache,
        )

    def close(self) -> None:
        """Close the HTTP session's pooled connections."""
        self.session.close()

    def _url(self, template: str, path: Mapping[str, str] | None, base_url: str | None) -> str:
        values = {name: quote(str(value), safe="") for name, value in (path or {}).items()}
        return (base_url or self.base_url).rstrip("/") + template.format(**values)

    def _log(self, template: str, outcome: object) -> None:
        logger.warning("%s %s failed: %s", self.api_name, template, outcome)

    def _get(
        self,
        template: str,
        parse: Callable[[ApiResponse], _T],
        *,
        path: Mapping[str, str] | None = None,
        query: Mapping[str, str] | None = None,
        accept: Collection[int] = (),
        base_url: str | None = None,
    ) -> _T:
        """GET base+template and hand the answer to `parse`; cache it only once `parse` has accepted it.

        `template` is the path with `{name}` holes (filled from `path`, URL-quoted) and is what gets logged.
        `parse` sees 200s and any status in `accept`. Otherwise 404 raises NotFound; 5xx, 429, timeouts and
        connection errors are retried within the deadline and then raise UpstreamUnavailable; a 200 that is
        not JSON raises UpstreamBadResponse. Answers (including "not found") are cached; failures never are.
        """
        url = self._url(template, path, base_url)
        query_items = sorted((query or {}).items())
        cache_key = None
        if self.cache is not None:
            cache_key = self.cache.key_for(
                self.api_name, url + ("?" + urlencode(query_items) if query_items else "")
            )
            hit = self.cache.get(cache_key)
            if hit is not None:
                status, body = hit
                return parse(self._finish(template, ApiResponse(status, body, from_cache=True), accept))
        try:
            response = self._fetch(template, url, query_items, accept)
            result = parse(self._finish(template, response, accept))
        except NotFound:
            self._store(cache_key, response)
            raise
        except (UpstreamUnavailable, UpstreamBadResponse) as error:
            count_api_error(self.api_name, error)
            raise
        self._store(cache_key, response)
        return result

    def _store(self, cache_key: str | None, response: ApiResponse) -> None:
        if self.cache is not None and cache_key is not None and response.status in (200, 404):
            self.cache.set(cache_key, response.status, response.body)

    def _fetch(
        self, template: str, url: str, query_items: list[tuple[str, str]], accept: Collection[int]
    ) -> ApiResponse:
        """The network part of `_get`: tries, waits and timeouts, all inside `self.deadline`."""
        started = self._clock()
        last: object = "no attempt"
        wait = 0.0
        for attempt in range(self.retries + 1):
            remaining = self.deadline - (self._clock() - started)
            if remaining < MIN_TRY_SECONDS:
                break
            per_try = min(self.timeout, remaining)
            connect = min(CONNECT_TIMEOUT_CAP_SECONDS, per_try / 3)
            try:
                response = self.session.get(
                    url, params=query_items or None, timeout=(connect, per_try - connect)
                )
            except requests.Timeout:
                last = "timeout"
                self._log(template, last)
                wait = BACKOFF_BASE_SECONDS * 2**attempt
            except requests.ConnectionError:
                last = "connection error"
                self._log(template, last)
                wait = BACKOFF_BASE_SECONDS * 2**attempt
            except requests.RequestException as error:
                self._log(template, type(error).__name__)
                raise UpstreamUnavailable(f"{self.api_name} {template}: {type(error).__name__}") from None
            else:
                status = response.status_code
                if status != 429 and status < 500:
                    return self._decode(template, response, accept)
                last = f"HTTP {status}"
                self._log(template, last)
                asked = _retry_after(response) if status in (429, 503) else None
                if asked is not None and asked > MAX_RETRY_AFTER_SECONDS:
                    break  # told to come back later than a resident can wait
                wait = asked if asked is not None else BACKOFF_BASE_SECONDS * 2**attempt
            if attempt == self.retries:
                break
            remaining = self.deadline - (self._clock() - started)
            if wait + MIN_TRY_SECONDS > remaining:
                break  # never sleep past the budget
            self._sleep(wait)
        raise UpstreamUnavailable(f"{self.api_name} {template}: {last}")

    def _decode(self, template: str, response: requests.Response, accept: Collection[int]) -> ApiResponse:
        status = response.status_code
        if status != 200 and status not in accept:
            return ApiResponse(status, None)  # _finish turns this into the right error
        try:
            body = response.json()
        except ValueError:
            if status == 200:
                self._log(template, "HTTP 200 with a body that is not JSON")
                raise UpstreamBadResponse(f"{self.api_name} {template}: body is not JSON") from None
            body = None
        return ApiResponse(status, body)

    def _finish(self, template: str, response: ApiResponse, accept: Collection[int]) -> ApiResponse:
        if response.status == 200 or response.status in accept:
            return response
        if response.status == 404:
            raise NotFound(f"{self.api_name} {template}: not found")
        self._log(template, f"HTTP {response.status}")
        raise UpstreamBadResponse(f"{self.api_name} {template}: unexpected HTTP {response.status}")


def expect_dict(api: str, template: str, value: Any) -> dict[str, Any]:
    """The JSON object a documented format promises; anything else is a bad response."""
    if not isinstance(value, dict):
        raise UpstreamBadResponse(f"{api} {template}: expected a JSON object")
    return value


def expect_list(api: str, template: str, value: Any) -> list[Any]:
    """The JSON array a documented format promises; anything else is a bad response."""
    if not isinstance(value, list):
        raise UpstreamBadResponse(f"{api} {template}: expected a JSON array")
    return value


def optional_str(value: Any) -> str | None:
    """A non-empty string, or None (the APIs use null, "" and missing keys interchangeably)."""
    if isinstance(value, str) and value.strip():
        return value.strip()
    return None


def optional_float(value: Any) -> float | None:
    """A number, or None for null, a boolean or anything that does not read as one."""
    if isinstance(value, bool) or value is None:
        return None
    try:
        return float(value)
    except (TypeError, ValueError):
        return None
