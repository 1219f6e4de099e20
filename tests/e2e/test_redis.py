"""Conversation state lives in Redis: it survives a Rasa restart, expires, and a Redis outage is handled."""

from __future__ import annotations

import signal
import time
from concurrent.futures import ThreadPoolExecutor

import redis
import requests

from tests.e2e.conftest import Chat, offer_declined


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
    chat.text("the bin men missed our road again, GL50 1QA")  # answers, then offers to send the report
    stack.stop_rasa()
    stack.start_rasa()
    # "no" is only understood as "don't send it" if the slot set before the restart came back from Redis
    assert chat.text("no thanks") == offer_declined(domain)


def test_redis_outage_gets_a_safe_reply_and_recovers(stack, chat: Chat, domain, catalogue, capsys):
    chat.text("graffiti on the bus shelter")
    stack.stop_redis()
    try:
        started = time.monotonic()
        text = chat.text("and the street light is out")
        outage_reply = time.monotonic() - started
        assert text == domain["responses"]["utter_technical_problem"][0]["text"]
        assert "999" in text
        # Danger is answered from the message alone, with no state: the 999 answer itself, not "try again".
        started = time.monotonic()
        danger = chat.text("my husband is hitting me right now and I'm scared")
        danger_reply = time.monotonic() - started
        assert danger.startswith(catalogue.service("emergency").say)
        assert outage_reply < 3.0 and danger_reply < 3.0
    finally:
        stack.start_redis()
    with capsys.disabled():
        print(f"\n[faults] Redis down: reply {outage_reply:.2f} s, 999 answer {danger_reply:.2f} s")
    assert catalogue.service("street_light").name in chat.text(
        "the street light outside my house is out, GL50 1QA"
    )


def stored_values(stack) -> dict[str, str]:
    """Every key in Redis with everything it holds, as text."""
    client = redis.Redis.from_url(stack.config.effective_redis_url, decode_responses=True)
    readers = {
        "string": client.get,
        "list": lambda k: client.lrange(k, 0, -1),
        "hash": client.hgetall,
        "set": client.smembers,
        "zset": lambda k: client.zrange(k, 0, -1),
    }
    return {k: str(readers[client.type(k)](k)) for k in client.scan_iter() if client.type(k) in readers}


def test_personal_details_typed_are_not_kept_in_redis_or_the_logs(stack, chat: Chat):
    chat.text(
        "the street light outside 14 Acacia Avenue has been out for weeks, call me on 07911 123456 "
        "or email jo.bloggs@example.com GL50 1QA"
    )
    chat.text("also someone took £200 with my card 4929 7386 5512 0843")
    # Written as typed (with their spaces): digits alone also occur inside stored confidence scores.
    details = ("Acacia", "07911 123456", "jo.bloggs", "example.com", "4929 7386")
    values = stored_values(stack)
    assert any(chat.sender in key for key in values)
    for key, value in values.items():
        for detail in details:
            assert detail not in value, (key, detail)
        # The conversation keeps the full postcode only in its slots (to answer the next request there); the
        # public-API cache holds postcode lookups, with nothing about who asked.
        if "1QA" in value and chat.sender in key:
            assert key == f"frontdoor:tracker_slots:{chat.sender}"
    for log in stack.config.log_dir.glob("*.log"):
        text = log.read_text(errors="replace")
        for detail in (*details, "1QA"):
            assert detail not in text, (log.name, detail)


def test_the_launcher_restarts_what_crashed_and_nothing_is_lost(stack, chat: Chat, domain):
    chat.text("the bin men missed our road again, GL50 1QA")  # answers, then offers to send the report
    stack.redis.kill()
    stack.actions.kill()
    stack.redis.wait()
    stack.actions.wait()
    assert stack.check() == ["redis", "actions"]
    assert stack.check() == []  # both up again: nothing to do
    # The slot set before the crash came back from Redis's append-only file: "no" still answers the offer.
    assert chat.text("no thanks") == offer_declined(domain)


def test_a_stalled_redis_never_freezes_the_server(stack, chat: Chat, domain, capsys):
    chat.text("graffiti on the bus shelter, GL50 1QA")  # answers, then offers to send the report
    page = f"{stack.config.rasa_url}/frontdoor/demo"
    stack.redis.send_signal(signal.SIGSTOP)
    try:
        started = time.monotonic()
        with ThreadPoolExecutor(max_workers=1) as pool:
            turn = pool.submit(chat.raw, {"sender": chat.sender, "message": "and the street light is out"})
            time.sleep(0.3)  # the turn is now waiting on the frozen Redis
            page_seconds = []
            for _ in range(5):
                t0 = time.monotonic()
                assert requests.get(page, timeout=5).status_code == 200
                page_seconds.append(time.monotonic() - t0)
            reply = turn.result(timeout=30)
        took = time.monotonic() - started
    finally:
        stack.redis.send_signal(signal.SIGCONT)
    assert max(page_seconds) < 0.05, page_seconds  # the event loop kept serving
    assert took < 3.0
    with capsys.disabled():
        print(
            f"\n[faults] Redis stalled: reply {took:.2f} s, static page at most {max(page_seconds) * 1000:.0f} ms"
        )
    assert reply.json()[0]["text"] == domain["responses"]["utter_technical_problem"][0]["text"]
    # Redis is back: the conversation goes on where it was.
    assert chat.text("no thanks") == offer_declined(domain)
