"""Shaping replies per app (SMS budget and numbering, WhatsApp buttons/lists, Telegram keyboards), GSM-7
arithmetic, dedupe and option state, and the stack's defaults for the messaging settings."""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest

from bot.channels.messaging import gsm, templates
from bot.channels.messaging.shaping import (
    SMS_MAX_SEGMENTS,
    Answer,
    Option,
    answers_from,
    international_numbers,
    shape_sms,
    telegram_messages,
    twilio_whatsapp_bodies,
    whatsapp_messages,
    with_scheme,
)
from bot.channels.messaging.state import MessagingState
from bot.ops.redis_config import RedisSettings

LONG_CONTACTS = "\n".join(
    f"• Contact {i}: call 0300 123 45{i:02d}, or https://example.gov.uk/{i}" for i in range(12)
)
ANSWER = Answer(
    "Potholes: Report it to the council.\n\n" + LONG_CONTACTS + "\n\nWhy: " + "Roads are the county's. " * 5,
    response="utter_local_answer",
)
ANYTHING_ELSE = Answer("Is there anything else I can help with?", response="utter_anything_else")
CLARIFY = Answer(
    "Which of these is closest?",
    (Option("Street lights", "/street_light"), Option("Traffic lights and crossings", "/traffic_lights")),
    "utter_clarify",
)
EMERGENCY = Answer(
    "Call 999 now.\n\n• Emergency services: call 999 (24 hours a day). " + "Stay on the line. " * 30,
    response="utter_emergency",
)


# -- GSM-7


def test_gsm7_segments():
    assert gsm.segments("a" * 160) == 1
    assert gsm.segments("a" * 161) == 2
    assert gsm.segments("a" * 306) == 2
    assert gsm.segments("a" * 307) == 3
    assert gsm.segments("€" * 80) == 1  # extension characters count two septets
    assert gsm.budget(SMS_MAX_SEGMENTS) == 459


def test_to_gsm7_replaces_what_would_force_ucs2():
    text = gsm.to_gsm7("\u2022 Council\u2019s \u201cline\u201d \u2013 café\u2026 \U0001f600 £5")
    assert text == '- Council\'s "line" - café...  £5'
    assert gsm.is_gsm7(text)


# -- SMS


def test_sms_numbered_options_and_payloads():
    shaped = shape_sms([CLARIFY])
    assert shaped.bodies == [
        "Which of these is closest?\nReply 1 for Street lights or 2 for Traffic lights and crossings."
    ]
    assert shaped.payloads == ["/street_light", "/traffic_lights"]
    three = Answer("Pick:", (Option("A", "/a"), Option("B", "/b"), Option("C", "/c")))
    assert shape_sms([three]).bodies == ["Pick:\nReply 1 for A, 2 for B or 3 for C."]


def test_sms_long_answer_fits_the_budget_dropping_why_then_the_closing_question_then_lines():
    shaped = shape_sms([ANSWER, ANYTHING_ELSE])
    [body] = shaped.bodies
    assert gsm.is_gsm7(body)
    assert gsm.segments(body) <= SMS_MAX_SEGMENTS
    assert body.startswith("Potholes: Report it to the council.\n- Contact 0: call 0300 123 4500")
    assert "Why:" not in body
    assert "anything else" not in body
    assert shaped.payloads == []


def test_sms_short_answer_keeps_why_and_the_question():
    short = Answer("Bins: Tell the council.\n\n• Council: https://x.gov.uk\n\nWhy: Bins are theirs.")
    [body] = shape_sms([short, ANYTHING_ELSE]).bodies
    assert body == (
        "Bins: Tell the council.\n- Council: https://x.gov.uk\nWhy: Bins are theirs.\n"
        "Is there anything else I can help with?"
    )


def test_sms_postcode_offer_stays_whole_at_the_end_when_the_answer_is_cut():
    offer = Answer(
        "If you tell me the postcode (for example GL50 1AA), I can help. Or type skip.",
        (),
        "utter_offer_postcode",
    )
    [body] = shape_sms([ANSWER, offer]).bodies
    assert gsm.segments(body) <= SMS_MAX_SEGMENTS
    assert body.startswith("Potholes: Report it to the council.")
    assert body.endswith("\nIf you tell me the postcode (for example GL50 1AA), I can help. Or type skip.")
    assert "Why:" not in body


