"""The catalogue's schema: what a service and a contact must say, validated when the catalogue loads."""

from __future__ import annotations

import datetime as dt
import re
from enum import Enum

from pydantic import BaseModel, Extra, Field, root_validator, validator


class Route(str, Enum):
    """Where a decision sends the person. The conversation and out-of-scope routes have no service."""

    EMERGENCY = "emergency"
    CRISIS = "crisis"
    POLICE = "police"
    COUNCIL = "council"
    NHS = "nhs"
    OTHER_AGENCY = "other_agency"
    OUT_OF_SCOPE = "out_of_scope"
    CONVERSATION = "conversation"


SERVICE_ROUTES = (Route.EMERGENCY, Route.CRISIS, Route.POLICE, Route.COUNCIL, Route.NHS, Route.OTHER_AGENCY)


class Tier(str, Enum):
    """Which council does the job in a two-tier area (unitary councils do both)."""

    COUNTY = "county"
    DISTRICT = "district"


class Nation(str, Enum):
    """Services differ across the UK's nations (NHS 24 in Scotland, the PSNI, DfI Roads in Northern Ireland)."""

    ENGLAND = "england"
    WALES = "wales"
    SCOTLAND = "scotland"
    NORTHERN_IRELAND = "northern_ireland"


class Urgency(str, Enum):
    """How soon the person needs help; an emergency service is never kept waiting for a place."""

    EMERGENCY = "emergency"
    URGENT = "urgent"
    ROUTINE = "routine"


_ID = re.compile(r"^[a-z][a-z0-9_]*$")


class Contact(BaseModel, extra=Extra.forbid):
    """One published way to reach a body. Every field here is shown to people, so each has a source."""

    id: str = ""
    name: str
    phone: str | None = None
    text: str | None = None
    url: str | None = None
    hours: str | None = None
    notes: str | None = None
    source: str
    checked: dt.date

    @validator("url", "source")
    def _https(cls, value: str | None) -> str | None:
        if value is not None and not value.startswith("https://"):
            raise ValueError("web addresses must be https://")
        return value

    @root_validator(skip_on_failure=True)
    def _reachable(cls, values: dict) -> dict:
        if not (values.get("phone") or values.get("url") or values.get("text")):
            raise ValueError("a contact needs a phone number, a text number or a web address")
        return values


class Service(BaseModel, extra=Extra.forbid):
    """One thing a person may need, who handles it, and what to tell them."""

    id: str
    name: str
    route: Route
    tier: Tier | None = None
    urgency: Urgency
    location: bool = False
    lgsl: int | None = None
    say: str = Field(min_length=10)
    why: str = Field(min_length=10)
    contacts: list[str] = Field(min_items=1)
    # Where a nation has a different body, its contacts replace `contacts` there (and the council is skipped).
    nations: dict[Nation, list[str]] = Field(default_factory=dict)

    @validator("id")
    def _id_shape(cls, value: str) -> str:
        if not _ID.match(value):
            raise ValueError(f"service id {value!r} must be lower_snake_case")
        return value

    @validator("route")
    def _service_route(cls, value: Route) -> Route:
        if value not in SERVICE_ROUTES:
            raise ValueError(f"a service cannot have route {value.value}")
        return value

    @root_validator(skip_on_failure=True)
    def _tier_only_for_council(cls, values: dict) -> dict:
        is_council = values["route"] == Route.COUNCIL
        if is_council and values.get("tier") is None:
            raise ValueError(f"council service {values['id']} needs a tier (county or district)")
        if not is_council and values.get("tier") is not None:
            raise ValueError(f"service {values['id']} is not a council service but has a tier")
        return values


class WaterArea(BaseModel, extra=Extra.forbid):
    """The water and the sewerage company (contact ids) for one postcode area; they can differ."""

    water: str
    sewerage: str


class WaterCompanies(BaseModel, extra=Extra.forbid):
    """Water and sewerage company by postcode area, with where the table came from."""

    source: str
    checked: dt.date
    areas: dict[str, WaterArea]


class CatalogueFile(BaseModel, extra=Extra.forbid):
    """The whole file: a version, shared contacts and the services that reference them."""

    version: str = Field(regex=r"^\d+\.\d+\.\d+$")
    updated: dt.date
    contacts: dict[str, Contact]
    services: list[Service]
    water_companies: WaterCompanies

    @root_validator(skip_on_failure=True)
    def _references(cls, values: dict) -> dict:
        contacts: dict[str, Contact] = values["contacts"]
        seen: set[str] = set()
        for service in values["services"]:
            if service.id in seen:
                raise ValueError(f"service id {service.id} appears twice")
            seen.add(service.id)
            referenced = service.contacts + [c for ids in service.nations.values() for c in ids]
            missing = [c for c in referenced if c not in contacts]
            if missing:
                raise ValueError(f"service {service.id} references unknown contacts {missing}")
        water: WaterCompanies = values["water_companies"]
        for area, companies in water.areas.items():
            for company in (companies.water, companies.sewerage):
                if company not in contacts:
                    raise ValueError(f"water area {area} references unknown contact {company}")
        for contact_id, contact in contacts.items():
            contact.id = contact_id
        return values
