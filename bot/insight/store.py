"""Where outcome events are kept: an SQLite file under var/ by default, PostgreSQL when
FRONTDOOR_INSIGHT_DATABASE_URL says so, through one SQLAlchemy Core table whose schema only Alembic creates.

The doors never wait for the database: they hand events to an :class:`EventWriter`, whose one background thread
writes them in batches. If the database is slow or down the reply still goes out; the events are dropped and
counted (`frontdoor_insight_write_failures_total`), and writing resumes when the database is back.
"""

from __future__ import annotations

import datetime as dt
import logging
import queue
import threading
import time
import uuid
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from alembic import command
from alembic.config import Config
from prometheus_client import Counter
from sqlalchemy.engine import Engine, make_url

from bot.insight.events import FACETS, OutcomeEvent, hour_of
from bot.ops import settings as env_settings
from bot.ops.metrics import REGISTRY
from bot.ops.settings import DEFAULT_INSIGHT_DATABASE, Settings, load_settings

log = logging.getLogger("frontdoor.insight")

ALEMBIC_INI = Path(__file__).resolve().parent / "alembic.ini"
DEFAULT_DATABASE = DEFAULT_INSIGHT_DATABASE
# Two years: long enough to compare a month with the same month last year, the default.
DEFAULT_RETENTION_DAYS = int(env_settings.INSIGHT_RETENTION_DAYS.default)
# psycopg2 takes whole seconds. A dead server must fail a batch quickly, not hold the queue for the OS's
# default of about two minutes; a live one connects over loopback or a LAN in milliseconds.
CONNECT_TIMEOUT_SECONDS = 2
# A statement that takes longer is stuck (a batch of 200 rows inserts in under 10 ms on either database).
STATEMENT_TIMEOUT_MS = 5000
# How long SQLite waits for another process's write lock (the retention job, a report) before failing.
SQLITE_BUSY_SECONDS = 5.0
# How often a feedback write looks for another unanswered event after another server answered its candidate.
FEEDBACK_TRIES = 3
# Any constant: servers started together take turns to run the migrations (PostgreSQL advisory lock).
MIGRATION_LOCK_KEY = 17_001

# Every column is an id, a timestamp or a value from a closed set: the lengths are the longest value each can
# hold (UUID 36; "handed_to_person" 16; all four safety flags comma-joined 45; an outward code 4), so no
# column has room for a sentence. SQLite ignores lengths; PostgreSQL enforces them.
METADATA = sa.MetaData()
OUTCOME_EVENTS = sa.Table(
    "outcome_events",
    METADATA,
    sa.Column("id", sa.String(36), primary_key=True),
    sa.Column("hour", sa.DateTime(timezone=True), nullable=False, index=True),
    sa.Column("channel", sa.String(16), nullable=False),
    sa.Column("route", sa.String(16), nullable=False),
    sa.Column("service", sa.String(32)),
    sa.Column("council_tier", sa.String(8)),
    sa.Column("body_code", sa.String(32)),
    sa.Column("postcode_district", sa.String(4), index=True),
    sa.Column("safety_flags", sa.String(48), nullable=False),
    sa.Column("outcome", sa.String(16), nullable=False),
    sa.Column("would_have_called", sa.String(10), nullable=False),
    sa.Column("feedback", sa.String(3)),
    sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
)

WRITE_FAILURES = Counter(
    "frontdoor_insight_write_failures",
    "Outcome events and feedback not stored, by reason (queue_full, database, closed)",
    ["reason"],
    registry=REGISTRY,
)


@dataclass(frozen=True)
class InsightSettings:
    """The insight database and how long its events are kept, from the environment's settings."""

    url: str = field(repr=False)  # may hold a password
    retention_days: int = DEFAULT_RETENTION_DAYS

    def __post_init__(self) -> None:
        if self.retention_days < 1:
            raise ValueError(
                "FRONTDOOR_INSIGHT_RETENTION_DAYS must be at least 1 (0 would delete everything)"
            )

    @classmethod
    def from_settings(cls, settings: Settings) -> InsightSettings:
        """FRONTDOOR_INSIGHT_DATABASE_URL and FRONTDOOR_INSIGHT_RETENTION_DAYS from the settings (a retention
        that is not a whole number, or under 1, raises ValueError)."""
        return cls(url=settings.insight_database_url, retention_days=settings.insight_retention_days)

    @classmethod
    def from_env(cls, env: Mapping[str, str] | None = None) -> InsightSettings:
        """The same, from `env` (the process environment unless given)."""
        return cls.from_settings(load_settings(env))

    @property
    def display_url(self) -> str:
        """The URL with its password masked, for logs and messages."""
        return display_url(self.url)


