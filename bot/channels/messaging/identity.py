"""Sender ids for the tracker: a keyed hash of the platform's user id, so a raw phone number or Telegram user id
never becomes a Redis key or a log line. The key (FRONTDOOR_SENDER_ID_KEY) must stay the same across restarts,
or every conversation starts over; `python -m bot run` keeps one in var/ when none is set."""

from __future__ import annotations

import hashlib
import hmac

# 32 hex characters = 128 bits: no collisions in practice, short enough for logs and keys.
HASH_HEX_CHARS = 32


def hashed_sender(key: str, platform: str, user_id: str) -> str:
    """`whatsapp-3f2a...`: the same person on the same platform always gets the same id."""
    if not key:
        raise ValueError("no sender-id key configured")
    digest = hmac.new(key.encode("utf-8"), f"{platform}:{user_id}".encode(), hashlib.sha256).hexdigest()
    return f"{platform}-{digest[:HASH_HEX_CHARS]}"
