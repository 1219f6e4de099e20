"""SafetyGate: a Rasa NLU component that runs the deterministic safety detector after DIET.

When the detector fires, the message's intent becomes the matching safety intent (confidence 1.0), so dialogue
rules, stories and the tracker all see `emergency` / `mental_health_crisis` / ... whatever DIET thought.
"""

from __future__ import annotations

from typing import Any

from rasa.engine.graph import ExecutionContext, GraphComponent
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.shared.nlu.constants import INTENT, INTENT_RANKING_KEY, TEXT
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData

from bot import safety
from bot.triage import SAFETY_SERVICES


@DefaultV1Recipe.register([DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER], is_trainable=False)
class SafetyGate(GraphComponent):
    """Overrides the intent with a safety intent when the deterministic detector finds danger."""

    @classmethod
    def create(
        cls,
        config: dict[str, Any],
        model_storage: ModelStorage,
        resource: Resource,
        execution_context: ExecutionContext,
    ) -> SafetyGate:
        return cls()

    def process_training_data(self, training_data: TrainingData) -> TrainingData:
        return training_data

    def process(self, messages: list[Message]) -> list[Message]:
        for message in messages:
            self._gate(message)
        return messages

    @staticmethod
    def _gate(message: Message) -> None:
        flags = set(safety.check(message.get(TEXT) or "").flags)
        metadata = message.get("metadata") or {}
        guard_flags = (metadata.get("frontdoor") or {}).get("safety_flags") or []
        flags.update(safety.SafetyFlag(f) for f in guard_flags if f in safety.SafetyFlag._value2member_map_)
        ordered = [f for f in SAFETY_SERVICES if f in flags]
        message.set("safety", [f.value for f in ordered], add_to_output=True)
        if not ordered:
            return
        intent_name = SAFETY_SERVICES[ordered[0]]
        top = {"name": intent_name, "confidence": 1.0}
        ranking = [r for r in message.get(INTENT_RANKING_KEY) or [] if r.get("name") != intent_name]
        message.set(INTENT, top, add_to_output=True)
        message.set(INTENT_RANKING_KEY, [top, *ranking], add_to_output=True)
