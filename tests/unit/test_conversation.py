"""plan_reply(): which named responses a turn sends, and the context it keeps for "yes", "no" and "thanks"."""

from __future__ import annotations

from bot.conversation import Awaiting, plan_reply
from bot.parse import IntentScore, Parse
from bot.triage import decide


def decision(text: str, *ranking: tuple[str, float], notes: tuple[str, ...] = ()):
    return decide(Parse(text, tuple(IntentScore(n, c) for n, c in ranking)), notes=notes)


def names(reply):
    return [r.name for r in reply.responses]


def test_service_answer_then_anything_else():
    reply = plan_reply(decision("pothole", ("pothole", 0.9)), None, None)
    assert names(reply) == ["utter_service_answer", "utter_anything_else"]
    assert reply.awaiting is Awaiting.ANYTHING_ELSE
    assert reply.last_service == "pothole"
    variables = reply.responses[0].variables
    assert variables["service_name"] == "Potholes and road surface" or variables["service_name"]
    assert "https://www.gov.uk/find-local-council" in variables["contacts"]


def test_emergency_answer_stands_alone():
    reply = plan_reply(decision("my dad has collapsed and is not breathing", ("gp", 0.6)), None, None)
    assert names(reply) == ["utter_emergency"]
    assert "999" in reply.responses[0].variables["contacts"]
    assert reply.awaiting is None


def test_yes_and_no_after_anything_else():
    assert names(plan_reply(decision("yes", ("affirm", 0.95)), Awaiting.ANYTHING_ELSE, "pothole")) == [
        "utter_ask_what_else"
    ]
    reply = plan_reply(decision("no thanks", ("deny", 0.95)), Awaiting.ANYTHING_ELSE, "pothole")
    assert names(reply) == ["utter_goodbye"]
    assert reply.awaiting is None


def test_yes_without_context_is_a_plain_affirm():
    assert names(plan_reply(decision("yes", ("affirm", 0.95)), None, None)) == ["utter_affirm"]


def test_clarify_offers_buttons_with_intent_payloads():
    reply = plan_reply(decision("x", ("pavement", 0.45), ("pothole", 0.4)), None, None)
    assert names(reply) == ["utter_clarify"]
    assert [b.payload for b in reply.responses[0].buttons] == ["/pavement", "/pothole"]
    assert reply.awaiting is Awaiting.CLARIFY
    again = plan_reply(decision("yes", ("affirm", 0.9)), Awaiting.CLARIFY, None)
    assert names(again) == ["utter_clarify_choose"]
    assert again.awaiting is Awaiting.CLARIFY


def test_truncation_and_markup_notes_come_first():
    reply = plan_reply(decision("pothole", ("pothole", 0.9), notes=("truncated", "markup")), None, None)
    assert names(reply) == [
        "utter_note_truncated",
        "utter_note_markup",
        "utter_service_answer",
        "utter_anything_else",
    ]
    assert reply.responses[0].variables == {"limit": 1000}
