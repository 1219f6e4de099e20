"""The Open311 GeoReport v2 client, its per-council configuration and the sandbox's stand-in, over real HTTP on
loopback: the specification's own example answers, filing (id first and token first), status and queries, the
spec's error bodies, faults (GETs retried, a POST never sent twice), duplicates after a lost answer, and logs
without personal data."""

from __future__ import annotations

import logging
import socket
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import pytest
import requests
import yaml

from bot.open311.client import (
    AttributeValue,
    Created,
    NewRequest,
    Open311Client,
    Open311Error,
    Open311Refused,
    Open311Unconfirmed,
    Service,
    ServiceAttribute,
    parse_created,
    parse_errors,
    parse_service_definition,
    parse_service_requests,
    parse_services,
)
from bot.open311.config import (
    COUNCILS_PATH,
    Attribute,
    CouncilEndpoint,
    CouncilsConfigError,
    endpoint_for,
    load_councils,
    parse_councils,
)
from bot.places.errors import NotFound, UpstreamUnavailable
from bot.places.http import ResponseCache
from bot.sandbox import SandboxServer

COUNTY, DISTRICT = "E10000013", "E07000078"  # Gloucestershire County Council, Cheltenham Borough Council
TOWN_HALL = (51.898512, -2.074700)  # Cheltenham Town Hall, GL50 1QA (approximately)
# Personal details that must never reach a log line or an exception message.
WORDS = "Deep pothole outside the town hall, my bike wheel buckled"
EMAIL, FIRST, LAST, PHONE = "jo.bloggs@mail.example", "Josephine", "Bloggs-Whitfield", "07700900123"


# -- fixtures


@pytest.fixture(autouse=True)
def _clean(sandbox: SandboxServer) -> None:
    for control in ("_faults", "_stats", "_captured"):
        requests.delete(f"{sandbox.url}/{control}", timeout=2)


@pytest.fixture()
def env(sandbox: SandboxServer) -> dict[str, str]:
    # A short per-try timeout keeps the timeout tests quick; loopback answers take milliseconds.
    return {
        "FRONTDOOR_SANDBOX_URL": sandbox.url,
        "FRONTDOOR_API_TIMEOUT_SECONDS": "0.5",
        "FRONTDOOR_API_DEADLINE_SECONDS": "1.5",
    }


def client_for(gss: str, service_id: str, env: dict[str, str], **extra: Any) -> Open311Client:
    endpoint = endpoint_for(gss, service_id, env)
    assert endpoint is not None
    return Open311Client.for_endpoint(endpoint, env=env, **extra)


@pytest.fixture()
def county(env: dict[str, str]) -> Open311Client:
    return client_for(COUNTY, "pothole", env)


@pytest.fixture()
def district(env: dict[str, str]) -> Open311Client:
    return client_for(DISTRICT, "missed_bin", env)


def pothole(**changes: Any) -> NewRequest:
    fields: dict[str, Any] = {
        "service_code": "HW_POTHOLE",
        "description": WORDS,
        "lat": TOWN_HALL[0],
        "long": TOWN_HALL[1],
        "attributes": {"defect_location": "carriageway"},
        "email": EMAIL,
        "first_name": FIRST,
        "last_name": LAST,
        "phone": PHONE,
    }
    fields.update(changes)
    return NewRequest(**fields)


def fault(sandbox: SandboxServer, mode: str, **extra: Any) -> None:
    response = requests.post(
        f"{sandbox.url}/_faults", json={"api": "open311", "mode": mode, **extra}, timeout=2
    )
    assert response.status_code == 200, response.text


def captured(sandbox: SandboxServer) -> list[dict[str, Any]]:
    records = requests.get(f"{sandbox.url}/_captured", timeout=2).json()
    return [record for record in records if record["api"] == "open311"]


def calls(sandbox: SandboxServer) -> int:
    return int(requests.get(f"{sandbox.url}/_stats", timeout=2).json().get("open311", 0))


def set_status(sandbox: SandboxServer, **spec: Any) -> requests.Response:
    return requests.post(f"{sandbox.url}/_open311/status", json=spec, timeout=2)


def now() -> datetime:
    return datetime.now(timezone.utc)


# -- the specification's own example answers (wiki.open311.org/GeoReport_v2), read without HTTP


