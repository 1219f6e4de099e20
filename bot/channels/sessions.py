"""The server's session signer (bot.sessions), one per web app, made on first use."""

from __future__ import annotations

from typing import Any

from bot.sessions import SessionSigner


def sessions(app: Any) -> SessionSigner:
    signer = getattr(app.ctx, "frontdoor_sessions", None)
    if signer is None:
        signer = SessionSigner.from_env()
        app.ctx.frontdoor_sessions = signer
    return signer
