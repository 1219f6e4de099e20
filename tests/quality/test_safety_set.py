"""The safety gate through the full triage path, on two sets written separately from the training data:

- tests/data/safety_set.yml (dev): the detector was improved against it, so it must meet the project's
  targets (recall >= 0.98, false alarms <= 3%), but its figures are optimistic.
- tests/data/safety_holdout.yml (blind 1), safety_blind.yml (set 2: gate options were compared on it, so a dev
  figure) and safety_blind_3.yml (blind 3, written after every choice): written by separate authors without
  sight of the detector or the training data. Their floors are a little below the measured figures to catch
  regressions; they are below the targets, and docs/benchmarks.md says so.
"""

from __future__ import annotations

import pytest

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


# (file, least danger cases, recall floor, false-alarm ceiling). Measured 2026-12-06 with the encoder gate:
# blind 1 recall 0.964 (212/220), false alarms 0.113 (9/80); set 2 0.963 (337/350), 0.079 (21/265);
# blind 3 0.952 (280/294), 0.083 (22/264). Floors sit about 1.5 points under, ceilings about 2 over.
BLIND_SETS = [
    ("safety_holdout.yml", 200, 0.945, 0.1375),
    ("safety_blind.yml", 300, 0.945, 0.10),
    ("safety_blind_3.yml", 250, 0.935, 0.105),
]


@pytest.mark.parametrize(("name", "least", "recall_floor", "false_alarm_ceiling"), BLIND_SETS)
def test_blind_sets_do_not_regress(triage, name, least, recall_floor, false_alarm_ceiling):
    result = score(load_cases(SAFETY_SET.with_name(name)), lambda text: triage(text)["safety"])
    print(f"\n{name}: recall {result.recall:.3f}, false alarms {result.false_alarm_rate:.3f}")
    assert result.positives >= least
    assert result.recall >= recall_floor
    assert result.false_alarm_rate <= false_alarm_ceiling
