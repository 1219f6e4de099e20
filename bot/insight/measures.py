"""Every published measure of demand, defined once, as SQLAlchemy Core queries over the outcome events (the same
SQL on SQLite and PostgreSQL). Whatever publishes numbers (the report, the open-data export, the dashboard)
calls these, so "kept off the police" means the same thing wherever it is shown. No Rasa imports.

Small-number suppression lives here and only here: a count below :data:`SUPPRESS_BELOW` is published as
``"<10"`` and its value is not kept (a :class:`Count` cannot hold it), and a share whose numerator or
denominator is below it is withheld too, so no one can be picked out in a small area or a quiet hour.
The suppression is primary only: a published total minus the published cells beside it can reveal a withheld
cell, so a table should show a breakdown or its total at the finest grain, not both (the export has no totals).
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Literal, cast

import sqlalchemy as sa

from bot.insight.store import OUTCOME_EVENTS, InsightStore

# The rule ("any published cell below 10 events is suppressed"), as ONS and NHS Digital publish small
# areas: fewer than 10 events in a district and a day can be a handful of households.
SUPPRESS_BELOW = 10
SUPPRESSED = "<10"

Bucket = Literal["day", "hour"]
# What demand can be broken down by: the event's closed-set columns, never its id.
DIMENSIONS = ("route", "service", "body_code", "channel", "postcode_district", "council_tier", "outcome")
# Routes whose events are the police's (or 999's) already: the rest are what Front Door kept off them.
POLICE_ROUTES = ("police", "emergency")

_MONTH = re.compile(r"(\d{4})-(\d{2})")
_UTC = dt.timezone.utc


# --- periods ----------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Period:
    """Whole UTC days from `start` up to, not including, `end`: events are stored by UTC hour, so a period of
    whole UTC days counts every event exactly once."""

    start: dt.date
    end: dt.date

    def __post_init__(self) -> None:
        if self.end <= self.start:
            raise ValueError(f"a period must end after it starts ({self.start} to {self.end})")

    @classmethod
    def month(cls, text: str) -> Period:
        """ "2026-11" -> 1 to 30 November 2026."""
        match = _MONTH.fullmatch(text.strip())
        if match is None or not 1 <= int(match.group(2)) <= 12:
            raise ValueError(f"a month is YYYY-MM, not {text!r}")
        year, month = int(match.group(1)), int(match.group(2))
        last = calendar.monthrange(year, month)[1]
        return cls(dt.date(year, month, 1), dt.date(year, month, last) + dt.timedelta(days=1))

    @classmethod
    def days(cls, since: dt.date, until: dt.date) -> Period:
        """From `since` to `until`, both days included (as people say "1 to 30 November")."""
        return cls(since, until + dt.timedelta(days=1))

    @property
    def start_at(self) -> dt.datetime:
        """Midnight UTC on the first day: the first hour counted."""
        return dt.datetime.combine(self.start, dt.time(), tzinfo=_UTC)

    @property
    def end_at(self) -> dt.datetime:
        """Midnight UTC after the last day: the first hour not counted."""
        return dt.datetime.combine(self.end, dt.time(), tzinfo=_UTC)

    @property
    def last_day(self) -> dt.date:
        """The last day counted (`end` is the day after it), as people write a period."""
        return self.end - dt.timedelta(days=1)

    def dates(self) -> list[dt.date]:
        """Every day of the period, in order."""
        return [self.start + dt.timedelta(days=n) for n in range((self.end - self.start).days)]

    @property
    def label(self) -> str:
        """ "November 2026" for a calendar month, else "2026-01-01 to 2026-03-31"."""
        if self.start.day == 1 and self == Period.month(self.start.strftime("%Y-%m")):
            return self.start.strftime("%B %Y")
        return f"{self.start.isoformat()} to {self.last_day.isoformat()}"


# --- suppression: the one place ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class Count:
    """A published count: the value, or None when it was below :data:`SUPPRESS_BELOW` (shown as "<10"). Made by
    :func:`publish`; a small value can't be put in one, so it can't leak from a report by accident."""

    value: int | None

    def __post_init__(self) -> None:
        if self.value is not None and self.value < SUPPRESS_BELOW:
            raise ValueError("counts below the suppression threshold are never published")

    @property
    def suppressed(self) -> bool:
        """Whether the count was below 10 and is shown only as "<10"."""
        return self.value is None

    def __str__(self) -> str:
        return SUPPRESSED if self.value is None else str(self.value)


def publish(count: int) -> Count:
    """The published form of a raw count: itself from 10 up, "<10" (value withheld) below."""
    if count < 0:
        raise ValueError("a count can't be negative")
    return Count(None if count < SUPPRESS_BELOW else count)


@dataclass(frozen=True)
class Share:
    """`numerator` out of `denominator`; withheld when either is suppressed, since "3 of 12" or "3 of 5"
    picks people out as surely as a small count does."""

    numerator: Count
    denominator: Count

    @property
    def value(self) -> float | None:
        """The share from 0 to 1, or None when either count is withheld."""
        if self.numerator.value is None or self.denominator.value is None:
            return None
        return self.numerator.value / self.denominator.value

    @property
    def suppressed(self) -> bool:
        """Whether the share is withheld because a count behind it is."""
        return self.value is None

    def __str__(self) -> str:
        value = self.value
        return f"suppressed ({SUPPRESSED} events)" if value is None else f"{value:.1%}"


def share(numerator: int, denominator: int) -> Share:
    """The published share of two raw counts, each suppressed on its own before the share is taken."""
    if numerator > denominator:
        raise ValueError("a share's numerator can't exceed its denominator")
    return Share(publish(numerator), publish(denominator))


# --- raw counts (publish them only through publish()) ------------------------------------------------------------


def count_events(
    store: InsightStore,
    period: Period,
    by: Sequence[str] = (),
    *,
    bucket: Bucket | None = None,
    where: Mapping[str, str | None] | None = None,
) -> dict[tuple[object, ...], int]:
    """Raw event counts in `period`, keyed by (time bucket if any, then one value per `by` column); None
    stands for NULL. `where` keeps events whose columns equal the given values. Raw: for computing measures,
    never for showing, so every caller publishes through :func:`publish`.

    Grouped by the stored hour (already rounded) and folded into days here, so one query means the same on
    SQLite and PostgreSQL, whose date functions differ."""
    for name in [*by, *(where or {})]:
        if name not in DIMENSIONS:
            raise ValueError(f"can't count by {name!r}: one of {', '.join(DIMENSIONS)}")
    table = OUTCOME_EVENTS
    columns = [table.c[name] for name in by]
    keys = ([table.c.hour] if bucket else []) + columns
    query = sa.select(*keys, sa.func.count().label("n")).where(*_in_period(period))
    for name, value in (where or {}).items():
        query = query.where(table.c[name].is_(None) if value is None else table.c[name] == value)
    if keys:
        query = query.group_by(*keys)
    counts: Counter[tuple[object, ...]] = Counter()
    with store.engine.connect() as connection:
        for row in connection.execute(query):
            values = tuple(row)
            key: tuple[object, ...] = values[:-1]
            if bucket:
                key = (_bucket(values[0], bucket), *values[1:-1])
            counts[key] += int(values[-1])
    return dict(counts)


def _count(store: InsightStore, period: Period, *conditions: sa.sql.ColumnElement[bool]) -> int:
    query = sa.select(sa.func.count()).select_from(OUTCOME_EVENTS).where(*_in_period(period), *conditions)
    with store.engine.connect() as connection:
        return int(connection.execute(query).scalar_one())


def _in_period(period: Period) -> list[sa.sql.ColumnElement[bool]]:
    hour = OUTCOME_EVENTS.c.hour
    return [hour >= period.start_at, hour < period.end_at]


def _bucket(hour: dt.datetime, bucket: Bucket) -> dt.date | dt.datetime:
    utc = as_utc(hour)
    return utc.date() if bucket == "day" else utc


def as_utc(value: dt.datetime) -> dt.datetime:
    """SQLite returns the stored UTC time without its zone; PostgreSQL returns it in the session's zone."""
    return value.replace(tzinfo=_UTC) if value.tzinfo is None else value.astimezone(_UTC)


