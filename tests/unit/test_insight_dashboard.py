"""The insight dashboard's JSON (bot/insight/dashboard.py) on a fixed set of outcome events in a real SQLite
store: exact counts, "<10" in every small cell, districts only, no words; and the page's static files."""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from bot.catalogue import load_catalogue
from bot.channels.insight_api import _period
from bot.channels.web import FILES, HTML, STATIC_DIR
from bot.insight import InsightStore, OutcomeEvent, outcome_event
from bot.insight.dashboard import HARM_OFF_NOTE, MAX_DAYS, build, district_order, period_for
from bot.insight.events import CHANNELS, OUTWARD_CODE
from bot.insight.harm import HarmWeight
from bot.insight.measures import Period

UTC = dt.timezone.utc
NOVEMBER = Period.month("2026-11")
UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}")


def at(day: int, hour: int, month: int = 11) -> dt.datetime:
    return dt.datetime(2026, month, day, hour, 41, tzinfo=UTC)


def batch(n: int, *, feedback: list[str | None] | None = None, **fields: Any) -> list[OutcomeEvent]:
    base: dict[str, Any] = {
        "channel": "rest",
        "route": "council",
        "outcome": "answered",
        "service": "pothole",
    }
    taps = (feedback or []) + [None] * n
    return [outcome_event(**{**base, **fields, "feedback": taps[i]}) for i in range(n)]


def fixed_events() -> list[OutcomeEvent]:
    """40 events in November 2026 and 2 on 31 October; the expected numbers below follow from here."""
    return [
        # A: 12 potholes in GL50 from the widget on 2 November; 10 "yes" taps and 1 "no".
        *batch(12, at=at(2, 10), channel="socketio", postcode="GL50 1QA", feedback=["yes"] * 10 + ["no"]),
        # B: 10 noise complaints in GL51 from the console on 3 November, who would have rung 101.
        *batch(
            10,
            at=at(3, 9),
            channel="console",
            service="noise_nuisance",
            postcode="GL51 9HE",
            would_have_called="police_101",
        ),
        # C: 11 crime reports in GL50 by the REST webhook on 3 November.
        *batch(11, at=at(3, 14), route="police", service="report_crime", postcode="GL50 1QA"),
        # D: 4 mental-health crises in OX1 by WhatsApp on 4 November.
        *batch(
            4,
            at=at(4, 22),
            channel="whatsapp",
            route="crisis",
            service="mental_health_crisis",
            postcode="OX1 1BX",
            safety_flags=["crisis"],
        ),
        # E: 3 declined, no postcode, on 4 November.
        *batch(3, at=at(4, 12), route="out_of_scope", outcome="declined", service=None),
        # Outside November.
        *batch(2, at=at(31, 23, month=10), postcode="GL50 1QA"),
    ]


@pytest.fixture()
def store(tmp_path: Path) -> Iterator[InsightStore]:
    filled = InsightStore(f"sqlite:///{tmp_path / 'insight.sqlite3'}")
    filled.migrate()
    filled.record_many(fixed_events())
    yield filled
    filled.dispose()


def c(value: int | None) -> dict[str, Any]:
    """The JSON of a published count."""
    return {"value": value, "text": "<10" if value is None else str(value)}


LOW = c(None)


def name(service: str) -> str:
    return load_catalogue().service(service).name


def cells(data: Any) -> Iterator[dict[str, Any]]:
    """Every published count anywhere in the JSON."""
    if isinstance(data, dict):
        if set(data) == {"value", "text"}:
            yield data
        for value in data.values():
            yield from cells(value)
    elif isinstance(data, list):
        for value in data:
            yield from cells(value)


