"""The insight measures on a fixed, hand-built set of outcome events (exact counts, suppression at 9 and 10,
shares, feedback rates, harm weighting), the open-data export read back from disk, the monthly report's
files, the synthetic month (deterministic, every event valid) and the `insight` command line end to end.

The counts are on SQLite and, where Debian's PostgreSQL is installed, on a throwaway PostgreSQL server
through the same code (the server comes from tests/unit/test_insight.py).
"""

from __future__ import annotations

import csv
import datetime as dt
import os
import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa

from bot.__main__ import main as bot_main
from bot.catalogue import Route, load_catalogue
from bot.insight import InsightStore, OutcomeEvent, outcome_event
from bot.insight import measures as m
from bot.insight.cli import main as cli
from bot.insight.events import CHANNELS
from bot.insight.export import COLUMNS, DICTIONARY, ParquetUnavailable, export, export_rows, write_parquet
from bot.insight.harm import HarmWeight, harm_by_district, load_weights
from bot.insight.measures import Count, Period, publish, share
from bot.insight.report import CHARTS, write_report
from bot.insight.store import OUTCOME_EVENTS
from bot.insight.synthetic import (
    DISTRICT_WEIGHTS,
    SERVICE_WEIGHTS,
    TEXTS,
    fixture_districts,
    generate,
    write_month,
)
from bot.ops.paths import ROOT
from tests.unit.test_insight import PG_BIN, postgres_url  # noqa: F401 (the module's PostgreSQL server)

NOVEMBER = Period.month("2026-11")
UTC = dt.timezone.utc
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


# --- the fixed set ------------------------------------------------------------------------------------------


def at(day: int, hour: int, month: int = 11) -> dt.datetime:
    return dt.datetime(2026, month, day, hour, 17, tzinfo=UTC)


def batch(n: int, *, feedback: list[str | None] | None = None, **overrides: Any) -> list[OutcomeEvent]:
    fields: dict[str, Any] = {
        "channel": "rest",
        "route": "council",
        "outcome": "answered",
        "service": "pothole",
        "council_tier": "county",
        "body_code": "E10000013",
        "postcode": "GL50 1QA",
    }
    taps = (feedback or []) + [None] * n
    return [outcome_event(**{**fields, **overrides, "feedback": taps[i]}) for i in range(n)]


POLICE: dict[str, Any] = {"route": "police", "council_tier": None, "body_code": None}
NO_SERVICE: dict[str, Any] = {"service": None, "body_code": None}


def fixed_events() -> list[OutcomeEvent]:
    """70 events in November 2026 and 3 just outside it; the expected numbers in the tests follow from here."""
    return [
        # A: 10 potholes, 4 yes and 2 no taps.
        *batch(10, at=at(2, 10), feedback=["yes"] * 4 + ["no"] * 2),
        # B: 9 noise complaints by WhatsApp from people who would have rung 101; 6 yes taps.
        *batch(
            9,
            at=at(2, 21),
            service="noise_nuisance",
            council_tier="district",
            body_code="E07000078",
            channel="whatsapp",
            would_have_called="police_101",
            feedback=["yes"] * 6,
        ),
        # C: 12 antisocial behaviour reports (police), who also mention 101: not "kept off".
        *batch(12, at=at(3, 9), service="antisocial_behaviour", would_have_called="police_101", **POLICE),
        # D: 10 crisis contacts from OX1 who would have called 999: kept off the police.
        *batch(
            10,
            at=at(3, 23),
            route=Route.CRISIS,
            service="mental_health_crisis",
            council_tier=None,
            body_code=None,
            postcode="OX1 1BX",
            safety_flags=["crisis"],
            would_have_called="police_999",
        ),
        # E: 5 declined, no postcode, by SMS.
        *batch(
            5,
            at=at(4, 12),
            route="out_of_scope",
            outcome="declined",
            council_tier=None,
            postcode=None,
            channel="twilio",
            **NO_SERVICE,
        ),
        # F: 6 questions between two county services.
        *batch(6, at=at(4, 13), outcome="asked", **NO_SERVICE),
        # G: 3 emergencies that were also a crisis: not "kept off" (999 is the police's).
        *batch(
            3,
            at=at(5, 2),
            route="emergency",
            service="emergency",
            council_tier=None,
            body_code=None,
            postcode="BS1 5TR",
            safety_flags=["emergency", "crisis"],
            would_have_called="police_999",
        ),
        # H: 11 crime reports in GL50.
        *batch(11, at=at(5, 15), service="report_crime", **POLICE),
        # J: 4 drug-dealing reports in OX1 by Telegram.
        *batch(4, at=at(6, 16), service="drug_dealing", postcode="OX1 1BX", channel="telegram", **POLICE),
        # Outside November: the last hour of October and the first of December.
        *batch(2, at=dt.datetime(2026, 10, 31, 23, 59, tzinfo=UTC)),
        *batch(1, at=dt.datetime(2026, 12, 1, 0, 0, tzinfo=UTC)),
    ]


