"""SMS and WhatsApp through Twilio, through the running stack: form-encoded webhooks signed for the public URL,
replies captured as Twilio Messages API posts by the sandbox."""

from __future__ import annotations

from urllib.parse import urlencode

import pytest
import requests

from bot.channels.messaging import gsm
from bot.channels.messaging.shaping import SMS_MAX_SEGMENTS
from bot.channels.messaging.signatures import twilio_signature
from bot.core.render import contact_block
from bot.ops.stack import Stack
from tests.e2e.conftest import report_offer
from tests.e2e.messaging_support import (
    TWILIO_NUMBER,
    TWILIO_PUBLIC_URL,
    TWILIO_SID,
    TWILIO_TOKEN,
    Captured,
    Twilio,
)


@pytest.fixture()
def captured(sandbox_url: str) -> Captured:
    return Captured(sandbox_url)


@pytest.fixture()
def sms(stack: Stack, captured: Captured) -> Twilio:
    return Twilio(stack.config.rasa_url, captured)


def assert_fits(body: str) -> None:
    assert gsm.is_gsm7(body), body
    assert gsm.segments(body) <= SMS_MAX_SEGMENTS, (gsm.septets(body), body)


def test_options_are_numbered_fit_the_budget_and_a_number_picks_one(
    sms: Twilio, catalogue, domain, clarifying
):
    response = sms.text(clarifying.text)
    assert response.headers["Content-Type"].startswith("text/xml")
    assert response.text.endswith("<Response></Response>")
    [record] = sms.replies(1)
    assert record["path"] == f"/2010-04-01/Accounts/{TWILIO_SID}/Messages.json"
    assert record["authorization"].startswith("Basic ")
    assert (record["status"], record["body"]["From"]) == (201, TWILIO_NUMBER)
    body = record["body"]["Body"]
    # The two services in the order the classifier ranked them; a bare number picks one.
    first, second = clarifying.names
    clarify = domain["responses"]["utter_clarify"][0]["text"]
    assert body == f"{clarify}\nReply 1 for {first} or 2 for {second}."
    assert_fits(body)
    sms.text("2")
    chosen = catalogue.service(clarifying.services[1])
    [national] = sms.bodies(1)
    assert national.startswith(chosen.name + ": ")
    assert_fits(national)
    sms.text("GL50 1QA")
    [answer] = sms.bodies(1)
    assert answer.startswith(chosen.name + ": ")
    council = {"county": "Gloucestershire County Council", "district": "Cheltenham Borough Council"}
    assert f"- {council[chosen.tier.value]}: https://www." in answer
    assert_fits(answer)


def test_council_case_fits_the_budget(sms: Twilio, catalogue, domain):
    sms.text("massive pothole outside no. 12")
    [national] = sms.bodies(1)  # answered first: the national route and the offer, in one SMS
    assert national.startswith("Potholes and road surface: ")
    assert national.endswith(domain["responses"]["utter_offer_postcode"][0]["text"])
    assert_fits(national)
    sms.text("GL50 1QA")
    [answer] = sms.bodies(1)
    assert "Gloucestershire County Council" in answer
    assert "•" not in answer  # the bullet would make it UCS-2 (70 characters a segment)
    assert_fits(answer)


def test_police_case_keeps_the_force_and_101_within_the_budget(sms: Twilio):
    sms.text("my bike was nicked yesterday GL50 1QA")
    [answer] = sms.bodies(1)
    assert answer.startswith("Report a crime: ")
    assert "- Gloucestershire Constabulary: call 101" in answer
    assert_fits(answer)


def test_emergency_is_sent_whole_even_past_the_budget(sms: Twilio, catalogue, domain):
    sms.text("my neighbour has collapsed and isn't breathing")
    [answer] = sms.bodies(1)
    emergency = catalogue.service("emergency")
    whole = gsm.to_gsm7(emergency.say + "\n" + contact_block(catalogue.contacts_for(emergency)))
    assert answer == whole
    assert answer.startswith("Call 999 now.")
    sms.text("thanks")
    assert sms.bodies(1) == [domain["responses"]["utter_thank"][0]["text"]]


