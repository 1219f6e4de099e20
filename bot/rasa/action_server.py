"""The action server: rasa_sdk's app for `actions/`, listening on localhost, answering only callers that send
the shared secret (`FRONTDOOR_ACTION_SECRET`, in the header Rasa sends from endpoints.yml).

Without the secret anyone on the host could call an action with a tracker of their choosing (with injected
safety flags, or someone else's conversation). Errors are logged by type only: rasa_sdk's own handler logs the
request and echoes its body, which holds what the person typed.

Usage: python -m bot.rasa.action_server [--port 5055] [--actions actions]
"""

from __future__ import annotations

import argparse
import hmac
import logging

from rasa_sdk import endpoint
from sanic import Sanic, response
from sanic.request import Request
from sanic.response import HTTPResponse

from bot.ops.bearer import bearer_ok
from bot.ops.metrics import exposition
from bot.ops.settings import ACTION_PORT, SANIC_HOST, load_settings

SECRET_HEADER = "X-Frontdoor-Action-Secret"
OPEN_PATHS = frozenset({"/health"})
METRICS_PATH = "/metrics"  # Prometheus's own bearer token (FRONTDOOR_METRICS_TOKEN), not the action secret
DEFAULT_HOST = SANIC_HOST.default
DEFAULT_PORT = int(ACTION_PORT.default)

logger = logging.getLogger(__name__)


def create_app(secret: str, actions: str = "actions", metrics_token: str = "") -> Sanic:
    """rasa_sdk's app with the secret checked (in constant time) on everything but the health check, and
    Prometheus metrics for the holder of the metrics token."""
    if not secret:
        raise ValueError("the action server needs FRONTDOOR_ACTION_SECRET")
    expected = secret.encode()
    app = endpoint.create_app(actions, cors_origins=None)

    @app.on_request
    async def require_secret(request: Request) -> HTTPResponse | None:
        if request.path in OPEN_PATHS:
            return None
        if request.path == METRICS_PATH:
            return _metrics(request, metrics_token)
        supplied = request.headers.get(SECRET_HEADER, "").encode()
        if hmac.compare_digest(supplied, expected):
            return None
        return response.json({"error": "unauthorised"}, status=401)

    @app.exception(Exception)
    async def failed(request: Request, error: Exception) -> HTTPResponse:
        logger.error("action call failed: %s", type(error).__name__)
        return response.json({"error": "the action failed"}, status=500)

    return app


def _metrics(request: Request, token: str) -> HTTPResponse:
    if not bearer_ok(request.headers.get("Authorization", ""), token):
        return response.text("unauthorised", status=401, headers={"WWW-Authenticate": "Bearer"})
    body, content_type = exposition()
    return response.raw(body, content_type=content_type)


def main() -> None:
    """Serve the actions with the secret from the environment (localhost unless SANIC_HOST says otherwise)."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--port", type=int, default=DEFAULT_PORT)
    parser.add_argument("--actions", default="actions", help="the module or package of actions to serve")
    args = parser.parse_args()
    settings = load_settings()
    app = create_app(settings.action_secret, args.actions, settings.metrics_token)
    app.run(settings.sanic_host, args.port, workers=1, access_log=False)


if __name__ == "__main__":
    main()
