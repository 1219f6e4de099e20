"""One user turn for action_triage (and the benchmark's peer), one way: read the parse and slots, decide
(`bot.core.decide.decide()`), interpret the turn (`bot.core.conversation.interpret`: which request, where),
look the place up when the reply depends on it (`bot.core.locate.localise`), render (`render_located`), record
(`finish_turn`: the outcome event and "Did this help?", through `bot.insight.doors`), and send the named
responses.

No `Action` class lives here, so importing this module registers no action on the action server."""

from __future__ import annotations

import asyncio
from typing import Any

from rasa_sdk import Tracker
from rasa_sdk.events import EventType, SlotSet
from rasa_sdk.executor import CollectingDispatcher

from bot.catalogue import load_catalogue
from bot.core.conversation import (
    Awaiting,
    NeedsPlace,
    Reply,
    TurnContext,
    feedback_reply,
    finish_turn,
    interpret,
    render_located,
)
from bot.core.decide import Decision, decide
from bot.core.locate import localise
from bot.core.parse import Parse
from bot.insight.doors import record_decision, record_feedback, record_filed
from bot.insight.events import facets_of
from bot.open311.filing import Open311Filing
from bot.ops.metrics import count_safety_answer
from bot.places.factory import default_places
from bot.places.postcode import Postcode, find_postcode, parse_postcode

# Filing reports with councils by Open311 (bot/open311/councils.yml); councils without an endpoint are signposted.
FILING = Open311Filing()


async def triage_turn(
    message: dict[str, Any], tracker: Tracker, dispatcher: CollectingDispatcher
) -> list[EventType]:
    """One turn: parse (with its safety assessment), decide, locate, send the named responses."""
    guard_info = (message.get("metadata") or {}).get("frontdoor") or {}
    parse = Parse.from_rasa(message)
    decision = decide(parse, notes=guard_info.get("notes", ()))
    if decision.safety:
        count_safety_answer(decision.safety[0])
    postcode = parse_postcode(guard_info.get("postcode") or "") or message_postcode(parse)
    context = context_from(tracker)
    channel = tracker.get_latest_input_channel() or "rest"

    def record(made: Decision, where: str | None) -> dict[str, Any] | None:
        event = record_decision(made, channel, parse.text, where)
        return facets_of(event) if event is not None else None

    def turn() -> Reply:
        tapped = feedback_reply(
            decision, context, parse.text, parse.top.name if parse.top else None, record_feedback
        )
        if tapped is not None:
            return tapped
        planned = interpret(decision, context, postcode, parse.text, FILING, pin_of(guard_info.get("pin")))
        if isinstance(planned, NeedsPlace):
            located = localise(planned.decision, planned.where, default_places(), load_catalogue())
            planned = render_located(planned, located, context, FILING, parse.text)
        return finish_turn(planned, context, record, record_filed)

    # Location lookups and Open311 calls make blocking HTTP calls: keep them off the action server's event loop.
    reply = await asyncio.get_running_loop().run_in_executor(None, turn)
    return send(reply, dispatcher)


def context_from(tracker: Tracker) -> TurnContext:
    awaiting = tracker.get_slot("awaiting")
    return TurnContext(
        awaiting=Awaiting(awaiting) if awaiting in {a.value for a in Awaiting} else None,
        last_service=tracker.get_slot("last_service"),
        pending_service=tracker.get_slot("pending_service"),
        postcode=tracker.get_slot("postcode"),
        report=report if isinstance(report := tracker.get_slot("report"), dict) else None,
        last_outcome=last if isinstance(last := tracker.get_slot("last_outcome"), dict) else None,
    )


def pin_of(value: Any) -> tuple[float, float] | None:
    """A messaging app's location pin from the channel's metadata (latitude, longitude), when it is one."""
    if not isinstance(value, (list, tuple)) or len(value) != 2:
        return None
    try:
        latitude, longitude = float(value[0]), float(value[1])
    except (TypeError, ValueError):
        return None
    return (latitude, longitude) if -90 <= latitude <= 90 and -180 <= longitude <= 180 else None


def message_postcode(parse: Parse) -> Postcode | None:
    """A postcode in this message: the NLU entity if the ruler tagged one, else our own finder."""
    for value in parse.entity_values("postcode"):
        found = parse_postcode(value)
        if found:
            return found
    return find_postcode(parse.text)


def send(reply: Reply, dispatcher: CollectingDispatcher) -> list[EventType]:
    """Dispatch the reply's responses by name and return the slot events that keep the context."""
    for spec in reply.responses:
        buttons = [{"title": b.title, "payload": b.payload} for b in spec.buttons]
        dispatcher.utter_message(response=spec.name, buttons=buttons or None, **spec.variables)
    return [SlotSet(name, value) for name, value in reply.slots.items()]
