"""WhatsApp (Meta Cloud API) through the running stack: signed webhooks in, Graph API posts captured by the
sandbox. Each test is one new WhatsApp user, so the shared stack's conversations never mix."""

from __future__ import annotations

import time

import pytest
import redis
import requests

from bot.channels.messaging import templates
from bot.channels.messaging.identity import hashed_sender
from bot.core.render import contact_block
from bot.ops.stack import Stack
from tests.e2e.conftest import report_offer
from tests.e2e.messaging_support import (
    ACCESS_TOKEN,
    PHONE_NUMBER_ID,
    SENDER_ID_KEY,
    VERIFY_TOKEN,
    Captured,
    WhatsApp,
)

CHELTENHAM_PIN = {"latitude": 51.8981, "longitude": -2.0790}  # ~30 m from GL50 1QA


@pytest.fixture()
def captured(sandbox_url: str) -> Captured:
    return Captured(sandbox_url)


@pytest.fixture()
def wa(stack: Stack, captured: Captured) -> WhatsApp:
    return WhatsApp(stack.config.rasa_url, captured)


def texts(records: list[dict]) -> list[str]:
    assert all(r["body"]["type"] == "text" for r in records), records
    return [r["body"]["text"]["body"] for r in records]


def test_council_case_asks_for_the_postcode_then_names_the_county(wa: WhatsApp, catalogue, domain):
    wa.text("massive pothole outside no. 12")
    national, ask = wa.replies(2)
    assert national["body"]["text"]["body"].startswith(catalogue.service("pothole").name + ": ")
    assert ask["path"] == f"/v21.0/{PHONE_NUMBER_ID}/messages"
    assert ask["authorization"] == f"Bearer {ACCESS_TOKEN}"
    assert ask["status"] == 200
    assert ask["body"]["messaging_product"] == "whatsapp"
    assert ask["body"]["text"] == {
        "preview_url": False,
        "body": domain["responses"]["utter_offer_postcode"][0]["text"],
    }
    wa.text("GL50 1QA")
    reply, offer = wa.replies(2)
    [answer] = texts([reply])
    assert answer.startswith(catalogue.service("pothole").name + ": ")
    assert "• Gloucestershire County Council: https://" in answer
    assert "not Cheltenham Borough Council" in answer
    # Gloucestershire takes pothole reports by Open311 (sandbox): the offer to send it, with two reply buttons
    interactive = offer["body"]["interactive"]
    assert interactive["type"] == "button"
    assert interactive["body"]["text"] == report_offer(domain, "Gloucestershire County Council")
    assert [b["reply"]["id"] for b in interactive["action"]["buttons"]] == ["/affirm", "/deny"]


def test_police_case_with_a_location_pin(wa: WhatsApp, domain):
    wa.text("my bike was nicked yesterday")
    national, ask = texts(wa.replies(2))
    assert national.startswith("Report a crime: ")
    assert ask == domain["responses"]["utter_offer_postcode"][0]["text"]
    wa.send({"type": "location", "location": {**CHELTENHAM_PIN, "name": "Imperial Gardens"}})
    located, closing = wa.replies(2)
    [answer] = texts([located])
    assert answer.startswith("Report a crime: ")
    assert "• Gloucestershire Constabulary: call 101" in answer
    assert "Cheltenham is covered by Gloucestershire Constabulary." in answer
    # "Did this help?" ends the answer, as two reply buttons
    interactive = closing["body"]["interactive"]
    assert interactive["body"]["text"] == domain["responses"]["utter_ask_feedback"][0]["text"]
    assert [(b["reply"]["id"], b["reply"]["title"]) for b in interactive["action"]["buttons"]] == [
        ("/feedback_yes", "Yes, this helped"),
        ("/feedback_no", "No"),
    ]


def test_emergency_is_one_whole_message_and_nothing_else(wa: WhatsApp, catalogue, domain):
    wa.text("my neighbour has collapsed and isn't breathing")
    [message] = texts(wa.replies(1))
    emergency = catalogue.service("emergency")
    assert message == emergency.say + "\n\n" + contact_block(catalogue.contacts_for(emergency))
    wa.text("thanks")  # the next reply is the thanks: nothing else followed the 999 answer
    assert texts(wa.replies(1)) == [domain["responses"]["utter_thank"][0]["text"]]


def test_crisis_gets_the_crisis_lines(wa: WhatsApp):
    wa.text("I can't cope any more and I want to end my life")
    [message] = texts(wa.replies(1))
    for line in ("call 116 123", "text 85258", "call 999", "call 111"):
        assert line in message


def test_clarifying_question_is_a_list_and_a_row_reply_picks_the_service(
    wa: WhatsApp, catalogue, domain, clarifying
):
    wa.text(clarifying.text)
    [question] = wa.replies(1)
    interactive = question["body"]["interactive"]
    assert interactive["type"] == "list"  # the services' names are longer than a button title
    assert interactive["body"]["text"] == domain["responses"]["utter_clarify"][0]["text"]
    assert interactive["action"]["button"] == templates.LIST_BUTTON_LABEL
    rows = interactive["action"]["sections"][0]["rows"]
    assert [row["id"] for row in rows] == [f"/{service}" for service in clarifying.services]
    assert all(len(row["title"]) <= 24 for row in rows)
    wa.send(
        {
            "type": "interactive",
            "interactive": {
                "type": "list_reply",
                "list_reply": {"id": rows[0]["id"], "title": rows[0]["title"]},
            },
        }
    )
    assert texts(wa.replies(2))[1] == domain["responses"]["utter_offer_postcode"][0]["text"]
    wa.text("GL50 1QA")
    reply, _closing = wa.replies(2)  # the closing may be the offer to send the report (interactive)
    [answer] = texts([reply])
    assert answer.startswith(catalogue.service(clarifying.services[0]).name + ": ")