def test_headline_and_shares(store: InsightStore) -> None:
    data = build(store, NOVEMBER)
    assert data["synthetic"] is False and data["synthetic_note"] is None
    assert (data["suppress_below"], data["suppressed"], data["refresh_seconds"]) == (10, "<10", 5)
    assert data["period"]["start"] == "2026-11-01" and data["period"]["last_day"] == "2026-11-30"
    assert data["period"]["label"] == "November 2026"
    assert len(data["period"]["days"]) == 30
    assert data["contacts"] == c(40)
    assert data["shares"] == [
        {"key": "kept_off_police", "name": "Kept off the police", "value": 0.25, "text": "25.0%",
         "numerator": c(10), "denominator": c(40)},
        {"key": "crisis", "name": "Mental-health crisis", "value": None, "text": "withheld (<10)",
         "numerator": LOW, "denominator": c(40)},
        {"key": "declined", "name": "Declined (out of scope)", "value": None, "text": "withheld (<10)",
         "numerator": LOW, "denominator": c(40)},
        {"key": "asked", "name": "Asked which service was meant", "value": None, "text": "withheld (<10)",
         "numerator": LOW, "denominator": c(40)},
    ]  # fmt: skip
    assert data["feedback"] == {
        "yes": c(10),
        "no": LOW,
        "helpful": {"value": 0.9091, "text": "90.9%", "numerator": c(10), "denominator": c(11)},
        "answered": {"value": 0.275, "text": "27.5%", "numerator": c(11), "denominator": c(40)},
    }


def test_demand_over_time_by_route(store: InsightStore) -> None:
    demand = build(store, NOVEMBER)["demand"]
    assert [(s["key"], s["name"]) for s in demand] == [
        ("crisis", "Mental-health crisis"),
        ("police", "Police"),
        ("council", "Council"),
        ("out_of_scope", "Out of scope"),
    ]
    by_route = {s["key"]: s["counts"] for s in demand}
    assert all(len(counts) == 30 for counts in by_route.values())
    shown = {
        (route, day + 1): cell["value"]
        for route, counts in by_route.items()
        for day, cell in enumerate(counts)
        if cell["value"] is not None
    }
    assert shown == {("council", 2): 12, ("council", 3): 10, ("police", 3): 11}
    assert by_route["crisis"][3] == LOW  # 4 November: 4 crises
    assert by_route["council"][0] == LOW  # a day with none is "<10" too: zero is a small number


def test_top_services_doors_and_districts(store: InsightStore) -> None:
    data = build(store, NOVEMBER)
    assert data["services"] == [
        {"key": "pothole", "name": name("pothole"), "count": c(12)},
        {"key": "report_crime", "name": name("report_crime"), "count": c(11)},
        {"key": "noise_nuisance", "name": name("noise_nuisance"), "count": c(10)},
        {"key": "mental_health_crisis", "name": name("mental_health_crisis"), "count": LOW},
    ]
    assert [d["key"] for d in data["doors"]] == list(CHANNELS)
    assert {d["key"]: d["count"] for d in data["doors"]} == {
        "rest": c(14),
        "socketio": c(12),
        "triage": LOW,
        "whatsapp": LOW,
        "twilio": LOW,
        "telegram": LOW,
        "console": c(10),
    }
    assert data["doors"][1]["name"] == "Chat widget" and data["doors"][6]["name"] == "Call-handler console"
    districts = data["districts"]
    assert (districts["measure"], districts["unit"], districts["weighted"]) == ("contacts", "contacts", False)
    assert districts["note"].startswith(HARM_OFF_NOTE)
    assert "not on the map" in districts["note"]
    assert districts["rows"] == [
        {"district": "GL50", "contacts": c(23), "police": None, "weighted": None, "harm": None},
        {"district": "GL51", "contacts": c(10), "police": None, "weighted": None, "harm": None},
        {"district": "OX1", "contacts": LOW, "police": None, "weighted": None, "harm": None},
    ]


def test_harm_weights_are_used_when_the_table_has_them(store: InsightStore) -> None:
    cited = {
        "unit": "days",
        "index": "Test index",
        "table_title": "A test table",
        "table_date": "2026-01",
        "table_url": "https://example.org/table",
        "licence": "OGL",
        "offence_row": "row 1",
        "read_in": "a test",
        "note": "",
    }
    weights = {"report_crime": HarmWeight(service="report_crime", weight=2.5, **cited)}
    districts = build(store, NOVEMBER, weights=weights)["districts"]
    assert (districts["measure"], districts["unit"], districts["weighted"]) == ("harm", "days", True)
    assert districts["note"].startswith("Every police contact is harm-weighted (days).")
    assert districts["rows"][0] == {
        "district": "GL50", "contacts": c(23), "police": c(11), "weighted": c(11), "harm": 27.5,
    }  # fmt: skip
    assert districts["rows"][1] == {
        "district": "GL51", "contacts": c(10), "police": None, "weighted": None, "harm": None,
    }  # fmt: skip


