"""The call-handler console in headless Chromium: lookups through the real triage API, and the token."""

from __future__ import annotations

import pytest
import requests
from playwright.sync_api import Page, expect

from bot.catalogue import load_catalogue
from tests.e2e.browser.conftest import axe_audit, screenshot

TOKEN = "test-api-token"


@pytest.fixture()
def console(page: Page, stack) -> Page:
    page.goto(f"{stack.config.rasa_url}/frontdoor/console")
    expect(page.locator("#token")).to_be_focused()
    page.keyboard.type(TOKEN)
    page.keyboard.press("Enter")
    expect(page.locator("#words")).to_be_focused()
    return page


def look_up(page: Page, text: str, postcode: str = "") -> None:
    done = int(page.locator("#result").get_attribute("data-lookup") or 0)
    page.locator("#postcode").fill(postcode)
    page.locator("#words").fill(text)
    page.locator("#words").press("Enter")
    expect(page.locator(f'#result[data-lookup="{done + 1}"]')).to_be_visible()


def service_name(service_id: str) -> str:
    return load_catalogue().service(service_id).name


CASES = [
    (
        "council",
        "the street lamp outside number 4 has been out for a week",
        "GL50 1QA",
        "street_light",
        "Gloucestershire County Council",
        [],
    ),
    (
        "police",
        "my bike was stolen from the station yesterday",
        "GL50 1QA",
        "report_crime",
        "Gloucestershire Constabulary",
        [],
    ),
    ("nhs", "toothache and I cannot get a dentist", "GL50 1QA", "urgent_dental", "NHS 111", []),
    (
        "emergency",
        "there's smoke pouring out of the flat upstairs and someone is inside",
        "",
        "emergency",
        "Emergency services",
        ["EMERGENCY"],
    ),
]


@pytest.mark.parametrize(
    ("case", "text", "postcode", "service", "body", "flags"), CASES, ids=[c[0] for c in CASES]
)
def test_lookup_shows_service_body_and_flags(
    console: Page, case, text, postcode, service, body, flags
) -> None:
    look_up(console, text, postcode)
    expect(console.locator("#services tr.best td").first).to_have_text(service_name(service))
    expect(console.locator("#services tr")).to_have_count(3)
    expect(console.locator("#bodies .body-name").first).to_contain_text(body)
    expect(console.locator("#say")).not_to_be_empty()
    expect(console.locator("#why")).not_to_be_empty()
    if flags:
        expect(console.locator("#safety")).to_be_visible()
        expect(console.locator("#safety-title")).to_have_text("Safety: " + ", ".join(flags))
        expect(console.locator("#script")).to_contain_text("Call 999 now")
        expect(console.locator('#bodies a[href="tel:999"]').first).to_be_visible()
    else:
        expect(console.locator("#safety")).to_be_hidden()
    expect(console.locator("#words")).to_be_focused()
    screenshot(console, f"console-{case}")


def test_shortcut_copies_the_phone_number(console: Page) -> None:
    look_up(console, "my bike was stolen from the station yesterday", "GL50 1QA")
    console.keyboard.press("Alt+Shift+P")
    expect(console.locator("#status")).to_have_text("Copied the phone number: 101")
    console.keyboard.press("Alt+Shift+S")
    expect(console.locator("#status")).to_contain_text("Copied the script: ")
    expect(console.locator("#words")).to_be_focused()


def test_without_the_token_lookups_are_refused(page: Page, stack) -> None:
    url = f"{stack.config.rasa_url}/api/triage"
    assert requests.post(url, json={"text": "pothole"}, timeout=30).status_code == 401
    page.goto(f"{stack.config.rasa_url}/frontdoor/console")
    page.keyboard.type("not-the-token")
    page.keyboard.press("Enter")
    page.locator("#words").fill("pothole on my road")
    page.locator("#words").press("Enter")
    expect(page.locator("#status")).to_have_text("That token was refused. Enter the token you were given.")
    expect(page.locator("#token")).to_be_focused()
    expect(page.locator("#result")).to_be_hidden()
    assert page.evaluate("sessionStorage.getItem('frontdoor-console-token')") is None


def test_accessibility_audit_of_the_console(console: Page) -> None:
    look_up(console, "there's smoke pouring out of the flat upstairs and someone is inside")
    violations = axe_audit(console, "console")
    assert [v for v in violations if v["impact"] in ("serious", "critical")] == []


