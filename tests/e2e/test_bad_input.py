"""Bad input through the REST webhook: always a clear, polite, non-empty reply, and the conversation goes on."""

from __future__ import annotations

import pytest
import requests

from tests.e2e.conftest import Chat


def reply_for(domain, name: str) -> str:
    return domain["responses"][name][0]["text"]


@pytest.mark.parametrize("message", ["", "   ", "\n\t"])
def test_empty(chat: Chat, domain, message):
    assert chat.text(message) == reply_for(domain, "utter_empty_message")


def test_missing_message_field_counts_as_empty(chat: Chat, domain):
    reply = chat.raw({"sender": chat.sender})
    assert reply.status_code == 200
    assert reply.json()[0]["text"] == reply_for(domain, "utter_empty_message")


def test_hundred_thousand_characters_are_cut_with_a_note(chat: Chat, domain):
    text = chat.text("my wheelie bin was not emptied " * 3300)  # ~100,000 characters
    assert text.startswith(reply_for(domain, "utter_note_truncated").replace("{limit}", "1000"))


def test_control_characters_and_binary(chat: Chat, domain):
    assert chat.text("\x00\x01\x02\x03\x04") == reply_for(domain, "utter_unreadable")
    messages = chat.say("street light \x00 out \x07 on my road")
    assert messages


def test_invalid_utf8_body_gets_a_polite_400(stack):
    url = f"{stack.config.rasa_url}/webhooks/rest/webhook"
    reply = requests.post(
        url,
        data=b'{"sender": "x", "message": "\xff\xfe"}',
        timeout=30,
        headers={"Content-Type": "application/json"},
    )
    assert reply.status_code in (200, 400)
    assert reply.json()[0]["text"]


def test_not_json_gets_a_polite_400(stack):
    url = f"{stack.config.rasa_url}/webhooks/rest/webhook"
    reply = requests.post(url, data=b"\x89PNG\r\n\x1a\n\x00\x00binary", timeout=30)
    assert reply.status_code == 400
    assert "JSON" in reply.json()[0]["text"]


def test_missing_sender_gets_a_polite_400(stack):
    reply = requests.post(
        f"{stack.config.rasa_url}/webhooks/rest/webhook", json={"message": "hi"}, timeout=30
    )
    assert reply.status_code == 400
    assert "sender" in reply.json()[0]["text"]


@pytest.mark.parametrize("message", [5, ["pothole"], {"text": "pothole"}, True])
def test_a_message_that_is_not_text_is_refused_politely(chat: Chat, message):
    reply = chat.raw({"sender": chat.sender, "message": message})
    assert reply.status_code == 400
    assert reply.json()[0]["text"].startswith("Please send the message as text")


def test_emoji_only(chat: Chat, domain):
    assert chat.text("😡😡😡") == reply_for(domain, "utter_no_words")


def test_html_and_script(chat: Chat, domain, catalogue):
    text = chat.text("<script>alert('x')</script><b>the street light</b> outside my house is out GL50 1QA")
    assert text.startswith(reply_for(domain, "utter_note_markup"))
    assert catalogue.service("street_light").name in text
    assert "<script>" not in text


def test_other_language(chat: Chat, domain):
    assert chat.text("Bonjour, il y a des déchets partout dans ma rue depuis une semaine") == reply_for(
        domain, "utter_other_language"
    )


def test_conversation_goes_on_after_bad_input(chat: Chat, catalogue):
    chat.text("")
    chat.text("\x00\x00")
    assert catalogue.service("fly_tipping").name in chat.text(
        "someone has dumped a mattress and bags in the lane, GL50 1QA"
    )


def test_oversized_body_is_refused_before_rasa(stack):
    url = f"{stack.config.rasa_url}/webhooks/rest/webhook"
    reply = requests.post(url, json={"sender": "big", "message": "x" * (2 * 1024 * 1024)}, timeout=60)
    assert reply.status_code == 413
