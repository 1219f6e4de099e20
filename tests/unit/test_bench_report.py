"""The benchmark's scoring and report code: the peer's intent-only view, the out-of-scope score, and the
headline table's ratios and target checks."""

from __future__ import annotations

from bench.intent_view import decision_from_intent
from bench.out_of_scope import Row, score
from bench.report import HEADER, headline, markdown_table, plots


def test_peer_decision_comes_from_its_top_intent_alone():
    pothole = decision_from_intent({"id": 1, "nlu": {"intent": "pothole", "confidence": 0.9}})
    assert (pothole["service"], pothole["route"], pothole["council_tier"], pothole["safety"]) == (
        "pothole",
        "council",
        "county",
        [],
    )
    assert decision_from_intent({"nlu": {"intent": "emergency", "confidence": 0.99}})["safety"] == [
        "emergency"
    ]
    fallback = decision_from_intent({"nlu": {"intent": "nlu_fallback", "confidence": 0.3}})
    assert (fallback["service"], fallback["route"]) == (None, "out_of_scope")
    assert decision_from_intent({"nlu": {"intent": "greet", "confidence": 0.9}})["route"] == "conversation"


def test_out_of_scope_rate_leaves_in_scope_rows_out():
    rows = [
        Row("hwu64_test", "set an alarm", "alarm_set"),
        Row("hwu64_test", "play some jazz", "play_music"),
        Row("clinc150_dev", "someone is using my card", "report_fraud"),
    ]
    decisions = [
        {"service": "noise_nuisance", "needs_clarification": False, "safety": []},
        {"service": None, "route": "out_of_scope", "safety": []},
        {"service": "fraud_scam", "needs_clarification": False, "safety": []},
    ]
    result = score(rows, decisions)
    assert result["rows"] == 2
    assert result["wrongly_routed_rate"] == 0.5
    assert result["top_wrong_services"] == [("noise_nuisance", 1)]
    assert result["in_scope_rows_treated_separately"]["rows"] == 1
    assert result["in_scope_rows_treated_separately"]["routed"] == 1


def figures(p50: float, rps16: float, ratio: float) -> dict:
    return {
        "quality": {"nlu_holdout_blind": {"intent_accuracy": 0.9}},
        "serving": {
            "sequential": {"p50_ms": p50},
            "concurrency": [
                {"conversations": 16, "messages_per_second": rps16, "p95_ms": 100.0, "errors": 0}
            ],
            "long_conversation": {"last_over_first": ratio, "per_turn_ms": [p50, p50 * ratio]},
        },
        "training": {"seconds": 60.0},
    }


def test_headline_ratios_and_targets(tmp_path):
    table = {row[0]: row for row in headline(figures(20.0, 90.0, 1.1), figures(50.0, 20.0, 8.0))}
    assert table["Sequential reply p50"][1:] == ["20.0 ms", "50.0 ms", "0.40x", "≤ 25", "yes"]
    assert table["Throughput, 16 conversations"][3:] == ["4.50x", "≥ 80", "yes"]
    assert table["Turns 191-200 over turns 1-10"][5] == "yes"
    assert table["Triage API p50"][1:3] == ["n/a", "n/a"]
    slow = {row[0]: row for row in headline(figures(40.0, 50.0, 2.0), figures(50.0, 20.0, 8.0))}
    assert slow["Sequential reply p50"][5] == "**no**"
    assert markdown_table([["a|b", "c"]], ["x", "y"]).splitlines() == [
        "| x | y |",
        "|---|---|",
        "| a/b | c |",
    ]
    assert len(HEADER) == 6
    assert plots(figures(20.0, 90.0, 1.1), figures(50.0, 20.0, 8.0), tmp_path) == [
        "latency_by_turn.png",
        "concurrency.png",
    ]
    assert (tmp_path / "concurrency.png").stat().st_size > 1000


def test_fixmystreet_misses_are_split_by_what_happened():
    from bench import fixmystreet

    def row(label: str) -> dict[str, str]:
        return {"text": "t", "detail": "d", "fms_category": "c", "triage_label": label, "tier": "county"}

    def decision(route: str, service: str | None, tier: str | None, **extra: object) -> dict[str, object]:
        return {
            "route": route,
            "service": service,
            "council_tier": tier,
            "safety": [],
            "alternatives": [],
        } | extra

    rows = [row("pothole_road_defect")] * 5
    decisions = [
        decision("council", "pothole", "county"),
        decision("out_of_scope", None, None),
        decision("council", None, "county", needs_clarification=True, alternatives=[{"service": "pothole"}]),
        decision("emergency", "emergency", None, safety=["emergency"]),
        decision("police", "report_crime", None),
    ]
    result = fixmystreet.score(rows, decisions).as_dict()
    assert result["route_accuracy"] == 0.2
    assert result["misses"] == {"declined": 1, "asked": 1, "safety_answer": 1, "wrong_body": 1}
