"""action_triage: the one action behind every user turn. It reads the parse from the tracker, calls
`bot.triage.decide()` and sends the named responses that `bot.conversation.plan_reply()` chose."""

from __future__ import annotations

from typing import Any

from rasa_sdk import Action, Tracker
from rasa_sdk.events import EventType, SlotSet
from rasa_sdk.executor import CollectingDispatcher

from bot.conversation import Awaiting, Reply, plan_reply
from bot.parse import Parse
from bot.triage import decide

SLOT_AWAITING = "awaiting"
SLOT_LAST_SERVICE = "last_service"


class ActionTriage(Action):
    def name(self) -> str:
        return "action_triage"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> list[EventType]:
        message = tracker.latest_message or {}
        guard_info = (message.get("metadata") or {}).get("frontdoor") or {}
        decision = decide(
            Parse.from_rasa(message),
            notes=guard_info.get("notes", ()),
            extra_safety_flags=guard_info.get("safety_flags", ()),
        )
        awaiting_value = tracker.get_slot(SLOT_AWAITING)
        awaiting = Awaiting(awaiting_value) if awaiting_value in {a.value for a in Awaiting} else None
        reply = plan_reply(decision, awaiting, tracker.get_slot(SLOT_LAST_SERVICE))
        return send(reply, dispatcher)


def send(reply: Reply, dispatcher: CollectingDispatcher) -> list[EventType]:
    """Dispatch the reply's responses by name and return the slot events that keep the context."""
    for spec in reply.responses:
        buttons = [{"title": b.title, "payload": b.payload} for b in spec.buttons]
        dispatcher.utter_message(response=spec.name, buttons=buttons or None, **spec.variables)
    awaiting = reply.awaiting.value if reply.awaiting else None
    return [SlotSet(SLOT_AWAITING, awaiting), SlotSet(SLOT_LAST_SERVICE, reply.last_service)]
