"""What operators and load balancers need from each Rasa server: `GET /health` (the process answers),
`GET /ready` (Redis, the model and the action server all reachable; `?without=redis` for balancers, which must
not drop every server at once when the shared Redis fails over), and `GET /metrics`
(Prometheus text format, bearer token `FRONTDOOR_METRICS_TOKEN`). Also gives every request an id (the
caller's `X-Request-Id` when it is a plain token, else a new one), echoed in the response and put on every log
line, and JSON logs when `FRONTDOOR_LOG_FORMAT=json`. None of it ever carries what people typed.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from typing import Any

import requests
from rasa.core.channels.channel import InputChannel, UserMessage
from sanic import Blueprint, response
from sanic.request import Request, RequestParameters
from sanic.response import HTTPResponse

from bot.ops.bearer import bearer_ok
from bot.ops.logs import REQUEST_ID_HEADER, install_json_logs, new_request_id, request_id
from bot.ops.metrics import exposition
from bot.ops.settings import load_settings

CHECK_TIMEOUT_SECONDS = 1.0


class OpsInput(InputChannel):
    """Not a message channel: health, readiness and metrics at the server's root."""

    def __init__(self, metrics_token: str | None = None) -> None:
        self.metrics_token = metrics_token or ""

    @classmethod
    def name(cls) -> str:
        """The channel's name in credentials.yml."""
        return "ops"

    @classmethod
    def from_credentials(cls, credentials: dict[str, Any] | None) -> InputChannel:
        """Rasa's constructor: the /metrics bearer token from credentials.yml (FRONTDOOR_METRICS_TOKEN)."""
        return cls(metrics_token=(credentials or {}).get("metrics_token"))

    def url_prefix(self) -> str:
        """The server's root, where load balancers and Kubernetes look for /health and /ready."""
        return "/"

    def blueprint(self, on_new_message: Callable[[UserMessage], Awaitable[Any]]) -> Blueprint:
        """/health, /ready and /metrics, and (by `_OpsBlueprint`) request ids and JSON logs app-wide."""
        ops = _OpsBlueprint("frontdoor_ops", __name__)

        @ops.listener("before_server_start")
        async def logs(app: Any, loop: Any) -> None:
            if load_settings().log_json:
                install_json_logs()

        @ops.route("/health", methods=["GET", "HEAD"])
        async def health(_: Request) -> HTTPResponse:
            return response.json({"status": "ok"})

        @ops.route("/ready", methods=["GET", "HEAD"])
        async def ready(request: Request) -> HTTPResponse:
            checks = await readiness(request.app)
            # `?without=redis` (the balancer's and Kubernetes' check): a server whose Redis is failing over still
            # answers (retrying through the failover, or with the safety answer built from the message alone),
            # so a shared Redis must not take every server out of rotation at once. The plain /ready is strict.
            ignored = set(request.args.get("without", "").split(",")) & set(checks)
            ok = all(value for name, value in checks.items() if name not in ignored)
            return response.json({"ready": ok, "checks": checks}, status=200 if ok else 503)

        @ops.route("/metrics", methods=["GET"])
        async def metrics(request: Request) -> HTTPResponse:
            if not self._authorised(request):
                return response.text("unauthorised", status=401, headers={"WWW-Authenticate": "Bearer"})
            body, content_type = exposition()
            return response.raw(body, content_type=content_type)

        return ops

    def _authorised(self, request: Request) -> bool:
        return bearer_ok(request.headers.get("Authorization", ""), self.metrics_token)


class _OpsBlueprint(Blueprint):
    """Adds the request-id middleware to the whole app (a blueprint's own middleware would only see its
    routes), so the webhooks, the widget's socket.io and the triage API get ids too."""

    def register(self, app: Any, options: Any) -> None:
        app.register_middleware(_tag, "request")
        app.register_middleware(_echo, "response")
        super().register(app, options)


async def _tag(request: Request) -> None:
    request.ctx.request_id = new_request_id(request.headers.get(REQUEST_ID_HEADER))
    request_id.set(request.ctx.request_id)
    _bearer_as_rasa_token(request)


# The key Sanic caches `request.args` under (get_args' defaults), which Rasa's token check reads.
_ARGS_KEY = (False, False, "utf-8", "replace")


def _bearer_as_rasa_token(request: Request) -> None:
    """Rasa's HTTP API reads its token only from the query string (`?token=`), which ends up in proxies' and
    access logs. Accept it as `Authorization: Bearer <token>` too, by handing the header's value to Rasa's own
    check (which still compares it): a wrong token is still refused, and no token still gets 401."""
    if "token" in request.args:
        return
    scheme, _, value = request.headers.get("Authorization", "").partition(" ")
    if scheme.lower() != "bearer" or not value:
        return
    request.parsed_args[_ARGS_KEY] = RequestParameters({**request.args, "token": [value]})


async def _echo(request: Request, reply: HTTPResponse) -> None:
    rid = getattr(request.ctx, "request_id", None)
    if rid and reply is not None:
        reply.headers[REQUEST_ID_HEADER] = rid


async def readiness(app: Any) -> dict[str, bool]:
    """Each dependency a turn needs, checked with a short timeout and off the event loop."""
    agent = getattr(app.ctx, "agent", None)
    store = getattr(agent, "tracker_store", None)
    store = getattr(store, "_tracker_store", store)  # Rasa wraps ours in a FailSafeTrackerStore
    endpoint = getattr(agent, "action_endpoint", None)
    redis_ok, actions_ok = await asyncio.gather(
        asyncio.to_thread(_redis_answers, store), asyncio.to_thread(_actions_answer, endpoint)
    )
    return {"model": bool(agent is not None and agent.is_ready()), "redis": redis_ok, "actions": actions_ok}


def _redis_answers(store: Any) -> bool:
    client = getattr(store, "red", None)
    if client is None:
        return False
    try:
        return bool(client.ping())
    except Exception:
        return False


def _actions_answer(endpoint: Any) -> bool:
    url = getattr(endpoint, "url", None)
    if not url:
        return False
    health = url.rsplit("/", 1)[0] + "/health"
    try:
        return requests.get(health, timeout=CHECK_TIMEOUT_SECONDS).status_code == 200
    except requests.RequestException:
        return False
