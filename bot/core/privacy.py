"""Redaction: personal details typed by a person are replaced by typed placeholders before anything is stored.

The turn that needs a detail uses it in memory (the decision, the postcode lookup); the stored conversation
keeps "[phone]", "[email]", "GL50 [postcode]" (the district stays: it says which area without saying which
street), "[address]" and "[card or account number]". No Rasa imports.
"""

from __future__ import annotations

import re
from typing import Any

import phonenumbers

from bot.places.postcode import FULL_POSTCODE

EMAIL = "[email]"
PHONE = "[phone]"
POSTCODE = "[postcode]"
ADDRESS = "[address]"
NUMBER = "[card or account number]"
LOCATION = "[location]"
MIN_PHONE_DIGITS = 10

# A point as a pin gives it ("51.89965, -2.07823"): as exact as a house number, so it goes like an address.
_COORDINATES = re.compile(r"-?\d{1,3}\.\d{3,}\s*,\s*-?\d{1,3}\.\d{3,}")
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+", re.UNICODE)
_POSTCODE = FULL_POSTCODE  # the outcode (group 1) stays: it says which area without saying which street
# Card numbers (13-19 digits, spaced or dashed in groups), sort codes and 8-digit account numbers.
_NUMBERS = re.compile(r"(?<!\d)(?:\d[ -]?){12,18}\d(?!\d)|(?<!\d)\d{2}-\d{2}-\d{2}(?!\d)|(?<!\d)\d{8}(?!\d)")
_STREET_TYPES = (
    "road|rd|street|st|avenue|ave|lane|ln|close|drive|dr|way|crescent|place|court|gardens|terrace|grove|"
    "hill|row|square|walk|mews|park|parade|rise|view|green|vale|croft|meadow|meadows|fields|end|gate|"
    "wharf|yard|hollow|chase|boulevard|approach|causeway|promenade"
)
# A house number (or "flat 3, 12") then up to four words then a street type: "12 Acacia Avenue".
_ADDRESS = re.compile(
    rf"\b(?:(?:flat|apartment|unit)\s+\d{{1,4}}[a-z]?,?\s+)?\d{{1,4}}[a-z]?,?\s+(?:[A-Za-z'-]+\s+){{0,3}}"
    rf"(?:{_STREET_TYPES})\b\.?",
    re.IGNORECASE,
)


def redact(text: str) -> str:
    """`text` with e-mail addresses, phone numbers, card and account numbers, street addresses, map points and
    the inward part of full postcodes replaced by placeholders."""
    if not text:
        return text
    text = _COORDINATES.sub(LOCATION, text)
    text = _EMAIL.sub(EMAIL, text)
    text = _NUMBERS.sub(NUMBER, text)
    text = _redact_phones(text)
    text = _POSTCODE.sub(lambda m: f"{m.group(1).upper()} {POSTCODE}", text)
    return _ADDRESS.sub(ADDRESS, text)


def _redact_phones(text: str) -> str:
    """Anything `phonenumbers` finds possible for the UK with at least 10 digits (a UK number has 10 or 11;
    short ones like 101, 111 and 999 are services, not people, and are kept)."""
    matcher = phonenumbers.PhoneNumberMatcher(text, "GB", leniency=phonenumbers.Leniency.POSSIBLE)
    spans = [(m.start, m.end) for m in matcher if sum(c.isdigit() for c in m.raw_string) >= MIN_PHONE_DIGITS]
    for start, end in reversed(spans):
        text = text[:start] + PHONE + text[end:]
    return text


def redact_event(event: dict[str, Any]) -> dict[str, Any]:
    """A stored Rasa event (its `as_dict()`) with every piece of free text redacted: the person's words,
    the parse's copy of them and its entity values, the channel's postcode, the bot's replies and slot
    values."""
    out = dict(event)
    if out.get("event") == "slot":
        # The conversation's current slots are kept whole in their own record (the next turn may need the
        # postcode); the event history keeps only redacted values (Rasa's session-start slot holds the
        # message's metadata, with its postcode).
        out["value"] = _redact_nested(out.get("value"))
    if isinstance(out.get("text"), str):
        out["text"] = redact(out["text"])
    parse = out.get("parse_data")
    if isinstance(parse, dict):
        parse = dict(parse)
        if isinstance(parse.get("text"), str):
            parse["text"] = redact(parse["text"])
        parse["entities"] = [
            {**e, "value": redact(str(e.get("value")))} if isinstance(e, dict) else e
            for e in parse.get("entities") or []
        ]
        if "metadata" in parse:
            parse["metadata"] = _redact_nested(parse["metadata"])
        out["parse_data"] = parse
    if "metadata" in out:
        out["metadata"] = _redact_nested(out["metadata"])
    return out


def _redact_nested(value: Any) -> Any:
    """Every string inside `value` (dicts and lists followed), redacted."""
    if isinstance(value, str):
        return redact(value)
    if isinstance(value, dict):
        # A location pin is numbers, which redaction of text can't see: the stored copy keeps no point.
        return {k: LOCATION if k == "pin" and v is not None else _redact_nested(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_redact_nested(v) for v in value]
    return value