class InsightStore:
    """The `outcome_events` table on one database. Calls block and raise SQLAlchemy errors: use it directly
    from jobs and tests, and through an :class:`EventWriter` from the doors."""

    def __init__(self, url: str) -> None:
        self.url = url
        self.engine = _engine(url)

    def __repr__(self) -> str:
        return f"InsightStore({display_url(self.url)!r})"

    def migrate(self) -> None:
        """`alembic upgrade head` on this database (a no-op when it is up to date): the only way the schema
        is made or changed, so every database has the same history."""
        config = alembic_config()
        with self.engine.begin() as connection:
            if connection.dialect.name == "postgresql":
                connection.execute(sa.text("SELECT pg_advisory_xact_lock(:key)"), {"key": MIGRATION_LOCK_KEY})
            config.attributes["connection"] = connection
            command.upgrade(config, "head")

    def record(self, event: OutcomeEvent) -> None:
        """Insert one event (`record_many`)."""
        self.record_many([event])

    def record_many(self, events: Sequence[OutcomeEvent]) -> None:
        """Insert events in one transaction (one round trip per batch)."""
        if not events:
            return
        # Write time is rounded like `hour`, so it cannot narrow down when anyone wrote either.
        written = hour_of(dt.datetime.now(dt.timezone.utc))
        with self.engine.begin() as connection:
            connection.execute(OUTCOME_EVENTS.insert(), [_row(event, written) for event in events])

    def record_feedback(self, like: OutcomeEvent, yes: bool) -> bool:
        """Answer "Did this help?" on one stored event with the same facets as `like` (every column but the id
        and the feedback; `like`'s own id is ignored) that has no answer yet. Events with equal facets are
        interchangeable, so no id has to travel with the question. False when there is none (recording was
        off, the event was deleted, or every such event already has its answer)."""
        return self._update_one(like, feedback="yes" if yes else "no")

    def record_filed(self, like: OutcomeEvent) -> bool:
        """The request `like` describes (an answer) ended with a report filed with the council: one stored event
        with its facets and no feedback yet becomes `report_filed`, so the request still counts once. False when
        there is none."""
        return self._update_one(like, outcome="report_filed")

    def _update_one(self, like: OutcomeEvent, **values: str) -> bool:
        """Set `values` on one event with `like`'s facets and no feedback yet, if any (see `record_feedback`)."""
        table = OUTCOME_EVENTS
        row = _row(like, like.hour)
        match = [
            table.c[name].is_(None) if row[name] is None else table.c[name] == row[name] for name in FACETS
        ]
        candidate = sa.select(table.c.id).where(*match, table.c.feedback.is_(None)).limit(1)
        with self.engine.begin() as connection:
            # Another server may take the same candidate first: then take the next one (a few tries suffice,
            # as only requests with equal facets in the same hour race).
            for _ in range(FEEDBACK_TRIES):
                found = connection.execute(candidate).scalar_one_or_none()
                if found is None:
                    return False
                still = [table.c.id == found, table.c.feedback.is_(None), *match]
                if connection.execute(table.update().where(*still).values(**values)).rowcount == 1:
                    return True
        return False

    def delete_older_than(self, days: int, *, now: dt.datetime | None = None) -> int:
        """Delete events whose hour is more than `days` before now; returns how many went."""
        if days < 1:
            raise ValueError("days must be at least 1")
        cutoff = hour_of(now or dt.datetime.now(dt.timezone.utc)) - dt.timedelta(days=days)
        with self.engine.begin() as connection:
            return connection.execute(OUTCOME_EVENTS.delete().where(OUTCOME_EVENTS.c.hour < cutoff)).rowcount

    def count(self, **where: str | None) -> int:
        """How many events have these column values (None matches NULL): `count(outcome="answered")`."""
        query = sa.select(sa.func.count()).select_from(OUTCOME_EVENTS)
        for name, value in where.items():
            column = OUTCOME_EVENTS.c[name]
            query = query.where(column.is_(None) if value is None else column == value)
        with self.engine.connect() as connection:
            return int(connection.execute(query).scalar_one())

    def get(self, event_id: str) -> OutcomeEvent | None:
        """One event as stored, or None."""
        if not is_event_id(event_id):
            return None
        with self.engine.connect() as connection:
            row = connection.execute(OUTCOME_EVENTS.select().where(OUTCOME_EVENTS.c.id == event_id)).first()
        return None if row is None else _event(row._mapping)

    def dispose(self) -> None:
        """Close pooled connections (at shutdown, and between tests)."""
        self.engine.dispose()


@dataclass(frozen=True)
class _Feedback:
    """A queued "Did this help?" answer."""

    like: OutcomeEvent
    yes: bool


