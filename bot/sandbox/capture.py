"""The sandbox's capture endpoints: stand-ins for the messaging APIs Front Door posts replies to, recording
exactly what would have been sent (so tests can assert on it) and answering in each API's own format.

| prefix | stands in for | paths |
| `/meta-graph` | `https://graph.facebook.com` | `POST /{version}/{phone_number_id}/messages` (Bearer token) |
| `/twilio` | `https://api.twilio.com` | `POST /2010-04-01/Accounts/{AccountSid}/Messages.json` (basic auth, form) |
| `/telegram` | `https://api.telegram.org` | `POST /bot{token}/sendMessage`, `POST /bot{token}/answerCallbackQuery` |

`GET /_captured` lists the records (`api`, `path`, `status`, `authorization`, `body`: the JSON, or the form with
one value a field), oldest first; `DELETE /_captured` clears them.
"""

from __future__ import annotations

import itertools
import json
import re
import threading
from dataclasses import dataclass
from typing import Any
from urllib.parse import parse_qs

CAPTURE_APIS = {"meta": "/meta-graph", "twilio": "/twilio", "telegram": "/telegram"}
_META_MESSAGES = re.compile(r"^/v\d+\.\d+/[^/]+/messages$")
_TWILIO_MESSAGES = re.compile(r"^/2010-04-01/Accounts/(AC[0-9A-Za-z]+)/Messages\.json$")
_TELEGRAM_METHOD = re.compile(r"^/bot[^/]+/(sendMessage|answerCallbackQuery)$")


@dataclass(frozen=True)
class Captured:
    """The status and JSON body the stand-in API answers with."""

    status: int
    body: dict[str, Any]


class CaptureLog:
    """The records, shared by the server's handler threads."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.records: list[dict[str, Any]] = []
        self._ids = itertools.count(1)

    def clear(self) -> None:
        """Forget every record (`DELETE /_captured`)."""
        with self.lock:
            self.records.clear()

    def snapshot(self) -> list[dict[str, Any]]:
        """A copy of the records so far, oldest first (`GET /_captured`)."""
        with self.lock:
            return list(self.records)

    def capture(self, api: str, path: str, headers: dict[str, str], raw: bytes) -> Captured:
        """Record one posted message (JSON or form body) and return what the real API would answer."""
        content_type = headers.get("content-type", "")
        if "application/x-www-form-urlencoded" in content_type:
            body: Any = {k: v[0] for k, v in parse_qs(raw.decode("utf-8"), keep_blank_values=True).items()}
        else:
            try:
                body = json.loads(raw or b"{}")
            except ValueError:
                body = None
        authorization = headers.get("authorization", "")
        answer = _answer(api, path, authorization, body, next(self._ids))
        with self.lock:
            self.records.append(
                {
                    "api": api,
                    "path": path,
                    "status": answer.status,
                    "authorization": authorization,
                    "body": body,
                }
            )
        return answer


def _answer(api: str, path: str, authorization: str, body: Any, number: int) -> Captured:
    if not isinstance(body, dict):
        return Captured(400, {"error": "body is not a JSON object or form"})
    if api == "meta":
        if not _META_MESSAGES.match(path):
            return Captured(404, {"error": {"message": "Unknown path", "type": "GraphMethodException"}})
        if not authorization.startswith("Bearer ") or len(authorization) <= len("Bearer "):
            return Captured(
                401,
                {"error": {"message": "Invalid OAuth access token.", "type": "OAuthException", "code": 190}},
            )
        to = str(body.get("to") or "")
        return Captured(
            200,
            {
                "messaging_product": "whatsapp",
                "contacts": [{"input": to, "wa_id": to}],
                "messages": [{"id": f"wamid.sandbox{number}"}],
            },
        )
    if api == "twilio":
        match = _TWILIO_MESSAGES.match(path)
        if not match:
            return Captured(
                404, {"code": 20404, "message": "The requested resource was not found", "status": 404}
            )
        if not authorization.startswith("Basic "):
            return Captured(401, {"code": 20003, "message": "Authenticate", "status": 401})
        return Captured(
            201,
            {
                "sid": f"SM{number:032d}",
                "account_sid": match.group(1),
                "to": body.get("To"),
                "from": body.get("From"),
                "body": body.get("Body"),
                "status": "queued",
            },
        )
    match = _TELEGRAM_METHOD.match(path)
    if not match:
        return Captured(404, {"ok": False, "error_code": 404, "description": "Not Found"})
    if match.group(1) == "answerCallbackQuery":
        return Captured(200, {"ok": True, "result": True})
    return Captured(
        200,
        {
            "ok": True,
            "result": {"message_id": number, "chat": {"id": body.get("chat_id")}, "text": body.get("text")},
        },
    )
