"""POST /api/file on the running stack (issue #16: the console files on a caller's behalf): the token, bad
requests, the preview, sending once on confirm, and safety first."""

from __future__ import annotations

from typing import Any

import pytest
import requests

from bot.ops.stack import Stack
from tests.e2e.test_insight import store, wait_for

TOKEN = "test-api-token"
AUTH = {"Authorization": f"Bearer {TOKEN}"}
REPORT = {
    "text": "pothole in the road by the library",
    "postcode": "GL50 1QA",
    "where": "outside the library",
    "answers": {"defect_location": "carriageway"},
}


def file(stack: Stack, body: Any, headers: dict[str, str] | None = AUTH) -> requests.Response:
    return requests.post(f"{stack.config.rasa_url}/api/file", json=body, headers=headers, timeout=60)


def posts(sandbox_url: str) -> list[dict[str, Any]]:
    return [r for r in requests.get(f"{sandbox_url}/_captured", timeout=5).json() if r["api"] == "open311"]


@pytest.fixture()
def clean(sandbox_url: str) -> str:
    for control in ("_captured", "_faults"):
        requests.delete(f"{sandbox_url}/{control}", timeout=5)
    return sandbox_url


def test_the_token_is_required(stack: Stack) -> None:
    assert file(stack, REPORT, headers=None).status_code == 401
    assert file(stack, REPORT, headers={"Authorization": "Bearer wrong"}).status_code == 401


@pytest.mark.parametrize(
    "body", [None, [], {"text": "pothole"}, {**REPORT, "email": "nope"}, {**REPORT, "answers": "road"}]
)
def test_bad_requests_get_a_400_that_says_what_to_send(stack: Stack, body: Any) -> None:
    answer = file(stack, body)
    assert answer.status_code == 400
    assert answer.json()["error"]


def test_preview_then_confirm_sends_exactly_once(stack: Stack, clean: str) -> None:
    lookup = {"text": REPORT["text"], "postcode": REPORT["postcode"], "door": "console"}
    insight = store(stack)
    filed_before = insight.count(channel="console", service="pothole", outcome="report_filed")
    answered = {"channel": "console", "service": "pothole", "outcome": "answered"}
    answered_before = insight.count(**answered)
    url = f"{stack.config.rasa_url}/api/triage"
    assert (
        requests.post(url, json=lookup, headers=AUTH, timeout=60).status_code == 200
    )  # the console's lookup
    assert wait_for(lambda: insight.count(**answered) == answered_before + 1)
    preview = file(stack, REPORT).json()
    assert (preview["kind"], preview["ready"], preview["to"]) == (
        "preview",
        True,
        "Gloucestershire County Council",
    )
    assert preview["where"] == "outside the library, GL50 1QA"
    assert posts(clean) == []
    sent = file(stack, {**REPORT, "confirm": True, "email": "caller@example.org"}).json()
    assert (sent["kind"], sent["to"]) == ("sent", "Gloucestershire County Council")
    assert sent["reference"]
    [post] = posts(clean)
    assert post["body"]["service_code"] == "HW_POTHOLE"
    assert post["body"]["email"] == "caller@example.org"
    filed = {"channel": "console", "service": "pothole", "outcome": "report_filed"}
    assert wait_for(lambda: store(stack).count(**filed) == filed_before + 1)  # the lookup ended with a report
    again = file(stack, REPORT).json()  # the next preview shows it as already reported
    assert again["duplicate"]["reference"] == sent["reference"]


def test_danger_is_answered_not_filed(stack: Stack, clean: str) -> None:
    danger = {**REPORT, "text": "a man fell in the pothole and he's not breathing", "confirm": True}
    answer = file(stack, danger).json()
    assert answer["kind"] == "safety" and "emergency" in answer["safety"]
    assert posts(clean) == []
