"""resolve(): the right body for every fixture area and council tier, through the real clients talking to the
local API sandbox over HTTP on loopback, and the national answer when an API fails."""

from __future__ import annotations

import time
from collections.abc import Iterator

import pytest
import requests

from bot.catalogue import load_catalogue
from bot.places.config import PlacesConfig
from bot.places.factory import build_places
from bot.places.postcode import parse_postcode
from bot.places.resolver import Places, Status, resolve
from bot.sandbox.server import SandboxServer


@pytest.fixture()
def places(sandbox: SandboxServer) -> Iterator[Places]:
    requests.delete(f"{sandbox.url}/_faults", timeout=2)
    yield build_places(PlacesConfig.from_env({"FRONTDOOR_SANDBOX_URL": sandbox.url}), cache=None)
    requests.delete(f"{sandbox.url}/_faults", timeout=2)


def run(service_id: str, postcode: str, places: Places):
    catalogue = load_catalogue()
    parsed = parse_postcode(postcode)
    assert parsed is not None
    return resolve(catalogue.service(service_id), parsed, places, catalogue)


@pytest.mark.parametrize(
    ("service", "postcode", "name", "kind", "gss"),
    [
        # two-tier: the catalogue's tier decides, so one postcode has two councils
        ("pothole", "GL50 1QA", "Gloucestershire County Council", "county", "E10000013"),
        ("missed_bin", "GL50 1QA", "Cheltenham Borough Council", "district", "E07000078"),
        ("pothole", "OX1 1BX", "Oxfordshire County Council", "county", "E10000025"),
        ("fly_tipping", "OX1 1BX", "Oxford City Council", "district", "E07000178"),
        # single-tier councils do both
        ("pothole", "BS1 5TR", "Bristol City Council", "unitary", "E06000023"),
        ("missed_bin", "BS1 5TR", "Bristol City Council", "unitary", "E06000023"),
        ("street_light", "M2 5PD", "Manchester City Council", "metropolitan", "E08000003"),
        ("graffiti", "SW1A 1AA", "City of Westminster", "london_borough", "E09000033"),
        ("pothole", "CF10 3ND", "City of Cardiff Council", "unitary", "W06000015"),
        ("council_tax", "EH1 1YJ", "City of Edinburgh Council", "unitary", "S12000036"),
        ("missed_bin", "BT1 5GS", "Belfast City Council", "unitary", "N09000003"),
    ],
)
def test_council_for_every_area_and_tier(places, service, postcode, name, kind, gss):
    resolution = run(service, postcode, places)
    assert resolution.status is Status.RESOLVED
    assert resolution.body is not None
    assert (resolution.body.name, resolution.body.kind, resolution.body.gss_code) == (name, kind, gss)
    assert resolution.body.source == "GOV.UK local-authority API"
    assert resolution.body.url and resolution.body.url.startswith("https://")


def test_two_tier_why_names_both_councils(places):
    assert run("pothole", "GL50 1QA", places).local_why == (
        "In Cheltenham that's Gloucestershire County Council, not Cheltenham Borough Council."
    )
    assert run("missed_bin", "GL50 1QA", places).local_why == (
        "In Cheltenham that's Cheltenham Borough Council, not Gloucestershire County Council."
    )
    assert "runs both county and district services" in (run("pothole", "BS1 5TR", places).local_why or "")


@pytest.mark.parametrize(
    ("service", "postcode", "name", "kind", "source"),
    [
        ("report_crime", "GL50 1QA", "Gloucestershire Constabulary", "police_force", "data.police.uk"),
        ("antisocial_behaviour", "M2 5PD", "Greater Manchester Police", "police_force", "data.police.uk"),
        ("report_crime", "CF10 3ND", "South Wales Police", "police_force", "data.police.uk"),
        ("report_crime", "EH1 1YJ", "Police Scotland", "police_force", "catalogue:police_scotland"),
        (
            "report_crime",
            "BT1 5GS",
            "Police Service of Northern Ireland (PSNI)",
            "police_force",
            "catalogue:psni",
        ),
        ("nhs_111", "GL50 1QA", "NHS 111", "nhs", "catalogue:nhs_111"),
        ("nhs_111", "CF10 3ND", "NHS 111 Wales", "nhs", "catalogue:nhs_111_wales"),
        ("nhs_111", "EH1 1YJ", "NHS 24 (Scotland)", "nhs", "catalogue:nhs_24"),
        ("gp", "BT1 5GS", "nidirect health services (Northern Ireland)", "nhs", "catalogue:nidirect_health"),
        (
            "motorway_trunk_road",
            "GL50 1QA",
            "National Highways",
            "national_agency",
            "catalogue:national_highways",
        ),
        (
            "motorway_trunk_road",
            "CF10 3ND",
            "Traffic Wales (Welsh Government trunk roads)",
            "national_agency",
            "catalogue:traffic_wales",
        ),
        (
            "pothole",
            "BT1 5GS",
            "nidirect (Northern Ireland government services)",
            "national_agency",
            "catalogue:nidirect",
        ),
        ("water_sewage", "BS1 5TR", "Bristol Water", "utility", "catalogue:water_companies:BS"),
        ("water_sewage", "GL50 1QA", "Severn Trent", "utility", "catalogue:water_companies:GL"),
    ],
)
def test_police_nhs_and_agencies_by_nation(places, service, postcode, name, kind, source):
    resolution = run(service, postcode, places)
    assert resolution.status in (Status.RESOLVED, Status.NATIONAL)
    assert resolution.body is not None
    assert (resolution.body.name, resolution.body.kind, resolution.body.source) == (name, kind, source)


