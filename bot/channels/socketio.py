"""The socket.io channel for the chat widget, hardened like the REST webhook.

Why not Rasa's own SocketIOInput: it hands the raw words to the model (no text guard, no postcode split, any
"/intent{...}" payload accepted), sends nothing when handling fails, and in Rasa 3.6 with python-socketio 5.18
its session persistence never joins the room (`enter_room` became a coroutine and is not awaited), so replies
for a persisted session are lost. This channel always persists sessions (the widget keeps its session id
across reloads), guards every message exactly as `FrontDoorRestInput` does, and never leaves the person
without a reply. Every bot message carries its `session_id` so a widget ignores replies for a session it left.
"""

from __future__ import annotations

import logging
import re
import time
from collections.abc import Awaitable, Callable
from typing import Any

from rasa.core.channels.channel import InputChannel, OutputChannel, UserMessage
from rasa.core.channels.socketio import SocketBlueprint, SocketIOInput, SocketIOOutput
from sanic import Blueprint, Sanic, response
from sanic.request import Request
from sanic.response import HTTPResponse
from socketio import AsyncServer

from bot.channels.base import (
    looks_like_payload,
    offered_payloads,
    prepare_text_off_loop,
    technical_problem_text,
)
from bot.channels.degraded import safety_reply
from bot.channels.limits import over_limit, slow_down_text
from bot.channels.sessions import sessions
from bot.ops.metrics import count_degraded, observe_reply

logger = logging.getLogger(__name__)

SESSION_ID = re.compile(r"^[A-Za-z0-9_.-]{8,128}$")


class FrontDoorSocketIOOutput(SocketIOOutput):
    """Rasa's socket.io output, counting what it sent and tagging each message with its session."""

    def __init__(self, sio: AsyncServer, bot_message_evt: str) -> None:
        super().__init__(sio, bot_message_evt)
        self.sent = 0

    async def _send_message(self, socket_id: str, response: Any) -> None:
        self.sent += 1
        await super()._send_message(socket_id, {**response, "session_id": socket_id})


class _AppBlueprint(SocketBlueprint):
    """Remembers the Sanic app it is registered on, so handlers can read the loaded domain."""

    def register(self, app: Sanic, options: dict[str, Any]) -> None:
        self.ctx.frontdoor_app = app
        super().register(app, options)

    @property
    def registered_app(self) -> Sanic | None:
        return getattr(self.ctx, "frontdoor_app", None)


class FrontDoorSocketIOInput(SocketIOInput):
    """The widget's socket.io door: persisted sessions, guarded input, never a turn without a reply."""

    @classmethod
    def from_credentials(cls, credentials: dict[str, Any] | None) -> InputChannel:
        """Rasa's constructor: the widget's event names, namespace and path from credentials.yml; sessions are
        always persisted."""
        credentials = credentials or {}
        return cls(
            user_message_evt=credentials.get("user_message_evt", "user_uttered"),
            bot_message_evt=credentials.get("bot_message_evt", "bot_uttered"),
            namespace=credentials.get("namespace"),
            session_persistence=True,
            socketio_path=credentials.get("socketio_path", "/socket.io"),
        )

    def get_output_channel(self) -> OutputChannel | None:
        """Rasa's output for messages sent outside a turn: ours (counted, tagged with the session), once
        `blueprint` has made the server."""
        return FrontDoorSocketIOOutput(self.sio, self.bot_message_evt) if self.sio else None

    def blueprint(self, on_new_message: Callable[[UserMessage], Awaitable[Any]]) -> Blueprint:
        """The socket.io server and its handlers (session request, user message), on Rasa's own route."""
        # cors_allowed_origins=[] leaves CORS to Sanic (`rasa run --cors`), as Rasa's own channel does.
        sio = AsyncServer(async_mode="sanic", cors_allowed_origins=[])
        self.sio = sio
        bp = _AppBlueprint(sio, self.socketio_path, "frontdoor_socketio", __name__)

        @bp.route("/", methods=["GET"])
        async def health(_: Request) -> HTTPResponse:
            return response.json({"status": "ok"})

        @sio.on("connect", namespace=self.namespace)
        async def connect(sid: str, environ: dict[str, Any], auth: Any = None) -> bool:
            return True

        @sio.on("session_request", namespace=self.namespace)
        async def session_request(sid: str, data: Any) -> None:
            # Only a token this server issued (bot.ops.sessions) rejoins its conversation; anything else, including
            # an id the client chose, gets a new conversation under a new token.
            session_id = sessions(bp.registered_app).accept(
                data.get("session_id") if isinstance(data, dict) else None
            )
            await sio.enter_room(sid, session_id, namespace=self.namespace)
            await sio.emit("session_confirm", session_id, room=sid, namespace=self.namespace)

        @sio.on(self.user_message_evt, namespace=self.namespace)
        async def handle_message(sid: str, data: Any) -> None:
            session_id = data.get("session_id") if isinstance(data, dict) else None
            if not isinstance(session_id, str) or not SESSION_ID.match(session_id):
                return
            if session_id not in sio.rooms(sid, namespace=self.namespace):
                return  # only a session this socket asked for with session_request
            raw = data.get("message")
            allowed = (
                await offered_payloads(bp.registered_app, session_id) if looks_like_payload(raw) else set()
            )
            text, guarded = await prepare_text_off_loop(raw, allowed)
            output = FrontDoorSocketIOOutput(sio, self.bot_message_evt)
            request = (sio.get_environ(sid, namespace=self.namespace) or {}).get("sanic.request")
            address = getattr(request, "remote_addr", None) or getattr(request, "ip", None)
            if await over_limit(bp.registered_app, session_id, address, text, self.name()):
                await output.send_text_message(session_id, slow_down_text(bp.registered_app))
                return
            message = UserMessage(
                text,
                output,
                session_id,
                input_channel=self.name(),
                metadata={"frontdoor": guarded.metadata()},
            )
            started = time.perf_counter()
            try:
                await on_new_message(message)
            except Exception as error:  # never logs the words
                logger.error("socket.io message handling failed: %s", type(error).__name__)
            observe_reply(self.name(), time.perf_counter() - started)
            if not output.sent:  # danger still gets its safety answer when the conversation is unavailable
                count_degraded(self.name())
                said = await safety_reply(
                    bp.registered_app, text, guarded, self.name()
                ) or technical_problem_text(bp.registered_app)
                await output.send_text_message(session_id, said)

        return bp
