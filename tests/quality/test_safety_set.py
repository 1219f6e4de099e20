"""The safety gate on the separate safety set (tests/data/safety_set.yml), through the full triage path.

Thresholds: recall >= 0.98 and false alarms <= 3% (the project's targets, issue #2). The figures are printed.
"""

from __future__ import annotations

from bench.safety_eval import load_cases, report, score
from bot import safety

RECALL_FLOOR = 0.98
FALSE_ALARM_CEILING = 0.03


def test_safety_set_is_big_and_balanced():
    cases = load_cases()
    labels = [c["expect"] for c in cases]
    assert len(cases) >= 150
    assert {"emergency", "crisis", "safeguarding", "none"} == set(labels)


def test_full_triage_meets_recall_and_false_alarm_targets(triage):
    result = score(load_cases(), lambda text: triage(text)["safety"])
    print("\n" + report("safety gate (detector + NLU)", result))
    assert result.recall >= RECALL_FLOOR
    assert result.false_alarm_rate <= FALSE_ALARM_CEILING


def test_detector_alone_is_measured():
    result = score(load_cases(), lambda text: [f.value for f in safety.check(text).flags])
    print("\n" + report("deterministic detector alone", result))
    assert result.positives > 0