def test_a_report_reference_is_looked_up(console: Page, stack) -> None:
    """File a report through the chat (Open311, the sandbox's Gloucestershire), then check it in the console."""
    from tests.e2e.conftest import Chat

    chat = Chat(stack)
    chat.text("there's a pothole outside the town hall, GL50 1QA")
    chat.text("/affirm")
    if chat.text("outside the town hall steps").startswith(
        "Gloucestershire County Council already has an open report"
    ):
        chat.text("/affirm")
        chat.text("outside the town hall steps")
    chat.text("In the road")
    chat.text("/deny")  # no updates
    sent = chat.text("/affirm")
    reference = sent.split("Your reference is ")[1].split(".")[0]
    console.locator("#reference").fill(reference)
    console.locator("#reference").press("Enter")
    result = console.locator("#report-result")
    expect(result).to_contain_text(f"Report {reference} (")
    expect(result).to_contain_text("with Gloucestershire County Council: open.")
    console.locator("#reference").fill("999999999")
    console.locator("#reference").press("Enter")
    expect(result).to_have_text("No council I can check has report 999999999.")
    violations = axe_audit(console, "console-report")
    assert [v for v in violations if v["impact"] in ("serious", "critical")] == []


def test_the_report_api_needs_the_token_and_a_reference(stack) -> None:
    url = f"{stack.config.rasa_url}/api/report"
    assert requests.post(url, json={"reference": "4100001"}, timeout=30).status_code == 401
    auth = {"Authorization": f"Bearer {TOKEN}"}
    assert requests.post(url, json={"reference": "<script>"}, headers=auth, timeout=30).status_code == 400
    assert requests.post(url, json={"ref": "4100001"}, headers=auth, timeout=30).status_code == 400


def open311_posts(sandbox_url: str) -> list[dict]:
    return [r for r in requests.get(f"{sandbox_url}/_captured", timeout=5).json() if r["api"] == "open311"]


def test_a_report_is_filed_for_the_caller_after_reading_it_back(console: Page, sandbox_url: str) -> None:
    """Issue #16: the console files on the caller's behalf (Open311, the sandbox's Gloucestershire)."""
    for control in ("_captured", "_faults"):
        requests.delete(f"{sandbox_url}/{control}", timeout=5)
    look_up(console, "pothole in the road by the library, my car's tyre burst", "GL50 1QA")
    expect(console.locator("#file-note")).to_have_text(
        "Gloucestershire County Council takes these reports online. Fill in what it needs, then read the "
        "summary back."
    )
    expect(console.locator("#file-send")).to_be_disabled()
    expect(console.locator("#file-result")).to_have_text("Still needed: where, defect location.")
    console.locator("#file-where").fill("outside the library on Clarence Street")
    console.get_by_label("Where is the pothole?").select_option(label="In the road")
    console.get_by_role("button", name="Show what will be sent").click()
    expect(console.locator("#file-result")).to_have_text("Ready: read this back to the caller, then send.")
    summary = console.locator("#file-list")
    expect(summary).to_contain_text("outside the library on Clarence Street, GL50 1QA")
    expect(summary).to_contain_text("None: no contact details are sent")
    violations = axe_audit(console, "console-filing")
    assert [v for v in violations if v["impact"] in ("serious", "critical")] == []
    assert open311_posts(sandbox_url) == []  # nothing before the handler sends it

    console.locator("#file-where").fill("outside the library, Clarence Street")  # a change: read back again
    expect(console.locator("#file-send")).to_be_disabled()
    console.get_by_role("button", name="Show what will be sent").click()
    expect(console.locator("#file-send")).to_be_enabled()
    console.locator("#file-send").click()
    expect(console.locator("#file-result")).to_contain_text(
        "Sent to Gloucestershire County Council. Reference "
    )
    [post] = open311_posts(sandbox_url)
    assert post["path"] == "/E10000013/requests.json"
    assert post["body"]["service_code"] == "HW_POTHOLE"
    assert post["body"]["address_string"] == "outside the library, Clarence Street, GL50 1QA"
    assert post["body"]["attribute[defect_location]"] == "carriageway"
    assert "email" not in post["body"]
    expect(console.locator("#file-summary")).to_be_hidden()


def test_no_filing_is_offered_for_danger_or_the_police(console: Page) -> None:
    look_up(console, "my bike was stolen from the station yesterday", "GL50 1QA")
    expect(console.locator("#filing")).to_be_hidden()
    look_up(console, "there's smoke pouring out of the flat upstairs and someone is inside", "GL50 1QA")
    expect(console.locator("#filing")).to_be_hidden()
