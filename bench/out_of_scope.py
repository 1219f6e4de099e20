"""Out-of-scope: how often the assistant wrongly sends someone to a service when the request is nothing to do
with public services. Public sets in ../shared/eval (evaluation only: never trained on or copied into data/):
CLINC150 dev (150 intents + 200 out-of-scope queries), HWU64 test and BANKING77 test.

A few rows genuinely are Front Door's business; they are left out of the rate and reported on their own:
- CLINC150 `report_fraud` ("someone is using my card", "victim of credit card fraud"): fraud is reportable;
- BANKING77 `compromised_card` (card details stolen or used by someone else): likewise.
"""

from __future__ import annotations

import csv
from collections import Counter
from dataclasses import dataclass
from typing import Any

from bot.ops.paths import ROOT

EVAL_DIR = ROOT.parent / "shared" / "eval"
SETS = {
    "clinc150_dev": "clinc150_dev.csv",
    "hwu64_test": "hwu64_test.csv",
    "banking77_test": "banking77_test.csv",
}
IN_SCOPE_LABELS = {"clinc150_dev": {"report_fraud"}, "banking77_test": {"compromised_card"}}


@dataclass(frozen=True)
class Row:
    dataset: str
    text: str
    label: str

    @property
    def in_scope(self) -> bool:
        return self.label in IN_SCOPE_LABELS.get(self.dataset, set())


def available() -> bool:
    return all((EVAL_DIR / name).exists() for name in SETS.values())


def load_rows(limit: int | None = None) -> list[Row]:
    rows: list[Row] = []
    for dataset, name in SETS.items():
        with (EVAL_DIR / name).open(newline="") as handle:
            found = [Row(dataset, r["text"], r["label"]) for r in csv.DictReader(handle)]
        rows.extend(found[:limit])
    return rows


def routed(decision: dict[str, Any]) -> bool:
    """Sent to a service (an answer or a postcode question), rather than declined, chatted to or asked."""
    return bool(decision.get("service")) and not decision.get("needs_clarification")


def score(rows: list[Row], decisions: list[dict[str, Any]]) -> dict[str, Any]:
    per_set: dict[str, dict[str, Any]] = {}
    wrong_services: Counter[str] = Counter()
    in_scope_rows = in_scope_routed = 0
    in_scope_answers: Counter[str] = Counter()
    for row, decision in zip(rows, decisions, strict=True):
        if row.in_scope:
            in_scope_rows += 1
            in_scope_routed += routed(decision)
            in_scope_answers[str(decision.get("service") or decision.get("route"))] += 1
            continue
        stats = per_set.setdefault(row.dataset, {"rows": 0, "wrongly_routed": 0, "safety_flags": 0})
        stats["rows"] += 1
        if routed(decision):
            stats["wrongly_routed"] += 1
            wrong_services[str(decision["service"])] += 1
        stats["safety_flags"] += bool(decision.get("safety"))
    total = sum(s["rows"] for s in per_set.values())
    wrong = sum(s["wrongly_routed"] for s in per_set.values())
    for stats in per_set.values():
        stats["wrongly_routed_rate"] = round(stats["wrongly_routed"] / stats["rows"], 4)
    return {
        "rows": total,
        "wrongly_routed_rate": round(wrong / total, 4) if total else None,
        "safety_flag_rate": round(sum(s["safety_flags"] for s in per_set.values()) / total, 4)
        if total
        else None,
        "per_set": per_set,
        "top_wrong_services": wrong_services.most_common(10),
        "in_scope_rows_treated_separately": {
            "labels": {k: sorted(v) for k, v in IN_SCOPE_LABELS.items()},
            "rows": in_scope_rows,
            "routed": in_scope_routed,
            "answers": dict(in_scope_answers.most_common(5)),
        },
    }