def test_sms_options_line_survives_cutting():
    long_question = Answer("x" * 600, CLARIFY.options, "utter_clarify")
    [body] = shape_sms([long_question]).bodies
    assert gsm.segments(body) <= SMS_MAX_SEGMENTS
    assert body.endswith("...\nReply 1 for Street lights or 2 for Traffic lights and crossings.")


def test_sms_999_answer_is_never_cut_and_comes_first():
    shaped = shape_sms([ANYTHING_ELSE, EMERGENCY])
    assert shaped.bodies == [gsm.to_gsm7(EMERGENCY.text.replace("\n\n", "\n")).strip()]
    assert gsm.segments(shaped.bodies[0]) > SMS_MAX_SEGMENTS  # longer than the budget, and still whole


def test_twilio_whatsapp_numbers_options_without_a_budget():
    shaped = twilio_whatsapp_bodies([ANSWER, CLARIFY])
    assert shaped.bodies[0] == international_numbers(ANSWER.text)
    assert shaped.bodies[1].endswith("Reply 1 for Street lights or 2 for Traffic lights and crossings.")
    assert shaped.payloads == ["/street_light", "/traffic_lights"]


# -- tappable numbers and links


def test_uk_numbers_become_international_short_codes_stay():
    assert (
        international_numbers("call 0300 123 4567 or 01242 262626")
        == "call +44 300 123 4567 or +44 1242 262626"
    )
    assert international_numbers("call 999, 101, 111, 116 123 or text 85258") == (
        "call 999, 101, 111, 116 123 or text 85258"
    )
    assert international_numbers("call 18001 101") == "call 18001 101"
    assert (
        with_scheme("see www.gov.uk/x or https://www.nhs.uk")
        == "see https://www.gov.uk/x or https://www.nhs.uk"
    )


# -- WhatsApp


def test_whatsapp_reply_buttons_when_three_short_titles():
    answer = Answer(
        "Pick one", (Option("Bins", "/bins"), Option("Potholes", "/pothole"), Option("Noise", "/noise"))
    )
    [message] = whatsapp_messages([answer], "447700900123")
    assert message["type"] == "interactive"
    assert message["interactive"] == {
        "type": "button",
        "body": {"text": "Pick one"},
        "action": {
            "buttons": [
                {"type": "reply", "reply": {"id": "/bins", "title": "Bins"}},
                {"type": "reply", "reply": {"id": "/pothole", "title": "Potholes"}},
                {"type": "reply", "reply": {"id": "/noise", "title": "Noise"}},
            ]
        },
    }


def test_whatsapp_list_when_a_title_is_long_or_there_are_more_than_three():
    [message] = whatsapp_messages([CLARIFY], "447700900123")
    interactive = message["interactive"]
    assert interactive["type"] == "list"
    assert interactive["action"]["button"] == templates.LIST_BUTTON_LABEL
    assert interactive["action"]["sections"][0]["rows"] == [
        {"id": "/street_light", "title": "Street lights"},
        {
            "id": "/traffic_lights",
            "title": "Traffic lights and cros…",
            "description": "Traffic lights and crossings",
        },
    ]
    four = Answer("Pick", tuple(Option(t, f"/{t.lower()}") for t in ("A", "B", "C", "D")))
    assert whatsapp_messages([four], "1")[0]["interactive"]["type"] == "list"


def test_whatsapp_emergency_first_and_text_numbers_international():
    messages = whatsapp_messages([ANYTHING_ELSE, EMERGENCY, ANSWER], "447700900123")
    assert [m["text"]["body"][:13] for m in messages] == ["Call 999 now.", "Is there anyt", "Potholes: Rep"]
    assert "+44 300 123 4500" in messages[2]["text"]["body"]
    assert all(m["to"] == "447700900123" and m["text"]["preview_url"] is False for m in messages)


def test_whatsapp_long_question_goes_before_the_buttons():
    messages = whatsapp_messages([Answer("y" * 1500, CLARIFY.options)], "1")
    assert [m["type"] for m in messages] == ["text", "interactive"]
    assert messages[1]["interactive"]["body"]["text"] == templates.CHOOSE_PROMPT


# -- Telegram


def test_telegram_inline_keyboard_on_the_question():
    [message] = telegram_messages([CLARIFY], 42)
    assert message == {
        "chat_id": 42,
        "text": "Which of these is closest?",
        "link_preview_options": {"is_disabled": True},
        "reply_markup": {
            "inline_keyboard": [
                [{"text": "Street lights", "callback_data": "/street_light"}],
                [{"text": "Traffic lights and crossings", "callback_data": "/traffic_lights"}],
            ]
        },
    }


