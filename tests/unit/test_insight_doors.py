"""From a decision to its outcome event: what the doors record, and what they never do."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from bot.core.decide import decide
from bot.core.parse import IntentScore, Parse
from bot.insight import doors
from bot.insight.events import facets_of
from bot.insight.store import InsightStore
from bot.safety.gate import assess


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


def test_body_code_is_a_gss_code_or_a_police_force_id() -> None:
    answered = decision("my bike was nicked", ("report_crime", 0.9))
    force = {"name": "Gloucestershire Constabulary", "kind": "police_force", "gss_code": None}
    assert (
        doors.body_code_of(replace(answered, body={**force, "force_id": "gloucestershire"}))
        == "gloucestershire"
    )
    assert doors.body_code_of(replace(answered, body={**force, "force_id": "devon-and-cornwall"})) == (
        "devon-and-cornwall"
    )
    assert (
        doors.body_code_of(replace(answered, body={**force, "force_id": "Gloucestershire Constabulary"}))
        is None
    )
    assert doors.body_code_of(replace(answered, body={**force, "force_id": None})) is None  # Police Scotland
    assert (
        doors.body_code_of(replace(answered, body={"name": "NHS 111", "kind": "nhs", "gss_code": None}))
        is None
    )
    assert doors.body_code_of(replace(answered, body={"name": "x", "gss_code": "E10000013"})) == "E10000013"
    assert doors.body_code_of(answered) is None  # no place given


def test_a_police_answer_is_recorded_with_its_force_id(sqlite_writer: str) -> None:
    answered = decision("my bike was nicked", ("report_crime", 0.9))
    body = {"name": "Gloucestershire Constabulary", "kind": "police_force", "gss_code": None}
    made = doors.record_decision(
        replace(answered, body={**body, "force_id": "gloucestershire"}),
        "telegram",
        "should I ring 101?",
        "GL50 1QA",
    )
    assert made is not None and made.body_code == "gloucestershire"
    writer = doors.writer()
    assert writer is not None and writer.flush(10)
    store = InsightStore(sqlite_writer)
    assert store.count(route="police", body_code="gloucestershire", channel="telegram") == 1
    store.dispose()


def test_feedback_through_the_doors_sets_one_of_identical_rows(sqlite_writer: str) -> None:
    """Two people asked the same thing in the same hour and district: one tap answers exactly one of them."""
    answered = decision("pothole", ("pothole", 0.9))
    first = doors.record_decision(answered, "rest", "pothole", "GL50 1QA")
    second = doors.record_decision(answered, "rest", "pothole", "GL50 2AB")
    assert first is not None and second is not None
    kept = facets_of(first)
    assert kept == facets_of(second) and "id" not in kept
    assert doors.record_feedback(kept, True)
    writer = doors.writer()
    assert writer is not None and writer.flush(10)
    store = InsightStore(sqlite_writer)
    assert (store.count(feedback="yes"), store.count(feedback=None)) == (1, 1)
    assert doors.record_feedback(kept, False) and writer.flush(10)
    assert (store.count(feedback="yes"), store.count(feedback="no"), store.count(feedback=None)) == (1, 1, 0)
    assert doors.record_feedback(kept, True) and writer.flush(10)  # queued; no unanswered row is left
    assert (store.count(feedback="yes"), store.count(feedback="no")) == (1, 1)
    other = facets_of(doors.record_decision(decision("bins", ("missed_bin", 0.9)), "rest", "bins", None))  # type: ignore[arg-type]
    assert doors.record_feedback({**kept, "postcode_district": "GL51"}, True) and writer.flush(10)  # no match
    assert doors.record_feedback(other, False) and writer.flush(10)
    assert store.count(feedback="no", service="missed_bin") == 1 and store.count(feedback="yes") == 1
    assert writer.failures == 0
    store.dispose()


def test_feedback_when_recording_is_off(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("FRONTDOOR_INSIGHT_DATABASE_URL", "off")
    monkeypatch.setattr(doors, "_writer", None)
    made = doors.record_decision(decision("pothole", ("pothole", 0.9)), "rest", "pothole", None)
    assert made is not None  # still made: its facets are what "Did this help?" keeps
    assert doors.record_feedback(facets_of(made), True) is False
    assert doors.record_feedback(None, True) is False
