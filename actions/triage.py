"""action_triage: the one action behind every user turn. It reads the parse and slots from the tracker, calls
`bot.core.decide.decide()`, and sends the named responses that `bot.core.conversation.plan_turn()` chose (in
`actions.turn`)."""

from __future__ import annotations

from typing import Any

from rasa_sdk import Action, Tracker
from rasa_sdk.events import EventType
from rasa_sdk.executor import CollectingDispatcher

from actions.turn import triage_turn


class ActionTriage(Action):
    def name(self) -> str:
        return "action_triage"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> list[EventType]:
        return await triage_turn(tracker.latest_message or {}, tracker, dispatcher)
