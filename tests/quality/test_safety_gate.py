"""The safety gate inside the trained model: one assessment per message, in the parse, used by decide()."""

from __future__ import annotations

import asyncio

import pytest

from bot.ops.paths import MODEL_PATH


@pytest.fixture(scope="module")
def parse():
    from bot.cli.lookup import load_parser

    parser = load_parser(str(MODEL_PATH))
    loop = asyncio.new_event_loop()
    return lambda text: loop.run_until_complete(parser(text))


def test_every_parse_carries_the_assessment_with_classifier_scores(parse):
    data = parse("massive pothole outside no. 12")
    assert data["safety"]["flags"] == []
    assert set(data["safety"]["classifier"]) == {"emergency", "crisis", "child_at_risk", "domestic_abuse"}
    assert all(0.0 <= p <= 1.0 for p in data["safety"]["classifier"].values())
    assert data["intent"]["name"] not in {
        "emergency",
        "mental_health_crisis",
        "child_at_risk",
        "domestic_abuse",
    }


def test_danger_becomes_the_intent_and_names_its_sources(parse):
    data = parse("my husband has collapsed and he's not breathing")
    assert data["safety"]["flags"][0] == "emergency"
    assert "emergency.not_breathing" in data["safety"]["rules"]
    assert (data["intent"]["name"], data["intent"]["confidence"]) == ("emergency", 1.0)


def test_a_button_payload_has_no_words_and_an_empty_assessment(parse):
    from bot.core.parse import Parse

    data = parse("/pothole")
    assert data["intent"]["name"] == "pothole"
    assert "safety" not in data  # Rasa's regex handler rebuilds a payload's parse
    assert Parse.from_rasa(data).safety.flags == ()


def test_look_alike_letters_do_not_hide_danger(triage):
    assert triage("he has a kn\u0456fe and he's coming at me")["safety"][0] == "emergency"
    assert "crisis" in triage("I w\u0430nt to kill mys\u0435lf")["safety"]


def test_flat_openings_are_not_read_as_yes(triage):
    result = triage("yeah... there's been a stabbing outside the chippy")
    assert result["safety"][0] == "emergency"
    assert result["response"] == "utter_emergency"
