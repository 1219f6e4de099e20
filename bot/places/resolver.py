"""Decide which real body handles a service where the person is: the right council tier, their police force,
the NHS or agency for their nation, or their water company. Every answer comes from a public API or the
catalogue, with its source named. Any API failure degrades to the national answer, never to a guess.
"""

from __future__ import annotations

import logging
import time
from dataclasses import asdict, dataclass, field
from enum import Enum
from typing import Any, Protocol

from bot.catalogue import Catalogue, Contact, Nation, Route, Service, Tier
from bot.places.errors import NotFound, PlacesError
from bot.places.model import (
    LocalAuthority,
    Neighbourhood,
    OutcodeInfo,
    PoliceForce,
    PostcodeInfo,
    ServiceLink,
)
from bot.places.postcode import Postcode

logger = logging.getLogger(__name__)

# The whole resolution must leave time to answer within 3 s: optional calls are skipped past these marks.
BUDGET_SECONDS = 2.5
OPTIONAL_CALL_MIN_REMAINING = 0.9

NATIONS = {
    "England": Nation.ENGLAND,
    "Wales": Nation.WALES,
    "Scotland": Nation.SCOTLAND,
    "Northern Ireland": Nation.NORTHERN_IRELAND,
}
# ONS GSS code prefixes -> the kind of council.
GSS_KINDS = {
    "E06": "unitary",
    "E07": "district",
    "E08": "metropolitan",
    "E09": "london_borough",
    "E10": "county",
    "W06": "unitary",
    "S12": "unitary",
    "N09": "unitary",
}


class PostcodeLookup(Protocol):
    """What the resolver asks postcodes.io (`PostcodesIoClient`)."""

    def lookup(self, postcode: str) -> PostcodeInfo:
        """A full postcode's nation, council areas and position; NotFound when it is not a live one."""

    def search_places(self, query: str, limit: int = 10) -> list[Any]:
        """Ordnance Survey places matching a town or street name, best first."""

    def outcode(self, outcode: str) -> OutcodeInfo:
        """The nations and council areas an outcode spans."""

    def is_terminated(self, postcode: str) -> bool:
        """Whether an unknown postcode once existed and was withdrawn."""


class CouncilLookup(Protocol):
    """What the resolver asks GOV.UK (`GovUkClient`)."""

    def local_authorities(self, postcode: str) -> list[LocalAuthority]:
        """Every council covering the postcode, each district followed by its county."""

    def service_link(self, slug: str, lgsl: int, lgil: int | None = None) -> ServiceLink | None:
        """The council's own page for an LGSL service, or None."""


class PoliceLookup(Protocol):
    """What the resolver asks data.police.uk (`PoliceUkClient`)."""

    def locate_neighbourhood(self, latitude: float, longitude: float) -> tuple[str, str]:
        """(force id, neighbourhood id) for a point; NotFound where the API has no force."""

    def force(self, force_id: str) -> PoliceForce:
        """A force's name and published contacts."""

    def neighbourhood(self, force_id: str, neighbourhood_id: str) -> Neighbourhood:
        """A neighbourhood policing team's name and contacts."""


@dataclass
class Places:
    """The three public-API clients, passed in so tests and the sandbox can supply their own."""

    postcodes: PostcodeLookup
    councils: CouncilLookup
    police: PoliceLookup


class Status(str, Enum):
    """How a lookup ended: RESOLVED and NATIONAL carry a body; the others say what to ask for or explain."""

    RESOLVED = "resolved"
    NATIONAL = "national"  # the service is the same everywhere (or for this nation)
    NEED_FULL_POSTCODE = "need_full_postcode"
    UNKNOWN_POSTCODE = "unknown_postcode"
    UNKNOWN_PLACE = "unknown_place"
    TERMINATED_POSTCODE = "terminated_postcode"
    UNAVAILABLE = "unavailable"  # an API failed: answer nationally and say how to find the body
    NEEDS_POSTCODE = "needs_postcode"  # the triage API: the answer depends on place and none was given
    INVALID_POSTCODE = "invalid_postcode"  # the triage API: the postcode given is not a postcode


@dataclass(frozen=True)
class Body:
    """The body that handles it, and where that fact came from."""

    name: str
    kind: str  # county, district, unitary, metropolitan, london_borough, police_force, nhs, national_agency, utility
    gss_code: str | None
    phone: str | None
    url: str | None
    source: str
    email: str | None = None
    force_id: str | None = None  # a police force's data.police.uk id ("gloucestershire"): its public code


@dataclass(frozen=True)
class Resolution:
    """One lookup's outcome: its status, the body (and policing team), and the sentence that explains it."""

    status: Status
    body: Body | None = None
    local_why: str | None = None
    place: str | None = None
    nation: Nation | None = None
    contacts: list[Contact] = field(default_factory=list)
    team: Body | None = None  # the neighbourhood policing team, where known

    def body_json(self) -> dict[str, Any] | None:
        """The body as a plain dict, or None when none was found."""
        return asdict(self.body) if self.body else None


