"""Filing a report with the council on the running stack (issue #16): the sandbox's Open311 stand-in takes it, on
the REST webhook, the widget's socket.io and Telegram; the status lookup; the council down; a POST whose answer
is lost is not filed twice."""

from __future__ import annotations

import re
import uuid
from typing import Any

import pytest
import requests

from bot.ops.stack import Stack
from tests.e2e.conftest import Chat
from tests.e2e.messaging_support import Captured, Telegram
from tests.e2e.test_insight import store, wait_for
from tests.e2e.test_socketio import SocketChat

COUNCIL = "Gloucestershire County Council"
FIRST = "there's a pothole outside the town hall, GL50 1QA"


def text(domain: dict[str, Any], name: str, **variables: str) -> str:
    return domain["responses"][name][0]["text"].format(**variables)


def open311_posts(sandbox_url: str) -> list[dict[str, Any]]:
    records = requests.get(f"{sandbox_url}/_captured", timeout=5).json()
    return [r for r in records if r["api"] == "open311"]


@pytest.fixture()
def clean(sandbox_url: str) -> str:
    for control in ("_captured", "_faults"):
        requests.delete(f"{sandbox_url}/{control}", timeout=5)
    yield sandbox_url
    requests.delete(f"{sandbox_url}/_faults", timeout=5)


def reference_in(reply: str) -> str:
    found = re.search(r"Your reference is (\d+)", reply)
    assert found, reply
    return found.group(1)


def test_file_a_pothole_on_the_rest_webhook_and_ask_what_happened(stack: Stack, clean: str, domain):
    chat = Chat(stack)
    first = chat.say(FIRST)
    assert any(COUNCIL in m["text"] for m in first[:-1])
    assert first[-1]["text"] == text(domain, "utter_offer_report", council=COUNCIL)
    assert [b["payload"] for b in first[-1]["buttons"]] == ["/affirm", "/deny"]
    assert chat.text("/affirm") == text(domain, "utter_ask_report_where")
    question = chat.say("outside the town hall steps")
    assert question[0]["text"] == "Where is the pothole?"
    assert chat.text("In the road") == text(domain, "utter_ask_report_contact", council=COUNCIL)
    summary = chat.text("jo.bloggs@example.org")
    assert summary.startswith(f"Here is what I'll send to {COUNCIL}:")
    assert "Where: outside the town hall steps, GL50 1QA" in summary
    assert "Updates to: jo.bloggs@example.org" in summary
    assert open311_posts(clean) == []  # nothing before the yes
    sent = chat.text("/affirm").split("\n")[0]
    reference = reference_in(sent)
    [post] = open311_posts(clean)
    assert post["path"] == "/E10000013/requests.json"
    assert post["body"]["service_code"] == "HW_POTHOLE"
    assert post["body"]["address_string"] == "outside the town hall steps, GL50 1QA"
    assert "pothole outside the town hall" in post["body"]["description"]
    assert post["body"]["attribute[defect_location]"] == "carriageway"
    assert post["body"]["email"] == "jo.bloggs@example.org"  # asked for updates: the one contact detail sent
    filed = {"channel": "rest", "service": "pothole", "body_code": "E10000013", "outcome": "report_filed"}
    assert wait_for(lambda: store(stack).count(**filed) >= 1)  # the request ended with a report filed
    status = chat.text(f"what's happening with my report {reference}?").split("\n")[0]
    assert status.startswith(f"Report {reference} (")
    assert f"with {COUNCIL}: open." in status


def test_file_on_the_widget_socketio(stack: Stack, clean: str, domain):
    sock = SocketChat(stack.config.rasa_url)
    try:
        session = sock.session(uuid.uuid4().hex)
        texts = [m.get("text", "") for m in sock.say(session, FIRST)]
        assert texts[-1] == text(domain, "utter_offer_report", council=COUNCIL)
        sock.say(session, "/affirm")
        sock.say(session, "by the bus stop opposite the town hall")
        sock.say(session, "In the road")
        sock.say(session, "/deny")  # no updates
        sent = sock.say(session, "/affirm")[0]["text"]
        reference_in(sent)
    finally:
        sock.client.disconnect()
    assert len(open311_posts(clean)) == 1


