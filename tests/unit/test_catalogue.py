"""The catalogue loads, follows its schema, and every phone number in it is a real UK number or short code."""

from __future__ import annotations

import copy
import re

import phonenumbers
import pytest
import yaml
from pydantic import ValidationError

from bot.catalogue.loader import CATALOGUE_PATH, parse_catalogue
from bot.catalogue.schema import CatalogueFile, Route, Tier

# SMS short codes that libphonenumber's short-number data does not list, each with its published source.
KNOWN_SMS_SHORT_CODES = {"7726": "https://www.ncsc.gov.uk/collection/phishing-scams/report-scam-text-message"}


def test_every_phone_number_is_valid_uk(catalogue):
    checked = 0
    for contact in catalogue.contacts.values():
        for field in ("phone", "text"):
            value = getattr(contact, field)
            if not value:
                continue
            number = phonenumbers.parse(value, "GB")
            valid = phonenumbers.is_valid_number(number) or phonenumbers.is_valid_short_number_for_region(
                number, "GB"
            )
            if field == "text" and re.sub(r"\s", "", value) in KNOWN_SMS_SHORT_CODES:
                valid = True
            assert valid, f"{contact.id}.{field} = {value!r} is not a valid UK number"
            if phonenumbers.is_valid_number(number):
                assert phonenumbers.region_code_for_number(number) == "GB"
            checked += 1
    assert checked >= 20


def test_emergency_service_is_999_only(catalogue):
    emergency = catalogue.service("emergency")
    assert emergency.route is Route.EMERGENCY
    assert [c.phone for c in catalogue.contacts_for(emergency)] == ["999"]


def test_crisis_contacts_are_the_published_lines(catalogue):
    phones = {c.phone for c in catalogue.contacts_for(catalogue.service("mental_health_crisis"))}
    texts = {c.text for c in catalogue.contacts_for(catalogue.service("mental_health_crisis"))}
    assert {"111", "116 123", "999"} <= phones
    assert "85258" in texts


@pytest.mark.parametrize(
    ("service_id", "tier"),
    [
        ("pothole", Tier.COUNTY),
        ("street_light", Tier.COUNTY),
        ("blue_badge", Tier.COUNTY),
        ("missed_bin", Tier.DISTRICT),
        ("fly_tipping", Tier.DISTRICT),
        ("council_tax", Tier.DISTRICT),
    ],
)
def test_council_tiers(catalogue, service_id, tier):
    assert catalogue.service(service_id).route is Route.COUNCIL
    assert catalogue.service(service_id).tier is tier


def test_every_contact_has_source_and_check_date(catalogue):
    for contact in catalogue.contacts.values():
        assert contact.source.startswith("https://")
        assert contact.checked.year >= 2025


def test_say_and_why_hold_no_phone_numbers_except_the_national_short_codes(catalogue):
    allowed = {"999", "101", "111"}
    for service in catalogue.services.values():
        for digits in re.findall(r"\d[\d ]{2,}\d", service.say + " " + service.why):
            assert digits.replace(" ", "") in allowed, f"{service.id}: number {digits!r} belongs in contacts"


def _raw():
    return yaml.safe_load(CATALOGUE_PATH.read_text())


def test_schema_rejects_council_service_without_tier():
    raw = _raw()
    council = next(s for s in raw["services"] if s["route"] == "council")
    council["tier"] = None
    with pytest.raises(ValidationError, match="needs a tier"):
        CatalogueFile.parse_obj(raw)


def test_schema_rejects_unknown_contact_reference():
    raw = _raw()
    raw["services"][0]["contacts"] = ["no_such_contact"]
    with pytest.raises(ValidationError, match="unknown contacts"):
        CatalogueFile.parse_obj(raw)


def test_schema_rejects_http_urls_and_unknown_fields():
    raw = _raw()
    bad = copy.deepcopy(raw)
    first = next(iter(bad["contacts"]))
    bad["contacts"][first]["url"] = "http://example.org"
    with pytest.raises(ValidationError, match="https"):
        CatalogueFile.parse_obj(bad)
    bad = copy.deepcopy(raw)
    bad["services"][0]["colour"] = "red"
    with pytest.raises(ValidationError):
        CatalogueFile.parse_obj(bad)


def test_packaged_file_parses(tmp_path):
    copy_path = tmp_path / "services.yml"
    copy_path.write_text(CATALOGUE_PATH.read_text())
    assert parse_catalogue(copy_path).version == parse_catalogue(CATALOGUE_PATH).version
