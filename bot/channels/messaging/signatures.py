"""Webhook signature checks. Each returns False (never raises) for a missing, malformed or wrong signature, and
False whenever no secret is configured, so an unconfigured channel refuses everything (fail closed).

- Meta (WhatsApp Cloud API): `X-Hub-Signature-256: sha256=<hex HMAC-SHA256 of the raw body, key = app secret>`.
- Twilio: `X-Twilio-Signature: <base64 HMAC-SHA1 of the public webhook URL + every POST parameter name and value,
  sorted by name, key = auth token>`. The URL is the one configured in Twilio's console (we sit behind a proxy,
  so it is configured here too, never taken from the request).
- Telegram: `X-Telegram-Bot-Api-Secret-Token` must equal the `secret_token` given to setWebhook.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
from collections.abc import Iterable, Mapping

META_SIGNATURE_HEADER = "X-Hub-Signature-256"
TWILIO_SIGNATURE_HEADER = "X-Twilio-Signature"
TELEGRAM_SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token"


def meta_signature(app_secret: str, body: bytes) -> str:
    """The `X-Hub-Signature-256` value Meta sends for `body`: `sha256=` and the hex HMAC-SHA256."""
    digest = hmac.new(app_secret.encode("utf-8"), body, hashlib.sha256).hexdigest()
    return f"sha256={digest}"


def verify_meta(app_secret: str, body: bytes, header: str | None) -> bool:
    """True when `header` is Meta's signature of the raw `body` under the app secret."""
    if not app_secret or not header:
        return False
    return hmac.compare_digest(meta_signature(app_secret, body), header.strip())


def twilio_signature(auth_token: str, url: str, params: Mapping[str, Iterable[str]]) -> str:
    """Twilio's algorithm (as in twilio-python's RequestValidator): a repeated parameter contributes each of its
    values, in sorted order."""
    payload = url + "".join(name + value for name in sorted(params) for value in sorted(set(params[name])))
    digest = hmac.new(auth_token.encode("utf-8"), payload.encode("utf-8"), hashlib.sha1).digest()
    return base64.b64encode(digest).decode("ascii")


def verify_twilio(auth_token: str, url: str, params: Mapping[str, Iterable[str]], header: str | None) -> bool:
    """True when `header` is Twilio's signature of `url` and the POST `params` under the auth token."""
    if not auth_token or not url or not header:
        return False
    return hmac.compare_digest(twilio_signature(auth_token, url, params), header.strip())


def verify_telegram(secret_token: str, header: str | None) -> bool:
    """True when `header` equals the `secret_token` given to setWebhook."""
    if not secret_token or header is None:
        return False
    return hmac.compare_digest(secret_token.encode("utf-8"), header.encode("utf-8"))


def verify_meta_handshake(verify_token: str, mode: str | None, token: str | None) -> bool:
    """The GET subscription handshake: hub.mode=subscribe and hub.verify_token equal to ours."""
    if not verify_token or mode != "subscribe" or token is None:
        return False
    return hmac.compare_digest(verify_token.encode("utf-8"), token.encode("utf-8"))
