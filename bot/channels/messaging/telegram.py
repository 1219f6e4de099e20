"""Telegram through the Bot API.

Replaces Rasa's Telegram connector, which does not check the webhook's secret token, has its API address fixed
in aiogram, and answers inside the webhook request.

Inbound: `POST /webhooks/telegram/webhook` with `X-Telegram-Bot-Api-Secret-Token` equal to the `secret_token`
given to `setWebhook`; one Update per request (`update_id`, and `message` or `callback_query`). Private chats
only: in a group a person's problem would be shown to everyone, so group updates are acknowledged and ignored.
Outbound: `POST {api_url}/bot{token}/sendMessage` and `/answerCallbackQuery` (JSON).
"""

from __future__ import annotations

import json
from typing import Any

from sanic.request import Request

from bot.channels.messaging.base import Inbound, Kind, MessagingInput
from bot.channels.messaging.config import base_url
from bot.channels.messaging.shaping import Answer, telegram_messages
from bot.channels.messaging.signatures import TELEGRAM_SECRET_HEADER, verify_telegram

DEFAULT_API_URL = "https://api.telegram.org"
# Message fields that carry something other than words, and what to call it.
_MEDIA_FIELDS = {
    "photo": "image",
    "sticker": "sticker",
    "animation": "animation",
    "voice": "audio",
    "audio": "audio",
    "video": "video",
    "video_note": "video",
    "document": "document",
    "contact": "contacts",
}


class TelegramMessagingInput(MessagingInput):
    """Telegram through the Bot API, private chats only (see the module docstring)."""

    bot_token: str
    secret_token: str
    api_url: str
    CREDENTIALS = {
        "bot_token": str,
        "secret_token": str,
        "api_url": lambda value: base_url(value, DEFAULT_API_URL),
    }

    @classmethod
    def name(cls) -> str:
        """The channel's name: its webhook path (/webhooks/telegram/) and its label in the metrics."""
        return "telegram"

    def configured(self) -> bool:
        """True when the bot token (to answer) and the webhook's secret token (to check) are both set."""
        return bool(self.bot_token and self.secret_token)

    def verify(self, request: Request) -> bool:
        """True when the request carries the secret token given to setWebhook."""
        return verify_telegram(self.secret_token, request.headers.get(TELEGRAM_SECRET_HEADER))

    def method_url(self, method: str) -> str:
        """The Bot API address of `method`. It holds the bot token, so logs name the path template instead."""
        return f"{self.api_url}/bot{self.bot_token}/{method}"

    def parse(self, request: Request) -> list[Inbound]:
        """The request's one Update as an `Inbound`: a button tap, words or a caption, a pin, or media; group
        chats' updates ignored, edits and the like nothing."""
        update = json.loads(request.body or b"{}")
        if not isinstance(update, dict) or "update_id" not in update:
            raise ValueError("not a Telegram update")
        update_id = str(update["update_id"])
        query = update.get("callback_query")
        if isinstance(query, dict):
            chat = (query.get("message") or {}).get("chat") or {}
            return [
                Inbound(
                    platform=self.name(),
                    message_id=update_id,
                    user_id=str(query["from"]["id"]),
                    kind=Kind.BUTTON if chat.get("type", "private") == "private" else Kind.IGNORE,
                    text=str(query.get("data") or ""),
                    reply={"chat_id": chat.get("id", query["from"]["id"]), "callback_query_id": query["id"]},
                )
            ]
        message = update.get("message")
        if not isinstance(message, dict):
            return []  # edits, channel posts, membership changes: nothing to answer
        chat = message.get("chat") or {}
        common: dict[str, Any] = {
            "platform": self.name(),
            "message_id": update_id,
            "user_id": str((message.get("from") or chat)["id"]),
            "reply": {"chat_id": chat["id"]},
        }
        if chat.get("type") != "private":
            return [Inbound(kind=Kind.IGNORE, **common)]
        if isinstance(message.get("text"), str):
            return [Inbound(kind=Kind.TEXT, text=message["text"], **common)]
        location = message.get("location")
        if isinstance(location, dict):
            return [
                Inbound(
                    kind=Kind.LOCATION,
                    latitude=float(location["latitude"]),
                    longitude=float(location["longitude"]),
                    **common,
                )
            ]
        caption = str(message.get("caption") or "").strip()
        if caption:
            return [Inbound(kind=Kind.TEXT, text=caption, **common)]
        media = next((kind for key, kind in _MEDIA_FIELDS.items() if key in message), "other")
        return [Inbound(kind=Kind.MEDIA, media=media, **common)]

    async def before_processing(self, inbound: Inbound) -> None:
        """Answer a button tap's callback query, so Telegram stops the button's spinner."""
        query_id = inbound.reply.get("callback_query_id")
        if query_id:  # stops the button's spinner straight away, before the answer is worked out
            await self.sender.post(
                self.method_url("answerCallbackQuery"),
                "/bot{token}/answerCallbackQuery",
                json={"callback_query_id": query_id},
            )

    async def deliver(self, inbound: Inbound, sender_id: str, answers: list[Answer]) -> None:
        """The answers as `sendMessage` calls to the person's chat, in order."""
        for payload in telegram_messages(answers, inbound.reply["chat_id"]):
            await self.sender.post(self.method_url("sendMessage"), "/bot{token}/sendMessage", json=payload)
