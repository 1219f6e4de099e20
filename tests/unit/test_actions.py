"""action_triage with real rasa-sdk trackers and dispatchers: exact responses and events."""

from __future__ import annotations

import asyncio
import datetime as dt
from pathlib import Path
from typing import Any

import pytest
from rasa_sdk.events import SlotSet

from actions.triage import ActionTriage
from bot.core.decide import CONVERSATION_INTENTS
from bot.insight import doors
from bot.insight.events import hour_of
from bot.insight.store import InsightStore


def run(action, dispatcher, tracker, domain):
    return asyncio.run(action.run(dispatcher, tracker, domain))


@pytest.fixture(autouse=True)
def insight_url(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    """The action records outcome events: into a database of this test's own, never var/."""
    url = f"sqlite:///{tmp_path / 'insight.sqlite3'}"
    monkeypatch.setenv("FRONTDOOR_INSIGHT_DATABASE_URL", url)
    monkeypatch.setattr(doors, "_writer", None)
    yield url
    if doors._writer is not None:
        doors._writer.close()
    monkeypatch.setattr(doors, "_writer", None)


def facets(**overrides: Any) -> dict[str, Any]:
    """An answered council request's facets as the action keeps them, made this hour on the REST door."""
    return {
        "hour": hour_of(dt.datetime.now(dt.timezone.utc)).isoformat(),
        "channel": "rest",
        "route": "council",
        "service": "pothole",
        "council_tier": "county",
        "body_code": None,
        "postcode_district": None,
        "safety_flags": [],
        "outcome": "answered",
        "would_have_called": "none",
        **overrides,
    }


def test_pothole_without_postcode_is_answered_then_offered_a_local_contact(
    dispatcher, make_tracker, domain, catalogue
):
    tracker = make_tracker("massive pothole outside no. 12", [("pothole", 0.92), ("pavement", 0.05)])
    events = run(ActionTriage(), dispatcher, tracker, domain)
    assert [m["response"] for m in dispatcher.messages] == ["utter_service_answer", "utter_offer_postcode"]
    assert dispatcher.messages[0]["service_name"] == catalogue.service("pothole").name
    assert dispatcher.messages[0]["say"] == catalogue.service("pothole").say
    assert events == [
        SlotSet("awaiting", "postcode"),
        SlotSet("last_service", "pothole"),
        SlotSet("pending_service", "pothole"),
        SlotSet("report", {"words": "massive pothole outside no. 12"}),  # quoted if a report is filed
        SlotSet("last_outcome", {"facets": facets(), "asked": False}),  # asked once the postcode is in
    ]


def test_national_service_answer(dispatcher, make_tracker, domain, catalogue):
    tracker = make_tracker("I think I've been scammed", [("fraud_scam", 0.92)])
    events = run(ActionTriage(), dispatcher, tracker, domain)
    assert [m["response"] for m in dispatcher.messages] == ["utter_service_answer", "utter_ask_feedback"]
    first = dispatcher.messages[0]
    assert first["service_name"] == catalogue.service("fraud_scam").name
    assert first["say"] == catalogue.service("fraud_scam").say
    assert first["why"] == catalogue.service("fraud_scam").why
    assert first["buttons"] == []
    assert dispatcher.messages[1]["buttons"] == [
        {"title": "Yes, this helped", "payload": "/feedback_yes"},
        {"title": "No", "payload": "/feedback_no"},
    ]
    asked = facets(route="other_agency", service="fraud_scam", council_tier=None)
    assert events == [
        SlotSet("awaiting", "feedback"),
        SlotSet("last_service", "fraud_scam"),
        SlotSet("pending_service", None),
        SlotSet("report", None),
        SlotSet("last_outcome", {"facets": asked, "asked": True}),
    ]


def test_a_tap_on_yes_records_feedback_against_the_stored_outcome(
    dispatcher, make_tracker, domain, insight_url
):
    """The whole path on a real SQLite file: the answer's event, the facets kept in the slot, the tap."""
    answer = run(
        ActionTriage(), dispatcher, make_tracker("I think I've been scammed", [("fraud_scam", 0.92)]), domain
    )
    [kept] = [e["value"] for e in answer if e["name"] == "last_outcome"]
    assert kept["asked"] is True and "id" not in kept["facets"]
    tap = make_tracker(
        "/feedback_yes", [("feedback_yes", 1.0)], slots={"awaiting": "feedback", "last_outcome": kept}
    )
    dispatcher.messages.clear()
    events = run(ActionTriage(), dispatcher, tap, domain)
    assert [m["response"] for m in dispatcher.messages] == ["utter_feedback_helped"]
    assert events == [SlotSet("awaiting", "anything_else"), SlotSet("last_outcome", None)]
    writer = doors.writer()
    assert writer is not None and writer.flush(10)
    store = InsightStore(insight_url)
    assert store.count() == 1  # the tap is not an event of its own
    assert store.count(service="fraud_scam", outcome="answered", feedback="yes") == 1
    store.dispose()


def test_emergency_words_get_999_whatever_the_intent(dispatcher, make_tracker, domain):
    tracker = make_tracker("someone is breaking into my house right now", [("report_crime", 0.88)])
    events = run(ActionTriage(), dispatcher, tracker, domain)
    assert [m["response"] for m in dispatcher.messages] == ["utter_emergency"]
    assert "999" in dispatcher.messages[0]["contacts"]
    assert events == [
        SlotSet("awaiting", None),
        SlotSet("last_service", "emergency"),
        SlotSet("pending_service", None),
        SlotSet("report", None),
    ]


def test_guard_metadata_flags_reach_the_decision(dispatcher, make_tracker, domain):
    metadata = {"frontdoor": {"notes": ["truncated"], "safety_flags": ["crisis"]}}
    tracker = make_tracker("bins bins bins", [("missed_bin", 0.99)], metadata=metadata)
    run(ActionTriage(), dispatcher, tracker, domain)
    assert [m["response"] for m in dispatcher.messages] == ["utter_safety_answer"]
    assert "116 123" in dispatcher.messages[0]["contacts"]


def test_no_after_anything_else_says_goodbye(dispatcher, make_tracker, domain):
    tracker = make_tracker(
        "no ta", [("deny", 0.97)], slots={"awaiting": "anything_else", "last_service": "pothole"}
    )
    events = run(ActionTriage(), dispatcher, tracker, domain)
    assert [m["response"] for m in dispatcher.messages] == ["utter_goodbye"]
    assert events == [
        SlotSet("awaiting", None),
        SlotSet("last_service", "pothole"),
        SlotSet("pending_service", None),
        SlotSet("report", None),
    ]


def test_clarify_sends_buttons(dispatcher, make_tracker, domain):
    tracker = make_tracker("it's by the bins", [("road_drain", 0.44), ("missed_bin", 0.40), ("pothole", 0.1)])
    events = run(ActionTriage(), dispatcher, tracker, domain)
    assert [m["response"] for m in dispatcher.messages] == ["utter_clarify"]
    assert [b["payload"] for b in dispatcher.messages[0]["buttons"]] == ["/road_drain", "/missed_bin"]
    assert events[0] == SlotSet("awaiting", "clarify")


def test_every_response_the_action_can_send_is_in_the_domain(domain):
    import re
    from pathlib import Path

    sources = "".join(p.read_text() for p in Path("bot").rglob("*.py"))
    # "utter_action" is the key Rasa puts on each bot message (read by the messaging channels), not a response.
    named = set(re.findall(r'"(utter_[a-z_]+)"', sources)) - {"utter_action"}
    # decide() names conversation responses as f"utter_{intent}" (and restart uses Rasa's action_restart).
    named |= {f"utter_{intent}" for intent in CONVERSATION_INTENTS}
    assert named - set(domain["responses"]) == set()


def test_peer_action_assesses_stock_rasa_parses_with_the_rules(dispatcher, make_tracker, domain):
    """The benchmark's stock-Rasa peer has no safety gate: its action runs the rules on the text."""
    from bench.peer.actions import PeerActionTriage

    tracker = make_tracker("someone is breaking into my house right now", [("report_crime", 0.88)])
    del tracker.latest_message["safety"]
    run(PeerActionTriage(), dispatcher, tracker, domain)
    assert [m["response"] for m in dispatcher.messages] == ["utter_emergency"]


def test_peer_action_server_registers_only_the_peer_action() -> None:
    """Served alone (as `make bench` serves it), the peer module must not also register Front Door's action of
    the same name: the executor keeps whichever it registered last."""
    import subprocess
    import sys

    code = (
        "from rasa_sdk.executor import ActionExecutor\n"
        "e = ActionExecutor(); e.register_package('bench.peer.actions')\n"
        "print(e.actions['action_triage'].__qualname__, len(e.actions))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["PeerActionTriage.run", "1"]
