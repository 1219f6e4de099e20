"""Conversation ids that the server issues: signed, unguessable session tokens for the widget and REST.

A token is "<random id>.<expiry>.<signature>", the signature an HMAC-SHA256 of the rest with the server's key
(`FRONTDOOR_SESSION_KEY`). A request with a token the server did not issue, altered or expired starts a new
conversation under a new token, so nobody can read, continue or wipe a conversation by guessing or choosing
its id. The token itself is the conversation id (Rasa's sender id). Messaging apps keep their keyed hash of
the platform's user id instead. No Rasa imports.
"""

from __future__ import annotations

import hashlib
import hmac
import re
import secrets
import time
from dataclasses import dataclass

from bot.ops import settings as env_settings
from bot.ops.settings import Settings, load_settings

DEFAULT_LIFETIME_SECONDS = int(env_settings.RETENTION_SECONDS.default)
_TOKEN = re.compile(r"^([0-9a-f]{32})\.([0-9]{10})\.([0-9a-f]{32})$")


@dataclass(frozen=True)
class SessionSigner:
    """Issues and checks the signed conversation tokens with the server's key."""

    key: bytes
    lifetime_seconds: int = DEFAULT_LIFETIME_SECONDS

    @classmethod
    def from_settings(cls, settings: Settings) -> SessionSigner:
        """The key from FRONTDOOR_SESSION_KEY (set by `make run` from a file kept in var/); tokens live as long
        as a conversation is kept (FRONTDOOR_RETENTION_SECONDS). RuntimeError without a key."""
        key = settings.session_key
        if not key:
            raise RuntimeError("FRONTDOOR_SESSION_KEY is not set: the server cannot issue conversation ids")
        return cls(key.encode(), settings.retention_seconds)

    @classmethod
    def from_env(cls) -> SessionSigner:
        """The same, from the process environment."""
        return cls.from_settings(load_settings())

    def issue(self, now: float | None = None) -> str:
        """A new conversation's token."""
        expires = int((now if now is not None else time.time()) + self.lifetime_seconds)
        body = f"{secrets.token_hex(16)}.{expires:010d}"
        return f"{body}.{self._sign(body)}"

    def valid(self, token: object, now: float | None = None) -> bool:
        """True for a token this server issued, unaltered and unexpired (checked in constant time)."""
        if not isinstance(token, str):
            return False
        match = _TOKEN.match(token)
        if not match:
            return False
        body = f"{match.group(1)}.{match.group(2)}"
        if not hmac.compare_digest(self._sign(body), match.group(3)):
            return False
        return int(match.group(2)) > (now if now is not None else time.time())

    def accept(self, token: object) -> str:
        """The token if valid, else a new one (a new conversation)."""
        return token if isinstance(token, str) and self.valid(token) else self.issue()

    def _sign(self, body: str) -> str:
        return hmac.new(self.key, body.encode(), hashlib.sha256).hexdigest()[:32]