def test_photo_gets_what_the_assistant_can_read_and_a_caption_is_read(wa: WhatsApp, domain):
    image = {"mime_type": "image/jpeg", "sha256": "x" * 44, "id": "1479537139650973"}
    wa.send({"type": "image", "image": image})
    assert texts(wa.replies(1)) == [domain["responses"]["utter_no_words"][0]["text"]]
    wa.send({"type": "audio", "audio": {"mime_type": "audio/ogg; codecs=opus", "id": "1", "voice": True}})
    [voice] = texts(wa.replies(1))
    assert voice == templates.CANNOT_READ.format(what=templates.CANNOT_READ_WHAT["audio"])
    wa.send({"type": "image", "image": {**image, "caption": "pothole outside my house"}})
    assert texts(wa.replies(2))[1] == domain["responses"]["utter_offer_postcode"][0]["text"]


def test_resent_webhook_is_answered_once(wa: WhatsApp, domain):
    first = wa.text("my bins weren't collected", message_id="wamid.RESENT-" + wa.phone)
    again = wa.text("my bins weren't collected", message_id="wamid.RESENT-" + wa.phone)
    assert first.status_code == again.status_code == 200
    national, ask = texts(wa.replies(2))
    assert national.startswith("Missed bin collections")
    assert ask == domain["responses"]["utter_offer_postcode"][0]["text"]
    wa.text("skip")  # had the resend been processed, its reply would come before this turn's and fail here
    skipped, question = wa.replies(2)
    assert texts([skipped]) == [domain["responses"]["utter_location_skipped"][0]["text"]]
    assert (
        question["body"]["interactive"]["body"]["text"]
        == domain["responses"]["utter_ask_feedback"][0]["text"]
    )


def test_bad_or_missing_signature_is_refused_and_never_reaches_the_assistant(
    wa: WhatsApp, stack: Stack, domain
):
    body = wa.payload({"type": "text", "text": {"body": "pothole on my road"}})
    assert wa.post(body, secret="not-the-app-secret").status_code == 403
    assert wa.post(body, secret=None).status_code == 403
    assert wa.post(body, signature="sha256=" + "0" * 64).status_code == 403
    assert wa.post(body, signature="garbage").status_code == 403
    sender = hashed_sender(SENDER_ID_KEY, "whatsapp", wa.phone)
    tracker = requests.get(
        f"{stack.config.rasa_url}/conversations/{sender}/tracker",
        params={"token": stack.config.rasa_token},
        timeout=10,
    ).json()
    assert [e for e in tracker["events"] if e["event"] == "user"] == []
    wa.text("hello")  # the first reply this person gets is to this message
    assert texts(wa.replies(1)) == [domain["responses"]["utter_greet"][0]["text"]]


def test_sender_id_is_a_keyed_hash_and_no_key_holds_the_number(wa: WhatsApp, stack: Stack):
    wa.text("hello")
    wa.replies(1)
    sender = hashed_sender(SENDER_ID_KEY, "whatsapp", wa.phone)
    tracker = requests.get(
        f"{stack.config.rasa_url}/conversations/{sender}/tracker",
        params={"token": stack.config.rasa_token},
        timeout=10,
    ).json()
    assert tracker["sender_id"] == sender
    assert [e["text"] for e in tracker["events"] if e["event"] == "user"] == ["hello"]
    keys = redis.Redis.from_url(stack.config.effective_redis_url).keys("*")
    assert keys
    assert not [k for k in keys if wa.phone[-9:].encode() in k]


def test_handshake_echoes_the_challenge_only_with_our_verify_token(wa: WhatsApp):
    ok = requests.get(
        wa.url,
        params={"hub.mode": "subscribe", "hub.verify_token": VERIFY_TOKEN, "hub.challenge": "1158201444"},
        timeout=10,
    )
    assert (ok.status_code, ok.text) == (200, "1158201444")
    bad = requests.get(
        wa.url, params={"hub.mode": "subscribe", "hub.verify_token": "nope", "hub.challenge": "1"}, timeout=10
    )
    assert bad.status_code == 403


def test_status_updates_are_acknowledged_without_a_reply(wa: WhatsApp, domain):
    body = wa.payload({"type": "text", "text": {"body": "x"}})
    value = body["entry"][0]["changes"][0]["value"]
    del value["messages"]
    value["statuses"] = [{"id": "wamid.X", "status": "delivered", "timestamp": "1", "recipient_id": wa.phone}]
    assert wa.post(body).status_code == 200
    wa.text("hello")
    assert texts(wa.replies(1)) == [domain["responses"]["utter_greet"][0]["text"]]


def test_acknowledged_at_once_while_postcodes_io_is_slow(wa: WhatsApp, sandbox: str):
    requests.post(
        f"{sandbox}/_faults", json={"api": "postcodes-io", "mode": "timeout", "delay": 2.5}, timeout=5
    ).raise_for_status()
    started = time.monotonic()
    # A point no other test uses, so the reverse lookup is not in the API cache.
    wa.send({"type": "location", "location": {"latitude": 51.4530, "longitude": -2.6020}})
    assert time.monotonic() - started < 1.0
    assert texts(wa.replies(1)) == [templates.LOCATION_NOT_FOUND]


def test_a_pin_far_from_any_postcode_asks_for_one(wa: WhatsApp):
    wa.send({"type": "location", "location": {"latitude": 49.5, "longitude": -9.5}})  # the Atlantic
    assert texts(wa.replies(1)) == [templates.LOCATION_NOT_FOUND]
