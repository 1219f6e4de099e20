"""What the public APIs tell us about a place, as plain typed values (no HTTP, no Rasa)."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class PostcodeInfo:
    """postcodes.io `/postcodes/{postcode}` result, reduced to what routing needs."""

    postcode: str  # normalised, e.g. "GL50 1AA"
    outcode: str
    country: str  # "England", "Wales", "Scotland", "Northern Ireland"
    latitude: float | None
    longitude: float | None
    district_name: str | None  # admin_district (the lower tier, or the unitary council)
    district_gss: str | None
    county_name: str | None  # admin_county: only in two-tier areas
    county_gss: str | None
    police_force_area: str | None = None  # pfa, where the API gives it


@dataclass(frozen=True)
class OutcodeInfo:
    """postcodes.io `/outcodes/{outcode}`: an outcode can span several councils."""

    outcode: str
    countries: tuple[str, ...]
    district_names: tuple[str, ...]
    county_names: tuple[str, ...]
    latitude: float | None
    longitude: float | None


@dataclass(frozen=True)
class LocalAuthority:
    """GOV.UK `/api/local-authority`: a council, its tier and homepage."""

    name: str
    slug: str
    tier: str  # "county", "district" or "unitary"
    homepage_url: str | None
    country: str | None = None
    gss: str | None = None
    parent: LocalAuthority | None = None


@dataclass(frozen=True)
class ServiceLink:
    """A council's own page for a service (GOV.UK local links, by LGSL code)."""

    url: str
    lgsl: int
    title: str | None = None


@dataclass(frozen=True)
class EngagementMethod:
    """One way to contact a police force (data.police.uk's `engagement_methods`): its type, link and title."""

    kind: str
    url: str | None
    title: str | None = None


@dataclass(frozen=True)
class PoliceForce:
    """data.police.uk `/forces/{id}`."""

    id: str
    name: str
    url: str | None
    telephone: str | None
    engagement_methods: tuple[EngagementMethod, ...] = field(default=())


@dataclass(frozen=True)
class Neighbourhood:
    """data.police.uk `/{force}/{neighbourhood}`: the local policing team."""

    force_id: str
    id: str
    name: str | None
    url: str | None
    telephone: str | None
    email: str | None