def test_spec_example_service_list_and_definition() -> None:
    # The spec writes codes as 001; as JSON text they are strings here, and the ids below are numbers as given.
    services = parse_services(
        [
            {
                "service_code": "001",
                "service_name": "Cans left out 24x7",
                "description": "Garbage or recycling cans that have been left out for more than 24 hours after "
                "collection. Violators will be cited.",
                "metadata": True,
                "type": "realtime",
                "keywords": "lorem, ipsum, dolor",
                "group": "sanitation",
            }
        ]
    )
    assert services[0].service_code == "001"
    assert (services[0].metadata, services[0].type, services[0].keywords, services[0].group) == (
        True,
        "realtime",
        ("lorem", "ipsum", "dolor"),
        "sanitation",
    )
    definition = parse_service_definition(
        {
            "service_code": "DMV66",
            "attributes": [
                {
                    "variable": True,
                    "code": "WHISHETN",
                    "datatype": "singlevaluelist",
                    "required": True,
                    "datatype_description": None,
                    "order": 1,
                    "description": "What is the ticket/tag/DL number?",
                    "values": [{"key": 123, "name": "Ford"}, {"key": 124, "name": "Chrysler"}],
                }
            ],
        }
    )
    assert definition.service_code == "DMV66"
    assert definition.attributes == (
        ServiceAttribute(
            code="WHISHETN",
            variable=True,
            datatype="singlevaluelist",
            required=True,
            datatype_description=None,
            order=1,
            description="What is the ticket/tag/DL number?",
            values=(AttributeValue("123", "Ford"), AttributeValue("124", "Chrysler")),
        ),
    )
    assert definition.required == ("WHISHETN",)


def test_spec_example_requests_created_token_and_error() -> None:
    [closed] = parse_service_requests(
        [
            {
                "service_request_id": 638344,
                "status": "closed",
                "status_notes": "Duplicate request.",
                "service_name": "Sidewalk and Curb Issues",
                "service_code": "006",
                "description": None,
                "agency_responsible": None,
                "service_notice": None,
                "requested_datetime": "2010-04-14T06:37:38-08:00",
                "updated_datetime": "2010-04-14T06:37:38-08:00",
                "expected_datetime": "2010-04-15T06:37:38-08:00",
                "address": "8TH AVE and JUDAH ST",
                "address_id": 545483,
                "zipcode": 94122,
                "lat": 37.762221815,
                "long": -122.4651145,
                "media_url": "http://city.gov.s3.amazonaws.com/requests/media/638344.jpg ",
            }
        ]
    )
    assert (closed.service_request_id, closed.status, closed.status_notes) == (
        "638344",
        "closed",
        "Duplicate request.",
    )
    assert (closed.description, closed.agency_responsible, closed.service_notice) == (None, None, None)
    assert closed.requested_datetime == datetime(2010, 4, 14, 14, 37, 38, tzinfo=timezone.utc)
    assert closed.expected_datetime == datetime(2010, 4, 15, 14, 37, 38, tzinfo=timezone.utc)
    assert (closed.address_id, closed.zipcode, closed.lat, closed.long) == (
        "545483",
        "94122",
        37.762221815,
        -122.4651145,
    )
    assert closed.media_url == "http://city.gov.s3.amazonaws.com/requests/media/638344.jpg"
    notice = (
        "The City will inspect and require the responsible party to correct within 24 hours and/or issue a "
        "Correction Notice or Notice of Violation of the Public Works Code"
    )
    created = parse_created([{"service_request_id": 293944, "service_notice": notice, "account_id": None}])
    assert created == [
        Created(service_request_id="293944", token=None, service_notice=notice, account_id=None)
    ]
    assert parse_created([{"service_request_id": 638344, "token": 12345}]) == [
        Created(service_request_id="638344", token="12345")
    ]
    assert parse_errors(
        [{"code": 403, "description": "Invalid api_key received -- can't proceed with create_request."}]
    ) == [Open311Error("403", "Invalid api_key received -- can't proceed with create_request.")]
    assert parse_errors("<h1>Bad Request</h1>") == []


def test_a_request_that_cannot_be_sent_cannot_be_made() -> None:
    with pytest.raises(ValueError, match="a location is required"):
        NewRequest("HW_POTHOLE", "hole")
    with pytest.raises(ValueError, match="lat and long are sent together"):
        NewRequest("HW_POTHOLE", "hole", lat=51.9)
    with pytest.raises(ValueError, match="limited to 4000 characters"):
        NewRequest("HW_POTHOLE", "x" * 4001, address_string="Imperial Square, Cheltenham")
    assert len(NewRequest("HW_POTHOLE", "x" * 4000, address_id="100120394").description) == 4000


