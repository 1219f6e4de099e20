"""The insight dashboard's data (`GET /api/insight`, drawn by bot/web/static/insight.js): plain JSON built only
from :mod:`bot.insight.measures` and :mod:`bot.insight.harm`, so every number on the page is defined and
suppressed exactly as in the monthly report and the open-data export. No Rasa imports.

Every count leaves here as a cell ``{"value": 12, "text": "12"}`` or, below 10, ``{"value": null, "text":
"<10"}`` (the value is gone before the JSON is made: a :class:`~bot.insight.measures.Count` can't hold it),
and every share as a value or null with the counts it is built on. What is published: closed-set values
(routes, doors), catalogue service names and postcode districts; never words, full postcodes or event ids.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import TypedDict

import sqlalchemy as sa

from bot.catalogue import Catalogue, load_catalogue
from bot.insight.events import CHANNELS, ROUTES
from bot.insight.harm import HarmResult, HarmWeight, harm_by_district, load_weights
from bot.insight.measures import (
    SUPPRESS_BELOW,
    SUPPRESSED,
    Count,
    Demand,
    FeedbackRates,
    Headline,
    Period,
    Share,
    demand,
    headline,
    publish,
    share,
    top,
)
from bot.insight.report import SYNTHETIC_NOTE, TOP_SERVICES
from bot.insight.store import OUTCOME_EVENTS, InsightStore

# The page's default and the longest period one request may ask for (the retention period, plus a day).
DEFAULT_DAYS = 28
MAX_DAYS = 731
# How often the page asks again: new events are written within a fraction of a second of a reply.
REFRESH_SECONDS = 5

ROUTE_NAMES: dict[str, str] = {
    "emergency": "Emergency (999)",
    "crisis": "Mental-health crisis",
    "police": "Police",
    "council": "Council",
    "nhs": "NHS",
    "other_agency": "Other agency",
    "out_of_scope": "Out of scope",
    "conversation": "Conversation",
}
# The doors as a reader knows them (bot/insight/events.py CHANNELS).
DOOR_NAMES: dict[str, str] = {
    "socketio": "Chat widget",
    "rest": "REST webhook",
    "triage": "Triage API",
    "console": "Call-handler console",
    "whatsapp": "WhatsApp",
    "twilio": "SMS and WhatsApp (Twilio)",
    "telegram": "Telegram",
}
HARM_OFF_NOTE = (
    "Harm weighting is off: no police service has a cited weight yet (bot/insight/data/harm_weights.csv), so "
    "the map shows contacts per postcode district, not harm. It turns on by itself when a weight is added "
    "with its published source."
)
NO_POSTCODE_NOTE = "Contacts with no postcode are not on the map."

_DISTRICT = re.compile(r"([A-Z]+)(\d+)([A-Z]?)")


class Cell(TypedDict):
    """A published count: `value` is null when it was below 10, and `text` says "<10"."""

    value: int | None
    text: str


class ShareCell(TypedDict):
    """A published share: `value` (0 to 1) is null when its numerator or denominator was below 10."""

    value: float | None
    text: str
    numerator: Cell
    denominator: Cell


class NamedShare(ShareCell):
    """A headline share with its key and the name the page shows ("Kept off the police")."""

    key: str
    name: str


class Item(TypedDict):
    """One bar or table row: what it is (`key`, a closed-set value or catalogue id) and its count."""

    key: str
    name: str
    count: Cell


class Series(TypedDict):
    """One route's contacts per day for the demand chart, a cell for every day of the period."""

    key: str
    name: str
    counts: list[Cell]


class DistrictRow(TypedDict):
    """One postcode district: all its contacts, its police contacts, and their harm when weighted."""

    district: str
    contacts: Cell
    police: Cell | None
    weighted: Cell | None
    harm: float | None


class Feedback(TypedDict):
    """Answers to "Did this help?": yes and no taps, yes out of all taps, contacts with a tap out of all."""

    yes: Cell
    no: Cell
    helpful: ShareCell
    answered: ShareCell


class Districts(TypedDict):
    """The heat map: what it measures (harm when weighted, else contacts), the note saying which, its rows."""

    measure: str  # "contacts", or "harm" when any contact in the period was harm-weighted
    unit: str
    weighted: bool
    note: str
    rows: list[DistrictRow]


