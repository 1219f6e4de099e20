"""The web files channel and the widget/console scripts: safe headers, an explicit file list, no HTML sinks."""

from __future__ import annotations

import asyncio
import re
from concurrent.futures import ThreadPoolExecutor

import pytest

from bot.channels.socketio import SESSION_ID, FrontDoorSocketIOOutput
from bot.channels.web import FILES, HTML, PAGE_CSP, STATIC_DIR, headers_for


def test_every_listed_file_exists_and_the_socketio_licence_is_vendored() -> None:
    for filename, _ in FILES.values():
        assert (STATIC_DIR / filename).is_file(), filename
    assert (STATIC_DIR / "vendor" / "socket.io-client.LICENSE").is_file()


@pytest.mark.parametrize("name", sorted(FILES))
def test_headers(name: str) -> None:
    _, content_type = FILES[name]
    headers = headers_for(name, content_type)
    assert headers["X-Content-Type-Options"] == "nosniff"
    assert headers["Referrer-Policy"] == "no-referrer"
    if content_type == HTML:
        assert headers["Content-Security-Policy"] == PAGE_CSP
    else:
        assert "Content-Security-Policy" not in headers


def test_pages_forbid_inline_script() -> None:
    assert "script-src 'self';" in PAGE_CSP
    assert "unsafe" not in PAGE_CSP
    assert "frame-ancestors 'none'" in PAGE_CSP
    for page in ("demo.html", "console.html"):
        html = (STATIC_DIR / page).read_text(encoding="utf-8")
        assert not re.search(r"<script(?![^>]*\bsrc=)", html), page  # every script is a file
        assert not re.search(r"\son[a-z]+=", html), page  # no inline event handlers


@pytest.mark.parametrize("script", ["widget.js", "console.js"])
def test_scripts_never_build_html_from_strings(script: str) -> None:
    source = (STATIC_DIR / script).read_text(encoding="utf-8")
    for sink in ("innerHTML", "outerHTML", "insertAdjacentHTML", "document.write", "eval(", "new Function"):
        assert sink not in source, sink


def test_widget_never_holds_the_api_token() -> None:
    source = (STATIC_DIR / "widget.js").read_text(encoding="utf-8")
    assert "Authorization" not in source and "/api/triage" not in source


class FakeSio:
    def __init__(self) -> None:
        self.sent: list[tuple[str, dict, str]] = []

    async def emit(self, event: str, data: dict, room: str) -> None:
        self.sent.append((event, data, room))


def test_socketio_output_tags_each_message_with_its_session_and_counts() -> None:
    sio = FakeSio()
    output = FrontDoorSocketIOOutput(sio, "bot_uttered")  # type: ignore[arg-type]
    buttons = [{"title": "Street lights", "payload": "/street_light"}]
    # In a thread of its own: Playwright's sync API may hold an event loop on this thread in the same session.
    with ThreadPoolExecutor(1) as pool:
        pool.submit(
            asyncio.run, output.send_text_with_buttons("abc123def456", "One.\n\nTwo?", buttons)
        ).result()
    assert output.sent == 2
    assert [m for _, m, _ in sio.sent] == [
        {"text": "One.", "quick_replies": [], "session_id": "abc123def456"},
        {
            "text": "Two?",
            "quick_replies": [{"content_type": "text", "title": "Street lights", "payload": "/street_light"}],
            "session_id": "abc123def456",
        },
    ]
    assert {room for _, _, room in sio.sent} == {"abc123def456"}


@pytest.mark.parametrize(
    ("value", "ok"),
    [("0123456789abcdef0123456789abcdef", True), ("short", False), ("../../etc", False), ("a" * 129, False)],
)
def test_session_ids(value: str, ok: bool) -> None:
    assert bool(SESSION_ID.match(value)) is ok


def test_long_messages_are_prepared_the_same_off_the_event_loop():
    from bot.channels.base import LONG_TEXT_CHARS, prepare_text, prepare_text_off_loop

    long = (
        "the bins were not collected again on our road " * 600
    ) + "and a man has a knife outside right now"
    assert len(long) > LONG_TEXT_CHARS
    for raw in (long, "pothole outside no. 12 GL50 1QA", "/restart", 42):
        assert asyncio.run(prepare_text_off_loop(raw, {"/restart"})) == prepare_text(raw, {"/restart"})
    _, guarded = asyncio.run(prepare_text_off_loop(long, set()))
    assert "emergency" in guarded.safety_flags  # danger past the model's cut is still found