def resolve(service: Service, postcode: Postcode, places: Places, catalogue: Catalogue) -> Resolution:
    """Resolve one service at one postcode. Never raises: failures come back as a status."""
    started = time.monotonic()
    try:
        if postcode.full is None:
            return _resolve_outcode(service, postcode, places, catalogue)
        try:
            info = places.postcodes.lookup(postcode.full)
        except NotFound:
            return _not_found(postcode, places)
        return _resolve_full(service, postcode, info, places, catalogue, started)
    except PlacesError as error:
        logger.warning(
            "place lookup failed for %s (%s): %s", postcode.outcode, service.id, type(error).__name__
        )
        return Resolution(Status.UNAVAILABLE)


def _not_found(postcode: Postcode, places: Places) -> Resolution:
    try:
        terminated = places.postcodes.is_terminated(postcode.full or postcode.outcode)
    except PlacesError:
        terminated = False
    return Resolution(Status.TERMINATED_POSTCODE if terminated else Status.UNKNOWN_POSTCODE)


def place_name(area: str | None) -> str | None:
    """ONS area names as people say them: "Bristol, City of" -> "Bristol"."""
    if area and area.endswith(", City of"):
        return area[: -len(", City of")]
    return area


def _remaining(started: float) -> float:
    return BUDGET_SECONDS - (time.monotonic() - started)


def _national(service: Service, nation: Nation | None, catalogue: Catalogue, place: str | None) -> Resolution:
    """The catalogue's answer for this nation (NHS 24 in Scotland, the PSNI, National Highways...)."""
    contacts = catalogue.contacts_for(service, nation)
    first = contacts[0]
    kind = {Route.POLICE: "police_force", Route.NHS: "nhs"}.get(service.route, "national_agency")
    body = Body(first.name, kind, None, first.phone, first.url, f"catalogue:{first.id}")
    why = None
    if nation is not None and nation in service.nations:
        why = f"{place or 'There'} is in {nation.value.replace('_', ' ').title()}, where {first.name} handles this."
    return Resolution(Status.NATIONAL, body, why, place, nation, contacts)


def _resolve_full(
    service: Service,
    postcode: Postcode,
    info: PostcodeInfo,
    places: Places,
    catalogue: Catalogue,
    started: float,
) -> Resolution:
    nation = NATIONS.get(info.country)
    place = place_name(info.district_name)
    if nation is not None and nation in service.nations:
        return _national(service, nation, catalogue, place)
    if service.route is Route.COUNCIL:
        return _council(service, postcode, info, places, catalogue, started, nation)
    if service.route is Route.POLICE:
        return _police(service, info.latitude, info.longitude, places, place, nation)
    if service.id == "water_sewage":
        return _water(service, postcode, catalogue, place, nation)
    return _national(service, nation, catalogue, place)


def _council(
    service: Service,
    postcode: Postcode,
    info: PostcodeInfo,
    places: Places,
    catalogue: Catalogue,
    started: float,
    nation: Nation | None,
) -> Resolution:
    place = place_name(info.district_name)
    authorities: list[LocalAuthority] = []
    if _remaining(started) > OPTIONAL_CALL_MIN_REMAINING:
        try:
            authorities = places.councils.local_authorities(postcode.full or postcode.outcode)
        except PlacesError as error:
            logger.warning(
                "GOV.UK local authority lookup failed for %s: %s", postcode.outcode, type(error).__name__
            )
    chosen, other = _choose_council(service.tier, authorities)
    if chosen is not None:
        gss = chosen.gss or _gss_for(chosen.name, info)
        url = chosen.homepage_url
        if service.lgsl and _remaining(started) > OPTIONAL_CALL_MIN_REMAINING:
            try:
                link = places.councils.service_link(chosen.slug, service.lgsl)
            except PlacesError:
                link = None
            url = link.url if link else url
        body = Body(chosen.name, _kind(gss, chosen.tier), gss, None, url, "GOV.UK local-authority API")
        return Resolution(Status.RESOLVED, body, _council_why(place, chosen.name, other), place, nation)
    # GOV.UK unavailable: postcodes.io alone still names the right council (no homepage).
    county = council_name(info.county_name, "county") if info.county_name else None
    other_name: str | None
    if county and service.tier is Tier.COUNTY:
        name, gss, other_name = county, info.county_gss, council_name(info.district_name, "district")
    elif info.district_name:
        kind = "district" if county else "unitary"
        name, gss, other_name = council_name(info.district_name, kind), info.district_gss, county
    else:
        return Resolution(Status.UNAVAILABLE, place=place, nation=nation)
    body = Body(name, _kind(gss, None), gss, None, None, "postcodes.io")
    return Resolution(Status.RESOLVED, body, _council_why(place, name, other_name), place, nation)


def council_name(area: str | None, kind: str) -> str:
    """A council's name from its area name alone (postcodes.io gives areas, not councils). Every English county
    council is "<area> County Council"; district and unitary names vary, so those stay descriptive."""
    if kind == "county":
        return f"{area} County Council"
    return f"{area} {'district ' if kind == 'district' else ''}council"


