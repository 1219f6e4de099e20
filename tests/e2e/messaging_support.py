"""Real-shaped, signed webhooks for the messaging channels, and the sandbox's capture log to read replies from.

The stack fixture points every channel's outbound API at the sandbox (`messaging_env`), so what the assistant
would have sent to Meta, Twilio or Telegram is recorded there and read back with a deadline (never a fixed sleep).
"""

from __future__ import annotations

import itertools
import json
import random
import time
import uuid
from typing import Any
from urllib.parse import urlencode

import requests

from bot.channels.messaging.signatures import meta_signature, twilio_signature

APP_SECRET = "test-app-secret"
VERIFY_TOKEN = "test-verify-token"
ACCESS_TOKEN = "test-access-token"
PHONE_NUMBER_ID = "106540352242922"
TWILIO_SID = "AC" + "0123456789abcdef" * 2
TWILIO_TOKEN = "test-twilio-auth-token"
TWILIO_PUBLIC_URL = "https://frontdoor.example.gov.uk/webhooks/twilio/webhook"
TWILIO_NUMBER = "+447700900000"
TELEGRAM_TOKEN = "123456:TEST-telegram-bot-token"
TELEGRAM_SECRET = "test-telegram-secret"
SENDER_ID_KEY = "test-sender-id-key"
DEADLINE_SECONDS = 30.0

_counter = itertools.count(1)


def messaging_env(sandbox_url: str) -> dict[str, str]:
    return {
        "WHATSAPP_APP_SECRET": APP_SECRET,
        "WHATSAPP_VERIFY_TOKEN": VERIFY_TOKEN,
        "WHATSAPP_ACCESS_TOKEN": ACCESS_TOKEN,
        "WHATSAPP_API_URL": f"{sandbox_url}/meta-graph",
        "TWILIO_ACCOUNT_SID": TWILIO_SID,
        "TWILIO_AUTH_TOKEN": TWILIO_TOKEN,
        "TWILIO_WEBHOOK_URL": TWILIO_PUBLIC_URL,
        "TWILIO_API_URL": f"{sandbox_url}/twilio",
        "TELEGRAM_BOT_TOKEN": TELEGRAM_TOKEN,
        "TELEGRAM_SECRET_TOKEN": TELEGRAM_SECRET,
        "TELEGRAM_API_URL": f"{sandbox_url}/telegram",
        "FRONTDOOR_SENDER_ID_KEY": SENDER_ID_KEY,
    }


def uk_mobile() -> str:
    """A number in Ofcom's drama range (07700 900000-900999), unique enough for one test session."""
    return f"+4477009{random.randint(0, 99999):05d}"


class Captured:
    """Reads the sandbox's capture log."""

    def __init__(self, sandbox_url: str) -> None:
        self.url = f"{sandbox_url}/_captured"

    def all(self) -> list[dict[str, Any]]:
        return requests.get(self.url, timeout=5).json()

    def wait(self, select: Any, count: int, deadline: float = DEADLINE_SECONDS) -> list[dict[str, Any]]:
        """The records `select` accepts, once there are at least `count` of them (fails after the deadline)."""
        end = time.monotonic() + deadline
        found: list[dict[str, Any]] = []
        while time.monotonic() < end:
            found = [record for record in self.all() if select(record)]
            if len(found) >= count:
                return found
            time.sleep(0.05)
        raise AssertionError(f"expected {count} captured records, got {len(found)}: {found}")


SETTLE_SECONDS = 0.4


class Conversation:
    """One person on one platform: send a webhook, then take exactly the replies that turn produced."""

    def __init__(self, captured: Captured) -> None:
        self.captured = captured
        self.taken = 0

    def mine(self, record: dict[str, Any]) -> bool:
        raise NotImplementedError

    def replies(self, count: int) -> list[dict[str, Any]]:
        """The next `count` replies to this person (a late extra shows up in the next call and fails it)."""
        self.captured.wait(self.mine, self.taken + count)
        # A turn's messages go out one after another: let the rest of this turn arrive, so an unexpected extra
        # fails here every time rather than only when the poll happens to be late.
        time.sleep(SETTLE_SECONDS)
        records = [record for record in self.captured.all() if self.mine(record)]
        new = records[self.taken :]
        self.taken = len(records)
        assert len(new) == count, new
        return new


