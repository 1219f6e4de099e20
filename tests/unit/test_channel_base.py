"""The doors' shared base (bot.channels.base) and the messaging channels' shared constructor: wording comes from
the domain, the fixed copies for before a model is loaded can't drift from domain.yml, and credentials.yml
builds each messaging channel as it always did."""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest
import yaml
from rasa.shared.core.domain import Domain

from bot.channels.base import (
    TECHNICAL_PROBLEM_RESPONSE,
    TECHNICAL_PROBLEM_TEXT,
    known_intents,
    response_text,
    technical_problem_text,
)
from bot.channels.limits import SLOW_DOWN_RESPONSE, SLOW_DOWN_TEXT, slow_down_text
from bot.channels.messaging.base import NO_WORDS_RESPONSE, NO_WORDS_TEXT, MessagingInput
from bot.channels.messaging.telegram import TelegramMessagingInput
from bot.channels.messaging.twilio import TwilioMessagingInput
from bot.channels.messaging.whatsapp import WhatsAppCloudInput

ROOT = Path(__file__).resolve().parents[2]
DOMAIN_YML = ROOT / "domain.yml"


def _domain_yml_text(response: str) -> str:
    responses = yaml.safe_load(DOMAIN_YML.read_text(encoding="utf-8"))["responses"]
    return str(responses[response][0]["text"])


def _app(domain: Any = None) -> Any:
    return SimpleNamespace(ctx=SimpleNamespace(agent=SimpleNamespace(domain=domain)))


@pytest.fixture(scope="module")
def domain() -> Domain:
    return Domain.load(str(DOMAIN_YML))


@pytest.mark.parametrize(
    ("response", "fixed_copy"),
    [
        (TECHNICAL_PROBLEM_RESPONSE, TECHNICAL_PROBLEM_TEXT),
        (SLOW_DOWN_RESPONSE, SLOW_DOWN_TEXT),
        (NO_WORDS_RESPONSE, NO_WORDS_TEXT),
    ],
)
def test_the_fixed_copies_for_before_a_model_is_loaded_equal_domain_yml(
    response: str, fixed_copy: str
) -> None:
    assert fixed_copy == _domain_yml_text(response)


def test_the_technical_problem_text_has_one_copy_in_the_code() -> None:
    sentence = "something went wrong on our side"
    holders = [
        path.relative_to(ROOT).as_posix()
        for path in sorted((ROOT / "bot").rglob("*.py"))
        if sentence in path.read_text(encoding="utf-8")
    ]
    assert holders == ["bot/channels/base.py"]


def test_wording_and_intents_come_from_the_loaded_domain(domain: Domain) -> None:
    app = _app(domain)
    assert response_text(app, TECHNICAL_PROBLEM_RESPONSE) == _domain_yml_text(TECHNICAL_PROBLEM_RESPONSE)
    assert technical_problem_text(app) == _domain_yml_text(TECHNICAL_PROBLEM_RESPONSE)
    assert slow_down_text(app) == _domain_yml_text(SLOW_DOWN_RESPONSE)
    assert response_text(app, "utter_no_such_response") is None
    assert known_intents(app) == frozenset(domain.intents)
    assert "restart" in known_intents(app)


@pytest.mark.parametrize("app", [None, SimpleNamespace(ctx=SimpleNamespace()), _app(None)])
def test_before_a_model_is_loaded_the_fixed_copies_answer(app: Any) -> None:
    assert response_text(app, TECHNICAL_PROBLEM_RESPONSE) is None
    assert known_intents(app) == frozenset()
    assert technical_problem_text(app) == TECHNICAL_PROBLEM_TEXT


def _credentials_yml() -> dict[str, Any]:
    return yaml.safe_load((ROOT / "credentials.yml").read_text(encoding="utf-8"))


@pytest.mark.parametrize("channel", [WhatsAppCloudInput, TwilioMessagingInput, TelegramMessagingInput])
def test_each_messaging_channel_reads_exactly_its_credentials_yml_keys(channel: type[MessagingInput]) -> None:
    keys = _credentials_yml()[f"{channel.__module__}.{channel.__name__}"]
    assert set(channel.CREDENTIALS) == set(keys)


def test_messaging_channels_are_built_from_credentials_as_before() -> None:
    whatsapp = WhatsAppCloudInput.from_credentials(
        {
            "app_secret": "s",
            "verify_token": "v",
            "access_token": "a",
            "phone_number_id": 123,
            "api_url": " http://127.0.0.1:9/ ",
            "api_version": " v1 ",
            "not_a_key": "ignored",
        }
    )
    assert isinstance(whatsapp, WhatsAppCloudInput)
    assert (whatsapp.app_secret, whatsapp.verify_token, whatsapp.access_token) == ("s", "v", "a")
    assert (whatsapp.phone_number_id, whatsapp.api_url, whatsapp.api_version) == (
        "123",
        "http://127.0.0.1:9",
        "v1",
    )

    twilio = TwilioMessagingInput.from_credentials({"account_sid": "AC1", "public_url": " https://x/hook "})
    assert isinstance(twilio, TwilioMessagingInput)
    assert (twilio.account_sid, twilio.auth_token, twilio.public_url) == ("AC1", "", "https://x/hook")
    assert twilio.api_url == "https://api.twilio.com"
    assert not twilio.configured()

    telegram = TelegramMessagingInput.from_credentials(None)
    assert isinstance(telegram, TelegramMessagingInput)
    assert (telegram.bot_token, telegram.secret_token) == ("", "")
    assert telegram.api_url == "https://api.telegram.org"
    defaults = WhatsAppCloudInput.from_credentials({})
    assert isinstance(defaults, WhatsAppCloudInput)
    assert (defaults.api_url, defaults.api_version) == ("https://graph.facebook.com", "v21.0")


def test_a_messaging_channel_takes_its_credentials_as_keywords_and_refuses_others() -> None:
    channel = TelegramMessagingInput(bot_token="t", secret_token=None)
    assert (channel.bot_token, channel.secret_token) == ("t", "")
    with pytest.raises(TypeError):
        TelegramMessagingInput(access_token="meant for WhatsApp")
