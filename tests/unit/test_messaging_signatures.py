"""Webhook signature checks against published test vectors, and fail-closed behaviour."""

from __future__ import annotations

import pytest

from bot.channels.messaging.identity import hashed_sender
from bot.channels.messaging.signatures import (
    meta_signature,
    twilio_signature,
    verify_meta,
    verify_meta_handshake,
    verify_telegram,
    verify_twilio,
)

# GitHub's documented X-Hub-Signature-256 example (the same HMAC-SHA256-over-the-raw-body scheme Meta uses).
HUB_SECRET = "It's a Secret to Everybody"
HUB_BODY = b"Hello, World!"
HUB_SIGNATURE = "sha256=757107ea0eb2509fc211221cce984b8a37570b6d7586c22c46f4379c8b043e17"

# Twilio's documented example ("Validating requests", auth token 12345).
TWILIO_TOKEN = "12345"
TWILIO_URL = "https://mycompany.com/myapp.php?foo=1&bar=2"
TWILIO_PARAMS = {
    "CallSid": ["CA1234567890ABCDE"],
    "Caller": ["+12349013030"],
    "Digits": ["1234"],
    "From": ["+12349013030"],
    "To": ["+18005551212"],
}
TWILIO_SIGNATURE = "0/KCTR6DLpKmkAf8muzZqo1nDgQ="


def test_meta_signature_matches_the_published_vector():
    assert meta_signature(HUB_SECRET, HUB_BODY) == HUB_SIGNATURE
    assert verify_meta(HUB_SECRET, HUB_BODY, HUB_SIGNATURE)


@pytest.mark.parametrize(
    "secret, body, header",
    [
        ("wrong secret", HUB_BODY, HUB_SIGNATURE),
        (HUB_SECRET, b"Hello, World?", HUB_SIGNATURE),
        (HUB_SECRET, HUB_BODY, None),
        (HUB_SECRET, HUB_BODY, ""),
        (HUB_SECRET, HUB_BODY, HUB_SIGNATURE.removeprefix("sha256=")),
        (HUB_SECRET, HUB_BODY, "sha1=" + HUB_SIGNATURE[7:]),
        ("", HUB_BODY, meta_signature("", HUB_BODY)),  # no secret configured: refuse even a "valid" one
    ],
)
def test_meta_signature_refusals(secret, body, header):
    assert not verify_meta(secret, body, header)


def test_twilio_signature_matches_the_published_vector_and_the_twilio_library():
    from twilio.request_validator import RequestValidator

    assert twilio_signature(TWILIO_TOKEN, TWILIO_URL, TWILIO_PARAMS) == TWILIO_SIGNATURE
    flat = {name: values[0] for name, values in TWILIO_PARAMS.items()}
    assert RequestValidator(TWILIO_TOKEN).compute_signature(TWILIO_URL, flat) == TWILIO_SIGNATURE
    assert verify_twilio(TWILIO_TOKEN, TWILIO_URL, TWILIO_PARAMS, TWILIO_SIGNATURE)


def test_twilio_repeated_parameters_sign_each_value_in_order():
    from twilio.request_validator import RequestValidator
    from werkzeug.datastructures import MultiDict

    params = {"To": ["+18005551212"], "Media": ["b", "a"]}
    expected = RequestValidator(TWILIO_TOKEN).compute_signature(
        TWILIO_URL, MultiDict([("To", "+18005551212"), ("Media", "b"), ("Media", "a")])
    )
    assert twilio_signature(TWILIO_TOKEN, TWILIO_URL, params) == expected


@pytest.mark.parametrize(
    "token, url, params, header",
    [
        ("54321", TWILIO_URL, TWILIO_PARAMS, TWILIO_SIGNATURE),
        (TWILIO_TOKEN, "http://mycompany.com/myapp.php?foo=1&bar=2", TWILIO_PARAMS, TWILIO_SIGNATURE),
        (TWILIO_TOKEN, TWILIO_URL, {**TWILIO_PARAMS, "Digits": ["1235"]}, TWILIO_SIGNATURE),
        (TWILIO_TOKEN, TWILIO_URL, TWILIO_PARAMS, None),
        ("", TWILIO_URL, TWILIO_PARAMS, twilio_signature("", TWILIO_URL, TWILIO_PARAMS)),
        (TWILIO_TOKEN, "", TWILIO_PARAMS, twilio_signature(TWILIO_TOKEN, "", TWILIO_PARAMS)),
    ],
)
def test_twilio_signature_refusals(token, url, params, header):
    assert not verify_twilio(token, url, params, header)


def test_telegram_secret_token():
    assert verify_telegram("s3cret_Token-1", "s3cret_Token-1")
    assert not verify_telegram("s3cret_Token-1", "s3cret_Token-2")
    assert not verify_telegram("s3cret_Token-1", None)
    assert not verify_telegram("", "")  # unconfigured: refuse


def test_meta_handshake():
    assert verify_meta_handshake("vt", "subscribe", "vt")
    assert not verify_meta_handshake("vt", "unsubscribe", "vt")
    assert not verify_meta_handshake("vt", "subscribe", "other")
    assert not verify_meta_handshake("", "subscribe", "")


def test_hashed_sender_is_stable_keyed_and_hides_the_number():
    one = hashed_sender("key-a", "sms", "+447700900123")
    assert one == hashed_sender("key-a", "sms", "+447700900123")
    assert one.startswith("sms-") and len(one) == len("sms-") + 32
    assert "7700900123" not in one
    assert one != hashed_sender("key-b", "sms", "+447700900123")
    assert one != hashed_sender("key-a", "twilio-whatsapp", "+447700900123")
    with pytest.raises(ValueError):
        hashed_sender("", "sms", "+447700900123")
