"""The stock-Rasa peer's action: Front Door's own turn, with the safety rules run here.

Stock Rasa has no SafetyGate component, so its parses carry no safety assessment, and Front Door's action refuses
those by design. For the benchmark the peer is given the deterministic rules on the message text (what a stock
Rasa bot with hand-written safety rules in its action would do); it never gets the learned classifier.
It imports `actions.turn`, never `actions.triage`: the action server registers every `Action` subclass that
has been imported, and `actions.triage.ActionTriage` has the same name.
"""

from __future__ import annotations

from typing import Any

from rasa_sdk import Action, Tracker
from rasa_sdk.events import EventType
from rasa_sdk.executor import CollectingDispatcher

from actions.turn import triage_turn
from bot.safety.gate import assess


class PeerActionTriage(Action):
    def name(self) -> str:
        return "action_triage"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> list[EventType]:
        return await triage_turn(with_rules_assessment(tracker.latest_message or {}), tracker, dispatcher)


def with_rules_assessment(message: dict[str, Any]) -> dict[str, Any]:
    """The message with the rules' assessment of its text added, unless it already has one."""
    if "safety" in message:
        return message
    return {**message, "safety": assess(str(message.get("text") or "")).to_json()}
