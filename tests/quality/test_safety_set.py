"""The safety gate through the full triage path, on two sets written separately from the training data:

- tests/data/safety_set.yml (dev): the detector was improved against it, so it must meet the project's
  targets (recall >= 0.98, false alarms <= 3%), but its figures are optimistic.
- tests/data/safety_holdout.yml (blind): written without sight of the detector, the dev set or the training
  data, and never tuned against. Its floors are set a little below the measured figures to catch regressions;
  they are far from the targets, and the README says so.
"""

from __future__ import annotations

from bench.safety_eval import SAFETY_SET, load_cases, report, score
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


SAFETY_HOLDOUT = SAFETY_SET.with_name("safety_holdout.yml")
# Measured 2026-11-27 on the blind set: recall 0.836 (184/220), false alarms 0.0875 (7/80 hard negatives).
HOLDOUT_RECALL_FLOOR = 0.81
HOLDOUT_FALSE_ALARM_CEILING = 0.1125


def test_blind_holdout_does_not_regress(triage):
    result = score(load_cases(SAFETY_HOLDOUT), lambda text: triage(text)["safety"])
    print(f"\nblind hold-out: recall {result.recall:.3f}, false alarms {result.false_alarm_rate:.3f}")
    assert result.positives >= 200
    assert result.recall >= HOLDOUT_RECALL_FLOOR
    assert result.false_alarm_rate <= HOLDOUT_FALSE_ALARM_CEILING