@pytest.fixture(params=["sqlite", "postgresql"])
def database_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'insight.sqlite3'}"
        return
    if not (PG_BIN / "initdb").exists():
        pytest.skip(
            f"PostgreSQL is not installed ({PG_BIN}): the measures ran on SQLite only; "
            "run scripts/install_postgres.sh to check them on PostgreSQL too"
        )
    url = request.getfixturevalue("postgres_url")
    engine = sa.create_engine(url, future=True)
    with engine.begin() as connection:
        connection.execute(sa.text("DROP TABLE IF EXISTS outcome_events, alembic_version"))
    engine.dispose()
    yield url


def _filled(url: str) -> InsightStore:
    store = InsightStore(url)
    store.migrate()
    store.record_many(fixed_events())
    return store


@pytest.fixture()
def fixed(database_url: str) -> Iterator[InsightStore]:
    """The fixed set, on each database."""
    store = _filled(database_url)
    yield store
    store.dispose()


@pytest.fixture()
def fixed_sqlite(tmp_path: Path) -> Iterator[InsightStore]:
    """The fixed set on SQLite only, for the file-writing tests."""
    store = _filled(f"sqlite:///{tmp_path / 'fixed.sqlite3'}")
    yield store
    store.dispose()


# --- suppression and periods ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "shown", "value"), [(0, "<10", None), (9, "<10", None), (10, "10", 10), (11, "11", 11)]
)
def test_counts_below_ten_are_suppressed(raw: int, shown: str, value: int | None) -> None:
    published = publish(raw)
    assert str(published) == shown
    assert published.value == value
    assert published.suppressed is (value is None)


def test_a_small_count_cannot_be_published_even_by_hand() -> None:
    with pytest.raises(ValueError):
        Count(9)
    with pytest.raises(ValueError):
        publish(-1)
    assert Count(10).value == 10


@pytest.mark.parametrize(
    ("numerator", "denominator", "expected"),
    [
        (9, 100, None),
        (10, 100, 0.1),
        (10, 20, 0.5),
        (0, 100, None),
        (5, 9, None),
        (9, 9, None),
        (10, 10, 1.0),
    ],
)
def test_shares_on_small_numbers_are_withheld(
    numerator: int, denominator: int, expected: float | None
) -> None:
    result = share(numerator, denominator)
    assert result.value == expected
    if expected is None:
        assert str(result) == "suppressed (<10 events)"
    else:
        assert str(result) == f"{expected:.1%}"


def test_a_share_cannot_exceed_its_whole() -> None:
    with pytest.raises(ValueError):
        share(11, 10)


