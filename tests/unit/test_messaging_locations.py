"""Location pins: postcodes.io reverse geocoding through the client, against the sandbox over real HTTP."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
import requests

from bot.places.errors import UpstreamUnavailable
from bot.places.postcodes_io import PostcodesIoClient
from bot.sandbox.server import SandboxServer, start_sandbox


@pytest.fixture()
def server() -> Iterator[SandboxServer]:
    running = start_sandbox(port=0)
    yield running
    running.stop()


@pytest.fixture()
def client(server: SandboxServer) -> PostcodesIoClient:
    return PostcodesIoClient(f"{server.url}/postcodes-io", timeout=0.5, deadline=1.0, retries=0)


def test_nearest_postcode_to_a_pin(client: PostcodesIoClient):
    assert client.nearest_postcode(51.8981, -2.0790) == "GL50 1QA"
    assert client.nearest_postcode(51.4527, -2.6012) == "BS1 5TR"


def test_no_postcode_near_the_pin(client: PostcodesIoClient):
    assert client.nearest_postcode(49.5, -9.5) is None


def test_sandbox_speaks_postcodes_io_reverse_format(server: SandboxServer):
    url = f"{server.url}/postcodes-io/postcodes"
    body = requests.get(url, params={"lon": "-2.0790", "lat": "51.8981"}, timeout=5).json()
    assert body["status"] == 200
    assert [r["postcode"] for r in body["result"]] == ["GL50 1QA"]
    assert 0 < body["result"][0]["distance"] < 100
    assert requests.get(url, params={"lon": "0", "lat": "0"}, timeout=5).json() == {
        "status": 200,
        "result": None,
    }
    bad = requests.get(url, params={"lon": "x", "lat": "51"}, timeout=5)
    assert (bad.status_code, bad.json()["error"]) == (400, "Invalid longitude/latitude submitted")


def test_postcodes_io_down_raises_the_family_error(server: SandboxServer, client: PostcodesIoClient):
    requests.post(f"{server.url}/_faults", json={"api": "postcodes-io", "mode": "500"}, timeout=5)
    with pytest.raises(UpstreamUnavailable):
        client.nearest_postcode(51.8981, -2.0790)


def test_capture_records_posts_in_each_api_format(server: SandboxServer):
    sent = requests.post(
        f"{server.url}/telegram/bot1:abc/sendMessage", json={"chat_id": 7, "text": "hi"}, timeout=5
    )
    assert sent.json() == {"ok": True, "result": {"message_id": 1, "chat": {"id": 7}, "text": "hi"}}
    unauthorised = requests.post(f"{server.url}/meta-graph/v21.0/1/messages", json={"to": "44"}, timeout=5)
    assert unauthorised.status_code == 401
    twilio = requests.post(
        f"{server.url}/twilio/2010-04-01/Accounts/AC1/Messages.json",
        data={"To": "+447700900123", "From": "+447700900000", "Body": "hi"},
        auth=("AC1", "token"),
        timeout=5,
    )
    assert (twilio.status_code, twilio.json()["status"]) == (201, "queued")
    records = requests.get(f"{server.url}/_captured", timeout=5).json()
    assert [(r["api"], r["status"]) for r in records] == [("telegram", 200), ("meta", 401), ("twilio", 201)]
    assert records[2]["body"] == {"To": "+447700900123", "From": "+447700900000", "Body": "hi"}
    requests.delete(f"{server.url}/_captured", timeout=5)
    assert requests.get(f"{server.url}/_captured", timeout=5).json() == []
