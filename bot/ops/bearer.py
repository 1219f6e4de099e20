"""One check for "Authorization: Bearer <token>" (the triage API, the metrics endpoints): constant-time, and a
header Sanic could not decode is simply wrong, never a 500."""

from __future__ import annotations

import hmac


def bearer_ok(authorization: str, token: str | None) -> bool:
    """True when the header carries exactly `token`; always False when no token is configured."""
    scheme, _, supplied = authorization.partition(" ")
    try:
        given = supplied.encode()
    except UnicodeEncodeError:  # undecodable header bytes arrive as surrogates
        return False
    return bool(token) and scheme.lower() == "bearer" and hmac.compare_digest(given, (token or "").encode())
