"""Outcome events on real databases: an SQLite file and a PostgreSQL server started for this module, through
the same code path (Alembic migrations, the store, the background writer, the retention job).

PostgreSQL comes from Debian's `postgresql` package (scripts/install_postgres.sh); when it is missing the
PostgreSQL cases fail with the command to run, rather than passing quietly on SQLite alone.
"""

from __future__ import annotations

import datetime as dt
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext

from bot.catalogue.schema import Route, Tier
from bot.insight import EventWriter, InsightSettings, InsightStore, OutcomeEvent, outcome_event
from bot.insight import events as insight_events
from bot.insight.events import CHANNELS, OUTCOMES, ROUTES, SAFETY_FLAGS, WOULD_HAVE_CALLED, postcode_district
from bot.insight.retention import main as retention_main
from bot.insight.store import DEFAULT_DATABASE, METADATA, OUTCOME_EVENTS
from bot.ops.metrics import REGISTRY
from bot.ops.paths import ROOT, VAR_DIR


def _postgres_bin() -> Path:
    """The newest PostgreSQL Debian installed (15 on bookworm; later releases ship later versions)."""
    found = sorted(Path("/usr/lib/postgresql").glob("*/bin/initdb"), key=lambda p: int(p.parent.parent.name))
    return found[-1].parent if found else Path("/usr/lib/postgresql/15/bin")


PG_BIN = _postgres_bin()
NOW = dt.datetime(2026, 3, 14, 15, 9, 26, tzinfo=dt.timezone.utc)


# --- PostgreSQL and SQLite ------------------------------------------------------------------------------------


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _as_postgres(*command: str) -> list[str]:
    """initdb and postgres refuse to run as root: run them as the `postgres` OS user when we are root."""
    return ["runuser", "-u", "postgres", "--", *command] if os.geteuid() == 0 else list(command)


@pytest.fixture(scope="module")
def postgres_url() -> Iterator[str]:
    """A throwaway PostgreSQL server on a free loopback port, with an `insight` database, for this module."""
    missing = [name for name in ("initdb", "pg_ctl", "postgres") if not (PG_BIN / name).exists()]
    if missing:
        pytest.fail(
            f"PostgreSQL is not installed ({', '.join(missing)} missing from {PG_BIN}): "
            "run scripts/install_postgres.sh as root (apt-get install -y postgresql)",
            pytrace=False,
        )
    # Not under pytest's tmp dir: its parents are root-only (0700), and the server runs as `postgres`.
    root = Path(tempfile.mkdtemp(prefix="frontdoor-pg-"))
    if os.geteuid() == 0:
        shutil.chown(root, "postgres", "postgres")
    data, port = root / "data", _free_port()
    run = {"check": True, "capture_output": True, "text": True, "timeout": 120}
    try:
        subprocess.run(
            _as_postgres(
                str(PG_BIN / "initdb"),
                "-D",
                str(data),
                "-U",
                "postgres",
                "-A",
                "trust",
                "-E",
                "UTF8",
                "--no-sync",
            ),
            **run,
        )
        options = f"-p {port} -k {root} -c listen_addresses=127.0.0.1 -c fsync=off"
        subprocess.run(
            _as_postgres(
                str(PG_BIN / "pg_ctl"),
                "-D",
                str(data),
                "-l",
                str(root / "server.log"),
                "-o",
                options,
                "-w",
                "start",
            ),
            **run,
        )
    except subprocess.CalledProcessError as error:
        log = (root / "server.log").read_text() if (root / "server.log").exists() else ""
        shutil.rmtree(root, ignore_errors=True)
        pytest.fail(f"PostgreSQL did not start: {error.stderr}\n{log}", pytrace=False)
    try:
        admin = sa.create_engine(
            f"postgresql+psycopg2://postgres@127.0.0.1:{port}/postgres",
            future=True,
            isolation_level="AUTOCOMMIT",
        )
        with admin.connect() as connection:
            connection.execute(sa.text("CREATE DATABASE insight"))
        admin.dispose()
        yield f"postgresql+psycopg2://postgres@127.0.0.1:{port}/insight"
    finally:
        subprocess.run(
            _as_postgres(str(PG_BIN / "pg_ctl"), "-D", str(data), "-m", "fast", "-w", "stop"),
            capture_output=True,
            timeout=60,
        )
        shutil.rmtree(root, ignore_errors=True)


