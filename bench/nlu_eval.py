"""Intent and decision accuracy, macro-F1 and confusions on an NLU YAML evaluation set."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

SETS_DIR = Path(__file__).resolve().parent.parent / "tests" / "data"
DEV_SET = SETS_DIR / "nlu_dev.yml"
HOLDOUT_SET = SETS_DIR / "nlu_holdout.yml"


def load_examples(path: Path) -> list[tuple[str, str]]:
    """(intent, text) pairs from a Rasa NLU YAML file."""
    pairs: list[tuple[str, str]] = []
    for block in yaml.safe_load(path.read_text())["nlu"]:
        for line in block["examples"].splitlines():
            if line.strip().startswith("- "):
                pairs.append((block["intent"], line.strip()[2:].strip()))
    return pairs


def training_texts() -> set[str]:
    """Every training example in data/nlu, lower-cased."""
    texts: set[str] = set()
    for path in (SETS_DIR.parent.parent / "data" / "nlu").glob("*.yml"):
        texts.update(text.lower() for _intent, text in load_examples(path))
    return texts


def unseen(examples: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """The examples whose exact text is not also a training example (those would flatter the score)."""
    seen = training_texts()
    return [(intent, text) for intent, text in examples if text.lower() not in seen]


def decision_label(decision: dict[str, Any]) -> str:
    """The label a decision amounts to: a service, out_of_scope, a conversation intent, or clarify."""
    if decision["service"]:
        return str(decision["service"])
    if decision["route"] == "out_of_scope":
        return "out_of_scope"
    if decision.get("needs_clarification"):
        return "clarify"
    return str(decision.get("intent") or "unknown")


@dataclass
class NluScore:
    total: int = 0
    intent_correct: int = 0
    decision_correct: int = 0
    route_correct: int = 0
    clarified: int = 0
    confusions: Counter[tuple[str, str]] = field(default_factory=Counter)
    pairs: list[tuple[str, str]] = field(default_factory=list)  # (expected, predicted intent)

    @property
    def intent_accuracy(self) -> float:
        return self.intent_correct / self.total

    @property
    def decision_accuracy(self) -> float:
        return self.decision_correct / self.total

    @property
    def route_accuracy(self) -> float:
        return self.route_correct / self.total

    def macro_f1(self) -> float:
        labels = {e for e, _ in self.pairs}
        scores = []
        for label in labels:
            tp = sum(1 for e, p in self.pairs if e == label and p == label)
            fp = sum(1 for e, p in self.pairs if e != label and p == label)
            fn = sum(1 for e, p in self.pairs if e == label and p != label)
            precision = tp / (tp + fp) if tp + fp else 0.0
            recall = tp / (tp + fn) if tp + fn else 0.0
            scores.append(2 * precision * recall / (precision + recall) if precision + recall else 0.0)
        return sum(scores) / len(scores)

    def summary(self) -> str:
        lines = [
            f"intent accuracy {self.intent_accuracy:.3f}, macro-F1 {self.macro_f1():.3f}, decision accuracy "
            f"{self.decision_accuracy:.3f}, route accuracy {self.route_accuracy:.3f}, clarified "
            f"{self.clarified}/{self.total}",
            *(f"  {want} -> {got}: {n}" for (want, got), n in self.confusions.most_common(20)),
        ]
        return "\n".join(lines)


def score(
    examples: list[tuple[str, str]],
    decisions: list[dict[str, Any]],
    route_of: Callable[[str], str],
) -> NluScore:
    result = NluScore()
    for (intent, _text), decision in zip(examples, decisions, strict=True):
        predicted = (decision.get("nlu") or {}).get("intent") or "none"
        predicted = "out_of_scope" if predicted == "nlu_fallback" else predicted
        label = decision_label(decision)
        result.total += 1
        result.pairs.append((intent, predicted))
        result.intent_correct += predicted == intent
        result.decision_correct += label == intent
        result.clarified += label == "clarify"
        result.route_correct += decision["route"] == route_of(intent)
        if predicted != intent:
            result.confusions[(intent, predicted)] += 1
    return result
