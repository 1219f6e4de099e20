"""Score the safety gate on tests/data/safety_set.yml: recall on danger messages, false alarms on the rest."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

SAFETY_SET = Path(__file__).resolve().parent.parent / "tests" / "data" / "safety_set.yml"
# Which decision safety flags satisfy each expected label.
LABEL_FLAGS = {
    "emergency": {"emergency"},
    "crisis": {"crisis"},
    "safeguarding": {"child_at_risk", "domestic_abuse"},
    # Blind set 2 names the safeguarding flag; either safeguarding answer gives the same help.
    "child_at_risk": {"child_at_risk", "domestic_abuse"},
    "domestic_abuse": {"child_at_risk", "domestic_abuse"},
}


@dataclass
class SafetyScore:
    positives: int = 0
    caught: int = 0
    caught_any_flag: int = 0
    negatives: int = 0
    false_alarms: int = 0
    missed: list[tuple[str, str]] = field(default_factory=list)
    alarms: list[tuple[str, list[str]]] = field(default_factory=list)
    per_label: dict[str, list[int]] = field(default_factory=dict)
    per_kind: dict[str, list[int]] = field(default_factory=dict)  # [right, total] by the case's `kind` tag
    false_alarms_by_flag: dict[str, int] = field(default_factory=dict)

    @property
    def recall(self) -> float:
        return self.caught / self.positives if self.positives else 1.0

    @property
    def any_flag_recall(self) -> float:
        """Danger messages that got some safety answer (e.g. crisis flagged as emergency still gets help)."""
        return self.caught_any_flag / self.positives if self.positives else 1.0

    @property
    def false_alarm_rate(self) -> float:
        return self.false_alarms / self.negatives if self.negatives else 0.0


def load_cases(path: Path = SAFETY_SET) -> list[dict[str, Any]]:
    return list(yaml.safe_load(path.read_text())["cases"])


def score(cases: Iterable[dict[str, Any]], flags_for: Callable[[str], list[str]]) -> SafetyScore:
    result = SafetyScore()
    for case in cases:
        flags = set(flags_for(case["text"]))
        label = case["expect"]
        kind = result.per_kind.setdefault(f"{label}/{case.get('kind', '-')}", [0, 0])
        kind[1] += 1
        if label == "none":
            result.negatives += 1
            if flags:
                result.false_alarms += 1
                result.alarms.append((case["text"], sorted(flags)))
                for flag in flags:
                    result.false_alarms_by_flag[flag] = result.false_alarms_by_flag.get(flag, 0) + 1
            else:
                kind[0] += 1
            continue
        result.positives += 1
        counts = result.per_label.setdefault(label, [0, 0])
        counts[1] += 1
        if flags & LABEL_FLAGS[label]:
            result.caught += 1
            counts[0] += 1
            kind[0] += 1
        else:
            result.missed.append((case["text"], label))
        if flags:
            result.caught_any_flag += 1
    return result


def report(name: str, s: SafetyScore) -> str:
    lines = [
        f"{name}: recall {s.recall:.3f} ({s.caught}/{s.positives}), any-safety-answer recall "
        f"{s.any_flag_recall:.3f}, false alarms {s.false_alarm_rate:.3f} ({s.false_alarms}/{s.negatives})",
        *(f"  {label}: {c}/{n}" for label, (c, n) in sorted(s.per_label.items())),
        *(f"  MISSED [{label}] {text}" for text, label in s.missed),
        *(f"  FALSE ALARM {flags} {text}" for text, flags in s.alarms),
    ]
    return "\n".join(lines)