def test_periods() -> None:
    assert (NOVEMBER.start, NOVEMBER.end) == (dt.date(2026, 11, 1), dt.date(2026, 12, 1))
    assert len(NOVEMBER.dates()) == 30 and NOVEMBER.last_day == dt.date(2026, 11, 30)
    assert NOVEMBER.label == "November 2026"
    february = Period.month("2028-02")
    assert february.end == dt.date(2028, 3, 1) and len(february.dates()) == 29
    span = Period.days(dt.date(2026, 1, 1), dt.date(2026, 1, 31))
    assert span.end == dt.date(2026, 2, 1) and span.label == "January 2026"
    assert Period.days(dt.date(2026, 1, 1), dt.date(2026, 3, 31)).label == "2026-01-01 to 2026-03-31"
    assert NOVEMBER.start_at == dt.datetime(2026, 11, 1, tzinfo=UTC)
    for bad in ("2026-13", "2026-1", "November", ""):
        with pytest.raises(ValueError):
            Period.month(bad)
    with pytest.raises(ValueError):
        Period(dt.date(2026, 1, 2), dt.date(2026, 1, 2))


# --- the measures, exactly --------------------------------------------------------------------------------


def test_headline_numbers_on_the_fixed_set(fixed: InsightStore) -> None:
    facts = m.headline(fixed, NOVEMBER)
    assert facts.events.value == 70  # the three events outside November are not counted
    assert (facts.kept_off_police.numerator.value, facts.kept_off_police.denominator.value) == (19, 70)
    assert facts.kept_off_police.value == pytest.approx(19 / 70)
    assert (facts.crisis.numerator.value, facts.crisis.value) == (13, pytest.approx(13 / 70))
    assert facts.declined.suppressed and str(facts.declined.numerator) == "<10"  # 5 declined
    assert facts.asked.suppressed and facts.asked.denominator.value == 70  # 6 asked
    assert m.total(fixed, Period.month("2026-10")) == 2
    assert m.total(fixed, Period.month("2026-12")) == 1


def test_feedback_rates(fixed: InsightStore) -> None:
    rates = m.feedback_rates(fixed, NOVEMBER)
    assert rates.yes.value == 10
    assert rates.no.suppressed  # 2
    assert (rates.helpful.numerator.value, rates.helpful.denominator.value) == (10, 12)
    assert rates.helpful.value == pytest.approx(10 / 12)
    assert (rates.answered.numerator.value, rates.answered.denominator.value) == (12, 70)


def test_demand_by_route_service_body_and_channel(fixed: InsightStore) -> None:
    routes = m.demand(fixed, NOVEMBER, "route")
    assert {row.keys[0]: str(row.count) for row in routes.rows} == {
        "police": "27",
        "council": "25",
        "crisis": "10",
        "out_of_scope": "<10",
        "emergency": "<10",
    }
    assert [row.keys[0] for row in routes.rows][:3] == ["police", "council", "crisis"]  # largest first
    services = m.demand(fixed, NOVEMBER, "service")
    assert str(services.get("pothole")) == "10"
    assert str(services.get("noise_nuisance")) == "<10"  # 9: the suppression edge
    assert services.get("noise_nuisance").value is None
    assert services.get(None).value == 11  # asked and declined: no single service
    assert services.get("report_crime").value == 11
    assert services.get("library").suppressed  # none at all is small too
    bodies = m.demand(fixed, NOVEMBER, "body_code")
    assert bodies.get("E10000013").value == 10
    assert bodies.get("E07000078").suppressed
    assert bodies.get(None).value == 51
    channels = m.demand(fixed, NOVEMBER, "channel")
    assert {row.keys[0]: row.count.value for row in channels.rows} == {
        "rest": 52,
        "whatsapp": None,
        "twilio": None,
        "telegram": None,
    }


def test_demand_per_day_and_per_hour(fixed: InsightStore) -> None:
    daily = m.demand(fixed, NOVEMBER, "route", bucket="day")
    assert {(row.when, row.keys[0]): str(row.count) for row in daily.rows} == {
        (dt.date(2026, 11, 2), "council"): "19",
        (dt.date(2026, 11, 3), "police"): "12",
        (dt.date(2026, 11, 3), "crisis"): "10",
        (dt.date(2026, 11, 4), "out_of_scope"): "<10",
        (dt.date(2026, 11, 4), "council"): "<10",
        (dt.date(2026, 11, 5), "emergency"): "<10",
        (dt.date(2026, 11, 5), "police"): "11",
        (dt.date(2026, 11, 6), "police"): "<10",
    }
    assert [row.when for row in daily.rows] == sorted(row.when for row in daily.rows if row.when)
    hourly = m.demand(fixed, NOVEMBER, ("service", "channel"), bucket="hour")
    ten = dt.datetime(2026, 11, 2, 10, tzinfo=UTC)
    assert hourly.get("pothole", "rest", when=ten).value == 10
    assert hourly.get("noise_nuisance", "whatsapp", when=dt.datetime(2026, 11, 2, 21, tzinfo=UTC)).suppressed
    assert all(row.when is not None and row.when.tzinfo == UTC for row in hourly.rows)  # type: ignore[union-attr]
    with pytest.raises(ValueError):
        m.demand(fixed, NOVEMBER, "id")


