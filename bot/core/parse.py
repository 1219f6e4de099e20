"""A Rasa-free view of an NLU parse result, so `decide()` can be fed by any door."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from bot.safety.gate import SafetyAssessment


@dataclass(frozen=True)
class IntentScore:
    """One intent and how sure the classifier was of it."""

    name: str
    confidence: float


@dataclass(frozen=True)
class Entity:
    """One extracted entity: its type ("postcode", "road") and the value found."""

    entity: str
    value: str


@dataclass(frozen=True)
class Parse:
    """The parts of a parse result that routing needs: the text, the intent ranking, the entities and the
    safety gate's assessment (required: a parse without one is refused, never read as safe)."""

    text: str
    intents: tuple[IntentScore, ...]
    entities: tuple[Entity, ...] = ()
    safety: SafetyAssessment = field(kw_only=True)
    # Mean similarity to the nearest in-scope and out-of-scope training examples (bot.core.scope); None when the
    # message had no words for the encoder (a payload is still assessed for safety but has no scope).
    scope: tuple[float, float] | None = field(default=None, kw_only=True)

    @classmethod
    def from_rasa(cls, parse_data: dict[str, Any]) -> Parse:
        """Build from Rasa's parse dict (`/model/parse`, `tracker.latest_message`, `Agent.parse_message`).

        Raises `SafetyNotAssessed` when the dict has no `safety` assessment: the NLU pipeline's SafetyGate adds
        one to every message with words. A button payload ("/pothole", which the channels pass only for known
        intents) has no words to assess, and Rasa's regex handler rebuilds its parse without our keys, so it
        gets the empty assessment."""
        ranking = parse_data.get("intent_ranking") or []
        if not ranking and parse_data.get("intent"):
            ranking = [parse_data["intent"]]
        intents = tuple(
            IntentScore(str(i.get("name")), float(i.get("confidence") or 0.0))
            for i in ranking
            if i.get("name")
        )
        entities = tuple(
            Entity(str(e.get("entity")), str(e.get("value")))
            for e in parse_data.get("entities") or []
            if e.get("entity") and e.get("value") is not None
        )
        return cls(
            text=str(parse_data.get("text") or ""),
            intents=intents,
            entities=entities,
            safety=_assessment(parse_data),
            scope=_scope(parse_data.get("scope")),
        )

    @property
    def top(self) -> IntentScore | None:
        """The best-ranked intent, or None when nothing was ranked."""
        return self.intents[0] if self.intents else None

    def entity_values(self, name: str) -> list[str]:
        """The values of every entity of that type, in the order found."""
        return [e.value for e in self.entities if e.entity == name]


def _assessment(parse_data: dict[str, Any]) -> SafetyAssessment:
    if "safety" not in parse_data and str(parse_data.get("text") or "").startswith("/"):
        return SafetyAssessment()
    return SafetyAssessment.from_json(parse_data.get("safety"))


def _scope(data: Any) -> tuple[float, float] | None:
    if not isinstance(data, dict):
        return None
    try:
        return float(data["in"]), float(data["out"])
    except (KeyError, TypeError, ValueError):
        return None