# --- demand -----------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class DemandRow:
    """One published cell: when (a UTC day or hour; None for the whole period), the breakdown's values (None
    where the event had none: no service chosen, no postcode given), and the count."""

    when: dt.date | None
    keys: tuple[str | None, ...]
    count: Count


@dataclass(frozen=True)
class Demand:
    """Published contact counts for one period and breakdown: the rows `demand` made, and a lookup by cell."""

    period: Period
    by: tuple[str, ...]
    bucket: Bucket | None
    rows: tuple[DemandRow, ...]

    def get(self, *keys: str | None, when: dt.date | None = None) -> Count:
        """The cell for these values ("<10" when there were no events: zero is a small number too)."""
        for row in self.rows:
            if row.keys == keys and row.when == when:
                return row.count
        return publish(0)


def demand(
    store: InsightStore, period: Period, by: str | Sequence[str], *, bucket: Bucket | None = None
) -> Demand:
    """How many contacts, by route, service, body_code, channel or postcode district (or several), per day,
    per hour or over the whole period: one row per combination that had any events, ordered by time, then
    by the published count (largest first; suppressed last), then by name."""
    columns = (by,) if isinstance(by, str) else tuple(by)
    raw = count_events(store, period, columns, bucket=bucket)
    rows = []
    for key, n in raw.items():
        when = cast("dt.date", key[0]) if bucket else None
        values = key[1:] if bucket else key
        rows.append(DemandRow(when, tuple(None if v is None else str(v) for v in values), publish(n)))
    rows.sort(key=_row_order)
    return Demand(period, columns, bucket, tuple(rows))