class PeriodJson(TypedDict):
    """The period shown: first and last day, its label, and every day in it (the demand chart's axis)."""

    start: str
    last_day: str
    label: str
    days: list[str]


class Dashboard(TypedDict):
    """What `GET /api/insight` returns."""

    synthetic: bool
    synthetic_note: str | None
    suppress_below: int
    suppressed: str
    refresh_seconds: int
    period: PeriodJson
    contacts: Cell
    shares: list[NamedShare]
    feedback: Feedback
    demand: list[Series]
    services: list[Item]
    doors: list[Item]
    districts: Districts


@dataclass(frozen=True)
class Facts:
    """The measures one dashboard is drawn from (all published already)."""

    headline: Headline
    by_route: Demand
    services: Demand
    doors: Demand
    districts: Demand
    harm: HarmResult


def period_for(days: int | None = None, month: str | None = None, *, today: dt.date | None = None) -> Period:
    """A calendar month ("2026-11") or the last `days` UTC days up to and including today (default 28).
    Raises ValueError for a bad month or a number of days outside 1 to :data:`MAX_DAYS`."""
    if month:
        return Period.month(month)
    days = DEFAULT_DAYS if days is None else days
    if not 1 <= days <= MAX_DAYS:
        raise ValueError(f"days must be from 1 to {MAX_DAYS}")
    last = today or dt.datetime.now(dt.timezone.utc).date()
    return Period.days(last - dt.timedelta(days=days - 1), last)


def build(
    store: InsightStore,
    period: Period,
    *,
    synthetic: bool = False,
    weights: Mapping[str, HarmWeight] | None = None,
    catalogue: Catalogue | None = None,
) -> Dashboard:
    """The dashboard for `period`. Blocking (SQLAlchemy): call it off the event loop. A database whose table
    does not exist yet (no event written since it was made) is shown as one with no events."""
    weights = load_weights() if weights is None else weights
    facts = gather(store, period, weights) if _has_events_table(store) else no_events(period)
    return to_json(facts, weights, synthetic=synthetic, catalogue=catalogue or load_catalogue())


def gather(store: InsightStore, period: Period, weights: Mapping[str, HarmWeight]) -> Facts:
    """Every measure the page shows, each from bot.insight.measures (or harm.py for the heat map)."""
    return Facts(
        headline=headline(store, period),
        by_route=demand(store, period, "route", bucket="day"),
        services=demand(store, period, "service"),
        doors=demand(store, period, "channel"),
        districts=demand(store, period, "postcode_district"),
        harm=harm_by_district(store, period, weights),
    )


def no_events(period: Period) -> Facts:
    """The measures of a period with no events, for a database nothing has been written to yet."""
    nothing = share(0, 0)
    return Facts(
        headline=Headline(
            period,
            publish(0),
            nothing,
            nothing,
            nothing,
            nothing,
            FeedbackRates(publish(0), publish(0), nothing, nothing),
        ),
        by_route=Demand(period, ("route",), "day", ()),
        services=Demand(period, ("service",), None, ()),
        doors=Demand(period, ("channel",), None, ()),
        districts=Demand(period, ("postcode_district",), None, ()),
        harm=HarmResult(period, "weight", (), (), ()),
    )


