"""Held-out NLU accuracy (tests/data/nlu_heldout.yml, written separately from data/), through triage."""

from __future__ import annotations

from collections import Counter

from tests.conftest import ROOT, nlu_examples

# Set from measurement (see README, "Quality"): the held-out accuracy must not drop below this.
ACCURACY_FLOOR = 0.80


def predicted_label(decision: dict) -> str:
    if decision["service"]:
        return decision["service"]
    if decision["route"] == "out_of_scope":
        return "out_of_scope"
    return decision.get("intent") or "clarify"


def test_heldout_accuracy(triage):
    held = nlu_examples(ROOT / "tests" / "data" / "nlu_heldout.yml")
    total = correct = 0
    confusions: Counter[tuple[str, str]] = Counter()
    for intent, examples in held.items():
        for text in examples:
            got = predicted_label(triage(text))
            total += 1
            correct += got == intent
            if got != intent:
                confusions[(intent, got)] += 1
    accuracy = correct / total
    print(f"\nheld-out accuracy {accuracy:.3f} ({correct}/{total})")
    for (want, got), n in confusions.most_common(25):
        print(f"  {want} -> {got}: {n}")
    assert accuracy >= ACCURACY_FLOOR