def test_personal_fields_stay_out_of_repr() -> None:
    text = repr(pothole(address_string="12 Imperial Square"))
    assert text == "NewRequest(service_code='HW_POTHOLE')"


# -- services


def test_service_list_with_optional_fields_absent(county: Open311Client) -> None:
    services = {service.service_code: service for service in county.services()}
    assert list(services) == [
        "HW_POTHOLE",
        "HW_PAVEMENT",
        "HW_STREETLIGHT",
        "HW_DRAIN",
        "HW_SIGN",
        "HW_GRITBIN",
    ]
    assert services["HW_SIGN"] == Service(
        service_code="HW_SIGN",
        service_name="Damaged or missing road sign",
        description=None,
        metadata=False,
        type="realtime",
        keywords=(),
        group=None,
    )
    assert services["HW_POTHOLE"] == Service(
        service_code="HW_POTHOLE",
        service_name="Pothole or damaged road surface",
        description="A hole, crack or sunken area in the road surface or a cycle lane.",
        metadata=True,
        type="realtime",
        keywords=("pothole", "road surface", "crater", "sunken road"),
        group="Roads and pavements",
    )


def test_service_definition_attributes(county: Open311Client, district: Open311Client) -> None:
    definition = county.service_definition("HW_POTHOLE")
    assert [(a.code, a.order, a.variable, a.required, a.datatype) for a in definition.attributes] == [
        ("defect_location", 1, True, True, "singlevaluelist"),
        ("depth_mm", 2, True, False, "number"),
        ("danger_notice", 3, False, False, "string"),
    ]
    assert [v.key for v in definition.attributes[0].values] == ["carriageway", "footway", "cycleway"]
    assert definition.required == ("defect_location",)
    assert county.service_definition("HW_DRAIN").attributes == ()  # metadata false: no attributes
    flytip = district.service_definition("WS_FLYTIP")
    assert flytip.attributes[0].datatype == "multivaluelist" and flytip.required == ()
    with pytest.raises(NotFound, match="service_code HW_NOPE was not found"):
        county.service_definition("HW_NOPE")


def test_services_are_cached_but_status_never_is(
    sandbox: SandboxServer, env: dict[str, str], redis_url: str
) -> None:
    cache = ResponseCache.from_url(redis_url, ttl_seconds=600)
    county = client_for(COUNTY, "pothole", env, cache=cache)
    first = (county.services(), county.service_definition("HW_POTHOLE"))
    assert calls(sandbox) == 2
    assert (county.services(), county.service_definition("HW_POTHOLE")) == first
    assert calls(sandbox) == 2  # both from Redis
    [created] = county.create(pothole())
    assert created.service_request_id is not None
    county.request(created.service_request_id)
    county.request(created.service_request_id)
    county.requests(service_code="HW_POTHOLE")
    county.requests(service_code="HW_POTHOLE")
    assert calls(sandbox) == 2 + 1 + 2 + 2


# -- filing and status


def test_create_id_first_posts_the_spec_fields(sandbox: SandboxServer, county: Open311Client) -> None:
    request = pothole(
        attributes={"defect_location": "footway", "depth_mm": "60"}, media_url="https://img.example/1"
    )
    [created] = county.create(request)
    assert created.token is None and created.account_id is None
    assert created.service_request_id is not None and created.service_request_id.isdigit()
    assert (
        created.service_notice
        == "A highways inspector will look at the defect and decide what repair it needs."
    )
    [record] = captured(sandbox)
    assert (record["path"], record["status"]) == (f"/{COUNTY}/requests.json", 200)
    assert record["body"] == {
        "api_key": "sandbox",
        "jurisdiction_id": "gloucestershire.gov.uk",
        "service_code": "HW_POTHOLE",
        "lat": "51.898512",
        "long": "-2.074700",
        "email": EMAIL,
        "first_name": FIRST,
        "last_name": LAST,
        "phone": PHONE,
        "description": WORDS,
        "media_url": "https://img.example/1",
        "attribute[defect_location]": "footway",
        "attribute[depth_mm]": "60",
    }
    report = county.request(created.service_request_id)
    assert (report.service_request_id, report.status, report.status_notes) == (
        created.service_request_id,
        "open",
        None,
    )
    assert (report.service_code, report.service_name, report.agency_responsible) == (
        "HW_POTHOLE",
        "Pothole or damaged road surface",
        "Highways",
    )
    assert (report.description, report.lat, report.long, report.media_url) == (
        WORDS,
        51.898512,
        -2.0747,
        "https://img.example/1",
    )
    assert report.requested_datetime is not None and report.expected_datetime is not None
    assert report.expected_datetime - report.requested_datetime == timedelta(days=28)
    assert abs(report.requested_datetime - now()) < timedelta(minutes=1)


