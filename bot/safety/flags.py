"""Safety flags (in order of severity) and the result of a check."""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum


class SafetyFlag(str, Enum):
    """What kind of danger a message shows; the order of definition is the order of severity."""

    EMERGENCY = "emergency"  # danger to life now, crime in progress, fire, medical emergency -> 999
    CRISIS = "crisis"  # mental-health crisis / suicidal thoughts / self-harm
    CHILD_AT_RISK = "child_at_risk"  # safeguarding: a child at risk
    DOMESTIC_ABUSE = "domestic_abuse"  # safeguarding: domestic abuse


SEVERITY: tuple[SafetyFlag, ...] = (
    SafetyFlag.EMERGENCY,
    SafetyFlag.CRISIS,
    SafetyFlag.CHILD_AT_RISK,
    SafetyFlag.DOMESTIC_ABUSE,
)


@dataclass(frozen=True)
class SafetyResult:
    """Outcome of :func:`bot.safety.check`: flags by severity and the ids of the rules that fired (no user text)."""

    flags: tuple[SafetyFlag, ...]
    matched: tuple[str, ...]

    @property
    def is_safe(self) -> bool:
        """True when no safety flag was raised."""
        return not self.flags

    @property
    def top(self) -> SafetyFlag | None:
        """The most severe flag, or None."""
        return self.flags[0] if self.flags else None
