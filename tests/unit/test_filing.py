"""Filing a report with the council in the conversation (bot.core.conversation + bot.open311.filing): the offer, the
questions, the summary, sending once, stopping, safety first, and asking what happened to a report. The flow is
tested with a stand-in Filing (no network), then Open311Filing against the real sandbox over loopback."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Any

import pytest
import requests

from bot.core.conversation import Awaiting, Reply, TurnContext, plan_reply, plan_turn
from bot.core.decide import Decision, decide
from bot.core.parse import IntentScore, Parse
from bot.open311.filing import Filed, Open311Filing, Question, ReportDraft, ReportStatus, status_reference
from bot.places.postcode import parse_postcode
from bot.safety.gate import assess
from bot.sandbox import SandboxServer

GL50 = parse_postcode("GL50 1QA")
COUNTY = {
    "name": "Gloucestershire County Council",
    "kind": "county",
    "gss_code": "E10000013",
    "phone": None,
    "url": "https://www.gloucestershire.gov.uk",
    "source": "test",
}
WHERE = Question(
    "defect_location",
    "Where is the pothole?",
    (("carriageway", "In the road"), ("footway", "On the pavement or footpath")),
)


def decision(text: str, *ranking: tuple[str, float]) -> Decision:
    return decide(Parse(text, tuple(IntentScore(n, c) for n, c in ranking), safety=assess(text)))


def locate(d: Decision, where: Any) -> Decision:
    return replace(
        d, body=dict(COUNTY), location={"status": "resolved", "place": "Cheltenham", "nation": "england"}
    )


@dataclass
class StandIn:
    """A Filing with no network: the county takes potholes and asks one question."""

    sent: list[ReportDraft] = field(default_factory=list)
    already: ReportStatus | None = None
    result: Filed = field(
        default_factory=lambda: Filed(
            "sent", reference="4100001", notice="We aim to inspect it within 5 working days."
        )
    )

    def draft(
        self, service: str, service_name: str, body: Any, postcode: str, words: str
    ) -> ReportDraft | None:
        if body.get("gss_code") != "E10000013" or service != "pothole":
            return None
        return ReportDraft(service, service_name, "E10000013", COUNTY["name"], COUNTY["url"], postcode, words)

    def next_question(self, draft: ReportDraft) -> Question | None:
        return None if "defect_location" in draft.attributes else WHERE

    def duplicate(self, draft: ReportDraft) -> ReportStatus | None:
        return self.already

    def send(self, draft: ReportDraft) -> Filed:
        self.sent.append(draft)
        return self.result

    def status(self, reference: str, gss_hint: str | None = None) -> ReportStatus:
        if reference != "4100001":
            return ReportStatus("not_found", reference)
        return ReportStatus(
            "found", reference, COUNTY["name"], "Pothole", "open", "Inspector booked", "07 December 2026"
        )


def names(reply: Reply) -> list[str]:
    return [r.name for r in reply.responses]


def then(reply: Reply, context: TurnContext) -> TurnContext:
    """The context the next turn sees, from this reply's slot updates."""
    slots = reply.slots
    awaiting = slots.get("awaiting")
    return TurnContext(
        awaiting=Awaiting(awaiting) if awaiting else None,
        last_service=slots.get("last_service", context.last_service),
        pending_service=slots.get("pending_service"),
        postcode=slots.get("postcode", context.postcode),
        report=slots.get("report"),
    )


def say(
    text: str, context: TurnContext, filing: StandIn, *ranking: tuple[str, float]
) -> tuple[Reply, TurnContext]:
    postcode = parse_postcode(text) if len(text) < 10 else None
    reply = plan_reply(
        decision(text, *(ranking or (("out_of_scope", 0.4),))), context, postcode, locate, text, filing
    )
    return reply, then(reply, context)


def offered(filing: StandIn) -> tuple[Reply, TurnContext]:
    text = "massive pothole outside the town hall GL50 1QA"
    reply = plan_reply(decision(text, ("pothole", 0.93)), TurnContext(), GL50, locate, text, filing)
    return reply, then(reply, TurnContext())


