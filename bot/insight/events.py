"""One anonymous outcome event per decision: what kind of help was asked for, where (to the postcode district)
and how it ended, so demand can be counted without holding anything about a person.

Every field is a closed set, a catalogue-shaped id, a public body's code or an outward postcode: there is no
place for words, and nothing links two events (the hour is rounded; the id is a random UUID4 that no one else
holds). A "Did this help?" tap finds its outcome by its facets, not its id: events with equal facets are
interchangeable, so the conversation never needs to hold anything that points at one row. No Rasa imports.
"""

from __future__ import annotations

import datetime as dt
import re
import uuid
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from bot.catalogue.schema import Route, Tier
from bot.places.postcode import OUTCODE_NORMALISED, parse_postcode

# The doors, as named in bot/ops/metrics.py's channel labels (and "console": the deployer's lookup page).
CHANNELS = ("rest", "socketio", "triage", "whatsapp", "twilio", "telegram", "console")
ROUTES = tuple(route.value for route in Route)
COUNCIL_TIERS = tuple(tier.value for tier in Tier)
# bot.safety.flags.SafetyFlag's values in its order of severity, repeated here because importing bot.safety
# compiles every rule (0.5 s) and the retention job needs none of it; a unit test keeps the two equal.
SAFETY_FLAGS = ("emergency", "crisis", "child_at_risk", "domestic_abuse")
OUTCOMES = ("answered", "asked", "declined", "report_filed", "handed_to_person")
WOULD_HAVE_CALLED = ("none", "police_101", "police_999")
FEEDBACK = ("yes", "no")

# Catalogue ids are lower_snake_case (bot/catalogue/schema.py); the longest today has 21 characters, 32 fit.
SERVICE_ID = re.compile(r"[a-z][a-z0-9_]{0,31}")
# A GSS code ("E10000013" Gloucestershire, "W06000015" Cardiff) or a data.police.uk force id
# ("gloucestershire", "devon-and-cornwall"; the longest, "british-transport-police", has 24 characters).
GSS_CODE = re.compile(r"[ENSW]\d{8}")
FORCE_ID = re.compile(r"[a-z]+(?:-[a-z]+)*")
MAX_FORCE_ID = 32
# An outward code only: "M1", "GL50", "SW1A", "EC1A". Four characters at most, so an inward part can't fit.
OUTWARD_CODE = OUTCODE_NORMALISED


@dataclass(frozen=True)
class OutcomeEvent:
    """One decision's outcome. Build it with :func:`outcome_event`, which normalises; this class only checks,
    so an event that reaches the store is well-formed however it was made."""

    hour: dt.datetime
    channel: str
    route: str
    service: str | None
    council_tier: str | None
    body_code: str | None
    postcode_district: str | None
    safety_flags: tuple[str, ...]
    outcome: str
    would_have_called: str = "none"
    feedback: str | None = None
    id: str = field(default_factory=lambda: str(uuid.uuid4()))

    def __post_init__(self) -> None:
        _check_hour(self.hour)
        _check_in("channel", self.channel, CHANNELS)
        _check_in("route", self.route, ROUTES)
        if self.service is not None and not SERVICE_ID.fullmatch(self.service):
            raise ValueError(f"service must be a catalogue id, not {self.service!r}")
        if self.council_tier is not None:
            _check_in("council_tier", self.council_tier, COUNCIL_TIERS)
        if self.body_code is not None and not is_body_code(self.body_code):
            raise ValueError(f"body_code must be a GSS code or a police force id, not {self.body_code!r}")
        if self.postcode_district is not None and not OUTWARD_CODE.fullmatch(self.postcode_district):
            raise ValueError("postcode_district must be an outward code only (e.g. GL50)")
        for flag in self.safety_flags:
            _check_in("safety flag", flag, SAFETY_FLAGS)
        if list(self.safety_flags) != sorted(set(self.safety_flags), key=SAFETY_FLAGS.index):
            raise ValueError("safety_flags must be distinct and in order of severity")
        _check_in("outcome", self.outcome, OUTCOMES)
        _check_in("would_have_called", self.would_have_called, WOULD_HAVE_CALLED)
        if self.feedback is not None:
            _check_in("feedback", self.feedback, FEEDBACK)
        if str(uuid.UUID(self.id, version=4)) != self.id:
            raise ValueError("id must be a lower-case UUID4")


