"""The chat widget on the demo council page, in headless Chromium against the real stack."""

from __future__ import annotations

import pytest
from playwright.sync_api import Page, expect

from tests.e2e.browser.conftest import axe_audit, screenshot

LAUNCHER = "Get help: chat with Front Door"
XSS = "<img src=x onerror=alert(1)>"


@pytest.fixture()
def demo(page: Page, stack) -> Page:
    page.goto(f"{stack.config.rasa_url}/frontdoor/demo")
    expect(page.get_by_role("button", name=LAUNCHER)).to_be_visible()
    return page


def open_widget(page: Page) -> None:
    page.get_by_role("button", name=LAUNCHER).click()
    expect(page.locator("#fd-input")).to_be_focused()


def say(page: Page, text: str, replies_before: int | None = None) -> None:
    """Type and press Enter, then wait for the next bot message."""
    bots = page.locator(".fd-bot")
    count = bots.count() if replies_before is None else replies_before
    page.keyboard.type(text)
    page.keyboard.press("Enter")
    expect(bots.nth(count)).to_be_visible()
    expect(page.locator(".fd-status")).to_have_text("")


def log(page: Page):
    return page.locator(".fd-log")


def session_id(page: Page) -> str:
    return page.evaluate("() => Object.entries(sessionStorage).find(([k]) => k.endsWith(':session'))[1]")


def test_keyboard_only_conversation_reaches_the_county_council(demo: Page) -> None:
    launcher = demo.get_by_role("button", name=LAUNCHER)
    for _ in range(20):
        demo.keyboard.press("Tab")
        if launcher.evaluate("el => el === document.activeElement"):
            break
    expect(launcher).to_be_focused()
    demo.keyboard.press("Enter")
    expect(demo.locator("#fd-input")).to_be_focused()
    say(demo, "massive pothole outside no. 12")
    # Answer first (who deals with it, the national route), then the offer to narrow it down.
    expect(log(demo)).to_contain_text("Potholes and road surface: Report the pothole")
    expect(log(demo)).to_contain_text("If you tell me the postcode")
    say(demo, "GL50 1QA")
    expect(log(demo)).to_contain_text("Gloucestershire County Council")
    expect(log(demo)).to_contain_text("not Cheltenham Borough Council")
    link = demo.locator('.fd-log a[href="https://www.gloucestershire.gov.uk"]')
    expect(link).to_have_attribute("target", "_blank")
    expect(link).to_have_attribute("rel", "noopener noreferrer")
    expect(demo.locator("#fd-input")).to_be_focused()
    assert demo.evaluate("window.frontDoorWidget.mode()") == "socket"
    demo.keyboard.press("Escape")
    expect(launcher).to_be_focused()
    expect(demo.locator(".fd-emergency-dock")).to_have_text("In an emergency call 999")
    screenshot(demo, "widget-closed")


@pytest.mark.parametrize(
    ("words", "service"),
    [
        ("my bike was nicked yesterday", "report_crime"),
        ("i need my repeat prescription", "repeat_prescription"),
    ],
)
def test_answer_first_for_the_police_and_the_nhs(demo: Page, catalogue, words: str, service: str) -> None:
    open_widget(demo)
    say(demo, words)
    entry = catalogue.service(service)
    # Who deals with it and the national way to reach them, then the offer to narrow it down.
    expect(log(demo)).to_contain_text(f"{entry.name}: {entry.say.split('.')[0]}")
    expect(demo.locator(".fd-bot").last).to_contain_text("If you tell me the postcode")


def test_emergency_gets_the_999_answer(demo: Page) -> None:
    open_widget(demo)
    say(demo, "there's smoke pouring out of the flat upstairs and someone is inside")
    expect(log(demo)).to_contain_text("Call 999 now")
    expect(demo.locator('.fd-log a[href="tel:999"]').first).to_be_visible()
    expect(demo.locator(".fd-panel .fd-emergency")).to_have_text("In an emergency call 999")
    screenshot(demo, "widget-emergency")


