"""Security findings on the running stack, each with the test that failed before its fix."""

from __future__ import annotations

import pytest
import redis
import requests

from tests.e2e.conftest import offer_declined

ALLOWED = "https://council.example"  # the e2e stack's FRONTDOOR_CORS_ORIGINS


def preflight(stack, origin: str) -> requests.Response:
    return requests.options(
        f"{stack.config.rasa_url}/webhooks/rest/webhook",
        headers={"Origin": origin, "Access-Control-Request-Method": "POST"},
        timeout=30,
    )


def test_only_configured_origins_may_call_from_a_browser(stack):
    assert preflight(stack, ALLOWED).headers.get("Access-Control-Allow-Origin") == ALLOWED
    # Any other origin used to be reflected back (`--cors *`), with credentials.
    assert "Access-Control-Allow-Origin" not in preflight(stack, "https://evil.example").headers


def test_rasa_api_needs_its_token_even_when_it_starts_with_a_dash(stack):
    status = f"{stack.config.rasa_url}/status"
    assert stack.config.rasa_token.startswith("-")
    assert requests.get(status, params={"token": stack.config.rasa_token}, timeout=30).status_code == 200
    assert requests.get(status, params={"token": "wrong"}, timeout=30).status_code == 401


def test_action_server_answers_only_with_the_shared_secret(stack):
    url = f"http://{stack.config.host}:{stack.config.action_port}"
    call = {"next_action": "action_triage", "sender_id": "x", "tracker": {}, "domain": {}, "version": "3.6.2"}
    assert requests.post(f"{url}/webhook", json=call, timeout=30).status_code == 401
    wrong = {"X-Frontdoor-Action-Secret": "wrong"}
    assert requests.post(f"{url}/webhook", json=call, headers=wrong, timeout=30).status_code == 401
    assert requests.get(f"{url}/actions", timeout=30).status_code == 401
    assert requests.get(f"{url}/health", timeout=30).status_code == 200
    right = {"X-Frontdoor-Action-Secret": stack.config.action_secret}
    assert requests.get(f"{url}/actions", headers=right, timeout=30).status_code == 200


def test_embedded_redis_needs_its_password_and_keeps_its_files_private(stack):
    with pytest.raises(redis.AuthenticationError):
        redis.Redis(host=stack.config.host, port=stack.config.redis_port).get("anything")
    assert redis.Redis.from_url(stack.config.effective_redis_url).ping()
    assert stack.config.data_dir.stat().st_mode & 0o777 == 0o700
    assert "@" not in stack.config.redis_display  # what `make run` prints has no password


def test_a_flood_from_one_conversation_is_slowed_but_danger_is_always_answered(chat, domain, catalogue):
    for _ in range(20):  # the e2e stack allows a burst of 20 a conversation
        assert chat.raw({"sender": chat.sender, "message": "hello"}).status_code == 200
    slowed = chat.raw({"sender": chat.sender, "message": "hello"})
    assert slowed.status_code == 429
    assert slowed.json()[0]["text"] == domain["responses"]["utter_slow_down"][0]["text"]
    danger = chat.raw({"sender": chat.sender, "message": "my neighbour is stabbing someone right now"})
    assert danger.status_code == 200
    assert "999" in danger.json()[0]["text"]


def test_rest_conversations_belong_to_the_token_the_server_issued(stack, domain):
    from tests.e2e.conftest import Chat

    owner = Chat(stack, sender="me")  # an id the client chose is replaced by a server-issued token
    owner.text("the bin men missed our road again, GL50 1QA")  # answers, then offers to send the report
    assert owner.sender != "me"
    ident, expires, signature = owner.sender.split(".")
    for forged in ("me", f"{ident}.{expires}.{'0' * 32}", f"{ident}.{int(expires) + 99:010d}.{signature}"):
        intruder = Chat(stack, sender=forged)
        reply = intruder.raw({"sender": forged, "message": "/restart"})
        assert reply.json()[0]["recipient_id"] not in (owner.sender, forged)
    # None of that touched the owner's conversation: "no" still answers its offer.
    assert owner.text("no thanks") == offer_declined(domain)


def test_only_the_buttons_just_offered_are_obeyed_as_payloads(stack, chat, clarifying):
    def last_user_text() -> str:
        tracker = requests.get(
            f"{stack.config.rasa_url}/conversations/{chat.sender}/tracker",
            params={"token": stack.config.rasa_token},
            timeout=30,
        ).json()
        return [e["text"] for e in tracker["events"] if e["event"] == "user"][-1]

    chat.text("hello")
    chat.text("/council_tax")  # typed, never offered: read as words
    assert last_user_text() == "council_tax"
    buttons = chat.say(clarifying.text)[-1]["buttons"]  # a clarifying question offers two services
    assert [b["payload"] for b in buttons] == [f"/{s}" for s in clarifying.services]
    chat.say(buttons[0]["payload"])
    assert last_user_text() == buttons[0]["payload"]  # an offered button is obeyed
    chat.say(buttons[1]["payload"])  # offered one turn ago, not by the last reply
    assert last_user_text() == buttons[1]["payload"].lstrip("/")


def test_the_rasa_api_takes_its_token_as_a_bearer_header_too(stack):
    status = f"{stack.config.rasa_url}/status"
    token = stack.config.rasa_token
    assert requests.get(status, headers={"Authorization": f"Bearer {token}"}, timeout=10).status_code == 200
    assert requests.get(status, headers={"Authorization": "Bearer wrong"}, timeout=10).status_code == 401
    assert requests.get(status, timeout=10).status_code == 401
    assert (
        requests.get(status, params={"token": token}, timeout=10).status_code == 200
    )  # the old way still works
