"""Telegram through the running stack: updates with the secret-token header in, Bot API calls captured."""

from __future__ import annotations

import pytest

from bot.channels.messaging import templates
from bot.core.render import contact_block
from bot.ops.stack import Stack
from tests.e2e.conftest import report_offer
from tests.e2e.messaging_support import TELEGRAM_TOKEN, Captured, Telegram


@pytest.fixture()
def captured(sandbox_url: str) -> Captured:
    return Captured(sandbox_url)


@pytest.fixture()
def tg(stack: Stack, captured: Captured) -> Telegram:
    return Telegram(stack.config.rasa_url, captured)


def test_council_case(tg: Telegram, catalogue, domain):
    tg.text("someone has dumped a mattress in the lane")
    national, ask = tg.replies(2)
    assert national["body"]["text"].startswith(catalogue.service("fly_tipping").name + ": ")
    assert ask["path"] == f"/bot{TELEGRAM_TOKEN}/sendMessage"
    assert ask["body"] == {
        "chat_id": tg.user_id,
        "text": domain["responses"]["utter_offer_postcode"][0]["text"],
        "link_preview_options": {"is_disabled": True},
    }
    tg.text("GL50 1QA")
    answer, closing = tg.texts(2)
    assert answer.startswith(catalogue.service("fly_tipping").name + ": ")
    assert "Cheltenham Borough Council" in answer
    assert closing == report_offer(domain, "Cheltenham Borough Council")


def test_police_case_with_a_location_pin(tg: Telegram):
    tg.text("my bike was nicked yesterday")
    national, _offer = tg.texts(2)
    assert national.startswith("Report a crime: ")
    tg.send({"location": {"latitude": 51.8981, "longitude": -2.0790}})
    answer, _ = tg.texts(2)
    assert "• Gloucestershire Constabulary: call 101" in answer


def test_emergency_alone_and_whole(tg: Telegram, catalogue, domain):
    tg.text("my neighbour has collapsed and isn't breathing")
    emergency = catalogue.service("emergency")
    assert tg.texts(1) == [emergency.say + "\n\n" + contact_block(catalogue.contacts_for(emergency))]
    tg.text("thanks")
    assert tg.texts(1) == [domain["responses"]["utter_thank"][0]["text"]]


def test_crisis(tg: Telegram):
    tg.text("I can't cope any more and I want to end my life")
    [answer] = tg.texts(1)
    for line in ("call 116 123", "text 85258", "call 999"):
        assert line in answer


def test_inline_keyboard_and_callback(tg: Telegram, captured: Captured, domain, clarifying):
    tg.text(clarifying.text)
    [question] = tg.replies(1)
    keyboard = question["body"]["reply_markup"]["inline_keyboard"]
    assert keyboard == [
        [{"text": name, "callback_data": f"/{service}"}]
        for name, service in zip(clarifying.names, clarifying.services, strict=True)
    ]  # in the order the classifier ranked them
    query_id = f"cb{tg.user_id}"
    response = tg.post(
        tg.update(
            {
                "callback_query": {
                    "id": query_id,
                    "from": {"id": tg.user_id, "is_bot": False, "first_name": "Test"},
                    "message": tg.message({"text": question["body"]["text"]}),
                    "chat_instance": "-4963716213093",
                    "data": f"/{clarifying.services[0]}",
                }
            }
        )
    )
    assert response.status_code == 200
    national, ask = tg.texts(2)
    assert national.startswith(f"{clarifying.names[0]}: ")
    assert ask == domain["responses"]["utter_offer_postcode"][0]["text"]
    answered = [r for r in captured.all() if r["path"].endswith("/answerCallbackQuery")]
    assert [r["body"] for r in answered if r["body"]["callback_query_id"] == query_id] == [
        {"callback_query_id": query_id}
    ]


def test_voice_note_and_sticker(tg: Telegram, domain):
    tg.send(
        {"voice": {"file_id": "AwACAgQ", "file_unique_id": "AgAD", "duration": 4, "mime_type": "audio/ogg"}}
    )
    assert tg.texts(1) == [templates.CANNOT_READ.format(what=templates.CANNOT_READ_WHAT["audio"])]
    tg.send({"sticker": {"file_id": "CAACAgI", "file_unique_id": "AgAD", "type": "regular", "width": 512}})
    assert tg.texts(1) == [domain["responses"]["utter_no_words"][0]["text"]]


def test_wrong_or_missing_secret_is_refused(tg: Telegram, domain):
    update = tg.update({"message": tg.message({"text": "pothole on my road"})})
    assert tg.post(update, secret="wrong").status_code == 403
    assert tg.post(update, secret=None).status_code == 403
    assert tg.post(update, secret="").status_code == 403
    tg.text("hello")
    assert tg.texts(1) == [domain["responses"]["utter_greet"][0]["text"]]


def test_resent_update_is_answered_once(tg: Telegram, domain):
    update_id = 900_000_000 + tg.user_id % 100_000_000
    tg.send({"text": "my bins weren't collected"}, update_id=update_id)
    tg.send({"text": "my bins weren't collected"}, update_id=update_id)
    national, ask = tg.texts(2)  # answered first, then the offer to narrow it down
    assert national.startswith("Missed bin collections")
    assert ask == domain["responses"]["utter_offer_postcode"][0]["text"]
    tg.text("skip")
    assert tg.texts(2) == [
        domain["responses"]["utter_location_skipped"][0]["text"],
        domain["responses"]["utter_ask_feedback"][0]["text"],  # "Did this help?", with its keyboard
    ]


def test_group_chats_are_ignored(tg: Telegram, captured: Captured, domain):
    group = -(10**12) - tg.user_id
    message = tg.message({"text": "pothole on my road"})
    message["chat"] = {"id": group, "title": "Residents", "type": "supergroup"}
    assert tg.post(tg.update({"message": message})).status_code == 200
    tg.text("hello")  # same person, so had the group message been processed its reply would already be there
    assert tg.texts(1) == [domain["responses"]["utter_greet"][0]["text"]]
    assert [r for r in captured.all() if r["body"].get("chat_id") == group] == []
