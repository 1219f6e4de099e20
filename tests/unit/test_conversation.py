"""plan_reply(): which named responses a turn sends, and the context it keeps between turns.

The locator is a plain function here; real resolution through the public-API sandbox is tested in
tests/unit/test_resolver.py and end to end in tests/e2e.
"""

from __future__ import annotations

from dataclasses import replace

from bot.core.conversation import Awaiting, TurnContext, plan_reply
from bot.core.decide import Decision, decide
from bot.core.parse import IntentScore, Parse
from bot.places.postcode import Postcode
from bot.safety.gate import assess

GL50 = Postcode("GL50", "1QA")


def decision(text: str, *ranking: tuple[str, float], notes: tuple[str, ...] = ()):
    parse = Parse(text, tuple(IntentScore(n, c) for n, c in ranking), safety=assess(text))
    return decide(parse, notes=notes)


def names(reply):
    return [r.name for r in reply.responses]


def fake_locate(status: str = "resolved"):
    calls: list[tuple[str | None, str]] = []

    def locate(d: Decision, postcode: Postcode) -> Decision:
        calls.append((d.service, postcode.text))
        body = {
            "name": "Gloucestershire County Council",
            "kind": "county",
            "gss_code": "E10000013",
            "phone": None,
            "url": "https://www.gloucestershire.gov.uk",
            "source": "test",
        }
        location = {"status": status, "place": "Cheltenham", "nation": "england"}
        return replace(d, body=body if status == "resolved" else None, location=location)

    locate.calls = calls  # type: ignore[attr-defined]
    return locate


def test_place_dependent_service_is_answered_first_then_offers_to_narrow_it_down():
    locate = fake_locate()
    reply = plan_reply(decision("pothole", ("pothole", 0.9)), TurnContext(), None, locate)
    assert names(reply) == ["utter_service_answer", "utter_offer_postcode"]
    assert reply.responses[0].variables["say"] == decision("pothole", ("pothole", 0.9)).say
    assert "find-local-council" in reply.responses[0].variables["contacts"]
    assert reply.slots == {
        "awaiting": "postcode",
        "last_service": "pothole",
        "pending_service": "pothole",
        "report": None,
    }
    assert locate.calls == []


def test_police_and_nhs_answers_come_first_too():
    for text, service in (("my bike was nicked yesterday", "report_crime"), ("repeat prescription", "gp")):
        reply = plan_reply(decision(text, (service, 0.9)), TurnContext(), None, fake_locate())
        assert names(reply) == ["utter_service_answer", "utter_offer_postcode"]
        assert reply.responses[0].variables["service_name"] == decision(text, (service, 0.9)).service_name


def test_postcode_answer_resolves_the_pending_service():
    locate = fake_locate()
    context = TurnContext(awaiting=Awaiting.POSTCODE, pending_service="pothole")
    reply = plan_reply(decision("GL50 1QA", ("inform_location", 0.95)), context, GL50, locate)
    assert names(reply) == ["utter_local_answer", "utter_anything_else"]
    assert locate.calls == [("pothole", "GL50 1QA")]
    assert (
        "• Gloucestershire County Council: https://www.gloucestershire.gov.uk"
        in reply.responses[0].variables["details"]
    )
    assert reply.slots == {
        "postcode": "GL50 1QA",
        "awaiting": "anything_else",
        "last_service": "pothole",
        "pending_service": None,
        "report": None,
    }


def test_remembered_postcode_is_reused():
    locate = fake_locate()
    context = TurnContext(postcode="GL50 1QA", last_service="pothole")
    reply = plan_reply(decision("bins not emptied", ("missed_bin", 0.9)), context, None, locate)
    assert names(reply) == ["utter_local_answer", "utter_anything_else"]
    assert locate.calls == [("missed_bin", "GL50 1QA")]


def test_skip_after_the_national_answer_moves_on():
    context = TurnContext(awaiting=Awaiting.POSTCODE, pending_service="street_light")
    reply = plan_reply(decision("skip", ("dont_know", 0.9)), context, None, fake_locate())
    assert names(reply) == ["utter_location_skipped", "utter_anything_else"]
    assert reply.slots == {
        "awaiting": "anything_else",
        "last_service": "street_light",
        "pending_service": None,
        "report": None,
    }


def test_unknown_postcode_is_forgotten_and_asked_again():
    reply = plan_reply(
        decision("pothole", ("pothole", 0.9)), TurnContext(), GL50, fake_locate("unknown_postcode")
    )
    assert names(reply) == ["utter_postcode_unknown"]
    assert reply.slots["postcode"] is None
    assert reply.slots["awaiting"] == "postcode"
    assert reply.slots["pending_service"] == "pothole"