def test_raw_counts_filter_and_fold(fixed: InsightStore) -> None:
    police = m.count_events(fixed, NOVEMBER, ("postcode_district", "service"), where={"route": "police"})
    assert police == {
        ("GL50", "antisocial_behaviour"): 12,
        ("GL50", "report_crime"): 11,
        ("OX1", "drug_dealing"): 4,
    }
    assert m.count_events(fixed, NOVEMBER, where={"postcode_district": None}) == {(): 5}
    assert m.count_events(fixed, NOVEMBER) == {(): 70}


# --- harm -------------------------------------------------------------------------------------------------


def test_the_shipped_weights_cover_the_police_services_and_cite_every_number() -> None:
    weights = load_weights()
    police = {s.id for s in load_catalogue().services.values() if s.route is Route.POLICE}
    assert set(weights) == police
    for row in weights.values():
        assert row.note, row.service  # why it has, or has no, number
        if row.weight is not None:  # load_weights refuses a number without its source; check it too
            assert all(
                [row.table_title, row.table_date, row.table_url, row.licence, row.offence_row, row.read_in]
            )


def _weights_file(tmp_path: Path, rows: list[dict[str, str]]) -> Path:
    path = tmp_path / "weights.csv"
    columns = list(HarmWeight.__dataclass_fields__)
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, fieldnames=columns)
        writer.writeheader()
        for row in rows:
            writer.writerow({name: row.get(name, "") for name in columns})
    return path


CITED = {
    "unit": "days",
    "index": "Test index",
    "table_title": "A test table (not a real source)",
    "table_date": "2026-01",
    "table_url": "https://example.org/test-table",
    "licence": "test only",
    "offence_row": "row 1",
    "read_in": "this test",
    "note": "test weight",
}


def test_weights_file_refuses_numbers_without_a_source(tmp_path: Path) -> None:
    ok = load_weights(_weights_file(tmp_path, [{"service": "report_crime", "weight": "2.5", **CITED}]))
    assert ok["report_crime"].weight == 2.5
    assert (
        load_weights(_weights_file(tmp_path, [{"service": "missing_person", "note": "no row"}]))[
            "missing_person"
        ].weight
        is None
    )
    bad_rows = [
        {"service": "report_crime", "weight": "2.5", **{**CITED, "licence": ""}},
        {"service": "report_crime", "weight": "2.5", **{**CITED, "offence_row": ""}},
        {"service": "report_crime", "weight": "2.5", **{**CITED, "table_url": "http://example.org"}},
        {"service": "report_crime", "weight": "lots", **CITED},
        {"service": "report_crime", "weight": "-1", **CITED},
        {"service": "report_crime", "weight": "nan", **CITED},
        {"service": "Report Crime", **CITED},
    ]
    for row in bad_rows:
        with pytest.raises(ValueError):
            load_weights(_weights_file(tmp_path, [row]))
    with pytest.raises(ValueError):
        load_weights(_weights_file(tmp_path, [{"service": "hate_crime"}, {"service": "hate_crime"}]))
    (tmp_path / "columns.csv").write_text("service,weight\nreport_crime,2\n", encoding="utf-8")
    with pytest.raises(ValueError):
        load_weights(tmp_path / "columns.csv")


