"""The safety gate's one decision: rules and classifier combined into a typed SafetyAssessment. No Rasa imports.

Either signal raises a flag, neither can lower one: the deterministic rules (explicit, unmistakable cues) on the
words the model reads, the guard's whole-message rule scan for text longer than that, and the learned
classifier over the sentence encoder. The assessment is made once per message (in the NLU pipeline, by
`bot.rasa.nlu.safety_component.SafetyGate`), travels with the parse, and `decide()` requires it.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from bot.safety.engine import check
from bot.safety.flags import SafetyFlag

SEVERITY: tuple[SafetyFlag, ...] = tuple(SafetyFlag)
_FLAG_VALUES = frozenset(f.value for f in SafetyFlag)


class SafetyNotAssessed(ValueError):
    """A parse arrived without the gate's assessment: a door skipped the NLU pipeline."""


@dataclass(frozen=True)
class SafetyAssessment:
    """What the gate found in one message: flags by severity, which rules fired, what the classifier scored.

    Holds rule ids and probabilities only, never the words, so it can be logged and stored.
    """

    flags: tuple[SafetyFlag, ...] = ()
    rules: tuple[str, ...] = ()
    classifier: dict[str, float] = field(default_factory=dict)
    learned: tuple[SafetyFlag, ...] = ()  # the flags the classifier raised (some may also be the rules')

    @property
    def top(self) -> SafetyFlag | None:
        """The most severe flag raised, or None when the message is safe."""
        return self.flags[0] if self.flags else None

    def to_json(self) -> dict[str, Any]:
        """The assessment as the parse carries it (and `from_json` reads it back)."""
        return {
            "flags": [f.value for f in self.flags],
            "rules": list(self.rules),
            "classifier": dict(self.classifier),
            "learned": [f.value for f in self.learned],
        }

    @classmethod
    def from_json(cls, data: Any) -> SafetyAssessment:
        """Read the parse's `safety` value; anything malformed is refused rather than read as "safe"."""
        if not isinstance(data, dict) or not isinstance(data.get("flags"), list):
            raise SafetyNotAssessed("the parse has no safety assessment")
        return cls(
            flags=_ordered(f for f in data["flags"] if f in _FLAG_VALUES),
            rules=tuple(str(r) for r in data.get("rules") or ()),
            classifier={str(k): float(v) for k, v in (data.get("classifier") or {}).items()},
            learned=_ordered(f for f in data.get("learned") or () if f in _FLAG_VALUES),
        )

    def with_flags(self, extra: Iterable[str]) -> SafetyAssessment:
        """The same assessment with more flags (a door's own whole-message scan); flags are never removed."""
        merged = _ordered([*(f.value for f in self.flags), *(f for f in extra if f in _FLAG_VALUES)])
        return SafetyAssessment(merged, self.rules, self.classifier, self.learned)


def _ordered(values: Iterable[str]) -> tuple[SafetyFlag, ...]:
    found = set(values)
    return tuple(f for f in SEVERITY if f.value in found)


def assess(
    text: str,
    *,
    guard_flags: Iterable[str] = (),
    classifier_scores: dict[str, float] | None = None,
    classifier_flags: Iterable[str] = (),
) -> SafetyAssessment:
    """Combine the rules on `text`, the guard's flags and the classifier's verdict into one assessment."""
    result = check(text)
    learned = _ordered(classifier_flags)
    flags = _ordered([*(f.value for f in result.flags), *guard_flags, *(f.value for f in learned)])
    return SafetyAssessment(flags, result.matched, dict(classifier_scores or {}), learned)
