"""The triage API: POST /api/triage {"text": "...", "postcode": "..."} -> the decision JSON; for the call-handler
console also POST /api/report (what happened to a report, by reference) and POST /api/file (file a report with
the council on the caller's behalf, `bot.open311.on_behalf`).

It runs inside the Rasa server as an input channel, so it parses with the very model the conversation uses.
It needs `Authorization: Bearer <FRONTDOOR_API_TOKEN>`; with no token configured it refuses every request.
Lookups are not stored: nothing reaches the tracker store, and the words are not logged.
"""

from __future__ import annotations

import asyncio
import re
import time
from collections.abc import Awaitable, Callable
from dataclasses import asdict
from typing import Any

from rasa.core.channels.channel import UserMessage
from sanic import Blueprint, response
from sanic.request import Request
from sanic.response import HTTPResponse

from bot.channels.base import TokenApiInput
from bot.core.decide import Decision
from bot.core.pipeline import triage_text
from bot.insight.doors import outcome_for, record_decision, record_filed
from bot.insight.events import facets_of
from bot.open311.filing import Open311Filing
from bot.open311.on_behalf import BadRequest, caller_report, file_for_caller
from bot.ops.metrics import count_safety_answer, observe_reply
from bot.places.factory import default_places
from bot.places.postcode import Postcode

MAX_BODY_TEXT = 200_000  # characters accepted in the JSON field; the guard then cuts to the message limit


# A council's report reference: letters, digits and dashes (Open311 ids are numbers or short codes).
REFERENCE = re.compile(r"[A-Za-z0-9-]{3,32}")
FILING = Open311Filing()


class TriageApiInput(TokenApiInput):
    """The triage API behind a bearer token: triage a message, file a report with the council, look one up."""

    @classmethod
    def name(cls) -> str:
        """The channel's name in the metrics, and the door its outcome events are recorded under."""
        return "triage"

    def blueprint(self, on_new_message: Callable[[UserMessage], Awaitable[Any]]) -> Blueprint:
        """POST /api/triage, /api/report and /api/file; each refused without the bearer token."""
        api = Blueprint("frontdoor_triage_api", __name__)

        @api.route("/triage", methods=["POST"])
        async def triage(request: Request) -> HTTPResponse:
            refused, body = self._read(request)
            if refused is not None:
                return refused
            if not isinstance(body, dict) or not isinstance(body.get("text", ""), str):
                return response.json({"error": 'send JSON like {"text": "pothole on my road"}'}, status=400)
            postcode = body.get("postcode")
            agent = request.app.ctx.agent
            door = "console" if body.get("door") == "console" else self.name()

            def record(decision: Decision, words: str, where: Postcode | None) -> None:
                record_decision(decision, door, words, where.text if where else None)

            started = time.perf_counter()
            result = await triage_text(
                agent.parse_message,
                body.get("text", "")[:MAX_BODY_TEXT],
                postcode if isinstance(postcode, str) else None,
                default_places(),
                record,
            )
            observe_reply(self.name(), time.perf_counter() - started)
            if result.get("safety"):
                count_safety_answer(result["safety"][0])
            return response.json(result)

        @api.route("/report", methods=["POST"])
        async def report(request: Request) -> HTTPResponse:
            """What happened to a report filed with a council (Open311): the console's reference lookup."""
            refused, body = self._read(request)
            if refused is not None:
                return refused
            reference = body.get("reference") if isinstance(body, dict) else None
            if not isinstance(reference, str) or not REFERENCE.fullmatch(reference.strip()):
                return response.json({"error": 'send JSON like {"reference": "4100001"}'}, status=400)
            found = await asyncio.get_running_loop().run_in_executor(
                None, FILING.status, reference.strip(), None
            )
            return response.json(asdict(found))

        @api.route("/file", methods=["POST"])
        async def file(request: Request) -> HTTPResponse:
            """File a report with the council for a caller: a preview first, then `"confirm": true` sends it."""
            refused, body = self._read(request)
            if refused is not None:
                return refused
            try:
                report = caller_report(body)
            except BadRequest as bad:
                return response.json({"error": str(bad)}, status=400)
            looked_up: list[Any] = []  # the console's lookup, already counted: only its outcome may change

            def remember(decision: Decision, words: str, where: Postcode | None) -> None:
                try:
                    looked_up.append(outcome_for(decision, "console", words, where.text if where else None))
                except ValueError:  # a value an event can't hold: nothing to change later
                    looked_up.append(None)

            decision = await triage_text(
                request.app.ctx.agent.parse_message,
                report.text[:MAX_BODY_TEXT],
                report.postcode,
                default_places(),
                remember,
            )
            loop = asyncio.get_running_loop()
            step = await loop.run_in_executor(None, file_for_caller, report, decision, FILING)
            if step["kind"] in ("sent", "pending") and looked_up and looked_up[0] is not None:
                record_filed(facets_of(looked_up[0]))
            return response.json(step)

        return api

    def _read(self, request: Request) -> tuple[HTTPResponse | None, Any]:
        """(401 response, None) without the right bearer token, else (None, the JSON body or None)."""
        if (refused := self.refusal(request)) is not None:
            return refused, None
        try:
            return None, request.json
        except Exception:  # Sanic raises on a body that isn't JSON: the handler answers 400
            return None, None