def test_every_small_cell_is_suppressed_and_nothing_identifies_anyone(store: InsightStore) -> None:
    data = build(store, NOVEMBER)
    published = list(cells(data))
    assert len(published) == 1 + 4 * 2 + 6 + 4 * 30 + 4 + 7 + 3  # headline, shares, feedback, demand, ...
    for cell in published:
        assert cell["value"] is None or cell["value"] >= 10, cell
        assert cell["text"] == ("<10" if cell["value"] is None else str(cell["value"]))
    text = json.dumps(data)
    assert "1QA" not in text and "9HE" not in text and "1BX" not in text
    assert not UUID.search(text)  # no event ids
    assert all(OUTWARD_CODE.fullmatch(row["district"]) for row in data["districts"]["rows"])


def test_a_synthetic_dashboard_says_so(store: InsightStore) -> None:
    data = build(store, NOVEMBER, synthetic=True)
    assert data["synthetic"] is True
    assert data["synthetic_note"] is not None and data["synthetic_note"].startswith("SYNTHETIC DATA")


def test_a_database_with_no_events_table_yet_is_shown_empty(tmp_path: Path) -> None:
    empty = InsightStore(f"sqlite:///{tmp_path / 'new.sqlite3'}")
    try:
        data = build(empty, NOVEMBER)
    finally:
        empty.dispose()
    assert data["contacts"] == LOW
    assert (data["demand"], data["services"], data["districts"]["rows"]) == ([], [], [])
    assert {d["key"]: d["count"] for d in data["doors"]} == {door: LOW for door in CHANNELS}
    assert [s["value"] for s in data["shares"]] == [None, None, None, None]


def test_periods() -> None:
    today = dt.date(2026, 11, 20)
    assert period_for(today=today) == Period(dt.date(2026, 10, 24), dt.date(2026, 11, 21))
    assert period_for(1, today=today) == Period(dt.date(2026, 11, 20), dt.date(2026, 11, 21))
    assert period_for(month="2026-02") == Period(dt.date(2026, 2, 1), dt.date(2026, 3, 1))
    for bad in (0, MAX_DAYS + 1):
        with pytest.raises(ValueError):
            period_for(bad, today=today)
    with pytest.raises(ValueError):
        period_for(month="2026-13")
    assert _period("7", None).end - _period("7", None).start == dt.timedelta(days=7)
    assert _period(None, "2026-11") == NOVEMBER
    for days in ("-1", "7.5", "x", "0"):
        with pytest.raises(ValueError):
            _period(days, None)


def test_districts_sort_in_postcode_order() -> None:
    names = ["GL50", "SW1A", "GL2", "M1", "GL10", "GL51"]
    assert sorted(names, key=district_order) == ["GL2", "GL10", "GL50", "GL51", "M1", "SW1A"]


def test_the_page_files_are_served_and_build_no_html_from_strings() -> None:
    assert FILES["insight"] == ("insight.html", HTML)
    for served in ("insight", "insight.js", "insight.css"):
        assert (STATIC_DIR / FILES[served][0]).is_file()
    html = (STATIC_DIR / "insight.html").read_text(encoding="utf-8")
    assert not re.search(r"<script(?![^>]*\bsrc=)", html)  # every script is a file
    assert not re.search(r"\s(on[a-z]+|style)=", html)  # no inline handlers or styles (the CSP forbids them)
    source = (STATIC_DIR / "insight.js").read_text(encoding="utf-8")
    for sink in ("innerHTML", "outerHTML", "insertAdjacentHTML", "document.write", "eval(", "new Function"):
        assert sink not in source, sink
    assert ".style" not in source


def test_with_no_token_configured_the_api_refuses_everyone() -> None:
    from bot.channels.insight_api import InsightApiInput
    from bot.ops.bearer import bearer_ok

    for credentials in (None, {}, {"token": None}, {"token": ""}):
        channel = InsightApiInput.from_credentials(credentials)
        assert isinstance(channel, InsightApiInput) and channel.token == ""
        assert not bearer_ok("Bearer ", channel.token)
        assert not bearer_ok("Bearer None", channel.token)
    channel = InsightApiInput.from_credentials({"token": "s3cret"})
    assert isinstance(channel, InsightApiInput) and bearer_ok("Bearer s3cret", channel.token)
