"""Outcome events on the running stack: each door's decision is counted, with no words and no full postcode."""

from __future__ import annotations

import time

import requests

from bot.insight.store import InsightStore
from tests.e2e.conftest import Chat


def store(stack) -> InsightStore:
    return InsightStore(f"sqlite:///{stack.config.data_dir.parent / 'insight' / 'insight.sqlite3'}")


def wait_for(check, seconds: float = 15.0) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            if check():
                return True
        except Exception:  # the table appears when the first event is written
            pass
        time.sleep(0.2)
    return False


def test_chat_and_console_decisions_are_counted_without_words(stack, chat: Chat):
    insight = store(stack)
    chat.text("someone has dumped a fridge in Quillbrook Lane GL50 1QA, should I ring 101?")
    assert wait_for(
        lambda: (
            insight.count(
                channel="rest",
                service="fly_tipping",
                postcode_district="GL50",
                would_have_called="police_101",
            )
            >= 1
        )
    )
    reply = requests.post(
        f"{stack.config.rasa_url}/api/triage",
        json={"text": "my neighbour has collapsed and isn't breathing", "door": "console"},
        headers={"Authorization": f"Bearer {stack.config.api_token}"},
        timeout=30,
    )
    assert reply.status_code == 200
    assert wait_for(lambda: insight.count(channel="console", route="emergency") >= 1)
    raw = (stack.config.data_dir.parent / "insight" / "insight.sqlite3").read_bytes()
    assert b"Quillbrook" not in raw and b"fridge" not in raw and b"1QA" not in raw


def test_did_this_help_tap_is_recorded_against_the_outcome(stack, chat: Chat, domain):
    """A police answer (its body recorded as the force's data.police.uk id) ends with "Did this help?"; the tap
    is thanked and sets the feedback on that outcome, with no id carried in the conversation."""
    insight = store(stack)
    facets = {"channel": "rest", "route": "police", "service": "report_crime", "body_code": "gloucestershire"}

    def answered(feedback: str | None) -> int:
        return insight.count(**facets, postcode_district="GL50", feedback=feedback)

    messages = chat.say("my bike was nicked outside the station GL50 1QA")
    assert messages[0]["text"].startswith("Report a crime: ")
    assert messages[-1]["text"] == domain["responses"]["utter_ask_feedback"][0]["text"]
    assert messages[-1]["buttons"] == [
        {"title": "Yes, this helped", "payload": "/feedback_yes"},
        {"title": "No", "payload": "/feedback_no"},
    ]
    assert all("buttons" not in m for m in messages[:-1])
    assert wait_for(lambda: answered(None) >= 1)
    before = answered("yes")  # other tests' taps, if any
    assert chat.text("/feedback_yes") == domain["responses"]["utter_feedback_helped"][0]["text"]
    assert wait_for(lambda: answered("yes") == before + 1)
    # The buttons are gone with the question: the same payload again is read as words, not a second tap.
    chat.say("/feedback_yes")
    time.sleep(1.0)
    assert answered("yes") == before + 1
