"""The server's session signer (bot.ops.sessions), one per web app, made on first use."""

from __future__ import annotations

from typing import Any

from bot.channels.app_state import per_app
from bot.ops.sessions import SessionSigner


def sessions(app: Any) -> SessionSigner:
    """The app's session signer, made from the environment on first use."""
    return per_app(app, "frontdoor_sessions", SessionSigner.from_env)