def test_telegram_splits_over_4096_characters():
    messages = telegram_messages([Answer("\n\n".join(["z" * 3000, "w" * 3000]))], 1)
    assert [len(m["text"]) for m in messages] == [3000, 3000]


def test_answers_from_rasa_messages():
    answers = answers_from(
        [
            {"text": "Pick", "buttons": [{"title": "A", "payload": "/a"}], "utter_action": "utter_clarify"},
            {"text": "  ", "utter_action": "x"},
            {"text": "Call 999 now.", "utter_action": "utter_emergency"},
        ]
    )
    assert answers == [
        Answer("Pick", (Option("A", "/a"),), "utter_clarify"),
        Answer("Call 999 now.", (), "utter_emergency"),
    ]
    assert answers[1].is_emergency


# -- state: dedupe and options


class FakeRedis:
    """The four calls MessagingState makes, with NX and expiry recorded."""

    def __init__(self) -> None:
        self.data: dict[str, str] = {}
        self.expiry: dict[str, int] = {}

    async def set(self, key: str, value: str, nx: bool = False, ex: int | None = None) -> bool | None:
        if nx and key in self.data:
            return None
        self.data[key] = value
        if ex:
            self.expiry[key] = ex
        return True

    async def get(self, key: str) -> str | None:
        return self.data.get(key)

    async def delete(self, key: str) -> int:
        return int(self.data.pop(key, None) is not None)


class DownRedis:
    async def set(self, *args, **kwargs):
        import redis

        raise redis.ConnectionError("down")

    get = delete = set


def make_state(client) -> MessagingState:
    state = MessagingState(RedisSettings("redis://unused"), dedupe_seconds=600, options_seconds=60)
    state._client = client
    return state


def test_dedupe_once_per_id_with_a_ttl_and_no_raw_id_in_the_key():
    fake = FakeRedis()
    state = make_state(fake)

    async def run():
        return [
            await state.first_time("whatsapp", "wamid.HBgMNDQ3NzAwOTAwMTIz"),
            await state.first_time("whatsapp", "wamid.HBgMNDQ3NzAwOTAwMTIz"),
            await state.first_time("telegram", "wamid.HBgMNDQ3NzAwOTAwMTIz"),
            await state.first_time("whatsapp", "wamid.other"),
        ]

    assert asyncio.run(run()) == [True, False, True, True]
    assert set(fake.expiry.values()) == {600}
    assert all(key.startswith("frontdoor:msg:seen:") and "HBgM" not in key for key in fake.data)


def test_options_round_trip_and_forget():
    state = make_state(FakeRedis())

    async def run():
        await state.save_options("sms-abc", ["/a", "/b"])
        saved = await state.options("sms-abc")
        await state.save_options("sms-abc", [])
        return saved, await state.options("sms-abc")

    assert asyncio.run(run()) == (["/a", "/b"], [])


def test_redis_down_processes_rather_than_drops():
    state = make_state(DownRedis())
    assert asyncio.run(state.first_time("sms", "SM1")) is True
    assert asyncio.run(state.options("sms-abc")) == []


# -- stack defaults


def test_stack_defaults_every_messaging_variable_and_keeps_one_sender_key(tmp_path: Path, monkeypatch):
    from bot.ops.stack import MESSAGING_ENV, Stack, StackConfig

    for name in (*MESSAGING_ENV, "FRONTDOOR_SENDER_ID_KEY"):
        monkeypatch.delenv(name, raising=False)
    config = StackConfig.isolated(tmp_path)
    first = Stack(config).env()
    assert all(first[name] == "" for name in MESSAGING_ENV)
    key = first["FRONTDOOR_SENDER_ID_KEY"]
    assert len(key) == 64
    assert (
        Stack(StackConfig.isolated(tmp_path)).env()["FRONTDOOR_SENDER_ID_KEY"] == key
    )  # kept across restarts
    assert (tmp_path / "sender_id.key").stat().st_mode & 0o077 == 0
    monkeypatch.setenv("FRONTDOOR_SENDER_ID_KEY", "from-env")
    assert Stack(config).env()["FRONTDOOR_SENDER_ID_KEY"] == "from-env"


@pytest.mark.parametrize("kind", ["audio", "video", "document", "contacts", "other"])
def test_every_unreadable_kind_has_wording(kind):
    text = templates.CANNOT_READ.format(what=templates.CANNOT_READ_WHAT[kind])
    assert text.endswith("If anyone is in danger, call 999.")