def test_crisis_lines_are_not_cut(sms: Twilio):
    sms.text("I can't cope any more and I want to end my life")
    [answer] = sms.bodies(1)
    for line in ("call 116 123", "text 85258", "call 999", "call 111"):
        assert line in answer
    assert gsm.is_gsm7(answer)


def test_resent_message_sid_is_answered_once(sms: Twilio, domain):
    sms.text("my bins weren't collected", sid="SM" + "1" * 20 + sms.phone[-8:])
    sms.text("my bins weren't collected", sid="SM" + "1" * 20 + sms.phone[-8:])
    [national] = sms.bodies(1)
    assert national.startswith("Missed bin collections")
    sms.text("skip")
    [skipped] = sms.bodies(1)
    assert skipped.startswith(domain["responses"]["utter_location_skipped"][0]["text"])


def test_bad_signatures_are_refused(sms: Twilio, domain):
    form = sms.form({"MessageSid": "SMbad", "Body": "pothole on my road"})
    assert sms.post(form, token="not-the-auth-token").status_code == 403
    assert sms.post(form, token=None).status_code == 403
    # Signed for the address the request really arrived on, not the public URL configured in Twilio:
    assert sms.post(form, url=sms.url).status_code == 403
    # Signed correctly, then the body changed on the way:
    signature = twilio_signature(TWILIO_TOKEN, TWILIO_PUBLIC_URL, {k: [v] for k, v in form.items()})
    tampered = {**form, "Body": "something else"}
    response = requests.post(
        sms.url,
        data=urlencode(tampered),
        headers={"Content-Type": "application/x-www-form-urlencoded", "X-Twilio-Signature": signature},
        timeout=10,
    )
    assert response.status_code == 403
    sms.text("hello")  # the first reply this number gets is to this message
    assert sms.bodies(1) == [domain["responses"]["utter_greet"][0]["text"]]


def test_mms_picture_gets_what_the_assistant_can_read(sms: Twilio, domain):
    sms.send(
        {
            "NumMedia": "1",
            "MediaContentType0": "image/jpeg",
            "MediaUrl0": f"https://api.twilio.com/2010-04-01/Accounts/{TWILIO_SID}/Messages/MM1/Media/ME1",
        }
    )
    assert sms.bodies(1) == [domain["responses"]["utter_no_words"][0]["text"]]


def test_twilio_whatsapp_location_pin_and_numbered_options(stack: Stack, captured: Captured, domain):
    wa = Twilio(stack.config.rasa_url, captured, whatsapp=True)
    wa.text("the street light outside my house is out")
    assert wa.bodies(2)[1] == domain["responses"]["utter_offer_postcode"][0]["text"]
    wa.send({"Latitude": "51.8981", "Longitude": "-2.0790", "MessageType": "location"})
    replies = wa.replies(2)
    assert replies[0]["body"]["From"] == "whatsapp:" + TWILIO_NUMBER
    answer = replies[0]["body"]["Body"]
    assert "• Gloucestershire County Council: https://www.gloucestershire.gov.uk" in answer
    assert "Why: " in answer  # WhatsApp is not charged by the segment: nothing is dropped
    offer = report_offer(domain, "Gloucestershire County Council")
    assert replies[1]["body"]["Body"] == f"{offer}\n\nReply 1 for Yes, send it or 2 for No thanks."


def test_danger_by_sms_is_answered_even_with_redis_down(sms: Twilio, stack, catalogue):
    stack.stop_redis()
    try:
        sms.text("my neighbour has collapsed and isn't breathing")
        [answer] = sms.bodies(1)
    finally:
        stack.start_redis()
    assert answer.startswith(gsm.to_gsm7(catalogue.service("emergency").say))