def to_json(
    facts: Facts, weights: Mapping[str, HarmWeight], *, synthetic: bool, catalogue: Catalogue
) -> Dashboard:
    """The published measures as the page's JSON (nothing is counted here, only arranged)."""
    period = facts.headline.period
    days = period.dates()
    feedback = facts.headline.feedback
    return Dashboard(
        synthetic=synthetic,
        synthetic_note=SYNTHETIC_NOTE if synthetic else None,
        suppress_below=SUPPRESS_BELOW,
        suppressed=SUPPRESSED,
        refresh_seconds=REFRESH_SECONDS,
        period=PeriodJson(
            start=period.start.isoformat(),
            last_day=period.last_day.isoformat(),
            label=period.label,
            days=[day.isoformat() for day in days],
        ),
        contacts=cell(facts.headline.events),
        shares=[
            _named("kept_off_police", "Kept off the police", facts.headline.kept_off_police),
            _named("crisis", "Mental-health crisis", facts.headline.crisis),
            _named("declined", "Declined (out of scope)", facts.headline.declined),
            _named("asked", "Asked which service was meant", facts.headline.asked),
        ],
        feedback=Feedback(
            yes=cell(feedback.yes),
            no=cell(feedback.no),
            helpful=share_cell(feedback.helpful),
            answered=share_cell(feedback.answered),
        ),
        demand=_demand_series(facts.by_route, days),
        services=[
            Item(key=str(row.keys[0]), name=_service_name(row.keys[0], catalogue), count=cell(row.count))
            for row in top([row for row in facts.services.rows if row.keys[0] is not None], TOP_SERVICES)
        ],
        doors=[
            Item(key=door, name=DOOR_NAMES.get(door, door), count=cell(facts.doors.get(door)))
            for door in CHANNELS
        ],
        districts=_districts(facts.districts, facts.harm, weights),
    )


def cell(count: Count) -> Cell:
    """A published count as JSON: the value (null when suppressed) and how it is shown."""
    return Cell(value=count.value, text=str(count))


def share_cell(value: Share) -> ShareCell:
    """A published share as JSON: withheld (null) when either count is below 10."""
    number = value.value
    return ShareCell(
        value=None if number is None else round(number, 4),
        text=f"withheld ({SUPPRESSED})" if number is None else f"{number:.1%}",
        numerator=cell(value.numerator),
        denominator=cell(value.denominator),
    )


def _named(key: str, name: str, value: Share) -> NamedShare:
    return NamedShare(key=key, name=name, **share_cell(value))


def _demand_series(by_route: Demand, days: list[dt.date]) -> list[Series]:
    """One series per route that had any contact, a cell per day ("<10" on days with fewer, or none)."""
    cells = {(row.when, row.keys[0]): row.count for row in by_route.rows}
    seen = {row.keys[0] for row in by_route.rows}
    return [
        Series(
            key=route,
            name=ROUTE_NAMES.get(route, route),
            counts=[cell(cells.get((day, route), publish(0))) for day in days],
        )
        for route in ROUTES
        if route in seen
    ]


def _districts(contacts: Demand, harm: HarmResult, weights: Mapping[str, HarmWeight]) -> Districts:
    """Contacts per district for the heat map, with police contacts and harm beside them when weighted."""
    weighted = bool(harm.weighted_services)
    police = {row.district: row for row in harm.rows if row.district is not None}
    rows = []
    for row in contacts.rows:
        district = row.keys[0]
        if district is None:
            continue
        found = police.get(district)
        rows.append(
            DistrictRow(
                district=district,
                contacts=cell(row.count),
                police=cell(found.events) if weighted and found else None,
                weighted=cell(found.weighted_events) if weighted and found else None,
                harm=found.harm if weighted and found else None,
            )
        )
    rows.sort(key=lambda r: district_order(r["district"]))
    has_weights = any(weight.weight is not None for weight in weights.values())
    if weighted:
        note = f"{harm.note} Districts without a harm figure are grey. {NO_POSTCODE_NOTE}"
    elif has_weights:
        note = (
            "No police contact in this period was of a service with a cited weight, so the map shows contacts "
            f"per postcode district, not harm. {NO_POSTCODE_NOTE}"
        )
    else:
        note = f"{HARM_OFF_NOTE} {NO_POSTCODE_NOTE}"
    return Districts(
        measure="harm" if weighted else "contacts",
        unit=harm.unit if weighted else "contacts",
        weighted=weighted,
        note=note,
        rows=rows,
    )


def district_order(district: str) -> tuple[str, int, str]:
    """Postcode order (GL2 before GL10), so districts of one area sit together on the map."""
    match = _DISTRICT.fullmatch(district)
    if match is None:
        return (district, 0, "")
    return (match.group(1), int(match.group(2)), match.group(3))


def _service_name(service: str | None, catalogue: Catalogue) -> str:
    if service is None:
        return "No single service"
    return catalogue.service(service).name if service in catalogue else service


def _has_events_table(store: InsightStore) -> bool:
    return bool(sa.inspect(store.engine).has_table(OUTCOME_EVENTS.name))