def outcome_event(
    *,
    channel: str,
    route: str,
    outcome: str,
    service: str | None = None,
    council_tier: str | None = None,
    body_code: str | None = None,
    postcode: str | None = None,
    safety_flags: Iterable[str] = (),
    would_have_called: str = "none",
    feedback: str | None = None,
    at: dt.datetime | None = None,
) -> OutcomeEvent:
    """The event for one decision, made anonymous here: `at` (default now; must be timezone-aware) is rounded
    down to the hour in UTC, `postcode` (full, compact or outward) is cut to its district, and flags are put in
    order of severity. Enum members (Route, Tier, SafetyFlag) are accepted for their values. Raises ValueError
    for anything outside the closed sets: the doors pass decided values, never what a person typed."""
    flags = {_text(flag) for flag in safety_flags}
    unknown = flags.difference(SAFETY_FLAGS)
    if unknown:
        raise ValueError(f"unknown safety flags {sorted(unknown)}")
    return OutcomeEvent(
        hour=hour_of(at if at is not None else dt.datetime.now(dt.timezone.utc)),
        channel=_text(channel),
        route=_text(route),
        service=_maybe(service),
        council_tier=_maybe(council_tier),
        body_code=_maybe(body_code),
        postcode_district=postcode_district(postcode),
        safety_flags=tuple(flag for flag in SAFETY_FLAGS if flag in flags),
        outcome=_text(outcome),
        would_have_called=_text(would_have_called),
        feedback=_maybe(feedback),
    )


# What an event says, without its id and feedback: the "Did this help?" question keeps these (not the id) until
# it is answered, and the answer goes to one stored event with the same facets.
FACETS = (
    "hour",
    "channel",
    "route",
    "service",
    "council_tier",
    "body_code",
    "postcode_district",
    "safety_flags",
    "outcome",
    "would_have_called",
)


def facets_of(event: OutcomeEvent) -> dict[str, Any]:
    """The event's facets as JSON-ready values (a Rasa slot): no id, so nothing points at one stored row."""
    values = {name: getattr(event, name) for name in FACETS}
    values["hour"] = event.hour.isoformat()
    values["safety_flags"] = list(event.safety_flags)
    return values


def event_from_facets(values: object) -> OutcomeEvent | None:
    """An event with these facets (and a fresh random id, never stored), or None when `values` is not exactly
    what `facets_of` makes: a slot is data from outside this process and is checked like any other input."""
    if not isinstance(values, dict) or set(values) != set(FACETS):
        return None
    try:
        flags = values["safety_flags"]
        if not isinstance(flags, list):
            return None
        return OutcomeEvent(
            **{**values, "hour": dt.datetime.fromisoformat(values["hour"]), "safety_flags": tuple(flags)}
        )
    except (TypeError, ValueError):
        return None


def postcode_district(postcode: str | None) -> str | None:
    """The outward code ("GL50") of a full postcode ("GL50 1QA", "gl501qa") or of an outward code alone, else
    None: the inward part narrows a postcode to a few houses, so it is never kept."""
    if not postcode or len(postcode) > 16:
        return None
    parsed = parse_postcode(postcode.strip())
    if parsed is None or not OUTWARD_CODE.fullmatch(parsed.outcode):
        return None
    return parsed.outcode


def is_body_code(value: str) -> bool:
    """A GSS code or a police force id: the two ways a responsible body is named without naming a person."""
    return bool(GSS_CODE.fullmatch(value)) or (len(value) <= MAX_FORCE_ID and bool(FORCE_ID.fullmatch(value)))


def hour_of(at: dt.datetime) -> dt.datetime:
    """`at` in UTC, rounded down to the hour: finer times could match an event to a conversation's logs."""
    if at.tzinfo is None or at.utcoffset() is None:
        raise ValueError("times must be timezone-aware (a naive time's zone is a guess)")
    return at.astimezone(dt.timezone.utc).replace(minute=0, second=0, microsecond=0)


def _check_hour(hour: dt.datetime) -> None:
    if hour.tzinfo is None or hour.utcoffset() != dt.timedelta(0):
        raise ValueError("hour must be in UTC")
    if (hour.minute, hour.second, hour.microsecond) != (0, 0, 0):
        raise ValueError("hour must be rounded down to the hour")


def _check_in(name: str, value: object, allowed: tuple[str, ...]) -> None:
    """Plain strings only: an enum member would reach the database driver as an object, not its value."""
    if type(value) is not str or value not in allowed:
        raise ValueError(f"{name} must be one of {', '.join(allowed)}, not {value!r}")


def _maybe(value: object) -> str | None:
    return None if value is None else _text(value)


def _text(value: object) -> str:
    """An enum member's value, or the string itself (str-based enums print their class name in Python 3.10)."""
    raw = getattr(value, "value", value)
    if not isinstance(raw, str):
        raise ValueError(f"expected text from a closed set, not {type(raw).__name__}")
    return raw