def test_harm_without_cited_weights_counts_and_says_so(fixed: InsightStore) -> None:
    result = harm_by_district(fixed, NOVEMBER)  # the shipped file: no service has a number
    rows = {row.district: row for row in result.rows}
    assert set(rows) == {"GL50", "OX1"}
    assert rows["GL50"].events.value == 23 and rows["GL50"].harm is None
    assert rows["OX1"].events.suppressed  # 4 drug-dealing reports
    assert result.weighted_services == ()
    assert result.not_weighted == ("antisocial_behaviour", "drug_dealing", "report_crime")
    assert "Not harm-weighted" in result.note and "report_crime" in result.note


def test_harm_weights_weighted_and_unweighted_services(fixed: InsightStore, tmp_path: Path) -> None:
    weights = load_weights(
        _weights_file(
            tmp_path,
            [
                {"service": "report_crime", "weight": "2.5", **CITED},
                {"service": "drug_dealing", "weight": "7", **CITED},
                {"service": "antisocial_behaviour", "note": "not an offence"},
            ],
        )
    )
    result = harm_by_district(fixed, NOVEMBER, weights)
    rows = {row.district: row for row in result.rows}
    gl50, ox1 = rows["GL50"], rows["OX1"]
    assert (gl50.events.value, gl50.weighted_events.value, gl50.harm) == (
        23,
        11,
        27.5,
    )  # 11 x 2.5; ASB counted
    assert ox1.weighted_events.suppressed and ox1.harm is None  # 4 x 7 would reveal the 4
    assert result.weighted_services == ("drug_dealing", "report_crime")
    assert result.not_weighted == ("antisocial_behaviour",)
    assert "antisocial_behaviour" in result.note and "report_crime" in result.note
    assert result.unit == "days"
    assert [row.district for row in result.rows] == ["GL50", "OX1"]


# --- the export -------------------------------------------------------------------------------------------


def test_export_csv_schema_counts_and_suppression(fixed: InsightStore, tmp_path: Path) -> None:
    result = export(fixed, NOVEMBER, tmp_path / "open.csv")
    with result.path.open(newline="", encoding="utf-8") as handle:
        reader = csv.DictReader(handle)
        assert tuple(reader.fieldnames or ()) == COLUMNS
        rows = list(reader)
    assert (
        (result.rows, result.suppressed)
        == (9, 5)
        == (len(rows), sum(r["suppressed"] == "true" for r in rows))
    )
    by_key = {(r["date"], r["postcode_district"], r["service"], r["route"], r["channel"]): r for r in rows}
    pothole = by_key[("2026-11-02", "GL50", "pothole", "council", "rest")]
    assert (pothole["count"], pothole["suppressed"], pothole["service_name"]) == (
        "10",
        "false",
        "Potholes and road surface",
    )
    noise = by_key[("2026-11-02", "GL50", "noise_nuisance", "council", "whatsapp")]
    assert (noise["count"], noise["suppressed"]) == ("<10", "true")
    declined = by_key[("2026-11-04", "", "", "out_of_scope", "twilio")]
    assert declined["count"] == "<10" and declined["service_name"] == ""
    assert by_key[("2026-11-03", "OX1", "mental_health_crisis", "crisis", "rest")]["count"] == "10"
    for row in rows:
        assert row["synthetic"] == "false"
        assert row["count"] == "<10" or int(row["count"]) >= 10  # no small number is ever written
        assert re.fullmatch(r"2026-11-\d\d", row["date"])
    assert [r["date"] for r in rows] == sorted(r["date"] for r in rows)
    text = result.path.read_text(encoding="utf-8")
    assert "GL50 1QA" not in text and "1QA" not in text  # districts only


def test_the_data_dictionary_describes_every_column(fixed: InsightStore, tmp_path: Path) -> None:
    result = export(fixed, NOVEMBER, tmp_path / "open.csv")
    with result.dictionary.open(newline="", encoding="utf-8") as handle:
        described = list(csv.DictReader(handle))
    assert [row["column"] for row in described] == list(COLUMNS)
    assert all(row["description"] and row["type"] for row in described)
    assert result.dictionary.read_bytes() == DICTIONARY.read_bytes()


