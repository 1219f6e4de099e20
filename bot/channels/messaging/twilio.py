"""SMS, and WhatsApp, through Twilio's Programmable Messaging.

Replaces Rasa's Twilio connector, which neither checks `X-Twilio-Signature` nor lets the API base URL move, and
answers with TwiML inside the webhook (so a slow answer would make Twilio time out after 15 s).

Inbound: `POST /webhooks/twilio/webhook`, form-encoded (`MessageSid`, `AccountSid`, `From`, `To`, `Body`,
`NumMedia`, `MediaContentType0`, and for WhatsApp `Latitude`/`Longitude`, `ButtonPayload`). The signature is
checked against `public_url`, the exact webhook URL configured in Twilio (we sit behind a proxy, so the URL the
request arrived on is not the one Twilio signed). We answer 200 with an empty TwiML `<Response/>` and send the
replies through the REST API: `POST {api_url}/2010-04-01/Accounts/{AccountSid}/Messages.json` (basic auth).
`From` starting `whatsapp:` is WhatsApp (its own conversations, numbered options, no segment budget).
"""

from __future__ import annotations

import re
from typing import Any
from urllib.parse import parse_qs

import aiohttp
from sanic import response
from sanic.request import Request
from sanic.response import HTTPResponse

from bot.channels.messaging.base import Inbound, Kind, MessagingInput, OnNewMessage
from bot.channels.messaging.config import base_url
from bot.channels.messaging.shaping import Answer, shape_sms, twilio_whatsapp_bodies
from bot.channels.messaging.signatures import TWILIO_SIGNATURE_HEADER, verify_twilio

DEFAULT_API_URL = "https://api.twilio.com"
WHATSAPP_PREFIX = "whatsapp:"
EMPTY_TWIML = '<?xml version="1.0" encoding="UTF-8"?><Response></Response>'
_OPTION_NUMBER = re.compile(r"^\s*(\d{1,2})\s*[.)]?\s*$")
_MEDIA_KINDS = {"image": "image", "audio": "audio", "video": "video", "application": "document"}


class TwilioMessagingInput(MessagingInput):
    """SMS and WhatsApp through Twilio's Programmable Messaging (see the module docstring)."""

    account_sid: str
    auth_token: str
    public_url: str
    api_url: str
    CREDENTIALS = {
        "account_sid": str,
        "auth_token": str,
        "public_url": str.strip,
        "api_url": lambda value: base_url(value, DEFAULT_API_URL),
    }

    @classmethod
    def name(cls) -> str:
        """The channel's name: its webhook path (/webhooks/twilio/) and its label in the metrics."""
        return "twilio"

    def configured(self) -> bool:
        """True when the account SID, auth token and public webhook URL (the one Twilio signs) are all set."""
        return bool(self.account_sid and self.auth_token and self.public_url)

    @staticmethod
    def params(request: Request) -> dict[str, list[str]]:
        """The form-encoded body's parameters with every value of each (Twilio signs them all)."""
        return parse_qs((request.body or b"").decode("utf-8"), keep_blank_values=True)

    def verify(self, request: Request) -> bool:
        """True when `X-Twilio-Signature` signs the public URL and the form parameters with the auth token."""
        return verify_twilio(
            self.auth_token,
            self.public_url,
            self.params(request),
            request.headers.get(TWILIO_SIGNATURE_HEADER),
        )

    async def receive(self, request: Request, on_new_message: OnNewMessage) -> HTTPResponse:
        """The shared handling, then an empty TwiML `<Response/>` for a 200: Twilio sends nothing itself."""
        answer = await super().receive(request, on_new_message)
        if answer.status != 200:
            return answer
        return response.text(EMPTY_TWIML, content_type="text/xml")  # "no reply here": we send our own

    def parse(self, request: Request) -> list[Inbound]:
        """The form as one `Inbound` (WhatsApp when `From` starts `whatsapp:`, else SMS); ValueError for a
        message to another Twilio account."""
        form = {name: values[0] for name, values in self.params(request).items() if values}
        if form.get("AccountSid") != self.account_sid:
            raise ValueError("message for another Twilio account")
        sender = form["From"]
        whatsapp = sender.startswith(WHATSAPP_PREFIX)
        common: dict[str, Any] = {
            "platform": "twilio-whatsapp" if whatsapp else "sms",
            "message_id": form["MessageSid"],
            "user_id": sender,
            "reply": {"to": sender, "from": form["To"], "whatsapp": whatsapp},
        }
        body = form.get("Body", "")
        if form.get("ButtonPayload"):
            return [Inbound(kind=Kind.BUTTON, text=form["ButtonPayload"], **common)]
        if form.get("Latitude") and form.get("Longitude"):
            return [
                Inbound(
                    kind=Kind.LOCATION,
                    latitude=float(form["Latitude"]),
                    longitude=float(form["Longitude"]),
                    **common,
                )
            ]
        if int(form.get("NumMedia") or 0) > 0 and not body.strip():
            content_type = form.get("MediaContentType0", "")
            media = (
                "contacts"
                if "vcard" in content_type
                else _MEDIA_KINDS.get(content_type.split("/")[0], "other")
            )
            return [Inbound(kind=Kind.MEDIA, media=media, **common)]
        return [Inbound(kind=Kind.TEXT, text=body, **common)]

    async def words_for(self, inbound: Inbound, sender_id: str) -> str:
        """A bare number answers the options we last sent ("Reply 1 for ..."), if it is one of them."""
        match = _OPTION_NUMBER.match(inbound.text)
        if inbound.kind is Kind.TEXT and match:
            options = await self.state.options(sender_id)
            number = int(match.group(1))
            if 1 <= number <= len(options):
                return options[number - 1]
        return inbound.text

    async def deliver(self, inbound: Inbound, sender_id: str, answers: list[Answer]) -> None:
        """The answers as SMS (or Twilio WhatsApp) bodies posted through the REST API, after saving the
        numbered options' payloads for the person's next reply."""
        shaped = twilio_whatsapp_bodies(answers) if inbound.reply["whatsapp"] else shape_sms(answers)
        await self.state.save_options(sender_id, shaped.payloads)
        url = f"{self.api_url}/2010-04-01/Accounts/{self.account_sid}/Messages.json"
        auth = aiohttp.BasicAuth(self.account_sid, self.auth_token)
        for body in shaped.bodies:
            form = {"To": inbound.reply["to"], "From": inbound.reply["from"], "Body": body}
            await self.sender.post(url, "/2010-04-01/Accounts/{sid}/Messages.json", form=form, auth=auth)
