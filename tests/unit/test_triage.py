"""decide(): safety first, then the catalogue service, a clarifying question, or a polite refusal."""

from __future__ import annotations

import pytest

from bot.core.decide import ANSWER_CONFIDENCE, decide
from bot.core.parse import IntentScore, Parse
from bot.safety.gate import SafetyNotAssessed, assess


def parse(text: str, *ranking: tuple[str, float], guard_flags: tuple[str, ...] = ()) -> Parse:
    """A parse with the rules' assessment of `text` (the classifier's half needs the trained model)."""
    return Parse(
        text=text,
        intents=tuple(IntentScore(n, c) for n, c in ranking),
        safety=assess(text, guard_flags=guard_flags),
    )


def test_confident_service_is_answered_with_catalogue_contacts():
    d = decide(parse("massive pothole outside no. 12", ("pothole", 0.93), ("pavement", 0.04)))
    assert (d.service, d.route, d.council_tier, d.urgency) == ("pothole", "council", "county", "routine")
    assert d.response == "utter_service_answer"
    assert d.confidence == 0.93
    assert [a.service for a in d.alternatives] == ["pavement"]
    assert d.safety == []
    assert "find_your_council" in [c.id for c in d.contacts]


def test_district_tier_service():
    d = decide(parse("bin men missed us", ("missed_bin", 0.88)))
    assert (d.route, d.council_tier) == ("council", "district")


def test_detector_overrides_a_confident_non_safety_intent():
    d = decide(parse("there's a man with a knife outside the shop right now", ("antisocial_behaviour", 0.97)))
    assert (d.service, d.route, d.urgency, d.response) == (
        "emergency",
        "emergency",
        "emergency",
        "utter_emergency",
    )
    assert d.safety == ["emergency"]
    assert [c.phone for c in d.contacts] == ["999"]


def test_a_safety_intent_without_the_gate_is_not_a_safety_answer():
    """Only the gate (rules or its classifier) gives the 999 or crisis answer; DIET's intent alone does not."""
    d = decide(parse("please help its my nan", ("emergency", 0.91), ("nhs_111", 0.05)))
    assert d.safety == []
    assert d.service != "emergency"


def test_classifier_flags_in_the_assessment_give_the_safety_answer():
    safety = assess(
        "yeah hi it's my nan", classifier_scores={"emergency": 0.8}, classifier_flags=["emergency"]
    )
    d = decide(Parse("yeah hi it's my nan", (IntentScore("affirm", 0.9),), safety=safety))
    assert (d.service, d.response, d.safety) == ("emergency", "utter_emergency", ["emergency"])


def test_a_parse_without_an_assessment_is_refused():
    with pytest.raises(SafetyNotAssessed):
        Parse.from_rasa({"text": "pothole", "intent_ranking": [{"name": "pothole", "confidence": 0.9}]})
    payload = Parse.from_rasa({"text": "/pothole", "intent": {"name": "pothole", "confidence": 1.0}})
    assert payload.safety.flags == ()


def test_guard_flags_from_the_whole_message_are_honoured():
    d = decide(parse("bins", ("missed_bin", 0.99), guard_flags=("crisis",)))
    assert (d.service, d.route, d.response) == ("mental_health_crisis", "crisis", "utter_safety_answer")


def test_crisis_plus_emergency_gives_999_first_and_keeps_crisis_lines():
    d = decide(parse("x", ("missed_bin", 0.9), guard_flags=("crisis", "emergency")))
    assert d.service == "emergency"
    assert d.safety == ["emergency", "crisis"]
    phones = [c.phone for c in d.contacts]
    assert phones[0] == "999"
    assert "116 123" in phones
    assert d.alternatives[0].service == "mental_health_crisis"


def test_two_close_services_of_different_bodies_ask_which_one():
    d = decide(parse("the drain by the bins", ("road_drain", 0.46), ("missed_bin", 0.41), ("pothole", 0.08)))
    assert d.response == "utter_clarify"
    assert d.needs_clarification
    assert d.service is None
    assert [a.service for a in d.alternatives] == ["road_drain", "missed_bin"]
    # Both options are council services (county and district), so the route is known, the tier is not.
    assert (d.route, d.council_tier) == ("council", None)