@dataclass(frozen=True)
class _Filed:
    """A queued "the request ended with a report filed"."""

    like: OutcomeEvent


_Item = OutcomeEvent | _Feedback | _Filed


class EventWriter:
    """Writes events off the request path. `submit` only puts the event on a bounded in-memory queue, so it
    never waits and never raises; one daemon thread writes what is queued in batches. When the queue is full
    or the database fails, events are dropped and counted in `failures` and in Prometheus."""

    # 10,000 events is about an hour of a busy server (a few decisions a second) in a few MB of memory: room
    # to ride out a database restart without letting a long outage grow the process without bound.
    MAX_QUEUE = 10_000
    BATCH_SIZE = 200
    # After a failed batch, wait before the next (doubling to the cap), so a dead database costs a few
    # connection attempts a minute, not one per event, and a recovered one is used again within seconds.
    FIRST_PAUSE_SECONDS = 0.25
    MAX_PAUSE_SECONDS = 5.0

    def __init__(
        self,
        store: InsightStore,
        *,
        migrate: bool = False,
        max_queue: int = MAX_QUEUE,
        batch_size: int = BATCH_SIZE,
    ) -> None:
        """With `migrate`, the thread brings the schema up to date before its first write (and retries after
        a failure), so a database that is down when the server starts is migrated when it comes back."""
        self.store = store
        self._needs_migration = migrate
        self._batch_size = batch_size
        self._queue: queue.Queue[_Item] = queue.Queue(maxsize=max_queue)
        self._lock = threading.Condition()
        self._pending = 0
        self._failures = 0
        self._closing = threading.Event()
        self._thread = threading.Thread(target=self._run, name="frontdoor-insight-writer", daemon=True)
        self._thread.start()

    @classmethod
    def from_settings(cls, settings: InsightSettings | None = None) -> EventWriter:
        """The process's writer for the configured database, migrating it in the background."""
        settings = settings or InsightSettings.from_env()
        return cls(InsightStore(settings.url), migrate=True)

    @property
    def failures(self) -> int:
        """Events and feedback dropped by this writer (queue full, database failed, or after close)."""
        with self._lock:
            return self._failures

    def submit(self, event: OutcomeEvent) -> bool:
        """Queue one event; False when it was dropped. Never blocks, never raises."""
        return self._put(event)

    def submit_feedback(self, like: OutcomeEvent, yes: bool) -> bool:
        """Queue a "Did this help?" answer for an event with `like`'s facets (`InsightStore.record_feedback`),
        written after every event queued before it. False when dropped. Never blocks, never raises."""
        return self._put(_Feedback(like, bool(yes)))

    def submit_filed(self, like: OutcomeEvent) -> bool:
        """Queue "the request with `like`'s facets ended with a report filed" (`InsightStore.record_filed`).
        False when dropped. Never blocks, never raises."""
        return self._put(_Filed(like))

    def flush(self, timeout: float = 10.0) -> bool:
        """Wait until everything submitted so far was written or dropped; False if `timeout` ran out."""
        deadline = time.monotonic() + timeout
        with self._lock:
            while self._pending:
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    return False
                self._lock.wait(remaining)
        return True

    def close(self, timeout: float = 10.0) -> None:
        """Stop taking events, write what is queued (for up to `timeout` seconds), and stop the thread."""
        with self._lock:
            self._closing.set()
        self._thread.join(timeout)
        if not self._thread.is_alive():
            self.store.dispose()

    def _put(self, item: _Item) -> bool:
        try:
            with self._lock:
                if self._closing.is_set():
                    self._fail("closed", 1)
                    return False
                try:
                    self._queue.put_nowait(item)
                except queue.Full:
                    self._fail("queue_full", 1)
                    return False
                self._pending += 1
                return True
        except Exception:  # the reply matters more than the count; nothing here should fail, but never raise
            return False

    def _fail(self, reason: str, how_many: int) -> None:
        """Count dropped items (the caller holds the lock)."""
        self._failures += how_many
        WRITE_FAILURES.labels(reason).inc(how_many)

    def _run(self) -> None:
        pause = self.FIRST_PAUSE_SECONDS
        while True:
            try:
                first = self._queue.get(timeout=0.1)
            except queue.Empty:
                # `close` sets the flag under the lock, after any put it raced with: empty now means done.
                if self._closing.is_set() and self._queue.empty():
                    return
                continue
            batch = [first]
            while len(batch) < self._batch_size:
                try:
                    batch.append(self._queue.get_nowait())
                except queue.Empty:
                    break
            failed = self._write(batch)
            with self._lock:
                if failed:
                    self._fail("database", failed)
                self._pending -= len(batch)
                self._lock.notify_all()
            if failed:
                self._closing.wait(pause)
                pause = min(pause * 2, self.MAX_PAUSE_SECONDS)
            else:
                pause = self.FIRST_PAUSE_SECONDS

    def _write(self, batch: list[_Item]) -> int:
        """Write one batch; returns how many of its items were lost. Events go first, so feedback queued
        after its event finds it."""
        events = [item for item in batch if isinstance(item, OutcomeEvent)]
        changes = [item for item in batch if not isinstance(item, OutcomeEvent)]
        try:
            if self._needs_migration:
                self.store.migrate()
                self._needs_migration = False
            self._record(events)
        except Exception as error:
            log.warning("insight: %d outcome events not stored (%s)", len(batch), type(error).__name__)
            return len(batch)
        lost = 0
        for change in changes:
            try:
                if isinstance(change, _Feedback):
                    done = self.store.record_feedback(change.like, change.yes)
                else:
                    done = self.store.record_filed(change.like)
                if not done:
                    log.debug("insight: no outcome with those facets to change")
            except Exception as error:
                log.warning("insight: %s not stored (%s)", type(change).__name__, type(error).__name__)
                lost += 1
        return lost

    def _record(self, events: list[OutcomeEvent]) -> None:
        try:
            self.store.record_many(events)
        except sa.exc.IntegrityError:
            # One event submitted twice must not take its batch with it: write the others one by one.
            for event in events:
                try:
                    self.store.record(event)
                except sa.exc.IntegrityError:
                    log.warning("insight: an outcome event was submitted twice; kept the first")


