"""Conversation state lives in Redis: it survives a Rasa restart, expires, and a Redis outage is handled."""

from __future__ import annotations

import redis

from tests.e2e.conftest import Chat


def tracker_keys(stack) -> list[str]:
    client = redis.Redis.from_url(stack.config.effective_redis_url, decode_responses=True)
    return [k for k in client.keys("frontdoor:tracker:*")]


def test_tracker_is_stored_with_an_expiry(stack, chat: Chat):
    chat.text("pothole on my road")
    client = redis.Redis.from_url(stack.config.effective_redis_url, decode_responses=True)
    key = f"frontdoor:tracker:{chat.sender}"
    assert client.exists(key)
    ttl = client.ttl(key)
    assert 0 < ttl <= 86400


def test_conversation_survives_a_rasa_restart(stack, chat: Chat, domain):
    chat.text("the bin men missed our road again, GL50 1QA")  # answers, then asks "anything else?"
    stack.stop_rasa()
    stack.start_rasa()
    # "no" is only understood as "nothing else, goodbye" if the slot set before the restart came back from Redis
    assert chat.text("no thanks") == domain["responses"]["utter_goodbye"][0]["text"]


def test_redis_outage_gets_a_safe_reply_and_recovers(stack, chat: Chat, domain, catalogue):
    chat.text("graffiti on the bus shelter")
    stack.stop_redis()
    try:
        text = chat.text("and the street light is out")
        assert text == domain["responses"]["utter_technical_problem"][0]["text"]
        assert "999" in text
    finally:
        stack.start_redis()
    assert catalogue.service("street_light").name in chat.text(
        "the street light outside my house is out, GL50 1QA"
    )