def test_the_whole_filing_conversation_sends_once_with_what_was_shown() -> None:
    filing = StandIn()
    reply, context = offered(filing)
    assert names(reply) == ["utter_local_answer", "utter_offer_report"]
    assert reply.responses[1].variables == {"council": "Gloucestershire County Council"}
    assert [b.payload for b in reply.responses[1].buttons] == ["/affirm", "/deny"]
    assert context.awaiting is Awaiting.REPORT_OFFER

    reply, context = say("/affirm", context, filing, ("affirm", 1.0))
    assert names(reply) == ["utter_ask_report_where"]
    reply, context = say("outside the town hall steps", context, filing)
    assert names(reply) == ["utter_ask_report_question"]
    assert reply.responses[0].variables == {"question": "Where is the pothole?"}
    assert [b.title for b in reply.responses[0].buttons] == ["In the road", "On the pavement or footpath"]
    reply, context = say("in the road", context, filing)
    assert names(reply) == ["utter_ask_report_contact"]
    assert reply.responses[0].variables == {"council": "Gloucestershire County Council"}
    assert [b.payload for b in reply.responses[0].buttons] == ["/deny"]
    reply, context = say("no thanks", context, filing)
    assert names(reply) == ["utter_report_summary"]
    assert reply.responses[0].variables == {
        "council": "Gloucestershire County Council",
        "service_name": "Potholes and road surface",
        "where": "outside the town hall steps, GL50 1QA",
        "description": "massive pothole outside the town hall GL50 1QA",
        "answers": "\nDefect location: carriageway",
    }
    assert filing.sent == []  # nothing goes before the yes
    reply, context = say("yes", context, filing)
    assert names(reply) == ["utter_report_sent", "utter_anything_else"]
    assert reply.responses[0].variables["reference"] == "4100001"
    assert len(filing.sent) == 1
    assert filing.sent[0].attributes == {"defect_location": "carriageway"}
    assert filing.sent[0].where == "outside the town hall steps"
    assert reply.slots["report"] is None  # the draft is deleted once sent


def to_contact_question(filing: StandIn) -> TurnContext:
    _, context = offered(filing)
    _, context = say("yes", context, filing)
    _, context = say("by the bus stop", context, filing)
    reply, context = say("in the road", context, filing)
    assert names(reply) == ["utter_ask_report_contact"]
    return context


def test_updates_by_email_only_when_asked_for_and_gone_with_the_draft() -> None:
    filing = StandIn()
    context = to_contact_question(filing)
    reply, context = say("yes please, it's jo.bloggs+fd@example.org", context, filing)
    assert names(reply) == ["utter_report_summary_contact"]
    assert reply.responses[0].variables["email"] == "jo.bloggs+fd@example.org"
    assert context.awaiting is Awaiting.REPORT_CONFIRM
    reply, _ = say("yes", context, filing)
    assert names(reply) == ["utter_report_sent", "utter_anything_else"]
    assert [d.email for d in filing.sent] == ["jo.bloggs+fd@example.org"]
    assert reply.slots["report"] is None


@pytest.mark.parametrize(
    "answer", ["/deny", "no", "No updates, thanks", "nope", "skip", "don't need updates"]
)
def test_no_updates_sends_no_contact_details(answer: str) -> None:
    filing = StandIn()
    context = to_contact_question(filing)
    reply, context = say(answer, context, filing, *((("deny", 1.0),) if answer == "/deny" else ()))
    assert names(reply) == ["utter_report_summary"]
    say("yes", context, filing)
    assert [d.email for d in filing.sent] == [None]


@pytest.mark.parametrize("answer", ["my email is jo at example dot org", "a@b.org and c@d.org", "purple"])
def test_an_answer_that_is_not_one_address_is_asked_again(answer: str) -> None:
    filing = StandIn()
    context = to_contact_question(filing)
    reply, context = say(answer, context, filing)
    assert names(reply) == ["utter_ask_report_contact_again"]
    assert context.awaiting is Awaiting.REPORT_CONTACT and filing.sent == []


