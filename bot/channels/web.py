"""The web front doors' static files: the embeddable widget, the demo council page and the call-handler console.

Served from the package folder `bot/web/static/` by an explicit list of names (no directory listing, no path
tricks). Pages get a Content-Security-Policy that forbids inline script, so even if text ever reached the DOM
as HTML it could not run. The widget's own files may be loaded by any council site. The console page is
public static HTML: it does nothing without the deployer's triage API token, which the handler types in.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any

from rasa.core.channels.channel import InputChannel, UserMessage
from sanic import Blueprint, response
from sanic.request import Request
from sanic.response import HTTPResponse

STATIC_DIR = Path(__file__).resolve().parent.parent / "web" / "static"
URL_PREFIX = "/frontdoor"

JS = "text/javascript; charset=utf-8"
CSS = "text/css; charset=utf-8"
HTML = "text/html; charset=utf-8"

# URL name -> (file under STATIC_DIR, content type). Pages have no extension in their URL.
FILES: dict[str, tuple[str, str]] = {
    "widget.js": ("widget.js", JS),
    "widget.css": ("widget.css", CSS),
    "vendor/socket.io.min.js": ("vendor/socket.io.min.js", JS),
    "demo": ("demo.html", HTML),
    "demo.css": ("demo.css", CSS),
    "console": ("console.html", HTML),
    "console.js": ("console.js", JS),
    "console.css": ("console.css", CSS),
    "insight": ("insight.html", HTML),
    "insight.js": ("insight.js", JS),
    "insight.css": ("insight.css", CSS),
}

PAGE_CSP = (
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "connect-src 'self'; font-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'"
)


def headers_for(name: str, content_type: str) -> dict[str, str]:
    """Safe headers for every file; pages also get the CSP, and widget files may be embedded cross-site."""
    headers = {
        "Content-Type": content_type,
        "X-Content-Type-Options": "nosniff",
        "Referrer-Policy": "no-referrer",
        "Cache-Control": "no-cache",
    }
    if content_type == HTML:
        headers["Content-Security-Policy"] = PAGE_CSP
        headers["X-Frame-Options"] = "DENY"
    else:
        headers["Cross-Origin-Resource-Policy"] = "cross-origin"
    return headers


class WebInput(InputChannel):
    """Not a message channel: it only serves the widget, demo and console files."""

    @classmethod
    def name(cls) -> str:
        """The channel's name in credentials.yml."""
        return "web"

    def url_prefix(self) -> str:
        """Mounted at /frontdoor (`URL_PREFIX`), not under Rasa's /webhooks."""
        return URL_PREFIX

    def blueprint(self, on_new_message: Callable[[UserMessage], Awaitable[Any]]) -> Blueprint:
        """GET the listed files only (`FILES`), each with its safe headers; any other name is a 404."""
        web = Blueprint("frontdoor_web", __name__)

        @web.route("/<name:path>", methods=["GET", "HEAD"])
        async def serve(request: Request, name: str) -> HTTPResponse:
            entry = FILES.get(name)
            if entry is None:
                return response.text("Not found", status=404, headers={"X-Content-Type-Options": "nosniff"})
            filename, content_type = entry
            body = (STATIC_DIR / filename).read_bytes()
            return response.raw(body, headers=headers_for(name, content_type), content_type=content_type)

        return web