def test_create_token_first_then_the_token_gives_the_id(
    sandbox: SandboxServer, district: Open311Client
) -> None:
    request = NewRequest(
        "WS_MISSED_BIN",
        "Recycling not collected on Tuesday",
        address_string="Imperial Square, Cheltenham, GL50 1QA",
        attributes={"bin_type": "recycling"},
    )
    [created] = district.create(request)
    assert created.service_request_id is None and created.token is not None
    request_id = district.token(created.token)
    assert request_id is not None
    report = district.request(request_id)
    assert (report.status, report.service_code, report.address, report.lat) == (
        "open",
        "WS_MISSED_BIN",
        "Imperial Square, Cheltenham, GL50 1QA",
        None,
    )
    [record] = captured(sandbox)
    assert "jurisdiction_id" not in record["body"]  # Cheltenham's config has none: optional in the spec
    assert record["body"]["address_string"] == "Imperial Square, Cheltenham, GL50 1QA"
    with pytest.raises(NotFound, match="token nope was not found"):
        district.token("nope")


def test_multivaluelist_attribute_is_sent_once_per_value(sandbox: SandboxServer, env: dict[str, str]) -> None:
    district = client_for(DISTRICT, "fly_tipping", env)
    request = NewRequest(
        "WS_FLYTIP",
        "Mattress and tyres dumped",
        lat=TOWN_HALL[0],
        long=TOWN_HALL[1],
        attributes={"waste_type": ["furniture", "tyres"]},
    )
    [created] = district.create(request)
    assert created.token is not None
    [record] = captured(sandbox)
    assert record["body"]["attribute[waste_type][]"] == ["furniture", "tyres"]


def test_status_changes_are_seen_at_once(sandbox: SandboxServer, county: Open311Client) -> None:
    [created] = county.create(pothole())
    assert created.service_request_id is not None
    assert county.request(created.service_request_id).status == "open"
    answer = set_status(
        sandbox, id=created.service_request_id, status="closed", status_notes="Repaired on 3 March"
    )
    assert answer.status_code == 200
    report = county.request(created.service_request_id)
    assert (report.status, report.status_notes) == ("closed", "Repaired on 3 March")
    assert report.updated_datetime is not None and report.requested_datetime is not None
    assert report.updated_datetime >= report.requested_datetime
    with pytest.raises(NotFound, match="service_request_id 999 was not found"):
        county.request("999")
    assert set_status(sandbox, id=created.service_request_id, status="fixed").status_code == 400
    assert set_status(sandbox, id="999", status="closed").status_code == 404


def test_query_by_ids_service_status_and_dates(
    sandbox: SandboxServer, county: Open311Client, district: Open311Client, env: dict[str, str]
) -> None:
    pavement = client_for(COUNTY, "pavement", env)
    ids = []
    for request in (pothole(), pothole(description="Second pothole"), pothole(service_code="HW_PAVEMENT")):
        [created] = (pavement if request.service_code == "HW_PAVEMENT" else county).create(request)
        assert created.service_request_id is not None
        ids.append(created.service_request_id)
    first, second, slab = ids
    assert set_status(sandbox, id=first, status="closed").status_code == 200
    assert {r.service_request_id for r in county.requests(service_code="HW_POTHOLE")} == {first, second}
    assert [r.service_request_id for r in county.requests(service_code="HW_POTHOLE", status="open")] == [
        second
    ]
    assert {r.service_request_id for r in county.requests(service_code=["HW_POTHOLE", "HW_PAVEMENT"])} == set(
        ids
    )
    # The spec: service_request_id overrides every other argument.
    assert [
        r.service_request_id for r in county.requests(service_request_ids=[first], service_code="HW_X")
    ] == [first]
    assert county.requests(start_date=now() - timedelta(days=10), end_date=now() - timedelta(days=9)) == []
    assert set_status(sandbox, id=slab, requested_datetime="2026-01-01T09:00:00Z").status_code == 200
    recent = county.requests(start_date=now() - timedelta(days=1), end_date=now() + timedelta(minutes=1))
    assert {r.service_request_id for r in recent} == {first, second}
    assert district.requests() == []  # another council's endpoint has its own reports
    with pytest.raises(Open311Refused) as refused:
        county.requests(start_date=now() - timedelta(days=120), end_date=now())
    assert (refused.value.status, refused.value.description) == (
        400,
        "The date range may not span more than 90 days",
    )


