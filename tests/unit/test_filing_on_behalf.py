"""Filing on a caller's behalf from the console (bot.open311.on_behalf): the preview read back to the caller,
the questions still open, duplicates first, sending once on confirm, and what can't be filed. With the stand-in
Filing from test_filing (no network); the API and the console run against the sandbox in tests/e2e."""

from __future__ import annotations

from typing import Any

import pytest

from bot.open311.filing import ReportStatus
from bot.open311.on_behalf import BadRequest, CallerReport, caller_report, file_for_caller
from tests.unit.test_filing import StandIn, decision, locate

WORDS = "massive pothole outside the town hall"


def looked_up(words: str = WORDS, *ranking: tuple[str, float]) -> dict[str, Any]:
    return locate(decision(words, *(ranking or (("pothole", 0.93),))), None).to_json()


def step(filing: StandIn, **fields: Any) -> dict[str, Any]:
    body = {"text": WORDS, "postcode": "GL50 1QA", **fields}
    return file_for_caller(caller_report(body), looked_up(), filing)


def test_the_preview_says_what_is_missing_and_sends_nothing() -> None:
    filing = StandIn()
    preview = step(filing)
    assert preview["kind"] == "preview"
    assert (preview["ready"], preview["missing"]) == (False, ["where", "defect_location"])
    assert preview["questions"] == [
        {
            "code": "defect_location",
            "text": "Where is the pothole?",
            "options": [
                {"key": "carriageway", "name": "In the road"},
                {"key": "footway", "name": "On the pavement or footpath"},
            ],
            "answer": None,
        }
    ]
    assert preview["to"] == "Gloucestershire County Council"
    assert preview["where"] == "GL50 1QA"
    assert preview["duplicate"] is None and preview["email"] is None
    assert filing.sent == []


def test_read_back_then_confirm_sends_once_with_what_was_shown() -> None:
    filing = StandIn()
    fields = {"where": "outside the town hall steps", "answers": {"defect_location": "In the road"}}
    preview = step(filing, **fields)
    assert (preview["ready"], preview["missing"]) == (True, [])
    assert preview["where"] == "outside the town hall steps, GL50 1QA"
    assert preview["description"] == WORDS
    assert preview["answers"] == [{"code": "defect_location", "answer": "carriageway"}]
    assert [(q["code"], q["answer"]) for q in preview["questions"]] == [("defect_location", "carriageway")]
    assert filing.sent == []
    sent = step(filing, confirm=True, email="caller@example.org", **fields)
    assert sent == {
        "kind": "sent",
        "to": "Gloucestershire County Council",
        "reference": "4100001",
        "notice": "We aim to inspect it within 5 working days.",
        "reason": None,
        "url": "https://www.gloucestershire.gov.uk",
    }
    [draft] = filing.sent
    assert (draft.where, draft.attributes, draft.email) == (
        "outside the town hall steps",
        {"defect_location": "carriageway"},
        "caller@example.org",
    )


def test_confirm_with_something_missing_is_only_a_preview() -> None:
    filing = StandIn()
    result = step(filing, confirm=True, where="by the bus stop")
    assert (result["kind"], result["missing"]) == ("preview", ["defect_location"])
    assert filing.sent == []


def test_duplicates_first() -> None:
    already = ReportStatus(
        "found", "4100007", "Gloucestershire County Council", "Pothole", "open", reported="3 March"
    )
    preview = step(StandIn(already=already), where="by the bus stop")
    assert preview["duplicate"] == {
        "reference": "4100007",
        "service_name": "Pothole",
        "status": "open",
        "reported": "3 March",
    }


def test_danger_is_never_filed() -> None:
    filing = StandIn()
    danger = "pothole outside the town hall and a man has fallen in it and isn't moving"
    result = file_for_caller(
        caller_report({"text": danger, "postcode": "GL50 1QA", "confirm": True}), looked_up(danger), filing
    )
    assert result["kind"] == "safety" and "emergency" in result["safety"]
    assert filing.sent == []


def test_what_a_council_does_not_take_online_is_not_fileable() -> None:
    filing = StandIn()
    bins = looked_up("bins not collected", ("missed_bin", 0.93))
    result = file_for_caller(CallerReport("bins not collected", "GL50 1QA"), bins, filing)
    assert result == {
        "kind": "not_fileable",
        "reason": "Gloucestershire County Council doesn't take reports about missed bin collections through "
        "Front Door: use its own page.",
        "url": "https://www.gloucestershire.gov.uk",
    }


def test_an_unsure_lookup_asks_the_caller_first() -> None:
    unsure = {**looked_up(), "needs_clarification": True}  # the lookup asked "which of these is it?"
    result = file_for_caller(CallerReport(WORDS, "GL50 1QA", confirm=True), unsure, StandIn())
    assert result == {
        "kind": "not_fileable",
        "reason": "Not sure which service this is: ask the caller, then look up.",
    }


@pytest.mark.parametrize(
    ("body", "message"),
    [
        (None, "send JSON like"),
        ({"postcode": "GL50 1QA"}, "say what the caller reported"),
        ({"text": "pothole"}, "a report needs the caller's `postcode`"),
        ({"text": "pothole", "postcode": "GL50 1QA", "answers": ["road"]}, "`answers` maps"),
        ({"text": "pothole", "postcode": "GL50 1QA", "email": "not an address"}, "`email` is one"),
        ({"text": "pothole", "postcode": "GL50 1QA", "where": 12}, "`where` is text"),
    ],
)
def test_bad_requests_say_what_to_send(body: Any, message: str) -> None:
    with pytest.raises(BadRequest, match=None) as raised:
        caller_report(body)
    assert str(raised.value).startswith(message)


def test_confirm_must_be_true_itself() -> None:
    assert caller_report({"text": "pothole", "postcode": "GL50 1QA", "confirm": "yes"}).confirm is False
