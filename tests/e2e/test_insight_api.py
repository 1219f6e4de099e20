"""GET /api/insight on the running server: the dashboard's data, only with the deployer's bearer token."""

from __future__ import annotations

import requests

from bot.insight.events import CHANNELS


def get(stack, query: str = "", token: str | None = "test-api-token") -> requests.Response:
    headers = {"Authorization": f"Bearer {token}"} if token else {}
    return requests.get(f"{stack.config.rasa_url}/api/insight{query}", headers=headers, timeout=30)


def test_the_insight_api_needs_the_token(stack) -> None:
    for token in (None, "wrong", "caf\u00e9", "-test-rasa-token"):
        refused = get(stack, token=token)
        assert refused.status_code == 401
        assert refused.json() == {"error": "unauthorised"}
        assert refused.headers["WWW-Authenticate"] == "Bearer"


def test_the_insight_api_returns_the_published_measures(stack) -> None:
    reply = get(stack)
    assert reply.status_code == 200
    assert reply.headers["Cache-Control"] == "no-store"
    data = reply.json()
    assert set(data) == {
        "synthetic",
        "synthetic_note",
        "suppress_below",
        "suppressed",
        "refresh_seconds",
        "period",
        "contacts",
        "shares",
        "feedback",
        "demand",
        "services",
        "doors",
        "districts",
    }
    assert data["synthetic"] is False
    assert len(data["period"]["days"]) == 28
    assert [door["key"] for door in data["doors"]] == list(CHANNELS)
    assert len(get(stack, "?days=7").json()["period"]["days"]) == 7
    assert get(stack, "?month=2026-02").json()["period"]["label"] == "February 2026"


def test_the_insight_api_refuses_bad_periods(stack) -> None:
    for query in ("?days=0", "?days=732", "?days=x", "?days=-3", "?month=2026-13", "?month=nov"):
        reply = get(stack, query)
        assert reply.status_code == 400, query
        assert reply.json()["error"]