def _choose_council(
    tier: Tier | None, authorities: list[LocalAuthority]
) -> tuple[LocalAuthority | None, str | None]:
    """(the council that does this tier, the other council's name in a two-tier area)."""
    for authority in authorities:
        if authority.tier == "unitary":
            return authority, None
    district = next((a for a in authorities if a.tier == "district"), None)
    county = next((a for a in authorities if a.tier == "county"), None) or (
        district.parent if district else None
    )
    if tier is Tier.COUNTY and county is not None:
        return county, district.name if district else None
    if district is not None:
        return district, county.name if county else None
    return county, None


def _gss_for(name: str, info: PostcodeInfo) -> str | None:
    if info.county_name and name.startswith(info.county_name):
        return info.county_gss
    if info.district_name and name.startswith(info.district_name):
        return info.district_gss
    return None


def _kind(gss: str | None, tier: str | None) -> str:
    if gss and gss[:3] in GSS_KINDS:
        return GSS_KINDS[gss[:3]]
    return tier or "unitary"


def _council_why(place: str | None, chosen: str, other: str | None) -> str:
    where = f"In {place}" if place else "There"
    if other:
        return f"{where} that's {chosen}, not {other}."
    return f"{where} that's {chosen}, which runs both county and district services."


def _police(
    service: Service,
    latitude: float | None,
    longitude: float | None,
    places: Places,
    place: str | None,
    nation: Nation | None,
) -> Resolution:
    if latitude is None or longitude is None:
        return Resolution(Status.UNAVAILABLE, place=place, nation=nation)
    force_id, neighbourhood_id = places.police.locate_neighbourhood(latitude, longitude)
    force = places.police.force(force_id)
    body = Body(
        force.name,
        "police_force",
        None,
        force.telephone or "101",
        force.url,
        "data.police.uk",
        force_id=force.id or force_id,
    )
    team = None
    if service.id == "local_policing_team":
        try:
            hood = places.police.neighbourhood(force_id, neighbourhood_id)
            team = Body(
                hood.name or "Neighbourhood policing team",
                "police_force",
                None,
                hood.telephone,
                hood.url,
                "data.police.uk",
                hood.email,
            )
        except PlacesError:
            team = None
    why = f"{place or 'That area'} is covered by {force.name}."
    return Resolution(Status.RESOLVED, body, why, place, nation, team=team)


def _water(
    service: Service, postcode: Postcode, catalogue: Catalogue, place: str | None, nation: Nation | None
) -> Resolution:
    area = catalogue.water_areas.get(postcode.area)
    if area is None:
        return _national(service, nation, catalogue, place)
    company = catalogue.contacts[area.water]
    sewerage = catalogue.contacts[area.sewerage]
    body = Body(
        company.name,
        "utility",
        None,
        company.phone,
        company.url,
        f"catalogue:water_companies:{postcode.area}",
    )
    if sewerage.id != company.id:
        why = (
            f"In {place or postcode.area} drinking water comes from {company.name} and sewers are run by "
            f"{sewerage.name}."
        )
        contacts = [company, sewerage]
    else:
        why = f"In {place or postcode.area} water and sewers are run by {company.name}."
        contacts = [company]
    return Resolution(Status.RESOLVED, body, why, place, nation, contacts)


def _resolve_outcode(
    service: Service, postcode: Postcode, places: Places, catalogue: Catalogue
) -> Resolution:
    """An outcode is enough when everything the answer needs is the same across it."""
    try:
        info = places.postcodes.outcode(postcode.outcode)
    except NotFound:
        return Resolution(Status.UNKNOWN_POSTCODE)
    if len(set(info.countries)) != 1:
        return Resolution(Status.NEED_FULL_POSTCODE)
    nation = NATIONS.get(info.countries[0])
    place = place_name(info.district_names[0]) if len(info.district_names) == 1 else None
    if nation is not None and nation in service.nations:
        return _national(service, nation, catalogue, place)
    if service.route is Route.COUNCIL:
        counties = set(info.county_names)
        county = council_name(next(iter(counties)), "county") if len(counties) == 1 else None
        if service.tier is Tier.COUNTY and county is not None:
            body = Body(county, "county", None, None, None, "postcodes.io")
            district = council_name(place, "district") if place else None
            return Resolution(Status.RESOLVED, body, _council_why(place, county, district), place, nation)
        if place is None or (counties and county is None):
            return Resolution(Status.NEED_FULL_POSTCODE)
        kind = "district" if counties else "unitary"
        body = Body(council_name(place, kind), kind, None, None, None, "postcodes.io")
        return Resolution(Status.RESOLVED, body, _council_why(place, body.name, county), place, nation)
    if service.route is Route.POLICE:
        if place is None:
            return Resolution(Status.NEED_FULL_POSTCODE)
        return _police(service, info.latitude, info.longitude, places, place, nation)
    if service.id == "water_sewage":
        return _water(service, postcode, catalogue, place, nation)
    return _national(service, nation, catalogue, place)
