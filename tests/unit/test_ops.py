"""The operators' pieces that need no server: the bearer check, request ids, JSON logs, the Redis settings
(Sentinel included) and the metrics' text."""

from __future__ import annotations

import json
import logging
import sys

import pytest

from bot.ops.bearer import bearer_ok
from bot.ops.logs import JsonFormatter, new_request_id, request_id
from bot.ops.metrics import count_rate_limited, count_safety_answer, exposition, observe_reply
from bot.ops.redis_config import RedisSettings, parse_sentinels


@pytest.mark.parametrize(
    ("header", "token", "ok"),
    [
        ("Bearer s3cret", "s3cret", True),
        ("bearer s3cret", "s3cret", True),
        ("Bearer s3cret2", "s3cret", False),
        ("Token s3cret", "s3cret", False),
        ("s3cret", "s3cret", False),
        ("", "s3cret", False),
        ("Bearer ", "", False),
        ("Bearer anything", None, False),
        ("Bearer caf\udce9", "s3cret", False),  # undecodable bytes from Sanic: refused, not an error
    ],
)
def test_bearer(header: str, token: str | None, ok: bool) -> None:
    assert bearer_ok(header, token) is ok


def test_request_ids_keep_plain_tokens_and_replace_anything_else() -> None:
    assert new_request_id("lb-0123456789abcdef") == "lb-0123456789abcdef"
    for supplied in (None, "", "short", "has spaces in it", "a" * 65, "<script>alert(1)</script>"):
        made = new_request_id(supplied)
        assert made != supplied and len(made) == 32 and made.isalnum()


def test_json_log_lines_carry_the_request_id_and_only_the_error_type() -> None:
    token = request_id.set("req-0123456789")
    try:
        try:
            raise ValueError("text a person typed")
        except ValueError:
            record = logging.LogRecord(
                "bot.x", logging.ERROR, __file__, 1, "turn failed: %s", ("ValueError",), None
            )
            record.exc_info = sys.exc_info()
        line = json.loads(JsonFormatter().format(record))
    finally:
        request_id.reset(token)
    assert line["level"] == "ERROR"
    assert line["logger"] == "bot.x"
    assert line["message"] == "turn failed: ValueError"
    assert line["request_id"] == "req-0123456789"
    assert line["error"] == "ValueError"
    assert "typed" not in json.dumps(line)


def test_redis_settings_from_the_environment() -> None:
    env = {
        "REDIS_URL": "rediss://fd:p%40ss@ignored:6380/2",
        "FRONTDOOR_KEY_PREFIX": "council-a!",
        "FRONTDOOR_RETENTION_SECONDS": "3600",
        "REDIS_SENTINELS": "10.0.0.1:26379, 10.0.0.2:26380,10.0.0.3",
        "REDIS_SENTINEL_MASTER": "fd-main",
        "REDIS_SENTINEL_PASSWORD": "sp",
    }
    settings = RedisSettings.from_env(env)
    assert settings.key_prefix == "councila"
    assert settings.retention_seconds == 3600
    assert settings.sentinels == (("10.0.0.1", 26379), ("10.0.0.2", 26380), ("10.0.0.3", 26379))
    assert settings.sentinel_master == "fd-main"
    assert settings.failover
    assert settings._auth() == {"db": 2, "password": "p@ss", "username": "fd", "ssl": True}
    assert settings._sentinel_kwargs(1.5) == {
        "socket_timeout": 1.5,
        "socket_connect_timeout": 1.5,
        "password": "sp",
    }


def test_redis_settings_defaults() -> None:
    settings = RedisSettings.from_env({})
    assert (settings.url, settings.key_prefix, settings.retention_seconds) == (
        "redis://127.0.0.1:6379/0",
        "frontdoor",
        86400,
    )
    assert settings.sentinels == () and not settings.failover
    assert settings.with_url(None) is settings
    assert settings.with_url("redis://other:1/0").url == "redis://other:1/0"


def test_parse_sentinels_ignores_empty_items() -> None:
    assert parse_sentinels("") == ()
    assert parse_sentinels(" a:1 ,, b:2 ") == (("a", 1), ("b", 2))


def test_metrics_have_closed_labels_only() -> None:
    observe_reply("rest", 0.03)
    count_safety_answer("emergency")
    count_rate_limited("socketio")
    body, content_type = exposition()
    text = body.decode()
    assert content_type.startswith("text/plain")
    assert 'frontdoor_messages_total{channel="rest"}' in text
    assert 'frontdoor_reply_seconds_bucket{channel="rest",le="0.05"}' in text
    assert 'frontdoor_safety_answers_total{flag="emergency"}' in text
    assert 'frontdoor_rate_limited_total{channel="socketio"}' in text
