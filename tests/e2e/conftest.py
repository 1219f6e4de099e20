"""The real stack for end-to-end tests: embedded Redis, the action server and the Rasa server, on free ports."""

from __future__ import annotations

import subprocess
import sys
import time
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
import requests

from bot.ops.paths import MODEL_PATH, ROOT
from bot.ops.stack import Stack, StackConfig, free_port
from tests.e2e.messaging_support import messaging_env


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Every test under tests/e2e starts or uses the real stack: mark them all `stack` (one place, not a
    `pytestmark` per module), so `pytest -m "not stack"` runs only the fast tests."""
    here = Path(__file__).resolve().parent
    for item in items:
        if here in Path(str(item.fspath)).resolve().parents:
            item.add_marker(pytest.mark.stack)


@pytest.fixture(scope="session")
def sandbox_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The local stand-in for postcodes.io, GOV.UK and data.police.uk, over real HTTP on loopback."""
    port = free_port()
    log = open(tmp_path_factory.mktemp("sandbox") / "sandbox.log", "wb")  # noqa: SIM115
    proc = subprocess.Popen(
        [sys.executable, "-m", "bot", "sandbox", "--port", str(port)],
        cwd=ROOT,
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        try:
            if requests.get(f"{url}/_health", timeout=1).status_code == 200:
                break
        except requests.RequestException:
            time.sleep(0.2)
    else:
        proc.kill()
        pytest.fail("sandbox did not start")
    try:
        yield url
    finally:
        proc.terminate()
        proc.wait(timeout=10)


@pytest.fixture()
def sandbox(sandbox_url: str) -> Iterator[str]:
    """The sandbox with no faults injected before and after the test."""
    requests.delete(f"{sandbox_url}/_faults", timeout=5)
    yield sandbox_url
    requests.delete(f"{sandbox_url}/_faults", timeout=5)


@pytest.fixture(scope="session")
def stack(tmp_path_factory: pytest.TempPathFactory, sandbox_url: str) -> Iterator[Stack]:
    if not MODEL_PATH.exists():
        pytest.fail("no trained model: run `make model` (make test does this first)")
    base = tmp_path_factory.mktemp("stack")
    config = StackConfig.isolated(
        base,
        api_token="test-api-token",
        rasa_token="-test-rasa-token",  # starts with "-": must still reach Rasa as a value
        cors_origins=("https://council.example",),
        extra_env={
            "FRONTDOOR_SANDBOX_URL": sandbox_url,
            **messaging_env(sandbox_url),
            # Every test talks from 127.0.0.1: the per-address limit is tested in tests/unit/test_ratelimit.py.
            "FRONTDOOR_RATE_SESSION": "20/20",
            "FRONTDOOR_RATE_ADDRESS": "0/0",
        },
    )
    running = Stack(config)
    try:
        running.start()
        yield running
    finally:
        running.stop()


def report_offer(domain: dict[str, Any], council: str) -> str:
    """The offer that ends a located answer when the council takes the service by Open311 (the sandbox's
    Gloucestershire and Cheltenham do for potholes, street lights, missed bins, fly-tipping and graffiti)."""
    return str(domain["responses"]["utter_offer_report"][0]["text"]).format(council=council)


def offer_declined(domain: dict[str, Any]) -> str:
    """The reply to "no thanks" after that offer: nothing sent, and "Did this help?" (which ends the answer)."""
    responses = domain["responses"]
    return f"{responses['utter_report_not_sent'][0]['text']}\n{responses['utter_ask_feedback'][0]['text']}"


class Chat:
    """One conversation through the REST webhook."""

    def __init__(self, stack: Stack | None, sender: str | None = None, base_url: str | None = None) -> None:
        """Through `stack`'s server, or any other base URL (a load balancer's)."""
        base = base_url or (stack.config.rasa_url if stack else "")
        self.url = f"{base}/webhooks/rest/webhook"
        self.sender = sender or f"test-{uuid.uuid4().hex[:12]}"

    def raw(self, body: Any, **kwargs: Any) -> requests.Response:
        """Post `body`; like any client, keep the conversation token the server issues (`recipient_id`)."""
        reply = requests.post(self.url, json=body, timeout=60, **kwargs)
        try:
            issued = (reply.json() or [{}])[0].get("recipient_id")
        except (ValueError, AttributeError, IndexError):
            issued = None
        if issued and isinstance(body, dict) and body.get("sender") == self.sender:
            self.sender = issued
        return reply

    def say(self, message: Any) -> list[dict[str, Any]]:
        reply = self.raw({"sender": self.sender, "message": message})
        assert reply.status_code == 200, reply.text
        messages = reply.json()
        assert messages, "an empty reply is a failure"
        assert all(m.get("text") for m in messages), messages
        return messages

    def text(self, message: Any) -> str:
        return "\n".join(m["text"] for m in self.say(message))


@pytest.fixture()
def chat(stack: Stack) -> Chat:
    return Chat(stack)


# One message naming two problems that two different councils deal with: a fair case for a clarifying question.
_DISTRICT = ("graffiti", "litter", "fly tipping", "dog mess", "bins not collected", "noisy neighbours")
_COUNTY = ("a broken street light", "a pothole", "a blocked drain", "an overgrown hedge", "a broken pavement")
TWO_BODY_MESSAGES = [text for d in _DISTRICT for c in _COUNTY for text in (f"{d} and {c}", f"{c} and {d}")]


@dataclass(frozen=True)
class Clarifying:
    """A message the running model answers with a clarifying question, and its options in order."""

    text: str
    services: list[str]
    names: list[str]


@pytest.fixture(scope="session")
def clarifying(stack: Stack) -> Clarifying:
    """Found at run time through the triage API (the same decide() as every conversation): which wording is
    close enough to call depends on the trained model, and the tests using this are about how the question
    and its buttons are shown and answered on each channel, not about which wording is ambiguous."""
    for text in TWO_BODY_MESSAGES:
        reply = requests.post(
            f"{stack.config.rasa_url}/api/triage",
            json={"text": text},
            headers={"Authorization": f"Bearer {stack.config.api_token}"},
            timeout=30,
        ).json()
        options = reply.get("alternatives") or []
        if reply.get("needs_clarification") and len(options) == 2:
            return Clarifying(text, [o["service"] for o in options], [o["service_name"] for o in options])
    pytest.fail("none of the two-council messages gets a clarifying question from this model")