def alembic_config() -> Config:
    """Alembic's configuration for the insight migrations; the database comes from the caller, never the ini."""
    return Config(str(ALEMBIC_INI))


def is_event_id(value: object) -> bool:
    """A lower-case UUID4 string, as :class:`OutcomeEvent` makes them."""
    if not isinstance(value, str) or len(value) != 36:
        return False
    try:
        return str(uuid.UUID(value, version=4)) == value
    except ValueError:
        return False


def display_url(url: str) -> str:
    """`url` with any password masked."""
    try:
        return repr(make_url(url))
    except Exception:
        return "<unparseable database URL>"


def _engine(url: str) -> Engine:
    """An engine with short timeouts; `pool_pre_ping` replaces connections a restarted server dropped."""
    parsed = make_url(url)
    connect_args: dict[str, Any] = {}
    backend = parsed.get_backend_name()
    if backend == "sqlite":
        if parsed.database and parsed.database != ":memory:":
            Path(parsed.database).parent.mkdir(parents=True, exist_ok=True)
        connect_args["timeout"] = SQLITE_BUSY_SECONDS
    elif backend == "postgresql" and parsed.get_driver_name() == "psycopg2":
        connect_args["connect_timeout"] = CONNECT_TIMEOUT_SECONDS
        connect_args["options"] = f"-c statement_timeout={STATEMENT_TIMEOUT_MS}"
    engine = sa.create_engine(url, future=True, pool_pre_ping=True, connect_args=connect_args)
    if backend == "sqlite":
        sa.event.listen(engine, "connect", _sqlite_pragmas)
    return engine


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    """WAL lets the dashboard and the retention job read while the writer writes."""
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.close()


def _row(event: OutcomeEvent, written: dt.datetime) -> dict[str, Any]:
    return {
        "id": event.id,
        "hour": event.hour,
        "channel": event.channel,
        "route": event.route,
        "service": event.service,
        "council_tier": event.council_tier,
        "body_code": event.body_code,
        "postcode_district": event.postcode_district,
        "safety_flags": ",".join(event.safety_flags),
        "outcome": event.outcome,
        "would_have_called": event.would_have_called,
        "feedback": event.feedback,
        "created_at": written,
    }


def _event(row: Mapping[str, Any]) -> OutcomeEvent:
    return OutcomeEvent(
        id=row["id"],
        hour=_utc(row["hour"]),
        channel=row["channel"],
        route=row["route"],
        service=row["service"],
        council_tier=row["council_tier"],
        body_code=row["body_code"],
        postcode_district=row["postcode_district"],
        safety_flags=tuple(flag for flag in row["safety_flags"].split(",") if flag),
        outcome=row["outcome"],
        would_have_called=row["would_have_called"],
        feedback=row["feedback"],
    )


def _utc(value: dt.datetime) -> dt.datetime:
    """SQLite returns the stored UTC time without its zone; PostgreSQL returns it in the session's zone."""
    if value.tzinfo is None:
        return value.replace(tzinfo=dt.timezone.utc)
    return value.astimezone(dt.timezone.utc)