def test_api_failure_gives_the_national_route_with_a_note():
    reply = plan_reply(decision("pothole", ("pothole", 0.9)), TurnContext(), GL50, fake_locate("unavailable"))
    assert names(reply) == ["utter_lookup_unavailable", "utter_service_answer", "utter_anything_else"]


def test_emergency_never_asks_for_a_postcode():
    locate = fake_locate()
    reply = plan_reply(
        decision("my dad has collapsed and is not breathing", ("gp", 0.6)), TurnContext(), None, locate
    )
    assert names(reply) == ["utter_emergency"]
    assert "999" in reply.responses[0].variables["contacts"]
    assert reply.slots["awaiting"] is None
    assert locate.calls == []


def test_national_service_answers_without_a_postcode():
    reply = plan_reply(decision("scam text", ("fraud_scam", 0.9)), TurnContext(), None, fake_locate())
    assert names(reply) == ["utter_service_answer", "utter_anything_else"]


def test_yes_and_no_after_anything_else():
    context = TurnContext(awaiting=Awaiting.ANYTHING_ELSE, last_service="pothole")
    assert names(plan_reply(decision("yes", ("affirm", 0.95)), context)) == ["utter_ask_what_else"]
    reply = plan_reply(decision("no thanks", ("deny", 0.95)), context)
    assert names(reply) == ["utter_goodbye"]
    assert reply.slots["awaiting"] is None


def test_yes_without_context_is_a_plain_affirm():
    assert names(plan_reply(decision("yes", ("affirm", 0.95)), TurnContext())) == ["utter_affirm"]


def test_clarify_offers_buttons_with_intent_payloads():
    reply = plan_reply(decision("x", ("road_drain", 0.45), ("missed_bin", 0.4)), TurnContext())
    assert names(reply) == ["utter_clarify"]
    assert [b.payload for b in reply.responses[0].buttons] == ["/road_drain", "/missed_bin"]
    assert reply.slots["awaiting"] == "clarify"
    again = plan_reply(decision("yes", ("affirm", 0.9)), TurnContext(awaiting=Awaiting.CLARIFY))
    assert names(again) == ["utter_clarify_choose"]
    assert again.slots["awaiting"] == "clarify"


def test_truncation_and_markup_notes_come_first():
    reply = plan_reply(decision("scam", ("fraud_scam", 0.9), notes=("truncated", "markup")), TurnContext())
    assert names(reply) == [
        "utter_note_truncated",
        "utter_note_markup",
        "utter_service_answer",
        "utter_anything_else",
    ]
    assert reply.responses[0].variables == {"limit": 1000}


def test_skip_is_understood_whatever_the_classifier_thought():
    context = TurnContext(awaiting=Awaiting.POSTCODE, pending_service="pothole")
    reply = plan_reply(decision("skip", ("out_of_scope", 0.8)), context, None, fake_locate(), "skip")
    assert names(reply)[0] == "utter_location_skipped"


def test_town_name_instead_of_postcode():
    calls: list[object] = []

    def locate(d: Decision, where: Postcode | str) -> Decision:
        calls.append(where)
        return fake_locate()(d, GL50)

    context = TurnContext(awaiting=Awaiting.POSTCODE, pending_service="pothole")
    reply = plan_reply(
        decision("it's in Cheltenham", ("inform_location", 0.9)), context, None, locate, "it's in Cheltenham"
    )
    assert calls == ["Cheltenham"]
    assert names(reply) == ["utter_local_answer", "utter_anything_else"]


def test_no_thanks_after_an_answer_is_goodbye_whatever_the_classifier_said():
    context = TurnContext(awaiting=Awaiting.ANYTHING_ELSE, last_service="pothole")
    reply = plan_reply(decision("no thanks", ("thank", 0.46)), context, None, fake_locate(), "no thanks")
    assert names(reply) == ["utter_goodbye"]


def test_the_reply_carries_the_decision_of_a_new_request_only():
    """bot.insight records one outcome per request: the turn that completes an earlier one carries none."""
    first = plan_reply(decision("pothole on my road", ("pothole", 0.92)), TurnContext(), None, fake_locate())
    assert first.decision is not None and first.decision.service == "pothole"
    context = TurnContext(awaiting=Awaiting.POSTCODE, pending_service="pothole")
    follow_up = plan_reply(decision("GL50 1QA", ("inform_location", 0.95)), context, GL50, fake_locate())
    assert names(follow_up) == ["utter_local_answer", "utter_anything_else"]
    assert follow_up.decision is None
    picked = plan_reply(decision("/pothole", ("pothole", 1.0)), TurnContext(awaiting=Awaiting.CLARIFY))
    assert picked.decision is None
    located = plan_reply(decision("pothole GL50 1QA", ("pothole", 0.92)), TurnContext(), GL50, fake_locate())
    assert located.decision is not None and located.decision.body["gss_code"] == "E10000013"