def test_find_recent_checks_the_distance_and_the_words(sandbox: SandboxServer, county: Open311Client) -> None:
    start = now()
    north_20m = TOWN_HALL[0] + 0.00018  # about 20 m
    north_200m = TOWN_HALL[0] + 0.0018  # about 200 m
    [near] = county.create(pothole(lat=north_20m))
    county.create(pothole(lat=north_200m))
    [old] = county.create(pothole())
    assert (
        set_status(sandbox, id=old.service_request_id, requested_datetime="2026-01-01T09:00:00Z").status_code
        == 200
    )
    found = county.find_recent("HW_POTHOLE", start, lat=TOWN_HALL[0], long=TOWN_HALL[1])
    assert [r.service_request_id for r in found] == [near.service_request_id]
    assert (
        county.find_recent("HW_POTHOLE", start, lat=TOWN_HALL[0], long=TOWN_HALL[1], description="Other")
        == []
    )
    reflowed = "  deep POTHOLE outside the town hall,\nmy bike wheel buckled "
    assert len(county.find_recent("HW_POTHOLE", start, description=reflowed)) == 2
    with pytest.raises(ValueError, match="timezone-aware"):
        county.find_recent("HW_POTHOLE", datetime(2026, 1, 1))


# -- the spec's error bodies


def test_error_bodies_become_clear_refusals(
    sandbox: SandboxServer, env: dict[str, str], county: Open311Client
) -> None:
    endpoint = endpoint_for(COUNTY, "pothole", env)
    assert endpoint is not None
    keyless = Open311Client(endpoint.base_url, api_key=None, jurisdiction_id=endpoint.jurisdiction_id)
    cases = [
        (keyless, pothole(), 403, "api_key was not provided -- can't proceed with create_request."),
        (county, pothole(service_code="HW_NOPE"), 404, "service_code HW_NOPE was not found"),
        (
            county,
            pothole(attributes={}),
            400,
            "attribute[defect_location] is required for service_code HW_POTHOLE",
        ),
        (
            county,
            pothole(attributes={"defect_location": "verge"}),
            400,
            "attribute[defect_location] must be one of: carriageway, cycleway, footway",
        ),
    ]
    for client, request, status, description in cases:
        with pytest.raises(Open311Refused) as refused:
            client.create(request)
        assert (refused.value.status, refused.value.description) == (status, description)
        assert refused.value.errors == (Open311Error(str(status), description),)
        assert str(refused.value) == f"open311 POST /requests.json refused (HTTP {status}): {description}"
    assert [record["status"] for record in captured(sandbox)] == [403, 404, 400, 400]
    assert county.requests() == []  # none of them was filed


def test_wrong_jurisdiction_and_unknown_council(sandbox: SandboxServer, county: Open311Client) -> None:
    wrong = Open311Client(county.base_url, api_key="k", jurisdiction_id="nowhere.example")
    with pytest.raises(NotFound, match=r"jurisdiction_id nowhere\.example was not found"):
        wrong.services()
    with pytest.raises(Open311Refused) as refused:
        wrong.create(pothole())
    assert (refused.value.status, refused.value.description) == (
        404,
        "jurisdiction_id nowhere.example was not found",
    )
    unknown = Open311Client(f"{sandbox.url}/open311/E06000023")
    with pytest.raises(NotFound, match="There is no Open311 endpoint for that council here"):
        unknown.services()


def test_sandbox_speaks_json_only_and_forms_only(sandbox: SandboxServer) -> None:
    xml = requests.get(f"{sandbox.url}/open311/{COUNTY}/services.xml", timeout=2)
    assert (xml.status_code, xml.json()) == (
        400,
        [{"code": 400, "description": "This endpoint serves the JSON format only: use .json"}],
    )
    posted_json = requests.post(
        f"{sandbox.url}/open311/{COUNTY}/requests.json",
        json={"api_key": "k", "service_code": "HW_DRAIN", "address_string": "Imperial Square"},
        timeout=2,
    )
    assert (posted_json.status_code, posted_json.json()[0]["code"]) == (400, 400)
    missing_code = requests.post(
        f"{sandbox.url}/open311/{COUNTY}/requests.json", data={"api_key": "k", "lat": "51.9"}, timeout=2
    )
    assert missing_code.json() == [{"code": 400, "description": "service_code was not provided"}]


