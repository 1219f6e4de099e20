"""Posting replies to a platform's API: aiohttp, a short timeout, one retry on a 5xx/429 or a dropped connection.

Logs name the platform, the path template and the status, never the recipient or the words. A send that still
fails is given up (the person can send again); the inbound webhook was acknowledged long before.
"""

from __future__ import annotations

import asyncio
import logging
from typing import Any

import aiohttp

logger = logging.getLogger(__name__)

TIMEOUT_SECONDS = 10.0
RETRY_DELAY_SECONDS = 0.5


class Sender:
    """Posts one platform's replies (see the module docstring): `platform` names it in the logs, `timeout`
    caps each attempt in seconds."""

    def __init__(self, platform: str, timeout: float = TIMEOUT_SECONDS) -> None:
        self.platform = platform
        self.timeout = aiohttp.ClientTimeout(total=timeout)
        self._session: aiohttp.ClientSession | None = None

    @property
    def session(self) -> aiohttp.ClientSession:
        """The shared aiohttp session, made on first use (inside the server's loop) and again if closed."""
        if self._session is None or self._session.closed:
            self._session = aiohttp.ClientSession(timeout=self.timeout)
        return self._session

    async def post(
        self,
        url: str,
        template: str,
        *,
        json: dict[str, Any] | None = None,
        form: dict[str, str] | None = None,
        headers: dict[str, str] | None = None,
        auth: aiohttp.BasicAuth | None = None,
    ) -> bool:
        """POST once, and once more after a transient failure. True when the platform accepted it (2xx)."""
        for attempt in (1, 2):
            try:
                async with self.session.post(
                    url, json=json, data=form, headers=headers, auth=auth
                ) as response:
                    await response.read()
                    if 200 <= response.status < 300:
                        return True
                    logger.warning("%s %s: HTTP %s", self.platform, template, response.status)
                    if response.status != 429 and response.status < 500:
                        return False
            except (aiohttp.ClientError, asyncio.TimeoutError) as error:
                logger.warning("%s %s: %s", self.platform, template, type(error).__name__)
            if attempt == 1:
                await asyncio.sleep(RETRY_DELAY_SECONDS)
        return False
