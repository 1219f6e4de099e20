"""The quality benchmark runs end to end on a small sample, so a broken benchmark is caught by `make test`."""

from __future__ import annotations

from bench.quality import run


def test_quality_benchmark_smoke():
    report = run(limit=8)
    assert report["nlu_holdout_blind"]["examples"] == 8
    assert 0.0 <= report["nlu_holdout_blind"]["intent_accuracy"] <= 1.0
    assert report["safety_dev"]["positives"] + report["safety_dev"]["negatives"] == 8
    if isinstance(report["fixmystreet"], dict):
        assert report["fixmystreet"]["rows"] == 8
        assert 0.0 <= report["fixmystreet"]["route_accuracy"] <= 1.0
    if isinstance(report["out_of_scope"], dict):
        assert report["out_of_scope"]["rows"] == 8 * 3  # the three public sets, 8 rows each (none in scope)
        assert 0.0 <= report["out_of_scope"]["wrongly_routed_rate"] <= 1.0
