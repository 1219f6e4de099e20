"""The rate limit as the web channels apply it: over the limit, a polite "slow down" (429), unless the safety
gate finds danger in the message, which is always answered."""

from __future__ import annotations

from typing import Any

from bot.channels.app_state import per_app
from bot.channels.base import response_text
from bot.ops.metrics import count_rate_limited
from bot.ops.ratelimit import RateLimiter

SLOW_DOWN_RESPONSE = "utter_slow_down"
SLOW_DOWN_TEXT = (
    "You're sending messages faster than I can answer. Please wait a minute and try again. "
    "If anyone is in danger, call 999 now."
)


def _limiter(app: Any) -> RateLimiter:
    return per_app(app, "frontdoor_limiter", RateLimiter.from_env)


async def over_limit(app: Any, session: str, address: str | None, text: str, channel: str) -> bool:
    """True when this message should get the slow-down reply instead of an answer."""
    if await _limiter(app).allow(session, address):
        return False
    agent = getattr(app.ctx, "agent", None)
    if agent is not None and text and not text.startswith("/"):
        parse = await agent.parse_message(text)
        if (parse.get("safety") or {}).get("flags"):
            return False
    count_rate_limited(channel)
    return True


def slow_down_text(app: Any) -> str:
    """The "slow down" reply: the domain's wording, or its fixed copy before a model is loaded."""
    return response_text(app, SLOW_DOWN_RESPONSE) or SLOW_DOWN_TEXT