def test_a_bare_yes_is_asked_for_the_address() -> None:
    filing = StandIn()
    reply, context = say("yes please", to_contact_question(filing), filing)
    assert names(reply) == ["utter_ask_report_contact_address"]
    reply, _ = say("jo@example.org", context, filing)
    assert names(reply) == ["utter_report_summary_contact"]


def test_stop_at_the_contact_question_sends_nothing() -> None:
    filing = StandIn()
    reply, _ = say("cancel", to_contact_question(filing), filing)
    assert names(reply) == ["utter_report_cancelled", "utter_anything_else"]
    assert filing.sent == [] and reply.slots["report"] is None


def test_duplicates_first() -> None:
    already = ReportStatus("found", "4100007", COUNTY["name"], "Pothole", "open", reported="03 March 2026")
    filing = StandIn(already=already)
    _, context = offered(filing)
    reply, shown = say("yes", context, filing)
    assert names(reply) == ["utter_report_duplicate"]
    assert reply.responses[0].variables == {
        "council": "Gloucestershire County Council",
        "service_name": "Pothole",
        "reported": "03 March 2026",
        "status": "open",
        "reference": "4100007",
    }
    stop, _ = say("/deny", shown, filing, ("deny", 1.0))
    assert names(stop) == ["utter_report_already", "utter_anything_else"]
    assert stop.responses[0].variables == {"reference": "4100007"}
    assert stop.slots["report"] is None
    anyway, _ = say("/affirm", shown, filing, ("affirm", 1.0))
    assert names(anyway) == ["utter_ask_report_where"]
    assert filing.sent == []


def test_no_thanks_sends_nothing() -> None:
    filing = StandIn()
    _, context = offered(filing)
    reply, context = say("no thanks", context, filing)
    assert names(reply) == ["utter_report_not_sent", "utter_anything_else"]
    assert filing.sent == [] and reply.slots["report"] is None


@pytest.mark.parametrize("stop", ["stop", "cancel", "never mind", "don't send it"])
def test_stop_leaves_the_form_at_any_step(stop: str) -> None:
    filing = StandIn()
    _, context = offered(filing)
    _, context = say("yes", context, filing)
    _, context = say("by the bus stop", context, filing)
    reply, context = say(stop, context, filing)
    assert names(reply) == ["utter_report_cancelled", "utter_anything_else"]
    assert filing.sent == [] and reply.slots["report"] is None


def test_danger_in_the_middle_of_a_report_gets_999_and_drops_the_report() -> None:
    filing = StandIn()
    _, context = offered(filing)
    _, context = say("yes", context, filing)
    reply, _ = say("a man has fallen in the pothole and isn't moving", context, filing)
    assert names(reply) == ["utter_emergency"]
    assert reply.slots["report"] is None and filing.sent == []


def test_an_answer_that_is_not_an_option_is_asked_again() -> None:
    filing = StandIn()
    _, context = offered(filing)
    _, context = say("yes", context, filing)
    _, context = say("by the bus stop", context, filing)
    reply, context = say("purple", context, filing)
    assert names(reply) == ["utter_ask_report_question_again"]
    assert context.awaiting is Awaiting.REPORT_QUESTION


def test_a_council_without_an_endpoint_keeps_the_usual_answer() -> None:
    filing = StandIn()
    text = "bins not collected GL50 1QA"
    reply = plan_reply(decision(text, ("missed_bin", 0.93)), TurnContext(), GL50, locate, text, filing)
    assert names(reply) == ["utter_local_answer", "utter_anything_else"]


def test_a_new_request_instead_of_an_answer_drops_the_offer() -> None:
    filing = StandIn()
    _, context = offered(filing)
    reply, _ = say("how do I renew my driving licence", context, filing, ("dvla", 0.95))
    assert names(reply) == ["utter_service_answer", "utter_anything_else"]
    assert reply.slots["report"] is None


def test_the_words_of_the_first_message_are_quoted_after_a_postcode_follow_up() -> None:
    filing = StandIn()
    text = "huge pothole by the school gates"
    first = plan_reply(decision(text, ("pothole", 0.93)), TurnContext(), None, locate, text, filing)
    assert first.slots["report"] == {"words": text}
    context = then(first, TurnContext())
    reply = plan_reply(
        decision("GL50 1QA", ("inform_location", 0.9)), context, GL50, locate, "GL50 1QA", filing
    )
    assert names(reply) == ["utter_local_answer", "utter_offer_report"]
    assert reply.slots["report"]["description"] == text