def test_stats_count_open311_and_keep_the_other_apis_shape(
    sandbox: SandboxServer, county: Open311Client
) -> None:
    stats_url = f"{sandbox.url}/_stats"
    assert requests.get(stats_url, timeout=2).json() == {"postcodes-io": 0, "govuk": 0, "police-uk": 0}
    county.services()
    county.create(pothole())
    assert requests.get(stats_url, timeout=2).json() == {
        "postcodes-io": 0,
        "govuk": 0,
        "police-uk": 0,
        "open311": 2,
    }
    bad = requests.post(f"{sandbox.url}/_faults", json={"api": "open312", "mode": "500"}, timeout=2)
    assert bad.status_code == 400


def test_clearing_captured_forgets_the_reports(sandbox: SandboxServer, county: Open311Client) -> None:
    [created] = county.create(pothole())
    assert created.service_request_id is not None
    requests.delete(f"{sandbox.url}/_captured", timeout=2)
    assert captured(sandbox) == []
    with pytest.raises(NotFound):
        county.request(created.service_request_id)


# -- faults: GETs are retried, a POST never goes twice


def test_get_is_retried_after_a_5xx_or_a_timeout(sandbox: SandboxServer, county: Open311Client) -> None:
    fault(sandbox, "500", count=1)
    assert len(county.services()) == 6
    assert calls(sandbox) == 2
    fault(sandbox, "timeout", count=1, delay=1.0)
    assert len(county.services()) == 6
    assert calls(sandbox) == 4
    fault(sandbox, "500")
    with pytest.raises(UpstreamUnavailable) as raised:
        county.requests()
    assert not isinstance(raised.value, Open311Unconfirmed)
    assert calls(sandbox) == 4 + 3  # the first try and two retries


@pytest.mark.parametrize(
    ("mode", "filed"),
    [("500", False), ("timeout", True), ("malformed", True)],
    ids=["500", "timeout", "malformed"],
)
def test_post_with_an_unknown_outcome_is_never_sent_again(
    sandbox: SandboxServer, county: Open311Client, mode: str, filed: bool
) -> None:
    fault(sandbox, mode, delay=1.0)  # every request while armed: a retry would be seen
    with pytest.raises(Open311Unconfirmed, match="it may have been filed"):
        county.create(pothole())
    assert len(captured(sandbox)) == 1
    assert calls(sandbox) == 1
    requests.delete(f"{sandbox.url}/_faults", timeout=2)
    assert len(county.requests(service_code="HW_POTHOLE")) == (1 if filed else 0)


def test_post_refused_for_rate_limit_is_not_retried(sandbox: SandboxServer, county: Open311Client) -> None:
    fault(sandbox, "429", retry_after=0.1)
    with pytest.raises(UpstreamUnavailable, match="HTTP 429, nothing was filed") as raised:
        county.create(pothole())
    assert not isinstance(raised.value, Open311Unconfirmed)
    assert len(captured(sandbox)) == 1


def test_post_is_retried_only_when_no_connection_was_made() -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    waits: list[float] = []
    client = Open311Client(
        f"http://127.0.0.1:{port}", api_key="k", sleep=waits.append, timeout=0.5, deadline=2.0
    )
    with pytest.raises(UpstreamUnavailable, match="no connection, nothing was filed") as raised:
        client.create(pothole())
    assert not isinstance(raised.value, Open311Unconfirmed)
    assert waits == [0.1, 0.2]  # refused three times: safe to try again, the council never saw it


def test_create_once_finds_the_report_after_a_lost_answer(
    sandbox: SandboxServer, county: Open311Client
) -> None:
    since = now()
    fault(sandbox, "timeout", count=1, delay=1.0)  # filed at once; the answer comes after the client gave up
    [created] = county.create_once(pothole(), since)
    [report] = county.requests(service_code="HW_POTHOLE")
    assert created == Created(
        service_request_id=report.service_request_id,
        token=None,
        service_notice="A highways inspector will look at the defect and decide what repair it needs.",
        account_id=None,
    )
    assert len(captured(sandbox)) == 1


def test_create_once_finds_a_token_first_report_too(sandbox: SandboxServer, district: Open311Client) -> None:
    since = now()
    request = NewRequest(
        "WS_MISSED_BIN",
        "Garden waste missed",
        lat=TOWN_HALL[0],
        long=TOWN_HALL[1],
        attributes={"bin_type": "garden"},
    )
    fault(sandbox, "timeout", count=1, delay=1.0)
    [created] = district.create_once(request, since)
    [report] = district.requests()
    assert (created.service_request_id, created.token) == (report.service_request_id, None)
    assert len(captured(sandbox)) == 1