class WhatsApp(Conversation):
    def __init__(self, rasa_url: str, captured: Captured) -> None:
        super().__init__(captured)
        self.url = f"{rasa_url}/webhooks/whatsapp/webhook"
        self.phone = uk_mobile().lstrip("+")

    def mine(self, record: dict[str, Any]) -> bool:
        return record["api"] == "meta" and record["body"].get("to") == self.phone

    def payload(self, message: dict[str, Any], message_id: str | None = None) -> dict[str, Any]:
        message = {
            "from": self.phone,
            "id": message_id or f"wamid.TEST{uuid.uuid4().hex}",
            "timestamp": str(int(time.time())),
            **message,
        }
        return {
            "object": "whatsapp_business_account",
            "entry": [
                {
                    "id": "102290129340398",
                    "changes": [
                        {
                            "field": "messages",
                            "value": {
                                "messaging_product": "whatsapp",
                                "metadata": {
                                    "display_phone_number": "15550783881",
                                    "phone_number_id": PHONE_NUMBER_ID,
                                },
                                "contacts": [{"profile": {"name": "Test Person"}, "wa_id": self.phone}],
                                "messages": [message],
                            },
                        }
                    ],
                }
            ],
        }

    def post(self, body: dict[str, Any], secret: str | None = APP_SECRET, signature: str | None = None):
        raw = json.dumps(body).encode()
        headers = {"Content-Type": "application/json"}
        if signature is not None:
            headers["X-Hub-Signature-256"] = signature
        elif secret is not None:
            headers["X-Hub-Signature-256"] = meta_signature(secret, raw)
        return requests.post(self.url, data=raw, headers=headers, timeout=10)

    def send(self, message: dict[str, Any], message_id: str | None = None) -> requests.Response:
        response = self.post(self.payload(message, message_id))
        assert response.status_code == 200, response.text
        return response

    def text(self, body: str, message_id: str | None = None) -> requests.Response:
        return self.send({"type": "text", "text": {"body": body}}, message_id)


class Twilio(Conversation):
    def __init__(self, rasa_url: str, captured: Captured, whatsapp: bool = False) -> None:
        super().__init__(captured)
        self.url = f"{rasa_url}/webhooks/twilio/webhook"
        self.phone = ("whatsapp:" if whatsapp else "") + uk_mobile()
        self.ours = ("whatsapp:" if whatsapp else "") + TWILIO_NUMBER

    def mine(self, record: dict[str, Any]) -> bool:
        return record["api"] == "twilio" and record["body"].get("To") == self.phone

    def form(self, fields: dict[str, str], sid: str | None = None) -> dict[str, str]:
        return {
            "ToCountry": "GB",
            "SmsMessageSid": sid or "",
            "NumMedia": "0",
            "From": self.phone,
            "To": self.ours,
            "Body": "",
            "AccountSid": TWILIO_SID,
            "ApiVersion": "2010-04-01",
            "NumSegments": "1",
            **fields,
        }

    def post(self, form: dict[str, str], token: str | None = TWILIO_TOKEN, url: str = TWILIO_PUBLIC_URL):
        headers = {"Content-Type": "application/x-www-form-urlencoded"}
        if token is not None:
            headers["X-Twilio-Signature"] = twilio_signature(token, url, {k: [v] for k, v in form.items()})
        return requests.post(self.url, data=urlencode(form), headers=headers, timeout=10)

    def send(self, fields: dict[str, str], sid: str | None = None) -> requests.Response:
        sid = sid or f"SM{uuid.uuid4().hex}"
        response = self.post(self.form({"MessageSid": sid, "SmsSid": sid, **fields}, sid))
        assert response.status_code == 200, response.text
        return response

    def text(self, body: str, sid: str | None = None) -> requests.Response:
        return self.send({"Body": body}, sid)

    def bodies(self, count: int) -> list[str]:
        return [record["body"]["Body"] for record in self.replies(count)]


class Telegram(Conversation):
    def __init__(self, rasa_url: str, captured: Captured) -> None:
        super().__init__(captured)
        self.url = f"{rasa_url}/webhooks/telegram/webhook"
        self.user_id = random.randint(10**8, 10**10)

    def mine(self, record: dict[str, Any]) -> bool:
        return (
            record["api"] == "telegram"
            and record["path"].endswith("/sendMessage")
            and record["body"].get("chat_id") == self.user_id
        )

    def update(self, fields: dict[str, Any], update_id: int | None = None) -> dict[str, Any]:
        return {"update_id": update_id or (10**9 + random.randint(0, 10**8) * 100 + next(_counter)), **fields}

    def message(self, fields: dict[str, Any]) -> dict[str, Any]:
        return {
            "message_id": next(_counter),
            "from": {"id": self.user_id, "is_bot": False, "first_name": "Test", "language_code": "en"},
            "chat": {"id": self.user_id, "first_name": "Test", "type": "private"},
            "date": int(time.time()),
            **fields,
        }

    def post(self, update: dict[str, Any], secret: str | None = TELEGRAM_SECRET) -> requests.Response:
        headers = {} if secret is None else {"X-Telegram-Bot-Api-Secret-Token": secret}
        return requests.post(self.url, json=update, headers=headers, timeout=10)

    def send(self, fields: dict[str, Any], update_id: int | None = None) -> requests.Response:
        response = self.post(self.update({"message": self.message(fields)}, update_id))
        assert response.status_code == 200, response.text
        return response

    def text(self, text: str) -> requests.Response:
        return self.send({"text": text})

    def texts(self, count: int) -> list[str]:
        return [record["body"]["text"] for record in self.replies(count)]