def test_status_question() -> None:
    filing = StandIn()
    reply, _ = say("what's happening with my report 4100001?", TurnContext(), filing)
    assert names(reply) == ["utter_report_status", "utter_anything_else"]
    assert reply.responses[0].variables == {
        "reference": "4100001",
        "council": "Gloucestershire County Council",
        "service_name": "Pothole",
        "status": "open",
        "notes": " The council's notes: Inspector booked",
        "updated": " Last updated 07 December 2026.",
    }
    unknown, _ = say("any update on reference 999999?", TurnContext(), filing)
    assert names(unknown) == ["utter_report_status_unknown", "utter_anything_else"]


@pytest.mark.parametrize(
    ("text", "reference"),
    [
        ("what's happening with my report 4100001?", "4100001"),
        ("any update on ref 4100001", "4100001"),
        ("status of 4100001 please", "4100001"),
        ("I reported a pothole, reference number 4100002, nothing has happened", "4100002"),
        ("pothole outside 12 high street", None),
        ("I've been waiting 20000 days for my report", None),
        ("my report from 2024", None),
    ],
)
def test_status_reference(text: str, reference: str | None) -> None:
    assert status_reference(text) == reference


# -- the real filing, against the sandbox's Open311 stand-in


@pytest.fixture()
def sandboxed(sandbox: SandboxServer, monkeypatch: pytest.MonkeyPatch) -> SandboxServer:
    monkeypatch.setenv("FRONTDOOR_SANDBOX_URL", sandbox.url)
    monkeypatch.setenv("REDIS_URL", "redis://127.0.0.1:1/0")  # no cache: every call goes to the sandbox
    for control in ("_faults", "_captured"):
        requests.delete(f"{sandbox.url}/{control}", timeout=2)
    return sandbox


def test_open311_filing_end_to_end_against_the_sandbox(sandboxed: SandboxServer) -> None:
    filing = Open311Filing()
    draft = filing.draft(
        "pothole", "Potholes and road surface", COUNTY, "GL50 1QA", "pothole, call me on 07911 123456"
    )
    assert draft is not None and draft.council == "Gloucestershire County Council"
    assert draft.description == "pothole, call me on [phone]"  # contact details are never sent
    assert filing.draft("missed_bin", "Missed bin", COUNTY, "GL50 1QA", "bins") is None
    question = filing.next_question(replace(draft, where="outside the town hall"))
    assert question is not None and question.code == "defect_location"
    assert question.answer("in the road") == "carriageway"
    ready = replace(draft, where="outside the town hall", attributes={"defect_location": "carriageway"})
    assert filing.next_question(ready) is None
    filed = filing.send(ready)
    assert filed.kind == "sent" and filed.reference
    posts = [r for r in requests.get(f"{sandboxed.url}/_captured", timeout=2).json() if r["api"] == "open311"]
    assert len(posts) == 1
    body = posts[0]["body"]
    assert body["service_code"] == "HW_POTHOLE"
    assert body["address_string"] == "outside the town hall, GL50 1QA"
    assert body["description"] == "pothole, call me on [phone]"
    assert body["attribute[defect_location]"] == "carriageway"
    assert "lat" in body and "long" in body
    assert "email" not in body  # no updates asked for: no contact details
    found = filing.status(filed.reference)
    assert (found.kind, found.council, found.status) == ("found", "Gloucestershire County Council", "open")
    already = filing.duplicate(draft)  # the same thing, at the same postcode: shown before filing again
    assert already is not None and already.reference == filed.reference
    assert filing.status("1234").kind == "not_found"


