"""Redaction of personal details before anything is stored (bot.core.privacy), on realistic messages."""

from __future__ import annotations

import pytest

from bot.core.privacy import redact, redact_event


@pytest.mark.parametrize(
    ("said", "stored"),
    [
        ("call me back on 07911 123456 please", "call me back on [phone] please"),
        ("my landline is (01242) 262626", "my landline is [phone]"),
        ("ring +44 20 7946 0958 after 6", "ring [phone] after 6"),
        ("email me at jo.bloggs+council@example.co.uk", "email me at [email]"),
        ("pothole outside 12 Acacia Avenue GL50 1QA", "pothole outside [address] GL50 [postcode]"),
        ("flat 3, 22 High Street is flooding", "[address] is flooding"),
        ("bins not collected at 7b church lane gl501qa", "bins not collected at [address] GL50 [postcode]"),
        ("someone used my card 4111 1111 1111 1111", "someone used my card [card or account number]"),
        (
            "sort code 12-34-56 account 12345678",
            "sort code [card or account number] account [card or account number]",
        ),
    ],
)
def test_personal_details_become_placeholders(said: str, stored: str):
    assert redact(said) == stored


@pytest.mark.parametrize(
    "said",
    [
        "massive pothole outside no. 12",
        "call 101 or 999, or NHS 111",
        "it happened at 3pm on 12 May 2024",
        "the bus stop on London Road has been smashed",
        "reported in 2023 and again in 2024, reference 1234567",
        "my 2 kids are 5 and 7",
    ],
)
def test_words_without_personal_details_are_kept(said: str):
    assert redact(said) == said


def test_a_stored_user_event_is_redacted_everywhere_it_holds_the_words():
    event = {
        "event": "user",
        "text": "street light out at 5 Mill Road, text 07911 123456",
        "parse_data": {
            "text": "street light out at 5 Mill Road, text 07911 123456",
            "intent": {"name": "street_light", "confidence": 0.9},
            "entities": [{"entity": "road", "value": "5 Mill Road"}],
        },
        "metadata": {"frontdoor": {"postcode": "GL50 1QA", "notes": []}},
    }
    out = redact_event(event)
    assert out["text"] == "street light out at [address], text [phone]"
    assert out["parse_data"]["text"] == out["text"]
    assert out["parse_data"]["entities"] == [{"entity": "road", "value": "[address]"}]
    assert out["parse_data"]["intent"] == {"name": "street_light", "confidence": 0.9}
    assert out["metadata"] == {"frontdoor": {"postcode": "GL50 [postcode]", "notes": []}}
    assert event["text"].startswith("street light out at 5 Mill Road")  # the input is not changed


def test_map_points_are_redacted_in_text_and_pins_in_metadata() -> None:
    from bot.core.privacy import redact, redact_event

    assert redact("map pin 51.89812, -2.07903 (near GL50 1QB)") == "map pin [location] (near GL50 [postcode])"
    assert redact("the 2.5 mile stretch, 3.25 pounds") == "the 2.5 mile stretch, 3.25 pounds"
    event = {"event": "user", "text": "GL50 1QB", "metadata": {"frontdoor": {"pin": [51.89812, -2.07903]}}}
    assert redact_event(event)["metadata"] == {"frontdoor": {"pin": "[location]"}}
