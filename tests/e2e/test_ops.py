"""Health, readiness and metrics on the running stack: what a load balancer and Prometheus see."""

from __future__ import annotations

import requests

from tests.e2e.conftest import Chat


def get(stack, path: str, **kwargs) -> requests.Response:
    return requests.get(f"{stack.config.rasa_url}{path}", timeout=10, **kwargs)


def bearer(token: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}


def test_health_and_ready(stack):
    assert get(stack, "/health").json() == {"status": "ok"}
    ready = get(stack, "/ready")
    assert ready.status_code == 200
    assert ready.json() == {"ready": True, "checks": {"model": True, "redis": True, "actions": True}}


def test_not_ready_while_redis_is_down(stack):
    stack.stop_redis()
    try:
        ready = get(stack, "/ready")
        assert ready.status_code == 503
        assert ready.json()["checks"] == {"model": True, "redis": False, "actions": True}
        # the balancer's check: this server still answers (the safety answer needs no Redis)
        assert get(stack, "/ready?without=redis").status_code == 200
        assert get(stack, "/health").status_code == 200  # alive: restarting it would not help
    finally:
        stack.start_redis()
    assert get(stack, "/ready").status_code == 200


def test_metrics_need_the_token_and_hold_no_words(stack, chat: Chat):
    chat.text("there is graffiti on the bus shelter on Zebedee Crescent")
    assert get(stack, "/metrics").status_code == 401
    assert get(stack, "/metrics", headers=bearer("wrong")).status_code == 401
    reply = get(stack, "/metrics", headers=bearer(stack.config.metrics_token))
    assert reply.status_code == 200
    text = reply.text
    assert 'frontdoor_messages_total{channel="rest"}' in text
    assert 'frontdoor_reply_seconds_count{channel="rest"}' in text
    assert "Zebedee" not in text and "graffiti" not in text and chat.sender not in text


def test_action_server_metrics_count_safety_answers(stack, chat: Chat):
    chat.text("my neighbour has collapsed and isn't breathing")
    url = f"http://{stack.config.host}:{stack.config.action_port}/metrics"
    assert requests.get(url, timeout=10).status_code == 401
    reply = requests.get(url, headers=bearer(stack.config.metrics_token), timeout=10)
    assert reply.status_code == 200
    assert 'frontdoor_safety_answers_total{flag="emergency"}' in reply.text


def test_every_response_has_a_request_id(stack):
    mine = get(stack, "/health", headers={"X-Request-Id": "lb-0123456789abcdef"})
    assert mine.headers["X-Request-Id"] == "lb-0123456789abcdef"
    made = get(stack, "/health", headers={"X-Request-Id": "not a safe id"})
    assert len(made.headers["X-Request-Id"]) == 32
    webhook = requests.post(
        f"{stack.config.rasa_url}/webhooks/rest/webhook", json={"sender": "x", "message": "hi"}, timeout=30
    )
    assert len(webhook.headers["X-Request-Id"]) == 32
