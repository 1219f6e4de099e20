""" "Did this help?" (issue #17): asked at the end of an answer, recorded against the outcome's facets (never an
id, never the words), safety first, and shaped for SMS, WhatsApp and Telegram.

The conversation runs with the real decide(), the real outcome events (`bot.insight.doors`, recording off or on
an SQLite file in tmp_path) and a stand-in Filing with no network for the report offer."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

import pytest

from bot.channels.messaging.shaping import (
    Answer,
    Option,
    answers_from,
    shape_sms,
    telegram_messages,
    twilio_whatsapp_bodies,
    whatsapp_messages,
)
from bot.core.conversation import FEEDBACK_BUTTONS, Awaiting, Reply, TurnContext, plan_turn
from bot.core.decide import Decision, decide
from bot.core.parse import IntentScore, Parse
from bot.insight import doors
from bot.insight.events import facets_of
from bot.insight.store import InsightStore
from bot.open311.filing import Filed, ReportDraft, ReportStatus
from bot.places.postcode import Postcode, parse_postcode
from bot.safety.gate import assess

GL50 = parse_postcode("GL50 1QA")
COUNTY = {
    "name": "Gloucestershire County Council",
    "kind": "county",
    "gss_code": "E10000013",
    "phone": None,
    "url": "https://www.gloucestershire.gov.uk",
    "source": "test",
}
FORCE = {
    "name": "Gloucestershire Constabulary",
    "kind": "police_force",
    "gss_code": None,
    "phone": "101",
    "url": "https://www.gloucestershire.police.uk",
    "source": "data.police.uk",
    "email": None,
    "force_id": "gloucestershire",
}
ASK = ["utter_ask_feedback"]


def decision(text: str, *ranking: tuple[str, float]) -> Decision:
    return decide(Parse(text, tuple(IntentScore(n, c) for n, c in ranking), safety=assess(text)))


def locate(d: Decision, where: Postcode | str) -> Decision:
    body = FORCE if d.route == "police" else COUNTY
    return replace(
        d, body=dict(body), location={"status": "resolved", "place": "Cheltenham", "nation": "england"}
    )


@dataclass
class Conversation:
    """Turns through plan_turn with the real outcome events; taps are collected as the doors would get them."""

    context: TurnContext = field(default_factory=TurnContext)
    filing: Any = None

    def __post_init__(self) -> None:
        self.recorded: list[dict[str, Any]] = []
        self.taps: list[tuple[dict[str, Any], bool]] = []

    def record(self, made: Decision, where: str | None) -> dict[str, Any] | None:
        event = doors.record_decision(made, "rest", "", where)
        if event is None:
            return None
        self.recorded.append(facets_of(event))
        return facets_of(event)

    def feedback(self, facets: dict[str, Any], helped: bool) -> None:
        self.taps.append((facets, helped))

    def say(self, text: str, *ranking: tuple[str, float], postcode: Postcode | None = None) -> Reply:
        intent = ranking[0][0] if ranking and text.startswith("/") else None
        reply = plan_turn(
            decision(text, *(ranking or (("out_of_scope", 0.4),))),
            self.context,
            postcode,
            locate,
            text,
            self.filing,
            intent=intent,
            record=self.record,
            feedback=self.feedback,
        )
        slots = reply.slots
        awaiting = slots.get("awaiting", self.context.awaiting)
        self.context = TurnContext(
            awaiting=Awaiting(awaiting) if awaiting else None,
            last_service=slots.get("last_service", self.context.last_service),
            pending_service=slots.get("pending_service", self.context.pending_service),
            postcode=slots.get("postcode", self.context.postcode),
            report=slots.get("report", self.context.report),
            last_outcome=slots.get("last_outcome", self.context.last_outcome),
        )
        return reply

    def tap(self, helped: bool) -> Reply:
        payload = "/feedback_yes" if helped else "/feedback_no"
        return self.say(payload, (payload[1:], 1.0))


def names(reply: Reply) -> list[str]:
    return [r.name for r in reply.responses]


@pytest.fixture(autouse=True)
def recording_off(monkeypatch: pytest.MonkeyPatch):
    """The events are made (their facets are what the question keeps) but not written, unless a test says."""
    monkeypatch.setenv("FRONTDOOR_INSIGHT_DATABASE_URL", "off")
    monkeypatch.setattr(doors, "_writer", None)


# -- when the question is asked


def test_an_answer_ends_with_the_question_and_its_two_buttons() -> None:
    chat = Conversation()
    reply = chat.say("I think I've been scammed", ("fraud_scam", 0.92))
    assert names(reply) == ["utter_service_answer", *ASK]
    assert reply.responses[-1].buttons == FEEDBACK_BUTTONS
    assert [(b.title, b.payload) for b in FEEDBACK_BUTTONS] == [
        ("Yes, this helped", "/feedback_yes"),
        ("No", "/feedback_no"),
    ]
    assert chat.context.awaiting is Awaiting.FEEDBACK
    [facets] = chat.recorded
    assert chat.context.last_outcome == {"facets": facets, "asked": True}
    assert facets["service"] == "fraud_scam" and facets["outcome"] == "answered"
    assert set(facets) == {
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
    }  # no id, no words


def test_a_local_answer_asks_after_the_postcode_turn() -> None:
    chat = Conversation()
    first = chat.say("my bike was nicked yesterday", ("report_crime", 0.9))
    assert names(first) == ["utter_service_answer", "utter_offer_postcode"]  # a question of its own: not yet
    assert chat.context.last_outcome is not None and chat.context.last_outcome["asked"] is False
    local = chat.say("GL50 1QA", ("inform_location", 0.8), postcode=GL50)
    assert names(local) == ["utter_local_answer", *ASK]
    assert len(chat.recorded) == 1  # the postcode completes the request: no second event
    assert chat.context.last_outcome == {"facets": chat.recorded[0], "asked": True}


def test_police_answers_record_the_force_id_as_the_body_code(tmp_path: Path, monkeypatch) -> None:
    url = f"sqlite:///{tmp_path / 'insight.sqlite3'}"
    monkeypatch.setenv("FRONTDOOR_INSIGHT_DATABASE_URL", url)
    chat = Conversation()
    reply = chat.say("my bike was nicked outside the station GL50 1QA", ("report_crime", 0.9), postcode=GL50)
    assert names(reply) == ["utter_local_answer", *ASK]
    assert chat.recorded[0]["body_code"] == "gloucestershire"
    assert doors.record_feedback(chat.recorded[0], True)
    writer = doors.writer()
    assert writer is not None and writer.flush(10)
    store = InsightStore(url)
    assert (
        store.count(route="police", body_code="gloucestershire", postcode_district="GL50", feedback="yes")
        == 1
    )
    writer.close()
    store.dispose()


@pytest.mark.parametrize(
    "text",
    ["someone is breaking into my house right now", "I want to end my life, I have the pills here"],
)
def test_no_question_after_a_safety_answer_and_the_last_answer_is_forgotten(text: str) -> None:
    chat = Conversation()
    chat.say("I think I've been scammed", ("fraud_scam", 0.92))
    reply = chat.say(text, ("report_crime", 0.88))
    assert names(reply) in (["utter_emergency"], ["utter_safety_answer"])
    assert all(not spec.buttons for spec in reply.responses)
    assert chat.context.last_outcome is None
    assert chat.tap(True).responses[0].name == "utter_feedback_helped"
    assert chat.taps == []  # nothing left to answer about


def test_no_question_on_clarifying_questions_or_declines() -> None:
    chat = Conversation()
    clarify = chat.say("it's by the bins", ("road_drain", 0.44), ("missed_bin", 0.40))
    assert names(clarify) == ["utter_clarify"]
    assert [b.payload for b in clarify.responses[0].buttons] == ["/road_drain", "/missed_bin"]
    chosen = chat.say("/missed_bin", ("missed_bin", 1.0))
    assert names(chosen) == ["utter_service_answer", "utter_offer_postcode"]
    assert chat.recorded[0]["outcome"] == "asked" and len(chat.recorded) == 1
    declined = chat.say("what's the capital of peru", ("out_of_scope", 0.9))
    assert names(declined) == ["utter_out_of_scope"]
    assert chat.context.last_outcome is None


@dataclass
class OneCouncil:
    """A Filing with no network: Gloucestershire takes pothole reports."""

    def draft(
        self, service: str, service_name: str, body: Any, postcode: str, words: str
    ) -> ReportDraft | None:
        if body.get("gss_code") != "E10000013" or service != "pothole":
            return None
        return ReportDraft(service, service_name, "E10000013", COUNTY["name"], COUNTY["url"], postcode, words)

    def next_question(self, draft: ReportDraft) -> None:
        return None

    def duplicate(self, draft: ReportDraft) -> None:
        return None

    def send(self, draft: ReportDraft) -> Filed:
        raise AssertionError("nothing is sent in these tests")

    def status(self, reference: str, gss_hint: str | None = None) -> ReportStatus:
        return ReportStatus("not_found", reference)


def test_the_report_offer_keeps_its_own_buttons_and_the_question_comes_after() -> None:
    chat = Conversation(filing=OneCouncil())
    offer = chat.say("massive pothole outside the town hall GL50 1QA", ("pothole", 0.93), postcode=GL50)
    assert names(offer) == ["utter_local_answer", "utter_offer_report"]
    assert [b.payload for b in offer.responses[-1].buttons] == ["/affirm", "/deny"]
    assert chat.context.last_outcome == {"facets": chat.recorded[0], "asked": False}
    declined = chat.say("/deny", ("deny", 1.0))
    assert names(declined) == ["utter_report_not_sent", *ASK]
    assert chat.context.awaiting is Awaiting.FEEDBACK
    chat.tap(False)
    assert chat.taps == [(chat.recorded[0], False)]


# -- answering it


def test_a_tap_thanks_records_against_the_facets_and_clears_them() -> None:
    chat = Conversation()
    chat.say("I think I've been scammed", ("fraud_scam", 0.92))
    reply = chat.tap(True)
    assert names(reply) == ["utter_feedback_helped"]
    assert reply.slots == {"awaiting": "anything_else", "last_outcome": None}
    assert reply.decision is None  # a tap is not a request: no outcome event of its own
    assert chat.taps == [(chat.recorded[0], True)] and len(chat.recorded) == 1
    again = chat.tap(False)  # a second tap (an old button): thanked, not recorded
    assert names(again) == ["utter_feedback_not_helped"]
    assert chat.taps == [(chat.recorded[0], True)]


def test_thanks_is_not_a_request_so_a_later_tap_still_counts() -> None:
    chat = Conversation()
    chat.say("I think I've been scammed", ("fraud_scam", 0.92))
    assert names(chat.say("thanks", ("thank", 0.95))) == ["utter_thank"]
    assert chat.context.last_outcome == {"facets": chat.recorded[0], "asked": True}
    chat.tap(True)  # the button a messaging app still shows
    assert chat.taps == [(chat.recorded[0], True)]


def test_an_old_button_after_a_newer_request_counts_for_nothing() -> None:
    chat = Conversation()
    chat.say("I think I've been scammed", ("fraud_scam", 0.92))
    chat.say("my bike was nicked yesterday", ("report_crime", 0.9))  # new request, not asked about yet
    assert names(chat.tap(True)) == ["utter_feedback_helped"]
    assert chat.taps == []


@pytest.mark.parametrize(
    ("text", "helped"), [("yes", True), ("Yes, it did!", True), ("no", False), ("not really", False)]
)
def test_a_plain_typed_yes_or_no_after_the_question_counts(text: str, helped: bool) -> None:
    chat = Conversation()
    chat.say("I think I've been scammed", ("fraud_scam", 0.92))
    reply = chat.say(text, ("affirm" if helped else "deny", 0.9))
    assert names(reply) == ["utter_feedback_helped" if helped else "utter_feedback_not_helped"]
    assert chat.taps == [(chat.recorded[0], helped)]


def test_a_new_problem_typed_after_the_question_is_triaged_as_usual() -> None:
    chat = Conversation()
    chat.say("I think I've been scammed", ("fraud_scam", 0.92))
    reply = chat.say("no, the real problem is a pothole outside my house", ("pothole", 0.9))
    assert names(reply) == ["utter_service_answer", "utter_offer_postcode"]
    assert chat.taps == []
    assert [f["service"] for f in chat.recorded] == ["fraud_scam", "pothole"]
    assert chat.context.last_outcome == {"facets": chat.recorded[1], "asked": False}


@pytest.mark.parametrize(
    ("text", "intent", "response"),
    [
        ("no thanks", "deny", "utter_goodbye"),
        ("that's all", "deny", "utter_goodbye"),
        ("thank you", "thank", "utter_thank"),
        ("yes please", "affirm", "utter_ask_what_else"),
    ],
)
def test_other_short_replies_answer_the_anything_else_in_the_question(
    text: str, intent: str, response: str
) -> None:
    chat = Conversation()
    chat.say("I think I've been scammed", ("fraud_scam", 0.92))
    assert names(chat.say(text, (intent, 0.95))) == [response]
    assert chat.taps == []
    assert chat.context.last_outcome == {"facets": chat.recorded[0], "asked": True}  # a late tap still counts


def test_yes_to_anything_else_is_not_feedback() -> None:
    chat = Conversation()
    chat.say("I think I've been scammed", ("fraud_scam", 0.92))
    chat.tap(True)  # "Thank you. Is there anything else I can help with?"
    assert chat.context.awaiting is Awaiting.ANYTHING_ELSE
    assert names(chat.say("yes", ("affirm", 0.95))) == ["utter_ask_what_else"]
    assert len(chat.taps) == 1


def test_danger_in_typed_words_wins_over_the_question() -> None:
    chat = Conversation()
    chat.say("I think I've been scammed", ("fraud_scam", 0.92))
    reply = chat.say("no, he has a knife and is stabbing people", ("deny", 0.9))
    assert names(reply) == ["utter_emergency"]
    assert chat.taps == []


def test_a_feedback_intent_never_bypasses_the_safety_gate() -> None:
    """Whatever the intent, a decision carrying safety flags (the gate, or the channel's guard) gets the safety
    answer alone."""
    chat = Conversation()
    chat.say("I think I've been scammed", ("fraud_scam", 0.92))
    flagged = decision("I want to end my life, I have the pills here", ("feedback_yes", 1.0))
    assert "crisis" in flagged.safety
    reply = plan_turn(
        flagged, chat.context, intent="feedback_yes", record=chat.record, feedback=chat.feedback
    )
    assert names(reply) == [flagged.response]
    assert flagged.response in ("utter_emergency", "utter_safety_answer")
    assert chat.taps == []


def test_a_malformed_slot_records_nothing(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setenv("FRONTDOOR_INSIGHT_DATABASE_URL", f"sqlite:///{tmp_path / 'insight.sqlite3'}")
    assert (
        doors.record_feedback({"hour": "2026-12-07T03:00:00+00:00", "words": "pothole at 12"}, True) is False
    )
    assert doors.record_feedback("not facets", True) is False
    good = facets_of(doors.record_decision(decision("scammed", ("fraud_scam", 0.9)), "rest", "", None))  # type: ignore[arg-type]
    assert doors.record_feedback({**good, "service": "Pot hole at number 12"}, True) is False
    writer = doors.writer()
    assert writer is not None
    writer.close()


def test_recording_off_thanks_and_records_nothing() -> None:
    assert doors.writer() is None
    assert (
        doors.record_feedback(
            facets_of(doors.record_decision(decision("scammed", ("fraud_scam", 0.9)), "rest", "", None)), True
        )
        is False
    )  # type: ignore[arg-type]


# -- shaping for the messaging apps

QUESTION = Answer(
    "Did this help? If you need anything else, just tell me.",
    tuple(Option(b.title, b.payload) for b in FEEDBACK_BUTTONS),
    "utter_ask_feedback",
)
SHORT = Answer(
    "Scams: Report it to Action Fraud.\n\n• Action Fraud: call 0300 123 2040\n\nWhy: They deal with fraud."
)


def test_sms_numbers_the_buttons_after_the_question() -> None:
    shaped = shape_sms([SHORT, QUESTION])
    assert shaped.bodies == [
        "Scams: Report it to Action Fraud.\n- Action Fraud: call 0300 123 2040\nWhy: They deal with fraud.\n"
        "Did this help? If you need anything else, just tell me.\nReply 1 for Yes, this helped or 2 for No."
    ]
    assert shaped.payloads == ["/feedback_yes", "/feedback_no"]


def test_sms_keeps_the_question_whole_when_the_answer_is_cut() -> None:
    long = Answer(
        "Potholes: Tell the council.\n\n" + "\n".join(f"• Line {i}: " + "x" * 40 for i in range(12))
    )
    [body] = shape_sms([long, QUESTION]).bodies
    assert body.startswith("Potholes: Tell the council.\n- Line 0: ")
    assert body.endswith(
        "\nDid this help? If you need anything else, just tell me.\nReply 1 for Yes, this helped or 2 for No."
    )


def test_twilio_whatsapp_numbers_them_too() -> None:
    shaped = twilio_whatsapp_bodies([SHORT, QUESTION])
    assert shaped.bodies[-1] == (
        "Did this help? If you need anything else, just tell me.\n\nReply 1 for Yes, this helped or 2 for No."
    )
    assert shaped.payloads == ["/feedback_yes", "/feedback_no"]


def test_whatsapp_gets_two_reply_buttons() -> None:
    *_, last = whatsapp_messages([SHORT, QUESTION], "447700900123")
    assert last["interactive"] == {
        "type": "button",
        "body": {"text": "Did this help? If you need anything else, just tell me."},
        "action": {
            "buttons": [
                {"type": "reply", "reply": {"id": "/feedback_yes", "title": "Yes, this helped"}},
                {"type": "reply", "reply": {"id": "/feedback_no", "title": "No"}},
            ]
        },
    }


def test_telegram_gets_an_inline_keyboard() -> None:
    *_, last = telegram_messages([SHORT, QUESTION], 42)
    assert last["text"] == "Did this help? If you need anything else, just tell me."
    assert last["reply_markup"] == {
        "inline_keyboard": [
            [{"text": "Yes, this helped", "callback_data": "/feedback_yes"}],
            [{"text": "No", "callback_data": "/feedback_no"}],
        ]
    }


def test_the_buttons_come_through_from_rasa_messages() -> None:
    [answer] = answers_from(
        [
            {
                "text": "Did this help?",
                "buttons": [{"title": b.title, "payload": b.payload} for b in FEEDBACK_BUTTONS],
                "utter_action": "utter_ask_feedback",
            }
        ]
    )
    assert answer.options == QUESTION.options and answer.response == "utter_ask_feedback"