def test_a_synthetic_export_says_so_first(fixed: InsightStore, tmp_path: Path) -> None:
    result = export(fixed, NOVEMBER, tmp_path / "synthetic.csv", synthetic=True)
    lines = result.path.read_text(encoding="utf-8").splitlines()
    assert lines[0].startswith("# SYNTHETIC DATA")
    assert lines[1].split(",") == list(COLUMNS)
    rows = list(csv.DictReader(lines[1:]))
    assert rows and all(row["synthetic"] == "true" for row in rows)


def test_parquet_without_pyarrow_says_so_and_csv_still_works(
    fixed_sqlite: InsightStore, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    fixed = fixed_sqlite
    monkeypatch.setitem(sys.modules, "pyarrow", None)  # as if not installed
    with pytest.raises(ParquetUnavailable, match="pyarrow"):
        export(fixed, NOVEMBER, tmp_path / "open.parquet", fmt="parquet")
    assert not (tmp_path / "open.parquet").exists()
    assert export(fixed, NOVEMBER, tmp_path / "open.csv").rows == 9


def test_parquet_round_trip(fixed_sqlite: InsightStore, tmp_path: Path) -> None:
    fixed = fixed_sqlite
    pq = pytest.importorskip("pyarrow.parquet", reason="pyarrow is not installed: Parquet export is optional")
    rows = export_rows(fixed, NOVEMBER)
    write_parquet(rows, tmp_path / "open.parquet")
    table = pq.read_table(tmp_path / "open.parquet")
    assert tuple(table.column_names) == COLUMNS
    assert table.num_rows == 9
    assert sorted(table.column("count").to_pylist()) == sorted(str(row.count) for row in rows)


# --- the report -------------------------------------------------------------------------------------------


def test_report_files_tables_and_suppression(fixed_sqlite: InsightStore, tmp_path: Path) -> None:
    files = write_report(fixed_sqlite, NOVEMBER, tmp_path / "report")
    text = files.markdown.read_text(encoding="utf-8")
    assert text.splitlines()[0] == "# Front Door monthly summary: November 2026"
    assert "SYNTHETIC" not in text
    images = re.findall(r"!\[([^\]]+)\]\(([^)]+\.png)\)", text)
    assert [name for _, name in images] == list(CHARTS.values())
    sections = text.split("\n## ")[1:]
    assert len(sections) == len(CHARTS)
    for section in sections:  # each chart is followed by its table alternative
        assert section.index("![") < section.index("Table alternative:")
        assert "| --- |" in section[section.index("Table alternative:") :]
    for alt, _ in images:
        assert len(alt) > 20  # alt text that says what the chart shows
    assert "| Contacts | 70 |" in text
    assert "27.1% (19 of 70)" in text  # kept off the police
    assert "| Yes | 10 |" in text and "| No | <10 |" in text
    assert "| 2026-11-02 | " in text and "| GL50 | 23 | <10 | not weighted |" in text
    assert "Not harm-weighted" in text
    assert "| Noise and nuisance from neighbours | <10 |" in text
    for path in files.charts:
        data = path.read_bytes()
        assert data[:8] == PNG_SIGNATURE and len(data) > 2000, path.name
    from matplotlib.image import imread

    assert imread(files.charts[0]).shape[2] in (3, 4)


def test_a_synthetic_report_says_so_first(fixed_sqlite: InsightStore, tmp_path: Path) -> None:
    files = write_report(fixed_sqlite, NOVEMBER, tmp_path / "report", synthetic=True)
    text = files.markdown.read_text(encoding="utf-8")
    assert text.splitlines()[0].startswith("# SYNTHETIC DATA")
    assert all(alt.startswith("SYNTHETIC DATA") for alt in re.findall(r"!\[([^\]]+)\]", text))


# --- the synthetic month ----------------------------------------------------------------------------------


def test_synthetic_tables_cover_the_catalogue_and_the_fixtures() -> None:
    catalogue = load_catalogue()
    assert set(SERVICE_WEIGHTS) == set(TEXTS) == set(catalogue.services)
    assert all(weight > 0 for weight in SERVICE_WEIGHTS.values())
    assert all(len(texts) >= 2 for texts in TEXTS.values())
    districts = fixture_districts()
    assert set(DISTRICT_WEIGHTS) <= set(districts)
    assert districts["GL50"].county_gss == "E10000013" and districts["GL50"].district_gss == "E07000078"
    assert districts["BS1"].county_gss is None  # a unitary council


def test_the_safety_services_texts_raise_their_flags() -> None:
    """Only the gate gives a safety answer: a synthetic crisis message the gate misses would be routed as
    something else, and the month would show no crisis."""
    from bot.safety.gate import assess

    expected = {
        "emergency": "emergency",
        "mental_health_crisis": "crisis",
        "child_at_risk": "child_at_risk",
        "domestic_abuse": "domestic_abuse",
    }
    for service, flag in expected.items():
        for text in TEXTS[service]:
            assert flag in {f.value for f in assess(text).flags}, text


def test_synthetic_month_is_deterministic_and_varied() -> None:
    first = generate(NOVEMBER, seed=5, per_day=20)
    again = generate(NOVEMBER, seed=5, per_day=20)
    other = generate(NOVEMBER, seed=6, per_day=20)
    assert first.events == again.events  # ids included
    assert first.events != other.events
    events = first.events
    assert 400 < len(events) < 700 and first.not_demand > 0
    assert all(NOVEMBER.start_at <= e.hour < NOVEMBER.end_at for e in events)
    assert {e.route for e in events} >= {"council", "police", "nhs", "crisis", "emergency", "out_of_scope"}
    assert {e.outcome for e in events} == {"answered", "asked", "declined", "handed_to_person"}
    assert {e.would_have_called for e in events} == {"none", "police_101", "police_999"}
    assert {e.channel for e in events} == set(CHANNELS)
    assert {e.postcode_district for e in events} == set(DISTRICT_WEIGHTS) | {None}
    assert any("crisis" in e.safety_flags for e in events)
    assert {e.feedback for e in events} == {None, "yes", "no"}
    council = [
        e for e in events if e.route == "council" and e.service and e.postcode_district and not e.safety_flags
    ]
    assert council and all(e.body_code for e in council)  # resolved like the sandbox would
    assert all(e.body_code is None for e in events if e.route == "police")  # forces have no GSS code


def test_every_synthetic_event_written_is_valid(tmp_path: Path) -> None:
    store = InsightStore(f"sqlite:///{tmp_path / 'synthetic.sqlite3'}")
    month = write_month(store, NOVEMBER, seed=9, per_day=10)
    assert store.count() == len(month.events) > 200
    with store.engine.connect() as connection:
        ids = connection.execute(sa.select(OUTCOME_EVENTS.c.id)).scalars().all()
    stored = [store.get(event_id) for event_id in ids]  # get() re-validates every field
    assert sorted(stored, key=lambda e: e.id if e else "") == sorted(month.events, key=lambda e: e.id)
    with pytest.raises(sa.exc.IntegrityError):
        write_month(store, NOVEMBER, seed=9, per_day=10)  # the same month twice is refused, not doubled
    assert store.count() == len(month.events)
    store.dispose()


# --- the command line -------------------------------------------------------------------------------------


def test_cli_end_to_end(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    url = f"sqlite:///{tmp_path / 'synthetic.sqlite3'}"
    assert cli(["synthetic", "--month", "2026-11", "--database-url", url, "--per-day", "12"], env={}) == 0
    said = capsys.readouterr().out
    assert "SYNTHETIC DATA" in said and "November 2026" in said and "secret" not in said
    out = tmp_path / "open.csv"
    args = [
        "export",
        "--since",
        "2026-11-01",
        "--until",
        "2026-11-30",
        "--out",
        str(out),
        "--database-url",
        url,
    ]
    assert cli([*args, "--synthetic"], env={}) == 0
    assert out.read_text(encoding="utf-8").startswith("# SYNTHETIC DATA")
    assert (tmp_path / "open.dictionary.csv").exists()
    assert cli([*args, "--format", "csv"], env={}) == 0
    with out.open(newline="", encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    assert rows and {row["date"][:7] for row in rows} == {"2026-11"}
    report = tmp_path / "report"
    assert (
        cli(
            ["report", "--month", "2026-11", "--out", str(report), "--database-url", url, "--synthetic"],
            env={},
        )
        == 0
    )
    assert (report / "report.md").read_text(encoding="utf-8").startswith("# SYNTHETIC DATA")
    assert len(list(report.glob("*.png"))) == len(CHARTS)
    capsys.readouterr()
    assert cli(["synthetic", "--month", "2026-11", "--database-url", url, "--per-day", "12"], env={}) == 1
    assert "already holds November 2026" in capsys.readouterr().err


def test_cli_refusals(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    live = f"sqlite:///{tmp_path / 'live.sqlite3'}"
    env = {"FRONTDOOR_INSIGHT_DATABASE_URL": live}
    assert cli(["synthetic", "--month", "2026-11", "--database-url", live], env=env) == 1
    assert "refusing to write synthetic events into the live database" in capsys.readouterr().err
    out = str(tmp_path / "x.csv")
    assert cli(["export", "--since", "2026-11-01", "--out", out], env=env) == 1  # nothing recorded yet
    assert "no outcome events table" in capsys.readouterr().err
    store = _filled(live)
    monkeypatch.setitem(sys.modules, "pyarrow", None)
    assert cli(["export", "--since", "2026-11-01", "--format", "parquet", "--out", out], env=env) == 1
    assert "needs pyarrow" in capsys.readouterr().err
    assert cli(["export", "--since", "2026-11-02", "--until", "2026-11-01", "--out", out], env=env) == 1
    assert cli(["export", "--since", "2026-11-01", "--until", "2026-11-30", "--out", out], env=env) == 0
    assert "wrote 9 rows (5 suppressed)" in capsys.readouterr().out
    with pytest.raises(SystemExit) as usage:
        cli(["report", "--month", "2026-13"], env=env)
    assert usage.value.code == 2
    dead = {"FRONTDOOR_INSIGHT_DATABASE_URL": "postgresql+psycopg2://u:secret@127.0.0.1:9/x"}
    assert cli(["report", "--month", "2026-11", "--out", str(tmp_path / "r")], env=dead) == 1
    err = capsys.readouterr().err
    assert "failed" in err and "secret" not in err
    store.dispose()


def test_cli_retention_delegates(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    url = f"sqlite:///{tmp_path / 'insight.sqlite3'}"
    store = InsightStore(url)
    store.migrate()
    now = dt.datetime.now(UTC)
    store.record_many(batch(2, at=now - dt.timedelta(days=40)) + batch(1, at=now))
    env = {"FRONTDOOR_INSIGHT_DATABASE_URL": url, "FRONTDOOR_INSIGHT_RETENTION_DAYS": "30"}
    assert cli(["retention"], env=env) == 0
    assert "deleted 2 outcome events older than 30 days" in capsys.readouterr().out
    assert store.count() == 1
    store.dispose()


def test_python_m_bot_insight(
    fixed_sqlite: InsightStore, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The `insight` subcommand of `python -m bot`, in this process and then as its own process."""
    out = tmp_path / "in-process.csv"
    args = [
        "--since",
        "2026-11-01",
        "--until",
        "2026-11-30",
        "--format",
        "csv",
        "--database-url",
        fixed_sqlite.url,
    ]
    assert bot_main(["insight", "export", *args, "--out", str(out)]) == 0
    assert "wrote 9 rows (5 suppressed)" in capsys.readouterr().out
    smoke = tmp_path / "subprocess.csv"
    job = subprocess.run(
        [sys.executable, "-m", "bot", "insight", "export", *args, "--out", str(smoke)],
        cwd=ROOT,
        env={**os.environ, "FRONTDOOR_INSIGHT_DATABASE_URL": "off"},
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert job.returncode == 0, job.stderr
    assert "wrote 9 rows (5 suppressed)" in job.stdout
    assert smoke.read_text(encoding="utf-8") == out.read_text(encoding="utf-8")