def test_police_force_has_phone_and_web_address(places):
    body = run("report_crime", "GL50 1QA", places).body
    assert body is not None
    assert body.phone == "101"
    assert body.url and body.url.startswith("https://")


@pytest.mark.parametrize(
    ("postcode", "force_id"),
    [("GL50 1QA", "gloucestershire"), ("M2 5PD", "greater-manchester"), ("CF10 3ND", "south-wales")],
)
def test_police_force_carries_its_data_police_uk_id(places, postcode, force_id):
    """Forces have no GSS code: their data.police.uk id is the public code outcome events record."""
    body = run("report_crime", postcode, places).body
    assert body is not None and (body.gss_code, body.force_id) == (None, force_id)
    council = run("pothole", postcode, places).body
    assert council is not None and council.force_id is None


def test_local_policing_team_comes_with_the_neighbourhood_team(places):
    resolution = run("local_policing_team", "SW1A 1AA", places)
    assert resolution.team is not None
    assert resolution.team.source == "data.police.uk"


def test_water_split_between_companies_says_so(places):
    assert run("water_sewage", "BS1 5TR", places).local_why == (
        "In Bristol drinking water comes from Bristol Water and sewers are run by Wessex Water."
    )


def test_outcode_is_enough_when_it_decides(places):
    resolution = run("pothole", "GL50", places)
    assert resolution.status is Status.RESOLVED
    assert resolution.body is not None and resolution.body.name == "Gloucestershire County Council"


def test_outcode_spanning_councils_asks_for_the_full_postcode(places):
    assert run("graffiti", "SW1A", places).status is Status.NEED_FULL_POSTCODE


def test_unknown_and_terminated_postcodes(places):
    assert run("pothole", "SW12 1ZZ", places).status is Status.UNKNOWN_POSTCODE
    assert run("pothole", "AB1 0AA", places).status is Status.TERMINATED_POSTCODE


def fault(sandbox: SandboxServer, api: str, mode: str, **extra: object) -> None:
    reply = requests.post(f"{sandbox.url}/_faults", json={"api": api, "mode": mode, **extra}, timeout=2)
    assert reply.status_code == 200


@pytest.mark.parametrize("mode", ["timeout", "500", "429", "malformed"])
def test_postcodes_io_failure_gives_national_answer_within_3_seconds(sandbox, places, mode):
    fault(sandbox, "postcodes-io", mode, retry_after=30)
    started = time.monotonic()
    resolution = run("pothole", "GL50 1QA", places)
    assert time.monotonic() - started < 3.0
    assert resolution.status is Status.UNAVAILABLE
    assert resolution.body is None


@pytest.mark.parametrize("mode", ["timeout", "500", "429", "malformed"])
def test_govuk_failure_still_names_the_council_from_postcodes_io(sandbox, places, mode):
    fault(sandbox, "govuk", mode, retry_after=30)
    started = time.monotonic()
    resolution = run("pothole", "GL50 1QA", places)
    assert time.monotonic() - started < 3.0
    assert resolution.status is Status.RESOLVED
    assert resolution.body is not None
    assert (resolution.body.name, resolution.body.source) == (
        "Gloucestershire County Council",
        "postcodes.io",
    )


@pytest.mark.parametrize("mode", ["timeout", "500", "429", "malformed"])
def test_police_failure_gives_national_answer(sandbox, places, mode):
    fault(sandbox, "police-uk", mode, retry_after=30)
    started = time.monotonic()
    resolution = run("report_crime", "GL50 1QA", places)
    assert time.monotonic() - started < 3.0
    assert resolution.status is Status.UNAVAILABLE


def test_next_request_after_a_failure_tries_again(sandbox, places):
    fault(sandbox, "postcodes-io", "500", count=1)
    assert run("pothole", "GL50 1QA", places).status in (Status.UNAVAILABLE, Status.RESOLVED)
    assert run("pothole", "GL50 1QA", places).status is Status.RESOLVED


def test_town_name_resolves_through_its_outcode(places):
    from bot.core.decide import decide_service
    from bot.core.locate import localise

    located = localise(decide_service("pothole"), "Cheltenham", places, load_catalogue())
    assert located.body is not None
    assert located.body["name"] == "Gloucestershire County Council"
    unknown = localise(decide_service("pothole"), "Nowhereville on Sea", places, load_catalogue())
    assert unknown.body is None
    assert unknown.location == {"status": "unknown_place", "place": None, "nation": None}
