"""The insight dashboard's data: GET /api/insight[?days=28 | ?month=2026-11][&synthetic=1] -> JSON.

Behind the same bearer token as the triage API (`Authorization: Bearer <FRONTDOOR_API_TOKEN>`; with no token
configured every request is refused), because the counts are the deployer's, not the public's. The numbers
come from :mod:`bot.insight.dashboard` (already suppressed below 10), read from the database the doors write
to (FRONTDOOR_INSIGHT_DATABASE_URL) on a worker thread: SQLAlchemy blocks, the server must not.
"""

from __future__ import annotations

import asyncio
import functools
import logging
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from rasa.core.channels.channel import UserMessage
from sanic import Blueprint, response
from sanic.request import Request
from sanic.response import HTTPResponse

from bot.channels.app_state import per_app
from bot.channels.base import TokenApiInput
from bot.insight import dashboard
from bot.insight.measures import Period
from bot.insight.store import InsightSettings, InsightStore

log = logging.getLogger("frontdoor.insight")

NO_STORE = {"Cache-Control": "no-store"}


def synthetic_database() -> Path:
    """Where `python -m bot insight synthetic` writes (imported late: that module loads the safety rules)."""
    from bot.insight.synthetic import SYNTHETIC_DATABASE

    return SYNTHETIC_DATABASE


class InsightApiInput(TokenApiInput):
    """Not a message channel: the dashboard's one read-only endpoint (the triage API's token)."""

    @classmethod
    def name(cls) -> str:
        """The channel's name in credentials.yml."""
        return "insight"

    def blueprint(self, on_new_message: Callable[[UserMessage], Awaitable[Any]]) -> Blueprint:
        """GET /api/insight: the dashboard's figures for a period, refused without the bearer token."""
        api = Blueprint("frontdoor_insight_api", __name__)

        @api.route("/insight", methods=["GET"])
        async def insight(request: Request) -> HTTPResponse:
            if (refused := self.refusal(request, NO_STORE)) is not None:
                return refused
            try:
                period = _period(request.args.get("days"), request.args.get("month"))
            except ValueError as error:
                return response.json({"error": str(error)}, status=400, headers=NO_STORE)
            settings_url = InsightSettings.from_env().url
            want_synthetic = request.args.get("synthetic", "") in ("1", "true", "yes")
            if want_synthetic:
                path = synthetic_database()
                if not path.exists():
                    return response.json(
                        {"error": "no synthetic data: run `python -m bot insight synthetic --month YYYY-MM`"},
                        status=404,
                        headers=NO_STORE,
                    )
                url = f"sqlite:///{path}"
            elif settings_url.strip().lower() == "off":
                return response.json(
                    {"error": "insight recording is off on this server"}, status=503, headers=NO_STORE
                )
            else:
                url = settings_url
            # The live database is marked synthetic too when it *is* the synthetic one (a demonstration server).
            synthetic = want_synthetic or url == f"sqlite:///{synthetic_database()}"
            store = _store(request.app, url)
            build = functools.partial(dashboard.build, store, period, synthetic=synthetic)
            try:
                data = await asyncio.get_running_loop().run_in_executor(None, build)
            except sa.exc.SQLAlchemyError as error:
                log.warning("insight dashboard: the database failed (%s)", type(error).__name__)
                return response.json(
                    {"error": "the insight database is not answering; try again shortly"},
                    status=503,
                    headers=NO_STORE,
                )
            return response.json(data, headers=NO_STORE)

        return api


def _period(days: str | None, month: str | None) -> Period:
    """The period a request asks for; ValueError (a 400) for anything else."""
    if month:
        return dashboard.period_for(month=month)
    if days is None or days == "":
        return dashboard.period_for()
    if not days.isdigit():
        raise ValueError(f"days must be a whole number from 1 to {dashboard.MAX_DAYS}")
    return dashboard.period_for(int(days))


def _store(app: Any, url: str) -> InsightStore:
    """One store (one connection pool) per database per server, made on first use."""
    stores: dict[str, InsightStore] = per_app(app, "frontdoor_insight_readers", dict)
    if url not in stores:
        stores[url] = InsightStore(url)
    return stores[url]