def test_open311_filing_when_the_council_is_down(sandboxed: SandboxServer) -> None:
    filing = Open311Filing()
    draft = filing.draft("pothole", "Potholes and road surface", COUNTY, "GL50 1QA", "pothole")
    assert draft is not None
    ready = replace(draft, where="by the school", attributes={"defect_location": "carriageway"})
    requests.post(f"{sandboxed.url}/_faults", json={"api": "open311", "mode": "500"}, timeout=2)
    filed = filing.send(ready)
    assert filed.kind == "unconfirmed"  # a 500 after sending: not sent again
    posts = [r for r in requests.get(f"{sandboxed.url}/_captured", timeout=2).json() if r["api"] == "open311"]
    assert len(posts) <= 1


def test_the_email_for_updates_is_sent_as_open311s_email_field(sandboxed: SandboxServer) -> None:
    filing = Open311Filing()
    draft = filing.draft("pothole", "Potholes and road surface", COUNTY, "GL50 1QA", "pothole")
    assert draft is not None
    ready = replace(
        draft, where="by the school", attributes={"defect_location": "carriageway"}, email="jo@example.org"
    )
    assert filing.send(ready).kind == "sent"
    posts = [r for r in requests.get(f"{sandboxed.url}/_captured", timeout=2).json() if r["api"] == "open311"]
    assert [p["body"].get("email") for p in posts] == ["jo@example.org"]
    assert not {"first_name", "last_name", "phone"} & set(posts[0]["body"])


def test_a_report_the_council_took_marks_the_request_filed_once() -> None:
    """plan_turn: the answered request's outcome becomes `report_filed` when the council takes the report, and
    "Did this help?" is then asked about (and recorded against) the filed outcome."""
    filing, filed, facets = StandIn(), [], {"outcome": "answered", "service": "pothole"}

    def turn(text: str, context: TurnContext, d: Decision, postcode: Any = None) -> tuple[Reply, TurnContext]:
        reply = plan_turn(
            d, context, postcode, locate, text, filing, record=lambda *_: dict(facets), filed=filed.append
        )
        after = then(reply, context)
        return reply, replace(after, last_outcome=reply.slots.get("last_outcome", context.last_outcome))

    text = "massive pothole outside the town hall GL50 1QA"
    reply, context = turn(text, TurnContext(), decision(text, ("pothole", 0.93)), GL50)
    assert names(reply) == ["utter_local_answer", "utter_offer_report"]
    for answer in ("yes", "by the bus stop", "in the road", "no"):
        reply, context = turn(answer, context, decision(answer, ("out_of_scope", 0.4)))
    assert names(reply) == ["utter_report_summary"] and filed == []
    reply, context = turn("yes", context, decision("yes", ("out_of_scope", 0.4)))
    assert names(reply) == ["utter_report_sent", "utter_ask_feedback"]
    assert filed == [{"outcome": "answered", "service": "pothole"}]
    assert reply.slots["last_outcome"] == {
        "facets": {"outcome": "report_filed", "service": "pothole"},
        "asked": True,
    }


def test_a_location_pin_answers_where_exactly_and_its_point_is_sent() -> None:
    filing = StandIn()
    _, context = offered(filing)
    _, context = say("yes", context, filing)
    reply = plan_reply(
        decision("GL50 1QB", ("inform_location", 0.9)),
        context,
        None,
        locate,
        "GL50 1QB",
        filing,
        (51.89812, -2.07903),
    )
    assert names(reply) == ["utter_ask_report_question"]
    draft = ReportDraft.from_slot(reply.slots["report"])
    assert draft is not None
    assert (draft.where, draft.pin) == ("map pin 51.89812, -2.07903 (near GL50 1QB)", (51.89812, -2.07903))


def test_the_pin_is_sent_as_the_point(sandboxed: SandboxServer) -> None:
    filing = Open311Filing()
    draft = filing.draft("pothole", "Potholes and road surface", COUNTY, "GL50 1QA", "pothole")
    assert draft is not None
    pinned = replace(
        draft,
        where="map pin 51.89812, -2.07903",
        pin=(51.89812, -2.07903),
        attributes={"defect_location": "carriageway"},
    )
    assert filing.send(pinned).kind == "sent"
    [post] = [
        r for r in requests.get(f"{sandboxed.url}/_captured", timeout=2).json() if r["api"] == "open311"
    ]
    assert (post["body"]["lat"], post["body"]["long"]) == ("51.898120", "-2.079030")