@pytest.fixture(params=["sqlite", "postgresql"])
def database_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """An empty database of each kind: a new SQLite file, or the module's PostgreSQL database emptied."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'var' / 'insight.sqlite3'}"
        return
    url = request.getfixturevalue("postgres_url")
    engine = sa.create_engine(url, future=True)
    with engine.begin() as connection:
        connection.execute(sa.text("DROP TABLE IF EXISTS outcome_events, alembic_version"))
    engine.dispose()
    yield url


@pytest.fixture()
def store(database_url: str) -> Iterator[InsightStore]:
    store = InsightStore(database_url)
    store.migrate()
    yield store
    store.dispose()


def event(**overrides: Any) -> OutcomeEvent:
    fields: dict[str, Any] = {
        "channel": "rest",
        "route": "council",
        "outcome": "answered",
        "service": "pothole",
        "council_tier": "county",
        "body_code": "E10000013",
        "postcode": "GL50 1QA",
        "at": NOW,
    }
    return outcome_event(**{**fields, **overrides})


def failures(reason: str) -> float:
    return REGISTRY.get_sample_value("frontdoor_insight_write_failures_total", {"reason": reason}) or 0.0


# --- migrations and schema ------------------------------------------------------------------------------------


def test_migrations_create_the_table_once(database_url: str) -> None:
    store = InsightStore(database_url)
    try:
        assert "outcome_events" not in sa.inspect(store.engine).get_table_names()
        store.migrate()
        store.migrate()  # idempotent: a second server starting, or a restart
        inspector = sa.inspect(store.engine)
        assert {"outcome_events", "alembic_version"} <= set(inspector.get_table_names())
        indexed = {tuple(index["column_names"]) for index in inspector.get_indexes("outcome_events")}
        assert {("hour",), ("postcode_district",)} <= indexed
        with store.engine.connect() as connection:
            assert connection.execute(sa.text("SELECT version_num FROM alembic_version")).scalars().all() == [
                "0001"
            ]
            # The store's table and what the migrations built agree, column by column and type by type.
            context = MigrationContext.configure(connection, opts={"compare_type": True})
            assert compare_metadata(context, METADATA) == []
    finally:
        store.dispose()


# The longest value each column must hold; its declared length may not be much longer (no room for words).
NEEDED = {
    "id": 36,
    "channel": max(map(len, CHANNELS)),
    "route": max(map(len, ROUTES)),
    "service": len("mental_health_support"),
    "council_tier": len("district"),
    "body_code": len("british-transport-police"),
    "postcode_district": 4,
    "safety_flags": len(",".join(SAFETY_FLAGS)),
    "outcome": max(map(len, OUTCOMES)),
    "would_have_called": max(map(len, WOULD_HAVE_CALLED)),
    "feedback": 3,
}


def test_no_column_can_hold_free_text(store: InsightStore) -> None:
    columns = {
        column["name"]: column["type"] for column in sa.inspect(store.engine).get_columns("outcome_events")
    }
    assert set(columns) == set(NEEDED) | {"hour", "created_at"}
    for name in ("hour", "created_at"):
        assert isinstance(columns[name], sa.DateTime), name
    for name, needed in NEEDED.items():
        kind = columns[name]
        assert isinstance(kind, sa.String) and not isinstance(kind, sa.Text), (name, kind)
        assert kind.length is not None and needed <= kind.length <= max(needed + 12, needed * 3 // 2), (
            name,
            kind,
        )
    assert max(NEEDED.values()) <= 64
    if store.engine.dialect.name == "postgresql":  # SQLite keeps lengths as documentation only
        with pytest.raises(sa.exc.DataError), store.engine.begin() as connection:
            row = {**_raw_row(), "channel": "I was going to ring the police about my neighbour"}
            connection.execute(OUTCOME_EVENTS.insert(), [row])


def _raw_row() -> dict[str, Any]:
    stored = event()
    return {
        "id": stored.id,
        "hour": stored.hour,
        "channel": stored.channel,
        "route": stored.route,
        "safety_flags": "",
        "outcome": stored.outcome,
        "would_have_called": "none",
        "created_at": stored.hour,
    }


# --- the store ------------------------------------------------------------------------------------------------


def test_record_and_query(store: InsightStore) -> None:
    crisis = event(
        channel="whatsapp",
        route=Route.CRISIS,
        service="mental_health_crisis",
        council_tier=None,
        body_code=None,
        safety_flags=["crisis", "emergency", "crisis"],
        outcome="handed_to_person",
        would_have_called="police_999",
    )
    police = event(
        route="police", service="antisocial_behaviour", council_tier=None, body_code="gloucestershire"
    )
    store.record(crisis)
    store.record_many(
        [police, event(), event(channel="console", postcode="SW1A 1AA", council_tier=Tier.DISTRICT)]
    )
    assert store.count() == 4
    assert store.count(route="council") == 2
    assert store.count(postcode_district="GL50") == 3
    assert store.count(council_tier=None) == 2
    assert store.count(would_have_called="police_999", outcome="handed_to_person") == 1
    found = store.get(crisis.id)
    assert found == crisis
    assert found is not None and found.safety_flags == ("emergency", "crisis")
    assert found.hour == dt.datetime(2026, 3, 14, 15, tzinfo=dt.timezone.utc)
    assert store.get(police.id) == police
    assert store.get("not-an-id") is None
    with pytest.raises(KeyError):
        store.count(words="anything")


def test_feedback_sets_one_unanswered_event_with_the_same_facets(store: InsightStore) -> None:
    """No id travels with "Did this help?": the answer goes to one stored event with equal facets."""
    answered = event()
    twin = event()  # the same facets: another person, same hour, same place (interchangeable)
    other = event(service="missed_bin", council_tier="district", body_code="E07000078")
    store.record_many([answered, twin, other])
    like = event()  # made from the facets alone: its own id was never stored
    assert like.id not in {answered.id, twin.id}
    assert store.record_feedback(like, True) is True
    assert store.count(feedback="yes") == 1 and store.count(feedback=None) == 2
    assert store.count(feedback="yes", service="pothole") == 1  # one of the twins, never the other service
    assert store.record_feedback(like, False) is True  # the twin still had no answer
    assert store.count(feedback="no", service="pothole") == 1
    assert store.record_feedback(like, True) is False  # both twins answered: nothing left to change
    assert store.count(feedback="yes") == 1 and store.count(feedback="no") == 1
    assert store.get(other.id) == other  # untouched
    assert {store.get(answered.id).feedback, store.get(twin.id).feedback} == {"yes", "no"}  # type: ignore[union-attr]


@pytest.mark.parametrize(
    "differs",
    [
        {"at": NOW + dt.timedelta(hours=1)},
        {"channel": "socketio"},
        {"route": "police", "service": "report_crime", "council_tier": None},
        {"council_tier": None},
        {"body_code": None},
        {"body_code": "gloucestershire"},
        {"postcode": "GL51 9AB"},
        {"postcode": None},
        {"outcome": "asked"},
        {"would_have_called": "police_101"},
        {"safety_flags": ["crisis"]},
    ],
)
def test_feedback_finds_nothing_when_any_facet_differs(store: InsightStore, differs: dict[str, Any]) -> None:
    stored = event()
    store.record(stored)
    assert store.record_feedback(event(**differs), True) is False
    assert store.count(feedback=None) == 1


def test_feedback_matches_null_facets(store: InsightStore) -> None:
    national = event(
        council_tier=None, body_code=None, postcode=None, route="other_agency", service="fraud_scam"
    )
    store.record(national)
    assert store.record_feedback(
        event(council_tier=None, body_code=None, postcode=None, route="other_agency", service="fraud_scam"),
        False,
    )
    assert store.get(national.id) == OutcomeEvent(**{**national.__dict__, "feedback": "no"})


def test_feedback_on_an_empty_store_changes_nothing(store: InsightStore) -> None:
    assert store.record_feedback(event(), True) is False
    assert store.count() == 0


def test_retention_deletes_only_old_rows(store: InsightStore) -> None:
    ages = {"800 days": 800, "731 days": 731, "729 days": 729, "a day": 1, "now": 0}
    kept = {name: event(at=NOW - dt.timedelta(days=days)) for name, days in ages.items()}
    store.record_many(list(kept.values()))
    assert store.delete_older_than(730, now=NOW) == 2
    assert store.get(kept["800 days"].id) is None
    assert store.get(kept["731 days"].id) is None
    assert all(store.get(kept[name].id) is not None for name in ("729 days", "a day", "now"))
    assert store.delete_older_than(730, now=NOW) == 0
    with pytest.raises(ValueError):
        store.delete_older_than(0)


def test_retention_job_uses_the_environment(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    url = f"sqlite:///{tmp_path / 'insight.sqlite3'}"
    store = InsightStore(url)
    store.migrate()
    now = dt.datetime.now(dt.timezone.utc)
    store.record_many(
        [event(at=now - dt.timedelta(days=40)), event(at=now - dt.timedelta(days=10)), event(at=now)]
    )
    env = {"FRONTDOOR_INSIGHT_DATABASE_URL": url, "FRONTDOOR_INSIGHT_RETENTION_DAYS": "30"}
    assert retention_main(env) == 0
    assert "deleted 1 outcome events older than 30 days" in capsys.readouterr().out
    # As cron runs it: its own process, settings from the environment.
    store.record(event(at=now - dt.timedelta(days=20)))
    job = subprocess.run(
        [sys.executable, "-m", "bot.insight.retention"],
        cwd=ROOT,
        env={**os.environ, **env, "FRONTDOOR_INSIGHT_RETENTION_DAYS": "15"},
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert job.returncode == 0, job.stderr
    assert "deleted 1 outcome events older than 15 days" in job.stdout  # the 20-day-old one
    assert store.count() == 2
    store.dispose()
    dead = {
        "FRONTDOOR_INSIGHT_DATABASE_URL": f"postgresql+psycopg2://postgres:secret@127.0.0.1:{_free_port()}/x"
    }
    assert retention_main(dead) == 1
    assert "secret" not in capsys.readouterr().err


def test_settings_from_the_environment() -> None:
    default = InsightSettings.from_env({})
    assert default.url == f"sqlite:///{DEFAULT_DATABASE}"
    assert DEFAULT_DATABASE == VAR_DIR / "insight" / "insight.sqlite3"
    assert default.retention_days == 730
    set_ = InsightSettings.from_env(
        {
            "FRONTDOOR_INSIGHT_DATABASE_URL": "postgresql+psycopg2://u:pw@db/insight",
            "FRONTDOOR_INSIGHT_RETENTION_DAYS": "90",
        }
    )
    assert (set_.url, set_.retention_days) == ("postgresql+psycopg2://u:pw@db/insight", 90)
    assert "pw" not in repr(set_) and "pw" not in set_.display_url
    with pytest.raises(ValueError):
        InsightSettings.from_env({"FRONTDOOR_INSIGHT_RETENTION_DAYS": "0"})


# --- what an event may hold -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("given", "district"),
    [
        ("GL50 1QA", "GL50"),
        ("gl501qa", "GL50"),
        ("GL50", "GL50"),
        ("gl50", "GL50"),
        ("  GL50   1QA ", "GL50"),
        ("SW1A 1AA", "SW1A"),
        ("sw1a1aa", "SW1A"),
        ("M1 1AE", "M1"),
        ("EC1A 1BB", "EC1A"),
        ("CF10 1EP", "CF10"),
        ("BT1 5GS", "BT1"),
        (None, None),
        ("", None),
        ("not a postcode", None),
        ("my postcode is GL50 1QA", None),  # words around it: not a postcode value
        ("GL50 1QA GL51 9AB", None),
        ("GL50 1Q", None),
        ("QL50 1QA", None),  # Q never starts a postcode
        ("12345", None),
        ("GL50 1QA" + " " * 20, None),
    ],
)
def test_postcode_district_never_keeps_the_inward_code(given: str | None, district: str | None) -> None:
    assert postcode_district(given) == district
    made = event(postcode=given)
    assert made.postcode_district == district
    inward = (given or "").replace(" ", "")[-3:].upper()
    assert not (district and len(inward) == 3 and inward[0].isdigit() and district.endswith(inward))


def test_a_full_postcode_cannot_be_stored_directly() -> None:
    made = event()
    for full in ("GL50 1QA", "GL501QA", "gl50"):
        with pytest.raises(ValueError):
            OutcomeEvent(**{**made.__dict__, "postcode_district": full})


@pytest.mark.parametrize(
    "bad",
    [
        {"channel": "sms"},
        {"channel": "REST"},
        {"route": "pizza"},
        {"safety_flags": ["sad"]},
        {"safety_flags": ["crisis", "I want to die"]},
        {"body_code": "E1000001"},
        {"body_code": "X10000013"},
        {"body_code": "e10000013"},
        {"body_code": "Gloucestershire"},
        {"body_code": "glos_police"},
        {"body_code": "call 101"},
        {"body_code": "a-" * 20 + "z"},
        {"body_code": "-gloucestershire"},
        {"body_code": "gloucestershire-"},
        {"body_code": "devon--cornwall"},
        {"body_code": "devon and cornwall"},
        {"body_code": "avon-and-somerset-1"},
        {"service": "Pot hole"},
        {"service": "x" * 33},
        {"council_tier": "unitary"},
        {"outcome": "maybe"},
        {"would_have_called": "police_111"},
        {"feedback": "sort of"},
        {"at": dt.datetime(2026, 3, 14, 15, 9)},  # naive: its zone would be a guess
    ],
)
def test_validation_rejects_values_outside_the_closed_sets(bad: dict[str, Any]) -> None:
    with pytest.raises(ValueError):
        event(**bad)


@pytest.mark.parametrize(
    "code",
    [
        "E10000013",
        "E07000078",
        "W06000015",
        "S12000036",
        "gloucestershire",
        "devon-and-cornwall",
        "metropolitan",
        "british-transport-police",
    ],
)
def test_body_codes_accepted(code: str) -> None:
    assert event(body_code=code).body_code == code


def test_events_are_anonymous_and_normalised() -> None:
    from bot.safety.flags import SEVERITY, SafetyFlag

    assert tuple(flag.value for flag in SEVERITY) == SAFETY_FLAGS
    bst = dt.timezone(dt.timedelta(hours=1))
    made = event(
        at=dt.datetime(2026, 6, 1, 0, 59, 59, tzinfo=bst),
        route=Route.POLICE,
        safety_flags=[SafetyFlag.DOMESTIC_ABUSE, SafetyFlag.EMERGENCY],
    )
    assert made.hour == dt.datetime(2026, 5, 31, 23, tzinfo=dt.timezone.utc)
    assert type(made.route) is str and made.route == "police"
    assert made.safety_flags == ("emergency", "domestic_abuse")
    assert all(type(flag) is str for flag in made.safety_flags)
    other = event()
    assert made.id != other.id  # random, one per outcome: nothing to join two events on
    assert set(insight_events.OutcomeEvent.__dataclass_fields__) == set(NEEDED) | {"hour"}
    with pytest.raises(ValueError):
        OutcomeEvent(**{**other.__dict__, "hour": NOW})  # not rounded


# --- the writer -----------------------------------------------------------------------------------------------


def test_writer_writes_batches_and_feedback(store: InsightStore) -> None:
    writer = EventWriter(store, batch_size=50)
    made = [event(channel=CHANNELS[n % len(CHANNELS)]) for n in range(300)]
    assert all(writer.submit(item) for item in made)
    # Queued after the events, so they are written first and the answer finds one of them.
    assert writer.submit_feedback(event(channel="console"), True)
    assert writer.submit_feedback(event(channel="telegram", service="missed_bin"), False)  # no such event
    assert writer.flush(30)
    assert store.count() == 300
    assert store.count(channel="console") == len([m for m in made if m.channel == "console"])
    assert store.count(feedback="yes") == 1 and store.count(feedback="yes", channel="console") == 1
    assert store.count(feedback="no") == 0
    assert writer.failures == 0
    closed = failures("closed")
    writer.close()
    assert writer.submit(event()) is False
    assert failures("closed") == closed + 1


def test_writer_never_raises_when_the_database_is_dead() -> None:
    dead = InsightStore(f"postgresql+psycopg2://postgres@127.0.0.1:{_free_port()}/insight")
    writer = EventWriter(dead, migrate=True)
    before = failures("database")
    started = time.monotonic()
    accepted = [writer.submit(event()) for _ in range(5)]
    assert writer.submit_feedback(event().id, True)
    assert time.monotonic() - started < 0.1
    assert all(accepted)
    assert writer.flush(30)
    assert writer.failures == 6
    assert failures("database") == before + 6
    writer.close()


def test_writer_resumes_when_the_database_is_back(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    store = InsightStore(f"sqlite:///{tmp_path / 'insight.sqlite3'}")
    writer = EventWriter(store, migrate=True)
    real = store.record_many
    calls = []

    def down_once(events: list[OutcomeEvent]) -> None:
        calls.append(len(events))
        if len(calls) == 1:
            raise sa.exc.OperationalError("INSERT", {}, Exception("server closed the connection"))
        real(events)

    monkeypatch.setattr(store, "record_many", down_once)
    assert writer.submit(event())
    assert writer.flush(10)
    assert writer.failures == 1
    assert writer.submit(event())
    assert writer.flush(10)
    assert store.count() == 1 and writer.failures == 1
    writer.close()


def test_submit_does_not_block_when_the_queue_is_full(
    store: InsightStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    writing, release = threading.Event(), threading.Event()
    real = store.record_many

    def stuck(events: list[OutcomeEvent]) -> None:
        writing.set()
        release.wait(30)  # a database that has stopped answering
        real(events)

    monkeypatch.setattr(store, "record_many", stuck)
    writer = EventWriter(store, max_queue=5, batch_size=1)
    before = failures("queue_full")
    assert writer.submit(event())
    assert writing.wait(10)  # the writer holds that one; the queue is empty again
    started = time.monotonic()
    accepted = [writer.submit(event()) for _ in range(50)]
    took = time.monotonic() - started
    assert took < 0.5, f"50 submits took {took:.3f}s"
    assert accepted.count(True) == 5
    assert writer.failures == 45
    assert failures("queue_full") == before + 45
    release.set()
    assert writer.flush(30)
    assert store.count() == 6
    writer.close()


def test_a_filed_report_changes_one_answered_outcome(store: InsightStore) -> None:
    """The request ended with a report filed with the council: it still counts once, now as `report_filed`."""
    like = outcome_event(
        channel="rest", route="council", outcome="answered", service="pothole", postcode="GL50 1QA"
    )
    store.record_many(
        [
            like,
            outcome_event(
                channel="rest", route="council", outcome="answered", service="pothole", postcode="GL50 1QA"
            ),
        ]
    )
    assert store.record_filed(like) is True
    assert (store.count(outcome="report_filed"), store.count(outcome="answered")) == (1, 1)
    assert store.record_filed(like) is True
    assert store.record_filed(like) is False  # no answered event with those facets is left
    assert store.count() == 2