def test_quick_reply_buttons(demo: Page, clarifying) -> None:
    open_widget(demo)
    say(demo, clarifying.text)
    replies = demo.get_by_role("group", name="Suggested replies").get_by_role("button")
    expect(replies).to_have_count(2)
    for name in clarifying.names:  # each option the question offered is a button
        expect(replies.filter(has_text=name)).to_have_count(1)
    chosen = replies.filter(has_text=clarifying.names[0])
    before = demo.locator(".fd-bot").count()
    chosen.focus()
    demo.keyboard.press("Enter")
    expect(demo.locator(".fd-user").last).to_contain_text(clarifying.names[0])
    expect(demo.locator(".fd-bot").nth(before)).to_contain_text(f"{clarifying.names[0]}: ")
    expect(demo.locator(".fd-bot").last).to_contain_text("If you tell me the postcode")
    expect(demo.locator(".fd-reply")).to_have_count(0)
    expect(demo.locator("#fd-input")).to_be_focused()


def test_reload_keeps_the_conversation_and_start_again_clears_it(demo: Page) -> None:
    open_widget(demo)
    say(demo, "pothole on my road")
    expect(log(demo)).to_contain_text("If you tell me the postcode")
    before = session_id(demo)
    demo.reload()
    expect(demo.locator(".fd-panel")).to_be_visible()
    expect(demo.locator(".fd-user")).to_have_text(["You said: pothole on my road"])
    assert session_id(demo) == before
    demo.locator("#fd-input").focus()
    say(demo, "GL50 1QA")  # the server still has the conversation: it was waiting for the postcode
    expect(log(demo)).to_contain_text("Gloucestershire County Council")

    demo.get_by_role("button", name="Start again").click()
    expect(demo.locator(".fd-msg")).to_have_count(1)
    expect(demo.locator(".fd-status")).to_have_text("Conversation cleared. You can start again.")
    expect(demo.locator("#fd-input")).to_be_focused()
    assert session_id(demo) != before
    demo.reload()
    expect(demo.locator(".fd-msg")).to_have_count(1)


def test_markup_is_shown_as_text_and_never_runs(demo: Page, dialogs: list[str]) -> None:
    open_widget(demo)
    say(demo, XSS)
    expect(demo.locator(".fd-user .fd-text")).to_have_text(XSS)
    assert demo.locator(".fd-root img").count() == 0
    demo.reload()  # and again when the transcript is replayed from sessionStorage
    expect(demo.locator(".fd-user .fd-text")).to_have_text(XSS)
    assert demo.locator(".fd-root img").count() == 0
    assert dialogs == []


def test_rest_fallback_when_socketio_is_blocked(demo: Page) -> None:
    demo.route("**/socket.io/**", lambda route: route.abort())
    open_widget(demo)
    with demo.expect_request("**/webhooks/rest/webhook") as sent:
        say(demo, "pothole on my road")
    assert sent.value.method == "POST"
    assert demo.evaluate("window.frontDoorWidget.mode()") == "rest"
    expect(log(demo)).to_contain_text("If you tell me the postcode")
    say(demo, "GL50 1QA")
    expect(log(demo)).to_contain_text("Gloucestershire County Council")


def test_accessibility_audit_with_the_widget_open(demo: Page, clarifying) -> None:
    open_widget(demo)
    say(demo, clarifying.text)
    expect(demo.locator(".fd-reply")).to_have_count(2)
    screenshot(demo, "widget-open")
    violations = axe_audit(demo, "demo-widget-open")
    serious = [v for v in violations if v["impact"] in ("serious", "critical")]
    assert serious == []


def test_text_resized_to_200_percent_still_fits(demo: Page) -> None:
    demo.evaluate("document.documentElement.style.fontSize = '200%'")
    open_widget(demo)
    say(demo, "pothole on my road")
    viewport = demo.viewport_size
    assert viewport is not None
    for selector in (".fd-panel", ".fd-panel .fd-emergency", "#fd-input", ".fd-send", ".fd-restart"):
        box = demo.locator(selector).bounding_box()
        assert box is not None, selector
        assert box["x"] >= 0 and box["x"] + box["width"] <= viewport["width"], selector
        assert box["y"] >= 0 and box["y"] + box["height"] <= viewport["height"], selector
    screenshot(demo, "widget-text-200")


def test_reduced_motion_turns_off_the_animation(page: Page, stack) -> None:
    page.emulate_media(reduced_motion="reduce")
    page.goto(f"{stack.config.rasa_url}/frontdoor/demo")
    open_widget(page)
    assert page.locator(".fd-panel").evaluate("el => getComputedStyle(el).animationName") == "none"
