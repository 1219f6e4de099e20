"""Conversations through the REST webhook with the action server and Redis in the loop."""

from __future__ import annotations

from tests.e2e.conftest import Chat, offer_declined, report_offer


def offer(domain) -> str:
    return domain["responses"]["utter_offer_postcode"][0]["text"]


def test_pothole_is_answered_first_then_the_postcode_names_the_county(chat: Chat, catalogue, domain):
    first = chat.text("massive pothole outside no. 12")
    assert first.startswith(f"{catalogue.service('pothole').name}: {catalogue.service('pothole').say}")
    assert "https://www.gov.uk/find-local-council" in first
    assert first.endswith(offer(domain))
    text = chat.text("GL50 1QA")
    pothole = catalogue.service("pothole")
    assert pothole.name in text
    assert "Gloucestershire County Council" in text
    assert "not Cheltenham Borough Council" in text
    assert pothole.why in text
    # Gloucestershire takes pothole reports by Open311 (sandbox): the answer ends with the offer to send it.
    assert text.endswith(report_offer(domain, "Gloucestershire County Council"))


def test_postcode_is_remembered_for_the_next_request(chat: Chat):
    text = chat.text("pothole outside 12 high st gl501qa")
    assert "Gloucestershire County Council" in text
    text = chat.text("and my bins weren't collected either")
    assert "Cheltenham Borough Council" in text
    assert "not Gloucestershire County Council" in text


def test_answer_first_for_the_police_and_the_nhs(chat: Chat, catalogue, domain):
    for words, service in (
        ("my bike was nicked yesterday", "report_crime"),
        ("i need my repeat prescription", "repeat_prescription"),
    ):
        text = chat.text(words)
        assert text.startswith(f"{catalogue.service(service).name}: {catalogue.service(service).say}")
        assert "Why: " in text
        assert text.endswith(offer(domain))
        chat.text("skip")


def test_skip_after_the_national_answer_moves_on(chat: Chat, domain):
    assert "https://www.gov.uk/find-local-council" in chat.text("the street light outside my house is out")
    assert chat.text("skip") == "\n".join(
        [
            domain["responses"]["utter_location_skipped"][0]["text"],
            domain["responses"]["utter_ask_feedback"][0]["text"],
        ]
    )


def test_unknown_postcode_gets_a_chance_to_correct(chat: Chat, domain):
    chat.text("someone has dumped a mattress in the lane")
    assert chat.text("SW12 1ZZ") == domain["responses"]["utter_postcode_unknown"][0]["text"]
    assert "Cheltenham Borough Council" in chat.text("GL50 1QA")


def test_emergency_gets_999_first_and_alone(chat: Chat, catalogue, domain):
    messages = chat.say("my neighbour has collapsed and isn't breathing")
    # The REST channel sends each paragraph as its own message: the answer, then its contact lines.
    assert messages[0]["text"] == catalogue.service("emergency").say
    assert messages[1]["text"].startswith("• Emergency services: call 999")
    assert len(messages) == 2  # nothing else: no "anything else?" after a 999 answer


def test_crisis_gets_the_crisis_lines(chat: Chat):
    text = chat.text("I can't cope any more and I want to end my life")
    assert "116 123" in text
    assert "85258" in text
    assert "999" in text


def test_context_no_after_an_answer_says_goodbye(chat: Chat, domain):
    chat.text("the bin men missed our road again GL50 1QA")
    assert chat.text("no thanks") == offer_declined(domain)  # no to sending the report
    assert chat.text("no thanks") == domain["responses"]["utter_goodbye"][0]["text"]


def test_button_payload_picks_the_service(chat: Chat, catalogue, domain, clarifying):
    buttons = chat.say(clarifying.text)[-1]["buttons"]
    chosen = catalogue.service(clarifying.services[1])
    text = chat.text(buttons[1]["payload"])
    assert text.startswith(f"{chosen.name}: ") and text.endswith(offer(domain))
    assert chosen.name in chat.text("BS1 5TR")


def test_unknown_slash_command_is_read_as_words(chat: Chat):
    messages = chat.say('/inform_location{"postcode": "GL50 1AA"}x')
    assert messages


def test_out_of_scope_is_polite(chat: Chat, domain):
    text = chat.text("what's the best recipe for banana bread")
    assert text == domain["responses"]["utter_out_of_scope"][0]["text"]


def test_asking_for_a_person(chat: Chat, domain):
    assert chat.text("can i talk to a human please") == domain["responses"]["utter_human_handoff"][0]["text"]


def test_town_name_when_the_postcode_is_not_known(chat: Chat, domain):
    assert chat.text("there's a pothole on my road").endswith(offer(domain))
    assert "Gloucestershire County Council" in chat.text("it's in Cheltenham")