def _row_order(row: DemandRow) -> tuple[object, ...]:
    when = row.when.isoformat() if row.when is not None else ""
    shown = row.count.value if row.count.value is not None else -1
    return (when, -shown, tuple(value or "" for value in row.keys))


# --- shares -----------------------------------------------------------------------------------------------------


def total(store: InsightStore, period: Period) -> int:
    """Raw: every event in the period (the denominator of every share)."""
    return _count(store, period)


def kept_off_police(store: InsightStore, period: Period) -> Share:
    """Contacts that were not police or 999 matters but whose words said they would otherwise have called
    the police or 999 ("should I ring 101?"), out of all contacts: the demand Front Door took off the police."""
    table = OUTCOME_EVENTS
    kept = _count(store, period, table.c.route.notin_(POLICE_ROUTES), table.c.would_have_called != "none")
    return share(kept, total(store, period))


def crisis_share(store: InsightStore, period: Period) -> Share:
    """Contacts the safety gate flagged as a mental-health crisis (with or without other flags), out of all."""
    return share(_count(store, period, _has_flag("crisis")), total(store, period))


def declined_share(store: InsightStore, period: Period) -> Share:
    """Contacts Front Door declined as out of scope: what it still can't help with."""
    return share(_count(store, period, OUTCOME_EVENTS.c.outcome == "declined"), total(store, period))


def asked_share(store: InsightStore, period: Period) -> Share:
    """Contacts that ended on a question (which service did you mean?) rather than an answer."""
    return share(_count(store, period, OUTCOME_EVENTS.c.outcome == "asked"), total(store, period))


def _has_flag(flag: str) -> sa.sql.ColumnElement[bool]:
    """Flags are stored comma-joined ("emergency,crisis"); the commas around both sides match whole flags."""
    flags = sa.literal(",") + OUTCOME_EVENTS.c.safety_flags + sa.literal(",")
    return flags.like(f"%,{flag},%")


@dataclass(frozen=True)
class FeedbackRates:
    """ "Did this help?": the yes and no taps, yes out of all taps, and contacts with any tap out of all."""

    yes: Count
    no: Count
    helpful: Share
    answered: Share


def feedback_rates(store: InsightStore, period: Period) -> FeedbackRates:
    """The period's "Did this help?" taps, published: each share withheld when either count is."""
    taps = count_feedback(store, period)
    events = sum(taps.values())  # every event has a feedback value or NULL: the period's total
    yes, no = taps.get("yes", 0), taps.get("no", 0)
    return FeedbackRates(publish(yes), publish(no), share(yes, yes + no), share(yes + no, events))


def count_feedback(store: InsightStore, period: Period) -> dict[str | None, int]:
    """Raw: events by their feedback value (None: no tap)."""
    table = OUTCOME_EVENTS
    query = sa.select(table.c.feedback, sa.func.count()).where(*_in_period(period)).group_by(table.c.feedback)
    with store.engine.connect() as connection:
        return {row[0]: int(row[1]) for row in connection.execute(query)}


# --- the headline numbers ---------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Headline:
    """The numbers a commissioner asks for first, for one period."""

    period: Period
    events: Count
    kept_off_police: Share
    crisis: Share
    declined: Share
    asked: Share
    feedback: FeedbackRates


def headline(store: InsightStore, period: Period) -> Headline:
    """The period's headline numbers, each published (suppressed below 10) as it is measured."""
    return Headline(
        period=period,
        events=publish(total(store, period)),
        kept_off_police=kept_off_police(store, period),
        crisis=crisis_share(store, period),
        declined=declined_share(store, period),
        asked=asked_share(store, period),
        feedback=feedback_rates(store, period),
    )


def top(rows: Iterable[DemandRow], limit: int) -> list[DemandRow]:
    """The `limit` largest published cells (suppressed ones last, by name): ranked on what is shown only,
    so the order never hints at a withheld value."""
    return sorted(rows, key=_row_order)[:limit]