def test_create_once_without_a_match_raises_and_does_not_post_again(
    sandbox: SandboxServer, county: Open311Client
) -> None:
    fault(sandbox, "500", count=1)  # not filed
    with pytest.raises(Open311Unconfirmed):
        county.create_once(pothole(), now())
    assert len(captured(sandbox)) == 1
    assert county.requests() == []


def test_create_once_without_a_fault_posts_once(sandbox: SandboxServer, county: Open311Client) -> None:
    [created] = county.create_once(pothole(), now())
    assert created.service_request_id is not None
    assert calls(sandbox) == 1  # no look-up when the answer came back


# -- no personal data in logs or errors


def test_no_personal_data_in_logs_or_errors(
    sandbox: SandboxServer, county: Open311Client, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    request = pothole(address_string="12 Imperial Square, Cheltenham")
    errors: list[Exception] = []
    for mode in ("500", "timeout", "malformed"):
        fault(sandbox, mode, count=1, delay=1.0)
        with pytest.raises(Open311Unconfirmed) as raised:
            county.create(request)
        errors.append(raised.value)
    with pytest.raises(Open311Refused) as refused:
        county.create(pothole(attributes={}))
    errors.append(refused.value)
    fault(sandbox, "timeout", count=1, delay=1.0)
    county.create_once(request, now() - timedelta(seconds=5))
    open311_lines = [r.getMessage() for r in caplog.records if r.getMessage().startswith("open311 ")]
    assert open311_lines == [
        "open311 POST /requests.json failed: HTTP 500; the report may have been filed",
        "open311 POST /requests.json failed: timeout; the report may have been filed",
        "open311 POST /requests.json failed: an answer that could not be read; the report may have been filed",
        "open311 POST /requests.json failed: refused, HTTP 400",
        "open311 POST /requests.json failed: timeout; the report may have been filed",
    ]
    everything = caplog.text + "\n".join(str(error) for error in errors)
    for secret in (
        WORDS,
        "pothole outside",
        EMAIL,
        "jo.bloggs",
        FIRST,
        LAST,
        PHONE,
        "Imperial",
        "51.898",
        "2.0747",
    ):
        assert secret.lower() not in everything.lower(), secret


# -- configuration


def test_endpoint_for_both_fixture_councils(sandbox: SandboxServer, env: dict[str, str]) -> None:
    assert endpoint_for(COUNTY, "pothole", env) == CouncilEndpoint(
        gss=COUNTY,
        council="Gloucestershire County Council",
        base_url=f"{sandbox.url}/open311/{COUNTY}",
        jurisdiction_id="gloucestershire.gov.uk",
        api_key_env="OPEN311_API_KEY_E10000013",
        token_first=False,
        service_id="pothole",
        service_code="HW_POTHOLE",
        attributes=(Attribute("defect_location", True, None),),
        sandbox=True,
    )
    bins = endpoint_for(DISTRICT, "missed_bin", env)
    assert bins is not None
    assert (bins.base_url, bins.jurisdiction_id, bins.token_first, bins.service_code, bins.ask) == (
        f"{sandbox.url}/open311/{DISTRICT}",
        None,
        True,
        "WS_MISSED_BIN",
        ("bin_type",),
    )
    assert bins.api_key(env) == "sandbox"
    assert bins.api_key({**env, "OPEN311_API_KEY_E07000078": "from-the-variable"}) == "from-the-variable"


def test_no_endpoint_keeps_todays_answer(env: dict[str, str]) -> None:
    assert endpoint_for(COUNTY, "missed_bin", env) is None  # a district service at the county
    assert endpoint_for(DISTRICT, "bulky_waste", env) is None  # a district service it does not map
    assert endpoint_for("E06000023", "pothole", env) is None  # Bristol: no Open311 endpoint configured
    # The fixture councils' endpoints are placeholders: without the sandbox they are never called.
    assert endpoint_for(COUNTY, "pothole", {}) is None
    assert endpoint_for(DISTRICT, "missed_bin", {}) is None


def test_config_matches_what_the_sandbox_councils_publish(env: dict[str, str]) -> None:
    """Every mapped service_code exists, its required attributes are the ones the config asks for, and
    token_first matches the council's service type (batch)."""
    councils = load_councils().councils
    assert set(councils) == {COUNTY, DISTRICT}
    for gss, council in councils.items():
        for service_id, mapping in council.services.items():
            client = client_for(gss, service_id, env)
            services = {s.service_code: s for s in client.services()}
            assert mapping.service_code in services, (gss, service_id)
            endpoint = endpoint_for(gss, service_id, env)
            assert endpoint is not None
            assert client.service_definition(mapping.service_code).required == endpoint.ask, (gss, service_id)
            assert (services[mapping.service_code].type == "batch") == council.token_first, (gss, service_id)


def write_councils(tmp_path: Path, change: Any) -> Path:
    raw = yaml.safe_load(COUNCILS_PATH.read_text(encoding="utf-8"))
    change(raw["councils"])
    path = tmp_path / "councils.yml"
    path.write_text(yaml.safe_dump(raw), encoding="utf-8")
    return path


def _set(key: str, value: Any) -> Any:
    return lambda councils: councils[COUNTY].__setitem__(key, value)


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (
            lambda c: c[COUNTY]["services"].__setitem__("potholes", {"service_code": "HW_POTHOLE"}),
            "E10000013: unknown catalogue service 'potholes'",
        ),
        (lambda c: c[COUNTY].pop("api_key_env"), "api_key_env\n  field required"),
        (lambda c: c[COUNTY].pop("token_first"), "token_first\n  field required"),
        (lambda c: c[COUNTY]["services"]["pothole"].pop("service_code"), "service_code\n  field required"),
        (_set("api_key_env", "sk_live_51HxYz"), "api_key_env is the NAME of an environment variable"),
        (_set("endpoint", "http://open311.example-council.gov.uk/v2"), "endpoint must be an https:// URL"),
        (_set("endpoint", "https://me:secret@open311.example.gov.uk/v2"), "must not hold credentials"),
        (_set("api_key", "abc123"), "api_key\n  extra fields not permitted"),
        (
            lambda c: c[COUNTY]["services"].__setitem__("missed_bin", {"service_code": "WS_MISSED_BIN"}),
            "'missed_bin' is a district service, but Gloucestershire County Council is a county council",
        ),
        (
            lambda c: c[COUNTY]["services"].__setitem__("report_crime", {"service_code": "X"}),
            "'report_crime' is not a council service",
        ),
        (lambda c: c.__setitem__("Gloucestershire", c.pop(COUNTY)), "council keys must be GSS codes"),
        (
            lambda c: c[COUNTY]["services"]["pothole"]["attributes"].append({"code": "defect_location"}),
            "attribute codes appear twice: ['defect_location']",
        ),
    ],
    ids=[
        "unknown-service",
        "missing-key-env",
        "missing-token-first",
        "missing-service-code",
        "key-not-a-name",
        "http",
        "credentials",
        "key-in-file",
        "wrong-tier",
        "not-council",
        "not-gss",
        "repeated-attribute",
    ],
)
def test_config_validation_errors(tmp_path: Path, change: Any, message: str) -> None:
    with pytest.raises(CouncilsConfigError) as raised:
        parse_councils(write_councils(tmp_path, change))
    assert message in str(raised.value)


