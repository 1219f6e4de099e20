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
