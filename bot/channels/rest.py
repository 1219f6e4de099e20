"""The REST webhook (POST /webhooks/rest/webhook), hardened.

Differences from Rasa's RestInput: every message passes `text_guard.guard()` first (length cap, control
characters, markup, binary), bad requests get a polite 400, the user's words are never logged, and the reply is
never empty: when anything fails inside (Redis down, action server down) the person gets the "try again, and
call 999 if anyone is in danger" message instead of stock Rasa's silent `[]`.
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
from sanic import Blueprint, response
from sanic.request import Request
from sanic.response import HTTPResponse

from bot.channels.degraded import safety_reply
from bot.channels.limits import over_limit, slow_down_text
from bot.channels.sessions import sessions
from bot.metrics import count_degraded, observe_reply
from bot.places.postcode import split_postcode
from bot.service import EMPTY_MESSAGE_TRIGGER
from bot.text_guard import GuardedText, InputNote, guard

logger = logging.getLogger(__name__)

_SENDER = re.compile(r"^[A-Za-z0-9_.:@+-]{1,128}$")
_INTENT_TRIGGER = re.compile(r"^/([a-z0-9_]{1,64})$")
# The widget's "Start again" button: always allowed.
ALWAYS_ALLOWED_PAYLOADS = frozenset({"/restart"})
# Messages longer than this are cleaned and scanned in a worker thread (`prepare_text_off_loop`).
LONG_TEXT_CHARS = 20_000
FALLBACK_RESPONSE = "utter_technical_problem"
FALLBACK_TEXT = (
    "Sorry, something went wrong on our side. Please try again. If anyone is in danger, call 999 now."
)


def fallback_text(request: Request) -> str:
    """The technical-problem wording from the loaded domain (falls back to a fixed line if no model is loaded)."""
    agent = getattr(request.app.ctx, "agent", None)
    domain = getattr(agent, "domain", None)
    variants = (domain.responses.get(FALLBACK_RESPONSE) if domain else None) or []
    return str(variants[0].get("text")) if variants else FALLBACK_TEXT


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


class FrontDoorRestInput(InputChannel):
    @classmethod
    def name(cls) -> str:
        return "rest"

    def blueprint(self, on_new_message: Callable[[UserMessage], Awaitable[Any]]) -> Blueprint:
        webhook = Blueprint("frontdoor_rest_webhook", __name__)

        @webhook.route("/", methods=["GET"])
        async def health(request: Request) -> HTTPResponse:
            return response.json({"status": "ok"})

        @webhook.route("/webhook", methods=["POST"])
        async def receive(request: Request) -> HTTPResponse:
            try:
                body = request.json
            except Exception:
                body = None
            if not isinstance(body, dict):
                return _bad_request('Please send JSON like {"sender": "abc", "message": "pothole"}.')
            sender = body.get("sender")
            if not isinstance(sender, str) or not _SENDER.match(sender):
                return _bad_request(
                    "Please include a sender id of 1 to 128 letters, digits or _.:@+- characters."
                )
            # The server issues conversation ids (bot.sessions): an id it did not issue starts a new
            # conversation, and the replies' recipient_id is the token to send next time.
            sender = sessions(request.app).accept(sender)
            if not isinstance(body.get("message"), (str, type(None))):
                return _bad_request(
                    'Please send the message as text, like {"sender": "abc", "message": "pothole"}.'
                )
            raw = body.get("message")
            allowed = await offered_payloads(request.app, sender) if looks_like_payload(raw) else set()
            text, guarded = await prepare_text_off_loop(raw, allowed)
            if await over_limit(request.app, sender, request.remote_addr or request.ip, text, self.name()):
                return response.json(
                    [{"recipient_id": sender, "text": slow_down_text(request.app)}], status=429
                )
            messages = await handle(on_new_message, text, guarded, sender, self.name())
            if not messages:
                # Nothing came back (state or actions unavailable): danger still gets its safety answer.
                count_degraded(self.name())
                said = await safety_reply(request.app, text, guarded, self.name()) or fallback_text(request)
                messages = [{"recipient_id": sender, "text": said}]
            return response.json(messages)

        return webhook


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


def _bad_request(message: str) -> HTTPResponse:
    return response.json([{"recipient_id": None, "text": message}], status=400)
