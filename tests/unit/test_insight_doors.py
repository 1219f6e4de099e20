"""From a decision to its outcome event: what the doors record, and what they never do."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.insight import doors
from bot.insight.store import InsightStore
from bot.parse import IntentScore, Parse
from bot.safety.gate import assess
from bot.triage import decide


def decision(text: str, *ranking: tuple[str, float]):
    return decide(Parse(text, tuple(IntentScore(n, c) for n, c in ranking), safety=assess(text)))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("should I ring 101 about the fly-tipping?", "police_101"),
        ("I was going to call the police about my neighbours' noise", "police_101"),
        ("do I phone the police or the council", "police_101"),
        ("I nearly dialled 999 when I saw the flooding", "police_999"),
        ("is this a 999?", "police_999"),
        ("should I ring 101 or call 999?", "police_999"),
        ("pothole outside number 12", "none"),
        ("the police station car park has potholes", "none"),
        ("my address is 101 High Street", "none"),
    ],
)
def test_would_have_called(text: str, expected: str) -> None:
    assert doors.would_have_called(text) == expected


def test_outcome_of_each_kind_of_decision() -> None:
    assert doors.outcome_of(decision("pothole", ("pothole", 0.9))) == "answered"
    assert doors.outcome_of(decision("x", ("pothole", 0.4), ("fly_tipping", 0.38))) == "asked"
    assert doors.outcome_of(decision("what's the capital of peru", ("out_of_scope", 0.9))) == "declined"
    assert doors.outcome_of(decision("can I talk to a person", ("human_handoff", 0.95))) == "handed_to_person"
    assert doors.outcome_of(decision("thanks", ("thank", 0.95))) is None
    assert (
        doors.outcome_of(decision("he has a knife and is stabbing people", ("report_crime", 0.9)))
        == "answered"
    )


@pytest.fixture()
def sqlite_writer(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    url = f"sqlite:///{tmp_path / 'insight.sqlite3'}"
    monkeypatch.setenv("FRONTDOOR_INSIGHT_DATABASE_URL", url)
    monkeypatch.setattr(doors, "_writer", None)
    yield url
    if doors._writer is not None:
        doors._writer.close()
    monkeypatch.setattr(doors, "_writer", None)


def test_record_decision_keeps_the_district_and_no_words(sqlite_writer: str) -> None:
    located = decision("pothole", ("pothole", 0.9))
    located = type(located)(**{**located.__dict__, "body": {"gss_code": "E10000013", "name": "x"}})
    doors.record_decision(
        located, "rest", "pothole outside 12 Acacia Avenue, should I call the police?", "GL50 1QA"
    )
    doors.record_decision(decision("thanks", ("thank", 0.95)), "rest", "thanks", None)  # not demand
    doors.record_decision(decision("pothole", ("pothole", 0.9)), "cmdline", "pothole", None)  # not a door
    writer = doors.writer()
    assert writer is not None and writer.flush(10)
    store = InsightStore(sqlite_writer)
    assert store.count() == 1
    assert (
        store.count(channel="rest", service="pothole", body_code="E10000013", postcode_district="GL50") == 1
    )
    assert store.count(would_have_called="police_101", outcome="answered") == 1
    raw = Path(sqlite_writer.removeprefix("sqlite:///")).read_bytes()
    assert b"Acacia" not in raw and b"1QA" not in raw


def test_recording_off(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("FRONTDOOR_INSIGHT_DATABASE_URL", "off")
    monkeypatch.setattr(doors, "_writer", None)
    assert doors.writer() is None
    doors.record_decision(decision("pothole", ("pothole", 0.9)), "rest", "pothole", None)  # no error
