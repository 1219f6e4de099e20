"""WhatsApp through Meta's WhatsApp Business Cloud API (Rasa has no connector for it).

Inbound: `POST /webhooks/whatsapp/webhook`, signed with `X-Hub-Signature-256` (the app secret), payload
`{"object": "whatsapp_business_account", "entry": [{"changes": [{"field": "messages", "value": {"metadata":
{"phone_number_id"}, "messages": [...]}}]}]}`; status updates (sent/delivered/read) carry no `messages` and are
acknowledged and ignored. `GET /webhooks/whatsapp/webhook?hub.mode=subscribe&hub.verify_token=..&hub.challenge=..`
is Meta's subscription handshake. Outbound: `POST {api_url}/{api_version}/{phone_number_id}/messages` with the
access token as a bearer token.
"""

from __future__ import annotations

import json
from typing import Any

from sanic import Blueprint, response
from sanic.request import Request
from sanic.response import HTTPResponse

from bot.channels.messaging.base import Inbound, Kind, MessagingInput
from bot.channels.messaging.config import base_url
from bot.channels.messaging.shaping import Answer, whatsapp_messages
from bot.channels.messaging.signatures import META_SIGNATURE_HEADER, verify_meta, verify_meta_handshake

DEFAULT_API_URL = "https://graph.facebook.com"
DEFAULT_API_VERSION = "v21.0"
MEDIA_KINDS = {
    "image": "image",
    "sticker": "sticker",
    "audio": "audio",
    "video": "video",
    "document": "document",
}
CAPTIONED = {"image", "video", "document"}


class WhatsAppCloudInput(MessagingInput):
    """WhatsApp through Meta's Cloud API (see the module docstring for the webhook and the API)."""

    app_secret: str
    verify_token: str
    access_token: str
    api_url: str
    api_version: str
    phone_number_id: str
    CREDENTIALS = {
        "app_secret": str,
        "verify_token": str,
        "access_token": str,
        "api_url": lambda value: base_url(value, DEFAULT_API_URL),
        "api_version": lambda value: value.strip() or DEFAULT_API_VERSION,
        "phone_number_id": str,
    }

    @classmethod
    def name(cls) -> str:
        """The channel's name: its webhook path (/webhooks/whatsapp/) and its label in the metrics."""
        return "whatsapp"

    def configured(self) -> bool:
        """True when the app secret (to check webhooks) and the access token (to answer) are set."""
        return bool(self.app_secret and self.access_token)

    def verify(self, request: Request) -> bool:
        """True when `X-Hub-Signature-256` is the app secret's signature of the raw body."""
        return verify_meta(self.app_secret, request.body or b"", request.headers.get(META_SIGNATURE_HEADER))

    def add_routes(self, blueprint: Blueprint) -> None:
        """Meta's subscription handshake: GET /webhook echoes `hub.challenge` if the verify token is ours."""

        @blueprint.route("/webhook", methods=["GET"])
        async def handshake(request: Request) -> HTTPResponse:
            args = request.args
            if not self.configured() or not verify_meta_handshake(
                self.verify_token, args.get("hub.mode"), args.get("hub.verify_token")
            ):
                return response.text("forbidden", status=403)
            return response.text(str(args.get("hub.challenge") or ""))

    def parse(self, request: Request) -> list[Inbound]:
        """Every message in the webhook as an `Inbound` (status updates carry none); ValueError for a webhook
        that is not a WhatsApp Business Account's."""
        body = json.loads(request.body or b"{}")
        if not isinstance(body, dict) or body.get("object") != "whatsapp_business_account":
            raise ValueError("not a WhatsApp Business Account webhook")
        found: list[Inbound] = []
        for entry in body.get("entry") or []:
            for change in entry.get("changes") or []:
                value = change.get("value") or {}
                if change.get("field") != "messages":
                    continue
                number_id = str((value.get("metadata") or {}).get("phone_number_id") or "")
                for message in value.get("messages") or []:
                    found.append(self._inbound(message, number_id or self.phone_number_id))
        return found

    def _inbound(self, message: dict[str, Any], phone_number_id: str) -> Inbound:
        kind_name = str(message.get("type") or "")
        user = str(message["from"])
        common: dict[str, Any] = {
            "platform": self.name(),
            "message_id": str(message["id"]),
            "user_id": user,
            "reply": {"to": user, "phone_number_id": phone_number_id},
        }
        if kind_name == "text":
            return Inbound(kind=Kind.TEXT, text=str((message.get("text") or {}).get("body") or ""), **common)
        if kind_name == "interactive":
            interactive = message.get("interactive") or {}
            chosen = interactive.get(str(interactive.get("type") or "")) or {}
            return Inbound(
                kind=Kind.BUTTON, text=str(chosen.get("id") or chosen.get("title") or ""), **common
            )
        if kind_name == "button":  # a quick-reply button on a template message
            button = message.get("button") or {}
            return Inbound(
                kind=Kind.BUTTON, text=str(button.get("payload") or button.get("text") or ""), **common
            )
        if kind_name == "location":
            location = message.get("location") or {}
            return Inbound(
                kind=Kind.LOCATION,
                latitude=_float(location.get("latitude")),
                longitude=_float(location.get("longitude")),
                **common,
            )
        if kind_name in ("reaction", "system", "unsupported", "order", "request_welcome"):
            return Inbound(kind=Kind.IGNORE, **common)
        if kind_name in CAPTIONED:
            caption = str((message.get(kind_name) or {}).get("caption") or "").strip()
            if caption:
                return Inbound(kind=Kind.TEXT, text=caption, **common)
        return Inbound(kind=Kind.MEDIA, media=MEDIA_KINDS.get(kind_name, _other(kind_name)), **common)

    async def deliver(self, inbound: Inbound, sender_id: str, answers: list[Answer]) -> None:
        """The answers as Graph API messages to the person, from the number they wrote to."""
        number_id = inbound.reply.get("phone_number_id") or self.phone_number_id
        url = f"{self.api_url}/{self.api_version}/{number_id}/messages"
        headers = {"Authorization": f"Bearer {self.access_token}"}
        for payload in whatsapp_messages(answers, inbound.reply["to"]):
            await self.sender.post(
                url, "/{version}/{phone_number_id}/messages", json=payload, headers=headers
            )


def _float(value: Any) -> float | None:
    try:
        return float(value)
    except (TypeError, ValueError):
        return None


def _other(kind: str) -> str:
    return "contacts" if kind == "contacts" else "other"