def test_a_live_council_uses_its_endpoint_and_key_variable(tmp_path: Path) -> None:
    def live(councils: dict[str, Any]) -> None:
        councils[COUNTY]["sandbox_only"] = False

    councils = parse_councils(write_councils(tmp_path, live))
    endpoint = councils.endpoint_for(COUNTY, "pothole", {})
    assert endpoint is not None
    assert (endpoint.base_url, endpoint.sandbox) == (
        "https://open311.example-council.gov.uk/gloucestershire/v2",
        False,
    )
    assert endpoint.api_key({}) is None  # no stand-in key outside the sandbox
    assert endpoint.api_key({"OPEN311_API_KEY_E10000013": "k-123"}) == "k-123"
    sandboxed = councils.endpoint_for(COUNTY, "pothole", {"FRONTDOOR_SANDBOX_URL": "http://127.0.0.1:9/"})
    assert sandboxed is not None and sandboxed.base_url == "http://127.0.0.1:9/open311/E10000013"


def test_packaged_config_loads() -> None:
    councils = load_councils()
    assert councils.version == "1.0.0"
    assert sorted(councils.councils[COUNTY].services) == ["pavement", "pothole", "road_drain", "street_light"]
    assert sorted(councils.councils[DISTRICT].services) == ["fly_tipping", "graffiti", "litter", "missed_bin"]