def test_two_close_services_of_the_same_body_are_answered_without_a_question():
    d = decide(parse("broken slab by the drain", ("pavement", 0.46), ("road_drain", 0.41), ("pothole", 0.08)))
    assert (d.service, d.response, d.council_tier) == ("pavement", "utter_service_answer", "county")
    d = decide(parse("lads on bikes nicking stuff", ("antisocial_behaviour", 0.4), ("report_crime", 0.38)))
    assert (d.service, d.route) == ("antisocial_behaviour", "police")


def test_a_clear_lead_is_answered_even_below_the_answer_confidence():
    d = decide(parse("loads of litter on the verge", ("litter", 0.26), ("road_signs_markings", 0.1)))
    assert (d.service, d.response) == ("litter", "utter_service_answer")


def test_clarify_across_routes_leaves_route_open():
    d = decide(parse("someone took my bins", ("report_crime", 0.45), ("new_bin", 0.40)))
    assert d.response == "utter_clarify"
    assert (d.route, d.council_tier) == ("conversation", None)


def test_unsure_and_nothing_close_is_out_of_scope():
    d = decide(parse("what's the weather", ("out_of_scope", 0.96), ("library", 0.01)))
    assert (d.route, d.response, d.service) == ("out_of_scope", "utter_out_of_scope", None)


def test_low_confidence_everything_is_out_of_scope():
    d = decide(parse("hmm", ("out_of_scope", 0.35), ("library", 0.12), ("pests", 0.1)))
    assert d.route == "out_of_scope"
    d = decide(parse("sing me a song", ("out_of_scope", 0.31), ("library", 0.33)))
    assert d.service == "library"  # declined only when out_of_scope is ahead of every service


def test_conversation_intents_pick_their_response():
    d = decide(parse("hiya", ("greet", 0.99)))
    assert (d.route, d.response, d.intent) == ("conversation", "utter_greet", "greet")


def test_empty_and_unreadable_notes():
    assert decide(parse(""), notes=["empty"]).response == "utter_empty_message"
    assert decide(parse(""), notes=["unreadable"]).response == "utter_unreadable"
    assert decide(parse("😡"), notes=["no_words"]).response == "utter_no_words"


def test_other_language_is_declined_politely_unless_a_service_is_clear():
    d = decide(parse("nid de poule", ("pothole", 0.3)), notes=["other_language"])
    assert (d.route, d.response) == ("out_of_scope", "utter_other_language")
    d = decide(parse("pothole grande", ("pothole", ANSWER_CONFIDENCE + 0.3)), notes=["other_language"])
    assert d.service == "pothole"


def test_safety_beats_empty_notes():
    d = decide(parse("", guard_flags=("emergency",)), notes=["empty"])
    assert d.service == "emergency"


def test_json_shape():
    data = decide(parse("stolen bike", ("report_crime", 0.9))).to_json()
    for key in (
        "service",
        "service_name",
        "route",
        "council_tier",
        "urgency",
        "confidence",
        "alternatives",
        "safety",
        "say",
        "why",
        "contacts",
        "needs_clarification",
    ):
        assert key in data
    assert data["route"] == "police"
    assert data["council_tier"] is None
    assert isinstance(data["contacts"][0]["checked"], str)


def test_a_road_fault_on_a_motorway_goes_to_national_highways():
    d = decide(parse("pothole in lane 1 on the M5 southbound", ("pothole", 0.71), ("pavement", 0.1)))
    assert (d.service, d.route, d.council_tier, d.confidence) == (
        "motorway_trunk_road",
        "other_agency",
        None,
        0.71,
    )
    assert [a.service for a in d.alternatives] == ["pothole", "pavement"]


def test_a_motorway_as_a_landmark_leaves_the_council_road_service():
    d = decide(parse("pothole on the road by the bridge over the M5", ("pothole", 0.71)))
    assert (d.service, d.route) == ("pothole", "council")


def test_a_motorway_mention_does_not_move_a_non_road_service():
    d = decide(parse("stuck in traffic on the M5 northbound, can I get a bus pass", ("bus_pass", 0.8)))
    assert d.service == "bus_pass"
