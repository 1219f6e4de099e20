"""POST /api/triage on the running server, and `python -m bot triage`: the same JSON from both."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest
import requests

from bot.ops.paths import ROOT

KEYS = {
    "service",
    "service_name",
    "route",
    "council_tier",
    "urgency",
    "confidence",
    "alternatives",
    "safety",
    "say",
    "why",
    "contacts",
}


def post(stack, body, token="test-api-token"):
    headers = {"Authorization": f"Bearer {token}"} if token else {}
    return requests.post(f"{stack.config.rasa_url}/api/triage", json=body, headers=headers, timeout=30)


def test_requires_the_bearer_token(stack):
    assert post(stack, {"text": "pothole"}, token=None).status_code == 401
    assert post(stack, {"text": "pothole"}, token="wrong").status_code == 401
    # A token outside ASCII is refused like any wrong one (it used to raise inside compare_digest: a 500).
    assert post(stack, {"text": "pothole"}, token="caf\u00e9").status_code == 401


def test_council_decision(stack):
    reply = post(
        stack, {"text": "the street lamp outside number 4 has been out for a week", "postcode": "GL50 1AA"}
    )
    assert reply.status_code == 200
    data = reply.json()
    assert set(data) >= KEYS
    assert (data["service"], data["route"], data["council_tier"]) == ("street_light", "council", "county")
    assert data["safety"] == []


def test_emergency_decision(stack):
    data = post(
        stack, {"text": "there's smoke pouring out of the flat upstairs and someone is inside"}
    ).json()
    assert (data["service"], data["route"], data["urgency"]) == ("emergency", "emergency", "emergency")
    assert data["safety"][0] == "emergency"


def test_bad_bodies(stack):
    assert post(stack, {"text": 5}).status_code == 400
    reply = requests.post(
        f"{stack.config.rasa_url}/api/triage",
        data=b"nope",
        timeout=30,
        headers={"Authorization": "Bearer test-api-token"},
    )
    assert reply.status_code == 400
    assert post(stack, {"text": ""}).json()["route"] == "conversation"


def test_triage_lookups_are_not_stored(stack):
    import redis

    client = redis.Redis.from_url(stack.config.effective_redis_url, decode_responses=True)
    before = set(client.keys("*"))
    post(stack, {"text": "my bike was stolen from the station"})
    assert set(client.keys("*")) == before


def test_cli_gives_the_same_json_as_the_api(stack):
    texts = ["my bike was stolen from the station yesterday", "dog poo all over the pavement by the school"]
    lines = "\n".join(json.dumps({"text": t}) for t in texts) + "\n"
    run = subprocess.run(
        [sys.executable, "-m", "bot", "triage", "--jsonl"],
        input=lines,
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=300,
        check=True,
    )
    cli = [json.loads(line) for line in run.stdout.splitlines()]
    api = [post(stack, {"text": t}).json() for t in texts]
    assert [c["service"] for c in cli] == [a["service"] for a in api] == ["report_crime", "dog_fouling"]
    assert [c["confidence"] for c in cli] == [a["confidence"] for a in api]


def test_postcode_resolves_the_body_for_each_tier(stack):
    pothole = post(stack, {"text": "massive pothole in the road", "postcode": "GL50 1QA"}).json()
    bins = post(stack, {"text": "the bin men missed our road", "postcode": "gl501qa"}).json()
    assert (pothole["body"]["name"], pothole["body"]["kind"], pothole["body"]["gss_code"]) == (
        "Gloucestershire County Council",
        "county",
        "E10000013",
    )
    assert (bins["body"]["name"], bins["body"]["kind"], bins["body"]["gss_code"]) == (
        "Cheltenham Borough Council",
        "district",
        "E07000078",
    )
    for data in (pothole, bins):
        assert data["body"]["source"] == "GOV.UK local-authority API"
        assert data["body"]["url"].startswith("https://")
        assert data["location"] == {"status": "resolved", "place": "Cheltenham", "nation": "england"}
    assert "not Cheltenham Borough Council" in pothole["why"]


def test_postcode_in_the_text_is_used(stack):
    data = post(stack, {"text": "my bike was nicked outside the town hall CF10 3ND yesterday"}).json()
    assert (data["service"], data["body"]["name"], data["body"]["kind"]) == (
        "report_crime",
        "South Wales Police",
        "police_force",
    )


def test_devolved_nations_get_their_own_service(stack):
    data = post(
        stack, {"text": "I need urgent medical advice, not an emergency", "postcode": "EH1 1YJ"}
    ).json()
    assert data["body"]["name"] == "NHS 24 (Scotland)"


def test_no_postcode_says_one_is_needed_and_bad_postcode_says_so(stack):
    assert post(stack, {"text": "pothole on my road"}).json()["location"]["status"] == "needs_postcode"
    assert (
        post(stack, {"text": "pothole on my road", "postcode": "not a postcode"}).json()["location"]["status"]
        == "invalid_postcode"
    )


def test_api_down_still_answers_quickly(stack, sandbox):
    requests.post(f"{sandbox}/_faults", json={"api": "*", "mode": "timeout"}, timeout=5)
    import time

    started = time.monotonic()
    data = post(stack, {"text": "fly tipping in the lane", "postcode": "OX1 1BX"}).json()
    assert time.monotonic() - started < 3.0
    assert data["service"] == "fly_tipping"
    assert data["body"] is None
    assert data["location"]["status"] == "unavailable"


AREAS = [
    # postcode, county-tier answer, district-tier answer
    ("GL50 1QA", "Gloucestershire County Council", "Cheltenham Borough Council"),
    ("OX1 1BX", "Oxfordshire County Council", "Oxford City Council"),
    ("BS1 5TR", "Bristol City Council", "Bristol City Council"),
    ("M2 5PD", "Manchester City Council", "Manchester City Council"),
    ("SW1A 1AA", "City of Westminster", "City of Westminster"),
    ("CF10 3ND", "City of Cardiff Council", "City of Cardiff Council"),
    ("EH1 1YJ", "City of Edinburgh Council", "City of Edinburgh Council"),
    ("BT1 5GS", "nidirect (Northern Ireland government services)", "Belfast City Council"),
]


@pytest.mark.parametrize(("postcode", "county_body", "district_body"), AREAS)
def test_every_fixture_area_and_tier(stack, postcode, county_body, district_body):
    street_light = post(
        stack, {"text": "the street light outside my house is out", "postcode": postcode}
    ).json()
    bins = post(stack, {"text": "the bin men missed our road this week", "postcode": postcode}).json()
    assert (street_light["service"], street_light["council_tier"]) == ("street_light", "county")
    assert (bins["service"], bins["council_tier"]) == ("missed_bin", "district")
    assert street_light["body"]["name"] == county_body
    assert bins["body"]["name"] == district_body