def test_file_on_telegram_typing_yes(stack: Stack, clean: str, domain):
    tg = Telegram(stack.config.rasa_url, Captured(clean))
    tg.text(FIRST)
    assert tg.texts(2)[-1] == text(domain, "utter_offer_report", council=COUNCIL)
    tg.text("yes")
    assert tg.texts(1) == [text(domain, "utter_ask_report_where")]
    tg.text("by the school gates")
    assert tg.texts(1) == ["Where is the pothole?"]
    tg.text("on the road")
    assert tg.texts(1) == [text(domain, "utter_ask_report_contact", council=COUNCIL)]
    tg.text("no thanks")
    assert tg.texts(1)[0].startswith(f"Here is what I'll send to {COUNCIL}:")
    tg.text("yes")
    sent, _ = tg.texts(2)
    reference_in(sent)
    assert len(open311_posts(clean)) == 1


def test_file_on_telegram_with_a_location_pin(stack: Stack, clean: str, domain):
    """Issue #16: "where exactly" can be a location pin; its exact point goes to the council as lat/long."""
    tg = Telegram(stack.config.rasa_url, Captured(clean))
    tg.text(FIRST)
    tg.texts(2)
    tg.text("yes")
    assert tg.texts(1) == [text(domain, "utter_ask_report_where")]
    tg.send({"location": {"latitude": 51.89812, "longitude": -2.07903}})
    assert tg.texts(1) == ["Where is the pothole?"]
    tg.text("on the road")
    tg.texts(1)
    tg.text("no")
    summary = tg.texts(1)[0]
    assert "Where: map pin 51.89812, -2.07903 (near GL50 " in summary
    tg.text("yes")
    reference_in(tg.texts(2)[0])
    [post] = open311_posts(clean)
    assert (post["body"]["lat"], post["body"]["long"]) == ("51.898120", "-2.079030")
    assert post["body"]["address_string"].startswith("map pin 51.89812, -2.07903 (near GL50 ")


def file_until_confirm(chat: Chat) -> None:
    chat.text(FIRST)
    chat.text("/affirm")
    chat.text("outside the library")
    chat.text("In the road")
    chat.text("no")


def test_the_council_down_says_so_and_sends_nothing_again(stack: Stack, clean: str):
    chat = Chat(stack)
    file_until_confirm(chat)
    requests.post(f"{clean}/_faults", json={"api": "open311", "mode": "500"}, timeout=5)
    reply = chat.text("/affirm").split("\n")[0]
    assert reply.startswith(f"I sent it to {COUNCIL} but couldn't confirm that they received it")
    [post] = open311_posts(clean)  # sent once, answered 500, never sent again
    assert post["status"] == 500


def test_a_post_whose_answer_is_lost_is_not_filed_twice(stack: Stack, clean: str):
    chat = Chat(stack)
    file_until_confirm(chat)
    requests.post(f"{clean}/_faults", json={"api": "open311", "mode": "timeout", "count": 1}, timeout=5)
    reply = chat.text("/affirm").split("\n")[0]
    reference = reference_in(reply)  # found by looking it up, not by posting again
    [post] = open311_posts(clean)
    assert post["body"]["service_code"] == "HW_POTHOLE"
    assert reference


def test_duplicates_first(stack: Stack, clean: str, domain):
    first = Chat(stack)
    file_until_confirm(first)
    reference = reference_in(first.text("/affirm").split("\n")[0])
    second = Chat(stack)
    second.text(FIRST)
    shown = second.text("/affirm")
    assert shown.startswith(f"{COUNCIL} already has an open report of this near there")
    assert f"(reference {reference})" in shown
    assert second.text("/deny").split("\n")[0] == text(domain, "utter_report_already", reference=reference)
    assert len(open311_posts(clean)) == 1
