"""What every door that carries a conversation (REST, socket.io, the messaging apps) shares, in one place: the
loaded domain's wording and intents, the one fallback "something went wrong" line for before a model is
loaded, the guard that turns raw input into the text Rasa sees (`prepare_text`), the button payloads a web
client may send (`offered_payloads`), and one turn through Rasa (`handle`).
"""

from __future__ import annotations

import asyncio
import logging
import re
import time
from collections.abc import Awaitable, Callable, Collection
from dataclasses import replace
from typing import Any

from rasa.core.channels.channel import CollectingOutputChannel, InputChannel, UserMessage
from rasa.shared.core.events import BotUttered, UserUttered
from sanic import response
from sanic.request import Request
from sanic.response import HTTPResponse

from bot.core.pipeline import EMPTY_MESSAGE_TRIGGER
from bot.core.text_guard import GuardedText, InputNote, guard
from bot.ops.bearer import bearer_ok
from bot.ops.metrics import observe_reply
from bot.places.postcode import split_postcode

logger = logging.getLogger(__name__)

_INTENT_TRIGGER = re.compile(r"^/([a-z0-9_]{1,64})$")
# The widget's "Start again" button: always allowed.
ALWAYS_ALLOWED_PAYLOADS = frozenset({"/restart"})
# Messages longer than this are cleaned and scanned in a worker thread (`prepare_text_off_loop`).
LONG_TEXT_CHARS = 20_000
TECHNICAL_PROBLEM_RESPONSE = "utter_technical_problem"
# The only copy of domain.yml's `utter_technical_problem` outside the domain, for replies sent before a model
# (and so a domain) is loaded. tests/unit/test_channel_base.py keeps it equal to domain.yml.
TECHNICAL_PROBLEM_TEXT = "Sorry, something went wrong on our side. Please try again in a moment. If anyone is in danger, call 999 now."


def response_text(app: Any, response: str) -> str | None:
    """The text of `response` (its first variant) in the loaded model's domain, or None when no model is loaded
    or the domain has no such response. Every door reads its wording here, so it only ever comes from the
    domain."""
    domain = _domain(app)
    variants = (domain.responses.get(response) if domain else None) or []
    return str(variants[0].get("text", "")) if variants else None


def known_intents(app: Any) -> frozenset[str]:
    """The loaded model's intents (empty before a model is loaded): a messaging app's numbered reply may name
    any of them as a payload."""
    domain = _domain(app)
    return frozenset(domain.intents) if domain else frozenset()


def technical_problem_text(app: Any) -> str:
    """What a person is told when their turn produced nothing (state or actions unavailable): the domain's
    wording, or its one fixed copy before a model is loaded, so the reply is never empty."""
    return response_text(app, TECHNICAL_PROBLEM_RESPONSE) or TECHNICAL_PROBLEM_TEXT


def _domain(app: Any) -> Any:
    """The loaded agent's domain, or None (no app yet, no agent, or no model loaded)."""
    return getattr(getattr(getattr(app, "ctx", None), "agent", None), "domain", None)


def prepare_text(raw: Any, allowed_payloads: Collection[str]) -> tuple[str, GuardedText]:
    """The text to hand to Rasa, and what the guard found. A button payload (`/intent`) passes only when it is
    one of `allowed_payloads`; anything else starting with "/" is read as words, so people can't inject
    intents or entities."""
    # Only text is read: a number, list, dict or boolean is not a message (never coerced with str()).
    text = raw if isinstance(raw, (str, bytes)) else ""
    if isinstance(text, str):
        match = _INTENT_TRIGGER.match(text.strip())
        if match and text.strip() in allowed_payloads:
            return text.strip(), GuardedText(text.strip())
        text = text.lstrip().lstrip("/")
    guarded = guard(text)
    if InputNote.EMPTY in guarded.notes or InputNote.UNREADABLE in guarded.notes:
        return EMPTY_MESSAGE_TRIGGER, guarded
    words, postcode = split_postcode(guarded.text)
    return words, replace(guarded, postcode=postcode.text if postcode else None)


async def prepare_text_off_loop(raw: Any, allowed_payloads: Collection[str]) -> tuple[str, GuardedText]:
    """`prepare_text`, in a worker thread for a long message: cleaning and the safety rules' whole-message scan
    of a 1 MB text take most of a second, and other people's turns must not wait behind it on the event loop
    (the thread still shares the interpreter, but the loop gets its turns every few milliseconds)."""
    if isinstance(raw, str) and len(raw) > LONG_TEXT_CHARS:
        return await asyncio.to_thread(prepare_text, raw, allowed_payloads)
    return prepare_text(raw, allowed_payloads)


async def handle(
    on_new_message: Callable[[UserMessage], Awaitable[Any]],
    text: str,
    guarded: GuardedText,
    sender: str,
    channel: str,
    collector: CollectingOutputChannel | None = None,
) -> list[dict[str, Any]]:
    """Send one cleaned message through Rasa; never raises, never logs the words."""
    collector = collector or CollectingOutputChannel()
    metadata = {"frontdoor": guarded.metadata()}
    started = time.perf_counter()
    try:
        await on_new_message(UserMessage(text, collector, sender, input_channel=channel, metadata=metadata))
    except Exception as error:
        logger.error("message handling failed: %s", type(error).__name__)
    observe_reply(channel, time.perf_counter() - started)
    return list(collector.messages)


def looks_like_payload(raw: Any) -> bool:
    """True for a message shaped like a button payload (`/intent`): only those need the offered buttons."""
    return isinstance(raw, str) and bool(_INTENT_TRIGGER.match(raw.strip()))


async def offered_payloads(app: Any, sender: str) -> set[str]:
    """The payloads a web client may send now: the buttons of the conversation's last reply, and "start
    again". Read from the stored conversation only for a message that looks like a payload."""
    offered = set(ALWAYS_ALLOWED_PAYLOADS)
    store = getattr(getattr(app.ctx, "agent", None), "tracker_store", None)
    if store is None:
        return offered
    try:
        tracker = await store.retrieve(sender)
    except Exception as error:  # Redis down: only "start again" passes; the turn itself will say so
        logger.error("could not read the offered buttons: %s", type(error).__name__)
        return offered
    for event in reversed(tracker.events if tracker else []):
        if isinstance(event, UserUttered):
            break
        if isinstance(event, BotUttered):
            buttons = (event.data or {}).get("buttons") or []
            offered.update(str(b.get("payload")) for b in buttons if isinstance(b, dict) and b.get("payload"))
    return offered


class TokenApiInput(InputChannel):
    """Base for the deployer's JSON APIs under /api (triage, insight): not message channels, each request
    refused without `Authorization: Bearer <token>`, and every request when no token is configured."""

    def __init__(self, token: str | None = None) -> None:
        self.token = token or ""

    @classmethod
    def from_credentials(cls, credentials: dict[str, Any] | None) -> InputChannel:
        """Rasa's constructor: the bearer token from credentials.yml (FRONTDOOR_API_TOKEN)."""
        return cls(token=(credentials or {}).get("token"))

    def url_prefix(self) -> str:
        """Mounted at /api, not under Rasa's /webhooks."""
        return "/api"

    def refusal(self, request: Request, headers: dict[str, str] | None = None) -> HTTPResponse | None:
        """The 401 answer without the right bearer token, else None."""
        if bearer_ok(request.headers.get("Authorization", ""), self.token):
            return None
        return response.json(
            {"error": "unauthorised"}, status=401, headers={"WWW-Authenticate": "Bearer", **(headers or {})}
        )
