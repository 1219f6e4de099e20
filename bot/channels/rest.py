"""The REST webhook (POST /webhooks/rest/webhook), hardened.

Differences from Rasa's RestInput: every message passes `text_guard.guard()` first (length cap, control
characters, markup, binary), bad requests get a polite 400, the user's words are never logged, and the reply is
never empty: when anything fails inside (Redis down, action server down) the person gets the "try again, and
call 999 if anyone is in danger" message instead of stock Rasa's silent `[]`.
"""

from __future__ import annotations

import re
from collections.abc import Awaitable, Callable
from typing import Any

from rasa.core.channels.channel import InputChannel, UserMessage
from sanic import Blueprint, response
from sanic.request import Request
from sanic.response import HTTPResponse

from bot.channels.base import (
    handle,
    looks_like_payload,
    offered_payloads,
    prepare_text_off_loop,
    technical_problem_text,
)
from bot.channels.degraded import safety_reply
from bot.channels.limits import over_limit, slow_down_text
from bot.channels.sessions import sessions
from bot.ops.metrics import count_degraded

_SENDER = re.compile(r"^[A-Za-z0-9_.:@+-]{1,128}$")


class FrontDoorRestInput(InputChannel):
    """The REST webhook: guarded input, a polite 400 for a bad request, and never an empty reply."""

    @classmethod
    def name(cls) -> str:
        """The channel's name in credentials.yml, the metrics and the trackers' `input_channel`."""
        return "rest"

    def blueprint(self, on_new_message: Callable[[UserMessage], Awaitable[Any]]) -> Blueprint:
        """Rasa's hook for the routes: GET / (health) and POST /webhook, one guarded turn per request."""
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
            # The server issues conversation ids (bot.ops.sessions): an id it did not issue starts a new
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
                said = await safety_reply(request.app, text, guarded, self.name()) or technical_problem_text(
                    request.app
                )
                messages = [{"recipient_id": sender, "text": said}]
            return response.json(messages)

        return webhook


def _bad_request(message: str) -> HTTPResponse:
    return response.json([{"recipient_id": None, "text": message}], status=400)
